package com.mallboard.board.ui;

import com.mallboard.board.BoardActions;
import com.mallboard.board.BoardChanges;
import com.mallboard.board.BoardCard;
import com.mallboard.board.BoardFilter;
import com.mallboard.board.BoardPreview;
import com.mallboard.board.BoardService;
import com.mallboard.board.CardColumns;
import com.mallboard.board.FirstLoad;
import com.mallboard.board.BoardSettings;
import com.mallboard.board.Swimlanes;
import com.mallboard.common.BackgroundTask;
import com.mallboard.common.TaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The board's state: every card by stage, the filter, lanes and WIP limits. Holds no nodes, so its logic is tested
 * without a robot. Changes go through {@link BoardActions} on the background executor; cards are then refreshed.
 */
public class BoardViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(BoardViewModel.class);

    /** Cards per column shown before the whole board is read: more than a tall screen shows. */
    static final int PREVIEW_CARDS = 40;

    private final BoardService board;
    private final BoardActions actions;
    private final BoardSettings settings;
    private final FirstLoad firstLoad;
    private final TaskExecutor executor;
    private final Map<Stage, ObservableList<BoardCard>> cardsByStage = new EnumMap<>(Stage.class);
    private final Map<Stage, FilteredList<BoardCard>> visibleByStage = new EnumMap<>(Stage.class);
    private final ObjectProperty<BoardFilter> filter = new SimpleObjectProperty<>(BoardFilter.NONE);
    private final ObjectProperty<Swimlanes> swimlanes = new SimpleObjectProperty<>(Swimlanes.NONE);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> brands = FXCollections.observableArrayList();
    private final ObservableList<String> influencers = FXCollections.observableArrayList();
    private final Map<Stage, ObjectProperty<OptionalInt>> wipLimits = new EnumMap<>(Stage.class);
    private final Map<Stage, IntegerProperty> totals = new EnumMap<>(Stage.class);
    private final IntegerProperty updatedByOthers = new SimpleIntegerProperty(0);
    private final LiveBoard live;
    private boolean fullyLoaded;
    private Consumer<Runnable> afterCardsDrawn = Runnable::run;
    private LocalDate today;

    public BoardViewModel(BoardService board, BoardActions actions, BoardSettings settings, TaskExecutor executor) {
        this(board, actions, settings, new FirstLoad(board, settings), executor);
    }

    /** @param firstLoad the first load, read ahead of the board when it was prepared */
    public BoardViewModel(BoardService board, BoardActions actions, BoardSettings settings, FirstLoad firstLoad,
            TaskExecutor executor) {
        this.board = board;
        this.firstLoad = firstLoad;
        this.actions = actions;
        this.settings = settings;
        this.executor = executor;
        this.today = board.today();
        this.live = new LiveBoard(board, executor, this::applyLive);
        for (Stage stage : Stage.values()) {
            ObservableList<BoardCard> cards = FXCollections.observableArrayList();
            cardsByStage.put(stage, cards);
            visibleByStage.put(stage, new FilteredList<>(cards));
            wipLimits.put(stage, new SimpleObjectProperty<>(OptionalInt.empty()));
            totals.put(stage, new SimpleIntegerProperty(0));
        }
        filter.addListener((obs, old, now) -> applyFilter());
        swimlanes.addListener((obs, old, now) -> executor.execute(BackgroundTask.of("task.save.settings",
                () -> {
                    settings.setSwimlanes(now);
                    return now;
                }, null, null)));
    }

    /**
     * Loads the board in three steps, all in the background: the first cards of each column with the true column
     * sizes and the settings (a screenful appears at once), then every card, then the cards' suggestion badges. On a
     * cold start the cards were read ahead ({@link FirstLoad}): they are taken, without the first step, which would only
     * delay them. Even when the read has ended they are shown after the frame that lays out the empty columns: the
     * columns' first layout with every card in them was slower than the two (docs/performance.md, "Cold start").
     */
    public void load(Consumer<Throwable> onFailure) {
        loading.set(true);
        fullyLoaded = false;
        live.pause();
        Consumer<Throwable> failed = error -> {
            loading.set(false);
            onFailure.accept(error);
        };
        if (firstLoad.pending()) {
            executor.execute(BackgroundTask.of("task.load.board", firstLoad::take, this::showAll, failed));
            return;
        }
        executor.execute(BackgroundTask.of("task.load.board", this::readPreview, preview -> {
            apply(preview.layout());
            show(CardColumns.of(preview.preview().cards()));
            preview.preview().countsByStage().forEach((stage, count) -> totals.get(stage).set(count));
            executor.execute(BackgroundTask.of("task.load.board", () -> CardColumns.of(board.loadCards()),
                    this::showAll, failed));
        }, failed));
    }

    private void showAll(FirstLoad.Board read) {
        apply(read.layout());
        showAll(read.columns());
    }

    private void showAll(CardColumns columns) {
        fullyLoaded = true;
        show(columns);
        syncTotals();
        loading.set(false);
        afterCardsDrawn.accept(() -> loadSuggestionBadges(columns));
        live.resume();
    }

    /**
     * How the view runs work once the frame showing newly loaded cards is drawn (at once by default): on two cores,
     * counting the badges while that frame was laid out cost a cold start ~0.08 s (docs/performance.md, "Cold start").
     */
    public void afterCardsDrawn(Consumer<Runnable> scheduler) {
        this.afterCardsDrawn = scheduler;
    }

    /**
     * Badges are decoration: counted once every card shows, then put on the cards as they are by then (a card
     * refreshed meanwhile keeps its own, newer count). A failure only costs the badges.
     */
    private void loadSuggestionBadges(CardColumns columns) {
        Set<BoardCard> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        columns.byStage().values().forEach(counted::addAll);
        List<Product> products = counted.stream().map(BoardCard::product).toList();
        executor.execute(BackgroundTask.of("task.load.badges", () -> board.openSuggestions(products), counts -> {
            for (ObservableList<BoardCard> list : cardsByStage.values()) {
                List<BoardCard> badged = list.stream().map(card -> counted.contains(card)
                        ? card.withOpenSuggestions(counts.getOrDefault(card.id(), 0)) : card).toList();
                if (!badged.equals(list)) {
                    list.setAll(badged);
                }
            }
        }, error -> LOG.warn("Suggestion badges could not be counted", error)));
    }

    private Preview readPreview() {
        return new Preview(board.loadPreview(PREVIEW_CARDS), firstLoad.layout());
    }

    private void apply(FirstLoad.Layout layout) {
        today = layout.today();
        layout.wipLimits().forEach((stage, limit) -> wipLimits.get(stage).set(limit));
        swimlanes.set(layout.swimlanes());
    }

    private record Preview(BoardPreview preview, FirstLoad.Layout layout) {
    }

    /** Column sizes follow the lists once every card is loaded; before that they come from a count query. */
    private void syncTotals() {
        if (fullyLoaded) {
            cardsByStage.forEach((stage, cards) -> totals.get(stage).set(cards.size()));
        }
    }

    /** The filtered views follow {@code setAll} by themselves, so the filter is not applied again here. */
    private void show(CardColumns columns) {
        for (Stage stage : Stage.values()) {
            cardsByStage.get(stage).setAll(columns.byStage().get(stage));
        }
        tags.setAll(columns.tags());
        brands.setAll(columns.brands());
        influencers.setAll(columns.influencers());
    }

    /** Puts fresh cards in place of old ones (after a move or edit) without reloading the board. */
    public void refresh(Collection<Long> productIds, Runnable whenDone) {
        List<Long> ids = List.copyOf(productIds);
        executor.execute(BackgroundTask.of("task.load.board", () -> ids.stream()
                .map(id -> board.findCard(id)).toList(), fresh -> {
                    for (int i = 0; i < ids.size(); i++) {
                        put(ids.get(i), fresh.get(i));
                    }
                    syncTotals();
                    whenDone.run();
                }, error -> whenDone.run()));
    }

    /**
     * Follows changes other desktops make (team mode): only their cards are read again and put in place, in the
     * background, with the filter, selection and scroll left as they are. Close the subscription to stop.
     */
    public BoardChanges.Subscription follow(BoardChanges feed) {
        return feed.subscribe(live::offer);
    }

    private void applyLive(LiveBoard.Update update) {
        if (!fullyLoaded) {
            return;
        }
        if (update.everything()) {
            show(update.columns());
            syncTotals();
            loadSuggestionBadges(update.columns());
            updatedByOthers.set(updatedByOthers.get() + 1);
            return;
        }
        boolean changed = false;
        for (Map.Entry<Long, Optional<BoardCard>> entry : update.cards().entrySet()) {
            changed |= put(entry.getKey(), entry.getValue());
        }
        if (changed) {
            syncTotals();
            updatedByOthers.set(updatedByOthers.get() + 1);
        }
    }

    /**
     * One card as the store has it now. The same card as shown (the notification of this desktop's own change, whose
     * card is already in place) changes nothing; one that keeps its place is replaced where it is, so the list keeps
     * its selection and scroll; one that moved leaves its old place for its sorted place in its (new) column.
     */
    private boolean put(long id, Optional<BoardCard> fresh) {
        for (ObservableList<BoardCard> list : cardsByStage.values()) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).id() != id) {
                    continue;
                }
                if (fresh.isPresent() && fresh.get().equals(list.get(i))) {
                    return false;
                }
                if (fresh.isPresent() && keepsItsPlace(list, i, fresh.get())) {
                    list.set(i, fresh.get());
                    offerInFilters(fresh.get());
                    return true;
                }
                list.remove(i);
                fresh.ifPresent(this::insertSorted);
                fresh.ifPresent(this::offerInFilters);
                return true;
            }
        }
        fresh.ifPresent(this::insertSorted);
        fresh.ifPresent(this::offerInFilters);
        return fresh.isPresent();
    }

    private static boolean keepsItsPlace(List<BoardCard> list, int index, BoardCard card) {
        return card.stage() == list.get(index).stage()
                && (index == 0 || CardColumns.ORDER.compare(list.get(index - 1), card) <= 0)
                && (index == list.size() - 1 || CardColumns.ORDER.compare(card, list.get(index + 1)) <= 0);
    }

    /** How many times changes by other desktops reached the board: the view shows a short hint when it grows. */
    public ReadOnlyIntegerProperty updatedByOthersProperty() {
        return updatedByOthers;
    }

    private void insertSorted(BoardCard card) {
        ObservableList<BoardCard> list = cardsByStage.get(card.stage());
        int index = java.util.Collections.binarySearch(list, card, CardColumns.ORDER);
        list.add(index < 0 ? -index - 1 : index, card);
    }

    /** A changed card may bring a new tag, brand or influencer; stale ones go at the next full load. */
    private void offerInFilters(BoardCard card) {
        card.product().tags().forEach(tag -> insertIfMissing(tags, tag));
        insertIfMissing(brands, card.product().details().brand());
        insertIfMissing(influencers, card.product().details().influencer());
    }

    private static void insertIfMissing(ObservableList<String> sorted, String value) {
        if (value != null) {
            int index = java.util.Collections.binarySearch(sorted, value);
            if (index < 0) {
                sorted.add(-index - 1, value);
            }
        }
    }

    private void applyFilter() {
        BoardFilter current = filter.get();
        var predicate = current.isEmpty() ? null : current.predicate(today);
        visibleByStage.values().forEach(list -> list.setPredicate(predicate == null ? null : predicate::test));
    }

    public List<BoardCard> allCards() {
        return cardsByStage.values().stream().flatMap(List::stream).toList();
    }

    public ObservableList<BoardCard> visibleCards(Stage stage) {
        return visibleByStage.get(stage);
    }

    public ObservableList<BoardCard> allCards(Stage stage) {
        return cardsByStage.get(stage);
    }

    /** Lanes present among the visible cards, in order; one empty-named lane when swimlanes are off. */
    public List<String> lanes() {
        Swimlanes mode = swimlanes.get();
        return visibleByStage.values().stream().flatMap(List::stream).map(mode::laneOf)
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    public ObjectProperty<BoardFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<Swimlanes> swimlanesProperty() {
        return swimlanes;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObservableList<String> brands() {
        return brands;
    }

    public ObservableList<String> influencers() {
        return influencers;
    }

    public ObjectProperty<OptionalInt> wipLimitProperty(Stage stage) {
        return wipLimits.get(stage);
    }

    public void setWipLimit(Stage stage, int limit) {
        wipLimits.get(stage).set(limit > 0 ? OptionalInt.of(limit) : OptionalInt.empty());
        executor.execute(BackgroundTask.of("task.save.settings", () -> {
            settings.setWipLimit(stage, limit);
            return limit;
        }, null, null));
    }

    public boolean isOverWipLimit(Stage stage) {
        OptionalInt limit = wipLimits.get(stage).get();
        return limit.isPresent() && totals.get(stage).get() > limit.getAsInt();
    }

    /** How many cards the column holds, including any not read yet while the board loads. */
    public ReadOnlyIntegerProperty totalProperty(Stage stage) {
        return totals.get(stage);
    }

    public LocalDate today() {
        return today;
    }

    public BoardActions actions() {
        return actions;
    }

    public TaskExecutor executor() {
        return executor;
    }
}
