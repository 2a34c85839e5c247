package com.eumsocial.whatsapp.runner.cli;

import com.eumsocial.whatsapp.emulator.cli.EmulatorCommand;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.runner.deploy.CdkSynthesizer;
import com.eumsocial.whatsapp.runner.deploy.DeployReporter;
import com.eumsocial.whatsapp.runner.deploy.DeployState;
import com.eumsocial.whatsapp.runner.deploy.RunnerSession;
import com.eumsocial.whatsapp.runner.deploy.RollbackPolicy;
import com.eumsocial.whatsapp.runner.deploy.StackDeployer;
import com.eumsocial.whatsapp.runner.deploy.StackDestroyer;
import com.eumsocial.whatsapp.runner.deploy.StackLoader;
import com.eumsocial.whatsapp.runner.deploy.StackTemplate;
import com.eumsocial.whatsapp.runner.deploy.TemplateFolderReader;
import com.eumsocial.whatsapp.runner.deploy.TemplateLoadException;
import com.eumsocial.whatsapp.runner.export.TemplateExporter;
import com.eumsocial.whatsapp.runner.invoke.InvocationTarget;
import com.eumsocial.whatsapp.runner.invoke.ScratchTmpdir;
import com.eumsocial.whatsapp.runner.plan.MetaLimits;
import com.eumsocial.whatsapp.runner.validate.ValidateCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/** {@code local-runner validate | plan | drift | deploy | destroy | export | library | emulator}. */
@Command(name = "local-runner", mixinStandardHelpOptions = true, version = "local-runner 0.1.0",
    description = "Deploys WhatsApp message templates with the EUMSocial::WhatsApp resource types' own handlers, as CloudFormation "
        + "would, to an embedded Social Messaging emulator (default) or a real account.",
    subcommands = {ValidateCommand.class, PlanCommand.class, DriftCommand.class, RunnerCommand.Deploy.class, RunnerCommand.Destroy.class, RunnerCommand.Export.class,
        LibraryCommand.class, RunnerCommand.Emulator.class})
public final class RunnerCommand implements Callable<Integer> {
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    static final String VERBOSE = "--verbose";

    final PrintStream out;
    final PrintStream err;
    final Confirmation confirmation;

    RunnerCommand(PrintStream out, PrintStream err, Confirmation confirmation) {
        this.out = out;
        this.err = err;
        this.confirmation = confirmation;
    }

    /** Runs the command line; returns the exit code. Questions go to the terminal, when there is one. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Confirmation.terminal());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Confirmation confirmation) {
        RunnerCommand root = new RunnerCommand(out, err, confirmation);
        CommandLine cli = new CommandLine(root);
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        boolean verbose = java.util.Arrays.asList(args).contains(VERBOSE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A user's mistake is its message alone; a stack trace only with --verbose.
            boolean userError = e instanceof TemplateLoadException || e instanceof IllegalArgumentException;
            err.println("error: " + (userError ? e.getMessage() : e.toString()));
            if (verbose) {
                e.printStackTrace(err);
            }
            return userError ? BAD_INPUT : FAILED;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(out);
        return BAD_INPUT;
    }

    /** Options shared by the commands that talk to a target. */
    static class TargetOptions {
        @Option(names = "--state-dir", description = "Where the runner keeps its state. Default: .local-runner next to the app.")
        Path stateDir;

        @Option(names = "--review-delay", description = "Seconds the embedded emulator's Meta takes to review. Default: ${DEFAULT-VALUE}.")
        int reviewDelaySeconds = 3;

        @Option(names = "--endpoint", description = "Use this endpoint (e.g. a standalone emulator) instead of the embedded one; "
            + "credentials from the default AWS chain.")
        URI endpoint;

        @Option(names = "--region", description = "Target this region of a real account (default AWS credential chain).")
        String region;

        @Option(names = "--account-id", description = "The target account (for AWS::AccountId). Default with --endpoint: 000000000000.")
        String accountId;

        @Option(names = VERBOSE, description = "Show the whole output of a failed synthesis and the stack trace of an error.")
        boolean verbose;

        @Option(names = "--virtual-time", hidden = true, description = "Embedded emulator: advance its clock instead of sleeping.")
        boolean virtualTime;

        boolean remote() {
            return endpoint != null || region != null;
        }

