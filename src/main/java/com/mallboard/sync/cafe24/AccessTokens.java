package com.mallboard.sync.cafe24;

import com.mallboard.sync.Mall;
import com.mallboard.sync.MallAuthorizationException;
import com.mallboard.sync.MallCallException;
import com.mallboard.sync.MallSecrets;
import com.mallboard.sync.TokenSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The access token for one mall, refreshed shortly before it expires or when the mall rejects it. Refresh tokens
 * rotate (the old one dies the moment the new one is issued), so the new pair is saved before it is used: a crash
 * right after a refresh must not leave us holding only a dead refresh token.
 */
final class AccessTokens {
    private final Mall mall;
    private final MallSecrets secrets;
    private final Cafe24TokenEndpoint endpoint;
    private final Clock clock;
    private final Duration refreshAhead;
    private TokenSet current;

    AccessTokens(Mall mall, MallSecrets secrets, Cafe24TokenEndpoint endpoint, Clock clock, Duration refreshAhead) {
        this.mall = mall;
        this.secrets = secrets;
        this.endpoint = endpoint;
        this.clock = clock;
        this.refreshAhead = refreshAhead;
    }

    /** A token to send now, refreshed first when it is about to expire. */
    synchronized String accessToken() {
        TokenSet tokens = current != null ? current : stored();
        Instant now = clock.instant();
        if (!now.isBefore(tokens.accessExpiresAt().minus(refreshAhead))) {
            try {
                tokens = refresh(tokens);
            } catch (MallCallException unreachable) {
                // refreshing early is a courtesy: while the old token still works, a token endpoint hiccup can wait
                if (unreachable instanceof MallAuthorizationException || !now.isBefore(tokens.accessExpiresAt())) {
                    throw unreachable;
                }
            }
        }
        current = tokens;
        return tokens.accessToken();
    }

    /**
     * The mall answered 401 to {@code rejected}. If the stored tokens changed meanwhile (the mall was connected
     * again) those are used; otherwise one refresh.
     */
    synchronized String afterRejection(String rejected) {
        TokenSet stored = stored();
        current = stored.accessToken().equals(rejected) ? refresh(stored) : stored;
        return current.accessToken();
    }

    private TokenSet refresh(TokenSet tokens) {
        Instant now = clock.instant();
        if (!now.isBefore(tokens.refreshExpiresAt())) {
            throw new MallAuthorizationException("The mall's authorization has expired; connect the mall again", null);
        }
        String clientSecret = secrets.clientSecret(mall).orElseThrow(() -> new MallAuthorizationException(
                "No client secret is stored for this mall; connect the mall again", null));
        TokenSet fresh = endpoint.refresh(tokens.refreshToken(), clientSecret);
        secrets.saveTokens(mall, fresh);
        return fresh;
    }

    private TokenSet stored() {
        Optional<TokenSet> tokens;
        try {
            tokens = secrets.tokens(mall);
        } catch (IllegalStateException damaged) {
            throw new MallAuthorizationException(damaged.getMessage(), damaged);
        }
        return tokens.orElseThrow(() -> new MallAuthorizationException(
                "This mall is not connected yet; connect it to let Mallboard work with it", null));
    }
}
