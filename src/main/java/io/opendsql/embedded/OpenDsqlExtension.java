package io.opendsql.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link OpenDsqlTest}: starts an embedded OpenDSQL per test class (or per
 * method) and injects it, a DataSource, or a Connection. JUnit closes what the extension keeps in its store
 * (connections after their method, the server after its class or method).
 */
public final class OpenDsqlExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(OpenDsqlExtension.class);
    private static final String SERVER = "server";

    /** Closes a resource when JUnit closes the store it is kept in. */
    private record Closing<T extends AutoCloseable>(T resource) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Exception {
            resource.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (fresh(context) == OpenDsqlTest.Fresh.PER_CLASS) {
            context.getStore(NAMESPACE).put(SERVER, new Closing<>(OpenDsql.embedded().start()));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (fresh(context) == OpenDsqlTest.Fresh.PER_METHOD) {
            context.getStore(NAMESPACE).put(SERVER, new Closing<>(OpenDsql.embedded().start()));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == OpenDsql.class || type == DataSource.class || type == Connection.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        OpenDsql server = server(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == OpenDsql.class) {
            return server;
        }
        if (type == DataSource.class) {
            return server.dataSource();
        }
        try {
            Connection connection = server.connect();
            context.getStore(NAMESPACE).put(new Object(), new Closing<>(connection));
            return connection;
        } catch (SQLException e) {
            throw new ParameterResolutionException("cannot connect to the embedded OpenDSQL", e);
        }
    }

    private static OpenDsql server(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Closing<?> closing = c.getStore(NAMESPACE).get(SERVER, Closing.class);
            if (closing != null) {
                return (OpenDsql) closing.resource();
            }
        }
        throw new ParameterResolutionException("no embedded OpenDSQL here: a PER_METHOD server exists only in test "
                + "methods and @BeforeEach/@AfterEach");
    }

    private static OpenDsqlTest.Fresh fresh(ExtensionContext context) {
        return context.getRequiredTestClass().getAnnotation(OpenDsqlTest.class) == null ? OpenDsqlTest.Fresh.PER_CLASS
                : context.getRequiredTestClass().getAnnotation(OpenDsqlTest.class).fresh();
    }
}
