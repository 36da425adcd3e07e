package glassdyn.io;

import glassdyn.particles.Frame;
import glassdyn.space.Box;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/**
 * Writes frames as extended XYZ (readable by {@link XyzReader}, ASE and OVITO): {@code Lattice}, {@code Origin},
 * {@code Properties=species:S:1:pos:R:d:id:I:1:type:I:1[:velo:R:d]:image:I:d}, {@code Time}, {@code Timestep},
 * {@code pbc}. Numbers keep full double precision. The file appears atomically at {@link #close()}: it is written to
 * a temporary file beside the target and renamed when complete; {@code .gz} names are compressed.
 */
public final class XyzWriter implements AutoCloseable {
    private final Path target, tmp;
    private final OutputStream out;
    private final boolean velocities;
    private boolean failed;

    public XyzWriter(Path target, boolean velocities) {
        this.target = target.toAbsolutePath();
        this.velocities = velocities;
        try {
            Path dir = this.target.getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + this.target.getFileName(), ".tmp");
            OutputStream raw = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
            out = target.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    public void write(Frame f) {
        var c = f.config();
        Box b = c.box;
        int d = b.dim();
        StringBuilder sb = new StringBuilder(64 * (c.n + 2));
        sb.append(c.n).append('\n');
        sb.append("Lattice=\"").append(b.lx()).append(" 0 0 ").append(b.xy()).append(' ').append(b.ly()).append(" 0 0 0 ")
            .append(d == 3 ? b.lz() : 0).append("\" Origin=\"").append(b.xlo()).append(' ').append(b.ylo()).append(' ')
            .append(b.zlo()).append("\" Properties=species:S:1:pos:R:").append(d).append(":id:I:1:type:I:1");
        if (velocities) sb.append(":velo:R:").append(d);
        sb.append(":image:I:").append(d);
        sb.append(" Time=").append(c.time).append(" Timestep=").append(f.step())
            .append(d == 3 ? " pbc=\"T T T\"" : " pbc=\"T T F\"").append('\n');
        for (int i = 0; i < c.n; i++) {
            sb.append(c.type[i] + 1).append(' ').append(c.x[i]).append(' ').append(c.y[i]);
            if (d == 3) sb.append(' ').append(c.z[i]);
            sb.append(' ').append(c.id[i]).append(' ').append(c.type[i] + 1);
            if (velocities) {
                sb.append(' ').append(c.vx[i]).append(' ').append(c.vy[i]);
                if (d == 3) sb.append(' ').append(c.vz[i]);
            }
            int ix = f.unwrapped() ? 0 : c.ix[i], iy = f.unwrapped() ? 0 : c.iy[i], iz = f.unwrapped() ? 0 : c.iz[i];
            sb.append(' ').append(ix).append(' ').append(iy);
            if (d == 3) sb.append(' ').append(iz);
            sb.append('\n');
        }
        try {
            out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            failed = true;
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Abandons the file (nothing appears at the target). */
    public void abort() {
        failed = true;
        close();
    }

    @Override
    public void close() {
        try {
            out.close();
            if (failed) Files.deleteIfExists(tmp);
            else Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
