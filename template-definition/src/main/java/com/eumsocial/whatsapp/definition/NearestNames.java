package com.eumsocial.whatsapp.definition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The names closest to a misspelled one ("payment_recieved" finds "payment_received"), for the
 * "did you mean" of a library template name that does not exist: used at synth against the
 * bundled {@link LibraryTemplateNames} and at deploy against Meta's library as listed.
 */
public final class NearestNames {
    /** At most this many suggestions. */
    public static final int MAX_SUGGESTIONS = 3;

    private NearestNames() {
    }

    /**
     * Up to {@value #MAX_SUGGESTIONS} candidates nearest to {@code wanted}, nearest first (ties by
     * name): those within an edit distance of a third of the name's length (at least 2; a swap
     * of two neighbouring letters counts as one edit), and those that contain it or that it contains.
     */
    public static List<String> nearest(String wanted, Collection<String> candidates) {
        if (wanted == null || wanted.isBlank() || candidates == null) {
            return List.of();
        }
        String target = wanted.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, target.length() / 3);
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String candidate : new LinkedHashSet<>(candidates)) {
            if (candidate == null || candidate.equals(wanted)) {
                continue;
            }
            String other = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(target, other);
            boolean related = target.length() >= 4 && (other.contains(target) || target.contains(other));
            if (distance <= limit || related) {
                scored.add(new Scored(candidate, distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_SUGGESTIONS, scored.size()); i++) {
            out.add(scored.get(i).name());
        }
        return out;
    }

    /** " Did you mean a, b or c?" for a message, or "" when there is nothing near. */
    public static String didYouMean(List<String> suggestions) {
        if (suggestions.isEmpty()) {
            return "";
        }
        if (suggestions.size() == 1) {
            return " Did you mean " + suggestions.get(0) + "?";
        }
        return " Did you mean " + String.join(", ", suggestions.subList(0, suggestions.size() - 1)) + " or "
                + suggestions.get(suggestions.size() - 1) + "?";
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
