package com.mallboard.app;

import javafx.application.Application;

/** Plain entry point so JavaFX can start from the class path without a module descriptor. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(new CommandLine(System.out, System.err).run(args));
        }
        Application.launch(MallboardApp.class, args);
    }
}
