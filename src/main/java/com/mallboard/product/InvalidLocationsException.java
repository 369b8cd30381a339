package com.mallboard.product;

import java.util.List;

/** A list of warehouse locations that was not saved, with everything wrong in it. */
public class InvalidLocationsException extends RuntimeException {
    private final transient List<LocationProblem> problems;

    public InvalidLocationsException(List<LocationProblem> problems) {
        super(problems.get(0).messageKey());
        this.problems = List.copyOf(problems);
    }

    public List<LocationProblem> problems() {
        return problems;
    }
}
