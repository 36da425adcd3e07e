package glassdyn.papers.cagejump;

import static glassdyn.papers.Reports.round;
import static glassdyn.papers.cagejump.CageJumpClaims.SEED;
import static glassdyn.papers.cagejump.CageJumpClaims.mean;
import static glassdyn.papers.cagejump.CageJumpClaims.meanInterval;
import static glassdyn.papers.cagejump.CageJumpLer.PHIS;

import glassdyn.claims.Claim;
import glassdyn.papers.Reports;
import glassdyn.stats.Bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Paper 000 p. 1 (C25): the small particles' cage jumps do not change the delineation of the dynamic regions. The
 * windows of {@link SmallParticleDelineation} at every cluster rate of both volume fractions are the units.
 */
final class SmallParticleClaims {
    /**
     * Jaccard overlap the two delineations must reach to count as "not changed": at least half of the union of the two
     * masks shared. The paper gives no number (its SM is unavailable); fixed before any run was measured, not tuned.
     */
    static final double JACCARD_MIN = 0.5;

    private SmallParticleClaims() {}

    static Claim sameDelineation(ShearChains chains, CageJumpLer.Preset preset) {
        List<Double> j = new ArrayList<>(), n = new ArrayList<>();
        double small = 0, big = 0;
        for (double phi : PHIS)
            for (double r : preset.clusterRates(phi)) {
                Map<String, double[]> p = chains.at(phi, r).panels.get("small_particles");
                if (p == null) continue;
                for (int k = 0; k < p.get("window").length; k++) {
                    small += p.get("jumps_small")[k]; big += p.get("jumps_big")[k];
                    if (Double.isFinite(p.get("jaccard")[k]) && Double.isFinite(p.get("jaccard_null")[k])) {
                        j.add(p.get("jaccard")[k]); n.add(p.get("jaccard_null")[k]);
                    }
                }
            }
        double[] a = j.stream().mapToDouble(Double::doubleValue).toArray(), b = n.stream().mapToDouble(Double::doubleValue).toArray();
        boolean enough = a.length >= Bootstrap.MIN_UNITS;
        double[] iv = enough ? meanInterval(a) : new double[] {Double.NaN, Double.NaN};
        double[] ex = enough ? Bootstrap.pairedDifference(a, b, SEED) : new double[] {Double.NaN, Double.NaN};
        return Claim.of("small_particles_same_delineation", "including the small particles' cage jumps does not change the delineation of "
                + "the dynamic regions: Jaccard overlap of the region masks from big-particle jumps and from all jumps (same delineation "
                + "parameters and detector) >= " + JACCARD_MIN + " (our bar: the paper gives none) and above the overlap of the same masks "
                + "translated at random; units: t_chi windows at every cluster rate of both phi", "p. 1 and SM (C25)")
            .paper("does not change the delineation")
            .measured(Reports.object("jaccard", round(mean(a)), "jaccard_translated", round(mean(b)), "windows", a.length,
                "small_over_big_jumps", round(big > 0 ? small / big : Double.NaN)))
            .interval(iv)
            .status(CageJumpRules.sameDelineation(mean(a), iv, mean(a) - mean(b), ex, a.length, JACCARD_MIN,
                "more t_chi windows with regions (longer runs, the long preset)"));
    }
}
