#!/usr/bin/env bash
# Rewrites the expected output of src/test/resources/logictest/**/*.test from a PostgreSQL server.
# Usage: scripts/regen-logictests.sh [jdbc-url]   (default: PostgreSQL on localhost:5498, user postgres)
#        LOGICTEST_ONLY=expr/arrays scripts/regen-logictests.sh   rewrites only the files whose path contains it
# Review the diff before committing: the files are the engine's specification.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
url="${1:-jdbc:postgresql://localhost:5498/postgres?user=postgres}"
mvn -q -B test -Dtest=LogicTest -Dlogictest.rewrite=true "-Dlogictest.url=$url" -Dsurefire.failIfNoSpecifiedTests=false \
    "-Dlogictest.only=${LOGICTEST_ONLY:-}"
