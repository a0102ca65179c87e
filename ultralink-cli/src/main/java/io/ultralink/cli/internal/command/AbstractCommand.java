package io.ultralink.cli.internal.command;

import io.ultralink.cli.config.ConfigLoader;
import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.cli.internal.CliContext;
import io.ultralink.cli.internal.ExitCodes;
import io.ultralink.cli.internal.ForecastReport;
import io.ultralink.cli.internal.ModelResolution;
import io.ultralink.cli.internal.RunSession;
import io.ultralink.cli.internal.Stage;
import io.ultralink.cli.internal.StageReport;
import io.ultralink.cli.internal.Stages;
import io.ultralink.cli.spend.LimitReachedException;
import io.ultralink.error.InvalidInputException;
import io.ultralink.error.RetryBudgetExhaustedException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Shared behaviour of the commands: the configuration (file plus options, each option writing the
 * config key its description names), the session, running stages in order, the manifest and the
 * exit code. Not API.
 */
abstract class AbstractCommand implements Callable<Integer> {

    /** Finds the config key in an option's description. */
    static final Pattern CONFIG_KEY = Pattern.compile("\\(config: ([A-Za-z0-9.]+)\\)");

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Mixin
    CommonOptions common;

    /** @return the stages this command runs, in order */
    abstract List<String> stages();

    /** @return the config file named by a positional parameter, if the command has one */
    Path positionalConfig() {
        return null;
    }

    /** @return whether the command reads an output folder that must already exist (it never creates one) */
    boolean readsExistingOutput() {
        return false;
    }

    @Override
    public Integer call() {
        ResolvedConfig config = ConfigLoader.load(configFile(), overrides(spec));
        if (readsExistingOutput() && !java.nio.file.Files.isDirectory(config.output())) {
            throw new InvalidInputException(config.output().toString(), 0,
                    "dataset folder does not exist (option --output, config key output)");
        }
        CliContext ctx = root.context();
        try (RunSession session = new RunSession(config, ctx, spec.name())) {
            return runStages(session);
        }
    }

    private Path configFile() {
        Path positional = positionalConfig();
        if (positional != null && common.config != null && !positional.equals(common.config)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give the config file once: either CONFIG or --config");
        }
        return positional != null ? positional : common.config;
    }

    private int runStages(RunSession session) {
        String status = "completed";
        int exit = ExitCodes.OK;
        try {
            ModelResolution.resolveEarly(session, stages());
            for (String name : stages()) {
                if (session.config().dryRun() && (name.equals("mix") || name.equals("stats"))) {
                    session.manifest().add(StageReport.skipped(name, "dry run: no model output to mix or count"));
                    continue;
                }
                Stage stage = Stages.byName(name);
                long start = System.nanoTime();
                try {
                    StageReport report = stage.run(session);
                    session.manifest().add(report.with(report.status(), (System.nanoTime() - start) / 1e9));
                } finally {
                    session.manifest().write("running", session.ledger());
                }
            }
        } catch (LimitReachedException e) {
            status = "stopped";
            exit = ExitCodes.LIMIT_REACHED;
            session.context().err().println("ultralink: stopped cleanly: " + e.getMessage()
                    + ". Every record written so far is kept; run the same command again (with a higher cap) to resume.");
        } catch (RetryBudgetExhaustedException e) {
            status = "stopped";
            exit = ExitCodes.FAILURE;
            session.context().err().println("ultralink: stopped: " + e.getMessage()
                    + ". Every record written so far is kept; run the same command again later to resume.");
        } catch (RuntimeException e) {
            session.manifest().write("failed", session.ledger());
            throw e;
        }
        session.manifest().write(status, session.ledger());
        session.discardDryRunWork();
        if (session.config().dryRun() || session.ledger().calls() > 0 || session.ledger().cacheHits() > 0) {
            ForecastReport.print(session.ledger(), session.config().dryRun(), session.context().out());
        }
        return exit;
    }

    /**
     * The config overrides of the options matched on the command line.
     *
     * @param spec the command
     * @return config key to value
     */
    static Map<String, Object> overrides(CommandSpec spec) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
            String key = configKey(option);
            if (key != null) {
                out.put(key, toConfigValue(option.getValue()));
            }
        }
        return out;
    }

    /**
     * @param option an option
     * @return the config key its description names, or null
     */
    static String configKey(OptionSpec option) {
        Matcher m = CONFIG_KEY.matcher(String.join(" ", option.description()));
        return m.find() ? m.group(1) : null;
    }

    private static Object toConfigValue(Object value) {
        if (value instanceof Path) {
            return ((Path) value).toAbsolutePath().normalize().toString();
        }
        if (value instanceof Collection<?>) {
            return ((Collection<?>) value).stream().map(AbstractCommand::toConfigValue).collect(Collectors.toList());
        }
        return value;
    }
}
