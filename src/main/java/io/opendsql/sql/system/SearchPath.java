package io.opendsql.sql.system;

import io.opendsql.sql.SessionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The session's search_path as the catalog functions use it. */
public final class SearchPath {
    private SearchPath() {
    }

    /** The schemas of the search_path setting ({@code "$user"} is the user's own schema). */
    public static List<String> of(SessionContext session) {
        String setting;
        try {
            setting = session.setting("search_path");
        } catch (RuntimeException e) {
            setting = "\"$user\", public";
        }
        List<String> out = new ArrayList<>();
        for (String part : setting.split(",")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2) {
                name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
            } else {
                name = name.toLowerCase(Locale.ROOT);
            }
            out.add(name.equals("$user") ? session.user() : name);
        }
        return out;
    }

    /** {@link #of} with {@code pg_catalog} searched first when the setting does not place it. */
    public static List<String> effective(SessionContext session) {
        List<String> path = of(session);
        if (path.contains("pg_catalog")) {
            return path;
        }
        List<String> out = new ArrayList<>();
        out.add("pg_catalog");
        out.addAll(path);
        return out;
    }
}
