package com.mallboard.shipping;

import com.mallboard.sync.StoredOrder;
import java.time.Instant;
import java.util.List;

/**
 * A packed order: its lines with the units scanned, who completed it and when, and the override reason when it was
 * completed without every unit scanned ({@code null} otherwise).
 */
public record PackResult(StoredOrder order, List<PackLine> lines, String overrideReason, String who, Instant at) {

    public PackResult {
        lines = List.copyOf(lines);
    }

    public boolean overridden() {
        return overrideReason != null;
    }

    /** The mall's item codes of the packed lines: what the tracking number is recorded for. */
    public List<String> itemCodes() {
        return lines.stream().map(l -> l.item().itemCode()).toList();
    }
}
