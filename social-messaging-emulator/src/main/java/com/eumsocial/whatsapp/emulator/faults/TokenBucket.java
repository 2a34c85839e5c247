package com.eumsocial.whatsapp.emulator.faults;

/** A classic token bucket on the real (nanosecond) clock: {@code burst} tokens, refilled at {@code perSecond}. */
final class TokenBucket {
    private final double perSecond;
    private final double burst;
    private double tokens;
    private long lastRefill;

    TokenBucket(double perSecond, int burst, long nowNanos) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.lastRefill = nowNanos;
    }

    synchronized boolean tryTake(long nowNanos) {
        double elapsedSeconds = (nowNanos - lastRefill) / 1e9;
        if (elapsedSeconds > 0) {
            tokens = Math.min(burst, tokens + elapsedSeconds * perSecond);
            lastRefill = nowNanos;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
