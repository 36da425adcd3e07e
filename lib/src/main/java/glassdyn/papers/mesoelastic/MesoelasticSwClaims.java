package glassdyn.papers.mesoelastic;

import glassdyn.claims.Claim;
import glassdyn.papers.StageResult;
import glassdyn.stats.Bootstrap;

import java.util.ArrayList;
import java.util.List;

import static glassdyn.papers.mesoelastic.MesoelasticClaims.num;
import static glassdyn.papers.mesoelastic.MesoelasticClaims.obj;
import static glassdyn.papers.mesoelastic.MesoelasticClaims.pair;
import static glassdyn.papers.mesoelastic.MesoelasticObservables.*;
import static glassdyn.papers.mesoelastic.MesoelasticPresets.*;

/**
 * The claims of paper 004 about its Stillinger-Weber row (Figs. 4 d1-d4, 5, 12 d), the half of the headline "SS and
 * SW do not obey Eq. 3": Eq. 3 breaks down for SW, SW's IS transition rate is at least ten times IPL's, and SW's
 * interactions are attraction-dominated. The per-system claims (kappa vs G on annealing, Stokes-Einstein, q_max) come
 * from {@link MesoelasticClaims}' loops over the systems.
 */
final class MesoelasticSwClaims {
    private final MesoelasticResults r;
    private final MesoelasticFigures fig;
    private final MesoelasticClaims claims;
    private final long seed;

    MesoelasticSwClaims(MesoelasticResults r, MesoelasticFigures fig, MesoelasticClaims claims) {
        this.r = r;
        this.fig = fig;
        this.claims = claims;
        this.seed = r.seed();
    }

    /** The SW claims of the preset (none without an SW system). */
    List<Claim> claims() {
        List<Claim> out = new ArrayList<>();
        if (!r.preset().has("sw")) return out;
        out.add(eq3());
        if (r.preset().has("ipl")) out.add(rateVsIpl());
        out.add(attraction());
        return out;
    }

    /** Eq. 3 fails for SW: no positive slope over the activated points, or an absurdly small t~ (Fig. 4 d4). */
    Claim eq3() {
        MesoelasticFit f = fig.eq3Fit("sw");
        int n = MesoelasticClaims.activated(col(rows(fig.fig4Eq3(), "sw"), "tau_over_t0")).length;
        return Claim.of("eq3_fit_sw", "Eq. 3 breaks down for SW: over tau_alpha/t0 >= 10 the fit of ln(tau/t0) against kappa/T has no "
                + "positive slope or a t~ many orders of magnitude below any intrinsic time (here: below " + MesoelasticRules.ABSURD_T_TILDE + ")",
                "Sec. III A, Fig. 4 d4, abstract")
            .paper("no valid straight line / t~ absurdly small")
            .measured(claims.eq3Summary("sw", f))
            .status(MesoelasticRules.eq3Breaks("SW", n, f.slope(), f.tTilde()));
    }

    /** SW's reduced IS transition rate at least ten times IPL's (Fig. 5 b); unit of the intervals: trajectories. */
    Claim rateVsIpl() {
        SystemSpec sw = r.system("sw"), ipl = r.system("ipl");
        MesoelasticFigures.PooledRate a = fig.pooledRate(sw), b = fig.pooledRate(ipl);
        double iplRate = b.rateOrBound();
        double[] ca = claims.rateInterval(sw), cb = b.transitions() > 0 ? claims.rateInterval(ipl) : null;
        return Claim.of("transition_rate_ipl_vs_sw", "the reduced IS transition rate Gamma t_ball N0/N of SW exceeds IPL's by at least an "
                + "order of magnitude (each system at its lowest T, not matched in viscosity; rates pooled over the trajectories; IPL "
                + "without a transition bounded by one; unit of the interval: trajectories)", "Sec. III B, Fig. 5 b")
            .paper(obj("IPL", "~0.1 (inferred)", "SS/SW", ">~10 (inferred)"))
            .measured(obj("sw", num(a.scaledRate()), "sw_ci90", pair(ca), "sw_transitions", (int) a.transitions(),
                "ipl", num(iplRate), "ipl_ci90", pair(cb), "ipl_transitions", (int) b.transitions(), "ratio", num(a.scaledRate() / iplRate),
                "sw_tau_over_t0", num(tauAlpha(r.dyn(sw, sw.lowestIndex())) / sw.t0(sw.lowestT())),
                "ipl_tau_over_t0", num(tauAlpha(r.dyn(ipl, ipl.lowestIndex())) / ipl.t0(ipl.lowestT()))))
            .interval(ca)
            .status(MesoelasticRules.rateRatio("SW", a.scaledRate(), iplRate, ca, cb));
    }

    /**
     * SW's IS pairs are attraction-dominated (App. D3: "virtually all interactions" use the attractive part; Fig. 12
     * d): the fraction of pairs within the cutoff with phi2'(r) &gt; 0 above one half (our reading of "dominant"; the
     * "virtually all" of the text is reported beside it); interval: block bootstrap over IS of the lowest T.
     */
    Claim attraction() {
        SystemSpec s = r.system("sw");
        StageResult u = r.dyn(s, s.lowestIndex());
        double[] a = col(u.table("is"), "attractive_fraction");
        double[] ci = Bootstrap.meanInterval(a, isBlock(u), seed + 37);
        double m = mean(a);
        return Claim.of("attraction_dominated_sw", "in SW the IS pairs within the cutoff are dominated by the attractive part of the "
                + "two-body term (phi2'(r) > 0 beyond r = 1.12 sigma); threshold 1/2 is ours (the paper: 'virtually all'); unit: IS blocks "
                + "of one tau_alpha", "Appendix D3, Fig. 12 d")
            .paper("virtually all interactions attractive")
            .measured(obj("attractive_fraction", num(m), "n_IS", a.length, "T", s.lowestT()))
            .interval(ci).status(MesoelasticRules.attractiveMany(m, ci, 0.5));
    }
}
