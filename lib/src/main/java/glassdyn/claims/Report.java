package glassdyn.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A paper's report: paper, scale, the commit of the code that ran, the checks ({@link Claim}s) and named extras
 * (presets, kernel constants, diagnostic tables) that report.json carries beside the checks. {@link #toJson()} is
 * report.json ({@code shared/CLI.md}); {@link #fromJson} reads it back for notebooks and the summary script.
 */
public final class Report {
    private final String paper, scale, commit;
    private final List<Claim> checks;
    private final Map<String, Object> extras;

    public Report(String paper, String scale, String commit, List<Claim> checks, Map<String, Object> extras) {
        this.paper = paper;
        this.scale = scale;
        this.commit = commit;
        this.checks = List.copyOf(checks);
        this.extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Claim c : checks)
            if (!names.add(c.name())) throw new IllegalArgumentException("two checks named " + c.name());
    }

    public String paper() { return paper; }

    public String scale() { return scale; }

    /** The git commit the jar was built from ({@link BuildInfo#commit()}). */
    public String commit() { return commit; }

    public List<Claim> checks() { return checks; }

    public Map<String, Object> extras() { return extras; }

    /** The claim named {@code name}; throws when there is none. */
    public Claim check(String name) {
        for (Claim c : checks) if (c.name().equals(name)) return c;
        throw new IllegalArgumentException("report of " + paper + " has no check named '" + name + "'");
    }

    public long count(Status s) { return checks.stream().filter(c -> c.status() == s).count(); }

    /** Checks that count (all but informational entries). */
    public long total() { return checks.stream().filter(c -> c.status().counted()).count(); }

    /** report.json: paper, scale, commit, the extras in their order, then the checks. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paper", paper);
        m.put("scale", scale);
        m.put("commit", commit);
        m.putAll(extras);
        List<Object> list = new ArrayList<>();
        for (Claim c : checks) list.add(c.toJson());
        m.put("checks", list);
        return m;
    }

    /** The last stdout line of {@code reproduce}: paper and the counts by status. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paper", paper);
        m.put("checks_passed", count(Status.PASS));
        m.put("checks_failed", count(Status.FAIL));
        m.put("checks_not_shown", count(Status.NOT_SHOWN));
        m.put("checks_informational", count(Status.INFORMATIONAL));
        m.put("checks_total", total());
        return m;
    }

    /**
     * A report from the JSON object of a report.json.
     * Old reports without {@code status} are read by their {@code pass}: true is pass, false fail, a string not shown.
     */
    public static Report fromJson(Map<?, ?> json) {
        List<Claim> cs = new ArrayList<>();
        Map<String, Object> extras = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : json.entrySet()) {
            String k = String.valueOf(e.getKey());
            if (!List.of("paper", "scale", "commit", "checks").contains(k)) extras.put(k, e.getValue());
        }
        if (json.get("checks") instanceof List<?> list)
            for (Object o : list) if (o instanceof Map<?, ?> c) cs.add(claimFromJson(c));
        return new Report(str(json.get("paper")), str(json.get("scale")), str(json.get("commit")), cs, extras);
    }

    private static Claim claimFromJson(Map<?, ?> c) {
        Status s;
        String reason = str(c.get("reason"));
        if (c.get("status") != null) s = Status.of(str(c.get("status")));
        else if (Boolean.TRUE.equals(c.get("pass"))) s = Status.PASS;
        else if (Boolean.FALSE.equals(c.get("pass"))) s = Status.FAIL;
        else {
            s = Status.NOT_SHOWN;
            if (reason == null) reason = str(c.get("pass"));
        }
        if ((s == Status.FAIL || s == Status.NOT_SHOWN) && (reason == null || reason.isBlank())) reason = "(no reason recorded)";
        double[] iv = null;
        if (c.get("interval") instanceof List<?> l && l.size() == 2)
            iv = new double[] {num(l.get(0)), num(l.get(1))};
        return new Claim(str(c.get("name")), String.valueOf(c.get("claim")), str(c.get("source")), c.get("paper_value"),
            c.get("measured"), iv, s, reason, str(c.get("needs")));
    }

    private static String str(Object o) { return o == null ? null : String.valueOf(o); }

    private static double num(Object o) { return o instanceof Number n ? n.doubleValue() : Double.NaN; }
}
