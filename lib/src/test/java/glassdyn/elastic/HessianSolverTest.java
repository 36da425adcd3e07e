package glassdyn.elastic;

import glassdyn.particles.Configuration;
import glassdyn.potential.KobAndersen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dipole stiffnesses from the sparse Cholesky and from CG against the dense Cholesky solve, on quenched KA glasses. */
class HessianSolverTest {
    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void sparseAndCgEqualDense(int dim) {
        KobAndersen ka = new KobAndersen();
        Configuration c = TestGlasses.random(dim, dim == 2 ? 300 : 250, 1.2, 0.13, 21 + dim);
        TestGlasses.fire(c, ka, 1e-10, 200_000);
        InteractingPairs pairs = InteractingPairs.of(c, ka);
        Hessian h = Hessian.of(pairs);
        DenseCholeskySolver dense = new DenseCholeskySolver(h);
        SparseCholeskySolver sparse = new SparseCholeskySolver(h, true);
        SparseCholeskySolver natural = new SparseCholeskySolver(h, false);
        ConjugateGradientSolver cg = new ConjugateGradientSolver(h, 1e-12);
        int k = 20;
        int[] chosen = new int[k];
        double[] kd = new DipoleStiffness(pairs, dense).sample(k, 99, chosen);
        double[] ks = new DipoleStiffness(pairs, sparse).sample(k, 99, null);
        double[] kn = new DipoleStiffness(pairs, natural).sample(k, 99, null);
        double[] kc = new DipoleStiffness(pairs, cg).sample(k, 99, null);
        double worstSparse = 0, worstCg = 0;
        for (int a = 0; a < k; a++) {
            assertTrue(kd[a] > 0, "kappa must be positive in a stable glass, got " + kd[a]);
            worstSparse = Math.max(worstSparse, Math.abs(ks[a] - kd[a]) / kd[a]);
            worstSparse = Math.max(worstSparse, Math.abs(kn[a] - kd[a]) / kd[a]);
            worstCg = Math.max(worstCg, Math.abs(kc[a] - kd[a]) / kd[a]);
        }
        System.out.printf("%dD N=%d: mean kappa %.6g; max rel. diff sparse/dense %.2e, CG(1e-12)/dense %.2e; "
                + "nnz(L) nested dissection %d vs natural %d%n", dim, c.n, DipoleStiffness.mean(kd), worstSparse, worstCg,
            sparse.factorNonZeros(), natural.factorNonZeros());
        assertTrue(worstSparse < 1e-10, "sparse vs dense: " + worstSparse);
        assertTrue(worstCg < 1e-9, "CG vs dense: " + worstCg);
        assertTrue(sparse.factorNonZeros() < natural.factorNonZeros(), "the ordering must reduce fill");

        // the response solves M z = d exactly and is translation-free; kappa is bounded below by the lowest eigenvalue
        DipoleStiffness ds = new DipoleStiffness(pairs, sparse);
        double[] z = ds.response(chosen[0]), d = ds.dipole(chosen[0]), mz = new double[z.length];
        h.multiply(z, mz);
        for (int a = 0; a < z.length; a++) assertEquals(d[a], mz[a], 1e-10);
        double[] zc = z.clone();
        Displacements.removeTranslation(zc, dim);
        for (int a = 0; a < z.length; a++) assertEquals(z[a], zc[a], 1e-12);
        // the table lists the same dipoles by particle id
        var table = new DipoleStiffness(pairs, sparse).sampleTable(k, 99, c.id);
        assertEquals(k, table.rowCount());
        for (int a = 0; a < k; a++) {
            assertEquals(kd[a], table.doubleColumn("kappa").get(a), 1e-10 * kd[a]);
            assertEquals(c.id[pairs.i[chosen[a]]], table.doubleColumn("id_i").get(a));
        }
        double lowest = VibrationalModes.dense(h, 1).eigenvalues()[0];
        for (double kv : kd) assertTrue(kv >= lowest * (1 - 1e-10), "kappa " + kv + " below lowest eigenvalue " + lowest);
    }
}
