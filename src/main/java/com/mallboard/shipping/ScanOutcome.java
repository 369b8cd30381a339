package com.mallboard.shipping;

/** What one scan did to a {@link PackingSession}; each outcome has a message key and how loud it is. */
public sealed interface ScanOutcome {

    /** The message and loudness of each kind of outcome, in one place. */
    enum Kind {
        IGNORED("pack.scan.ignored", Feedback.NONE),
        TICKED("pack.scan.ticked", Feedback.OK),
        ORDER_COMPLETE("pack.scan.order.complete", Feedback.OK),
        OVER("pack.scan.over", Feedback.WARNING),
        WRONG_ITEM("pack.scan.wrong.item", Feedback.ERROR),
        UNKNOWN("pack.scan.unknown", Feedback.ERROR);

        private final String messageKey;
        private final Feedback feedback;

        Kind(String messageKey, Feedback feedback) {
            this.messageKey = messageKey;
            this.feedback = feedback;
        }
    }

    Kind kind();

    default String messageKey() {
        return kind().messageKey;
    }

    default Feedback feedback() {
        return kind().feedback;
    }

    /** Nothing but whitespace was scanned (a scanner's stray Enter): ignored. */
    record Ignored() implements ScanOutcome {
        @Override
        public Kind kind() {
            return Kind.IGNORED;
        }
    }

    /** A unit of a line was scanned; {@code line} shows the count after the scan. */
    record LineTicked(PackLine line) implements ScanOutcome {
        @Override
        public Kind kind() {
            return Kind.TICKED;
        }
    }

    /** The last unit of the order was scanned: it may be completed. */
    record OrderComplete(PackLine line) implements ScanOutcome {
        @Override
        public Kind kind() {
            return Kind.ORDER_COMPLETE;
        }
    }

    /** One unit too many of a line that is already complete: nothing counted; take the extra unit out. */
    record LineAlreadyComplete(PackLine line) implements ScanOutcome {
        @Override
        public Kind kind() {
            return Kind.OVER;
        }
    }

    /** A product we know, but not one this order asks for (or another option of it): nothing counted. */
    record WrongItem(String code, ScannedItem item) implements ScanOutcome {
        @Override
        public Kind kind() {
            return Kind.WRONG_ITEM;
        }
    }

    /** No product has this barcode or SKU: nothing counted. */
    record UnknownCode(String code) implements ScanOutcome {
        @Override
        public Kind kind() {
            return Kind.UNKNOWN;
        }
    }
}
