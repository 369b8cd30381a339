package com.mallboard.product.importing;

import com.mallboard.product.ProductField;
import com.mallboard.sheet.SheetTable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which sheet column holds which product field, told from the header: the app's own Korean and English labels and
 * the names merchandisers' own sheets use ("상품명", "Name", "판매가"). Headers compare without spaces, punctuation,
 * case or full-width forms, so "ＳＫＵ", "sku " and "판매가(원)" (a note in brackets is dropped) all match.
 */
public record ColumnMapping(Map<ProductField, Integer> fields, int tagsColumn, int stageColumn, List<String> ignored) {
    private static final String TAGS = "TAGS";
    private static final String STAGE = "STAGE";
    private static final Map<String, String> NAMES = names();

    public ColumnMapping {
        fields = Collections.unmodifiableMap(new EnumMap<>(fields));
        ignored = List.copyOf(ignored);
    }

    /** The mapping of {@code table}'s header; a missing SKU or name column, or a field named twice, is an error. */
    public static ColumnMapping of(SheetTable table) {
        return of(table, ColumnOverrides.NONE);
    }

    /**
     * The mapping of {@code table}'s header where the user's {@code overrides} decide for the columns they name and
     * the known header names for the rest; the same errors as {@link #of(SheetTable)}.
     */
    public static ColumnMapping of(SheetTable table, ColumnOverrides overrides) {
        Map<ProductField, Integer> fields = new EnumMap<>(ProductField.class);
        Map<ColumnTarget, String> headerOf = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        int tags = -1;
        int stage = -1;
        List<String> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            String header = columns.get(c);
            ColumnTarget target = overrides.target(header).orElseGet(() -> guess(header));
            if (target.ignored()) {
                if (!header.isBlank()) {
                    ignored.add(header);
                }
                continue;
            }
            String earlier = headerOf.putIfAbsent(target, header);
            if (earlier != null) {
                throw new ImportException("import.error.column.duplicated", earlier, header);
            }
            if (target.tags()) {
                tags = c;
            } else if (target.stage()) {
                stage = c;
            } else {
                fields.put(target.field(), c);
            }
        }
        for (ProductField required : List.of(ProductField.SKU, ProductField.NAME)) {
            if (!fields.containsKey(required)) {
                throw new ImportException("import.error.column.missing." + required.name().toLowerCase(Locale.ROOT));
            }
        }
        return new ColumnMapping(fields, tags, stage, ignored);
    }

    /** The field a header names by itself ("판매가" is the price), or {@link ColumnTarget#IGNORE} for a name unknown. */
    public static ColumnTarget guess(String header) {
        String target = NAMES.get(comparable(header));
        if (target == null) {
            return ColumnTarget.IGNORE;
        }
        return switch (target) {
            case TAGS -> ColumnTarget.TAGS;
            case STAGE -> ColumnTarget.STAGE;
            default -> ColumnTarget.of(ProductField.valueOf(target));
        };
    }

    /**
     * Whether the user should say what {@code table}'s columns are before a preview: some header is a name the app
     * does not know (a supplier's "소비자가"), or the known names alone do not give a mapping (no SKU column).
     */
    public static boolean needsChoices(SheetTable table) {
        if (table.columns().stream().anyMatch(h -> !h.isBlank() && guess(h).ignored())) {
            return true;
        }
        try {
            of(table);
            return false;
        } catch (ImportException e) {
            return true;
        }
    }

    /** Whether one of {@code header}'s cells names the SKU column: the sign of a product table. */
    public static boolean hasSkuColumn(List<String> header) {
        return header.stream().anyMatch(cell -> "SKU".equals(NAMES.get(comparable(cell))));
    }

    /** "A" for the first column, "AA" for the 27th, as Excel names them. */
    public static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    static String comparable(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return plain.replaceAll("\\(.*?\\)|\\[.*?]", "").replaceAll("[\\s*_\\-./:]+", "");
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        add(names, "SKU", "sku", "상품코드", "자체상품코드", "품번", "관리코드", "product code", "item code");
        add(names, "NAME", "name", "상품명", "제품명", "품명", "product name", "item name");
        add(names, "BRAND", "brand", "브랜드");
        add(names, "INFLUENCER", "influencer", "influencer / partner", "인플루언서", "인플루언서 / 파트너", "파트너");
        add(names, "CATEGORY", "category", "카테고리", "분류");
        add(names, "LAUNCH_DATE", "launch date", "release date", "출시일", "출시 예정일", "런칭일", "발매일");
        add(names, "PRICE", "price", "target price", "sale price", "판매가", "판매가격", "목표 판매가", "가격");
        add(names, "COST", "cost", "unit cost", "원가", "매입가", "매입 단가", "공급가");
        add(names, "SUPPLIER", "supplier", "공급처", "공급사", "공급업체", "거래처");
        add(names, "ORDER_QUANTITY", "order quantity", "발주 수량", "발주량");
        add(names, "SHIPPED_QUANTITY", "shipped quantity", "출고 수량");
        add(names, "STOCK", "stock", "재고", "재고 수량");
        add(names, "BARCODE", "barcode", "barcode (EAN-13)", "EAN", "EAN-13", "바코드", "바코드 (EAN-13)");
        add(names, "LOCATION", "location", "warehouse location", "창고 위치", "로케이션");
        add(names, "CAPACITY", "capacity", "capacity / volume", "용량", "용량 / 중량");
        add(names, "MANUFACTURER", "manufacturer", "제조업자", "제조사");
        add(names, "RESPONSIBLE_SELLER", "responsible seller", "책임판매업자");
        add(names, "USAGE_PERIOD", "usage period", "usage period / expiry", "사용기한", "사용기한 / 개봉 후 사용기간");
        add(names, "INGREDIENTS", "ingredients", "전성분", "성분");
        add(names, "NOTES", "notes", "메모", "비고");
        add(names, TAGS, "tags", "태그");
        add(names, STAGE, "stage", "단계", "진행 단계", "상품 단계", "workflow stage");
        return Map.copyOf(names);
    }

    private static void add(Map<String, String> names, String target, String... headers) {
        for (String header : headers) {
            names.put(comparable(header), target);
        }
    }
}
