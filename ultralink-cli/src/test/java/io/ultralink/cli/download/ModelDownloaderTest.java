package io.ultralink.cli.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ultralink.error.ConfigurationException;
import io.ultralink.error.UltraLinkException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The downloader against a loopback server serving the real stories260K.gguf. */
class ModelDownloaderTest {

    private static final String STORIES_SHA = "270cba1b";

    @TempDir
    Path cache;

    private HttpServer server;
    private byte[] model;
    private volatile byte[] served;
    private final AtomicInteger cutNextAfter = new AtomicInteger(-1);
    private final List<String> ranges = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        Path shared = Path.of(System.getProperty("ultralink.shared.dir", "../shared"));
        Path gguf = shared.resolve("data/models/stories260K.gguf");
        Assumptions.assumeTrue(Files.isReadable(gguf), "stories260K.gguf absent: " + gguf);
        model = Files.readAllBytes(gguf);
        served = model;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/models/", this::serve);
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        byte[] body = served;
        String range = ex.getRequestHeaders().getFirst("Range");
        synchronized (ranges) {
            ranges.add(range == null ? "" : range);
        }
        int from = 0;
        if (range != null) {
            from = Integer.parseInt(range.replace("bytes=", "").replace("-", ""));
            ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
            ex.sendResponseHeaders(206, body.length - from);
        } else {
            ex.sendResponseHeaders(200, body.length);
        }
        int cut = cutNextAfter.getAndSet(-1);
        OutputStream out = ex.getResponseBody();
        if (cut >= 0) {
            out.write(body, from, cut);
            out.flush();
            // an exception escaping the handler makes the server drop the connection mid-body
            throw new IllegalStateException("simulated network cut");
        }
        out.write(body, from, body.length - from);
        out.close();
    }

    private ModelDownloader.Builder downloader() {
        return ModelDownloader.builder()
                .url("http://127.0.0.1:" + server.getAddress().getPort() + "/models/stories260K.gguf")
                .cacheDir(cache);
    }

    @Test
    void ensure_interruptedThenRun_resumesWithRangeAndVerifies() throws IOException {
        cutNextAfter.set(300_000);
        ModelDownloader d = downloader().build();

        assertThatThrownBy(d::ensure).isInstanceOf(UltraLinkException.class).hasMessageContaining("resumes");
        Path part = cache.resolve("stories260K.gguf.part");
        assertThat(Files.size(part)).isEqualTo(300_000);
        assertThat(d.target()).doesNotExist();

        Path file = d.ensure();

        assertThat(ranges).containsExactly("", "bytes=300000-");
        assertThat(Files.readAllBytes(file)).isEqualTo(model);
        assertThat(part).doesNotExist();
        String sidecar = Files.readString(cache.resolve("stories260K.gguf.verified"));
        assertThat(sidecar).contains("sha256=" + STORIES_SHA).contains("size=" + model.length);
    }

    @Test
    void ensure_corruptedDownload_isRejectedByExpectedSha() throws IOException {
        String goodSha = GgufFiles.sha256(writeModelCopy());
        byte[] bad = Arrays.copyOf(model, model.length);
        bad[bad.length / 2] ^= 0x5A;
        served = bad;

        ModelDownloader d = downloader().sha256(goodSha).build();

        assertThatThrownBy(d::ensure).isInstanceOf(UltraLinkException.class)
                .hasMessageContaining("does not match the pinned SHA-256");
        assertThat(d.target()).doesNotExist();
        assertThat(cache.resolve("stories260K.gguf.part")).doesNotExist();
    }

    @Test
    void ensure_notGguf_isRejected() {
        served = "<html>not a model</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ModelDownloader d = downloader().build();

        assertThatThrownBy(d::ensure).hasMessageContaining("not a GGUF model");
        assertThat(d.target()).doesNotExist();
    }

    @Test
    void ensure_installedFileAlteredLater_failsRecordedShaCheck() throws IOException {
        Path file = downloader().build().ensure();
        byte[] altered = Files.readAllBytes(file);
        altered[1000] ^= 0x01;
        Files.write(file, altered);

        ModelDownloader offline = downloader().offline(true).build();

        assertThatThrownBy(offline::ensure).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("SHA-256").hasMessageContaining("--model-file");
        Path again = downloader().build().ensure();
        assertThat(Files.readAllBytes(again)).isEqualTo(model);
        assertThat(ranges).hasSize(2);
    }

    @Test
    void ensure_offlineAndMissing_saysWhatToSet() {
        ModelDownloader d = downloader().offline(true).build();

        assertThatThrownBy(d::ensure).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("--offline")
                .hasMessageContaining("--model-file PATH (config key backend.modelFile)")
                .hasMessageContaining("OPENAI_API_KEY");
        assertThat(ranges).isEmpty();
    }

    @Test
    void build_hostileFileName_isRefusedBeforeAnyRequestAndTheVictimSurvives() throws IOException {
        Path victim = cache.resolveSibling("victim");
        Files.writeString(victim, "precious");

        for (String name : List.of("../victim", "..", "sub/x.gguf", "..\\victim", victim.toAbsolutePath().toString(), "")) {
            assertThatThrownBy(() -> downloader().fileName(name).build().ensure())
                    .as(name).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("defaultModel.fileName").hasMessageContaining("plain file name");
        }

        assertThat(ranges).isEmpty();
        assertThat(Files.readString(victim)).isEqualTo("precious");
    }

    @Test
    void build_plainHttpToAnotherHost_isRefused() {
        assertThatThrownBy(() -> ModelDownloader.builder().url("http://models.example.org/m.gguf").cacheDir(cache).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("must be an https URL");
    }

    @Test
    void ensure_httpsRedirectToHttp_isRefusedAndTheHttpServerGetsNothing() throws Exception {
        String plain = "http://127.0.0.1:" + server.getAddress().getPort() + "/models/stories260K.gguf";
        try (LoopbackHttps https = new LoopbackHttps(cache.resolveSibling(cache.getFileName() + "-tls"), ex -> {
            ex.getResponseHeaders().add("Location", plain);
            ex.sendResponseHeaders(302, -1);
            ex.close();
        })) {
            ModelDownloader d = ModelDownloader.builder().url(https.base() + "/models/stories260K.gguf").cacheDir(cache)
                    .client(https.client()).build();

            assertThatThrownBy(d::ensure).isInstanceOf(UltraLinkException.class)
                    .hasMessageContaining("plain http at 127.0.0.1:" + server.getAddress().getPort())
                    .hasMessageContaining("refused");
        }
        assertThat(ranges).isEmpty();
        assertThat(cache.resolve("stories260K.gguf")).doesNotExist();
    }

    @Test
    void ensure_movingRevisionWithoutSha_isRefusedUnlessAllowed_andHttpsRedirectsAreFollowed() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        try (LoopbackHttps https = new LoopbackHttps(cache.resolveSibling(cache.getFileName() + "-tls"), ex -> {
            hits.incrementAndGet();
            if (ex.getRequestURI().getPath().contains("/resolve/main/")) {
                ex.getResponseHeaders().add("Location", "/blobs/stories260K.gguf");
                ex.sendResponseHeaders(302, -1);
                ex.close();
                return;
            }
            ex.sendResponseHeaders(200, model.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(model);
            }
        })) {
            String moving = https.base() + "/m/resolve/main/stories260K.gguf";
            ModelDownloader refused = ModelDownloader.builder().url(moving).cacheDir(cache).client(https.client()).build();

            assertThatThrownBy(refused::ensure).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("moving revision 'main'").hasMessageContaining("defaultModel.sha256")
                    .hasMessageContaining("--allow-unpinned-model");
            assertThat(hits.get()).isZero();

            Path file = ModelDownloader.builder().url(moving).cacheDir(cache).client(https.client()).allowUnpinned(true)
                    .build().ensure();

            assertThat(Files.readAllBytes(file)).isEqualTo(model);
            assertThat(hits.get()).isEqualTo(2);
        }
    }

    @Test
    void ensure_pinnedShaMismatch_deletesTheDownloadAndSaysSo() throws IOException {
        ModelDownloader d = downloader().sha256("0".repeat(64)).build();

        assertThatThrownBy(d::ensure).isInstanceOf(UltraLinkException.class)
                .hasMessageContaining("does not match the pinned SHA-256").hasMessageContaining("deleted");
        assertThat(d.target()).doesNotExist();
        assertThat(cache.resolve("stories260K.gguf.part")).doesNotExist();
    }

    private Path writeModelCopy() throws IOException {
        Path copy = Files.createTempFile(cache, "copy", ".gguf");
        Files.write(copy, model);
        return copy;
    }
}
