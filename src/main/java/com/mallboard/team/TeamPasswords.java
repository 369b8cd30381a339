package com.mallboard.team;

import com.mallboard.sync.CredentialStore;
import java.util.Optional;

/** A person's team-server password, kept where mall secrets are: the OS keyring, else the encrypted file. */
public final class TeamPasswords {
    private final CredentialStore credentials;

    public TeamPasswords(CredentialStore credentials) {
        this.credentials = credentials;
    }

    public Optional<String> read(ServerAddress address) {
        return credentials.read(address.passwordKey()).filter(password -> !password.isEmpty());
    }

    public void remember(ServerAddress address, String password) {
        credentials.write(address.passwordKey(), password);
    }

    public void forget(ServerAddress address) {
        credentials.delete(address.passwordKey());
    }
}
