package com.mallboard.sheet;

/**
 * A cell whose text cannot be trusted: a formula that Excel left without a computed value (the file was written by a
 * program that does not calculate), or an error value such as {@code #REF!}. {@code detail} is the formula
 * ({@code =A2*2}) or the error as Excel shows it.
 */
public record CellFault(Kind kind, String detail) {

    /** Why the cell's text is not its value. */
    public enum Kind { ERROR_VALUE, NO_CACHED_VALUE }
}
