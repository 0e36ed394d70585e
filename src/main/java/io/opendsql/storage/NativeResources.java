package io.opendsql.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registry of open native-backed objects (RocksDB stores and iterators), so a test can assert that everything
 * it opened was closed. With {@code -Dopendsql.native.trace=true} each entry also records the stack that
 * created it (costly: a point read opens an iterator), so a leak report says where the leak came from.
 */
public final class NativeResources {
    private static final Map<Object, Throwable> OPEN = new ConcurrentHashMap<>();
    private static final boolean TRACE = Boolean.getBoolean("opendsql.native.trace");

    private NativeResources() {
    }

    static void opened(Object resource, String description) {
        OPEN.put(resource, TRACE ? new Throwable(description + " opened here") : new Untraced(description));
    }

    static void closed(Object resource) {
        OPEN.remove(resource);
    }

    static Throwable creationSite(Object resource) {
        return OPEN.get(resource);
    }

    /** Descriptions of every resource opened and not yet closed, each with its creation site. */
    public static List<String> openResources() {
        List<String> result = new ArrayList<>();
        for (Throwable site : OPEN.values()) {
            StackTraceElement[] stack = site.getStackTrace();
            StringBuilder text = new StringBuilder(site.getMessage());
            for (int i = 0; i < Math.min(stack.length, 8); i++) {
                text.append("\n\tat ").append(stack[i]);
            }
            result.add(text.toString());
        }
        return result;
    }

    /** A description without the cost of a stack trace. */
    private static final class Untraced extends Throwable {
        Untraced(String description) {
            super(description + " (run with -Dopendsql.native.trace=true to see where it was opened)", null, false, false);
        }
    }

    /** Throws when something is still open; call at the end of a test. */
    public static void assertAllClosed() {
        List<String> open = openResources();
        if (!open.isEmpty()) {
            throw new IllegalStateException(open.size() + " native resources not closed properly:\n"
                    + String.join("\n", open));
        }
    }
}
