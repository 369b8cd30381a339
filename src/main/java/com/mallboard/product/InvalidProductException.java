package com.mallboard.product;

import java.util.List;

/** Raised when a save is attempted with field problems; the editor shows them before it gets this far. */
public class InvalidProductException extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidProductException(List<FieldProblem> problems) {
        super("Invalid product: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
