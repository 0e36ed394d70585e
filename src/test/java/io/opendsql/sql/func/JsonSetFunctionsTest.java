package io.opendsql.sql.func;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendsql.common.DsqlException;
import io.opendsql.sql.types.Jsonb;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.TypeContext;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-row logic of the json set-returning functions and aggregates, with PostgreSQL 15's answers. */
class JsonSetFunctionsTest {
    private static final TypeContext CONTEXT = TypeContext.DEFAULT;

    private static List<String> rows(List<Object[]> rows) {
        return rows.stream().map(r -> String.join("|", Arrays.stream(r).map(String::valueOf).toList())).toList();
    }

    @Test
    void jsonbElementsEachAndKeys() {
        Jsonb array = Jsonb.parse("[1, \"a\", null, {\"b\": [2]}]");
        assertThat(rows(JsonSetFunctions.jsonbArrayElements(array, false)))
                .containsExactly("1", "\"a\"", "null", "{\"b\": [2]}");
        assertThat(rows(JsonSetFunctions.jsonbArrayElements(array, true)))
                .containsExactly("1", "a", "null", "{\"b\": [2]}");
        Jsonb object = Jsonb.parse("{\"bb\": 1, \"a\": \"x\", \"bb\": null}");
        assertThat(rows(JsonSetFunctions.jsonbEach(object, false))).containsExactly("a|\"x\"", "bb|null");
        assertThat(rows(JsonSetFunctions.jsonbEach(object, true))).containsExactly("a|x", "bb|null");
        assertThat(rows(JsonSetFunctions.jsonbObjectKeys(object))).containsExactly("a", "bb");
        assertThatThrownBy(() -> JsonSetFunctions.jsonbArrayElements(Jsonb.parse("1"), false))
                .isInstanceOf(DsqlException.class).hasMessage("cannot extract elements from a scalar");
        assertThatThrownBy(() -> JsonSetFunctions.jsonbEach(Jsonb.parse("[]"), true))
                .hasMessage("cannot call jsonb_each_text on a non-object");
        assertThatThrownBy(() -> JsonSetFunctions.jsonbObjectKeys(Jsonb.parse("[]")))
                .hasMessage("cannot call jsonb_object_keys on an array");
    }

    @Test
    void jsonKeepsTextAndRepeatedKeys() {
        assertThat(rows(JsonSetFunctions.jsonArrayElements("[1, {\"a\" :  2}, \"x\\ty\"]", false)))
                .containsExactly("1", "{\"a\" :  2}", "\"x\\ty\"");
        assertThat(rows(JsonSetFunctions.jsonArrayElements("[\"x\\ty\", null]", true))).containsExactly("x\ty", "null");
        assertThat(rows(JsonSetFunctions.jsonEach("{\"b\": 1, \"a\": [ 2 ], \"b\": 3}", false)))
                .containsExactly("b|1", "a|[ 2 ]", "b|3");
        assertThat(rows(JsonSetFunctions.jsonObjectKeys("{\"b\": 1, \"a\": 2, \"b\": 3}")))
                .containsExactly("b", "a", "b");
        assertThatThrownBy(() -> JsonSetFunctions.jsonEach("[]", false))
                .hasMessage("cannot deconstruct an array as an object");
        assertThatThrownBy(() -> JsonSetFunctions.jsonArrayElements("{}", true))
                .hasMessage("cannot call json_array_elements_text on a non-array");
    }

    @Test
    void aggregates() {
        JsonAggregates.ArrayAgg json = new JsonAggregates.ArrayAgg(PgType.INT4, false, CONTEXT);
        assertThat(json.result()).isNull();
        json.add(1);
        json.add(null);
        json.add(3);
        assertThat(json.result()).isEqualTo("[1, null, 3]");
        JsonAggregates.ArrayAgg jsonb = new JsonAggregates.ArrayAgg(PgType.TEXT, true, CONTEXT);
        jsonb.add("a");
        jsonb.add(null);
        assertThat(jsonb.result()).hasToString("[\"a\", null]");
        JsonAggregates.ObjectAgg object = new JsonAggregates.ObjectAgg(PgType.TEXT, PgType.INT4, false, CONTEXT);
        object.add("a", 1);
        object.add("b", null);
        assertThat(object.result()).isEqualTo("{ \"a\" : 1, \"b\" : null }");
        JsonAggregates.ObjectAgg binary = new JsonAggregates.ObjectAgg(PgType.TEXT, PgType.INT4, true, CONTEXT);
        binary.add("b", 1);
        binary.add("a", 2);
        binary.add("b", 3);
        assertThat(binary.result()).hasToString("{\"a\": 2, \"b\": 3}");
        assertThatThrownBy(() -> binary.add(null, 1)).hasMessage("field name must not be null");
    }
}
