package com.mallboard.app;

import com.mallboard.board.ui.BoardView;
import com.mallboard.board.ui.BoardViewModel;
import com.mallboard.board.ui.UndoableEditorCommands;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.product.ui.ProductEditorDialog;
import com.mallboard.product.ui.TrashDialog;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: the board, the demo-data and language menus, and a status bar. Built again on language change. */
public final class MainWindow extends BorderPane {
    private final AppContext context;
    private final FxTaskExecutor executor;
    private final Messages messages;
    private final BoardView board;
    private final DemoBanner demoBanner;

    public MainWindow(AppContext context, FxTaskExecutor executor, Messages messages,
            Consumer<Locale> switchLanguage) {
        this.context = context;
        this.executor = executor;
        this.messages = messages;
        setId("mainWindow");
        Formats formats = new Formats(Formats.SEOUL, messages.locale());
        BoardViewModel model = new BoardViewModel(context.board(), context.boardActions(), context.boardSettings(),
                executor);
        ProductEditorDialog editor = new ProductEditorDialog(context.products(),
                new UndoableEditorCommands(context.boardActions()), executor, messages, formats);
        TrashDialog trash = new TrashDialog(context.products(), executor, messages, formats);
        board = new BoardView(model, context.savedFilters(), messages, formats, editor, trash);
        demoBanner = new DemoBanner(context, executor, messages, board::load);
        board.toolbar().getItems().addAll(demoMenu(), languageMenu(switchLanguage));
        setTop(demoBanner);
        setCenter(board);
        setBottom(statusBar());
    }

    /** Loads the board and offers the demo catalogue on a first run. */
    public void start() {
        board.load();
        board.focusBoard();
        demoBanner.offerOnFirstRun();
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

    private MenuButton languageMenu(Consumer<Locale> switchLanguage) {
        MenuButton menu = new MenuButton(messages.get("settings.language"), new FontIcon("mdi2t-translate"));
        menu.setId("languageMenu");
        for (Locale locale : new Locale[] {Messages.KOREAN, Messages.ENGLISH}) {
            MenuItem item = new MenuItem(messages.get("settings.language." + locale.getLanguage()));
            item.setId("language-" + locale.getLanguage());
            item.setOnAction(e -> switchLanguage.accept(locale));
            menu.getItems().add(item);
        }
        return menu;
    }

    private HBox statusBar() {
        Label folder = new Label(messages.get("status.data.folder", context.database().file()));
        folder.setId("statusDataFolder");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressBar busy = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        busy.setPrefWidth(120);
        busy.visibleProperty().bind(executor.runningCount().greaterThan(0));
        HBox bar = new HBox(12, folder, spacer, busy);
        bar.getStyleClass().add("status-bar");
        return bar;
    }


    public BoardView board() {
        return board;
    }
}
