package io.ultralink.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class MappersTest {

    private static ObjectNode sample() {
        ObjectNode root = Mappers.object().put("name", "zh_chat_1").put("turns", 2);
        root.putArray("langs").add("zh").add("en");
        root.putObject("meta").put("ok", true);
        return root;
    }

    @Test
    void json_writesCompactOneLine() {
        assertThat(Mappers.JSON.writeValueAsString(sample()))
                .isEqualTo("{\"name\":\"zh_chat_1\",\"turns\":2,\"langs\":[\"zh\",\"en\"],\"meta\":{\"ok\":true}}");
    }

    @Test
    void prettyJson_indentsAndReadsBackEqual() {
        String pretty = Mappers.PRETTY_JSON.writeValueAsString(sample());
        assertThat(pretty).contains("\n  \"name\" : \"zh_chat_1\"").contains("\n    \"ok\" : true");
        assertThat(Mappers.JSON.readTree(pretty)).isEqualTo(sample());
    }

    @Test
    void yaml_readsTheSameTreeAsJson() {
        JsonNode fromYaml = Mappers.YAML.readTree("name: zh_chat_1\nturns: 2\nlangs: [zh, en]\nmeta: {ok: true}\n");
        assertThat(fromYaml).isEqualTo(sample());
    }
}
