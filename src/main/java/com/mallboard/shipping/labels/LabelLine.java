package com.mallboard.shipping.labels;

/** One mandatory cosmetic label line: what it is (its printed caption) and the product's text for it. */
public record LabelLine(Kind kind, String text) {

    /** The lines Korean cosmetic labels must carry besides name and capacity, in printed order. */
    public enum Kind {
        MANUFACTURER("labels.line.manufacturer"),
        RESPONSIBLE_SELLER("labels.line.responsibleSeller"),
        USAGE_PERIOD("labels.line.usagePeriod"),
        INGREDIENTS("labels.line.ingredients");

        private final String captionKey;

        Kind(String captionKey) {
            this.captionKey = captionKey;
        }

        public String captionKey() {
            return captionKey;
        }
    }
}
