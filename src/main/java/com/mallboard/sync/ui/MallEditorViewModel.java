package com.mallboard.sync.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.sync.DuplicateMallException;
import com.mallboard.sync.StaleMallException;
import com.mallboard.sync.InvalidSyncInputException;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallService;
import com.mallboard.sync.MallValidator;
import com.mallboard.sync.Platform;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Adding or editing a mall. Problems come from the same {@link MallValidator} the service uses, shown for a field
 * once it was typed in; what only the service can know (the mall is already added) comes back from saving and is
 * shown on the form too. The client secret is never read back: empty when editing keeps the stored one.
 */
public final class MallEditorViewModel {
    public static final String DEFAULT_API_VERSION = "2025-12-01";

    private final MallService malls;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Mall original;
    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>(Platform.CAFE24);
    private final Map<MallField, StringProperty> texts = new EnumMap<>(MallField.class);
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty clientSecret = new SimpleStringProperty("");
    private final Map<MallField, ReadOnlyStringWrapper> problems = new EnumMap<>(MallField.class);
    private final Set<MallField> touched = EnumSet.noneOf(MallField.class);
    private final Map<MallField, String> serverProblems = new EnumMap<>(MallField.class);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    /** {@code mallOrNull} null: a new mall. */
    public MallEditorViewModel(MallService malls, TaskExecutor executor, Messages messages, Mall mallOrNull) {
        this.malls = malls;
        this.executor = executor;
        this.messages = messages;
        this.original = mallOrNull;
        for (MallField field : MallField.values()) {
            texts.put(field, new SimpleStringProperty(""));
            problems.put(field, new ReadOnlyStringWrapper());
        }
        if (mallOrNull != null) {
            platform.set(mallOrNull.platform());
            text(MallField.NAME).set(mallOrNull.displayName());
            text(MallField.MALL_ID).set(mallOrNull.mallId());
            text(MallField.SHOP_NO).set(Integer.toString(mallOrNull.shopNo()));
            text(MallField.API_VERSION).set(mallOrNull.apiVersion());
            text(MallField.BASE_URL).set(mallOrNull.baseUrlOverride() == null ? "" : mallOrNull.baseUrlOverride());
            clientId.set(mallOrNull.clientId() == null ? "" : mallOrNull.clientId());
        } else {
            text(MallField.SHOP_NO).set("1");
            text(MallField.API_VERSION).set(DEFAULT_API_VERSION);
        }
        texts.forEach((field, text) -> text.addListener((obs, old, now) -> {
            touched.add(field);
            serverProblems.clear();
            error.set(null);
            check();
        }));
        check();
    }

    /** The mall as the form stands; shop number 0 when it is not a number (the validator refuses 0). */
    public Mall mall() {
        long id = original == null ? 0 : original.id();
        boolean enabled = original == null || original.enabled();
        boolean demo = original != null && original.demo();
        String mallId = text(MallField.MALL_ID).get().strip().toLowerCase(Locale.ROOT);
        return new Mall(id, platform.get(), mallId, shopNo(), text(MallField.NAME).get().strip(),
                text(MallField.API_VERSION).get().strip(), text(MallField.BASE_URL).get(), clientId.get().strip(),
                enabled, demo, original == null ? 0 : original.version());
    }

    private int shopNo() {
        try {
            return Integer.parseInt(text(MallField.SHOP_NO).get().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void check() {
        List<String> found = MallValidator.problems(mall());
        for (MallField field : MallField.values()) {
            String message = serverProblems.get(field);
            if (message == null && touched.contains(field) && found.contains(field.problemKey())) {
                message = messages.get(field.problemKey());
            }
            problems.get(field).set(message);
        }
        valid.set(found.isEmpty() && serverProblems.isEmpty());
    }

    /** Saves in the background; {@code onSaved} gets the stored mall. Problems stay on the form. */
    public void save(Consumer<Mall> onSaved) {
        if (!valid.get() || saving.get()) {
            touched.addAll(EnumSet.allOf(MallField.class));
            check();
            return;
        }
        Mall mall = mall();
        String secret = clientSecret.get();
        saving.set(true);
        error.set(null);
        executor.execute(BackgroundTask.of("mall.task.save", () -> {
            if (isNew()) {
                return malls.add(mall, secret);
            }
            malls.update(mall, secret);
            return mall;
        }, stored -> {
            saving.set(false);
            onSaved.accept(stored);
        }, this::failed));
    }

    private void failed(Throwable failure) {
        saving.set(false);
        if (failure instanceof InvalidSyncInputException invalid) {
            MallField field = MallField.withProblem(invalid.messageKey());
            if (field != null) {
                serverProblems.put(field, messages.get(invalid.messageKey()));
            }
            check();
            error.set(messages.get(invalid.messageKey()));
        } else if (failure instanceof StaleMallException) {
            error.set(messages.get("mall.stale"));
        } else if (failure instanceof DuplicateMallException) {
            Mall mall = mall();
            serverProblems.put(MallField.MALL_ID, messages.get("mall.duplicate.field"));
            check();
            error.set(messages.get("mall.duplicate", mall.mallId(), Integer.toString(mall.shopNo())));
        } else {
            error.set(messages.get("mall.error", failure.getMessage() == null
                    ? failure.getClass().getSimpleName() : failure.getMessage()));
        }
    }

    public boolean isNew() {
        return original == null;
    }

    public String title() {
        return isNew() ? messages.get("mall.editor.new") : messages.get("mall.editor.edit", original.displayName());
    }

    public StringProperty text(MallField field) {
        return texts.get(field);
    }

    public ReadOnlyStringProperty problem(MallField field) {
        return problems.get(field).getReadOnlyProperty();
    }

    public ObjectProperty<Platform> platformProperty() {
        return platform;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public StringProperty clientSecretProperty() {
        return clientSecret;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
