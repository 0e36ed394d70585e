package io.opendsql.embedded;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against an embedded, in-memory OpenDSQL. Test methods, constructors and
 * lifecycle methods may declare parameters of type {@link OpenDsql}, {@link javax.sql.DataSource} or
 * {@link java.sql.Connection} (a new admin connection, closed after the method).
 *
 * <pre>{@code
 * @OpenDsqlTest
 * class AccountsTest {
 *     @Test
 *     void transfers(Connection c) throws SQLException { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(OpenDsqlExtension.class)
public @interface OpenDsqlTest {
    /** When a fresh server starts: once for the class (default), or before every test method. */
    Fresh fresh() default Fresh.PER_CLASS;

    enum Fresh { PER_CLASS, PER_METHOD }
}
