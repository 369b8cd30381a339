package com.mallboard.app;

import com.mallboard.app.about.AboutDialog;
import com.mallboard.app.about.Diagnostics;
import com.mallboard.board.ui.BoardView;
import com.mallboard.board.ui.BoardViewModel;
import com.mallboard.board.ui.UndoableEditorCommands;
import com.mallboard.common.BackgroundTask;
import com.mallboard.common.DataReopener;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.product.importing.ColumnMappingMemory;
import com.mallboard.product.importing.ui.ProductImportDialog;
import com.mallboard.report.ImportSpreadsheetFiles;
import com.mallboard.product.ui.ProductEditorDialog;
import com.mallboard.product.ui.TrashDialog;
import com.mallboard.product.ui.OptionCommands;
import com.mallboard.product.ui.OptionsEditorTab;
import com.mallboard.report.ui.FileOpener;
import com.mallboard.report.ui.ReportExportDialog;
import com.mallboard.settings.UserPreferences;
import com.mallboard.settings.ui.SettingsView;
import com.mallboard.shipping.ShipmentSheets;
import com.mallboard.shipping.print.PdfPrinter;
import com.mallboard.shipping.print.PrintDestination;
import com.mallboard.shipping.labels.LabelChecklist;
import com.mallboard.shipping.ui.DocumentOutput;
import com.mallboard.shipping.ui.FeedbackSounds;
import com.mallboard.shipping.ui.LabelPrintDialog;
import com.mallboard.shipping.ui.LabelsEditorTab;
import com.mallboard.shipping.ui.PackingView;
import com.mallboard.shipping.ui.PackingViewModel;
import com.mallboard.shipping.ui.ShipmentSheetsView;
import com.mallboard.shipping.ui.ShipmentSheetsViewModel;
import com.mallboard.shipping.ui.TrackingImportDialog;
import com.mallboard.suggest.ui.SuggestionsEditorTab;
import com.mallboard.suggest.ui.rules.RuleEditorView;
import com.mallboard.suggest.ui.rules.RuleEditorViewModel;
import com.mallboard.sync.ui.MallsEditorTab;
import com.mallboard.sync.ui.OrdersView;
import com.mallboard.sync.ui.OrdersViewModel;
import com.mallboard.sync.ui.RetentionBar;
import com.mallboard.sync.ui.SyncScreens;
import com.mallboard.sync.ui.UnmatchedView;
import com.mallboard.sync.ui.UnmatchedViewModel;
import com.mallboard.team.ui.RoleNotices;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: the board, the malls, the job log, ... and the settings (one at a time, chosen in the navigation
 * bar), the sync panel above them, the demo-data menu, and a status bar with "sync now". Built again on language
 * change.
 */
