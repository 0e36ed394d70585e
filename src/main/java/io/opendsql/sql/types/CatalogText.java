package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.util.ArrayList;
import java.util.List;

/** Text forms of the system catalogs' types: int2vector, oidvector and the OID alias types. */
final class CatalogText {
    private CatalogText() {
    }

    /** int2vectorin / oidvectorin: numbers separated by spaces, subscripted from 0. */
    static PgArray parseVector(PgType type, String text) {
        List<Object> elements = new ArrayList<>();
        for (String part : text.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            elements.add(type == PgType.INT2VECTOR ? IntegerText.parseInt2(part) : IntegerText.parseOid(part));
        }
        return vector(elements);
    }

    /** A vector value of {@code elements}, subscripted from 0. */
    static PgArray vector(List<?> elements) {
        if (elements.isEmpty()) {
            return PgArray.empty();
        }
        return new PgArray(new int[] {elements.size()}, new int[] {0}, new ArrayList<>(elements));
    }

    static String formatVector(PgArray value) {
        StringBuilder out = new StringBuilder();
        for (Object element : value.elements()) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(element);
        }
        return out.toString();
    }

    /** regclassin and its siblings: an OID, {@code -} for 0, or a name the catalog resolves. */
    static long parseObjectReference(PgType type, String text, ObjectNames names) {
        String trimmed = text.trim();
        if (trimmed.equals("-")) {
            return 0;
        }
        if (!trimmed.isEmpty() && trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return IntegerText.parseOid(trimmed);
        }
        if (trimmed.isEmpty()) {
            throw DsqlException.of(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type %s: \"%s\"",
                    type.typeName(), text);
        }
        return names.oid(type, trimmed);
    }

    static String formatObjectReference(PgType type, long oid, ObjectNames names) {
        return oid == 0 ? "-" : names.name(type, oid);
    }
}
