package com.eumsocial.whatsapp.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipOutputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Where a jar's bytes go: compressed size per package prefix (the first {@code depth} folders). */
final class JarContents {
    record Share(String prefix, long compressedBytes, int entries) { }

    private JarContents() {
    }

    static List<Share> biggest(Path jar, int depth, int top) throws IOException {
        Map<String, long[]> sizes = new HashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                long[] s = sizes.computeIfAbsent(prefix(e.getName(), depth), k -> new long[2]);
                s[0] += Math.max(0, e.getCompressedSize());
                s[1]++;
            }
        }
        List<Share> shares = new ArrayList<>();
        sizes.forEach((k, v) -> shares.add(new Share(k, v[0], (int) v[1])));
        shares.sort((a, b) -> Long.compare(b.compressedBytes(), a.compressedBytes()));
        return shares.subList(0, Math.min(top, shares.size()));
    }

    /**
     * A copy of {@code jar} without the entries under {@code excluded} prefixes: what a shade
     * exclusion would give, to measure before anyone changes a build.
     *
     * @return the compressed bytes the left-out entries take in {@code jar}
     */
    static long copyWithout(Path jar, List<String> excluded, Path copy) throws IOException {
        long excludedBytes = 0;
        try (ZipFile zip = new ZipFile(jar.toFile());
             OutputStream file = Files.newOutputStream(copy);
             ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (excluded.stream().anyMatch(e.getName()::startsWith)) {
                    excludedBytes += Math.max(0, e.getCompressedSize());
                    continue;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = zip.getInputStream(e)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return excludedBytes;
    }

    /**
     * "org/x/y/Z.class" at depth 2 -> "org/x"; AWS SDK service clients are told apart by service
     * ("software/amazon/awssdk/services/cloudwatch"), whatever the depth.
     */
    static String prefix(String entry, int depth) {
        if (entry.startsWith("software/amazon/awssdk/services/")) {
            depth = Math.max(depth, 5);
        }
        String[] parts = entry.split("/");
        int folders = parts.length - 1;
        if (folders == 0) {
            return "(root files)";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(depth, folders); i++) {
            sb.append(i == 0 ? "" : "/").append(parts[i]);
        }
        return sb.toString();
    }
}
