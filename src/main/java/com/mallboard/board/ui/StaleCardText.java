package com.mallboard.board.ui;

import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.ProductField;
import java.util.ArrayList;
import java.util.List;

/** Says what someone else changed on a card between the board reading it and the user acting on it. */
final class StaleCardText {
    private final Messages messages;

    StaleCardText(Messages messages) {
        this.messages = messages;
    }

    /** A move that was refused: "‘name’ was not moved: someone else changed it (stage 소싱 → 라벨링, 재고)…". */
    String moveRefused(Product seen, Product stored) {
        return stored == null ? messages.get("board.stale.deleted", seen.name())
                : messages.get("board.stale.move", seen.name(), changes(seen, stored));
    }

    /** An undo that was refused because the product was saved again after the change being undone. */
    String undoRefused(Product seen, Product stored) {
        return stored == null ? messages.get("board.stale.deleted", seen.name())
                : messages.get("board.stale.undo", seen.name(), changes(seen, stored));
    }

    /** The changed things, comma-separated: the stage first, then the trash, then fields and tags by label. */
    String changes(Product seen, Product stored) {
        List<String> parts = new ArrayList<>();
        if (seen.stage() != stored.stage()) {
            parts.add(messages.get("board.stale.change.stage", messages.get(seen.stage().messageKey()),
                    messages.get(stored.stage().messageKey())));
        }
        if (seen.inTrash() != stored.inTrash()) {
            parts.add(messages.get("board.stale.change.trash"));
        }
        for (ProductField field : ProductField.values()) {
            if (field.differs(seen.details(), stored.details())) {
                parts.add(messages.get(field.messageKey()));
            }
        }
        if (!seen.tags().equals(stored.tags())) {
            parts.add(messages.get("field.tags"));
        }
        if (parts.isEmpty()) {
            parts.add(messages.get("board.stale.change.other"));
        }
        return String.join(", ", parts);
    }
}
