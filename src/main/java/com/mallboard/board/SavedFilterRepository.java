package com.mallboard.board;

import java.util.List;

/** Named filters, kept in the data folder. */
public interface SavedFilterRepository {

    List<SavedFilter> all();

    /** Saves under the name, replacing a filter of the same name. */
    void save(SavedFilter filter);

    void delete(String name);
}
