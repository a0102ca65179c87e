package io.ultralink.cli.internal;

import io.ultralink.llm.ChatModel;
import io.ultralink.redact.Redactor;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the commands share: output streams, the environment, and an optional chat model given
 * programmatically (tests, embedding). Not API.
 *
 * @param out standard output
 * @param err standard error
 * @param env environment variables
 * @param chatModel a chat model that replaces backend selection when present
 */
public record CliContext(PrintStream out, PrintStream err, Map<String, String> env, Optional<ChatModel> chatModel) {

    /** Validates. */
    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
        Objects.requireNonNull(chatModel, "chatModel");
    }

    /** @return the redaction step for everything printed or written, knowing this environment's key values */
    public Redactor redactor() {
        return Redactor.fromEnvironment(env);
    }
}
