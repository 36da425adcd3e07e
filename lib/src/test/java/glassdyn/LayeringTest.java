package glassdyn;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package floors of {@code shared/ARCHITECTURE.md}: a class may use classes of its own room and of rooms on lower
 * floors only (checked on the bytecode with ArchUnit, so javadoc links do not count), and no two rooms form a cycle.
 */
class LayeringTest {
    /** Floors from the bottom up; rooms on one floor must not use each other either (the cycle rule catches that). */
    static final String[][] FLOORS = {
        {"glassdyn"},
        {"glassdyn.space", "glassdyn.parallel", "glassdyn.stats"},
        {"glassdyn.particles"},
        {"glassdyn.io"},
        {"glassdyn.table", "glassdyn.neighbors"},
        {"glassdyn.plot", "glassdyn.claims", "glassdyn.potential", "glassdyn.epm"},
        {"glassdyn.force"},
        {"glassdyn.dynamics"},
        {"glassdyn.minimize"},
        {"glassdyn.analysis", "glassdyn.elastic"},
        {"glassdyn.protocols"},
        {"glassdyn.indicators", "glassdyn.lammps"},
        {"glassdyn.papers"},
        {"glassdyn.papers.*"},
        {"glassdyn.plan", "glassdyn.notebook", "glassdyn.cli", "glassdyn.bench"},
    };

    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("glassdyn");
    }

    /** One rule per floor: its rooms use no room of a higher floor. */
    static List<ArchRule> floorRules() {
        List<ArchRule> rules = new ArrayList<>();
        for (int k = 0; k < FLOORS.length; k++) {
            List<String> higher = new ArrayList<>();
            for (int j = k + 1; j < FLOORS.length; j++) for (String room : FLOORS[j]) higher.add(pattern(room));
            if (higher.isEmpty()) continue;
            String[] own = new String[FLOORS[k].length];
            for (int i = 0; i < own.length; i++) own[i] = FLOORS[k][i].endsWith(".*")
                ? FLOORS[k][i].replace(".*", "..") : FLOORS[k][i];
            rules.add(noClasses().that().resideInAnyPackage(own)
                .should().dependOnClassesThat().resideInAnyPackage(higher.toArray(String[]::new))
                .because("packages use only rooms on lower floors (ARCHITECTURE.md)"));
        }
        return rules;
    }

    private static String pattern(String room) {
        return room.endsWith(".*") ? room.replace(".*", ".(*)..") : room;
    }

    @Test
    void everyRoomUsesOnlyLowerFloors() {
        for (ArchRule rule : floorRules()) rule.check(classes);
    }

    @Test
    void roomsFormNoCycles() {
        slices().matching("glassdyn.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** The rule can fail: a class of a low floor that uses a high one is reported. */
    @Test
    void anUpwardDependencyIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(LayeringTest.class, glassdyn.space.Box.class,
            glassdyn.cli.Main.class);
        ArchRule rule = noClasses().that().haveSimpleName("LayeringTest")
            .should().dependOnClassesThat().resideInAnyPackage("glassdyn.cli");
        EvaluationResult result = rule.evaluate(planted);
        assertTrue(result.hasViolation(), "a planted upward use (this test -> cli.Main) must be reported");
        EvaluationResult clean = noClasses().that().resideInAPackage("glassdyn.space")
            .should().dependOnClassesThat().resideInAnyPackage("glassdyn.cli").evaluate(planted);
        assertFalse(clean.hasViolation());
    }

    @SuppressWarnings("unused")
    private static final Class<?> PLANTED_UPWARD_USE = glassdyn.cli.Main.class;
}
