package com.mallboard.shipping.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.shipping.labels.LabelChecklist;
import com.mallboard.shipping.labels.LabelSamples;
import com.mallboard.shipping.pdf.LabelRenderer;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelPrintViewModelTest {
    @TempDir
    Path folder;

    private final Messages korean = new Messages(Messages.KOREAN);
    private final LabelRenderer renderer = new LabelRenderer();
    private final AtomicInteger marked = new AtomicInteger();
    private TestStore store;
    private Product toner;
    private Product serum;

    @BeforeEach
    void openStore() {
        store = TestStore.open(folder);
        toner = store.createAt(Stage.LABELING, LabelSamples.toner());
        serum = store.createAt(Stage.LABELING, LabelSamples.toner().toBuilder().sku("SERUM-030").name("비타민 세럼")
                .barcode("8801234567890").usagePeriod(null).ingredients(LabelSamples.LONG_INGREDIENTS).build());
    }

    private LabelPrintViewModel model(List<Product> products) {
        LabelPrintViewModel model = new LabelPrintViewModel(products, renderer,
                new LabelChecklist(store.products(), korean.get("labels.checklist.title")), store.settings(),
                new SameThreadTaskExecutor(), korean, marked::incrementAndGet);
        model.load();
        return model;
    }

    @Test
    void everyProductsProblemsAreListedInTheUsersLanguage() {
        LabelPrintViewModel model = model(List.of(toner, serum));

        assertThat(model.warnings()).containsExactly(
                "비타민 세럼: 바코드 8801234567890은(는) 올바른 GTIN이 아닙니다(검증 숫자 또는 길이 오류). "
                        + "대신 SKU SERUM-030의 Code128을 인쇄합니다. 제품 편집에서 바코드를 고치세요.",
                "비타민 세럼: 사용기한이 없습니다.",
                "비타민 세럼: 전성분이 5pt로 줄여도 라벨에 다 들어가지 않아 \"...\"로 잘립니다. "
                        + "더 큰 라벨이나 별도 전성분 스티커를 쓰세요.");
        assertThat(model.summaryProperty().get()).isEqualTo("라벨 2장, 1쪽");
        assertThat(model.readyProperty().get()).isTrue();
    }

    @Test
    void ingredientsThatFitTheSheetLabelAreReportedCutOnTheSmallerThermalLabel() {
        Product cream = store.createAt(Stage.LABELING, LabelSamples.toner().toBuilder().sku("CREAM-050")
                .name("장벽 크림").ingredients(LabelSamples.LONG_INGREDIENTS.substring(0, 130)).build());
        LabelPrintViewModel model = model(List.of(cream));
        assertThat(model.warnings()).isEmpty();

        model.paperProperty().set(LabelPaper.THERMAL_50X30);

        assertThat(model.warnings()).singleElement().asString().startsWith("장벽 크림: 전성분이 5pt로 줄여도");
    }

    @Test
    void marginsThatPushLabelsOffTheSheetDisableOutputWithAClearMessage() {
        LabelPrintViewModel model = model(List.of(toner));

        model.leftProperty().set(5.0);

        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.layoutErrorProperty().get()).isEqualTo("가로 3장의 라벨은 용지 왼쪽 끝에서 215.0 mm가 필요하지만 "
                + "A4 너비는 210.0 mm입니다. 왼쪽 여백, 간격 또는 라벨 너비를 줄이세요.");

        model.widthProperty().set(66.0);

        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.layoutErrorProperty().get()).isEmpty();
    }

    @Test
    void printingTicksTheChecklistAndTheMarginsAreRememberedForNextTime() {
        LabelPrintViewModel model = model(List.of(toner, serum));
        model.topProperty().set(4.0);
        model.heightProperty().set(36.0);
        model.copiesProperty().set(3);
        model.startProperty().set(5);

        model.labelsPrinted();

        assertThat(marked).hasValue(1);
        assertThat(model.statusProperty().get()).contains("2개");
        for (Product product : List.of(toner, serum)) {
            assertThat(store.products().checklist(product.id())).extracting(ChecklistAction::title, ChecklistAction::done)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("제품 라벨 인쇄", true));
        }
        LabelPrintViewModel again = model(List.of(toner));
        assertThat(again.topProperty().get()).isEqualTo(4.0);
        assertThat(again.heightProperty().get()).isEqualTo(36.0);
        assertThat(again.batch().skipCells()).isZero();
    }

    @Test
    void withTheCheckboxClearedPrintingLeavesTheChecklistAlone() {
        LabelPrintViewModel model = model(List.of(toner));
        model.markDoneProperty().set(false);

        model.labelsPrinted();

        assertThat(marked).hasValue(0);
        assertThat(store.products().checklist(toner.id())).isEmpty();
    }

    @Test
    void aThermalRollPrintsOneLabelPerPageAndIgnoresTheStartPosition() {
        LabelPrintViewModel model = model(List.of(toner, serum));
        model.startProperty().set(10);
        model.copiesProperty().set(2);

        model.paperProperty().set(LabelPaper.THERMAL_50X30);

        assertThat(model.summaryProperty().get()).isEqualTo("라벨 4장, 4쪽");
        assertThat(model.batch().skipCells()).isZero();
        assertThat(model.fileName()).isEqualTo("labels-2-products.pdf");
    }
}
