package com.mallboard.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.sync.DrainResult;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallSyncResult;
import com.mallboard.sync.OrderSaveResult;
import com.mallboard.sync.Platform;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SyncSummaryTest {
    private final Messages english = new Messages(Locale.ENGLISH);

    private static MallSyncResult result(String name, int sent, int failed, int orders, int unmatched,
            String problem) {
        Mall mall = new Mall(1, Platform.CAFE24, "m", 1, name, "2025-12-01", null, null, true, false, 0);
        return new MallSyncResult(mall, new DrainResult(sent, failed, 0, problem),
                new OrderSaveResult(orders, 0, unmatched), problem);
    }

    @Test
    void totalsAddUpOverMallsAndOrdersAndUnmatchedLinesAreCounted() {
        SyncSummary summary = SyncSummary.of(List.of(result("A", 3, 0, 2, 1, null), result("B", 4, 0, 5, 0, null)),
                false, english);

        assertThat(summary.kind()).isEqualTo(SyncSummary.Kind.SUCCESS);
        assertThat(summary.text())
                .isEqualTo("Sync finished: 7 sent, 0 failed, 7 new orders, 1 order lines without a matching product");
    }

    @Test
    void aMallThatStoppedIsNamedWithItsProblemOnASecondLine() {
        SyncSummary summary = SyncSummary.of(List.of(result("Glow", 1, 0, 0, 0, null),
                result("Dewy", 0, 0, 0, 0, "HTTP 503: maintenance")), false, english);

        assertThat(summary.kind()).isEqualTo(SyncSummary.Kind.WARNING);
        assertThat(summary.text()).endsWith("\nDewy: HTTP 503: maintenance");
    }

    @Test
    void koreanReadsNaturally() {
        SyncSummary summary = SyncSummary.of(List.of(result("글로우몰", 2, 1, 0, 0, null)), false,
                new Messages(Locale.KOREAN));

        assertThat(summary.text()).startsWith("동기화 완료: 2건 전송, 1건 실패");
        assertThat(summary.kind()).isEqualTo(SyncSummary.Kind.WARNING);
    }

    @Test
    void aCancelledSyncIsInformationNotAWarning() {
        SyncSummary summary = SyncSummary.of(List.of(result("A", 1, 1, 0, 0, null)), true, english);

        assertThat(summary.kind()).isEqualTo(SyncSummary.Kind.INFO);
        assertThat(summary.text()).startsWith("Sync stopped: 1 sent, 1 failed");
    }
}
