package glassdyn.dynamics;

import glassdyn.io.AtomicFiles;
import glassdyn.InputException;
import glassdyn.particles.Configuration;
import glassdyn.space.Box;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A binary checkpoint of a molecular-dynamics run, written atomically: the whole {@link Configuration} (box, positions,
 * velocities, images, types, ids, diameters, masses, time), the step counter, and the integrator's own state
 * (thermostat variables, random stream). A run resumed from it continues bit-identically (see
 * {@link MolecularDynamics}).
 */
public final class Checkpoint {
    private static final String MAGIC = "glassdyn-md-checkpoint";
    private static final int VERSION = 1;

    /** What a checkpoint holds; {@link #restore(Integrator)} hands the integrator its state. */
    public record State(Configuration configuration, long step, String integrator, byte[] integratorState) {
        public void restore(Integrator integ) {
            if (!integ.name().equals(integrator))
                throw new InputException("checkpoint was written by integrator '" + integrator + "', not '" + integ.name() + "'");
            try {
                integ.readState(new DataInputStream(new ByteArrayInputStream(integratorState)));
            } catch (IOException e) {
                throw new InputException("corrupt integrator state in checkpoint: " + e.getMessage(), e);
            }
        }
    }

    private Checkpoint() {}

    public static void write(Path file, Configuration c, long step, Integrator integ) {
        ByteArrayOutputStream state = new ByteArrayOutputStream();
        try {
            integ.writeState(new DataOutputStream(state));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicFiles.write(file, os -> {
            DataOutputStream out = new DataOutputStream(os);
            out.writeUTF(MAGIC);
            out.writeInt(VERSION);
            Box b = c.box;
            out.writeInt(b.dim());
            for (double v : new double[] {b.xlo(), b.ylo(), b.zlo(), b.lx(), b.ly(), b.lz(), b.xy()}) out.writeDouble(v);
            out.writeInt(c.n);
            out.writeInt(c.mass.length);
            for (double m : c.mass) out.writeDouble(m);
            for (double[] a : new double[][] {c.x, c.y, c.z, c.vx, c.vy, c.vz, c.diameter}) for (double v : a) out.writeDouble(v);
            for (int[] a : new int[][] {c.type, c.id, c.ix, c.iy, c.iz}) for (int v : a) out.writeInt(v);
            out.writeDouble(c.time);
            out.writeLong(step);
            out.writeUTF(integ.name());
            out.writeInt(state.size());
            out.write(state.toByteArray());
            out.flush();
        });
    }

    public static State read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF())) throw InputException.at(file, 0, "not a glassdyn checkpoint", null);
            int version = in.readInt();
            if (version != VERSION) throw InputException.at(file, 0, "unsupported checkpoint version", Integer.toString(version));
            int dim = in.readInt();
            double[] b = new double[7];
            for (int k = 0; k < 7; k++) b[k] = in.readDouble();
            Configuration c = new Configuration(checkedCount(file, in.readInt()), new Box(dim, b[0], b[1], b[2], b[3], b[4], b[5], b[6]));
            c.mass = new double[checkedCount(file, in.readInt())];
            for (int k = 0; k < c.mass.length; k++) c.mass[k] = in.readDouble();
            for (double[] a : new double[][] {c.x, c.y, c.z, c.vx, c.vy, c.vz, c.diameter})
                for (int i = 0; i < c.n; i++) a[i] = in.readDouble();
            for (int[] a : new int[][] {c.type, c.id, c.ix, c.iy, c.iz})
                for (int i = 0; i < c.n; i++) a[i] = in.readInt();
            c.time = in.readDouble();
            long step = in.readLong();
            String integ = in.readUTF();
            byte[] state = new byte[checkedCount(file, in.readInt())];
            in.readFully(state);
            return new State(c, step, integ, state);
        } catch (NoSuchFileException e) {
            throw InputException.at(file, 0, "no such checkpoint file", null);
        } catch (EOFException e) {
            throw InputException.at(file, 0, "truncated checkpoint", null);
        } catch (IllegalArgumentException e) {
            throw InputException.at(file, 0, "corrupt checkpoint: " + e.getMessage(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static int checkedCount(Path file, int n) {
        if (n < 0 || n > (1 << 28)) throw InputException.at(file, 0, "corrupt checkpoint: bad count", Integer.toString(n));
        return n;
    }
}
