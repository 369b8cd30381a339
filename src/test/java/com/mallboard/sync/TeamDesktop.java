package com.mallboard.sync;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.product.StaleProductException;
import com.mallboard.store.TestStore;
import com.mallboard.workflow.MoveResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One desktop of a team on a shared store: its own connection(s) to the store opened in {@code folder}, its own
 * services wired as the app wires them, and a record of what it did: every save that succeeded, and every save the
 * store refused as stale. Any other failure is kept for the test to report.
 */
final class TeamDesktop {
    final String name;
    final TestStore store;
    final SyncService sync;
    final OrderService orders;
    final AtomicInteger staleRefusals = new AtomicInteger();
    final AtomicInteger syncsLeftAlone = new AtomicInteger();
    final Map<Long, AtomicInteger> priceRaises = new ConcurrentHashMap<>();
    final Map<Long, AtomicInteger> moves = new ConcurrentHashMap<>();
    final Map<Long, List<String>> tagsAdded = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

    TeamDesktop(String name, Path folder, MallGateway mall) {
        this.name = name;
        this.store = TestStore.open(folder);
        this.sync = new SyncService(store.malls(), store.listings(), store.outbox(), store.orders(),
                store.productRepository(), store.options(), Map.of(Platform.CAFE24, m -> mall), store.clock());
        this.orders = new OrderService(store.orders(), store.malls(), store.clock(), name);
    }

    /** Reads the product, raises its price by one won and saves with the version it read. */
    void raisePrice(long productId) {
        Product current = store.products().find(productId);
        try {
            long price = current.details().priceWon();
            store.products().update(current, current.details().toBuilder().priceWon(price + 1).build(), current.tags());
            priceRaises.computeIfAbsent(productId, id -> new AtomicInteger()).incrementAndGet();
        } catch (StaleProductException e) {
            staleRefusals.incrementAndGet();
        }
    }

    void addTag(long productId, String tag) {
        Product current = store.products().find(productId);
        try {
            store.products().addTags(current, Set.of(tag));
            tagsAdded.compute(productId, (id, old) -> concat(old, tag));
        } catch (StaleProductException e) {
            staleRefusals.incrementAndGet();
        }
    }

    /** Moves the product back to labeling (with a reason) or on to shipment (through the gates). */
    void moveBackOrForth(long productId) {
        Product current = store.products().find(productId);
        Stage target = current.stage() == Stage.SHIPMENT ? Stage.LABELING : Stage.SHIPMENT;
        try {
            MoveResult result = store.workflow().move(current, target, "재검수 (" + name + ")");
            if (result instanceof MoveResult.Moved) {
                moves.computeIfAbsent(productId, id -> new AtomicInteger()).incrementAndGet();
            } else if (result instanceof MoveResult.Stale) {
                staleRefusals.incrementAndGet(); // the board's way of saying "stale": it offers a reload
            } else {
                unexpected.add(name + ": move to " + target + " was " + result);
            }
        } catch (StaleProductException e) {
            staleRefusals.incrementAndGet();
        }
    }

    void syncNow(Mall mall) {
        MallSyncResult result = sync.syncMall(mall.id(), SyncListener.NONE, new CancelSignal());
        if (result.sentByAnotherDesktop()) {
            syncsLeftAlone.incrementAndGet();
        } else if (!result.ok()) {
            unexpected.add(name + ": sync stopped: " + result.problem() + ", failed " + result.drain().failed());
        }
    }

    int saves() {
        return sum(priceRaises) + sum(moves) + tagsAdded.values().stream().mapToInt(List::size).sum();
    }

    static int sum(Map<Long, AtomicInteger> counts) {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private static List<String> concat(List<String> old, String tag) {
        List<String> tags = new java.util.ArrayList<>(old == null ? List.of() : old);
        tags.add(tag);
        return List.copyOf(tags);
    }
}
