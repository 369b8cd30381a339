package com.mallboard.shipping;

import com.mallboard.common.SettingsRepository;
import com.mallboard.product.ProductOption;
import com.mallboard.product.ProductRepository;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.OrderService;
import com.mallboard.sync.StoredOrder;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the packing screen needs from the rest of the app, in one place: a {@link PackingStation} over the catalogue as
 * it is now and the stored orders, and the courier each mall last shipped with at this bench (remembered in the
 * settings, because a bench ships with the same courier day after day). Every method reads or writes the store.
 */
public final class PackingBench {
    static final String COURIER_SETTING = "packing.courier.mall.";

    private final ProductRepository products;
    private final Supplier<Map<Long, List<ProductOption>>> allOptions;
    private final OrderService orders;
    private final SettingsRepository settings;
    private final Clock clock;
    private final String packer;

    public PackingBench(ProductRepository products, Supplier<Map<Long, List<ProductOption>>> allOptions, OrderService orders,
            SettingsRepository settings, Clock clock, String packer) {
        this.products = products;
        this.allOptions = allOptions;
        this.orders = orders;
        this.settings = settings;
        this.clock = clock;
        this.packer = packer;
    }

    /** Reads every product code once (see {@link CatalogCodes}) and opens a station shipping with {@code carrierCode}. */
    public PackingStation openStation(String carrierCode) {
        Map<Long, List<ProductOption>> options = allOptions.get();
        CatalogCodes codes = CatalogCodes.of(products.findActive(), id -> options.getOrDefault(id, List.of()));
        return new PackingStation(orders::findByOrderId, codes, new ShipmentRecorder(orders), clock, packer,
                carrierCode);
    }

    /** The couriers the order's mall lists, as last read from the mall. */
    public List<Carrier> carriers(StoredOrder order) {
        return orders.carriers(order);
    }

    /**
     * The courier to ship the order with until the packer picks another: the one last chosen for its mall when the
     * mall still lists it, else the mall's only courier; empty when there is no safe guess.
     */
    public Optional<Carrier> courierFor(StoredOrder order, List<Carrier> carriers) {
        Optional<String> remembered = settings.get(COURIER_SETTING + order.mallRef());
        Optional<Carrier> chosen = remembered.flatMap(code -> carriers.stream()
                .filter(c -> c.code().equals(code)).findFirst());
        return chosen.isPresent() || carriers.size() != 1 ? chosen : Optional.of(carriers.get(0));
    }

    public void rememberCourier(StoredOrder order, String carrierCode) {
        settings.put(COURIER_SETTING + order.mallRef(), carrierCode);
    }

    public String packer() {
        return packer;
    }
}
