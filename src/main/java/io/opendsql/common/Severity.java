package io.opendsql.common;

/** Severity of an error or notice, as sent in the 'S' and 'V' fields. */
public enum Severity {
    ERROR, FATAL, PANIC, WARNING, NOTICE, DEBUG, INFO, LOG
}
