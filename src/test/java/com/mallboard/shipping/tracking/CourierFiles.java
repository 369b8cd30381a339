package com.mallboard.shipping.tracking;

import com.mallboard.sheet.SampleSheets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Files shaped like each courier's export (their usual headers and a few other columns). CJ대한통운, 한진택배 and
 * 로젠택배 come as Excel with tracking numbers stored as numbers; 롯데택배 and 우체국택배 as CP949 CSV.
 */
public final class CourierFiles {
    public static final Map<Courier, List<String>> HEADERS = Map.of(
            Courier.CJ, List.of("접수일자", "운송장번호", "고객주문번호", "받는분", "받는분전화번호", "받는분주소", "품목명", "수량"),
            Courier.LOTTE, List.of("출고일자", "운송장번호", "주문번호", "수하인명", "수하인연락처", "수하인주소", "상품명"),
            Courier.HANJIN, List.of("집하일자", "주문번호", "송장번호", "수취인", "수취인전화", "수취인주소", "박스수량"),
            Courier.EPOST, List.of("접수일자", "등기번호", "주문번호", "수취인명", "수취인주소", "내용품명", "중량"),
            Courier.LOGEN, List.of("송장번호", "주문번호", "받는분", "받는분전화", "받는분주소", "물품명", "운임구분"));

    /** One parcel: the order id and tracking number as the courier wrote them. */
    public record Parcel(String orderId, String trackingNo) {
    }

    private CourierFiles() {
    }

    public static String trackingHeader(Courier courier) {
        return HEADERS.get(courier).stream().filter(h -> h.endsWith("번호") && !h.contains("주문") && !h.contains("전화"))
                .findFirst().orElseThrow();
    }

    public static String orderHeader(Courier courier) {
        return HEADERS.get(courier).stream().filter(h -> h.contains("주문번호")).findFirst().orElseThrow();
    }

    /** The courier's export named {@code name} in {@code folder}. */
    public static Path write(Path folder, String name, Courier courier, List<Parcel> parcels) {
        List<String> headers = HEADERS.get(courier);
        boolean excel = courier == Courier.CJ || courier == Courier.HANJIN || courier == Courier.LOGEN;
        Path file = folder.resolve(name + (excel ? ".xlsx" : ".csv"));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.copyOf(headers));
        for (Parcel parcel : parcels) {
            List<Object> row = new ArrayList<>();
            for (String header : headers) {
                row.add(cell(courier, header, parcel, excel));
            }
            rows.add(row);
        }
        if (excel) {
            return SampleSheets.xlsx(file, rows);
        }
        return SampleSheets.cp949Csv(file, rows.stream().map(r -> r.stream().map(String::valueOf).toList()).toList());
    }

    private static Object cell(Courier courier, String header, Parcel parcel, boolean excel) {
        if (header.equals(trackingHeader(courier))) {
            return excel && parcel.trackingNo().matches("\\d{1,15}") ? Long.parseLong(parcel.trackingNo())
                    : parcel.trackingNo();
        }
        if (header.equals(orderHeader(courier))) {
            return parcel.orderId();
        }
        if (header.endsWith("일자")) {
            return excel ? LocalDate.of(2026, 11, 25) : "2026-11-25";
        }
        if (header.contains("전화") || header.contains("연락처")) {
            return "010-1234-5678";
        }
        if (header.contains("주소")) {
            return "서울특별시 강남구 테헤란로 1, 101동";
        }
        if (header.contains("수량") || header.equals("중량")) {
            return excel ? (Object) 1 : "1";
        }
        return header.contains("명") && !header.startsWith("수") ? "토리든 다이브인 선크림" : "김민지";
    }
}
