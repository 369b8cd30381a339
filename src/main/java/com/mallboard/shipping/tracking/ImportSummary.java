package com.mallboard.shipping.tracking;

/** What an import stored: tracking numbers for {@code orders} orders ({@code lines} lines); {@code skipped} rows left. */
public record ImportSummary(int orders, int lines, int skipped) {
}
