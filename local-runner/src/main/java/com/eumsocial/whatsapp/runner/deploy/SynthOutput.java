package com.eumsocial.whatsapp.runner.deploy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a failed synthesis tells its user, read from the build tool's output.
 *
 * <p>A CDK app synthesized with Maven reports each validation problem three times (the Java
 * exception, jsii's JavaScript error, Maven's goal failure), followed by a JavaScript stack and
 * Maven's advice on -e and -X. The problems are what matter: this keeps each one once, drops
 * stacks, boilerplate and terminal escape codes. {@code --verbose} shows the output as it was.
 */
public final class SynthOutput {
    private static final Pattern ESCAPE = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");
    private static final String VALIDATION_HEADER = "Validation failed with the following errors:";
    private static final String JAVA_EXCEPTION = "An exception occurred while executing the Java class. ";
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s*(at\\s|\\.\\.\\.\\s\\d+ more|Caused by: |Suppressed: ).*");
    private static final Pattern MAVEN_ADVICE = Pattern.compile(
        "^(-> \\[Help 1\\]|To see the full stack trace.*|Re-run Maven using.*|For more information about the errors.*"
            + "|\\[Help 1\\] http.*|After correcting the problems.*|  mvn <args> -rf .*)$");

    private SynthOutput() {
    }

    /** The text without ANSI escape codes (a build tool colours its output even into a pipe). */
    public static String withoutEscapes(String text) {
        return ESCAPE.matcher(text).replaceAll("");
    }

    /**
     * The problems of a failed synthesis, each once: the CDK validation lines when there are any,
     * otherwise the output's distinct lines without stack frames and Maven's advice.
     */
    public static List<String> problems(String output) {
        List<String> lines = new ArrayList<>();
        for (String raw : withoutEscapes(output).split("\\R")) {
            // Maven prefixes each line of an error with "[ERROR] "; the indentation after it is the app's.
            String line = raw.startsWith("[ERROR] ") ? raw.substring("[ERROR] ".length())
                : raw.startsWith("[ERROR]") ? raw.substring("[ERROR]".length()) : raw;
            lines.add(line.stripTrailing());
        }
        Set<String> validation = new LinkedHashSet<>();
        boolean inBlock = false;
        for (String line : lines) {
            if (line.contains(VALIDATION_HEADER)) {
                inBlock = true;
            } else if (inBlock && line.startsWith("  [")) {
                validation.add(line.strip());
            } else {
                inBlock = false;
            }
        }
        if (!validation.isEmpty()) {
            return List.copyOf(validation);
        }
        Set<String> rest = new LinkedHashSet<>();
        for (String line : lines) {
            int exception = line.indexOf(JAVA_EXCEPTION);
            if (exception >= 0) {
                line = line.substring(exception + JAVA_EXCEPTION.length());
            }
            line = line.endsWith(" -> [Help 1]") ? line.substring(0, line.length() - " -> [Help 1]".length()) : line;
            if (line.isBlank() || STACK_FRAME.matcher(line).matches() || MAVEN_ADVICE.matcher(line.strip()).matches()) {
                continue;
            }
            rest.add(line.strip());
        }
        return List.copyOf(rest);
    }
}
