package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.cli.config.UltraLinkConfig;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class HelpCompletenessTest {

    private static final Set<String> NO_CONFIG_KEY = Set.of("--config", "--verbose", "--help", "--version");
    private static final Pattern KEY = Pattern.compile("\\(config: ([A-Za-z0-9.]+)\\)");
    private static final List<String> COMMANDS = List.of("prepare", "generate", "filter", "translate", "prune", "mix",
            "stats", "run");

    @Test
    void subcommands_areAllThere() {
        CommandLine cl = new CliHarness().cli().commandLine();

        assertThat(cl.getSubcommands().keySet()).containsAll(COMMANDS).contains("pack");
        assertThat(cl.getSubcommands().get("pack").getSubcommands().keySet()).contains("init", "check");
    }

    @Test
    void packCommands_readNoConfig_butDescribeEveryOption() {
        CommandLine pack = new CliHarness().cli().commandLine().getSubcommands().get("pack");
        for (String name : List.of("init", "check")) {
            CommandLine sub = pack.getSubcommands().get(name);
            for (OptionSpec o : sub.getCommandSpec().options()) {
                assertThat(String.join(" ", o.description())).as("pack %s %s", name, o.longestName()).isNotBlank();
            }
            assertThat(sub.getCommandSpec().positionalParameters())
                    .allSatisfy(p -> assertThat(String.join(" ", p.description())).isNotBlank());
        }
    }

    @Test
    void everyOption_isDescribedAndNamesAnExistingConfigKey() {
        CommandLine cl = new CliHarness().cli().commandLine();
        int checked = 0;
        for (String name : COMMANDS) {
            for (OptionSpec o : cl.getSubcommands().get(name).getCommandSpec().options()) {
                String description = String.join(" ", o.description());
                assertThat(description).as("%s %s description", name, o.longestName()).isNotBlank();
                if (NO_CONFIG_KEY.contains(o.longestName())) {
                    continue;
                }
                Matcher m = KEY.matcher(description);
                assertThat(m.find()).as("%s %s names its config key", name, o.longestName()).isTrue();
                assertThat(keyExists(UltraLinkConfig.class, m.group(1)))
                        .as("%s %s: config key %s exists", name, o.longestName(), m.group(1)).isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void help_ofEachCommand_printsUsageAndExitsZero() {
        for (String name : COMMANDS) {
            CliHarness h = new CliHarness();

            int code = h.run(name, "--help");

            assertThat(code).as(name).isZero();
            assertThat(h.out()).as(name).contains("Usage: ultralink " + name).contains("--output")
                    .contains("--quiet").contains("--log-format");
        }
        CliHarness run = new CliHarness();
        run.run("run", "--help");
        assertThat(run.out()).contains("--dry-run", "--max-calls", "--max-cost", "--model-file", "--offline",
                "OPENAI_API_KEY", "Exit codes");
    }

    @Test
    void root_withoutCommand_printsUsage() {
        CliHarness h = new CliHarness();

        assertThat(h.run()).isZero();
        assertThat(h.out()).contains("Commands:").contains("prepare").contains("stats");
    }

    private static boolean keyExists(Class<?> type, String dotted) {
        Class<?> current = type;
        String[] parts = dotted.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            if (current == null || !current.isRecord()) {
                return false;
            }
            Class<?> next = null;
            for (RecordComponent rc : current.getRecordComponents()) {
                if (rc.getName().equals(parts[i])) {
                    next = rc.getType();
                    if (Map.class.isAssignableFrom(next)) {
                        return i == parts.length - 1 || i == parts.length - 2;
                    }
                    Type generic = rc.getGenericType();
                    if (generic instanceof ParameterizedType && i == parts.length - 1) {
                        return true;
                    }
                }
            }
            if (next == null) {
                return false;
            }
            current = i == parts.length - 1 ? null : next;
        }
        return true;
    }
}
