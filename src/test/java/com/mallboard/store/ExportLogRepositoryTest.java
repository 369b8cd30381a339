package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.report.ExportLogEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of exports with receivers' personal data, on a real migrated SQLite file (V10). */
class ExportLogRepositoryTest {
    @TempDir
    Path folder;

    @Test
    void entriesComeBackNewestFirstWithOpenPeriodsAsNull() {
        TestStore store = TestStore.open(folder);
        JooqExportLog log = new JooqExportLog(store.dsl());
        ExportLogEntry october = new ExportLogEntry(TestClock.START, "minji", "/home/minji/october.xlsx",
                List.of("orders"), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        ExportLogEntry everything = new ExportLogEntry(TestClock.START.plus(Duration.ofHours(2)), "jisoo",
                "/home/jisoo/all.xlsx", List.of("products", "orders", "sales"), null, null);
        ExportLogEntry sinceNovember = new ExportLogEntry(TestClock.START.plus(Duration.ofHours(3)), "minji",
                "/tmp/nov.xlsx", List.of("orders"), LocalDate.of(2026, 11, 1), null);

        log.record(october);
        log.record(everything);
        log.record(sinceNovember);

        assertThat(log.recent(2)).containsExactly(sinceNovember, everything);
        assertThat(log.recent(10)).containsExactly(sinceNovember, everything, october);
    }

    @Test
    void aNewDataFolderHasAnEmptyLog() {
        assertThat(new JooqExportLog(TestStore.open(folder).dsl()).recent(5)).isEmpty();
    }
}
