package com.mallboard.shipping;

import com.mallboard.sync.StoredOrder;
import java.util.List;

/** Finds stored orders by the mall's order id printed on the slip; two malls may use the same id. */
@FunctionalInterface
public interface OrderLookup {

    List<StoredOrder> byOrderId(String orderId);
}
