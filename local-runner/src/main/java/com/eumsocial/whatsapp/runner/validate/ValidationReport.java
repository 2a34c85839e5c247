package com.eumsocial.whatsapp.runner.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** What {@code validate} found, and its three renderings: text for people, JSON, GitHub workflow annotations. */
public record ValidationReport(int files, int templates, List<Finding> findings) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The output formats of {@code validate --format}. */
    public enum Format { TEXT, JSON, GITHUB }

    public ValidationReport {
        findings = findings.stream().sorted(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column)).toList();
    }

    public boolean valid() {
        return findings.isEmpty();
    }

    public String render(Format format) {
        return switch (format) {
            case TEXT -> text();
            case JSON -> json();
            case GITHUB -> github();
        };
    }

    /** {@code file:line:column: rule: message}, one a line (the form compilers use, so editors jump to it), then a summary. */
    private String text() {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(f.file()).append(':').append(f.line()).append(':').append(f.column()).append(": ")
                    .append(f.rule()).append(": ").append(f.message()).append('\n');
        }
        out.append(summary()).append('\n');
        return out.toString();
    }

    private String summary() {
        String checked = templates + " template(s) in " + files + " file(s)";
        if (valid()) {
            return "Valid: " + checked + ", no problems.";
        }
        long badFiles = findings.stream().map(Finding::file).distinct().count();
        return "Invalid: " + findings.size() + " problem(s) in " + badFiles + " file(s); checked " + checked + ".";
    }

    private String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("valid", valid());
        root.put("files", files);
        root.put("templates", templates);
        ArrayNode problems = root.putArray("problems");
        for (Finding f : findings) {
            problems.addObject().put("file", f.file()).put("line", f.line()).put("column", f.column())
                    .put("pointer", f.pointer()).put("rule", f.rule()).put("message", f.message());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * GitHub Actions workflow commands: {@code ::error file=F,line=L,col=C,title=RULE::MESSAGE}, shown
     * as annotations on the pull request's files; then the summary as a notice or an error.
     */
    private String github() {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append("::error file=").append(property(f.file())).append(",line=").append(f.line()).append(",col=")
                    .append(f.column()).append(",title=").append(property(f.rule())).append("::").append(data(f.message()))
                    .append('\n');
        }
        out.append(valid() ? "::notice title=validate::" : "::error title=validate::").append(data(summary())).append('\n');
        return out.toString();
    }

    /** GitHub's escaping of a command's message. */
    static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping of a command's property value. */
    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }

    static Format format(String name) {
        return Format.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
