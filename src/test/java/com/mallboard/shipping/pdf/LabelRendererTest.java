package com.mallboard.shipping.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import com.mallboard.product.Gtin;
import com.mallboard.shipping.labels.LabelBatch;
import com.mallboard.shipping.labels.LabelCell;
import com.mallboard.shipping.labels.LabelLayout;
import com.mallboard.shipping.labels.LabelSamples;
import com.mallboard.shipping.labels.LabelSheet;
import com.mallboard.shipping.labels.LabelWarning;
import com.mallboard.shipping.labels.ProductLabel;
import com.mallboard.shipping.labels.ThermalRoll;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class LabelRendererTest {
    private static final float DPI = 300;
    private static final ProductLabel TONER = ProductLabel.of(LabelSamples.toner());
    private static final ProductLabel CUSHION = ProductLabel.of(LabelSamples.cushion());
    private static final ProductLabel SERUM = ProductLabel.of(LabelSamples.toner().toBuilder().sku("SERUM-030")
            .barcode(Gtin.ean13("880123456790")).name("비타민 브라이트닝 세럼").capacity("30ml")
            .ingredients(LabelSamples.LONG_INGREDIENTS).build());
    private final LabelRenderer renderer = new LabelRenderer();

    @Test
    void koreanNamesAndMandatoryLinesAreRealText() {
        byte[] pdf = renderer.render(new LabelBatch(List.of(TONER, CUSHION), LabelSheet.a4ThreeByEight(), 1, 0));

        assertThat(PdfChecks.pages(pdf)).isEqualTo(1);
        assertThat(PdfChecks.text(pdf)).contains("수분 진정 토너", "200ml", "제조업자", "코스맥스(주)", "책임판매업자",
                "(주)뷰티랩", "사용기한", "제조일로부터 36개월", "전성분 정제수, 부틸렌글라이콜, 나이아신아마이드",
                "커버 쿠션 21호", "15g", "한국콜마(주)");
    }

    @Test
    void everyLabelOnTheSheetDecodesToItsProductsCode() {
        LabelSheet sheet = LabelSheet.a4ThreeByEight();
        LabelBatch batch = new LabelBatch(List.of(TONER, CUSHION, SERUM), sheet, 8, 0);
        byte[] pdf = renderer.render(batch);
        PdfChecks.save("labels-a4.pdf", pdf);
        BufferedImage page = PdfChecks.image(pdf, 0, DPI);
        PdfChecks.savePng("labels-a4.png", page);

        for (LabelBatch.Placed placed : batch.placements()) {
            List<Result> found = PdfChecks.barcodes(crop(page, placed.cell()));
            assertThat(found).as("label at %s", placed.cell()).singleElement().satisfies(r -> {
                assertThat(r.getText()).isEqualTo(placed.label().code().value());
                assertThat(r.getBarcodeFormat()).isEqualTo(placed.label() == CUSHION
                        ? BarcodeFormat.CODE_128 : BarcodeFormat.EAN_13);
            });
        }
    }

    @Test
    void aPartlyUsedSheetLeavesTheSkippedLabelsBlank() {
        LabelSheet sheet = LabelSheet.a4ThreeByEight();
        byte[] pdf = renderer.render(new LabelBatch(List.of(CUSHION), sheet, 3, 22));

        assertThat(PdfChecks.pages(pdf)).isEqualTo(2);
        BufferedImage first = PdfChecks.image(pdf, 0, DPI);
        assertThat(PdfChecks.barcodes(crop(first, sheet.cell(0)))).isEmpty();
        assertThat(PdfChecks.barcodes(crop(first, sheet.cell(21)))).isEmpty();
        assertThat(PdfChecks.barcodes(crop(first, sheet.cell(22)))).extracting(Result::getText)
                .containsExactly("CUSHION-21");
        assertThat(PdfChecks.barcodes(crop(PdfChecks.image(pdf, 1, DPI), sheet.cell(0)))).extracting(Result::getText)
                .containsExactly("CUSHION-21");
    }

    @Test
    void thermalLabelsAreFiftyByThirtyMillimetresOnePerPageAndStillDecode() {
        byte[] pdf = renderer.render(new LabelBatch(List.of(TONER, CUSHION), ThermalRoll.LABEL_50X30, 1, 0));
        PdfChecks.save("labels-50x30.pdf", pdf);

        try (PDDocument document = PdfChecks.open(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(141.73f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(box.getHeight()).isCloseTo(85.04f, org.assertj.core.data.Offset.offset(0.01f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(PdfChecks.pages(pdf)).isEqualTo(2);
        assertThat(PdfChecks.pageText(pdf, 2)).contains("커버 쿠션 21호", "한국콜마(주)");
        assertThat(PdfChecks.barcodes(PdfChecks.image(pdf, 0, DPI))).extracting(Result::getText)
                .containsExactly(LabelSamples.TONER_EAN);
        assertThat(PdfChecks.barcodes(PdfChecks.image(pdf, 1, DPI))).extracting(Result::getText)
                .containsExactly("CUSHION-21");
    }

    @Test
    void aLongIngredientListIsCutWithAnEllipsisAtTheSmallestTypeAndReported() {
        LabelLayout sheet = LabelSheet.a4ThreeByEight();

        List<ProductLabel> checked = renderer.withFitWarnings(List.of(TONER, SERUM), sheet);
        String text = PdfChecks.text(renderer.render(new LabelBatch(checked, sheet, 1, 0)));

        assertThat(checked.get(0).warnings()).isEmpty();
        assertThat(checked.get(1).warnings()).containsExactly(LabelWarning.INGREDIENTS_SHORTENED);
        assertThat(text).contains("전성분 정제수, 부틸렌글라이콜, 글리세린", "...").doesNotContain("마지막성분");
    }

    @Test
    void ingredientsShrinkBeforeTheyAreCutButNeverBelowFivePoints() {
        try (PDDocument document = new PDDocument()) {
            PdfPage page = new PdfPage(document, PDRectangle.A4, new PdfFonts.Files().embedIn(document));
            LabelDrawing drawing = new LabelDrawing(page, new com.mallboard.common.Messages(
                    com.mallboard.common.Messages.KOREAN), 0, 0, 198, 105);
            String medium = LabelSamples.LONG_INGREDIENTS.substring(0, 120);

            LabelDrawing.Fit roomy = drawing.fitIngredients(medium, 200);
            LabelDrawing.Fit tight = drawing.fitIngredients(medium, 20);
            LabelDrawing.Fit cut = drawing.fitIngredients(LabelSamples.LONG_INGREDIENTS, 20);
            page.close();

            assertThat(roomy.shortened()).isFalse();
            assertThat(tight.size()).isLessThan(roomy.size()).isGreaterThanOrEqualTo(LabelDrawing.MIN_TEXT_SIZE);
            assertThat(cut.size()).isEqualTo(LabelDrawing.MIN_TEXT_SIZE);
            assertThat(cut.shortened()).isTrue();
            assertThat(cut.lines().get(cut.lines().size() - 1)).endsWith("...");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage crop(BufferedImage page, LabelCell cell) {
        double px = DPI / 25.4;
        int x = (int) Math.round(cell.leftMm() * px);
        int y = (int) Math.round(cell.topMm() * px);
        int w = Math.min((int) Math.round(cell.widthMm() * px), page.getWidth() - x);
        int h = Math.min((int) Math.round(cell.heightMm() * px), page.getHeight() - y);
        return page.getSubimage(x, y, w, h);
    }
}
