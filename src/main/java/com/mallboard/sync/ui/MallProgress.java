package com.mallboard.sync.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** How far one mall's sync has come: jobs done of the jobs queued (the total grows if jobs arrive meanwhile). */
public final class MallProgress {
    private final long mallRef;
    private final String mallName;
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final DoubleBinding fraction;

    MallProgress(long mallRef, String mallName) {
        this.mallRef = mallRef;
        this.mallName = mallName;
        this.fraction = Bindings.createDoubleBinding(
                () -> total.get() == 0 ? 0 : Math.min(1.0, (double) done.get() / total.get()), done, total);
    }

    void update(int doneJobs, int totalJobs) {
        total.set(totalJobs);
        done.set(doneJobs);
    }

    public long mallRef() {
        return mallRef;
    }

    public String mallName() {
        return mallName;
    }

    public ReadOnlyIntegerProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** 0 to 1 for a progress bar; 0 while the mall has nothing queued. */
    public DoubleBinding fraction() {
        return fraction;
    }
}
