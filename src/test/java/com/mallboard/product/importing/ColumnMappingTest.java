package com.mallboard.product.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.common.ExplainedException;
import com.mallboard.product.ProductField;
import com.mallboard.sheet.SheetRow;
import com.mallboard.sheet.SheetTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    private static ColumnMapping map(String... headers) {
        return ColumnMapping.of(new SheetTable(new SheetRow(1, List.of(headers)), List.of()));
    }

    @Test
    void mapsKoreanHeadersOfTheAppsTemplate() {
        ColumnMapping mapping = map("SKU", "상품명", "브랜드", "출시 예정일", "목표 판매가", "태그");

        assertThat(mapping.fields()).containsEntry(ProductField.SKU, 0).containsEntry(ProductField.NAME, 1)
                .containsEntry(ProductField.BRAND, 2).containsEntry(ProductField.LAUNCH_DATE, 3)
                .containsEntry(ProductField.PRICE, 4);
        assertThat(mapping.tagsColumn()).isEqualTo(5);
        assertThat(mapping.ignored()).isEmpty();
    }

    @Test
    void mapsEnglishNamesAndSynonymsIgnoringSpacesCaseBracketsAndFullWidth() {
        ColumnMapping mapping = map("ｓｋｕ", " Product Name ", "판매가(원)", "출시일", "Tags", "Unit Cost");

        assertThat(mapping.fields()).containsEntry(ProductField.SKU, 0).containsEntry(ProductField.NAME, 1)
                .containsEntry(ProductField.PRICE, 2).containsEntry(ProductField.LAUNCH_DATE, 3)
                .containsEntry(ProductField.COST, 5);
        assertThat(mapping.tagsColumn()).isEqualTo(4);
    }

    @Test
    void listsExtraColumnsAndIgnoresThem() {
        ColumnMapping mapping = map("SKU", "Name", "담당 MD", "", "색상");

        assertThat(mapping.fields()).containsOnlyKeys(ProductField.SKU, ProductField.NAME);
        assertThat(mapping.ignored()).containsExactly("담당 MD", "색상");
        assertThat(mapping.tagsColumn()).isEqualTo(-1);
    }

    @Test
    void aMissingSkuOrNameColumnIsAnErrorNamingIt() {
        assertThatThrownBy(() -> map("상품명", "판매가")).isInstanceOf(ImportException.class)
                .extracting(e -> ((ExplainedException) e).messageKey()).isEqualTo("import.error.column.missing.sku");
        assertThatThrownBy(() -> map("SKU", "판매가")).isInstanceOf(ImportException.class)
                .extracting(e -> ((ExplainedException) e).messageKey()).isEqualTo("import.error.column.missing.name");
    }

    @Test
    void aFieldNamedTwiceIsAnErrorNamingBothColumns() {
        assertThatThrownBy(() -> map("SKU", "상품명", "판매가", "Price")).isInstanceOf(ImportException.class)
                .satisfies(e -> {
                    ExplainedException explained = (ExplainedException) e;
                    assertThat(explained.messageKey()).isEqualTo("import.error.column.duplicated");
                    assertThat(explained.args()).containsExactly("판매가", "Price");
                });
    }

    @Test
    void namesColumnsByExcelsLetters() {
        assertThat(List.of(ColumnMapping.letter(0), ColumnMapping.letter(25), ColumnMapping.letter(26),
                ColumnMapping.letter(701), ColumnMapping.letter(702))).containsExactly("A", "Z", "AA", "ZZ", "AAA");
    }
}
