package glassdyn.papers.cagejump;

import glassdyn.analysis.ConvectiveClusters;
import glassdyn.analysis.CageJumpDetector;
import glassdyn.analysis.DynamicSusceptibility;
import glassdyn.analysis.PositionHistory;
import glassdyn.papers.StageStore;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The streamed inputs of the cluster analysis (chi_4 one frame at a time, cage jumps particle by particle, the record
 * saved and loaded field by field) give exactly what the stored per-frame copies gave.
 */
class StreamingRecordTest {
    /** Caged particles (Gaussian rattling around a centre) that hop by 0.6 d_b at random times; 300 frames. */
    static ShearedYukawaRun.Record run(int nb, int frames, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        ShearedYukawaRun.Record rec = new ShearedYukawaRun.Record(3, 0.45, 1e-4, 0.005, nb, 1000);
        rec.box = Box.cubic(3, 10);
        rec.time = new double[frames]; rec.tilt = new double[frames];
        rec.ux = new float[frames][nb]; rec.uy = new float[frames][nb]; rec.uz = new float[frames][nb];
        rec.x = new float[frames][nb]; rec.y = new float[frames][nb]; rec.z = new float[frames][nb]; rec.virial = new float[frames][nb];
        rec.sx = new float[frames][2]; rec.sy = new float[frames][2]; rec.sz = new float[frames][2];
        rec.stressTime = new double[] {0.1, 0.2}; rec.stress = new double[] {1.5, 1.7};
        double[] cx = new double[nb], cy = new double[nb], cz = new double[nb];
        for (int k = 0; k < frames; k++) {
            rec.time[k] = 0.005 * k; rec.tilt[k] = 0.01 * k;
            for (int i = 0; i < nb; i++) {
                if (r.nextDouble() < 0.004) { cx[i] += 0.6; cy[i] -= 0.3; }
                rec.ux[k][i] = (float) (cx[i] + 0.05 * r.nextGaussian()); rec.uy[k][i] = (float) (cy[i] + 0.05 * r.nextGaussian());
                rec.uz[k][i] = (float) (cz[i] + 0.05 * r.nextGaussian());
                rec.x[k][i] = (float) (10 * r.nextDouble()); rec.y[k][i] = (float) (10 * r.nextDouble()); rec.z[k][i] = (float) (10 * r.nextDouble());
                rec.virial[k][i] = (float) r.nextGaussian();
            }
            for (int q = 0; q < 2; q++) { rec.sx[k][q] = (float) r.nextDouble(); rec.sy[k][q] = (float) r.nextDouble(); rec.sz[k][q] = (float) r.nextDouble(); }
        }
        return rec;
    }

    /** The list of per-frame copies the analysis built before (kept here as the reference). */
    static List<Frame> storedFrames(ShearedYukawaRun.Record rec) {
        List<Frame> list = new ArrayList<>();
        for (int k = 0; k < rec.frames(); k++) {
            Configuration c = new Configuration(rec.bigCount, Box.cubic(3, 1e6));
            c.mass = new double[] {1};
            for (int i = 0; i < rec.bigCount; i++) { c.x[i] = rec.ux[k][i]; c.y[i] = rec.uy[k][i]; c.z[i] = rec.uz[k][i]; c.id[i] = i + 1; }
            c.time = rec.time[k];
            list.add(new Frame(k, c, true, false));
        }
        return list;
    }

    @Test
    void streamedChi4EqualsTheStoredOne() {
        ShearedYukawaRun.Record rec = run(200, 300, 1);
        Table stored = new DynamicSusceptibility(ConvectiveClusters.OVERLAP_LENGTH).maxOrigins(ConvectiveClusters.CHI4_ORIGINS)
            .compute(Trajectory.of(storedFrames(rec)));
        Table streamed = new DynamicSusceptibility(ConvectiveClusters.OVERLAP_LENGTH).maxOrigins(ConvectiveClusters.CHI4_ORIGINS)
            .compute(ConvectiveClusters.nonAffineFrames(rec));
        assertTrue(stored.rowCount() > 10);
        for (String c : new String[] {"t", "Q", "chi4", "pairs"})
            assertArrayEquals(stored.doubleColumn(c).asDoubleArray(), streamed.doubleColumn(c).asDoubleArray(), 0, c);
        assertTrue(stored.doubleColumn("chi4").max() > 0);
    }

