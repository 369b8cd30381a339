package com.mallboard.board.ui;

import com.mallboard.board.BoardActions;
import com.mallboard.board.BoardCard;
import com.mallboard.board.BulkMoveResult;
import com.mallboard.board.ui.MessageBanner.Kind;
import com.mallboard.common.BackgroundTask;
import com.mallboard.common.ExplainedException;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.Dialogs;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.product.StaleProductException;
import com.mallboard.product.Tags;
import com.mallboard.workflow.MoveResult;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.stage.Window;

/** What the board's buttons, keys and drops do: ask what is missing, run the action in the background, report. */
final class BoardCommands {
    private final BoardViewModel model;
    private final Messages messages;
    private final MessageBanner banner;
    private final GateMessages gateMessages;
    private final StaleCardText staleText;
    private final Supplier<Window> window;
    private final java.util.function.Consumer<List<Long>> reselect;

    /** {@code reselect} selects cards again after they moved, so the keyboard can carry on with them. */
    BoardCommands(BoardViewModel model, Messages messages, MessageBanner banner, Supplier<Window> window,
            java.util.function.Consumer<List<Long>> reselect) {
        this.reselect = reselect;
        this.model = model;
        this.messages = messages;
        this.banner = banner;
        this.gateMessages = new GateMessages(messages);
        this.staleText = new StaleCardText(messages);
        this.window = window;
    }

    /** Moves cards to {@code target}; moving back first asks why. */
    void move(List<Long> ids, Stage target) {
        List<BoardCard> cards = model.allCards().stream().filter(c -> ids.contains(c.id())).toList();
        boolean backwards = cards.stream().anyMatch(c -> target.isBefore(c.stage()));
        if (cards.isEmpty() || cards.stream().allMatch(c -> c.stage() == target)) {
            return;
        }
        Optional<String> reason = backwards ? askReason(target) : Optional.of("");
        if (reason.isEmpty()) {
            return;
        }
        BoardActions actions = model.actions();
        List<Product> seen = cards.stream().map(BoardCard::product).toList();
        run(() -> actions.moveSeen(seen, target, reason.get()), result -> {
            report(result, target);
            reselect.accept(ids);
        }, ids);
    }

    void moveSelectedBy(List<BoardCard> selected, int step) {
        if (selected.isEmpty()) {
            return;
        }
        int index = selected.get(0).stage().ordinal() + step;
        if (index >= 0 && index < Stage.values().length) {
            move(selected.stream().map(BoardCard::id).toList(), Stage.values()[index]);
        }
    }

    private Optional<String> askReason(Stage target) {
        return Dialogs.askText(window.get(), messages, messages.get("board.move.back.title"),
                messages.get("board.move.back.prompt", messages.get(target.messageKey())), "", "reasonField")
                .map(String::strip).filter(text -> !text.isEmpty());
    }

    private void report(BulkMoveResult result, Stage target) {
        String stageName = messages.get(target.messageKey());
        if (result.notMoved().isEmpty()) {
            banner.show(Kind.SUCCESS, messages.get("board.move.done", result.moved().size(), stageName));
            return;
        }
        StringBuilder text = new StringBuilder();
        for (MoveResult blocked : result.notMoved()) {
            if (blocked instanceof MoveResult.Blocked b) {
                text.append(messages.get("board.move.blocked", b.product().name(),
                        messages.get(b.gateStage().next().orElseThrow().messageKey())))
                        .append('\n').append(gateMessages.sentences(b.problems())).append('\n');
            } else if (blocked instanceof MoveResult.Stale stale) {
                text.append(staleText.moveRefused(stale.product(), stale.stored())).append('\n');
            }
        }
        if (!result.moved().isEmpty()) {
            text.append(messages.get("board.move.done", result.moved().size(), stageName));
        }
        banner.show(Kind.WARNING, text.toString().strip());
    }

    void tag(List<BoardCard> selected) {
        if (selected.isEmpty()) {
            banner.show(Kind.INFO, messages.get("board.select.first"));
            return;
        }
        Dialogs.askText(window.get(), messages, messages.get("board.bulk.tag"),
                messages.get("board.bulk.tag.prompt", selected.size()), "", "bulkTagField").ifPresent(text -> {
            Set<String> tags = Tags.normalise(Arrays.asList(text.split(",")));
            if (tags.isEmpty()) {
                return;
            }
            List<Long> ids = selected.stream().map(BoardCard::id).toList();
            run(() -> {
                model.actions().tagAll(ids, tags);
                return ids.size();
            }, count -> banner.show(Kind.SUCCESS, messages.get("board.bulk.tag.done", count, String.join(", ", tags))),
                    ids);
        });
    }

    void trash(List<BoardCard> selected) {
        if (selected.isEmpty()) {
            return;
        }
        List<Long> ids = selected.stream().map(BoardCard::id).toList();
        run(() -> {
            model.actions().trashAll(ids);
            return ids.size();
        }, count -> banner.show(Kind.INFO, messages.get("board.trashed", count)), ids);
    }

    void undo() {
        model.executor().execute(BackgroundTask.of("task.undo", () -> model.actions().undo(), undone -> {
            if (undone.isEmpty()) {
                banner.show(Kind.INFO, messages.get("board.undo.nothing"));
                return;
            }
            model.refresh(undone.get().productIds(), () -> { });
            banner.show(Kind.INFO, messages.get("board.undo.done", messages.get(undone.get().descriptionKey())));
        }, this::undoFailed));
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onDone, List<Long> ids) {
        model.executor().execute(BackgroundTask.of("task.save", work,
                result -> model.refresh(ids, () -> onDone.accept(result)),
                error -> model.refresh(ids, () -> showError(error))));
    }

    /** A refused undo names what the other person changed; the undone change is gone from the history either way. */
    private void undoFailed(Throwable error) {
        if (error instanceof StaleProductException stale && stale.seen().isPresent()) {
            model.refresh(List.of(stale.productId()),
                    () -> banner.show(Kind.WARNING, staleText.undoRefused(stale.seen().get(), stale.stored().orElse(null))));
        } else {
            showError(error);
        }
    }

    void showError(Throwable error) {
        String text = error instanceof StaleProductException ? messages.get("validation.stale")
                // The server's refusal says in full that nothing changed and what to do; no wrapper around it.
                : error instanceof ExplainedException explained ? messages.get(explained.messageKey(), explained.args())
                : messages.get("board.error", String.valueOf(error.getMessage()));
        banner.show(Kind.ERROR, text);
    }

    MessageBanner banner() {
        return banner;
    }
}
