package io.opendsql.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RequestThrottleTest {
    @Test
    void burstThenRefillPerAccessKey() {
        AtomicLong nanos = new AtomicLong();
        RequestThrottle throttle = new RequestThrottle(2, 3, nanos::get);
        assertThat(throttle.tryAcquire("a")).isTrue();
        assertThat(throttle.tryAcquire("a")).isTrue();
        assertThat(throttle.tryAcquire("a")).isTrue();
        assertThat(throttle.tryAcquire("a")).isFalse();
        assertThat(throttle.tryAcquire("b")).isTrue();
        nanos.addAndGet(500_000_000L);
        assertThat(throttle.tryAcquire("a")).isTrue();
        assertThat(throttle.tryAcquire("a")).isFalse();
    }
}
