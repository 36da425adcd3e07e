package glassdyn.papers.epmq;

import glassdyn.Scale;
import glassdyn.epm.EpmDynamics;
import glassdyn.epm.EpmRun;
import glassdyn.epm.EshelbyKernel;
import glassdyn.epm.KernelVariant;
import glassdyn.epm.MeanFieldTheory;
import glassdyn.stats.LineFit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static glassdyn.papers.Reports.round;

/**
 * The kernel-reading study: the other literal readings of the SI's fine-grid step ({@link KernelVariant}) run at a few
 * temperatures, to compare each reading's Arrhenius barrier with the mean-field barrier Delta E(sigma-bar(alpha)) of
 * its own alpha (SI Eq. 33). None at the smoke scale.
 */
public final class KernelStudy {
    /** Window of the kernel-variant study runs, in units of 1/Gamma. */
    public static final double WINDOW_RATES = 60;

    private final Scale scale;
    private final EpmQ.Preset preset;
    private final KernelVariant variant;
    private final TemperatureSweep sweep;

    public KernelStudy(Scale scale, EpmQ.Preset preset, KernelVariant variant, TemperatureSweep sweep) {
        this.scale = scale;
        this.preset = preset;
        this.variant = variant;
        this.sweep = sweep;
    }

    /** The readings studied besides the pipeline's own. */
    public List<KernelVariant> variants() {
        if (scale == Scale.SMOKE) return List.of();
        return java.util.stream.Stream.of(KernelVariant.BLOCK, KernelVariant.STAG).filter(v -> v != variant).toList();
    }

    public double[] temperatures() { return new double[] {0.04, 0.03, 0.025, 0.02}; }

    public List<EpmRun.Config> configs() {
        List<EpmRun.Config> out = new ArrayList<>();
        for (KernelVariant v : variants())
            for (double t : temperatures())
                out.add(new EpmRun.Config(preset.L(), t, v, EpmDynamics.Algorithm.REJECTION_FREE, sweep.seedOf(preset.L(), t, 0, true),
                    preset.equilibrationRates(), WINDOW_RATES, 1, preset.maxLagRates(), 0, null));
        return out;
    }

    /** One row per studied reading: alpha, E_act with its fit error, the mean-field barrier, T and tau_alpha. */
    public List<Map<String, Object>> rows(EpmTrajectories runs) {
        List<Map<String, Object>> study = new ArrayList<>();
        for (KernelVariant v : variants()) {
            double[] ts = temperatures();
            double[] tau = EpmQColumns.column(ts, t -> runs.pooled(preset.L(), t, v, 0).tauAlpha());
            LineFit f = LineFit.arrhenius(ts, tau);
            double a = new EshelbyKernel(preset.L(), v, EshelbyKernel.defaultAngles(preset.L())).alpha();
            study.add(EpmQColumns.obj("kernel", v.name().toLowerCase(), "alpha", round(a, 4), "E_act", round(f.slope(), 4),
                "E_act_error", round(f.slopeError(), 2), "Delta_E_sigma_bar", round(MeanFieldTheory.barrier(a), 4),
                "T", ts, "tau_alpha", round(tau)));
        }
        return study;
    }
}
