package glassdyn.claims;

/**
 * What a decision rule returns: a status and, for fail or not-shown, the reason with the numbers that decided it
 * (and for not-shown what would decide it). Decision rules are small pure methods from numbers to a {@code Verdict},
 * tested on a planted pass and a planted fail.
 */
public record Verdict(Status status, String reason, String needs) {
    public static Verdict pass() { return new Verdict(Status.PASS, null, null); }

    public static Verdict pass(String note) { return new Verdict(Status.PASS, note, null); }

    public static Verdict fail(String reason) { return new Verdict(Status.FAIL, reason, null); }

    public static Verdict notShown(String reason, String needs) { return new Verdict(Status.NOT_SHOWN, reason, needs); }

    public static Verdict informational(String note) { return new Verdict(Status.INFORMATIONAL, note, null); }

    /** Pass when {@code ok}, else fail with {@code reason}. */
    public static Verdict passIf(boolean ok, String reason) { return ok ? pass() : fail(reason); }
}
