package glassdyn.papers.plasticity;

import static glassdyn.papers.Reports.round;

import glassdyn.claims.Claim;
import glassdyn.dynamics.SwapMonteCarlo;
import glassdyn.force.ForceField;
import glassdyn.papers.Reports;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;
import glassdyn.particles.Configuration;
import glassdyn.potential.PolydisperseSoftDisks;
import glassdyn.protocols.GlassPreparation;
import glassdyn.protocols.LiquidPreparation;

/**
 * The equilibration diagnostic of a POLY parent (Appendix A.2.b): one extra liquid of the protocol (its own seed)
 * run by swap Monte Carlo at T_ini for the protocol's sweeps in {@link #BLOCKS} blocks, recording the potential energy
 * per particle and the swap acceptance after each block. Stationary when the mean of the second half of the blocks
 * differs from the first half by less than twice the sd of a half-mean (blocks taken as independent: informational).
 */
final class SwapEquilibration {
    /** Blocks of the sweep run. */
    static final int BLOCKS = 10;

    private SwapEquilibration() {}

    static boolean applies(Protocol p) {
        return p.model().equals("poly") && Double.isFinite(p.tIni()) && p.sweeps() > 0;
    }

    static GlassRecord of(Protocol p, int n, long seed) {
        PolydisperseSoftDisks pot = new PolydisperseSoftDisks();
        Configuration c = GlassPreparation.polyRandom(n, seed);
        try (ForceField ff = GlassPreparation.forceField(pot, c, 1)) {
            LiquidPreparation.pushOff(c, ff);
        }
        SwapMonteCarlo mc = new SwapMonteCarlo(pot, p.tIni(), GlassPreparation.SWAP_MAX_DISPLACEMENT, seed + 17);
        double[] e = new double[BLOCKS], acc = new double[BLOCKS], sweeps = new double[BLOCKS];
        int per = Math.max(1, p.sweeps() / BLOCKS);
        for (int b = 0; b < BLOCKS; b++) {
            long sa = mc.swapAccepts(), st = mc.swapAttempts();
            mc.sweeps(c, per);
            e[b] = mc.energy(c) / c.n;
            acc[b] = (double) (mc.swapAccepts() - sa) / Math.max(1, mc.swapAttempts() - st);
            sweeps[b] = (b + 1.0) * per;
        }
        return new GlassRecord().put("sweeps", sweeps).put("energy", e).put("swap_acceptance", acc);
    }

    /** Second-half minus first-half mean and twice the sd of that difference (blocks as independent units). */
    static double[] drift(double[] v) {
        int h = v.length / 2;
        double m1 = 0, m2 = 0, s1 = 0, s2 = 0;
        for (int i = 0; i < h; i++) m1 += v[i] / h;
        for (int i = h; i < 2 * h; i++) m2 += v[i] / h;
        for (int i = 0; i < h; i++) s1 += (v[i] - m1) * (v[i] - m1) / Math.max(1, h - 1);
        for (int i = h; i < 2 * h; i++) s2 += (v[i] - m2) * (v[i] - m2) / Math.max(1, h - 1);
        return new double[] {m2 - m1, 2 * Math.sqrt(s1 / h + s2 / h)};
    }

    static Claim claim(Protocol p, GlassRecord r) {
        double[] de = drift(r.get("energy")), da = drift(r.get("swap_acceptance"));
        boolean stationary = Math.abs(de[0]) < de[1] && Math.abs(da[0]) < da[1];
        return Claim.of("swap_equilibration_" + p.name(), "swap-MC liquid at T_ini = " + p.tIni() + " after " + p.sweeps()
                + " sweeps: energy per particle and swap acceptance stationary over the second half", "Appendix A.2.b")
            .paper("equilibrated parent")
            .measured(Reports.object("energy_per_particle", Reports.round(r.get("energy")), "swap_acceptance", Reports.round(r.get("swap_acceptance")),
                "energy_drift", round(de[0]), "energy_drift_2sd", round(de[1]), "acceptance_drift", round(da[0]), "acceptance_drift_2sd", round(da[1])))
            .informational((stationary ? "stationary" : "NOT stationary") + " by the half-vs-half test; tau_alpha of the parent is not measured");
    }
}
