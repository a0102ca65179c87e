package io.ultralink.llm.cache;

import io.ultralink.error.UltraLinkException;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Model answers stored in one SQLite file under {@link CacheKeys keys}. Safe for concurrent use:
 * calls on one instance are serialised on its connection, and several instances (or processes) may
 * share a file: the database runs in WAL mode and waits up to {@value #BUSY_TIMEOUT_MILLIS} ms for a
 * lock. The file carries its schema version ({@value #SCHEMA_VERSION}, in SQLite's
 * {@code user_version}); a file of another version, or one that is not a cache, is refused at open.
 */
public final class ResponseCache implements AutoCloseable {

    private static final String SCHEMA = "CREATE TABLE IF NOT EXISTS responses ("
            + "key TEXT PRIMARY KEY, backend TEXT NOT NULL, model TEXT NOT NULL, text TEXT NOT NULL, "
            + "finish_reason TEXT NOT NULL, prompt_tokens INTEGER NOT NULL, cached_tokens INTEGER NOT NULL, "
            + "completion_tokens INTEGER NOT NULL, response_model TEXT NOT NULL, created_at INTEGER NOT NULL)";

    /** The schema version this class reads and writes. */
    public static final int SCHEMA_VERSION = 1;
    /** How long a call waits for another writer's lock before it fails. */
    public static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Path file;
    private final Connection connection;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();

    private ResponseCache(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the cache in {@code file}. */
    public static ResponseCache open(Path file) {
        return open(file, java.time.Duration.ofMillis(BUSY_TIMEOUT_MILLIS));
    }

    /**
     * Opens (creating if needed) the cache in {@code file}; a call waits up to {@code busyTimeout} for
     * another writer's lock before it fails.
     *
     * @throws UltraLinkException when the file is not a cache of this schema version, or cannot be opened
     */
    public static ResponseCache open(Path file, java.time.Duration busyTimeout) {
        Objects.requireNonNull(file, "file");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + busyTimeout.toMillis());
                int version = userVersion(s);
                if (version != 0 && version != SCHEMA_VERSION) {
                    throw new UltraLinkException("response cache " + file + " has schema version " + version
                            + ", this version reads " + SCHEMA_VERSION + "; use another cache file");
                }
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute(SCHEMA);
                if (version == 0) {
                    s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
                }
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return new ResponseCache(file, c);
        } catch (SQLException | IOException e) {
            throw new UltraLinkException("cannot open response cache " + file + ": " + e.getMessage(), e);
        }
    }

    private static int userVersion(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The stored answer under {@code key}; counts a hit or a miss. */
    public Optional<ChatResponse> get(String key) {
        Objects.requireNonNull(key, "key");
        synchronized (connection) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT text, finish_reason, prompt_tokens, "
                    + "cached_tokens, completion_tokens, response_model FROM responses WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        misses.incrementAndGet();
                        return Optional.empty();
                    }
                    hits.incrementAndGet();
                    return Optional.of(new ChatResponse(rs.getString(1), FinishReason.valueOf(rs.getString(2)),
                            new TokenUsage(rs.getLong(3), rs.getLong(4), rs.getLong(5)), rs.getString(6)));
                }
            } catch (SQLException e) {
                throw failure("read", e);
            }
        }
    }

    /** Stores {@code response} under {@code key}, replacing an older answer. */
    public void put(String key, String backend, String model, ChatResponse response) {
        Objects.requireNonNull(response, "response");
        synchronized (connection) {
            try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO responses VALUES "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, Objects.requireNonNull(key, "key"));
                ps.setString(2, Objects.requireNonNull(backend, "backend"));
                ps.setString(3, Objects.requireNonNull(model, "model"));
                ps.setString(4, response.text());
                ps.setString(5, response.finishReason().name());
                ps.setLong(6, response.usage().promptTokens());
                ps.setLong(7, response.usage().cachedPromptTokens());
                ps.setLong(8, response.usage().completionTokens());
                ps.setString(9, response.modelName());
                ps.setLong(10, System.currentTimeMillis());
                ps.executeUpdate();
                writes.incrementAndGet();
            } catch (SQLException e) {
                throw failure("write", e);
            }
        }
    }

    /** The number of stored answers. */
    public long size() {
        synchronized (connection) {
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM responses")) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw failure("count", e);
            }
        }
    }

    /** Hits, misses and writes of this instance. */
    public CacheStats stats() {
        return new CacheStats(hits.get(), misses.get(), writes.get());
    }

    private UltraLinkException failure(String what, SQLException e) {
        return new UltraLinkException("response cache " + file + ": " + what + " failed: " + e.getMessage(), e);
    }

    /** Closes the connection. */
    @Override
    public void close() {
        synchronized (connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw failure("close", e);
            }
        }
    }

    @Override
    public String toString() {
        return "ResponseCache[" + file + ", " + stats() + "]";
    }
}
