package com.mallboard.board;

/** A quick filter a user named to get back to it in one click. */
public record SavedFilter(String name, BoardFilter filter) {
}
