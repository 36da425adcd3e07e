package glassdyn.papers.mesoelastic;

import glassdyn.Scale;
import glassdyn.analysis.StaticStructureFactor;
import glassdyn.claims.Status;
import glassdyn.io.LammpsDumpReader;
import glassdyn.particles.Frame;
import glassdyn.particles.Trajectory;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The first peak of S(q) of a stored liquid of each model (N = 400 at its hottest quick temperature, 4 frames 5 time
 * units apart, written by glassdyn's own MD from {@link LiquidStage#startingLiquid}) against the paper's q_max (Tables
 * I, III: "the first peak of the static structure factor of the largest particle species"), the check that the
 * reconstructed IPL and SS potentials are the paper's; a q_max planted 10% off must fail. The three SS liquids agree
 * within 2%; this IPL liquid is 6% off, within the scatter of the peak at N = 400; the SW liquid 12% off (both recorded
 * below as measured).
 */
class StructureFactorPeakTest {
    static List<Frame> stored(String system) throws Exception {
        Path f = Path.of(StructureFactorPeakTest.class.getResource("/mesoelastic/liquid-" + system + ".dump").toURI());
        List<Frame> out = new ArrayList<>();
        try (LammpsDumpReader in = new LammpsDumpReader(f, 1).dimension(3)) {
            for (Frame fr = in.next(); fr != null; fr = in.next()) {
                if (fr.unwrapped()) fr.config().wrapAll();
                out.add(fr);
            }
        }
        return out;
    }

    @Test void firstPeakOfEachModelIsThePapersQmax() throws Exception {
        StringBuilder report = new StringBuilder();
        for (MesoelasticPresets.SystemSpec s : MesoelasticPresets.preset(Scale.QUICK).systems()) {
            List<Frame> frames = stored(s.key());
            assertEquals(4, frames.size());
            assertEquals(400, frames.get(0).config().n);
            Table sq = new StaticStructureFactor(MesoelasticPresets.SQ_MAX, MesoelasticPresets.SQ_SHELL).compute(Trajectory.of(frames));
            // the paper's definition: first peak of the structure factor of the largest species (S_LL, type 2)
            double q = MesoelasticObservables.firstPeak(sq.doubleColumn("q").asDoubleArray(),
                sq.doubleColumn(MesoelasticObservables.large(sq, "S")).asDoubleArray());
            report.append(s.key()).append(": S_LL peak ").append(q).append(" vs ").append(s.qmax()).append('\n');
            if (s.model().equals("ipl")) {
                // this stored IPL liquid (T = 1, 4 frames) puts the S_LL peak at 5.95, 6.3% below 6.35; the quick run's
                // IPL liquids (10 frames each) give 6.05-6.35 (6.15 at T = 0.65, which passes): at N = 400 the peak
                // position scatters by about +-0.2, so this single liquid does not decide the IPL reconstruction
                assertEquals(5.95, q, 0.15, "IPL S_LL peak moved: revisit sq_first_peak_ipl and the findings note");
                assertEquals(Status.FAIL, MesoelasticRules.firstPeak(q, s.qmax()).status());
            } else if (s.stillingerWeber()) {
                // the stored SW liquid (T = 0.07, quick's hottest, one species: the total S(q)) peaks at 5.55, 12% below
                // the paper's 6.28 (Table I). LAMMPS's own pair_style sw at the paper's rho = 0.52 and lambda = 18.75
                // (sw-qmax-scan.lammps beside the dumps, N = 1000) puts the first peak at 5.25-5.45 at every T from 0.1
                // down to 0.04, so neither our liquid nor its temperature is off: 6.28 is not the first peak of the model
                // as the paper states it (it is 2 pi / sigma to three digits). The check keeps the paper's value and fails
                assertEquals(5.55, q, 0.15, "SW S(q) peak moved: revisit sq_first_peak_sw and the findings note");
                assertEquals(Status.FAIL, MesoelasticRules.firstPeak(q, s.qmax()).status());
            } else {
                assertEquals(Status.PASS, MesoelasticRules.firstPeak(q, s.qmax()).status(), s.key() + " peak " + q + " vs q_max " + s.qmax());
            }
            assertEquals(Status.FAIL, MesoelasticRules.firstPeak(q, 1.1 * s.qmax()).status(), "a q_max 10% off must fail");
        }
        System.out.print(report);
    }
}
