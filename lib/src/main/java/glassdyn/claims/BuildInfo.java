package glassdyn.claims;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The git commit the library was built from: {@code glassdyn/git.properties}, written into the jar at build time by
 * git-commit-id-maven-plugin ({@code git.commit.id.abbrev}, {@code -dirty} appended when the tree had changes).
 */
public final class BuildInfo {
    private BuildInfo() {}

    private static final String COMMIT = read();

    /** The abbreviated commit, with "-dirty" when built from a modified tree; "unknown" outside a git build. */
    public static String commit() { return COMMIT; }

    private static String read() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/glassdyn/git.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            String id = p.getProperty("git.commit.id.abbrev", "unknown");
            return "true".equals(p.getProperty("git.dirty")) ? id + "-dirty" : id;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
