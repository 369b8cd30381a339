package com.mallboard.sync.cafe24.demomall;

import java.time.Instant;
import java.util.List;

/** A freshly issued access/refresh token pair, as the token endpoint reports it. */
record TokenGrant(String accessToken, Instant accessExpiresAt, String refreshToken, Instant refreshExpiresAt,
        List<String> scopes, Instant issuedAt) {

    TokenGrant {
        scopes = List.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "TokenGrant[access expires " + accessExpiresAt + ", refresh expires " + refreshExpiresAt + "]";
    }
}
