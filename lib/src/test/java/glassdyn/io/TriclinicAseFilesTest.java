package glassdyn.io;

import glassdyn.InputException;
import glassdyn.analysis.MeanSquareDisplacement;
import glassdyn.analysis.RadialDistribution;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.space.Box;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * General triclinic cells and ASE's extended XYZ, with files written at test time by the real tools (python3-ase,
 * numpy) and references computed by numpy in the same script: an extended XYZ written by {@code ase.io.write}
 * with a tilted cell in an arbitrary orientation (rotated to LAMMPS form on reading), a LAMMPS dump with xy, xz and
 * yz tilts and image flags written from the LAMMPS documentation's bounding-box rule, and ASE's 2D convention
 * ({@code pbc="T T F"}, third cell vector zero). g(r) references take the minimum over the nearest images; MSD
 * references come from the unwrapped positions the script moved. Files written by {@link XyzWriter} are read back
 * by {@code ase.io.read}.
 */
class TriclinicAseFilesTest {
    @TempDir static Path dir;
    static Map<String, double[]> ref;

    static final String SCRIPT = """
        import numpy as np, ase, ase.io
        from ase import Atoms
        out = []
        def put(key, values): out.append(key + ' ' + ' '.join(repr(float(v)) for v in np.ravel(values)))
        rng = np.random.default_rng(11)
        def gr(frames, cell, rmax, bins, dim):
            a = np.array(cell)[:dim, :dim]
            rng_ = (-1, 0, 1)
            sh = np.array([[i, j, k] for i in rng_ for j in rng_ for k in (rng_ if dim == 3 else (0,))], dtype=float)[:, :dim] @ a
            V = abs(np.linalg.det(a)); N = frames[0].shape[0]; delr = rmax / bins; g = np.zeros(bins)
            for p in frames:
                p = p[:, :dim]
                d = p[None, :, :] - p[:, None, :]
                r = np.sqrt(((d[:, :, None, :] + sh[None, None, :, :]) ** 2).sum(-1)).min(-1)[np.triu_indices(N, 1)]
                b = (r * (1.0 / delr)).astype(int)
                h = np.bincount(b[b < bins], minlength=bins) * 2
                rlo = np.arange(bins) * delr; rhi = rlo + delr
                vf = 4 * np.pi / (3 * V) * (rhi ** 3 - rlo ** 3) if dim == 3 else np.pi / V * (rhi ** 2 - rlo ** 2)
                g += h / (vf * (N - 1) * N)
            return g / len(frames)
        def widths(a):
            V = abs(np.linalg.det(a))
            return V / np.array([np.linalg.norm(np.cross(a[1], a[2])), np.linalg.norm(np.cross(a[2], a[0])), np.linalg.norm(np.cross(a[0], a[1]))])
        # --- 3D: LAMMPS-form cell, unwrapped walk, then an arbitrary rotation for the extxyz file
        N = 48
        lx, ly, lz, xy, xz, yz = 6.0, 6.5, 7.0, 1.1, -0.9, 0.7
        H = np.array([[lx, 0, 0], [xy, ly, 0], [xz, yz, lz]])          # rows a, b, c
        s = rng.random((N, 3))
        un = [s @ H]
        for k in range(2): un.append(un[-1] + 0.3 * (rng.random((N, 3)) - 0.5))
        th = 0.7; ph = 0.4
        Rz = np.array([[np.cos(th), -np.sin(th), 0], [np.sin(th), np.cos(th), 0], [0, 0, 1]])
        Rx = np.array([[1, 0, 0], [0, np.cos(ph), -np.sin(ph)], [0, np.sin(ph), np.cos(ph)]])
        R = Rx @ Rz
        frames = []
        for k, u in enumerate(un):
            a = Atoms(['Ar'] * 30 + ['Ne'] * 18, positions=u @ R.T, cell=H @ R.T, pbc=True)
            a.wrap()
            a.arrays['extra'] = rng.random((N, 2))
            frames.append(a)
        ase.io.write('rotated.extxyz', frames, format='extxyz')
        rmax = 0.45 * widths(H).min(); bins = 20
        put('g3', gr([f.positions for f in frames], H @ R.T, rmax, bins, 3)); put('rdf3', [rmax, bins])
        u = np.array(un)
        put('msd3', [(((u[1] - u[0]) ** 2).sum(-1).mean() + ((u[2] - u[1]) ** 2).sum(-1).mean()) / 2, ((u[2] - u[0]) ** 2).sum(-1).mean()])
        put('cell3', [lx, ly, lz, xy, xz, yz])
        # --- the same walk as a LAMMPS dump with xy xz yz tilts and image flags (LAMMPS form, origin (1,2,3))
        lo = np.array([1.0, 2.0, 3.0])
        with open('tilted.dump', 'w') as f:
            for k, un_k in enumerate(un):
                frac = un_k @ np.linalg.inv(H)
                img = np.floor(frac).astype(int)
                w = (frac - img) @ H + lo
                xlb = lo[0] + min(0, xy, xz, xy + xz); xhb = lo[0] + lx + max(0, xy, xz, xy + xz)
                ylb = lo[1] + min(0, yz); yhb = lo[1] + ly + max(0, yz)
                f.write('ITEM: TIMESTEP\\n%d\\nITEM: NUMBER OF ATOMS\\n%d\\nITEM: BOX BOUNDS xy xz yz pp pp pp\\n' % (100 * k, N))
                f.write('%r %r %r\\n%r %r %r\\n%r %r %r\\n' % (xlb, xhb, xy, ylb, yhb, xz, lo[2], lo[2] + lz, yz))
                f.write('ITEM: ATOMS id type x y z ix iy iz\\n')
                for i in range(N):
                    f.write('%d %d %r %r %r %d %d %d\\n' % (i + 1, 1 + (i >= 30), w[i, 0], w[i, 1], w[i, 2], img[i, 0], img[i, 1], img[i, 2]))
        put('gdump', gr([un_k + lo for un_k in un], H, rmax, bins, 3))
        # --- LAMMPS general triclinic dump (dump_modify triclinic/general yes): rotated cell vectors and origin
        G = H @ R.T; org = np.array([-1.0, 0.5, 2.0])
        with open('general.dump', 'w') as f:
            for k, fr in enumerate(frames):
                f.write('ITEM: TIMESTEP\\n%d\\nITEM: NUMBER OF ATOMS\\n%d\\nITEM: BOX BOUNDS abc origin pp pp pp\\n' % (100 * k, N))
                for d in range(3): f.write('%r %r %r %r\\n' % (G[d, 0], G[d, 1], G[d, 2], org[d]))
                f.write('ITEM: ATOMS id type x y z\\n')
                for i in range(N): f.write('%d 1 %r %r %r\\n' % (i + 1, *(fr.positions[i] + org)))
        # --- ASE 2D: pbc T T F, third vector zero, z = 0
        C2 = np.array([[5.0, 0, 0], [1.2, 4.5, 0], [0, 0, 0]])
        s2 = rng.random((30, 2))
        u2 = [np.c_[s2 @ C2[:2, :2], np.zeros(30)]]
        u2.append(u2[0] + np.c_[0.2 * (rng.random((30, 2)) - 0.5), np.zeros(30)])
        f2 = []
        for u_ in u2:
            a = Atoms('Cu30', positions=u_, cell=C2, pbc=[True, True, False]); a.wrap(); f2.append(a)
        ase.io.write('flat.extxyz', f2, format='extxyz')
        r2 = 0.45 * min(4.5, 5.0 * 4.5 / np.hypot(4.5, 1.2))
        put('g2', gr([f.positions for f in f2], C2[:2, :2], r2, 10, 2)); put('rdf2', [r2, 10])
        put('msd2', [((u2[1] - u2[0]) ** 2).sum(-1).mean()])
        print('\\n'.join(out))
        """;

