package glassdyn.io;

import glassdyn.InputException;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.space.Box;
import glassdyn.space.LatticeRotation;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reader of H5MD files (de Buyl, Colberg and Höfling, Comput. Phys. Commun. 185, 1546 (2014); H5MD 1.1
 * specification), pure Java through jhdf. Read from the particle group {@code /particles/NAME} (the one named
 * {@code all} when present, else the first): {@code box} (attribute {@code dimension}; attribute {@code boundary}
 * must be periodic in every direction; {@code edges} fixed or a time-dependent element, a D-vector for a
 * rectangular box or a D x D matrix whose rows are the edge vectors, rotated to LAMMPS form when needed;
 * optional {@code offset}, the lower corner, default 0), {@code position} (element: {@code value} T x N x D,
 * {@code step}, {@code time}), optional {@code image} (T x N x D integers), {@code velocity}, {@code species}
 * (fixed N or element T x N; types numbered as given, from 0) and {@code id}. Time is {@code time} when present,
 * else {@code step * dt}. One frame at a time is read (hyperslab), so large files stream.
 */
public final class H5mdReader implements Trajectory {
    private final Path file;
    private final double dt;
    private final HdfFile hdf;
    private final Group particles;
    private final int dim, frames, n;
    private int next;

    public H5mdReader(Path file, double dt) {
        if (!(dt > 0) || !Double.isFinite(dt)) throw InputException.parameter("dt", "must be positive", dt);
        if (!Files.exists(file)) throw InputException.at(file, 0, "no such file", null);
        this.file = file;
        this.dt = dt;
        try {
            hdf = new HdfFile(file);
        } catch (RuntimeException e) {
            throw InputException.at(file, 0, "not a readable HDF5 file: " + e.getMessage(), null);
        }
        try {
            Node ps = hdf.getChild("particles");
            if (!(ps instanceof Group g) || g.getChildren().isEmpty()) throw bad("no /particles group (not an H5MD file)", null);
            Node all = g.getChild("all");
            Node first = all != null ? all : g.getChildren().values().stream().sorted(java.util.Comparator.comparing(Node::getName)).findFirst().orElseThrow();
            if (!(first instanceof Group pg)) throw bad("/particles/" + first.getName() + " is not a group", null);
            particles = pg;
            Group box = group("box");
            Object d = box.getAttribute("dimension") == null ? null : box.getAttribute("dimension").getData();
            if (d == null) throw bad("box has no 'dimension' attribute", null);
            dim = ((Number) (d.getClass().isArray() ? Array.get(d, 0) : d)).intValue();
            if (dim != 2 && dim != 3) throw bad("box dimension must be 2 or 3", String.valueOf(dim));
            var boundary = box.getAttribute("boundary");
            if (boundary != null) {
                Object b = boundary.getData();
                for (int k = 0; k < Array.getLength(b); k++)
                    if (!"periodic".equals(String.valueOf(Array.get(b, k)).strip()))
                        throw bad("only periodic boxes are read; boundary", String.valueOf(Array.get(b, k)));
            }
            Dataset pos = dataset(group("position"), "value");
            int[] shape = pos.getDimensions();
            if (shape.length != 3 || shape[2] != dim) throw bad("position/value must be T x N x " + dim, java.util.Arrays.toString(shape));
            frames = shape[0];
            n = shape[1];
        } catch (RuntimeException e) {
            hdf.close();
            throw e;
        }
    }

    private InputException bad(String what, String value) { return InputException.at(file, 0, what, value); }

    private Group group(String name) {
        Node g = particles.getChild(name);
        if (!(g instanceof Group gr)) throw bad("no " + particles.getPath() + name + " group", null);
        return gr;
    }

    private Dataset dataset(Group g, String name) {
        Node d = g.getChild(name);
        if (!(d instanceof Dataset ds)) throw bad("no dataset " + g.getPath() + name, null);
        return ds;
    }

