package glassdyn.elastic;

import glassdyn.particles.Configuration;
import glassdyn.potential.InversePowerLaw;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** kappa of every pair by the explicit pinned inverse equals one Cholesky solve per dipole (and CG on a subset); kappa_i is the pair mean. */
class LocalStiffnessTest {
    @Test void allPairsMatchOneSolvePerDipole() {
        InversePowerLaw p = InversePowerLaw.threeD();
        for (int dim : new int[] {2, 3}) {
            Configuration c = TestGlasses.random(dim, 60, dim == 3 ? 0.82 : 0.86, 0.0, 11 + dim);
            assertTrue(TestGlasses.fire(c, p, 1e-12, 200_000) < 1e-12);
            InteractingPairs pairs = InteractingPairs.of(c, p);
            Hessian h = Hessian.of(pairs);
            LocalStiffness all = LocalStiffness.of(pairs, h);
            DipoleStiffness one = new DipoleStiffness(pairs, new DenseCholeskySolver(h));
            DipoleStiffness cg = new DipoleStiffness(pairs, new ConjugateGradientSolver(h, 1e-13));
            double[] sum = new double[c.n];
            int[] cnt = new int[c.n];
            for (int q = 0; q < pairs.count; q++) {
                double k = one.kappa(q);
                assertEquals(k, all.pairs()[q], 1e-8 * k, dim + "D pair " + q);
                assertTrue(k > 0);
                if (q % 9 == 0) assertEquals(cg.kappa(q), all.pairs()[q], 1e-8 * k, dim + "D pair " + q + " (CG)");
                sum[pairs.i[q]] += k; sum[pairs.j[q]] += k; cnt[pairs.i[q]]++; cnt[pairs.j[q]]++;
            }
            for (int i = 0; i < c.n; i++)
                if (cnt[i] > 0) assertEquals(sum[i] / cnt[i], all.particles()[i], 1e-8 * sum[i] / cnt[i]);
            LocalStiffness each = LocalStiffness.ofEachPair(pairs, new SparseCholeskySolver(h, true));
            for (int q = 0; q < pairs.count; q++) assertEquals(all.pairs()[q], each.pairs()[q], 1e-8 * all.pairs()[q]);
        }
    }
}
