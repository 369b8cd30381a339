package com.mallboard.store;

import static com.mallboard.store.generated.Tables.PRODUCT;

import com.mallboard.board.BoardActions;
import com.mallboard.board.BoardService;
import com.mallboard.board.CardExtras;
import com.mallboard.board.LaunchRisks;
import com.mallboard.board.SuggestionBadges;
import com.mallboard.board.BoardSettings;
import com.mallboard.board.ListingChips;
import com.mallboard.board.OpenOrderCounts;
import com.mallboard.board.UndoHistory;
import com.mallboard.product.Gtin;
import com.mallboard.product.NewProduct;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import com.mallboard.suggest.risk.LaunchRiskService;
import com.mallboard.product.WalkedProduct;
import com.mallboard.workflow.StageGates;
import com.mallboard.workflow.WorkflowService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * A real, Flyway-migrated SQLite database in a temp folder with every repository and service wired as the app wires
 * them, on a {@link TestClock} that only moves when a test says so. Use one per test (with {@code @TempDir}).
 */
public final class TestStore {
    /** The person at the screen in every test. */
    public static final String USER = "minji";

    private final Database database;
    private final TestClock clock;
    private final JooqProductRepository productRepository;
    private final JooqChecklistRepository checklistRepository;
    private final JooqSettingsRepository settings;
    private final JooqSavedFilterRepository savedFilters;
    private final StageGates gates = StageGates.defaults();
    private final ProductService products;
    private final WorkflowService workflow;
    private final BoardService board;
    private final UndoHistory undoHistory = new UndoHistory();
    private final BoardActions boardActions;
    private final BoardSettings boardSettings;
    private final JooqMallRepository malls;
    private final JooqListingRepository listings;
    private final JooqOutboxRepository outbox;
    private final JooqOrderRepository orders;
    private final JooqProductOptionRepository options;
    private final LaunchRiskService launchRisk;
    private final CardExtras cardExtras;

    private TestStore(Database database, TestClock clock) {
        this.clock = clock;
        this.database = database;
        this.productRepository = new JooqProductRepository(database.dsl(), clock);
        this.checklistRepository = new JooqChecklistRepository(database.dsl(), clock);
        this.settings = new JooqSettingsRepository(database.dsl());
        this.savedFilters = new JooqSavedFilterRepository(database.dsl());
        this.products = new ProductService(productRepository, checklistRepository, clock, USER);
        this.workflow = new WorkflowService(productRepository, checklistRepository, gates, clock, USER);
        this.boardActions = new BoardActions(products, workflow, undoHistory);
        this.boardSettings = new BoardSettings(settings);
        this.malls = new JooqMallRepository(database.dsl(), clock);
        this.listings = new JooqListingRepository(database.dsl(), clock);
        this.outbox = new JooqOutboxRepository(database.dsl(), clock);
        this.orders = new JooqOrderRepository(database.dsl());
        this.options = new JooqProductOptionRepository(database.dsl(), clock);
        this.launchRisk = new LaunchRiskService(new JooqStageHistory(database.dsl()), clock);
        this.cardExtras = new CardExtras(ListingChips.of(listings::allChips, listings::chipsOf),
                OpenOrderCounts.of(orders::openOrders, orders::openOrdersOf),
                LaunchRisks.of(launchRisk::atRiskAmong, launchRisk::atRiskAmongFew), SuggestionBadges.NONE);
        this.board = new BoardService(productRepository, checklistRepository, gates, clock, cardExtras);
    }

    public static TestStore open(Path folder) {
        return new TestStore(TestDatabases.open(folder), new TestClock());
    }

    public static TestStore open(Path folder, TestClock clock) {
        return new TestStore(TestDatabases.open(folder), clock);
    }

    /** The folder's local SQLite file, even in the PostgreSQL pass (a store about to move to a server, say). */
    public static TestStore onLocalFile(Path folder) {
        return new TestStore(Database.open(folder), new TestClock());
    }

    /** Services wired over {@code database}: a second desktop on a store another TestStore opened. */
    public static TestStore over(Database database) {
        return new TestStore(database, new TestClock());
    }

