package com.mallboard.sync;

/**
 * A connected online mall. {@code mallId} is the platform's own id (the Cafe24 subdomain); {@code baseUrlOverride}
 * points the client at a proxy or at the demo mall instead of the platform's default address. The client secret and
 * tokens are not here: they live in the {@link CredentialStore}. {@code version} counts edits of these settings
 * (optimistic locking); sync bookkeeping does not count. A mall not read from the store (a new one, a fixture) has
 * version 0, and an update of it is not checked.
 */
public record Mall(
        long id,
        Platform platform,
        String mallId,
        int shopNo,
        String displayName,
        String apiVersion,
        String baseUrlOverride,
        String clientId,
        boolean enabled,
        boolean demo,
        int version) {

    public Mall {
        baseUrlOverride = baseUrlOverride == null || baseUrlOverride.isBlank() ? null : baseUrlOverride.strip();
    }


    public Mall withId(long newId) {
        return new Mall(newId, platform, mallId, shopNo, displayName, apiVersion, baseUrlOverride, clientId, enabled,
                demo, version);
    }

    public Mall withEnabled(boolean nowEnabled) {
        return new Mall(id, platform, mallId, shopNo, displayName, apiVersion, baseUrlOverride, clientId, nowEnabled,
                demo, version);
    }
}
