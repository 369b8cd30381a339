package com.mallboard.product.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.common.ExplainedException;
import com.mallboard.product.ProductField;
import com.mallboard.sheet.SampleSheets;
import com.mallboard.sheet.Sheet;
import com.mallboard.sheet.SheetReader;
import com.mallboard.store.TestStore;
import com.mallboard.workflow.StageGates;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A supplier's sheet with its own column names: the user says what each column is, and it is remembered. */
class ForeignSheetMappingTest {
    private static final List<String> SUPPLIER_HEADER = List.of("품번", "제품명", "소비자가", "입고 예정", "담당 MD");

    @TempDir
    Path dir;
    private TestStore store;
    private ProductImport importer;

    @BeforeEach
    void setUp() {
        store = TestStore.open(dir);
        importer = new ProductImport(store.products(), StageGates.defaults().startingCheck());
    }

    private Sheet supplierSheet(List<String> header) {
        return SheetReader.read(SampleSheets.utf8Csv(dir.resolve("supplier.csv"), List.of(header,
                List.of("SUP-1", "시카 크림", "32,000", "2026-05-01", "지민"))));
    }

    private static ColumnOverrides choices(Object... headerAndTarget) {
        Map<String, ColumnTarget> map = new LinkedHashMap<>();
        for (int i = 0; i < headerAndTarget.length; i += 2) {
            map.put((String) headerAndTarget[i], (ColumnTarget) headerAndTarget[i + 1]);
        }
        return new ColumnOverrides(map);
    }

    @Test
    void aSheetWithUnknownColumnNamesAsksForChoicesAndTheChoicesDecide() {
        Sheet sheet = supplierSheet(SUPPLIER_HEADER);
        assertThat(ColumnMapping.needsChoices(sheet.table(Sheet.FIRST_ROW))).isTrue();
        assertThat(ColumnMapping.guess("품번")).isEqualTo(ColumnTarget.of(ProductField.SKU));
        assertThat(ColumnMapping.guess("소비자가")).isEqualTo(ColumnTarget.IGNORE);

        ImportPreview preview = importer.preview(sheet, choices("소비자가", ColumnTarget.of(ProductField.PRICE),
                "입고 예정", ColumnTarget.of(ProductField.LAUNCH_DATE), "담당 MD", ColumnTarget.IGNORE));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.ignoredColumns()).containsExactly("담당 MD");
        ImportRow row = preview.rows().get(0);
        assertThat(row.kind()).isEqualTo(ImportRow.Kind.INSERT);
        assertThat(row.details().sku()).isEqualTo("SUP-1");
        assertThat(row.details().priceWon()).isEqualTo(32_000L);
        assertThat(row.details().launchDate()).hasToString("2026-05-01");
    }

    @Test
    void theAppsOwnHeaderNeedsNoChoices() {
        Sheet sheet = SheetReader.read(SampleSheets.utf8Csv(dir.resolve("own.csv"),
                List.of(List.of("SKU", "상품명", "목표 판매가"), List.of("A-1", "토너", "10000"))));
        assertThat(ColumnMapping.needsChoices(sheet.table(Sheet.FIRST_ROW))).isFalse();
    }

    @Test
    void aChoiceCanOverruleAKnownNameAndTwoColumnsForOneFieldAreStillAnError() {
        Sheet sheet = supplierSheet(SUPPLIER_HEADER);
        assertThatThrownBy(() -> importer.preview(sheet, choices("소비자가", ColumnTarget.of(ProductField.NAME))))
                .isInstanceOfSatisfying(ExplainedException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("import.error.column.duplicated"));

        ImportPreview preview = importer.preview(sheet, choices("제품명", ColumnTarget.IGNORE,
                "담당 MD", ColumnTarget.of(ProductField.NAME)));
        assertThat(preview.rows().get(0).details().name()).isEqualTo("지민");
    }

    @Test
    void choicesAreRememberedByTheSetOfHeaderNamesInAnyOrder() {
        ColumnMappingMemory memory = new ColumnMappingMemory(store.settings());
        ColumnOverrides chosen = choices("소비자가", ColumnTarget.of(ProductField.PRICE), "입고 예정",
                ColumnTarget.IGNORE, "담당 MD", ColumnTarget.TAGS);
        memory.remember(SUPPLIER_HEADER, chosen);

        assertThat(memory.recall(List.of("담당MD", "제품명", "품번", "입고 예정", "소비자가 "))).contains(chosen);
        assertThat(new ColumnMappingMemory(store.settings()).recall(SUPPLIER_HEADER)).contains(chosen);
        assertThat(memory.recall(List.of("품번", "제품명", "소비자가"))).as("another supplier's sheet").isEmpty();
    }

    @Test
    void aDamagedRememberedEntryIsDroppedRatherThanGuessedAt() {
        store.settings().put(ColumnMappingMemory.key(SUPPLIER_HEADER), "소비자가\u001fNO_SUCH_FIELD");
        assertThat(new ColumnMappingMemory(store.settings()).recall(SUPPLIER_HEADER)).isEmpty();
    }
}
