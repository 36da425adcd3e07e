package glassdyn.papers.plasticity;

import glassdyn.dynamics.LeesEdwards;
import glassdyn.elastic.Displacements;
import glassdyn.elastic.Hessian;
import glassdyn.elastic.InteractingPairs;
import glassdyn.elastic.ShearModulus;
import glassdyn.elastic.SparseCholeskySolver;
import glassdyn.force.ForceField;
import glassdyn.indicators.Indicator;
import glassdyn.indicators.IndicatorFields;
import glassdyn.indicators.PlasticityScore;
import glassdyn.papers.plasticity.PlasticityIndicators.Preset;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.protocols.GlassPreparation;
import glassdyn.protocols.PlasticEvents;

import java.util.EnumSet;

/**
 * The steric bond order Theta along the elastic branch (paper 003 Sec. III.B, Fig. 7(a,b)): on scored glass {@code k}
 * of a protocol (same seed, preparation and AQS step as {@link FirstEventScores}, so the same onset gamma_x and locus),
 * Theta on four configurations and the normalised rank r_x of the first event's locus in each:
 * <ol>
 *   <li>{@code as_cast}: the glass at gamma = 0 (Fig. 7(a), black);</li>
 *   <li>{@code affine}: the gamma = 0 coordinates affinely sheared to gamma_x, r_af (gray);</li>
 *   <li>{@code affine_nonaffine}: r_af plus the linear nonaffine displacement r_naf = xdot gamma_x, xdot = dr/dgamma the
 *       nonaffine velocity at gamma = 0 (solution of M xdot = -Xi, Eq. B23's field) (blue);</li>
 *   <li>{@code onset}: the AQS configuration at gamma_x (red).</li>
 * </ol>
 * Fig. 7(b)'s comparison is kept as the rms distance of the affine and the affine + nonaffine coordinates from the
 * onset positions (mean diameters).
 */
final class ElasticBranchTheta {
    private ElasticBranchTheta() {}

    /** Layout number of the stage; change it if the record changes. */
    static final int FORMAT = 1;
    /** The four configurations of Fig. 7(a), in the paper's order. */
    static final String[] STATES = {"as_cast", "affine", "affine_nonaffine", "onset"};

    static GlassRecord of(Protocol p, Preset preset, long sampleSeed) {
        Configuration c = p.prepare(preset.n(), sampleSeed);
        Configuration c0 = c.copy();
        PairPotential pot = GlassPreparation.potential(p.model());
        PlasticEvents.Path path = new PlasticEvents(pot, preset.strainStep()).run(c, 1, PlasticityIndicators.FIRST_EVENT_MAX_STRAIN, false);
        GlassRecord r = new GlassRecord();
        if (path.events().isEmpty()) return r.put("events", 0);
        PlasticEvents.Event e = path.events().get(0);
        double g = e.strain();
        double[] xdot = nonaffineVelocity(c0, pot);
        Configuration af = c0.copy();
        try (ForceField ff = GlassPreparation.forceField(pot, af, 1)) {
            ff.neighbors().invalidate();
            LeesEdwards.shearAffinely(af, g, ff.neighbors());
        }
        Configuration afn = af.copy();
        for (int i = 0; i < afn.n; i++) { afn.x[i] += xdot[2 * i] * g; afn.y[i] += xdot[2 * i + 1] * g; }
        afn.wrapAll();
        Configuration[] states = {c0, af, afn, e.onset()};
        IndicatorFields fields = new IndicatorFields(p.model(), null, null, null, 0);
        double[] rx = new double[STATES.length];
        for (int s = 0; s < STATES.length; s++) {
            double[] theta = fields.compute(states[s], EnumSet.of(Indicator.THETA)).raw().get(Indicator.THETA);
            rx[s] = PlasticityScore.normalisedRank(Indicator.THETA.oriented(theta), e.locus());
        }
        return r.put("events", 1).put("gamma_x", g).put("locus", e.locus()).put("rx_theta", rx)
            .put("rms_affine_to_onset", rmsDistance(af, e.onset())).put("rms_affine_nonaffine_to_onset", rmsDistance(afn, e.onset()));
    }

    /** dr/dgamma at a minimum: M xdot = -Xi, translations projected out (as {@link glassdyn.indicators.NonaffineVelocity}). */
    static double[] nonaffineVelocity(Configuration c, PairPotential pot) {
        InteractingPairs pairs = InteractingPairs.of(c, pot);
        double[] xi = ShearModulus.affineForce(pairs, 0, 1);
        for (int a = 0; a < xi.length; a++) xi[a] = -xi[a];
        Displacements.removeTranslation(xi, 2);
        double[] v = new double[xi.length];
        new SparseCholeskySolver(Hessian.of(pairs), true).solve(xi, v);
        return v;
    }

    /** Root-mean-square minimum-image distance between the positions of two configurations of the same particles. */
    static double rmsDistance(Configuration a, Configuration b) {
        double[] d = new double[3];
        double s = 0;
        for (int i = 0; i < a.n; i++) {
            d[0] = a.x[i] - b.x[i]; d[1] = a.y[i] - b.y[i]; d[2] = 0;
            b.box.minimumImage(d);
            s += d[0] * d[0] + d[1] * d[1];
        }
        return Math.sqrt(s / a.n);
    }
}
