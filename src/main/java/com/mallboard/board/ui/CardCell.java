package com.mallboard.board.ui;

import com.mallboard.board.BoardCard;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.Glyph;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.suggest.risk.LaunchRiskText;
import com.mallboard.sync.ListingChip;
import com.mallboard.sync.OpenOrders;
import com.mallboard.sync.ui.ListingStatusText;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * One card. Every card has the same height ({@link #HEIGHT}, set as the list's fixed cell size) and its five lines
 * are built once per cell and only change text as the list scrolls: the list then never measures cards, which keeps
 * opening and scrolling 50,000 cards smooth. Long text ends in "…"; the tooltip has the full gate messages. The mall
 * chips share the tags' line (right-aligned, each with its own tooltip), and the open-orders badge shares the
 * identity line the same way, so neither listing a product nor selling it ever makes a card taller. In the shipment
 * column, where packing orders is the work, the badge is emphasised. A card whose launch is at risk has a flame
 * after its name (the estimate in its tooltip), and one with open next-step suggestions a light bulb with their count.
 */
final class CardCell extends ListCell<BoardCard> {
    static final double HEIGHT = 128;
    private static final int MAX_TAGS = 3;
    private static final int MAX_MALL_CHIPS = 3;
    /** The cell's own left and right padding: the card takes the rest of the list's width. */
    private static final double CELL_INSETS = 6;
    private static final double ICON = 18;
    private static final double SMALL_ICON = 11;
    private static final double RISK_ICON = 14;

    private final Messages messages;
    private final Formats formats;
    private final GateMessages gateMessages;
    private final ListingStatusText listingText;
    private final LocalDate today;
    private final Label name = new Label();
    private final Label demoBadge = new Label("DEMO");
    private final Label risk = new Label(null, Glyph.of("mdi2f-fire", RISK_ICON));
    private final Tooltip riskTooltip = new Tooltip();
    private final Label suggestions = new Label(null, Glyph.of("mdi2l-lightbulb-on-outline", SMALL_ICON));
    private final Tooltip suggestionsTooltip = new Tooltip();
    private final LaunchRiskText riskText;
    private final Label identity = new Label();
    private final Label orders = new Label(null, Glyph.of("mdi2p-package-variant-closed", SMALL_ICON));
    private final Tooltip ordersTooltip = new Tooltip();
    private final HBox tags = new HBox(4);
    private final HBox malls = new HBox(3);
    private final Label launch = new Label();
    private final Label aging = new Label();
    private final Label checklist = new Label();
    private final Label price = new Label();
    private final Label gate = new Label();
    private final Node blockedIcon = Glyph.of("mdi2a-alert-outline", ICON);
    private final Node readyIcon = Glyph.of("mdi2c-check-circle-outline", ICON);
    private final HBox nameLine;
    private final HBox identityLine;
    private final HBox facts;
    private final VBox card;

    CardCell(Messages messages, Formats formats, LocalDate today) {
        this.messages = messages;
        this.formats = formats;
        this.gateMessages = new GateMessages(messages);
        this.listingText = new ListingStatusText(messages);
        this.today = today;
        this.riskText = new LaunchRiskText(messages);
        name.getStyleClass().add("card-name");
        name.setMinWidth(0);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        demoBadge.getStyleClass().add("card-demo");
        demoBadge.setMinWidth(Region.USE_PREF_SIZE);
        risk.setId("cardLaunchRisk");
        risk.getStyleClass().add("card-risk");
        risk.setMinWidth(Region.USE_PREF_SIZE);
        risk.setTooltip(riskTooltip);
        suggestions.setId("cardSuggestions");
        suggestions.getStyleClass().add("card-suggestions");
        suggestions.setMinWidth(Region.USE_PREF_SIZE);
        suggestions.setTooltip(suggestionsTooltip);
        identity.getStyleClass().add("card-identity");
        identity.setMinWidth(0);
        identity.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(identity, Priority.ALWAYS);
        orders.setId("cardOpenOrders");
        orders.setMinWidth(Region.USE_PREF_SIZE);
        orders.setTooltip(ordersTooltip);
        identityLine = new HBox(6, identity, orders);
        identityLine.setMinWidth(0);
        tags.setMinHeight(Region.USE_PREF_SIZE);
        tags.setMinWidth(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(tags.widthProperty());
        clip.heightProperty().bind(tags.heightProperty());
        tags.setClip(clip);
        HBox.setHgrow(tags, Priority.ALWAYS);
        malls.getStyleClass().add("card-malls");
        malls.setMinWidth(Region.USE_PREF_SIZE);
        malls.setMinHeight(Region.USE_PREF_SIZE);
        HBox tagLine = new HBox(6, tags, malls);
        tagLine.setMinWidth(0);
        // Tags give way to mall chips; in a very narrow column the chips are cut at the card's edge, never past it.
        Rectangle lineClip = new Rectangle();
        lineClip.widthProperty().bind(tagLine.widthProperty());
        lineClip.heightProperty().bind(tagLine.heightProperty());
        tagLine.setClip(lineClip);
        launch.setGraphic(Glyph.of("mdi2c-calendar-outline", ICON));
        aging.setGraphic(Glyph.of("mdi2c-clock-outline", ICON));
        checklist.setGraphic(Glyph.of("mdi2c-checkbox-marked-outline", ICON));
        price.getStyleClass().add("card-fact");
        // When a column is narrow the price gives way ("₩18,…"); the date and the days in stage stay whole.
        launch.setMinWidth(Region.USE_PREF_SIZE);
        aging.setMinWidth(Region.USE_PREF_SIZE);
        facts = new HBox(10, launch, aging, checklist, price);
        facts.getStyleClass().add("card-facts");
        facts.setMinWidth(0);
        gate.setMaxWidth(Double.MAX_VALUE);
        nameLine = new HBox(6, name, risk, suggestions, demoBadge);
        card = new VBox(4, nameLine, identityLine, tagLine, facts, gate);
        card.getStyleClass().add("card");
        // A cell lays its graphic out at the graphic's preferred width; tie that to the list's width so long names
        // and many tags end in "…" inside the card instead of pushing it past the column's edge.
        card.setMinWidth(0);
        card.prefWidthProperty().bind(widthProperty().subtract(CELL_INSETS));
        card.setMaxWidth(Region.USE_PREF_SIZE);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(BoardCard item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        ProductDetails d = item.product().details();
        name.setText(d.name());
        identity.setText(joinPresent(" · ", d.sku(), d.brand(), d.influencer() == null ? null : "@" + d.influencer()));
        showOrders(item);
        showSignals(item);
        showTags(item);
        showMalls(item);
        launch.setText(d.launchDate() == null ? "—" : formats.date(d.launchDate()));
        launch.getStyleClass().setAll("label", item.isOverdue(today) ? "card-overdue" : "card-fact");
        aging.setText(messages.get("board.card.days", item.daysInStage()));
        checklist.setText(item.checklist().done() + "/" + item.checklist().total());
        price.setText(Formats.won(d.priceWon()));
        showOnly(nameLine, name, item.isAtRisk() ? risk : null, item.openSuggestions() > 0 ? suggestions : null,
                item.product().demo() ? demoBadge : null);
        showOnly(identityLine, identity, item.openOrders().any() ? orders : null);
        showOnly(facts, launch, aging, item.checklist().total() > 0 ? checklist : null,
                d.priceWon() != null ? price : null);
        showGate(item);
        setGraphic(card);
    }

    /**
     * Puts on {@code line} only the parts that are shown (nulls are the hidden ones). A hidden part left in the card
     * would still be styled with it, and the first frame's 30 cards are most of a cold start's CSS work. The line is
     * only changed when its parts differ, so scrolling through alike cards re-adds nothing.
     */
    private static void showOnly(HBox line, Node... parts) {
        List<Node> shown = Arrays.stream(parts).filter(Objects::nonNull).toList();
        if (!line.getChildren().equals(shown)) {
            line.getChildren().setAll(shown);
        }
    }

    /** What the next stage still needs, or that the card is ready to move on. */
    private void showGate(BoardCard item) {
        boolean blocked = !item.gateProblems().isEmpty();
        boolean last = item.stage() == Stage.DONE;
        gate.setText(blocked ? gateMessages.cardLine(item.gateProblems())
                : last ? "" : messages.get("board.card.ready"));
        gate.setGraphic(blocked ? blockedIcon : last ? null : readyIcon);
        gate.getStyleClass().setAll("label", blocked ? "card-gate" : "card-ready");
        setTooltip(blocked ? new Tooltip(gateMessages.sentences(item.gateProblems())) : null);
    }

    /** "주문 3 · 5개": orders waiting to ship and their pieces; nothing when nothing waits. */
    private void showOrders(BoardCard item) {
        OpenOrders open = item.openOrders();
        if (open.any()) {
            orders.setText(messages.get("board.card.orders", open.orders(), open.quantity()));
            ordersTooltip.setText(messages.get("board.card.orders.tooltip", open.orders(), open.quantity()));
            orders.getStyleClass().setAll("label", "card-orders");
            if (item.stage() == Stage.SHIPMENT) {
                orders.getStyleClass().add("card-orders-due");
            }
        }
    }

    /** The launch-risk flame and the open-suggestions bulb (each shown only when there is something to say). */
    private void showSignals(BoardCard item) {
        boolean atRisk = item.isAtRisk();
        riskTooltip.setText(atRisk ? riskText.explain(item.signals().launchRisk()) : "");
        int open = item.openSuggestions();
        suggestions.setText(messages.get("board.card.suggestions", open));
        suggestionsTooltip.setText(messages.get("board.card.suggestions.tooltip", open));
    }

    private void showTags(BoardCard item) {
        List<String> all = item.product().tags().stream().sorted().toList();
        tags.getChildren().clear();
        all.stream().limit(MAX_TAGS).forEach(tag -> tags.getChildren().add(chip(tag)));
        if (all.size() > MAX_TAGS) {
            tags.getChildren().add(chip("+" + (all.size() - MAX_TAGS)));
        }
    }

    /** One chip per mall: short name, a status icon and colour, the status and problem in the tooltip. */
    private void showMalls(BoardCard item) {
        List<ListingChip> all = item.listings();
        malls.getChildren().clear();
        for (ListingChip listing : all.subList(0, Math.min(all.size(), MAX_MALL_CHIPS))) {
            Label chip = new Label(ListingStatusText.shortName(listing.mallName()),
                    Glyph.of(ListingStatusText.iconLiteral(listing.status()), SMALL_ICON));
            chip.getStyleClass().addAll("mall-chip", ListingStatusText.styleClass(listing.status()));
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.setTooltip(new Tooltip(listingText.tooltip(listing)));
            malls.getChildren().add(chip);
        }
        if (all.size() > MAX_MALL_CHIPS) {
            Label more = chip("+" + (all.size() - MAX_MALL_CHIPS));
            more.setTooltip(new Tooltip(all.subList(MAX_MALL_CHIPS, all.size()).stream().map(listingText::tooltip)
                    .collect(java.util.stream.Collectors.joining("\n"))));
            malls.getChildren().add(more);
        }
    }

    private static Label chip(String text) {
        Label chip = new Label(text);
        chip.getStyleClass().add("tag-chip");
        chip.setMinWidth(Region.USE_PREF_SIZE);
        return chip;
    }

    private static String joinPresent(String separator, String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                if (!text.isEmpty()) {
                    text.append(separator);
                }
                text.append(part);
            }
        }
        return text.toString();
    }
}
