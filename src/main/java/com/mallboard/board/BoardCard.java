package com.mallboard.board;

import com.mallboard.product.ChecklistProgress;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.sync.ListingChip;
import com.mallboard.sync.OpenOrders;
import com.mallboard.workflow.GateProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a card on the board shows, computed once when the board loads so scrolling and filtering stay cheap.
 * {@code searchText} is everything the quick filter matches against, in lower case. {@code listings} has one chip
 * per mall the product is listed on; {@code openOrders} is what of the product waits to ship; {@code signals} are
 * its launch risk and open suggestions.
 */
public record BoardCard(Product product, ChecklistProgress checklist, List<GateProblem> gateProblems,
        long daysInStage, String searchText, List<ListingChip> listings, OpenOrders openOrders, CardSignals signals) {

    public BoardCard {
        gateProblems = List.copyOf(gateProblems);
        listings = List.copyOf(listings);
        openOrders = openOrders == null ? OpenOrders.NONE : openOrders;
        signals = signals == null ? CardSignals.NONE : signals;
    }

    /** A card listed on no mall. */
    public static BoardCard of(Product product, ChecklistProgress checklist, List<GateProblem> gateProblems,
            LocalDate today) {
        return of(product, checklist, gateProblems, List.of(), today);
    }

    /** A card without open orders. */
    public static BoardCard of(Product product, ChecklistProgress checklist, List<GateProblem> gateProblems,
            List<ListingChip> listings, LocalDate today) {
        return of(product, checklist, gateProblems, listings, OpenOrders.NONE, today);
    }

    /** A card without launch risk or suggestions. */
    public static BoardCard of(Product product, ChecklistProgress checklist, List<GateProblem> gateProblems,
            List<ListingChip> listings, OpenOrders openOrders, LocalDate today) {
        return of(product, checklist, gateProblems, listings, openOrders, CardSignals.NONE, today);
    }

    public static BoardCard of(Product product, ChecklistProgress checklist, List<GateProblem> gateProblems,
            List<ListingChip> listings, OpenOrders openOrders, CardSignals signals, LocalDate today) {
        LocalDate entered = product.stageEnteredAt().atZone(com.mallboard.common.Formats.SEOUL).toLocalDate();
        long days = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(entered, today));
        return new BoardCard(product, checklist, gateProblems, days, searchTextOf(product), listings, openOrders,
                signals);
    }

    private static String searchTextOf(Product p) {
        var d = p.details();
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {d.sku(), d.name(), d.brand(), d.influencer(), d.category(), d.supplier(),
                d.barcode()}) {
            if (part != null) {
                text.append(part).append(' ');
            }
        }
        p.tags().forEach(tag -> text.append('#').append(tag).append(' '));
        return text.toString().toLowerCase(Locale.ROOT);
    }

    public long id() {
        return product.id();
    }

    public Stage stage() {
        return product.stage();
    }

    public boolean hasOpenOrders() {
        return openOrders.any();
    }

    /** The remaining stages typically take longer than the days left before launch (or a campaign date). */
    public boolean isAtRisk() {
        return signals.atRisk();
    }

    public int openSuggestions() {
        return signals.openSuggestions();
    }

    /** The same card with its suggestion badge, which arrives after the cards. */
    public BoardCard withOpenSuggestions(int count) {
        return count == signals.openSuggestions() ? this : new BoardCard(product, checklist, gateProblems, daysInStage,
                searchText, listings, openOrders, new CardSignals(signals.launchRisk(), count));
    }

    public boolean isOverdue(LocalDate today) {
        LocalDate launch = product.details().launchDate();
        boolean launchPassed = launch != null && launch.isBefore(today) && product.stage() != Stage.DONE;
        return checklist.hasOverdue() || launchPassed;
    }
}
