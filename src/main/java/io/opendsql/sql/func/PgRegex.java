package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.SessionContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A compiled PostgreSQL regular expression, run on java.util.regex with PostgreSQL's matching
 * rules: the leftmost match, and of those starting there the longest (or, for an expression that
 * prefers the shortest, the shortest), which Java's first match is checked against when the
 * expression could differ. Compiled expressions are cached, as PostgreSQL caches its last ones.
 */
final class PgRegex {
    private static final int CACHE_SIZE = 64;
    /** How far past Java's match the longest-match search looks. */
    private static final int LONGER_WINDOW = 256;

    /**
     * Work allowed for the extent searches of one function call (characters scanned, roughly);
     * once spent, Java's own match extents are kept.
     */
    static final class Budget {
        private long remaining = 50_000_000L;

        boolean spend(long cost) {
            if (cost > remaining) {
                return false;
            }
            remaining -= cost;
            return true;
        }
    }

    private static final Map<Key, PgRegex> CACHE = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, PgRegex> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private record Key(String pattern, RegexFlags flags) {
    }

    private final Pattern pattern;
    private final RegexTranslator.Result translation;

    private PgRegex(Pattern pattern, RegexTranslator.Result translation) {
        this.pattern = pattern;
        this.translation = translation;
    }

    /** Compiles (or finds in the cache) a pattern with its options; errors are PostgreSQL's 2201B. */
    static PgRegex compile(String source, RegexFlags flags) {
        RegexFlags key = new RegexFlags(flags.flavor(), flags.ignoreCase(), flags.newlineStop(),
                flags.newlineAnchor(), flags.expanded(), false);
        synchronized (CACHE) {
            PgRegex cached = CACHE.get(new Key(source, key));
            if (cached != null) {
                return cached;
            }
        }
        RegexTranslator.Result result = RegexTranslator.translate(source, key);
        RegexFlags effective = result.flags();
        int javaFlags = Pattern.UNIX_LINES;
        if (!effective.newlineStop()) {
            javaFlags |= Pattern.DOTALL;
        }
        if (effective.ignoreCase()) {
            javaFlags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(result.javaPattern(), javaFlags);
        } catch (PatternSyntaxException e) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "OpenDSQL cannot evaluate this regular expression: %s", e.getDescription());
        }
        PgRegex regex = new PgRegex(compiled, result);
        synchronized (CACHE) {
            CACHE.put(new Key(source, key), regex);
        }
        return regex;
    }

    /** Number of capturing groups (re_nsub). */
    int groups() {
        return translation.groups();
    }

    /** One match: start and end of the whole match and of each group (-1 when a group took no part). */
    record Match(int[] starts, int[] ends) {
        int start() {
            return starts[0];
        }

        int end() {
            return ends[0];
        }
    }

    /**
     * The first match starting at or after {@code from} (a UTF-16 index), or null. Anchors and
     * look-behinds still see the whole text, as pg_regexec's search start does.
     */
    Match search(CharSequence text, int from, SessionContext session) {
        return search(text, from, session, new Budget());
    }

    Match search(CharSequence text, int from, SessionContext session, Budget budget) {
        Guarded input = new Guarded(text, session);
        Matcher m = pattern.matcher(input);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        if (from > text.length() || !input.run(MATCH_STEPS, () -> m.find(from))) {
            return null;
        }
        if (!translation.searchExtent()) {
            return match(m);
        }
        int start = m.start();
        int end = m.end();
        int n = text.length();
        try {
            if (translation.preferShortest()) {
                if (budget.spend((long) (end - start) * (end - start) / 2)) {
                    for (int e = start; e < end; e++) {
                        if (!splitsPair(text, e) && input.attempt(m, start, e)) {
                            return match(m);
                        }
                    }
                }
            } else {
                long limit = translation.maxLength() < 0 ? n : Math.min(n, (long) start + translation.maxLength());
                int last = (int) Math.min(limit, (long) end + LONGER_WINDOW);
                if (last > end && budget.spend((long) (last - end) * (last - start))) {
                    for (int e = last; e > end; e--) {
                        if (!splitsPair(text, e) && input.attempt(m, start, e)) {
                            return match(m);
                        }
                    }
                }
            }
        } catch (Guarded.TooComplex e) {
            // an attempt that backtracks without end: keep Java's own match
        }
        m.region(start, end);
        if (!input.run(MATCH_STEPS, m::matches)) {
            throw new IllegalStateException("regular expression match not reproducible");
        }
        return match(m);
    }

    /** True when the expression matches somewhere in the text. */
    boolean matches(CharSequence text, SessionContext session) {
        Guarded input = new Guarded(text, session);
        Matcher m = pattern.matcher(input);
        return input.run(MATCH_STEPS, m::find);
    }

    private static boolean splitsPair(CharSequence text, int index) {
        return index > 0 && index < text.length() && Character.isHighSurrogate(text.charAt(index - 1))
                && Character.isLowSurrogate(text.charAt(index));
    }

    private static Match match(Matcher m) {
        int count = m.groupCount() + 1;
        int[] starts = new int[count];
        int[] ends = new int[count];
        for (int g = 0; g < count; g++) {
            starts[g] = m.start(g);
            ends[g] = m.end(g);
        }
        return new Match(starts, ends);
    }

    /** Characters java.util.regex may read for one search before it counts as runaway backtracking. */
    private static final long MATCH_STEPS = 1_000_000_000L;
    /** Stack size of the thread that reruns a search that overflowed the stack. */
    private static final long LARGE_STACK = 512L << 20;
    /** ... and for one attempt of the extent search. */
    private static final long ATTEMPT_STEPS = 2_000_000L;

    /**
     * The text as java.util.regex reads it, checking for a cancel request now and then and
     * stopping backtracking that reads more than its allowance (PostgreSQL's automaton never
     * backtracks; Java's can take exponential time on patterns like {@code (a*)*b}).
     */
    private static final class Guarded implements CharSequence {
        private final CharSequence text;
        private final SessionContext session;
        private long reads;
        private long limit;

        /** Thrown when a search reads more than allowed. */
        static final class TooComplex extends RuntimeException {
            TooComplex() {
                super(null, null, false, false);
            }
        }

        Guarded(CharSequence text, SessionContext session) {
            this.text = text;
            this.session = session;
        }

        /** Runs a search within {@code steps} reads; runaway backtracking is PostgreSQL's "too complex" error. */
        boolean run(long steps, java.util.function.BooleanSupplier search) {
            limit = reads + steps;
            try {
                return search.getAsBoolean();
            } catch (TooComplex e) {
                throw RegexTranslator.error("regular expression is too complex");
            } catch (StackOverflowError e) {
                return onLargeStack(search);
            }
        }

        /**
         * java.util.regex recurses once per repetition of a group, so a long input can overflow a
         * thread's stack; such a search runs again on a thread with a large one.
         */
        private boolean onLargeStack(java.util.function.BooleanSupplier search) {
            boolean[] result = new boolean[1];
            RuntimeException[] failure = new RuntimeException[1];
            boolean[] overflow = new boolean[1];
            Thread worker = new Thread(null, () -> {
                try {
                    result[0] = search.getAsBoolean();
                } catch (RuntimeException e) {
                    failure[0] = e;
                } catch (StackOverflowError e) {
                    overflow[0] = true;
                }
            }, "regex-large-stack", LARGE_STACK);
            worker.start();
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw DsqlException.of(SqlState.QUERY_CANCELED, "canceling statement due to user request");
            }
            if (failure[0] instanceof TooComplex || overflow[0]) {
                throw RegexTranslator.error("regular expression is too complex");
            }
            if (failure[0] != null) {
                throw failure[0];
            }
            return result[0];
        }

        /** One extent-search attempt: does the pattern match exactly the region? */
        boolean attempt(Matcher m, int start, int end) {
            limit = reads + ATTEMPT_STEPS;
            m.region(start, end);
            try {
                return m.matches();
            } catch (StackOverflowError e) {
                throw new TooComplex();
            }
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xfffff) == 0) {
                if (session != null) {
                    session.checkCancel();
                }
                if (reads > limit) {
                    throw new TooComplex();
                }
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
