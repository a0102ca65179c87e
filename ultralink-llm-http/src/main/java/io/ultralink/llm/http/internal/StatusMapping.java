package io.ultralink.llm.http.internal;

import io.ultralink.error.AuthenticationException;
import io.ultralink.error.InvalidRequestException;
import io.ultralink.error.LlmException;
import io.ultralink.error.OverloadedException;
import io.ultralink.error.RateLimitedException;
import io.ultralink.error.TransientLlmException;
import java.time.Clock;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Maps an HTTP error status to the exception family: 401/403 authentication; 400/404/422 (and other
 * 4xx) invalid request; 429 rate limited and 529 (Anthropic) overloaded, each with the requested wait;
 * 408/409/other 5xx transient. Not API.
 */
public final class StatusMapping {

    private static final int MAX_DETAIL = 300;

    private StatusMapping() {
    }

    /** The exception for a non-2xx answer; {@code detail} is the service's message (already scrubbed). */
    public static LlmException toException(String service, int code, Headers headers, String detail, Clock clock) {
        String message = service + " answered HTTP " + code + describe(detail);
        if (code == 401 || code == 403) {
            return new AuthenticationException(message);
        }
        if (code == 429) {
            return new RateLimitedException(message, RetryAfter.parse(headers, clock).orElse(null));
        }
        if (code == 529) {
            return new OverloadedException(message, RetryAfter.parse(headers, clock).orElse(null));
        }
        if (code == 408 || code == 409 || code >= 500) {
            return new TransientLlmException(message);
        }
        return new InvalidRequestException(message);
    }

    /**
     * The exception for a 3xx answer, which API calls never follow: it names the host the server
     * pointed to, so the user can set the base URL to it if that host is trusted.
     *
     * @param service the service name
     * @param code the status
     * @param from the URL called
     * @param location the {@code Location} header, or null
     * @return a non-retryable exception
     */
    public static LlmException redirect(String service, int code, HttpUrl from, String location) {
        HttpUrl target = location == null ? null : from.resolve(location);
        String where = target == null ? "no Location header" : "to " + target.host() + ":" + target.port();
        return new InvalidRequestException(service + " answered HTTP " + code + " redirect " + where
                + "; redirects are not followed for API calls, since the API key and the prompt would go to another "
                + "host: set the base URL to the final address if that host is meant");
    }

    private static String describe(String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        String d = detail.strip().replaceAll("\\s+", " ");
        return ": " + (d.length() > MAX_DETAIL ? d.substring(0, MAX_DETAIL) + "…" : d);
    }
}
