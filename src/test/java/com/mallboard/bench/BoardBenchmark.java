package com.mallboard.bench;

import com.mallboard.board.ListingChips;
import com.mallboard.board.OpenOrderCounts;
import com.mallboard.store.JooqListingRepository;
import com.mallboard.store.JooqMallRepository;
import com.mallboard.store.JooqOrderRepository;
import com.mallboard.sync.Mall;
import com.mallboard.sync.Platform;
import com.mallboard.board.BoardCard;
import com.mallboard.board.BoardFilter;
import com.mallboard.board.BoardService;
import com.mallboard.demo.SyntheticCatalogue;
import com.mallboard.product.ActionSource;
import com.mallboard.product.ChecklistProgress;
import com.mallboard.product.ChecklistRepository;
import com.mallboard.product.NewProduct;
import com.mallboard.product.Product;
import com.mallboard.store.Database;
import com.mallboard.store.JooqChecklistRepository;
import com.mallboard.store.JooqProductRepository;
import com.mallboard.workflow.StageGates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sqlite.SQLiteDataSource;

/**
 * How fast the board opens and filters with 50,000 products, through the real store. A plain {@code main}, not a
 * test (surefire must not run it):
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=com.mallboard.bench.BoardBenchmark -Dexec.classpathScope=test
 * </pre>
 * Optional arguments: product count, measured repetitions. Goals: board data ready in 1 s, a keystroke filtered in
 * 50 ms. Results and the machine they came from go in {@code docs/performance.md}.
 */
public final class BoardBenchmark {
    private static final int PRODUCTS = 50_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 20;
    private static final long SEED = 42;
    /** What a merchandiser types into the quick filter, one character at a time. */
    private static final String QUERY = "토너 vegan";
    /** Every product is listed on these malls, so the cards' chips have rows to read. */
    private static final List<String> MALLS = List.of("glowmall", "dewmall");
    /** Every n-th product gets checklist actions, so the checklist progress query has rows to count. */
    private static final int WITH_CHECKLIST = 3;
    /** Every n-th product (of those with actions) has its action required by the gate, so cards show that problem. */
    private static final int REQUIRED_EVERY = 10 * WITH_CHECKLIST;

    private final Clock clock = Clock.systemUTC();
    private final int runs;
    private final Path folder;
    private final Database database;
    private final JooqProductRepository products;
    private final ChecklistRepository checklists;
    private final StageGates gates = StageGates.defaults();
    private final BoardService board;
    private final JooqListingRepository listings;
    private final JooqMallRepository malls;
    /** Results go here so the JIT cannot drop the measured work. */
    private long blackhole;

    private BoardBenchmark(Path folder, int runs) {
        this.runs = runs;
        this.folder = folder;
        this.database = Database.open(folder);
        this.products = new JooqProductRepository(database.dsl(), clock);
        this.checklists = new JooqChecklistRepository(database.dsl(), clock);
        this.listings = new JooqListingRepository(database.dsl(), clock);
        this.malls = new JooqMallRepository(database.dsl(), clock);
        JooqOrderRepository orders = new JooqOrderRepository(database.dsl());
        // Wired as AppContext wires it: cards carry their mall chips and open orders.
        this.board = new BoardService(products, checklists, gates, clock,
                ListingChips.of(listings::allChips, listings::chipsOf),
                OpenOrderCounts.of(orders::openOrders, orders::openOrdersOf));
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : PRODUCTS;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : RUNS;
        Path folder = Files.createTempDirectory("mallboard-bench");
        try {
            new BoardBenchmark(folder, runs).run(count);
        } finally {
            deleteRecursively(folder);
        }
    }

    private void run(int count) throws Exception {
        System.out.printf(Locale.ROOT, "Mallboard board benchmark: %,d products, %d warm-up + %d measured runs, java %s%n",
                count, WARM_UP, runs, System.getProperty("java.version"));
        System.out.println("load average before the run: " + loadAverage());
        fill(count);

        Stats load = measure(() -> board.loadCards().size());
        Stats raw;
        try (Connection connection = rawConnection()) {
            raw = measure(() -> readEveryColumn(connection));
        }
        Stats findActive = measure(() -> products.findActive().size());
        Stats progress = measure(() -> checklists.progressByProduct(board.today()).size());
        Stats chips = measure(() -> listings.allChips().size());
        List<Product> active = products.findActive();
        Stats cardBuilding = measure(() -> buildCards(active));

        List<BoardCard> cards = board.loadCards();
        Stats filter = filterPerKeystroke(cards);
        List<BoardFirstFrame.Opening> openings = BoardFirstFrame.measure(folder, 2, runs);
        Stats open = Stats.of(openings.stream().map(o -> (long) (o.firstCards() * 1e6)).toList());
        Stats openAll = Stats.of(openings.stream().map(o -> (long) (o.allCards() * 1e6)).toList());

        System.out.println();
        System.out.println("| measurement | median ms | p95 ms | max ms |");
        System.out.println("|---|---:|---:|---:|");
        print("board data load: BoardService.loadCards()", load);
        print("  of which ProductRepository.findActive()", findActive);
        print("  of which checklist progress query", progress);
        print("  of which mall chips (every product listed on " + MALLS.size() + " malls)", chips);
        print("  of which cards (gate checks, search text)", cardBuilding);
        print("raw SQLite floor: JDBC product + tags, every column", raw);
        print("filter per keystroke \"" + QUERY + "\" over " + cards.size() + " cards", filter);
        print("open the board: view built -> first frame with cards (" + display() + ")", open);
        print("open the board: view built -> frame with every card loaded", openAll);
        System.out.printf(Locale.ROOT, "goals: open <= 1000 ms -> median %s, p95 %s; filter <= 50 ms -> median %s, p95 %s%n",
                verdict(open.median() <= 1000), verdict(open.p95() <= 1000),
                verdict(filter.median() <= 50), verdict(filter.p95() <= 50));
        System.out.println("load average after the run: " + loadAverage() + " (other work on the machine skews the figures)");
        System.out.println("(checksum " + (blackhole + Stats.checksum()) + ")");
    }

