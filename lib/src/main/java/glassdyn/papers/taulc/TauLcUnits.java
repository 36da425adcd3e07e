package glassdyn.papers.taulc;

import glassdyn.Scale;
import glassdyn.papers.WorkUnit;

import java.util.ArrayList;
import java.util.List;

/**
 * Paper 001's stages as work units of a plan ({@code glassdyn plan tau-lc-duality}): level 0 the equilibrium origins
 * (one MD chain); level 1 the MSD plateau (the jump threshold, from origin 0) and one steady
 * shear state per rate (from origin 0); level 2 every isoconfigurational ensemble (equilibrium, zero-shear control,
 * start-up, cessation, continuation, rate switch), each after the origins, the plateau and, where it starts from a
 * steady state, that state. Ids are the stage keys. Costs: the measured 1.06e6 atom-steps per CPU-second of the KA
 * engine at N = 300-500 (one thread; helper measurement of session 5: 142 CPU-s per N = 500 quick ensemble of
 * 25 x 60 time units), MD steps of dt = 0.005; memory: the JVM's 1 GB plus, at the paper preset, 1.7 GB per running
 * replica of an ensemble (online first-jump detection, {@code IsoconfigurationalEnsemble.bytesPerReplica}). The pilot
 * ({@link TauLcDuality#pilot}) is not in the report, so not a unit.
 *
 * <p>With {@code --engine lammps} ({@link TauLcDuality#withLammps}) every ensemble unit, the plateau included, runs its
 * replicas on LAMMPS (one {@code lmp} process of one rank per running replica, frames streamed through a pipe): the
 * stage label says so, the memory adds {@link #LMP_GB} per running replica for the {@code lmp} process, and the
 * core-hours keep glassdyn's measured rate (the basis says so; LAMMPS's own rate is not measured at these sizes).
 */
final class TauLcUnits {
    private TauLcUnits() {}

    static final double ATOM_STEPS_PER_CPU_SECOND = 1.06e6;
    static final String BASIS = "measured: 1.06e6 KA atom-steps per CPU-s (N 300-500, session 5); "
        + "ensembles n x replicas x time / dt, origins and steady states their MD steps";

    /** Memory of one running one-rank {@code lmp} (KA, N &lt;= 10^4: tens of MB), rounded up. */
    static final double LMP_GB = 0.1;

    static String rate(double r) { return TauLcRun.rateKey(r); }

    static List<WorkUnit> of(Scale scale, TauLcPreset p, int threads, boolean lammps) {
        List<WorkUnit> out = new ArrayList<>();
        String on = lammps ? " (LAMMPS)" : "";
        double n = p.n();
        double rate = atomStepsPerCpuSecond(p);
        String basis = rate == ATOM_STEPS_PER_CPU_SECOND ? BASIS : BASIS_A;
        double originsH = hours(n * (p.equilibration() + p.origins() * p.spacing()), rate);
        double steadyH = hours(n * (p.transientTime() + p.average()), rate);
        double iceH = hours(n * p.replicas() * p.iceTime(), rate);
        double plateauH = hours(n * IsoconfigurationalEnsembles.PLATEAU_REPLICAS * IsoconfigurationalEnsembles.PLATEAU_RUN, rate);
        double small = 1.0;
        double ice = (scale == Scale.PAPER ? 1.0 + 1.7 * (n / 9000) * threads : 1.0) + (lammps ? LMP_GB * threads : 0);
        out.add(new WorkUnit("origins", "EquilibriumOrigins", List.of(), originsH, small, 1, basis));
        out.add(new WorkUnit("ice-plateau", "IsoconfigurationalEnsembles.plateau" + on, List.of("origins"), plateauH,
            small + (lammps ? LMP_GB * threads : 0), threads, basis));
        for (double r : p.rates())
            out.add(new WorkUnit(SteadyShearStates.key(r), "SteadyShearStates", List.of("origins"), steadyH, small, 1, basis));
        List<String> base = List.of("origins", "ice-plateau");
        for (int k = 0; k < p.origins(); k++)
            out.add(new WorkUnit("ice-eq-" + k, "equilibrium ensemble" + on, base, iceH, ice, threads, basis));
        out.add(new WorkUnit("ice-control-0", "zero-shear control ensemble" + on, base, iceH, ice, threads, basis));
        for (double r : p.iceRates()) {
            List<String> from = List.of("origins", "ice-plateau", SteadyShearStates.key(r));
            out.add(new WorkUnit("ice-cessation-" + rate(r), "cessation ensemble" + on, from, iceH, ice, threads, basis));
            out.add(new WorkUnit("ice-steady-" + rate(r), "continuation ensemble" + on, from, iceH, ice, threads, basis));
        }
        for (double r : p.startupRates())
            for (int k = 0; k < p.origins(); k++)
                out.add(new WorkUnit("ice-startup-" + rate(r) + "-" + k, "start-up ensemble" + on, base, iceH, ice, threads, basis));
        for (double r : p.switchFrom())
            out.add(new WorkUnit("ice-switch-" + rate(r) + "-to-" + rate(p.switchRate()), "rate-switch ensemble" + on,
                List.of("origins", "ice-plateau", SteadyShearStates.key(r)), iceH, ice, threads, basis));
        // Figs. 10 and 12: the recorded trajectory at the LER rate (one thread) and a cessation ensemble per reference time
        LerTrajectory.LerPreset ler = LerTrajectory.LerPreset.of(scale);
        String lerSteady = SteadyShearStates.key(LerTrajectory.rate(p));
        out.add(new WorkUnit(LerTrajectory.KEY, "LerTrajectory", List.of("origins", lerSteady),
            hours(n * (ler.equilibration() + ler.production()), rate), small + lerMemoryGb(p, ler), 1, basis));
        for (int k = 0; k < ler.references(); k++)
            out.add(new WorkUnit("ice-ler-cessation-" + k, "LER cessation ensemble" + on, List.of("origins", "ice-plateau", lerSteady,
                LerTrajectory.KEY), iceH, ice, threads, basis));
        return out;
    }

