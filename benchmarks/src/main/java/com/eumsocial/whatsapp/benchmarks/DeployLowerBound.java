package com.eumsocial.whatsapp.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * The shortest time any client could deploy N templates through per-operation token buckets:
 * each template needs, in this order, the WABA check (GetLinkedWhatsAppBusinessAccount), the
 * duplicate check (one ListWhatsAppMessageTemplates page), the create, then, once Meta's review
 * of that template has ended, one GetWhatsAppMessageTemplate that sees it APPROVED. Each operation
 * has its own bucket (rate per second, burst). The client is ideal: it sends every call the moment
 * a token is there, in declaration order, and polls each template exactly once, at its approval
 * (as if it knew the review delays). No call fails. Real handlers can only be slower.
 */
final class DeployLowerBound {
    /** A token bucket taking requests in time order: when each one is let through. */
    static final class Bucket {
        private final double rate;
        private final double burst;
        private double tokens;
        private double last;

        Bucket(double ratePerSecond, int burst) {
            if (ratePerSecond <= 0 || burst < 1) {
                throw new IllegalArgumentException("rate must be positive and burst at least 1");
            }
            this.rate = ratePerSecond;
            this.burst = burst;
            this.tokens = burst;
        }

        /** The earliest moment at or after {@code at} that a request gets a token. Calls must come in time order. */
        double take(double at) {
            double now = Math.max(at, last);
            tokens = Math.min(burst, tokens + (now - last) * rate);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return now;
            }
            double wait = (1 - tokens) / rate;
            tokens = 0;
            last = now + wait;
            return last;
        }
    }

    /** The bound's parts: when the last create went out, and when the last template was seen APPROVED. */
    record Bound(double lastCreateSeconds, double seconds) { }

    private DeployLowerBound() {
    }

    /**
     * @param reviewSeconds each template's review delay, in declaration order
     */
    static Bound compute(List<Double> reviewSeconds, double ratePerSecond, int burst) {
        Bucket linked = new Bucket(ratePerSecond, burst);
        Bucket list = new Bucket(ratePerSecond, burst);
        Bucket create = new Bucket(ratePerSecond, burst);
        Bucket get = new Bucket(ratePerSecond, burst);
        double[] approvals = new double[reviewSeconds.size()];
        double lastCreate = 0;
        for (int i = 0; i < approvals.length; i++) {
            double created = create.take(list.take(linked.take(0)));
            lastCreate = Math.max(lastCreate, created);
            approvals[i] = created + reviewSeconds.get(i);
        }
        Arrays.sort(approvals);
        double done = 0;
        for (double approved : approvals) {
            done = Math.max(done, get.take(approved));
        }
        return new Bound(lastCreate, done);
    }

    /** The brief's rough bound: the creates after the burst at the rate, plus the longest review. */
    static double simple(List<Double> reviewSeconds, double ratePerSecond, int burst) {
        double longest = reviewSeconds.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return Math.max(0, reviewSeconds.size() - burst) / ratePerSecond + longest;
    }
}
