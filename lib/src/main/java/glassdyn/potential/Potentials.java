package glassdyn.potential;

import glassdyn.InputException;

import java.util.List;
import java.util.function.Supplier;

/**
 * The registry of named potentials, as listed by the {@code potentials} command and looked up by {@code --potential}.
 * Each model class holds its own {@link Entry} (name, paper, parameters, factory); register it by adding one line to
 * {@link #ENTRIES}.
 */
public final class Potentials {
    private Potentials() {}

    /**
     * A named potential: the paper that defines it, a one-line summary of its parameters, and a factory. The factory
     * returns a {@link PairPotential} for pair models; many-body models return their own type.
     */
    public record Entry(String name, String paper, String parameters, Supplier<?> factory) {}

    private static final List<Entry> ENTRIES = List.of(
        // one line per potential
        KobAndersen.ENTRY,
        HardCoreYukawa.ENTRY,
        InversePowerLaw.ENTRY,
        InversePowerLaw.ENTRY_2D,
        StickySpheres.ENTRY,
        StillingerWeber.ENTRY,
        SmoothedLennardJones2D.ENTRY,
        PolydisperseSoftDisks.ENTRY
    );

    public static List<Entry> all() { return ENTRIES; }

    public static List<String> names() { return ENTRIES.stream().map(Entry::name).toList(); }

    /** The entry named {@code name}; an {@link InputException} listing the known names otherwise. */
    public static Entry entry(String name) {
        for (Entry e : ENTRIES) if (e.name().equals(name)) return e;
        throw InputException.parameter("--potential", "unknown potential; known: " + String.join(", ", names()), name);
    }

    /** A new instance of the named potential. */
    public static Object create(String name) { return entry(name).factory().get(); }

    /** A new instance of the named pair potential; an {@link InputException} when the name is unknown or many-body. */
    public static PairPotential pair(String name) {
        Object p = create(name);
        if (p instanceof PairPotential pp) return pp;
        throw InputException.parameter("--potential", "not a pair potential", name);
    }
}
