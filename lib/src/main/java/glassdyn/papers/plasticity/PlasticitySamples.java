package glassdyn.papers.plasticity;

import glassdyn.Progress;
import glassdyn.Scale;
import glassdyn.indicators.Indicator;
import glassdyn.indicators.PlasticityScore;
import glassdyn.indicators.Softness;
import glassdyn.papers.StageStore;
import glassdyn.papers.StageResult;
import glassdyn.papers.plasticity.PlasticityIndicators.Preset;
import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Every glass of paper 003 through the one {@link StageStore}: the training glasses ({@link CriticalModeLabels}), the
 * softness SVM of each protocol (trained on the even training glasses, validated on the odd ones), then the scored
 * glasses ({@link FirstEventScores}). A stage is keyed {@code PROTOCOL-train-K} or {@code PROTOCOL-test-K}; its
 * parameters carry the scale and the indicator list ({@link Indicator#format()}), so a checkpoint of another indicator
 * list or scale is computed again, not misread.
 */
final class PlasticitySamples {
    /**
     * Layout number of a training stage (labels, feature dimension, features: no indicator field, so independent of
     * the indicator list); change it if that layout changes.
     */
    static final int TRAINING_FORMAT = 1016;

    private final Scale scale;
    private final Preset preset;
    private final long seed;
    private final StageStore store;
    private final int threads;
    private final Map<String, GlassRecord> records = new TreeMap<>();
    private final Map<String, Softness> softness = new TreeMap<>();
    private final Map<String, double[]> svmAccuracy = new TreeMap<>();
    private final Map<String, GlassRecord> equilibration = new TreeMap<>();

    PlasticitySamples(Scale scale, Preset preset, long seed, StageStore store, int threads) {
        this.scale = scale;
        this.preset = preset;
        this.seed = seed;
        this.store = store;
        this.threads = threads;
    }

    long seedOf(int protocol, String kind, int sample) {
        return ((seed * 1_000_003L + protocol) * 1_000_003L + kind.hashCode()) * 1_000_003L + sample;
    }

    static String key(Protocol p, String kind, int k) { return p.name() + "-" + kind + "-" + k; }

    /** Runs (or loads) every sample: the training samples first, then the SVMs, then the scored samples. */
    synchronized void simulate() {
        List<Protocol> ps = preset.protocols();
        run("plasticity-indicators " + scale.label() + " training samples", firstStages());
        for (Protocol p : ps) if (records.containsKey(p.name() + "-equilibration")) equilibration.put(p.name(), records.get(p.name() + "-equilibration"));
        for (Protocol p : ps) trainSoftness(p);
        List<StageStore.Stage> stages = new ArrayList<>();
        for (int a = 0; a < ps.size(); a++)
            for (int k = 0; k < preset.testSamples(); k++) stages.add(testStage(a, k));
        run("plasticity-indicators " + scale.label() + " scored samples", stages);
        run("plasticity-indicators " + scale.label() + " critical-mode approaches", approachStages());
        run("plasticity-indicators " + scale.label() + " elastic-branch Theta", elasticStages());
    }

    /** The protocol of Fig. 7(a) ("stable glasses"): the most stable POLY parent of the preset, or null. */
    Protocol elasticProtocol() {
        List<Protocol> l = PlasticityProtocols.byStability(preset.protocols(), "poly");
        return l.isEmpty() ? null : l.getLast();
    }

    /**
     * Theta along the elastic branch of Fig. 7(a) ({@link ElasticBranchTheta}) on every scored glass of
     * {@link #elasticProtocol} (same seeds), keyed {@code PROTOCOL-elastic-K}; they need no other stage.
     */
    List<StageStore.Stage> elasticStages() {
        List<StageStore.Stage> stages = new ArrayList<>();
        Protocol p = elasticProtocol();
        if (p == null) return stages;
        int a = preset.protocols().indexOf(p);
        String params = "plasticity-indicators elastic-branch theta format=" + ElasticBranchTheta.FORMAT + " scale=" + scale.label()
            + " step=" + preset.strainStep();
        for (int k = 0; k < preset.testSamples(); k++) {
            long s = seedOf(a, "test", k);
            stages.add(stage(key(p, "elastic", k), params, () -> ElasticBranchTheta.of(p, preset, s)));
        }
        return stages;
    }

    /** The elastic-branch records of {@link #elasticProtocol} that reached a first event. */
    List<GlassRecord> elasticBranch() {
        Protocol p = elasticProtocol();
        return p == null ? List.of() : withKey(p, "elastic", "rx_theta");
    }

    /** The records {@code PROTOCOL-kind-K} of {@code p} that hold {@code key}, in K order. */
    private List<GlassRecord> withKey(Protocol p, String kind, String key) {
        List<GlassRecord> l = new ArrayList<>();
        for (int k = 0; k < preset.testSamples(); k++) {
            GlassRecord r = records.get(key(p, kind, k));
            if (r != null && r.has(key)) l.add(r);
        }
        return l;
    }

    /**
     * The critical-mode approach of Fig. 11(b,c) ({@link CriticalModeConvergence}) on the first glasses of each protocol:
     * the same glasses as the scored ones (same seeds), keyed {@code PROTOCOL-approach-K}; they need no other stage.
     */
    List<StageStore.Stage> approachStages() {
        List<Protocol> ps = preset.protocols();
        List<StageStore.Stage> stages = new ArrayList<>();
        String params = "plasticity-indicators critical-mode approach format=" + CriticalModeConvergence.FORMAT + " scale=" + scale.label()
            + " step=" + preset.strainStep();
        int k0 = Math.min(preset.testSamples(), CriticalModeConvergence.glasses(scale));
        for (int a = 0; a < ps.size(); a++)
            for (int k = 0; k < k0; k++) {
                Protocol p = ps.get(a);
                long s = seedOf(a, "test", k);
                stages.add(stage(key(p, "approach", k), params, () -> CriticalModeConvergence.of(p, preset, s)));
            }
        return stages;
    }

    /** The approach records of a protocol that reached a first event. */
    List<GlassRecord> approaches(Protocol p) { return withKey(p, "approach", "gamma_c"); }

    /** The stages that need no other: the training glasses and the swap-MC equilibration diagnostics. */
    List<StageStore.Stage> firstStages() {
        List<Protocol> ps = preset.protocols();
        List<StageStore.Stage> stages = new ArrayList<>();
        String trainParams = "plasticity-indicators training format=" + TRAINING_FORMAT + " scale=" + scale.label();
        for (int a = 0; a < ps.size(); a++)
            for (int k = 0; k < preset.trainingSamples(); k++) {
                Protocol p = ps.get(a);
                long s = seedOf(a, "train", k);
                stages.add(stage(key(p, "train", k), trainParams, () -> CriticalModeLabels.of(p, preset, s)));
            }
        String eqParams = "plasticity-indicators swap equilibration blocks=" + SwapEquilibration.BLOCKS + " scale=" + scale.label();
        for (int a = 0; a < ps.size(); a++) {
            Protocol p = ps.get(a);
            long s = seedOf(a, "equilibration", 0);
            if (SwapEquilibration.applies(p))
                stages.add(stage(p.name() + "-equilibration", eqParams + " T=" + p.tIni() + " sweeps=" + p.sweeps(), () -> SwapEquilibration.of(p, preset.n(), s)));
        }
        return stages;
    }

    /** Scored glass {@code k} of protocol number {@code a}: needs the protocol's softness SVM (its training glasses). */
    StageStore.Stage testStage(int a, int k) {
        Protocol p = preset.protocols().get(a);
        String testParams = "plasticity-indicators scored format=" + Indicator.format() + " scale=" + scale.label()
            + " detectors=" + OnsetDetectors.FORMAT;
        long s = seedOf(a, "test", k);
        return stage(key(p, "test", k), testParams, () -> FirstEventScores.of(p, preset, k, s, softness.get(p.name())));
    }

    /**
     * Computes (or loads) one stage by its key, as one work unit of a plan: a training glass or a diagnostic alone; a
     * scored glass after loading its protocol's training glasses from the store and training the SVM on them.
     */
    synchronized void runOne(String key) {
        for (StageStore.Stage st : firstStages())
            if (st.key().equals(key)) { run("plasticity-indicators " + key, List.of(st)); return; }
        for (StageStore.Stage st : approachStages())
            if (st.key().equals(key)) { run("plasticity-indicators " + key, List.of(st)); return; }
        for (StageStore.Stage st : elasticStages())
            if (st.key().equals(key)) { run("plasticity-indicators " + key, List.of(st)); return; }
        List<Protocol> ps = preset.protocols();
        for (int a = 0; a < ps.size(); a++)
            for (int k = 0; k < preset.testSamples(); k++)
                if (key(ps.get(a), "test", k).equals(key)) {
                    Protocol p = ps.get(a);
                    List<StageStore.Stage> training = new ArrayList<>();
                    for (StageStore.Stage st : firstStages()) if (st.key().startsWith(p.name() + "-train-")) training.add(st);
                    run("plasticity-indicators " + p.name() + " training samples", training);
                    trainSoftness(p);
                    run("plasticity-indicators " + key, List.of(testStage(a, k)));
                    return;
                }
        throw new IllegalArgumentException("no unit '" + key + "' in the plan of plasticity-indicators " + scale.label());
    }

    private static StageStore.Stage stage(String key, String params, Supplier<GlassRecord> compute) {
        return new StageStore.Stage(key, params, () -> compute.get().toStage());
    }

    private void run(String label, List<StageStore.Stage> stages) {
        List<StageStore.Stage> todo = new ArrayList<>();
        for (StageStore.Stage s : stages) if (!records.containsKey(s.key())) todo.add(s);
        if (todo.isEmpty()) return;
        long missing = todo.stream().filter(s -> !store.has(s.key(), s.params())).count();
        try (Progress progress = new Progress(label, missing)) {
            List<StageStore.Stage> counted = new ArrayList<>();
            for (StageStore.Stage s : todo) {
                boolean fresh = !store.has(s.key(), s.params());
                counted.add(new StageStore.Stage(s.key(), s.params(), () -> {
                    StageResult r = s.compute().get();
                    if (fresh) progress.step(1);
                    return r;
                }));
            }
            List<StageResult> rs = store.getAll(counted, threads);
            for (int t = 0; t < todo.size(); t++) records.put(todo.get(t).key(), GlassRecord.of(rs.get(t)));
        }
    }

    /** Trains the protocol's SVM on its even training samples and validates it on the odd ones. */
    private void trainSoftness(Protocol p) {
        List<double[]> xt = new ArrayList<>(), xv = new ArrayList<>();
        List<Integer> yt = new ArrayList<>(), yv = new ArrayList<>();
        for (int k = 0; k < preset.trainingSamples(); k++) {
            GlassRecord r = records.get(key(p, "train", k));
            int d = (int) r.scalar("dim");
            double[] lab = r.get("labels"), f = r.get("features");
            for (int q = 0; q < lab.length; q++) {
                (k % 2 == 0 ? xt : xv).add(Arrays.copyOfRange(f, q * d, (q + 1) * d));
                (k % 2 == 0 ? yt : yv).add((int) lab[q]);
            }
        }
        if (xt.isEmpty()) return;
        Softness s = Softness.train(xt, yt, PlasticityIndicators.SVM_MAX_PER_CLASS, seed);
        softness.put(p.name(), s);
        svmAccuracy.put(p.name(), new double[] {s.trainingAccuracy(), xv.isEmpty() ? Double.NaN : s.accuracy(xv, yv), s.trainingSize(), xv.size()});
    }

    /** Training accuracy, validation accuracy, training size, validation size of a protocol's SVM; null without one. */
    double[] svmAccuracy(Protocol p) {
        if (!svmAccuracy.containsKey(p.name())) trainSoftness(p);
        return svmAccuracy.get(p.name());
    }

    /** The swap-MC equilibration diagnostic of a POLY parent ({@link SwapEquilibration}), or null. */
    GlassRecord equilibration(Protocol p) { return equilibration.get(p.name()); }

    /** The record of a sample, or null when it has not run. */
    GlassRecord record(Protocol p, String kind, int k) { return records.get(key(p, kind, k)); }

    /** The scored samples of a protocol that reached a first event. */
    List<GlassRecord> scored(Protocol p) { return withKey(p, "test", "locus"); }

    /** r_x of one indicator over the scored samples of a protocol that have it. */
    double[] firstEventRanks(Protocol p, Indicator ind) {
        return scored(p).stream().filter(r -> r.has("rx." + ind.label)).mapToDouble(r -> r.scalar("rx." + ind.label)).toArray();
    }

    /** r_x of several indicators, [indicator][glass], over the scored glasses of {@code p} that have all of them. */
    double[][] pairedRanks(Protocol p, Indicator... inds) {
        List<GlassRecord> l = scored(p).stream().filter(r -> Arrays.stream(inds).allMatch(i -> r.has("rx." + i.label))).toList();
        double[][] out = new double[inds.length][l.size()];
        for (int a = 0; a < inds.length; a++)
            for (int g = 0; g < l.size(); g++) out[a][g] = l.get(g).scalar("rx." + inds[a].label);
        return out;
    }

    /** The scored glasses of {@code p} that ran a strain path (C(event n), C_Delta-gamma). */
    List<GlassRecord> paths(Protocol p) {
        return scored(p).stream().filter(r -> r.has("event.strain")).toList();
    }

    /** C_min of one indicator (NaN without samples). */
    double cMin(Protocol p, Indicator ind) {
        double[] rx = firstEventRanks(p, ind);
        return rx.length == 0 ? Double.NaN : PlasticityScore.score(rx);
    }
}
