package io.ultralink.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.InvalidInputException;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {

    @TempDir
    Path dir;

    static Path shared(String name) {
        return Path.of(System.getProperty("ultralink.shared.dir", "../../shared"), "data", "sft", name);
    }

    @Test
    void shareGptArray_normalisesRolesAndKeepsIds() throws Exception {
        Path file = dir.resolve("chats.json");
        Files.writeString(file, """
                [
                  {"id": "a1", "conversations": [
                    {"from": "system", "value": "Be brief."},
                    {"from": "human", "value": "Why is the sky blue?"},
                    {"from": "gpt", "value": "Rayleigh scattering."}]},
                  {"id": "b2", "conversations": [
                    {"from": "gpt", "value": "Hello, how can I help?"},
                    {"from": "human", "value": "Name a prime."},
                    {"from": "gpt", "value": "Seven."},
                    {"from": "human", "value": "Another?"}]}
                ]
                """);
        List<Conversation> all = SourceReader.readAll(file, SourceFormat.SHAREGPT, BadLinePolicy.FAIL);
        assertThat(all).extracting(Conversation::id).containsExactly("sharegpt:a1", "sharegpt:b2");
        assertThat(all.get(0).messages()).extracting(m -> m.role()).containsExactly(Role.SYSTEM, Role.USER,
                Role.ASSISTANT);
        Conversation second = all.get(1);
        assertThat(second.messages()).extracting(m -> m.content()).containsExactly("Name a prime.", "Seven.");
        assertThat(second.metadata()).containsEntry(SourceMetadata.DROPPED_MESSAGES, "2");
        assertThat(second.type()).isEqualTo(DataType.CHAT_AGNOSTIC);
    }

    @Test
    void badRecordInArray_namesFileAndLine() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "[\n {\"id\": \"ok\", \"conversations\": [{\"from\":\"human\",\"value\":\"Hi\"},"
                + "{\"from\":\"gpt\",\"value\":\"Hello\"}]},\n {\"id\": \"x\", \"conversations\": [{\"from\":\"alien\",\"value\":\"?\"}]}\n]\n");
        assertThatThrownBy(() -> SourceReader.readAll(file, SourceFormat.SHAREGPT, BadLinePolicy.FAIL))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.json:3").hasMessageContaining("alien");
        try (SourceReader in = SourceReader.open(file, SourceFormat.SHAREGPT, BadLinePolicy.SKIP)) {
            assertThat(in).toIterable().hasSize(1);
            assertThat(in.skipped()).isEqualTo(1);
            assertThat(in.problems().get(0).line()).isEqualTo(3);
        }
    }

    @Test
    void jsonlSources_convertEachFormat() throws Exception {
        Path math = dir.resolve("metamath.jsonl");
        Files.writeString(math, """
                {"query": "What is 3 times 4?", "response": "3 * 4 = 12. The answer is: 12", "type": "GSM_SV"}
                {"query": "", "response": "nothing"}
                """);
        try (SourceReader in = SourceReader.open(math, SourceFormat.METAMATHQA, BadLinePolicy.SKIP)) {
            Conversation c = in.next();
            assertThat(c.id()).isEqualTo("metamathqa:metamath.jsonl#1");
            assertThat(c.type()).isEqualTo(DataType.MATH);
            assertThat(c.metadata()).containsEntry(SourceMetadata.MATH_TYPE, "GSM_SV");
            assertThat(in.hasNext()).isFalse();
            assertThat(in.problems().get(0)).hasMessageContaining("metamath.jsonl:2").hasMessageContaining("query");
        }
        Path oss = dir.resolve("oss.jsonl");
        Files.writeString(oss, "{\"index\": 7, \"problem\": \"Write add.\", \"solution\": \"def add(a, b):\\n    return a + b\"}\n");
        assertThat(SourceReader.readAll(oss, SourceFormat.MAGICODER_OSS, BadLinePolicy.FAIL).get(0).id())
                .isEqualTo("magicoder-oss:7");
        Path evol = dir.resolve("evol.jsonl");
        Files.writeString(evol, "{\"instruction\": \"Reverse a list.\", \"response\": \"Use reversed().\"}\n");
        Conversation e = SourceReader.readAll(evol, SourceFormat.MAGICODER_EVOL, BadLinePolicy.FAIL).get(0);
        assertThat(e.type()).isEqualTo(DataType.CODE);
        assertThat(e.messages().get(1).content()).isEqualTo("Use reversed().");
    }

    @Test
    void humanEvalRecord_needsItsEntryPoint() throws Exception {
        Path file = dir.resolve("he.jsonl");
        Files.writeString(file, """
                {"task_id": "T/0", "prompt": "def inc(x):\\n    \\"\\"\\"Add one.\\"\\"\\"\\n", "entry_point": "inc", "canonical_solution": "    return x + 1\\n", "test": "assert inc(1) == 2"}
                {"task_id": "T/1", "prompt": "def dec(x):\\n    pass\\n", "entry_point": "inc", "canonical_solution": "    return x\\n", "test": ""}
                """);
        try (SourceReader in = SourceReader.open(file, SourceFormat.HUMANEVAL, BadLinePolicy.SKIP)) {
            Conversation c = in.next();
            assertThat(c.id()).isEqualTo("humaneval:T/0");
            assertThat(c.metadata()).containsEntry(SourceMetadata.ENTRY_POINT, "inc")
                    .containsEntry(SourceMetadata.CONTENT_FORMAT, SourceMetadata.FORMAT_PYTHON);
            assertThat(in.hasNext()).isFalse();
            assertThat(in.problems().get(0)).hasMessageContaining("he.jsonl:2");
        }
    }

    @Test
    void sharedSamples_readCompletely() {
        Path share = shared("sharegpt_sample.json");
        Path he = shared("humaneval_en.jsonl");
        Assumptions.assumeTrue(Files.exists(share) && Files.exists(he), "shared data absent");
        List<Conversation> chats = SourceReader.readAll(share, SourceFormat.SHAREGPT, BadLinePolicy.FAIL);
        assertThat(chats).hasSize(50);
        assertThat(chats).extracting(Conversation::id).doesNotHaveDuplicates();
        List<Conversation> tasks = SourceReader.readAll(he, SourceFormat.HUMANEVAL, BadLinePolicy.FAIL);
        assertThat(tasks).hasSize(164);
        assertThat(tasks.get(0).id()).isEqualTo("humaneval:HumanEval/0");
    }
}
