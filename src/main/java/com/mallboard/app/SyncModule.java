package com.mallboard.app;

import com.mallboard.product.ProductOptionService;
import com.mallboard.product.ProductRepository;
import com.mallboard.product.ProductService;
import com.mallboard.product.WarehouseFactsRepository;
import com.mallboard.store.Database;
import com.mallboard.store.JooqListingRepository;
import com.mallboard.store.JooqMallRepository;
import com.mallboard.store.JooqOrderRepository;
import com.mallboard.store.JooqOutboxRepository;
import com.mallboard.store.JooqProductOptionRepository;
import com.mallboard.store.JooqWarehouseFactsRepository;
import com.mallboard.sync.CredentialStore;
import com.mallboard.sync.ListingService;
import com.mallboard.sync.MallGatewayFactory;
import com.mallboard.sync.MallSecrets;
import com.mallboard.sync.MallService;
import com.mallboard.sync.OrderService;
import com.mallboard.sync.Platform;
import com.mallboard.sync.SyncService;
import com.mallboard.sync.cafe24.Cafe24GatewayFactory;
import com.mallboard.sync.cafe24.Cafe24Settings;
import com.mallboard.sync.cafe24.Sleeper;
import com.mallboard.team.Role;
import com.mallboard.team.TeamRoles;
import java.time.Clock;
import java.util.Map;

/** The mall-sync part of the composition root: repositories, secrets and the services the screens use. */
public final class SyncModule {
    public static final String DRAIN_PROPERTY = "mallboard.cafe24.drainPerSecond";
    private final MallSecrets secrets;
    private final MallService malls;
    private final ListingService listings;
    private final OrderService orders;
    private final SyncService sync;
    private final ProductOptionService productOptions;
    private final WarehouseFactsRepository warehouseFacts;

    public SyncModule(Database database, ProductRepository products, ProductService productService, Clock clock,
            String currentUser, CredentialStore credentials, TeamRoles roles) {
        JooqMallRepository mallRepository = new JooqMallRepository(database.dsl(), clock);
        JooqListingRepository listingRepository = new JooqListingRepository(database.dsl(), clock);
        JooqOutboxRepository outbox = new JooqOutboxRepository(database.dsl(), clock);
        JooqOrderRepository orderRepository = new JooqOrderRepository(database.dsl(), roles.has(Role.WAREHOUSE));
        JooqProductOptionRepository options = new JooqProductOptionRepository(database.dsl(), clock);
        this.productOptions = new ProductOptionService(options, products, currentUser);
        this.warehouseFacts = new JooqWarehouseFactsRepository(database.dsl());
        this.secrets = new MallSecrets(credentials);
        Cafe24GatewayFactory cafe24 = new Cafe24GatewayFactory(secrets, Cafe24GatewayFactory.defaultHttpClientOnFirstUse(),
                cafe24Settings(), clock, Sleeper.real());
        Cafe24Settings demoSettings = cafe24Settings().withDrainPerSecond(DemoMallRuntime.DRAIN_PER_SECOND);
        Map<Platform, MallGatewayFactory> gateways = Map.of(Platform.CAFE24,
                mall -> mall.demo() ? cafe24.open(mall, demoSettings) : cafe24.open(mall));
        this.malls = new MallService(mallRepository, secrets, outbox);
        this.listings = new ListingService(listingRepository, mallRepository, products, options, productService,
                gateways);
        this.orders = new OrderService(orderRepository, mallRepository, clock, currentUser);
        this.sync = new SyncService(mallRepository, listingRepository, outbox, orderRepository, products, options,
                gateways, clock);
    }

    /**
     * Cafe24's own limits, unless {@value #DRAIN_PROPERTY} says otherwise: the demo mall can run on scaled time
     * (benchmarks, the crash test), and the client must pace itself to the bucket it really talks to.
     */
    static Cafe24Settings cafe24Settings() {
        String drain = System.getProperty(DRAIN_PROPERTY);
        return drain == null ? Cafe24Settings.defaults()
                : Cafe24Settings.defaults().withDrainPerSecond(Double.parseDouble(drain));
    }

    public MallSecrets secrets() {
        return secrets;
    }

    /** Product SKUs, locations, barcodes and option SKUs for shipment sheets, read per batch. */
    public WarehouseFactsRepository warehouseFacts() {
        return warehouseFacts;
    }

    public MallService malls() {
        return malls;
    }

    public ListingService listings() {
        return listings;
    }

    public OrderService orders() {
        return orders;
    }

    public SyncService sync() {
        return sync;
    }

    /** Product options live with the master product but matter only for malls, so they are wired here. */
    public ProductOptionService productOptions() {
        return productOptions;
    }
}
