package io.ultralink.architecture;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a module as text, from its compiled classes: one line per public type outside
 * internal packages (with its supertypes), then one indented line per public member and, for types
 * that can be extended, per protected member. Sorted, so the text only changes when the API does.
 */
final class ApiSignatures {

    private ApiSignatures() {
    }

    /** Type header to its member lines, for every API type in {@code classes}. */
    static Map<String, List<String>> of(Path classes) throws IOException {
        Map<String, List<String>> api = new TreeMap<>();
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(n -> !n.contains(".internal.") && !n.endsWith("package-info") && !n.equals("module-info"))
                    .sorted().toList();
        }
        for (String name : names) {
            Class<?> type = load(name);
            if (isApi(type)) {
                api.put(header(type), members(type));
            }
        }
        return api;
    }

    /** The text of {@code api}, as written to {@code api/<module>.api}. */
    static String render(Map<String, List<String>> api) {
        StringBuilder out = new StringBuilder();
        api.forEach((type, members) -> {
            out.append(type).append('\n');
            members.forEach(m -> out.append("  ").append(m).append('\n'));
        });
        return out.toString();
    }

    /** Parses {@link #render}'s text back. */
    static Map<String, List<String>> parse(List<String> lines) {
        Map<String, List<String>> api = new TreeMap<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("  ")) {
                current.add(line.substring(2));
            } else {
                current = new ArrayList<>();
                api.put(line, current);
            }
        }
        return api;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiSignatures.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load " + name + " for its API signature: " + e, e);
        }
    }

    private static boolean isApi(Class<?> type) {
        if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()
                || !Modifier.isPublic(type.getModifiers())) {
            return false;
        }
        return type.getEnclosingClass() == null || isApi(type.getEnclosingClass());
    }

    private static String header(Class<?> type) {
        StringBuilder h = new StringBuilder(type.toGenericString());
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            h.append(" extends ").append(superclass.getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            h.append(type.isInterface() ? " extends " : " implements ").append(Stream.of(interfaces)
                    .map(Type::getTypeName).sorted().collect(Collectors.joining(", ")));
        }
        return h.toString();
    }

    private static List<String> members(Class<?> type) {
        boolean extensible = !Modifier.isFinal(type.getModifiers()) && !type.isEnum() && !type.isRecord()
                && Stream.of(type.getDeclaredConstructors()).anyMatch(c -> !Modifier.isPrivate(c.getModifiers()));
        TreeSet<String> lines = new TreeSet<>();
        List<Member> all = new ArrayList<>();
        all.addAll(List.of(type.getDeclaredConstructors()));
        all.addAll(List.of(type.getDeclaredMethods()));
        all.addAll(List.of(type.getDeclaredFields()));
        for (Member m : all) {
            int mod = m.getModifiers();
            boolean visible = Modifier.isPublic(mod) || (extensible && Modifier.isProtected(mod));
            if (!visible || m.isSynthetic() || (m instanceof Method method && method.isBridge())) {
                continue;
            }
            lines.add(signature(m));
        }
        return List.copyOf(lines);
    }

    private static String signature(Member m) {
        if (m instanceof Field f) {
            return f.toGenericString();
        }
        if (m instanceof Constructor<?> c) {
            return c.toGenericString();
        }
        return ((Executable) m).toGenericString();
    }
}
