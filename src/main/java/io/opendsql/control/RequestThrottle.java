package io.opendsql.control;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/** A token bucket per access key: {@code burst} requests at once, refilled at {@code ratePerSecond}. */
final class RequestThrottle {
    private final double ratePerSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final Map<String, double[]> buckets = new HashMap<>();

    RequestThrottle(double ratePerSecond, int burst, LongSupplier nanoTime) {
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /** Takes a token for {@code key}; false when its bucket is empty. */
    synchronized boolean tryAcquire(String key) {
        long now = nanoTime.getAsLong();
        // bucket = {tokens, last refill time in nanoseconds}
        double[] bucket = buckets.computeIfAbsent(key, k -> new double[] {burst, now});
        bucket[0] = Math.min(burst, bucket[0] + (now - bucket[1]) / 1e9 * ratePerSecond);
        bucket[1] = now;
        if (bucket[0] < 1) {
            return false;
        }
        bucket[0] -= 1;
        return true;
    }
}
