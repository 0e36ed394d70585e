# Sourced by the launcher and the test script: picks the newest JDK >= 21 and exports JAVA_HOME.
# Order: $JAVA_HOME if it is new enough, then the newest JDK under /usr/lib/jvm.

opendsql_java_major() {
    local v
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    echo "${v:-0}"
}

opendsql_pick_java() {
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && (( $(opendsql_java_major "$JAVA_HOME") >= 21 )); then
        return 0
    fi
    local best="" best_major=0 dir major
    for dir in /usr/lib/jvm/*; do
        [[ -x "$dir/bin/java" && -x "$dir/bin/javac" && ! -L "$dir" ]] || continue
        major=$(opendsql_java_major "$dir")
        if (( major > best_major )); then best="$dir"; best_major=$major; fi
    done
    if (( best_major < 21 )); then
        echo "OpenDSQL needs a JDK 21 or newer: set JAVA_HOME or install one under /usr/lib/jvm" >&2
        return 1
    fi
    export JAVA_HOME="$best"
}

opendsql_pick_java || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
