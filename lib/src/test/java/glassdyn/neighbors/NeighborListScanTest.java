package glassdyn.neighbors;

import glassdyn.parallel.ThreadTeam;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;
import jdk.incubator.vector.DoubleVector;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The SIMD half-list scan ({@link VectorRangeScan}) builds the same list as the scalar scan ({@link RangeScan#SCALAR}),
 * entry for entry and in the same order: uniformly random particles (cells of uneven occupancy, runs shorter and
 * longer than a vector) in 3D orthogonal and tilted boxes and in 2D, with one species (one range), two species (the
 * blend of two ranges) and three species (the gather of the range table), on one and two threads. The build runs the
 * tests with the Vector API module; on this AVX-512 machine the default list must take the SIMD scan.
 */
class NeighborListScanTest {

    /** {@code n} uniformly random particles of {@code species} species at number density {@code rho}. */
    static Configuration random(int dim, int n, double rho, double tiltFraction, int species, long seed) {
        double l = Math.pow(n / rho, 1.0 / dim);
        Box box = new Box(dim, -1.0, 0.5, 2.0, l, l, l, tiltFraction * l);
        Configuration c = new Configuration(n, box);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            double sy = rnd.nextDouble() * l;
            c.y[i] = box.ylo() + sy;
            c.x[i] = box.xlo() + rnd.nextDouble() * l + sy / l * box.xy();
            c.z[i] = dim == 3 ? box.zlo() + rnd.nextDouble() * l : 0;
            c.type[i] = rnd.nextInt(species);
        }
        return c;
    }

    /** Species-pair cutoffs: Kob-Andersen's for two species, a third species with its own ranges. */
    static double[][] cutoffs(int species) {
        double[][] kab = {{2.5, 2.0, 1.7}, {2.0, 2.2, 1.9}, {1.7, 1.9, 1.5}};
        double[][] rc = new double[species][species];
        for (int a = 0; a < species; a++) for (int b = 0; b < species; b++) rc[a][b] = kab[a][b];
        return rc;
    }

    private static void sameList(Configuration c, int species, int threads) {
        NeighborList scalar = new NeighborList(cutoffs(species), 0.3, false, RangeScan.SCALAR);
        NeighborList vector = new NeighborList(cutoffs(species), 0.3, false, RangeScan.vector());
        try (ThreadTeam team = new ThreadTeam(threads)) {
            scalar.build(c.copy(), team);
            vector.build(c.copy(), team);
        }
        assertArrayEquals(scalar.start(), vector.start(), "row offsets");
        int size = scalar.size();
        assertTrue(size > 10 * c.n, "a dense list: " + size + " entries for " + c.n + " particles");
        assertEquals(size, vector.size());
        for (int p = 0; p < size; p++)
            assertEquals(scalar.pairs()[p], vector.pairs()[p], "entry " + p);
    }

    @Test void vectorScanIsTakenWithAvx512() {
        NeighborList list = new NeighborList(2.5, 0.3, false);
        assertEquals(DoubleVector.SPECIES_PREFERRED.length() >= 8, list.vectorScan(),
            "the SIMD scan exactly where 512-bit vectors are preferred");
        assertFalse(new NeighborList(cutoffs(2), 0.3, false, RangeScan.SCALAR).vectorScan());
    }

    @Test void oneSpecies3d() { sameList(random(3, 2000, 1.2, 0.0, 1, 1), 1, 1); }

    @Test void twoSpeciesTilted3dTwoThreads() { sameList(random(3, 2500, 1.2, 0.31, 2, 2), 2, 2); }

    @Test void threeSpeciesGather3d() { sameList(random(3, 2197, 1.1, -0.2, 3, 3), 3, 1); }

    @Test void twoSpecies2d() { sameList(random(2, 3001, 1.2, 0.17, 2, 4), 2, 2); }

    /**
     * The default (SIMD where available) list holds exactly the pairs closer than their species-pair range, each once
     * (brute force over all pairs, minimum image in an orthogonal box wider than twice the range), three species.
     */
    @Test void listHoldsExactlyThePairsInRange() {
        int nt = 3;
        Configuration b = random(3, 1500, 1.2, 0.0, nt, 6);
        NeighborList list = new NeighborList(cutoffs(nt), 0.3, false);
        try (ThreadTeam team = new ThreadTeam(2)) { list.build(b, team); }
        int[] start = list.start(), pairs = list.pairs();
        java.util.List<Long> got = new java.util.ArrayList<>();
        for (int i = 0; i < b.n; i++)
            for (int p = start[i]; p < start[i + 1]; p++) {
                int j = NeighborList.index(pairs[p]);
                got.add((long) Math.min(i, j) * b.n + Math.max(i, j));
            }
        java.util.List<Long> want = new java.util.ArrayList<>();
        double l = b.box.lx();
        double[][] rc = cutoffs(nt);
        for (int i = 0; i < b.n; i++)
            for (int j = i + 1; j < b.n; j++) {
                double dx = b.x[i] - b.x[j], dy = b.y[i] - b.y[j], dz = b.z[i] - b.z[j];
                dx -= l * Math.rint(dx / l); dy -= l * Math.rint(dy / l); dz -= l * Math.rint(dz / l);
                double r = rc[b.type[i]][b.type[j]] + 0.3;
                if (dx * dx + dy * dy + dz * dz < r * r) want.add((long) i * b.n + j);
            }
        java.util.Collections.sort(got);
        assertEquals(want, got);
    }

    /** The comparison can fail: a list built with a shorter range differs from the reference. */
    @Test void comparisonDetectsADifferentList() {
        Configuration c = random(3, 1500, 1.2, 0.0, 2, 5);
        NeighborList a = new NeighborList(cutoffs(2), 0.3, false, RangeScan.vector());
        NeighborList b = new NeighborList(cutoffs(2), 0.29, false, RangeScan.vector());
        a.build(c.copy());
        b.build(c.copy());
        assertNotEquals(a.size(), b.size(), "a smaller skin lists fewer pairs");
    }
}
