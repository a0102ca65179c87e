package io.ultralink.dialogue;

import static io.ultralink.testing.ScriptedChatModel.isQuestion;
import static io.ultralink.testing.ScriptedChatModel.stop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.dialogue.internal.RepetitionGates;
import io.ultralink.error.LlmException;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.model.SourceRef;
import io.ultralink.testing.ScriptDetector;
import io.ultralink.testing.ScriptedChatModel;
import io.ultralink.testing.SimpleTokenCounter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The gates against non-answers: repeated questions, answers that repeat the question, ungrounded answers. */
class QualityGatesTest {

    static final LanguagePacks PACKS = LanguagePacks.load();
    static final String TEXT = "The Danube flows through ten countries. Vienna and Budapest grew on its banks.";
    static final String QUESTION = "Why did Vienna and Budapest both grow into capitals on the Danube?";
    static final String ANSWER = "Both cities sat where trade routes crossed the river, so merchants, armies and rulers gathered there.";

    static Segment segment() {
        return new Segment(new SourceRef(LanguageCode.EN, 11, 900, "Danube", "https://example.org/wiki/Danube"), 0, 0,
                TEXT.length(), 20, TEXT);
    }

    static DialogueResult generate(ScriptedChatModel model, DialogueSettings settings) {
        return ModelDialogueGenerator.builder().model(model).packs(PACKS).detector(new ScriptDetector())
                .tokenCounter(new SimpleTokenCounter()).seed(42).settings(settings).build().generate(segment());
    }

    @Test
    void answerThatRepeatsItsQuestion_isRejected() {
        for (String echo : List.of(QUESTION, "Why did Vienna and Budapest both grow into capitals on the Danube? Good question.",
                "Vienna and Budapest both grew into capitals on the Danube, why did they?")) {
            DialogueResult r = generate(new ScriptedChatModel(q -> stop(isQuestion(q) ? QUESTION : echo)),
                    DialogueSettings.defaults());
            assertThat(r.dialogue()).as(echo).isEmpty();
            assertThat(r.rejections()).extracting(Rejection::reason).as(echo)
                    .containsExactly(Rejection.Reason.ANSWER_REPEATS_QUESTION);
        }
        DialogueResult fine = generate(new ScriptedChatModel(q -> stop(isQuestion(q) ? QUESTION : ANSWER)),
                DialogueSettings.defaults());
        assertThat(fine.dialogue()).isPresent();
    }

    @Test
    void followUpThatRepeatsAnEarlierQuestion_isRejectedAndRegenerated() {
        AtomicInteger n = new AtomicInteger();
        List<String> questions = List.of(QUESTION, "Why did Vienna and Budapest both grow into capitals on the Danube river?",
                "How did spring floods shape the farming calendar of Hungarian villages?");
        ScriptedChatModel model = new ScriptedChatModel(q -> stop(isQuestion(q)
                ? questions.get(Math.min(n.getAndIncrement(), questions.size() - 1)) : ANSWER));
        DialogueResult r = generate(model, DialogueSettings.builder()
                .schedule(new EndingSchedule(0.0001, 1, 2)).build());
        assertThat(r.rejections()).extracting(Rejection::reason).containsExactly(Rejection.Reason.REPEATED_QUESTION);
        assertThat(r.rejections().get(0).detail()).contains("question 1");
        assertThat(r.dialogue().orElseThrow().turns()).extracting(t -> t.question())
                .containsExactly(QUESTION, questions.get(2));
    }

    @Test
    void repetitionGates_workOnUnspacedScripts() {
        RepetitionGates g = RepetitionGates.DEFAULT;
        String q = "为什么维也纳和布达佩斯都在多瑙河畔发展成了首都？";
        assertThat(g.answer(q, "为什么维也纳和布达佩斯都在多瑙河畔发展成了首都。", 0)).isPresent();
        assertThat(g.answer(q, "因为两座城市都位于贸易路线与河流交汇的地方，商人、军队和统治者都聚集在那里。", 0)).isEmpty();
        assertThat(g.question("维也纳和布达佩斯为什么都在多瑙河畔发展成了首都？", List.of(q), 1)).isPresent();
        assertThat(g.question("春季洪水如何影响了匈牙利村庄的农事安排？", List.of(q), 1)).isEmpty();
    }

    @Test
    void groundednessJudge_offByDefault_onInStrict_rejectsUnsupportedAnswers() {
        ScriptedChatModel plain = new ScriptedChatModel(q -> stop(isQuestion(q) ? QUESTION : ANSWER));
        generate(plain, DialogueSettings.defaults());
        assertThat(plain.requests()).noneMatch(q -> q.stage().orElse("").equals("dialogue.grounded"));

        ScriptedChatModel judged = new ScriptedChatModel(q -> q.stage().orElse("").equals("dialogue.grounded")
                ? stop("{\"grounded\": false, \"reason\": \"the segment says nothing about armies\"}")
                : stop(isQuestion(q) ? QUESTION : ANSWER));
        DialogueResult r = generate(judged, DialogueSettings.strict());
        assertThat(r.dialogue()).isEmpty();
        assertThat(r.rejections()).extracting(Rejection::reason).containsExactly(Rejection.Reason.UNGROUNDED);
        assertThat(r.rejections().get(0).detail()).contains("nothing about armies");
        var judgeRequest = judged.requests().stream().filter(q -> q.stage().orElse("").equals("dialogue.grounded"))
                .findFirst().orElseThrow();
        assertThat(judgeRequest.messages().get(1).content()).contains("<document>\n" + TEXT + "\n</document>", QUESTION, ANSWER);
        assertThat(judgeRequest.responseFormat().schema()).hasValueSatisfying(s -> assertThat(s).contains("grounded"));
    }

    @Test
    void groundednessJudge_malformedVerdicts_retriedThenThrown() {
        AtomicInteger judged = new AtomicInteger();
        ScriptedChatModel model = new ScriptedChatModel(q -> {
            if (q.stage().orElse("").equals("dialogue.grounded")) {
                judged.incrementAndGet();
                return stop("{\"grounded\": \"maybe\"}");
            }
            return stop(isQuestion(q) ? QUESTION : ANSWER);
        });
        assertThatThrownBy(() -> generate(model, DialogueSettings.strict())).isInstanceOf(LlmException.class)
                .hasMessageContaining("attempt 3: 'grounded' must be true or false");
        assertThat(judged.get()).isEqualTo(3);
    }
}
