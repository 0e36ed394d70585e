package io.opendsql.catalog;

/** Kinds of catalog objects, as keys of ACLs and comments; {@code classId} is the pg_catalog table's OID. */
public enum ObjectKind {
    SCHEMA(2615),
    TABLE(1259),
    INDEX(1259),
    VIEW(1259),
    SEQUENCE(1259),
    COLUMN(1259),
    FUNCTION(1255),
    ROLE(1260),
    CONSTRAINT(2606),
    DATABASE(1262);

    private final int classId;

    ObjectKind(int classId) {
        this.classId = classId;
    }

    public int classId() {
        return classId;
    }
}
