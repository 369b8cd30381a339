package com.mallboard.shipping;

import com.mallboard.sync.InvalidSyncInputException;
import com.mallboard.sync.StoredOrder;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The packing bench driven from the scanner alone: scan an order barcode to start, scan every unit, and once the
 * last unit is in (or a supervisor overrode), scan the parcel's tracking number to record the shipment and queue it
 * for the mall; then the next order. Every input gets a {@link StationReply} the screen shows and sounds.
 */
public final class PackingStation {
    private final OrderLookup orders;
    private final CodeResolver codes;
    private final ShipmentRecorder shipments;
    private final Clock clock;
    private final String packer;
    private String carrierCode;
    private StationState state = StationState.WAITING_FOR_ORDER;
    private PackingSession session;
    private PackResult packed;

    /** {@code carrierCode} is the courier the bench ships with until {@link #selectCourier} says otherwise. */
    public PackingStation(OrderLookup orders, CodeResolver codes, ShipmentRecorder shipments, Clock clock,
            String packer, String carrierCode) {
        this.orders = orders;
        this.codes = codes;
        this.shipments = shipments;
        this.clock = clock;
        this.packer = packer;
        this.carrierCode = carrierCode;
    }

    /** One line the scanner typed (or the packer typed and ended with Enter). */
    public StationReply accept(String raw) {
        Optional<String> normalized = ScanCodes.normalize(raw);
        if (normalized.isEmpty()) {
            return StationReply.of(state, Feedback.NONE, "pack.scan.ignored");
        }
        String code = normalized.get();
        return switch (state) {
            case WAITING_FOR_ORDER -> startOrder(code);
            case PACKING -> packItem(code);
            case WAITING_FOR_TRACKING -> recordTracking(code);
        };
    }

    private StationReply startOrder(String code) {
        if (!ScanCodes.isOrderId(code)) {
            return StationReply.of(state, Feedback.ERROR, "pack.station.scan.order", code);
        }
        List<StoredOrder> found = orders.byOrderId(code);
        if (found.size() != 1) {
            PackRefusal.Reason reason = found.isEmpty() ? PackRefusal.Reason.NOT_FOUND : PackRefusal.Reason.AMBIGUOUS;
            return refused(new PackRefusal(reason, code));
        }
        try {
            session = PackingSession.start(found.get(0), codes, clock, packer);
        } catch (PackRefusedException e) {
            return refused(e.refusal());
        }
        state = StationState.PACKING;
        return StationReply.of(state, Feedback.OK, "pack.station.order.started", code,
                String.valueOf(session.unitsNeeded()));
    }

    private StationReply refused(PackRefusal refusal) {
        return StationReply.of(state, Feedback.ERROR, refusal.messageKey(), refusal.orderId());
    }

    private StationReply packItem(String code) {
        if (ScanCodes.isOrderId(code)) {
            String current = session.order().orderId();
            return current.equals(code)
                    ? StationReply.of(state, Feedback.WARNING, "pack.station.order.same", current)
                    : StationReply.of(state, Feedback.ERROR, "pack.station.order.in.progress", current);
        }
        ScanOutcome outcome = session.scan(code);
        if (outcome instanceof ScanOutcome.OrderComplete) {
            packed = session.complete();
            state = StationState.WAITING_FOR_TRACKING;
        }
        return new StationReply(state, outcome.feedback(), outcome.messageKey(), argsOf(outcome), outcome);
    }

    private static List<String> argsOf(ScanOutcome outcome) {
        if (outcome instanceof ScanOutcome.LineTicked t) {
            return lineArgs(t.line());
        } else if (outcome instanceof ScanOutcome.OrderComplete c) {
            return lineArgs(c.line());
        } else if (outcome instanceof ScanOutcome.LineAlreadyComplete o) {
            return lineArgs(o.line());
        } else if (outcome instanceof ScanOutcome.WrongItem w) {
            return List.of(w.code());
        } else if (outcome instanceof ScanOutcome.UnknownCode u) {
            return List.of(u.code());
        }
        return List.of();
    }

    private static List<String> lineArgs(PackLine line) {
        String option = line.item().optionName() == null ? "" : " (" + line.item().optionName() + ")";
        return List.of(line.item().productName() + option, String.valueOf(line.scanned()),
                String.valueOf(line.needed()));
    }

    private StationReply recordTracking(String code) {
        if (ScanCodes.isOrderId(code) || codes.resolve(code).isPresent()) {
            return StationReply.of(state, Feedback.WARNING, "pack.station.scan.tracking", packed.order().orderId());
        }
        try {
            shipments.record(packed, code, carrierCode);
        } catch (InvalidSyncInputException e) {
            return StationReply.of(state, Feedback.ERROR, e.messageKey());
        }
        String orderId = packed.order().orderId();
        reset();
        return StationReply.of(state, Feedback.OK, "pack.station.shipped", code, orderId);
    }

    /**
     * Completes the order at the bench without every unit scanned (see {@link PackingSession#overrideComplete});
     * a blank reason is refused with a reply and changes nothing.
     */
    public StationReply overrideComplete(String reason, String who) {
        if (state != StationState.PACKING) {
            return StationReply.of(state, Feedback.ERROR, "pack.station.nothing.to.complete");
        }
        if (reason == null || reason.isBlank() || who == null || who.isBlank()) {
            return StationReply.of(state, Feedback.ERROR, "pack.override.reason.missing");
        }
        packed = session.overrideComplete(reason, who);
        state = StationState.WAITING_FOR_TRACKING;
        return StationReply.of(state, Feedback.WARNING, "pack.station.overridden", session.order().orderId(),
                packed.overrideReason());
    }

    /** Puts the order back (Esc): nothing is recorded and it can be scanned again. */
    public StationReply abandon() {
        String orderId = session == null ? "" : session.order().orderId();
        reset();
        return StationReply.of(state, Feedback.WARNING, "pack.station.abandoned", orderId);
    }

    private void reset() {
        session = null;
        packed = null;
        state = StationState.WAITING_FOR_ORDER;
    }

    public void selectCourier(String code) {
        this.carrierCode = code;
    }

    public String carrierCode() {
        return carrierCode;
    }

    public StationState state() {
        return state;
    }

    /** The order on the bench, while packing or waiting for its tracking number. */
    public Optional<PackingSession> session() {
        return Optional.ofNullable(session);
    }

    /** The packed order waiting for its tracking number. */
    public Optional<PackResult> packed() {
        return Optional.ofNullable(packed);
    }
}
