package io.ultralink.llm.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.contract.CountingChatModel;
import io.ultralink.llm.ResponseFormat;
import io.ultralink.model.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseCacheTest {

    @TempDir
    Path dir;

    private static ChatRequest request(String text, String version) {
        return ChatRequest.builder().addMessage(Message.system("Answer.")).addMessage(Message.user(text))
                .temperature(0.7).maxTokens(100).seed(1).promptVersion(version).stage("question").build();
    }

    @Test
    void chat_identicalRequestAcrossTwoInstancesOnOneFile_hitsAndSkipsModel() {
        Path file = dir.resolve("cache.sqlite");
        CountingChatModel model = new CountingChatModel("m");
        ChatResponse first;
        try (ResponseCache a = ResponseCache.open(file); ResponseCache b = ResponseCache.open(file)) {
            first = new CachingChatModel(model, a, "openai").chat(request("What is water?", "v1"));

            ChatResponse second = new CachingChatModel(model, b, "openai").chat(request("What is water?", "v1"));

            assertThat(second).isEqualTo(first);
            assertThat(model.calls()).isEqualTo(1);
            assertThat(a.stats()).isEqualTo(new CacheStats(0, 1, 1));
            assertThat(b.stats()).isEqualTo(new CacheStats(1, 0, 0));
        }
        try (ResponseCache reopened = ResponseCache.open(file)) {
            assertThat(new CachingChatModel(model, reopened, "openai").chat(request("What is water?", "v1")))
                    .isEqualTo(first);
            assertThat(reopened.stats().hits()).isEqualTo(1);
        }
    }

    @Test
    void chat_changedTemplateVersion_missesInOtherInstance() {
        Path file = dir.resolve("cache.sqlite");
        CountingChatModel model = new CountingChatModel("m");
        try (ResponseCache a = ResponseCache.open(file); ResponseCache b = ResponseCache.open(file)) {
            new CachingChatModel(model, a, "openai").chat(request("Why is the sky blue?", "v1"));

            new CachingChatModel(model, b, "openai").chat(request("Why is the sky blue?", "v2"));

            assertThat(model.calls()).isEqualTo(2);
            assertThat(b.stats().misses()).isEqualTo(1);
            assertThat(b.size()).isEqualTo(2);
        }
    }

    @Test
    void key_everyParameterAndBackendAndModel_changesKey() {
        ChatRequest base = request("q", "v1");
        String key = CacheKeys.of("openai", "m", base);
        List<String> others = List.of(
                CacheKeys.of("anthropic", "m", base),
                CacheKeys.of("openai", "m2", base),
                CacheKeys.of("openai", "m", base.toBuilder().temperature(0.8).build()),
                CacheKeys.of("openai", "m", base.toBuilder().topP(0.5).build()),
                CacheKeys.of("openai", "m", base.toBuilder().maxTokens(101).build()),
                CacheKeys.of("openai", "m", base.toBuilder().seed(2).build()),
                CacheKeys.of("openai", "m", base.toBuilder().stop(List.of("x")).build()),
                CacheKeys.of("openai", "m", base.toBuilder().responseFormat(ResponseFormat.JSON_OBJECT).build()),
                CacheKeys.of("openai", "m", base.toBuilder().addMessage(Message.assistant("a")).build()),
                CacheKeys.of("openai", "m", request("q ", "v1")),
                CacheKeys.of("openai", "m", request("q", "v1.1")));

        assertThat(others).doesNotContain(key).doesNotHaveDuplicates();
        assertThat(CacheKeys.of("openai", "m", base.toBuilder().stage("translate").build())).isEqualTo(key);
        assertThat(key).hasSize(64);
    }

    @Test
    void chat_manyThreadsTwoInstances_eachDistinctRequestAnsweredOnceAndStored() throws Exception {
        Path file = dir.resolve("shared.sqlite");
        CountingChatModel model = new CountingChatModel("m");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (ResponseCache a = ResponseCache.open(file); ResponseCache b = ResponseCache.open(file)) {
            CachingChatModel ca = new CachingChatModel(model, a, "openai");
            CachingChatModel cb = new CachingChatModel(model, b, "openai");
            List<Future<ChatResponse>> results = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 40; i++) {
                    ChatRequest r = request("question number " + i, "v1");
                    CachingChatModel target = i % 2 == 0 ? ca : cb;
                    results.add(pool.submit(() -> target.chat(r)));
                }
                for (Future<ChatResponse> f : results) {
                    f.get();
                }
            }
            assertThat(a.size()).isEqualTo(40);
            CacheStats total = new CacheStats(a.stats().hits() + b.stats().hits(),
                    a.stats().misses() + b.stats().misses(), a.stats().writes() + b.stats().writes());
            assertThat(total.hits() + total.misses()).isEqualTo(120);
            assertThat(total.misses()).isEqualTo(model.calls()).isBetween(40L, 120L);
            assertThat(total.hits()).isGreaterThanOrEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
    }
}
