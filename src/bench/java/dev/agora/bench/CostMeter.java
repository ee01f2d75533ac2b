package dev.agora.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Load-independent costs for the benchmarks: SQL statements sent by the application (counted by wrapping its
 * DataSource), CPU seconds of this JVM, and CPU seconds of the PostgreSQL backends serving one database (read from
 * /proc, so only when the server runs on this machine). Other work on a shared machine changes req/s and latency a
 * lot, these figures hardly at all.
 */
final class CostMeter {

    /** Statements executed on the benchmark's own threads (the order calls) and on every other thread (listeners). */
    static final AtomicLong CALLER_STATEMENTS = new AtomicLong();
    static final AtomicLong OTHER_STATEMENTS = new AtomicLong();
    static volatile String callerThreadPrefix = "bench-worker";
    /** With {@code -Dbench.sql.histogram=true}: executions per statement text, to find repeated queries. */
    static final boolean HISTOGRAM = Boolean.getBoolean("bench.sql.histogram");
    static final java.util.Map<String, java.util.concurrent.atomic.LongAdder> BY_SQL = new java.util.concurrent.ConcurrentHashMap<>();

    private CostMeter() {}

    /** A post-processor wrapping every DataSource bean so each statement execution is counted. */
    static BeanPostProcessor countingDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass()) ? counting(ds) : bean;
            }
        };
    }

    static DataSource counting(DataSource target) {
        return proxy(DataSource.class, target, (method, args, result) -> result instanceof Connection c ? proxy(Connection.class, c,
                (m, a, r) -> r instanceof Statement s ? statementProxy(s, a != null && a.length > 0 && a[0] instanceof String sql ? sql : null) : r)
                : result);
    }

    private static Object statementProxy(Statement s, String prepared) {
        Class<?> type = s instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : s instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return Proxy.newProxyInstance(CostMeter.class.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (m.getName().startsWith("execute")) {
                boolean caller = Thread.currentThread().getName().startsWith(callerThreadPrefix);
                (caller ? CALLER_STATEMENTS : OTHER_STATEMENTS).incrementAndGet();
                if (HISTOGRAM) {
                    String sql = prepared != null ? prepared : args != null && args.length > 0 && args[0] instanceof String text ? text : "?";
                    BY_SQL.computeIfAbsent((caller ? "order  | " : "other  | ") + WHITESPACE.matcher(sql).replaceAll(" "),
                            k -> new java.util.concurrent.atomic.LongAdder()).increment();
                }
            }
            return invoke(s, m, args);
        });
    }

    /** orders-cpu: compiled once; String.replaceAll compiled it for every statement counted. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    interface Wrap {
        Object apply(Method method, Object[] args, Object result);
    }

    /** The most executed statements, per order, worst first. */
    static String histogram(long orders, int top) {
        StringBuilder out = new StringBuilder();
        BY_SQL.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(top)
                .forEach(e -> out.append("%6.2f  %s%n".formatted(e.getValue().sum() / (double) orders,
                        e.getKey().length() > 220 ? e.getKey().substring(0, 150) + " … " + e.getKey().substring(e.getKey().length() - 70) : e.getKey())));
        return out.toString();
    }

    /**
     * orders-lean: statements per order by kind (verb and first table) and side (order calls or listeners), most
     * frequent first, so before/after comparisons name what changed. Long statements in {@link #histogram} keep their
     * end, where a lock clause ({@code for update}) shows.
     */
    static String byKind(long orders) {
        java.util.Map<String, Double> kinds = new java.util.TreeMap<>();
        BY_SQL.forEach((key, count) -> kinds.merge(kind(key), count.sum() / (double) orders, Double::sum));
        StringBuilder out = new StringBuilder();
        kinds.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> out.append("%6.2f  %s%n".formatted(e.getValue(), e.getKey())));
        return out.toString();
    }

    private static final java.util.regex.Pattern TABLE = java.util.regex.Pattern.compile(
            "(?i)^(select|insert|update|delete|merge)\\b(?:\\s+(\\w+)\\s+set\\b|.*?\\b(?:from|into)\\s+(\\w+))");

    static String kind(String key) {
        String side = key.substring(0, key.indexOf('|') + 2);
        String sql = key.substring(side.length()).strip();
        java.util.regex.Matcher m = TABLE.matcher(sql);
        if (!m.find()) {
            return side + (sql.length() > 60 ? sql.substring(0, 60) : sql);
        }
        String lower = sql.toLowerCase(java.util.Locale.ROOT);
        boolean locking = lower.contains(" for update") || lower.contains(" for no key update");
        return side + m.group(1).toUpperCase(java.util.Locale.ROOT) + (locking ? " FOR UPDATE" : "") + " "
                + (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(java.util.Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Wrap wrap) {
        InvocationHandler handler = (p, m, args) -> {
            if (m.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
                return target;
            }
            if (m.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
                return true;
            }
            return wrap.apply(m, args, invoke(target, m, args));
        };
        return (T) Proxy.newProxyInstance(CostMeter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * orders-lean: CPU nanoseconds per live Java thread (listeners, schedulers, pollers; not the JIT compiler or the
     * garbage collector, which the JVM's process CPU includes and which a short run on a loaded machine inflates).
     */
    static java.util.Map<Long, Long> javaThreadCpuNanos() {
        var threads = ManagementFactory.getThreadMXBean();
        java.util.Map<Long, Long> byId = new java.util.HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu >= 0) {
                byId.put(id, cpu);
            }
        }
        return byId;
    }

    /** CPU the Java threads alive at {@code after} used since {@code before}. */
    static long javaThreadCpuBetween(java.util.Map<Long, Long> before, java.util.Map<Long, Long> after) {
        return after.entrySet().stream().mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum();
    }

    /**
     * orders-events: heap bytes allocated by all Java threads so far, terminated ones included. The work an order
     * does in Java, nearly independent of the machine's load (CPU time per order is not: it doubles under load).
     */
    static long heapAllocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }

    /** CPU nanoseconds this JVM used so far. */
    static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU nanoseconds per backend process of {@code database} so far; empty when /proc cannot tell. */
    static java.util.Map<Integer, Long> databaseCpuNanos(String adminUrl, String database) {
        java.util.Map<Integer, Long> byPid = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection(adminUrl);
                var s = c.prepareStatement("SELECT pid FROM pg_stat_activity WHERE datname = ?")) {
            s.setString(1, database);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    int pid = rs.getInt(1);
                    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime in clock ticks (USER_HZ = 100)
                    byPid.put(pid, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L);
                }
            }
        } catch (Exception e) {
            return java.util.Map.of();
        }
        return byPid;
    }

    /** CPU the backends used between two readings (backends that started in between count from zero). */
    static long databaseCpuBetween(java.util.Map<Integer, Long> before, java.util.Map<Integer, Long> after) {
        if (after.isEmpty()) {
            return -1;
        }
        return after.entrySet().stream().mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum();
    }

    /** The 1-minute load average, or -1. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
