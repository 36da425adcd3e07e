package glassdyn.papers.cagejump;

import static org.junit.jupiter.api.Assertions.*;

import glassdyn.Scale;
import glassdyn.papers.WorkUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/** The plan units of cage-jump-ler: one per Brownian chain and one for the KA/MD variant, priced by their stated basis. */
class CageJumpUnitsTest {
    @TempDir Path dir;

    @Test
    void oneIndependentUnitPerChainAndOneForTheKaVariant() {
        List<WorkUnit> units = new CageJumpLer(Scale.LONG, CageJumpLer.SEED, dir, 2).units();
        assertEquals(List.of("bd-phi0.450", "bd-phi0.425", "ka"), units.stream().map(WorkUnit::id).toList());
        for (WorkUnit u : units) {
            assertTrue(u.dependsOn().isEmpty(), u.id());
            assertTrue(u.coreHours() > 0 && !u.basis().isBlank(), u.id());
        }
        // measured: the 42.5% chain of session 10's long plan
        assertEquals(1872.0 / 3600, units.get(1).coreHours(), 1e-12);
    }

    @Test
    void kaCostScalesWithParticlesTimesSimulatedTime() {
        assertEquals(CageJumpUnitCost.KA_LONG_CPU_SECONDS / 3600, CageJumpUnitCost.ka(Scale.LONG).coreHours(), 1e-12);
        // long: N 4000, liquid 100, strains 1 + 3 over rates 0.1, 0.03, 0.01; smoke: N 500, liquid 10, 0.2 + 0.6 over 0.1, 0.03
        double longWork = 4000 * (100 + 4 * (1 / 0.1 + 1 / 0.03 + 1 / 0.01)), smokeWork = 500 * (10 + 0.8 * (1 / 0.1 + 1 / 0.03));
        assertEquals(CageJumpUnitCost.KA_LONG_CPU_SECONDS * smokeWork / longWork / 3600, CageJumpUnitCost.ka(Scale.SMOKE).coreHours(), 1e-9);
    }

    @Test
    void anUnknownUnitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CageJumpLer(Scale.SMOKE, CageJumpLer.SEED, dir, 1).runUnit("all"));
    }

    @Test
    void undecidedChecksPointToTheNextLargerPreset() {
        assertEquals(CageJumpClaims.LONG, CageJumpClaims.bigger(CageJumpLer.preset(Scale.QUICK)));
        assertEquals(CageJumpClaims.PAPER, CageJumpClaims.bigger(CageJumpLer.preset(Scale.LONG)));
        assertEquals(CageJumpClaims.PAPER, CageJumpClaims.bigger(CageJumpLer.preset(Scale.PAPER)));
    }
}
