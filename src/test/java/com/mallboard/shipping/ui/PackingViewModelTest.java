package com.mallboard.shipping.ui;

import static com.mallboard.sync.SyncFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.common.TaskExecutor;
import com.mallboard.product.ProductOptionService;
import com.mallboard.product.Stage;
import com.mallboard.shipping.Feedback;
import com.mallboard.shipping.PackLine;
import com.mallboard.shipping.PackingBench;
import com.mallboard.shipping.StationState;
import com.mallboard.store.TestStore;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.StoredOrderItem;
import com.mallboard.sync.SyncFixture;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packing screen's model over a real store: scans in, station answers, sounds and courier choice out. */
class PackingViewModelTest {
    private static final String ORDER = "20261125-0000001";
    private static final String SECOND = "20261125-0000002";
    private static final String SUNSCREEN = "8801234567893";
    private static final Carrier CJ = new Carrier("0006", "CJ대한통운");
    private static final Carrier LOTTE = new Carrier("0003", "롯데택배");

    @TempDir
    Path folder;
    private SyncFixture fx;
    private final List<Feedback> sounds = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fx = new SyncFixture(folder);
        fx.store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-100").toBuilder().name("다이브인 선크림")
                .barcode(SUNSCREEN).build());
        fx.product("RND-200", "독도 토너");
        fx.product("ZZZ-999", "주문에 없는 세럼");
        fx.order(ORDER, line("A-01", "TOR-100", "다이브인 선크림", 2), line("A-02", "RND-200", "독도 토너", 1));
        fx.order(SECOND, line("B-01", "RND-200", "독도 토너", 1));
        fx.storeOrdersWithoutSync();
    }

    private PackingViewModel model(TaskExecutor executor) {
        ProductOptionService options = new ProductOptionService(fx.store.options(), fx.store.productRepository(),
                TestStore.USER);
        PackingBench bench = new PackingBench(fx.store.productRepository(), options::all, fx.orders,
                fx.store.settings(), fx.store.clock(), TestStore.USER);
        return new PackingViewModel(bench, executor, fx.messages, sounds::add);
    }

    private PackingViewModel loaded(List<Carrier> couriers) {
        fx.store.malls().replaceCarriers(fx.mall().id(), couriers, fx.store.clock().instant());
        PackingViewModel model = model(new SameThreadTaskExecutor());
        model.load();
        return model;
    }

    @Test
    void aWholeOrderFromScanToTrackingNumberQueuedForTheMall() {
        PackingViewModel model = loaded(List.of(CJ));

        model.submit(ORDER);
        assertThat(model.stateProperty().get()).isEqualTo(StationState.PACKING);
        assertThat(model.receiverName()).isEqualTo("김민지");
        assertThat(model.lines()).extracting(model::count).containsExactly("0 / 2", "0 / 1");
        assertThat(model.courierProperty().get()).as("the mall's only courier").isEqualTo(CJ);

        model.submit(SUNSCREEN);
        model.submit("ZZZ-999");
        assertThat(model.feedbackProperty().get()).isEqualTo(Feedback.ERROR);
        assertThat(model.statusProperty().get()).contains("ZZZ-999");
        model.submit("tor-100");
        model.submit("RND-200");
        assertThat(model.lines()).allMatch(PackLine::complete);
        assertThat(model.stateProperty().get()).isEqualTo(StationState.WAITING_FOR_TRACKING);
        assertThat(model.prompt()).isEqualTo(fx.messages.get("pack.prompt.waiting_for_tracking"));

        model.submit("6880 1234 5678");

        assertThat(model.stateProperty().get()).isEqualTo(StationState.WAITING_FOR_ORDER);
        assertThat(model.orderProperty().get()).isNull();
        assertThat(model.lines()).isEmpty();
        assertThat(fx.shipmentsQueued()).isEqualTo(1);
        assertThat(fx.orders.findByOrderId(ORDER).get(0).items()).extracting(StoredOrderItem::trackingNo)
                .containsOnly("688012345678");
        assertThat(sounds).containsExactly(Feedback.OK, Feedback.OK, Feedback.ERROR, Feedback.OK, Feedback.OK,
                Feedback.OK);
        assertThat(model.history()).hasSize(6);
        assertThat(model.history().get(0).input()).isEqualTo("6880 1234 5678");
        assertThat(model.history().get(3).feedback()).isEqualTo(Feedback.ERROR);
    }

    @Test
    void scansThatArriveWhileTheStoreIsBusyAreAllKeptInTheirOrder() {
        fx.store.malls().replaceCarriers(fx.mall().id(), List.of(CJ), fx.store.clock().instant());
        HeldTasks held = new HeldTasks();
        PackingViewModel model = model(held);

        model.load();
        model.submit(ORDER);
        model.submit(SUNSCREEN);
        model.submit(SUNSCREEN);
        model.submit("RND-200");
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(held.waiting()).as("one task at a time").isEqualTo(1);

        held.runAll();

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.stateProperty().get()).isEqualTo(StationState.WAITING_FOR_TRACKING);
        assertThat(model.history()).extracting(PackingViewModel.HistoryEntry::input)
                .containsExactly("RND-200", SUNSCREEN, SUNSCREEN, ORDER);
    }

    @Test
    void aBlankScanIsIgnoredAndEscWithoutAnOrderDoesNothing() {
        PackingViewModel model = loaded(List.of(CJ));

        model.submit("   ");
        model.abandon();

        assertThat(model.history()).isEmpty();
        assertThat(sounds).isEmpty();
    }

    @Test
    void escPutsTheOrderBackAndItCanBeScannedAgainFromZero() {
        PackingViewModel model = loaded(List.of(CJ));
        model.submit(ORDER);
        model.submit(SUNSCREEN);

        model.abandon();

        assertThat(model.stateProperty().get()).isEqualTo(StationState.WAITING_FOR_ORDER);
        assertThat(model.feedbackProperty().get()).isEqualTo(Feedback.WARNING);
        model.submit(ORDER);
        assertThat(model.lines()).extracting(PackLine::scanned).containsOnly(0);
    }

    @Test
    void overrideNeedsAnOrderOnTheBenchAndThenShipsWithTheReason() {
        PackingViewModel model = loaded(List.of(CJ));
        assertThat(model.mayOverride()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo(fx.messages.get("pack.station.nothing.to.complete"));

        model.submit(ORDER);
        assertThat(model.mayOverride()).isTrue();
        model.overrideComplete("토너 바코드 훼손", "박팀장");

        assertThat(model.stateProperty().get()).isEqualTo(StationState.WAITING_FOR_TRACKING);
        assertThat(model.statusProperty().get()).contains("토너 바코드 훼손");
        model.submit("688000000001");
        assertThat(fx.shipmentsQueued()).isEqualTo(1);
    }

    @Test
    void withTwoCouriersThePackerPicksOneAndTheMallRemembersIt() {
        PackingViewModel model = loaded(List.of(CJ, LOTTE));
        assertThat(model.mayPickCourier()).as("no order yet").isFalse();
        model.submit(ORDER);
        assertThat(model.courierProperty().get()).isNull();
        model.overrideComplete("테스트", "박팀장");
        model.submit("688000000001");
        assertThat(model.feedbackProperty().get()).as("no courier chosen").isEqualTo(Feedback.ERROR);
        assertThat(fx.shipmentsQueued()).isZero();

        assertThat(model.mayPickCourier()).isTrue();
        model.pickCourier(LOTTE);
        model.submit("688000000001");
        assertThat(fx.orders.findByOrderId(ORDER).get(0).items()).extracting(StoredOrderItem::carrierCode)
                .containsOnly(LOTTE.code());

        model.submit(SECOND);
        assertThat(model.courierProperty().get()).as("remembered for the mall").isEqualTo(LOTTE);
        assertThat(model.carriers()).containsExactly(CJ, LOTTE);
    }

    @Test
    void aStoreThatCannotBeReadIsShownInRedAndNothingHangs() {
        PackingViewModel model = model(new SameThreadTaskExecutor());
        fx.store.dsl().dropTable("product_option").execute();

        model.load();

        assertThat(model.feedbackProperty().get()).isEqualTo(Feedback.ERROR);
        assertThat(model.statusProperty().get()).startsWith(fx.messages.get("pack.error", "").strip());
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(sounds).containsExactly(Feedback.ERROR);
    }

    @Test
    void theHistoryKeepsTheLastFiftyAnswersNewestFirst() {
        PackingViewModel model = loaded(List.of(CJ));

        for (int i = 1; i <= 60; i++) {
            model.submit("CODE-" + i);
        }

        assertThat(model.history()).hasSize(PackingViewModel.HISTORY_SIZE);
        assertThat(model.history().get(0).input()).isEqualTo("CODE-60");
        assertThat(model.history().get(49).input()).isEqualTo("CODE-11");
    }

    /** Holds background tasks until the test runs them, as a slow store would. */
    private static final class HeldTasks implements TaskExecutor {
        private final Deque<BackgroundTask<?>> tasks = new ArrayDeque<>();

        @Override
        public <T> void execute(BackgroundTask<T> task) {
            tasks.addLast(task);
        }

        int waiting() {
            return tasks.size();
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                new SameThreadTaskExecutor().execute(tasks.removeFirst());
            }
        }
    }
}
