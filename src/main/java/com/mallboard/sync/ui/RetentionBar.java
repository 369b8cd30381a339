package com.mallboard.sync.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.sync.InvalidSyncInputException;
import com.mallboard.sync.PersonalDataRetention;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Keep receivers' data [90] days after delivery [Delete expired now]": the retention is saved as soon as it changes
 * and the purge runs in the background; {@code afterPurge} refreshes the orders shown.
 */
public final class RetentionBar extends HBox {
    private final PersonalDataRetention retention;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Runnable afterPurge;
    private final Spinner<Integer> days = new Spinner<>();
    private final Label result = new Label();
    /** True while the saved value is put in the spinner, which is not a change to save again. */
    private boolean showingSaved;

    public RetentionBar(PersonalDataRetention retention, TaskExecutor executor, Messages messages, Runnable afterPurge) {
        super(8);
        this.retention = retention;
        this.executor = executor;
        this.messages = messages;
        this.afterPurge = afterPurge;
        setId("retentionBar");
        setAlignment(Pos.CENTER_LEFT);
        days.setId("retentionDays");
        days.setEditable(true);
        days.setPrefWidth(90);
        SpinnerValueFactory.IntegerSpinnerValueFactory range = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                PersonalDataRetention.MIN_DAYS, PersonalDataRetention.MAX_DAYS, PersonalDataRetention.DEFAULT_DAYS);
        range.setConverter(new TypedDays(range));
        days.setValueFactory(range);
        days.setTooltip(new Tooltip(messages.get("privacy.retention.tooltip")));
        Button purge = new Button(messages.get("privacy.purge.now"), new FontIcon("mdi2s-shield-lock-outline"));
        purge.setId("purgeNowButton");
        purge.setOnAction(e -> purgeNow());
        result.setId("retentionResult");
        days.valueProperty().addListener((obs, old, now) -> {
            if (!showingSaved) {
                save(now);
            }
        });
        getChildren().addAll(new Label(messages.get("privacy.retention.before")), days,
                new Label(messages.get("privacy.retention.after")), purge, result);
    }

    /** Shows the saved retention (each time the screen is shown); every change the user makes is saved. */
    public void load() {
        executor.execute(BackgroundTask.of("privacy.task", retention::days, saved -> {
            showingSaved = true;
            days.getValueFactory().setValue(saved);
            showingSaved = false;
        }, this::failed));
    }

    private void save(Integer value) {
        if (value == null) {
            return;
        }
        executor.execute(BackgroundTask.of("privacy.task", () -> {
            retention.setDays(value);
            return value;
        }, saved -> result.setText(messages.get("privacy.retention.saved", saved)), this::failed));
    }

    private void purgeNow() {
        executor.execute(BackgroundTask.of("privacy.task", retention::purgeExpired, purged -> {
            result.setText(messages.get("privacy.purged", purged));
            afterPurge.run();
        }, this::failed));
    }

    /**
     * Typed days: text that is no number of days in range is refused with the reason beside the field and the saved
     * value put back, instead of the spinner quietly clamping it (0 would become 1) or throwing.
     */
    private final class TypedDays extends StringConverter<Integer> {
        private final SpinnerValueFactory<Integer> range;

        TypedDays(SpinnerValueFactory<Integer> range) {
            this.range = range;
        }

        @Override
        public String toString(Integer value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public Integer fromString(String typed) {
            String text = typed == null ? "" : typed.strip();
            if (text.matches("[0-9]{1,9}") && Integer.parseInt(text) >= PersonalDataRetention.MIN_DAYS
                    && Integer.parseInt(text) <= PersonalDataRetention.MAX_DAYS) {
                return Integer.parseInt(text);
            }
            result.setText(messages.get("privacy.retention.invalid"));
            days.getEditor().setText(toString(range.getValue()));
            return range.getValue();
        }
    }

    private void failed(Throwable error) {
        result.setText(error instanceof InvalidSyncInputException invalid ? messages.get(invalid.messageKey())
                : messages.get("privacy.failed", String.valueOf(error.getMessage())));
    }
}
