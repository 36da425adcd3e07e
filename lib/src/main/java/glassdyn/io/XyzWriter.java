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
 * Writes frames as extended XYZ (readable by {@link XyzReader}, ASE and OVITO): {@code Lattice} (rows a, b, c of
 * the LAMMPS-form cell; in 2D the third vector is zero, as ASE writes 2D cells), {@code Origin},
 * {@code Properties=species:S:1:pos:R:3:id:I:1:type:I:1[:velo:R:3]:image:I:3} (z = 0 in 2D), {@code Time},
 * {@code Timestep}, {@code pbc} ({@code "T T F"} in 2D). Species are chemical symbols ({@link #species}) so ASE
 * accepts them. Numbers keep full double precision. The file appears atomically at {@link #close()}: it is written to
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
        sb.append("Lattice=\"").append(b.lx()).append(" 0 0 ").append(b.xy()).append(' ').append(b.ly()).append(" 0 ")
            .append(b.xz()).append(' ').append(b.yz()).append(' ')
            .append(d == 3 ? b.lz() : 0).append("\" Origin=\"").append(b.xlo()).append(' ').append(b.ylo()).append(' ')
            .append(b.zlo()).append("\" Properties=species:S:1:pos:R:3:id:I:1:type:I:1");
        if (velocities) sb.append(":velo:R:3");
        sb.append(":image:I:3");
        sb.append(" Time=").append(c.time).append(" Timestep=").append(f.step())
            .append(d == 3 ? " pbc=\"T T T\"" : " pbc=\"T T F\"").append('\n');
        for (int i = 0; i < c.n; i++) {
            sb.append(species(c.type[i])).append(' ').append(c.x[i]).append(' ').append(c.y[i]);
            sb.append(' ').append(d == 3 ? c.z[i] : 0.0);
            sb.append(' ').append(c.id[i]).append(' ').append(c.type[i] + 1);
            if (velocities) {
                sb.append(' ').append(c.vx[i]).append(' ').append(c.vy[i]);
                sb.append(' ').append(d == 3 ? c.vz[i] : 0.0);
            }
            int ix = f.unwrapped() ? 0 : c.ix[i], iy = f.unwrapped() ? 0 : c.iy[i], iz = f.unwrapped() ? 0 : c.iz[i];
            sb.append(' ').append(ix).append(' ').append(iy).append(' ').append(d == 3 ? iz : 0);
            sb.append('\n');
        }
        try {
            out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            failed = true;
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static final String[] SYMBOLS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr "
        + "Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir "
        + "Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og").split(" ");

    /**
     * The species name of a (0-based) type: the chemical symbol of atomic number type + 1 (H for type 1, He for type
     * 2, ...), so ASE reads the file; the {@code type} column keeps the LAMMPS type for glassdyn.
     */
    static String species(int type) {
        if (type < 0 || type >= SYMBOLS.length) throw new IllegalArgumentException("type " + (type + 1) + " has no chemical symbol (at most " + SYMBOLS.length + " types)");
        return SYMBOLS[type];
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
