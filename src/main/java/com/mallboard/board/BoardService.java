package com.mallboard.board;

import com.mallboard.common.Formats;
import com.mallboard.product.ChecklistProgress;
import com.mallboard.product.ChecklistRepository;
import com.mallboard.product.Product;
import com.mallboard.product.ProductRepository;
import com.mallboard.sync.ListingChip;
import com.mallboard.sync.OpenOrders;
import com.mallboard.workflow.StageGates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the cards of the board: products, their checklist progress, what blocks their next move, where they are
 * listed (one chip per mall) and what of them waits to ship (open mall orders).
 */
public class BoardService {
    private final ProductRepository products;
    private final ChecklistRepository checklists;
    private final StageGates gates;
    private final Clock clock;
    private final ListingChips chips;
    private final OpenOrderCounts openOrders;

    /** A board without mall chips or orders. */
    public BoardService(ProductRepository products, ChecklistRepository checklists, StageGates gates, Clock clock) {
        this(products, checklists, gates, clock, ListingChips.NONE);
    }

    public BoardService(ProductRepository products, ChecklistRepository checklists, StageGates gates, Clock clock,
            ListingChips chips) {
        this(products, checklists, gates, clock, chips, OpenOrderCounts.NONE);
    }

    public BoardService(ProductRepository products, ChecklistRepository checklists, StageGates gates, Clock clock,
            ListingChips chips, OpenOrderCounts openOrders) {
        this.products = products;
        this.checklists = checklists;
        this.gates = gates;
        this.clock = clock;
        this.chips = chips;
        this.openOrders = openOrders;
    }

    public List<BoardCard> loadCards() {
        LocalDate today = today();
        Map<Long, ChecklistProgress> progress = checklists.progressByProduct(today);
        Map<Long, List<ListingChip>> listed = chips.all();
        Map<Long, OpenOrders> open = openOrders.all();
        return products.findActive().stream()
                .map(p -> card(p, progress.getOrDefault(p.id(), ChecklistProgress.NONE), listed, open, today))
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
        Map<Long, List<ListingChip>> listed = chips.of(ids);
        Map<Long, OpenOrders> open = openOrders.of(ids);
        List<BoardCard> cards = first.stream()
                .map(p -> card(p, progress.getOrDefault(p.id(), ChecklistProgress.NONE), listed, open, today))
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
        List<Long> ids = List.of(productId);
        return Optional.of(card(product.get(), progress, chips.of(ids), openOrders.of(ids), today));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.SEOUL));
    }

    private BoardCard card(Product product, ChecklistProgress progress, Map<Long, List<ListingChip>> listed,
            Map<Long, OpenOrders> open, LocalDate today) {
        return BoardCard.of(product, progress, gates.problemsForNextStage(product, progress),
                listed.getOrDefault(product.id(), List.of()), open.getOrDefault(product.id(), OpenOrders.NONE), today);
    }
}
