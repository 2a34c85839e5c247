package com.eumsocial.whatsapp.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What one benchmark found: Markdown for the README and the targets it checked. */
final class Report {
    /** A target of the brief and whether this run met it. */
    record Target(String benchmark, String what, String measured, String limit, boolean met) { }

    final String title;
    private final StringBuilder body = new StringBuilder();
    private final List<Target> targets = new ArrayList<>();

    Report(String title) {
        this.title = title;
    }

    Report line(String text) {
        body.append(text).append('\n');
        return this;
    }

    Report table(List<String> header, List<List<String>> rows) {
        body.append('|').append(String.join("|", header)).append("|\n|");
        header.forEach(h -> body.append("---|"));
        body.append('\n');
        for (List<String> row : rows) {
            body.append('|').append(String.join("|", row)).append("|\n");
        }
        body.append('\n');
        return this;
    }

    Report target(String what, String measured, String limit, boolean met) {
        targets.add(new Target(title, what, measured, limit, met));
        return this;
    }

    List<Target> targets() {
        return targets;
    }

    String markdown() {
        return body.toString();
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String seconds(double s) {
        return s >= 100 ? f("%.0f s", s) : f("%.1f s", s);
    }

    static String duration(long seconds) {
        if (seconds % 3600 == 0) {
            return (seconds / 3600) + " h";
        }
        if (seconds % 60 == 0) {
            return (seconds / 60) + " min";
        }
        return seconds + " s";
    }
}
