package io.ultralink.text.wiki;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/** Small MediaWiki dumps written by the tests themselves. */
public final class DumpFixtures {

    public static final String HEAD = "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.10/\" version=\"0.10\">\n"
            + "  <siteinfo><sitename>Test</sitename></siteinfo>\n";
    public static final String TAIL = "</mediawiki>\n";

    private DumpFixtures() {
    }

    public static String page(long id, String title, int ns, boolean redirect, String text) {
        return "  <page>\n    <title>" + title + "</title>\n    <ns>" + ns + "</ns>\n    <id>" + id + "</id>\n"
                + (redirect ? "    <redirect title=\"Elsewhere\" />\n" : "")
                + "    <revision>\n      <id>" + (id * 10) + "</id>\n      <contributor><username>u</username><id>7"
                + "</id></contributor>\n      <text bytes=\"1\" xml:space=\"preserve\">" + text
                + "</text>\n    </revision>\n  </page>\n";
    }

    public static List<String> pages(int count) {
        List<String> pages = new ArrayList<>();
        java.util.Random random = new java.util.Random(count);
        for (int i = 1; i <= count; i++) {
            pages.add(page(i, "Page " + i, i % 5 == 0 ? 1 : 0, i % 7 == 0,
                    "'''Page " + i + "''' is about [[topic " + i + "]] &amp; more " + Long.toHexString(random.nextLong())
                    + ".{{cite|x}}"));
        }
        return pages;
    }

    public static Path writeXml(Path dir, List<String> pages) throws IOException {
        Path file = dir.resolve("test.xml");
        Files.writeString(file, HEAD + String.join("", pages) + TAIL);
        return file;
    }

    public static Path writeBz2(Path dir, List<String> pages) throws IOException {
        Path file = dir.resolve("test.xml.bz2");
        Files.write(file, bzip2(HEAD + String.join("", pages) + TAIL));
        return file;
    }

    /** A multistream dump (header, pages in groups of {@code perStream}, footer) and its index. */
    public static Path writeMultistream(Path dir, List<String> pages, int perStream) throws IOException {
        Path file = dir.resolve("test-multistream.xml.bz2");
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        StringBuilder index = new StringBuilder();
        dump.write(bzip2(HEAD));
        for (int i = 0; i < pages.size(); i += perStream) {
            long offset = dump.size();
            for (int k = i; k < Math.min(pages.size(), i + perStream); k++) {
                index.append(offset).append(':').append(k + 1).append(":Page ").append(k + 1).append('\n');
            }
            dump.write(bzip2(String.join("", pages.subList(i, Math.min(pages.size(), i + perStream)))));
        }
        dump.write(bzip2(TAIL));
        Files.write(file, dump.toByteArray());
        Files.write(dir.resolve("test-multistream-index.txt.bz2"), bzip2(index.toString()));
        return file;
    }

    public static byte[] bzip2(String text) throws IOException {
        return bzip2(text, BZip2CompressorOutputStream.MAX_BLOCKSIZE);
    }

    /** {@code text} compressed with blocks of {@code blockSize} × 100 kB (1–9), so that it makes many blocks. */
    public static byte[] bzip2(String text, int blockSize) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new BZip2CompressorOutputStream(bytes, blockSize)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
