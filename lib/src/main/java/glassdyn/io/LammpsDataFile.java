package glassdyn.io;

import glassdyn.InputException;

import glassdyn.particles.Configuration;
import glassdyn.space.Box;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * LAMMPS data files of atom style {@code atomic} (LAMMPS manual, "read_data"): a header ({@code N atoms},
 * {@code M atom types}, {@code xlo xhi}, {@code ylo yhi}, {@code zlo zhi}, optionally {@code xy xz yz}, any
 * tilts), then the sections {@code Masses}, {@code Atoms} ({@code id type x y z [ix iy iz]}) and
 * optionally {@code Velocities} ({@code id vx vy vz}); {@code Pair Coeffs} and {@code PairIJ Coeffs} are skipped.
 * A 2D file has every z equal to 0.
 *
 * <p>Particles are stored in increasing id order. Types become 0-based ({@code type - 1}). Masses default to 1 when
 * the file has no Masses section. Every malformed line gives an {@link InputException} naming the file, the line and
 * the value.
 */
public final class LammpsDataFile {
    private LammpsDataFile() {}

    /** The configuration in a data file, and whether the file had a Velocities section. */
    public record Contents(Configuration configuration, boolean hasVelocities) {}

    public static Configuration read(Path file, int dim) { return readContents(file, dim).configuration(); }

