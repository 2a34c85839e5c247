package com.eumsocial.whatsapp.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The generated part of the README: a header, the targets table and one section per benchmark
 * ("### <title>"). Running some benchmarks replaces their sections and target rows and keeps the
 * others, so {@code run.sh cold} does not erase the bulk-deploy figures.
 */
final class FiguresBlock {
    static final String TARGETS = "### Targets";
    static final String TARGETS_HEADER = "|benchmark|target|measured|limit|met|\n|---|---|---|---|---|\n";

    private String header = "";
    /** Target rows, each a whole Markdown line, in order. */
    private final List<String> targetRows = new ArrayList<>();
    /** Section title -> body; titles start with the benchmark's number, so sorting orders them. */
    private final Map<String, String> sections = new TreeMap<>();

    static FiguresBlock parse(String block) {
        FiguresBlock f = new FiguresBlock();
        String[] parts = ("\n" + block).split("\n### ", -1);
        f.header = parts[0].strip();
        for (int i = 1; i < parts.length; i++) {
            int eol = parts[i].indexOf('\n');
            String title = eol < 0 ? parts[i].strip() : parts[i].substring(0, eol).strip();
            String body = eol < 0 ? "" : parts[i].substring(eol + 1);
            if (("### " + title).equals(TARGETS)) {
                for (String line : body.split("\n")) {
                    if (line.startsWith("|") && !line.startsWith("|benchmark|") && !line.startsWith("|---")) {
                        f.targetRows.add(line);
                    }
                }
            } else {
                f.sections.put(title, body.strip() + "\n");
            }
        }
        return f;
    }

    FiguresBlock update(String newHeader, Map<String, String> newSections, List<Report.Target> newTargets) {
        header = newHeader.strip();
        targetRows.removeIf(row -> newSections.keySet().stream().anyMatch(title -> row.startsWith("|" + title + "|")));
        for (Report.Target t : newTargets) {
            targetRows.add("|" + t.benchmark() + "|" + t.what() + "|" + t.measured() + "|" + t.limit() + "|"
                + (t.met() ? "yes" : "**no**") + "|");
        }
        targetRows.sort((a, b) -> a.substring(0, a.indexOf('|', 1)).compareTo(b.substring(0, b.indexOf('|', 1))));
        newSections.forEach((title, body) -> sections.put(title, body.strip() + "\n"));
        return this;
    }

    List<String> targetRows() {
        return targetRows;
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(header).append("\n\n").append(TARGETS).append("\n\n").append(TARGETS_HEADER);
        targetRows.forEach(r -> sb.append(r).append('\n'));
        sections.forEach((title, body) -> sb.append("\n### ").append(title).append("\n\n").append(body));
        return sb.toString();
    }
}
