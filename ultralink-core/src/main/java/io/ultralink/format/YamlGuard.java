package io.ultralink.format;

import io.ultralink.error.ConfigurationException;
import java.util.Objects;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Refuses YAML anchors ({@code &name}) and aliases ({@code *name}) in configuration files and language
 * packs: neither needs them, and aliases let a small file expand into a huge tree. Malformed text is
 * left to the caller's parser, which reports it with its own message.
 */
public final class YamlGuard {

    private YamlGuard() {
    }

    /**
     * @param yaml the text of the file
     * @param what how messages name the file ({@code "config file a.yaml"}, {@code "language pack de.yaml"})
     * @throws ConfigurationException naming the file, line and anchor when the text uses an anchor or alias
     */
    public static void check(String yaml, String what) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(what, "what");
        try {
            LoadSettings settings = LoadSettings.builder().build();
            ParserImpl events = new ParserImpl(settings, new StreamReader(settings, yaml));
            while (events.hasNext()) {
                Event event = events.next();
                if (event instanceof AliasEvent alias) {
                    throw refused(what, event, "alias *" + alias.getAlias().getValue());
                }
                if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
                    throw refused(what, event, "anchor &" + node.getAnchor().get().getValue());
                }
            }
        } catch (YamlEngineException malformed) {
            // the caller's parser reports malformed YAML with the file's line
        }
    }

    private static ConfigurationException refused(String what, Event event, String construct) {
        String line = event.getStartMark().map(m -> ":" + (m.getLine() + 1)).orElse("");
        return new ConfigurationException(what + line + ": YAML " + construct
                + " is not allowed; write the value out in full where it is needed");
    }
}
