package io.opendsql.wire;

import io.opendsql.session.Session;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Backend process ids, their secret keys, and the sessions a CancelRequest may interrupt. */
final class CancelRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(CancelRegistry.class);

    private record Entry(int secret, Session session) {
    }

    private final Map<Integer, Entry> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger nextProcessId = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 100_000));
    private final SecureRandom random = new SecureRandom();

    int newProcessId() {
        int id = nextProcessId.getAndIncrement();
        return id > 0 ? id : newProcessId();
    }

    /** Registers an open session and returns its random secret key. */
    int register(int processId, Session session) {
        int secret = random.nextInt();
        sessions.put(processId, new Entry(secret, session));
        return secret;
    }

    void remove(int processId) {
        sessions.remove(processId);
    }

    /** Cancels the session's running statement when the id and secret match; silently ignored otherwise. */
    void cancel(int processId, int secret) {
        Entry entry = sessions.get(processId);
        if (entry == null || !MessageDigest.isEqual(bytes(entry.secret()), bytes(secret))) {
            LOG.debug("ignoring a cancel request for unknown backend {}", processId);
            return;
        }
        try {
            entry.session().cancel();
        } catch (RuntimeException e) {
            LOG.warn("cancel of backend {} failed", processId, e);
        }
    }

    private static byte[] bytes(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }
}
