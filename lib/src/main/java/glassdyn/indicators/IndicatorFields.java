package glassdyn.indicators;

import glassdyn.protocols.GlassPreparation;

import glassdyn.force.ForceField;
import glassdyn.particles.Configuration;
import glassdyn.potential.PairPotential;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Computes the raw per-particle fields of {@link Indicator} on one inherent structure of a model ("poly" or "lj"),
 * and times each (seconds, for the benchmark). Neighbour shells for Psi_6 and Theta use x_cut = 1.33 (POLY) or 1.5
 * (LJ) times the pair size (paper 003 B1).
 */
public final class IndicatorFields {
    /** x_cut of the neighbour shells: 1.33 (POLY), 1.5 (LJ) (paper 003 B1, "first minimum of the normalized g(r)"). */
    public static final double XCUT_POLY = 1.33, XCUT_LJ = 1.5;

    private final String model;
    private final PairPotential potential;
    private final LocalYieldStress yieldStress;
    private final Softness softness;
    private final SaddlePointSampling saddles;
    private final int lowModes;
    private SaddlePointSampling.Result lastSaddles;

    /** Raw fields and the seconds each took. */
    public record Fields(Map<Indicator, double[]> raw, Map<Indicator, Double> seconds) {}

    /**
     * @param yieldStress the frozen-matrix set-up (null: Delta tau_y not computed)
     * @param softness    a trained classifier (null: S not computed)
     * @param saddles     the ARTn set-up of SPS (null: SPS not computed)
     * @param lowModes    Lanczos modes when the spectrum is not computed densely (0: the paper's n_k scaled to N,
     *                    {@link SoftModeField#modeCount}); M sums over at most {@link SoftModeField#modeCount} of them
     */
    public IndicatorFields(String model, LocalYieldStress yieldStress, Softness softness, SaddlePointSampling saddles, int lowModes) {
        this.model = model;
        this.saddles = saddles;
        this.potential = GlassPreparation.potential(model);
        this.yieldStress = yieldStress;
        this.softness = softness;
        this.lowModes = lowModes;
    }

    /** The SPS result of the last {@link #compute} that computed SPS (null before): event and search counts. */
    public SaddlePointSampling.Result lastSaddles() { return lastSaddles; }

    public static Set<Indicator> all() { return EnumSet.allOf(Indicator.class); }

