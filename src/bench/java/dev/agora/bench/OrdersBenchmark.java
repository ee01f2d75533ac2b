package dev.agora.bench;

import dev.agora.AgoraApplication;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import dev.agora.ledger.LedgerManagement;
import dev.agora.listings.ItemCondition;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingType;
import dev.agora.listings.ListingView;
import dev.agora.listings.PriceUnit;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Orders benchmark (issue 6): on one PostgreSQL server, first {@code pgbench} TPC-B (the reference), then the real
 * application (in this JVM, on its own fresh database) placing, paying and completing buy-now orders from N threads
 * through {@link OrderManagement} — checkout with stock hold, card authorisation and capture into escrow, hand-over,
 * confirm-delivery and completion with the release to the seller. Writes bench/results/orders.md with orders per
 * second against pgbench's transactions per second.
 *
 * <p>System properties: {@code bench.seconds} (30), {@code bench.threads} (8), {@code bench.pg.host} (127.0.0.1),
 * {@code bench.pg.port} (5432), {@code bench.pg.user} (postgres), {@code bench.out} (bench/results/orders.md).
 */
public final class OrdersBenchmark {

    static final String CARD = "4242 4242 4242 4242";

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 30);
        int threads = Integer.getInteger("bench.threads", 8);
        String host = System.getProperty("bench.pg.host", "127.0.0.1");
        String port = System.getProperty("bench.pg.port", "5432");
        String user = System.getProperty("bench.pg.user", "postgres");
        Path out = Path.of(System.getProperty("bench.out", "bench/results/orders.md"));
        String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres?user=" + user;

        OrdersBenchDatabase.recreate(admin, "agora_bench_pgbench");
        OrdersBenchDatabase.recreate(admin, "agora_bench_orders");

        // 1. the reference: pgbench TPC-B, same server, same client count
        OrdersBenchDatabase.run(List.of("pgbench", "-h", host, "-p", port, "-U", user, "-i", "-q", "-s", "8", "agora_bench_pgbench"));
        String pgbenchOut = OrdersBenchDatabase.run(List.of("pgbench", "-h", host, "-p", port, "-U", user, "-n", "-c",
                String.valueOf(threads),
                "-j", "2", "-T", String.valueOf(seconds), "agora_bench_pgbench"));
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(pgbenchOut);
        double pgbenchTps = tps.find() ? Double.parseDouble(tps.group(1)) : Double.NaN;
        System.out.printf("pgbench TPC-B: %.1f tps%n", pgbenchTps);

        // 2. the application on its own database of the same server
        Path data = Files.createTempDirectory("agora-bench-orders");
        // command-line arguments outrank application.yml (builder properties would not)
        ConfigurableApplicationContext app = new SpringApplicationBuilder(AgoraApplication.class)
                // perf (issue 6): counts the statements each order sends, a figure the machine's load does not change
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(CostMeter.countingDataSources()))
                .run(arguments(Map.of(
                "spring.datasource.url", "jdbc:postgresql://" + host + ":" + port + "/agora_bench_orders",
                "spring.datasource.username", user,
                "spring.datasource.hikari.maximum-pool-size", String.valueOf(Math.max(10, threads + 4)),
                "server.port", "0",
                "agora.demo.enabled", "true", // the category tree; one demo listing keeps the start short
                "agora.listings.demo-listings", "1",
                // perf (issue 6): orders never search; loading the embedding model would land in the measured window
                "agora.search.semantic.enabled", "false",
                "agora.data-dir", data.toString(),
                "spring.jpa.properties.hibernate.search.backend.directory.type", "local-heap",
                "logging.level.root", "WARN")));
        try {
            var identity = app.getBean(IdentityManagement.class);
            var listings = app.getBean(ListingManagement.class);
            var orders = app.getBean(OrderManagement.class);
            var ledger = app.getBean(LedgerManagement.class);

            List<Worker> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                AccountId seller = member(identity, "seller");
                AccountId buyer = member(identity, "buyer");
                ListingView listing = listings.publish(seller, listings.create(seller, draft(i)).id());
                workers.add(new Worker(orders, seller, buyer, listing));
            }
            runFor(workers, Math.max(2, seconds / 6)); // warm-up: JIT, pools, caches
            // perf (issue 6): the warm-up's listener work must not land in the measured window (it added about a
            // third to the listeners' statements per order of a 5 s run): wait until its publications are done
            long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < warmUntil && OrdersBenchDatabase.openPublications(admin) > 0) {
                Thread.sleep(200);
            }
            long commitsBefore = OrdersBenchDatabase.commits(admin, "agora_bench_orders");
            CostMeter.BY_SQL.clear();
            long callerSqlBefore = CostMeter.CALLER_STATEMENTS.get();
            long otherSqlBefore = CostMeter.OTHER_STATEMENTS.get();
            long cpuBefore = CostMeter.jvmCpuNanos();
            long allocatedBefore = CostMeter.heapAllocatedBytes(); // orders-events
            var threadCpuBefore = CostMeter.javaThreadCpuNanos(); // orders-lean
            WORKER_CPU.set(0);
            var dbCpuBefore = CostMeter.databaseCpuNanos(admin, "agora_bench_orders");
            AtomicLong done = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
            for (Worker w : workers) {
                w.reset(done, failed, latencies);
            }
            long started = System.nanoTime();
            Instant windowStart = Instant.now();
            runFor(workers, seconds);
            double elapsed = (System.nanoTime() - started) / 1e9;
            long commits = OrdersBenchDatabase.commits(admin, "agora_bench_orders") - commitsBefore;
            double load = CostMeter.loadAverage();
            long orderCount = Math.max(1, done.get());
            // listeners still working off the run's events are part of its cost: wait (at most a minute) for them
            long settleUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < settleUntil && OrdersBenchDatabase.openPublications(admin) > 0) {
                Thread.sleep(1_000);
            }
            // orders-cpu: the measured window (run and settle), to cut a JFR recording of the whole JVM to it
            System.out.println("Measured window: " + windowStart + " " + Instant.now());
            System.out.printf("Heap allocated per order: %.2f MB%n",
                    (CostMeter.heapAllocatedBytes() - allocatedBefore) / 1e6 / orderCount); // orders-events
            // orders-lean: the order threads report their own CPU (they end before this reading); the rest is listeners
            // and background work on threads alive now
            double workerCpuMs = WORKER_CPU.get() / 1e6 / orderCount;
            double otherThreadCpuMs = CostMeter.javaThreadCpuBetween(threadCpuBefore, CostMeter.javaThreadCpuNanos()) / 1e6 / orderCount;
            var costs = new OrdersReport.Costs((CostMeter.CALLER_STATEMENTS.get() - callerSqlBefore) / (double) orderCount,
                    (CostMeter.OTHER_STATEMENTS.get() - otherSqlBefore) / (double) orderCount,
                    (CostMeter.jvmCpuNanos() - cpuBefore) / 1e6 / orderCount,
                    CostMeter.databaseCpuBetween(dbCpuBefore, CostMeter.databaseCpuNanos(admin, "agora_bench_orders")) / 1e6 / orderCount,
                    load, workerCpuMs, otherThreadCpuMs);
            var balance = ledger.trialBalance(Currency.getInstance("EUR"));

            double ordersPerSecond = done.get() / elapsed;
            List<Long> sorted = latencies.stream().sorted().toList();
            String md = OrdersReport.report(seconds, threads, pgbenchTps, done.get(), failed.get(), ordersPerSecond,
                    commits / elapsed, OrdersReport.percentile(sorted, 50), OrdersReport.percentile(sorted, 95),
                    OrdersReport.percentile(sorted, 99), balance.balanced(), costs);
            if (CostMeter.HISTOGRAM) {
                System.out.println("Statements per order (order calls | listeners and background):");
                System.out.println(CostMeter.histogram(orderCount, 200));
                System.out.println("Statements per order by kind:");
                System.out.println(CostMeter.byKind(orderCount));
            }
            Files.createDirectories(out.getParent());
            Files.writeString(out, md);
            System.out.println(md);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    /** One thread's loop: a full order (place → paid at once → hand-over → confirm-delivery → complete). */
    static final class Worker implements Runnable {
        private final OrderManagement orders;
        private final AccountId seller;
        private final AccountId buyer;
        private final ListingView listing;
        private volatile long deadline;
        private AtomicLong done = new AtomicLong();
        private AtomicLong failed = new AtomicLong();
        private List<Long> latencies = new ArrayList<>();

        Worker(OrderManagement orders, AccountId seller, AccountId buyer, ListingView listing) {
            this.orders = orders;
            this.seller = seller;
            this.buyer = buyer;
            this.listing = listing;
        }

        void reset(AtomicLong done, AtomicLong failed, List<Long> latencies) {
            this.done = done;
            this.failed = failed;
            this.latencies = latencies;
        }

        @Override
        public void run() {
            while (System.nanoTime() < deadline) {
                long start = System.nanoTime();
                try {
                    OrderView order = orders.place(buyer, new PlaceOrder(listing.id(), 1, null, CARD));
                    orders.transition(seller, false, order.id(), "hand-over");
                    orders.transition(buyer, false, order.id(), "confirm-delivery");
                    if (!orders.transition(buyer, false, order.id(), "complete").state().equals("completed")) {
                        throw new IllegalStateException("not completed");
                    }
                    done.incrementAndGet();
                    latencies.add((System.nanoTime() - start) / 1_000_000);
                } catch (RuntimeException e) {
                    if (failed.incrementAndGet() < 5) {
                        System.err.println("order failed: " + e);
                    }
                }
            }
            WORKER_CPU.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
        }
    }

    static void runFor(List<Worker> workers, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong threadNumber = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers.size(),
                r -> new Thread(r, CostMeter.callerThreadPrefix + "-" + threadNumber.incrementAndGet()));
        List<Future<?>> futures = new ArrayList<>();
        for (Worker w : workers) {
            w.deadline = deadline;
            futures.add(pool.submit(w));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    static AccountId member(IdentityManagement identity, String kind) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        return identity.register(new SignUp(kind + "-" + id + "@bench.example.org", "bench password " + id + " long enough",
                "Bench " + kind + " " + id));
    }

    static ListingDraft draft(int i) {
        return new ListingDraft("bikes", ListingType.ITEM, "Benchmark bike " + i + " " + UUID.randomUUID().toString().substring(0, 6),
                "A road bike for the orders benchmark, always in stock, picked up in Berlin by appointment.",
                "350.00", "EUR", PriceUnit.FIXED, ItemCondition.GOOD, "Berlin", "10115", null, null, true, true,
                false, null, 10_000, null, null, null, null, Map.of("bikeType", "road", "frameSize", "56"), List.of());
    }

    static String[] arguments(Map<String, String> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** orders-lean: CPU of the measured order threads, each adding its own when it ends. */
    static final AtomicLong WORKER_CPU = new AtomicLong();
}
