package io.ultralink.cli.internal.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ultralink pack}: writing language packs. Not API. */
@Command(name = "pack", mixinStandardHelpOptions = true, header = "Write and check language pack files.",
        description = {"A language is a pack file: prompts and instructions written natively in it, its Lingua "
                + "language and the sections its Wikipedia uses for references. 'pack init' starts one from an "
                + "existing pack, 'pack check' lists what is still wrong with one; use it with --pack FILE "
                + "(config key packs)."},
        subcommands = {PackInitCommand.class, PackCheckCommand.class})
final class PackCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
