package glassdyn.particles;

/**
 * A view of a trajectory with the centre-of-mass drift removed: each frame's positions are unwrapped (see
 * {@link Unwrapper}) and shifted by {@code -(R(t) - R(0))}, with {@code R} the mass-weighted centre of the unwrapped
 * positions, so a whole-system drift (thermostat or barostat artefact, flow of a sheared cell's frame) does not enter
 * the MSD (as the {@code com yes} option of LAMMPS {@code compute msd}). The frames returned are marked unwrapped.
 * Particle count must be constant.
 */
public final class CentreOfMassDrift implements Trajectory {
    private final Trajectory source;
    private final Unwrapper unwrapper = new Unwrapper();
    private double[] r0;

    public CentreOfMassDrift(Trajectory source) { this.source = source; }

    @Override public String source() { return source.source(); }
    @Override public void close() { source.close(); }
    @Override public double fractionRead() { return source.fractionRead(); }

    @Override
    public Frame next() {
        Frame f = source.next();
        if (f == null) return null;
        Configuration c = f.config();
        double[][] u = unwrapper.advance(f);
        double[] r = centre(c, u);
        if (r0 == null) r0 = r;
        Configuration d = new Configuration(c.n, c.box);
        for (int i = 0; i < c.n; i++) {
            d.x[i] = u[0][i] - (r[0] - r0[0]); d.y[i] = u[1][i] - (r[1] - r0[1]); d.z[i] = u[2][i] - (r[2] - r0[2]);
            d.vx[i] = c.vx[i]; d.vy[i] = c.vy[i]; d.vz[i] = c.vz[i];
            d.type[i] = c.type[i]; d.id[i] = c.id[i]; d.diameter[i] = c.diameter[i];
        }
        d.mass = c.mass == null ? null : c.mass.clone();
        d.time = c.time;
        return new Frame(f.step(), d, true, false);
    }

    private static double[] centre(Configuration c, double[][] u) {
        double m = 0, x = 0, y = 0, z = 0;
        for (int i = 0; i < c.n; i++) {
            double w = c.mass == null || c.type[i] >= c.mass.length ? 1 : c.mass[c.type[i]];
            m += w; x += w * u[0][i]; y += w * u[1][i]; z += w * u[2][i];
        }
        return new double[] {x / m, y / m, z / m};
    }
}
