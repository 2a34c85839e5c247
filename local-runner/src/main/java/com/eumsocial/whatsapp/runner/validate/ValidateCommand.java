package com.eumsocial.whatsapp.runner.validate;

import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.runner.deploy.CdkSynthesizer;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code local-runner validate PATH}: the offline check a pull request runs. Exit 0 valid, 2 invalid. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every template of a folder of Meta-format files, a CDK app folder (synthesized first), a cdk.out "
                + "or one *.template.json against Meta's rules and the one-owner rule (one declaration per WABA + name + "
                + "language), offline: no emulator, no account. Exit 0 valid, 2 invalid.")
public final class ValidateCommand implements Callable<Integer> {
    /** The exit code of an invalid input, as for every command's bad input. */
    public static final int INVALID = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", description = "What to validate. Default: the current folder.")
    Path path = Path.of(".");

    @Option(names = "--format", description = "text (file:line:column: rule: message), json, or github (workflow annotations). "
            + "Default: ${DEFAULT-VALUE}.")
    String format = "text";

    @Option(names = "--waba", description = "WABA of the templates of a plain folder of template files. Default: the emulator's.")
    String waba = MetaSettings.DEFAULT_WABA_ID;

    @Option(names = "--synth-command", split = " ", description = "Command that synthesizes a CDK app folder (CDK_OUTDIR is set). "
            + "Default: mvn -B -q compile exec:java")
    List<String> synthCommand = CdkSynthesizer.MAVEN;

    @Override
    public Integer call() {
        ValidationReport.Format chosen;
        try {
            chosen = ValidationReport.format(format);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format: \"" + format + "\" is not a format; use text, json or github");
        }
        PrintWriter out = spec.commandLine().getOut();
        // Synthesis output goes to stderr: stdout carries only the report (JSON must stay parseable).
        java.io.ByteArrayOutputStream synthLog = new java.io.ByteArrayOutputStream();
        ValidationReport report;
        try (PrintStream log = new PrintStream(synthLog, true, java.nio.charset.StandardCharsets.UTF_8)) {
            report = PathValidator.validate(path, waba, app -> new CdkSynthesizer(synthCommand).synthesize(app, log), Path.of(""));
        } finally {
            spec.commandLine().getErr().print(synthLog.toString(java.nio.charset.StandardCharsets.UTF_8));
            spec.commandLine().getErr().flush();
        }
        out.print(report.render(chosen));
        out.flush();
        return report.valid() ? 0 : INVALID;
    }
}
