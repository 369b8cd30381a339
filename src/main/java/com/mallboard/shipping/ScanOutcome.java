package com.mallboard.shipping;

/** What one scan did to a {@link PackingSession}; each outcome has a message key and how loud it is. */
public sealed interface ScanOutcome {

    String messageKey();

    Feedback feedback();

    /** Nothing but whitespace was scanned (a scanner's stray Enter): ignored. */
    record Ignored() implements ScanOutcome {
        @Override
        public String messageKey() {
            return "pack.scan.ignored";
        }

        @Override
        public Feedback feedback() {
            return Feedback.NONE;
        }
    }

    /** A unit of a line was scanned; {@code line} shows the count after the scan. */
    record LineTicked(PackLine line) implements ScanOutcome {
        @Override
        public String messageKey() {
            return "pack.scan.ticked";
        }

        @Override
        public Feedback feedback() {
            return Feedback.OK;
        }
    }

    /** The last unit of the order was scanned: it may be completed. */
    record OrderComplete(PackLine line) implements ScanOutcome {
        @Override
        public String messageKey() {
            return "pack.scan.order.complete";
        }

        @Override
        public Feedback feedback() {
            return Feedback.OK;
        }
    }

    /** One unit too many of a line that is already complete: nothing counted; take the extra unit out. */
    record LineAlreadyComplete(PackLine line) implements ScanOutcome {
        @Override
        public String messageKey() {
            return "pack.scan.over";
        }

        @Override
        public Feedback feedback() {
            return Feedback.WARNING;
        }
    }

    /** A product we know, but not one this order asks for (or another option of it): nothing counted. */
    record WrongItem(String code, ScannedItem item) implements ScanOutcome {
        @Override
        public String messageKey() {
            return "pack.scan.wrong.item";
        }

        @Override
        public Feedback feedback() {
            return Feedback.ERROR;
        }
    }

    /** No product has this barcode or SKU: nothing counted. */
    record UnknownCode(String code) implements ScanOutcome {
        @Override
        public String messageKey() {
            return "pack.scan.unknown";
        }

        @Override
        public Feedback feedback() {
            return Feedback.ERROR;
        }
    }
}
