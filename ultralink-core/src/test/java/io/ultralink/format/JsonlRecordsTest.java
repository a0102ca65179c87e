package io.ultralink.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.InvalidInputException;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Message;
import io.ultralink.model.SftRecord;
import io.ultralink.model.Turn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JsonlRecordsTest {

    @TempDir
    Path dir;

    private static final SftRecord ZH = SftRecord.ofTurns("zh_chat_specific_191", LanguageCode.ZH, DataType.CHAT_SPECIFIC,
            List.of(new Turn("请根据以下文档回答我的问题。\n<document>\n長江與黃河\n</document>\n长江为何重要？", "因为它是“母亲河”。"),
                    new Turn("未来会怎样？", "难以预测……")),
            Map.of("page_id", "42", "title", "长江"));
    private static final SftRecord RU = SftRecord.ofTurns("ru_math_7", LanguageCode.RU, DataType.MATH,
            List.of(new Turn("Сколько будет 2+2? Ответ: \"\\boxed{4}\"", "Ответ: 4\tтабуляция")), Map.of("model", "m"));

    private List<SftRecord> readAll(Path file, RecordFormat format) {
        List<SftRecord> out = new ArrayList<>();
        try (JsonlReader<SftRecord> in = JsonlRecords.reader(file, format).open()) {
            in.forEachRemaining(out::add);
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(RecordFormat.class)
    void roundTrip_withMetadata_chineseAndRussianIntact(RecordFormat format) {
        Path file = dir.resolve("out.jsonl");
        try (JsonlRecordWriter out = JsonlRecords.writer(file, format, true, false)) {
            out.write(ZH);
            out.write(RU);
            assertThat(out.written()).isEqualTo(2);
        }
        assertThat(readAll(file, format)).containsExactly(ZH, RU);
    }

    @Test
    void ultralink_withoutMetadata_isReleaseShape() throws Exception {
        String line = JsonlRecords.toLine(RU, RecordFormat.ULTRALINK, false);
        assertThat(line).isEqualTo("{\"id\":\"ru_math_7\",\"data\":[\"Сколько будет 2+2? Ответ: \\\"\\\\boxed{4}\\\"\","
                + "\"Ответ: 4\\tтабуляция\"]}");
        Path file = dir.resolve("ru_math.jsonl");
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
        SftRecord back = readAll(file, RecordFormat.ULTRALINK).get(0);
        assertThat(back.language()).isEqualTo(LanguageCode.RU);
        assertThat(back.type()).isEqualTo(DataType.MATH);
        assertThat(back.messages()).isEqualTo(RU.messages());
        assertThat(back.metadata()).isEmpty();
    }

    @Test
    void openAi_andShareGpt_lineShapes() {
        assertThat(JsonlRecords.toLine(RU, RecordFormat.OPENAI_MESSAGES, false)).startsWith(
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Сколько");
        assertThat(JsonlRecords.toLine(RU, RecordFormat.SHAREGPT, false)).startsWith(
                "{\"id\":\"ru_math_7\",\"conversations\":[{\"from\":\"human\",\"value\":\"Сколько");
    }

    @Test
    void ultralink_systemMessage_refused() {
        SftRecord withSystem = new SftRecord("en_code_1", LanguageCode.EN, DataType.CODE,
                List.of(Message.system("s"), Message.user("q"), Message.assistant("a")), Map.of());
        assertThatThrownBy(() -> JsonlRecords.toLine(withSystem, RecordFormat.ULTRALINK, false))
                .hasMessageContaining("system message");
        assertThat(JsonlRecords.toLine(withSystem, RecordFormat.OPENAI_MESSAGES, false)).contains("\"role\":\"system\"");
    }

    @Test
    void reader_invalidLine_failPolicyNamesFileAndLine() throws Exception {
        Path file = dir.resolve("zh_chat_specific.jsonl");
        Files.writeString(file, JsonlRecords.toLine(ZH, RecordFormat.ULTRALINK, false) + "\n\n"
                + "{\"id\":\"zh_chat_specific_2\",\"data\":[\"只有问题\"]}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> readAll(file, RecordFormat.ULTRALINK))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("zh_chat_specific.jsonl:3")
                .hasMessageContaining("zh_chat_specific_2")
                .satisfies(e -> assertThat(((InvalidInputException) e).line()).isEqualTo(3));
    }

    @Test
    void reader_skipPolicy_countsBadLinesAndKeepsGoodOnes() throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, String.join("\n",
                "{not json",
                JsonlRecords.toLine(ZH, RecordFormat.ULTRALINK, false),
                "{\"id\":\"no-shape\",\"data\":[\"q\",\"a\"]}",
                "[1,2]",
                JsonlRecords.toLine(RU, RecordFormat.ULTRALINK, false)) + "\n", StandardCharsets.UTF_8);
        try (JsonlReader<SftRecord> in = JsonlRecords.reader(file, RecordFormat.ULTRALINK).policy(BadLinePolicy.SKIP).open()) {
            List<SftRecord> good = new ArrayList<>();
            in.forEachRemaining(good::add);
            assertThat(good).extracting(SftRecord::id).containsExactly("zh_chat_specific_191", "ru_math_7");
            assertThat(in.skipped()).isEqualTo(3);
            assertThat(in.problems()).extracting(InvalidInputException::line).containsExactly(1L, 3L, 4L);
            assertThat(in.problems().get(1).getMessage()).contains("cannot tell the language");
        }
    }

    @Test
    void reader_invalidUtf8_reportedWithLine() throws Exception {
        Path file = dir.resolve("bad-bytes.jsonl");
        byte[] good = (JsonlRecords.toLine(RU, RecordFormat.ULTRALINK, false) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 'i', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(file, all);
        assertThatThrownBy(() -> readAll(file, RecordFormat.ULTRALINK)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad-bytes.jsonl");
    }

    @Test
    void openAiReader_linesWithoutIdOrLanguage_useDefaults() throws Exception {
        Path file = dir.resolve("oa.jsonl");
        Files.writeString(file, "{\"messages\":[{\"role\":\"user\",\"content\":\"Hola\"},"
                + "{\"role\":\"assistant\",\"content\":\"¿Qué tal?\"}]}\n", StandardCharsets.UTF_8);
        try (JsonlReader<SftRecord> in = JsonlRecords.reader(file, RecordFormat.OPENAI_MESSAGES)
                .defaultLanguage(LanguageCode.ES).defaultType(DataType.CHAT_AGNOSTIC).open()) {
            SftRecord r = in.next();
            assertThat(r.id()).isEqualTo("oa.jsonl:1");
            assertThat(r.language()).isEqualTo(LanguageCode.ES);
            assertThat(r.type()).isEqualTo(DataType.CHAT_AGNOSTIC);
        }
    }
}