    public static Contents readContents(Path file, int dim) {
        if (dim != 2 && dim != 3) throw InputException.parameter("--dim", "must be 2 or 3", dim);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Parser(file, in, dim).parse();
        } catch (NoSuchFileException e) {
            throw InputException.at(file, 0, "no such file", null);
        } catch (java.nio.charset.MalformedInputException e) {
            throw InputException.at(file, 0, "not a text file", null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static final class Parser {
        private final Path file;
        private final BufferedReader in;
        private final int dim;
        private long lineNo;

        Parser(Path file, BufferedReader in, int dim) { this.file = file; this.in = in; this.dim = dim; }

        /** The next line with its comment removed and trimmed; null at end of file. */
        private String next() throws IOException {
            String s = in.readLine();
            if (s == null) return null;
            lineNo++;
            int hash = s.indexOf('#');
            return (hash >= 0 ? s.substring(0, hash) : s).strip();
        }

        /** The next non-blank line; an error naming what was expected at end of file. */
        private String nextContent(String expected) throws IOException {
            String s;
            do {
                s = next();
                if (s == null) throw InputException.at(file, lineNo, "unexpected end of file, expected " + expected, null);
            } while (s.isEmpty());
            return s;
        }

        private InputException bad(String what, String value) { return InputException.at(file, lineNo, what, value); }

        private double number(String token, String what) {
            try {
                double v = Double.parseDouble(token);
                if (!Double.isFinite(v)) throw bad(what + " is not finite", token);
                return v;
            } catch (NumberFormatException e) {
                throw bad(what + " is not a number", token);
            }
        }

        private long integer(String token, String what) {
            try {
                return Long.parseLong(token);
            } catch (NumberFormatException e) {
                throw bad(what + " is not an integer", token);
            }
        }

        Contents parse() throws IOException {
            if (in.readLine() == null) throw InputException.at(file, 1, "empty file", "");
            lineNo = 1;
            long atoms = -1, types = -1;
            double xlo = 0, xhi = 0, ylo = 0, yhi = 0, zlo = -0.5, zhi = 0.5, xy = 0, xz = 0, yz = 0;
            boolean hasX = false, hasY = false, hasZ = false;
            String line;
            // header
            while (true) {
                line = next();
                if (line == null) throw bad("unexpected end of file in the header, expected an Atoms section", null);
                if (line.isEmpty()) continue;
                String[] t = line.split("\\s+");
                if (line.endsWith(" atoms") && t.length == 2) atoms = integer(t[0], "atom count");
                else if (line.endsWith(" atom types") && t.length == 3) types = integer(t[0], "atom type count");
                else if (line.endsWith("xlo xhi") && t.length == 4) { xlo = number(t[0], "xlo"); xhi = number(t[1], "xhi"); hasX = true; }
                else if (line.endsWith("ylo yhi") && t.length == 4) { ylo = number(t[0], "ylo"); yhi = number(t[1], "yhi"); hasY = true; }
                else if (line.endsWith("zlo zhi") && t.length == 4) { zlo = number(t[0], "zlo"); zhi = number(t[1], "zhi"); hasZ = true; }
                else if (line.endsWith("xy xz yz") && t.length == 6) {
                    xy = number(t[0], "xy");
                    xz = number(t[1], "xz");
                    yz = number(t[2], "yz");
                    if (dim == 2 && (xz != 0 || yz != 0)) throw bad("a 2D data file cannot have xz/yz tilt", line);
                } else if (Character.isLetter(line.charAt(0))) break; // first section keyword
                else if (line.matches("\\S+ (bonds|angles|dihedrals|impropers)")) {
                    if (integer(t[0], t[1] + " count") != 0) throw bad("atom style atomic has no " + t[1], line);
                } else if (line.matches("\\S+ (bond|angle|dihedral|improper) types")) {
                    if (integer(t[0], t[1] + " type count") != 0) throw bad("atom style atomic has no " + t[1] + " types", line);
                } else throw bad("unrecognised header line", line);
            }
            if (atoms < 0) throw bad("the header has no 'N atoms' line", null);
            if (types < 1) throw bad("the header has no 'M atom types' line (M >= 1)", null);
            if (atoms > Integer.MAX_VALUE / 4) throw bad("too many atoms", Long.toString(atoms));
            if (!hasX || !hasY || (dim == 3 && !hasZ)) throw bad("the header lacks box bounds (xlo xhi, ylo yhi" + (dim == 3 ? ", zlo zhi)" : ")"), null);
            if (!(xhi > xlo) || !(yhi > ylo) || (dim == 3 && !(zhi > zlo))) throw bad("box bounds must have hi > lo", null);

            int n = (int) atoms;
            Box box = xz != 0 || yz != 0 ? new Box(dim, xlo, ylo, zlo, xhi - xlo, yhi - ylo, zhi - zlo, xy, xz, yz)
                : new Box(dim, xlo, ylo, zlo, xhi - xlo, yhi - ylo, zhi - zlo, xy);
            double[] mass = new double[(int) types];
            Arrays.fill(mass, 1.0);
            long[] ids = null;
            int[] typ = new int[n], ix = new int[n], iy = new int[n], iz = new int[n];
            double[] x = new double[n], y = new double[n], z = new double[n];
            double[] vx = null, vy = null, vz = null;
            long[] vid = null;
            // sections: 'line' holds a section keyword
            while (line != null) {
                String keyword = line.strip();
                long keywordLine = lineNo;
                switch (keyword) {
                    case "Masses" -> {
                        for (int k = 0; k < types; k++) {
                            String[] t = nextContent("a Masses line").split("\\s+");
                            if (t.length != 2) throw bad("a Masses line is 'type mass'", String.join(" ", t));
                            long ty = integer(t[0], "atom type");
                            if (ty < 1 || ty > types) throw bad("atom type out of range 1.." + types, t[0]);
                            double m = number(t[1], "mass");
                            if (!(m > 0)) throw bad("mass must be positive", t[1]);
                            mass[(int) ty - 1] = m;
                        }
                    }
                    case "Atoms" -> {
                        ids = new long[n];
                        for (int i = 0; i < n; i++) {
                            String[] t = nextContent("an Atoms line (" + (n - i) + " of " + n + " missing)").split("\\s+");
                            if (t.length != 5 && t.length != 8)
                                throw bad("an Atoms line (style atomic) is 'id type x y z [ix iy iz]'", String.join(" ", t));
                            ids[i] = integer(t[0], "atom id");
                            if (ids[i] < 1 || ids[i] > Integer.MAX_VALUE) throw bad("atom id must be a positive int", t[0]);
                            long ty = integer(t[1], "atom type");
                            if (ty < 1 || ty > types) throw bad("atom type out of range 1.." + types, t[1]);
                            typ[i] = (int) ty - 1;
                            x[i] = number(t[2], "x");
                            y[i] = number(t[3], "y");
                            z[i] = number(t[4], "z");
                            if (dim == 2 && z[i] != 0) throw bad("a 2D data file must have z = 0", t[4]);
                            if (t.length == 8) {
                                ix[i] = image(t[5]); iy[i] = image(t[6]); iz[i] = image(t[7]);
                                if (dim == 2 && iz[i] != 0) throw bad("a 2D data file must have iz = 0", t[7]);
                            }
                        }
                    }
                    case "Velocities" -> {
                        vid = new long[n]; vx = new double[n]; vy = new double[n]; vz = new double[n];
                        for (int i = 0; i < n; i++) {
                            String[] t = nextContent("a Velocities line").split("\\s+");
                            if (t.length != 4) throw bad("a Velocities line is 'id vx vy vz'", String.join(" ", t));
                            vid[i] = integer(t[0], "atom id");
                            vx[i] = number(t[1], "vx");
                            vy[i] = number(t[2], "vy");
                            vz[i] = number(t[3], "vz");
                            if (dim == 2 && vz[i] != 0) throw bad("a 2D data file must have vz = 0", t[3]);
                        }
                    }
                    case "Pair Coeffs" -> { for (long k = 0; k < types; k++) nextContent("a Pair Coeffs line"); }
                    case "PairIJ Coeffs" -> { for (long k = 0; k < types * (types + 1) / 2; k++) nextContent("a PairIJ Coeffs line"); }
                    default -> {
                        if (keyword.startsWith("Atoms")) throw bad("only atom style atomic is supported", keyword);
                        throw bad("unsupported section", keyword);
                    }
                }
                line = null;
                String s;
                while ((s = next()) != null) {
                    if (!s.isEmpty()) { line = s; break; }
                }
                if (line != null && !Character.isLetter(line.charAt(0)))
                    throw InputException.at(file, lineNo, "more lines than announced in the section at line " + keywordLine, line);
            }
            if (ids == null) throw InputException.at(file, lineNo, "no Atoms section", null);
            if (dim == 3 && n > 1) {
                boolean flat = true;
                for (int i = 0; i < n && flat; i++) flat = z[i] == 0;
                if (flat) throw InputException.at(file, 0, "every z is 0: a 2D configuration? (use --dim 2)", "z = 0");
            }

            // order by id
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            final long[] idv = ids;
            Arrays.sort(order, (a, b) -> Long.compare(idv[a], idv[b]));
            Configuration c = new Configuration(n, box);
            c.mass = mass;
            for (int k = 0; k < n; k++) {
                int i = order[k];
                if (k > 0 && ids[i] == ids[order[k - 1]]) throw InputException.at(file, 0, "duplicate atom id", Long.toString(ids[i]));
                c.id[k] = (int) ids[i];
                c.type[k] = typ[i];
                c.x[k] = x[i]; c.y[k] = y[i]; c.z[k] = dim == 3 ? z[i] : 0;
                c.ix[k] = ix[i]; c.iy[k] = iy[i]; c.iz[k] = dim == 3 ? iz[i] : 0;
            }
            if (vid != null) {
                java.util.HashMap<Long, Integer> index = new java.util.HashMap<>(2 * n);
                for (int k = 0; k < n; k++) index.put((long) c.id[k], k);
                boolean[] seen = new boolean[n];
                for (int i = 0; i < n; i++) {
                    Integer k = index.get(vid[i]);
                    if (k == null || seen[k]) throw InputException.at(file, 0, "Velocities section: unknown or repeated atom id", Long.toString(vid[i]));
                    seen[k] = true;
                    c.vx[k] = vx[i]; c.vy[k] = vy[i]; c.vz[k] = dim == 3 ? vz[i] : 0;
                }
            }
            return new Contents(c, vid != null);
        }

        private int image(String token) {
            long v = integer(token, "image flag");
            if (Math.abs(v) > Integer.MAX_VALUE / 2) throw bad("image flag out of range", token);
            return (int) v;
        }
    }

    /** Writes a data file (atomically), with image flags and, when {@code velocities}, a Velocities section. */
    public static void write(Path file, Configuration c, boolean velocities, String comment) {
        AtomicFiles.write(file, out -> {
            PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            write(w, c, velocities, comment);
            w.flush();
            if (w.checkError()) throw new IOException("write failed");
        });
    }

    private static void write(PrintWriter w, Configuration c, boolean velocities, String comment) {
        Box b = c.box;
        int types = c.typeCount();
        w.println("LAMMPS data file: " + (comment == null ? "glassdyn" : comment.replace('\n', ' ')));
        w.println();
        w.println(c.n + " atoms");
        w.println(types + " atom types");
        w.println();
        w.println(num(b.xlo()) + " " + num(b.xlo() + b.lx()) + " xlo xhi");
        w.println(num(b.ylo()) + " " + num(b.ylo() + b.ly()) + " ylo yhi");
        if (b.dim() == 3) w.println(num(b.zlo()) + " " + num(b.zlo() + b.lz()) + " zlo zhi");
        else w.println("-0.5 0.5 zlo zhi");
        if (b.isGeneralTriclinic()) w.println(num(b.xy()) + " " + num(b.xz()) + " " + num(b.yz()) + " xy xz yz");
        else if (b.xy() != 0) w.println(num(b.xy()) + " 0 0 xy xz yz");
        w.println();
        w.println("Masses");
        w.println();
        for (int t = 0; t < types; t++) w.println((t + 1) + " " + num(t < c.mass.length ? c.mass[t] : 1.0));
        w.println();
        w.println("Atoms # atomic");
        w.println();
        StringBuilder sb = new StringBuilder(128);
        for (int i = 0; i < c.n; i++) {
            sb.setLength(0);
            sb.append(c.id[i]).append(' ').append(c.type[i] + 1).append(' ')
                .append(num(c.x[i])).append(' ').append(num(c.y[i])).append(' ').append(num(b.dim() == 3 ? c.z[i] : 0))
                .append(' ').append(c.ix[i]).append(' ').append(c.iy[i]).append(' ').append(b.dim() == 3 ? c.iz[i] : 0);
            w.println(sb);
        }
        if (velocities) {
            w.println();
            w.println("Velocities");
            w.println();
            for (int i = 0; i < c.n; i++)
                w.println(c.id[i] + " " + num(c.vx[i]) + " " + num(c.vy[i]) + " " + num(b.dim() == 3 ? c.vz[i] : 0));
        }
    }

    /** Shortest decimal that reads back to the same double (LAMMPS reads it with strtod). */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v).toLowerCase(Locale.ROOT);
    }
}
