package com.mallboard.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {
    private final List<String> undone = new ArrayList<>();

    private UndoableChange change(String name) {
        return new UndoableChange() {
            @Override
            public String descriptionKey() {
                return name;
            }

            @Override
            public List<Long> productIds() {
                return List.of();
            }

            @Override
            public void undo() {
                undone.add(name);
            }
        };
    }

    @Test
    void onlyTheLastHundredChangesCanBeUndone() {
        UndoHistory history = new UndoHistory();
        for (int i = 1; i <= 105; i++) {
            history.record(change("change " + i));
        }

        while (history.canUndo()) {
            history.undoLast();
        }

        assertThat(undone).hasSize(100).startsWith("change 105").endsWith("change 6");
    }
}
