package glassdyn.papers.taulc;

import glassdyn.analysis.ShearRecord;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The set measures of Figs. 10 and 12 on planted records: set stress and its slope, R_cj, the crossover, random regions. */
class LocalElasticRegionsTest {
    /** A record of n particles on a line along x (spacing 1) in a cubic box of edge n, frames 0.1 apart, virials given. */
    private static ShearRecord line(int n, int frames, double[][] virial) {
        ShearRecord rec = new ShearRecord(0.1, 0.7, 0.005, 0.1, n, n * n * n, new double[] {1, 0.88});
        rec.time = new double[frames]; rec.tilt = new double[frames];
        rec.x = new float[frames][n]; rec.y = new float[frames][n]; rec.z = new float[frames][n]; rec.virial = new float[frames][n];
        for (int k = 0; k < frames; k++) {
            rec.time[k] = 0.1 * k;
            for (int i = 0; i < n; i++) { rec.x[k][i] = i + 0.5f; rec.y[k][i] = 0.5f; rec.z[k][i] = 0.5f; rec.virial[k][i] = (float) virial[k][i]; }
        }
        rec.box = Box.cubic(3, n);
        return rec;
    }

    @Test
    void setStressFollowsTheParticlesAndItsSlopeIsTheLoadingRate() {
        int n = 10, frames = 20;
        double[][] v = new double[frames][n];
        for (int k = 0; k < frames; k++) for (int i = 0; i < n; i++) v[k][i] = i < 3 ? -0.5 * k : 0;
        ShearRecord rec = line(n, frames, v);
        double perParticle = rec.volume / n;
        assertEquals(0.5 * 4 / perParticle, LocalElasticRegions.setStress(rec, new int[] {0, 1, 2}, 4), 1e-6);
        // sigma = 0.5 k / v_p rises by 5 / v_p per time unit; a set outside the loaded particles stays at zero
        assertEquals(5 / perParticle, LocalElasticRegions.stressSlope(rec, new int[] {0, 2}, 2, 12), 1e-6);
        assertEquals(0, LocalElasticRegions.stressSlope(rec, new int[] {5, 6}, 2, 12), 1e-9);
        assertTrue(Double.isNaN(LocalElasticRegions.stressSlope(rec, new int[] {0}, 2, 4)), "fewer than the minimum frames");
    }

    @Test
    void jumpRatioCountsFirstJumpsAfterTIn() {
        int[][] jumps = {{3, 9}, {12}, {}, {5}};
        int[] all = {0, 1, 2, 3};
        assertEquals(0, LocalElasticRegions.jumpRatio(jumps, all, 4, 4), 1e-12);
        assertEquals(0.25, LocalElasticRegions.jumpRatio(jumps, all, 4, 6), 1e-12);
        assertEquals(0.5, LocalElasticRegions.jumpRatio(jumps, all, 4, 9), 1e-12, "particle 0 jumps again at 9, after t_in");
        assertEquals(0.75, LocalElasticRegions.jumpRatio(jumps, all, 4, 12), 1e-12);
        assertEquals(1.0 / 3, LocalElasticRegions.jumpRatio(jumps, new int[] {0, 1, 2}, 2, 8), 1e-12, "particle 0 at 3, after t_in = 2");
    }

    @Test
    void crossoverIsPositiveForLateJumpsAndNearZeroForSteadyOnes() {
        int n = 40, frames = 41;
        ShearRecord rec = line(n, frames, new double[frames][n]);
        int[] all = java.util.stream.IntStream.range(0, n).toArray();
        int[][] late = new int[n][], steady = new int[n][];
        for (int i = 0; i < n; i++) {
            late[i] = new int[] {i < 4 ? 1 + 4 * i : 21 + (i - 4) / 2};   // 4 jumps in the first half, 36 in the second
            steady[i] = new int[] {1 + i};                                    // one jump per frame
        }
        // R rises 0.1 in the first 2 time units and 0.9 in the next 2: slopes 0.05 and 0.45
        assertEquals(0.4, LocalElasticRegions.crossover(rec, late, all, 0, 20, 40), 1e-9, "late jumps: slope after - before");
        assertEquals(0, LocalElasticRegions.crossover(rec, steady, all, 0, 20, 40), 0.3, "a constant jump rate has no crossover");
    }

    @Test
    void randomRegionIsTheNearestParticlesToARandomCentre() {
        int n = 30;
        ShearRecord rec = line(n, 1, new double[1][n]);
        int[] r = LocalElasticRegions.randomRegion(rec, 0, 5, new SplittableRandom(4));
        assertEquals(5, r.length);
        assertEquals(5, Arrays.stream(r).distinct().count());
        int[] sorted = r.clone();
        Arrays.sort(sorted);
        // on a periodic line the 5 nearest form a contiguous run (modulo n) around the centre r[0]
        int c = r[0];
        for (int i : r) {
            int d = Math.abs(i - c);
            assertTrue(Math.min(d, n - d) <= 2, "particle " + i + " of centre " + c);
        }
        assertArrayEquals(r, LocalElasticRegions.randomRegion(rec, 0, 5, new SplittableRandom(4)), "deterministic under its seed");
    }
}
