package io.ultralink.llm.http;

import io.ultralink.error.ConfigurationException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * The settings every HTTP backend builder shares: key, timeout, a shared client, opt-in request
 * logging (secret headers masked) and where environment variables come from.
 *
 * @param <B> the concrete builder
 */
public abstract class HttpBackendBuilder<B extends HttpBackendBuilder<B>> {

    private Supplier<String> apiKey;
    private Duration timeout = Duration.ofSeconds(60);
    private OkHttpClient httpClient;
    private boolean logRequests;
    private Function<String, String> environment = System::getenv;

    /** For subclasses. */
    protected HttpBackendBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** The API key (default: the backend's environment variable). */
    public B apiKey(String value) {
        apiKey = () -> value;
        return self();
    }

    /** A supplier asked for the key at every call (rotated keys are picked up). */
    public B apiKey(Supplier<String> value) {
        apiKey = Objects.requireNonNull(value, "apiKey");
        return self();
    }

    /** The whole-call timeout (default 60 s), also the read timeout. */
    public B timeout(Duration value) {
        timeout = Objects.requireNonNull(value, "timeout");
        return self();
    }

    /**
     * A client to share: its pool and dispatcher are reused and never closed by the backend. OkHttp's
     * default dispatcher runs at most 5 asynchronous calls per host, which caps
     * {@code ResilientChatModel}'s concurrency: raise {@code Dispatcher.setMaxRequestsPerHost} on a
     * client meant for concurrent use. Without a client, the backend builds one allowing 1,024.
     */
    public B httpClient(OkHttpClient value) {
        httpClient = value;
        return self();
    }

    /** Logs each request at INFO through slf4j with secret headers masked (default off). */
    public B logRequests(boolean value) {
        logRequests = value;
        return self();
    }

    /** Where environment variables are read from (default {@link System#getenv}; tests replace it). */
    public B environment(Function<String, String> value) {
        environment = Objects.requireNonNull(value, "environment");
        return self();
    }

    /** The configured key supplier, else one reading {@code variable} from the environment. */
    protected Supplier<String> apiKeyOr(String variable) {
        Function<String, String> env = environment;
        return apiKey != null ? apiKey : () -> env.apply(variable);
    }

    /** {@code value} when not null, else the environment variable {@code variable} (may be null). */
    protected String orEnvironment(String value, String variable) {
        return value != null ? value : environment.apply(variable);
    }

    private Duration timeout(String backend) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new ConfigurationException(backend + " backend: timeout must be positive, was " + timeout);
        }
        return timeout;
    }

    /** The transport for {@code service} built from these settings (the timeout validated). */
    protected HttpTransport newTransport(String service, ApiKey key) {
        return new HttpTransport(service, httpClient, timeout(service), logRequests, key);
    }
}
