package com.eumsocial.whatsapp.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Order statistics of repeated measurements: the median resists the noise of a shared machine. */
final class Stats {
    private Stats() {
    }

    static double median(List<? extends Number> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double min(List<? extends Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).min().orElseThrow();
    }

    static double max(List<? extends Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).max().orElseThrow();
    }

    /** The value below which {@code p} percent of the values lie (nearest rank). */
    static double percentile(List<? extends Number> values, double p) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String describe(double[] values) {
        return Arrays.toString(values);
    }
}