    /**
     * Memory of the recorded LER trajectory (GB): 7 floats per A particle and frame while recording, and the same as
     * doubles in the stage written at the end (0.8 N A particles, frames every {@link TauLcDuality#SAMPLE}).
     */
    static double lerMemoryGb(TauLcPreset p, LerTrajectory.LerPreset ler) {
        double frames = ler.production() / TauLcDuality.SAMPLE + 1;
        return 0.8 * p.n() * frames * 7 * (4 + 8 + 4) / 1e9;
    }

    /** Core-hours of {@code atomTime} particle x time units of MD at dt = 0.005 (+ 2 s of start-up). */
    private static double hours(double atomTime, double atomStepsPerCpuSecond) {
        return (atomTime / TauLcDuality.DT / atomStepsPerCpuSecond + 2) / 3600;
    }

    /** The measured MD rate of the preset's state: sample A's own (denser, more neighbours), else sample B's. */
    static double atomStepsPerCpuSecond(TauLcPreset p) {
        return p.sample().equals("A") && Double.isFinite(TauLcPreset.SAMPLE_A_ATOM_STEPS_PER_CPU_S)
            ? TauLcPreset.SAMPLE_A_ATOM_STEPS_PER_CPU_S : ATOM_STEPS_PER_CPU_SECOND;
    }

    static final String BASIS_A = "sample B's measured rate x " + TauLcPreset.SAMPLE_A_RATE_OVER_B
        + " (sample A / B per atom-step, measured on short md runs of both states, session 12): "
        + String.format(java.util.Locale.ROOT, "%.3g", TauLcPreset.SAMPLE_A_ATOM_STEPS_PER_CPU_S)
        + " KA atom-steps per CPU-s; ensembles n x replicas x time / dt";

    /** Runs one unit by its id on {@code d}. */
    static void run(TauLcDuality d, TauLcPreset p, String id) {
        if (id.equals("origins")) { d.origins(); return; }
        if (id.equals("ice-plateau")) { d.plateau(); return; }
        for (double r : p.rates()) if (id.equals(SteadyShearStates.key(r))) { d.steady(r); return; }
        for (int k = 0; k < p.origins(); k++) if (id.equals("ice-eq-" + k)) { d.equilibrium(k); return; }
        if (id.equals("ice-control-0")) { d.control(0); return; }
        for (double r : p.iceRates()) {
            if (id.equals("ice-cessation-" + rate(r))) { d.cessation(r); return; }
            if (id.equals("ice-steady-" + rate(r))) { d.continuation(r); return; }
        }
        for (double r : p.startupRates())
            for (int k = 0; k < p.origins(); k++) if (id.equals("ice-startup-" + rate(r) + "-" + k)) { d.startup(k, r); return; }
        for (double r : p.switchFrom())
            if (id.equals("ice-switch-" + rate(r) + "-to-" + rate(p.switchRate()))) { d.rateSwitch(r, p.switchRate()); return; }
        if (id.equals(LerTrajectory.KEY)) { d.lerTrajectory().stage(); return; }
        for (int k = 0; k < LerTrajectory.LerPreset.of(d.scale()).references(); k++)
            if (id.equals("ice-ler-cessation-" + k)) { d.lerCessation(k); return; }
        throw new IllegalArgumentException("no unit '" + id + "' in the plan of tau-lc-duality");
    }
}
