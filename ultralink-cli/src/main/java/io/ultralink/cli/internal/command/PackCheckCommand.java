package io.ultralink.cli.internal.command;

import io.ultralink.cli.internal.ExitCodes;
import io.ultralink.error.InvalidInputException;
import io.ultralink.text.pack.PackChecker;
import io.ultralink.text.pack.PackProblem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ultralink pack check FILE}. Not API. */
@Command(name = "check", mixinStandardHelpOptions = true, header = "List what is wrong with a language pack.",
        description = {"Prints FILE:LINE: error|warning: field: message for each problem: the pack does not load, a "
                + "value is still marked TODO(native), the Lingua language is unknown or not the pack's code, a "
                + "prompt reads as another language (left in the source language), a label, phrase or section name "
                + "is copied from another language's pack.",
                "",
                "Exit codes: 0 ready (warnings allowed), 1 errors found, 2 the file cannot be read."})
final class PackCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The pack file (YAML).")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), 0, "language pack file does not exist");
        }
        List<PackProblem> problems = PackChecker.create().check(file);
        PrintWriter out = spec.commandLine().getOut();
        problems.forEach(out::println);
        long errors = problems.stream().filter(p -> p.severity() == PackProblem.Severity.ERROR).count();
        out.println(file + ": " + errors + " errors, " + (problems.size() - errors) + " warnings"
                + (errors == 0 ? "; ready to use with --pack " + file : ""));
        out.flush();
        return errors == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
