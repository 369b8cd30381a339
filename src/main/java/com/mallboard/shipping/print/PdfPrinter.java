package com.mallboard.shipping.print;

import java.awt.HeadlessException;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Printable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.function.IntConsumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a PDF through the operating system's print dialog, so the user picks the printer, the copies and the paper
 * there as in any other program. PDFBox hands each page to {@code java.awt.print} as vector graphics, so barcodes stay
 * sharp on a 203 dpi label printer. Blocks until the printer took the job: call it off the FX thread.
 */
public final class PdfPrinter {
    private final PrintDestination destination;

    public PdfPrinter(PrintDestination destination) {
        this.destination = destination;
    }

    /**
     * Sends the document to the destination (asking the user first when it is the print dialog); false when the user
     * cancelled. {@code pagePrinted} hears 1, 2, … as pages go to the printer, on the printing thread.
     */
    public boolean print(byte[] pdf, String jobName, IntConsumer pagePrinted) throws PrintFailedException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new CountingPageable(new PDFPageable(document), pagePrinted));
            if (!destination.choose(job)) {
                return false;
            }
            job.print();
            return true;
        } catch (IOException e) {
            throw new PrintFailedException("print.unreadable", e.getMessage(), e);
        } catch (HeadlessException e) {
            throw new PrintFailedException("print.no.printer", "", e);
        } catch (PrinterException e) {
            throw new PrintFailedException("print.failed", e.getMessage(), e);
        }
    }

    /** Reports each page once, the first time the print system asks for it (it may ask again for each band). */
    private static final class CountingPageable implements Pageable {
        private final Pageable pages;
        private final IntConsumer pagePrinted;
        private int highest;

        CountingPageable(Pageable pages, IntConsumer pagePrinted) {
            this.pages = pages;
            this.pagePrinted = pagePrinted;
        }

        @Override
        public int getNumberOfPages() {
            return pages.getNumberOfPages();
        }

        @Override
        public PageFormat getPageFormat(int pageIndex) {
            return pages.getPageFormat(pageIndex);
        }

        @Override
        public Printable getPrintable(int pageIndex) {
            Printable page = pages.getPrintable(pageIndex);
            return (graphics, format, index) -> {
                int result = page.print(graphics, format, index);
                if (result == Printable.PAGE_EXISTS && index + 1 > highest) {
                    highest = index + 1;
                    pagePrinted.accept(highest);
                }
                return result;
            };
        }
    }
}