    /** Frame k of a time-dependent element ({@code value} T x ...) or the fixed dataset, flattened to doubles; null when absent. */
    private double[] read(String name, int k) {
        Node node = particles.getChild(name);
        if (node == null) return null;
        Dataset ds = node instanceof Group g ? dataset(g, "value") : (Dataset) node;
        int[] shape = ds.getDimensions();
        boolean timeDependent = node instanceof Group;
        Object data;
        if (timeDependent) {
            if (shape.length == 0 || shape[0] != frames) throw bad(name + "/value has " + (shape.length == 0 ? 0 : shape[0]) + " frames, position has " + frames, name);
            long[] offset = new long[shape.length];
            offset[0] = k;
            int[] slice = shape.clone();
            slice[0] = 1;
            data = ds.getData(offset, slice);
        } else {
            data = ds.getData();
        }
        java.util.List<Double> out = new java.util.ArrayList<>();
        flatten(data, out);
        double[] v = new double[out.size()];
        for (int i = 0; i < v.length; i++) v[i] = out.get(i);
        return v;
    }

    private static void flatten(Object a, java.util.List<Double> out) {
        if (a == null) return;
        if (a instanceof Number x) { out.add(x.doubleValue()); return; }
        if (!a.getClass().isArray()) return;
        int len = Array.getLength(a);
        for (int i = 0; i < len; i++) flatten(Array.get(a, i), out);
    }

    private double scalar(String element, String sub, int k, double fallback) {
        Node node = particles.getChild(element);
        if (!(node instanceof Group g) || g.getChild(sub) == null) return fallback;
        Dataset ds = (Dataset) g.getChild(sub);
        java.util.List<Double> v = new java.util.ArrayList<>();
        flatten(ds.getData(), v);
        if (v.isEmpty()) return fallback;
        if (v.size() == 1) {
            // a scalar step or time: the interval of regularly sampled frames (H5MD "fixed interval"), with its offset
            var off = ds.getAttribute("offset");
            double o = off == null ? 0 : ((Number) (off.getData().getClass().isArray() ? Array.get(off.getData(), 0) : off.getData())).doubleValue();
            return o + k * v.get(0);
        }
        if (v.size() != frames) throw bad(element + "/" + sub + " has " + v.size() + " entries, position has " + frames + " frames", sub);
        return v.get(k);
    }

    @Override public String source() { return file.toString(); }
    @Override public int frameCount() { return frames; }
    @Override public double fractionRead() { return frames == 0 ? 1 : (double) next / frames; }
    @Override public void close() { hdf.close(); }

    @Override
    public Frame next() {
        if (next >= frames) {
            if (frames == 0) throw bad("no frames", null);
            return null;
        }
        int k = next++;
        try {
            CellAt box = box(k);
            double[] pos = read("position", k), img = read("image", k), vel = read("velocity", k);
            double[] species = read("species", k), ids = read("id", k);
            if (pos.length != n * dim) throw bad("position of frame " + k + " has " + pos.length + " numbers, expected " + n * dim, null);
            Configuration c = new Configuration(n, box.b());
            int maxType = 0;
            for (int i = 0; i < n; i++) {
                c.x[i] = pos[dim * i] - box.offset()[0]; c.y[i] = pos[dim * i + 1] - box.offset()[1];
                c.z[i] = dim == 3 ? pos[dim * i + 2] - box.offset()[2] : 0;
                if (!Double.isFinite(c.x[i] + c.y[i] + c.z[i])) throw bad("non-finite position of particle " + i + " in frame " + k, c.x[i] + " " + c.y[i] + " " + c.z[i]);
                if (box.rotation() != null) box.rotation().rotate(c.x, c.y, c.z, i);
                if (img != null) { c.ix[i] = (int) img[dim * i]; c.iy[i] = (int) img[dim * i + 1]; c.iz[i] = dim == 3 ? (int) img[dim * i + 2] : 0; }
                if (vel != null) {
                    c.vx[i] = vel[dim * i]; c.vy[i] = vel[dim * i + 1]; c.vz[i] = dim == 3 ? vel[dim * i + 2] : 0;
                    if (box.rotation() != null) box.rotation().rotate(c.vx, c.vy, c.vz, i);
                }
                if (species != null) {
                    if (species[i] < 0) throw bad("negative species of particle " + i + " in frame " + k, String.valueOf(species[i]));
                    c.type[i] = (int) species[i]; maxType = Math.max(maxType, c.type[i]);
                }
                c.id[i] = ids != null ? (int) ids[i] : i + 1;
            }
            c.mass = new double[maxType + 1];
            java.util.Arrays.fill(c.mass, 1.0);
            long step = (long) scalar("position", "step", k, k);
            c.time = scalar("position", "time", k, step * dt);
            return new Frame(step, c, false, img != null);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw bad("cannot read frame " + k + ": " + e.getMessage(), null);
        }
    }

