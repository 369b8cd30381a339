package com.mallboard.shipping.tracking;

import com.mallboard.sync.Carrier;
import com.mallboard.sync.OpenOrders;
import com.mallboard.sync.OrderService;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks one row against the stored orders: the order exists in exactly one mall, is not canceled, still has lines
 * to ship, and its mall lists the courier. Each mall's couriers are read once per preview.
 */
final class RowChecker {
    private final OrderService orders;
    private final Courier chosen;
    private final Map<Integer, ImportRow> fileProblems;
    private final Map<Long, List<Carrier>> carriers = new HashMap<>();

    RowChecker(OrderService orders, Courier chosen, Map<Integer, ImportRow> fileProblems) {
        this.orders = orders;
        this.chosen = chosen;
        this.fileProblems = fileProblems;
    }

    ImportRow check(SheetLine line) {
        if (line.orderId().isEmpty()) {
            return refuse(line, RowProblem.MISSING_ORDER_ID, "");
        }
        if (line.trackingNo().isEmpty()) {
            return refuse(line, RowProblem.MISSING_TRACKING, "");
        }
        if (!OrderService.isValidTrackingNumber(line.trackingNo())) {
            return refuse(line, RowProblem.BAD_TRACKING, line.rawTracking());
        }
        if (fileProblems.containsKey(line.sheetRow())) {
            return fileProblems.get(line.sheetRow());
        }
        List<StoredOrder> found = orders.findByOrderId(line.orderId());
        if (found.isEmpty()) {
            return refuse(line, RowProblem.UNKNOWN_ORDER, line.orderId());
        }
        if (found.size() > 1) {
            return refuse(line, RowProblem.AMBIGUOUS_ORDER,
                    found.stream().map(StoredOrder::mallName).collect(Collectors.joining(", ")));
        }
        StoredOrder order = found.get(0);
        if (order.canceled()) {
            return refuse(line, RowProblem.CANCELED_ORDER, line.orderId());
        }
        return linesToShip(line, order);
    }

    private ImportRow linesToShip(SheetLine line, StoredOrder order) {
        List<StoredOrderItem> named = line.itemCode().isEmpty() ? order.items()
                : order.items().stream().filter(i -> i.itemCode().equalsIgnoreCase(line.itemCode())).toList();
        if (named.isEmpty()) {
            return refuse(line, RowProblem.UNKNOWN_ITEM, line.itemCode());
        }
        List<String> open = named.stream().filter(i -> i.trackingNo() == null && !canceledAtMall(i))
                .map(StoredOrderItem::itemCode).toList();
        if (open.isEmpty()) {
            Optional<String> shipped = named.stream().map(StoredOrderItem::trackingNo).filter(t -> t != null)
                    .findFirst();
            if (shipped.isEmpty()) {
                return refuse(line, RowProblem.CANCELED_ORDER, line.orderId());
            }
            return shipped.get().equals(line.trackingNo()) ? refuse(line, RowProblem.ALREADY_SHIPPED, shipped.get())
                    : refuse(line, RowProblem.SHIPPED_OTHER_NUMBER, shipped.get());
        }
        return withCarrier(line, order, open);
    }

    private ImportRow withCarrier(SheetLine line, StoredOrder order, List<String> itemCodes) {
        Optional<Courier> courier = line.courierText().isEmpty() ? Optional.of(chosen) : Courier.named(line.courierText());
        if (courier.isEmpty()) {
            return refuse(line, RowProblem.UNKNOWN_COURIER, line.courierText());
        }
        List<Carrier> offered = carriers.computeIfAbsent(order.mallRef(), mall -> orders.carriers(order));
        if (offered.isEmpty()) {
            return refuse(line, RowProblem.NO_CARRIERS, order.mallName());
        }
        Optional<Carrier> carrier = offered.stream().filter(c -> courier.get().matches(c.name())).findFirst();
        if (carrier.isEmpty()) {
            return refuse(line, RowProblem.COURIER_NOT_OFFERED,
                    courier.get().displayName() + " · " + order.mallName());
        }
        return ImportRow.ok(line.sheetRow(), line.orderId(), line.trackingNo(), order, carrier.get(), itemCodes);
    }

    private static boolean canceledAtMall(StoredOrderItem item) {
        return item.mallStatus() != null && item.mallStatus().startsWith(OpenOrders.CANCELED_LINE_STATUS_PREFIX);
    }

    private static ImportRow refuse(SheetLine line, RowProblem problem, String detail) {
        return ImportRow.refused(line.sheetRow(), line.orderId(), line.trackingNo(), problem, detail);
    }
}
