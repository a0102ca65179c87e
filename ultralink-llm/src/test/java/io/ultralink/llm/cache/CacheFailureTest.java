package io.ultralink.llm.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.UltraLinkException;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.contract.CountingChatModel;
import io.ultralink.model.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A response cache that cannot serve: refused at open with the reason, or passed through mid-run. */
class CacheFailureTest {

    @TempDir
    Path dir;

    private static ChatRequest request(String text) {
        return ChatRequest.builder().addMessage(Message.user(text)).maxTokens(50).build();
    }

    @Test
    void open_fileThatIsNotADatabase_isRefusedNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("cache.sqlite"), "these are not the bytes of a SQLite database, "
                + "but a text someone saved under the cache's name".repeat(20));

        assertThatThrownBy(() -> ResponseCache.open(file)).isInstanceOf(UltraLinkException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void open_otherSchemaVersion_isRefusedNamingBothVersions() throws Exception {
        Path file = dir.resolve("cache.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 7");
        }

        assertThatThrownBy(() -> ResponseCache.open(file)).isInstanceOf(UltraLinkException.class)
                .hasMessageContaining("schema version 7").hasMessageContaining("reads " + ResponseCache.SCHEMA_VERSION);
    }

    @Test
    void open_newFile_recordsTheSchemaVersion() throws Exception {
        Path file = dir.resolve("cache.sqlite");
        ResponseCache.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                var rs = s.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isEqualTo(ResponseCache.SCHEMA_VERSION);
        }
        ResponseCache.open(file).close();
    }

    @Test
    void chat_cacheWriteLockedByAnotherProcessTooLong_passesEveryCallThroughToTheModel() throws Exception {
        Path file = dir.resolve("cache.sqlite");
        CountingChatModel model = new CountingChatModel("m");
        try (ResponseCache cache = ResponseCache.open(file, Duration.ofMillis(100));
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("DELETE FROM responses");
            CachingChatModel caching = new CachingChatModel(model, cache, "openai");

            caching.chat(request("one"));
            caching.chat(request("one"));
            caching.chat(request("two"));

            assertThat(caching.passingThrough()).isTrue();
            assertThat(model.calls()).isEqualTo(3);
        }
    }
}
