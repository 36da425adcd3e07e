package glassdyn.analysis;

import glassdyn.force.ForceField;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;
import glassdyn.table.Tables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Per-particle (Egami) atomic stress, Egami, Maeda and Vitek, Phil. Mag. A 41, 883 (1980):
 * {@code sigma_i,ab = (1/Omega_i) [ (1/2) sum_j r_ij,a f_ij,b + m v_a v_b ]} with r_ij = r_i - r_j and f_ij the
 * force on i from j, from the engine's force loop ({@link ForceField#computePerParticle}): the per-particle pressure
 * tensor, {@code sigma_i = -s_i / Omega_i} with s_i LAMMPS's {@code compute stress/atom}. Positive = compressive
 * (the sign of the pressure); the shear stress carried against a forward shear is {@code -sigma_xy}, and
 * {@code sum_i Omega_i sigma_i / V} is the pressure tensor. The atomic volume
 * defaults to V/N (paper 000 section 2.6, paper 001 item 15); the kinetic part uses the velocities stored in the
 * configuration (subtract any streaming profile first) and is off by default.
 */
public final class AtomicStress {
    private final PairPotential potential;
    private final int threads;
    private boolean kinetic;

    public AtomicStress(PairPotential potential, int threads) {
        this.potential = potential;
        this.threads = Math.max(1, threads);
    }

    /** Include the kinetic term {@code m v_a v_b} (paper 001 section 2.8 default). */
    public AtomicStress kinetic(boolean on) { kinetic = on; return this; }

    /** One row per particle: {@code id, type, pe, sigma_xx, sigma_yy, sigma_zz, sigma_xy, sigma_xz, sigma_yz}. */
    public Table compute(Configuration c) {
        double maxD = 1;
        for (double d : c.diameter) maxD = Math.max(maxD, d);
        double[][] s = new double[6][c.n];
        double[] pe;
        try (ForceField ff = new ForceField(potential, potential.maxCutoff(maxD), 0.3, threads)) {
            ff.computePerParticle(c);
            pe = ff.energyPerParticle().clone();
            for (int k = 0; k < 6; k++) s[k] = ff.stressPerParticle(k).clone();
        }
        double omega = c.box.volume() / c.n;
        String[] names = {"sigma_xx", "sigma_yy", "sigma_zz", "sigma_xy", "sigma_xz", "sigma_yz"};
        java.util.List<Object> cols = new java.util.ArrayList<>(java.util.List.of("pe", pe));
        for (int k = 0; k < 6; k++) {
            double[] v = new double[c.n];
            for (int i = 0; i < c.n; i++) {
                double kin = 0;
                if (kinetic) {
                    double m = c.massOf(i);
                    double[] va = component(c, k, true), vb = component(c, k, false);
                    kin = m * va[i] * vb[i];
                }
                v[i] = (-s[k][i] + kin) / omega;
            }
            cols.add(names[k]); cols.add(v);
        }
        int[] type = new int[c.n];
        for (int i = 0; i < c.n; i++) type[i] = c.type[i] + 1;
        Table t = Table.create("atomic stress");
        t.addColumns(IntColumn.create("id", c.id.clone()), IntColumn.create("type", type));
        for (var col : Tables.of("x", cols.toArray()).columns()) t.addColumns(col);
        return t;
    }

    private static double[] component(Configuration c, int k, boolean first) {
        int a = switch (k) { case 0, 3, 4 -> 0; case 1, 5 -> 1; default -> 2; };
        int b = switch (k) { case 0 -> 0; case 1, 3 -> 1; default -> 2; };
        int axis = first ? a : b;
        return axis == 0 ? c.vx : axis == 1 ? c.vy : c.vz;
    }
}
