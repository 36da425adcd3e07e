package glassdyn.cli;

import glassdyn.force.ForceField;
import glassdyn.elastic.DipoleStiffness;
import glassdyn.elastic.Hessian;
import glassdyn.elastic.HessianSolver;
import glassdyn.elastic.InteractingPairs;
import glassdyn.elastic.ShearModulus;
import glassdyn.elastic.VibrationalModes;
import glassdyn.InputException;
import glassdyn.minimize.Fire;
import glassdyn.particles.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code elastic}: athermal elasticity of an inherent structure (paper 004 Appendix A): the shear modulus G, Born minus
 * non-affine (Eq. A1), averaged over the shear planes xy, xz, yz in 3D (spec 004 A5), and with {@code --dipoles K} the
 * mean dipole stiffness kappa (Eqs. A2-A4) over K interacting pairs drawn without replacement with {@code --seed}.
 */
@Command(name = "elastic", mixinStandardHelpOptions = true,
    description = "Shear modulus (Born minus non-affine) and mean dipole stiffness kappa of an inherent structure.")
public final class ElasticCommand implements Runnable {
    /**
     * Largest force accepted as an inherent structure: Eq. A1 holds at f = 0; a residual force f shifts the relaxed
     * response by about f / lambda_min, far below every tolerance here at 1e-6 (spec 004 A7 quenches to 1e-10).
     */
    static final double MAX_FORCE = 1e-6;

    @Mixin ModelOptions model;

    @Option(names = "--minimize", description = "quench with FIRE 2.0 first (to --force-tolerance)")
    boolean minimize;

    @Option(names = "--force-tolerance", defaultValue = "1e-10",
        description = "largest force after --minimize (default ${DEFAULT-VALUE}, spec 004 A7)")
    double tolerance;

    @Option(names = "--dipoles", defaultValue = "0", description = "number K of random interacting pairs for the mean kappa (default ${DEFAULT-VALUE}: none)")
    int dipoles;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the dipole draw (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--solver", defaultValue = "auto", description = "linear solver: auto, dense, sparse or cg (default ${DEFAULT-VALUE}: by size)")
    HessianSolver.Kind solver;

    @Option(names = "--modes", defaultValue = "0", description = "also report the lowest M nonzero Hessian eigenvalues (default ${DEFAULT-VALUE})")
    int modes;

    @Override
    public void run() {
        var potential = model.pairPotential();
        int threads = model.threadCount();
        if (!(tolerance > 0)) throw InputException.parameter("--force-tolerance", "must be positive", tolerance);
        if (dipoles < 0) throw InputException.parameter("--dipoles", "must be non-negative", dipoles);
        if (modes < 0) throw InputException.parameter("--modes", "must be non-negative", modes);
        Configuration c = model.read().configuration();
        Map<String, Object> summary = new LinkedHashMap<>();
        double energy, maxForce;
        try (ForceField ff = new ForceField(potential, 0.3, threads)) {
            if (minimize) {
                Fire.Result r = new Fire().minimize(c, ff, tolerance, 10_000_000L);
                c.requireFinite("elastic --minimize");
                if (!r.converged())
                    throw new IllegalStateException("FIRE did not reach a largest force of " + tolerance + " (got " + r.maxForce() + ")");
            }
            ff.compute(c, true);
            energy = ff.energy();
            maxForce = Fire.maxForce(ff, c.n);
        }
        if (!(maxForce <= MAX_FORCE))
            throw new InputException(model.data + ": not an inherent structure: largest force " + maxForce + " > " + MAX_FORCE
                + " (G and kappa assume mechanical equilibrium; " + (minimize ? "lower --force-tolerance)" : "use --minimize)"));
        long t0 = System.nanoTime();
        InteractingPairs pairs = InteractingPairs.of(c, potential);
        Hessian h = Hessian.of(pairs);
        HessianSolver s;
        try {
            s = HessianSolver.of(h, solver, (c.dim() == 3 ? 3 : 1) + dipoles + 2 * modes);
            double[] g = ShearModulus.averaged(pairs, s, c.box.volume());
            summary.put("G", g[0]);
            Object kappa = null;
            if (dipoles > 0) {
                if (dipoles > pairs.count)
                    throw InputException.parameter("--dipoles", "more than the " + pairs.count + " interacting pairs", dipoles);
                kappa = DipoleStiffness.mean(new DipoleStiffness(pairs, s).sample(dipoles, seed, null));
            }
            summary.put("kappa", kappa);
            summary.put("energy", energy);
            summary.put("G_xy", g[1]);
            if (c.dim() == 3) { summary.put("G_xz", g[2]); summary.put("G_yz", g[3]); }
            if (modes > 0) {
                VibrationalModes.Modes m = VibrationalModes.lanczos(h, s, Math.min(modes, h.size() - h.dim()), seed);
                List<Double> ev = new ArrayList<>();
                for (double v : m.eigenvalues()) ev.add(v);
                summary.put("lowest_eigenvalues", ev);
            }
        } catch (IllegalStateException e) {
            // an unstable or singular Hessian (a saddle, rattlers): the configuration is not a usable inherent structure
            throw new InputException(model.data + ": " + e.getMessage() + " (largest force " + maxForce + ")");
        }
        summary.put("n", c.n);
        summary.put("interacting_pairs", pairs.count);
        summary.put("max_force", maxForce);
        summary.put("solver", s.name());
        summary.put("seconds", (System.nanoTime() - t0) / 1e9);
        Main.summary(summary);
    }
}
