package io.ultralink.llm.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.model.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cached prompt tokens of the embedded backend: computed as llama.cpp reuses its slot's KV cache. */
class LlamaCppPromptCacheTest {

    private static final String STORY = "Once upon a time, there was a little girl named Lily. She loved to play "
            + "in the park with her red ball and her big brown dog. ";

    private static LlamaCppChatModel cached;

    @BeforeAll
    static void load() {
        cached = LlamaCppChatModel.builder(TinyModel.pathOrSkip()).threads(1).cachePrompt(true).build();
    }

    @AfterAll
    static void close() {
        if (cached != null) {
            cached.close();
        }
    }

    private static ChatResponse ask(LlamaCppChatModel model, String system, String user) {
        return model.chat(ChatRequest.builder().addMessage(Message.system(system)).addMessage(Message.user(user))
                .maxTokens(4).seed(1).build());
    }

    @Test
    void chat_sharedPrefix_reportsCachedTokensOfThePrefixOnly() {
        ask(cached, "Tell a different story.", "The cat sat on the mat.");
        ChatResponse first = ask(cached, STORY, "What did Lily do?");
        ChatResponse second = ask(cached, STORY, "Why was the dog happy?");

        assertThat(first.usage().cachedPromptTokens()).isLessThan(10);
        assertThat(second.usage().cachedPromptTokens()).isGreaterThan(20)
                .isLessThan(second.usage().promptTokens());
        assertThat(cached.cachesPrompt()).isTrue();
    }

    @Test
    void chat_samePromptTwice_allButOneTokenCached() {
        ask(cached, STORY, "Where is the ball?");
        ChatResponse again = ask(cached, STORY, "Where is the ball?");

        assertThat(again.usage().cachedPromptTokens()).isEqualTo(again.usage().promptTokens() - 1);
    }

    @Test
    void chat_withoutPromptCache_reportsNoCachedTokens() {
        try (LlamaCppChatModel plain = LlamaCppChatModel.builder(TinyModel.pathOrSkip()).threads(1).build()) {
            ask(plain, STORY, "What did Lily do?");
            assertThat(ask(plain, STORY, "What did Lily do?").usage().cachedPromptTokens()).isZero();
            assertThat(plain.cachesPrompt()).isFalse();
        }
    }

    @Test
    void reusedPrefix_commonPrefixLessTheTokenReEvaluated() {
        assertThat(LlamaCppChatModel.reusedPrefix(new int[] {1, 2, 3}, new int[] {1, 2, 4, 5})).isEqualTo(2);
        assertThat(LlamaCppChatModel.reusedPrefix(new int[] {1, 2, 3}, new int[] {1, 2, 3})).isEqualTo(2);
        assertThat(LlamaCppChatModel.reusedPrefix(new int[] {1, 2}, new int[] {1, 2, 3, 4})).isEqualTo(2);
        assertThat(LlamaCppChatModel.reusedPrefix(new int[0], new int[] {7})).isZero();
        assertThat(LlamaCppChatModel.reusedPrefix(new int[] {9}, new int[] {7, 8})).isZero();
    }
}
