package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.cli.config.ConfigLoader;
import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.cli.spend.ForecastingChatModel;
import io.ultralink.language.DialoguePrompts;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.LanguageCode;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import io.ultralink.tokens.TokenCounter;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The quickstart's limits suit the default model: an answer has room for well over the paper's
 * average length, and the largest request generation can send, with its completion, fits the context.
 */
class QuickstartLimitsTest {

    @Test
    void quickstart_maxTokens_leavesRoomForFullAnswers() {
        ResolvedConfig config = ConfigLoader.load(QuickstartRunTest.QUICKSTART, Map.of());

        assertThat(config.generate().maxTokens()).isGreaterThanOrEqualTo(3 * ForecastingChatModel.ANSWER_TOKENS);
    }

    @Test
    void quickstart_largestRequestAndCompletion_fitTheContext() {
        ResolvedConfig config = ConfigLoader.load(QuickstartRunTest.QUICKSTART, Map.of());
        TokenCounter counter = JtokkitTokenCounter.cl100k();
        LanguagePacks packs = LanguagePacks.load();
        int answer = config.generate().maxTokens();
        int question = Math.min(answer, 512);
        int segment = config.prepare().segmentTokens().max();
        int turns = config.generate().maxTurns();
        int largest = 0;
        for (LanguageCode code : config.languages()) {
            LanguagePack pack = packs.get(code);
            DialoguePrompts p = pack.dialogue();
            int system = Stream.of(p.initialQuestion(), p.initialAnswer(), p.inDepthQuestion(), p.expansiveQuestion(),
                    p.followUpAnswer()).mapToInt(counter::countTokens).max().orElseThrow();
            int labels = counter.countTokens(p.historyLabel() + p.questionLabel() + p.answerLabel()) * turns
                    + counter.countTokens(pack.documentPrefix()) + 16;
            // the last answer's request: every earlier turn in full, then the pending question
            int prompt = system + segment + labels + (turns - 1) * (question + answer) + question;
            largest = Math.max(largest, prompt + answer);
        }

        assertThat(largest).as("largest prompt plus completion, in cl100k tokens")
                .isLessThanOrEqualTo(config.backend().contextSize());
    }
}
