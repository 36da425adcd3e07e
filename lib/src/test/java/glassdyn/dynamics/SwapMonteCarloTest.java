package glassdyn.dynamics;

import glassdyn.force.ForceField;
import glassdyn.protocols.LiquidPreparation;

import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.PolydisperseSoftDisks;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Swap Monte Carlo for POLY: detailed balance on an enumerable system, and faster relaxation than plain MC. */
class SwapMonteCarloTest {
    final PolydisperseSoftDisks poly = new PolydisperseSoftDisks();

    /**
     * Four interacting disks at fixed positions with four distinct diameters: swaps only, so the states are the 24
     * permutations of the diameters. The visit frequencies must match exp(-E/T) / Z from enumeration, and the flux
     * between every well-visited pair of states must balance, N(A to B) = N(B to A) (detailed balance; equivalently the
     * acceptance ratio of A to B over B to A equals exp(-(E_B - E_A)/T)).
     */
    @Test
    void swapsSampleTheBoltzmannDistributionOfSizePermutations() {
        Configuration c = new Configuration(4, Box.cubic(2, 4.5));
        double[][] pos = {{1.0, 1.0}, {2.05, 1.1}, {1.45, 2.0}, {2.4, 2.15}};
        double[] sizes = {0.75, 0.95, 1.2, 1.55};
        for (int i = 0; i < 4; i++) { c.x[i] = pos[i][0]; c.y[i] = pos[i][1]; c.diameter[i] = sizes[i]; }
        double t = 1.5;
        SwapMonteCarlo mc = new SwapMonteCarlo(poly, t, 0.05, 1.0, 3);
        // enumerate the permutations
        Map<String, Double> weight = new HashMap<>();
        double z = 0;
        for (int[] p : permutations()) {
            for (int i = 0; i < 4; i++) c.diameter[i] = sizes[p[i]];
            double w = Math.exp(-mc.energy(c) / t);
            weight.put(key(c), w);
            z += w;
        }
        double emin = Double.MAX_VALUE, emax = -Double.MAX_VALUE;
        for (double w : weight.values()) { emin = Math.min(emin, -t * Math.log(w)); emax = Math.max(emax, -t * Math.log(w)); }
        assertTrue(emax - emin > t, "the permutations must differ in energy on the scale of T: " + (emax - emin));
        System.out.printf("energy spread of the permutations %.3f at T = %.2f%n", emax - emin, t);
        for (int i = 0; i < 4; i++) c.diameter[i] = sizes[i];
        int moves = 400_000;
        Map<String, Integer> visits = new HashMap<>();
        Map<String, Integer> flux = new HashMap<>();
        String from = key(c);
        for (int m = 0; m < moves; m++) {
            mc.move(c);
            String to = key(c);
            visits.merge(to, 1, Integer::sum);
            if (!to.equals(from)) flux.merge(from + ">" + to, 1, Integer::sum);
            from = to;
        }
        double worst = 0;
        for (Map.Entry<String, Double> e : weight.entrySet()) {
            double p = e.getValue() / z, f = visits.getOrDefault(e.getKey(), 0) / (double) moves;
            worst = Math.max(worst, Math.abs(f - p));
            assertEquals(p, f, 0.01, "frequency of " + e.getKey());
        }
        int balanced = 0;
        for (Map.Entry<String, Integer> e : flux.entrySet()) {
            String[] ab = e.getKey().split(">");
            int nab = e.getValue(), nba = flux.getOrDefault(ab[1] + ">" + ab[0], 0);
            if (nab + nba < 500) continue;
            assertEquals(nab, nba, 4 * Math.sqrt(nab + nba), "flux " + e.getKey());
            balanced++;
        }
        System.out.printf("swap MC on 24 permutations: largest |frequency - Boltzmann| %.4f, %d well-visited transitions balanced, acceptance %.3f%n",
            worst, balanced, mc.swapAcceptance());
        assertTrue(balanced >= 10, "enough transitions to test: " + balanced);
    }

    private static String key(Configuration c) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < c.n; i++) s.append(c.diameter[i]).append(',');
        return s.toString();
    }

    private static java.util.List<int[]> permutations() {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        for (int a = 0; a < 4; a++) for (int b = 0; b < 4; b++) for (int c = 0; c < 4; c++) for (int d = 0; d < 4; d++)
            if (a != b && a != c && a != d && b != c && b != d && c != d) out.add(new int[] {a, b, c, d});
        return out;
    }

    /**
     * POLY (N = 256, rho = 1, paper 003 A.1.b) quenched from random positions and then run at T = 0.1 (below
     * T_mct ~ 0.11 of paper 003): with swaps (P_swap = 0.2) the energy falls well below the plain translational MC
     * run from the same start after the same number of sweeps.
     */
    @Test
    void swapsRelaxTheEnergyFasterThanTranslationsAlone() {
        int n = 256;
        double l = Math.sqrt(n / 1.0);
        Configuration c = LiquidPreparation.random(Box.cubic(2, l), new int[] {n}, 21);
        PolydisperseSoftDisks.drawDiameters(c, 22);
        try (ForceField ff = new ForceField(poly, poly.maxCutoff(PolydisperseSoftDisks.D_MAX), 0.3, 1)) {
            assertTrue(new Fire().minimize(c, ff, 1e-8, 100_000).converged());
        }
        double[] withSwap = run(c.copy(), SwapMonteCarlo.SWAP_PROBABILITY), without = run(c.copy(), 0);
        System.out.printf("POLY at T = 0.1 after 300 sweeps: energy per particle %.5f +- %.5f with swaps, %.5f +- %.5f without%n",
            withSwap[0], withSwap[1], without[0], without[1]);
        assertTrue(withSwap[0] < without[0] - 5 * Math.hypot(withSwap[1], without[1]), "swaps must relax faster");
    }

    /** Mean and standard error of the energy per particle over sweeps 200-300. */
    private double[] run(Configuration c, double pSwap) {
        SwapMonteCarlo mc = new SwapMonteCarlo(poly, 0.1, 0.1, pSwap, 5);
        mc.sweeps(c, 200);
        double[] e = new double[100];
        for (int s = 0; s < 100; s++) { mc.sweeps(c, 1); e[s] = mc.energy(c) / c.n; }
        double m = 0, v = 0;
        for (double a : e) m += a / e.length;
        // blocks of 10 sweeps for the error (successive sweeps are correlated)
        double[] b = new double[10];
        for (int k = 0; k < 10; k++) { for (int s = 0; s < 10; s++) b[k] += e[10 * k + s] / 10; }
        for (double a : b) v += (a - m) * (a - m) / 9;
        return new double[] {m, Math.sqrt(v / 10)};
    }
}
