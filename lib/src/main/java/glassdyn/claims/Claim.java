package glassdyn.claims;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One check of a paper's claim, as report.json holds it ({@code shared/CLI.md}): the claim in the paper's words and
 * its source (figure, equation, page), the paper's value, the measured value with its 90% interval over independent
 * units (or null), a {@link Status}, the reason for a fail or a not-shown, and for a not-shown what would show it.
 *
 * <p>The status comes from a decision rule, a small pure method of the paper's claims class that maps numbers to a
 * status and is unit-tested on a planted pass and a planted fail. This record only carries the outcome.
 *
 * @param name       short identifier, unique within a report
 * @param claim      the claim in one line
 * @param source     where the paper states it (figure, equation, section)
 * @param paperValue the paper's number or statement (a Number, String, array or map; JSON-writable)
 * @param measured   what this run measured (JSON-writable; long structures stay in report.json only)
 * @param interval   {lo, hi}, the 90% interval of the decisive number over independent units, or null
 * @param status     pass, fail, not shown or informational
 * @param reason     why it failed or is not shown, with the measured numbers (null for a plain pass)
 * @param needs      for not-shown: what would show it (size, run length, replicas, core-hours); else null
 */
public record Claim(String name, String claim, String source, Object paperValue, Object measured, double[] interval,
                    Status status, String reason, String needs) {

    public Claim {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(status, "status");
        if (interval != null && interval.length != 2) throw new IllegalArgumentException("interval needs {lo, hi}");
        if (status == Status.NOT_SHOWN && (reason == null || reason.isBlank()))
            throw new IllegalArgumentException(name + ": a not-shown check needs its measured reason");
        if (status == Status.FAIL && (reason == null || reason.isBlank()))
            throw new IllegalArgumentException(name + ": a failed check needs its reason");
    }

    /** Starts a claim: name, one-line statement and source; finish with the builder's setters and {@link Builder#status}. */
    public static Builder of(String name, String claim, String source) {
        return new Builder(name, claim, source);
    }

    /** Whether report.json's {@code pass} is true: only for {@link Status#PASS}. */
    public boolean passed() { return status == Status.PASS; }

    /** The JSON object of report.json, fields in the order of {@code shared/CLI.md}. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("claim", claim);
        m.put("source", source);
        m.put("paper_value", paperValue);
        m.put("measured", measured);
        m.put("interval", interval == null ? null : interval.clone());
        m.put("status", status.json());
        m.put("pass", passed());
        m.put("reason", reason);
        m.put("needs", needs);
        return m;
    }

    /** A copy with another status and reason (e.g. a rule's verdict applied to a drafted claim). */
    public Claim with(Status s, String why) {
        return new Claim(name, claim, source, paperValue, measured, interval, s, why, needs);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Claim c && name.equals(c.name) && claim.equals(c.claim) && Objects.equals(source, c.source)
            && Objects.equals(paperValue, c.paperValue) && Objects.equals(measured, c.measured)
            && Arrays.equals(interval, c.interval) && status == c.status && Objects.equals(reason, c.reason)
            && Objects.equals(needs, c.needs);
    }

    @Override
    public int hashCode() { return Objects.hash(name, status); }

    /** Collects the parts of a {@link Claim}. */
    public static final class Builder {
        private final String name, claim, source;
        private Object paperValue, measured;
        private double[] interval;
        private String needs;

        private Builder(String name, String claim, String source) {
            this.name = name;
            this.claim = claim;
            this.source = source;
        }

        public Builder paper(Object value) { this.paperValue = value; return this; }

        public Builder measured(Object value) { this.measured = value; return this; }

        /** The 90% interval of the decisive number over independent units (non-finite ends are written as null). */
        public Builder interval(double lo, double hi) { this.interval = new double[] {lo, hi}; return this; }

        public Builder interval(double[] loHi) { this.interval = loHi == null ? null : loHi.clone(); return this; }

        /** What would show a not-shown claim (size, run length, replicas, estimated core-hours). */
        public Builder needs(String what) { this.needs = what; return this; }

        public Claim status(Verdict v) {
            return new Claim(name, claim, source, paperValue, measured, interval, v.status(), v.reason(),
                v.status() == Status.NOT_SHOWN ? (v.needs() != null ? v.needs() : needs) : null);
        }

        public Claim pass() { return status(Verdict.pass()); }

        public Claim fail(String reason) { return status(Verdict.fail(reason)); }

        public Claim notShown(String reason, String needs) { return status(Verdict.notShown(reason, needs)); }

        /** A diagnostic entry, not counted among the checks. */
        public Claim informational(String note) { return status(Verdict.informational(note)); }
    }
}
