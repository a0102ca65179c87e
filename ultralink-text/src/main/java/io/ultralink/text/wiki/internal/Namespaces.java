package io.ultralink.text.wiki.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Namespace names and aliases, in the languages we know, whose links the cleaner drops. */
final class Namespaces {

    /** File and image namespaces (canonical, aliases, localised names). */
    private static final Set<String> FILE = Set.of("file", "image", "media", "datei", "bild", "fichier", "média",
            "archivo", "imagen", "medio", "файл", "изображение", "медиа", "文件", "檔案", "档案", "文檔", "图像", "圖像",
            "媒体", "媒體", "ファイル", "画像", "ficheiro", "imagem", "immagine", "plik", "bestand", "afbeelding",
            "fitxer", "imatge");
    /** Category namespaces. */
    private static final Set<String> CATEGORY = Set.of("category", "kategorie", "catégorie", "categoría",
            "категория", "分类", "分類", "カテゴリ", "categoria", "kategoria", "categorie");
    private static final Pattern LANGUAGE_PREFIX = Pattern.compile("[a-z]{2,3}(-[a-z]{2,8}){0,2}|simple");

    private Namespaces() {
    }

    static boolean isFile(String prefix) {
        return FILE.contains(normalise(prefix));
    }

    static boolean isCategory(String prefix) {
        return CATEGORY.contains(normalise(prefix));
    }

    /** Whether a link prefix looks like an interlanguage prefix ({@code de}, {@code zh-yue}, {@code simple}). */
    static boolean isLanguage(String prefix) {
        String p = prefix.strip();
        return LANGUAGE_PREFIX.matcher(p).matches();
    }

    private static String normalise(String prefix) {
        return prefix.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
