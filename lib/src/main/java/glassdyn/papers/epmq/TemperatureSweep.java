package glassdyn.papers.epmq;

import glassdyn.epm.EpmDynamics;
import glassdyn.epm.EpmRun;
import glassdyn.epm.KernelVariant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The runs of the paper's temperature sweep (Figs. 1-4, SI Figs. 6-10): the elastic model at the preset's
 * temperatures (more trajectories at T &lt;= {@link EpmQ#CHI4_FIT_TMAX}, two windows at the lowest T for SI Fig. 8),
 * the larger lattice (SI Fig. 9) and the no-elastic control (Fig. 1b squares). Every run has its own seed from
 * (seed, L, T, trajectory, elastic), so the results do not depend on which runs are done together.
 */
public final class TemperatureSweep {
    private final EpmQ.Preset preset;
    private final KernelVariant variant;
    private final long seed;

    public TemperatureSweep(EpmQ.Preset preset, KernelVariant variant, long seed) {
        this.preset = preset;
        this.variant = variant;
        this.seed = seed;
    }

    public double lowestT() { return Arrays.stream(preset.temperatures()).min().orElseThrow(); }

    /** The elastic runs at L and the larger L, then the no-elastic control. */
    public List<EpmRun.Config> configs() {
        List<EpmRun.Config> out = new ArrayList<>();
        double low = lowestT();
        for (double t : preset.temperatures()) {
            for (int k = 0; k < preset.trajectories(); k++) out.add(elasticConfig(preset.L(), t, k, t == low ? 2 : 1));
        }
        for (double t : preset.largeTemperatures())
            for (int k = 0; k < preset.largeTrajectories(); k++) out.add(elasticConfig(preset.largeL(), t, k, t == low ? 2 : 1));
        return out;
    }

    /** The no-elastic control: time scales in units of e^{1/T} (see {@link EpmRun}); maps for the facilitation control. */
    public List<EpmRun.Config> noElasticConfigs() {
        List<EpmRun.Config> out = new ArrayList<>();
        for (double t : preset.noElasticTemperatures())
            out.add(new EpmRun.Config(preset.L(), t, null, EpmDynamics.Algorithm.REJECTION_FREE, seedOf(preset.L(), t, 0, false),
                preset.noElasticEquilibration(), preset.noElasticWindow(), 1, preset.noElasticWindow(), 0, mapLags()));
        return out;
    }

    private EpmRun.Config elasticConfig(int L, double t, int trajectory, int windows) {
        boolean large = L == preset.largeL() && L != preset.L();
        return new EpmRun.Config(L, t, variant, EpmDynamics.Algorithm.REJECTION_FREE, seedOf(L, t, trajectory, true),
            large ? EpmQ.LARGE_EQUILIBRATION_RATES : preset.equilibrationRates(), large ? preset.largeWindowRates() : preset.windowRates(), windows,
            preset.maxLagRates(), 4, trajectory == 0 || t == lowestT() ? mapLags() : null);
    }

    /** Map lags: a log grid for Fig. 2 (the lag with P closest to 1/2 is shown) plus the Fig. 10 lags. */
    static double[] mapLags() {
        List<Double> lags = new ArrayList<>();
        for (double x = 1; x <= EpmQ.MAP_LAG_MAX; x *= 1.25) lags.add(x);
        for (double x : EpmQ.FIG10_LAGS) lags.add(x);
        return lags.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
    }

    /** The seed of one run. */
    public long seedOf(int L, double t, int trajectory, boolean elastic) {
        long h = seed;
        h = h * 1_000_003L + L;
        h = h * 1_000_003L + Math.round(t * 1e6);
        h = h * 1_000_003L + trajectory;
        h = h * 1_000_003L + (elastic ? 1 : 0);
        return h;
    }
}
