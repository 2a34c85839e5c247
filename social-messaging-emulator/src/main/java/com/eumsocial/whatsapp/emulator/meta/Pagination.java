package com.eumsocial.whatsapp.emulator.meta;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque page tokens. A token names the list it belongs to and the position after which the next
 * page starts, so a token from one list is refused by another.
 */
final class Pagination {
    /** The model documents maxResults as 1-100 and no default; the emulator answers full pages. */
    static final int DEFAULT_MAX_RESULTS = 100;

    private Pagination() {
    }

    record Page<T>(List<T> items, String nextToken) {
    }

    static String token(String list, String position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((list + "|" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position encoded in {@code token}, or null for the first page. */
    static String position(String list, String token) {
        if (token == null) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ServiceError.invalidParameters("nextToken is not a token this operation issued");
        }
        String prefix = list + "|";
        if (!decoded.startsWith(prefix) || decoded.length() == prefix.length()) {
            throw ServiceError.invalidParameters("nextToken is not a token this operation issued");
        }
        return decoded.substring(prefix.length());
    }

    /** Offset-based page over a stable list. */
    static <T> Page<T> byOffset(String list, List<T> all, String nextToken, int maxResults) {
        String position = position(list, nextToken);
        int start = 0;
        if (position != null) {
            try {
                start = Integer.parseInt(position);
            } catch (NumberFormatException e) {
                throw ServiceError.invalidParameters("nextToken is not a token this operation issued");
            }
            if (start < 0 || start > all.size()) {
                throw ServiceError.invalidParameters("nextToken is not a token this operation issued");
            }
        }
        int end = Math.min(all.size(), start + maxResults);
        return new Page<>(List.copyOf(all.subList(start, end)),
                end < all.size() ? token(list, Integer.toString(end)) : null);
    }
}
