package glassdyn.protocols;

import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The alternative first-event detector ({@link IrreversibleOnset}) on a planted landscape, the Prandtl-Tomlinson
 * particle: E(x, gamma) = k (gamma - x)^2 / 2 - (A / 2 pi) cos(2 pi x), stress sigma = k (gamma - x). On its elastic
 * branch sigma = A sin(2 pi x) peaks at x = 1/4 and then falls smoothly until the saddle-node at
 * cos(2 pi x_c) = -k / (2 pi A), where the particle jumps to the next well: a reversible falling stress (over about
 * 0.013 in strain at k = A = 1) followed by one irreversible event at a known gamma_c. The stress rule of
 * {@link PlasticEvents#run} (a decrease larger than {@link PlasticEvents#DROP_THRESHOLD} between steps) fires on the
 * falling branch; the alternative must not, and must fire at gamma_c. One small POLY glass checks the particle branch.
 */
class IrreversibleOnsetTest {
    static final double K = 1, A = 1;

    /** gamma_c of the planted saddle-node. */
    static double gammaC() {
        double xc = (Math.PI / 2 + Math.asin(K / (2 * Math.PI * A))) / (2 * Math.PI);
        return xc + A * Math.sin(2 * Math.PI * xc) / K;
    }

    /** The landscape: a state is {gamma, x}, relaxed by gradient descent from the previous x (continuation). */
    static final IrreversibleOnset.Branch<double[]> PT = new IrreversibleOnset.Branch<>() {
        @Override public double[] load(double[] s, double h) {
            double g = s[0] + h, x = s[1];
            for (long it = 0; ; it++) {
                double f = K * (g - x) - A * Math.sin(2 * Math.PI * x);
                if (Math.abs(f) < 1e-13) return new double[] {g, x};
                if (it > 100_000_000L) throw new IllegalStateException("no convergence at gamma " + g);
                x += 0.1 * f;
            }
        }
        @Override public double stress(double[] s) { return K * (s[0] - s[1]); }
        @Override public double distance(double[] a, double[] b) { return Math.abs(a[1] - b[1]); }
    };

    /** A relaxed state on the first branch at {@code gamma} (below the peak, so the branch is unique). */
    static double[] stateAt(double gamma) { return PT.load(new double[] {0, 0}, gamma); }

    /** Steps along the branch from {@code g0} to {@code g1} whose stress falls by more than the pipeline's threshold. */
    static int stressRuleFirings(double g0, double g1, double step) {
        double[] s = stateAt(g0);
        int n = 0;
        for (double g = g0; g < g1 - 1e-12; g += step) {
            double[] t = PT.load(s, step);
            if (PT.stress(t) < PT.stress(s) - PlasticEvents.DROP_THRESHOLD) n++;
            s = t;
        }
        return n;
    }

    @Test
    void fallingElasticBranchFiresTheStressRuleButNotTheAlternative() {
        double gc = gammaC(), step = 1e-3, stop = gc - 5e-4;
        int fired = stressRuleFirings(1.2, stop, step);
        assertTrue(fired >= 8, "the pipeline's stress rule fires on the falling elastic branch: " + fired + " steps");
        IrreversibleOnset.Onset<double[]> o = IrreversibleOnset.find(PT, stateAt(1.2), 1.2, step / 512, step, stop,
            PlasticEvents.DROP_THRESHOLD, PlasticEvents.IRREVERSIBLE, PlasticEvents.BISECTIONS);
        assertNull(o, "no irreversible step below gamma_c = " + gc);
    }

    @Test
    void plantedInstabilityFiresBothAndTheAlternativeAtGammaC() {
        double gc = gammaC(), step = 1e-3;
        IrreversibleOnset.Onset<double[]> o = IrreversibleOnset.find(PT, stateAt(1.2), 1.2, step / 512, step, 1.3,
            PlasticEvents.DROP_THRESHOLD, PlasticEvents.IRREVERSIBLE, PlasticEvents.BISECTIONS);
        assertNotNull(o, "the saddle-node fires the alternative");
        assertEquals(step / (1 << PlasticEvents.BISECTIONS), o.width(), 1e-15);
        assertTrue(o.strain() <= gc && gc <= o.strain() + o.width() + 1e-9,
            "onset " + o.strain() + " within its bracket " + o.width() + " below gamma_c " + gc);
        assertTrue(o.reversibleDrops() >= 8, "the falling branch was crossed reversibly: " + o.reversibleDrops());
        assertTrue(PT.distance(o.jumpFrom(), o.jumpBack()) > 0.5, "the event moves the particle to the next well");
        // the stress rule fires too: first on the falling branch, more than 5e-3 before gamma_c, and at the jump itself
        assertTrue(stressRuleFirings(1.2, gc - 5e-3, step) >= 1, "the stress rule fires more than 5e-3 below gamma_c");
        double[] after = PT.load(o.onset(), o.width());
        assertTrue(PT.stress(after) < PT.stress(o.onset()) - 0.5, "the jump drops the stress");
    }

    @Test
    void jumpOfAFullStepOnlyIsAnArtefactNotAnEvent() {
        // planted artefact: a full step loaded from [1.1, 1.1 + step) relaxes into the next well (as FIRE may from a large
        // affine step); its half steps follow the branch. The bisection's last bracket is reversible: not an event.
        double gc = gammaC(), step = 1e-3;
        IrreversibleOnset.Branch<double[]> artefact = new IrreversibleOnset.Branch<>() {
            @Override public double[] load(double[] s, double h) {
                if (h > 0.99 * step && s[0] >= 1.1 && s[0] < 1.1 + step) return PT.load(new double[] {s[0], s[1] + 1}, h);
                return PT.load(s, h);
            }
            @Override public double stress(double[] s) { return PT.stress(s); }
            @Override public double distance(double[] a, double[] b) { return PT.distance(a, b); }
        };
        IrreversibleOnset.Onset<double[]> o = IrreversibleOnset.find(artefact, stateAt(1.1), 1.1, step / 512, step, 1.3,
            PlasticEvents.DROP_THRESHOLD, PlasticEvents.IRREVERSIBLE, PlasticEvents.BISECTIONS);
        assertNotNull(o);
        assertTrue(o.strain() <= gc && gc <= o.strain() + o.width() + 1e-9, "the planted saddle-node, not the artefact: " + o.strain());
    }

    @Test
    void polyGlassAlternativeOnsetAtOrAfterThePipelineOnset() {
        PairPotential p = GlassPreparation.potential("poly");
        Configuration c = GlassPreparation.poly(160, Double.POSITIVE_INFINITY, 0, 12);
        double step = 1e-3;
        PlasticEvents aqs = new PlasticEvents(p, step);
        PlasticEvents.Path path = aqs.run(c, 1, 0.2, false);
        PlasticEvents.Event e = path.events().get(0);
        PlasticEvents.IrreversibleEvent alt = aqs.firstIrreversible(e.onset(), e.strain(), 0.2);
        assertNotNull(alt, "an irreversible event before strain 0.2");
        System.out.printf("pipeline gamma_x %.7f locus %d; irreversible onset %.7f (+%d steps, %d reversible drops) locus %d, "
                + "largest displacement %.3f at %d, drop %.2e%n", e.strain(), e.locus(), alt.event().strain(), alt.steps(),
            alt.reversibleDrops(), alt.event().locus(), alt.maxDisplacement(), alt.displacementLocus(), alt.event().stressDrop());
        assertTrue(alt.event().strain() >= e.strain() - 1e-12, "the alternative fires at or after the stress rule");
        assertTrue(alt.width() <= step / (1 << PlasticEvents.BISECTIONS) * (1 + 1e-12), "resolved at least as finely as the pipeline: " + alt.width());
        assertTrue(alt.maxDisplacement() > PlasticEvents.IRREVERSIBLE, "an irreversible rearrangement");
        assertTrue(alt.event().stressDrop() > PlasticEvents.DROP_THRESHOLD, "the event drops the stress");
        assertTrue(alt.event().lowestEigenvalue() <= e.lowestEigenvalue() * 1.01 + 1e-6, "closer to the saddle-node: softer lowest mode");
    }
}
