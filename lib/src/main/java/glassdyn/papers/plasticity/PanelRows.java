package glassdyn.papers.plasticity;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A table builder: string and double columns appended row by row. */
final class PanelRows {
    final Table table;

    PanelRows(String name, String[] strings, String[] doubles) {
        table = Table.create(name);
        for (String s : strings) table.addColumns(StringColumn.create(s));
        for (String d : doubles) table.addColumns(DoubleColumn.create(d));
    }

    void add(Object... v) {
        for (int k = 0; k < v.length; k++) {
            if (v[k] instanceof String s) table.stringColumn(k).append(s);
            else table.doubleColumn(k).append(((Number) v[k]).doubleValue());
        }
    }
}
