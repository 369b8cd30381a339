package com.mallboard.shipping.print;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import javax.print.PrintService;

/** Where a print job goes: the printer the user picks in the print dialog, or one given print service. */
@FunctionalInterface
public interface PrintDestination {

    /** Points the job at its printer (and copies, paper); false when the user cancelled. */
    boolean choose(PrinterJob job) throws PrinterException, PrintFailedException;

    /** The operating system's print dialog: printer, copies, paper. Fails clearly when no printer is set up. */
    static PrintDestination askUser() {
        return job -> {
            if (job.getPrintService() == null) {
                throw new PrintFailedException("print.no.printer", "", null);
            }
            return job.printDialog();
        };
    }

    /** Prints without asking, e.g. to a PostScript file in a script or a test. */
    static PrintDestination to(PrintService service) {
        return job -> {
            job.setPrintService(service);
            return true;
        };
    }
}
