package com.eumsocial.whatsapp.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.runner.cli.RunnerCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user's first app, as the README tells it: generate a standalone app from the archetype in an
 * empty folder, build and test it with its own pom (which imports the BOM), then let the local
 * runner synthesize it and deploy it to the embedded emulator.
 *
 * <p>The project's artifacts (this build's jars and poms) go into a private local repository
 * under {@code target/}; everything else (aws-cdk-lib, plugins) is copied on demand from this
 * build's own local repository, declared as a {@code file:} mirror, so the test needs no network
 * and never writes the project's snapshots into the user's repository.
 */
class FirstAppIT {
    private static final String GROUP = "com.eumsocial.whatsapp";
    private static final String ARCHETYPE_PLUGIN = "org.apache.maven.plugins:maven-archetype-plugin:3.4.0:generate";

    private static Path root;
    private static String version;
    private static Path work;
    private static Path repo;
    private static Path settings;

    @BeforeAll
    static void privateRepository() throws IOException {
        root = Path.of(System.getProperty("firstapp.projectRoot")).toAbsolutePath().normalize();
        version = System.getProperty("firstapp.version");
        work = Path.of(System.getProperty("firstapp.workDir")).toAbsolutePath();
        deleteTree(work);
        repo = work.resolve("m2");
        settings = work.resolve("settings.xml");
        Files.createDirectories(repo);
        Path buildRepository = Path.of(System.getProperty("firstapp.localRepository")).toAbsolutePath();
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors>
                    <mirror>
                      <id>build-repository</id>
                      <name>the local repository of the build that runs this test</name>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                </settings>
                """.formatted(repo, buildRepository.toUri()));
        install("whatsapp-templates-as-code", root.resolve("pom.xml"), null);
        install("whatsapp-templates-bom", root.resolve("bom/pom.xml"), null);
        for (String module : List.of("template-definition", "cdk-constructs")) {
            install(module, root.resolve(module).resolve("pom.xml"),
                    root.resolve(module).resolve("target").resolve(module + "-" + version + ".jar"));
        }
        install("whatsapp-templates-archetype", root.resolve("archetype/pom.xml"),
                Path.of(System.getProperty("firstapp.archetypeJar")));
    }

    @Test
    void theBomPinsThisBuildsVersionAndTheCdkTheConstructsAreBuiltWith() throws IOException {
        String bom = Files.readString(root.resolve("bom/pom.xml"));
        String parent = Files.readString(root.resolve("pom.xml"));
        assertThat(value(bom, "<version>([^<]+)</version>")).isEqualTo(version);
        assertThat(value(bom, "<whatsapp-templates.version>([^<]+)<")).isEqualTo(version);
        assertThat(value(bom, "<aws-cdk-lib.version>([^<]+)<"))
                .isEqualTo(value(parent, "<artifactId>aws-cdk-lib</artifactId>\\s*<version>([^<]+)<"));
        assertThat(value(bom, "<jackson.version>([^<]+)<")).isEqualTo(value(parent, "<jackson.version>([^<]+)<"));
        assertThat(value(bom, "<constructs.version>([^<]+)<"))
                .isEqualTo(value(parent, "<artifactId>constructs</artifactId>\\s*<version>([^<]+)<"));
    }

    @Test
    void anAppGeneratedInAnEmptyFolderBuildsSynthesizesAndDeploysToTheEmulator() throws Exception {
        Path apps = Files.createDirectories(work.resolve("apps"));
        useTheTestRepository(apps);
        mvn(apps, "-B", "-q", ARCHETYPE_PLUGIN, "-DinteractiveMode=false",
                "-DarchetypeGroupId=" + GROUP, "-DarchetypeArtifactId=whatsapp-templates-archetype", "-DarchetypeVersion=" + version,
                "-DgroupId=com.example", "-DartifactId=shop-templates", "-Dversion=1.0.0-SNAPSHOT", "-Dpackage=com.example.templates");

        Path app = apps.resolve("shop-templates");
        assertThat(app.resolve("cdk.json")).content().contains("mvn -e -q compile exec:java");
        assertThat(app.resolve(".gitignore")).content().contains("cdk.out/");
        assertThat(app.resolve(".mvn/jvm.config")).content().contains("-Djansi.noreset=true");
        assertThat(app.resolve("templates/order_shipped.en_US.json")).exists();
        assertThat(app.resolve("templates/welcome.en_US.json")).exists();
        assertThat(app.resolve("src/test/java/com/example/templates/TemplatesAppTest.java")).exists();
        String pom = Files.readString(app.resolve("pom.xml"));
        assertThat(pom).contains("<whatsapp-templates.version>" + version + "</whatsapp-templates.version>")
                .contains("<artifactId>whatsapp-templates-bom</artifactId>").doesNotContain("<parent>");
        assertThat(app.resolve("src/main/java/com/example/templates/TemplatesApp.java")).content()
                .contains("package com.example.templates;").contains("\"waba-0123456789abcdef0123456789abcdef\"");

        // Its own build: compile, and the test that synthesizes the app.
        useTheTestRepository(app);
        String build = mvn(app, "-B", "verify");
        assertThat(build).contains("Tests run: 1, Failures: 0, Errors: 0").contains("BUILD SUCCESS");
        assertThat(repo.resolve("com/eumsocial/whatsapp/cdk-constructs/" + version)).isDirectory();

        // The runner synthesizes it (mvn compile exec:java in the app, with CDK_OUTDIR) and deploys it.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RunnerCommand.run(new String[] {"deploy", app.toString(), "--review-delay", "1"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed + err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("order_shipped/en_US").contains("welcome/en_US")
                .contains("ordershippedenUSStatus = APPROVED").contains("welcomeenUSStatus = APPROVED")
                .contains("Done: {CREATE=2}");
        assertThat(app.resolve(".local-runner/state.json")).exists();
        assertThat(printed).doesNotContain("\u001B").contains("welcome").contains("APPROVED");

        // A broken file: synthesis fails with each problem once, with file, line and column, and
        // none of Maven's, Java's or JavaScript's noise.
        Files.writeString(app.resolve("templates/broken.json"), "{\"name\": \"broken\",\n \"language\" \"en_US\"}\n");
        out.reset();
        err.reset();
        exit = RunnerCommand.run(new String[] {"deploy", app.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String failed = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(failed).isEqualTo(2);
        assertThat(failed).contains("failed (exit 1), 1 problem:")
                .contains("templates/broken.json: malformed JSON at line 2, column 13")
                .doesNotContain("\u001B").doesNotContain("    at ").doesNotContain("[Help 1]").doesNotContain("[ERROR]")
                .doesNotContain("REDACTED").doesNotContain("!!!");
        assertThat(failed.split("malformed JSON", -1)).as(failed).hasSize(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\u001B");
    }

    /** Every Maven run in {@code dir} uses the private repository (as a user's own settings would). */
    private static void useTheTestRepository(Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".mvn"));
        Files.writeString(dir.resolve(".mvn/maven.config"), "-s\n" + settings + "\n-Dmaven.repo.local=" + repo + "\n");
    }

    private static String mvn(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("mvn");
        command.addAll(List.of(args));
        Path log = work.resolve("mvn-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(15, TimeUnit.MINUTES);
        String output = Files.readString(log);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished && process.exitValue() == 0).as("%s in %s:%n%s", command, dir, output).isTrue();
        return output;
    }

    /** What {@code mvn install} would write for a snapshot: the pom and the jar, no metadata needed for a local build. */
    private static void install(String artifactId, Path pom, Path jar) throws IOException {
        Path dir = Files.createDirectories(repo.resolve(GROUP.replace('.', '/')).resolve(artifactId).resolve(version));
        Files.copy(pom, dir.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            assertThat(jar).as("built by the reactor before this module (run the build from the root, or with -am)").isRegularFile();
            Files.copy(jar, dir.resolve(artifactId + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String value(String xml, String regex) {
        Matcher m = Pattern.compile(regex).matcher(xml);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1).trim();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