        RunnerSession open(Path stateDir, PrintStream out) {
            ScratchTmpdir.useForProcess(clearScratch(stateDir.resolve("tmp")));
            Consumer<String> handlerLog = handlerLog(stateDir.resolve("handlers.log"));
            if (!remote()) {
                out.println("Target: embedded Social Messaging emulator (data in " + stateDir.resolve("emulator")
                    + ", review delay " + reviewDelaySeconds + " s)");
                return RunnerSession.embedded(stateDir.resolve("emulator"), Duration.ofSeconds(reviewDelaySeconds), virtualTime, handlerLog);
            }
            String targetRegion = region == null ? InvocationTarget.DEFAULT_REGION : region;
            AwsCredentials credentials = DefaultCredentialsProvider.builder().build().resolveCredentials();
            String token = credentials instanceof AwsSessionCredentials s ? s.sessionToken() : null;
            if (token == null && endpoint != null) {
                token = "local-runner-session";   // the emulator accepts any session token with a known key
            }
            if (token == null) {
                throw new IllegalArgumentException("credentials: CloudFormation hands the handlers temporary credentials and they need a"
                    + " session token; access key " + credentials.accessKeyId() + " has none (use an SSO profile, an assumed role or"
                    + " 'aws sts get-session-token')");
            }
            String account = accountId != null ? accountId : endpoint != null ? "000000000000" : null;
            if (account == null) {
                throw new IllegalArgumentException("--account-id is required with --region (the runner cannot call STS)");
            }
            out.println("Target: " + (endpoint != null ? endpoint : "AWS") + ", region " + targetRegion + ", account " + account);
            return RunnerSession.remote(new InvocationTarget(endpoint, targetRegion, account, "aws",
                new InvocationTarget.CallerCredentials(credentials.accessKeyId(), credentials.secretAccessKey(), token)), handlerLog);
        }
    }

