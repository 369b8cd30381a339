package com.mallboard.sync.cafe24.demomall;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The OAuth state of one mall: authorization codes (single use, one minute), access tokens and rotating refresh
 * tokens. Expiry uses wall-clock time because the token response states it as a date.
 */
final class TokenRegistry {

    static final Duration CODE_LIFETIME = Duration.ofMinutes(1);
    private static final char[] TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    /** Why a bearer token was refused; Cafe24 words the two cases differently. */
    enum Check { VALID, EXPIRED, INVALID }

    private record Code(String redirectUri, List<String> scopes, Instant expiresAt) {
    }

    private record Access(Instant expiresAt, String refreshToken) {
    }

    private record Refresh(Instant expiresAt, List<String> scopes, String accessToken) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Duration accessLifetime;
    private final Duration refreshLifetime;
    private final Map<String, Code> codes = new HashMap<>();
    private final Map<String, Access> accessTokens = new HashMap<>();
    private final Map<String, Refresh> refreshTokens = new HashMap<>();

    TokenRegistry(Duration accessLifetime, Duration refreshLifetime) {
        this.accessLifetime = accessLifetime;
        this.refreshLifetime = refreshLifetime;
    }

    synchronized String issueCode(String redirectUri, List<String> scopes) {
        String code = randomToken(22);
        codes.put(code, new Code(redirectUri, scopes, Instant.now().plus(CODE_LIFETIME)));
        return code;
    }

    /** Trades a code for tokens. The code is gone after the first try, whether it succeeds or not. */
    synchronized TokenGrant redeemCode(String code, String redirectUri) {
        Code issued = code == null ? null : codes.remove(code);
        if (issued == null) {
            throw ApiException.oauth(400, "invalid_grant", "The authorization code is unknown or already used.");
        }
        if (Instant.now().isAfter(issued.expiresAt())) {
            throw ApiException.oauth(400, "invalid_grant", "The authorization code has expired.");
        }
        if (!issued.redirectUri().equals(redirectUri)) {
            throw ApiException.oauth(400, "invalid_grant", "redirect_uri does not match the one used to authorize.");
        }
        return issue(issued.scopes());
    }

    /** Rotation: the old refresh token stops working at once; a new pair is issued. */
    synchronized TokenGrant refresh(String refreshToken) {
        Refresh stored = refreshToken == null ? null : refreshTokens.remove(refreshToken);
        if (stored == null) {
            throw ApiException.oauth(400, "invalid_grant", "The refresh token is unknown, used or revoked.");
        }
        if (Instant.now().isAfter(stored.expiresAt())) {
            throw ApiException.oauth(400, "invalid_grant", "refresh_token time expired.");
        }
        return issue(stored.scopes());
    }

    /** Revoking either token of a pair revokes both. */
    synchronized void revoke(String token) {
        Access access = accessTokens.remove(token);
        if (access != null) {
            refreshTokens.remove(access.refreshToken());
        }
        Refresh refresh = refreshTokens.remove(token);
        if (refresh != null) {
            accessTokens.remove(refresh.accessToken());
        }
    }

    synchronized Check check(String accessToken) {
        Access access = accessToken == null ? null : accessTokens.get(accessToken);
        if (access == null) {
            return Check.INVALID;
        }
        return Instant.now().isBefore(access.expiresAt()) ? Check.VALID : Check.EXPIRED;
    }

    /** Test hook: every access token issued so far is past its expiry. Refresh tokens keep working. */
    synchronized void expireAccessTokens() {
        Instant past = Instant.now().minusSeconds(1);
        accessTokens.replaceAll((token, access) -> new Access(past, access.refreshToken()));
    }

    /**
     * The tokens worth keeping across a restart: live refresh tokens, and access tokens that are live or still
     * paired with a live refresh token (so the client hears "expired" and refreshes). Codes live a minute: not kept.
     */
    synchronized SavedState.SavedTokens save() {
        Instant now = Instant.now();
        List<SavedState.SavedRefresh> refresh = new ArrayList<>();
        refreshTokens.forEach((token, r) -> {
            if (now.isBefore(r.expiresAt())) {
                refresh.add(new SavedState.SavedRefresh(token, r.expiresAt().toString(), r.scopes(), r.accessToken()));
            }
        });
        List<SavedState.SavedAccess> access = new ArrayList<>();
        accessTokens.forEach((token, a) -> {
            if (now.isBefore(a.expiresAt()) || refreshTokens.containsKey(a.refreshToken())) {
                access.add(new SavedState.SavedAccess(token, a.expiresAt().toString(), a.refreshToken()));
            }
        });
        return new SavedState.SavedTokens(access, refresh);
    }

    /** Takes back tokens from {@link #save()}, with the expiries they were issued with. */
    synchronized void restore(SavedState.SavedTokens saved) {
        for (SavedState.SavedAccess a : saved.access()) {
            accessTokens.put(requireToken(a.token()), new Access(Instant.parse(a.expiresAt()), a.refreshToken()));
        }
        for (SavedState.SavedRefresh r : saved.refresh()) {
            refreshTokens.put(requireToken(r.token()), new Refresh(Instant.parse(r.expiresAt()), List.copyOf(r.scopes()),
                    r.accessToken()));
        }
    }

    private static String requireToken(String token) {
        if (token == null || token.isBlank()) {
            throw new SavedStateException("a saved token is empty");
        }
        return token;
    }

    private TokenGrant issue(List<String> scopes) {
        // Token responses carry millisecond stamps; truncating keeps what we enforce equal to what we report.
        Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
        String access = randomToken(22);
        String refresh = randomToken(22);
        Instant accessExpiry = now.plus(accessLifetime);
        Instant refreshExpiry = now.plus(refreshLifetime);
        accessTokens.put(access, new Access(accessExpiry, refresh));
        refreshTokens.put(refresh, new Refresh(refreshExpiry, scopes, access));
        return new TokenGrant(access, accessExpiry, refresh, refreshExpiry, scopes, now);
    }

    private String randomToken(int length) {
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(TOKEN_ALPHABET[random.nextInt(TOKEN_ALPHABET.length)]);
        }
        return token.toString();
    }
}
