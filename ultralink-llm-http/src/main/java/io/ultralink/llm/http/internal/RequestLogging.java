package io.ultralink.llm.http.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opt-in request logging at INFO through slf4j: method, URL, headers with {@code Authorization},
 * {@code api-key} and {@code x-api-key} masked, status and elapsed time. Bodies are never logged. Not API.
 */
public final class RequestLogging implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger("io.ultralink.llm.http");
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "api-key", "x-api-key",
            "proxy-authorization");

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        LOG.info("--> {} {} {}", request.method(), request.url(), masked(request.headers()));
        long start = System.nanoTime();
        Response response = chain.proceed(request);
        LOG.info("<-- {} {} ({} ms)", response.code(), request.url(), (System.nanoTime() - start) / 1_000_000);
        return response;
    }

    /** The headers as text, secret values replaced by {@code ****}. */
    public static String masked(Headers headers) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < headers.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            String name = headers.name(i);
            boolean secret = SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            out.append(name).append('=').append(secret ? "****" : headers.value(i));
        }
        return out.append('}').toString();
    }
}
