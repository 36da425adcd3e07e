package glassdyn.potential;

/**
 * A pair potential with its force shifted to vanish at the cutoff:
 * {@code u_sf(r) = u(r) - u(r_c) - (r - r_c) u'(r_c)} for {@code r < r_c} (the standard shifted-force form). A truncated
 * potential's force jumps at r_c; a minimiser then stalls when a pair sits at the cutoff (FIRE on the Yukawa mixture of
 * paper 000 stuck at a largest force of ~1e-2 k_B T/d_b, the size of that jump), so inherent structures are taken on
 * this form. The curvature u'' is unchanged; u'/r changes by {@code u'(r_c)/r} (for the Yukawa at d_ij + 1.5 d_b,
 * |u'(r_c)| &lt; 0.014 k_B T/d_b).
 */
public final class ForceShifted implements PairPotential {
    private final PairPotential p;

    public ForceShifted(PairPotential p) { this.p = p; }

    @Override public String name() { return p.name() + " (force-shifted)"; }
    @Override public double cutoff2(int ti, int tj, double si, double sj) { return p.cutoff2(ti, tj, si, sj); }
    @Override public double maxCutoff(double maxSize) { return p.maxCutoff(maxSize); }
    @Override public int speciesCount() { return p.speciesCount(); }

    @Override public double energy(double r2, int ti, int tj, double si, double sj) {
        double rc2 = p.cutoff2(ti, tj, si, sj), rc = Math.sqrt(rc2);
        return p.energy(r2, ti, tj, si, sj) - p.energy(rc2, ti, tj, si, sj) + (Math.sqrt(r2) - rc) * p.forceOverR(rc2, ti, tj, si, sj) * rc;
    }

    @Override public double forceOverR(double r2, int ti, int tj, double si, double sj) {
        double rc2 = p.cutoff2(ti, tj, si, sj);
        return p.forceOverR(r2, ti, tj, si, sj) - p.forceOverR(rc2, ti, tj, si, sj) * Math.sqrt(rc2 / r2);
    }

    @Override public double curvature(double r2, int ti, int tj, double si, double sj) { return p.curvature(r2, ti, tj, si, sj); }
}
