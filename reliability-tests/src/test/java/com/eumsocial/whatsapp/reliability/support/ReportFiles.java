package com.eumsocial.whatsapp.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Figures and findings of a run, kept under target/reliability/ for docs/reliability.md. */
public final class ReportFiles {
    private ReportFiles() {
    }

    public static Path directory() {
        Path dir = Path.of(System.getProperty("reliability.buildDirectory", "target"), "reliability");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    public static void write(String name, String text) {
        try {
            Files.writeString(directory().resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("[reliability] " + name + ":\n" + text);
    }
}
