package glassdyn.io;

import glassdyn.InputException;

import glassdyn.particles.Configuration;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class LammpsDataFileTest {
    @TempDir Path dir;

    static final String GOOD = """
        LAMMPS data file

        3 atoms
        2 atom types

        0 4 xlo xhi
        -1 3 ylo yhi
        0 5 zlo zhi
        1.5 0 0 xy xz yz

        Masses

        1 1.0
        2 2.5

        Atoms # atomic

        3 2 0.5 0.5 0.5 0 1 0
        1 1 1.25 2.0 3.0
        2 1 3.5 -0.5 4.5 -1 0 2

        Velocities

        1 0.1 0.2 0.3
        3 -1 -2 -3
        2 0 0 1e-3
        """;

    @Test void readsTriclinicWithVelocitiesInIdOrder() throws Exception {
        Path f = dir.resolve("a.data");
        Files.writeString(f, GOOD);
        LammpsDataFile.Contents k = LammpsDataFile.readContents(f, 3);
        Configuration c = k.configuration();
        assertTrue(k.hasVelocities());
        assertEquals(3, c.n);
        assertArrayEquals(new int[] {1, 2, 3}, c.id);
        assertArrayEquals(new int[] {0, 0, 1}, c.type);
        assertArrayEquals(new double[] {1.0, 2.5}, c.mass);
        assertEquals(1.5, c.box.xy());
        assertEquals(4, c.box.lx()); assertEquals(4, c.box.ly()); assertEquals(-1, c.box.ylo());
        assertArrayEquals(new double[] {1.25, 3.5, 0.5}, c.x);
        assertArrayEquals(new int[] {0, -1, 0}, c.ix);
        assertArrayEquals(new int[] {0, 2, 0}, c.iz);
        assertArrayEquals(new double[] {0.3, 1e-3, -3}, c.vz);
    }

    @Test void writeThenReadIsExact() throws Exception {
        Configuration c = new Configuration(4, new Box(2, 0.1, 0.2, 0, 3.3, 4.4, 1, -0.7));
        c.mass = new double[] {1, 0.5};
        for (int i = 0; i < 4; i++) {
            c.x[i] = Math.PI * i / 7; c.y[i] = Math.E * i / 5; c.vx[i] = 1.0 / (i + 3); c.vy[i] = -i * 0.1;
            c.type[i] = i % 2; c.id[i] = 10 + i;
        }
        Path f = dir.resolve("b.data");
        LammpsDataFile.write(f, c, true, "test");
        Configuration r = LammpsDataFile.read(f, 2);
        assertArrayEquals(c.x, r.x); assertArrayEquals(c.y, r.y); assertArrayEquals(c.vx, r.vx); assertArrayEquals(c.vy, r.vy);
        assertArrayEquals(c.type, r.type); assertArrayEquals(c.id, r.id); assertArrayEquals(c.mass, r.mass);
        assertEquals(c.box.xy(), r.box.xy()); assertEquals(c.box.lx(), r.box.lx()); assertEquals(c.box.ylo(), r.box.ylo());
    }

    private void assertBad(String content, int dim, int line, String value) throws Exception {
        Path f = dir.resolve("bad.data");
        Files.writeString(f, content);
        InputException e = assertThrows(InputException.class, () -> LammpsDataFile.read(f, dim));
        assertTrue(e.getMessage().startsWith(f + ":" + line + ":"), e.getMessage());
        if (value != null) assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test void malformedLinesNameFileLineAndValue() throws Exception {
        assertBad(GOOD.replace("1 1 1.25 2.0 3.0", "1 1 1.2x5 2.0 3.0"), 3, 19, "1.2x5");
        assertBad(GOOD.replace("3 2 0.5 0.5 0.5 0 1 0", "3 7 0.5 0.5 0.5 0 1 0"), 3, 18, "7");
        assertBad(GOOD.replace("2 2.5", "2 -2.5"), 3, 14, "-2.5");
        assertBad(GOOD.replace("3 atoms", "three atoms"), 3, 3, "three");
        assertBad(GOOD.replace("1 1 1.25 2.0 3.0", "1 1 1.25 2.0"), 3, 19, "1 1 1.25 2.0");
        assertBad(GOOD.replace("1.5 0 0 xy xz yz", "1.5 0.2 0 xy xz yz"), 2, 9, null);   // 2D: no xz/yz tilt (3D reads it)
        assertBad(GOOD.replace("2 0 0 1e-3", "2 0 0 nan"), 3, 26, "nan");
        // 2D needs z = 0
        assertBad(GOOD, 2, 18, "0.5");
        // truncated Atoms section
        assertBad(GOOD.substring(0, GOOD.indexOf("2 1 3.5")), 3, 19, null);
    }
}
