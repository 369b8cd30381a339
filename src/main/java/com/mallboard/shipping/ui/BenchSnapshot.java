package com.mallboard.shipping.ui;

import com.mallboard.shipping.PackLine;
import com.mallboard.shipping.PackResult;
import com.mallboard.shipping.PackingSession;
import com.mallboard.shipping.PackingStation;
import com.mallboard.shipping.StationReply;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.StoredOrder;
import java.util.List;

/**
 * What the screen shows after one input, read from the station on the background thread that ran the input, so the
 * FX thread never touches the station. {@code carriers} is {@code null} when the order on the bench did not change.
 */
record BenchSnapshot(StationReply reply, StoredOrder order, List<PackLine> lines, List<Carrier> carriers,
        Carrier courier) {

    static StoredOrder orderOn(PackingStation station) {
        return station.session().map(PackingSession::order).orElse(null);
    }

    static List<PackLine> linesOn(PackingStation station) {
        return station.packed().map(PackResult::lines)
                .orElseGet(() -> station.session().map(PackingSession::lines).orElse(List.of()));
    }
}
