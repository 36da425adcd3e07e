package glassdyn.papers.plasticity;

import glassdyn.elastic.Hessian;
import glassdyn.elastic.InteractingPairs;
import glassdyn.elastic.SparseCholeskySolver;
import glassdyn.elastic.VibrationalModes;
import glassdyn.Scale;
import glassdyn.papers.plasticity.PlasticityIndicators.Preset;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.protocols.GlassPreparation;
import glassdyn.protocols.PlasticEvents;

/**
 * Critical-mode convergence along the approach to the first event (paper 003 Appendix A.3, Fig. 11(b,c)). The glass is
 * scored glass {@code k} of its protocol (same seed, same preparation, same AQS step, so the same onset gamma_x and
 * locus as in {@link FirstEventScores}). The saddle-node instability above gamma_x is bracketed further by
 * {@link PlasticEvents#refine} ({@link #REFINE_BISECTIONS} more bisections), which resolves gamma_c to about
 * 1e-11 (instead of the paper's fit of sigma - sigma_c ~ sqrt(gamma_c - gamma)); the lowest non-zero mode of the Hessian
 * there is taken as the true critical mode Psi_c. From that state the glass is unloaded along its elastic branch
 * (continuation) to gamma_c - delta for each delta of {@link #APPROACH}; at each state, and at the pipeline's own onset
 * gamma_x, the record holds
 * <ul>
 *   <li>the overlap |Psi_c . Psi_gamma| of the unit-normalised lowest modes (the paper plots 1 - |Psi_c . Psi_gamma|);</li>
 *   <li>r_c - r_gamma: how many particles outrank, in |Psi_gamma|, the particle of largest |Psi_c| (0: the locus of
 *       plasticity is unchanged, Fig. 11(c));</li>
 *   <li>the index (0 = lowest) of the mode among the {@link #MODES} lowest at gamma that overlaps Psi_c best;</li>
 *   <li>the lowest eigenvalue and the shear stress (Fig. 11(a)).</li>
 * </ul>
 */
final class CriticalModeConvergence {
    private CriticalModeConvergence() {}

    /** Layout number of the stage; change it if the record changes. */
    static final int FORMAT = 2;
    /** Bisections beyond {@link PlasticEvents#BISECTIONS}: 2^-20 of the pipeline's bracket (about 4e-13 at quick). */
    static final int REFINE_BISECTIONS = 20;
    /** gamma_c - gamma of the approach states, half-decades from 1e-8 to 1e-3. */
    static final double[] APPROACH = {1e-8, 3e-8, 1e-7, 3e-7, 1e-6, 3e-6, 1e-5, 3e-5, 1e-4, 3e-4, 1e-3};
    /**
     * The paper's AQS step (Appendix A.3: 1e-5): its onset gamma_x lies within one step of gamma_c, so the window of
     * "no switch of rank from gamma_c to gamma_x" is gamma_c - gamma &lt;= 1e-5.
     */
    static final double PAPER_STEP = 1e-5;
    /** Lowest modes searched for the best match of Psi_c. */
    static final int MODES = 3;

    /** Glasses per protocol that run the approach (the first scored glasses of each protocol). */
    static int glasses(Scale s) {
        return switch (s) {
            case SMOKE -> 2;
            case QUICK, LONG, PAPER -> 5;
        };
    }

