package glassdyn.analysis;

import glassdyn.io.LammpsDumpReader;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 2D checks against LAMMPS ({@code dimension 2}, z = 0 in the dump): g(r) against {@code compute rdf 50 cutoff 2.5}
 * (the 2D shell area normalisation) and the MSD against {@code compute msd}, on a Kob-Andersen-type 2D mixture
 * under a Langevin thermostat.
 */
class Lammps2dCrossCheckIT {
    @TempDir Path dir;

    @Test
    void rdfAndMsdIn2D() throws Exception {
        LammpsRun.run(dir, """
            units lj
            dimension 2
            atom_style atomic
            boundary p p p
            lattice sq 1.1
            region box block 0 20 0 20 -0.5 0.5
            create_box 2 box
            create_atoms 1 box
            set type 1 type/subset 2 130 7
            mass * 1.0
            pair_style lj/cut 2.5
            pair_coeff 1 1 1.0 1.0 2.5
            pair_coeff 1 2 1.5 0.8 2.0
            pair_coeff 2 2 0.5 0.88 2.2
            pair_modify shift yes
            velocity all create 1.5 7 dist gaussian
            timestep 0.005
            fix l all langevin 1.5 1.5 0.5 7
            fix n all nve
            fix e all enforce2d
            run 500
            reset_timestep 0
            compute msd all msd
            compute rdf all rdf 50 cutoff 2.5
            fix m all ave/time 100 1 1000 c_msd[4] file msd.out format " %.17g"
            fix r all ave/time 100 10 1000 c_rdf[*] file rdf.out mode vector format " %.17g"
            dump d all custom 100 d.dump id type x y z ix iy iz
            dump_modify d format float %.17g
            run 1000
            """);
        List<Frame> frames = new ArrayList<>();
        try (Trajectory tr = new LammpsDumpReader(dir.resolve("d.dump"))) { frames = tr.readAll(); }
        assertEquals(2, frames.get(0).config().dim());
        List<double[]> msd = LammpsRun.rows(dir.resolve("msd.out"));
        Table m = new MeanSquareDisplacement().compute(Trajectory.of(frames));
        double ours = m.doubleColumn("msd").get(m.rowCount() - 1), ref = msd.get(msd.size() - 1)[1];
        assertEquals(ref, ours, 1e-6 * ref, "2D msd at the full-span lag");
        Table g = new RadialDistribution(2.5, 50).compute(Trajectory.of(frames.subList(1, frames.size())));
        List<double[]> rdf = LammpsRun.rows(dir.resolve("rdf.out"));
        double worst = 0;
        for (int k = 0; k < 50; k++) {
            double r = rdf.get(1 + k)[2];
            assertEquals(r, g.doubleColumn("g").get(k), 1e-6 * Math.max(r, 1e-3), "2D g at bin " + k);
            if (r > 0) worst = Math.max(worst, Math.abs(g.doubleColumn("g").get(k) / r - 1));
        }
        System.out.printf("2D: msd relative difference %.2e, g(r) worst relative difference %.2e%n", Math.abs(ours / ref - 1), worst);
    }
}