    @BeforeAll
    static void write() throws Exception {
        PythonTool.require("python3-ase", "ase.io", "numpy");
        ref = new HashMap<>();
        for (String line : PythonTool.run(dir, "write_ase.py", SCRIPT).split("\\R")) {
            String[] t = line.strip().split("\\s+");
            double[] v = new double[t.length - 1];
            for (int k = 1; k < t.length; k++) v[k - 1] = Double.parseDouble(t[k]);
            ref.put(t[0], v);
        }
    }

    static void assertClose(double[] expected, double[] actual, double rel, String what) {
        assertEquals(expected.length, actual.length, what);
        double sum = 0;
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], rel * Math.max(1, Math.abs(expected[k])), what + " [" + k + "]");
            sum += expected[k];
        }
        assertTrue(sum > 0, what + " is not all zero");
    }

    static double[] rdf(Path f, double[] spec) {
        try (Trajectory t = TrajectoryFiles.open(f, 1)) { return new RadialDistribution(spec[0], (int) spec[1]).threads(1).compute(t).doubleColumn("g").asDoubleArray(); }
    }

    static double[] msd(Path f) {
        Table m;
        try (Trajectory t = TrajectoryFiles.open(f, 1)) { m = new MeanSquareDisplacement().compute(t); }
        return m.doubleColumn("msd").asDoubleArray();
    }

    @Test
    void aseExtxyzInAnyOrientationIsRotatedToLammpsForm() {
        double[] cell = ref.get("cell3");
        try (Trajectory t = TrajectoryFiles.open(dir.resolve("rotated.extxyz"), 1)) {
            Box b = t.next().config().box;
            assertEquals(3, b.dim());
            assertEquals(cell[0], b.lx(), 1e-12); assertEquals(cell[1], b.ly(), 1e-12); assertEquals(cell[2], b.lz(), 1e-12);
            assertEquals(cell[3], b.xy(), 1e-12); assertEquals(cell[4], b.xz(), 1e-12); assertEquals(cell[5], b.yz(), 1e-12);
        }
        assertClose(ref.get("g3"), rdf(dir.resolve("rotated.extxyz"), ref.get("rdf3")), 1e-10, "g(r) of the rotated extxyz");
        // ASE writes positions with 8 decimals (%16.8f): displacements of ~0.15 carry 1e-8 each, the MSD ~1e-7 relative
        assertClose(ref.get("msd3"), msd(dir.resolve("rotated.extxyz")), 1e-6, "MSD of the rotated extxyz (minimum-image tracking)");
    }

    @Test
    void lammpsGeneralTriclinicDump() {
        double[] cell = ref.get("cell3");
        try (Trajectory t = TrajectoryFiles.open(dir.resolve("general.dump"), 1)) {
            Box b = t.next().config().box;
            assertEquals(cell[4], b.xz(), 1e-12); assertEquals(cell[5], b.yz(), 1e-12);
        }
        assertClose(ref.get("g3"), rdf(dir.resolve("general.dump"), ref.get("rdf3")), 1e-10, "g(r) of the abc-origin dump");
        assertClose(ref.get("msd3"), msd(dir.resolve("general.dump")), 1e-6, "MSD of the abc-origin dump (ASE's 8 decimals upstream)");
    }

    @Test
    void lammpsDumpWithXzYzTiltsAndImages() {
        assertClose(ref.get("gdump"), rdf(dir.resolve("tilted.dump"), ref.get("rdf3")), 1e-10, "g(r) of the tilted dump");
        assertClose(ref.get("msd3"), msd(dir.resolve("tilted.dump")), 1e-10, "MSD of the tilted dump (image flags)");
    }

    @Test
    void aseTwoDimensionalFiles() {
        try (Trajectory t = TrajectoryFiles.open(dir.resolve("flat.extxyz"), 1)) { assertEquals(2, t.next().config().dim()); }
        assertClose(ref.get("g2"), rdf(dir.resolve("flat.extxyz"), ref.get("rdf2")), 1e-10, "2D g(r)");
        assertClose(ref.get("msd2"), msd(dir.resolve("flat.extxyz")), 1e-6, "2D MSD (ASE's 8 decimals)");
    }

    @Test
    void aseReadsWhatXyzWriterWrites() throws Exception {
        Configuration c = new Configuration(3, new Box(3, 0, 0, 0, 4, 5, 6, 0.5, -0.25, 0.75));
        double[][] p = {{0.5, 1, 1.5}, {2, 2.5, 3}, {3.5, 4, 5.5}};
        for (int i = 0; i < 3; i++) { c.x[i] = p[i][0]; c.y[i] = p[i][1]; c.z[i] = p[i][2]; c.type[i] = i % 2; c.id[i] = i + 1; }
        Configuration d = new Configuration(2, new Box(2, 0, 0, 0, 4, 5, 1, 0.5));
        d.x[0] = 1; d.y[0] = 2; d.x[1] = 3; d.y[1] = 4; d.type[1] = 2; d.id[0] = 1; d.id[1] = 2;
        try (XyzWriter w = new XyzWriter(dir.resolve("ours3.extxyz"), true)) { w.write(new Frame(0, c, false, true)); }
        try (XyzWriter w = new XyzWriter(dir.resolve("ours2.extxyz"), false)) { w.write(new Frame(0, d, false, true)); }
        String out = PythonTool.run(dir, "read_ours.py", """
            import ase.io
            for f in ('ours3.extxyz', 'ours2.extxyz'):
                a = ase.io.read(f)
                print(f, ''.join(a.get_chemical_symbols()), ' '.join('T' if x else 'F' for x in a.pbc),
                      ' '.join(repr(float(v)) for v in a.cell.array.ravel()), ' '.join(repr(float(v)) for v in a.positions.ravel()))
            """);
        String[] l = out.strip().split("\\R");
        assertTrue(l[0].startsWith("ours3.extxyz HHeH T T T 4.0 0.0 0.0 0.5 5.0 0.0 -0.25 0.75 6.0 0.5 1.0 1.5 2.0 2.5 3.0 3.5 4.0 5.5"), l[0]);
        assertTrue(l[1].startsWith("ours2.extxyz HLi T T F 4.0 0.0 0.0 0.5 5.0 0.0 0.0 0.0 0.0 1.0 2.0 0.0 3.0 4.0 0.0"), l[1]);
        // and glassdyn reads its own file back with the general tilt
        try (Trajectory t = TrajectoryFiles.open(dir.resolve("ours3.extxyz"), 1)) {
            Box b = t.next().config().box;
            assertEquals(-0.25, b.xz(), 0); assertEquals(0.75, b.yz(), 0);
        }
    }

    @Test
    void slabsAndBadPbcAreRefusedInOneLine() throws Exception {
        Path slab = dir.resolve("slab.extxyz");
        Files.writeString(slab, "1\nLattice=\"5 0 0 0 5 0 0 0 8\" Properties=species:S:1:pos:R:3 pbc=\"T T F\"\nAr 1 1 1\n");
        InputException e = assertThrows(InputException.class, () -> { try (Trajectory t = TrajectoryFiles.open(slab, 1)) { t.next(); } });
        assertTrue(e.getMessage().contains("slab.extxyz:2") && e.getMessage().contains("slab") && !e.getMessage().contains("\n"), e.getMessage());
        Path lifted = dir.resolve("lifted.extxyz");
        Files.writeString(lifted, "1\nLattice=\"5 0 0 0 5 0 0 0 0\" Properties=species:S:1:pos:R:3 pbc=\"T T F\"\nAr 1 1 0.5\n");
        e = assertThrows(InputException.class, () -> { try (Trajectory t = TrajectoryFiles.open(lifted, 1)) { t.next(); } });
        assertTrue(e.getMessage().contains("lifted.extxyz:3") && e.getMessage().contains("'0.5'"), e.getMessage());
    }
}
