package glassdyn.io;

import glassdyn.InputException;

import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.space.Box;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Streaming reader of extended XYZ (the ASE/OVITO convention) and plain XYZ, optionally gzipped.
 *
 * <p>Extended XYZ: line 1 the particle count; line 2 {@code key=value} pairs (values may be double-quoted) with
 * {@code Lattice="ax ay az bx by bz cx cy cz"} (cell vectors as rows, any orientation of a right-handed cell:
 * a cell not in LAMMPS form a = (lx,0,0), b = (xy,ly,0), c = (xz,yz,lz) is rotated to it, positions and
 * velocities with it, see {@link glassdyn.space.LatticeRotation}), optional {@code Origin="x y z"} (the cell corner,
 * default 0), optional {@code pbc} (ASE: {@code "T T F"} with a zero or unit third vector and every z = 0 is a 2D
 * frame, as ASE writes 2D systems; other non-periodic directions are refused),
 * {@code Properties=name:type:columns:...} (types S, R, I, L) naming the columns, and optional {@code Time=} and
 * {@code Timestep=}/{@code step=}. Recognised properties: {@code pos} (R:2 or R:3), {@code species} (S), {@code type}
 * (I, 1-based), {@code id} (I), {@code velo}/{@code vel}/{@code velocities} (R), {@code image} (I:3); other properties (ASE's {@code momenta}, {@code forces}, any extra array) are
 * skipped by their column count. Species names
 * become types: integers n as type n, else names in alphabetical order of the first frame.
 *
 * <p>Plain XYZ (no {@code Lattice}): {@code species x y z} per line; there is no periodic cell, so the positions are
 * taken as unwrapped and the box is the bounding box of the first frame (enlarged by one unit) for bookkeeping only.
 *
 * <p>Frame time: {@code Time} when present, else the step times {@code dt}, else the frame index times {@code dt}.
 */
public final class XyzReader implements Trajectory {
    private final TextLines in;
    private final double dt;
    private int frame;
    private final Map<String, Integer> speciesType = new HashMap<>();
    private Box plainBox;
    private int fileDim;

    public XyzReader(Path file) { this(file, 1.0); }

    public XyzReader(Path file, double dt) {
        if (!(dt > 0) || !Double.isFinite(dt)) throw InputException.parameter("dt", "must be positive", dt);
        this.in = new TextLines(file);
        this.dt = dt;
    }

    @Override public String source() { return in.file().toString(); }

    @Override public double fractionRead() { return in.fractionRead(); }
    @Override public void close() { in.close(); }

    private InputException error(String what, String value) { return InputException.at(in.file(), in.lineNumber(), what, value); }

    @Override
    public Frame next() {
        do {
            if (!in.next()) {
                if (frame == 0) throw InputException.at(in.file(), 0, "empty file: no particle count line", null);
                in.close(); // the end of the stream releases the file, so unclosed readers do not leak
                return null;
            }
        } while (in.tokenCount() == 0);
        long nl = in.parseLong(0, "particle count");
        if (nl < 0 || nl > Integer.MAX_VALUE - 8) throw error("bad particle count", in.token(0));
        int n = (int) nl;
        in.require("the comment line");
        Map<String, String> kv = keyValues(in.text());
        // column layout
        int posCol = -1, posDim = 3, speciesCol = -1, typeCol = -1, idCol = -1, velCol = -1, imgCol = -1, ncols = 0;
        String props = kv.getOrDefault("properties", kv.containsKey("lattice") ? "species:S:1:pos:R:3" : null);
        if (props != null) {
            String[] p = props.split(":");
            if (p.length % 3 != 0) throw error("Properties must be name:type:columns triples", props);
            for (int k = 0; k < p.length; k += 3) {
                String name = p[k].toLowerCase(java.util.Locale.ROOT);
                int cols;
                try { cols = Integer.parseInt(p[k + 2]); } catch (NumberFormatException e) { throw error("bad column count in Properties", props); }
                switch (name) {
                    case "pos" -> { posCol = ncols; posDim = cols; }
                    case "species" -> speciesCol = ncols;
                    case "type" -> typeCol = ncols;
                    case "id" -> idCol = ncols;
                    case "velo", "vel", "velocities" -> velCol = ncols;
                    case "image" -> imgCol = ncols;
                    default -> { }
                }
                ncols += cols;
            }
            if (posCol < 0) throw error("Properties has no pos column", props);
            if (posDim != 2 && posDim != 3) throw error("pos must have 2 or 3 columns", props);
        } else {
            speciesCol = 0; posCol = 1; ncols = 4; posDim = 3;
        }
        Box box;
        boolean periodic = kv.containsKey("lattice");
        int dim = posDim;
        glassdyn.space.LatticeRotation rot = null;
        double[] origin = new double[3];
        if (periodic) {
            double[] l = numbers(kv.get("lattice"), 9, "Lattice");
            if (kv.containsKey("origin")) origin = numbers(kv.get("origin"), 3, "Origin");
            boolean[] pbc = pbc(kv.get("pbc"));
            double[] a = {l[0], l[1], l[2]}, b = {l[3], l[4], l[5]}, cv = {l[6], l[7], l[8]};
            if (!pbc[0] || !pbc[1]) throw error("only cells periodic in the first two directions are read (pbc)", kv.get("pbc"));
            boolean flatCell = (cv[0] == 0 && cv[1] == 0 && (cv[2] == 0 || Math.abs(cv[2]) == 1));
            if (!pbc[2] && posDim == 3) {
                // ASE's 2D: pbc "T T F" with a zero or unit third vector and every z = 0 (checked below)
                if (!flatCell) throw error("pbc is 'T T F' but the third cell vector is neither zero nor (0,0,1): a slab, not read", kv.get("lattice"));
                dim = 2;
            } else if (!pbc[2]) {
                dim = 2;
            }
            if (fileDim == 0) fileDim = dim;
            else if (dim != fileDim) throw error("frame " + frame + " is " + dim + "D, the first frame was " + fileDim + "D", kv.getOrDefault("pbc", ""));
            if (dim == 2 && (a[2] != 0 || b[2] != 0)) throw error("a 2D cell must lie in the xy plane", kv.get("lattice"));
            try {
                rot = new glassdyn.space.LatticeRotation(a, b, dim == 2 ? new double[] {0, 0, 1} : cv);
                if (rot.isIdentity()) {
                    box = dim == 3 && (rot.xz != 0 || rot.yz != 0)
                        ? new Box(3, origin[0], origin[1], origin[2], rot.lx, rot.ly, rot.lz, rot.xy, rot.xz, rot.yz)
                        : new Box(dim, origin[0], origin[1], origin[2], rot.lx, rot.ly, dim == 3 ? rot.lz : 1, rot.xy);
                    rot = null;
                } else {
                    box = dim == 3 && (rot.xz != 0 || rot.yz != 0)
                        ? new Box(3, 0, 0, 0, rot.lx, rot.ly, rot.lz, rot.xy, rot.xz, rot.yz)
                        : new Box(dim, 0, 0, 0, rot.lx, rot.ly, dim == 3 ? rot.lz : 1, rot.xy);
                }
            } catch (IllegalArgumentException e) {
                throw error("bad Lattice: " + e.getMessage(), kv.get("lattice"));
            }
        } else {
            box = null;
        }
        Configuration c = new Configuration(n, box != null ? box : Box.cubic(dim, 1));
        int[] ids = new int[n];
        boolean hasIds = idCol >= 0;
        TreeMap<String, Integer> newNames = new TreeMap<>();
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            if (!in.next()) throw InputException.at(in.file(), in.lineNumber() + 1,
                "truncated file: frame " + frame + " ends after " + i + " of " + n + " particles", "end of file");
            if (in.tokenCount() < ncols) throw error("expected " + ncols + " columns", in.text());
            c.x[i] = in.finiteDouble(posCol, "coordinate");
            c.y[i] = in.finiteDouble(posCol + 1, "coordinate");
            c.z[i] = posDim == 3 ? in.finiteDouble(posCol + 2, "coordinate") : 0;
            if (velCol >= 0) {
                c.vx[i] = in.finiteDouble(velCol, "velocity");
                c.vy[i] = in.finiteDouble(velCol + 1, "velocity");
                c.vz[i] = posDim == 3 ? in.finiteDouble(velCol + 2, "velocity") : 0;
            }
            if (imgCol >= 0) {
                c.ix[i] = (int) in.parseLong(imgCol, "image");
                c.iy[i] = (int) in.parseLong(imgCol + 1, "image");
                c.iz[i] = posDim == 3 ? (int) in.parseLong(imgCol + 2, "image") : 0;
            }
            ids[i] = hasIds ? (int) in.parseLong(idCol, "id") : i + 1;
            if (typeCol >= 0) {
                c.type[i] = (int) in.parseLong(typeCol, "type") - 1;
                if (c.type[i] < 0) throw error("type must be >= 1", in.token(typeCol));
            } else if (speciesCol >= 0) {
                names[i] = in.token(speciesCol);
                if (!speciesType.containsKey(names[i])) newNames.put(names[i], 0);
            }
        }
        if (periodic && dim == 2 && posDim == 3) {
            for (int i = 0; i < n; i++)
                if (c.z[i] != origin[2] && c.z[i] != 0)
                    throw InputException.at(in.file(), in.lineNumber() - n + i + 1, "a 2D frame (pbc 'T T F') must have z = 0", String.valueOf(c.z[i]));
            java.util.Arrays.fill(c.z, 0, n, 0.0);
            java.util.Arrays.fill(c.vz, 0, n, 0.0);
            java.util.Arrays.fill(c.iz, 0, n, 0);
        }
        if (rot != null) {
            for (int i = 0; i < n; i++) {
                c.x[i] -= origin[0]; c.y[i] -= origin[1];
                if (dim == 3) c.z[i] -= origin[2];
                rot.rotate(c.x, c.y, c.z, i);
                rot.rotate(c.vx, c.vy, c.vz, i);
            }
        }
        if (typeCol < 0 && speciesCol >= 0) {
            for (String s : newNames.keySet()) {
                int t;
                try { t = Integer.parseInt(s) - 1; } catch (NumberFormatException e) { t = -1; }
                if (t < 0) t = nextFreeType();
                speciesType.put(s, t);
            }
            for (int i = 0; i < n; i++) c.type[i] = speciesType.get(names[i]);
        }
        if (box == null) {
            if (plainBox == null) plainBox = boundingBox(c, dim);
            Configuration d = new Configuration(n, plainBox.copy());
            copy(c, d);
            c = d;
        }
        Configuration sorted = sortById(c, ids);
        long step = kv.containsKey("timestep") ? parseStep(kv.get("timestep")) : kv.containsKey("step") ? parseStep(kv.get("step")) : frame;
        sorted.time = kv.containsKey("time") ? numbers(kv.get("time"), 1, "Time")[0] : step * dt;
        frame++;
        return new Frame(step, sorted, !periodic, imgCol >= 0);
    }

    /** ASE's pbc value: "T T F", "True True False", "1 1 0"; default periodic in all three directions. */
    private boolean[] pbc(String v) {
        if (v == null) return new boolean[] {true, true, true};
        String[] t = v.trim().split("\\s+");
        if (t.length == 1 && t[0].length() == 3) t = new String[] {t[0].substring(0, 1), t[0].substring(1, 2), t[0].substring(2)};
        if (t.length != 3) throw error("pbc needs three values", v);
        boolean[] p = new boolean[3];
        for (int k = 0; k < 3; k++) {
            String x = t[k].toLowerCase(java.util.Locale.ROOT);
            if (x.equals("t") || x.equals("true") || x.equals("1")) p[k] = true;
            else if (x.equals("f") || x.equals("false") || x.equals("0")) p[k] = false;
            else throw error("bad pbc value", v);
        }
        return p;
    }

    private int nextFreeType() {
        int t = 0;
        for (int v : speciesType.values()) t = Math.max(t, v + 1);
        return t;
    }

    private long parseStep(String s) {
        try { return Long.parseLong(s.trim()); } catch (NumberFormatException e) { throw error("bad Timestep", s); }
    }

    private static Box boundingBox(Configuration c, int dim) {
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE}, hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < c.n; i++) {
            lo[0] = Math.min(lo[0], c.x[i]); hi[0] = Math.max(hi[0], c.x[i]);
            lo[1] = Math.min(lo[1], c.y[i]); hi[1] = Math.max(hi[1], c.y[i]);
            lo[2] = Math.min(lo[2], c.z[i]); hi[2] = Math.max(hi[2], c.z[i]);
        }
        if (c.n == 0) { lo = new double[3]; hi = new double[3]; }
        return new Box(dim, lo[0] - 0.5, lo[1] - 0.5, lo[2] - 0.5, hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1, 0);
    }

    private static void copy(Configuration a, Configuration b) {
        int n = a.n;
        System.arraycopy(a.x, 0, b.x, 0, n); System.arraycopy(a.y, 0, b.y, 0, n); System.arraycopy(a.z, 0, b.z, 0, n);
        System.arraycopy(a.vx, 0, b.vx, 0, n); System.arraycopy(a.vy, 0, b.vy, 0, n); System.arraycopy(a.vz, 0, b.vz, 0, n);
        System.arraycopy(a.type, 0, b.type, 0, n);
        System.arraycopy(a.ix, 0, b.ix, 0, n); System.arraycopy(a.iy, 0, b.iy, 0, n); System.arraycopy(a.iz, 0, b.iz, 0, n);
    }

    private Configuration sortById(Configuration c, int[] ids) {
        Integer[] idx = new Integer[c.n];
        for (int i = 0; i < c.n; i++) idx[i] = i;
        java.util.Arrays.sort(idx, (a, b) -> Integer.compare(ids[a], ids[b]));
        Configuration s = new Configuration(c.n, c.box);
        int maxType = 0;
        for (int k = 0; k < c.n; k++) {
            int i = idx[k];
            if (k > 0 && ids[i] == ids[idx[k - 1]]) throw InputException.at(in.file(), 0, "duplicate id in frame " + frame, String.valueOf(ids[i]));
            s.id[k] = ids[i]; s.type[k] = c.type[i];
            s.x[k] = c.x[i]; s.y[k] = c.y[i]; s.z[k] = c.z[i];
            s.vx[k] = c.vx[i]; s.vy[k] = c.vy[i]; s.vz[k] = c.vz[i];
            s.ix[k] = c.ix[i]; s.iy[k] = c.iy[i]; s.iz[k] = c.iz[i];
            maxType = Math.max(maxType, c.type[i]);
        }
        s.mass = new double[maxType + 1];
        java.util.Arrays.fill(s.mass, 1.0);
        return s;
    }

    private double[] numbers(String s, int count, String key) {
        String[] t = s.trim().split("\\s+");
        if (t.length != count) throw error(key + " needs " + count + " numbers", s);
        double[] v = new double[count];
        for (int k = 0; k < count; k++) {
            try { v[k] = Double.parseDouble(t[k]); } catch (NumberFormatException e) { throw error("bad number in " + key, s); }
            if (!Double.isFinite(v[k])) throw error("non-finite number in " + key, s);
        }
        return v;
    }

    /** Parses {@code key=value key="quoted value"} pairs; keys are lower-cased. */
    static Map<String, String> keyValues(String line) {
        Map<String, String> kv = new LinkedHashMap<>();
        int i = 0, L = line.length();
        while (i < L) {
            while (i < L && Character.isWhitespace(line.charAt(i))) i++;
            int ks = i;
            while (i < L && line.charAt(i) != '=' && !Character.isWhitespace(line.charAt(i))) i++;
            String key = line.substring(ks, i).toLowerCase(java.util.Locale.ROOT);
            if (i >= L || line.charAt(i) != '=') { if (!key.isEmpty()) kv.put(key, "T"); continue; }
            i++;
            String val;
            if (i < L && line.charAt(i) == '"') {
                int e = line.indexOf('"', i + 1);
                if (e < 0) e = L;
                val = line.substring(i + 1, e);
                i = Math.min(L, e + 1);
            } else {
                int vs = i;
                while (i < L && !Character.isWhitespace(line.charAt(i))) i++;
                val = line.substring(vs, i);
            }
            kv.put(key, val);
        }
        return kv;
    }
}
