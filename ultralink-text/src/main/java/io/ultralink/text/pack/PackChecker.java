package io.ultralink.text.pack;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.ultralink.error.ConfigurationException;
import io.ultralink.format.Mappers;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.text.pack.PackProblem.Severity;
import io.ultralink.text.pack.internal.NativeFields;
import io.ultralink.text.pack.internal.YamlLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Checks a language pack file before it is used and lists every problem with its line: the file loads as a
 * pack; no value is still marked {@value LanguagePacks#NATIVE_TODO}; {@code languageId.lingua} names a Lingua
 * language whose ISO code is the pack's code (detection reports ISO codes, so any other would reject every
 * text); each prompt and instruction reads, to Lingua, as the pack's language and not as another; and labels,
 * text-reference phrases and reference-section names are not copied from a pack of another language (an
 * error for labels, a warning for phrases and section names, which can coincide across languages).
 */
public final class PackChecker {

    /** Prose shorter than this many letters is not given to the language detector. */
    static final int MIN_LETTERS = 20;
    private static final YAMLMapper YAML = Mappers.YAML;
    private static final Pattern FIELD = Pattern.compile("field '([^']+)'");

    private final LanguagePacks others;

    private PackChecker(LanguagePacks others) {
        this.others = others;
    }

    /** A checker that compares packs with the built-in ones. */
    public static PackChecker create() {
        return new PackChecker(LanguagePacks.builder().addBuiltIn().build());
    }

    /** The problems of the pack in {@code file}, in line order; empty when it is ready. */
    public List<PackProblem> check(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigurationException("language pack " + file + ": cannot read: " + e.getMessage(), e);
        }
        List<PackProblem> problems = new ArrayList<>();
        try {
            io.ultralink.format.YamlGuard.check(text, "language pack " + file);
        } catch (ConfigurationException e) {
            int line = lineOf(e.getMessage(), file.toString());
            problems.add(new PackProblem(name, line, "", Severity.ERROR, e.getMessage()));
            return problems;
        }
        YamlLines lines;
        JsonNode root;
        try {
            lines = YamlLines.of(text);
            root = YAML.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new PackProblem(name, line, "", Severity.ERROR, "not valid YAML: " + e.getOriginalMessage()));
            return problems;
        }
        if (root == null || !root.isObject()) {
            problems.add(new PackProblem(name, 1, "", Severity.ERROR, "the file must hold a mapping of fields"));
            return problems;
        }
        Report r = new Report(name, lines, problems);
        loads(file, r);
        markers(root, "", r);
        Language lingua = lingua(root, r);
        prose(root, lingua, r);
        copies(root, r);
        problems.sort(java.util.Comparator.comparingInt(PackProblem::line));
        return problems;
    }

    /** Whether {@code problems} hold an error. */
    public static boolean hasErrors(List<PackProblem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    private static void loads(Path file, Report r) {
        try {
            LanguagePacks.builder().addFile(file);
        } catch (ConfigurationException e) {
            if (e.getMessage().contains(LanguagePacks.NATIVE_TODO)) {
                return;
            }
            Matcher m = FIELD.matcher(e.getMessage());
            String field = m.find() ? m.group(1) : "";
            String message = e.getMessage().replaceFirst("^language pack .*?:( field '[^']+')? ", "");
            r.error(field, message);
        }
    }

    private static void markers(JsonNode node, String path, Report r) {
        if (node.isString() && node.stringValue().contains(LanguagePacks.NATIVE_TODO)) {
            r.error(path, "still marked " + LanguagePacks.NATIVE_TODO + ": write it natively and remove the marker");
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                markers(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), r);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                markers(node.get(i), path + "[" + i + "]", r);
            }
        }
    }

    private static Language lingua(JsonNode root, Report r) {
        String name = root.path("languageId").path("lingua").asString("").strip().toUpperCase(Locale.ROOT);
        String code = root.path("code").asString("").strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return null;
        }
        Language language;
        try {
            language = Language.valueOf(name);
        } catch (IllegalArgumentException e) {
            r.error("languageId.lingua", "'" + name + "' is not a Lingua language; use a name such as UKRAINIAN or "
                    + "GERMAN");
            return null;
        }
        if (language == Language.UNKNOWN) {
            r.error("languageId.lingua", "UNKNOWN cannot identify a language");
            return null;
        }
        String iso = language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
        if (!code.isEmpty() && !iso.equals(code)) {
            r.error("languageId.lingua", name + " is detected as '" + iso + "', not as the pack's code '" + code
                    + "': no text would ever count as this language");
        }
        return language;
    }

    private void prose(JsonNode root, Language target, Report r) {
        if (target == null) {
            return;
        }
        Set<Language> candidates = EnumSet.of(target);
        for (LanguagePack p : others.all()) {
            candidates.add(Language.valueOf(p.languageId().linguaLanguage()));
        }
        LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(candidates.toArray(Language[]::new)).build();
        for (String field : NativeFields.PROSE) {
            JsonNode node = root.at("/" + field.replace('.', '/'));
            if (!node.isString() || node.stringValue().contains(LanguagePacks.NATIVE_TODO)
                    || letters(node.stringValue()) < MIN_LETTERS) {
                continue;
            }
            Language detected = detector.detectLanguageOf(node.stringValue());
            if (detected != target && detected != Language.UNKNOWN) {
                r.error(field, "reads as " + name(detected) + ", not " + name(target) + ": write it natively in "
                        + name(target));
            }
        }
    }

    private void copies(JsonNode root, Report r) {
        String code = root.path("code").asString("").strip().toLowerCase(Locale.ROOT);
        for (LanguagePack other : others.all()) {
            if (other.code().code().equals(code)) {
                continue;
            }
            Map<String, String> texts = NativeFields.texts(other);
            for (String field : NativeFields.LABELS) {
                JsonNode node = root.at("/" + field.replace('.', '/'));
                if (node.isString() && node.stringValue().strip().equalsIgnoreCase(texts.get(field).strip())) {
                    r.error(field, "'" + node.stringValue().strip() + "' is the " + other.name()
                            + " pack's text: write it natively");
                }
            }
            for (String field : NativeFields.LISTS) {
                JsonNode list = root.path(field);
                List<String> theirs = NativeFields.list(other, field).stream()
                        .map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
                for (int i = 0; i < list.size(); i++) {
                    String item = list.get(i).asString("").strip();
                    if (theirs.contains(item.toLowerCase(Locale.ROOT))) {
                        r.warning(field + "[" + i + "]", "'" + item + "' is also in the " + other.name()
                                + " pack: keep it only if " + name(root) + " says it the same way");
                    }
                }
            }
        }
    }

    private static String name(JsonNode root) {
        return root.path("name").asString("this language");
    }

    private static String name(Language language) {
        String n = language.name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    /** Collects problems with the line of their field. */
    private record Report(String file, YamlLines lines, List<PackProblem> problems) {
        void error(String field, String message) {
            problems.add(new PackProblem(file, lines.line(field), field, Severity.ERROR, message));
        }

        void warning(String field, String message) {
            problems.add(new PackProblem(file, lines.line(field), field, Severity.WARNING, message));
        }
    }

    private static int lineOf(String message, String file) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(file) + ":(\\d+)")
                .matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }
}
