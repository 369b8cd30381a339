package com.mallboard.product.ui;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.ProductMerge;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The conflict dialog's state after a stale save: one {@link Row} per field both sides changed, each with the choice
 * "take theirs" (default: keep mine), and the fields settled without asking. Plain properties, no nodes.
 */
public final class ConflictViewModel {
    private final ProductMerge merge;
    private final Messages messages;
    private final Formats formats;
    private final List<Row> rows;

    /**
     * One field to decide: its label, their value with who changed it and when, and mine.
     * {@code takeTheirs} false keeps mine.
     */
    public record Row(String name, String label, String theirs, String author, String mine, BooleanProperty takeTheirs) {
    }

    public ConflictViewModel(ProductMerge merge, Messages messages, Formats formats) {
        this.merge = merge;
        this.messages = messages;
        this.formats = formats;
        this.rows = merge.conflicts().stream().map(field -> new Row(field.name(), messages.get(field.labelKey()),
                valueText(field.theirs()), authorText(field.author()), valueText(field.mine()),
                new SimpleBooleanProperty(false))).toList();
    }

    public List<Row> rows() {
        return rows;
    }

    /** "Someone else saved SKU · name while you were editing it." */
    public String heading() {
        Product stored = merge.stored();
        return messages.get("merge.heading", stored.sku(), stored.name());
    }

    /** The fields taken from theirs without asking, e.g. "가격, 체크리스트"; empty when none. */
    public String takenFromTheirs() {
        return labels(merge.theirsOnly());
    }

    /** The fields only I changed, kept without asking; empty when none. */
    public String keptMine() {
        return labels(merge.mineOnly());
    }

    public void keepAllMine() {
        rows.forEach(row -> row.takeTheirs().set(false));
    }

    public void takeAllTheirs() {
        rows.forEach(row -> row.takeTheirs().set(true));
    }

    /** The product to save: theirs, with mine where only I changed a field or the row says keep mine. */
    public ProductMerge.Resolved resolved() {
        Set<String> theirs = rows.stream().filter(row -> row.takeTheirs().get()).map(Row::name)
                .collect(Collectors.toSet());
        return merge.resolve(theirs);
    }

    /** The product as stored now: the merged result is saved against its version. */
    public Product stored() {
        return merge.stored();
    }

    /** True when the stored checklist differs from the one the editor shows (the editor reloads it). */
    public boolean checklistChanged() {
        return merge.theirsOnly().stream().anyMatch(field -> ProductMerge.CHECKLIST.equals(field.name()));
    }

    private String labels(List<ProductMerge.Field> fields) {
        return fields.stream().map(field -> messages.get(field.labelKey())).collect(Collectors.joining(", "));
    }

    private String authorText(ProductMerge.Author author) {
        if (author == null) {
            return "";
        }
        String who = author.who() == null || author.who().isBlank() ? messages.get("merge.author.unknown") : author.who();
        return messages.get("merge.author", who, formats.dateTime(author.when()));
    }

    private String valueText(Object value) {
        String text;
        if (value instanceof Collection<?> tags) {
            text = tags.stream().map(String::valueOf).collect(Collectors.joining(", "));
        } else if (value instanceof LocalDate date) {
            text = formats.date(date);
        } else if (value instanceof Number number) {
            text = NumberText.format(number);
        } else {
            text = value == null ? "" : value.toString();
        }
        return text.isBlank() ? messages.get("merge.value.empty") : text;
    }
}
