package glassdyn.cli;

import glassdyn.force.ForceField;
import glassdyn.io.LammpsDataFile;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.potential.StillingerWeber;
import glassdyn.neighbors.NeighborList;
import glassdyn.InputException;
import glassdyn.table.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code forces}: energy, forces and virial pressure tensor of the configuration in a LAMMPS data file. */
@Command(name = "forces", mixinStandardHelpOptions = true,
    description = "Energy, per-particle forces and energies, and the virial pressure tensor of a configuration.")
public final class ForcesCommand implements Runnable {
    @Mixin ModelOptions model;

    @Option(names = "--out", description = "CSV of id,type,fx,fy,fz,pe (types 1-based as in the data file)")
    Path out;

    @Override
    public void run() {
        Object potential = model.anyPotential();
        int threads = model.threadCount();
        LammpsDataFile.Contents contents = model.read();
        Configuration c = contents.configuration();
        Map<String, Object> summary = new LinkedHashMap<>();
        if (potential instanceof StillingerWeber sw) {
            // three-body: its own loop over the engine's full neighbour list; virial w / V as the pressure tensor
            double[] fx = new double[c.n], fy = new double[c.n], fz = new double[c.n], pe = new double[c.n], w = new double[6];
            double energy = sw.compute(c, new NeighborList(sw.cutoff(), 0.0, true), fx, fy, fz, pe, w);
            double v = c.box.volume();
            for (int k = 0; k < 6; k++) w[k] /= v;
            write(c, fx, fy, fz, pe);
            summary.put("energy", energy);
            summary.put("pressure_tensor", w);
        } else if (potential instanceof PairPotential pair) {
            try (ForceField ff = new ForceField(pair, 0.0, threads)) {
                // the forces from the integrator's forces-only call (the SIMD kernel when it is on), then the energy
                // and virial, and the per-particle energies, from the scalar loop
                boolean vector = ff.vectorKernel();
                ff.compute(c);
                double[] fx = ff.fx().clone(), fy = ff.fy().clone(), fz = ff.fz().clone();
                ff.compute(c, true);
                summary.put("energy", ff.energy());
                summary.put("pressure_tensor", ff.virialPressure(c.box));
                summary.put("pair_kernel", vector ? "vector" : "scalar");
                ff.computePerParticle(c);
                write(c, fx, fy, fz, ff.energyPerParticle());
            }
        } else {
            throw InputException.parameter("--potential", "has no force computation", potential);
        }
        summary.put("n", c.n);
        Main.summary(summary);
    }

    /** The per-particle CSV (after the computation succeeded, so bad input leaves no file). */
    private void write(Configuration c, double[] fx, double[] fy, double[] fz, double[] pe) {
        if (out == null) return;
        int[] type1 = new int[c.n];
        for (int i = 0; i < c.n; i++) type1[i] = c.type[i] + 1;
        Table t = Table.create("forces").addColumns(
            IntColumn.create("id", c.id.clone()), IntColumn.create("type", type1),
            DoubleColumn.create("fx", fx.clone()), DoubleColumn.create("fy", fy.clone()),
            DoubleColumn.create("fz", fz.clone()), DoubleColumn.create("pe", pe.clone()));
        Tables.writeCsv(t, out);
    }
}
