package glassdyn.cli;

import glassdyn.dynamics.Checkpoint;
import glassdyn.force.ForceField;
import glassdyn.dynamics.Integrator;
import glassdyn.dynamics.Kinetic;
import glassdyn.dynamics.Langevin;
import glassdyn.dynamics.MolecularDynamics;
import glassdyn.dynamics.NoseHooverChain;
import glassdyn.dynamics.SllodIntegrator;
import glassdyn.dynamics.VelocityVerlet;
import glassdyn.InputException;
import glassdyn.io.LammpsDataFile;
import glassdyn.io.LammpsDumpWriter;
import glassdyn.particles.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code md}: molecular dynamics from a LAMMPS data file. */
@Command(name = "md", mixinStandardHelpOptions = true,
    description = "Molecular dynamics (NVE, Nose-Hoover NVT or Langevin; with --shear-rate, SLLOD under Lees-Edwards "
        + "shear with Nose-Hoover on the peculiar velocities) from the configuration in a LAMMPS data file.")
public final class MdCommand implements Runnable {
    enum Thermostat { none, nve, nose_hoover, langevin }

    /** Steps between spatial sorts of the particles (LAMMPS's atom_modify sort default); output is keyed by id. */
    static final long SORT_STEPS = 1000;

    @Mixin ModelOptions model;

    @Option(names = "--temperature", required = true, description = "temperature (thermostat target; initial velocities when the file has none)")
    double temperature;

    @Option(names = "--dt", required = true, description = "time step in the model's time unit")
    double dt;

    @Option(names = "--steps", required = true, description = "number of steps")
    long steps;

    @Option(names = "--thermostat", defaultValue = "none",
        converter = ThermostatConverter.class, description = "none (NVE), nose-hoover or langevin (default ${DEFAULT-VALUE})")
    Thermostat thermostat;

    @Option(names = "--tdamp", description = "thermostat relaxation time (Nose-Hoover Tdamp, Langevin damp); default 100 dt")
    Double tdamp;

    @Option(names = "--shear-rate", defaultValue = "0",
        description = "shear rate gamma-dot (flow x, gradient y): SLLOD + Lees-Edwards, like LAMMPS fix nvt/sllod with fix deform "
            + "xy erate; needs --thermostat nose-hoover; temperature and pressure are then peculiar (default ${DEFAULT-VALUE})")
    double shearRate;

    @Option(names = "--skin", defaultValue = "0.3", description = "neighbour-list skin (default ${DEFAULT-VALUE})")
    double skin;

    @Option(names = "--seed", defaultValue = "1", description = "seed for initial velocities and Langevin noise (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--dump", description = "LAMMPS text dump of positions (id type x y z ix iy iz)")
    Path dump;

    @Option(names = "--every", defaultValue = "100", description = "dump interval in steps (default ${DEFAULT-VALUE})")
    long every;

    @Option(names = "--thermo", defaultValue = "100", description = "steps between samples of temperature and pressure (default ${DEFAULT-VALUE})")
    long thermo;

    @Option(names = "--out", description = "final configuration as a LAMMPS data file with velocities")
    Path out;

    @Option(names = "--checkpoint", description = "checkpoint file, rewritten every --checkpoint-every steps and at the end")
    Path checkpoint;

    @Option(names = "--checkpoint-every", defaultValue = "10000", description = "steps between checkpoints (default ${DEFAULT-VALUE})")
    long checkpointEvery;

    @Option(names = "--resume", description = "continue from --checkpoint (bit-identical to an uninterrupted run) up to --steps in total")
    boolean resume;

    /** Accepts {@code nose-hoover} as well as {@code nose_hoover}. */
    static final class ThermostatConverter implements picocli.CommandLine.ITypeConverter<Thermostat> {
        @Override
        public Thermostat convert(String s) {
            try {
                return Thermostat.valueOf(s.toLowerCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("unknown thermostat '" + s + "' (none, nose-hoover, langevin)");
            }
        }
    }

