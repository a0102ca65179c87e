package io.ultralink.cli;

import io.ultralink.llm.ChatModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the command in-process and keeps what it printed. */
final class CliHarness {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final UltraLinkCli cli;

    CliHarness(Map<String, String> env, ChatModel model) {
        cli = UltraLinkCli.builder().out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8)).env(env).chatModel(model).build();
    }

    CliHarness() {
        this(Map.of(), null);
    }

    int run(String... args) {
        return cli.execute(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    UltraLinkCli cli() {
        return cli;
    }
}
