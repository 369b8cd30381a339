package com.mallboard.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Courier exports as they arrive: Excel with numbers, CSV in three encodings and two separators, and junk. */
class SheetReaderTest {
    @TempDir
    Path folder;

    private static final List<List<String>> KOREAN = List.of(
            List.of("운송장번호", "주문번호", "받는분"),
            List.of("688012345678", "20261125-0000001", "김민지"),
            List.of("688012345679", "20261125-0000002", "박서준, 이하은"));

    private static void assertKoreanRows(Sheet sheet) {
        SheetTable table = sheet.table(Sheet.FIRST_ROW);
        assertThat(table.columns()).containsExactly("운송장번호", "주문번호", "받는분");
        assertThat(table.rows()).extracting(SheetRow::number).containsExactly(2, 3);
        assertThat(table.rows().get(1).cells()).containsExactly("688012345679", "20261125-0000002", "박서준, 이하은");
    }

    @Test
    void utf8CsvWithABomReadsWithoutTheBomInTheFirstHeader() {
        assertKoreanRows(SheetReader.read(SampleSheets.utf8Csv(folder.resolve("cj.csv"), KOREAN)));
    }

    @Test
    void utf8CsvWithoutABomIsReadAsUtf8() {
        Path file = SampleSheets.csv(folder.resolve("plain.csv"), StandardCharsets.UTF_8, false, ',', KOREAN);
        assertKoreanRows(SheetReader.read(file));
    }

    @Test
    void cp949CsvFromAKoreanCourierSiteIsReadAsKorean() throws IOException {
        Path file = SampleSheets.cp949Csv(folder.resolve("lotte.csv"), KOREAN);
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).doesNotContain("운송장번호");

