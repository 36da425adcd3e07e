package glassdyn.cli;

import glassdyn.analysis.DynamicSusceptibility;
import glassdyn.analysis.MeanSquareDisplacement;
import glassdyn.analysis.NonGaussianParameter;
import glassdyn.analysis.RadialDistribution;
import glassdyn.analysis.RelaxationTime;
import glassdyn.analysis.SelfDynamics;
import glassdyn.analysis.SelfIntermediateScattering;
import glassdyn.io.InputException;
import glassdyn.io.TrajectoryFiles;
import glassdyn.particles.Trajectory;
import glassdyn.table.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code glassdyn analyze ...}: the analyses of {@code glassdyn.analysis} on a trajectory file (LAMMPS dump, extended
 * XYZ, GSD; see {@link TrajectoryFiles}). Each subcommand writes its table as CSV with {@code --out} (atomically,
 * only after the whole computation succeeded) and ends with one JSON line.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyses of a trajectory (LAMMPS dump, extended XYZ or GSD).",
    subcommands = {
        AnalyzeCommand.Msd.class,
        AnalyzeCommand.Rdf.class,
        AnalyzeCommand.Fsqt.class,
        AnalyzeCommand.Alpha2.class,
        AnalyzeCommand.Chi4.class,
        AnalyzeCommand.Self.class,
    })
