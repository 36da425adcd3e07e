package glassdyn.papers.plasticity;

import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;
import glassdyn.protocols.GlassPreparation.LjProtocol;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The report's protocol pairs come from the parents' temperatures within one model, whatever the list order. */
class PlasticityProtocolsTest {
    static Protocol lj(LjProtocol p) { return new Protocol("lj-" + p.name().toLowerCase(), "lj", 0, 0, p, 1); }

    /** The paper's list (Fig. 4): LJ HTL, ESL, GQ and POLY T_ini = 0.3, 0.12, 0.085, 0.05, in every order. */
    @Test
    void paperLikeListPicksPairsWithinEachModel() {
        List<Protocol> paper = new ArrayList<>(List.of(lj(LjProtocol.HTL), lj(LjProtocol.ESL), lj(LjProtocol.GQ),
            PlasticityIndicators.poly(0.3, 1), PlasticityIndicators.poly(0.12, 1), PlasticityIndicators.poly(0.085, 1), PlasticityIndicators.poly(0.05, 1)));
        Random rng = new Random(3);
        for (int shuffle = 0; shuffle < 20; shuffle++) {
            assertEquals("poly-0.3", PlasticityProtocols.ductile(paper, "poly").name());
            assertEquals("poly-0.085", PlasticityProtocols.stable(paper, "poly").name(), "the most stable parent that is not ultrastable");
            assertEquals("poly-0.05", PlasticityProtocols.ultrastable(paper).name());
            assertEquals("lj-htl", PlasticityProtocols.ductile(paper, "lj").name());
            assertEquals("lj-gq", PlasticityProtocols.stable(paper, "lj").name());
            assertEquals("poly-0.05", PlasticityProtocols.brittle(paper).name());
            assertEquals(List.of("poly-0.3", "poly-0.12", "poly-0.085", "poly-0.05"),
                PlasticityProtocols.byStability(paper, "poly").stream().map(Protocol::name).toList());
            Collections.shuffle(paper, rng);
        }
    }

    @Test
    void quickListHasNoUltrastableOrBrittleParent() {
        List<Protocol> quick = PlasticityIndicators.preset(glassdyn.Scale.QUICK).protocols();
        assertEquals("poly-inf", PlasticityProtocols.ductile(quick, "poly").name());
        assertEquals("poly-0.12", PlasticityProtocols.stable(quick, "poly").name());
        assertNull(PlasticityProtocols.stable(quick, "lj"));
        assertNull(PlasticityProtocols.ultrastable(quick));
        assertNull(PlasticityProtocols.brittle(quick));
        assertEquals(List.of("poly"), PlasticityProtocols.models(quick));
    }

    @Test
    void longListHasTheUltrastableParentAgainstPoly012() {
        List<Protocol> l = PlasticityIndicators.preset(glassdyn.Scale.LONG).protocols();
        assertEquals("poly-0.05", PlasticityProtocols.ultrastable(l).name());
        assertEquals("poly-0.12", PlasticityProtocols.stable(l, "poly").name());
        assertEquals("lj-esl", PlasticityProtocols.stable(l, "lj").name());
    }
}
