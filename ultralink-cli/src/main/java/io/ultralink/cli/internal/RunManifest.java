package io.ultralink.cli.internal;

import io.ultralink.cli.spend.SpendLedger;
import io.ultralink.error.UltraLinkException;
import io.ultralink.format.Mappers;
import io.ultralink.run.AtomicFiles;
import io.ultralink.run.Fingerprint;
import io.ultralink.redact.Redactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code run-manifest.json} in the output folder: the settings, the backend and model, each stage's
 * report, prompt versions, and calls, tokens and cost per stage and language. Rewritten whole
 * (atomically) after every stage, so a killed run leaves a true manifest. Stage commands run one by
 * one add to it: reports of stages not run again, the model and the prompt versions of earlier
 * invocations are kept; spend and totals are this invocation's. Not API.
 */
public final class RunManifest {

    /** The file name. */
    public static final String FILE = "run-manifest.json";
    /** The file name of a dry run's manifest, kept apart so a forecast never mixes with a real run. */
    public static final String DRY_RUN_FILE = "dry-run-manifest.json";

    static final JsonMapper JSON = Mappers.PRETTY_JSON;

    private final Path file;
    private final Redactor redactor;
    private final ObjectNode root = JSON.createObjectNode();
    private final List<StageReport> stages = new ArrayList<>();
    private final List<JsonNode> earlierStages = new ArrayList<>();
    private final ObjectNode earlierVersions = JSON.createObjectNode();

    /**
     * @param outputFolder the output folder
     * @param command the command that runs
     * @param settings the configuration as bound
     * @param fileName {@link #FILE} or {@link #DRY_RUN_FILE}
     * @param redactor removes secrets from the text before it is written
     */
    public RunManifest(Path outputFolder, String command, Object settings, String fileName, Redactor redactor) {
        this.file = outputFolder.resolve(fileName);
        this.redactor = redactor;
        root.put("tool", "ultralink");
        root.put("command", command);
        root.put("started", Instant.now().toString());
        root.put("status", "running");
        root.set("settings", JSON.valueToTree(settings));
        readFile(file).ifPresent(earlier -> {
            earlier.path("stages").forEach(earlierStages::add);
            if (earlier.path("promptVersions").isObject()) {
                earlierVersions.setAll((ObjectNode) earlier.path("promptVersions"));
            }
            if (earlier.path("fingerprints").isObject()) {
                root.putObject("fingerprints").setAll((ObjectNode) earlier.path("fingerprints"));
            }
            for (String key : List.of("backend", "model")) {
                if (earlier.path(key).isString()) {
                    root.put(key, earlier.path(key).stringValue());
                }
            }
        });
    }

    /**
     * @param key a top-level key
     * @param value its value
     */
    public void put(String key, String value) {
        root.put(key, value);
    }

    /**
     * Records the fingerprint a stage made its work under, so the dataset says what produced it.
     *
     * @param scope the stage and language ({@code "generate zh"})
     * @param fingerprint the fingerprint
     */
    public void fingerprint(String scope, Fingerprint fingerprint) {
        ObjectNode all = root.has("fingerprints") ? (ObjectNode) root.get("fingerprints") : root.putObject("fingerprints");
        ObjectNode one = all.putObject(scope).put("digest", fingerprint.digest());
        ObjectNode components = one.putObject("components");
        fingerprint.components().forEach(components::put);
    }

    /** @param report a finished stage */
    public void add(StageReport report) {
        stages.add(report);
    }

    /**
     * Writes the manifest.
     *
     * @param status {@code running}, {@code completed}, {@code stopped} or {@code failed}
     * @param ledger calls, tokens and cost so far
     */
    public void write(String status, SpendLedger ledger) {
        root.put("status", status);
        root.put("updated", Instant.now().toString());
        ArrayNode all = root.putArray("stages");
        for (JsonNode s : earlierStages) {
            String name = s.path("stage").asString("");
            if (stages.stream().noneMatch(r -> r.stage().equals(name))) {
                all.add(s);
            }
        }
        stages.forEach(r -> all.add(JSON.valueToTree(r)));
        ArrayNode spend = root.putArray("spend");
        ledger.lines().forEach(l -> spend.add(JSON.valueToTree(l)));
        ObjectNode versions = root.putObject("promptVersions");
        versions.setAll(earlierVersions);
        ledger.promptVersions().forEach((k, v) -> versions.put(k, String.join(", ", v)));
        ObjectNode totals = root.putObject("totals");
        totals.put("calls", ledger.calls());
        totals.put("tokens", ledger.tokens());
        totals.put("cost", ledger.cost());
        totals.put("cacheHits", ledger.cacheHits());
        AtomicFiles.replace(file, redactor.redact(JSON.writeValueAsString(root)));
    }

    /**
     * Reads a manifest left by an earlier run.
     *
     * @param outputFolder the output folder
     * @return its tree, if there is one
     */
    public static Optional<JsonNode> read(Path outputFolder) {
        return readFile(outputFolder.resolve(FILE));
    }

    private static Optional<JsonNode> readFile(Path f) {
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(f.toFile()));
        } catch (RuntimeException e) {
            throw new UltraLinkException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }
}
