package com.mallboard.team.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.DataReopener.WhileClosed;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.team.ServerAddress;
import com.mallboard.team.TeamPasswords;
import com.mallboard.team.TeamServers;
import com.mallboard.team.TeamSettings;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Signing in when the folder's team server could not be used by itself: why (no password remembered, refused,
 * unreachable), the address and account to correct, and the way back to the local file. A sign-in is tried here
 * first, so a wrong password is said at once; only a working one is remembered and the folder opened on it.
 */
public final class SignInViewModel {
    private final TeamServers servers;
    private final TeamPasswords passwords;
    private final Consumer<WhileClosed> reopen;
    private final TaskExecutor executor;
    private final Messages messages;
    private final StringProperty url = new SimpleStringProperty();
    private final StringProperty user = new SimpleStringProperty();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    /**
     * @param why the message of what stopped the start, in the user's language
     * @param reopen runs work with the data folder closed, then opens it again
     */
    public SignInViewModel(ServerAddress address, String why, TeamServers servers, TeamPasswords passwords,
            Consumer<WhileClosed> reopen, TaskExecutor executor, Messages messages) {
        this.servers = servers;
        this.passwords = passwords;
        this.reopen = reopen;
        this.executor = executor;
        this.messages = messages;
        url.set(address.url());
        user.set(address.user());
        problem.set(why);
    }

    public void signIn() {
        ServerAddress address;
        try {
            address = new ServerAddress(url.get(), user.get());
        } catch (IllegalArgumentException e) {
            problem.set(messages.get(user.get().isBlank() ? "settings.team.user.missing" : "settings.team.url.bad"));
            return;
        }
        if (password.get().isEmpty()) {
            problem.set(messages.get("settings.team.password.missing"));
            return;
        }
        String typed = password.get();
        busy.set(true);
        problem.set(messages.get("team.signin.checking"));
        executor.execute(BackgroundTask.of("settings.team.task", () -> {
            servers.check(address, typed);
            return address;
        }, checked -> reopen.accept(folder -> {
            passwords.remember(checked, typed);
            TeamSettings.save(folder, checked);
        }), this::failed));
    }

    /** The folder opens on its local file from now on; the server's data stays on the server. */
    public void useLocalFile() {
        busy.set(true);
        reopen.accept(TeamSettings::clear);
    }

    private void failed(Throwable error) {
        busy.set(false);
        problem.set(messages.explain(error, "settings.team.failed"));
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
