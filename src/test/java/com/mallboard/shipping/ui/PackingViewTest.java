package com.mallboard.shipping.ui;

import static com.mallboard.sync.SyncFixture.line;
import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.product.ProductOptionService;
import com.mallboard.product.Stage;
import com.mallboard.shipping.Feedback;
import com.mallboard.shipping.PackingBench;
import com.mallboard.store.TestStore;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import com.mallboard.sync.SyncFixture;
import com.mallboard.testing.FxTestSupport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A packer at the bench with a scanner and no mouse: every test drives the screen from the keyboard alone. */
@ExtendWith(ApplicationExtension.class)
class PackingViewTest {
    private static final String ORDER = "20261125-0000001";
    private static final String SUNSCREEN = "8801234567893";
    private static final Carrier CJ = new Carrier("0006", "CJ대한통운");
    private static final Carrier LOTTE = new Carrier("0003", "롯데택배");

    @TempDir
    Path folder;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final List<Feedback> sounds = new CopyOnWriteArrayList<>();
    private javafx.stage.Stage window;
    private SyncFixture fx;

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.installThemeOnce();
        window = stage;
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        executor.shutdown();
    }

    /** A sunscreen (2) and a toner (1) ordered from 글로우몰, which ships with the given couriers. */
    private void openBench(FxRobot robot, Carrier... couriers) {
        fx = new SyncFixture(folder);
        fx.store.malls().replaceCarriers(fx.mall().id(), List.of(couriers), fx.store.clock().instant());
        fx.store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-100").toBuilder().name("다이브인 선크림")
                .barcode(SUNSCREEN).build());
        fx.product("RND-200", "독도 토너");
        fx.product("ZZZ-999", "주문에 없는 세럼");
        fx.order(ORDER, line("A-01", "TOR-100", "다이브인 선크림", 2), line("A-02", "RND-200", "독도 토너", 1));
        fx.storeOrdersWithoutSync();
        ProductOptionService options = new ProductOptionService(fx.store.options(), fx.store.productRepository(),
                TestStore.USER);
        PackingBench bench = new PackingBench(fx.store.productRepository(), options::all, fx.orders,
                fx.store.settings(), fx.store.clock(), TestStore.USER);
        PackingViewModel model = new PackingViewModel(bench, executor, fx.messages, sounds::add);
        robot.interact(() -> {
            window.setScene(FxTestSupport.scene(new PackingView(model, fx.messages), 1280, 800));
            window.show();
            model.load();
        });
        waitUntil(() -> robot.lookup("#scanField").query().isFocused());
    }

    private static void scan(FxRobot robot, String code) {
        robot.write(code).type(KeyCode.ENTER);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private static void waitForText(FxRobot robot, String id, String expected) {
        waitUntil(() -> robot.lookup(id).tryQuery().map(n -> expected.equals(((Labeled) n).getText())).orElse(false));
    }

    private static boolean statusIs(FxRobot robot, Feedback level) {
        return robot.lookup("#packStatus").query().getStyleClass()
                .contains("pack-feedback-" + level.name().toLowerCase(java.util.Locale.ROOT));
    }

    private StoredOrder stored() {
        return fx.orders.findByOrderId(ORDER).get(0);
    }

    @Test
    void aWholeOrderIsPackedAndShippedFromTheScannerAlone(FxRobot robot) {
        openBench(robot, CJ);

        scan(robot, ORDER);
        waitForText(robot, "#packOrderId", ORDER);
        assertThat(text(robot, "#packReceiver")).isEqualTo("김민지");
        assertThat(text(robot, "#packLineName-0")).isEqualTo("다이브인 선크림");
        assertThat(text(robot, "#packCount-0")).isEqualTo("0 / 2");
        assertThat(text(robot, "#packCourier")).contains("CJ대한통운");
        assertThat(text(robot, "#packPrompt")).isEqualTo(fx.messages.get("pack.prompt.packing"));

        scan(robot, SUNSCREEN);
        waitForText(robot, "#packCount-0", "1 / 2");
        assertThat(statusIs(robot, Feedback.OK)).isTrue();

        scan(robot, "ZZZ-999");
        waitUntil(() -> statusIs(robot, Feedback.ERROR));
        assertThat(text(robot, "#packStatus")).contains("ZZZ-999");
        assertThat(sounds).contains(Feedback.ERROR);
        assertThat(text(robot, "#packCount-0")).isEqualTo("1 / 2");

        scan(robot, "tor-100");
        scan(robot, "RND-200");
        waitForText(robot, "#packPrompt", fx.messages.get("pack.prompt.waiting_for_tracking"));
        assertThat(robot.lookup("#packLine-1").query().getStyleClass()).contains("pack-line-complete");

        scan(robot, "6880-1234-5678");
        waitForText(robot, "#packPrompt", fx.messages.get("pack.prompt.waiting_for_order"));

        assertThat(text(robot, "#packStatus")).contains("6880-1234-5678").contains(ORDER);
        assertThat(stored().items()).extracting(StoredOrderItem::trackingNo).containsOnly("6880-1234-5678");
        assertThat(stored().items()).extracting(StoredOrderItem::carrierCode).containsOnly(CJ.code());
        assertThat(fx.shipmentsQueued()).as("one shipment job in the mall's outbox").isEqualTo(1);
        assertThat(robot.lookup("#scanField").query().isFocused()).isTrue();

        scan(robot, ORDER);
        waitUntil(() -> text(robot, "#packStatus").equals(fx.messages.get("pack.refused.packed", ORDER)));
        assertThat(statusIs(robot, Feedback.ERROR)).isTrue();
    }

    @Test
    void escPutsTheOrderBackAndNothingIsRecorded(FxRobot robot) {
        openBench(robot, CJ);
        scan(robot, ORDER);
        scan(robot, SUNSCREEN);
        waitForText(robot, "#packCount-0", "1 / 2");

        robot.type(KeyCode.ESCAPE);

        waitForText(robot, "#packOrderId", fx.messages.get("pack.no.order"));
        assertThat(text(robot, "#packStatus")).isEqualTo(fx.messages.get("pack.station.abandoned", ORDER));
        assertThat(statusIs(robot, Feedback.WARNING)).isTrue();
        assertThat(robot.lookup("#packLines").queryParent().getChildrenUnmodifiable()).isEmpty();
        assertThat(stored().items()).extracting(StoredOrderItem::trackingNo).containsOnlyNulls();
        assertThat(fx.shipmentsQueued()).isZero();
        scan(robot, ORDER);
        waitForText(robot, "#packCount-0", "0 / 2");
    }

    @Test
    void f9CompletesWithASupervisorsReasonTypedOnTheKeyboard(FxRobot robot) {
        openBench(robot, CJ);
        scan(robot, ORDER);
        scan(robot, SUNSCREEN);
        waitForText(robot, "#packCount-0", "1 / 2");

        robot.type(KeyCode.F9);
        waitUntil(() -> robot.lookup("#overrideReason").query().isFocused());
        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#overrideError")).isEqualTo(fx.messages.get("pack.override.reason.missing"));
        robot.write("label torn").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#overrideSupervisor").query().isFocused());
        robot.write("Park").type(KeyCode.ENTER);

        waitForText(robot, "#packPrompt", fx.messages.get("pack.prompt.waiting_for_tracking"));
        assertThat(text(robot, "#packStatus")).contains("label torn");
        assertThat(robot.lookup("#overridePanel").tryQuery()).isEmpty();
        waitUntil(() -> robot.lookup("#scanField").query().isFocused());
        scan(robot, "688000000001");
        waitForText(robot, "#packPrompt", fx.messages.get("pack.prompt.waiting_for_order"));
        assertThat(fx.shipmentsQueued()).isEqualTo(1);
    }

    @Test
    void escCancelsTheOverrideAndThePackerKeepsScanning(FxRobot robot) {
        openBench(robot, CJ);
        scan(robot, ORDER);
        waitForText(robot, "#packOrderId", ORDER);

        robot.type(KeyCode.F9);
        waitUntil(() -> robot.lookup("#overrideReason").query().isFocused());
        robot.write("oops").type(KeyCode.ESCAPE);

        waitUntil(() -> robot.lookup("#scanField").query().isFocused());
        assertThat(text(robot, "#packOrderId")).as("Esc closed the form, not the order").isEqualTo(ORDER);
        scan(robot, SUNSCREEN);
        waitForText(robot, "#packCount-0", "1 / 2");
    }

    @Test
    void f2PicksTheCourierWithTheArrowKeysAndTheMallRemembersIt(FxRobot robot) {
        openBench(robot, CJ, LOTTE);
        scan(robot, ORDER);
        waitForText(robot, "#packCourier", fx.messages.get("pack.courier.missing"));

        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#courierPicker").query().isFocused());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        waitForText(robot, "#packCourier", fx.messages.get("pack.courier.shown", LOTTE.name()));
        assertThat(fx.store.settings().get("packing.courier.mall." + fx.mall().id())).contains(LOTTE.code());
        waitUntil(() -> robot.lookup("#scanField").query().isFocused());
    }

    /** Also renders {@code target/screenshots/packing-ko.png} to look at; docs/images has shots of the running app. */
    @Test
    void aWrongItemStaysRedOnScreenAfterTheFlash(FxRobot robot) throws Exception {
        openBench(robot, CJ);
        scan(robot, ORDER);
        scan(robot, SUNSCREEN);
        scan(robot, "RND-200");
        scan(robot, "ZZZ-999");
        waitUntil(() -> statusIs(robot, Feedback.ERROR));

        Thread.sleep(2_300);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#packStatus").query().getStyleClass()).doesNotContain("pack-flash")
                .contains("pack-feedback-error");
        assertThat(robot.lookup("#packHistory").queryListView().getItems()).hasSize(4);
        FxTestSupport.screenshot(robot, window.getScene(), "packing-ko.png");
    }

    @Test
    void f1ShowsTheKeysAndEscClosesThem(FxRobot robot) {
        openBench(robot, CJ);

        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#packHelp").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup(fx.messages.get("pack.help.f9")).tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> robot.lookup("#scanField").query().isFocused());
        assertThat(robot.lookup("#packHelp").tryQuery()).isEmpty();
        assertThat(sounds).as("closing help is not an abandon").isEmpty();
    }
}
