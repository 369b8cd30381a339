package com.mallboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductField;
import com.mallboard.product.Stage;
import com.mallboard.product.importing.ImportPreview;
import com.mallboard.product.importing.ImportRow;
import com.mallboard.product.importing.ImportSummary;
import com.mallboard.product.importing.ProductImport;
import com.mallboard.store.TestStore;
import com.mallboard.workflow.StageGates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template a merchandiser fills: reopened with POI, then filled in and imported. */
class ImportTemplateTest {
    private static final Messages KOREAN = new Messages(Locale.KOREAN);

    @TempDir
    Path dir;

    private XSSFWorkbook saved(Messages messages, List<String> brands) throws IOException {
        Path file = dir.resolve("template.xlsx");
        new ImportTemplate(messages).save(file, brands);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The stage column comes right after the name, before the brand. */
    private static final int STAGE_COLUMN = Arrays.asList(ProductField.values()).indexOf(ProductField.BRAND);

    private static int column(ProductField field) {
        int index = Arrays.asList(ProductField.values()).indexOf(field);
        return index < STAGE_COLUMN ? index : index + 1;
    }

    private static DataValidation validationOf(XSSFSheet sheet, int column) {
        return sheet.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column).findFirst().orElseThrow();
    }

    @Test
    void theFirstSheetIsTheProductTableWithTheHeaderTheImportReadsAndAFormatPerColumn() throws IOException {
        try (XSSFWorkbook workbook = saved(KOREAN, List.of("Anua", "Torriden"))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("상품");
            assertThat(workbook.getSheetName(1)).isEqualTo("안내");
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<String> expected = new ArrayList<>();
            for (ProductField field : ProductField.values()) {
                expected.add(KOREAN.get(field.messageKey()));
            }
            expected.add(STAGE_COLUMN, "단계");
            expected.add("태그");
            assertThat(IntStream.range(0, expected.size()).mapToObj(c -> header.getCell(c).getStringCellValue()))
                    .containsExactlyElementsOf(expected);
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(format(sheet, ProductField.BARCODE)).as("a barcode stays text").isEqualTo("@");
            assertThat(format(sheet, ProductField.SKU)).isEqualTo("@");
            assertThat(format(sheet, ProductField.PRICE)).isEqualTo("\"₩\"#,##0");
            assertThat(format(sheet, ProductField.COST)).isEqualTo("\"₩\"#,##0");
            assertThat(format(sheet, ProductField.STOCK)).isEqualTo("#,##0");
            assertThat(format(sheet, ProductField.LAUNCH_DATE)).isEqualTo("yyyy-mm-dd");
            assertThat(sheet.getColumnWidth(column(ProductField.NAME))).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    private static String format(Sheet sheet, ProductField field) {
        CellStyle style = sheet.getColumnStyle(column(field));
        return style.getDataFormatString();
    }

    @Test
    void brandsAreAListAndDatesAndWonAreCheckedWithAPrompt() throws IOException {
        try (XSSFWorkbook workbook = saved(KOREAN, List.of("Anua", "Torriden"))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            DataValidation brand = validationOf(sheet, column(ProductField.BRAND));
            assertThat(brand.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(brand.getValidationConstraint().getExplicitListValues()).containsExactly("Anua", "Torriden");
            assertThat(brand.getErrorStyle()).as("a new brand may be typed").isEqualTo(DataValidation.ErrorStyle.INFO);
            assertThat(brand.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("D2:D2001");

            DataValidation date = validationOf(sheet, column(ProductField.LAUNCH_DATE));
            assertThat(date.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
            assertThat(date.getShowPromptBox()).isTrue();
            assertThat(date.getPromptBoxText()).contains("2026-03-02");
            assertThat(date.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);

            DataValidation price = validationOf(sheet, column(ProductField.PRICE));
            assertThat(price.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
            assertThat(price.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(price.getPromptBoxText()).contains("₩");
            assertThat(validationOf(sheet, column(ProductField.BARCODE)).getValidationConstraint()
                    .getValidationType()).isEqualTo(ValidationType.TEXT_LENGTH);
            assertThat(workbook.getNumberOfSheets()).as("a short list needs no list sheet").isEqualTo(2);
        }
    }

    @Test
    void theStageIsPickedFromTheStagesNamesOnly() throws IOException {
        Messages english = new Messages(Locale.ENGLISH);
        try (XSSFWorkbook workbook = saved(english, List.of("Anua"))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(STAGE_COLUMN).getStringCellValue()).isEqualTo("Stage");
            DataValidation stage = validationOf(sheet, STAGE_COLUMN);
            assertThat(stage.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(stage.getValidationConstraint().getExplicitListValues())
                    .containsExactly("Planning", "Sourcing", "Labeling", "Shipment", "Done");
            assertThat(stage.getErrorStyle()).as("no other value").isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(stage.getShowErrorBox()).isTrue();
            assertThat(stage.getEmptyCellAllowed()).as("blank means planning").isTrue();
            assertThat(stage.getShowPromptBox()).isTrue();
            assertThat(stage.getPromptBoxText()).isEqualTo(english.get("import.template.check.stage.prompt"));
            assertThat(stage.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("C2:C2001");

            Row instructions = workbook.getSheet("Instructions").getRow(STAGE_COLUMN + 1);
            assertThat(instructions.getCell(0).getStringCellValue()).isEqualTo("Stage");
            assertThat(instructions.getCell(1).getStringCellValue()).isEqualTo("Optional");
            assertThat(instructions.getCell(2).getStringCellValue())
                    .contains("Blank = Planning for new products", "moves happen on the board");
            assertThat(instructions.getCell(3).getStringCellValue()).isEqualTo("Planning");
        }
        try (XSSFWorkbook workbook = saved(KOREAN, List.of())) {
            assertThat(validationOf(workbook.getSheetAt(0), STAGE_COLUMN).getValidationConstraint()
                    .getExplicitListValues()).containsExactly("기획", "소싱", "라벨링", "출고", "완료");
        }
    }

    @Test
    void aLongBrandListLivesOnAHiddenSheet() throws IOException {
        List<String> brands = IntStream.rangeClosed(1, 60).mapToObj(i -> "Brand number " + i).toList();
        try (XSSFWorkbook workbook = saved(KOREAN, brands)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(2)).isEqualTo("목록");
            assertThat(workbook.isSheetHidden(2)).isTrue();
            assertThat(workbook.getSheetAt(2).getRow(59).getCell(0).getStringCellValue()).isEqualTo("Brand number 60");
            XSSFDataValidation brand = (XSSFDataValidation) validationOf(workbook.getSheetAt(0),
                    column(ProductField.BRAND));
            assertThat(brand.getValidationConstraint().getFormula1()).isEqualTo("'목록'!$A$1:$A$60");
        }
    }

    @Test
    void withNoBrandsYetTheBrandColumnHasNoList() throws IOException {
        try (XSSFWorkbook workbook = saved(KOREAN, List.of())) {
            assertThat(workbook.getSheetAt(0).getDataValidations()).noneMatch(v -> v.getRegions()
                    .getCellRangeAddress(0).getFirstColumn() == column(ProductField.BRAND));
        }
    }

    @Test
    void theInstructionsSheetExplainsEveryColumnAndHowUpdatesWork() throws IOException {
        Messages english = new Messages(Locale.ENGLISH);
        try (XSSFWorkbook workbook = saved(english, List.of())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Products");
            Sheet instructions = workbook.getSheet("Instructions");
            assertThat(instructions.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Column");
            assertThat(instructions.getRow(1).getCell(0).getStringCellValue()).isEqualTo("SKU");
            assertThat(instructions.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Required");
            assertThat(instructions.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Optional");
            Row barcode = instructions.getRow(column(ProductField.BARCODE) + 1);
            assertThat(barcode.getCell(0).getStringCellValue()).isEqualTo("Barcode (EAN-13)");
            assertThat(barcode.getCell(2).getStringCellValue()).contains("as text");
            assertThat(barcode.getCell(3).getStringCellValue()).isEqualTo("8809870000019");
            List<String> all = new ArrayList<>();
            instructions.forEach(row -> all.add(row.getCell(0).getStringCellValue()));
            assertThat(all).contains(english.get("import.template.rules.1"), english.get("import.template.rules.2"),
                    english.get("import.template.rules.3"));
        }
    }

    @Test
    void aFilledTemplateImportsCleanly() throws IOException {
        TestStore store = TestStore.open(dir.resolve("store"));
        Product stored = store.createAt(Stage.SOURCING, ProductDetails.builder().sku("TOR-001").name("선크림")
                .brand("Torriden").priceWon(25_000L).build());
        Path file = dir.resolve("filled.xlsx");
        new ImportTemplate(KOREAN).save(file, List.of("Torriden"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            fill(sheet.createRow(1), "TOR-001", "선크림", "Torriden", LocalDate.of(2026, 3, 2), 28_000, "8809870000019");
            fill(sheet.createRow(2), "ANU-7", "어성초 토너", "Anua", LocalDate.of(2026, 4, 1), 19_900, "0880987000008");
            sheet.getRow(1).createCell(STAGE_COLUMN).setCellValue("소싱");
            sheet.getRow(2).createCell(STAGE_COLUMN).setCellValue("소싱");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        ProductImport importer = new ProductImport(store.products(), StageGates.defaults().startingCheck());
        ImportPreview preview = importer.preview(file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.ignoredColumns()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::kind).containsExactly(ImportRow.Kind.UPDATE,
                ImportRow.Kind.INSERT);
        assertThat(importer.commit(preview, false)).isEqualTo(new ImportSummary(1, 1, 0, 0));
        assertThat(store.reload(stored).details().priceWon()).isEqualTo(28_000L);
        ProductDetails inserted = store.reloadSku("ANU-7").details();
        assertThat(inserted.launchDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(inserted.barcode()).as("the leading zero survives").isEqualTo("0880987000008");
        assertThat(inserted.brand()).isEqualTo("Anua");
        assertThat(store.reloadSku("ANU-7").stage()).as("picked from the stage list").isEqualTo(Stage.SOURCING);
        assertThat(store.reload(stored).stage()).isEqualTo(Stage.SOURCING);
    }

    /** Fills a row as Excel would from typing into the formatted columns: text, a date, a number. */
    private static void fill(Row row, String sku, String name, String brand, LocalDate launch, long price,
            String barcode) {
        Sheet sheet = row.getSheet();
        row.createCell(column(ProductField.SKU)).setCellValue(sku);
        row.createCell(column(ProductField.NAME)).setCellValue(name);
        row.createCell(column(ProductField.BRAND)).setCellValue(brand);
        var date = row.createCell(column(ProductField.LAUNCH_DATE));
        date.setCellValue(launch);
        date.setCellStyle(sheet.getColumnStyle(column(ProductField.LAUNCH_DATE)));
        var won = row.createCell(column(ProductField.PRICE));
        won.setCellValue(price);
        won.setCellStyle(sheet.getColumnStyle(column(ProductField.PRICE)));
        var code = row.createCell(column(ProductField.BARCODE));
        code.setCellValue(barcode);
        code.setCellStyle(sheet.getColumnStyle(column(ProductField.BARCODE)));
    }
}
