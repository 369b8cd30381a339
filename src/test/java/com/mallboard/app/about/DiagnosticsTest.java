package com.mallboard.app.about;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.app.AppContext;
import com.mallboard.app.AppVersion;
import com.mallboard.product.ProductDetails;
import com.mallboard.sync.Mall;
import com.mallboard.sync.Platform;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsTest {
    @TempDir
    Path folder;

    @Test
    void collectsVersionsPlacesSizesAndCountsButNoNamesOrSecrets() {
        try (AppContext context = new AppContext(folder, Clock.systemUTC(), "minji")) {
            context.products().create(ProductDetails.of("TON-2", "이니스프리 토너"), Set.of());
            context.products().create(ProductDetails.of("SUN-1", "선크림"), Set.of());
            context.sync().malls().add(new Mall(0, Platform.CAFE24, "glowmall", 1, "Glow Mall", "2025-12-01",
                    "http://127.0.0.1:1/malls/glowmall", "client-id", true, false, 0), "very-secret");

            Diagnostics diagnostics = Diagnostics.collect(context);

            assertThat(diagnostics.appVersion()).isEqualTo(AppVersion.current());
            assertThat(diagnostics.dataFolder()).isEqualTo(folder);
            assertThat(diagnostics.logFolder()).isEqualTo(folder.resolve("logs"));
            assertThat(diagnostics.counts()).isEqualTo(new Diagnostics.Counts(1, 2, newestMigration()));
            assertThat(diagnostics.databaseBytes()).isPositive();
            assertThat(diagnostics.freeDiskBytes()).isPositive();
            String text = diagnostics.text();
            assertThat(text).contains("Mallboard " + AppVersion.current(),
                    "Java: " + System.getProperty("java.version"), "OS: " + System.getProperty("os.name"),
                    "Data folder: " + folder, "Schema version: " + newestMigration(), "Malls: 1",
                    "Products: 2", "Log folder: " + folder.resolve("logs"), "Free disk space: ");
            assertThat(text).doesNotContain("minji", "very-secret", "client-id", "Glow Mall", "토너");
        }
    }

    /** The highest V number among the migrations this build ships. */
    private static String newestMigration() {
        try (var files = Files.list(Path.of(DiagnosticsTest.class.getResource("/db/migration/sqlite").toURI()))) {
            return String.valueOf(files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sizesReadLikeAFileManagerShowsThem() {
        assertThat(Diagnostics.readableSize(0)).isEqualTo("0 B");
        assertThat(Diagnostics.readableSize(1023)).isEqualTo("1023 B");
        assertThat(Diagnostics.readableSize(1536)).isEqualTo("1.5 KB");
        assertThat(Diagnostics.readableSize(912 * 1024)).isEqualTo("912 KB");
        assertThat(Diagnostics.readableSize(1_468_006)).isEqualTo("1.4 MB");
        assertThat(Diagnostics.readableSize(2L * 1024 * 1024 * 1024)).isEqualTo("2.0 GB");
    }
}