    @Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Deploy a CDK app folder (synthesized first), a cdk.out folder, a *.template.json, or a folder of Meta-format "
            + "template JSON files.")
    static final class Deploy implements Callable<Integer> {
        @CommandLine.ParentCommand
        RunnerCommand root;

        @Parameters(index = "0", arity = "0..1", description = "What to deploy. Default: the current folder.")
        Path path = Path.of(".");

        @CommandLine.Mixin
        TargetOptions target;

        @Option(names = "--waba", description = "WABA of the templates of a plain folder of template files. Default: the emulator's.")
        String waba = MetaSettings.DEFAULT_WABA_ID;

        @Option(names = "--parallelism", description = "Resources deployed at the same time. Default: ${DEFAULT-VALUE}.")
        int parallelism = 4;

        @Option(names = "--rollback", description = "What a failed deploy undoes: keep (default: templates Meta has approved, paused "
            + "or disabled stay at Meta and in the state, because deleting them blocks their names for 30 days; edits of approved "
            + "templates stay live) or delete (delete every creation and edit back every edit, as CloudFormation does).")
        String rollback = "keep";

        @Option(names = "--template-cap", description = "The WABA's template cap for the preflight (250 unverified to 6,000 verified; "
            + "the API does not tell it). Default: the embedded emulator's setting; unchecked elsewhere.")
        Integer templateCap;

        @Option(names = "--synth-command", split = " ", description = "Command that synthesizes a CDK app folder (CDK_OUTDIR is set). "
            + "Default: mvn -B -q compile exec:java")
        List<String> synthCommand = CdkSynthesizer.MAVEN;

        @Override
        public Integer call() {
            PrintStream out = root.out;
            Path stateDir = target.stateDir != null ? target.stateDir : stateDirFor(path);
            RollbackPolicy policy = RollbackPolicy.parse(rollback);
            List<StackTemplate> stacks = loadStacks(path, waba, synthCommand, target.verbose, out);
            DeployState state = DeployState.load(stateDir.resolve("state.json"));
            int exit = 0;
            try (RunnerSession session = target.open(stateDir, out)) {
                for (StackTemplate stack : stacks) {
                    out.println("Deploying " + stack.stackName() + " from " + stack.source());
                    DeployReporter reporter = session.reporter(out);
                    StackDeployer deployer = session.deployer(state, reporter, parallelism).rollbackPolicy(policy);
                    if (templateCap != null) {
                        deployer.limits(MetaLimits.of(templateCap, session.limits().creationsPerHour()));
                    }
                    StackDeployer.Result result = deployer.deploy(stack);
                    out.println();
                    reporter.table(result.rows());
                    if (!result.success()) {
                        // one line per failure, each printed once
                        result.failures().forEach(f -> root.err.println("Deployment failed: " + f));
                        exit = FAILED;
                    } else {
                        out.println(summaryLine(result));
                    }
                }
            }
            return exit;
        }

        /** "No changes." only when Meta holds every declared resource as declared (read, not assumed). */
        static String summaryLine(StackDeployer.Result result) {
            if (result.unchanged()) {
                return "No changes.";
            }
            if (result.unchangedAtMeta()) {
                return "No changes. " + result.count("ADOPT")
                        + " resource(s) Meta already holds as declared were adopted into the state (no call changed Meta).";
            }
            return "Done: " + result.actions();
        }
    }

    /** The stacks at {@code input}: a *.template.json, a CDK app folder (synthesized first), a cdk.out or a folder of template files. */
    static List<StackTemplate> loadStacks(Path input, String waba, List<String> synthCommand, boolean verbose, PrintStream out) {
        if (Files.isRegularFile(input)) {
            return List.of(StackLoader.loadTemplateFile(input));
        }
        if (!Files.isDirectory(input)) {
            throw new TemplateLoadException(input + ": no such file or folder");
        }
        if (StackLoader.isCdkApp(input)) {
            return StackLoader.loadAssembly(new CdkSynthesizer(synthCommand, verbose).synthesize(input, out));
        }
        if (StackLoader.isCloudAssembly(input)) {
            return StackLoader.loadAssembly(input);
        }
        return List.of(TemplateFolderReader.read(input, waba));
    }

    @Command(name = "destroy", mixinStandardHelpOptions = true,
        description = "Delete everything the runner deployed for the app at PATH (DeletionPolicy Retain keeps templates at Meta).")
    static final class Destroy implements Callable<Integer> {
        @CommandLine.ParentCommand
        RunnerCommand root;

        @Parameters(index = "0", arity = "0..1", description = "The app deployed before. Default: the current folder.")
        Path path = Path.of(".");

        @CommandLine.Mixin
        TargetOptions target;

        @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation (scripts). Without a terminal, destroy needs it.")
        boolean yes;

        @Override
        public Integer call() {
            Path stateDir = target.stateDir != null ? target.stateDir : stateDirFor(path);
            DeployState state = DeployState.load(stateDir.resolve("state.json"));
            if (state.stackNames().isEmpty()) {
                root.out.println("Nothing deployed (no resources in " + state.file() + ").");
                return 0;
            }
            int exit = 0;
            try (RunnerSession session = target.open(stateDir, root.out)) {
                boolean warned = false;
                root.out.println("destroy will:");
                for (String stack : state.stackNames()) {
                    for (StackDestroyer.Item item : session.deployer(state, session.reporter(root.out), 1).destroyListing(stack)) {
                        root.out.println("  " + stack + ": " + item.describe());
                        warned |= item.warning() != null && item.warning().contains("30 days");
                    }
                }
                if (warned) {
                    root.out.println("A deleted template's name cannot be used again for 30 days: a later deploy of the same names will"
                        + " fail until then. DeletionPolicy Retain keeps templates at Meta.");
                }
                if (!yes) {
                    if (!root.confirmation.interactive()) {
                        throw new IllegalArgumentException("destroy deletes templates at Meta and needs a confirmation: run it on a"
                            + " terminal, or pass --yes");
                    }
                    if (!root.confirmation.confirm("Delete these resources? Type 'yes' to continue: ")) {
                        root.out.println("Nothing deleted.");
                        return 0;
                    }
                }
                for (String stack : state.stackNames()) {
                    root.out.println("Destroying " + stack);
                    StackDeployer.Result result = session.deployer(state, session.reporter(root.out), 1).destroy(stack);
                    if (!result.success()) {
                        root.err.println("Destroy failed: " + String.join("; ", result.failures()));
                        exit = FAILED;
                    }
                }
            }
            return exit;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the templates of an existing WABA as Meta-format files (<name>.<language>.json) that "
            + "WhatsAppTemplateFolder and 'deploy <folder>' load.")
    static final class Export implements Callable<Integer> {
        @CommandLine.ParentCommand
        RunnerCommand root;

        @Option(names = "--waba", required = true, description = "The WABA id (waba-...).")
        String waba;

        @Option(names = "--out", required = true, description = "Folder to write the files to.")
        Path outDir;

        @Parameters(index = "0", arity = "0..1", description = "The app whose embedded emulator state to read. Default: the current folder.")
        Path path = Path.of(".");

        @CommandLine.Mixin
        TargetOptions target;

        @Override
        public Integer call() {
            Path stateDir = target.stateDir != null ? target.stateDir : stateDirFor(path);
            try (RunnerSession session = target.open(stateDir, root.out);
                 var client = session.client()) {
                List<Path> files = TemplateExporter.export(client, waba, outDir);
                files.forEach(f -> root.out.println("wrote " + f));
                root.out.println(files.size() + " template(s) exported to " + outDir);
                TemplateExporter.notes(files).forEach(n -> root.out.println("note: " + n));
            }
            return 0;
        }
    }

    @Command(name = "emulator", description = "Start the Social Messaging emulator standalone (its own launcher; options: emulator --help).")
    static final class Emulator implements Callable<Integer> {
        @CommandLine.Unmatched
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() {
            return new CommandLine(new EmulatorCommand()).execute(args.toArray(String[]::new));
        }
    }

    /** {@code .local-runner} next to the app: a cdk.out's parent, a template file's folder, or the folder itself. */
    static Path stateDirFor(Path input) {
        Path abs = input.toAbsolutePath().normalize();
        Path base = Files.isRegularFile(abs) ? abs.getParent() : abs;
        if (base.getFileName() != null && base.getFileName().toString().equals("cdk.out") && base.getParent() != null) {
            base = base.getParent();
        }
        return base.resolve(".local-runner");
    }

    /** The scratch tmpdirs of earlier runs are ours: empty the folder before this run makes its own. */
    static Path clearScratch(Path dir) {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clear " + dir, e);
            }
        }
        return dir;
    }

    static Consumer<String> handlerLog(Path file) {
        return line -> {
            synchronized (RunnerCommand.class) {
                try {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, line.endsWith("\n") ? line : line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                } catch (IOException e) {
                    // The handler log is a convenience; a full disk must not fail the deployment.
                }
            }
        };
    }
}
