package io.ultralink.mix;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.format.JsonlReader;
import io.ultralink.format.JsonlRecords;
import io.ultralink.format.RecordFormat;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Message;
import io.ultralink.model.SftRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MixAndReleaseTest {

    @TempDir
    Path dir;

    static List<SftRecord> records(LanguageCode lang, DataType type, int n) {
        return IntStream.range(0, n).mapToObj(i -> new SftRecord(lang + "-" + type.fileToken() + "-src" + i, lang, type,
                List.of(Message.user("q" + i), Message.assistant("a" + i)), Map.of())).toList();
    }

    @Test
    void mixed_isSeededShuffleIndependentOfPartOrder_sequentialKeepsOrder() {
        List<SftRecord> zh = records(LanguageCode.ZH, DataType.MATH, 50);
        List<SftRecord> en = records(LanguageCode.EN, DataType.MATH, 50);
        List<SftRecord> a = new DatasetMixer(MixMode.MIXED, 7).mix(List.of(zh, en));
        List<SftRecord> b = new DatasetMixer(MixMode.MIXED, 7).mix(List.of(en, zh));
        assertThat(a).isEqualTo(b).hasSize(100);
        assertThat(a.subList(0, 50)).extracting(SftRecord::language).contains(LanguageCode.ZH, LanguageCode.EN);
        assertThat(new DatasetMixer(MixMode.MIXED, 8).mix(List.of(zh, en))).isNotEqualTo(a);
        List<SftRecord> seq = new DatasetMixer(MixMode.SEQUENTIAL, 7).mix(List.of(zh, en));
        List<SftRecord> expected = new ArrayList<>(zh);
        expected.addAll(en);
        assertThat(seq).isEqualTo(expected);
    }

    @Test
    void release_writesOneFilePerLanguageAndType_withReleaseIds() throws Exception {
        List<SftRecord> all = new ArrayList<>(records(LanguageCode.ZH, DataType.MATH, 3));
        all.addAll(records(LanguageCode.FR, DataType.CODE, 2));
        Map<String, Long> counts = ReleaseFiles.write(dir, all);
        assertThat(counts).containsEntry("zh_math.jsonl", 3L).containsEntry("fr_code.jsonl", 2L);
        try (JsonlReader<SftRecord> in = JsonlRecords.reader(dir.resolve("zh_math.jsonl"), RecordFormat.ULTRALINK).open()) {
            assertThat(in).toIterable().extracting(SftRecord::id).containsExactly("zh_math_0", "zh_math_1", "zh_math_2");
        }
        assertThat(Files.readString(dir.resolve("fr_code.jsonl"))).startsWith("{\"id\":\"fr_code_0\",\"data\":[\"q0\",\"a0\"]}");
        ReleaseFiles.write(dir, all);
        assertThat(Files.readAllLines(dir.resolve("zh_math.jsonl"))).hasSize(3);
    }
}