public final class MainWindow extends BorderPane {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainWindow.class);
    private static final javafx.util.Duration AUTO_SYNC_EVERY = javafx.util.Duration.minutes(5);
    private final AppContext context;
    /** Closes and opens the data folder again: after a restore from a backup, or on another folder. */
    private final DataReopener reopener;
    private final FxTaskExecutor executor;
    private final Messages messages;
    private final Formats formats;
    private final BoardView board;
    private final DemoBanner demoBanner;
    private final SyncScreens sync;
    /** Preview, print and save as PDF, shared by every warehouse screen. */
    private final DocumentOutput documents;
    private final FeedbackSounds sounds = new FeedbackSounds();
    private final ToggleGroup screens = new ToggleGroup();
    private final HBox navigation = new HBox();
    private final StackPane screen = new StackPane();
    private boolean boardShown;
    private final Timeline autoSync = new Timeline(new KeyFrame(AUTO_SYNC_EVERY, e -> syncInBackground()));

    public MainWindow(AppContext context, FxTaskExecutor executor, Messages messages,
            Consumer<Locale> switchLanguage, Consumer<URI> browser, DataReopener reopener, UserPreferences preferences,
            Optional<String> dataFolderOverride) {
        this.context = context;
        this.reopener = reopener;
        this.executor = executor;
        this.messages = messages;
        setId("mainWindow");
        formats = new Formats(Formats.SEOUL, messages.locale());
        documents = new DocumentOutput(executor, new PdfPrinter(PrintDestination.askUser()), FileDialogs.system(),
                messages);
        BoardViewModel model = liveBoardModel(context, executor);
        SyncModule services = context.sync();
        LabelPrintDialog labels = new LabelPrintDialog(new LabelChecklist(context.products(),
                messages.get("labels.checklist.title")), context.settings(), documents, executor, messages);
        ProductEditorDialog editor = new ProductEditorDialog(context.products(),
                new UndoableEditorCommands(context.boardActions()), executor, messages, formats,
                List.of(new MallsEditorTab(services.listings(), services.malls(), executor, messages, formats),
                        new OptionsEditorTab(new OptionCommands.Of(services.productOptions()::options,
                                services.productOptions()::save), executor, messages),
                        new LabelsEditorTab(labels, context.products(), executor, messages, this::refreshCards),
                        new SuggestionsEditorTab(context.suggestions(messages), executor, messages, formats)));
        editor.offerLocations(context.warehouseLocations()::all);
        TrashDialog trash = new TrashDialog(context.products(), executor, messages, formats);
        board = new BoardView(model, context.savedFilters(), messages, formats, editor, trash);
        board.addSelectionAction("printLabelsButton", "mdi2b-barcode", "labels.print.action",
                products -> labels.open(getScene().getWindow(), products, board::refreshCards));
        ProductImportDialog productImport = new ProductImportDialog(context.productImport(), context.products(),
                new ColumnMappingMemory(context.settings()), new ImportSpreadsheetFiles(messages), executor, messages,
                FileDialogs.system());
        board.addAction("importProductsToolButton", "mdi2f-file-excel-outline", "board.import",
                () -> productImport.show(getScene().getWindow(), board::load));
        demoBanner = new DemoBanner(context, executor, messages, board::load);
        board.toolbar().getItems().add(demoMenu());
        sync = new SyncScreens(services.malls(), services.sync(),
                new BrowserMallConnector(services.secrets(), browser, messages), executor, Platform::runLater,
                messages, formats);
        sync.runner().addFinishedListener(board::load);
        sync.runner().addFinishedListener(this::purgeExpiredPersonalData);
        navigation.setId("navigation");
        navigation.getStyleClass().add("navigation");
        navigation.getChildren().addAll(
                screen("boardTab", "nav.board", "mdi2v-view-column-outline",
                        () -> new ScreenContent(board, this::reloadBoardIfShownBefore)),
                screen("mallsTab", "nav.malls", "mdi2s-storefront-outline",
                        () -> new ScreenContent(sync.mallsView(), sync.mallsModel()::load)),
                screen("ordersTab", "nav.orders", "mdi2p-package-variant-closed", this::ordersScreen),
                screen("sheetsTab", "nav.sheets", "mdi2p-printer", this::sheetsScreen),
                screen("unmatchedTab", "nav.unmatched", "mdi2l-link-variant-plus", this::unmatchedScreen),
                screen("packingTab", "nav.packing", "mdi2b-barcode-scan", this::packingScreen),
                screen("rulesTab", "nav.rules", "mdi2l-lightbulb-on-outline", this::rulesScreen),
                screen("jobLogTab", "nav.job.log", "mdi2f-format-list-bulleted",
                        () -> new ScreenContent(sync.jobLogView(), sync.jobLogModel()::load)));
        navigation.getChildren().addAll(spacer(), reportButton(), settingsTab(switchLanguage, preferences,
                dataFolderOverride), aboutButton());
        screens.getToggles().get(0).setSelected(true);
        VBox.setVgrow(screen, Priority.ALWAYS);
        setTop(new VBox(demoBanner, navigation));
        setCenter(new VBox(sync.syncPanel(), screen));
        setBottom(statusBar());
    }

    /** The board's state, following other desktops' changes for as long as the context is open (team mode). */
    private static BoardViewModel liveBoardModel(AppContext context, FxTaskExecutor executor) {
        BoardViewModel model = new BoardViewModel(context.board(), context.boardActions(), context.boardSettings(),
                context.firstLoad(), executor);
        model.follow(context.boardChanges());
        return model;
    }

    /**
     * One screen and the button that shows it. The screen is built the first time it is chosen (a cold start builds
     * only the board), and its {@code onShown} refreshes it each time it is chosen. Only the chosen screen is in the
     * scene, so the board's single-key shortcuts rest while another one shows.
     */
    private ToggleButton screen(String id, String titleKey, String icon, Supplier<ScreenContent> build) {
        ToggleButton button = new ToggleButton(messages.get(titleKey), new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add("navigation-button");
        button.setToggleGroup(screens);
        button.setFocusTraversable(false);
        ScreenContent[] built = new ScreenContent[1];
        button.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                if (built[0] == null) {
                    ScreenContent content = build.get();
                    built[0] = new ScreenContent(roleNotices().screen(id, content.content()), content.onShown());
                }
                screen.getChildren().setAll(built[0].content());
                built[0].onShown().run();
            }
        });
        // A chosen screen stays chosen: clicking its button again does not leave the window empty.
        button.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            if (button.isSelected()) {
                e.consume();
            }
        });
        return button;
    }

    /** A built screen and what refreshes it each time it is chosen. */
    private record ScreenContent(Node content, Runnable onShown) {
    }

    private ScreenContent ordersScreen() {
        SyncModule services = context.sync();
        OrdersViewModel ordersModel = new OrdersViewModel(services.orders(), executor, messages, formats);
        OrdersView orders = new OrdersView(ordersModel);
        TrackingImportDialog trackingImport = new TrackingImportDialog(context.trackingImport(), executor, messages,
                FileDialogs.system());
        orders.setImportTracking(() -> trackingImport.show(getScene().getWindow(), ordersModel::load));
        RetentionBar retention = new RetentionBar(context.retention(), executor, messages, ordersModel::load);
        orders.addToolRow(retention);
        return new ScreenContent(orders, () -> {
            ordersModel.load();
            retention.load();
        });
    }

    private ScreenContent sheetsScreen() {
        SyncModule services = context.sync();
        ShipmentSheetsView sheets = new ShipmentSheetsView(new ShipmentSheetsViewModel(new ShipmentSheets(
                services.orders(), services.malls(), services.warehouseFacts(), messages, context.clock(),
                context.warehouseLocations()::all), executor,
                messages, formats, context.clock()), documents);
        return new ScreenContent(sheets, sheets::load);
    }

    private ScreenContent unmatchedScreen() {
        UnmatchedViewModel unmatchedModel = new UnmatchedViewModel(context.sync().orders(), context.products(),
                executor, messages);
        return new ScreenContent(new UnmatchedView(unmatchedModel), unmatchedModel::load);
    }

    private ScreenContent packingScreen() {
        PackingViewModel packingModel = new PackingViewModel(context.packing(), executor, messages, sounds);
        return new ScreenContent(new PackingView(packingModel, messages), packingModel::load);
    }

    private ScreenContent rulesScreen() {
        RuleEditorView rules = new RuleEditorView(new RuleEditorViewModel(context.suggestionRules(), executor, messages),
                messages, FileDialogs.system());
        return new ScreenContent(rules, rules::load);
    }

    /** What this person's roles on a team server allow, said where it matters; nothing on the local file. */
    private RoleNotices roleNotices() {
        return new RoleNotices(context.teamRoles(), context.database().server().isPresent(), messages);
    }

    /** Excel reports open in a window of their own from the right end of the navigation bar, over any screen. */
    private Button reportButton() {
        ReportExportDialog reports = new ReportExportDialog(context.reports(), context.settings(), executor,
                Platform::runLater, messages, FileDialogs.system(), FileOpener.desktop());
        Button button = new Button(messages.get("report.open.dialog"), new FontIcon("mdi2m-microsoft-excel"));
        button.setId("reportExportButton");
        button.getStyleClass().add("navigation-button");
        button.setFocusTraversable(false);
        button.setOnAction(e -> reports.show(getScene().getWindow()));
        return button;
    }

    /** The settings, a screen like the others, at the right end of the navigation bar. */
    private ToggleButton settingsTab(Consumer<Locale> switchLanguage, UserPreferences preferences,
            Optional<String> dataFolderOverride) {
        return screen("settingsTab", "nav.settings", "mdi2c-cog-outline", () -> {
            SettingsView settings = SettingsScreen.build(context, preferences, executor, messages, switchLanguage,
                    reopener, FileDialogs.system(), dataFolderOverride);
            return new ScreenContent(settings, settings::reload);
        });
    }

    /** About Mallboard (version, folders, diagnostics) at the far right of the navigation bar. */
    private Button aboutButton() {
        return new AboutDialog(() -> Diagnostics.collect(context), executor, FileOpener.desktop(), messages)
                .button(() -> getScene().getWindow());
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** Cards whose checklist printing labels ticked; the editor's tabs are built before the board is. */
    private void refreshCards(List<Long> productIds) {
        board.refreshCards(productIds);
    }

    /** Loads the board and offers the demo catalogue on a first run. */
    public void start() {
        board.load();
        board.focusBoard();
        demoBanner.offerOnFirstRun();
        autoSync.setCycleCount(Animation.INDEFINITE);
        autoSync.play();
    }

    /**
     * Coming back to the board re-reads it: tracking numbers saved or order lines mapped meanwhile change the cards'
     * open orders. The first showing is the start-up load itself.
     */
    private void reloadBoardIfShownBefore() {
        if (boardShown) {
            board.load();
        }
        boardShown = true;
    }

    /** Stops what outlives a replaced window (language switch, closing). */
    public void stop() {
        autoSync.stop();
        sounds.close();
    }

    /**
     * A sync nobody pressed a button for: at start, when the demo mall is ready, and every few minutes, because the
     * malls cannot call a desktop when orders arrive. Skipped while a sync runs.
     */
    public void syncInBackground() {
        if (!sync.runner().runningProperty().get()) {
            sync.runner().syncAll();
        }
    }

    /** Receivers' data past its retention goes after every sync, when new deliveries may have come in. */
    private void purgeExpiredPersonalData() {
        executor.execute(BackgroundTask.of("privacy.task", context.retention()::purgeExpired, purged -> { },
                error -> LOG.warn("deleting expired personal data failed; it is tried again after the next sync", error)));
    }

    public String title() {
        return messages.get("app.title") + " — " + context.database().file().getParent();
    }

    private MenuButton demoMenu() {
        MenuButton menu = new MenuButton(messages.get("demo.menu"), new FontIcon("mdi2f-flask-outline"));
        menu.setId("demoMenu");
        MenuItem install = new MenuItem(messages.get("demo.install"));
        install.setId("demoInstall");
        install.setOnAction(e -> demoBanner.install());
        MenuItem remove = new MenuItem(messages.get("demo.remove"));
        remove.setId("demoRemove");
        remove.setOnAction(e -> demoBanner.remove());
        menu.getItems().addAll(install, remove);
        return menu;
    }

    private HBox statusBar() {
        Label folder = new Label(context.database().server()
                .map(server -> messages.get("status.team.server", server.describe()))
                .orElseGet(() -> messages.get("status.data.folder", context.database().file())));
        folder.setId("statusDataFolder");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressBar busy = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        busy.setPrefWidth(120);
        busy.visibleProperty().bind(executor.runningCount().greaterThan(0));
        HBox bar = new HBox(12, folder, roleNotices().statusBadge(), spacer, busy, syncNow());
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Syncs every enabled mall; spins while a sync runs (the panel above the tabs shows progress and Cancel). */
    private HBox syncNow() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("syncRunning");
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(sync.runner().runningProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Button button = new Button(messages.get("sync.now"), new FontIcon("mdi2s-sync"));
        button.setId("syncNowButton");
        button.setTooltip(new Tooltip(messages.get("sync.now.tooltip")));
        button.disableProperty().bind(sync.runner().runningProperty());
        button.setOnAction(e -> sync.runner().syncAll());
        HBox box = new HBox(6, spinner, button);
        box.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        return box;
    }

    public BoardView board() {
        return board;
    }

    public DocumentOutput documents() {
        return documents;
    }

    public SyncScreens sync() {
        return sync;
    }
}
