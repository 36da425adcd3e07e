package glassdyn.lammps;

import glassdyn.potential.InversePowerLaw;
import glassdyn.potential.PairPotential;
import glassdyn.potential.StickySpheres;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The LAMMPS pair tables against the analytic potentials: every node holds u(r) and -u'(r) exactly, and LAMMPS's
 * {@code linear} lookup (linear in r^2 between the nodes, pair_table.cpp) reproduces u and the pair force over the
 * range a liquid samples (r from 0.8 lambda_ij to the cutoff) to 1e-6 of the largest force and energy there (at
 * r = 0.8 lambda_ij).
 * The LAMMPS {@code run 0} check of the same tables is in the tests module (MesoelasticKappaLammpsIT).
 */
class PairTableTest {
    @Test void iplTable() { check(InversePowerLaw.threeD(), new double[] {1, 1.18, 1.4}); }

    @Test void stickySpheresTable() { check(new StickySpheres(), new double[] {1, 1.18, 1.4}); }

    private static void check(PairPotential pot, double[] lambda) {
        List<String> lines = new PairTable(pot).text().lines().toList();
        int pair = 0;
        for (int ti = 0; ti < 2; ti++)
            for (int tj = ti; tj < 2; tj++, pair++) {
                int at = lines.indexOf(PairTable.section(ti, tj));
                String[] head = lines.get(at + 1).split(" ");
                int n = Integer.parseInt(head[1]);
                assertEquals(PairTable.POINTS, n);
                assertEquals("RSQ", head[2]);
                double lo = Double.parseDouble(head[3]), rc = Double.parseDouble(head[4]);
                assertEquals(pot.cutoff2(ti, tj, 1, 1), rc * rc, 1e-12);
                double[] r2 = new double[n], e = new double[n], fr = new double[n];
                for (int k = 0; k < n; k++) {
                    String[] w = lines.get(at + 3 + k).split(" ");
                    assertEquals(k + 1, Integer.parseInt(w[0]));
                    double r = Double.parseDouble(w[1]);
                    r2[k] = r * r;
                    e[k] = Double.parseDouble(w[2]);
                    fr[k] = Double.parseDouble(w[3]) / r;
                    if (k < n - 1) {
                        assertEquals(pot.energy(r2[k], ti, tj, 1, 1), e[k], 0, "node energy");
                        assertEquals(pot.forceOverR(r2[k], ti, tj, 1, 1), fr[k], 1e-15 * Math.abs(fr[k]), "node force");
                    }
                }
                // LAMMPS 'linear': index and fraction in r^2 from the inner end
                double lam = lambda[ti + tj], delta = (rc * rc - lo * lo) / (n - 1);
                double r0 = 0.8 * lam;
                double fScale = Math.abs(pot.forceOverR(r0 * r0, ti, tj, 1, 1)) * r0, eScale = Math.abs(pot.energy(r0 * r0, ti, tj, 1, 1));
                SplittableRandom rng = new SplittableRandom(7 + pair);
                double maxF = 0, maxE = 0;
                for (int s = 0; s < 200_000; s++) {
                    double r = 0.8 * lam + rng.nextDouble() * (Math.sqrt(rc * rc) - 0.8 * lam - 1e-9), q = r * r;
                    int i = (int) ((q - lo * lo) / delta);
                    double frac = (q - r2[i]) / delta;
                    double fl = fr[i] + frac * (fr[i + 1] - fr[i]), el = e[i] + frac * (e[i + 1] - e[i]);
                    maxF = Math.max(maxF, Math.abs(fl - pot.forceOverR(q, ti, tj, 1, 1)) * r / fScale);
                    maxE = Math.max(maxE, Math.abs(el - pot.energy(q, ti, tj, 1, 1)) / eScale);
                }
                System.out.printf(Locale.ROOT, "%s %s: max interpolation error, force %.2e, energy %.2e (of |F|, |u| at r = 0.8 lambda)%n",
                    pot.name(), PairTable.section(ti, tj), maxF, maxE);
                assertTrue(maxF < 1e-6 && maxE < 1e-6, pot.name() + " " + PairTable.section(ti, tj) + ": " + maxF + ", " + maxE);
            }
    }
}
