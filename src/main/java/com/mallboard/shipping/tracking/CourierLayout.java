package com.mallboard.shipping.tracking;

import com.mallboard.sheet.Sheet;
import com.mallboard.sheet.SheetRow;
import com.mallboard.sheet.SheetTable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * How a courier's export usually looks: the header names of the tracking number and order id columns, and a few
 * headers only that courier uses ({@code signature}), which tell the couriers apart when the user opens a file.
 * A preset only guesses; the user confirms the courier and the columns.
 */
public record CourierLayout(Courier courier, List<String> trackingHeaders, List<String> orderHeaders,
        List<String> signature) {
    static final List<String> ITEM_HEADERS = List.of("품목주문번호", "주문상품번호", "품목코드", "상품주문번호");
    static final List<String> COURIER_HEADERS = List.of("택배사", "배송업체", "택배사명", "운송사");
    private static final int FILE_NAME_WEIGHT = 10;
    /** How far down a title or a date range above the header may reach. */
    private static final int HEADER_SEARCH_ROWS = 10;

    private static final List<CourierLayout> PRESETS = List.of(
            new CourierLayout(Courier.CJ, List.of("운송장번호"), List.of("고객주문번호", "주문번호"),
                    List.of("고객주문번호", "받는분", "받는분전화번호", "품목명")),
            new CourierLayout(Courier.LOTTE, List.of("운송장번호"), List.of("주문번호"),
                    List.of("수하인명", "수하인연락처", "수하인주소", "상품명")),
            new CourierLayout(Courier.HANJIN, List.of("운송장번호", "송장번호"), List.of("주문번호"),
                    List.of("수취인", "수취인전화", "수취인주소", "박스수량")),
            new CourierLayout(Courier.EPOST, List.of("등기번호"), List.of("주문번호"),
                    List.of("등기번호", "수취인명", "내용품명", "중량")),
            new CourierLayout(Courier.LOGEN, List.of("송장번호"), List.of("주문번호"),
                    List.of("받는분", "받는분전화", "물품명", "운임구분")));

    public CourierLayout {
        trackingHeaders = List.copyOf(trackingHeaders);
        orderHeaders = List.copyOf(orderHeaders);
        signature = List.copyOf(signature);
    }

    public static List<CourierLayout> presets() {
        return PRESETS;
    }

    public static CourierLayout of(Courier courier) {
        return PRESETS.stream().filter(p -> p.courier == courier).findFirst().orElseThrow();
    }

    /**
     * The row holding the header: the first of the top rows with a tracking number header any courier uses (some
     * exports put a title and a date range above it), else the first non-blank row.
     */
    public static int headerRow(Sheet sheet) {
        List<String> known = PRESETS.stream().flatMap(p -> p.trackingHeaders.stream()).map(SheetTable::comparable)
                .toList();
        return sheet.rows().stream().limit(HEADER_SEARCH_ROWS)
                .filter(r -> r.cells().stream().map(SheetTable::comparable).anyMatch(known::contains))
                .map(SheetRow::number).findFirst().orElse(Sheet.FIRST_ROW);
    }

    /**
     * The courier whose layout fits the file best (and whose name is in the file name, if any is); empty when no
     * layout fits or two fit equally well.
     */
    public static Optional<Courier> guessCourier(SheetTable table, String fileName) {
        List<CourierLayout> ranked = PRESETS.stream()
                .sorted(Comparator.comparingInt((CourierLayout p) -> p.score(table, fileName)).reversed()).toList();
        int best = ranked.get(0).score(table, fileName);
        if (best == 0 || ranked.get(1).score(table, fileName) == best) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0).courier);
    }

    int score(SheetTable table, String fileName) {
        int score = first(table, trackingHeaders).isPresent() ? 3 : 0;
        score += first(table, orderHeaders).isPresent() ? 2 : 0;
        score += (int) signature.stream().filter(h -> table.columnOf(h) >= 0).count();
        if (fileName != null && courier.matches(fileName)) {
            score += FILE_NAME_WEIGHT;
        }
        return score;
    }

    /**
     * The columns this courier's file most likely uses: its own header names first, then those of the other
     * couriers (a courier's site may export another layout). Columns not found stay empty.
     */
    public ColumnMapping guessMapping(SheetTable table) {
        String tracking = first(table, withOthers(trackingHeaders, CourierLayout::trackingHeaders)).orElse("");
        String order = first(table, withOthers(orderHeaders, CourierLayout::orderHeaders)).orElse("");
        return new ColumnMapping(order, tracking, first(table, ITEM_HEADERS).orElse(""),
                first(table, COURIER_HEADERS).orElse(""));
    }

    private static List<String> withOthers(List<String> own, Function<CourierLayout, List<String>> headers) {
        return Stream.concat(own.stream(), PRESETS.stream().flatMap(p -> headers.apply(p).stream())).distinct()
                .toList();
    }

    /** The first of {@code names} that is a column of the table, as the table spells it. */
    private static Optional<String> first(SheetTable table, List<String> names) {
        return names.stream().map(table::columnOf).filter(i -> i >= 0).findFirst()
                .map(i -> table.columns().get(i));
    }
}
