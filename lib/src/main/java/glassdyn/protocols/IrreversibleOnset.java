package glassdyn.protocols;

/**
 * The first instability crossed along a quasistatic shear branch, searched as {@link PlasticEvents#refine} searches
 * paper 003's Fig. 11 critical strain gamma_c (here with the step doubling capped and the final bracket confirmed):
 * the alternative first-event detector of the sensitivity study of paper 003's detector (Richard et al. 2020, Appendix A.3: "Plastic events are detected when the computed stress sigma
 * decreases, a signature of mechanical instability"; {@link PlasticEvents#run} is that rule). Near a saddle-node the
 * stress of the elastic branch itself falls, sigma - sigma_c ~ sqrt(gamma_c - gamma) (Maloney &amp; Lemaitre, PRL 93,
 * 195501 (2004); the paper's Fig. 11(a)), so a stress decrease alone can fire on a reversible branch before the
 * instability; and an event whose stress drop is smaller than the elastic rise over the rest of its step shows no net
 * decrease at all. Here each step is tested for reversibility, whatever its stress does: loaded by h, relaxed, unloaded
 * by -h and relaxed, the state does not come back within {@code irreversible} (largest particle distance) of where it
 * started, i.e. a saddle-node was crossed and the system fell into another minimum. Steps whose stress fell by more than
 * {@code dropThreshold} but which were reversible are counted (the falling stress of the elastic branch that the stress
 * rule would take for an event).
 *
 * <p>The algorithm is written on an abstract {@link Branch} so that a synthetic one-degree-of-freedom landscape can
 * test it (a falling elastic branch with no instability must not fire; a planted instability must); {@link PlasticEvents}
 * supplies the particle branch (FIRE relaxations under Lees-Edwards shear).
 */
public final class IrreversibleOnset {
    private IrreversibleOnset() {}

    /** A quasistatic branch: relaxed states, loaded by a strain increment from a given state. */
    public interface Branch<S> {
        /** A new state: {@code s} sheared affinely by {@code h} and relaxed to the nearest minimum ({@code s} unchanged). */
        S load(S s, double h);

        /** Shear stress of a relaxed state. */
        double stress(S s);

        /** Largest distance of one particle (degree of freedom) between two states at the same strain. */
        double distance(S a, S b);
    }

    /**
     * The first irreversible step. {@code onset}: the last reversible state, at {@code strain}; {@code width}: the
     * strain bracket above it that contains the instability; {@code jumpFrom} and {@code jumpBack}: the states of the
     * last irreversible trial at equal strain, before the step and after it was undone (their difference is the
     * irreversible rearrangement); {@code steps}: full steps taken; {@code reversibleDrops}: full steps whose stress fell
     * by more than the threshold but which were reversible (the elastic branch's falling stress).
     */
    public record Onset<S>(S onset, double strain, double stress, double width, S jumpFrom, S jumpBack, int steps, int reversibleDrops) {}

    /**
     * Follows the branch from {@code start} (a relaxed state at {@code strain}) up to {@code giveUp} in steps that start
     * at {@code width} and double up to {@code step}, each tested for reversibility; the first irreversible step is
     * bisected {@code bisections} times and its final bracket confirmed irreversible (if it is not, only the larger
     * trials jumped: an artefact of relaxing a large affine step into another basin, and the search goes on from the
     * bracket with steps from {@code width} again). The fine steps near the start resolve an instability whose
     * hysteresis is narrower than {@code step} (loaded past its saddle-node by a full step and unloaded by it, the glass
     * jumps back and the step looks reversible); further on, such an instability is missed. Returns null if every step
     * up to {@code giveUp} is reversible.
     */
    public static <S> Onset<S> find(Branch<S> b, S start, double strain, double width, double step, double giveUp,
                                     double dropThreshold, double irreversible, int bisections) {
        if (!(width > 0) || !(step >= width)) throw new IllegalArgumentException("need 0 < width <= step, got " + width + ", " + step);
        S base = start;
        double g = strain, sb = b.stress(start), w = width;
        int steps = 0, reversibleDrops = 0;
        while (g < giveUp - 1e-12) {
            double h = Math.min(w, giveUp - g);
            S t = b.load(base, h);
            double st = b.stress(t);
            steps++;
            S back = b.load(t, -h);
            if (b.distance(back, base) > irreversible) {
                S from = base, jumped = back;
                boolean confirmed = true;
                for (int k = 0; k < bisections; k++) {
                    h *= 0.5;
                    S trial = b.load(base, h), undone = b.load(trial, -h);
                    confirmed = b.distance(undone, base) > irreversible;
                    if (confirmed) { from = base; jumped = undone; }
                    else { base = trial; g += h; sb = b.stress(trial); }
                }
                if (!confirmed) { // the last trial moved base: the bracket [base, base + h] itself is untested
                    S trial = b.load(base, h), undone = b.load(trial, -h);
                    confirmed = b.distance(undone, base) > irreversible;
                    if (confirmed) { from = base; jumped = undone; }
                }
                if (confirmed) return new Onset<>(base, g, sb, h, from, jumped, steps, reversibleDrops);
                w = width;
                continue;
            }
            if (st < sb - dropThreshold) reversibleDrops++;
            base = t; g += h; sb = st;
            w = Math.min(2 * w, step);
        }
        return null;
    }
}
