package com.mallboard.shipping.pdf;

import static com.mallboard.shipping.documents.ShippingSamples.LOOKUP;
import static com.mallboard.shipping.documents.ShippingSamples.kim;
import static com.mallboard.shipping.documents.ShippingSamples.lee;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import com.mallboard.common.Messages;
import com.mallboard.shipping.documents.PackingSlip;
import com.mallboard.shipping.documents.ShippingSamples;
import com.mallboard.shipping.documents.SlipOrder;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class PackingSlipRendererTest {
    private final Messages korean = new Messages(Messages.KOREAN);
    private final PackingSlipRenderer a4 = new PackingSlipRenderer(korean, LOOKUP, PageLayout.A4);
    private final PackingSlipRenderer label = new PackingSlipRenderer(korean, LOOKUP, PageLayout.LABEL_4X6);

    @Test
    void koreanReceiverNameAddressAndMessageAreRealText() {
        byte[] pdf = a4.render(PackingSlip.of(kim(), LOOKUP));
        PdfChecks.save("packing-slip-a4.pdf", pdf);

        String text = PdfChecks.text(pdf);
        assertThat(text).contains("포장 명세서", "뷰티랩 공식몰", "김민수", "서울특별시 강남구 테헤란로 152", "301호",
                "010-9876-5432", "부재 시 경비실에 맡겨 주세요", "수분 진정 토너 200ml", "21호 라이트", "20251124-0000012");
    }

    @Test
    void orderIdAndItemBarcodesDecodeFromTheRenderedPage() {
        byte[] pdf = a4.render(PackingSlip.of(kim(), LOOKUP));

        List<Result> found = PdfChecks.barcodes(PdfChecks.image(pdf, 0, 200));

        assertThat(found).anySatisfy(r -> {
            assertThat(r.getBarcodeFormat()).isEqualTo(BarcodeFormat.CODE_128);
            assertThat(r.getText()).isEqualTo("20251124-0000012");
        });
        assertThat(found).extracting(Result::getText).contains(ShippingSamples.TONER_EAN, "CUSHION-21");
    }

    @Test
    void labelLayoutIsFourBySixInchesAndItsOrderBarcodeStillDecodes() {
        byte[] pdf = label.render(PackingSlip.of(lee(), LOOKUP));
        PdfChecks.save("packing-slip-4x6.pdf", pdf);

        try (PDDocument document = PdfChecks.open(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(288f);
            assertThat(box.getHeight()).isEqualTo(432f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(PdfChecks.text(pdf)).contains("이서연", "부산광역시 해운대구 센텀중앙로 79", "세라마이드 장벽 크림 50ml");
        assertThat(PdfChecks.barcodes(PdfChecks.image(pdf, 0, 300))).extracting(Result::getText)
                .contains("20251123-0000007");
    }

    @Test
    void batchPrintsEveryOrderTimesCopiesInTheChosenOrder() {
        byte[] pdf = a4.renderAll(List.of(kim(), lee()), SlipOrder.ORDER_DATE, 2);
        PdfChecks.save("packing-slips-batch.pdf", pdf);

        assertThat(PdfChecks.pages(pdf)).isEqualTo(4);
        assertThat(PdfChecks.pageText(pdf, 1)).contains("이서연");
        assertThat(PdfChecks.pageText(pdf, 2)).contains("이서연");
        assertThat(PdfChecks.pageText(pdf, 3)).contains("김민수");

        byte[] byMall = a4.renderAll(List.of(kim(), lee()), SlipOrder.MALL, 1);
        assertThat(PdfChecks.pageText(byMall, 1)).contains("글로우마켓");
        byte[] bySku = a4.renderAll(List.of(kim(), lee()), SlipOrder.FIRST_SKU, 1);
        assertThat(PdfChecks.pageText(bySku, 1)).contains("이서연", "CREAM-050");
    }

    @Test
    void anOrderWithManyItemsContinuesOnTheNextPageAndTrackingIsShownWhenKnown() {
        List<StoredOrderItem> items = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            items.add(new StoredOrderItem("I" + i, "SKU-" + i, "상품 " + i, null, 1, 1000, "N30", "123456789012",
                    "CJ대한통운", null, null));
        }
        StoredOrder big = ShippingSamples.order(9, "20251124-0000099", "뷰티랩 공식몰", null,
                ShippingSamples.receiver("최유진", "인천광역시 연수구 송도과학로 32"), items);

        byte[] pdf = label.render(PackingSlip.of(big, LOOKUP));

        assertThat(PdfChecks.pages(pdf)).isGreaterThan(1);
        String text = PdfChecks.text(pdf);
        assertThat(text).contains("CJ대한통운", "123456789012", "상품 30", "(계속)", "합계 30개");
    }

    @Test
    void headingsAreInEnglishForEnglishUsers() {
        PackingSlipRenderer english = new PackingSlipRenderer(new Messages(Messages.ENGLISH), LOOKUP, PageLayout.A4);

        assertThat(PdfChecks.text(english.render(PackingSlip.of(kim(), LOOKUP)))).contains("Packing slip", "Ship to", "김민수");
    }

    @Test
    void charactersTheFontLacksDoNotBreakTheSlip() {
        StoredOrder k = kim();
        StoredOrder odd = ShippingSamples.order(5, "O-5", "몰\tA", null,
                ShippingSamples.receiver("정하늘 \uD83C\uDF38", "세종시\n한누리대로 2130"), k.items());

        String text = PdfChecks.text(a4.render(PackingSlip.of(odd, LOOKUP)));

        assertThat(text).contains("정하늘", "세종시 한누리대로 2130");
    }
}