    @Override
    public void run() {
        int threads = model.threadCount();
        if (!(temperature >= 0) || !Double.isFinite(temperature)) throw InputException.parameter("--temperature", "must be non-negative", temperature);
        if (!(dt > 0) || !Double.isFinite(dt)) throw InputException.parameter("--dt", "must be positive", dt);
        if (steps < 1) throw InputException.parameter("--steps", "must be at least 1", steps);
        if (!(skin >= 0) || !Double.isFinite(skin)) throw InputException.parameter("--skin", "must be non-negative", skin);
        if (every < 1) throw InputException.parameter("--every", "must be at least 1", every);
        if (thermo < 1) throw InputException.parameter("--thermo", "must be at least 1", thermo);
        if (checkpointEvery < 1) throw InputException.parameter("--checkpoint-every", "must be at least 1", checkpointEvery);
        double damp = tdamp == null ? 100 * dt : tdamp;
        if (!(damp > 0) || !Double.isFinite(damp)) throw InputException.parameter("--tdamp", "must be positive", damp);
        if ((thermostat == Thermostat.nose_hoover || thermostat == Thermostat.langevin) && !(temperature > 0))
            throw InputException.parameter("--temperature", "a thermostat needs a positive temperature", temperature);
        if (!Double.isFinite(shearRate)) throw InputException.parameter("--shear-rate", "must be finite", shearRate);
        boolean sheared = shearRate != 0;
        if (sheared && thermostat != Thermostat.nose_hoover)
            throw InputException.parameter("--shear-rate", "SLLOD shear needs --thermostat nose-hoover (the thermostat acts on peculiar velocities)", thermostat);
        if (resume && checkpoint == null) throw InputException.parameter("--resume", "needs --checkpoint FILE", "");

        Checkpoint.State state = null;
        Configuration c;
        boolean drawn = false;
        if (resume && Files.exists(checkpoint)) {
            state = Checkpoint.read(checkpoint);
            c = state.configuration();
        } else {
            LammpsDataFile.Contents contents = model.read();
            c = contents.configuration();
            drawn = !contents.hasVelocities();
            if (drawn) Kinetic.drawVelocities(c, temperature, seed);
        }
        if (c.n == 0) throw InputException.at(model.data, 0, "no atoms", "0");

        Map<String, Object> summary = new LinkedHashMap<>();
        try (ForceField ff = model.forceField(skin, threads)) {
            SllodIntegrator sllod = sheared ? new SllodIntegrator(ff, dt, shearRate, temperature, damp) : null;
            // velocities drawn at T are peculiar: add the streaming profile (LAMMPS velocity ramp) when sheared
            if (sllod != null && drawn) sllod.addStreamingProfile(c);
            Integrator integ = sllod != null ? sllod : switch (thermostat) {
                case none, nve -> new VelocityVerlet(ff, dt);
                case nose_hoover -> new NoseHooverChain(ff, dt, temperature, damp);
                case langevin -> new Langevin(ff, dt, temperature, damp, seed + 1);
            };
            MolecularDynamics md = state != null ? MolecularDynamics.resume(state, integ) : new MolecularDynamics(c, integ);
            long first = md.step();
            double[] sums = new double[7];
            long[] samples = {0};
            LammpsDumpWriter dumpWriter = dump == null ? null : new LammpsDumpWriter(dump);
            try {
                md.sampleEvery(thermo * dt, (conf, step, f) -> {
                    samples[0]++;
                    if (sllod != null) {
                        sums[0] += sllod.peculiarTemperature(conf);
                        double[] p = sllod.pressureTensor(conf);
                        for (int k = 0; k < 6; k++) sums[1 + k] += p[k];
                    } else {
                        sums[0] += Kinetic.temperature(conf);
                        double[] pk = Kinetic.pressureTensor(conf), pv = f.virialPressure(conf.box);
                        for (int k = 0; k < 6; k++) sums[1 + k] += pk[k] + pv[k];
                    }
                });
                if (checkpoint != null) md.checkpointEvery(checkpointEvery * dt, checkpoint);
                md.progress("md");
                md.sortEvery(SORT_STEPS);
                long total = steps - first;
                long t0 = System.nanoTime();
                if (dumpWriter != null) {
                    integ.setup(c);
                    dumpWriter.write(c, md.step());
                    while (md.step() < steps) {
                        long next = Math.min(steps, (md.step() / every + 1) * every);
                        md.runUntilStep(next);
                        if (md.step() % every == 0) dumpWriter.write(c, md.step());
                    }
                } else {
                    md.runUntilStep(steps);
                }
                double seconds = (System.nanoTime() - t0) * 1e-9;
                c.requireFinite("md");
                if (dumpWriter != null) dumpWriter.close();
                dumpWriter = null;
                if (out != null) LammpsDataFile.write(out, c, true, "glassdyn md, time " + c.time);
                summary.put("steps", total);
                summary.put("n", c.n);
                summary.put("seconds", seconds);
                summary.put("atom_steps_per_second", total * (double) c.n / seconds);
                summary.put("temperature", samples[0] > 0 ? sums[0] / samples[0]
                    : sllod != null ? sllod.peculiarTemperature(c) : Kinetic.temperature(c));
                double[] p = new double[6];
                if (samples[0] > 0) for (int k = 0; k < 6; k++) p[k] = sums[1 + k] / samples[0];
                else {
                    ff.compute(c, true);
                    if (sllod != null) p = sllod.pressureTensor(c);
                    else {
                        double[] pk = Kinetic.pressureTensor(c), pv = ff.virialPressure(c.box);
                        for (int k = 0; k < 6; k++) p[k] = pk[k] + pv[k];
                    }
                }
                summary.put("pressure_tensor", p);
                summary.put("time", c.time);
                summary.put("neighbor_builds", ff.neighbors().builds());
                summary.put("pair_kernel", ff.vectorKernel() ? "vector" : "scalar");
                if (sllod != null) {
                    summary.put("shear_rate", shearRate);
                    summary.put("shear_stress", -p[3]);
                    summary.put("viscosity", -p[3] / shearRate);
                    summary.put("strain_applied", shearRate * total * dt);
                    summary.put("tilt_flips", sllod.flips());
                }
            } finally {
                if (dumpWriter != null) dumpWriter.abort();
            }
        }
        Main.summary(summary);
    }
}