    @Test
    void streamedCageJumpsEqualTheStoredHistorys() {
        ShearedYukawaRun.Record rec = run(200, 300, 2);
        int frames = rec.frames();
        double[][] ux = new double[frames][], uy = new double[frames][], uz = new double[frames][];
        for (int k = 0; k < frames; k++) {
            ux[k] = new double[rec.bigCount]; uy[k] = new double[rec.bigCount]; uz[k] = new double[rec.bigCount];
            for (int i = 0; i < rec.bigCount; i++) { ux[k][i] = rec.ux[k][i]; uy[k][i] = rec.uy[k][i]; uz[k][i] = rec.uz[k][i]; }
        }
        Table jt = new CageJumpDetector(ConvectiveClusters.P_THRESHOLD).minJump(ConvectiveClusters.CAGE_SIZE)
            .compute(PositionHistory.of(rec.time, rec.box, new int[rec.bigCount], ux, uy, uz));
        double[][] rows = ConvectiveClusters.cageJumps(rec);
        assertEquals(jt.rowCount(), rows.length);
        assertTrue(rows.length > 50, "jumps " + rows.length);
        for (int q = 0; q < rows.length; q++) {
            int i = jt.intColumn("id").getInt(q) - 1, f = jt.intColumn("frame").getInt(q);
            assertArrayEquals(new double[] {f, i, jt.doubleColumn("dx").getDouble(q), jt.doubleColumn("dy").getDouble(q),
                jt.doubleColumn("dz").getDouble(q), rec.x[f][i], rec.y[f][i], rec.z[f][i]}, rows[q], 0);
        }
    }

    @Test
    void recordSavedFieldByFieldReadsBackBothWays(@TempDir Path dir) {
        ShearedYukawaRun.Record rec = run(50, 40, 3);
        StageStore store = new StageStore(dir);
        rec.save(store, "r.record", "p");
        assertNull(ShearedYukawaRun.Record.load(store, "r.record", "other"));
        ShearedYukawaRun.Record a = ShearedYukawaRun.Record.load(store, "r.record", "p");
        ShearedYukawaRun.Record b = ShearedYukawaRun.Record.of(store.load("r.record", "p"));
        // a record written the old way (the whole stage in memory) reads back with the streamed loader
        store.save("old.record", "p", rec.toStage());
        ShearedYukawaRun.Record c = ShearedYukawaRun.Record.load(new StageStore(dir), "old.record", "p");
        for (ShearedYukawaRun.Record x : new ShearedYukawaRun.Record[] {a, b, c}) same(rec, x);
    }

    private static void same(ShearedYukawaRun.Record e, ShearedYukawaRun.Record a) {
        assertArrayEquals(e.time, a.time, 0); assertArrayEquals(e.tilt, a.tilt, 0); assertArrayEquals(e.stress, a.stress, 0);
        assertEquals(e.rate, a.rate); assertEquals(e.bigCount, a.bigCount); assertEquals(e.box.xy(), a.box.xy());
        float[][][] fe = {e.ux, e.uy, e.uz, e.x, e.y, e.z, e.virial, e.sx, e.sy, e.sz}, fa = {a.ux, a.uy, a.uz, a.x, a.y, a.z, a.virial, a.sx, a.sy, a.sz};
        for (int q = 0; q < fe.length; q++) for (int k = 0; k < fe[q].length; k++) assertArrayEquals(fe[q][k], fa[q][k], 0);
    }
}
