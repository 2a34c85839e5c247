package com.eumsocial.whatsapp.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Finds the {@code {{...}}} parameters of a text and the brace mistakes around them. */
final class TextParameters {
    /** {{0}} is read as positional so the sequence rule can say "start at {{1}}"; {{01}} is not a parameter. */
    static final Pattern POSITIONAL = Pattern.compile("0|[1-9][0-9]{0,8}");
    /** Meta: lowercase letters, digits and underscores; a name starts with a letter. */
    static final Pattern NAMED = Pattern.compile("[a-z][a-z0-9_]*");

    /** One {@code {{content}}} occurrence; start/end index the whole placeholder in the text. */
    record Parameter(String content, int start, int end) {
        boolean isPositional() {
            return POSITIONAL.matcher(content).matches();
        }

        boolean isNamed() {
            return NAMED.matcher(content).matches();
        }

        int number() {
            return Integer.parseInt(content);
        }

        String placeholder() {
            return "{{" + content + "}}";
        }
    }

    /**
     * @param parameters     every closed {@code {{...}}}, in order
     * @param braceProblems  human-readable descriptions of unmatched or nested braces
     * @param remainder      the text with every parameter replaced by a space
     */
    record Scan(List<Parameter> parameters, List<String> braceProblems, String remainder) {
    }

    private TextParameters() {
    }

    static Scan scan(String text) {
        List<Parameter> parameters = new ArrayList<>();
        List<String> braceProblems = new ArrayList<>();
        StringBuilder remainder = new StringBuilder(text);
        int from = 0;
        while (from < text.length()) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                break;
            }
            int close = text.indexOf("}}", open + 2);
            int nextOpen = text.indexOf("{{", open + 2);
            if (close < 0) {
                braceProblems.add("\"{{\" at character " + (open + 1) + " has no matching \"}}\"");
                remainder.replace(open, open + 2, "  ");
                break;
            }
            if (nextOpen >= 0 && nextOpen < close) {
                braceProblems.add("\"{{\" at character " + (open + 1) + " is not closed before the next \"{{\"");
                remainder.replace(open, open + 2, "  ");
                from = nextOpen;
                continue;
            }
            String content = text.substring(open + 2, close);
            int end = close + 2;
            if (content.indexOf('{') >= 0 || content.indexOf('}') >= 0) {
                braceProblems.add("\"" + text.substring(open, end) + "\" has unbalanced braces; write {{1}} or {{name}}");
            } else {
                parameters.add(new Parameter(content, open, end));
            }
            for (int i = open; i < end; i++) {
                remainder.setCharAt(i, ' ');
            }
            from = end;
        }
        int stray = remainder.indexOf("}}");
        if (stray >= 0) {
            braceProblems.add("\"}}\" at character " + (stray + 1) + " has no matching \"{{\"");
        }
        return new Scan(List.copyOf(parameters), List.copyOf(braceProblems), remainder.toString());
    }

    /** Words that are not parameters: whitespace-separated runs holding a letter or digit. */
    static int countWords(String remainder) {
        int words = 0;
        for (String token : remainder.trim().split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }

    /** True when the range holds only whitespace and punctuation (nothing a reader would call text). */
    static boolean onlyFiller(String text, int from, int to) {
        return text.substring(from, to).codePoints().allMatch(TextParameters::isFiller);
    }

    private static boolean isFiller(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Emoji blocks (pictographs, symbols, dingbats, flags, the emoji variation selector). */
    static boolean containsEmoji(String text) {
        return text.codePoints().anyMatch(cp -> (cp >= 0x1F000 && cp <= 0x1FAFF)
                || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x2300 && cp <= 0x23FF)
                || (cp >= 0x2B00 && cp <= 0x2BFF)
                || cp == 0xFE0F || cp == 0x3030 || cp == 0x303D);
    }

    /** Length as Meta counts characters: by code point, so an emoji counts once. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
