package glassdyn.io;

import glassdyn.particles.Configuration;
import glassdyn.space.Box;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A LAMMPS text dump ({@code dump atom custom} layout, LAMMPS manual "dump"): per frame {@code ITEM: TIMESTEP},
 * {@code ITEM: NUMBER OF ATOMS}, {@code ITEM: BOX BOUNDS pp pp pp} (with {@code xy xz yz} and the bounding box of the
 * tilted cell when the box is tilted) and {@code ITEM: ATOMS id type x y z ix iy iz}, positions wrapped into the cell
 * with image counts (the configuration itself is not modified), in increasing id order in every frame.
 *
 * <p>Frames go to a temporary file beside the target, renamed over it by {@link #close()}, so an interrupted run
 * leaves no partial dump; {@link #abort()} deletes it.
 */
public final class LammpsDumpWriter implements AutoCloseable {
    private final Path target, tmp;
    private final BufferedWriter out;
    private final StringBuilder sb = new StringBuilder(1 << 16);
    private final double[] px = new double[1], py = new double[1], pz = new double[1];
    private final int[] pix = new int[1], piy = new int[1], piz = new int[1];
    private boolean done;
    private long[] byId = new long[0];

    public LammpsDumpWriter(Path file) {
        target = file.toAbsolutePath();
        try {
            Path dir = target.getParent();
            if (dir != null) Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Appends one frame at integer time step {@code step}. */
    public void write(Configuration c, long step) {
        Box b = c.box;
        sb.setLength(0);
        sb.append("ITEM: TIMESTEP\n").append(step).append('\n');
        sb.append("ITEM: NUMBER OF ATOMS\n").append(c.n).append('\n');
        double zlo = b.dim() == 3 ? b.zlo() : -0.5, zhi = b.dim() == 3 ? b.zlo() + b.lz() : 0.5;
        if (b.isGeneralTriclinic()) {
            double xy = b.xy(), xz = b.xz(), yz = b.yz();
            sb.append("ITEM: BOX BOUNDS xy xz yz pp pp pp\n");
            sb.append(LammpsDataFile.num(b.xlo() + Math.min(Math.min(0, xy), Math.min(xz, xy + xz)))).append(' ')
                .append(LammpsDataFile.num(b.xlo() + b.lx() + Math.max(Math.max(0, xy), Math.max(xz, xy + xz)))).append(' ')
                .append(LammpsDataFile.num(xy)).append('\n');
            sb.append(LammpsDataFile.num(b.ylo() + Math.min(0, yz))).append(' ').append(LammpsDataFile.num(b.ylo() + b.ly() + Math.max(0, yz)))
                .append(' ').append(LammpsDataFile.num(xz)).append('\n');
            sb.append(LammpsDataFile.num(zlo)).append(' ').append(LammpsDataFile.num(zhi)).append(' ').append(LammpsDataFile.num(yz)).append('\n');
        } else if (b.xy() != 0) {
            // LAMMPS writes the bounding box of the tilted cell: xlo + min(0, xy), xhi + max(0, xy)
            sb.append("ITEM: BOX BOUNDS xy xz yz pp pp pp\n");
            sb.append(LammpsDataFile.num(b.xlo() + Math.min(0, b.xy()))).append(' ')
                .append(LammpsDataFile.num(b.xlo() + b.lx() + Math.max(0, b.xy()))).append(' ')
                .append(LammpsDataFile.num(b.xy())).append('\n');
            sb.append(LammpsDataFile.num(b.ylo())).append(' ').append(LammpsDataFile.num(b.ylo() + b.ly())).append(" 0\n");
            sb.append(LammpsDataFile.num(zlo)).append(' ').append(LammpsDataFile.num(zhi)).append(" 0\n");
        } else {
            sb.append("ITEM: BOX BOUNDS pp pp pp\n");
            sb.append(LammpsDataFile.num(b.xlo())).append(' ').append(LammpsDataFile.num(b.xlo() + b.lx())).append('\n');
            sb.append(LammpsDataFile.num(b.ylo())).append(' ').append(LammpsDataFile.num(b.ylo() + b.ly())).append('\n');
            sb.append(LammpsDataFile.num(zlo)).append(' ').append(LammpsDataFile.num(zhi)).append('\n');
        }
        sb.append("ITEM: ATOMS id type x y z ix iy iz\n");
        try {
            out.append(sb);
            if (byId.length != c.n) byId = new long[c.n];
            for (int i = 0; i < c.n; i++) byId[i] = ((long) c.id[i] << 32) | i;
            java.util.Arrays.sort(byId);
            for (int k = 0; k < c.n; k++) {
                int i = (int) byId[k];
                px[0] = c.x[i]; py[0] = c.y[i]; pz[0] = c.z[i];
                pix[0] = c.ix[i]; piy[0] = c.iy[i]; piz[0] = c.iz[i];
                b.wrap(0, px, py, pz, pix, piy, piz);
                sb.setLength(0);
                sb.append(c.id[i]).append(' ').append(c.type[i] + 1).append(' ').append(px[0]).append(' ')
                    .append(py[0]).append(' ').append(b.dim() == 3 ? pz[0] : 0.0).append(' ')
                    .append(pix[0]).append(' ').append(piy[0]).append(' ').append(b.dim() == 3 ? piz[0] : 0).append('\n');
                out.append(sb);
            }
        } catch (IOException e) {
            abort();
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the temporary file; the target is left as it was. */
    public void abort() {
        if (done) return;
        done = true;
        try { out.close(); } catch (IOException ignored) { }
        try { Files.deleteIfExists(tmp); } catch (IOException ignored) { }
    }

    /** Completes the dump: renames the temporary file over the target. */
    @Override
    public void close() {
        if (done) return;
        done = true;
        try {
            out.close();
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try { Files.deleteIfExists(tmp); } catch (IOException ignored) { }
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
