package io.ultralink.llm.http;

import okhttp3.HttpUrl;

/** The part of a URL that may be shown and stored: no user-info, no query, no fragment. */
public final class PublicUrl {

    private PublicUrl() {
    }

    /** {@code scheme://host[:port]/path} of {@code url}. */
    public static String of(HttpUrl url) {
        return url.newBuilder().username("").password("").query(null).fragment(null).build().toString();
    }
}
