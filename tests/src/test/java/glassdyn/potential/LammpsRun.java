package glassdyn.potential;

import glassdyn.particles.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code lmp} on a configuration and reads back per-atom forces and energies and the thermo output: the
 * independent reference of the potential cross-checks. Fails (never skips) when {@code lmp} is missing.
 */
final class LammpsRun {
    private LammpsRun() {}

    /** Per-atom results indexed like the configuration (by id - 1), plus thermo values of the last line. */
    record Result(double[] fx, double[] fy, double[] fz, double[] pe, double[] thermo) {}

    /** A LAMMPS atomic-style data file (triclinic when the box is tilted, z in [-0.5, 0.5] in 2D). */
    static void writeData(Configuration c, Path file) throws IOException {
        StringBuilder s = new StringBuilder("glassdyn cross-check\n\n");
        int types = c.typeCount();
        s.append(c.n).append(" atoms\n").append(types).append(" atom types\n\n");
        var b = c.box;
        s.append(f(b.xlo())).append(' ').append(f(b.xlo() + b.lx())).append(" xlo xhi\n");
        s.append(f(b.ylo())).append(' ').append(f(b.ylo() + b.ly())).append(" ylo yhi\n");
        if (c.dim() == 3) s.append(f(b.zlo())).append(' ').append(f(b.zlo() + b.lz())).append(" zlo zhi\n");
        else s.append("-0.5 0.5 zlo zhi\n");
        s.append(f(b.xy())).append(" 0 0 xy xz yz\n\nMasses\n\n");
        for (int t = 0; t < types; t++) s.append(t + 1).append(" 1\n");
        s.append("\nAtoms # atomic\n\n");
        for (int i = 0; i < c.n; i++)
            s.append(c.id[i]).append(' ').append(c.type[i] + 1).append(' ').append(f(c.x[i])).append(' ')
                .append(f(c.y[i])).append(' ').append(f(c.z[i])).append(" 0 0 0\n");
        Files.writeString(file, s.toString());
    }

    private static String f(double v) { return String.format(Locale.ROOT, "%.17g", v); }

    /**
     * Runs {@code run 0} with the given pair commands; thermo columns are {@code pe pxy pxx pyy} (pressures with no
     * kinetic part since velocities are zero); per-atom {@code fx fy fz pe}.
     */
    static Result run(Configuration c, Path dir, String pairCommands) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        writeData(c, dir.resolve("conf.data"));
        String in = String.join("\n",
            "units lj", "atom_style atomic", "dimension " + c.dim(), "boundary p p p", "atom_modify map array",
            "read_data conf.data", pairCommands, "neighbor 0.3 bin",
            "compute pa all pe/atom",
            "dump d all custom 1 forces.dump id fx fy fz c_pa",
            "dump_modify d format float %.17g sort id",
            "thermo_style custom step pe pxy pxx pyy", "thermo_modify format float %.17g norm no",
            "run 0", "");
        Files.writeString(dir.resolve("in.check"), in);
        Process p = new ProcessBuilder("lmp", "-in", "in.check", "-log", "log.check", "-screen", "none")
            .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("lmp.out").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) { p.destroyForcibly(); throw new IllegalStateException("lmp timed out"); }
        if (p.exitValue() != 0)
            throw new IllegalStateException("lmp failed: " + Files.readString(dir.resolve("log.check")));
        double[] fx = new double[c.n], fy = new double[c.n], fz = new double[c.n], pe = new double[c.n];
        List<String> lines = Files.readAllLines(dir.resolve("forces.dump"));
        int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("ITEM: ATOMS")).findFirst().orElseThrow()) + 1;
        for (int k = start; k < lines.size(); k++) {
            String[] w = lines.get(k).trim().split("\\s+");
            int i = Integer.parseInt(w[0]) - 1;
            fx[i] = Double.parseDouble(w[1]); fy[i] = Double.parseDouble(w[2]);
            fz[i] = Double.parseDouble(w[3]); pe[i] = Double.parseDouble(w[4]);
        }
        List<String> log = Files.readAllLines(dir.resolve("log.check"));
        double[] thermo = null;
        for (int k = 0; k < log.size(); k++)
            if (log.get(k).trim().startsWith("Step") && log.get(k).contains("Pxy")) {
                String[] w = log.get(k + 1).trim().split("\\s+");
                thermo = new double[w.length - 1];
                for (int m = 1; m < w.length; m++) thermo[m - 1] = Double.parseDouble(w[m]);
            }
        if (thermo == null) throw new IllegalStateException("no thermo line in " + dir.resolve("log.check"));
        return new Result(fx, fy, fz, pe, thermo);
    }

    /** Reference pair sum over all pairs (minimum image; needs every cutoff below half the box width). */
    static Result pairSum(Configuration c, PairPotential u) {
        int n = c.n;
        double[] fx = new double[n], fy = new double[n], fz = new double[n], pe = new double[n];
        double[] d = new double[3];
        double e = 0, wxy = 0, wxx = 0, wyy = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                d[0] = c.x[i] - c.x[j]; d[1] = c.y[i] - c.y[j]; d[2] = c.z[i] - c.z[j];
                c.box.minimumImage(d);
                double r2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
                int ti = c.type[i], tj = c.type[j];
                double si = c.diameter[i], sj = c.diameter[j];
                if (r2 >= u.cutoff2(ti, tj, si, sj)) continue;
                double en = u.energy(r2, ti, tj, si, sj), g = u.forceOverR(r2, ti, tj, si, sj);
                e += en; pe[i] += en / 2; pe[j] += en / 2;
                fx[i] += g * d[0]; fy[i] += g * d[1]; fz[i] += g * d[2];
                fx[j] -= g * d[0]; fy[j] -= g * d[1]; fz[j] -= g * d[2];
                wxy += g * d[0] * d[1]; wxx += g * d[0] * d[0]; wyy += g * d[1] * d[1];
            }
        double v = c.box.volume();
        return new Result(fx, fy, fz, pe, new double[] {e, wxy / v, wxx / v, wyy / v});
    }

    /** Largest |a - b| over components, relative to the largest |b|. */
    static double maxRelativeForceError(Result a, Result b) {
        double err = 0, scale = 0;
        double[][] fa = {a.fx, a.fy, a.fz}, fb = {b.fx, b.fy, b.fz};
        for (int k = 0; k < 3; k++)
            for (int i = 0; i < fa[k].length; i++) {
                err = Math.max(err, Math.abs(fa[k][i] - fb[k][i]));
                scale = Math.max(scale, Math.abs(fb[k][i]));
            }
        return err / scale;
    }
}
