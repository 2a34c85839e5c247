package com.eumsocial.whatsapp.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Directories for emulator data and media. Never under java.io.tmpdir: the handlers' wrapper
 * empties the tmpdir it runs with (the runner's invoker gives it a scratch subdirectory, but a
 * JUnit @TempDir would sit next to it).
 */
public final class WorkDirectories {
    private WorkDirectories() {
    }

    public static Path fresh(String name) {
        Path dir = Path.of(System.getProperty("reliability.buildDirectory", "target"), "reliability-work",
                name + "-" + System.nanoTime()).toAbsolutePath();
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
