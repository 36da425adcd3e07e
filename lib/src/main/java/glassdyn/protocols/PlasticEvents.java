package glassdyn.protocols;

import glassdyn.force.ForceField;
import glassdyn.dynamics.LeesEdwards;
import glassdyn.elastic.Hessian;
import glassdyn.elastic.InteractingPairs;
import glassdyn.elastic.SparseCholeskySolver;
import glassdyn.elastic.VibrationalModes;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

import java.util.ArrayList;
import java.util.List;

/**
 * AQS simple shear with Lees-Edwards boundaries to the plastic events (paper 003 Appendix A.3): strain steps
 * {@code dgamma}, FIRE to {@link GlassPreparation#FORCE_TOLERANCE} after each; an event is a stress decrease larger than
 * {@link #DROP_THRESHOLD} (spec ambiguity 6). The last step before a drop is bisected {@link #BISECTIONS} times so the
 * onset (the last stable state, strain gamma_x) lies close to the saddle-node instability; there the critical mode
 * Psi_c is the lowest non-zero eigenmode of the Hessian (paper A.3, Fig. 11), and the locus of plasticity is the
 * particle with the largest |Psi_c| component (spec ambiguity 7).
 */
public final class PlasticEvents {
    /** Stress decrease counted as an event (spec ambiguity 6), far above the stress noise of a 1e-10 force tolerance. */
    public static final double DROP_THRESHOLD = 1e-7;
    /** Bisections of the step that crosses an instability: resolves gamma_x to dgamma / 2^9 (4e-7 at dgamma = 2e-4). */
    public static final int BISECTIONS = 9;
    /** FIRE iteration cap per step. */
    public static final long MAX_ITERATIONS = 2_000_000;

    /** One event: onset strain and stress, the drop, energy drop, locus, lowest eigenvalue, participation of Psi_c. */
    public record Event(int number, double strain, double stress, double stressDrop, double energyDrop, int locus,
                        double lowestEigenvalue, double participation, double[] mode, Configuration onset) {}

    /** The stress-strain curve (states after each accepted step), the events, and (optionally) every step's positions. */
    public record Path(double[] strain, double[] stress, List<Event> events, List<double[]> positions) {
        /** Index of the stored state whose strain is closest below or at {@code g}. */
        public int stateAtOrBefore(double g) {
            int best = 0;
            for (int k = 0; k < strain.length; k++) if (strain[k] <= g + 1e-12) best = k;
            return best;
        }
    }

    private final PairPotential potential;
    private final double step;

    public PlasticEvents(PairPotential potential, double step) {
        if (!(step > 0)) throw new IllegalArgumentException("strain step must be positive, got " + step);
        this.potential = potential;
        this.step = step;
    }

    /**
     * Shears {@code c} (modified) until {@code maxEvents} events or the strain {@code maxStrain}, whichever comes first.
     * With {@code keepPositions} every accepted state's positions (x then y, 2N, and the tilt last) are stored.
     */
    public Path run(Configuration c, int maxEvents, double maxStrain, boolean keepPositions) {
        return run(c, maxEvents, maxStrain, maxStrain, keepPositions);
    }

