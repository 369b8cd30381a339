package com.mallboard.app.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;

/**
 * A pattern layout whose whole output (message, arguments, exception messages and stack traces) passes through
 * {@link Redactor} before it is written. Usable from {@code logback.xml}: {@code <layout class="...RedactingLayout">
 * <pattern>...</pattern></layout>}.
 */
public final class RedactingLayout extends LayoutBase<ILoggingEvent> {
    private final PatternLayout inner = new PatternLayout();
    private String pattern = AppLogging.PATTERN;

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public String getPattern() {
        return pattern;
    }

    @Override
    public void start() {
        inner.setContext(getContext());
        inner.setPattern(pattern);
        inner.start();
        super.start();
    }

    @Override
    public void stop() {
        inner.stop();
        super.stop();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return Redactor.redact(inner.doLayout(event));
    }
}
