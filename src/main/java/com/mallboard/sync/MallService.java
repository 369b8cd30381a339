package com.mallboard.sync;

import java.util.List;
import java.util.Optional;

/** Adding, editing, disabling and disconnecting malls; secrets go to the credential store, never the database. */
public final class MallService {
    private final MallRepository malls;
    private final MallSecrets secrets;
    private final OutboxRepository outbox;

    public MallService(MallRepository malls, MallSecrets secrets, OutboxRepository outbox) {
        this.malls = malls;
        this.secrets = secrets;
        this.outbox = outbox;
    }

    public List<Mall> all() {
        return malls.all();
    }

    public Optional<Mall> find(long mallRef) {
        return malls.find(mallRef);
    }

    public List<MallStatus> statuses() {
        return malls.statuses(mall -> secrets.tokens(mall).isPresent());
    }

    /** {@code clientSecret} may be null when the platform needs none (or it is entered later). */
    public Mall add(Mall mall, String clientSecret) {
        MallValidator.check(mall);
        Mall added = malls.add(mall);
        if (clientSecret != null && !clientSecret.isBlank()) {
            secrets.saveClientSecret(added, clientSecret.strip());
        }
        return added;
    }

    /** A null or blank {@code newClientSecret} keeps the stored one. */
    public void update(Mall mall, String newClientSecret) {
        MallValidator.check(mall);
        malls.update(mall);
        if (newClientSecret != null && !newClientSecret.isBlank()) {
            secrets.saveClientSecret(mall, newClientSecret.strip());
        }
    }

    public void setEnabled(long mallRef, boolean enabled) {
        malls.find(mallRef).ifPresent(mall -> malls.update(mall.withEnabled(enabled)));
    }

    public void disconnect(long mallRef) {
        malls.find(mallRef).ifPresent(secrets::forgetTokens);
    }

    public List<Carrier> carriers(long mallRef) {
        return malls.carriers(mallRef);
    }

    public List<JobLogEntry> jobLog(long mallRef, int limit) {
        return outbox.recent(mallRef, limit);
    }

    public int retryFailed(long mallRef) {
        return outbox.retryFailed(mallRef);
    }

    public int retryJob(long jobId) {
        return outbox.retry(jobId);
    }
}
