package glassdyn.cli;

import glassdyn.dynamics.ForceField;
import glassdyn.io.LammpsDataFile;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
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
        PairPotential potential = model.pairPotential();
        int threads = model.threadCount();
        LammpsDataFile.Contents contents = model.read();
        Configuration c = contents.configuration();
        Map<String, Object> summary = new LinkedHashMap<>();
        try (ForceField ff = new ForceField(potential, 0.0, threads)) {
            ff.computePerParticle(c);
            if (out != null) {
                int[] type1 = new int[c.n];
                for (int i = 0; i < c.n; i++) type1[i] = c.type[i] + 1;
                Table t = Table.create("forces").addColumns(
                    IntColumn.create("id", c.id.clone()), IntColumn.create("type", type1),
                    DoubleColumn.create("fx", ff.fx()), DoubleColumn.create("fy", ff.fy()),
                    DoubleColumn.create("fz", ff.fz()), DoubleColumn.create("pe", ff.energyPerParticle()));
                Tables.writeCsv(t, out);
            }
            summary.put("energy", ff.energy());
            summary.put("pressure_tensor", ff.virialPressure(c.box));
            summary.put("n", c.n);
        }
        Main.summary(summary);
    }
}
