package io.ultralink.text.wiki.internal;

import java.util.Locale;
import java.util.Set;

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

    private Namespaces() {
    }

    /** Whether a link with this prefix (the text before its first colon) is a file, category or interlanguage link. */
    static boolean isDropped(String prefix) {
        String p = prefix.strip();
        if (isLanguage(p)) {
            return true;
        }
        String name = p.replace('_', ' ').toLowerCase(Locale.ROOT);
        return FILE.contains(name) || CATEGORY.contains(name);
    }

    /**
     * Whether a link prefix looks like an interlanguage prefix ({@code de}, {@code zh-yue}, {@code simple}): two or
     * three ASCII lower-case letters, then up to two subtags of a hyphen and two to eight such letters.
     */
    static boolean isLanguage(String prefix) {
        String p = prefix.strip();
        if (p.equals("simple")) {
            return true;
        }
        int k = letters(p, 0);
        if (k < 2 || k > 3) {
            return false;
        }
        for (int subtags = 0; subtags < 2 && k < p.length() && p.charAt(k) == '-'; subtags++) {
            int n = letters(p, k + 1);
            if (n < 2 || n > 8) {
                return false;
            }
            k += 1 + n;
        }
        return k == p.length();
    }

    private static int letters(String s, int from) {
        int k = from;
        while (k < s.length() && s.charAt(k) >= 'a' && s.charAt(k) <= 'z') {
            k++;
        }
        return k - from;
    }
}
