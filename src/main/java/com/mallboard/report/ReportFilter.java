package com.mallboard.report;

import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Tags;

/**
 * Narrows a report to one brand, influencer, tag and/or mall, like the board's quick filter; {@code null} means any.
 * Product views apply {@link #matches}; order views also keep only {@code mallId}'s orders.
 */
public record ReportFilter(String brand, String influencer, String tag, Long mallId) {
    public static final ReportFilter NONE = new ReportFilter(null, null, null, null);

    public ReportFilter {
        brand = blankToNull(brand);
        influencer = blankToNull(influencer);
        tag = blankToNull(tag) == null ? null : Tags.normalise(tag);
    }

    public boolean matches(Product product) {
        ProductDetails details = product.details();
        return (brand == null || brand.equals(details.brand()))
                && (influencer == null || influencer.equals(details.influencer()))
                && (tag == null || product.tags().contains(tag));
    }

    /** Whether an order of mall {@code mallRef} (Mallboard's mall number) belongs in the report. */
    public boolean matchesMall(long mallRef) {
        return mallId == null || mallId == mallRef;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
