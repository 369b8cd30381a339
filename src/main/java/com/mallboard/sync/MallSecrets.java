package com.mallboard.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * A mall's client secret and tokens, kept in the {@link CredentialStore} under the mall's id. Tokens are written
 * here before they are used, so a refresh token that rotated is never lost to a crash.
 */
public final class MallSecrets {
    private final CredentialStore store;

    public MallSecrets(CredentialStore store) {
        this.store = store;
    }

    public Optional<String> clientSecret(Mall mall) {
        return store.read(key(mall, "client-secret"));
    }

    public void saveClientSecret(Mall mall, String secret) {
        store.write(key(mall, "client-secret"), secret);
    }

    public Optional<TokenSet> tokens(Mall mall) {
        return store.read(key(mall, "tokens")).map(MallSecrets::parseTokens);
    }

    public void saveTokens(Mall mall, TokenSet tokens) {
        store.write(key(mall, "tokens"), String.join("\n", tokens.accessToken(), tokens.accessExpiresAt().toString(),
                tokens.refreshToken(), tokens.refreshExpiresAt().toString()));
    }

    /** Disconnecting: the tokens go; the client secret stays so connecting again needs no re-typing. */
    public void forgetTokens(Mall mall) {
        store.delete(key(mall, "tokens"));
    }

    public void forgetAll(Mall mall) {
        forgetTokens(mall);
        store.delete(key(mall, "client-secret"));
    }

    public String storeDescription() {
        return store.describe();
    }

    private static String key(Mall mall, String what) {
        return "mall/" + mall.id() + "/" + what;
    }

    private static TokenSet parseTokens(String stored) {
        String[] lines = stored.split("\n", -1);
        if (lines.length != 4) {
            throw new IllegalStateException("stored tokens are damaged; connect the mall again");
        }
        return new TokenSet(lines[0], Instant.parse(lines[1]), lines[2], Instant.parse(lines[3]));
    }
}
