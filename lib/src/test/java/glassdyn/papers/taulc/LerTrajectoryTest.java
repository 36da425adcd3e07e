package glassdyn.papers.taulc;

import glassdyn.Scale;
import glassdyn.analysis.ConvectiveClusters;
import glassdyn.analysis.ShearRecord;
import glassdyn.papers.WorkUnit;
import glassdyn.particles.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recorded LER trajectory on the smoke system (N = 200, seconds): frames every 0.1 over the production, the
 * reference configuration is the record's frame at t_r, the stage is stored and reloaded bit-identically without
 * simulating, and the plan lists it and its cessation ensembles after the steady state of the LER rate.
 */
class LerTrajectoryTest {
    @Test
    void recordsStoresAndReloads(@TempDir Path dir) {
        TauLcDuality d = TauLcDuality.of(Scale.SMOKE, dir);
        LerTrajectory t = d.lerTrajectory();
        ShearRecord rec = t.record();
        LerTrajectory.LerPreset p = t.preset();
        assertEquals(Math.round(p.production() / TauLcDuality.SAMPLE) + 1, rec.frames());
        assertEquals(TauLcDuality.SAMPLE, rec.time[1] - rec.time[0], 1e-9);
        assertEquals(d.lerRate(), rec.rate, 0);
        assertEquals(160, rec.bigCount, "the A particles of N = 200");
        int f = t.referenceFrame(0);
        assertEquals(t.referenceTime(0), rec.time[f], 1e-6);
        Configuration c = t.reference(0);
        assertEquals(200, c.n);
        for (int i = 0; i < rec.bigCount; i++) {
            assertEquals(0, c.type[i]);
            assertEquals(rec.x[f][i], c.x[i], 1e-6);
            assertEquals(rec.y[f][i], c.y[i], 1e-6);
        }
        assertEquals(rec.tilt[f], c.box.xy(), 1e-12);
        int simulated = d.simulatedRuns();
        assertTrue(simulated >= 2, "origins, steady state and trajectory simulated: " + simulated);

        TauLcDuality again = TauLcDuality.of(Scale.SMOKE, dir);
        ShearRecord back = again.lerTrajectory().record();
        assertEquals(0, again.simulatedRuns(), "loaded from the store");
        assertArrayEquals(rec.time, back.time);
        for (int k = 0; k < rec.frames(); k += 17) {
            assertArrayEquals(rec.virial[k], back.virial[k]);
            assertArrayEquals(rec.ux[k], back.ux[k]);
        }

        List<WorkUnit> units = d.units();
        WorkUnit traj = units.stream().filter(u -> u.id().equals(LerTrajectory.KEY)).findFirst().orElseThrow();
        assertTrue(traj.dependsOn().contains(SteadyShearStates.key(d.lerRate())), traj.dependsOn().toString());
        for (int k = 0; k < p.references(); k++) {
            String id = "ice-ler-cessation-" + k;
            WorkUnit u = units.stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
            assertTrue(u.dependsOn().contains(LerTrajectory.KEY));
        }
    }

    /**
     * The reference frames go where the most particles are in elastic-stage LERs; frames without LERs fill up at the
     * fixed fractions of the record, inside [3 t_chi, end - t_chi].
     */
    @Test
    void referencesGoWhereElasticLersAre() {
        int frames = 200;
        ShearRecord rec = new ShearRecord(0.1, 0.7, 0.005, 0.1, 50, 1000, new double[] {1, 0.88});
        rec.time = new double[frames];
        for (int k = 0; k < frames; k++) rec.time[k] = 0.1 * k;
        ConvectiveClusters.Result res = new ConvectiveClusters.Result();
        res.tChi = 1.0;   // a window of 10 frames: admissible references 30 .. 189, 40 frames apart
        ConvectiveClusters.Cluster cl = new ConvectiveClusters.Cluster();
        cl.from = 60; cl.to = 130; cl.f0 = 100; cl.f1 = 105; cl.f2 = 110; cl.f3 = 115; cl.sigmaYield = 1;
        cl.members = new int[cl.to - cl.from + 1][];
        for (int f = cl.from; f <= cl.to; f++) cl.members[f - cl.from] = new int[f == 102 ? 30 : f >= 100 && f <= 115 ? 20 : 5];
        res.clusters.add(cl);
        assertArrayEquals(new int[] {102}, LerTrajectory.referenceFrames(rec, res, 1), "the elastic frame with the most LER particles");
        assertArrayEquals(new int[] {66, 102}, LerTrajectory.referenceFrames(rec, res, 2), "the second fills up at 1/3 of the record");
        cl.truncated = true;
        assertArrayEquals(new int[] {100}, LerTrajectory.referenceFrames(rec, res, 1), "no complete LER: the fixed fraction 1/2");
    }
}
