package com.mallboard.product.importing;

/**
 * Something wrong in one cell: {@code row} is the row number Excel shows, {@code column} its letter ("C"), and
 * {@code messageKey} (with {@code args}) the message a merchandiser reads.
 */
public record CellProblem(int row, String column, String messageKey, Object... args) {

    public CellProblem {
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return column + row + " " + messageKey;
    }
}
