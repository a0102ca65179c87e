package io.ultralink.cli.download;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.UltraLinkException;
import java.io.IOException;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Fetches a download URL following redirects by hand, on a client that follows none: every hop must
 * be https (http only between loopback addresses), a redirect from https to http is refused and named,
 * and at most {@link ModelDownloader#MAX_REDIRECTS} hops are taken. The {@code Range} header goes with
 * every hop.
 */
final class DownloadRedirects {

    private DownloadRedirects() {
    }

    /**
     * @param url the URL
     * @param what how messages name its origin ({@code "config key defaultModel.url"})
     * @throws ConfigurationException when it is not an https URL (or an http URL of a loopback host)
     */
    static void checkUrl(String url, String what) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new ConfigurationException(what + " must be an https URL, was '" + url + "'");
        }
        if (!parsed.isHttps() && !isLoopback(parsed)) {
            throw new ConfigurationException(what + " must be an https URL (plain http only to a loopback host), was '"
                    + url + "'");
        }
    }

    /**
     * @param client a client that follows no redirects
     * @param url the first URL
     * @param have bytes already downloaded, asked to be skipped with {@code Range}
     * @return the final, non-redirect response (the caller closes it)
     * @throws IOException on network failure
     */
    static Response follow(OkHttpClient client, String url, long have) throws IOException {
        HttpUrl current = HttpUrl.get(url);
        for (int hop = 0; ; hop++) {
            Request.Builder request = new Request.Builder().url(current);
            if (have > 0) {
                request.header("Range", "bytes=" + have + "-");
            }
            Response response = client.newCall(request.build()).execute();
            if (!response.isRedirect()) {
                return response;
            }
            String location = response.header("Location");
            response.close();
            HttpUrl next = location == null ? null : current.resolve(location);
            if (next == null) {
                throw new UltraLinkException("download of " + url + ": HTTP " + response.code()
                        + " redirect without a usable Location header");
            }
            refuseDowngrade(url, current, next);
            if (hop + 1 >= ModelDownloader.MAX_REDIRECTS) {
                throw new UltraLinkException("download of " + url + " was redirected more than "
                        + ModelDownloader.MAX_REDIRECTS + " times; last to " + next.host());
            }
            current = next;
        }
    }

    private static void refuseDowngrade(String url, HttpUrl from, HttpUrl to) {
        boolean downgrade = from.isHttps() && !to.isHttps();
        boolean plain = !to.isHttps() && !(isLoopback(from) && isLoopback(to));
        if (downgrade || plain) {
            throw new UltraLinkException("download of " + url + " was redirected from " + from.scheme() + "://"
                    + from.host() + " to plain http at " + to.host() + ":" + to.port()
                    + "; refused, a model must arrive over https (nothing was downloaded)");
        }
    }

    private static boolean isLoopback(HttpUrl url) {
        String host = url.host().toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }
}
