package glassdyn.analysis;

import glassdyn.force.ForceField;
import glassdyn.neighbors.NeighborList;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;

/**
 * What paper 000's cluster analysis ({@link ConvectiveClusters}, {@link ConvectiveTraceback}, {@code RateAnalysis} of paper 000)
 * reads from one recorded steady shear run, whatever the model and the dynamics: frames of the production stretch
 * ([frame][particle]) of the "big" particles (the Yukawa big particles; the A particles of the Kob-Andersen mixture):
 * non-affine unwrapped positions (cage jumps, chi_4), Lees-Edwards positions in a frame where the fluid at mid-height
 * {@code y0 = ylo + ly/2} is at rest (the frame the traceback convects in), the per-particle big-big virial
 * {@code s_i = (1/2) sum_j x_ij f_ij,y} (cluster stress), the box tilt per frame; the global shear stress samples; and
 * the positions of the other ("small") particles for the whole configuration of a frame.
 *
 * <p>Implemented by the Brownian Yukawa run ({@code glassdyn.papers.cagejump.ShearedYukawaRun.Record}) and the Kob-Andersen SLLOD run
 * ({@code glassdyn.protocols.KaShearRun}). Units are the model's: d_b and tau_0 for the Yukawa mixture, sigma_AA and tau_LJ for KA.
 */
public class ShearRecord {
    /** Shear rate, state label (volume fraction of the Yukawa runs, temperature of the KA runs), time step, frame spacing. */
    public final double rate, phi, dt, sampling;
    public final int bigCount;
    public final double volume;
    /** Diameters by type (type 0 = big, 1 = small) for {@link #configurationAt}. */
    private final double[] diameters;
    public double[] time;
    public float[][] ux, uy, uz, x, y, z, virial;
    /** Small particles' Lees-Edwards positions (null in hand-made test records). */
    public float[][] sx, sy, sz;
    public double[] tilt;
    public Box box;
    /** Global big-big shear stress samples and their times. */
    public double[] stressTime, stress;

    /** An empty record, filled by a run or, for tests, by hand. */
    public ShearRecord(double rate, double phi, double dt, double sampling, int bigCount, double volume, double[] diameters) {
        this.rate = rate; this.phi = phi; this.dt = dt; this.sampling = sampling; this.bigCount = bigCount; this.volume = volume;
        this.diameters = diameters.clone();
    }

    public int frames() { return time.length; }

    /** Number of small particles recorded per frame (0 when not recorded). */
    public int smallCount() { return sx == null ? 0 : sx[0].length; }

    /**
     * The whole configuration (big particles first, in record order, then the small ones) at frame k, in the
     * Lees-Edwards box of that frame; diameters by type from the model.
     */
    public Configuration configurationAt(int k) {
        int ns = smallCount(), n = bigCount + ns;
        Configuration c = new Configuration(n, boxAt(k));
        c.mass = new double[] {1, 1};
        for (int i = 0; i < n; i++) {
            boolean big = i < bigCount;
            int q = big ? i : i - bigCount;
            c.x[i] = big ? x[k][q] : sx[k][q]; c.y[i] = big ? y[k][q] : sy[k][q]; c.z[i] = big ? z[k][q] : sz[k][q];
            c.type[i] = big ? 0 : 1;
            c.diameter[i] = diameters[c.type[i]];
            c.id[i] = i + 1;
        }
        c.time = time[k];
        return c;
    }

    /** The box of frame k (same lengths, that frame's tilt). */
    public Box boxAt(int k) {
        Box b = box.copy();
        b.setTilt(tilt[k]);
        return b;
    }

    /**
     * Per-particle big-big virial {@code s_i = (1/2) sum_j x_ij f_ij,y} (zero for small particles), so that
     * {@code -sum_i s_i / V} is the big-big shear stress. Uses the force field's current neighbour list.
     * It is the {@link #virial} a record stores.
     */
    public static void bigVirial(Configuration c, ForceField ff, double[] s) {
        ff.compute(c);
        java.util.Arrays.fill(s, 0);
        NeighborList list = ff.neighbors();
        int[] start = list.start(), pairs = list.pairs(), type = c.type;
        double rc2 = ff.potential().cutoff2(0, 0, 1, 1);
        for (int i = 0; i < c.n; i++) {
            if (type[i] != 0) continue;
            for (int p = start[i]; p < start[i + 1]; p++) {
                int j = NeighborList.index(pairs[p]), code = NeighborList.image(pairs[p]);
                if (type[j] != 0) continue;
                double dx = c.x[i] - c.x[j] - list.shiftX[code], dy = c.y[i] - c.y[j] - list.shiftY[code],
                    dz = c.z[i] - c.z[j] - list.shiftZ[code];
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 >= rc2) continue;
                double w = 0.5 * dx * dy * ff.potential().forceOverR(r2, 0, 0, 1, 1);
                s[i] += w; s[j] += w;
            }
        }
    }
}
