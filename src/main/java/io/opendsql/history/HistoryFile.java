package io.opendsql.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * List-append histories as JSON lines, one completed transaction per line:
 * <pre>{"process":3,"type":"ok","value":[["append",1,17],["r",2,[4,9]]],"invoke":123,"complete":456}</pre>
 * {@code type} is {@code ok}, {@code fail} or {@code info}; a read's list is null when not observed; the
 * nanosecond timestamps are optional.
 */
public final class HistoryFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HistoryFile() {
    }

    public static List<Operation> read(Path file) throws IOException {
        List<Operation> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(parse(JSON.readTree(line)));
                } catch (RuntimeException | IOException e) {
                    throw new IOException("line " + number + " of " + file + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    static Operation parse(JsonNode node) {
        Operation.Outcome outcome = Operation.Outcome.valueOf(node.get("type").asText().toUpperCase(Locale.ROOT));
        List<Operation.Micro> micros = new ArrayList<>();
        for (JsonNode micro : node.get("value")) {
            String f = micro.get(0).asText();
            long key = micro.get(1).asLong();
            if (f.equals("append")) {
                micros.add(Operation.Micro.append(key, micro.get(2).asLong()));
            } else if (f.equals("r")) {
                JsonNode values = micro.get(2);
                List<Long> list = null;
                if (values != null && !values.isNull()) {
                    list = new ArrayList<>();
                    for (JsonNode v : values) {
                        list.add(v.asLong());
                    }
                }
                micros.add(Operation.Micro.read(key, list));
            } else {
                throw new IllegalArgumentException("unknown micro-operation " + f);
            }
        }
        return new Operation(node.path("process").asInt(), outcome, micros, node.path("invoke").asLong(),
                node.path("complete").asLong());
    }

    public static void write(List<Operation> history, Writer out) throws IOException {
        for (Operation op : history) {
            ObjectNode node = JSON.createObjectNode();
            node.put("process", op.process());
            node.put("type", op.outcome().name().toLowerCase(Locale.ROOT));
            ArrayNode value = node.putArray("value");
            for (Operation.Micro micro : op.micros()) {
                ArrayNode m = value.addArray();
                m.add(micro.append() ? "append" : "r");
                m.add(micro.key());
                if (micro.append()) {
                    m.add(micro.value());
                } else if (micro.values() == null) {
                    m.addNull();
                } else {
                    ArrayNode list = m.addArray();
                    micro.values().forEach(list::add);
                }
            }
            node.put("invoke", op.invokeNanos());
            node.put("complete", op.completeNanos());
            out.write(JSON.writeValueAsString(node));
            out.write('\n');
        }
    }
}
