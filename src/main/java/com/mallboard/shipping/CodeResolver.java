package com.mallboard.shipping;

import java.util.Optional;

/** Turns a normalized scan (see {@link ScanCodes#normalize}) into the product it stands for. */
@FunctionalInterface
public interface CodeResolver {

    Optional<ScannedItem> resolve(String normalizedCode);
}