public final class AnalyzeCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    /** Options shared by every subcommand that reads a trajectory. */
    static final class Input {
        @Option(names = "--dump", required = true, paramLabel = "FILE",
            description = "trajectory: LAMMPS text dump (.gz ok), extended XYZ (.xyz) or GSD (.gsd)")
        Path dump;

        @Option(names = "--dt", paramLabel = "DT", description = "MD timestep: times are step*DT (default: time in steps)")
        Double dt;

        @Option(names = "--out", paramLabel = "CSV", description = "write the table as CSV")
        Path out;

        Trajectory open() {
            if (dt != null && !(dt > 0)) throw InputException.parameter("--dt", "must be positive", dt);
            return TrajectoryFiles.open(dump, dt == null ? 1.0 : dt);
        }

        void write(Table t) { if (out != null) Tables.writeCsv(t, out); }
    }

    /** Options of the time-origin averaged analyses. */
    static final class Lags {
        @Option(names = "--lags-per-decade", defaultValue = "10", description = "log-spaced lags per decade (default ${DEFAULT-VALUE})")
        int lagsPerDecade;

        @Option(names = "--max-origins", defaultValue = "128", description = "time origins held in memory (default ${DEFAULT-VALUE})")
        int maxOrigins;

        @Option(names = "--non-affine", description = "subtract the affine shear flow (sheared runs)")
        boolean nonAffine;
    }

    static Map<String, Object> summary(int frames, int n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("frames", frames);
        m.put("n", n);
        return m;
    }

    static Table keep(Table t, String... cols) { return t.selectColumns(cols); }

    @Command(name = "msd", mixinStandardHelpOptions = true,
        description = "Mean-square displacement, time-origin averaged on log-spaced lags (CSV t,msd; --by-type adds msd_k).")
    static final class Msd implements Runnable {
        @Mixin Input in = new Input();
        @Mixin Lags lags = new Lags();
        @Option(names = "--by-type", description = "add one msd_k column per LAMMPS type") boolean byType;

        @Override public void run() {
            MeanSquareDisplacement msd = new MeanSquareDisplacement().lagsPerDecade(lags.lagsPerDecade)
                .maxOrigins(lags.maxOrigins).nonAffine(lags.nonAffine);
            Table t;
            try (Trajectory tr = in.open()) { t = msd.compute(tr); }
            t.removeColumns("pairs");
            if (!byType) t = keep(t, "t", "msd");
            in.write(t);
            Map<String, Object> s = summary(msd.frames(), msd.particles());
            s.put("msd_last", t.doubleColumn("msd").get(t.rowCount() - 1));
            Main.summary(s);
        }
    }

    @Command(name = "rdf", mixinStandardHelpOptions = true,
        description = "Radial distribution function averaged over frames, normalised like LAMMPS compute rdf (CSV r,g; --partial adds g_a_b).")
    static final class Rdf implements Runnable {
        @Mixin Input in = new Input();
        @Option(names = "--rmax", required = true, description = "cutoff") double rmax;
        @Option(names = "--bins", required = true, description = "number of bins") int bins;
        @Option(names = "--partial", description = "add partial g_a_b columns") boolean partial;
        @Option(names = "--threads", description = "threads (default: all cores)") Integer threads;

        @Override public void run() {
            RadialDistribution rdf = new RadialDistribution(rmax, bins);
            if (threads != null) rdf.threads(threads);
            Table t;
            try (Trajectory tr = in.open()) { t = rdf.compute(tr); }
            if (!partial) t = keep(t, "r", "g");
            in.write(t);
            Map<String, Object> s = summary(rdf.frames(), rdf.particles());
            s.put("r_min", RadialDistribution.firstMinimum(t, "g"));
            Main.summary(s);
        }
    }

    @Command(name = "fsqt", mixinStandardHelpOptions = true,
        description = "Self intermediate scattering function F_s(q,t) and tau_alpha (F_s = 1/e). CSV t,fs,fs_k.")
    static final class Fsqt implements Runnable {
        @Mixin Input in = new Input();
        @Mixin Lags lags = new Lags();
        @Option(names = "--q", defaultValue = "7.25", description = "wavenumber (default ${DEFAULT-VALUE}, Kob-Andersen first peak)") double q;

        @Override public void run() {
            SelfIntermediateScattering fs = new SelfIntermediateScattering(q);
            fs.lagsPerDecade(lags.lagsPerDecade).maxOrigins(lags.maxOrigins).nonAffine(lags.nonAffine);
            Table t;
            try (Trajectory tr = in.open()) { t = fs.compute(tr); }
            in.write(t);
            Map<String, Object> s = summary(fs.frames(), fs.particles());
            s.put("tau_alpha", nanToNull(SelfIntermediateScattering.tauAlpha(t, "fs")));
            Main.summary(s);
        }
    }

    @Command(name = "alpha2", mixinStandardHelpOptions = true,
        description = "Non-Gaussian parameter alpha_2(t) and tau_2 (its peak). CSV t,alpha2,alpha2_k.")
    static final class Alpha2 implements Runnable {
        @Mixin Input in = new Input();
        @Mixin Lags lags = new Lags();

        @Override public void run() {
            NonGaussianParameter a = new NonGaussianParameter();
            a.lagsPerDecade(lags.lagsPerDecade).maxOrigins(lags.maxOrigins).nonAffine(lags.nonAffine);
            Table t;
            try (Trajectory tr = in.open()) { t = a.compute(tr); }
            in.write(t);
            Map<String, Object> s = summary(a.frames(), a.particles());
            s.put("tau_2", NonGaussianParameter.tau2(t, "alpha2"));
            s.put("alpha2_max", t.doubleColumn("alpha2").max());
            Main.summary(s);
        }
    }

    @Command(name = "chi4", mixinStandardHelpOptions = true,
        description = "Overlap Q(t) and dynamic susceptibility chi_4(t) = N(<Q^2>-<Q>^2), with t_chi (its peak). CSV t,Q,chi4.")
    static final class Chi4 implements Runnable {
        @Mixin Input in = new Input();
        @Mixin Lags lags = new Lags();
        @Option(names = "--a", defaultValue = "0.3", description = "overlap cutoff (default ${DEFAULT-VALUE})") double a;

        @Override public void run() {
            DynamicSusceptibility d = new DynamicSusceptibility(a);
            d.lagsPerDecade(lags.lagsPerDecade).maxOrigins(lags.maxOrigins).nonAffine(lags.nonAffine);
            Table t;
            try (Trajectory tr = in.open()) { t = d.compute(tr); }
            in.write(t);
            Map<String, Object> s = summary(d.frames(), d.particles());
            s.put("t_chi", DynamicSusceptibility.tChi(t, "chi4"));
            s.put("chi4_max", t.doubleColumn("chi4").max());
            Main.summary(s);
        }
    }

    @Command(name = "self", mixinStandardHelpOptions = true,
        description = "All self dynamics in one pass: msd, alpha2, fs, Q, chi4 (total and per type).")
    static final class Self implements Runnable {
        @Mixin Input in = new Input();
        @Mixin Lags lags = new Lags();
        @Option(names = "--q", defaultValue = "7.25", description = "wavenumber of F_s (default ${DEFAULT-VALUE})") double q;
        @Option(names = "--a", defaultValue = "0.3", description = "overlap cutoff (default ${DEFAULT-VALUE})") double a;

        @Override public void run() {
            SelfDynamics d = new SelfDynamics(q, a);
            d.lagsPerDecade(lags.lagsPerDecade).maxOrigins(lags.maxOrigins).nonAffine(lags.nonAffine);
            Table t;
            try (Trajectory tr = in.open()) { t = d.compute(tr); }
            in.write(t);
            Map<String, Object> s = summary(d.frames(), d.particles());
            s.put("tau_alpha", nanToNull(SelfIntermediateScattering.tauAlpha(t, "fs")));
            s.put("tau_2", NonGaussianParameter.tau2(t, "alpha2"));
            s.put("t_chi", DynamicSusceptibility.tChi(t, "chi4"));
            Main.summary(s);
        }
    }

    static Object nanToNull(double v) { return Double.isFinite(v) ? v : null; }
}
