package glassdyn.papers.plasticity;

import glassdyn.papers.plasticity.PlasticityIndicators.Protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which protocols a claim compares, chosen within one model by the parents' temperatures (POLY: T_ini; LJ: the
 * protocol order HTL &lt; ESL &lt; GQ), never by list position (Sec. III.A, Fig. 4d,e):
 * <ul>
 *   <li>ductile: the most ductile parent of a model (POLY: the highest T_ini, infinity included; LJ: HTL);</li>
 *   <li>stable: the most stable parent that is not ultrastable (POLY: the lowest T_ini above
 *       {@link #ULTRASTABLE_T_MAX}; LJ: the last of HTL, ESL, GQ present);</li>
 *   <li>ultrastable: POLY with T_ini &lt;= {@link #ULTRASTABLE_T_MAX} (the paper's T_ini = 0.05, Fig. 4e,g), where the
 *       rise of C_min with stability inverts;</li>
 *   <li>brittle: POLY with T_ini &lt;= {@link #BRITTLE_T_MAX} or LJ GQ (the paper's brittle glasses of Fig. 4j,k).</li>
 * </ul>
 */
public final class PlasticityProtocols {
    /** Largest POLY parent temperature counted as ultrastable (the paper's 0.05; 0.085 is not). */
    public static final double ULTRASTABLE_T_MAX = 0.06;
    /** Largest POLY parent temperature counted as brittle (the paper's 0.085 and 0.05; the first event near 5 %). */
    public static final double BRITTLE_T_MAX = 0.09;

    private PlasticityProtocols() {}

    /** The models present, in list order ("poly", "lj"). */
    public static List<String> models(List<Protocol> ps) {
        List<String> m = new ArrayList<>();
        for (Protocol p : ps) if (!m.contains(p.model())) m.add(p.model());
        return m;
    }

    /** The protocols of one model ordered from most ductile to most stable. */
    public static List<Protocol> byStability(List<Protocol> ps, String model) {
        return ps.stream().filter(p -> p.model().equals(model)).sorted(Comparator.comparingDouble(Protocol::stability)).toList();
    }

    /** The most ductile parent of a model, or null when the model is absent. */
    public static Protocol ductile(List<Protocol> ps, String model) {
        List<Protocol> l = byStability(ps, model);
        return l.isEmpty() ? null : l.get(0);
    }

    /** The most stable parent of a model that is not ultrastable, or null. */
    public static Protocol stable(List<Protocol> ps, String model) {
        List<Protocol> l = byStability(ps, model).stream().filter(p -> !ultrastable(p)).toList();
        return l.isEmpty() ? null : l.get(l.size() - 1);
    }

    /** The most stable ultrastable POLY parent, or null. */
    public static Protocol ultrastable(List<Protocol> ps) {
        List<Protocol> l = byStability(ps, "poly").stream().filter(PlasticityProtocols::ultrastable).toList();
        return l.isEmpty() ? null : l.get(l.size() - 1);
    }

    /** The most stable brittle parent (POLY first), or null. */
    public static Protocol brittle(List<Protocol> ps) {
        for (String m : List.of("poly", "lj")) {
            List<Protocol> l = byStability(ps, m).stream().filter(PlasticityProtocols::brittle).toList();
            if (!l.isEmpty()) return l.get(l.size() - 1);
        }
        return null;
    }

    static boolean ultrastable(Protocol p) { return p.model().equals("poly") && p.tIni() <= ULTRASTABLE_T_MAX; }

    static boolean brittle(Protocol p) {
        return p.model().equals("poly") ? p.tIni() <= BRITTLE_T_MAX : p.lj() == glassdyn.protocols.GlassPreparation.LjProtocol.GQ;
    }
}
