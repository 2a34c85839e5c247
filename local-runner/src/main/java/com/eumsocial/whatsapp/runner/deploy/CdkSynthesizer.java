package com.eumsocial.whatsapp.runner.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Synthesizes a CDK app folder the way examples/README.md documents it ("Synthesize with Maven
 * only"): {@code mvn -B -q compile exec:java} in the folder with {@code CDK_OUTDIR} set, so the
 * runner needs neither the cdk CLI nor a dependency on cdk-constructs. The command is
 * replaceable (tests, other build tools).
 */
public final class CdkSynthesizer {
    public static final List<String> MAVEN = List.of("mvn", "-B", "-q", "compile", "exec:java");

    private final List<String> command;

    public CdkSynthesizer(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** Runs the command in {@code appDir}; returns the cloud assembly folder ({@code appDir/cdk.out}). */
    public Path synthesize(Path appDir, PrintStream log) {
        Path out = appDir.resolve("cdk.out").toAbsolutePath().normalize();
        log.println("Synthesizing " + appDir + " (" + String.join(" ", command) + ", CDK_OUTDIR=" + out + ") ...");
        ProcessBuilder pb = new ProcessBuilder(command).directory(appDir.toFile()).redirectErrorStream(true);
        pb.environment().put("CDK_OUTDIR", out.toString());
        pb.environment().putIfAbsent("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20");
        try {
            Process process = pb.start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new TemplateLoadException("synthesizing " + appDir + " failed (exit " + exit + "):\n" + output.strip());
            }
            if (!output.isBlank()) {
                log.println(output.strip());
            }
        } catch (IOException e) {
            throw new TemplateLoadException("cannot run " + command.get(0) + " in " + appDir + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TemplateLoadException("interrupted while synthesizing " + appDir, e);
        }
        return out;
    }
}
