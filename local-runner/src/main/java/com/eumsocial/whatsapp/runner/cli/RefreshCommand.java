package com.eumsocial.whatsapp.runner.cli;

import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.runner.deploy.CdkSynthesizer;
import com.eumsocial.whatsapp.runner.deploy.DeployState;
import com.eumsocial.whatsapp.runner.deploy.RunnerSession;
import com.eumsocial.whatsapp.runner.deploy.StackTemplate;
import com.eumsocial.whatsapp.runner.plan.Planner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code plan} and {@code drift} share: load the stacks at PATH as deploy does, open the same
 * target, and refresh each stack's plan from Meta's live state. Nothing is sent that changes Meta
 * and the runner's state file is not written.
 */
abstract class RefreshCommand implements Callable<Integer> {
    /** Exit code: something would change (plan) or Meta differs from the app (drift). */
    static final int DIFFERENT = 3;

    @CommandLine.ParentCommand
    RunnerCommand root;

    @Parameters(index = "0", arity = "0..1", description = "The app: a CDK app folder, a cdk.out, a *.template.json or a folder "
        + "of template files. Default: the current folder.")
    Path path = Path.of(".");

    @CommandLine.Mixin
    RunnerCommand.TargetOptions target;

    @Option(names = "--waba", description = "WABA of the templates of a plain folder of template files. Default: the emulator's.")
    String waba = MetaSettings.DEFAULT_WABA_ID;

    @Option(names = "--format", description = "text or json. Default: ${DEFAULT-VALUE}.")
    String format = "text";

    @Option(names = "--synth-command", split = " ", description = "Command that synthesizes a CDK app folder (CDK_OUTDIR is set). "
        + "Default: mvn -B -q compile exec:java")
    List<String> synthCommand = CdkSynthesizer.MAVEN;

    boolean json() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new IllegalArgumentException("--format: \"" + format + "\" is not a format; use text or json");
        };
    }

    /** The refreshed plan of every stack at PATH, with the state it was computed from. */
    Refreshed refresh(PrintStream log) {
        Path stateDir = target.stateDir != null ? target.stateDir : RunnerCommand.stateDirFor(path);
        List<StackTemplate> stacks = RunnerCommand.loadStacks(path, waba, synthCommand, target.verbose, log);
        DeployState state = DeployState.load(stateDir.resolve("state.json"));
        List<Planner.Outcome> outcomes = new ArrayList<>();
        try (RunnerSession session = target.open(stateDir, log)) {
            for (StackTemplate stack : stacks) {
                outcomes.add(session.deployer(state, session.reporter(log), 1).refresh(stack));
            }
        }
        return new Refreshed(state, outcomes);
    }

    record Refreshed(DeployState state, List<Planner.Outcome> outcomes) {
    }
}
