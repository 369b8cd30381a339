package com.mallboard.product.importing;

import com.mallboard.common.ExplainedException;

/** An import that cannot go on as a whole (a missing or duplicated column, problems the user did not accept). */
public class ImportException extends ExplainedException {

    public ImportException(String messageKey, Object... args) {
        super(messageKey, null, args);
    }
}
