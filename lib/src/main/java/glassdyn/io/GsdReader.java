package glassdyn.io;

import glassdyn.InputException;

import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.space.Box;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reader of HOOMD-blue GSD files, implemented from the public specification (GSD "File layer", versions 0.3, 1.x
 * and 2.x, and the "HOOMD schema"): a 256-byte little-endian header ({@code magic = 0x65DF65DF65DF65DF},
 * {@code index_location}, {@code index_allocated_entries}, {@code namelist_location},
 * {@code namelist_allocated_entries}, schema and gsd versions, application and schema names), an index of 32-byte
 * entries ({@code frame, N, location, M, id, type, flags}; the first entry with location 0 ends it), a namelist and
 * raw data chunks of N x M elements. The namelist block is {@code namelist_allocated_entries} entries of
 * {@code GSD_NAME_SIZE = 64} bytes in every version (as gsd's own {@code pygsd.py} reads it: {@code n * 64} bytes):
 * in 1.x each name sits in its own 64-byte slot, in 2.x names are 0-terminated and packed; in both, the non-empty
 * 0-separated strings in order are the name ids. The number of frames is the last index entry's frame + 1.
 *
 * <p>HOOMD schema chunks read: {@code configuration/step} (uint64), {@code configuration/dimensions} (uint8),
 * {@code configuration/box} (float[6] = Lx, Ly, Lz, xy, xz, yz with dimensionless tilts), {@code particles/N}
 * (uint32), {@code particles/position} (float N x 3), {@code particles/typeid} (uint32), {@code particles/image}
 * (int32 N x 3), {@code particles/velocity} (float N x 3), {@code particles/types} (names). As the schema says, a
 * chunk missing from a frame takes its value from frame 0, else its default; a missing position for N > 0
 * particles (default: every particle at the origin) is refused, since no analysis of such a frame means anything.
 * The HOOMD box has cell vectors {@code a1 = (Lx,0,0)}, {@code a2 = (xy Ly, Ly, 0)}, {@code a3 = (xz Lz, yz Lz, Lz)}
 * centred on the origin; in LAMMPS form the tilts are {@code xy Ly, xz Lz, yz Lz} and the corner is
 * {@code -(a1 + a2 + a3)/2}. Image flags follow the same convention ({@code r + ix a1 + iy a2 + iz a3}). Only the
 * index and the requested chunks are read, so frames stream from disk.
 */
public final class GsdReader implements Trajectory {
    static final long MAGIC = 0x65DF65DF65DF65DFL;

    private final Path file;
    private final FileChannel ch;
    private final double dt;
    private final List<String> names = new ArrayList<>();
    /** frame -> (name id -> entry) */
    private final List<Map<Integer, Entry>> frames = new ArrayList<>();
    private final int version;
    private int next;

    record Entry(long frame, long n, long location, int m, int id, int type) { }

    public GsdReader(Path file) { this(file, 1.0); }

    public GsdReader(Path file, double dt) {
        if (!(dt > 0) || !Double.isFinite(dt)) throw InputException.parameter("dt", "must be positive", dt);
        this.file = file;
        this.dt = dt;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw InputException.at(file, 0, "no such file", null);
        } catch (IOException e) {
            throw InputException.at(file, 0, "cannot open: " + e.getMessage(), null);
        }
        try {
            if (ch.size() < 256) throw bad("not a GSD file (shorter than the 256-byte header)", ch.size() + " bytes");
            ByteBuffer h = read(0, 256, "header");
            long magic = h.getLong(0);
            if (magic != MAGIC) throw bad("not a GSD file (bad magic number)", Long.toHexString(magic));
            long indexLoc = h.getLong(8), indexEntries = h.getLong(16), nameLoc = h.getLong(24), nameEntries = h.getLong(32);
            version = h.getInt(44);
            int major = version >>> 16, minor = version & 0xffff;
            if (!(major == 1 || major == 2 || (major == 0 && minor == 3)))
                throw bad("unsupported GSD version", major + "." + minor);
            if (indexEntries < 0 || indexEntries > ch.size() / 32 + 1) throw bad("corrupt index size", String.valueOf(indexEntries));
            if (nameEntries < 0 || nameEntries > ch.size() / 64 + 1) throw bad("corrupt namelist size", String.valueOf(nameEntries));
            // namelist: nameEntries x 64 bytes (GSD_NAME_SIZE); non-empty 0-separated strings in order
            ByteBuffer nl = read(nameLoc, nameEntries * 64, "namelist");
            int p = 0, len = nl.limit();
            while (p < len) {
                int e = p;
                while (e < len && nl.get(e) != 0) e++;
                if (e > p) names.add(ascii(nl, p, e));
                p = e + 1;
            }
            ByteBuffer idx = read(indexLoc, indexEntries * 32, "index");
            long lastFrame = 0;
            for (long k = 0; k < indexEntries; k++) {
                int o = (int) (k * 32);
                long loc = idx.getLong(o + 16);
                if (loc == 0) break;
                Entry e = new Entry(idx.getLong(o), idx.getLong(o + 8), loc, idx.getInt(o + 24),
                    Short.toUnsignedInt(idx.getShort(o + 28)), Byte.toUnsignedInt(idx.get(o + 30)));
                if (e.frame < 0 || e.frame > Integer.MAX_VALUE - 8 || e.frame < lastFrame)
                    throw bad("corrupt index entry " + k + ": frame", String.valueOf(e.frame));
                if (e.id >= names.size()) throw bad("corrupt index entry " + k + ": name id beyond the " + names.size() + " names", String.valueOf(e.id));
                if (e.n < 0 || e.m <= 0) throw bad("corrupt index entry " + k + " (" + names.get(e.id) + "): shape", e.n + "x" + Integer.toUnsignedString(e.m));
                lastFrame = e.frame;
                while (frames.size() <= e.frame) frames.add(new HashMap<>());
                frames.get((int) e.frame).put(e.id, e);
            }
        } catch (IOException e) {
            throw InputException.at(file, 0, "read error: " + e.getMessage(), null);
        }
    }

    private InputException bad(String what, String value) { return InputException.at(file, 0, what, value); }

    private static String ascii(ByteBuffer b, int from, int to) {
        byte[] s = new byte[to - from];
        b.get(from, s);
        return new String(s, StandardCharsets.UTF_8);
    }

    private ByteBuffer read(long at, long len, String what) throws IOException {
        if (at < 0 || len < 0 || at + len > ch.size() || len > Integer.MAX_VALUE)
            throw bad("truncated or corrupt file: " + what + " at byte " + at + " (" + len + " bytes) beyond the end (" + ch.size() + " bytes)", String.valueOf(at));
        ByteBuffer b = ByteBuffer.allocate((int) len).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) if (ch.read(b, at + b.position()) < 0) break;
        b.flip();
        return b;
    }

    /** Number of frames in the file. */
    @Override public int frameCount() { return frames.size(); }

    /** The names of all chunks in the file. */
    public List<String> chunkNames() { return List.copyOf(names); }

    @Override public String source() { return file.toString(); }

    @Override public double fractionRead() { return frames.isEmpty() ? 1 : (double) next / frames.size(); }

    @Override
    public void close() {
        try { ch.close(); } catch (IOException ignored) { }
    }

    private static final int[] SIZE = {0, 1, 2, 4, 8, 1, 2, 4, 8, 4, 8, 1};

    /** A chunk of frame f (or frame 0 when f lacks it) as doubles, or null when absent from both. */
    private double[] chunk(int f, String name, long expectN, int expectM) throws IOException {
        int id = names.indexOf(name);
        if (id < 0) return null;
        Entry e = frames.get(f).get(id);
        if (e == null && f != 0) e = frames.get(0).get(id);
        if (e == null) return null;
        if (e.type < 1 || e.type > 11) throw bad("chunk " + name + " has unknown type", String.valueOf(e.type));
        if ((expectN >= 0 && e.n != expectN) || (expectM > 0 && e.m != expectM))
            throw bad("chunk " + name + " of frame " + f + " has shape " + e.n + "x" + e.m + ", expected "
                + (expectN >= 0 ? expectN : "N") + "x" + expectM, e.n + "x" + e.m);
        long count = e.n * e.m;
        ByteBuffer b = read(e.location, count * SIZE[e.type], "chunk " + name);
        double[] v = new double[(int) count];
        for (int k = 0; k < count; k++) {
            v[k] = switch (e.type) {
                case 1, 11 -> Byte.toUnsignedInt(b.get(k));
                case 2 -> Short.toUnsignedInt(b.getShort(2 * k));
                case 3 -> Integer.toUnsignedLong(b.getInt(4 * k));
                case 4 -> b.getLong(8 * k);
                case 5 -> b.get(k);
                case 6 -> b.getShort(2 * k);
                case 7 -> b.getInt(4 * k);
                case 8 -> b.getLong(8 * k);
                case 9 -> b.getFloat(4 * k);
                default -> b.getDouble(8 * k);
            };
        }
        return v;
    }

    /** Type names from {@code particles/types} (rows of characters), or null. */
    public List<String> typeNames() {
        try {
            double[] v = chunk(0, "particles/types", -1, 0);
            if (v == null) return null;
            Entry e = frames.get(0).get(names.indexOf("particles/types"));
            List<String> out = new ArrayList<>();
            for (int r = 0; r < e.n; r++) {
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < e.m; c++) { int ch = (int) v[r * e.m + c]; if (ch == 0) break; sb.append((char) ch); }
                out.add(sb.toString());
            }
            return out;
        } catch (IOException ex) {
            throw InputException.at(file, 0, "read error: " + ex.getMessage(), null);
        }
    }

    @Override
    public Frame next() {
        if (next >= frames.size()) {
            if (frames.isEmpty()) throw InputException.at(file, 0, "no frames", null);
            close();
            return null;
        }
        int f = next++;
        try {
            double[] stepv = chunk(f, "configuration/step", 1, 1);
            long step = stepv == null ? 0 : (long) stepv[0];
            double[] dimv = chunk(f, "configuration/dimensions", 1, 1);
            int dim = dimv == null ? 3 : (int) dimv[0];
            if (dim != 2 && dim != 3) throw bad("configuration/dimensions must be 2 or 3 (frame " + f + ")", String.valueOf(dim));
            double[] bx = chunk(f, "configuration/box", 6, 1);
            if (bx == null) bx = new double[] {1, 1, 1, 0, 0, 0};
            double[] nv = chunk(f, "particles/N", 1, 1);
            int n = nv == null ? 0 : (int) nv[0];
            double lx = bx[0], ly = bx[1], lz = dim == 3 ? bx[2] : 1, xy = bx[3] * ly;
            double xz = dim == 3 ? bx[4] * lz : 0, yz = dim == 3 ? bx[5] * lz : 0;
            Box box;
            try {
                box = new Box(dim, -(lx + xy + xz) / 2, -(ly + yz) / 2, -lz / 2, lx, ly, lz, xy, xz, yz);
            } catch (IllegalArgumentException e) {
                throw bad("bad configuration/box in frame " + f + ": " + e.getMessage(), java.util.Arrays.toString(bx));
            }
            Configuration c = new Configuration(n, box);
            double[] pos = chunk(f, "particles/position", n, 3);
            if (pos == null && n > 0)
                throw bad("frame " + f + " has N = " + n + " particles but no particles/position chunk (in it or in frame 0)", "N=" + n);
            double[] typ = chunk(f, "particles/typeid", n, 1);
            double[] img = chunk(f, "particles/image", n, 3);
            double[] vel = chunk(f, "particles/velocity", n, 3);
            int maxType = 0;
            for (int i = 0; i < n; i++) {
                {
                    c.x[i] = pos[3 * i]; c.y[i] = pos[3 * i + 1]; c.z[i] = dim == 3 ? pos[3 * i + 2] : 0;
                    if (!Double.isFinite(c.x[i]) || !Double.isFinite(c.y[i]) || !Double.isFinite(c.z[i]))
                        throw bad("non-finite position of particle " + i + " in frame " + f, c.x[i] + " " + c.y[i] + " " + c.z[i]);
                }
                if (typ != null) { c.type[i] = (int) typ[i]; maxType = Math.max(maxType, c.type[i]); }
                if (img != null) { c.ix[i] = (int) img[3 * i]; c.iy[i] = (int) img[3 * i + 1]; c.iz[i] = dim == 3 ? (int) img[3 * i + 2] : 0; }
                if (vel != null) { c.vx[i] = vel[3 * i]; c.vy[i] = vel[3 * i + 1]; c.vz[i] = dim == 3 ? vel[3 * i + 2] : 0; }
            }
            c.mass = new double[maxType + 1];
            java.util.Arrays.fill(c.mass, 1.0);
            c.time = step * dt;
            return new Frame(step, c, false, img != null);
        } catch (IOException e) {
            throw InputException.at(file, 0, "read error: " + e.getMessage(), null);
        }
    }
}
