package com.mallboard.team;

import com.mallboard.common.ExplainedException;
import com.mallboard.common.MessageText;
import com.mallboard.common.Messages;
import java.util.Locale;
import java.util.Optional;

/**
 * The team server refused a read or a write because the person's account lacks the role for it (SQLSTATE 42501).
 * The transaction was rolled back, so nothing was half done, and what the user typed is still on their screen.
 * {@link #getMessage()} is the explanation in the app's language, since most screens show a failure's message as it
 * is; it names the role needed and holds no data.
 */
public class NotAllowedException extends ExplainedException {
    static final String KEY = "team.refused";
    static final String KEY_NO_ROLE = "team.refused.unknown";

    private final transient Role needed;

    public NotAllowedException(Role needed, Throwable cause) {
        super(needed == null ? KEY_NO_ROLE : KEY, cause, needed == null ? new Object[0]
                : new Object[] {MessageText.of(needed.messageKey())});
        this.needed = needed;
    }

    /** The role that would have been allowed; empty when the refusal does not say. */
    public Optional<Role> needed() {
        return Optional.ofNullable(needed);
    }

    /** {@code Locale.getDefault()} follows the language the user chose in the app (the main scene sets it). */
    @Override
    public String getMessage() {
        return new Messages(Locale.getDefault()).get(messageKey(), args());
    }
}