    /**
     * Details that pass every gate of {@link StageGates#defaults()}, all the way to done: a Korean sunscreen with a
     * valid EAN-13, complete label lines and everything ordered already shipped.
     */
    public static ProductDetails completeDetails(String sku) {
        return ProductDetails.builder()
                .sku(sku)
                .name("토리든 다이브인 선크림")
                .brand("Torriden")
                .influencer("뷰티소라")
                .category("sunscreen")
                .launchDate(LocalDate.of(2027, 3, 2))
                .priceWon(28_000L)
                .costWon(9_500L)
                .supplier("코스맥스")
                .orderQuantity(1_000)
                .shippedQuantity(1_000)
                .barcode(Gtin.ean13("880123456789"))
                .capacity("50ml")
                .manufacturer("코스맥스(주)")
                .responsibleSeller("(주)토리든")
                .usagePeriod("제조일로부터 36개월")
                .ingredients("정제수, 부틸렌글라이콜, 나이아신아마이드")
                .build();
    }

    /** A new planning card with just SKU and name, created the way the "new product" dialog creates it. */
    public Product createDraft(String sku, String name) {
        return products.create(ProductDetails.of(sku, name), Set.of());
    }

    /** A product put straight into {@code stage} (as the demo catalogue and imports do), entering it now. */
    public Product createAt(Stage stage, ProductDetails details, String... tags) {
        return productRepository.create(new NewProduct(details, Set.of(tags), stage, false, clock.instant()), USER);
    }

    /**
     * A completed product that went through planning to shipment, entering one stage every {@code daysPerStage}
     * days from {@code start}, with {@code actionsByStage} (stage, title, stage, title, ...) all done.
     */
    public Product createCompleted(String sku, Instant start, int daysPerStage, Set<String> tags,
            Object... actionsByStage) {
        List<WalkedProduct.StageEntry> entries = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            entries.add(new WalkedProduct.StageEntry(stage, start.plus(Duration.ofDays((long) daysPerStage
                    * stage.ordinal()))));
        }
        List<WalkedProduct.PastAction> actions = new ArrayList<>();
        for (int i = 0; i < actionsByStage.length; i += 2) {
            actions.add(new WalkedProduct.PastAction((String) actionsByStage[i + 1], (Stage) actionsByStage[i], true));
        }
        Instant done = entries.get(entries.size() - 1).at();
        productRepository.createWalked(List.of(new WalkedProduct(
                new NewProduct(completeDetails(sku), tags, Stage.DONE, false, done), entries, actions)), USER);
        return reloadSku(sku);
    }

    public Product reloadSku(String sku) {
        return reload(database.dsl().select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.SKU.eq(sku)).fetchSingle().value1());
    }

    /** The product as it is stored now. */
    public Product reload(Product product) {
        return reload(product.id());
    }

    public Product reload(long productId) {
        return productRepository.find(productId).orElseThrow();
    }

    public int rowCount(Table<?> table) {
        return database.dsl().fetchCount(table);
    }

    public Database database() {
        return database;
    }

    public DSLContext dsl() {
        return database.dsl();
    }

    public TestClock clock() {
        return clock;
    }

    public JooqProductRepository productRepository() {
        return productRepository;
    }

    public JooqChecklistRepository checklistRepository() {
        return checklistRepository;
    }

    public JooqSettingsRepository settings() {
        return settings;
    }

    public JooqSavedFilterRepository savedFilters() {
        return savedFilters;
    }

    public StageGates gates() {
        return gates;
    }

    public ProductService products() {
        return products;
    }

    public WorkflowService workflow() {
        return workflow;
    }

    public BoardService board() {
        return board;
    }

    /** The board as {@link #board()} wires it, with {@code badges} counting the open suggestions of its cards. */
    public BoardService board(SuggestionBadges badges) {
        return new BoardService(productRepository, checklistRepository, gates, clock,
                cardExtras.withSuggestions(badges));
    }

    public LaunchRiskService launchRisk() {
        return launchRisk;
    }

    public UndoHistory undoHistory() {
        return undoHistory;
    }

    public BoardActions boardActions() {
        return boardActions;
    }

    public BoardSettings boardSettings() {
        return boardSettings;
    }

    public JooqMallRepository malls() {
        return malls;
    }

    public JooqListingRepository listings() {
        return listings;
    }

    public JooqOutboxRepository outbox() {
        return outbox;
    }

    public JooqOrderRepository orders() {
        return orders;
    }

    public JooqProductOptionRepository options() {
        return options;
    }
}
