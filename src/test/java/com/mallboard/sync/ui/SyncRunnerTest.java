package com.mallboard.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.common.TaskExecutor;
import com.mallboard.sync.Mall;
import com.mallboard.sync.SyncFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncRunnerTest {
    @TempDir
    Path folder;
    private final Messages messages = new Messages(Locale.ENGLISH);
    private SyncFixture fixture;
    private Mall glow;

    @BeforeEach
    void open() {
        fixture = SyncFixture.withoutMalls(folder);
        glow = fixture.addMall("glowmall", "Glow mall");
    }

    private SyncRunner runner(TaskExecutor executor) {
        return new SyncRunner(fixture.sync, executor, Runnable::run, messages);
    }

    @Test
    void syncingEveryMallSendsTheQueueAndSumsItUp() {
        fixture.listedProduct(glow, "TOR-001");
        fixture.listedProduct(glow, "TOR-002");
        AtomicInteger finished = new AtomicInteger();
        SyncRunner runner = runner(new SameThreadTaskExecutor());
        runner.addFinishedListener(finished::incrementAndGet);

        runner.syncAll();

        assertThat(runner.runningProperty().get()).isFalse();
        assertThat(runner.summaryProperty().get().kind()).isEqualTo(SyncSummary.Kind.SUCCESS);
        assertThat(runner.summaryProperty().get().text()).startsWith("Sync finished: 2 sent, 0 failed, 0 new orders");
        assertThat(runner.progress()).singleElement().satisfies(progress -> {
            assertThat(progress.mallName()).isEqualTo("Glow mall");
            assertThat(progress.doneProperty().get()).isEqualTo(2);
            assertThat(progress.totalProperty().get()).isEqualTo(2);
            assertThat(progress.fraction().get()).isEqualTo(1.0);
        });
        assertThat(fixture.pending(glow)).isZero();
        assertThat(finished).hasValue(1);
    }

    @Test
    void aRefusedJobMakesTheSummaryAWarningNamingTheFailure() {
        fixture.listedProduct(glow, "TOR-003");
        fixture.refuseNextCall("Invalid product name");

        SyncRunner runner = runner(new SameThreadTaskExecutor());
        runner.syncMall(glow);

        assertThat(runner.summaryProperty().get().kind()).isEqualTo(SyncSummary.Kind.WARNING);
        assertThat(runner.summaryProperty().get().text()).contains("0 sent, 1 failed");
        assertThat(fixture.failed(glow)).isEqualTo(1);
    }

    @Test
    void cancellingBeforeTheSyncStartsSendsNothing() {
        fixture.listedProduct(glow, "TOR-004");
        List<BackgroundTask<?>> queued = new ArrayList<>();
        SyncRunner runner = runner(queued::add);

        runner.syncAll();
        assertThat(runner.runningProperty().get()).isTrue();
        runner.cancel();
        assertThat(runner.cancellingProperty().get()).isTrue();
        queued.forEach(task -> new SameThreadTaskExecutor().execute(task));

        assertThat(runner.runningProperty().get()).isFalse();
        assertThat(runner.summaryProperty().get().kind()).isEqualTo(SyncSummary.Kind.INFO);
        assertThat(runner.summaryProperty().get().text()).startsWith("Sync stopped: 0 sent");
        assertThat(fixture.pending(glow)).isEqualTo(1);
        assertThat(fixture.remote.calls).isEmpty();
    }

    @Test
    void aSecondSyncWhileOneRunsIsIgnored() {
        List<BackgroundTask<?>> queued = new ArrayList<>();
        SyncRunner runner = runner(queued::add);

        runner.syncAll();
        runner.syncMall(glow);

        assertThat(queued).hasSize(1);
    }

    @Test
    void withNoEnabledMallTheSummarySaysWhereToAddOne() {
        fixture.malls.setEnabled(glow.id(), false);
        SyncRunner runner = runner(new SameThreadTaskExecutor());

        runner.syncAll();

        assertThat(runner.summaryProperty().get().text()).isEqualTo(messages.get("sync.summary.no.malls"));
    }

    @Test
    void aSyncThatBreaksEndsWithAnErrorSummary() {
        SyncRunner runner = new SyncRunner(fixture.sync, new SameThreadTaskExecutor(), Runnable::run, messages);
        Mall gone = new Mall(999, glow.platform(), "gone", 1, "Gone", "2025-12-01", null, null, true, false, 0);

        runner.syncMall(gone);

        assertThat(runner.summaryProperty().get().kind()).isEqualTo(SyncSummary.Kind.ERROR);
        assertThat(runner.summaryProperty().get().text()).contains("no mall 999");
        assertThat(runner.runningProperty().get()).isFalse();
    }
}
