package com.mallboard.sync;

import java.time.Instant;

/** The OAuth tokens of one mall. Refresh tokens rotate: each refresh gives a new one and kills the old. */
public record TokenSet(String accessToken, Instant accessExpiresAt, String refreshToken, Instant refreshExpiresAt) {

    @Override
    public String toString() {
        return "TokenSet[access expires " + accessExpiresAt + ", refresh expires " + refreshExpiresAt + "]";
    }
}
