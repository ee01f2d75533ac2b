package dev.agora.search.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application prepares, by statement text, so the bench can say how many statements
 * one search request costs and which (the search log, session writes, event publications, N+1 look-ups). A
 * dynamic proxy around the data source: everything (Hibernate, JdbcClient, Spring Session, Modulith) goes through
 * it. Counting costs a map look-up per statement.
 */
final class StatementCounter implements BeanPostProcessor {

    static final String BACKGROUND = "[background] ";

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
            return Proxy.newProxyInstance(bean.getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    forward(dataSource, (result, method, args) -> result instanceof Connection connection
                            ? counting(connection) : result));
        }
        return bean;
    }

    /** Statement texts counted since the last reset, most frequent first, with how many times each ran. */
    Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((sql, count) -> copy.put(sql, count.sum()));
        return copy;
    }

    /** Statements of the request path: request threads, and the search log's writer that works for them. */
    long total() {
        return counts.entrySet().stream().filter(e -> !e.getKey().startsWith(BACKGROUND))
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    /** Statements of everything else meanwhile (index outbox polling, schedulers), which grow with time, not requests. */
    long background() {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(BACKGROUND))
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    private static boolean onRequestPath() {
        String thread = Thread.currentThread().getName();
        return thread.startsWith("http-nio") || thread.startsWith("search-log-writer");
    }

    void reset() {
        counts.clear();
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                forward(connection, (result, method, args) -> {
                    String name = method.getName();
                    if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null
                            && args[0] instanceof String sql) {
                        String prefix = onRequestPath() ? "" : BACKGROUND;
                        counts.computeIfAbsent(prefix + shorten(sql), k -> new LongAdder()).increment();
                    }
                    return result;
                }));
    }

    /** The first words of a statement identify it well enough (and keep the table readable). */
    private static String shorten(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return flat.length() > 110 ? flat.substring(0, 110) + "…" : flat;
    }

    interface AfterCall {
        Object apply(Object result, java.lang.reflect.Method method, Object[] args);
    }

    private static InvocationHandler forward(Object target, AfterCall after) {
        return (proxy, method, args) -> {
            try {
                return after.apply(method.invoke(target, args), method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
