package io.ultralink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.llm.ChatRequest;
import io.ultralink.model.Message;
import io.ultralink.pipeline.specific.LanguageSpecificPipeline;
import io.ultralink.pipeline.specific.RunSummary;
import io.ultralink.testing.ScriptedChatModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The German example end to end on the real German minidump with a scripted model that writes
 * German: the pack from this module's class path drives preparation, prompts and quality gates.
 */
class GermanEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> QUESTIONS = List.of(
            "Warum hat Arthur Schopenhauer den Willen als Grundlage der Welt betrachtet?",
            "Wie unterscheidet sich die Philosophie Schopenhauers von der Lehre Hegels?",
            "Welche Folgen hatte die Kritik an der Universitätsphilosophie für seine Anerkennung?",
            "Wie könnte sich das Interesse an seinem Werk in Zukunft entwickeln?");

    @TempDir
    Path dir;

    @Test
    void run_dewikiMinidump_generatesGermanDialoguesFromThePackAlone() throws IOException {
        Path dump = SharedData.require("wiki/dewiki-minidump.xml.bz2");
        AtomicInteger turn = new AtomicInteger();
        ScriptedChatModel model = new ScriptedChatModel(r -> ScriptedChatModel.isQuestion(r)
                ? ScriptedChatModel.stop(QUESTIONS.get(turn.getAndIncrement() % QUESTIONS.size()))
                : ScriptedChatModel.stop("Schopenhauer sah im Willen einen blinden, unersättlichen Drang, der allen "
                        + "Erscheinungen zugrunde liegt. Deshalb hielt er das Leben für ein ständiges Streben, das "
                        + "nur durch Kunst, Mitleid und Verneinung des Willens gemildert werden kann."));
        Map<String, String> backendKeys = new HashMap<>();
        Path out = dir.resolve("out");

        RunSummary summary = GermanEndToEnd.run(dump, out, Map.of("segments", "3", "segment-tokens", "150-299",
                "document-tokens", "150-100000", "concurrency", "1", "seed", "3", "model-file", "unused.gguf"), keys -> {
                    backendKeys.putAll(keys);
                    return model;
                });

        assertThat(backendKeys).as("keys left for the backend").containsOnlyKeys("model-file");
        assertThat(summary.segments()).isEqualTo(3);
        assertThat(summary.dialogues()).isEqualTo(3);
        ChatRequest first = model.requests().get(0);
        assertThat(first.messages().stream().map(Message::content).collect(Collectors.joining("\n")))
                .contains("Du bist ein wissbegieriger").contains("<document>");
        List<JsonNode> records = lines(LanguageSpecificPipeline.recordsFile(out, GermanEndToEnd.GERMAN));
        assertThat(records).hasSize(3);
        for (JsonNode r : records) {
            assertThat(r.get("id").stringValue()).startsWith("de_chat_specific_");
            assertThat(r.get("data").get(0).stringValue())
                    .startsWith("Bitte beantworte meine Frage anhand des folgenden Dokuments.\n<document>");
        }
        assertThat(lines(LanguageSpecificPipeline.provenanceFile(out, GermanEndToEnd.GERMAN)))
                .allSatisfy(p -> assertThat(p.get("url").stringValue()).startsWith("https://de.wikipedia.org/"));

        int calls = model.requests().size();
        RunSummary again = GermanEndToEnd.run(dump, out, Map.of("segments", "3", "segment-tokens", "150-299",
                "document-tokens", "150-100000", "concurrency", "1", "seed", "3"), keys -> model);
        assertThat(again.alreadyDone()).isEqualTo(3);
        assertThat(model.requests()).as("resume makes no calls").hasSize(calls);
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(JSON::readTree).toList();
    }
}
