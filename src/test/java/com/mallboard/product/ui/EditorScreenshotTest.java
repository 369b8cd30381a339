package com.mallboard.product.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the editor with a realistic Korean product into {@code target/screenshots/} (one PNG per tab), so a person
 * can look at it; docs/images/product-editor.png is copied from here.
 */
@ExtendWith(ApplicationExtension.class)
class EditorScreenshotTest {
    private static final String[] TABS = {"basic", "label", "checklist", "history", "activity"};

    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private TestStore store;
    private javafx.stage.Stage window;

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.installThemeOnce();
        store = TestStore.open(folder);
        window = stage;
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theEditorRendersKoreanTextForEveryTab(FxRobot robot) throws IOException {
        Product product = sampleProduct();
        ProductEditorDialog dialog = new ProductEditorDialog(store.products(), EditorCommands.direct(store.products()),
                new SameThreadTaskExecutor(), messages, new Formats(Formats.SEOUL, Locale.KOREAN));
        robot.interact(() -> {
            Scene scene = new Scene(dialog.createView(product, p -> { }, () -> { }), 780, 720);
            com.mallboard.common.ui.AppTheme.style(scene);
            window.setScene(scene);
            window.show();
        });
        waitUntil(() -> robot.lookup("#productEditor").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        for (int i = 0; i < TABS.length; i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            BufferedImage image = FxTestSupport.screenshot(robot, window.getScene(), "product-editor-" + TABS[i] + ".png");
            assertThat(image.getHeight()).isEqualTo(720);
        }
        assertHangulUsesTheBundledFont(robot);
    }

    /** Without the bundled font JavaFX falls back to "System", which draws Hangul as boxes on a bare machine. */
    private static void assertHangulUsesTheBundledFont(FxRobot robot) {
        var korean = robot.lookup(node -> node instanceof javafx.scene.control.Labeled labeled
                && labeled.getText() != null && labeled.getText().codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL))
                .queryAllAs(javafx.scene.control.Labeled.class);
        assertThat(korean).isNotEmpty();
        assertThat(korean).allSatisfy(labeled -> assertThat(labeled.getFont().getFamily()).startsWith("NanumGothic"));
    }

    @Test
    void problemsShowAsRedOutlinesWithTheReasonUnderTheField(FxRobot robot) throws IOException {
        store.createDraft("TOR-DIVE-SUN50", "토리든 다이브인 선크림");
        ProductEditorDialog dialog = new ProductEditorDialog(store.products(), EditorCommands.direct(store.products()),
                new SameThreadTaskExecutor(), messages, new Formats(Formats.SEOUL, Locale.KOREAN));
        robot.interact(() -> {
            Scene scene = new Scene(dialog.createView(null, p -> { }, () -> { }), 780, 720);
            com.mallboard.common.ui.AppTheme.style(scene);
            window.setScene(scene);
            window.show();
        });
        waitUntil(() -> robot.lookup("#productEditor").tryQuery().isPresent());
        robot.clickOn("#skuField").write("TOR-DIVE-SUN50");
        robot.clickOn("#nameField").write("토리든 다이브인 선크림 리필");
        robot.clickOn("#priceField").write("2만");
        robot.clickOn("#priceField").eraseText(2).write("28,000");
        robot.clickOn("#saveButton");
        robot.clickOn("#costField").write("구천원");
        robot.clickOn("#orderQuantityField").write("-100");

        BufferedImage image = FxTestSupport.screenshot(robot, window.getScene(), "product-editor-invalid.png");
        assertThat(robot.lookup("#editorError").queryLabeled().isVisible()).isTrue();
    }

    @Test
    void theTrashRendersKoreanText(FxRobot robot) throws IOException {
        store.products().moveToTrash(store.createDraft("OLD-TONER-200", "라운드랩 독도 토너 200ml").id());
        store.clock().advance(Duration.ofDays(1));
        store.products().moveToTrash(store.createDraft("MIS-CUSHION-21", "미샤 매직 쿠션 21호").id());
        TrashDialog trash = new TrashDialog(store.products(), new SameThreadTaskExecutor(), messages,
                new Formats(Formats.SEOUL, Locale.KOREAN));
        robot.interact(() -> {
            Scene scene = new Scene(trash.createView(() -> { }, () -> { }), 620, 440);
            com.mallboard.common.ui.AppTheme.style(scene);
            window.setScene(scene);
            window.show();
        });
        waitUntil(() -> robot.lookup("#trashList").tryQuery().isPresent());
        robot.clickOn("MIS-CUSHION-21");

        BufferedImage image = FxTestSupport.screenshot(robot, window.getScene(), "trash.png");
        assertThat(image.getWidth()).isEqualTo(620);
        assertHangulUsesTheBundledFont(robot);
    }

    private Product sampleProduct() {
        Product product = store.createAt(Stage.PLANNING, TestStore.completeDetails("TOR-DIVE-SUN50")
                .toBuilder().shippedQuantity(0).notes("올리브영 단독 런칭, 3월 첫째 주 라이브 방송 예정").build(),
                "선케어", "summer", "olive-young");
        store.clock().advance(Duration.ofDays(3));
        store.workflow().move(store.reload(product), Stage.SOURCING, "공급처 확정");
        product = store.reload(product);
        store.clock().advance(Duration.ofHours(5));
        store.products().update(product, product.details().toBuilder().priceWon(26_900L).build(), product.tags());
        store.products().addAction(product.id(), "전성분 번역 검수", Stage.LABELING, LocalDate.of(2026, 12, 4));
        store.products().addAction(product.id(), "샘플 수령 및 사용감 테스트", Stage.SOURCING, LocalDate.of(2026, 11, 20));
        store.products().checklist(product.id()).stream().filter(a -> a.title().startsWith("샘플")).findFirst()
                .ifPresent(a -> store.products().setActionDone(a.id(), true));
        store.products().addAction(product.id(), "인플루언서 촬영 일정 확정", Stage.PLANNING, null);
        return store.reload(product);
    }
}
