package glassdyn.io;

import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The engine's dump writer and this reader agree: tilted 2D and 3D cells, particles outside the cell, unwrapped positions preserved. */
class DumpWriterReaderRoundTripTest {
    @TempDir Path dir;

    @Test
    void roundTrip() {
        for (int dim = 2; dim <= 3; dim++) {
            Configuration c = new Configuration(50, new Box(dim, -1, 0.5, -2, 7, 6, 5, dim == 2 ? -2.2 : 1.7));
            SplittableRandom r = new SplittableRandom(dim);
            for (int i = 0; i < c.n; i++) {
                c.x[i] = r.nextDouble(-10, 15); c.y[i] = r.nextDouble(-8, 12); c.z[i] = dim == 3 ? r.nextDouble(-6, 9) : 0;
                c.type[i] = r.nextInt(2);
            }
            c.mass = new double[] {1, 1};
            Path f = dir.resolve("d" + dim + ".dump");
            try (LammpsDumpWriter w = new LammpsDumpWriter(f)) { w.write(c, 0); w.write(c, 10); }
            try (LammpsDumpReader rd = new LammpsDumpReader(f)) {
                List<Frame> frames = rd.readAll();
                assertEquals(2, frames.size());
                Frame g = frames.get(1);
                Configuration d = g.config();
                assertEquals(dim, d.dim());
                assertEquals(c.box.xy(), d.box.xy(), 1e-12);
                for (int i = 0; i < c.n; i++) {
                    assertEquals(c.type[i], d.type[i]);
                    assertEquals(c.x[i], d.box.unwrapX(d.x[i], d.ix[i], d.iy[i]), 1e-9);
                    assertEquals(c.y[i], d.box.unwrapY(d.y[i], d.iy[i]), 1e-9);
                    assertEquals(c.z[i], d.box.unwrapZ(d.z[i], d.iz[i]), 1e-9);
                }
            }
        }
    }
}
