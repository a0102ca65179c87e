package io.ultralink.cli;

import io.ultralink.cli.internal.CliContext;
import io.ultralink.cli.internal.ExitCodes;
import io.ultralink.cli.internal.RedactingOutputStream;
import io.ultralink.cli.internal.command.RootCommand;
import io.ultralink.cli.spend.LimitReachedException;
import io.ultralink.error.ConfigurationException;
import io.ultralink.error.UltraLinkException;
import io.ultralink.llm.ChatModel;
import io.ultralink.redact.Redactor;
import io.ultralink.run.ChangedWorkException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The {@code ultralink} command: {@code prepare}, {@code generate}, {@code filter},
 * {@code translate}, {@code prune}, {@code mix}, {@code stats} and {@code run}. Errors print one line
 * naming the key or path at fault (a stack trace only with {@code --verbose}); exit codes are 0 done,
 * 1 run-time failure, 2 usage or configuration, 3 stopped at a call or cost cap.
 */
public final class UltraLinkCli {

    private final CliContext context;

    private UltraLinkCli(CliContext context) {
        this.context = context;
    }

    /**
     * Runs the command and exits the JVM with its exit code (the embedded llama.cpp backend keeps a
     * native thread alive, so {@code main} always exits explicitly).
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        if (System.getProperty("de.kherud.llama.tmpdir") == null) {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "ultralink-jllama-" + ProcessHandle.current().pid());
            System.setProperty("de.kherud.llama.tmpdir", tmp.toString());
        }
        System.setProperty("java.awt.headless", "true");
        Redactor redactor = Redactor.standard();
        System.setOut(RedactingOutputStream.printStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), redactor));
        System.setErr(RedactingOutputStream.printStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), redactor));
        int code = builder().build().execute(args);
        drain(System.out);
        drain(System.err);
        System.exit(code);
    }

    /** @return a builder using the process's streams and environment */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the command in-process.
     *
     * @param args the arguments
     * @return the exit code
     */
    public int execute(String... args) {
        CommandLine cl = commandLine();
        try {
            return cl.execute(args);
        } finally {
            drain(context.out());
            drain(context.err());
        }
    }

    private static void drain(PrintStream stream) {
        if (stream instanceof RedactingOutputStream.Printer printer) {
            printer.drain();
        } else {
            stream.flush();
        }
    }

    /** @return the configured picocli command line (for help and tests) */
    public CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand(context));
        cl.setOut(new PrintWriter(context.out(), true));
        cl.setErr(new PrintWriter(context.err(), true));
        cl.setUsageHelpWidth(100);
        cl.setExecutionExceptionHandler(this::onError);
        cl.setParameterExceptionHandler((e, args) -> {
            context.err().println("ultralink: " + e.getMessage());
            context.err().println("See 'ultralink " + e.getCommandLine().getCommandName().replace("ultralink", "").trim()
                    + " --help'.".replace("  ", " "));
            return ExitCodes.CONFIG;
        });
        return cl;
    }

    private int onError(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.subcommand() != null ? parsed.subcommand().hasMatchedOption("--verbose")
                : parsed.hasMatchedOption("--verbose");
        PrintStream err = context.err();
        if (e instanceof ChangedWorkException c) {
            err.println("ultralink: error: " + c.summary() + ". Run again with --rerun-changed to redo only those, "
                    + "or with --fresh to start over; no work made with other settings was reused.");
        } else if (e instanceof UltraLinkException) {
            err.println("ultralink: error: " + e.getMessage());
        } else {
            err.println("ultralink: internal error: " + e + " (run with --verbose for the stack trace)");
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        if (e instanceof LimitReachedException) {
            return ExitCodes.LIMIT_REACHED;
        }
        return e instanceof ConfigurationException ? ExitCodes.CONFIG : ExitCodes.FAILURE;
    }

    /** Builds an {@link UltraLinkCli}. */
    public static final class Builder {
        private PrintStream out = System.out;
        private PrintStream err = System.err;
        private Map<String, String> env = System.getenv();
        private ChatModel chatModel;

        private Builder() {
        }

        /** @param value standard output @return this */
        public Builder out(PrintStream value) {
            out = Objects.requireNonNull(value, "out");
            return this;
        }

        /** @param value standard error @return this */
        public Builder err(PrintStream value) {
            err = Objects.requireNonNull(value, "err");
            return this;
        }

        /** @param value environment variables to read keys and URLs from @return this */
        public Builder env(Map<String, String> value) {
            env = Objects.requireNonNull(value, "env");
            return this;
        }

        /**
         * @param value a chat model every stage uses instead of choosing a backend (it is metered and
         *     capped like any other, and not closed)
         * @return this
         */
        public Builder chatModel(ChatModel value) {
            chatModel = value;
            return this;
        }

        /** @return the command line */
        public UltraLinkCli build() {
            Redactor redactor = Redactor.fromEnvironment(env);
            return new UltraLinkCli(new CliContext(RedactingOutputStream.printStream(out, redactor),
                    RedactingOutputStream.printStream(err, redactor), env, Optional.ofNullable(chatModel)));
        }
    }
}
