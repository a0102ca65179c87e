package io.ultralink.testing;

import io.ultralink.format.internal.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads run-store journals in tests: the unit lines, without the fingerprint declarations. */
public final class Journals {

    private Journals() {
    }

    /** The unit lines of {@code file}, parsed, in order. */
    public static List<JsonNode> units(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(Json.MAPPER::readTree)
                .filter(n -> n.hasNonNull("unit")).toList();
    }

    /** The unit ids of {@code file}, in order, repeats included. */
    public static List<String> unitIds(Path file) throws IOException {
        return units(file).stream().map(n -> n.get("unit").stringValue()).toList();
    }
}
