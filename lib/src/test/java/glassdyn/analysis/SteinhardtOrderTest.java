package glassdyn.analysis;

import glassdyn.io.PythonTool;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Steinhardt q_l, w_l per particle against scipy's spherical harmonics ({@code scipy.special.sph_harm}) and sympy's
 * Wigner 3j symbols ({@code sympy.physics.wigner.wigner_3j}), computed at test time from the same configuration
 * (Debian python3-scipy and python3-sympy); plus the fcc values q4 = 0.19094,
 * q6 = 0.57452 (Steinhardt et al. 1983, Table I) on a perfect lattice.
 */
class SteinhardtOrderTest {
    @TempDir Path dir;

    @Test
    void againstScipyAndSympy() throws Exception {
        PythonTool.require("python3-scipy", "scipy.special", "numpy");
        PythonTool.require("python3-sympy", "sympy.physics.wigner");
        double l = 5.0, rmax = 1.6;
        Random r = new Random(2);
        int n = 40;
        Configuration c = new Configuration(n, Box.cubic(3, l));
        StringBuilder pos = new StringBuilder();
        for (int i = 0; i < n; i++) {
            c.x[i] = r.nextDouble() * l; c.y[i] = r.nextDouble() * l; c.z[i] = r.nextDouble() * l; c.id[i] = i + 1;
            pos.append(Double.toString(c.x[i])).append(' ').append(c.y[i]).append(' ').append(c.z[i]).append('\n');
        }
        c.mass = new double[] {1};
        java.nio.file.Files.writeString(dir.resolve("pos.txt"), pos);
        String out = PythonTool.run(dir, "steinhardt.py", """
            import numpy as np
            from scipy.special import sph_harm
            from sympy.physics.wigner import wigner_3j
            L, rmax = %s, %s
            p = np.loadtxt('pos.txt')
            N = len(p)
            for i in range(N):
                d = p - p[i]; d -= L * np.rint(d / L)
                r = np.sqrt((d ** 2).sum(1)); sel = (r < rmax) & (r > 0)
                dd = d[sel]; rr = r[sel]
                polar = np.arccos(dd[:, 2] / rr); az = np.arctan2(dd[:, 1], dd[:, 0])
                vals = [int(sel.sum())]
                for l in (4, 6):
                    if sel.sum() == 0: vals += [float('nan'), float('nan')]; continue
                    qlm = {m: sph_harm(m, l, az, polar).mean() for m in range(-l, l + 1)}
                    ql = np.sqrt(4 * np.pi / (2 * l + 1) * sum(abs(v) ** 2 for v in qlm.values()))
                    wl = 0
                    for m1 in range(-l, l + 1):
                        for m2 in range(-l, l + 1):
                            m3 = -m1 - m2
                            if abs(m3) > l: continue
                            wl += float(wigner_3j(l, l, l, m1, m2, m3)) * qlm[m1] * qlm[m2] * qlm[m3]
                    vals += [ql, wl.real]
                print(' '.join(repr(float(v)) for v in vals))
            """.formatted(l, rmax));
        Table t = new SteinhardtOrder(rmax, 4, 6).compute(c);
        String[] lines = out.strip().split("\\R");
        int checked = 0;
        for (int i = 0; i < n; i++) {
            String[] v = lines[i].split(" ");
            assertEquals(Double.parseDouble(v[0]), t.doubleColumn("neighbours").getDouble(i), 0, "neighbours of " + i);
            if (Double.parseDouble(v[0]) == 0) continue;
            assertEquals(Double.parseDouble(v[1]), t.doubleColumn("q4").getDouble(i), 1e-10, "q4 of " + i);
            assertEquals(Double.parseDouble(v[2]), t.doubleColumn("w4").getDouble(i), 1e-10, "w4 of " + i);
            assertEquals(Double.parseDouble(v[3]), t.doubleColumn("q6").getDouble(i), 1e-10, "q6 of " + i);
            assertEquals(Double.parseDouble(v[4]), t.doubleColumn("w6").getDouble(i), 1e-10, "w6 of " + i);
            checked++;
        }
        assertTrue(checked > 20, "particles with neighbours: " + checked);
    }

    @Test
    void fccLattice() {
        int k = 3;
        double a = 1.5;
        Configuration c = new Configuration(4 * k * k * k, Box.cubic(3, k * a));
        double[][] basis = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        int i = 0;
        for (int x = 0; x < k; x++) for (int y = 0; y < k; y++) for (int z = 0; z < k; z++) for (double[] b : basis) {
            c.x[i] = (x + b[0]) * a; c.y[i] = (y + b[1]) * a; c.z[i] = (z + b[2]) * a; c.id[i] = i + 1; i++;
        }
        c.mass = new double[] {1};
        Table t = new SteinhardtOrder(1.2, 4, 6).compute(c);   // 12 nearest neighbours at a / sqrt 2 = 1.06
        assertEquals(12, t.doubleColumn("neighbours").getDouble(0), 0);
        assertEquals(0.19094, t.doubleColumn("q4").getDouble(0), 1e-5);
        assertEquals(0.57452, t.doubleColumn("q6").getDouble(0), 1e-5);
    }
}
