package com.mallboard.app;

import com.mallboard.backup.BackupService;
import com.mallboard.backup.BackupSettings;
import com.mallboard.board.BoardActions;
import com.mallboard.board.BoardChanges;
import com.mallboard.board.BoardService;
import com.mallboard.board.BoardSettings;
import com.mallboard.board.CardExtras;
import com.mallboard.board.FirstLoad;
import com.mallboard.board.LaunchRisks;
import com.mallboard.board.ListingChips;
import com.mallboard.board.OpenOrderCounts;
import com.mallboard.board.SavedFilterRepository;
import com.mallboard.board.SuggestionBadges;
import com.mallboard.board.UndoHistory;
import com.mallboard.common.Messages;
import com.mallboard.common.SettingsRepository;
import com.mallboard.demo.DemoCatalogue;
import com.mallboard.product.ChecklistRepository;
import com.mallboard.product.ProductRepository;
import com.mallboard.product.ProductService;
import com.mallboard.product.WarehouseLocations;
import com.mallboard.product.importing.ProductImport;
import com.mallboard.report.FilterChoices;
import com.mallboard.report.ProductSheet;
import com.mallboard.report.ReportCatalogue;
import com.mallboard.report.ReportExport;
import com.mallboard.report.ReportSheet;
import com.mallboard.report.Reports;
import com.mallboard.report.XlsxTableWriter;
import com.mallboard.report.malls.MallsSheet;
import com.mallboard.report.orders.OrdersSheet;
import com.mallboard.report.pipeline.PipelineSheet;
import com.mallboard.report.pipeline.StageHistorySheet;
import com.mallboard.report.sales.SalesSheet;
import com.mallboard.shipping.PackingBench;
import com.mallboard.shipping.tracking.ColumnMappings;
import com.mallboard.shipping.tracking.TrackingImport;
import com.mallboard.store.Database;
import com.mallboard.store.JooqChecklistRepository;
import com.mallboard.store.JooqExportLog;
import com.mallboard.store.JooqPersonalDataRepository;
import com.mallboard.store.JooqProductRepository;
import com.mallboard.store.JooqSavedFilterRepository;
import com.mallboard.store.JooqSettingsRepository;
import com.mallboard.store.JooqStageHistory;
import com.mallboard.store.JooqPastProductRepository;
import com.mallboard.store.JooqSuggestionReactionRepository;
import com.mallboard.store.JooqSuggestionRuleRepository;
import com.mallboard.store.ServerRoles;
import com.mallboard.store.SqliteBackupStore;
import com.mallboard.suggest.LearnedHistory;
import com.mallboard.suggest.LearnedSuggestions;
import com.mallboard.suggest.SuggestionReactions;
import com.mallboard.suggest.SuggestionService;
import com.mallboard.suggest.risk.LaunchRiskService;
import com.mallboard.suggest.history.LearnedSettings;
import com.mallboard.suggest.rules.RuleEngine;
import com.mallboard.suggest.rules.SuggestionRuleService;
import com.mallboard.store.DataFolderLock;
import com.mallboard.sync.PersonalDataRepository;
import com.mallboard.sync.PersonalDataRetention;
import com.mallboard.sync.CredentialStore;
import com.mallboard.sync.credentials.CredentialStores;
import com.mallboard.team.Role;
import com.mallboard.team.ServerAddress;
import com.mallboard.team.TeamRoles;
import com.mallboard.workflow.StageGates;
import com.mallboard.workflow.WorkflowService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The composition root: every service is built here, once, and handed to whoever needs it. */
public final class AppContext implements AutoCloseable {
    private static final Duration LEARNED_HISTORY_AGE = Duration.ofMinutes(10);

    private final Database database;
    private final ProductRepository productRepository;
    private final ProductService products;
    private final WorkflowService workflow;
    private final BoardService board;
    private final BoardActions boardActions;
    private final BoardSettings boardSettings;
    private final FirstLoad firstLoad;
    private final SavedFilterRepository savedFilters;
    private final SettingsRepository settings;
    private final DemoCatalogue demo;
    private final Clock clock;
    private final SyncModule sync;
    private final PackingBench packing;
    private final PersonalDataRetention retention;
    private final TrackingImport trackingImport;
    private final SuggestionRuleService suggestionRules;
    private final SuggestionReactions suggestionReactions;
    private final LaunchRiskService launchRisk;
    private final LearnedHistory learnedHistory;
    private final Reports reports;
    private final WarehouseLocations warehouseLocations;
    private final String currentUser;
    private final BackupService backups;
    private final CredentialStore credentials;
    private final BoardChanges boardChanges;
    private final TeamRoles roles;
    /** Held while open when opened by {@link #openAndHold}. */
    private Optional<DataFolderLock> lock = Optional.empty();

