package glassdyn.elastic;

import glassdyn.elastic.HessianSolver.Kind;
import glassdyn.particles.Configuration;
import glassdyn.potential.InversePowerLaw;
import glassdyn.potential.KobAndersen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dipole stiffnesses from the sparse Cholesky and from CG against the dense Cholesky solve, on quenched KA glasses and
 * a 3D IPL glass (paper 004's model); the choice of {@link Kind#AUTO}.
 */
class HessianSolverTest {
    /** AUTO by dimension, size and number of solves: the measured crossovers of {@link HessianSolver}'s constants. */
    @Test
    void autoPicksByMeasuredCrossover() {
        Object[][] table = {
            // dim, dof, solves, expected
            {2, 2000, 1, Kind.CG}, {2, 2000, 5, Kind.SPARSE}, {2, 200_000, 10, Kind.SPARSE}, {2, 200_002, 10_000, Kind.CG},
            {3, 1200, 1, Kind.CG}, {3, 1200, 153, Kind.DENSE}, {3, 3000, 30, Kind.DENSE}, {3, 3000, 10_000, Kind.DENSE},
            {3, 3003, 33, Kind.CG}, {3, 3003, 34, Kind.SPARSE},                                // 200 (3003/12000)^1.28 = 33.96
            {3, 6000, 82, Kind.CG}, {3, 6000, 83, Kind.SPARSE},                                // 200 (1/2)^1.28 = 82.3
            {3, 9000, 138, Kind.CG}, {3, 9000, 139, Kind.SPARSE},                              // 200 (3/4)^1.28 = 138.4
            {3, 12000, 199, Kind.CG}, {3, 12000, 200, Kind.SPARSE}, {3, 12000, 33_050, Kind.SPARSE}, // all pairs of N = 4000
            {3, 12000, 203, Kind.SPARSE},                                                       // paper-scale IS: 200 dipoles + 3
            {3, 24000, 485, Kind.CG}, {3, 24000, 486, Kind.SPARSE},                             // 200 * 2^1.28 = 485.7
            {3, 30000, 100_000, Kind.SPARSE}, {3, 30003, 100_000, Kind.CG}};                   // memory cap
        for (Object[] row : table) {
            int dim = (int) row[0], dof = (int) row[1], solves = (int) row[2];
            assertEquals(row[3], HessianSolver.auto(dim, dof, solves), "dim " + dim + ", dof " + dof + ", " + solves + " solves");
        }
        assertEquals(200, HessianSolver.sparseMinSolves3d(12000));
    }

    /** Paper 004's 3D IPL: sparse Cholesky, CG and dense Cholesky give the same dipole stiffnesses. */
    @Test
    void sparseAndCgEqualDenseOnIpl3d() {
        InversePowerLaw ipl = InversePowerLaw.threeD();
        Configuration c = TestGlasses.random(3, 400, 0.82, 0, 31);
        c.mass = new double[] {1, 1};
        for (int i = 0; i < c.n; i++) c.type[i] = i < c.n / 2 ? 0 : 1;
        TestGlasses.fire(c, ipl, 1e-10, 200_000);
        InteractingPairs pairs = InteractingPairs.of(c, ipl);
        Hessian h = Hessian.of(pairs);
        int k = 20;
        double[] kd = new DipoleStiffness(pairs, HessianSolver.of(h, Kind.DENSE)).sample(k, 7, null);
        double[] ks = new DipoleStiffness(pairs, HessianSolver.of(h, Kind.SPARSE)).sample(k, 7, null);
        double[] kc = new DipoleStiffness(pairs, HessianSolver.of(h, Kind.CG)).sample(k, 7, null);
        for (int a = 0; a < k; a++) {
            assertTrue(kd[a] > 0, "kappa must be positive in a stable glass, got " + kd[a]);
            assertEquals(kd[a], ks[a], 1e-10 * kd[a], "sparse vs dense");
            assertEquals(kd[a], kc[a], 1e-9 * kd[a], "CG vs dense");
        }
    }

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
