package com.mallboard.sync;

import java.util.List;

/** Master against mall, side by side, for one listing. {@code remote} is empty when the mall no longer has it. */
public record DriftReport(Listing listing, ListingContent ours, java.util.Optional<RemoteProduct> remote,
        List<DriftField> fields) {

    public boolean drifted() {
        return remote.isEmpty() || fields.stream().anyMatch(DriftField::differs);
    }
}
