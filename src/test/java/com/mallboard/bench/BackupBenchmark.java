package com.mallboard.bench;

import com.mallboard.backup.Backup;
import com.mallboard.backup.BackupKind;
import com.mallboard.backup.BackupPolicy;
import com.mallboard.backup.BackupService;
import com.mallboard.demo.SyntheticCatalogue;
import com.mallboard.product.ActionSource;
import com.mallboard.product.Product;
import com.mallboard.store.Database;
import com.mallboard.store.SqliteBackupStore;
import com.mallboard.store.TestStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * What backups and the start-up check cost on a large store: 100,000 products (a checklist action on every third),
 * then {@code PRAGMA integrity_check}, {@code PRAGMA quick_check}, {@code Database.open} (check + Flyway), a backup
 * through SQLite's online backup API, and a restore. A plain {@code main}:
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=com.mallboard.bench.BackupBenchmark \
 *     -Dexec.classpathScope=test [-Dexec.args="100000 5"]
 * </pre>
 */
public final class BackupBenchmark {
    private static final int WITH_CHECKLIST = 3;

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path folder = Files.createTempDirectory("mallboard-backup-bench");
        System.out.println("load average before the run: " + loadAverage());
        fill(folder, count);
        Path file = folder.resolve(Database.FILE_NAME);
        System.out.printf(Locale.ROOT, "%,d products, database %.1f MB%n", count, Files.size(file) / 1e6);
        BackupService backups = new BackupService(file, new SqliteBackupStore(), Clock.systemDefaultZone());
        time("PRAGMA integrity_check", runs, () -> pragma(file, "integrity_check"));
        time("PRAGMA quick_check", runs, () -> pragma(file, "quick_check"));
        time("Database.open (check + Flyway)", runs, () -> {
            Database.open(folder).close();
            return null;
        });
        List<Backup> taken = new ArrayList<>();
        time("backup (online backup API)", runs, () -> taken.add(backups.backUp(BackupKind.MANUAL,
                BackupPolicy.DEFAULT)));
        System.out.printf(Locale.ROOT, "backup file %.1f MB%n", taken.get(0).sizeBytes() / 1e6);
        time("restore (check backup, safety backup, copy)", runs, () -> backups.restore(taken.get(taken.size() - 1)
                .file()));
        System.out.println("load average after the run: " + loadAverage());
    }

    private static void fill(Path folder, int count) {
        long start = System.nanoTime();
        TestStore store = TestStore.open(folder);
        store.productRepository().createAll(SyntheticCatalogue.generate(count, 42, store.clock().instant()), "bench");
        List<Product> all = store.products().active();
        for (int i = 0; i < all.size(); i += WITH_CHECKLIST) {
            Product product = all.get(i);
            store.checklistRepository().add(product.id(), "상세페이지 검수", product.stage(), null, ActionSource.MANUAL,
                    false);
        }
        store.database().close();
        System.out.printf(Locale.ROOT, "setup %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static String pragma(Path file, String pragma) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void time(String what, int runs, Callable<?> work) throws Exception {
        work.call();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "%-45s median %7.0f ms, min %7.0f, max %7.0f (%d runs)%n", what,
                millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1), runs);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2] + " on " + Runtime.getRuntime().availableProcessors()
                    + " cores";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
