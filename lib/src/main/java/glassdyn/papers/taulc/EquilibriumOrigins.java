package glassdyn.papers.taulc;

import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.SllodIntegrator;
import glassdyn.force.ForceField;
import glassdyn.papers.StageResult;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.protocols.IsoconfigurationalEnsemble;
import glassdyn.protocols.LiquidPreparation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The equilibrium origins of paper 001's ensembles (the ICE configurations): a Kob-Andersen liquid equilibrated for
 * {@code equilibration} at the preset temperature (Nose-Hoover, chain 1), then one origin every {@code spacing}. Each
 * origin is the stage {@code origin-K} of the store; origins imported from LAMMPS ({@link TauLcDualityExport}) arrive
 * under the same keys and parameters.
 */
final class EquilibriumOrigins {
    private final TauLcRun run;
    private List<Configuration> origins;

    EquilibriumOrigins(TauLcRun run) { this.run = run; }

    static String key(int k) { return "origin-" + k; }

    /**
     * Parameters of origin {@code k}: the state point, the protocol, the seed and the pair kernel
     * ({@link glassdyn.force.ForceField#pairKernelTag()}: empty for the scalar loop, so every stage downstream of an
     * origin is computed again rather than resumed when the kernel changes).
     */
    static String params(TauLcPreset p, long seed, int k) {
        return String.format(java.util.Locale.ROOT, "KA N=%d rho=%s T=%s equilibration=%s spacing=%s dt=%s tdamp=%s seed=%d origin=%d",
            p.n(), p.rho(), p.temperature(), p.equilibration(), p.spacing(), TauLcDuality.DT, TauLcDuality.TDAMP, seed, k)
            + glassdyn.force.ForceField.pairKernelTag();
    }

    /** The stage result holding one origin. */
    static StageResult result(Configuration c) {
        Map<String, double[]> a = new LinkedHashMap<>();
        Map<String, Double> v = new LinkedHashMap<>();
        StoredConfiguration.put("", c, a, v);
        return new StageResult(Map.of(), a, v);
    }

    synchronized List<Configuration> all() {
        if (origins != null) return origins;
        TauLcPreset p = run.p;
        List<Configuration> out = new ArrayList<>();
        for (int k = 0; k < p.origins(); k++) {
            StageResult r = run.store.load(key(k), params(p, run.seed, k));
            if (r == null) { out = null; break; }
            out.add(StoredConfiguration.get("", r));
        }
        if (out == null) out = simulate();
        origins = out;
        return out;
    }

    private List<Configuration> simulate() {
        TauLcPreset p = run.p;
        PairPotential potential = run.potential;
        List<Configuration> out = new ArrayList<>();
        Configuration c = LiquidPreparation.liquid(potential, run.box(), LiquidPreparation.kobAndersenCounts(p.n()),
            p.temperature(), p.equilibration(), run.seed, 1);
        try (ForceField ff = new ForceField(potential, IsoconfigurationalEnsemble.SKIN, 1)) {
            SllodIntegrator integ = new SllodIntegrator(ff, TauLcDuality.DT, 0, p.temperature(), TauLcDuality.TDAMP);
            MolecularDynamics md = new MolecularDynamics(c, integ);
            for (int k = 0; k < p.origins(); k++) {
                if (k > 0) md.run(p.spacing());
                Configuration o = c.copy();
                o.time = 0;
                out.add(o);
                run.store.save(key(k), params(p, run.seed, k), result(o));
            }
        }
        run.countSimulated();
        return out;
    }
}
