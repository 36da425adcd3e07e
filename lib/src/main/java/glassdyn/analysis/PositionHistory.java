package glassdyn.analysis;

import glassdyn.InputException;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.space.Box;
import glassdyn.particles.Unwrapper;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole trajectory in memory as unwrapped (or non-affine) positions, for analyses that need each particle's full
 * time series (cage jumps, persistence, D2min between any two frames, neighbour retention). Memory is
 * {@code 3 x 8 x N x frames} bytes (24 MB for 10^3 particles over 10^3 frames). Particles are in id order.
 */
public final class PositionHistory {
    public final int n, dim;
    public final int[] id, type;
    public final double[] time;
    public final long[] step;
    public final Box[] box;
    /** [frame][particle]: unwrapped (or non-affine) positions. */
    public final double[][] x, y, z;
    public final boolean nonAffine;

    private PositionHistory(int dim, int[] id, int[] type, List<Double> time, List<Long> step, List<Box> box,
                            List<double[][]> u, boolean nonAffine) {
        int f = time.size();
        this.n = id.length;
        this.dim = dim;
        this.id = id;
        this.type = type;
        this.time = new double[f]; this.step = new long[f]; this.box = new Box[f];
        x = new double[f][]; y = new double[f][]; z = new double[f][];
        for (int k = 0; k < f; k++) {
            this.time[k] = time.get(k);
            this.step[k] = step.get(k);
            this.box[k] = box.get(k);
            x[k] = u.get(k)[0]; y[k] = u.get(k)[1]; z[k] = u.get(k)[2];
        }
        this.nonAffine = nonAffine;
    }

    /** Reads every frame, unwrapping across periodic and Lees-Edwards boundaries ({@link Unwrapper}). */
    public static PositionHistory of(Trajectory trajectory, boolean nonAffine) {
        Unwrapper uw = new Unwrapper(nonAffine);
        List<Double> time = new ArrayList<>();
        List<Long> step = new ArrayList<>();
        List<Box> box = new ArrayList<>();
        List<double[][]> u = new ArrayList<>();
        int[] id = null, type = null;
        int dim = 3;
        glassdyn.particles.TrajectoryProgress bar = trajectory.progressBar("reading");
        for (Frame f = trajectory.next(); f != null; f = trajectory.next()) {
            bar.update();
            double[][] p = uw.advance(f);
            u.add(new double[][] {p[0].clone(), p[1].clone(), p[2].clone()});
            if (id == null) { id = f.config().id.clone(); type = f.config().type.clone(); dim = f.config().dim(); }
            time.add(f.time());
            step.add(f.step());
            box.add(f.config().box);
        }
        bar.close();
        if (id == null) throw new InputException(trajectory.source() + ": no frames");
        return new PositionHistory(dim, id, type, time, step, box, u, nonAffine);
    }

    /** A history from arrays already in memory ({@code [frame][particle]}, particle ids 1..N); for synthetic data and pipelines. */
    public static PositionHistory of(double[] time, Box box, int[] type, double[][] x, double[][] y, double[][] z) {
        List<Double> t = new ArrayList<>();
        List<Long> s = new ArrayList<>();
        List<Box> b = new ArrayList<>();
        List<double[][]> u = new ArrayList<>();
        for (int k = 0; k < time.length; k++) { t.add(time[k]); s.add((long) k); b.add(box); u.add(new double[][] {x[k], y[k], z[k]}); }
        int[] id = new int[type.length];
        for (int i = 0; i < id.length; i++) id[i] = i + 1;
        return new PositionHistory(box.dim(), id, type.clone(), t, s, b, u, false);
    }

    public int frames() { return time.length; }
}
