package io.ultralink.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The card's Hub metadata, parsed as the Hub parses it and checked against the Hub's documented keys. */
class HubFrontMatterTest {

    /** Top-level keys of the Hub's dataset card specification (hub-docs {@code datasetcard.md}). */
    static final Set<String> HUB_KEYS = Set.of("language", "license", "license_name", "license_link",
            "license_details", "tags", "annotations_creators", "language_creators", "language_details",
            "pretty_name", "size_categories", "source_datasets", "task_categories", "task_ids",
            "paperswithcode_id", "configs", "dataset_info", "extra_gated_fields", "extra_gated_prompt",
            "train-eval-index");
    /** The Hub's size categories. */
    static final Set<String> SIZES = Set.of("n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M",
            "10M<n<100M", "100M<n<1B", "1B<n<10B", "10B<n<100B", "100B<n<1T", "n>1T");

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void render_fixture_frontMatterHasHubKeysAndOneConfigPerFile() throws IOException {
        DatasetStatisticsTest.fixture(dir);
        Files.writeString(dir.resolve("fr_code.jsonl"), "");

        String md = DatasetCard.builder().statistics(DatasetStatistics.compute(dir, DatasetStatisticsTest.WORDS))
                .title("UltraLink dataset: demo").build().render();
        JsonNode meta = frontMatter(md);

        assertThat(new TreeSet<>(meta.propertyNames())).isSubsetOf(HUB_KEYS)
                .contains("license", "language", "task_categories", "size_categories", "pretty_name", "configs");
        assertThat(meta.get("license").stringValue()).isEqualTo("cc-by-sa-4.0");
        assertThat(strings(meta.get("language"))).containsExactly("en", "zh");
        assertThat(strings(meta.get("task_categories"))).contains("text-generation");
        assertThat(strings(meta.get("size_categories"))).singleElement().isEqualTo("n<1K").isIn(SIZES);
        assertThat(meta.get("pretty_name").stringValue()).isEqualTo("UltraLink dataset: demo");
        List<String> configs = new ArrayList<>();
        for (JsonNode config : meta.get("configs")) {
            String name = config.get("config_name").stringValue();
            configs.add(name);
            JsonNode files = config.get("data_files");
            assertThat(files.size()).isEqualTo(1);
            assertThat(files.get(0).get("split").stringValue()).isEqualTo("train");
            assertThat(dir.resolve(files.get(0).get("path").stringValue())).as(name).isRegularFile();
            assertThat(files.get(0).get("path").stringValue()).isEqualTo(name + ".jsonl");
        }
        // fr_code.jsonl has no record: the Hub's viewer would fail on an empty config
        assertThat(configs).containsExactly("en_chat_specific", "zh_math");
        assertThat(md.substring(md.indexOf("\n---\n") + 5)).startsWith("\n# UltraLink dataset: demo");
    }

    @Test
    void render_noWikipediaRecords_licenceIsOther() throws IOException {
        Files.writeString(dir.resolve("zh_math.jsonl"), "{\"id\":\"zh_math_0\",\"data\":[\"1 + 1 ?\",\"2\"]}\n");

        JsonNode meta = frontMatter(DatasetCard.builder()
                .statistics(DatasetStatistics.compute(dir, DatasetStatisticsTest.WORDS)).build().render());

        assertThat(meta.get("license").stringValue()).isEqualTo("other");
        assertThat(meta.get("license_name").stringValue()).isNotBlank();
    }

    @Test
    void sizeCategory_bounds_followTheHubBuckets() {
        assertThat(HubFrontMatter.sizeCategory(999)).isEqualTo("n<1K");
        assertThat(HubFrontMatter.sizeCategory(1_000)).isEqualTo("1K<n<10K");
        assertThat(HubFrontMatter.sizeCategory(1_032_000)).isEqualTo("1M<n<10M");
        assertThat(HubFrontMatter.sizeCategory(Long.MAX_VALUE)).isEqualTo("n>1T");
    }

    /** The YAML between the card's opening {@code ---} line and the next {@code ---} line. */
    static JsonNode frontMatter(String md) {
        assertThat(md).startsWith("---\n");
        int end = md.indexOf("\n---\n", 4);
        assertThat(end).isPositive();
        return YAML.readTree(md.substring(4, end + 1));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.stringValue()));
        return out;
    }
}