    public Fields compute(Configuration c, Set<Indicator> which) {
        Map<Indicator, double[]> raw = new EnumMap<>(Indicator.class);
        Map<Indicator, Double> sec = new EnumMap<>(Indicator.class);
        NeighbourShells.PairSize size = NeighbourShells.sizeRule(model);
        double maxD = 1;
        for (double d : c.diameter) maxD = Math.max(maxD, d);
        double maxSize = model.equals("lj") ? glassdyn.potential.SmoothedLennardJones2D.SIGMA_LL : maxD;
        long t0 = System.nanoTime();
        EnumSet<Indicator> voronoi = EnumSet.of(Indicator.DENSITY, Indicator.FREE_VOLUME, Indicator.ANISOTROPY, Indicator.ANISOTROPY_DIVERGENCE);
        voronoi.retainAll(which);
        if (!voronoi.isEmpty()) {
            RadicalVoronoi v = RadicalVoronoi.of(c, model);
            double s = lap(t0) / voronoi.size();
            put(raw, sec, which, Indicator.DENSITY, v.density, s);
            put(raw, sec, which, Indicator.FREE_VOLUME, v.freeVolume, s);
            put(raw, sec, which, Indicator.ANISOTROPY, v.anisotropy, s);
            t0 = System.nanoTime();
            if (which.contains(Indicator.ANISOTROPY_DIVERGENCE))
                put(raw, sec, which, Indicator.ANISOTROPY_DIVERGENCE, VoronoiAnisotropyDivergence.compute(v), s + lap(t0));
        }
        t0 = System.nanoTime();
        if (which.contains(Indicator.EXCESS_ENTROPY)) {
            double rm = TwoBodyExcessEntropy.firstMinimum(c, 3.0);
            put(raw, sec, which, Indicator.EXCESS_ENTROPY, TwoBodyExcessEntropy.compute(c, rm), lap(t0));
        }
        t0 = System.nanoTime();
        if (which.contains(Indicator.CONTACTS)) {
            NeighbourShells inter = NeighbourShells.of(c, NeighbourShells.UNIT, potential.maxCutoff(maxD), 1);
            put(raw, sec, which, Indicator.CONTACTS, ContactNumber.compute(c, potential, inter), lap(t0));
        }
        t0 = System.nanoTime();
        if (which.contains(Indicator.HEXATIC) || which.contains(Indicator.THETA)) {
            NeighbourShells shells = NeighbourShells.of(c, size, model.equals("lj") ? XCUT_LJ : XCUT_POLY, maxSize);
            double s = lap(t0);
            t0 = System.nanoTime();
            put(raw, sec, which, Indicator.HEXATIC, HexaticOrder.compute(shells, 6), s + lap(t0));
            t0 = System.nanoTime();
            put(raw, sec, which, Indicator.THETA, StericBondOrder.compute(c, shells, size), s + lap(t0));
        }
        t0 = System.nanoTime();
        if (which.contains(Indicator.SOFTNESS) && softness != null)
            put(raw, sec, which, Indicator.SOFTNESS, softness.field(StructureFunctions.compute(c, model)), lap(t0));
        t0 = System.nanoTime();
        if (which.contains(Indicator.POTENTIAL_ENERGY)) {
            try (ForceField ff = GlassPreparation.forceField(potential, c, 1)) {
                ff.computePerParticle(c);
                put(raw, sec, which, Indicator.POTENTIAL_ENERGY, ff.energyPerParticle().clone(), lap(t0));
            }
        }
        EnumSet<Indicator> harmonic = EnumSet.of(Indicator.THERMAL_EXPANSION, Indicator.SOFT_MODES, Indicator.HEAT_CAPACITY, Indicator.VIBRALITY,
            Indicator.NONAFFINE_MODULUS, Indicator.NONAFFINE_VELOCITY, Indicator.LOCAL_MODULUS, Indicator.NONLINEAR_MODES);
        harmonic.retainAll(which);
        if (!harmonic.isEmpty()) {
            t0 = System.nanoTime();
            HarmonicAnalysis h = HarmonicAnalysis.of(c, potential, lowModes > 0 ? lowModes : SoftModeField.modeCount(c.n));
            double base = lap(t0) / harmonic.size();
            t0 = System.nanoTime();
            if (which.contains(Indicator.THERMAL_EXPANSION)) put(raw, sec, which, Indicator.THERMAL_EXPANSION, LocalThermalExpansion.compute(h), base + lap(t0));
            t0 = System.nanoTime();
            if (which.contains(Indicator.SOFT_MODES)) put(raw, sec, which, Indicator.SOFT_MODES, SoftModeField.compute(h, SoftModeField.modeCount(c.n)), base + lap(t0));
            t0 = System.nanoTime();
            if (which.contains(Indicator.HEAT_CAPACITY)) put(raw, sec, which, Indicator.HEAT_CAPACITY, LocalHeatCapacity.compute(h), base + lap(t0));
            t0 = System.nanoTime();
            if (which.contains(Indicator.VIBRALITY)) put(raw, sec, which, Indicator.VIBRALITY, Vibrality.compute(h), base + lap(t0));
            t0 = System.nanoTime();
            if (which.contains(Indicator.NONAFFINE_MODULUS)) put(raw, sec, which, Indicator.NONAFFINE_MODULUS, NonaffineShearModulus.compute(h), base + lap(t0));
            t0 = System.nanoTime();
            if (which.contains(Indicator.NONAFFINE_VELOCITY)) put(raw, sec, which, Indicator.NONAFFINE_VELOCITY, NonaffineVelocity.compute(h), base + lap(t0));
            t0 = System.nanoTime();
            if (which.contains(Indicator.LOCAL_MODULUS)) put(raw, sec, which, Indicator.LOCAL_MODULUS, LocalShearModulus.compute(h, potential), base + lap(t0));
            t0 = System.nanoTime();
            if (which.contains(Indicator.NONLINEAR_MODES)) put(raw, sec, which, Indicator.NONLINEAR_MODES, NonlinearModes.compute(h, potential, model), base + lap(t0));
        }
        t0 = System.nanoTime();
        if (which.contains(Indicator.YIELD_STRESS) && yieldStress != null)
            put(raw, sec, which, Indicator.YIELD_STRESS, yieldStress.compute(c).perAtom(), lap(t0));
        t0 = System.nanoTime();
        if (which.contains(Indicator.SADDLE_POINTS) && saddles != null)
        {
            lastSaddles = saddles.compute(c);
            put(raw, sec, which, Indicator.SADDLE_POINTS, lastSaddles.perAtom(), lap(t0));
        }
        return new Fields(raw, sec);
    }

    private static void put(Map<Indicator, double[]> raw, Map<Indicator, Double> sec, Set<Indicator> which, Indicator k, double[] v, double s) {
        if (!which.contains(k)) return;
        raw.put(k, v);
        sec.put(k, s);
    }

    private static double lap(long t0) { return (System.nanoTime() - t0) * 1e-9; }
}
