package com.mallboard.board.ui;

import com.mallboard.board.BoardCard;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.product.ProductDetails;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One card. Cells are recycled by the list as it scrolls, so the nodes are built once and only their text changes;
 * that is what keeps 50,000 cards smooth.
 */
final class CardCell extends ListCell<BoardCard> {
    private static final int MAX_TAGS = 4;
    private static final double CARD_INSETS = 30;

    private final Messages messages;
    private final Formats formats;
    private final GateMessages gateMessages;
    private final LocalDate today;
    private final Label name = new Label();
    private final Label demoBadge = new Label("DEMO");
    private final Label identity = new Label();
    private final FlowPane tags = new FlowPane(4, 4);
    private final Label launch = new Label();
    private final Label aging = new Label();
    private final Label checklist = new Label();
    private final Label price = new Label();
    private final Label gate = new Label();
    private final VBox card;

    CardCell(Messages messages, Formats formats, LocalDate today) {
        this.messages = messages;
        this.formats = formats;
        this.gateMessages = new GateMessages(messages);
        this.today = today;
        name.getStyleClass().add("card-name");
        name.setWrapText(true);
        name.setMinWidth(0);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        demoBadge.getStyleClass().add("card-demo");
        demoBadge.setMinWidth(Region.USE_PREF_SIZE);
        identity.getStyleClass().add("card-identity");
        launch.setGraphic(new FontIcon("mdi2c-calendar-outline"));
        aging.setGraphic(new FontIcon("mdi2c-clock-outline"));
        checklist.setGraphic(new FontIcon("mdi2c-checkbox-marked-outline"));
        gate.setGraphic(new FontIcon("mdi2a-alert-outline"));
        gate.getStyleClass().add("card-gate");
        gate.setWrapText(true);
        gate.setMinHeight(Region.USE_PREF_SIZE);
        HBox title = new HBox(6, name, demoBadge);
        price.getStyleClass().add("card-fact");
        FlowPane facts = new FlowPane(10, 2, launch, aging, checklist, price);
        facts.getStyleClass().add("card-facts");
        // Flow panes report their height for their wrap length, so it must follow the cell's width or the list
        // underestimates tall cards and draws them over each other.
        tags.prefWrapLengthProperty().bind(widthProperty().subtract(CARD_INSETS));
        facts.prefWrapLengthProperty().bind(widthProperty().subtract(CARD_INSETS));
        card = new VBox(4, title, identity, tags, facts, gate);
        card.getStyleClass().add("card");
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
        demoBadge.setVisible(item.product().demo());
        demoBadge.setManaged(item.product().demo());
        identity.setText(joinPresent(" · ", d.sku(), d.brand(), d.influencer() == null ? null : "@" + d.influencer()));
        showTags(item);
        launch.setText(d.launchDate() == null ? "—" : formats.date(d.launchDate()));
        launch.getStyleClass().setAll("label", item.isOverdue(today) ? "card-overdue" : "card-fact");
        aging.setText(messages.get("board.card.days", item.daysInStage()));
        checklist.setText(item.checklist().done() + "/" + item.checklist().total());
        checklist.setVisible(item.checklist().total() > 0);
        checklist.setManaged(item.checklist().total() > 0);
        price.setText(Formats.won(d.priceWon()));
        price.setManaged(d.priceWon() != null);
        boolean blocked = !item.gateProblems().isEmpty();
        gate.setVisible(blocked);
        gate.setManaged(blocked);
        gate.setText(blocked ? messages.get("board.card.needs", gateMessages.fieldList(item.gateProblems())) : "");
        setTooltip(blocked ? new Tooltip(gateMessages.sentences(item.gateProblems())) : null);
        setGraphic(card);
    }

    private void showTags(BoardCard item) {
        List<String> all = item.product().tags().stream().sorted().toList();
        tags.getChildren().clear();
        all.stream().limit(MAX_TAGS).forEach(tag -> {
            Label chip = new Label(tag);
            chip.getStyleClass().add("tag-chip");
            tags.getChildren().add(chip);
        });
        if (all.size() > MAX_TAGS) {
            Label more = new Label("+" + (all.size() - MAX_TAGS));
            more.getStyleClass().add("tag-chip");
            tags.getChildren().add(more);
        }
        tags.setManaged(!all.isEmpty());
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
