package com.mallboard.settings;

import java.nio.file.Path;

/** The database file of a data folder, as moving and opening folders need it; the store implements it. */
public interface DatabaseFiles {

    /** The database's file name in a data folder. */
    String fileName();

    /** A consistent copy of the database {@code from} into the new file {@code to}, even while it is open. */
    void copy(Path from, Path to);

    /**
     * Throws when {@code copy} is damaged or holds other tables than {@code original}; with {@code countRows} (only
     * when nothing writes to {@code original}) also when a table holds another number of rows.
     */
    void verify(Path original, Path copy, boolean countRows);

    /** Whether this Mallboard can open the database in {@code file}: not when another Mallboard has its folder open. */
    State inspect(Path file);

    enum State { USABLE, NEWER, NOT_A_DATABASE, IN_USE }
}
