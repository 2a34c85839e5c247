package com.eumsocial.whatsapp.definition;

import java.util.ArrayList;
import java.util.List;

/** A place in the definition JSON, rendered both as an RFC 6901 pointer and as a readable path. */
final class Location {
    static final Location ROOT = new Location(List.of());

    private final List<Object> segments;

    private Location(List<Object> segments) {
        this.segments = segments;
    }

    Location field(String name) {
        return append(name);
    }

    Location index(int index) {
        return append(index);
    }

    private Location append(Object segment) {
        List<Object> next = new ArrayList<>(segments);
        next.add(segment);
        return new Location(List.copyOf(next));
    }

    String pointer() {
        StringBuilder sb = new StringBuilder();
        for (Object s : segments) {
            sb.append('/').append(s.toString().replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    String path() {
        StringBuilder sb = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(s);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return path();
    }
}
