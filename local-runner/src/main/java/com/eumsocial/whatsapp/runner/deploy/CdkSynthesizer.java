package com.eumsocial.whatsapp.runner.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Synthesizes a CDK app folder the way examples/README.md documents it ("Synthesize with Maven
 * only"): {@code mvn -B -q compile exec:java} in the folder with {@code CDK_OUTDIR} set, so the
 * runner needs neither the cdk CLI nor a dependency on cdk-constructs. The command is
 * replaceable (tests, other build tools).
 *
 * <p>A failure is reported by its problems, each once ({@link SynthOutput}); {@code verbose}
 * reports the whole output instead, stacks included.
 */
public final class CdkSynthesizer {
    public static final List<String> MAVEN = List.of("mvn", "-B", "-q", "compile", "exec:java");

    /**
     * Maven 3.8's console library writes a colour reset when it starts and stops, even in batch
     * mode into a pipe; only this JVM property (not a -D argument, which is read too late) stops it.
     */
    static final String MAVEN_NO_RESET = "-Djansi.noreset=true";

    /**
     * jsii prints a banner about the node version on every start unless told not to; the
     * end-of-life switch takes the silenced major versions, so list every release jsii may call
     * end-of-life while this runner is in use.
     */
    static final Map<String, String> QUIET_JSII = Map.of(
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "14,16,18,20,22,24",
        "JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1",
        "JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION", "1");

    private final List<String> command;
    private final boolean verbose;

    public CdkSynthesizer(List<String> command) {
        this(command, false);
    }

    public CdkSynthesizer(List<String> command, boolean verbose) {
        this.command = List.copyOf(command);
        this.verbose = verbose;
    }

    /** Runs the command in {@code appDir}; returns the cloud assembly folder ({@code appDir/cdk.out}). */
    public Path synthesize(Path appDir, PrintStream log) {
        Path out = appDir.resolve("cdk.out").toAbsolutePath().normalize();
        log.println("Synthesizing " + appDir + " (" + String.join(" ", command) + ", CDK_OUTDIR=" + out + ") ...");
        ProcessBuilder pb = new ProcessBuilder(command).directory(appDir.toFile()).redirectErrorStream(true);
        pb.environment().put("CDK_OUTDIR", out.toString());
        QUIET_JSII.forEach(pb.environment()::putIfAbsent);
        String mavenOpts = pb.environment().getOrDefault("MAVEN_OPTS", "");
        if (!mavenOpts.contains(MAVEN_NO_RESET)) {
            pb.environment().put("MAVEN_OPTS", (mavenOpts + " " + MAVEN_NO_RESET).strip());
        }
        try {
            Process process = pb.start();
            String output = SynthOutput.withoutEscapes(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            int exit = process.waitFor();
            if (exit != 0) {
                throw new TemplateLoadException(failure(appDir, exit, output));
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

    private String failure(Path appDir, int exit, String output) {
        if (verbose) {
            return "synthesizing " + appDir + " failed (exit " + exit + "):\n" + output.strip();
        }
        List<String> problems = SynthOutput.problems(output);
        StringBuilder message = new StringBuilder("synthesizing " + appDir + " failed (exit " + exit + ")");
        if (!problems.isEmpty()) {
            message.append(", ").append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
            problems.forEach(p -> message.append("\n  ").append(p));
        }
        return message.append("\n(--verbose shows the build's whole output)").toString();
    }
}
