package com.mallboard.product;

/** One thing wrong in a list of warehouse locations: the code at {@code index} and the message key that says what. */
public record LocationProblem(int index, String code, String messageKey) {
}
