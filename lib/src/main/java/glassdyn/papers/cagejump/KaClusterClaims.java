package glassdyn.papers.cagejump;

import glassdyn.analysis.ConvectiveClusters;
import static glassdyn.papers.Reports.round;

import glassdyn.claims.Claim;
import glassdyn.claims.Status;
import glassdyn.papers.Reports;
import glassdyn.stats.LineFit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report entries of paper 000's MD variant (p. 4: "Above conclusions are also found in the MD data ...
 * Particularly, the numerical agreement between nu_c and lambda/4, and that between xi_alpha and xi_c, are even better
 * than those of BD results"; review 000 claim C26), by the BD checks' own rules: shear thinning
 * ({@link CageJumpRules#positive}), nu_c = lambda/4 ({@link CageJumpClaims#nuCVsLambda}), the alpha(r) range
 * ({@link CageJumpClaims#alphaRange}), and the two "even better" comparisons with the BD checks
 * ({@link CageJumpRules#closerAgreement}): |nu_c - lambda/4| and |ln(xi_alpha / xi_c)| (the distance between the two
 * sizes; BD has xi_alpha = 0.8 xi_c) of MD against BD.
 */
final class KaClusterClaims {
    static final String WHERE = "p. 4 and SM (MD data)";
    static final String PREFIX = "MD (Kob-Andersen, T = 0.45, SLLOD): ";
    static final String NEEDS = "a KA box spanning >= 2.5 cluster diameters (N >= 1e4 at rho = 1.2) and >= 3 rates with clusters";

    private final KaClusterVariant ka;
    private final double[] bdRates, bdXiC, bdEta, bdXiA;
    private final Claim bdNu, bdAlpha;

    /** {@code bd*}: the BD series at phi = 45% over its cluster rates and the BD checks of the same relations. */
    KaClusterClaims(KaClusterVariant ka, double[] bdRates, double[] bdXiC, double[] bdEta, double[] bdXiA, Claim bdNu, Claim bdAlpha) {
        this.ka = ka; this.bdRates = bdRates; this.bdXiC = bdXiC; this.bdEta = bdEta; this.bdXiA = bdXiA; this.bdNu = bdNu; this.bdAlpha = bdAlpha;
    }

    List<Claim> checks() {
        double[] rates = ka.preset().rates();
        List<Claim> c = new ArrayList<>();
        c.add(shearThinning(rates));
        c.add(cageScale());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("t_chi", round(ka.series("t_chi")));
        extra.put("msd_plateau", round(ka.series("msd_plateau")));
        Claim nu = CageJumpClaims.nuCVsLambda("ka_nu_c_vs_lambda_over_4", PREFIX, WHERE, rates, ka.series("xi_c"), ka.series("eta"),
            ka.series("box_length")[0], "sigma_AA", extra, NEEDS);
        c.add(nu);
        Claim alpha = CageJumpClaims.alphaRange("ka_alpha_range_and_xi_alpha", PREFIX, WHERE, rates, ka.series("xi_alpha"), ka.series("xi_c"),
            ka.series("alpha_significant_bins"));
        c.add(alpha);
        double mdNu = nuDeviation(rates, ka.series("xi_c"), ka.series("eta")), bdNuDev = nuDeviation(bdRates, bdXiC, bdEta);
        c.add(Claim.of("ka_nu_c_closer_than_bd", PREFIX + "nu_c agrees with lambda/4 better than in BD (|nu_c - lambda/4| smaller)", WHERE)
            .paper("even better than BD").measured(Reports.object("md_deviation", round(mdNu), "bd_deviation", round(bdNuDev)))
            .status(CageJumpRules.closerAgreement("|nu_c - lambda/4|", mdNu, decided(nu), bdNuDev, decided(bdNu), NEEDS)));
        double mdA = sizeDeviation(ka.series("xi_alpha"), ka.series("xi_c")), bdA = sizeDeviation(bdXiA, bdXiC);
        c.add(Claim.of("ka_xi_alpha_closer_than_bd", PREFIX + "xi_alpha agrees with xi_c better than in BD (|ln(xi_alpha / xi_c)| smaller)", WHERE)
            .paper("even better than BD").measured(Reports.object("md_deviation", round(mdA), "bd_deviation", round(bdA)))
            .status(CageJumpRules.closerAgreement("|ln(xi_alpha / xi_c)|", mdA, decided(alpha), bdA, decided(bdAlpha), NEEDS)));
        return c;
    }

    private Claim shearThinning(double[] rates) {
        LineFit f = CageJumpClaims.powerLaw(rates, ka.series("eta"));
        double lam = -f.slope();
        return Claim.of("ka_shear_thinning", PREFIX + "eta ~ gamma_dot^-lambda with lambda > 0 over the KA rates (A-A shear stress)", WHERE)
            .paper("lambda > 0 (not quoted)").measured(Reports.object("lambda", round(lam), "lambda_error", round(f.slopeError()), "rates", rates,
                "eta", round(ka.series("eta"))))
            .interval(round(lam - 1.645 * f.slopeError()), round(lam + 1.645 * f.slopeError()))
            .status(CageJumpRules.positive("lambda_KA", lam, new double[] {lam - 1.645 * f.slopeError(), Double.POSITIVE_INFINITY},
                Double.isFinite(f.slopeError()) ? rates.length : 0, "at least 3 KA rates (quick or long preset)"));
    }

    /**
     * Informational: the cage scale the cage-jump criterion assumes against the KA run's measured one. The Brownian
     * pipeline's criterion is two constants, not a measured rule (Candelier threshold {@link ConvectiveClusters#P_THRESHOLD}
     * "of the order of the non-affine cage plateau", cage size {@link ConvectiveClusters#CAGE_SIZE}); the MD variant
     * uses them in sigma_AA, and this entry shows the measured non-affine MSD plateau of the A particles beside them.
     */
    private Claim cageScale() {
        return Claim.of("ka_cage_scale", PREFIX + "measured non-affine MSD plateau of the A particles against the cage-jump constants "
                + "(Candelier threshold, in sigma_AA^2, and cage size squared) taken over from the BD pipeline", WHERE)
            .paper("not stated (SM)").measured(Reports.object("msd_plateau", round(ka.series("msd_plateau")),
                "msd_plateau_time", round(ka.series("msd_plateau_time")), "p_threshold", ConvectiveClusters.P_THRESHOLD,
                "cage_size_squared", round(ConvectiveClusters.CAGE_SIZE * ConvectiveClusters.CAGE_SIZE), "t_chi", round(ka.series("t_chi")),
                "sampling", round(ka.series("sampling"))))
            .informational("diagnostic: the cage-jump constants are the BD pipeline's in big-diameter units, not fitted to the KA run");
    }

    private static boolean decided(Claim c) { return c.status() == Status.PASS || c.status() == Status.FAIL; }

    /** |nu_c - lambda/4| from power-law fits of xi_c and eta over the rates. */
    static double nuDeviation(double[] rates, double[] xiC, double[] eta) {
        return Math.abs(-CageJumpClaims.powerLaw(rates, xiC).slope() + CageJumpClaims.powerLaw(rates, eta).slope() / 4);
    }

    /** |ln(mean over rates of xi_alpha / xi_c)|. */
    static double sizeDeviation(double[] xiA, double[] xiC) {
        double r = 0;
        for (int q = 0; q < xiA.length; q++) r += xiA[q] / xiC[q] / xiA.length;
        return Math.abs(Math.log(r));
    }
}
