package glassdyn.lammps;

import glassdyn.InputException;
import glassdyn.io.LammpsDataFile;
import glassdyn.io.LammpsDumpReader;
import glassdyn.particles.Configuration;
import glassdyn.particles.Frame;
import glassdyn.protocols.IsoconfigurationalEnsemble;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * The replicas of an isoconfigurational ensemble run by LAMMPS (issue 20, {@code plan tau-lc-duality --engine lammps}):
 * each replica's start (glassdyn's origin with glassdyn's Maxwell-Boltzmann draw and streaming profile, so both
 * engines start from the same phase point) is written as a data file with velocities; a one-rank {@code lmp} runs
 * {@code fix deform xy erate R remap v flip yes} + {@code fix nvt/sllod ... tchain C} (rate 0: {@code fix nvt}) with
 * the pair lines, time step and Nose-Hoover damping of glassdyn's stage, and dumps every {@code stride} steps the
 * wrapped positions, image counts and velocities ({@link LammpsDeck#dumpFrames}) into a named pipe, never to disk: the
 * ensemble reads one frame at a time and feeds glassdyn's online first-jump detection, so memory is that of the
 * glassdyn path and a paper-scale replica (N = 9000, 2 x 10^5 frames, about 0.3 TB of text) needs no scratch space.
 *
 * <p>Tilt flips: LAMMPS shifts the image counts {@code ix} by {@code iy} on every flip ({@code Domain::image_flip}),
 * as glassdyn's {@code LeesEdwards.addTilt}, so {@code x + ix lx + iy xy} read with the frame's own tilt is the
 * continuous unwrapped position, from which the ensemble subtracts the integrated streaming displacement exactly as
 * for its own frames. The executable is {@code GLASSDYN_LMP} when set, else {@code lmp} on the path; a replica's
 * deck, data and log are kept under {@code work/replica-*} only when it fails.
 */
public final class LammpsSllodReplicas implements IsoconfigurationalEnsemble.ExternalDynamics {
    private final Path work;
    private final List<String> pairLines;
    private final double skin;
    private final String lmp;

    /**
     * @param work      scratch directory for the replicas' decks and pipes
     * @param pairLines the potential as LAMMPS commands (e.g. {@code KobAndersen.lammpsPairLines()})
     * @param skin      neighbour skin (glassdyn's {@code IsoconfigurationalEnsemble.SKIN})
     */
    public LammpsSllodReplicas(Path work, List<String> pairLines, double skin) {
        this.work = work;
        this.pairLines = List.copyOf(pairLines);
        this.skin = skin;
        this.lmp = System.getenv().getOrDefault("GLASSDYN_LMP", "lmp");
    }

    /** The deck of one replica reading {@code data} and dumping into {@code frames}. */
    static LammpsDeck deck(double rate, double temperature, double dt, double tdamp, int chain, long stride, int frames,
                           List<String> pairLines, double skin) {
        LammpsDeck d = new LammpsDeck("glassdyn isoconfigurational replica: rate " + rate + ", T " + temperature);
        d.readData("replica.data", true);
        pairLines.forEach(d::line);
        d.neighbors(skin).timestep(dt);
        if (rate > 0) d.sllod(rate, temperature, tdamp, chain);
        else d.nvt("nvt", temperature, tdamp, chain);
        d.thermo((int) Math.min(Integer.MAX_VALUE, Math.max(1000, stride * 1000)));
        d.dumpFrames("frames", stride, "frames.pipe");
        d.run((frames - 1) * stride);
        return d.complete("replica.done");
    }

    @Override
    public void run(Configuration c, double rate, double temperature, double dt, double tdamp, int chain, long stride,
                    int frames, IntConsumer frame) {
        Path dir;
        try {
            Files.createDirectories(work);
            dir = Files.createTempDirectory(work, "replica-");
            LammpsDataFile.write(dir.resolve("replica.data"), c, true, "glassdyn isoconfigurational replica start");
            Files.writeString(dir.resolve("replica.in"), deck(rate, temperature, dt, tdamp, chain, stride, frames, pairLines, skin).text());
            Process mk = new ProcessBuilder("mkfifo", dir.resolve("frames.pipe").toString()).redirectErrorStream(true).start();
            if (mk.waitFor() != 0) throw new IllegalStateException("mkfifo failed in " + dir);
        } catch (IOException e) {
            throw new UncheckedIOException("LAMMPS replica: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("LAMMPS replica interrupted", e);
        }
        Process p;
        try {
            p = new ProcessBuilder(lmp, "-in", "replica.in", "-log", "replica.log", "-nocite", "-screen", "none")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("replica.screen").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start LAMMPS '" + lmp + "' (set GLASSDYN_LMP): " + e.getMessage(), e);
        }
        Path pipe = dir.resolve("frames.pipe");
        AtomicBoolean opened = new AtomicBoolean();
        // a LAMMPS that dies before opening the pipe would leave the reader blocked in open(): a writer's open and close
        // releases it with an end of file
        p.onExit().thenRun(() -> {
            if (opened.get()) return;
            try (FileOutputStream release = new FileOutputStream(pipe.toFile())) { release.flush(); } catch (IOException ignored) { }
        });
        boolean ok = false;
        try {
            read(c, pipe, dt, stride, frames, frame, opened, dir);
            int exit = p.waitFor();
            if (exit != 0 || !Files.exists(dir.resolve("replica.done")))
                throw new IllegalStateException("LAMMPS replica failed (exit " + exit + "; see " + dir.resolve("replica.log") + ")");
            ok = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("LAMMPS replica interrupted", e);
        } finally {
            if (p.isAlive()) p.destroyForcibly();
            if (ok) delete(dir);
        }
    }

    /** Reads the frames from the pipe into {@code c} (by atom id) and calls {@code frame} for each. */
    private static void read(Configuration c, Path pipe, double dt, long stride, int frames, IntConsumer frame,
                             AtomicBoolean opened, Path dir) {
        int maxId = 0;
        for (int i = 0; i < c.n; i++) maxId = Math.max(maxId, c.id[i]);
        int[] index = new int[maxId + 1];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < c.n; i++) index[c.id[i]] = i;
        LammpsDumpReader in;
        try {
            in = new LammpsDumpReader(pipe, dt).dimension(3);
        } catch (RuntimeException e) {
            throw new IllegalStateException("LAMMPS replica wrote no frames (see " + dir.resolve("replica.log") + ")", e);
        } finally {
            opened.set(true);
        }
        try (in) {
            for (int k = 0; k < frames; k++) {
                Frame f;
                try {
                    f = in.next();
                } catch (InputException e) {
                    throw new IllegalStateException("LAMMPS replica: frame " + k + " unreadable (" + e.getMessage() + "; see "
                        + dir.resolve("replica.log") + ")", e);
                }
                if (f == null) throw new IllegalStateException("LAMMPS replica stopped after " + k + " of " + frames
                    + " frames (see " + dir.resolve("replica.log") + ")");
                if (f.step() != k * stride) throw new IllegalStateException("LAMMPS replica: frame " + k + " at step " + f.step()
                    + ", expected " + k * stride);
                copy(f.config(), c, index);
                c.time = k * stride * dt;
                frame.accept(k);
            }
        }
    }

    /** Positions, image counts, velocities and tilt of a dumped frame into the replica, matched by atom id. */
    static void copy(Configuration from, Configuration to, int[] index) {
        if (from.n != to.n) throw new IllegalStateException("LAMMPS frame has " + from.n + " atoms, the replica " + to.n);
        if (Math.abs(from.box.lx() - to.box.lx()) > 1e-9 * to.box.lx() || Math.abs(from.box.ly() - to.box.ly()) > 1e-9 * to.box.ly())
            throw new IllegalStateException("LAMMPS frame box " + from.box + " differs from the replica's " + to.box);
        to.box.setTilt(from.box.xy());
        for (int a = 0; a < from.n; a++) {
            int id = from.id[a];
            int i = id < index.length ? index[id] : -1;
            if (i < 0) throw new IllegalStateException("LAMMPS frame has an unknown atom id " + id);
            to.x[i] = from.x[a]; to.y[i] = from.y[a]; to.z[i] = from.z[a];
            to.ix[i] = from.ix[a]; to.iy[i] = from.iy[a]; to.iz[i] = from.iz[a];
            to.vx[i] = from.vx[a]; to.vy[i] = from.vy[a]; to.vz[i] = from.vz[a];
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        } catch (IOException ignored) {
            // scratch only
        }
    }
}
