package glassdyn.dynamics;

import glassdyn.neighbors.NeighborList;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;

/**
 * The Lees-Edwards offset as the box's xy tilt (LAMMPS convention): growing it, and flipping it back into
 * {@code [-lx/2, lx/2]} like {@code fix deform ... flip yes}. A flip by {@code k} box lengths leaves the periodic
 * lattice unchanged; the image counts are corrected ({@code ix += k iy}) so unwrapped positions
 * {@code x + ix lx + iy xy} stay continuous, and the neighbour list is invalidated (its image codes refer to the old
 * cell vectors).
 */
public final class LeesEdwards {
    private LeesEdwards() {}

    /** Adds {@code dxy} to the tilt; flips it when {@code |xy| > lx/2}. Returns true on a flip. {@code list} may be null. */
    public static boolean addTilt(Configuration c, double dxy, NeighborList list) {
        Box b = c.box;
        b.setTilt(b.xy() + dxy);
        if (Math.abs(b.xy()) <= 0.5 * b.lx()) return false;
        int k = b.flipTilt();
        for (int i = 0; i < c.n; i++) c.ix[i] += k * c.iy[i];
        if (list != null) list.invalidate();
        return true;
    }

    /**
     * Affine simple shear by {@code dgamma}: {@code x += dgamma (y - ylo)} for every particle (unwrapped heights, so
     * the displacement field is continuous through the images) and {@code xy += dgamma ly}. Returns true on a flip.
     */
    public static boolean shearAffinely(Configuration c, double dgamma, NeighborList list) {
        Box b = c.box;
        for (int i = 0; i < c.n; i++) c.x[i] += dgamma * (c.y[i] - b.ylo());
        return addTilt(c, dgamma * b.ly(), list);
    }
}
