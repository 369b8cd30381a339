package com.mallboard.board.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.board.BoardCard;
import com.mallboard.board.ChangeBroadcast;
import com.mallboard.board.ChangedCards;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.product.ui.ProductEditorDialog;
import com.mallboard.product.ui.TrashDialog;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What a merchandiser sees while a colleague works on the same board: the colleague's move and edit show up by
 * themselves, her own selection stays, and a note in the toolbar says the board was updated by others.
 */
@ExtendWith(ApplicationExtension.class)
class LiveBoardViewTest {
    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.ENGLISH);
    private javafx.stage.Stage window;

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.installThemeOnce();
        window = stage;
    }

    @AfterEach
    void close() throws Exception {
        FxTestSupport.hideAllWindows();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aColleaguesMoveAndEditShowWhileMySelectionStays(FxRobot robot) {
        TestStore mine = TestStore.open(folder);
        TestStore colleague = TestStore.open(folder);
        Product moving = colleague.createAt(Stage.PLANNING, TestStore.completeDetails("A-MOVE"));
        Product edited = colleague.createAt(Stage.PLANNING, TestStore.completeDetails("B-EDIT"));
        Product selected = colleague.createAt(Stage.PLANNING, TestStore.completeDetails("C-MINE"));
        ChangeBroadcast feed = new ChangeBroadcast();
        BoardViewModel model = show(robot, mine, feed);
        ListView<BoardCard> planning = robot.lookup("#cards-planning").queryAs(ListView.class);
        robot.interact(() -> planning.getSelectionModel().select(2));
        assertThat(planning.getSelectionModel().getSelectedItem().id()).isEqualTo(selected.id());
        assertThat(robot.lookup("#liveBoardHint").queryAs(Label.class).isVisible()).isFalse();

        colleague.boardActions().move(moving.id(), Stage.SOURCING, null);
        colleague.products().update(colleague.reload(edited), edited.details().toBuilder().name("바뀐 이름").build(),
                Set.of());
        robot.interact(() -> feed.publish(ChangedCards.of(Set.of(moving.id(), edited.id()))));

        ListView<BoardCard> sourcing = robot.lookup("#cards-sourcing").queryAs(ListView.class);
        waitUntil(() -> sourcing.getItems().stream().anyMatch(card -> card.id() == moving.id()));
        assertThat(planning.getItems()).extracting(card -> card.product().name()).contains("바뀐 이름");
        assertThat(planning.getSelectionModel().getSelectedItems()).extracting(BoardCard::id)
                .containsExactly(selected.id());
        Label hint = robot.lookup("#liveBoardHint").queryAs(Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).startsWith("Updated by others at");
        assertThat(model.totalProperty(Stage.SOURCING).get()).isEqualTo(1);
    }

    private BoardViewModel show(FxRobot robot, TestStore store, ChangeBroadcast feed) {
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        Formats formats = new Formats(Formats.SEOUL, Locale.ENGLISH);
        BoardViewModel model = new BoardViewModel(store.board(), store.boardActions(), store.boardSettings(), executor);
        model.follow(feed);
        robot.interact(() -> {
            BoardView view = new BoardView(model, store.savedFilters(), messages, formats,
                    new ProductEditorDialog(store.products(), new UndoableEditorCommands(store.boardActions()),
                            executor, messages, formats),
                    new TrashDialog(store.products(), executor, messages, formats));
            window.setScene(FxTestSupport.scene(view, 1400, 700));
            window.show();
            view.load();
        });
        waitUntil(() -> !model.loadingProperty().get() && robot.lookup(".card").queryAll().size() == 3);
        return model;
    }
}
