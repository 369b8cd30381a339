package com.mallboard.board;

import com.mallboard.common.Formats;
import com.mallboard.product.ChecklistProgress;
import com.mallboard.product.ChecklistRepository;
import com.mallboard.product.Product;
import com.mallboard.product.ProductRepository;
import com.mallboard.suggest.risk.LaunchRisk;
import com.mallboard.sync.ListingChip;
import com.mallboard.sync.OpenOrders;
import com.mallboard.workflow.StageGates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the cards of the board: products, their checklist progress, what blocks their next move, where they are
 * listed (one chip per mall), what of them waits to ship (open mall orders), whether their launch is at risk and how
 * many suggestions are open on them. Everything is read in a few bulk reads per load, never per card.
 */
public class BoardService {
    private final ProductRepository products;
    private final ChecklistRepository checklists;
    private final StageGates gates;
    private final Clock clock;
    private final CardExtras extras;

    /** A board without mall chips, orders, risk or suggestions. */
    public BoardService(ProductRepository products, ChecklistRepository checklists, StageGates gates, Clock clock) {
        this(products, checklists, gates, clock, CardExtras.NONE);
    }

    public BoardService(ProductRepository products, ChecklistRepository checklists, StageGates gates, Clock clock,
            ListingChips chips) {
        this(products, checklists, gates, clock, chips, OpenOrderCounts.NONE);
    }

    public BoardService(ProductRepository products, ChecklistRepository checklists, StageGates gates, Clock clock,
            ListingChips chips, OpenOrderCounts openOrders) {
        this(products, checklists, gates, clock,
                new CardExtras(chips, openOrders, LaunchRisks.NONE, SuggestionBadges.NONE));
    }

    public BoardService(ProductRepository products, ChecklistRepository checklists, StageGates gates, Clock clock,
            CardExtras extras) {
        this.products = products;
        this.checklists = checklists;
        this.gates = gates;
        this.clock = clock;
        this.extras = extras;
    }

    public List<BoardCard> loadCards() {
        LocalDate today = today();
        List<Product> active = products.findActive();
        Map<Long, ChecklistProgress> progress = checklists.progressByProduct(today);
        Extras read = new Extras(extras.chips().all(), extras.openOrders().all(), extras.risks().all(active), Map.of());
        return active.stream()
                .map(p -> card(p, progress.getOrDefault(p.id(), ChecklistProgress.NONE), read, today))
                .toList();
    }

    /**
     * The first cards of each column and the true column sizes: what the board shows within a fraction of a second
     * while {@link #loadCards()} reads everything.
     */
    public BoardPreview loadPreview(int cardsPerStage) {
        LocalDate today = today();
        List<Product> first = products.findActiveFirst(cardsPerStage);
        List<Long> ids = first.stream().map(Product::id).toList();
        Map<Long, ChecklistProgress> progress = checklists.progressOf(ids, today);
        Extras read = some(first, ids, false);
        List<BoardCard> cards = first.stream()
                .map(p -> card(p, progress.getOrDefault(p.id(), ChecklistProgress.NONE), read, today))
                .toList();
        return new BoardPreview(cards, products.countActiveByStage());
    }

    /** A fresh card for one product after it changed; empty once the product is in the trash or gone. */
    public Optional<BoardCard> findCard(long productId) {
        Optional<Product> product = products.find(productId).filter(p -> !p.inTrash());
        if (product.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = today();
        ChecklistProgress progress = checklists.progressOf(productId, today);
        return Optional.of(card(product.get(), progress, some(List.of(product.get()), List.of(productId), true),
                today));
    }

    /**
     * How many suggestions are open on each of these cards, for their badges. Asked after the cards show, not with
     * them: on a big board it takes seconds (every card's checklist, rules and learned history), and the first
     * question after start-up also reads and indexes the whole history.
     */
    public Map<Long, Integer> openSuggestions(Collection<Product> cards) {
        return cards.isEmpty() ? Map.of() : extras.suggestions().counts(cards);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.SEOUL));
    }

    private Extras some(Collection<Product> few, List<Long> ids, boolean withSuggestions) {
        return new Extras(extras.chips().of(ids), extras.openOrders().of(ids), extras.risks().of(few),
                withSuggestions ? openSuggestions(few) : Map.of());
    }

    private BoardCard card(Product product, ChecklistProgress progress, Extras read, LocalDate today) {
        long id = product.id();
        CardSignals signals = new CardSignals(read.risks().getOrDefault(id, LaunchRisk.NONE),
                read.suggestions().getOrDefault(id, 0));
        return BoardCard.of(product, progress, gates.problemsForNextStage(product, progress),
                read.chips().getOrDefault(id, List.of()), read.open().getOrDefault(id, OpenOrders.NONE), signals,
                today);
    }

    /** What the extras said about the cards of one load. */
    private record Extras(Map<Long, List<ListingChip>> chips, Map<Long, OpenOrders> open, Map<Long, LaunchRisk> risks,
            Map<Long, Integer> suggestions) {
    }
}