    /**
     * As {@link #run(Configuration, int, double, boolean)}, but past {@code maxStrain} it goes on until the first event
     * if there has been none, up to {@code giveUpStrain}.
     */
    public Path run(Configuration c, int maxEvents, double maxStrain, double giveUpStrain, boolean keepPositions) {
        List<Double> gs = new ArrayList<>(), ss = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<double[]> pos = new ArrayList<>();
        Fire fire = new Fire();
        try (ForceField ff = GlassPreparation.forceField(potential, c, 1)) {
            double e = relax(c, ff, fire), s = stress(c, ff), g = 0;
            gs.add(g); ss.add(s);
            if (keepPositions) pos.add(snapshot(c));
            while (events.size() < maxEvents && (g < maxStrain - 1e-12 || (events.isEmpty() && g < giveUpStrain - 1e-12))) {
                Configuration before = c.copy();
                double h = Math.min(step, (events.isEmpty() ? Math.max(maxStrain, giveUpStrain) : maxStrain) - g);
                shear(c, ff, h);
                double e1 = relax(c, ff, fire), s1 = stress(c, ff);
                if (s1 < s - DROP_THRESHOLD) {
                    // back to the last stable state; bisect towards the instability
                    Configuration base = before;
                    double gb = g, sb = s, eb = e, hb = h;
                    for (int b = 0; b < BISECTIONS; b++) {
                        hb *= 0.5;
                        Configuration trial = base.copy();
                        shear(trial, ff, hb);
                        double et = relax(trial, ff, fire), st = stress(trial, ff);
                        if (st >= sb - DROP_THRESHOLD) { base = trial; gb += hb; sb = st; eb = et; }
                    }
                    events.add(locate(events.size() + 1, base, gb, sb, sb - s1, (eb - e1) / c.n));
                    // continue from the post-event state (strain g + h)
                    g += h; s = s1; e = e1;
                } else {
                    g += h; s = s1; e = e1;
                }
                gs.add(g); ss.add(s);
                if (keepPositions) pos.add(snapshot(c));
            }
        }
        return new Path(gs.stream().mapToDouble(Double::doubleValue).toArray(), ss.stream().mapToDouble(Double::doubleValue).toArray(),
            events, pos);
    }

    /** The critical mode at an onset state and its locus. */
    Event locate(int number, Configuration onset, double strain, double stress, double drop, double energyDrop) {
        InteractingPairs pairs = InteractingPairs.of(onset, potential);
        Hessian h = Hessian.of(pairs);
        // shift-invert Lanczos: the near-zero lowest mode of an onset converges in a few iterations
        VibrationalModes.Modes m = VibrationalModes.lanczos(h, new SparseCholeskySolver(h, true), 1, number);
        double[] psi = m.vectors()[0];
        int locus = 0;
        double best = -1;
        for (int i = 0; i < onset.n; i++) {
            double q = psi[2 * i] * psi[2 * i] + psi[2 * i + 1] * psi[2 * i + 1];
            if (q > best) { best = q; locus = i; }
        }
        return new Event(number, strain, stress, drop, energyDrop, locus, m.eigenvalues()[0],
            VibrationalModes.participationRatio(psi, 2), psi, onset);
    }

    /** A stable state bracketed below a saddle-node instability: its strain and stress, and the bracket width. */
    public record Bracket(Configuration state, double strain, double stress, double width) {}

    /**
     * Distance (mean diameters) from its starting state above which a step loaded by dgamma and unloaded by -dgamma is
     * irreversible, a jump to another minimum (an instability crossed), for {@link #refine}. Neither a stress decrease
     * nor a large nonaffine displacement is one: near a saddle-node the stress of the elastic branch itself falls, as
     * sigma_c + a sqrt(gamma_c - gamma) (Maloney &amp; Lemaitre, PRL 93, 195501 (2004)), and its nonaffine response
     * diverges, but the branch is reversible; the smallest first events at N = 324 move their core by about 1e-2,
     * the relaxations' position error near the saddle-node (force tolerance over lambda_min) is below 1e-5.
     */
    public static final double IRREVERSIBLE = 1e-3;

    /**
     * Resolves the saddle-node instability above a stable onset (paper 003 Fig. 11: the critical strain gamma_c): from
     * {@code onset} at {@code strain} the branch is followed forward in steps that start at {@code width} and double
     * while each step is reversible (loaded, relaxed, unloaded, relaxed: back within {@link #IRREVERSIBLE}), then the
     * last step is bisected {@code bisections} times. Returns the last stable state found; gamma_c lies within the
     * returned width above its strain. {@code onset} is not modified.
     */
    public Bracket refine(Configuration onset, double strain, double width, int bisections) {
        if (!(width > 0)) throw new IllegalArgumentException("bracket width must be positive, got " + width);
        Fire fire = new Fire();
        Configuration base = onset.copy();
        try (ForceField ff = GlassPreparation.forceField(potential, base, 1)) {
            relax(base, ff, fire);
            double sb = stress(base, ff), gb = strain, w = width;
            for (int k = 0; ; k++) {
                if (k == 60) throw new IllegalStateException("no jump within strain " + (gb - strain) + " above " + strain);
                Configuration trial = base.copy();
                if (jumps(base, trial, ff, fire, w)) break;
                base = trial; gb += w; sb = stress(trial, ff); w *= 2;
            }
            for (int b = 0; b < bisections; b++) {
                w *= 0.5;
                Configuration trial = base.copy();
                if (!jumps(base, trial, ff, fire, w)) { base = trial; gb += w; sb = stress(trial, ff); }
            }
            return new Bracket(base, gb, sb, w);
        }
    }

