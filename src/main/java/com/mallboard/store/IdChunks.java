package com.mallboard.store;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** Product ids in slices small enough to bind in one {@code IN (...)}: SQLite limits bound parameters. */
final class IdChunks {
    static final int SIZE = 500;

    private IdChunks() {
    }

    static void forEach(Collection<Long> productIds, Consumer<List<Integer>> read) {
        List<Integer> ids = productIds.stream().distinct().map(Long::intValue).toList();
        for (int start = 0; start < ids.size(); start += SIZE) {
            read.accept(ids.subList(start, Math.min(ids.size(), start + SIZE)));
        }
    }
}
