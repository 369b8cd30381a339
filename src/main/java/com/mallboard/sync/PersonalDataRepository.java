package com.mallboard.sync;

import java.time.Instant;

/** Deletes receivers' personal data from orders whose retention ended. */
public interface PersonalDataRepository {

    /**
     * Deletes the buyer's and receiver's name, phones, address and shipping message of every order that was delivered
     * before {@code cutoff}, canceled and ordered before it, or shipped and ordered before it without the mall ever
     * reporting delivery. Returns how many orders lost their personal data.
     */
    int purgeBefore(Instant cutoff, Instant now);
}
