package com.mallboard.product.importing;

/** What a committed import did; {@code skipped} counts rows left out because they had problems. */
public record ImportSummary(int inserted, int updated, int unchanged, int skipped) {
}