    static GlassRecord of(Protocol p, Preset preset, long sampleSeed) {
        Configuration c = p.prepare(preset.n(), sampleSeed);
        PairPotential pot = GlassPreparation.potential(p.model());
        PlasticEvents aqs = new PlasticEvents(pot, preset.strainStep());
        PlasticEvents.Path path = aqs.run(c, 1, PlasticityIndicators.FIRST_EVENT_MAX_STRAIN, false);
        GlassRecord r = new GlassRecord();
        if (path.events().isEmpty()) return r.put("events", 0);
        PlasticEvents.Event e = path.events().get(0);
        double width = preset.strainStep() / (1 << PlasticEvents.BISECTIONS);
        PlasticEvents.Bracket b = aqs.refine(e.onset(), e.strain(), width, REFINE_BISECTIONS);
        double gammaC = b.strain() + b.width() / 2;
        VibrationalModes.Modes mc = modes(b.state(), pot, 1);
        double[] psiC = mc.vectors()[0];
        int locusC = locus(psiC);
        r.put("events", 1).put("gamma_x", e.strain()).put("locus_x", e.locus()).put("gamma_c", gammaC).put("gamma_c_bracket", b.width())
            .put("locus_c", locusC).put("lambda_c", mc.eigenvalues()[0]).put("stress_c", b.stress());
        double[] atX = compare(psiC, locusC, modes(e.onset(), pot, MODES));
        r.put("onset.delta", gammaC - e.strain()).put("onset.overlap", atX[0]).put("onset.rank_shift", atX[1])
            .put("onset.best_mode", atX[2]).put("onset.lambda", atX[3]).put("onset.stress", e.stress());
        int m = 0;
        for (double d : APPROACH) if (d > gammaC - b.strain() && d < gammaC) m++;
        double[] delta = new double[m], overlap = new double[m], shift = new double[m], best = new double[m], lambda = new double[m], stress = new double[m];
        Configuration s = b.state().copy();
        double g = b.strain();
        int q = 0;
        for (double d : APPROACH) {
            if (!(d > gammaC - b.strain() && d < gammaC)) continue;
            double sigma = aqs.shearAndRelax(s, gammaC - d - g);
            g = gammaC - d;
            double[] v = compare(psiC, locusC, modes(s, pot, MODES));
            delta[q] = d; overlap[q] = v[0]; shift[q] = v[1]; best[q] = v[2]; lambda[q] = v[3]; stress[q] = sigma;
            q++;
        }
        return r.put("approach.delta", delta).put("approach.overlap", overlap).put("approach.rank_shift", shift)
            .put("approach.best_mode", best).put("approach.lambda", lambda).put("approach.stress", stress);
    }

    /** The {@code k} lowest non-zero modes (shift-invert Lanczos, as {@link PlasticEvents} locates Psi_c). */
    private static VibrationalModes.Modes modes(Configuration c, PairPotential pot, int k) {
        Hessian h = Hessian.of(InteractingPairs.of(c, pot));
        return VibrationalModes.lanczos(h, new SparseCholeskySolver(h, true), k, 1);
    }

    /** Overlap of the lowest mode with Psi_c, the rank shift of Psi_c's locus, the best-matching mode index, lambda_min. */
    private static double[] compare(double[] psiC, int locusC, VibrationalModes.Modes m) {
        double[] low = m.vectors()[0];
        int best = 0;
        double bestOverlap = -1;
        for (int a = 0; a < m.vectors().length; a++) {
            double o = overlap(psiC, m.vectors()[a]);
            if (o > bestOverlap) { bestOverlap = o; best = a; }
        }
        return new double[] {overlap(psiC, low), rankShift(low, locusC), best, m.eigenvalues()[0]};
    }
    /** |a . b| / (|a| |b|): 1 for the same mode (either sign), 0 for orthogonal ones. */
    static double overlap(double[] a, double[] b) {
        double ab = 0, aa = 0, bb = 0;
        for (int k = 0; k < a.length; k++) { ab += a[k] * b[k]; aa += a[k] * a[k]; bb += b[k] * b[k]; }
        return Math.abs(ab) / Math.sqrt(aa * bb);
    }

    /** The particle of largest |psi_i| (2D: psi_i = (psi[2i], psi[2i+1])), the locus of plasticity of a critical mode. */
    static int locus(double[] psi) {
        int best = 0;
        double q = -1;
        for (int i = 0; i < psi.length / 2; i++) {
            double v = psi[2 * i] * psi[2 * i] + psi[2 * i + 1] * psi[2 * i + 1];
            if (v > q) { q = v; best = i; }
        }
        return best;
    }

    /** r_c - r_gamma of Fig. 11(c): the number of particles whose |psi_j| exceeds that of particle {@code i} (0: i ranks first). */
    static int rankShift(double[] psi, int i) {
        double qi = psi[2 * i] * psi[2 * i] + psi[2 * i + 1] * psi[2 * i + 1];
        int above = 0;
        for (int j = 0; j < psi.length / 2; j++)
            if (psi[2 * j] * psi[2 * j] + psi[2 * j + 1] * psi[2 * j + 1] > qi) above++;
        return above;
    }
}
