package glassdyn.cli;

import glassdyn.analysis.DynamicSusceptibility;
import glassdyn.analysis.MeanSquareDisplacement;
import glassdyn.analysis.NonGaussianParameter;
import glassdyn.analysis.RadialDistribution;
import glassdyn.analysis.RelaxationTime;
import glassdyn.analysis.SelfDynamics;
import glassdyn.analysis.SelfIntermediateScattering;
import glassdyn.InputException;
import glassdyn.io.TrajectoryFiles;
import glassdyn.particles.Trajectory;
import glassdyn.table.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
        AnalyzeCommand.VanHove.class,
        AnalyzeCommand.Sq.class,
        AnalyzeCommand.CageJumps.class,
        AnalyzeCommand.Persistence.class,
        AnalyzeCommand.D2min.class,
        AnalyzeCommand.Retention.class,
        AnalyzeCommand.Clusters.class,
        AnalyzeCommand.Stress.class,
        AnalyzeCommand.CoarseGrain.class,
        AnalyzeCommand.Spearman.class,
        AnalyzeCommand.Info.class,
        AnalyzeCommand.ToTable.class,
        AnalyzeCommand.Convert.class,
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

        /** Computes a table on the opened trajectory, closes it, writes the CSV when asked. */
        Table compute(java.util.function.Function<Trajectory, Table> analysis) {
            Table t;
            try (Trajectory tr = open()) { t = analysis.apply(tr); }
            write(t);
            return t;
        }

        /** The whole trajectory in memory, unwrapped (non-affine when asked). */
        glassdyn.analysis.PositionHistory history(boolean nonAffine) {
            try (Trajectory tr = open()) { return glassdyn.analysis.PositionHistory.of(tr, nonAffine); }
        }
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
            s.put("msd_last", t.doubleColumn("msd").getDouble(t.rowCount() - 1));
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
            Table t = in.compute(tr -> fs.compute(tr));
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
            Table t = in.compute(tr -> a.compute(tr));
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
            Table t = in.compute(tr -> d.compute(tr));
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
            Table t = in.compute(tr -> d.compute(tr));
            Map<String, Object> s = summary(d.frames(), d.particles());
            s.put("tau_alpha", nanToNull(SelfIntermediateScattering.tauAlpha(t, "fs")));
            s.put("tau_2", NonGaussianParameter.tau2(t, "alpha2"));
            s.put("t_chi", DynamicSusceptibility.tChi(t, "chi4"));
            Main.summary(s);
        }
    }

    @Command(name = "vanhove", mixinStandardHelpOptions = true,
        description = "Self van Hove function G_s(r,t), time-origin averaged on log-spaced lags. CSV t,r,Gs,P.")
    static final class VanHove implements Runnable {
        @Mixin Input in = new Input();
        @Mixin Lags lags = new Lags();
        @Option(names = "--rmax", defaultValue = "3", description = "largest displacement binned (default ${DEFAULT-VALUE})") double rmax;
        @Option(names = "--bins", defaultValue = "150", description = "bins (default ${DEFAULT-VALUE})") int bins;

        @Override public void run() {
            glassdyn.analysis.VanHoveSelf v = new glassdyn.analysis.VanHoveSelf(rmax, bins);
            v.lagsPerDecade(lags.lagsPerDecade).maxOrigins(lags.maxOrigins).nonAffine(lags.nonAffine);
            Table t = in.compute(tr -> v.compute(tr));
            Main.summary(summary(v.frames(), v.particles()));
        }
    }

    @Command(name = "sq", mixinStandardHelpOptions = true,
        description = "Static structure factor S(q) on the cell's wavevectors, averaged over shells and frames. CSV q,S (--partial adds S_a_b).")
    static final class Sq implements Runnable {
        @Mixin Input in = new Input();
        @Option(names = "--qmax", defaultValue = "15", description = "largest q (default ${DEFAULT-VALUE})") double qmax;
        @Option(names = "--dq", defaultValue = "0.1", description = "shell width (default ${DEFAULT-VALUE})") double dq;
        @Option(names = "--partial", description = "add partial S_a_b columns") boolean partial;

        @Override public void run() {
            Table t;
            try (Trajectory tr = in.open()) { t = new glassdyn.analysis.StaticStructureFactor(qmax, dq).compute(tr); }
            if (!partial) t = keep(t, "q", "S");
            in.write(t);
            Map<String, Object> s = new LinkedHashMap<>();
            int peak = 0;
            double[] sv = t.doubleColumn("S").asDoubleArray();
            for (int k = 1; k < sv.length; k++) if (sv[k] > sv[peak]) peak = k;
            s.put("q_peak", t.doubleColumn("q").getDouble(peak));
            s.put("S_peak", sv[peak]);
            Main.summary(s);
        }
    }

    /** Options of the analyses on a whole trajectory held in memory. */
    static final class Jumps {
        @Option(names = "--p-threshold", required = true, description = "acceptance threshold on Candelier's p (length^2), e.g. the MSD plateau")
        double pThreshold;
        @Option(names = "--min-jump", defaultValue = "0", description = "minimum distance between cage centroids (default ${DEFAULT-VALUE}: off)")
        double minJump;
        @Option(names = "--min-frames", defaultValue = "5", description = "minimum frames per cage (default ${DEFAULT-VALUE})")
        int minFrames;
        @Option(names = "--non-affine", description = "subtract the affine shear flow (sheared runs)")
        boolean nonAffine;

        glassdyn.analysis.CageJumpDetector detector() {
            return new glassdyn.analysis.CageJumpDetector(pThreshold).minJump(minJump).minFrames(minFrames);
        }
    }

    @Command(name = "cage-jumps", mixinStandardHelpOptions = true,
        description = "Cage jumps by the Candelier-Dauchot-Biroli segmentation. CSV id,type,frame,t,dx,dy,dz,size,p (one row per jump).")
    static final class CageJumps implements Runnable {
        @Mixin Input in = new Input();
        @Mixin Jumps jumps = new Jumps();

        @Override public void run() {
            glassdyn.analysis.PositionHistory h = in.history(jumps.nonAffine);
            Table t = jumps.detector().compute(h);
            in.write(t);
            Map<String, Object> s = summary(h.frames(), h.n);
            s.put("jumps", t.rowCount());
            s.put("fraction_jumped", (double) t.intColumn("id").unique().size() / Math.max(1, h.n));
            s.put("mean_size", t.rowCount() > 0 ? t.doubleColumn("size").mean() : null);
            Main.summary(s);
        }
    }

    @Command(name = "persistence", mixinStandardHelpOptions = true,
        description = "First-jump (persistence) times from an origin frame. CSV id,type,t_first,censored.")
    static final class Persistence implements Runnable {
        @Mixin Input in = new Input();
        @Mixin Jumps jumps = new Jumps();
        @Option(names = "--origin-frame", defaultValue = "0", description = "frame index of the origin (default ${DEFAULT-VALUE})") int origin;

        @Override public void run() {
            glassdyn.analysis.PositionHistory h = in.history(jumps.nonAffine);
            Table first = glassdyn.analysis.PersistenceTime.firstJumps(jumps.detector().compute(h), h, origin);
            in.write(first);
            Map<String, Object> s = summary(h.frames(), h.n);
            s.put("mean_t_first", first.doubleColumn("t_first").mean());
            s.put("censored_fraction", first.intColumn("censored").sum() / (double) Math.max(1, h.n));
            Main.summary(s);
        }
    }

    @Command(name = "d2min", mixinStandardHelpOptions = true,
        description = "Falk-Langer D2min and local strain between two frames. CSV id,type,neighbors,d2min,eps_*,gamma,eta_vm.")
    static final class D2min implements Runnable {
        @Mixin Input in = new Input();
        @Option(names = "--ref-frame", defaultValue = "0", description = "reference frame index (default ${DEFAULT-VALUE})") int ref;
        @Option(names = "--frame", defaultValue = "-1", description = "current frame index, -1 for the last (default ${DEFAULT-VALUE})") int frame;
        @Option(names = "--cutoff", defaultValue = "2.5", description = "neighbour cutoff in the reference frame (default ${DEFAULT-VALUE})") double cutoff;

        @Override public void run() {
            glassdyn.analysis.PositionHistory h = in.history(false);
            int cur = frame < 0 ? h.frames() + frame : frame;
            if (ref < 0 || ref >= h.frames()) throw InputException.parameter("--ref-frame", "out of range 0.." + (h.frames() - 1), ref);
            if (cur < 0 || cur >= h.frames()) throw InputException.parameter("--frame", "out of range 0.." + (h.frames() - 1), frame);
            Table t = new glassdyn.analysis.FalkLangerD2min(cutoff).compute(h, ref, cur);
            in.write(t);
            Map<String, Object> s = summary(h.frames(), h.n);
            s.put("mean_d2min", t.doubleColumn("d2min").removeMissing().mean());
            s.put("max_d2min", t.doubleColumn("d2min").removeMissing().max());
            Main.summary(s);
        }
    }

    @Command(name = "retention", mixinStandardHelpOptions = true,
        description = "Neighbour retention C(t): fraction of the neighbours within rc at the origin still within rc. CSV t,C.")
    static final class Retention implements Runnable {
        @Mixin Input in = new Input();
        @Option(names = "--rc", required = true, description = "neighbour cutoff (r_min, the first minimum of g(r))") double rc;
        @Option(names = "--origin-frame", defaultValue = "0", description = "frame index of the origin (default ${DEFAULT-VALUE})") int origin;

        @Override public void run() {
            glassdyn.analysis.PositionHistory h = in.history(false);
            if (origin < 0 || origin >= h.frames()) throw InputException.parameter("--origin-frame", "out of range 0.." + (h.frames() - 1), origin);
            Table t = new glassdyn.analysis.NeighbourRetention(rc).mean(h, origin);
            in.write(t);
            Map<String, Object> s = summary(h.frames(), h.n);
            s.put("C_last", t.doubleColumn("C").getDouble(t.rowCount() - 1));
            Main.summary(s);
        }
    }

    @Command(name = "clusters", mixinStandardHelpOptions = true,
        description = "Clusters of the most mobile particles (largest displacement over a lag from a frame), connected by a distance cutoff. CSV size,count.")
    static final class Clusters implements Runnable {
        @Mixin Input in = new Input();
        @Option(names = "--frame", defaultValue = "0", description = "start frame (default ${DEFAULT-VALUE})") int frame;
        @Option(names = "--lag", required = true, description = "lag in frames for the displacement") int lag;
        @Option(names = "--fraction", defaultValue = "0.1", description = "fraction of most mobile particles flagged (default ${DEFAULT-VALUE})") double fraction;
        @Option(names = "--cutoff", defaultValue = "1.4", description = "connection distance (default ${DEFAULT-VALUE}, about r_min)") double cutoff;

        @Override public void run() {
            if (!(fraction > 0 && fraction <= 1)) throw InputException.parameter("--fraction", "must be in (0, 1]", fraction);
            glassdyn.analysis.PositionHistory h = in.history(false);
            int end = frame + lag;
            if (frame < 0 || lag < 1 || end >= h.frames()) throw InputException.parameter("--lag", "frame + lag must be a frame index below " + h.frames(), lag);
            double[] d2 = new double[h.n];
            for (int i = 0; i < h.n; i++) {
                double dx = h.x[end][i] - h.x[frame][i], dy = h.y[end][i] - h.y[frame][i], dz = h.z[end][i] - h.z[frame][i];
                d2[i] = dx * dx + dy * dy + dz * dz;
            }
            double[] sorted = d2.clone();
            java.util.Arrays.sort(sorted);
            int flaggedCount = Math.max(1, (int) Math.round(fraction * h.n));
            double threshold = sorted[h.n - flaggedCount];
            boolean[] flag = new boolean[h.n];
            for (int i = 0; i < h.n; i++) flag[i] = d2[i] >= threshold;
            glassdyn.particles.Configuration c = new glassdyn.particles.Configuration(h.n, h.box[frame]);
            System.arraycopy(h.x[frame], 0, c.x, 0, h.n); System.arraycopy(h.y[frame], 0, c.y, 0, h.n); System.arraycopy(h.z[frame], 0, c.z, 0, h.n);
            int[] labels = new glassdyn.analysis.ParticleClusters(cutoff).labels(c, flag);
            Table t = glassdyn.analysis.ParticleClusters.sizeDistribution(labels);
            in.write(t);
            Map<String, Object> s = summary(h.frames(), h.n);
            s.put("flagged", flaggedCount);
            s.put("clusters", (int) t.doubleColumn("count").sum());
            s.put("largest", t.rowCount() > 0 ? (int) t.doubleColumn("size").max() : 0);
            Main.summary(s);
        }
    }

    @Command(name = "stress", mixinStandardHelpOptions = true,
        description = "Per-particle (Egami) atomic stress of a configuration (LAMMPS data file, or one frame of a trajectory). CSV id,type,pe,sigma_xx..sigma_yz.")
    static final class Stress implements Runnable {
        @Option(names = "--potential", required = true, description = "potential name (see the potentials command)") String potential;
        @Option(names = "--data", description = "LAMMPS data file") Path data;
        @Option(names = "--dump", description = "trajectory file (use --frame)") Path dump;
        @Option(names = "--frame", defaultValue = "0", description = "frame index in --dump (default ${DEFAULT-VALUE})") int frame;
        @Option(names = "--dim", defaultValue = "3", description = "dimension of a data file (default ${DEFAULT-VALUE})") int dim;
        @Option(names = "--kinetic", description = "include the kinetic term m v v") boolean kinetic;
        @Option(names = "--threads", description = "threads (default: all cores)") Integer threads;
        @Option(names = "--out", paramLabel = "CSV", description = "write the table as CSV") Path out;

        @Override public void run() {
            if ((data == null) == (dump == null)) throw InputException.parameter("--data/--dump", "give exactly one", data == null ? "neither" : "both");
            glassdyn.potential.PairPotential p = glassdyn.potential.Potentials.pair(potential);
            glassdyn.particles.Configuration c;
            if (data != null) c = glassdyn.io.LammpsDataFile.read(data, dim);
            else {
                c = null;
                try (Trajectory tr = TrajectoryFiles.open(dump)) {
                    int k = 0;
                    for (glassdyn.particles.Frame f = tr.next(); f != null; f = tr.next(), k++) if (k == frame) { c = f.config(); break; }
                }
                if (c == null) throw InputException.parameter("--frame", "beyond the last frame of " + dump, frame);
            }
            Table t = new glassdyn.analysis.AtomicStress(p, threads == null ? Runtime.getRuntime().availableProcessors() : threads)
                .kinetic(kinetic).compute(c);
            if (out != null) Tables.writeCsv(t, out);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("n", c.n);
            s.put("mean_sigma_xy", t.doubleColumn("sigma_xy").mean());
            s.put("pressure", (t.doubleColumn("sigma_xx").mean() + t.doubleColumn("sigma_yy").mean()
                + (c.dim() == 3 ? t.doubleColumn("sigma_zz").mean() : 0)) / c.dim());
            Main.summary(s);
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Frame count, steps, particle count and boxes of a trajectory.")
    static final class Info implements Runnable {
        @Option(names = "--dump", required = true, description = "trajectory file") Path dump;
        @Option(names = "--dt", description = "MD timestep") Double dt;

        @Override public void run() {
            if (dt != null && !(dt > 0)) throw InputException.parameter("--dt", "must be positive", dt);
            Main.summary(TrajectoryFiles.summary(dump, dt == null ? 1 : dt).toMap());
        }
    }

    @Command(name = "table", mixinStandardHelpOptions = true,
        description = "The trajectory as one CSV table, one row per particle per frame: step,t,id,type,x,y,z,ix,iy,iz,vx,vy,vz.")
    static final class ToTable implements Runnable {
        @Mixin Input in = new Input();

        @Override public void run() {
            Table t = in.compute(tr -> tr.toTable());
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("rows", t.rowCount());
            Main.summary(s);
        }
    }

    @Command(name = "convert", mixinStandardHelpOptions = true, description = "Converts a trajectory to extended XYZ (.xyz, .extxyz, optionally .gz).")
    static final class Convert implements Runnable {
        @Option(names = "--dump", required = true, description = "trajectory file") Path dump;
        @Option(names = "--dt", description = "MD timestep") Double dt;
        @Option(names = "--out", required = true, description = "extended XYZ output") Path out;

        @Override public void run() {
            if (dt != null && !(dt > 0)) throw InputException.parameter("--dt", "must be positive", dt);
            int frames = 0;
            glassdyn.io.XyzWriter w = new glassdyn.io.XyzWriter(out, true);
            try (Trajectory tr = TrajectoryFiles.open(dump, dt == null ? 1 : dt)) {
                for (glassdyn.particles.Frame f = tr.next(); f != null; f = tr.next()) { w.write(f); frames++; }
            } catch (RuntimeException e) {
                w.abort();
                throw e;
            }
            w.close();
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("frames", frames);
            Main.summary(s);
        }
    }

    /** A per-particle column of a CSV with an {@code id} column (e.g. the output of persistence or d2min), by particle id. */
    static Map<Integer, Double> fieldById(Path csv, String column) {
        Map<Integer, Double> m = new java.util.HashMap<>();
        List<String> lines;
        try { lines = java.nio.file.Files.readAllLines(csv); }
        catch (java.nio.file.NoSuchFileException e) { throw InputException.at(csv, 0, "no such file", null); }
        catch (java.io.IOException e) { throw InputException.at(csv, 0, "cannot read: " + e.getMessage(), null); }
        if (lines.isEmpty()) throw InputException.at(csv, 1, "empty CSV", "");
        List<String> head = List.of(lines.get(0).split(","));
        int idCol = head.indexOf("id"), valCol = head.indexOf(column);
        if (idCol < 0) throw InputException.at(csv, 1, "no id column", lines.get(0));
        if (valCol < 0) throw InputException.at(csv, 1, "no column '" + column + "'", lines.get(0));
        for (int k = 1; k < lines.size(); k++) {
            String[] v = lines.get(k).split(",", -1);
            if (v.length <= Math.max(idCol, valCol)) throw InputException.at(csv, k + 1, "too few columns", lines.get(k));
            try {
                m.put(Integer.parseInt(v[idCol].strip()), Double.parseDouble(v[valCol].strip()));
            } catch (NumberFormatException e) {
                throw InputException.at(csv, k + 1, "not a number", lines.get(k));
            }
        }
        return m;
    }

    @Command(name = "coarse-grain", mixinStandardHelpOptions = true,
        description = "Grid coarse-graining of a per-particle field (paper 001 Eq. A1) on one frame, with local maxima/minima as cluster centres. CSV gx,gy,gz,x,y,z,value,extremum.")
    static final class CoarseGrain implements Runnable {
        @Mixin Input in = new Input();
        @Option(names = "--frame", defaultValue = "0", description = "frame index (default ${DEFAULT-VALUE})") int frame;
        @Option(names = "--field", required = true, description = "CSV with an id column and the field column") Path field;
        @Option(names = "--column", required = true, description = "field column name (e.g. t_first)") String column;
        @Option(names = "--cells", defaultValue = "8", description = "grid cells per side (default ${DEFAULT-VALUE}; paper 001 uses 20 at N = 10^4+)") int cells;
        @Option(names = "--length", description = "decay length l_cg (default L/cells, as paper 001)") Double length;

        @Override public void run() {
            Map<Integer, Double> values = fieldById(field, column);
            glassdyn.particles.Configuration c = null;
            try (Trajectory tr = in.open()) {
                int k = 0;
                for (glassdyn.particles.Frame f = tr.next(); f != null; f = tr.next(), k++) if (k == frame) { c = f.config(); break; }
            }
            if (c == null) throw InputException.parameter("--frame", "beyond the last frame of " + in.dump, frame);
            double[] v = new double[c.n];
            for (int i = 0; i < c.n; i++) {
                Double x = values.get(c.id[i]);
                if (x == null) throw InputException.at(field, 0, "no value for particle id " + c.id[i], column);
                v[i] = x;
            }
            double l = length != null ? length : c.box.lx() / cells;
            Table t = glassdyn.analysis.CoarseGraining.grid(c, v, cells, l);
            in.write(t);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("cells", t.rowCount());
            s.put("maxima", t.intColumn("extremum").isEqualTo(1).size());
            s.put("minima", t.intColumn("extremum").isEqualTo(-1).size());
            Main.summary(s);
        }
    }

    @Command(name = "spearman", mixinStandardHelpOptions = true,
        description = "Spearman rank correlation of two per-particle columns, matched by particle id (CSV outputs of the other subcommands).")
    static final class Spearman implements Runnable {
        @Option(names = "--a", required = true, description = "first CSV (with an id column)") Path a;
        @Option(names = "--a-column", required = true, description = "column of the first CSV") String aColumn;
        @Option(names = "--b", required = true, description = "second CSV (with an id column)") Path b;
        @Option(names = "--b-column", required = true, description = "column of the second CSV") String bColumn;

        @Override public void run() {
            Map<Integer, Double> x = fieldById(a, aColumn), y = fieldById(b, bColumn);
            List<Integer> ids = x.keySet().stream().filter(y::containsKey).sorted().toList();
            double[] u = new double[ids.size()], w = new double[ids.size()];
            for (int k = 0; k < ids.size(); k++) { u[k] = x.get(ids.get(k)); w[k] = y.get(ids.get(k)); }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("n", ids.size());
            s.put("spearman", glassdyn.stats.RankCorrelation.spearman(u, w));
            Main.summary(s);
        }
    }

    static Object nanToNull(double v) { return Double.isFinite(v) ? v : null; }
}
