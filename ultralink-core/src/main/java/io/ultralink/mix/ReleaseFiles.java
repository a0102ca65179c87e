package io.ultralink.mix;

import io.ultralink.error.UltraLinkException;
import io.ultralink.format.JsonlRecordWriter;
import io.ultralink.format.JsonlRecords;
import io.ultralink.format.RecordFormat;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.RecordId;
import io.ultralink.model.SftRecord;
import io.ultralink.run.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The release layout: one file {@code {lang}_{type}.jsonl} per language and data type, records with
 * ids {@code {lang}_{type}_{n}} numbered from 0 in file order.
 */
public final class ReleaseFiles {

    private ReleaseFiles() {
    }

    /** The file name of {@code language}'s {@code type} data: {@code zh_math.jsonl}. */
    public static String fileName(LanguageCode language, DataType type) {
        return language + "_" + type.fileToken() + ".jsonl";
    }

    /** The release id of the {@code n}-th record: {@code zh_math_12}. */
    public static String recordId(LanguageCode language, DataType type, long n) {
        return new RecordId(language, type, n).toString();
    }

    /**
     * Writes {@code records} into {@code dir}, each into its language and type's file with a fresh
     * release id, in the release's exact shape (no metadata). Files are written aside and moved into
     * place at the end, replacing earlier releases.
     *
     * @return records written per file name
     */
    public static Map<String, Long> write(Path dir, Iterable<SftRecord> records) {
        Objects.requireNonNull(dir, "dir");
        Map<String, JsonlRecordWriter> writers = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            Files.createDirectories(dir);
            for (SftRecord r : records) {
                String name = fileName(r.language(), r.type());
                JsonlRecordWriter w = writers.computeIfAbsent(name, n -> {
                    Path tmp = dir.resolve(n + ".tmp");
                    deleteQuietly(tmp);
                    return JsonlRecords.writer(tmp, RecordFormat.ULTRALINK);
                });
                long n = counts.merge(name, 1L, Long::sum) - 1;
                w.write(new SftRecord(recordId(r.language(), r.type(), n), r.language(), r.type(), r.messages(),
                        r.metadata()));
            }
            for (Map.Entry<String, JsonlRecordWriter> e : writers.entrySet()) {
                e.getValue().close();
                AtomicFiles.moveIntoPlace(dir.resolve(e.getKey() + ".tmp"), dir.resolve(e.getKey()));
            }
        } catch (IOException e) {
            throw new UltraLinkException("cannot write release files in " + dir + ": " + e.getMessage(), e);
        }
        return counts;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UltraLinkException("cannot replace " + p + ": " + e.getMessage(), e);
        }
    }
}