    /**
     * Shears {@code c} (a copy of {@code base}) by {@code h} and relaxes it; says whether the step is irreversible: a copy
     * of the result unloaded by {@code -h} and relaxed lies further than {@link #IRREVERSIBLE} from {@code base}. On
     * return {@code c} holds the loaded state and {@code ff} its forces.
     */
    private boolean jumps(Configuration base, Configuration c, ForceField ff, Fire fire, double h) {
        shear(c, ff, h);
        relax(c, ff, fire);
        Configuration back = c.copy();
        shear(back, ff, -h);
        relax(back, ff, fire);
        double[] d = new double[3];
        double max = 0;
        for (int i = 0; i < c.n; i++) {
            d[0] = back.x[i] - base.x[i]; d[1] = back.y[i] - base.y[i]; d[2] = 0;
            base.box.minimumImage(d);
            max = Math.max(max, d[0] * d[0] + d[1] * d[1]);
        }
        ff.compute(c, true);
        return Math.sqrt(max) > IRREVERSIBLE;
    }

    /**
     * The first plastic event by the alternative detector of {@link IrreversibleOnset} (the first step that is
     * irreversible beyond {@link #IRREVERSIBLE}, whatever its stress does), searched from a stable state {@code onset} at
     * {@code strain} (not modified) up to {@code giveUpStrain} in steps from this instance's step / 2^{@link #BISECTIONS}
     * doubling up to the step (as {@link #refine} searches Fig. 11's gamma_c, whose doubling is not capped and whose
     * final bracket is not re-tested; on the 15 quick approach glasses both find the same gamma_c), the irreversible
     * step bisected {@link #BISECTIONS} times as in {@link #run} and its bracket confirmed. Started from {@link #run}'s
     * first onset it does not see the steps below that onset (an event there whose stress drop is smaller than the
     * elastic rise over its step is missed by both detectors), and an instability whose hysteresis is narrower than the
     * step is resolved only within the first doubling steps.
     * {@code event} is located as in {@link #run} (largest |Psi_min| at the last reversible state); {@code displacementLocus}
     * is the particle that moved most in the irreversible rearrangement (the last irreversible trial undone to its
     * starting strain, against its start: the non-affine displacement of the event with the elastic part removed),
     * {@code maxDisplacement} that distance. Null when every step up to {@code giveUpStrain} is elastic.
     */
    public IrreversibleEvent firstIrreversible(Configuration onset, double strain, double giveUpStrain) {
        Fire fire = new Fire();
        Configuration start = onset.copy();
        try (ForceField ff = GlassPreparation.forceField(potential, start, 1)) {
            IrreversibleOnset.Branch<Relaxed> branch = branch(ff, fire);
            IrreversibleOnset.Onset<Relaxed> o = IrreversibleOnset.find(branch, relaxed(start, ff, fire), strain, step / (1 << BISECTIONS), step,
                giveUpStrain, DROP_THRESHOLD, IRREVERSIBLE, BISECTIONS);
            if (o == null) return null;
            Relaxed after = branch.load(o.onset(), o.width());
            Event ev = locate(1, o.onset().c(), o.strain(), o.stress(), o.stress() - after.stress(),
                (o.onset().energy() - after.energy()) / start.n);
            double[] d = maxSquaredDisplacement(o.jumpBack().c(), o.jumpFrom().c());
            return new IrreversibleEvent(ev, o.width(), o.steps(), o.reversibleDrops(), (int) d[0], Math.sqrt(d[1]));
        }
    }

