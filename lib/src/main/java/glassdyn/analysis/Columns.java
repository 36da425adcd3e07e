package glassdyn.analysis;

import tech.tablesaw.api.Table;

/** Column selection shared by the views of {@link SelfDynamics}. */
final class Columns {
    private Columns() {}

    /** A copy of {@code t}, the columns named {@code prefix} or {@code prefix_k}, and {@code pairs}. */
    static Table select(Table all, String name, String... prefixes) {
        Table out = Table.create(name);
        out.addColumns(all.column("t").copy());
        for (String p : prefixes)
            for (var c : all.columns())
                if (c.name().equals(p) || c.name().matches(java.util.regex.Pattern.quote(p) + "_\\d+")) out.addColumns(c.copy());
        out.addColumns(all.column("pairs").copy());
        return out;
    }
}
