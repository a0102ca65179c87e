package io.ultralink.cli.download;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.UltraLinkException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Makes sure a GGUF model is in the cache folder, downloading it on first use. A download goes to
 * {@code NAME.part} and resumes from there with an HTTP {@code Range} request after an interruption.
 * A finished file is verified (GGUF magic, expected size, SHA-256) before it takes its final name;
 * its size and SHA-256 are recorded in {@code NAME.verified} on first download and checked on every
 * later use. Downloads use https only ({@code http} only to a loopback host, for local mirrors and
 * tests); redirects are followed by hand, at most {@value #MAX_REDIRECTS}, and a redirect to http is
 * refused. The file name must be a plain name that stays inside the cache folder, checked before
 * any request. A URL on a moving Hugging Face revision ({@code resolve/main/}) without a pinned
 * SHA-256 is refused unless the user allows it explicitly ({@link Builder#allowUnpinned}).
 */
public final class ModelDownloader {

    /** The default model's file name: Qwen2.5-0.5B-Instruct, Q4_K_M, Apache-2.0. */
    public static final String DEFAULT_FILE_NAME = "qwen2.5-0.5b-instruct-q4_k_m.gguf";
    /**
     * The revision of the default model's repository used when none is configured. No commit and
     * SHA-256 are built in yet: a moving revision needs {@code defaultModel.sha256} or an explicit
     * {@code defaultModel.allowUnpinned}.
     */
    public static final String DEFAULT_REVISION = "main";
    /** The default model on the default revision. */
    public static final String DEFAULT_URL = defaultUrl(DEFAULT_REVISION);
    /** How many redirects a download follows. */
    public static final int MAX_REDIRECTS = 5;

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");
    private static final Pattern HF_REVISION = Pattern.compile("/resolve/([^/]+)/");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    private final String url;
    private final String fileName;
    private final Path cacheDir;
    private final String expectedSha256;
    private final long expectedSize;
    private final boolean offline;
    private final OkHttpClient client;
    private final DownloadListener listener;
    private final boolean allowUnpinned;

    private ModelDownloader(Builder b, String fileName, Path cacheDir) {
        this.url = b.url;
        this.fileName = fileName;
        this.cacheDir = cacheDir;
        this.allowUnpinned = b.allowUnpinned;
        this.expectedSha256 = b.sha256 == null ? null : b.sha256.toLowerCase(Locale.ROOT);
        this.expectedSize = b.size;
        this.offline = b.offline;
        this.client = (b.client != null ? b.client.newBuilder() : new OkHttpClient.Builder())
                .followRedirects(false).followSslRedirects(false).build();
        this.listener = b.listener;
    }

    /**
     * @param revision a branch, tag or commit of the default model's repository
     * @return the download URL of the default model at that revision
     */
    public static String defaultUrl(String revision) {
        return "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/" + revision + "/" + DEFAULT_FILE_NAME;
    }

    /** @return a new builder with the default model */
    public static Builder builder() {
        return new Builder();
    }

    /** @return {@code $XDG_CACHE_HOME/ultralink/models}, else {@code ~/.cache/ultralink/models} */
    public static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("ultralink").resolve("models");
    }

    /** @return where the model is (or will be) */
    public Path target() {
        return cacheDir.resolve(fileName);
    }

    /**
     * Returns the verified model file, downloading or resuming it first when needed.
     *
     * @return the model file
     * @throws ConfigurationException when offline and the file is missing or fails verification
     * @throws UltraLinkException when the download fails or the file is corrupted
     */
    public Path ensure() {
        Path file = target();
        if (Files.exists(file)) {
            String problem = verifyInstalled(file);
            if (problem == null) {
                return file;
            }
            if (offline) {
                throw new ConfigurationException("model " + file + " failed verification (" + problem
                        + ") and --offline forbids downloading it again: " + howToProceed(file));
            }
            delete(file);
            delete(sidecar(file));
        }
        if (offline) {
            throw new ConfigurationException("the default model is not in the cache (" + file
                    + ") and --offline forbids downloading it: " + howToProceed(file));
        }
        return download(file);
    }

    private String howToProceed(Path file) {
        return "pass --model-file PATH (config key backend.modelFile) with a GGUF file you have, or set "
                + "OPENAI_API_KEY (and --base-url / backend.baseUrl for another OpenAI-compatible server) to use an "
                + "API backend, or drop --offline (config key offline) to download " + url + " into " + file;
    }

    private Path download(Path file) {
        refuseUnpinned();
        Path part = file.resolveSibling(fileName + ".part");
        try {
            Files.createDirectories(cacheDir);
            long have = Files.exists(part) ? Files.size(part) : 0;
            try (Response response = DownloadRedirects.follow(client, url, have)) {
                long total = transfer(response, part, have);
                checkComplete(part, total);
            } finally {
                listener.finished();
            }
            String sha = GgufFiles.sha256(part);
            if (expectedSha256 != null && !expectedSha256.equals(sha)) {
                delete(part);
                throw new UltraLinkException("downloaded model from " + url + " does not match the pinned SHA-256: got "
                        + sha + ", expected " + expectedSha256 + " (config key defaultModel.sha256); the download was "
                        + "deleted. Run again to retry; if it fails again the file on the server changed or was tampered with");
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            record(file, sha);
            return file;
        } catch (IOException e) {
            throw new UltraLinkException("download of " + url + " was interrupted (" + e.getMessage()
                    + "); what arrived is kept in " + part + " and the next run resumes from there."
                    + " Without network access, pass --model-file model.gguf or set OPENAI_API_KEY"
                    + " (and OPENAI_BASE_URL for another server) instead", e);
        }
    }

    private void refuseUnpinned() {
        Matcher m = HF_REVISION.matcher(url);
        if (expectedSha256 == null && !allowUnpinned && m.find() && !COMMIT.matcher(m.group(1)).matches()) {
            throw new ConfigurationException("the model URL " + url + " follows the moving revision '" + m.group(1)
                    + "' and no SHA-256 is pinned, so whatever the server sends on first use would be trusted: set "
                    + "defaultModel.sha256 to the file's SHA-256 (and defaultModel.revision to a commit), or pass "
                    + "--allow-unpinned-model (config key defaultModel.allowUnpinned) to accept it and record its SHA-256 "
                    + "for later runs");
        }
    }

    private long transfer(Response response, Path part, long have) throws IOException {
        ResponseBody body = response.body();
        long total;
        boolean append;
        if (response.code() == 206 && have > 0) {
            Matcher m = CONTENT_RANGE.matcher(String.valueOf(response.header("Content-Range")));
            if (!m.matches() || Long.parseLong(m.group(1)) != have) {
                throw new UltraLinkException("server answered the resume request for " + url
                        + " with an unexpected Content-Range: " + response.header("Content-Range"));
            }
            total = m.group(3).equals("*") ? -1 : Long.parseLong(m.group(3));
            append = true;
        } else if (response.code() == 200) {
            total = body.contentLength();
            append = false;
            have = 0;
        } else if (response.code() == 416) {
            delete(part);
            throw new UltraLinkException("server refused to resume " + url
                    + " (HTTP 416); the partial file was removed, run again to download from the start");
        } else {
            throw new UltraLinkException("cannot download " + url + ": HTTP " + response.code());
        }
        if (expectedSize > 0 && total > 0 && total != expectedSize) {
            throw new UltraLinkException("server announces " + total + " bytes for " + url + ", expected "
                    + expectedSize);
        }
        listener.started(total > 0 ? total : expectedSize > 0 ? expectedSize : -1, have);
        StandardOpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (InputStream in = body.byteStream();
                OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            byte[] buffer = new byte[1 << 16];
            long done = have;
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                done += n;
                listener.progressed(done);
            }
        }
        return total;
    }

    private void checkComplete(Path part, long total) throws IOException {
        long size = Files.size(part);
        long want = expectedSize > 0 ? expectedSize : total;
        if (want > 0 && size != want) {
            if (size > want) {
                delete(part);
            }
            throw new IOException("got " + size + " of " + want + " bytes");
        }
        if (!GgufFiles.hasMagic(part)) {
            delete(part);
            throw new UltraLinkException("downloaded file from " + url
                    + " is not a GGUF model (wrong magic bytes); it was removed");
        }
    }

    private String verifyInstalled(Path file) {
        try {
            Properties recorded = readSidecar(file);
            long size = Files.size(file);
            long wantSize = expectedSize > 0 ? expectedSize
                    : Long.parseLong(recorded.getProperty("size", "-1"));
            if (wantSize > 0 && size != wantSize) {
                return "size " + size + ", expected " + wantSize;
            }
            if (!GgufFiles.hasMagic(file)) {
                return "not a GGUF file";
            }
            String wantSha = expectedSha256 != null ? expectedSha256 : recorded.getProperty("sha256");
            if (wantSha != null) {
                String sha = GgufFiles.sha256(file);
                if (!wantSha.equals(sha)) {
                    return "SHA-256 " + sha + ", expected " + wantSha;
                }
            } else {
                record(file, GgufFiles.sha256(file));
            }
            return null;
        } catch (IOException | NumberFormatException e) {
            return "cannot verify: " + e.getMessage();
        }
    }

    private Properties readSidecar(Path file) throws IOException {
        Properties p = new Properties();
        Path side = sidecar(file);
        if (Files.exists(side)) {
            try (InputStream in = Files.newInputStream(side)) {
                p.load(in);
            }
        }
        return p;
    }

    private void record(Path file, String sha) throws IOException {
        Properties p = new Properties();
        p.setProperty("sha256", sha);
        p.setProperty("size", Long.toString(Files.size(file)));
        p.setProperty("url", io.ultralink.redact.Redactor.patternsOnly().redact(url));
        try (OutputStream out = Files.newOutputStream(sidecar(file))) {
            p.store(out, "recorded on first download; checked on every use");
        }
    }

    private Path sidecar(Path file) {
        return file.resolveSibling(file.getFileName() + ".verified");
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UltraLinkException("cannot delete " + p + ": " + e.getMessage(), e);
        }
    }

    /** Builds a {@link ModelDownloader}. */
    public static final class Builder {
        private String url = DEFAULT_URL;
        private String fileName;
        private Path cacheDir;
        private String sha256;
        private long size = -1;
        private boolean offline;
        private OkHttpClient client;
        private DownloadListener listener = DownloadListener.NONE;
        private boolean allowUnpinned;

        private Builder() {
        }

        /**
         * @param value accept a moving revision without a pinned SHA-256 (the first download is trusted and
         *     its SHA-256 recorded)
         * @return this
         */
        public Builder allowUnpinned(boolean value) {
            allowUnpinned = value;
            return this;
        }

        /** @param value the download URL @return this */
        public Builder url(String value) {
            url = Objects.requireNonNull(value, "url");
            return this;
        }

        /** @param value the file name in the cache, default the URL's last segment @return this */
        public Builder fileName(String value) {
            fileName = value;
            return this;
        }

        /** @param value the cache folder @return this */
        public Builder cacheDir(Path value) {
            cacheDir = value;
            return this;
        }

        /** @param value the expected SHA-256 in hex, or null to record it on first download @return this */
        public Builder sha256(String value) {
            sha256 = value;
            return this;
        }

        /** @param value the expected size in bytes, or -1 to take the server's @return this */
        public Builder size(long value) {
            size = value;
            return this;
        }

        /** @param value forbid network access @return this */
        public Builder offline(boolean value) {
            offline = value;
            return this;
        }

        /** @param value the HTTP client to use (not closed) @return this */
        public Builder client(OkHttpClient value) {
            client = value;
            return this;
        }

        /** @param value progress listener @return this */
        public Builder listener(DownloadListener value) {
            listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** @return the downloader */
        public ModelDownloader build() {
            if (url.isBlank() || url.endsWith("/")) {
                throw new ConfigurationException("config key defaultModel.url must name a file, was '" + url + "'");
            }
            if (sha256 != null && !sha256.matches("[0-9a-fA-F]{64}")) {
                throw new ConfigurationException("config key defaultModel.sha256 must be 64 hex digits, was '" + sha256 + "'");
            }
            DownloadRedirects.checkUrl(url, "config key defaultModel.url");
            Path dir = cacheDir != null ? cacheDir : defaultCacheDir();
            String name = fileName != null ? fileName : lastSegment(url);
            return new ModelDownloader(this, CacheFileName.check(name, dir), dir);
        }

        private static String lastSegment(String url) {
            String path = url.replaceFirst("[?#].*$", "");
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }
}
