package io.ultralink.pipeline.specific.internal;

import io.ultralink.error.UltraLinkException;
import io.ultralink.format.LineAppender;
import io.ultralink.format.internal.Json;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Brings an output file back in line with the done-log after a crash: cuts a partial last line and
 * removes lines whose {@code "id"} the done-log does not commit (written just before a kill, their
 * segment will be generated again) and repeated ids. The filtered file replaces the original by an
 * atomic move, so a crash here leaves either the old or the new file. Not API.
 */
public final class OutputReconciler {

    private OutputReconciler() {
    }

    /**
     * Keeps only the first line of each committed id in {@code file}.
     *
     * @return the number of lines removed
     */
    public static int keepCommitted(Path file, Set<String> committed) {
        if (!Files.exists(file)) {
            return 0;
        }
        LineAppender.open(file, false).close();
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int removed = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String id = idOf(line);
                if (id != null && committed.contains(id) && seen.add(id)) {
                    kept.add(line);
                } else {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UltraLinkException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (removed > 0) {
            replace(file, kept);
        }
        return removed;
    }

    private static String idOf(String line) {
        try {
            JsonNode id = Json.MAPPER.readTree(line).get("id");
            return id != null && id.isString() ? id.stringValue() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void replace(Path file, List<String> lines) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UltraLinkException("cannot rewrite " + file + ": " + e.getMessage(), e);
        }
    }
}
