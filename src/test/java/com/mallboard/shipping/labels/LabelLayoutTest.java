package com.mallboard.shipping.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelLayoutTest {
    private static final ProductLabel TONER = ProductLabel.of(LabelSamples.toner());
    private static final ProductLabel CUSHION = ProductLabel.of(LabelSamples.cushion());

    @Test
    void theA4SheetHoldsThreeAcrossAndEightDownFromItsMargins() {
        LabelSheet sheet = LabelSheet.a4ThreeByEight();

        assertThat(sheet.cellsPerPage()).isEqualTo(24);
        assertThat(sheet.cell(0)).isEqualTo(new LabelCell(0, 0.5, 70, 37));
        assertThat(sheet.cell(2)).isEqualTo(new LabelCell(140, 0.5, 70, 37));
        assertThat(sheet.cell(3)).isEqualTo(new LabelCell(0, 37.5, 70, 37));
        LabelCell last = sheet.cell(23);
        assertThat(last.leftMm() + last.widthMm()).isEqualTo(210);
        assertThat(last.topMm() + last.heightMm()).isEqualTo(296.5);
    }

    @Test
    void marginsAndGapsMoveEveryLabel() {
        LabelSheet sheet = LabelSheet.a4ThreeByEight(63.5, 33.9, new LabelMargins(12.9, 7.2, 2.5, 0));

        LabelCell fifth = sheet.cell(4);

        assertThat(fifth.leftMm()).isCloseTo(7.2 + 63.5 + 2.5, within(1e-9));
        assertThat(fifth.topMm()).isCloseTo(12.9 + 33.9, within(1e-9));
    }

    @Test
    void marginsThatPushLabelsOffThePageAreRejectedWithTheSizesInTheMessage() {
        assertThatThrownBy(() -> LabelSheet.a4ThreeByEight(70, 37, new LabelMargins(0.5, 5, 0, 0)))
                .isInstanceOfSatisfying(LabelLayoutException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("labels.layout.tooWide");
                    assertThat(e.arguments()).containsExactly(3, "215.0", "210.0");
                    assertThat(e.getMessage()).contains("215.0 mm", "210.0 mm wide");
                });
        assertThatThrownBy(() -> LabelSheet.a4ThreeByEight(70, 37, new LabelMargins(2, 0, 0, 0)))
                .isInstanceOfSatisfying(LabelLayoutException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("labels.layout.tooTall"));
        assertThatThrownBy(() -> LabelSheet.a4ThreeByEight(70, 37, new LabelMargins(0, 0, -1, 0)))
                .isInstanceOfSatisfying(LabelLayoutException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("labels.layout.negative"));
    }

    @Test
    void copiesFollowEachOtherAndFillTheNextSheet() {
        LabelBatch batch = new LabelBatch(List.of(TONER, CUSHION), LabelSheet.a4ThreeByEight(), 13, 0);

        List<LabelBatch.Placed> placed = batch.placements();

        assertThat(placed).hasSize(26);
        assertThat(placed.subList(0, 13)).extracting(LabelBatch.Placed::label).containsOnly(TONER);
        assertThat(placed.get(13).label()).isEqualTo(CUSHION);
        assertThat(placed.get(23).page()).isZero();
        assertThat(placed.get(24).page()).isEqualTo(1);
        assertThat(placed.get(24).cell()).isEqualTo(LabelSheet.a4ThreeByEight().cell(0));
        assertThat(batch.pageCount()).isEqualTo(2);
    }

    @Test
    void aPartlyUsedSheetStartsAfterTheSkippedLabels() {
        LabelSheet sheet = LabelSheet.a4ThreeByEight();
        LabelBatch batch = new LabelBatch(List.of(TONER), sheet, 3, 22);

        List<LabelBatch.Placed> placed = batch.placements();

        assertThat(placed).extracting(LabelBatch.Placed::page).containsExactly(0, 0, 1);
        assertThat(placed.get(0).cell()).isEqualTo(sheet.cell(22));
        assertThat(placed.get(1).cell()).isEqualTo(sheet.cell(23));
        assertThat(placed.get(2).cell()).isEqualTo(sheet.cell(0));
    }

    @Test
    void aStartPositionOffTheSheetAndZeroCopiesAreRejected() {
        LabelSheet sheet = LabelSheet.a4ThreeByEight();

        assertThatThrownBy(() -> new LabelBatch(List.of(TONER), sheet, 1, 24))
                .isInstanceOfSatisfying(LabelLayoutException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("labels.layout.start"));
        assertThatThrownBy(() -> new LabelBatch(List.of(TONER), sheet, 0, 0))
                .isInstanceOfSatisfying(LabelLayoutException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("labels.layout.copies"));
    }

    @Test
    void aThermalRollPrintsEveryLabelOnAPageOfItsOwn() {
        LabelBatch batch = new LabelBatch(List.of(TONER, CUSHION), ThermalRoll.LABEL_50X30, 2, 0);

        assertThat(batch.placements()).extracting(LabelBatch.Placed::page).containsExactly(0, 1, 2, 3);
        assertThat(batch.placements()).extracting(LabelBatch.Placed::cell)
                .containsOnly(new LabelCell(0, 0, 50, 30));
        assertThatThrownBy(() -> new LabelBatch(List.of(TONER), ThermalRoll.LABEL_50X30, 1, 1))
                .isInstanceOf(LabelLayoutException.class);
    }
}
