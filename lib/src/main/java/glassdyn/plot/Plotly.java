package glassdyn.plot;

import tech.tablesaw.plotly.components.Figure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Offline plotly.js: figures become HTML fragments that draw with the plotly.js bundle shipped inside the glassdyn
 * jar (the minified cartesian bundle, vendored at build time from the npm registry; see {@code lib/pom.xml}), never a
 * CDN link. The bundle is injected once per kernel session (the first figure shown carries it), so an executed
 * notebook holds one copy (about 1.4 MB) however many plots it shows.
 *
 * <p>The bundle is loaded with {@code define} hidden: under the classic notebook's require.js, plotly's UMD header
 * would otherwise register an AMD module and never set the global {@code Plotly} the figure scripts call.
 */
public final class Plotly {
    private Plotly() {}

    /** Classpath location of the vendored bundle. */
    public static final String BUNDLE = "/glassdyn/plot/plotly.min.js";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile boolean injected;
    private static String bundle;

    /** The plotly.js source shipped in the jar. */
    public static synchronized String bundleSource() {
        if (bundle == null) {
            try (InputStream in = Plotly.class.getResourceAsStream(BUNDLE)) {
                if (in == null) throw new IllegalStateException("plotly.js bundle " + BUNDLE + " missing from the classpath; rebuild lib");
                bundle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundle;
    }

    /** A script element that defines the global {@code Plotly} from the bundle (AMD loaders hidden meanwhile). */
    public static String bundleScript() {
        return "<script type=\"text/javascript\">(function(){var __gd_define=window.define;window.define=undefined;try{\n"
            + bundleSource().replace("</script", "<\\/script")
            + "\n}finally{window.define=__gd_define;}})();</script>";
    }

    /**
     * An HTML fragment that draws the figure. The first fragment of a session carries the bundle; later ones rely on
     * it. Call {@link #resetSession()} to force the bundle into the next fragment.
     */
    public static String html(Figure figure) {
        String div = "glassdyn_fig_" + Long.toHexString(System.nanoTime()) + "_" + COUNTER.incrementAndGet();
        StringBuilder sb = new StringBuilder();
        if (!injected) {
            synchronized (Plotly.class) {
                if (!injected) { sb.append(bundleScript()); injected = true; }
            }
        }
        sb.append(figure.divString(div));
        sb.append(figure.asJavascript(div));
        return sb.toString();
    }

    /** A whole standalone HTML page (bundle included) for one or more figures. */
    public static String page(String title, Figure... figures) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
            .append(title.replace("<", "&lt;")).append("</title>").append(bundleScript()).append("</head><body>");
        int k = 0;
        for (Figure f : figures) {
            String div = "glassdyn_page_fig_" + (k++);
            sb.append(f.divString(div)).append(f.asJavascript(div));
        }
        return sb.append("</body></html>").toString();
    }

    public static void resetSession() { injected = false; }
}
