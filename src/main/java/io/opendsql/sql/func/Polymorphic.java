package io.opendsql.sql.func;

import static io.opendsql.sql.types.PgType.ANY;
import static io.opendsql.sql.types.PgType.ANYARRAY;
import static io.opendsql.sql.types.PgType.ANYCOMPATIBLE;
import static io.opendsql.sql.types.PgType.ANYCOMPATIBLEARRAY;
import static io.opendsql.sql.types.PgType.ANYCOMPATIBLENONARRAY;
import static io.opendsql.sql.types.PgType.ANYELEMENT;
import static io.opendsql.sql.types.PgType.ANYNONARRAY;
import static io.opendsql.sql.types.PgType.UNKNOWN;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.CommonType;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's polymorphic argument rules (parse_coerce.c): {@link #consistent} is
 * check_generic_type_consistency, which decides whether a candidate function can take the inputs,
 * and {@link #resolve} is enforce_generic_type_consistency, which turns the chosen function's
 * declared pseudo-types into the actual argument and result types, with its errors.
 *
 * <p>Family 1 ({@code anyelement}, {@code anyarray}, {@code anynonarray}) needs identical types;
 * family 2 ({@code anycompatible}, {@code anycompatiblearray}, {@code anycompatiblenonarray}) takes
 * the common type of its inputs, as select_common_type would.
 */
public final class Polymorphic {
    private Polymorphic() {
    }

    /** A call's concrete types: what each argument is coerced to, and the result. */
    public record Signature(List<PgType> argTypes, PgType resultType) {
        public Signature {
            argTypes = List.copyOf(argTypes);
        }
    }

    /** check_generic_type_consistency: true when the inputs fit the declared polymorphic types. */
    static boolean consistent(List<PgType> inputs, List<PgType> declared) {
        PgType element = null;
        PgType array = null;
        boolean nonArray = false;
        boolean compatibleNonArray = false;
        List<PgType> compatible = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            PgType decl = declared.get(i);
            PgType actual = inputs.get(i);
            if (decl == ANYELEMENT || decl == ANYNONARRAY) {
                nonArray |= decl == ANYNONARRAY;
                if (actual == UNKNOWN) {
                    continue;
                }
                if (element != null && actual != element) {
                    return false;
                }
                element = actual;
            } else if (decl == ANYARRAY) {
                if (actual == UNKNOWN) {
                    continue;
                }
                if (array != null && actual != array) {
                    return false;
                }
                array = actual;
            } else if (decl == ANYCOMPATIBLE || decl == ANYCOMPATIBLENONARRAY) {
                compatibleNonArray |= decl == ANYCOMPATIBLENONARRAY;
                if (actual != UNKNOWN) {
                    compatible.add(actual);
                }
            } else if (decl == ANYCOMPATIBLEARRAY) {
                if (actual == UNKNOWN) {
                    continue;
                }
                if (!actual.isArray()) {
                    return false;
                }
                compatible.add(actual.elementType());
            }
        }
        if (array != null) {
            if (array == ANYARRAY) {
                return true;
            }
            if (!array.isArray()) {
                return false;
            }
            if (element == null) {
                element = array.elementType();
            } else if (array.elementType() != element) {
                return false;
            }
        }
        if (nonArray && element != null && element.isArray()) {
            return false;
        }
        if (!compatible.isEmpty()) {
            PgType common = commonType(compatible);
            if (common == null || !allConvertible(compatible, common)) {
                return false;
            }
            if (compatibleNonArray && common.isArray()) {
                return false;
            }
        }
        return true;
    }

    /**
     * enforce_generic_type_consistency: the chosen function's argument targets and result type
     * for these inputs. {@code "any"} arguments keep their input type (an unknown literal stays
     * unknown, as PostgreSQL passes it).
     */
    public static Signature resolve(List<PgType> inputs, List<PgType> declared, PgType result) {
        PgType element = null;
        PgType array = null;
        boolean family1 = false;
        boolean family2 = false;
        boolean nonArray = false;
        boolean compatibleArray = false;
        boolean compatibleNonArray = false;
        List<PgType> compatible = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            PgType decl = declared.get(i);
            PgType actual = inputs.get(i);
            if (decl == ANYELEMENT || decl == ANYNONARRAY) {
                family1 = true;
                nonArray |= decl == ANYNONARRAY;
                if (actual == UNKNOWN) {
                    continue;
                }
                if (element != null && actual != element) {
                    throw DsqlException.of(SqlState.DATATYPE_MISMATCH, "arguments declared \"anyelement\" are not all alike")
                            .detail(text(element) + " versus " + text(actual));
                }
                element = actual;
            } else if (decl == ANYARRAY) {
                family1 = true;
                if (actual == UNKNOWN) {
                    continue;
                }
                if (array != null && actual != array) {
                    throw DsqlException.of(SqlState.DATATYPE_MISMATCH, "arguments declared \"anyarray\" are not all alike")
                            .detail(text(array) + " versus " + text(actual));
                }
                array = actual;
            } else if (decl == ANYCOMPATIBLE || decl == ANYCOMPATIBLENONARRAY) {
                family2 = true;
                compatibleNonArray |= decl == ANYCOMPATIBLENONARRAY;
                if (actual != UNKNOWN) {
                    compatible.add(actual);
                }
            } else if (decl == ANYCOMPATIBLEARRAY) {
                family2 = true;
                compatibleArray = true;
                if (actual == UNKNOWN) {
                    continue;
                }
                if (!actual.isArray()) {
                    throw DsqlException.of(SqlState.DATATYPE_MISMATCH,
                            "argument declared anycompatiblearray is not an array but type %s", text(actual));
                }
                compatible.add(actual.elementType());
            }
        }
        if (family1) {
            if (array != null) {
                if (!array.isArray()) {
                    throw DsqlException.of(SqlState.DATATYPE_MISMATCH,
                            "argument declared anyarray is not an array but type %s", text(array));
                }
                if (element == null) {
                    element = array.elementType();
                } else if (array.elementType() != element) {
                    throw DsqlException.of(SqlState.DATATYPE_MISMATCH,
                            "argument declared anyarray is not consistent with argument declared anyelement")
                            .detail(text(array) + " versus " + text(element));
                }
            }
            if (element == null) {
                throw DsqlException.of(SqlState.DATATYPE_MISMATCH,
                        "could not determine polymorphic type because input has type unknown");
            }
            if (nonArray && element.isArray()) {
                throw DsqlException.of(SqlState.DATATYPE_MISMATCH, "type matched to anynonarray is an array type: %s",
                        text(element));
            }
        }
        PgType common = null;
        PgType commonArray = null;
        if (family2) {
            if (compatible.isEmpty()) {
                common = PgType.TEXT;
            } else {
                common = commonType(compatible);
                if (common == null) {
                    throw DsqlException.of(SqlState.DATATYPE_MISMATCH, "argument types %s and %s cannot be matched",
                            text(compatible.get(0)), text(firstOtherCategory(compatible)));
                }
                if (!allConvertible(compatible, common)) {
                    throw DsqlException.of(SqlState.DATATYPE_MISMATCH,
                            "arguments of anycompatible family cannot be cast to a common type");
                }
                if (compatibleNonArray && common.isArray()) {
                    throw DsqlException.of(SqlState.DATATYPE_MISMATCH,
                            "type matched to anycompatiblenonarray is an array type: %s", text(common));
                }
            }
            if (compatibleArray) {
                commonArray = arrayOf(common);
            }
        }
        List<PgType> targets = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            targets.add(concrete(declared.get(i), inputs.get(i), element, array, common, commonArray));
        }
        if (result == ANYCOMPATIBLEARRAY && commonArray == null) {
            commonArray = arrayOf(common);
        }
        PgType resultType = result.isPolymorphic()
                ? concrete(result, UNKNOWN, element, array, common, commonArray) : result;
        return new Signature(targets, resultType);
    }

    private static PgType concrete(PgType decl, PgType actual, PgType element, PgType array, PgType common,
                                   PgType commonArray) {
        if (decl == ANY) {
            return actual;
        }
        if (decl == ANYELEMENT || decl == ANYNONARRAY) {
            return actual == UNKNOWN ? element : actual;
        }
        if (decl == ANYARRAY) {
            return actual != UNKNOWN ? actual : array != null ? array : arrayOf(element);
        }
        if (decl == ANYCOMPATIBLE || decl == ANYCOMPATIBLENONARRAY) {
            return common;
        }
        if (decl == ANYCOMPATIBLEARRAY) {
            return commonArray;
        }
        return decl;
    }

    private static PgType arrayOf(PgType element) {
        return element.arrayType().orElseThrow(() -> DsqlException.of(SqlState.UNDEFINED_OBJECT,
                "could not find array type for data type %s", text(element)));
    }

    /** select_common_type_from_oids with noerror: null when two inputs' categories differ. */
    static PgType commonType(List<PgType> types) {
        PgType result = types.get(0);
        for (PgType next : types.subList(1, types.size())) {
            if (next == UNKNOWN || next == result) {
                continue;
            }
            if (result == UNKNOWN) {
                result = next;
            } else if (next.category() != result.category()) {
                return null;
            } else if (!result.preferred() && CommonType.implicitlyConvertible(result, next)
                    && !CommonType.implicitlyConvertible(next, result)) {
                result = next;
            }
        }
        return result == UNKNOWN ? PgType.TEXT : result;
    }

    private static PgType firstOtherCategory(List<PgType> types) {
        for (PgType t : types) {
            if (t.category() != types.get(0).category()) {
                return t;
            }
        }
        return types.get(0);
    }

    private static boolean allConvertible(List<PgType> types, PgType target) {
        for (PgType t : types) {
            if (t != target && t != UNKNOWN && !CommonType.implicitlyConvertible(t, target)) {
                return false;
            }
        }
        return true;
    }

    private static String text(PgType type) {
        return OverloadResolver.typeText(type);
    }
}
