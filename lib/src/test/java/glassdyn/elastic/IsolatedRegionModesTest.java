package glassdyn.elastic;

import glassdyn.papers.cagejump.SpotCoincidence;
import glassdyn.particles.Configuration;
import glassdyn.potential.HardCoreYukawa;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A planted soft spot in an isolated region: an fcc crystal of big Yukawa particles (paper 000's potential) in which
 * the four sites nearest a point 1.5 d_b off the region's centre hold small particles (d = 2/3: at the big lattice
 * spacing their Yukawa repulsion and curvature are much weaker, so they rattle in oversized cages). The region is
 * the particles within 3.6 d_b of the centre, the rest is clamped. The softest pseudo-harmonic mode must sit on the
 * spot (its core within one neighbour shell of a soft particle); cage-jump "spots" planted on the soft particles must coincide with the PHM loci against the random null,
 * and spots planted on the far side of the region must not.
 */
class IsolatedRegionModesTest {
    /** One neighbour shell of the crystal: nearest-neighbour distance a / sqrt 2 = 1.21 d_b, plus slack. */
    static final double NEIGHBOUR_SHELL = 1.3;

    @Test
    void softestModeSitsOnThePlantedSoftSpot() {
        int cells = 6;
        double a = Math.cbrt(4 / 0.8), l = cells * a;
        double[][] basis = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        Configuration c = new Configuration(4 * cells * cells * cells, Box.cubic(3, l));
        c.mass = new double[] {1, 1};
        SplittableRandom r = new SplittableRandom(3);
        int n = 0;
        for (int i = 0; i < cells; i++) for (int j = 0; j < cells; j++) for (int k = 0; k < cells; k++) for (double[] b : basis) {
            c.x[n] = (i + b[0] + 0.25) * a + 0.03 * r.nextGaussian();
            c.y[n] = (j + b[1] + 0.25) * a + 0.03 * r.nextGaussian();
            c.z[n] = (k + b[2] + 0.25) * a + 0.03 * r.nextGaussian();
            c.diameter[n] = HardCoreYukawa.DIAMETERS[0];
            c.id[n] = n + 1;
            n++;
        }
        double[] centre = {l / 2, l / 2, l / 2}, spot = {l / 2 + 1.5, l / 2, l / 2};
        int[] order = byDistance(c, spot);
        for (int q = 0; q < 4; q++) { c.type[order[q]] = 1; c.diameter[order[q]] = HardCoreYukawa.DIAMETERS[1]; }
        boolean[] free = new boolean[c.n];
        for (int i = 0; i < c.n; i++) free[i] = distance(c, i, centre) < 3.6;
        HardCoreYukawa p = new HardCoreYukawa(HardCoreYukawa.K, HardCoreYukawa.Z, 1.5, HardCoreYukawa.DIAMETERS);
        IsolatedRegionModes.Result res = IsolatedRegionModes.compute(c, free, p, 12, 1);
        IsolatedRegionModes.Mode soft = res.modes().get(0);
        double off = Double.POSITIVE_INFINITY; // distance of the mode's core centre to the nearest soft particle
        for (int q = 0; q < 4; q++) off = Math.min(off, distance(res.inherent(), order[q], soft.centre()));
        System.out.printf("free %d, FIRE %d iterations, max force %.1e, overlaps %d; %d modes, softest kappa %.3f (stiffest found %.3f), "
                + "participation %.3f, centre %.2f d_b from a soft particle%n", res.free().length, res.fireIterations(), res.maxForce(), res.overlaps(),
            res.modes().size(), soft.stiffness(), res.modes().get(res.modes().size() - 1).stiffness(), soft.participation(), off);
        // every mode found must have its core within one neighbour shell of a soft particle: the soft particles and their
        // big neighbours (which lost a strong Yukawa bond) form the planted spot
        for (IsolatedRegionModes.Mode md : res.modes()) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int q = 0; q < 4; q++) nearest = Math.min(nearest, distance(res.inherent(), order[q], md.centre()));
            assertTrue(nearest < NEIGHBOUR_SHELL, "mode of kappa " + md.stiffness() + " centred " + nearest + " d_b from the spot");
        }
        assertTrue(res.maxForce() < IsolatedRegionModes.FORCE_TOLERANCE, "inherent structure reached");
        assertEquals(0, res.overlaps());
        assertTrue(off < NEIGHBOUR_SHELL, "the softest PHM sits on the spot, got " + off + " d_b from a soft particle");
        assertTrue(soft.participation() < 0.2, "quasi-localised, participation " + soft.participation());
        double sum = 0;
        for (double w : soft.weight()) sum += w;
        assertEquals(1, sum, 1e-12);

        // coincidence of planted "jump spots" with the PHM loci against the random null over the region's big particles
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < c.n; i++) if (free[i] && c.type[i] == 0) candidates.add(pos(res.inherent(), i));
        double[][] loci = {soft.centre(), res.modes().get(1).centre()};
        double[][] onSpot = new double[4][], farSide = new double[4][];
        int[] far = byDistance(c, new double[] {l / 2 - 3, l / 2, l / 2});
        for (int q = 0, f = 0; q < 4; q++) {
            onSpot[q] = pos(res.inherent(), order[4 + q]); // the big neighbours of the soft particles
            while (!free[far[f]] || c.type[far[f]] != 0) f++;
            farSide[q] = pos(res.inherent(), far[f++]);
        }
        SpotCoincidence.Result near = SpotCoincidence.of(c.box, loci, onSpot, candidates.toArray(double[][]::new), 2000, 5);
        SpotCoincidence.Result away = SpotCoincidence.of(c.box, new double[][] {soft.centre()}, farSide, candidates.toArray(double[][]::new), 2000, 5);
        System.out.printf("on the spot: D %.2f vs null %.2f +- %.2f, p %.4f; far side: D %.2f, p %.3f%n", near.distance(), near.nullMean(),
            near.nullStd(), near.pValue(), away.distance(), away.pValue());
        assertTrue(near.pValue() < 0.01, "spots on the soft spot coincide with the PHM loci");
        assertTrue(away.pValue() > 0.5, "spots on the far side do not");
    }

    private static double[] pos(Configuration c, int i) { return new double[] {c.x[i], c.y[i], c.z[i]}; }

    private static double distance(Configuration c, int i, double[] p) {
        double[] d = {c.x[i] - p[0], c.y[i] - p[1], c.z[i] - p[2]};
        c.box.minimumImage(d);
        return Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
    }

    private static int[] byDistance(Configuration c, double[] p) {
        Integer[] o = new Integer[c.n];
        for (int i = 0; i < c.n; i++) o[i] = i;
        java.util.Arrays.sort(o, java.util.Comparator.comparingDouble(i -> distance(c, i, p)));
        return java.util.Arrays.stream(o).mapToInt(Integer::intValue).toArray();
    }
}
