package glassdyn;

import java.util.Locale;

/**
 * The four presets of every reproduction (ARCHITECTURE.md, "Scales"): {@code SMOKE} runs in seconds and is what
 * the tests use; {@code QUICK} at most 15 minutes wall on two free cores (the notebooks' default); {@code LONG} at most
 * 2 hours on two cores, for the claims quick cannot show; {@code PAPER} uses the paper's sizes.
 */
public enum Scale {
    SMOKE, QUICK, LONG, PAPER;

    /** Environment variable through which notebooks and scripts choose the scale. */
    public static final String ENV = "GLASSDYN_SCALE";

    /** The scale named by the system property {@code glassdyn.scale}, else {@code $GLASSDYN_SCALE}, else QUICK. */
    public static Scale current() {
        String s = System.getProperty("glassdyn.scale");
        if (s == null || s.isBlank()) s = System.getenv(ENV);
        if (s == null || s.isBlank()) return QUICK;
        return parse(s);
    }

    public static Scale parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new glassdyn.InputException("scale must be one of smoke, quick, long, paper (got '" + s + "')");
        }
    }

    /** Lower-case name as used on the command line. */
    public String label() { return name().toLowerCase(Locale.ROOT); }
}
