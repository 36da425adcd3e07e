package glassdyn.papers.taulc;

import glassdyn.particles.Configuration;
import glassdyn.space.Box;

import java.util.Map;

/** A configuration as arrays and scalars of a {@link glassdyn.papers.StageResult} (every field, exactly). */
final class StoredConfiguration {
    private StoredConfiguration() {}

    private static double[] d(int[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i];
        return out;
    }

    private static void i(double[] a, int[] to) {
        for (int k = 0; k < a.length; k++) to[k] = (int) a[k];
    }

    /** Adds the fields of {@code c} under {@code prefix} to the arrays and values of a stage result. */
    static void put(String prefix, Configuration c, Map<String, double[]> arrays, Map<String, Double> values) {
        arrays.put(prefix + "x", c.x.clone()); arrays.put(prefix + "y", c.y.clone()); arrays.put(prefix + "z", c.z.clone());
        arrays.put(prefix + "vx", c.vx.clone()); arrays.put(prefix + "vy", c.vy.clone()); arrays.put(prefix + "vz", c.vz.clone());
        arrays.put(prefix + "type", d(c.type)); arrays.put(prefix + "id", d(c.id));
        arrays.put(prefix + "ix", d(c.ix)); arrays.put(prefix + "iy", d(c.iy)); arrays.put(prefix + "iz", d(c.iz));
        arrays.put(prefix + "diameter", c.diameter.clone()); arrays.put(prefix + "mass", c.mass.clone());
        Box b = c.box;
        values.put(prefix + "dim", (double) b.dim());
        values.put(prefix + "xlo", b.xlo()); values.put(prefix + "ylo", b.ylo()); values.put(prefix + "zlo", b.zlo());
        values.put(prefix + "lx", b.lx()); values.put(prefix + "ly", b.ly()); values.put(prefix + "lz", b.lz());
        values.put(prefix + "xy", b.xy()); values.put(prefix + "time", c.time);
    }

    /** The configuration stored under {@code prefix}. */
    static Configuration get(String prefix, glassdyn.papers.StageResult r) {
        Box b = new Box((int) r.value(prefix + "dim"), r.value(prefix + "xlo"), r.value(prefix + "ylo"), r.value(prefix + "zlo"),
            r.value(prefix + "lx"), r.value(prefix + "ly"), r.value(prefix + "lz"), r.value(prefix + "xy"));
        double[] x = r.array(prefix + "x");
        Configuration c = new Configuration(x.length, b);
        System.arraycopy(x, 0, c.x, 0, x.length);
        System.arraycopy(r.array(prefix + "y"), 0, c.y, 0, x.length);
        System.arraycopy(r.array(prefix + "z"), 0, c.z, 0, x.length);
        System.arraycopy(r.array(prefix + "vx"), 0, c.vx, 0, x.length);
        System.arraycopy(r.array(prefix + "vy"), 0, c.vy, 0, x.length);
        System.arraycopy(r.array(prefix + "vz"), 0, c.vz, 0, x.length);
        i(r.array(prefix + "type"), c.type); i(r.array(prefix + "id"), c.id);
        i(r.array(prefix + "ix"), c.ix); i(r.array(prefix + "iy"), c.iy); i(r.array(prefix + "iz"), c.iz);
        System.arraycopy(r.array(prefix + "diameter"), 0, c.diameter, 0, x.length);
        c.mass = r.array(prefix + "mass").clone();
        c.time = r.value(prefix + "time");
        return c;
    }
}