    /**
     * The first event of {@link #firstIrreversible}: the located onset, the bracket width above it, the full steps taken
     * from the start, how many of them decreased the stress reversibly, the particle of largest irreversible displacement
     * and that displacement (mean diameters).
     */
    public record IrreversibleEvent(Event event, double width, int steps, int reversibleDrops, int displacementLocus,
                                    double maxDisplacement) {}

    private record Relaxed(Configuration c, double stress, double energy) {}

    /** {@code c} (modified) relaxed, with its stress and energy. */
    private Relaxed relaxed(Configuration c, ForceField ff, Fire fire) {
        double e = relax(c, ff, fire);
        return new Relaxed(c, stress(c, ff), e);
    }

    /** The particle branch: copies sheared affinely and relaxed with FIRE; distance = largest minimum-image displacement. */
    private IrreversibleOnset.Branch<Relaxed> branch(ForceField ff, Fire fire) {
        return new IrreversibleOnset.Branch<>() {
            @Override public Relaxed load(Relaxed s, double h) {
                Configuration c = s.c().copy();
                shear(c, ff, h);
                return relaxed(c, ff, fire);
            }
            @Override public double stress(Relaxed s) { return s.stress(); }
            @Override public double distance(Relaxed a, Relaxed b) { return Math.sqrt(maxSquaredDisplacement(a.c(), b.c())[1]); }
        };
    }

    /** The particle of largest minimum-image distance between two states at the same strain, and that distance squared. */
    private static double[] maxSquaredDisplacement(Configuration a, Configuration b) {
        double[] d = new double[3];
        double max = -1;
        int arg = 0;
        for (int i = 0; i < a.n; i++) {
            d[0] = a.x[i] - b.x[i]; d[1] = a.y[i] - b.y[i]; d[2] = 0;
            b.box.minimumImage(d);
            double q = d[0] * d[0] + d[1] * d[1];
            if (q > max) { max = q; arg = i; }
        }
        return new double[] {arg, max};
    }

    /**
     * Shears {@code c} (modified) by {@code h} and relaxes it: a negative {@code h} unloads a stable state along its
     * elastic branch (continuation from the state given). Returns the shear stress of the relaxed state.
     */
    public double shearAndRelax(Configuration c, double h) {
        Fire fire = new Fire();
        try (ForceField ff = GlassPreparation.forceField(potential, c, 1)) {
            shear(c, ff, h);
            relax(c, ff, fire);
            return stress(c, ff);
        }
    }

    static double[] snapshot(Configuration c) {
        double[] s = new double[2 * c.n + 1];
        System.arraycopy(c.x, 0, s, 0, c.n);
        System.arraycopy(c.y, 0, s, c.n, c.n);
        s[2 * c.n] = c.box.xy();
        return s;
    }

    /** A configuration from a stored snapshot of {@code template}'s particles. */
    public static Configuration restore(Configuration template, double[] s) {
        Configuration c = template.copy();
        System.arraycopy(s, 0, c.x, 0, c.n);
        System.arraycopy(s, c.n, c.y, 0, c.n);
        c.box.setTilt(s[2 * c.n]);
        return c;
    }

    private void shear(Configuration c, ForceField ff, double h) {
        ff.neighbors().invalidate();
        LeesEdwards.shearAffinely(c, h, ff.neighbors());
        ff.neighbors().invalidate();
    }

    private double relax(Configuration c, ForceField ff, Fire fire) {
        ff.neighbors().invalidate();
        Fire.Result r = fire.minimize(c, ff, GlassPreparation.FORCE_TOLERANCE, MAX_ITERATIONS);
        if (!r.converged()) throw new IllegalStateException("AQS: FIRE did not converge (max force " + r.maxForce() + ")");
        return r.energy();
    }

    private static double stress(Configuration c, ForceField ff) { return -ff.virial()[ForceField.XY] / c.box.volume(); }
}
