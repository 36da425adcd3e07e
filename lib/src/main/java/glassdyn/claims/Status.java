package glassdyn.claims;

import java.util.Locale;

/**
 * The outcome of one check of a paper's claim ({@code shared/CLI.md}, report.json {@code status}):
 * <ul>
 *   <li>{@code PASS}: the decision rule holds on the measured numbers (with their interval over independent units);</li>
 *   <li>{@code FAIL}: the rule does not hold; {@code reason} says by how much;</li>
 *   <li>{@code NOT_SHOWN}: this scale cannot decide; {@code reason} is the measured cause and {@code needs} what would
 *       decide it (size, run length, replicas, core-hours);</li>
 *   <li>{@code INFORMATIONAL}: a diagnostic, not a claim of the paper (a steady-state test, a noise floor); never
 *       counted among the checks.</li>
 * </ul>
 */
public enum Status {
    PASS, FAIL, NOT_SHOWN, INFORMATIONAL;

    /** The name written in report.json: {@code pass}, {@code fail}, {@code not_shown}, {@code informational}. */
    public String json() { return name().toLowerCase(Locale.ROOT); }

    /** Whether the entry counts in {@code checks_total} (every status but informational). */
    public boolean counted() { return this != INFORMATIONAL; }

    /** The status written as {@code json}; throws on an unknown name. */
    public static Status of(String json) {
        return valueOf(json.trim().toUpperCase(Locale.ROOT));
    }
}
