package com.mallboard.report.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.product.Stage;
import com.mallboard.report.ExportLogEntry;
import com.mallboard.report.FilterChoices;
import com.mallboard.report.ProductSheet;
import com.mallboard.report.ReportCatalogue;
import com.mallboard.report.ReportExport;
import com.mallboard.report.ReportSheet;
import com.mallboard.report.Reports;
import com.mallboard.report.TestSheets;
import com.mallboard.report.XlsxTableWriter;
import com.mallboard.store.JooqExportLog;
import com.mallboard.store.TestClock;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import com.mallboard.testing.ScriptedFileDialogs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.Node;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A manager exports the Excel report: views, period and filters, progress and Cancel, and the personal-data choice. */
@ExtendWith(ApplicationExtension.class)
class ReportExportDialogTest {
    private static final Messages ENGLISH = new Messages(Messages.ENGLISH);

    @TempDir
    Path folder;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private javafx.stage.Stage owner;
    private TestStore store;
    private JooqExportLog log;
    private Path out;

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.installThemeOnce();
        owner = stage;
        FxTestSupport.showEmptyOwner(stage);
    }

    @BeforeEach
    void twoProducts() throws IOException {
        store = TestStore.open(Files.createDirectory(folder.resolve("data")), new TestClock());
        log = new JooqExportLog(store.dsl());
        out = Files.createDirectory(folder.resolve("out"));
        store.createAt(Stage.LABELING, TestStore.completeDetails("SUN-1"), "vegan");
        store.createDraft("TON-2", "이니스프리 토너");
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxTestSupport.hideAllWindows();
        executor.shutdown();
    }

    /** Opens the dialog as the main window's button does; saving goes to {@code target}. */
    private ScriptedFileDialogs open(FxRobot robot, Path target, ReportSheet... sheets) {
        ReportCatalogue catalogue = new ReportCatalogue(Stream.concat(
                Stream.of(new ProductSheet(store.products(), new XlsxTableWriter())), Stream.of(sheets)).toList());
        Reports reports = new Reports(catalogue, new ReportExport(log, store.clock(), TestStore.USER),
                () -> FilterChoices.of(store.products().active(), List.of(new FilterChoices.MallChoice(1, "Glow"))),
                store.clock());
        ScriptedFileDialogs files = ScriptedFileDialogs.savingTo(target);
        ReportExportDialog dialog = new ReportExportDialog(reports, store.settings(), executor, Platform::runLater,
                ENGLISH, files, opened::add);
        robot.interact(() -> dialog.show(owner));
        waitUntil(() -> !combo(robot, "#brandFilter").getItems().isEmpty());
        return files;
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Whether the node and every container around it are visible. */
    private static boolean shown(FxRobot robot, String query) {
        for (Node node = robot.lookup(query).query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static XSSFWorkbook workbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void choosingViewsPeriodAndBrandExportsThatWorkbookAndRemembersTheChoice(FxRobot robot) throws IOException {
        Path target = out.resolve("november.xlsx");
        ScriptedFileDialogs files = open(robot, target, TestSheets.days());

        robot.clickOn("#period-last-month");
        assertThat(robot.lookup("#reportFrom").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(robot.lookup("#reportTo").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(combo(robot, "#brandFilter").getItems()).containsExactly("Torriden");
        robot.interact(() -> combo(robot, "#brandFilter").setValue("Torriden"));
        robot.clickOn("#exportReportButton");

        waitUntil(() -> shown(robot, "#openReportFile"));
        assertThat(files.suggestedNames()).containsExactly("mallboard-report-2026-11-25.xlsx");
        assertThat(text(robot, "#reportResult")).isEqualTo("Wrote 2 sheets, 32 rows to " + target.toAbsolutePath() + ".");
        try (XSSFWorkbook workbook = workbook(target)) {
            XSSFSheet products = workbook.getSheet("Products");
            assertThat(products.getLastRowNum()).isEqualTo(1);
            assertThat(products.getRow(1).getCell(0).getStringCellValue()).isEqualTo("SUN-1");
            XSSFSheet days = workbook.getSheet("Days");
            assertThat(days.getLastRowNum()).isEqualTo(31);
            assertThat(days.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 10, 1));
        }
        assertThat(log.recent(5)).as("masked: not logged").isEmpty();

        robot.clickOn("#openReportFolder");
        waitUntil(() -> !opened.isEmpty());
        assertThat(opened).containsExactly(target.toAbsolutePath().getParent());

        robot.clickOn("#closeReportButton");
        open(robot, target, TestSheets.days());
        assertThat(combo(robot, "#brandFilter").getValue()).isEqualTo("Torriden");
        assertThat(robot.lookup("#reportFrom").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void onlyTheTickedViewsAreWrittenAndNoneTickedCannotExport(FxRobot robot) throws IOException {
        Path target = out.resolve("days.xlsx");
        open(robot, target, TestSheets.days());
        robot.clickOn("#period-this-month");

        robot.clickOn("#sheet-products");
        robot.clickOn("#sheet-days");
        assertThat(robot.lookup("#exportReportButton").query().isDisabled()).isTrue();
        robot.clickOn("#sheet-days");
        robot.clickOn("#exportReportButton");

        waitUntil(() -> shown(robot, "#openReportFile"));
        try (XSSFWorkbook workbook = workbook(target)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(25);
        }
        assertThat(store.settings().get(ExportChoices.SHEETS)).contains("days");
    }

    @Test
    void cancelStopsTheExportAndLeavesNoFile(FxRobot robot) throws IOException {
        Path target = out.resolve("never.xlsx");
        open(robot, target, TestSheets.untilCancelled());
        robot.clickOn("#sheet-products");
        robot.clickOn("#exportReportButton");

        waitUntil(() -> text(robot, "#reportProgressText").equals("Sheet 1 of 1: Recent exports with personal data — 1 rows"));
        robot.clickOn("#cancelReportButton");

        waitUntil(() -> shown(robot, "#reportResult"));
        assertThat(text(robot, "#reportResult")).isEqualTo(ENGLISH.get("report.export.cancelled"));
        assertThat(shown(robot, "#openReportFile")).isFalse();
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void aFailingViewShowsItsNameAndWritesNothing(FxRobot robot) throws IOException {
        open(robot, out.resolve("broken.xlsx"), TestSheets.broken());
        robot.clickOn("#exportReportButton");

        waitUntil(() -> shown(robot, "#reportError"));
        assertThat(text(robot, "#reportError")).isEqualTo(
                "The sheet \"Mall\" could not be written (the orders table is locked). No file was written.");
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void personalDataNeedsAnExplicitConfirmationAndTheExportIsLogged(FxRobot robot) throws IOException {
        Path target = out.resolve("with-receivers.xlsx");
        open(robot, target);
        assertThat(robot.lookup("#recentPersonalDataExports").queryAs(ListView.class).getItems()).isEmpty();
        robot.interact(() -> robot.lookup("#reportFrom").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 3)));

        robot.clickOn("#includePersonalData");
        assertThat(shown(robot, "#personalDataWarning")).isTrue();
        assertThat(robot.lookup("#exportReportButton").query().isDisabled()).isTrue();
        FxTestSupport.screenshot(robot, robot.lookup("#reportExportView").query().getScene(),
                "report-export-warning-en.png"); // copied to docs/images/report-export-en.png
        robot.clickOn("#confirmPersonalData");
        assertThat(shown(robot, "#personalDataWarning")).isFalse();
        assertThat(shown(robot, "#personalDataConfirmedNote")).isTrue();
        robot.clickOn("#exportReportButton");

        waitUntil(() -> !robot.lookup("#recentPersonalDataExports").queryAs(ListView.class).getItems().isEmpty());
        assertThat(log.recent(5)).containsExactly(new ExportLogEntry(TestClock.START, TestStore.USER,
                target.toAbsolutePath().toString(), List.of("products"), LocalDate.of(2026, 11, 3), null));
        assertThat(robot.lookup("#recentPersonalDataExports").queryAs(ListView.class).getItems())
                .containsExactly("2026-11-25 10:00 · minji · with-receivers.xlsx · products · 2026-11-03 – open");
        assertThat(robot.lookup("#reportFrom").queryAs(DatePicker.class).getValue())
                .as("the dates chosen stay after the log is read again").isEqualTo(LocalDate.of(2026, 11, 3));

        robot.clickOn("#includePersonalData");
        robot.clickOn("#includePersonalData");
        assertThat(robot.lookup("#exportReportButton").query().isDisabled())
                .as("the confirmation holds for one choice only").isTrue();
    }
}
