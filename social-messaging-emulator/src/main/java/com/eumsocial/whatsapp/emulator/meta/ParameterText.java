package com.eumsocial.whatsapp.emulator.meta;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Meta's rules for parameters in a piece of text ({@code {{1}}} or {@code {{first_name}}}).
 * Problems are phrased as "<where>: <what>".
 */
final class ParameterText {
    /**
     * Meta rejects text with "too many parameters for its length" without publishing the ratio.
     * Practitioners report words plus parameters must reach 3n + 1 for n parameters, so BODY text
     * needs at least this many words of fixed text per parameter, plus one.
     */
    static final int WORDS_PER_PARAMETER = 2;

    private static final Pattern TOKEN = Pattern.compile("\\{\\{([^{}]*)}}");
    private static final Pattern POSITIONAL = Pattern.compile("^[0-9]+$");
    private static final Pattern NAMED = Pattern.compile("^[a-z][a-z0-9_]*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private ParameterText() {
    }

    /** The parameters found (distinct, in order of first appearance) and the problems. */
    record Analysis(List<String> parameters, List<String> problems) {
    }

    /**
     * @param body whether the stricter body rules apply (no parameter at the start or end, the
     *             words-per-parameter ratio)
     */
    static Analysis analyse(String where, String text, boolean named, boolean body, int maxParameters) {
        List<String> problems = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            contents.add(m.group(1));
        }
        String leftover = TOKEN.matcher(text).replaceAll("\u0000");
        if (leftover.contains("{{") || leftover.contains("}}") || leftover.contains("{\u0000")
                || leftover.contains("\u0000}")) {
            problems.add(where + ": mismatched curly braces around a parameter");
        }
        Set<String> distinct = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        int expected = 1;
        for (String content : contents) {
            if (content.contains("#") || content.contains("$") || content.contains("%")) {
                problems.add(where + ": parameter {{" + content + "}} contains a special character (#, $ or %)");
                continue;
            }
            if (named) {
                if (!NAMED.matcher(content).matches()) {
                    problems.add(where + ": parameter {{" + content + "}} is not a valid named parameter"
                            + " (lower-case letters, digits and underscores, starting with a letter)");
                    continue;
                }
                if (!seen.add(content)) {
                    problems.add(where + ": named parameter {{" + content + "}} is used more than once");
                }
                distinct.add(content);
            } else {
                if (!POSITIONAL.matcher(content).matches()) {
                    problems.add(where + ": parameter {{" + content + "}} is not positional; positional templates use"
                            + " {{1}}, {{2}}, ...");
                    continue;
                }
                String number = Integer.toString(Integer.parseInt(content.length() > 9 ? "999999999" : content));
                if (distinct.add(number)) {
                    if (!number.equals(Integer.toString(expected))) {
                        problems.add(where + ": parameter {{" + content + "}} is out of sequence; expected {{"
                                + expected + "}} (positional parameters must run 1, 2, 3, ...)");
                    }
                    expected++;
                }
            }
        }
        for (int i = 1; i < spans.size(); i++) {
            String between = text.substring(spans.get(i - 1)[1], spans.get(i)[0]);
            if (between.isBlank()) {
                problems.add(where + ": parameters {{" + contents.get(i - 1) + "}} and {{" + contents.get(i)
                        + "}} are adjacent; put text between them");
                break;
            }
        }
        if (distinct.size() > maxParameters) {
            problems.add(where + ": has " + distinct.size() + " parameters; at most " + maxParameters + " allowed");
        }
        if (body && !spans.isEmpty()) {
            // Punctuation or white space alone around a parameter does not count as text.
            if (!WORD.matcher(text.substring(0, spans.get(0)[0])).find()) {
                problems.add(where + ": text must not start with a parameter");
            }
            if (!WORD.matcher(text.substring(spans.get(spans.size() - 1)[1])).find()) {
                problems.add(where + ": text must not end with a parameter (punctuation after it does not count)");
            }
            int words = 0;
            Matcher w = WORD.matcher(leftover);
            while (w.find()) {
                words++;
            }
            int needed = WORDS_PER_PARAMETER * spans.size() + 1;
            if (words < needed) {
                problems.add(where + ": too many parameters for the length of the text (" + spans.size()
                        + " parameters, " + words + " other words; at least " + needed + " needed)");
            }
        }
        return new Analysis(List.copyOf(distinct), problems);
    }

    static List<String> contents(String text) {
        Matcher m = TOKEN.matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
