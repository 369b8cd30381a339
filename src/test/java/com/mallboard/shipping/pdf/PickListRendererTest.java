package com.mallboard.shipping.pdf;

import static com.mallboard.shipping.documents.ShippingSamples.LOOKUP;
import static com.mallboard.shipping.documents.ShippingSamples.kim;
import static com.mallboard.shipping.documents.ShippingSamples.lee;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.Result;
import com.mallboard.common.Messages;
import com.mallboard.shipping.documents.PickLine;
import com.mallboard.shipping.documents.PickList;
import com.mallboard.shipping.documents.ShippingSamples;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PickListRendererTest {
    private final PickListRenderer renderer = new PickListRenderer(new Messages(Messages.KOREAN),
            Clock.fixed(Instant.parse("2025-11-24T00:30:00Z"), ZoneOffset.UTC));

    @Test
    void pickListHasKoreanHeadersLinesInLocationOrderAndDecodableBarcodes() {
        byte[] pdf = renderer.render(PickList.of(List.of(kim(), lee()), LOOKUP));
        PdfChecks.save("pick-list.pdf", pdf);

        String text = PdfChecks.text(pdf);
        assertThat(text).contains("피킹 리스트", "위치", "수량", "바코드", "주문 2건 · 4개 품목 · 총 8개", "출력 2025-11-24 09:30",
                "1 / 1 페이지", "사은품 샘플 파우치", "(위치 없음)");
        assertThat(text.indexOf("A-01-01")).isLessThan(text.indexOf("A-01-03"));
        assertThat(text.indexOf("A-01-03")).isLessThan(text.indexOf("B-02-01"));
        assertThat(PdfChecks.barcodes(PdfChecks.image(pdf, 0, 200))).extracting(Result::getText)
                .contains(ShippingSamples.TONER_EAN, "CUSHION-21", "CREAM-050", "GIFT-SAMPLE");
    }

    @Test
    void aLongListSpansPagesWithNumbersOnEach() {
        List<PickLine> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add(new PickLine("SKU-%03d".formatted(i), "상품 " + i, null, "R-%03d".formatted(i), 1, null));
        }
        int perPage = PickListRenderer.rowsPerPage();

        byte[] pdf = renderer.render(new PickList(lines, 50));

        int expected = (50 + perPage - 1) / perPage;
        assertThat(expected).isGreaterThan(1);
        assertThat(PdfChecks.pages(pdf)).isEqualTo(expected);
        assertThat(PdfChecks.pageText(pdf, 2)).contains("피킹 리스트", "2 / " + expected + " 페이지", "SKU-0" + perPage);
        assertThat(PdfChecks.text(pdf)).contains("SKU-049");
    }
}
