package io.opendsql.sql.types;

import java.util.ArrayList;
import java.util.List;

/** PostgreSQL's ParseDateTime: splits datetime and interval text into typed fields. */
final class DateTimeTokenizer {
    private DateTimeTokenizer() {
    }

    /** ParseDateTime. */
    static List<DateTimeParser.Field> tokenize(String input) {
        List<DateTimeParser.Field> fields = new ArrayList<>();
        int n = input.length();
        int i = 0;
        while (i < n) {
            char c = input.charAt(i);
            if (Errors.isSpace(c)) {
                i++;
                continue;
            }
            StringBuilder buffer = new StringBuilder();
            DateTimeParser.FieldType type;
            if (isDigit(c)) {
                while (i < n && isDigit(input.charAt(i))) {
                    buffer.append(input.charAt(i++));
                }
                if (i < n && input.charAt(i) == ':') {
                    type = DateTimeParser.FieldType.TIME;
                    buffer.append(input.charAt(i++));
                    while (i < n && (isDigit(input.charAt(i)) || input.charAt(i) == ':' || input.charAt(i) == '.')) {
                        buffer.append(input.charAt(i++));
                    }
                } else if (i < n && (input.charAt(i) == '-' || input.charAt(i) == '/' || input.charAt(i) == '.')) {
                    char delimiter = input.charAt(i);
                    buffer.append(input.charAt(i++));
                    if (i < n && isDigit(input.charAt(i))) {
                        type = delimiter == '.' ? DateTimeParser.FieldType.NUMBER : DateTimeParser.FieldType.DATE;
                        while (i < n && isDigit(input.charAt(i))) {
                            buffer.append(input.charAt(i++));
                        }
                        if (i < n && input.charAt(i) == delimiter) {
                            type = DateTimeParser.FieldType.DATE;
                            buffer.append(input.charAt(i++));
                            while (i < n && (isDigit(input.charAt(i)) || input.charAt(i) == delimiter)) {
                                buffer.append(input.charAt(i++));
                            }
                        }
                    } else {
                        type = DateTimeParser.FieldType.DATE;
                        while (i < n && (isAlnum(input.charAt(i)) || input.charAt(i) == delimiter)) {
                            buffer.append(Character.toLowerCase(input.charAt(i++)));
                        }
                    }
                } else {
                    type = DateTimeParser.FieldType.NUMBER;
                }
            } else if (c == '.') {
                buffer.append(input.charAt(i++));
                while (i < n && isDigit(input.charAt(i))) {
                    buffer.append(input.charAt(i++));
                }
                type = DateTimeParser.FieldType.NUMBER;
            } else if (isAlpha(c)) {
                type = DateTimeParser.FieldType.STRING;
                while (i < n && isAlpha(input.charAt(i))) {
                    buffer.append(Character.toLowerCase(input.charAt(i++)));
                }
                boolean isDate = false;
                if (i < n && (input.charAt(i) == '-' || input.charAt(i) == '/' || input.charAt(i) == '.')) {
                    isDate = true;
                } else if (i < n && (input.charAt(i) == '+' || isDigit(input.charAt(i)))) {
                    isDate = DateTimeTokens.keyword(buffer.toString()) == null;
                }
                if (isDate) {
                    type = DateTimeParser.FieldType.DATE;
                    do {
                        buffer.append(Character.toLowerCase(input.charAt(i++)));
                    } while (i < n && ("+-/_.:".indexOf(input.charAt(i)) >= 0 || isAlnum(input.charAt(i))));
                }
            } else if (c == '+' || c == '-') {
                buffer.append(input.charAt(i++));
                while (i < n && Errors.isSpace(input.charAt(i))) {
                    i++;
                }
                if (i < n && isDigit(input.charAt(i))) {
                    type = DateTimeParser.FieldType.TZ;
                    buffer.append(input.charAt(i++));
                    while (i < n && (isDigit(input.charAt(i)) || input.charAt(i) == ':' || input.charAt(i) == '.'
                            || input.charAt(i) == '-')) {
                        buffer.append(input.charAt(i++));
                    }
                } else if (i < n && isAlpha(input.charAt(i))) {
                    type = DateTimeParser.FieldType.SPECIAL;
                    while (i < n && isAlpha(input.charAt(i))) {
                        buffer.append(Character.toLowerCase(input.charAt(i++)));
                    }
                } else {
                    throw new DateTimeParser.DecodeException(DateTimeParser.Failure.BAD_FORMAT);
                }
            } else if (isPunct(c)) {
                i++;
                continue;
            } else {
                throw new DateTimeParser.DecodeException(DateTimeParser.Failure.BAD_FORMAT);
            }
            fields.add(new DateTimeParser.Field(buffer.toString(), type));
        }
        return fields;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAlnum(char c) {
        return isDigit(c) || isAlpha(c);
    }

    static boolean isPunct(char c) {
        return c > 32 && c < 127 && !isAlnum(c);
    }
}
