package io.ultralink.text.prepare.internal;

import io.ultralink.error.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the inputs of a run: a directory (such as wikiextractor's output) stands for its files, sorted. */
public final class Inputs {

    private Inputs() {
    }

    /** The inputs with each directory replaced by the regular, non-hidden files below it in path order. */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new InvalidInputException(input.toString(), 0, null, "cannot list: " + e.getMessage(), e);
            }
        }
        return files;
    }
}
