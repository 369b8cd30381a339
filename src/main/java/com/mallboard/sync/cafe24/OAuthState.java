package com.mallboard.sync.cafe24;

import java.security.SecureRandom;
import java.util.Base64;

/** The unguessable {@code state} that ties an OAuth redirect to the attempt that asked for it. */
final class OAuthState {
    private static final SecureRandom RANDOM = new SecureRandom();

    private OAuthState() {
    }

    static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
