package com.eumsocial.whatsapp.runner.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Progress lines while a deploy runs and the summary table at the end. Thread-safe. */
public final class DeployReporter {
    private final PrintStream out;
    private final Clock clock;
    private final Instant start;

    public DeployReporter(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
        this.start = clock.instant();
    }

    public Clock clock() {
        return clock;
    }

    /** One line, prefixed with the time since the run started. */
    public synchronized void line(String who, String what) {
        out.printf(Locale.ROOT, "%8s  %-34s %s%n", seconds(Duration.between(start, clock.instant())), who, what);
    }

    public synchronized void note(String text) {
        out.println("note: " + text);
    }

    public synchronized void plain(String text) {
        out.println(text);
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }

    /**
     * One row of the summary table.
     *
     * @param live after a failure, how Meta's live definition compares with the declaration ({@code same}, {@code differs: ...},
     *             {@code absent}); null when the run succeeded (then live is what was declared)
     */
    public record Row(String name, String language, String category, String status, String metaTemplateId, String action,
                      Duration duration, String live) {
        public Row(String name, String language, String category, String status, String metaTemplateId, String action,
                   Duration duration) {
            this(name, language, category, status, metaTemplateId, action, duration, null);
        }

        public Row withLive(String category, String status, String live) {
            return new Row(name, language, category, status, metaTemplateId, action, duration, live);
        }
    }

    public synchronized void table(List<Row> rows) {
        boolean live = rows.stream().anyMatch(r -> r.live() != null);
        List<String[]> cells = new ArrayList<>();
        cells.add(live ? new String[] {"NAME", "LANGUAGE", "CATEGORY", "STATUS", "META TEMPLATE ID", "ACTION", "DURATION", "LIVE VS DECLARED"}
            : new String[] {"NAME", "LANGUAGE", "CATEGORY", "STATUS", "META TEMPLATE ID", "ACTION", "DURATION"});
        for (Row r : rows) {
            String took = r.duration() == null ? "-" : seconds(r.duration());
            cells.add(live ? new String[] {r.name(), r.language(), r.category(), r.status(), r.metaTemplateId(), r.action(), took,
                r.live() == null ? "-" : r.live()}
                : new String[] {r.name(), r.language(), r.category(), r.status(), r.metaTemplateId(), r.action(), took});
        }
        int[] widths = new int[cells.get(0).length];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", row[i]));
                if (i < row.length - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    public synchronized void outputs(Map<String, JsonNode> values, Map<String, String> skipped) {
        if (values.isEmpty() && skipped.isEmpty()) {
            return;
        }
        out.println("Outputs:");
        values.forEach((k, v) -> out.println("  " + k + " = " + (v.isTextual() ? v.asText() : v.toString())));
        skipped.forEach((k, why) -> out.println("  " + k + ": skipped (" + why + ")"));
    }
}