        assertKoreanRows(SheetReader.read(file));
    }

    @Test
    void tabSeparatedTextIsSplitOnTabs() {
        Path file = SampleSheets.csv(folder.resolve("hanjin.txt"), SampleSheets.CP949, false, '\t', KOREAN);
        assertKoreanRows(SheetReader.read(file));
    }

    @Test
    void excelUnicodeTextInUtf16IsRead() throws IOException {
        Path file = folder.resolve("unicode.txt");
        String text = "\uFEFF운송장번호\t주문번호\t받는분\r\n688012345678\t20261125-0000001\t김민지\r\n"
                + "688012345679\t20261125-0000002\t박서준, 이하은\r\n";
        Files.write(file, text.getBytes(StandardCharsets.UTF_16LE));
        assertKoreanRows(SheetReader.read(file));
    }

    @Test
    void xlsxNumbersStayWholeAndOrderIdsKeepTheirDashes() {
        Path file = SampleSheets.xlsx(folder.resolve("cj.xlsx"), List.of(
                List.of("접수일자", "운송장번호", "고객주문번호", "수량", "무게"),
                List.of(LocalDate.of(2026, 11, 25), 688012345678L, "20261125-0000001", 2, 1.5),
                List.of(LocalDate.of(2026, 11, 26), 1234567890123L, "20261125-0000002", 1, 0.25)));

        SheetTable table = SheetReader.read(file).table(Sheet.FIRST_ROW);

        assertThat(table.rows().get(0).cells()).containsExactly("2026-11-25", "688012345678", "20261125-0000001", "2",
                "1.5");
        assertThat(table.rows().get(1).cell(1)).isEqualTo("1234567890123");
        assertThat(table.rows().get(1).cell(4)).isEqualTo("0.25");
    }

    @Test
    void oldXlsWorkbooksAreReadToo() {
        Path file = SampleSheets.xls(folder.resolve("epost.xls"), List.of(
                List.of("등기번호", "주문번호"), List.of(6012345678901L, "20261125-0000001")));

        SheetTable table = SheetReader.read(file).table(Sheet.FIRST_ROW);

        assertThat(table.rows().get(0).cells()).containsExactly("6012345678901", "20261125-0000001");
    }

    @Test
    void aWorkbookNamedCsvIsStillReadAsAWorkbook() {
        Path file = SampleSheets.xlsx(folder.resolve("download.csv"), List.of(
                List.of("송장번호", "주문번호"), List.of(123456789012L, "20261125-0000001")));

        assertThat(SheetReader.read(file).table(Sheet.FIRST_ROW).rows().get(0).cell(0)).isEqualTo("123456789012");
    }

    @Test
    void rowNumbersAreExcelsAndTheHeaderIsTheFirstNonBlankRowOrTheOneChosen() {
        Path file = SampleSheets.xlsx(folder.resolve("titled.xlsx"), Arrays.asList(
                List.of("로젠택배 출고내역 2026-11-25"), null,
                List.of("송장번호", "주문번호"),
                List.of("31234567890", "20261125-0000001"), null,
                List.of("31234567891", "20261125-0000002")));
        Sheet sheet = SheetReader.read(file);

        assertThat(sheet.table(Sheet.FIRST_ROW).columns()).containsExactly("로젠택배 출고내역 2026-11-25");
        SheetTable table = sheet.table(3);
        assertThat(table.columns()).containsExactly("송장번호", "주문번호");
        assertThat(table.rows()).extracting(SheetRow::number).containsExactly(4, 6);
        assertThat(table.columnOf("송장 번호")).isZero();
        assertThatThrownBy(() -> sheet.table(2)).isInstanceOfSatisfying(SheetException.class,
                e -> assertThat(e.messageKey()).isEqualTo("sheet.error.header.missing"));
    }

    @Test
    void anEmptyFileSaysItIsEmpty() throws IOException {
        Path empty = Files.write(folder.resolve("empty.csv"), new byte[0]);
        Path blankLines = Files.writeString(folder.resolve("blank.csv"), "\r\n , \r\n");

        assertThatThrownBy(() -> SheetReader.read(empty)).isInstanceOfSatisfying(SheetException.class,
                e -> assertThat(e.messageKey()).isEqualTo("sheet.error.empty"));
        assertThatThrownBy(() -> SheetReader.read(blankLines).table(Sheet.FIRST_ROW))
                .isInstanceOfSatisfying(SheetException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("sheet.error.empty"));
    }

    @Test
    void aPictureIsNotATable() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path file = Files.write(folder.resolve("photo.csv"), png);

        assertThatThrownBy(() -> SheetReader.read(file)).isInstanceOfSatisfying(SheetException.class,
                e -> assertThat(e.messageKey()).isEqualTo("sheet.error.not.table"));
    }

    @Test
    void aDamagedWorkbookSaysItCannotBeRead() throws IOException {
        Path file = Files.write(folder.resolve("broken.xlsx"), new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5});

        assertThatThrownBy(() -> SheetReader.read(file)).isInstanceOfSatisfying(SheetException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("sheet.error.unreadable");
            assertThat(e.args()).containsExactly(Path.of("broken.xlsx"));
        });
    }
    @Test
    void aTableSearchPassesOverSheetsWhoseFirstRowIsNotTheHeaderAndKeepsTheSheetName() {
        java.util.Map<String, List<List<Object>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("안내", List.of(List.of("주문번호를 적으세요")));
        sheets.put("출고", List.of(List.of("송장번호", "주문번호"), List.of("123456789012", "20261125-0000001")));
        Path file = HostileSheets.sheets(folder.resolve("two.xlsx"), sheets);
        TableSearch search = new TableSearch(header -> header.contains("송장번호"), 10);

        Sheet sheet = SheetReader.read(file, search);

        assertThat(sheet.name()).isEqualTo("출고");
        assertThat(sheet.table(Sheet.FIRST_ROW).rows()).extracting(SheetRow::number).containsExactly(2);
        assertThatThrownBy(() -> SheetReader.read(file, new TableSearch(header -> false, 10)))
                .isInstanceOfSatisfying(SheetException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("sheet.error.no.table");
                    assertThat(e.args()).containsExactly("안내, 출고");
                });
    }

    @Test
    void theRowLimitStopsWorkbooksOldWorkbooksAndCsvAlike() {
        List<List<Object>> rows = List.of(List.of("송장번호"), List.of("1"), List.of("2"), List.of("3"));
        List<Path> files = List.of(SampleSheets.xlsx(folder.resolve("a.xlsx"), rows),
                SampleSheets.xls(folder.resolve("a.xls"), rows),
                SampleSheets.utf8Csv(folder.resolve("a.csv"), List.of(List.of("송장번호"), List.of("1"), List.of("2"),
                        List.of("3"))));

        for (Path file : files) {
            assertThat(SheetReader.read(file, TableSearch.firstSheet(3)).rows()).as(file.toString()).hasSize(4);
            assertThatThrownBy(() -> SheetReader.read(file, TableSearch.firstSheet(2))).as(file.toString())
                    .isInstanceOfSatisfying(SheetException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("sheet.error.too.many.rows");
                        assertThat(e.args()).containsExactly(2);
                    });
        }
    }
}
