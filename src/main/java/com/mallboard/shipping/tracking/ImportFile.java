package com.mallboard.shipping.tracking;

import com.mallboard.sheet.SheetTable;
import java.nio.file.Path;
import java.util.Optional;

/** A courier's file read for import, with the courier its headers (or its name) suggest. */
public record ImportFile(Path path, SheetTable table, Optional<Courier> guessedCourier) {
}
