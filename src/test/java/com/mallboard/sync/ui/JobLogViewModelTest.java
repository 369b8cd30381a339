package com.mallboard.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.sync.CancelSignal;
import com.mallboard.sync.JobStatus;
import com.mallboard.sync.Mall;
import com.mallboard.sync.SyncFixture;
import com.mallboard.sync.SyncListener;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobLogViewModelTest {
    @TempDir
    Path folder;
    private final Messages messages = new Messages(Locale.ENGLISH);
    private SyncFixture fixture;
    private JobLogViewModel model;
    private Mall glow;
    private Mall dewy;

    @BeforeEach
    void open() {
        fixture = SyncFixture.withoutMalls(folder);
        glow = fixture.addMall("glowmall", "Glow mall");
        dewy = fixture.addMall("dewymall", "Dewy mall");
        fixture.listedProduct(glow, "GLOW-1");
        fixture.listedProduct(glow, "GLOW-2");
        fixture.listedProduct(dewy, "DEWY-1");
        fixture.refuseNextCall("Invalid product name");
        fixture.sync.syncMall(glow.id(), SyncListener.NONE, new CancelSignal());
        model = new JobLogViewModel(fixture.malls, new SameThreadTaskExecutor(), messages,
                new Formats(Formats.SEOUL, Locale.ENGLISH));
        model.load();
    }

    @Test
    void theLogShowsEveryMallNewestFirstWithTheErrorOfAFailure() {
        assertThat(model.rows()).extracting(row -> row.entry().subject()).containsExactly("DEWY-1", "GLOW-2", "GLOW-1");
        JobLogViewModel.Row failed = model.rows().get(2);
        assertThat(failed.failed()).isTrue();
        assertThat(failed.status()).isEqualTo("Failed");
        assertThat(failed.kind()).isEqualTo("Listing push");
        assertThat(failed.error()).isEqualTo("HTTP 422: Invalid product name");
        assertThat(model.rows().get(1).error()).isEmpty();
        assertThat(model.mallChoices()).extracting(JobLogViewModel.MallChoice::name)
                .containsExactly("All malls", "Dewy mall", "Glow mall");
        assertThat(model.anyFailedProperty().get()).isTrue();
    }

    @Test
    void filtersNarrowToOneMallAndToFailures() {
        model.mallProperty().set(model.mallChoices().get(1));
        assertThat(model.rows()).extracting(row -> row.entry().subject()).containsExactly("DEWY-1");

        model.mallProperty().set(model.mallChoices().get(0));
        model.failuresOnlyProperty().set(true);
        assertThat(model.rows()).extracting(row -> row.entry().subject()).containsExactly("GLOW-1");
    }

    @Test
    void retryingAFailedJobQueuesItAgain() {
        JobLogViewModel.Row failed = model.rows().get(2);

        model.retry(failed);

        assertThat(model.rows().get(2).entry().job().status()).isEqualTo(JobStatus.PENDING);
        assertThat(model.noticeProperty().get()).isEqualTo("1 jobs are queued again; the next sync sends them.");
        assertThat(fixture.pending(glow)).isEqualTo(1);
        assertThat(model.anyFailedProperty().get()).isFalse();
    }

    @Test
    void retryAllFailedOnlyTouchesTheChosenMall() {
        model.mallProperty().set(model.mallChoices().get(1));
        model.retryAllFailed();
        assertThat(fixture.failed(glow)).isEqualTo(1);

        model.mallProperty().set(model.mallChoices().get(2));
        model.retryAllFailed();
        assertThat(fixture.failed(glow)).isZero();
    }
}
