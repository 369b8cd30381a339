package com.mallboard.sync.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.sync.DriftReport;
import com.mallboard.sync.Listing;
import com.mallboard.sync.ListingService;
import com.mallboard.sync.MallCallException;
import com.mallboard.sync.MallService;
import com.mallboard.sync.StaleListingException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The product editor's malls tab: one row per mall with the listing's overrides and status. Saving queues a push for
 * each changed row; "compare with mall" reads the mall's copy (one call) for the drift dialog, whose two ways out
 * (overwrite the mall, take its values) come back here.
 */
public final class MallListingsViewModel {
    private final ListingService listings;
    private final MallService malls;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Product product;
    private final ObservableList<ListingRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    public MallListingsViewModel(ListingService listings, MallService malls, TaskExecutor executor, Messages messages,
            Product product) {
        this.listings = listings;
        this.malls = malls;
        this.executor = executor;
        this.messages = messages;
        this.product = product;
    }

    public void load() {
        run("listing.task.load", () -> null, null);
    }

    /** Saves every changed row (each queues its push); a price that is not a number stops the save and says so. */
    public void save() {
        List<ListingRow> changed = rows.stream().filter(ListingRow::changed).toList();
        List<String> badPrices = changed.stream().filter(r -> !r.priceValid()).map(r -> r.mall().displayName())
                .toList();
        if (!badPrices.isEmpty()) {
            error.set(messages.get("listing.price.invalid", String.join(", ", badPrices)));
            return;
        }
        if (changed.isEmpty()) {
            error.set("");
            message.set(messages.get("listing.saved.nothing"));
            return;
        }
        run("listing.task.save", () -> {
            List<String> refused = new java.util.ArrayList<>();
            for (ListingRow row : changed) {
                int readVersion = row.listing() == null ? 0 : row.listing().version();
                try {
                    listings.save(product.id(), row.mall().id(), row.overrides(), readVersion);
                } catch (StaleListingException e) {
                    refused.add(row.mall().displayName());
                }
            }
            int saved = changed.size() - refused.size();
            return new Done(saved == 0 ? null : messages.get("listing.saved", saved),
                    refused.isEmpty() ? null : messages.get("listing.stale", String.join(", ", refused)));
        }, null);
    }

    /** Reads the mall's copy in the background and hands the comparison to {@code open}; a mall failure is shown. */
    public void compare(ListingRow row, Consumer<DriftReport> open) {
        Listing listing = row.listing();
        if (listing == null || busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        message.set("");
        executor.execute(BackgroundTask.of("listing.task.drift", () -> listings.drift(listing.id()), report -> {
            busy.set(false);
            open.accept(report);
            load();
        }, this::failed));
    }

    /** The master wins: the next sync sends everything to the mall again. */
    public void overwriteMall(DriftReport report) {
        run("listing.task.overwrite", () -> {
            listings.overwriteMall(report.listing().id());
            return new Done(messages.get("listing.overwrite.done", mallName(report)), null);
        }, null);
    }

    /** The mall wins: its name, price and flags become this listing's overrides, its stock the master's. */
    public void takeMallValues(DriftReport report, Runnable afterwards) {
        run("listing.task.take", () -> {
            listings.takeMallValues(report);
            return new Done(messages.get("listing.take.done", mallName(report)), null);
        }, afterwards);
    }

    public String mallName(DriftReport report) {
        return rows.stream().filter(r -> r.mall().id() == report.listing().mallRef()).findFirst()
                .map(r -> r.mall().displayName()).orElse("");
    }

    /** What a piece of work has to say: the message, and a problem to show as an error (both may be null). */
    private record Done(String message, String problem) {
    }

    /** Runs {@code work}, then reads the rows again; {@code work}'s texts (if any) become the message and error. */
    private void run(String titleKey, Callable<Done> work, Runnable afterwards) {
        busy.set(true);
        error.set("");
        executor.execute(BackgroundTask.of(titleKey, () -> {
            Done done = work.call();
            Map<Long, Listing> byMall = listings.listingsOf(product.id()).stream()
                    .collect(Collectors.toMap(Listing::mallRef, Function.identity()));
            List<ListingRow> fresh = malls.all().stream().map(m -> new ListingRow(m, byMall.get(m.id()))).toList();
            return new Reloaded(done, fresh);
        }, reloaded -> {
            busy.set(false);
            rows.setAll(reloaded.rows());
            loaded.set(true);
            if (reloaded.done() != null && reloaded.done().message() != null) {
                message.set(reloaded.done().message());
            }
            if (reloaded.done() != null && reloaded.done().problem() != null) {
                error.set(reloaded.done().problem());
            }
            if (afterwards != null) {
                afterwards.run();
            }
        }, this::failed));
    }

    private record Reloaded(Done done, List<ListingRow> rows) {
    }

    private void failed(Throwable failure) {
        busy.set(false);
        String text = failure instanceof MallCallException call ? call.summary()
                : TrackingViewModel.describe(failure);
        error.set(messages.get("listing.error", text));
    }

    public Product product() {
        return product;
    }

    public ObservableList<ListingRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The rows have been read at least once (until then the tab shows no "no malls" note). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
