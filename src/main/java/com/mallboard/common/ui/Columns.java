package com.mallboard.common.ui;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Table columns the screens build the same way: text read off the row, or cells that draw the whole row. */
public final class Columns {
    private Columns() {
    }

    /** A column of {@code width} showing {@code text} of each row. */
    public static <S> TableColumn<S, String> text(String title, double width, Function<S, String> text) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    /** A column whose cells are given the whole row, for a cell factory that draws more than text. */
    public static <S> TableColumn<S, S> row(String title, double width) {
        TableColumn<S, S> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        return column;
    }

    /**
     * A column whose cells {@code draw} their row: called on every update, with {@code null} for an empty cell, so
     * that it clears what it set before.
     */
    public static <S> TableColumn<S, S> drawn(String title, double width, BiConsumer<TableCell<S, S>, S> draw) {
        TableColumn<S, S> column = row(title, width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(S row, boolean empty) {
                super.updateItem(row, empty);
                draw.accept(this, empty ? null : row);
            }
        });
        return column;
    }
}
