package com.mallboard.board.ui;

import com.mallboard.board.BoardFilter;
import com.mallboard.board.SavedFilter;
import com.mallboard.board.SavedFilterRepository;
import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.Dialogs;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/** Quick filter: free text, tag, brand, influencer, overdue, open orders, launch at risk; and named saved filters. */
final class FilterBar extends HBox {
    private final BoardViewModel model;
    private final SavedFilterRepository savedFilters;
    private final Messages messages;
    private final TextField search = new TextField();
    private final ComboBox<String> tag;
    private final ComboBox<String> brand;
    private final ComboBox<String> influencer;
    private final ToggleButton overdue;
    private final ToggleButton openOrders;
    private final ToggleButton atRisk;
    private final MenuButton saved;
    private boolean applying;

    FilterBar(BoardViewModel model, SavedFilterRepository savedFilters, Messages messages) {
        this.model = model;
        this.savedFilters = savedFilters;
        this.messages = messages;
        getStyleClass().add("filter-bar");
        search.setId("searchField");
        search.setPromptText(messages.get("board.filter.search"));
        HBox.setHgrow(search, Priority.ALWAYS);
        tag = choice("tagFilter", "board.filter.tag", model.tags());
        brand = choice("brandFilter", "board.filter.brand", model.brands());
        influencer = choice("influencerFilter", "board.filter.influencer", model.influencers());
        overdue = new ToggleButton(messages.get("board.filter.overdue"), new FontIcon("mdi2a-alarm"));
        overdue.setId("overdueToggle");
        openOrders = new ToggleButton(messages.get("board.filter.open.orders"),
                new FontIcon("mdi2p-package-variant-closed"));
        openOrders.setId("openOrdersToggle");
        openOrders.setTooltip(new javafx.scene.control.Tooltip(messages.get("board.filter.open.orders.tooltip")));
        atRisk = new ToggleButton(messages.get("board.filter.risk"), new FontIcon("mdi2f-fire"));
        atRisk.setId("atRiskToggle");
        atRisk.setTooltip(new javafx.scene.control.Tooltip(messages.get("board.filter.risk.tooltip")));
        Button clear = new Button(null, new FontIcon("mdi2f-filter-remove-outline"));
        clear.setId("clearFilter");
        clear.setTooltip(new javafx.scene.control.Tooltip(messages.get("board.filter.clear")));
        clear.setOnAction(e -> model.filterProperty().set(BoardFilter.NONE));
        saved = new MenuButton(messages.get("board.filter.saved"), new FontIcon("mdi2s-star-outline"));
        saved.setId("savedFilters");
        saved.getItems().add(saveItem());
        saved.setOnShowing(e -> reloadSaved());
        getChildren().addAll(search, tag, brand, influencer, overdue, openOrders, atRisk, clear, saved);
        search.textProperty().addListener((obs, old, text) -> publish());
        tag.valueProperty().addListener((obs, old, v) -> publish());
        brand.valueProperty().addListener((obs, old, v) -> publish());
        influencer.valueProperty().addListener((obs, old, v) -> publish());
        overdue.selectedProperty().addListener((obs, old, v) -> publish());
        openOrders.selectedProperty().addListener((obs, old, v) -> publish());
        atRisk.selectedProperty().addListener((obs, old, v) -> publish());
        model.filterProperty().addListener((obs, old, filter) -> show(filter));
    }

    private ComboBox<String> choice(String id, String promptKey, ObservableList<String> values) {
        ComboBox<String> box = new ComboBox<>(values);
        box.setId(id);
        box.setPromptText(messages.get(promptKey));
        box.setEditable(false);
        box.setPrefWidth(150);
        return box;
    }

    private void publish() {
        if (!applying) {
            model.filterProperty().set(new BoardFilter(search.getText(), tag.getValue(), brand.getValue(),
                    influencer.getValue(), overdue.isSelected(), openOrders.isSelected(), atRisk.isSelected()));
        }
    }

    /** Mirrors a filter set from elsewhere (a saved filter, "clear") into the controls without echoing back. */
    private void show(BoardFilter filter) {
        applying = true;
        try {
            if (!search.getText().equals(filter.text())) {
                search.setText(filter.text());
            }
            tag.setValue(filter.tag());
            brand.setValue(filter.brand());
            influencer.setValue(filter.influencer());
            overdue.setSelected(filter.overdueOnly());
            openOrders.setSelected(filter.openOrdersOnly());
            atRisk.setSelected(filter.atRiskOnly());
        } finally {
            applying = false;
        }
    }

    private void reloadSaved() {
        model.executor().execute(BackgroundTask.of("task.load.filters", savedFilters::all, this::showSaved, null));
    }

    private void showSaved(List<SavedFilter> filters) {
        saved.getItems().clear();
        for (SavedFilter filter : filters) {
            MenuItem item = new MenuItem(filter.name());
            item.setOnAction(e -> model.filterProperty().set(filter.filter()));
            saved.getItems().add(item);
        }
        if (!filters.isEmpty()) {
            saved.getItems().add(new SeparatorMenuItem());
        }
        saved.getItems().add(saveItem());
    }

    /** Always in the menu, so saving never waits for the saved filters to load. */
    private MenuItem saveItem() {
        MenuItem save = new MenuItem(messages.get("board.filter.save"));
        save.setId("saveFilterItem");
        save.setOnAction(e -> askNameAndSave());
        return save;
    }

    private void askNameAndSave() {
        BoardFilter current = model.filterProperty().get();
        Dialogs.askText(getScene().getWindow(), messages, messages.get("board.filter.save"),
                messages.get("board.filter.save.prompt"), "", "filterNameField")
                .filter(name -> !name.isBlank()).ifPresent(name ->
                model.executor().execute(BackgroundTask.of("task.save.filter", () -> {
                    savedFilters.save(new SavedFilter(name.strip(), current));
                    return name;
                }, null, null)));
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
