package glassdyn.io;

import glassdyn.InputException;

import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Extended XYZ round trip, plain XYZ, and GSD read back from a file written here by an independent minimal writer of the GSD 2.0 file layer. */
class XyzAndGsdTest {
    @TempDir Path dir;

    @Test
    void extendedXyzRoundTrip() throws Exception {
        Configuration c = new Configuration(3, new Box(3, -1, -2, -3, 10, 11, 12, 2.5));
        double[][] p = {{1.25, 2.5, 3.75}, {-0.125, 5, 6}, {7, 8.5, 1e-7}};
        for (int i = 0; i < 3; i++) { c.x[i] = p[i][0]; c.y[i] = p[i][1]; c.z[i] = p[i][2]; c.vx[i] = i; c.type[i] = i % 2; c.id[i] = 10 - i; c.ix[i] = i - 1; }
        c.time = 1.5;
        Path f = dir.resolve("t.extxyz.gz");
        try (XyzWriter w = new XyzWriter(f, true)) { w.write(new Frame(300, c, false, true)); w.write(new Frame(400, c, false, true)); }
        try (XyzReader r = new XyzReader(f)) {
            List<Frame> frames = r.readAll();
            assertEquals(2, frames.size());
            Frame g = frames.get(0);
            var d = g.config();
            assertEquals(300, g.step()); assertEquals(1.5, d.time, 0);
            assertEquals(10, d.box.lx(), 0); assertEquals(2.5, d.box.xy(), 0); assertEquals(-3, d.box.zlo(), 0);
            // sorted by id: id 8 (was index 2) first
            assertEquals(8, d.id[0]); assertEquals(7, d.x[0], 0); assertEquals(1e-7, d.z[0], 0); assertEquals(2, d.vx[0], 0);
            assertEquals(0, d.type[0]); assertEquals(1, d.type[1]); assertEquals(1, d.ix[0]);
        }
        Files.writeString(dir.resolve("plain.xyz"), "2\ncomment\nA 0 0 0\nB 1 2 3\n2\nx\nA 0.5 0 0\nB 1 2 3\n");
        try (XyzReader r = new XyzReader(dir.resolve("plain.xyz"))) {
            List<Frame> frames = r.readAll();
            assertEquals(0.5, frames.get(1).config().x[0], 0);
            assertEquals(1, frames.get(1).config().type[1]);
            assertTrue(frames.get(0).unwrapped());
        }
        Files.writeString(dir.resolve("bad.xyz"), "2\ncomment\nA 0 0 0\n");
        InputException e = assertThrows(InputException.class, () -> { try (XyzReader r = new XyzReader(dir.resolve("bad.xyz"))) { r.readAll(); } });
        assertTrue(e.getMessage().contains("bad.xyz:4") && e.getMessage().contains("truncated"), e.getMessage());
    }

    /**
     * A minimal GSD 2.0 writer written from the specification (header 256 B, data chunks, index of 32-byte entries,
     * 0-separated namelist in a block of 64-byte entries, the header counting entries, not bytes). Files written by
     * the real gsd package are read in {@link GsdRealFilesTest}.
     */
    static byte[] gsd(List<Object[]> chunks) {
        // chunk: {frame (long), name, type (int), N (long), M (int), byte[] data}
        List<String> names = new ArrayList<>();
        for (Object[] c : chunks) if (!names.contains((String) c[1])) names.add((String) c[1]);
        names.sort(null);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        long[] loc = new long[chunks.size()];
        for (int k = 0; k < chunks.size(); k++) { loc[k] = 256 + data.size(); data.writeBytes((byte[]) chunks.get(k)[5]); }
        long indexLoc = 256 + data.size();
        ByteBuffer idx = ByteBuffer.allocate(32 * (chunks.size() + 2)).order(ByteOrder.LITTLE_ENDIAN);
        Integer[] order = new Integer[chunks.size()];
        for (int k = 0; k < order.length; k++) order[k] = k;
        java.util.Arrays.sort(order, (a, b) -> {
            int f = Long.compare((long) chunks.get(a)[0], (long) chunks.get(b)[0]);
            return f != 0 ? f : Integer.compare(names.indexOf((String) chunks.get(a)[1]), names.indexOf((String) chunks.get(b)[1]));
        });
        for (int k : order) {
            Object[] c = chunks.get(k);
            idx.putLong((long) c[0]).putLong((long) c[3]).putLong(loc[k]).putInt((int) c[4])
                .putShort((short) names.indexOf((String) c[1])).put((byte) (int) (Integer) c[2]).put((byte) 0);
        }
        ByteArrayOutputStream nl = new ByteArrayOutputStream();
        for (String s : names) { nl.writeBytes(s.getBytes(StandardCharsets.US_ASCII)); nl.write(0); }
        while (nl.size() % 64 != 0) nl.write(0);                  // namelist_allocated_entries counts 64-byte entries
        long nameLoc = indexLoc + idx.capacity();
        ByteBuffer h = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        h.putLong(0x65DF65DF65DF65DFL).putLong(indexLoc).putLong(chunks.size() + 2).putLong(nameLoc).putLong(nl.size() / 64)
            .putInt((1 << 16) | 4).putInt(2 << 16);
        h.put(48, "test".getBytes(StandardCharsets.US_ASCII)).put(112, "hoomd".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.array()); out.writeBytes(data.toByteArray()); out.writeBytes(idx.array()); out.writeBytes(nl.toByteArray());
        return out.toByteArray();
    }

