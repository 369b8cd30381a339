package com.mallboard.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.store.Database;
import com.mallboard.store.SqliteBackupStore;
import com.mallboard.store.TestClock;
import com.mallboard.store.TestStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When scheduled backups are taken, and which backups the retention keeps. */
class BackupScheduleTest {
    @TempDir
    Path folder;
    private TestClock clock;
    private BackupService backups;

    @BeforeEach
    void openStore() {
        TestStore store = TestStore.open(folder);
        store.createDraft("TOR-SUN", "선크림");
        clock = store.clock();
        backups = new BackupService(folder.resolve(Database.FILE_NAME), new SqliteBackupStore(), clock);
    }

    private List<String> names() {
        return backups.list().stream().map(Backup::fileName).toList();
    }

    @Test
    void theDailyBackupIsTakenOnceACalendarDay() throws IOException {
        BackupPolicy daily = BackupPolicy.DEFAULT;

        assertThat(backups.backUpIfDue(daily)).isPresent();
        clock.advance(Duration.ofHours(13));
        assertThat(backups.backUpIfDue(daily)).as("later the same day (UTC 14:00)").isEmpty();
        clock.advance(Duration.ofHours(10));
        assertThat(backups.backUpIfDue(daily)).as("the next day, 00:00").isPresent();

        assertThat(names()).containsExactly("mallboard-2026-11-26-0000-daily.db", "mallboard-2026-11-25-0100-daily.db");
    }

    @Test
    void aManualBackupDoesNotCountAsTheDailyOne() throws IOException {
        backups.backUp(BackupKind.MANUAL, BackupPolicy.DEFAULT);

        assertThat(backups.backUpIfDue(BackupPolicy.DEFAULT)).isPresent();
    }

    @Test
    void theWeeklyBackupWaitsSevenDaysAndOffTakesNone() throws IOException {
        BackupPolicy weekly = BackupPolicy.DEFAULT.withSchedule(BackupSchedule.WEEKLY);
        assertThat(backups.backUpIfDue(BackupPolicy.DEFAULT.withSchedule(BackupSchedule.OFF))).isEmpty();

        assertThat(backups.backUpIfDue(weekly)).isPresent();
        clock.advance(Duration.ofDays(6));
        assertThat(backups.backUpIfDue(weekly)).isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(backups.backUpIfDue(weekly)).get().extracting(Backup::kind).isEqualTo(BackupKind.WEEKLY);
        assertThat(names()).containsExactly("mallboard-2026-12-02-0100-weekly.db", "mallboard-2026-11-25-0100-weekly.db");
    }

    @Test
    void retentionKeepsTheNewestScheduledBackupsAndAFewOfEachOtherKind() throws IOException {
        BackupPolicy keepThree = BackupPolicy.DEFAULT.withKeepScheduled(3);
        backups.backUpBeforeUpgrade("11", keepThree);
        for (int day = 0; day < 6; day++) {
            backups.backUpIfDue(keepThree);
            clock.advance(Duration.ofDays(1));
        }
        for (int i = 0; i < 7; i++) {
            backups.backUp(BackupKind.MANUAL, keepThree);
        }

        assertThat(names()).containsExactly(
                "mallboard-2026-12-01-0100-manual-7.db",
                "mallboard-2026-12-01-0100-manual-6.db",
                "mallboard-2026-12-01-0100-manual-5.db",
                "mallboard-2026-12-01-0100-manual-4.db",
                "mallboard-2026-12-01-0100-manual-3.db",
                "mallboard-2026-11-30-0100-daily.db",
                "mallboard-2026-11-29-0100-daily.db",
                "mallboard-2026-11-28-0100-daily.db",
                "mallboard-2026-11-25-0100-before-v11.db");
    }

    @Test
    void filesThatAreNotNamedLikeBackupsAreListedAsNothingAndNeverDeleted() throws IOException {
        Files.createDirectories(backups.folder());
        Path own = Files.writeString(backups.folder().resolve("my-copy.db"), "x");
        Path part = Files.writeString(backups.folder().resolve("mallboard-2026-11-20-0900-daily.db.part"), "x");
        for (int day = 0; day < 3; day++) {
            backups.backUpIfDue(BackupPolicy.DEFAULT.withKeepScheduled(1));
            clock.advance(Duration.ofDays(1));
        }

        assertThat(names()).containsExactly("mallboard-2026-11-27-0100-daily.db");
        assertThat(own).exists();
        assertThat(part).exists();
    }

    @Test
    void theScheduleAndRetentionAreSettingsWithSafeDefaults() {
        TestStore store = TestStore.open(folder.resolve("other"));
        BackupSettings settings = new BackupSettings(store.settings());
        assertThat(settings.policy()).isEqualTo(BackupPolicy.DEFAULT);

        settings.save(new BackupPolicy(BackupSchedule.WEEKLY, 30, 5));
        assertThat(new BackupSettings(store.settings()).policy()).isEqualTo(new BackupPolicy(BackupSchedule.WEEKLY, 30, 5));

        store.settings().put(BackupSettings.SCHEDULE_KEY, "hourly");
        store.settings().put(BackupSettings.KEEP_KEY, "-3");
        assertThat(settings.policy()).isEqualTo(new BackupPolicy(BackupSchedule.DAILY, 1, 5));
    }
}
