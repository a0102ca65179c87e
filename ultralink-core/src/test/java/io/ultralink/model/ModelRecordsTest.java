package io.ultralink.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelRecordsTest {

    private static final SourceRef SOURCE = new SourceRef(LanguageCode.ZH, 42, 7, "长江", "https://zh.wikipedia.org/wiki?curid=42");

    @Test
    void languageCode_mixedCaseAndUnderscore_normalised() {
        assertThat(LanguageCode.of(" ZH ").code()).isEqualTo("zh");
        assertThat(LanguageCode.of("pt_BR").code()).isEqualTo("pt-br");
        assertThat(LanguageCode.of("en-GB").isEnglish()).isTrue();
        assertThat(LanguageCode.ZH.isEnglish()).isFalse();
    }

    @Test
    void languageCode_badShape_rejectedWithValue() {
        assertThatThrownBy(() -> LanguageCode.of("chinese")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'chinese'");
        assertThatThrownBy(() -> LanguageCode.of("z")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LanguageCode.of("../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void document_invalidFields_rejectedNamingField() {
        assertThatThrownBy(() -> new Document(0, 1, "T", "", LanguageCode.EN, "x")).hasMessageContaining("pageId");
        assertThatThrownBy(() -> new Document(1, -1, "T", "", LanguageCode.EN, "x")).hasMessageContaining("revisionId");
        assertThatThrownBy(() -> new Document(1, 1, " ", "", LanguageCode.EN, "x")).hasMessageContaining("title");
        assertThatThrownBy(() -> new Document(1, 1, "T", null, LanguageCode.EN, "x")).hasMessageContaining("url");
        assertThatThrownBy(() -> new Document(1, 1, "T", "", null, "x")).hasMessageContaining("language");
    }

    @Test
    void document_source_carriesProvenance() {
        Document doc = new Document(42, 7, "长江", SOURCE.url(), LanguageCode.ZH, "文本");
        assertThat(doc.source()).isEqualTo(SOURCE);
        assertThat(doc.withText("新").text()).isEqualTo("新");
        assertThat(doc.withText("新").pageId()).isEqualTo(42);
    }

    @Test
    void segment_offsetsDisagreeWithText_rejected() {
        assertThatThrownBy(() -> new Segment(SOURCE, 0, 10, 12, 1, "abc")).hasMessageContaining("text length 3");
        assertThatThrownBy(() -> new Segment(SOURCE, -1, 0, 3, 1, "abc")).hasMessageContaining("index");
        assertThatThrownBy(() -> new Segment(SOURCE, 0, 0, 2, 1, "  ")).hasMessageContaining("text");
    }

    @Test
    void segment_id_isStableFromLanguagePageRevisionIndex() {
        Segment s = new Segment(SOURCE, 3, 100, 103, 2, "abc");
        assertThat(s.id()).isEqualTo("zh-42-7-3");
        assertThat(new Segment(SOURCE, 3, 100, 103, 2, "abc").id()).isEqualTo(s.id());
    }

    @Test
    void turnAndDialogue_blankOrEmpty_rejected() {
        assertThatThrownBy(() -> new Turn("", "a")).hasMessageContaining("question");
        assertThatThrownBy(() -> new Turn("q", " ")).hasMessageContaining("answer");
        assertThatThrownBy(() -> new Dialogue("s", LanguageCode.EN, List.of())).hasMessageContaining("at least one turn");
    }

    @Test
    void dialogue_turnsList_copiedDefensively() {
        List<Turn> turns = new ArrayList<>(List.of(new Turn("q", "a")));
        Dialogue d = new Dialogue("s", LanguageCode.EN, turns);
        turns.add(new Turn("q2", "a2"));
        assertThat(d.turns()).hasSize(1);
        assertThatThrownBy(() -> d.turns().add(new Turn("x", "y"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void message_blankUserContent_rejectedButEmptySystemAllowed() {
        assertThatThrownBy(() -> Message.user(" ")).hasMessageContaining("user message");
        assertThat(Message.system("").content()).isEmpty();
    }

    @Test
    void role_parse_acceptsDatasetSpellings() {
        assertThat(Role.parse("human")).isEqualTo(Role.USER);
        assertThat(Role.parse("GPT")).isEqualTo(Role.ASSISTANT);
        assertThat(Role.parse("system")).isEqualTo(Role.SYSTEM);
        assertThatThrownBy(() -> Role.parse("narrator")).hasMessageContaining("narrator");
    }

    @Test
    void conversation_empty_rejectedAndMetadataCopied() {
        assertThatThrownBy(() -> Conversation.of("c1", DataType.MATH, List.of())).hasMessageContaining("c1");
        Map<String, String> meta = new HashMap<>(Map.of("k", "v"));
        Conversation c = new Conversation("c1", DataType.MATH, List.of(Message.user("1+1?"), Message.assistant("2")), meta);
        meta.put("k2", "v2");
        assertThat(c.metadata()).containsOnlyKeys("k");
        assertThat(c.joinedText()).isEqualTo("1+1?\n\n2");
    }

    @Test
    void sftRecord_rolesMustAlternateFromUserToAssistant() {
        assertThatThrownBy(() -> new SftRecord("x", LanguageCode.EN, DataType.CODE,
                List.of(Message.assistant("a"), Message.user("q")), Map.of())).hasMessageContaining("message 0 must be user");
        assertThatThrownBy(() -> new SftRecord("x", LanguageCode.EN, DataType.CODE,
                List.of(Message.user("q")), Map.of())).hasMessageContaining("pairs");
        assertThatThrownBy(() -> new SftRecord("x", LanguageCode.EN, DataType.CODE,
                List.of(Message.user("q"), Message.user("q2")), Map.of())).hasMessageContaining("must be assistant");
    }

    @Test
    void sftRecord_systemThenPairs_turnsSkipSystem() {
        SftRecord r = new SftRecord("en_code_1", LanguageCode.EN, DataType.CODE,
                List.of(Message.system("be brief"), Message.user("q1"), Message.assistant("a1"), Message.user("q2"),
                        Message.assistant("a2")), Map.of());
        assertThat(r.turns()).containsExactly(new Turn("q1", "a1"), new Turn("q2", "a2"));
        assertThat(r.dialogMessages()).hasSize(4);
    }

    @Test
    void sftRecord_ofTurns_buildsAlternatingMessages() {
        SftRecord r = SftRecord.ofTurns("zh_chat_specific_0", LanguageCode.ZH, DataType.CHAT_SPECIFIC,
                List.of(new Turn("问", "答")), Map.of(MetadataKeys.PAGE_ID, "42"));
        assertThat(r.messages()).containsExactly(Message.user("问"), Message.assistant("答"));
        assertThat(r.metadata()).containsEntry("page_id", "42");
    }

    @Test
    void recordId_parse_releaseShapeOnly() {
        assertThat(RecordId.parse("zh_chat_specific_191")).contains(new RecordId(LanguageCode.ZH, DataType.CHAT_SPECIFIC, 191));
        assertThat(RecordId.parse("pt-br_math_3")).contains(new RecordId(LanguageCode.of("pt-br"), DataType.MATH, 3));
        assertThat(RecordId.parse("zh_poetry_1")).isEmpty();
        assertThat(RecordId.parse("sharegpt:12")).isEmpty();
        assertThat(new RecordId(LanguageCode.RU, DataType.CODE, 5).toString()).isEqualTo("ru_code_5");
    }

    @Test
    void dataType_parse_tokensAndNames() {
        assertThat(DataType.parse("chat_agnostic")).isEqualTo(DataType.CHAT_AGNOSTIC);
        assertThat(DataType.parse("MATH")).isEqualTo(DataType.MATH);
        assertThat(DataType.CHAT_SPECIFIC.fileToken()).isEqualTo("chat_specific");
        assertThatThrownBy(() -> DataType.parse("poems")).hasMessageContaining("chat_specific, chat_agnostic, math, code");
    }
}
