package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.board.BoardChanges;
import com.mallboard.board.ChangedCards;
import com.mallboard.product.NewProduct;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.workflow.MoveResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desktops on one team server: what desktop A changes reaches desktop B's change feed (the V12 triggers and
 * {@link ServerChangeFeed}) within the live board's promise of a second or two.
 */
@Tag("postgresql")
class LiveBoardFeedTest {
    private static final Duration DEADLINE = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    private TestStore desktopA;
    private TestStore desktopB;
    private BoardChanges feedOfB;
    private final BlockingQueue<ChangedCards> heardByB = new LinkedBlockingQueue<>();

    @BeforeEach
    void twoDesktopsOnOneServer() {
        desktopA = TestStore.open(folder);
        desktopB = TestStore.open(folder);
        feedOfB = desktopB.database().openChangeFeed();
        feedOfB.subscribe(heardByB::add);
        awaitListening();
    }

    @AfterEach
    void closeFeed() {
        feedOfB.close();
    }

    @Test
    void anotherDesktopsNewProductMoveEditAndTrashReachTheFeed() {
        Product created = desktopA.createDraft("LIVE-1", "라이브 토너");
        awaitChange(change -> change.productIds().contains(created.id()));

        Product ready = desktopA.createAt(Stage.PLANNING, TestStore.completeDetails("LIVE-2"));
        heardByB.clear();
        assertThat(desktopA.boardActions().move(ready.id(), Stage.SOURCING, null)).isInstanceOf(MoveResult.Moved.class);
        awaitChange(change -> change.productIds().contains(ready.id()));

        heardByB.clear();
        Product current = desktopA.reload(created);
        desktopA.products().update(current, current.details().toBuilder().name("새 이름").build(), Set.of("new"));
        awaitChange(change -> change.productIds().contains(created.id()));

        heardByB.clear();
        desktopA.boardActions().trashAll(List.of(created.id()));
        awaitChange(change -> change.productIds().contains(created.id()));
    }

    @Test
    void aChecklistTickOnAnotherDesktopNamesItsProduct() {
        Product product = desktopA.createDraft("LIVE-3", "체크 상품");
        var action = desktopA.products().addAction(product.id(), "샘플 받기", Stage.PLANNING, null);
        heardByB.clear();
        desktopA.products().setActionDone(action.id(), true);
        awaitChange(change -> change.productIds().equals(Set.of(product.id())));
    }

    @Test
    void aBulkImportTooBigToListAsksForTheWholeBoard() {
        List<NewProduct> many = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            many.add(new NewProduct(ProductDetails.of(String.format("BULK-%05d", i), "대량 " + i), Set.of("bulk"),
                    Stage.PLANNING, false, desktopA.clock().instant()));
        }
        heardByB.clear();
        desktopA.productRepository().createAll(many, TestStore.USER);
        // One batch says it all: the whole board, or every new product at once (the notifications coalesced).
        awaitChange(change -> change.everything() || change.productIds().size() >= 1_500);
    }

    @Test
    void afterTheServerDropsTheListenerItComesBackAndAsksForAFullReload() {
        int killed = terminateListener();
        assertThat(killed).isEqualTo(1);
        awaitChange(ChangedCards::everything);

        Product created = desktopA.createDraft("LIVE-4", "다시 연결");
        awaitChange(change -> change.productIds().contains(created.id()));
    }

    @Test
    void aClosedFeedLetsGoOfItsServerConnection() {
        feedOfB.close();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (listenerCount() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(listenerCount()).isZero();
    }

    /** Waits until B's feed has its connection and LISTENs, so nothing A does in the test is lost. */
    private void awaitListening() {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (listenerCount() == 0) {
            assertThat(System.nanoTime()).as("the feed listens within %s", DEADLINE).isLessThan(deadline);
            sleepBriefly();
        }
    }

    private ChangedCards awaitChange(Predicate<ChangedCards> wanted) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        try {
            for (long left = DEADLINE.toNanos(); left > 0; left = deadline - System.nanoTime()) {
                ChangedCards change = heardByB.poll(left, TimeUnit.NANOSECONDS);
                if (change != null && wanted.test(change)) {
                    return change;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("No such change reached desktop B within " + DEADLINE);
    }

    private int listenerCount() {
        return countOf("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND application_name = '" + ServerChangeFeed.APPLICATION_NAME + "'");
    }

    private int terminateListener() {
        return countOf("SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND application_name = '"
                + ServerChangeFeed.APPLICATION_NAME + "') AS killed");
    }

    /** Asked through desktop A's own connection: the test's superuser may see and end any session. */
    private int countOf(String sql) {
        return desktopA.dsl().fetchOne(sql).get(0, Integer.class);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
