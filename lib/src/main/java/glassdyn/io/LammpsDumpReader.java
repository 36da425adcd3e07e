package glassdyn.io;

import glassdyn.InputException;

import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.space.Box;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Streaming reader of LAMMPS text dumps ({@code dump atom} and {@code dump custom}), plain or gzipped ({@code .gz}),
 * one frame in memory at a time.
 *
 * <p>Accepted columns, in any order: {@code id type} (optional; without {@code id} atoms are numbered in file
 * order), positions as {@code x y z} (wrapped), {@code xs ys zs} (scaled), {@code xu yu zu} (unwrapped) or
 * {@code xsu ysu zsu} (scaled unwrapped), optional image counts {@code ix iy iz}, optional velocities
 * {@code vx vy vz}. Atoms may come in any order; each frame is sorted by id. Boxes may be orthogonal or triclinic
 * with xy, xz and yz tilts (LAMMPS "Howto triclinic": the dump header gives the bounding box
 * {@code xlo_bound xhi_bound xy / ylo_bound yhi_bound xz / zlo_bound zhi_bound yz}, from which
 * {@code xlo = xlo_bound - min(0, xy, xz, xy+xz)}, {@code xhi = xhi_bound - max(0, xy, xz, xy+xz)},
 * {@code ylo = ylo_bound - min(0, yz)}, {@code yhi = yhi_bound - max(0, yz)}), or general triclinic
 * ({@code ITEM: BOX BOUNDS abc origin}: cell vectors and origin, rotated to LAMMPS form with
 * {@link glassdyn.space.LatticeRotation}; positions and velocities rotate with the cell).
 *
 * <p>Dimension: 2D when the dump has no z column or every z of the first frame is exactly zero (LAMMPS writes
 * z = 0 for {@code dimension 2}), unless fixed with {@link #dimension(int)}.
 *
 * <p>Time: {@code config.time = step * dt} with the timestep given to the constructor (1 when unknown, so time is
 * counted in steps, as the CLI contract says).
 */
public final class LammpsDumpReader implements Trajectory {
    private final TextLines in;
    private final double dt;
    private int forcedDim;
    private int dim = -1;
    private long firstStep = Long.MIN_VALUE;
    private int frameCount;

    // scratch for reading
    private int[] rawId = new int[0];
    private int[] order = new int[0];

    public LammpsDumpReader(Path file) { this(file, 1.0); }

    /** @param dt the MD timestep, so that frame times are {@code step * dt} in the model's time unit */
    public LammpsDumpReader(Path file, double dt) {
        if (!(dt > 0) || !Double.isFinite(dt)) throw InputException.parameter("dt", "must be positive", dt);
        this.in = new TextLines(file);
        this.dt = dt;
    }

    /** Fixes the dimension (2 or 3) instead of detecting it. */
    public LammpsDumpReader dimension(int d) {
        if (d != 2 && d != 3) throw InputException.parameter("dim", "must be 2 or 3", d);
        forcedDim = d;
        return this;
    }

    @Override public String source() { return in.file().toString(); }

    @Override public double fractionRead() { return in.fractionRead(); }

    @Override public void close() { in.close(); }

    /** Number of frames returned so far. */
    public int framesRead() { return frameCount; }

    private InputException error(String what, String value) { return InputException.at(in.file(), in.lineNumber(), what, value); }

    @Override
    public Frame next() {
        // skip blank lines between frames
        do {
            if (!in.next()) {
                if (frameCount == 0) throw InputException.at(in.file(), 0, "empty file: no 'ITEM: TIMESTEP' found", null);
                in.close(); // the end of the stream releases the file, so unclosed readers do not leak
                return null;
            }
        } while (in.tokenCount() == 0);
        if (!in.startsWith("ITEM: TIMESTEP")) throw error("expected 'ITEM: TIMESTEP'", in.text());
        in.require("the timestep value");
        long step = in.parseLong(0, "timestep");
        long natoms = -1;
        double[] lo = new double[3], hi = new double[3];
        double xy = 0, xz = 0, yz = 0;
        boolean haveBox = false;
        glassdyn.space.LatticeRotation general = null;
        double[] origin = null;
        while (true) {
            in.require("'ITEM: ATOMS'");
            if (!in.startsWith("ITEM:")) throw error("expected an 'ITEM:' line", in.text());
            if (in.startsWith("ITEM: NUMBER OF ATOMS")) {
                in.require("the number of atoms");
                natoms = in.parseLong(0, "number of atoms");
                if (natoms < 0 || natoms > Integer.MAX_VALUE - 8) throw error("bad number of atoms", in.token(0));
            } else if (in.startsWith("ITEM: BOX BOUNDS")) {
                if (in.text().contains("abc")) {
                    // general triclinic (dump_modify triclinic/general yes): rows "ax ay az originx" for A, B, C
                    double[][] v = new double[3][3];
                    origin = new double[3];
                    for (int d = 0; d < 3; d++) {
                        in.require("box vector");
                        for (int k = 0; k < 3; k++) v[d][k] = in.finiteDouble(k, "box vector component");
                        origin[d] = in.finiteDouble(3, "box origin");
                    }
                    try {
                        general = new glassdyn.space.LatticeRotation(v[0], v[1], v[2]);
                    } catch (IllegalArgumentException e) {
                        throw error("bad general triclinic box: " + e.getMessage(), in.text());
                    }
                    lo = new double[3];
                    hi = new double[] {general.lx, general.ly, general.lz};
                    xy = general.xy; xz = general.xz; yz = general.yz;
                    haveBox = true;
                    continue;
                }
                boolean triclinic = in.text().contains("xy");
                double[] tilt = new double[3];
                for (int d = 0; d < 3; d++) {
                    in.require("box bounds");
                    lo[d] = in.finiteDouble(0, "box bound");
                    hi[d] = in.finiteDouble(1, "box bound");
                    if (triclinic) tilt[d] = in.finiteDouble(2, "tilt factor");
                }
                if (triclinic) {
                    // LAMMPS writes the bounding box of the tilted cell (Howto triclinic)
                    xy = tilt[0]; xz = tilt[1]; yz = tilt[2];
                    lo[0] -= Math.min(Math.min(0, xy), Math.min(xz, xy + xz));
                    hi[0] -= Math.max(Math.max(0, xy), Math.max(xz, xy + xz));
                    lo[1] -= Math.min(0, yz);
                    hi[1] -= Math.max(0, yz);
                }
                haveBox = true;
            } else if (in.startsWith("ITEM: ATOMS")) {
                break;
            } else {
                // ITEM: TIME, ITEM: UNITS and other single-value items: skip their value line
                in.require("the value of " + in.text());
            }
        }
        if (natoms < 0) throw error("'ITEM: NUMBER OF ATOMS' missing before 'ITEM: ATOMS'", in.text());
        if (!haveBox) throw error("'ITEM: BOX BOUNDS' missing before 'ITEM: ATOMS'", in.text());
        Columns c = Columns.parse(in);
        int n = (int) natoms;
        if (dim < 0) dim = forcedDim != 0 ? forcedDim : (c.z < 0 ? 2 : 3);
        Box box;
        try {
            if (dim == 2 && (xz != 0 || yz != 0)) throw error("a 2D dump cannot have xz/yz tilt", xz + " " + yz);
            box = xz != 0 || yz != 0 ? new Box(3, lo[0], lo[1], lo[2], hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2], xy, xz, yz)
                : new Box(3, lo[0], lo[1], lo[2], hi[0] - lo[0], hi[1] - lo[1], dim == 3 ? hi[2] - lo[2] : 1, xy);
        } catch (IllegalArgumentException e) {
            throw error("bad box: " + e.getMessage(), null);
        }
        Configuration cf = new Configuration(n, box);
        if (rawId.length < n) { rawId = new int[n]; order = new int[n]; }
        int maxType = 0;
        for (int i = 0; i < n; i++) {
            if (!in.next()) throw InputException.at(in.file(), in.lineNumber() + 1,
                "truncated dump: frame at step " + step + " ends after " + i + " of " + n + " atoms", "end of file");
            if (in.startsWith("ITEM:")) throw error("truncated frame at step " + step + ": " + i + " of " + n + " atoms", in.text());
            if (in.tokenCount() < c.count) throw error("expected " + c.count + " columns", in.text());
            long id = c.id >= 0 ? in.parseLong(c.id, "atom id") : i + 1;
            if (id < 1 || id > Integer.MAX_VALUE) throw error("bad atom id", in.token(c.id));
            rawId[i] = (int) id;
            int t = c.type >= 0 ? (int) in.parseLong(c.type, "atom type") - 1 : 0;
            if (t < 0) throw error("atom type must be >= 1", in.token(c.type));
            cf.type[i] = t;
            if (t > maxType) maxType = t;
            cf.x[i] = in.finiteDouble(c.x, "coordinate");
            cf.y[i] = in.finiteDouble(c.y, "coordinate");
            cf.z[i] = c.z >= 0 ? in.finiteDouble(c.z, "coordinate") : 0;
            if (c.ix >= 0) {
                cf.ix[i] = (int) in.parseLong(c.ix, "image flag");
                cf.iy[i] = (int) in.parseLong(c.iy, "image flag");
                cf.iz[i] = c.iz >= 0 ? (int) in.parseLong(c.iz, "image flag") : 0;
            }
            if (c.vx >= 0) {
                cf.vx[i] = in.finiteDouble(c.vx, "velocity");
                cf.vy[i] = in.finiteDouble(c.vy, "velocity");
                cf.vz[i] = c.vz >= 0 ? in.finiteDouble(c.vz, "velocity") : 0;
            }
        }
        if (c.scaled) {
            for (int i = 0; i < n; i++) {
                double sx = cf.x[i], sy = cf.y[i], sz = cf.z[i];
                if (xz != 0 || yz != 0) {
                    cf.x[i] = lo[0] + sx * box.lx() + sy * xy + sz * xz;
                    cf.y[i] = lo[1] + sy * box.ly() + sz * yz;
                } else {
                    cf.x[i] = lo[0] + sx * box.lx() + sy * xy;
                    cf.y[i] = lo[1] + sy * box.ly();
                }
                cf.z[i] = lo[2] + sz * box.lz();
            }
        } else if (general != null) {
            for (int i = 0; i < n; i++) {
                cf.x[i] -= origin[0]; cf.y[i] -= origin[1]; cf.z[i] -= origin[2];
                general.rotate(cf.x, cf.y, cf.z, i);
                general.rotate(cf.vx, cf.vy, cf.vz, i);
            }
        }
        if (frameCount == 0 && forcedDim == 0 && dim == 3) {
            boolean allZero = true;
            for (int i = 0; i < n && allZero; i++) allZero = cf.z[i] == 0;
            if (allZero && n > 0) dim = 2;
        }
        Configuration sorted = sortById(cf, n, maxType, step);
        if (dim == 2) sorted = asDimension2(sorted);
        sorted.time = step * dt;
        if (firstStep == Long.MIN_VALUE) firstStep = step;
        frameCount++;
        return new Frame(step, sorted, c.unwrapped, c.ix >= 0);
    }

    private Configuration asDimension2(Configuration c) {
        Box b = c.box;
        Configuration d = new Configuration(c.n, new Box(2, b.xlo(), b.ylo(), 0, b.lx(), b.ly(), 1, b.xy()));
        System.arraycopy(c.x, 0, d.x, 0, c.n); System.arraycopy(c.y, 0, d.y, 0, c.n);
        System.arraycopy(c.vx, 0, d.vx, 0, c.n); System.arraycopy(c.vy, 0, d.vy, 0, c.n);
        System.arraycopy(c.type, 0, d.type, 0, c.n); System.arraycopy(c.id, 0, d.id, 0, c.n);
        System.arraycopy(c.ix, 0, d.ix, 0, c.n); System.arraycopy(c.iy, 0, d.iy, 0, c.n);
        d.mass = c.mass;
        return d;
    }

    /** Sorts atoms by id: a direct placement when the ids are 1..N, else a sort; duplicate ids are an error. */
    private Configuration sortById(Configuration c, int n, int maxType, long step) {
        boolean permutation = true;
        boolean inOrder = true;
        for (int i = 0; i < n; i++) {
            if (rawId[i] > n) permutation = false;
            if (rawId[i] != i + 1) inOrder = false;
        }
        double[] mass = new double[maxType + 1];
        Arrays.fill(mass, 1.0);
        c.mass = mass;
        if (inOrder) { System.arraycopy(rawId, 0, c.id, 0, n); return c; }
        if (permutation) {
            Arrays.fill(order, 0, n, -1);
            for (int i = 0; i < n; i++) {
                int k = rawId[i] - 1;
                if (order[k] >= 0) throw InputException.at(in.file(), 0, "duplicate atom id in frame at step " + step, String.valueOf(rawId[i]));
                order[k] = i;
            }
        } else {
            Integer[] idx = new Integer[n];
            for (int i = 0; i < n; i++) idx[i] = i;
            Arrays.sort(idx, (a, b) -> Integer.compare(rawId[a], rawId[b]));
            for (int i = 0; i < n; i++) {
                order[i] = idx[i];
                if (i > 0 && rawId[idx[i]] == rawId[idx[i - 1]])
                    throw InputException.at(in.file(), 0, "duplicate atom id in frame at step " + step, String.valueOf(rawId[idx[i]]));
            }
        }
        Configuration s = new Configuration(n, c.box);
        for (int k = 0; k < n; k++) {
            int i = order[k];
            s.id[k] = rawId[i]; s.type[k] = c.type[i];
            s.x[k] = c.x[i]; s.y[k] = c.y[i]; s.z[k] = c.z[i];
            s.vx[k] = c.vx[i]; s.vy[k] = c.vy[i]; s.vz[k] = c.vz[i];
            s.ix[k] = c.ix[i]; s.iy[k] = c.iy[i]; s.iz[k] = c.iz[i];
        }
        s.mass = mass;
        return s;
    }

    /** Column indices of one {@code ITEM: ATOMS} header. */
    private record Columns(int count, int id, int type, int x, int y, int z, int ix, int iy, int iz,
                           int vx, int vy, int vz, boolean scaled, boolean unwrapped) {
        static Columns parse(TextLines in) {
            int count = in.tokenCount() - 2;
            java.util.Map<String, Integer> at = new java.util.HashMap<>();
            for (int k = 2; k < in.tokenCount(); k++) at.put(in.token(k), k - 2);
            String[][] choices = {{"xu", "yu", "zu"}, {"x", "y", "z"}, {"xs", "ys", "zs"}, {"xsu", "ysu", "zsu"}};
            for (String[] ch : choices) {
                if (at.containsKey(ch[0]) && at.containsKey(ch[1])) {
                    boolean unwrapped = ch[0].endsWith("u");
                    boolean scaled = ch[0].startsWith("xs");
                    int ix = unwrapped ? -1 : at.getOrDefault("ix", -1);
                    int iy = unwrapped ? -1 : at.getOrDefault("iy", -1);
                    int iz = unwrapped ? -1 : at.getOrDefault("iz", -1);
                    if (ix >= 0 != iy >= 0)
                        throw InputException.at(in.file(), in.lineNumber(), "image flags need both ix and iy", in.text());
                    return new Columns(count, at.getOrDefault("id", -1), at.getOrDefault("type", -1),
                        at.get(ch[0]), at.get(ch[1]), at.getOrDefault(ch[2], -1), ix, iy, iz,
                        at.containsKey("vy") ? at.getOrDefault("vx", -1) : -1, at.getOrDefault("vy", -1), at.getOrDefault("vz", -1),
                        scaled, unwrapped);
                }
            }
            throw InputException.at(in.file(), in.lineNumber(),
                "no coordinate columns (need x y [z], xs ys [zs], xu yu [zu] or xsu ysu [zsu])", in.text());
        }
    }
}
