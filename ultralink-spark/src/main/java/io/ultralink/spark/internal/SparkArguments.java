package io.ultralink.spark.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The arguments of {@link io.ultralink.spark.UltraLinkSpark}: the config file, then {@code --stage},
 * {@code --slice-mb}, {@code --partitions}, {@code --set KEY=VALUE}, {@code --rerun-changed} and {@code --fresh}
 * (the last two set {@code resume.rerunChanged} and {@code resume.fresh}). Not API.
 *
 * @param stage prepare, generate, translate or all
 */
public record SparkArguments(String configFile, String stage, long sliceMb, int partitions,
        Map<String, String> overrides) {

    private static final Set<String> STAGES = Set.of("prepare", "generate", "translate", "all");

    /** Parses {@code args}, failing with a message that names the bad argument. */
    public static SparkArguments parse(String[] args) {
        String file = null;
        String stage = "all";
        long sliceMb = 16;
        int partitions = 0;
        Map<String, String> overrides = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--stage" -> stage = value(args, ++i, arg);
                case "--slice-mb" -> sliceMb = number(value(args, ++i, arg), arg);
                case "--partitions" -> partitions = (int) number(value(args, ++i, arg), arg);
                case "--rerun-changed" -> overrides.put("resume.rerunChanged", "true");
                case "--fresh" -> overrides.put("resume.fresh", "true");
                case "--set" -> {
                    String kv = value(args, ++i, arg);
                    int eq = kv.indexOf('=');
                    if (eq < 1) {
                        throw new IllegalArgumentException("--set wants KEY=VALUE, was '" + kv + "'");
                    }
                    overrides.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
                default -> {
                    if (arg.startsWith("--") || file != null) {
                        throw new IllegalArgumentException("unknown argument '" + arg + "'; usage: CONFIG.yaml"
                                + " [--stage prepare|generate|translate|all] [--slice-mb N] [--partitions N]"
                                + " [--set KEY=VALUE] [--rerun-changed|--fresh]");
                    }
                    file = arg;
                }
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("no config file given; usage: CONFIG.yaml [options]");
        }
        if (!STAGES.contains(stage)) {
            throw new IllegalArgumentException("--stage must be prepare, generate, translate or all, was '" + stage + "'");
        }
        return new SparkArguments(file, stage, sliceMb, partitions, overrides);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static long number(String value, String option) {
        try {
            long n = Long.parseLong(value);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " wants a whole number >= 1, was '" + value + "'");
        }
    }
}
