package com.eumsocial.whatsapp.reliability.support;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the suite's code under test wrote: the handlers' Lambda logger lines and, from the
 * first use on, System.out and System.err (teed, so the console still shows them). The secrets
 * scan reads it at the end of the run.
 */
public final class LogCapture {
    private static final List<String> LINES = new ArrayList<>();
    private static final ByteArrayOutputStream STREAMS = new ByteArrayOutputStream();
    private static boolean installed;

    private LogCapture() {
    }

    /** Tees System.out and System.err into the capture (once per JVM). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        System.setOut(new PrintStream(new Tee(System.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(System.err), true, StandardCharsets.UTF_8));
    }

    public static synchronized void line(String line) {
        LINES.add(line);
    }

    /** Every captured line and stream byte so far, as one text. */
    public static synchronized String text() {
        return String.join("\n", LINES) + "\n" + STREAMS.toString(StandardCharsets.UTF_8);
    }

    public static synchronized int loggerLines() {
        return LINES.size();
    }

    private static final class Tee extends OutputStream {
        private final OutputStream original;

        Tee(OutputStream original) {
            this.original = original;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            synchronized (LogCapture.class) {
                STREAMS.write(b);
            }
            original.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            synchronized (LogCapture.class) {
                STREAMS.write(b, off, len);
            }
            original.write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            original.flush();
        }
    }
}
