package com.mallboard.settings.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.DataReopener;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.team.ServerAddress;
import com.mallboard.team.StoreMove;
import com.mallboard.team.TeamPasswords;
import com.mallboard.team.TeamServers;
import com.mallboard.team.TeamSettings;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Team mode for this data folder: connect it to a team server that already holds the team's data, move this
 * folder's data to a new, empty team database, or go back to the local file. Every way first logs in (off the FX
 * thread), so a wrong address or password is said here and the app keeps running on what it has.
 */
public final class TeamServerViewModel {
    /** What the app has open and where its data folder and local file are. */
    public record Current(Path folder, Path localFile, Optional<ServerAddress> server) {
    }

    private final Current current;
    private final TeamServers servers;
    private final TeamPasswords passwords;
    private final DataReopener reopener;
    private final TaskExecutor executor;
    private final Messages messages;
    private final StringProperty url = new SimpleStringProperty("jdbc:postgresql://");
    private final StringProperty user = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final SectionFeedback feedback = new SectionFeedback();

    public TeamServerViewModel(Current current, TeamServers servers, TeamPasswords passwords, DataReopener reopener,
            TaskExecutor executor, Messages messages) {
        this.current = current;
        this.servers = servers;
        this.passwords = passwords;
        this.reopener = reopener;
        this.executor = executor;
        this.messages = messages;
        current.server().ifPresent(server -> {
            url.set(server.url());
            user.set(server.user());
        });
    }

    /** "This folder works on its local file" or "… on the team server minji @ db:5432/mallboard". */
    public String status() {
        return current.server().map(server -> messages.get("settings.team.status.server", server.describe()))
                .orElseGet(() -> messages.get("settings.team.status.local", current.localFile()));
    }

    public boolean onServer() {
        return current.server().isPresent();
    }

    /** Logs in, then reopens the folder on the server, which is remembered with the password from now on. */
    public void connect() {
        address().ifPresent(address -> loggedIn(address, () -> reopener.reopen(current.folder(), folder -> {
            passwords.remember(address, password.get());
            TeamSettings.save(folder, address);
        })));
    }

    /** Logs in, then copies this folder's data to the (empty) server with the folder closed, checks it, reopens. */
    public void moveToServer() {
        StoreMove move = new StoreMove(servers, passwords);
        address().ifPresent(address -> loggedIn(address, () -> reopener.reopen(current.folder(),
                folder -> move.move(folder, current.localFile(), address, password.get()))));
    }

    /** Back to the folder's local file, as it was when the data moved to the server. */
    public void useLocalFile() {
        reopener.reopen(current.folder(), TeamSettings::clear);
    }

    private Optional<ServerAddress> address() {
        feedback.clear();
        if (password.get().isEmpty()) {
            feedback.problem(messages.get("settings.team.password.missing"));
            return Optional.empty();
        }
        try {
            return Optional.of(new ServerAddress(url.get(), user.get()));
        } catch (IllegalArgumentException e) {
            feedback.problem(messages.get(user.get().isBlank() ? "settings.team.user.missing" : "settings.team.url.bad"));
            return Optional.empty();
        }
    }

    private void loggedIn(ServerAddress address, Runnable then) {
        busy.set(true);
        feedback.saved(messages.get("settings.team.checking", address.describe()));
        executor.execute(BackgroundTask.of("settings.team.task", () -> {
            servers.check(address, password.get());
            return address;
        }, checked -> {
            busy.set(false);
            then.run();
        }, this::failed));
    }

    private void failed(Throwable error) {
        busy.set(false);
        feedback.problem(messages.explain(error, "settings.team.failed"));
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

    public BooleanProperty busyProperty() {
        return busy;
    }

    SectionFeedback feedback() {
        return feedback;
    }

    public String feedbackText() {
        return feedback.textProperty().get();
    }
}
