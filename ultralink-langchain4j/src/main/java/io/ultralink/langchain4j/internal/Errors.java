package io.ultralink.langchain4j.internal;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnsupportedFeatureException;
import io.ultralink.error.LlmException;
import io.ultralink.error.RateLimitedException;
import io.ultralink.error.TransientLlmException;
import io.ultralink.redact.Redactor;
import java.io.IOException;

/**
 * Maps LangChain4j's exceptions to the SDK's {@link LlmException} family; the message (often the
 * service's whole error body) is cut to 300 characters and scrubbed of secrets first. Not API.
 */
public final class Errors {

    private static final int MAX_DETAIL = 300;

    private Errors() {
    }

    /** The SDK exception for a failed call to {@code model}, keeping {@code e} as its cause. */
    public static LlmException translate(RuntimeException e, String model) {
        String message = "LangChain4j model " + model + ": " + detail(e);
        if (e instanceof RateLimitException) {
            return withCause(new RateLimitedException(message, null), e);
        }
        if (e instanceof AuthenticationException) {
            return withCause(new io.ultralink.error.AuthenticationException(message), e);
        }
        if (e instanceof InvalidRequestException || e instanceof ModelNotFoundException
                || e instanceof UnsupportedFeatureException) {
            return withCause(new io.ultralink.error.InvalidRequestException(message), e);
        }
        if (e instanceof TimeoutException || e instanceof InternalServerException || e instanceof RetriableException
                || causedByIo(e)) {
            return new TransientLlmException(message, e);
        }
        if (e instanceof HttpException) {
            return byStatus(((HttpException) e).statusCode(), message, e);
        }
        return new LlmException(message, e);
    }

    private static String detail(RuntimeException e) {
        String d = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip().replaceAll("\\s+", " ");
        if (d.length() > MAX_DETAIL) {
            d = d.substring(0, MAX_DETAIL) + "…";
        }
        return Redactor.standard().redact(d);
    }

    private static LlmException byStatus(int status, String message, RuntimeException e) {
        if (status >= 300 && status < 400) {
            return withCause(new io.ultralink.error.InvalidRequestException(message + " (HTTP " + status
                    + " redirect; redirects are not followed for API calls, since the key and the prompt would go to "
                    + "another host: point the model's base URL at the final address)"), e);
        }
        if (status == 429) {
            return withCause(new RateLimitedException(message, null), e);
        }
        if (status == 401 || status == 403) {
            return withCause(new io.ultralink.error.AuthenticationException(message), e);
        }
        if (status >= 500 || status == 408 || status == 409) {
            return new TransientLlmException(message, e);
        }
        if (status >= 400) {
            return withCause(new io.ultralink.error.InvalidRequestException(message), e);
        }
        return new LlmException(message, e);
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static LlmException withCause(LlmException translated, RuntimeException cause) {
        translated.initCause(cause);
        return translated;
    }
}
