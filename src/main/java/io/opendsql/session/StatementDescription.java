package io.opendsql.session;

import io.opendsql.sql.Column;
import java.util.List;

/**
 * What Describe of a statement reports.
 *
 * @param parameterTypes ParameterDescription oids
 * @param columns RowDescription, or null for NoData
 */
public record StatementDescription(int[] parameterTypes, List<Column> columns) {
}
