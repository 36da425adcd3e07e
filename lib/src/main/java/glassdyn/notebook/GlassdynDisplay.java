package glassdyn.notebook;

import glassdyn.plot.Plot;
import glassdyn.plot.Plotly;
import glassdyn.table.Tables;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

import java.util.List;

/**
 * Display of glassdyn results in rapaio-jupyter-kernel (registered through
 * {@code META-INF/services/org.rapaio.jupyter.kernel.display.spi.DisplayProvider}): a Tablesaw {@link Table} shows as an
 * HTML table, a {@link Figure} or {@link Plot} as an offline plotly plot. A cell that ends in one of them shows it.
 */
public final class GlassdynDisplay implements DisplayProvider {

    /** Rows shown from the top and from the bottom of a long table. */
    static final int HEAD_ROWS = 15, TAIL_ROWS = 5;

    @Override
    public List<DisplayRenderer> getDisplayRenderers() {
        return List.of(
            renderer(Table.class, o -> Tables.toHtml((Table) o, HEAD_ROWS, TAIL_ROWS), o -> ((Table) o).print(20)),
            renderer(Figure.class, o -> Plotly.html((Figure) o), o -> "plotly figure"),
            renderer(glassdyn.claims.Report.class, o -> glassdyn.claims.ReportView.html((glassdyn.claims.Report) o),
                o -> glassdyn.claims.ReportView.text((glassdyn.claims.Report) o)),
            renderer(Plot.class, o -> ((Plot) o).html(), o -> ((Plot) o).text()));
    }

    @Override
    public List<DisplayTransformer> getDisplayTransformers() {
        return List.of();
    }

    private static DisplayRenderer renderer(Class<?> type, java.util.function.Function<Object, String> html,
                                            java.util.function.Function<Object, String> text) {
        return new DisplayRenderer() {
            @Override public Class<?> rendererClass() { return type; }
            @Override public boolean canRender(String mime) { return mime == null || mime.contains("html") || mime.contains("text"); }
            @Override public DisplayData render(String mime, Object o) {
                if (mime != null && mime.startsWith("text/plain")) return DisplayData.fromText(text.apply(o));
                DisplayData d = DisplayData.fromHtml(html.apply(o));
                d.putText(text.apply(o));
                return d;
            }
        };
    }
}
