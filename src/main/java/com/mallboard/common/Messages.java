package com.mallboard.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible text in the chosen language, from {@code messages_ko.properties} / {@code messages_en.properties}. */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale KOREAN = Locale.KOREAN;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = supported(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Korean first: anything that is not English gets Korean. */
    public static Locale supported(Locale requested) {
        return ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : KOREAN;
    }

    /**
     * What went wrong, for the user: the exception's own message when it explains itself ({@link ExplainedException}),
     * else {@code fallbackKey} with the exception's text as its argument.
     */
    public String explain(Throwable error, String fallbackKey) {
        return error instanceof ExplainedException explained ? get(explained.messageKey(), explained.args())
                : get(fallbackKey, String.valueOf(error.getMessage()));
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(worded(args));
    }

    public Locale locale() {
        return locale;
    }

    /** {@code args} with each {@link MessageText} worded in this language. */
    private Object[] worded(Object[] args) {
        Object[] worded = args.clone();
        for (int i = 0; i < worded.length; i++) {
            worded[i] = worded(worded[i]);
        }
        return worded;
    }

    private Object worded(Object arg) {
        if (!(arg instanceof MessageText text)) {
            return arg;
        }
        if (text.key() == null) {
            return String.join("; ", text.args().stream().map(part -> String.valueOf(worded(part))).toList());
        }
        return get(text.key(), text.args().toArray());
    }
}