    static byte[] le(int bytesEach, Number... v) {
        ByteBuffer b = ByteBuffer.allocate(bytesEach * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (Number x : v) switch (bytesEach) {
            case 1 -> b.put(x.byteValue());
            case 8 -> b.putLong(x.longValue());
            default -> { if (x instanceof Float f) b.putFloat(f); else b.putInt(x.intValue()); }
        }
        return b.array();
    }

    @Test
    void gsdHoomdSchema() throws Exception {
        List<Object[]> ch = new ArrayList<>();
        // frame 0: everything; frame 1: step, box (sheared) and positions only (types and images from frame 0 per the schema)
        ch.add(new Object[] {0L, "configuration/step", 4, 1L, 1, le(8, 1000L)});
        ch.add(new Object[] {0L, "configuration/dimensions", 1, 1L, 1, le(1, 3)});
        ch.add(new Object[] {0L, "configuration/box", 9, 6L, 1, le(4, 10f, 8f, 6f, 0f, 0f, 0f)});
        ch.add(new Object[] {0L, "particles/N", 3, 1L, 1, le(4, 2)});
        ch.add(new Object[] {0L, "particles/position", 9, 2L, 3, le(4, 1.5f, -2f, 0.25f, -4.5f, 3.5f, 2.75f)});
        ch.add(new Object[] {0L, "particles/typeid", 3, 2L, 1, le(4, 1, 0)});
        ch.add(new Object[] {0L, "particles/image", 7, 2L, 3, le(4, 0, 1, -1, 2, 0, 0)});
        ch.add(new Object[] {0L, "particles/types", 5, 2L, 2, le(1, 65, 0, 66, 0)});
        ch.add(new Object[] {1L, "configuration/step", 4, 1L, 1, le(8, 2000L)});
        ch.add(new Object[] {1L, "configuration/box", 9, 6L, 1, le(4, 10f, 8f, 6f, 0.25f, 0f, 0f)});
        ch.add(new Object[] {1L, "particles/position", 9, 2L, 3, le(4, 1.75f, -2f, 0.25f, -4.5f, 3.5f, 2.75f)});
        Path f = dir.resolve("t.gsd");
        Files.write(f, gsd(ch));
        try (GsdReader r = new GsdReader(f, 0.005)) {
            assertEquals(2, r.frameCount());
            assertEquals(List.of("A", "B"), r.typeNames());
            Frame a = r.next();
            var c = a.config();
            assertEquals(1000, a.step()); assertEquals(5.0, c.time, 1e-12);
            assertEquals(10, c.box.lx(), 0); assertEquals(-5, c.box.xlo(), 0); assertEquals(-4, c.box.ylo(), 0); assertEquals(-3, c.box.zlo(), 0);
            assertEquals(1.5, c.x[0], 0); assertEquals(2.75, c.z[1], 0); assertEquals(1, c.type[0]); assertEquals(-1, c.iz[0]); assertEquals(2, c.ix[1]);
            Frame b = r.next();
            var d = b.config();
            assertEquals(2000, b.step());
            assertEquals(0.25 * 8, d.box.xy(), 0);                       // HOOMD tilt is dimensionless: xy * Ly
            assertEquals(-5 - 0.25 * 8 / 2, d.box.xlo(), 0);
            assertEquals(1.75, d.x[0], 0); assertEquals(1, d.type[0]); assertEquals(1, d.iy[0]);  // from frame 0
            assertEquals(null, r.next());
        }
        byte[] bytes = gsd(ch);
        Files.write(dir.resolve("trunc.gsd"), java.util.Arrays.copyOf(bytes, bytes.length - 40));
        InputException e = assertThrows(InputException.class, () -> new GsdReader(dir.resolve("trunc.gsd")).readAll());
        assertTrue(e.getMessage().contains("trunc.gsd"), e.getMessage());
        Files.write(dir.resolve("not.gsd"), "hello world, this is not a gsd file at all".repeat(10).getBytes());
        e = assertThrows(InputException.class, () -> new GsdReader(dir.resolve("not.gsd")));
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
    }
}
