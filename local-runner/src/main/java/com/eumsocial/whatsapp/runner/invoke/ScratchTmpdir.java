package com.eumsocial.whatsapp.runner.invoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The throwaway {@code java.io.tmpdir} the handler wrappers run with. rpdk's wrapper empties
 * {@code java.io.tmpdir} at the start of every request ({@code AbstractWrapper.scrubFiles()} via
 * commons-io {@code FileUtils.getTempDirectory()}, which reads the system property each time), so
 * while any invocation runs the property points at this directory and nothing of the user's can be
 * wiped. The property is switched for the duration of the invocations (reference-counted, so
 * parallel invocations share one switch) and restored afterwards; the CLI launcher instead points
 * the whole process at a scratch directory at start-up ({@link #useForProcess}).
 */
public final class ScratchTmpdir {
    private static final String PROPERTY = "java.io.tmpdir";
    private static final Object LOCK = new Object();
    private static int active;
    private static String saved;
    private static ScratchTmpdir shared;

    private final Path dir;

    private ScratchTmpdir(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** A fresh, empty directory under {@code parent} (created if missing). */
    public static ScratchTmpdir createUnder(Path parent) {
        try {
            Files.createDirectories(parent);
            return new ScratchTmpdir(Files.createTempDirectory(parent, "handler-tmp-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch tmpdir under " + parent, e);
        }
    }

    /**
     * The process-wide default: one fresh directory inside the tmpdir in force when first asked
     * for (only that subdirectory is ever emptied), or the one set by {@link #useForProcess}.
     */
    public static ScratchTmpdir shared() {
        synchronized (LOCK) {
            if (shared == null) {
                shared = createUnder(Path.of(System.getProperty(PROPERTY)));
            }
            return shared;
        }
    }

    /**
     * Points {@code java.io.tmpdir} of the whole process at a fresh directory under {@code parent}
     * and makes it the {@link #shared()} one. For launchers: call before anything else runs.
     */
    public static ScratchTmpdir useForProcess(Path parent) {
        synchronized (LOCK) {
            ScratchTmpdir scratch = createUnder(parent);
            System.setProperty(PROPERTY, scratch.dir.toString());
            shared = scratch;
            return scratch;
        }
    }

    public Path path() {
        return dir;
    }

    /**
     * Switches {@code java.io.tmpdir} to this directory until the returned scope is closed.
     *
     * @throws IllegalStateException when another scratch directory is active at the same time
     *                               (the property is process-wide: one at a time)
     */
    public Scope enter() {
        synchronized (LOCK) {
            if (active == 0) {
                saved = System.getProperty(PROPERTY);
                try {
                    Files.createDirectories(dir);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create the scratch tmpdir " + dir, e);
                }
                System.setProperty(PROPERTY, dir.toString());
            } else if (!dir.toString().equals(System.getProperty(PROPERTY))) {
                throw new IllegalStateException("another scratch tmpdir (" + System.getProperty(PROPERTY)
                    + ") is in use; handler invocations in one process must share one");
            }
            active++;
            return new Scope();
        }
    }

    /** True when {@code java.io.tmpdir} is this directory right now (checked before every invocation). */
    public boolean isCurrent() {
        return dir.toString().equals(Path.of(System.getProperty(PROPERTY)).toAbsolutePath().normalize().toString());
    }

    @Override
    public String toString() {
        return dir.toString();
    }

    /** Restores the previous {@code java.io.tmpdir} when the last open scope closes. */
    public final class Scope implements AutoCloseable {
        private boolean closed;

        private Scope() {
        }

        @Override
        public void close() {
            synchronized (LOCK) {
                if (closed) {
                    return;
                }
                closed = true;
                active--;
                if (active == 0) {
                    System.setProperty(PROPERTY, saved);
                }
            }
        }
    }
}
