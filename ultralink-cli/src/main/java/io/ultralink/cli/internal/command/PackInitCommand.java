package io.ultralink.cli.internal.command;

import io.ultralink.cli.internal.ExitCodes;
import io.ultralink.error.ConfigurationException;
import io.ultralink.error.UltraLinkException;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.LanguageCode;
import io.ultralink.text.pack.PackScaffold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ultralink pack init CODE --from en}. Not API. */
@Command(name = "init", mixinStandardHelpOptions = true, header = "Start a language pack from an existing one.",
        description = {"Writes CODE.yaml: the code, names and Lingua language filled in where known, and every text "
                + "that must be written natively in the new language marked TODO(native) and followed by the source "
                + "pack's text as a guide. A pack with a marker left is refused; 'ultralink pack check' lists them."})
final class PackInitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE", description = "The new language's code (ISO 639, e.g. uk or de).")
    String code;

    @Option(names = "--from", paramLabel = "CODE", defaultValue = "en",
            description = "The pack to start from, default en.")
    String from;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write it, default CODE.yaml.")
    Path output;

    @Option(names = "--force", description = "Overwrite the file if it exists.")
    boolean force;

    @Override
    public Integer call() {
        LanguageCode target = parse(code, "CODE");
        LanguagePacks packs = LanguagePacks.load();
        String text = PackScaffold.render(target, packs.get(parse(from, "--from")));
        Path file = output != null ? output : Path.of(target.code() + ".yaml");
        if (Files.exists(file) && !force) {
            throw new ConfigurationException(file + " exists; choose another --output or add --force");
        }
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UltraLinkException("cannot write " + file + ": " + e.getMessage(), e);
        }
        long todo = text.lines().filter(l -> l.contains(LanguagePacks.NATIVE_TODO)).count();
        spec.commandLine().getOut().println("wrote " + file + ": " + todo + " values marked "
                + LanguagePacks.NATIVE_TODO + " to write natively; then run 'ultralink pack check " + file + "'");
        return ExitCodes.OK;
    }

    private static LanguageCode parse(String value, String what) {
        try {
            return LanguageCode.of(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(what + ": " + e.getMessage());
        }
    }
}
