package glassdyn.force;

/**
 * Where a {@link ManyBodyForce} writes the terms centred at one particle i (struct of arrays, reused between calls):
 * the force on i into {@code fx[i]..}, the force on the neighbour of list entry {@code p} of row i into
 * {@code ex[p]..}; the terms' energy and virial into i's centre slots; per-particle energy and stress (LAMMPS
 * {@code pe/atom}, {@code stress/atom}: a pair term half to each partner, a three-body term a third to each of its
 * three particles) into i's slot and the entries' slots. Conventions: separations {@code d = r_j - r_i}, the virial
 * {@code W_ab = sum d_a g_b} over each neighbour's separation d and the force g on that neighbour (LAMMPS
 * {@code ev_tally3}); per-particle stress is minus the particle's share of W.
 */
public final class ManyBodyTally {
    /** Force on the centre particle. */
    public double[] fx = new double[0], fy = new double[0], fz = new double[0];
    /** Force on the neighbour of each list entry, from the terms centred at the row's particle. */
    public double[] ex = new double[0], ey = new double[0], ez = new double[0];
    /** Energy and virial (xx, yy, zz, xy, xz, yz) of the terms centred at each particle (with {@link #energy}). */
    public double[] centreEnergy = new double[0];
    public final double[][] centreVirial = new double[6][0];
    /** Per-particle energy and stress shares of the centre and of each entry's neighbour (with {@link #atoms}). */
    public double[] peSelf = new double[0], peEntry = new double[0];
    public final double[][] stSelf = new double[6][0], stEntry = new double[6][0];
    /** Whether energy and virial, and per-particle energy and stress, are wanted in this call. */
    public boolean energy, atoms;

    /** Sizes the arrays for n particles and {@code entries} list entries (keeps them when large enough). */
    void size(int n, int entries, boolean perParticle) {
        if (fx.length < n) {
            fx = new double[n]; fy = new double[n]; fz = new double[n];
            centreEnergy = new double[n];
            for (int k = 0; k < 6; k++) centreVirial[k] = new double[n];
        }
        if (ex.length < entries) { ex = new double[entries]; ey = new double[entries]; ez = new double[entries]; }
        if (perParticle) {
            if (peSelf.length < n) { peSelf = new double[n]; for (int k = 0; k < 6; k++) stSelf[k] = new double[n]; }
            if (peEntry.length < entries) { peEntry = new double[entries]; for (int k = 0; k < 6; k++) stEntry[k] = new double[entries]; }
        }
    }

    /** Zeroes particle i's slots and those of its row's entries {@code [p0, p1)}. */
    void clear(int i, int p0, int p1) {
        fx[i] = 0; fy[i] = 0; fz[i] = 0;
        for (int p = p0; p < p1; p++) { ex[p] = 0; ey[p] = 0; ez[p] = 0; }
        if (energy) { centreEnergy[i] = 0; for (int k = 0; k < 6; k++) centreVirial[k][i] = 0; }
        if (atoms) {
            peSelf[i] = 0;
            for (int k = 0; k < 6; k++) stSelf[k][i] = 0;
            for (int p = p0; p < p1; p++) { peEntry[p] = 0; for (int k = 0; k < 6; k++) stEntry[k][p] = 0; }
        }
    }

    /**
     * A pair term of centre i and the neighbour of entry p: energy {@code e}, separation {@code d = r_j - r_i}, force
     * {@code g} on the neighbour (and {@code -g} on i).
     */
    public void pair(int i, int p, double e, double dx, double dy, double dz, double gx, double gy, double gz) {
        fx[i] -= gx; fy[i] -= gy; fz[i] -= gz;
        ex[p] += gx; ey[p] += gy; ez[p] += gz;
        if (energy) {
            centreEnergy[i] += e;
            addVirial(centreVirial, i, 1, dx, dy, dz, gx, gy, gz);
        }
        if (atoms) {
            peSelf[i] += 0.5 * e; peEntry[p] += 0.5 * e;
            addVirial(stSelf, i, -0.5, dx, dy, dz, gx, gy, gz);
            addVirial(stEntry, p, -0.5, dx, dy, dz, gx, gy, gz);
        }
    }

    /**
     * A three-body term with vertex i and the neighbours of entries pa, pb: energy {@code e}, separations a, b from i,
     * forces ga, gb on the two neighbours (and {@code -(ga + gb)} on i).
     */
    public void triplet(int i, int pa, int pb, double e, double ax, double ay, double az, double gax, double gay, double gaz,
                        double bx, double by, double bz, double gbx, double gby, double gbz) {
        fx[i] -= gax + gbx; fy[i] -= gay + gby; fz[i] -= gaz + gbz;
        ex[pa] += gax; ey[pa] += gay; ez[pa] += gaz;
        ex[pb] += gbx; ey[pb] += gby; ez[pb] += gbz;
        if (energy) {
            centreEnergy[i] += e;
            addVirial(centreVirial, i, 1, ax, ay, az, gax, gay, gaz);
            addVirial(centreVirial, i, 1, bx, by, bz, gbx, gby, gbz);
        }
        if (atoms) {
            double third = e / 3;
            peSelf[i] += third; peEntry[pa] += third; peEntry[pb] += third;
            for (int s = 0; s < 3; s++) {
                double[][] into = s == 0 ? stSelf : stEntry;
                int at = s == 0 ? i : s == 1 ? pa : pb;
                addVirial(into, at, -1.0 / 3, ax, ay, az, gax, gay, gaz);
                addVirial(into, at, -1.0 / 3, bx, by, bz, gbx, gby, gbz);
            }
        }
    }

    private static void addVirial(double[][] w, int at, double s, double dx, double dy, double dz, double gx, double gy, double gz) {
        w[0][at] += s * dx * gx; w[1][at] += s * dy * gy; w[2][at] += s * dz * gz;
        w[3][at] += s * dx * gy; w[4][at] += s * dx * gz; w[5][at] += s * dy * gz;
    }
}
