package com.mallboard.app;

/** Plain entry point so JavaFX can start from the class path without a module descriptor. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("Mallboard");
    }
}
