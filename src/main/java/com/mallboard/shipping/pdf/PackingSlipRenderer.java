package com.mallboard.shipping.pdf;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.shipping.documents.CourierNames;
import com.mallboard.shipping.documents.PackingSlip;
import com.mallboard.shipping.documents.PickInfo;
import com.mallboard.shipping.documents.PickLookup;
import com.mallboard.shipping.documents.SlipLine;
import com.mallboard.shipping.documents.SlipOrder;
import com.mallboard.sync.Receiver;
import com.mallboard.sync.StoredOrder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Packing slips, one page per order (more when its items do not fit): the order id as a Code128 barcode, mall,
 * receiver, shipping message, courier and tracking number when known, and the items with their barcodes.
 * The same drawing serves A4 and 4×6-inch labels; sizes scale with {@link PageLayout#scale()}.
 */
public final class PackingSlipRenderer {
    private final Messages messages;
    private final Formats formats;
    private final PickLookup products;
    private final CourierNames couriers;
    private final PageLayout layout;
    private final PdfFonts.Files fontFiles = new PdfFonts.Files();

    /** {@code products} gives the SKU, location and barcode of a matched product id ({@code null} when unknown). */
    public PackingSlipRenderer(Messages messages, Function<Long, PickInfo> products, PageLayout layout) {
        this(messages, PickLookup.byProduct(products), CourierNames.CODES_ONLY, layout);
    }

    /** {@code products} gives each line's facts (option SKUs too); {@code couriers} names the courier codes. */
    public PackingSlipRenderer(Messages messages, PickLookup products, CourierNames couriers, PageLayout layout) {
        this.messages = messages;
        this.products = products;
        this.couriers = couriers;
        this.layout = layout;
        this.formats = new Formats(Formats.SEOUL, messages.locale());
    }

    public PageLayout layout() {
        return layout;
    }

    public byte[] render(PackingSlip slip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(List.of(slip), 1, out);
        return out.toByteArray();
    }

    /** All slips of a batch in one document, sorted by {@code order}; each order's copies come one after another. */
    public byte[] renderAll(List<StoredOrder> orders, SlipOrder order, int copies) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderAll(orders, order, copies, out);
        return out.toByteArray();
    }

    public void renderAll(List<StoredOrder> orders, SlipOrder order, int copies, OutputStream out) {
        List<PackingSlip> slips = orders.stream().map(o -> PackingSlip.of(o, products, couriers))
                .sorted(order.comparator()).toList();
        write(slips, copies, out);
    }

    private void write(List<PackingSlip> slips, int copies, OutputStream out) {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1: " + copies);
        }
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = fontFiles.embedIn(document);
            for (PackingSlip slip : slips) {
                for (int copy = 0; copy < copies; copy++) {
                    new SlipDrawing(document, fonts, slip).draw();
                }
            }
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws one copy of one slip, starting new pages while items overflow. */
    private final class SlipDrawing {
        private final PDDocument document;
        private final PdfFonts fonts;
        private final PackingSlip slip;
        private final float s = layout.scale();
        private final float left = layout.margin();
        private final float right = layout.size().getWidth() - layout.margin();
        private final float bottom = layout.size().getHeight() - layout.margin();
        private final float barcodeWidth = 120 * s;
        private final float qtyRight = right - barcodeWidth - 8 * s;
        private PdfPage page;
        private float top;

        SlipDrawing(PDDocument document, PdfFonts fonts, PackingSlip slip) {
            this.document = document;
            this.fonts = fonts;
            this.slip = slip;
        }

        void draw() {
            page = new PdfPage(document, layout.size(), fonts);
            try {
                heading();
                receiver();
                itemsHeader();
                for (SlipLine line : slip.lines()) {
                    item(line);
                }
                int total = slip.lines().stream().mapToInt(SlipLine::quantity).sum();
                page.textRight(messages.get("shipping.slip.total", total), qtyRight, top + 4 * s, fonts.bold(), 10 * s);
            } finally {
                page.close();
            }
        }

        private void heading() {
            top = left;
            page.text(messages.get("shipping.slip.title"), left, top, fonts.bold(), 18 * s);
            page.textFit(slip.mallName(), right - 150 * s, top, 150 * s, fonts.bold(), 11 * s, PdfPage.BLACK);
            page.textRight(messages.get("shipping.slip.orderedAt", formats.dateTime(slip.orderedAt())), right,
                    top + 15 * s, fonts.regular(), 8 * s);
            top += 30 * s;
            Barcodes.Bars bars = Barcodes.code128(slip.orderId());
            float barHeight = 40 * s;
            if (bars != null) {
                page.barcode(bars, left, top, Math.min(right - left, 260 * s), barHeight, 0);
                top += barHeight + 3 * s;
            }
            page.text(messages.get("shipping.slip.orderId", slip.orderId()), left + 4 * s, top, fonts.bold(), 10 * s);
            if (slip.canceled()) {
                page.textRight(messages.get("shipping.slip.canceled"), right, top, fonts.bold(), 12 * s);
            }
            top += 18 * s;
            page.rule(left, right, top, 1f);
            top += 8 * s;
        }

        private void receiver() {
            Receiver r = slip.receiver() == null ? new Receiver("", "", "", "", "", "", "") : slip.receiver();
            field("shipping.slip.receiver", List.of(nullToEmpty(r.name())), 13 * s, true);
            String phones = Stream.of(r.phone(), r.cellphone()).filter(p -> p != null && !p.isBlank()).distinct()
                    .collect(Collectors.joining(" / "));
            field("shipping.slip.phone", List.of(phones), 10 * s, false);
            String zip = r.zipcode() == null || r.zipcode().isBlank() ? "" : "(" + r.zipcode() + ") ";
            String address = zip + nullToEmpty(r.address1()) + " " + nullToEmpty(r.address2());
            field("shipping.slip.address", wrapValue(address, 10 * s), 10 * s, false);
            if (r.shippingMessage() != null && !r.shippingMessage().isBlank()) {
                field("shipping.slip.message", wrapValue(r.shippingMessage(), 10 * s), 10 * s, false);
            }
            if (slip.trackingNo() != null) {
                String courier = slip.courier() == null ? "" : slip.courier() + "  ";
                field("shipping.slip.tracking", List.of(courier + slip.trackingNo()), 10 * s, true);
            }
            top += 4 * s;
            page.rule(left, right, top, 1f);
            top += 8 * s;
        }

        private float valueX() {
            return left + 62 * s;
        }

        private List<String> wrapValue(String value, float size) {
            return page.wrap(value, right - valueX(), fonts.regular(), size);
        }

        private void field(String labelKey, List<String> lines, float size, boolean bold) {
            page.text(messages.get(labelKey), left, top + (size - 9 * s) * 0.8f, fonts.regular(), 9 * s, PdfPage.GREY);
            for (String line : lines) {
                page.text(line, valueX(), top, bold ? fonts.bold() : fonts.regular(), size);
                top += size * 1.35f;
            }
            top += 3 * s;
        }

        private void itemsHeader() {
            page.text(messages.get("shipping.column.product"), left, top, fonts.bold(), 9 * s);
            page.textRight(messages.get("shipping.column.quantity"), qtyRight, top, fonts.bold(), 9 * s);
            page.text(messages.get("shipping.column.barcode"), qtyRight + 14 * s, top, fonts.bold(), 9 * s);
            top += 13 * s;
            page.rule(left, right, top, 0.6f);
        }

        private void item(SlipLine line) {
            float rowHeight = 40 * s;
            if (top + rowHeight > bottom - 14 * s) {
                continuation();
            }
            float textTop = top + 5 * s;
            float nameWidth = qtyRight - 28 * s - left;
            page.textFit(line.productName(), left, textTop, nameWidth, fonts.regular(), 9.5f * s, PdfPage.BLACK);
            String code = line.option() == null ? line.sku() : line.sku() + " · " + line.option();
            page.textFit(code, left, textTop + 13 * s, nameWidth, fonts.regular(), 8 * s, PdfPage.GREY);
            page.textRight(Integer.toString(line.quantity()), qtyRight, textTop - 1, fonts.bold(), 13 * s);
            Barcodes.Bars bars = Barcodes.product(line.barcode(), line.sku());
            if (bars != null) {
                page.barcode(bars, qtyRight + 8 * s, top + 4 * s, barcodeWidth, rowHeight - 16 * s, 6.5f * s);
            }
            top += rowHeight;
            page.rule(left, right, top, 0.4f);
        }

        private void continuation() {
            page.close();
            page = new PdfPage(document, layout.size(), fonts);
            top = left;
            page.text(messages.get("shipping.slip.continued", slip.orderId()), left, top, fonts.bold(), 11 * s);
            top += 22 * s;
            itemsHeader();
        }

        private static String nullToEmpty(String value) {
            return value == null ? "" : value;
        }
    }
}
