package com.mallboard.shipping;

import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One order at the packing bench: each scan ticks off a unit of a line, or says loudly why it did not. The lines to
 * pack are those without a tracking number whose mall status is not a cancellation (Cafe24 {@code C..}), so an
 * order shipped in part packs only what is left. No clock, store or screen inside: what it needs is handed in.
 */
public final class PackingSession {
    private final StoredOrder order;
    private final CodeResolver codes;
    private final Clock clock;
    private final String packer;
    private final List<PackLine> lines;
    private PackResult result;

    private PackingSession(StoredOrder order, CodeResolver codes, Clock clock, String packer, List<PackLine> lines) {
        this.order = order;
        this.codes = codes;
        this.clock = clock;
        this.packer = packer;
        this.lines = lines;
    }

    /** Opens a session, or throws {@link PackRefusedException} with the reason the order must not be packed. */
    public static PackingSession start(StoredOrder order, CodeResolver codes, Clock clock, String packer) {
        refusal(order).ifPresent(r -> {
            throw new PackRefusedException(r);
        });
        List<PackLine> lines = new ArrayList<>();
        for (StoredOrderItem item : packable(order)) {
            lines.add(new PackLine(lines.size(), item, 0));
        }
        return new PackingSession(order, codes, clock, packer, lines);
    }

    /** Why the order must not be packed: canceled, nothing left to ship, or lines not matched to a product. */
    public static Optional<PackRefusal> refusal(StoredOrder order) {
        List<StoredOrderItem> unshipped = order.items().stream().filter(i -> i.trackingNo() == null).toList();
        boolean allCanceled = !order.items().isEmpty() && order.items().stream().allMatch(PackingSession::canceled);
        if (order.canceled() || allCanceled) {
            return Optional.of(new PackRefusal(PackRefusal.Reason.CANCELED, order.orderId()));
        }
        List<StoredOrderItem> packable = packable(order);
        if (unshipped.isEmpty() || packable.isEmpty()) {
            return Optional.of(new PackRefusal(PackRefusal.Reason.ALREADY_PACKED, order.orderId()));
        }
        if (packable.stream().anyMatch(i -> i.productId() == null)) {
            return Optional.of(new PackRefusal(PackRefusal.Reason.UNMATCHED_LINES, order.orderId()));
        }
        return Optional.empty();
    }

    private static List<StoredOrderItem> packable(StoredOrder order) {
        return order.items().stream().filter(i -> i.trackingNo() == null && !canceled(i)).toList();
    }

    private static boolean canceled(StoredOrderItem item) {
        return item.mallStatus() != null && item.mallStatus().startsWith("C");
    }

    /** Counts one scanned unit; the outcome says which line it went to, or why it went nowhere. */
    public ScanOutcome scan(String raw) {
        if (result != null) {
            throw new IllegalStateException("order " + order.orderId() + " is already packed");
        }
        Optional<String> normalized = ScanCodes.normalize(raw);
        if (normalized.isEmpty()) {
            return new ScanOutcome.Ignored();
        }
        String code = normalized.get();
        Optional<ScannedItem> scanned = codes.resolve(code);
        if (scanned.isEmpty()) {
            return new ScanOutcome.UnknownCode(code);
        }
        ScannedItem item = scanned.get();
        Optional<PackLine> open = lines.stream().filter(l -> !l.complete() && item.fits(l)).findFirst();
        if (open.isPresent()) {
            PackLine ticked = new PackLine(open.get().index(), open.get().item(), open.get().scanned() + 1);
            lines.set(ticked.index(), ticked);
            return allScanned() ? new ScanOutcome.OrderComplete(ticked) : new ScanOutcome.LineTicked(ticked);
        }
        return lines.stream().filter(item::fits).findFirst()
                .<ScanOutcome>map(ScanOutcome.LineAlreadyComplete::new)
                .orElseGet(() -> new ScanOutcome.WrongItem(code, item));
    }

    public boolean allScanned() {
        return lines.stream().allMatch(PackLine::complete);
    }

    /** Completes the order when every unit was scanned; otherwise {@link IllegalStateException}. */
    public PackResult complete() {
        if (!allScanned()) {
            throw new IllegalStateException("units are still missing in order " + order.orderId());
        }
        return finish(null, packer);
    }

    /**
     * Completes the order although units are missing (a torn label, a unit packed by hand); the reason and the person
     * who allowed it are kept in the result. A blank reason is refused with {@link IllegalArgumentException}.
     */
    public PackResult overrideComplete(String reason, String who) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an override needs a reason");
        }
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException("an override needs the name of who allowed it");
        }
        return finish(reason.strip(), who.strip());
    }

    private PackResult finish(String overrideReason, String who) {
        if (result != null) {
            throw new IllegalStateException("order " + order.orderId() + " is already packed");
        }
        result = new PackResult(order, lines, overrideReason, who, clock.instant());
        return result;
    }

    public StoredOrder order() {
        return order;
    }

    public List<PackLine> lines() {
        return List.copyOf(lines);
    }

    public int unitsScanned() {
        return lines.stream().mapToInt(PackLine::scanned).sum();
    }

    public int unitsNeeded() {
        return lines.stream().mapToInt(PackLine::needed).sum();
    }

    /** The result once completed. */
    public Optional<PackResult> result() {
        return Optional.ofNullable(result);
    }
}