    private record CellAt(Box b, double[] offset, LatticeRotation rotation) { }

    private CellAt box(int k) {
        Node edgesNode = group("box").getChild("edges");
        if (edgesNode == null) throw bad("box has no edges", null);
        double[] e = edgesNode instanceof Group ? readElement(group("box"), "edges", k) : readFixed((Dataset) edgesNode);
        double[] off = new double[3];
        Node offNode = group("box").getChild("offset");
        if (offNode != null) {
            double[] o = offNode instanceof Group ? readElement(group("box"), "offset", k) : readFixed((Dataset) offNode);
            for (int d = 0; d < dim; d++) off[d] = o[d];
        }
        double[] a, b, c;
        if (e.length == dim) {
            a = new double[] {e[0], 0, 0}; b = new double[] {0, e[1], 0}; c = new double[] {0, 0, dim == 3 ? e[2] : 1};
        } else if (e.length == dim * dim) {
            a = new double[] {e[0], e[1], dim == 3 ? e[2] : 0};
            b = dim == 3 ? new double[] {e[3], e[4], e[5]} : new double[] {e[2], e[3], 0};
            c = dim == 3 ? new double[] {e[6], e[7], e[8]} : new double[] {0, 0, 1};
        } else {
            throw bad("box edges of frame " + k + " must have " + dim + " or " + dim * dim + " numbers", String.valueOf(e.length));
        }
        LatticeRotation r;
        try {
            r = new LatticeRotation(a, b, c);
        } catch (IllegalArgumentException ex) {
            throw bad("bad box edges in frame " + k + ": " + ex.getMessage(), java.util.Arrays.toString(e));
        }
        double[] lo = r.isIdentity() ? off : new double[3];
        Box box = dim == 3 && (r.xz != 0 || r.yz != 0)
            ? new Box(3, lo[0], lo[1], lo[2], r.lx, r.ly, r.lz, r.xy, r.xz, r.yz)
            : new Box(dim, lo[0], lo[1], lo[2], r.lx, r.ly, dim == 3 ? r.lz : 1, r.xy);
        // identity: positions keep their frame (corner = offset); rotated: positions relative to the offset, rotated, corner 0
        return r.isIdentity() ? new CellAt(box, new double[3], null) : new CellAt(box, off, r);
    }

    private double[] readElement(Group g, String name, int k) {
        Dataset ds = dataset((Group) g.getChild(name), "value");
        int[] shape = ds.getDimensions();
        if (shape.length == 0 || shape[0] != frames) throw bad(g.getPath() + name + "/value has " + (shape.length == 0 ? 0 : shape[0]) + " frames, position has " + frames, name);
        long[] offset = new long[shape.length];
        offset[0] = k;
        int[] slice = shape.clone();
        slice[0] = 1;
        java.util.List<Double> out = new java.util.ArrayList<>();
        flatten(ds.getData(offset, slice), out);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] readFixed(Dataset ds) {
        java.util.List<Double> out = new java.util.ArrayList<>();
        flatten(ds.getData(), out);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