    /** The folder opened as the person running this program, on the system clock. */
    public static AppContext openForThisUser(Path dataFolder) {
        CredentialStore credentials = CredentialStores.bestAvailableOnFirstUse(dataFolder);
        Database database = StoreOpening.open(dataFolder, credentials);
        // On a team server each person logs in with their own account, which is then who did what.
        String user = database.server().map(ServerAddress::user).orElse(System.getProperty("user.name"));
        return new AppContext(database, Clock.systemDefaultZone(), user, credentials);
    }

    /**
     * As {@link #openForThisUser}, holding the folder's {@link DataFolderLock} until {@link #close}. The desktop app
     * opens its folder this way, so a second app, or a restore from the command line, on the same folder is refused.
     *
     * @throws com.mallboard.store.DataFolderInUseException when another Mallboard has the folder open
     */
    public static AppContext openAndHold(Path dataFolder) {
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            // Database.open below fails on it and says why.
        }
        Optional<DataFolderLock> lock = DataFolderLock.take(dataFolder);
        try {
            AppContext context = openForThisUser(dataFolder);
            context.lock = lock;
            return context;
        } catch (RuntimeException | Error e) {
            lock.ifPresent(DataFolderLock::close);
            throw e;
        }
    }

    public AppContext(Path dataFolder, Clock clock, String currentUser) {
        this(Database.open(dataFolder), clock, currentUser, CredentialStores.bestAvailable(dataFolder));
    }

    private AppContext(Database database, Clock clock, String currentUser, CredentialStore credentials) {
        this.clock = clock;
        this.database = database;
        this.credentials = credentials;
        this.roles = ServerRoles.of(database);
        this.productRepository = new JooqProductRepository(database.dsl(), clock);
        ChecklistRepository checklists = new JooqChecklistRepository(database.dsl(), clock);
        StageGates gates = StageGates.defaults();
        this.products = new ProductService(productRepository, checklists, clock, currentUser);
        this.workflow = new WorkflowService(productRepository, checklists, gates, clock, currentUser);
        this.sync = new SyncModule(database, productRepository, products, clock, currentUser, credentials, roles);
        this.launchRisk = new LaunchRiskService(new JooqStageHistory(database.dsl()), clock);
        this.board = new BoardService(productRepository, checklists, gates, clock, new CardExtras(
                ListingChips.of(sync.listings()::allChips, sync.listings()::chipsOf),
                OpenOrderCounts.of(sync.orders()::openOrders, sync.orders()::openOrdersOf),
                LaunchRisks.of(launchRisk::atRiskAmong, launchRisk::atRiskAmongFew),
                openSuggestionCounts()));
        this.boardActions = new BoardActions(products, workflow, new UndoHistory());
        this.settings = new JooqSettingsRepository(database.dsl());
        this.boardSettings = new BoardSettings(settings);
        this.firstLoad = new FirstLoad(board, boardSettings);
        this.savedFilters = new JooqSavedFilterRepository(database.dsl());
        this.retention = new PersonalDataRetention(personalData(), settings, clock);
        this.demo = new DemoCatalogue(productRepository, clock, currentUser);
        this.packing = new PackingBench(productRepository, sync.productOptions()::all, sync.orders(), settings,
                clock, currentUser);
        this.trackingImport = new TrackingImport(sync.orders(), new ColumnMappings(settings));
        this.suggestionRules = new SuggestionRuleService(new JooqSuggestionRuleRepository(database.dsl()), settings);
        this.suggestionReactions = new JooqSuggestionReactionRepository(database.dsl());
        this.learnedHistory = new LearnedHistory(new JooqPastProductRepository(database.dsl()),
                LearnedSettings.defaults(), clock, LEARNED_HISTORY_AGE);
        this.reports = new Reports(new ReportCatalogue(reportSheets()),
                new ReportExport(new JooqExportLog(database.dsl()), clock, currentUser), this::reportFilterChoices,
                clock);
        this.currentUser = currentUser;
        this.warehouseLocations = new WarehouseLocations(settings);
        this.backups = backups(database.file(), clock);
        this.boardChanges = database.openChangeFeed();
    }

    /** Deleting receivers' data is the warehouse's work; other people's desktops leave it to theirs. */
    private PersonalDataRepository personalData() {
        return roles.has(Role.WAREHOUSE) ? new JooqPersonalDataRepository(database.dsl()) : (cutoff, now) -> 0;
    }

    /** The backups of {@code databaseFile}, through SQLite's online backup API; for the app, the CLI and recovery. */
    static BackupService backups(Path databaseFile, Clock clock) {
        return new BackupService(databaseFile, new SqliteBackupStore(), clock);
    }

    /** The views of the Excel report, in the order the export dialog lists them and the workbook holds them. */
    private List<ReportSheet> reportSheets() {
        return List.of(
                new PipelineSheet(products, boardSettings, launchRisk, clock),
                new ProductSheet(products, new XlsxTableWriter(), sync.malls(), sync.listings()),
                new StageHistorySheet(products, clock),
                new MallsSheet(sync.malls(), sync.listings()),
                new OrdersSheet(sync.orders(), products, clock),
                new SalesSheet(sync.orders(), products));
    }

    /** The brands, influencers and tags of the active products and the malls, for the export dialog's filters. */
    private FilterChoices reportFilterChoices() {
        return FilterChoices.of(products.active(), sync.malls().all().stream()
                .map(mall -> new FilterChoices.MallChoice(mall.id(), mall.displayName())).toList());
    }

    /**
     * The count behind the cards' suggestion badges. The badge shows no suggestion text, and open counts match
     * checklist titles in both languages, so the language the service is built with does not change the count.
     */
    private SuggestionBadges openSuggestionCounts() {
        Messages anyLanguage = new Messages(Messages.KOREAN);
        return cards -> suggestions(anyLanguage).openCounts(cards);
    }

    @Override
    public void close() {
        // A start closed at once (another folder chosen, the app quit) may still be reading the board ahead.
        firstLoad.awaitReadAhead(Duration.ofSeconds(30));
        boardChanges.close();
        database.close();
        lock.ifPresent(DataFolderLock::close);
    }

    /** Where mall secrets and the team server's password are kept: the OS keyring, else an encrypted file. */
    public CredentialStore credentials() {
        return credentials;
    }

    /** Backups of this data folder's database: taken, listed, restored (while the folder is closed). */
    public BackupService backups() {
        return backups;
    }

    public BackupSettings backupSettings() {
        return new BackupSettings(settings);
    }

    /** What this person may do on the team server, as it says; every role on the local file. */
    public TeamRoles teamRoles() {
        return roles;
    }

    public Database database() {
        return database;
    }

    public ProductRepository productRepository() {
        return productRepository;
    }

    /** The bulk product import, asking the board's gates where a new product may start. */
    public ProductImport productImport() {
        return new ProductImport(products, StageGates.defaults().startingCheck());
    }

    public ProductService products() {
        return products;
    }

    public WorkflowService workflow() {
        return workflow;
    }

    /** The board's first load, which the app reads ahead while its window is built ({@link EarlyOpen}). */
    public FirstLoad firstLoad() {
        return firstLoad;
    }

    public BoardService board() {
        return board;
    }

    /** Changes other desktops make to the board (team mode); a local file's feed never fires. */
    public BoardChanges boardChanges() {
        return boardChanges;
    }

    public BoardActions boardActions() {
        return boardActions;
    }

    public BoardSettings boardSettings() {
        return boardSettings;
    }

    public SavedFilterRepository savedFilters() {
        return savedFilters;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public DemoCatalogue demo() {
        return demo;
    }

    public Clock clock() {
        return clock;
    }

    public SyncModule sync() {
        return sync;
    }

    /** The packing bench; the packer is the OS user, as everywhere else. */
    public PackingBench packing() {
        return packing;
    }

    /** Receivers' personal data: how long it stays after delivery, and the purge. */
    public PersonalDataRetention retention() {
        return retention;
    }

    /** Tracking numbers in bulk from a courier's file. */
    public TrackingImport trackingImport() {
        return trackingImport;
    }

    /** Which products will likely miss their launch or campaign date, from the stage history. */
    public LaunchRiskService launchRisk() {
        return launchRisk;
    }

    /** The suggestion rules a manager edits; {@code seedDefaults()} runs once at start-up. */
    public SuggestionRuleService suggestionRules() {
        return suggestionRules;
    }

    /** What completed products teach, read again when it is older than a few minutes or after the demo changed. */
    public LearnedHistory learnedHistory() {
        return learnedHistory;
    }

    /** The warehouse's location codes in walking order: offered in the product editor, walked by pick lists. */
    public WarehouseLocations warehouseLocations() {
        return warehouseLocations;
    }

    /** Excel reports: the views on offer, the export (which logs personal-data exports) and the filters' choices. */
    public Reports reports() {
        return reports;
    }

    /** The next-step suggestions of the rules and of history, with texts and reasons in {@code messages}' language. */
    public SuggestionService suggestions(Messages messages) {
        return new SuggestionService(suggestionRules, new RuleEngine(clock, messages),
                new LearnedSuggestions(learnedHistory, suggestionReactions, messages, clock), products,
                suggestionReactions, clock, currentUser);
    }
}