    /** The 1, 5 and 15 minute load averages on Linux, so a reader can tell a quiet run from a busy one. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2] + " on " + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Stores the synthetic catalogue through the repository, then checklist actions for every third product. */
    private void fill(int count) {
        long start = System.nanoTime();
        List<NewProduct> catalogue = SyntheticCatalogue.generate(count, SEED, clock.instant());
        long generated = System.nanoTime();
        products.createAll(catalogue, "bench");
        long stored = System.nanoTime();
        LocalDate today = board.today();
        List<Product> all = products.findActive();
        int actions = 0;
        for (int i = 0; i < all.size(); i += WITH_CHECKLIST) {
            Product product = all.get(i);
            checklists.add(product.id(), "상세페이지 검수", product.stage(), today.plusDays(i % 11 - 5L), ActionSource.MANUAL,
                    i % REQUIRED_EVERY == 0);
            actions++;
        }
        long checked = System.nanoTime();
        List<Long> ids = all.stream().map(Product::id).toList();
        for (String mallId : MALLS) {
            Mall mall = malls.add(new Mall(0, Platform.CAFE24, mallId, 1, mallId, "2025-12-01", null, "bench", true,
                    false, 0));
            listings.listAll(ids, mall.id());
        }
        long listed = System.nanoTime();
        System.out.printf(Locale.ROOT, "setup: generate %.0f ms, createAll %.0f ms, %,d checklist actions %.0f ms, "
                + "%,d listings on %d malls %.0f ms%n", millis(generated - start), millis(stored - generated), actions,
                millis(checked - stored), ids.size() * MALLS.size(), MALLS.size(), millis(listed - checked));
    }

    private int buildCards(List<Product> active) {
        LocalDate today = board.today();
        return active.stream()
                .map(p -> BoardCard.of(p, ChecklistProgress.NONE, gates.problemsForNextStage(p), today))
                .toList().size();
    }

    private Connection rawConnection() throws SQLException {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + database.file().toAbsolutePath());
        return dataSource.getConnection();
    }

    /** The floor: the same rows and tags as the board reads, each column read once, no mapping. */
    private static int readEveryColumn(Connection connection) throws SQLException {
        int rows = 0;
        long hash = 0;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT * FROM product WHERE deleted_at IS NULL ORDER BY id")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        Object value = rs.getObject(c);
                        hash += value == null ? 0 : 1;
                    }
                    rows++;
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT pt.product_id, t.name FROM product_tag pt"
                    + " JOIN tag t ON t.id = pt.tag_id JOIN product p ON p.id = pt.product_id WHERE p.deleted_at IS NULL")) {
                while (rs.next()) {
                    hash += rs.getLong(1) + rs.getString(2).length();
                }
            }
        }
        return rows + (int) (hash & 1);
    }

    /** Types {@link #QUERY} one character at a time; each prefix is one keystroke filtered over every card. */
    private Stats filterPerKeystroke(List<BoardCard> cards) {
        LocalDate today = board.today();
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < WARM_UP + runs; round++) {
            for (int length = 1; length <= QUERY.length(); length++) {
                BoardFilter filter = BoardFilter.NONE.withText(QUERY.substring(0, length));
                long start = System.nanoTime();
                List<BoardCard> shown = cards.stream().filter(filter.predicate(today)).toList();
                long elapsed = System.nanoTime() - start;
                blackhole += shown.size();
                if (round >= WARM_UP) {
                    nanos.add(elapsed);
                }
            }
        }
        return Stats.of(nanos);
    }

    private static String display() {
        return System.getenv("DISPLAY") == null ? "Monocle headless" : "display " + System.getenv("DISPLAY");
    }

    private Stats measure(Callable<Integer> work) throws Exception {
        return Stats.measure(WARM_UP, runs, work);
    }

    private static void print(String what, Stats stats) {
        stats.print(what);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Median, 95th percentile (nearest rank) and maximum, in milliseconds. */
    record Stats(double median, double p95, double max) {
        /** Results of the measured work end here, so the JIT cannot drop the work. */
        private static long sink;

        /** Runs {@code work} {@code warmUp} times unmeasured, then {@code runs} times measured. */
        static Stats measure(int warmUp, int runs, Callable<Integer> work) throws Exception {
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < warmUp + runs; i++) {
                long start = System.nanoTime();
                sink += work.call();
                long elapsed = System.nanoTime() - start;
                if (i >= warmUp) {
                    nanos.add(elapsed);
                }
            }
            return of(nanos);
        }

        /** What the measured work returned, summed: print it so nothing was for nothing. */
        static long checksum() {
            return sink;
        }

        /** One row of the Markdown table in docs/performance.md: median, p95 and max in ms. */
        void print(String what) {
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", what, median, p95, max);
        }

        static Stats of(List<Long> nanos) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Stats(millis(rank(sorted, 0.50)), millis(rank(sorted, 0.95)), millis(sorted[sorted.length - 1]));
        }

        private static long rank(long[] sorted, double quantile) {
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }
}
