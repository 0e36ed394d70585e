package io.opendsql.auth;

/** IAM wildcard matching: {@code *} matches any run of characters, {@code ?} exactly one. */
final class Wildcard {
    private Wildcard() {
    }

    /** Whether {@code text} matches {@code pattern}, optionally ignoring case. Linear time in practice, no regex. */
    static boolean matches(String pattern, String text, boolean ignoreCase) {
        int p = 0;
        int t = 0;
        int starPattern = -1;
        int starText = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                starPattern = p++;
                starText = t;
            } else if (p < pattern.length()
                    && (pattern.charAt(p) == '?' || same(pattern.charAt(p), text.charAt(t), ignoreCase))) {
                p++;
                t++;
            } else if (starPattern >= 0) {
                p = starPattern + 1;
                t = ++starText;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private static boolean same(char left, char right, boolean ignoreCase) {
        return left == right || ignoreCase && Character.toLowerCase(left) == Character.toLowerCase(right);
    }
}
