package glassdyn.io;

import glassdyn.InputException;

import glassdyn.particles.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LAMMPS dump parsing against hand-written dumps whose content is known exactly (LAMMPS Howto triclinic conventions). */
class LammpsDumpReaderTest {
    @TempDir Path dir;

    Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        if (name.endsWith(".gz")) try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) { o.write(text.getBytes(StandardCharsets.US_ASCII)); }
        else Files.writeString(p, text);
        return p;
    }

    static String header(long step, int n, String bounds, String cols) {
        return "ITEM: TIMESTEP\n" + step + "\nITEM: NUMBER OF ATOMS\n" + n + "\n" + bounds + "ITEM: ATOMS " + cols + "\n";
    }

    @Test
    void triclinicBoundingBoxAndScaledCoordinates() throws Exception {
        // xlo=0 xhi=10, xy=-2: bounding box xlo_bound = xlo + min(0,xy) = -2, xhi_bound = xhi + max(0,xy) = 10
        String b = "ITEM: BOX BOUNDS xy xz yz pp pp pp\n-2 10 -2\n0 5 0\n0 4 0\n";
        Path p = write("tri.dump", header(7, 2, b, "id type xs ys zs ix iy iz") + "2 2 0.5 0.5 0.25 1 -1 0\n1 1 0 0 0 0 0 0\n");
        try (LammpsDumpReader r = new LammpsDumpReader(p, 0.01)) {
            Frame f = r.next();
            var c = f.config();
            assertEquals(10, c.box.lx(), 0); assertEquals(5, c.box.ly(), 0); assertEquals(4, c.box.lz(), 0);
            assertEquals(-2, c.box.xy(), 0); assertEquals(0, c.box.xlo(), 0);
            assertEquals(7, f.step()); assertEquals(0.07, c.time, 1e-15);
            assertEquals(1, c.id[0]); assertEquals(2, c.id[1]); assertEquals(1, c.type[1]);
            assertEquals(0.5 * 10 + 0.5 * -2, c.x[1], 1e-14);
            assertEquals(2.5, c.y[1], 1e-14); assertEquals(1.0, c.z[1], 1e-14);
            assertEquals(1, c.ix[1]); assertEquals(-1, c.iy[1]);
            assertTrue(f.hasImages()); assertFalse(f.unwrapped());
            assertEquals(3, c.dim());
            assertEquals(null, r.next());
        }
    }

    @Test
    void anyColumnOrderUnsortedGzipAndTwoFrames() throws Exception {
        String b = "ITEM: BOX BOUNDS pp pp pp\n0 10\n0 10\n0 10\n";
        String text = header(0, 3, b, "vx zu type yu id xu vy") + "0.5 3 1 2 3 1 0\n0 6 2 5 1 4 0\n0 9 1 8 2 7 0\n"
            + header(100, 3, b, "vx zu type yu id xu vy") + "0 16 2 15 1 14 0\n0 9 1 8 2 7 0\n0.5 3 1 2 3 1 0\n";
        try (LammpsDumpReader r = new LammpsDumpReader(write("u.dump.gz", text))) {
            List<Frame> frames = r.readAll();
            assertEquals(2, frames.size());
            var c = frames.get(1).config();
            assertEquals(14, c.x[0], 0); assertEquals(15, c.y[0], 0); assertEquals(16, c.z[0], 0);
            assertEquals(1, c.type[0]); assertEquals(0.5, c.vx[2], 0);
            assertTrue(frames.get(1).unwrapped());
            assertEquals(100, frames.get(1).step());
        }
    }

    @Test
    void twoDimensionalDumps() throws Exception {
        String b = "ITEM: BOX BOUNDS pp pp pp\n0 10\n0 10\n-0.5 0.5\n";
        try (LammpsDumpReader r = new LammpsDumpReader(write("a.dump", header(0, 2, b, "id type x y") + "1 1 1 2\n2 1 3 4\n"))) {
            assertEquals(2, r.next().config().dim());
        }
        try (LammpsDumpReader r = new LammpsDumpReader(write("b.dump", header(0, 2, b, "id type x y z") + "1 1 1 2 0\n2 1 3 4 0\n"))) {
            var c = r.next().config();
            assertEquals(2, c.dim()); assertEquals(100, c.box.volume(), 1e-12);
        }
    }

    String errorOf(Path p) {
        InputException e = assertThrows(InputException.class, () -> { try (LammpsDumpReader r = new LammpsDumpReader(p)) { r.readAll(); } });
        assertFalse(e.getMessage().contains("\n"), "one line");
        return e.getMessage();
    }

    @Test
    void badInputNamesFileLineAndValue() throws Exception {
        String b = "ITEM: BOX BOUNDS pp pp pp\n0 10\n0 10\n0 10\n";
        String good = header(0, 2, b, "id type x y z") + "1 1 1 2 3\n2 1 3 4 5\n";
        String m = errorOf(write("trunc.dump", good + header(5, 2, b, "id type x y z") + "1 1 1 2 3\n"));
        assertTrue(m.contains("trunc.dump:22") && m.contains("truncated"), m);
        m = errorOf(write("nan.dump", header(0, 2, b, "id type x y z") + "1 1 1 2 3\n2 1 3 nan 5\n"));
        assertTrue(m.contains("nan.dump:11") && m.contains("'nan'"), m);
        m = errorOf(write("nocoord.dump", header(0, 2, b, "id type vx vy vz") + "1 1 1 2 3\n2 1 3 4 5\n"));
        assertTrue(m.contains("nocoord.dump:9") && m.contains("no coordinate columns") && m.contains("vx vy vz"), m);
        m = errorOf(write("garbage.dump", header(0, 2, b, "id type x y z") + "1 1 1 2 3\n2 1 3 4x 5\n"));
        assertTrue(m.contains("garbage.dump:11") && m.contains("'4x'"), m);
        m = errorOf(dir.resolve("missing.dump"));
        assertTrue(m.contains("missing.dump") && m.contains("no such file"), m);
        m = errorOf(write("empty.dump", ""));
        assertTrue(m.contains("empty"), m);
    }
}
