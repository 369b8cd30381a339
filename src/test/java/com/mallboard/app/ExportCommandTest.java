package com.mallboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.NewProduct;
import com.mallboard.product.Stage;
import com.mallboard.report.ExportLogEntry;
import com.mallboard.store.TestStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mallboard export} as a scheduled script runs it: the file, one stable line, and exit codes to rely on. */
class ExportCommandTest {
    @TempDir
    Path folder;
    private Path data;
    private Path report;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void twoProducts() throws IOException {
        data = Files.createDirectory(folder.resolve("data"));
        report = folder.resolve("weekly.xlsx");
        try (AppContext context = new AppContext(data, Clock.systemUTC(), "setup")) {
            context.productRepository().create(new NewProduct(TestStore.completeDetails("SUN-1"), Set.of("vegan"),
                    Stage.LABELING, false, Instant.now()), "setup");
            context.products().create(com.mallboard.product.ProductDetails.of("TON-2", "이니스프리 토너"), Set.of());
        }
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private List<ExportLogEntry> personalDataLog() {
        try (AppContext context = new AppContext(data, Clock.systemUTC(), "reader")) {
            return context.reports().export().recentPersonalDataExports(10);
        }
    }

    @Test
    void writesTheProductsSheetInTheAskedLanguageAndSaysSoInOneLine() throws IOException {
        int exit = run("export", "--out", report.toString(), "--sheets", "products", "--lang", "en",
                "--data-dir", data.toString());

        assertThat(exit).as(errors()).isZero();
        assertThat(output()).isEqualTo("wrote 1 sheet, 2 rows to " + report.toAbsolutePath() + System.lineSeparator());
        try (XSSFWorkbook workbook = open(report)) {
            XSSFSheet products = workbook.getSheet("Products");
            assertThat(products.getRow(0).getCell(0).getStringCellValue()).isEqualTo("SKU");
            assertThat(products.getLastRowNum()).isEqualTo(2);
        }
        assertThat(personalDataLog()).isEmpty();
    }

    @Test
    void theFiltersNarrowTheRowsAndTheAppsLanguageIsTheDefault() throws IOException {
        try (AppContext context = new AppContext(data, Clock.systemUTC(), "setup")) {
            LanguageSetting.save(context.settings(), java.util.Locale.KOREAN);
        }

        int exit = run("export", "--out=" + report, "--sheets", "products", "--brand", "Torriden", "--tag", "Vegan",
                "--from", "2026-11-01",
                "--to", "2026-11-30", "--data-dir", data.toString());

        assertThat(exit).as(errors()).isZero();
        assertThat(output()).startsWith("wrote 1 sheet, 1 rows to ");
        try (XSSFWorkbook workbook = open(report)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("상품");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("SUN-1");
        }
    }

    @Test
    void includingPersonalDataIsLoggedWithTheOsUser() {
        int exit = run("export", "--out", report.toString(), "--include-personal-data", "--from", "2026-11-01",
                "--data-dir", data.toString());

        assertThat(exit).as(errors()).isZero();
        assertThat(output()).contains("receivers' personal data included; the export was logged for "
                + System.getProperty("user.name"));
        assertThat(personalDataLog()).singleElement().satisfies(entry -> {
            assertThat(entry.who()).isEqualTo(System.getProperty("user.name"));
            assertThat(entry.file()).isEqualTo(report.toAbsolutePath().toString());
            assertThat(entry.sheetIds()).as("no --sheets: every view").contains("pipeline", "products");
            assertThat(entry.from()).isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(entry.to()).isNull();
        });
    }

    @Test
    void anUnknownSheetIsAUsageErrorThatListsTheValidOnes() {
        int exit = run("export", "--out", report.toString(), "--sheets", "products,ordrs", "--data-dir",
                data.toString());

        assertThat(exit).isEqualTo(CommandLine.USAGE);
        assertThat(errors()).startsWith("unknown sheet ordrs; valid sheets: ").contains(",products,");
        assertThat(report).doesNotExist();
    }

    @Test
    void aBadDateSaysWhichOption() {
        assertThat(run("export", "--out", report.toString(), "--from", "2026-11-01", "--to", "30.11.2026",
                "--data-dir", data.toString())).isEqualTo(CommandLine.USAGE);
        assertThat(errors()).startsWith("--to 30.11.2026 is not a date; write YYYY-MM-DD");
        assertThat(report).doesNotExist();
    }

    @Test
    void otherUsageMistakesExitWithTwo() {
        assertThat(run("export", "--data-dir", data.toString())).isEqualTo(CommandLine.USAGE);
        assertThat(run("export", "--out", report.toString(), "--from", "2026-12-01", "--to", "2026-11-01",
                "--data-dir", data.toString())).isEqualTo(CommandLine.USAGE);
        assertThat(run("export", "--out", report.toString(), "--colour", "red")).isEqualTo(CommandLine.USAGE);
        assertThat(run("export", "--out", report.toString(), "--mall", "nomall", "--data-dir", data.toString()))
                .isEqualTo(CommandLine.USAGE);

        assertThat(errors()).contains("--out FILE is required", "--to 2026-11-01 is before --from 2026-12-01",
                "unknown option --colour", "no mall nomall in ");
        assertThat(report).doesNotExist();
    }

    @Test
    void aFileThatCannotBeWrittenExitsWithOneAndSaysWhy() {
        Path nowhere = folder.resolve("no-such-folder").resolve("weekly.xlsx");

        int exit = run("export", "--out", nowhere.toString(), "--data-dir", data.toString());

        assertThat(exit).isEqualTo(CommandLine.FAILED);
        assertThat(errors()).startsWith("export failed: Could not write the Excel file " + nowhere.toAbsolutePath());
        assertThat(output()).isEmpty();
    }

    @Test
    void helpListsTheExportCommand() {
        assertThat(CommandLine.isCommand(new String[] {"export"})).isTrue();
        run("help");
        assertThat(output()).contains("mallboard export --out FILE [--sheets ID,...]", "--include-personal-data");
    }
}
