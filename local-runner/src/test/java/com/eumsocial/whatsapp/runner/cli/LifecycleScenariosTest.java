package com.eumsocial.whatsapp.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The three stories of issue 11, through the command line against the embedded emulator (virtual
 * time: the runner advances the emulator's clock instead of sleeping, so an hour of quota passes
 * in seconds).
 */
class LifecycleScenariosTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WABA = "waba-0123456789abcdef0123456789abcdef";

    private String originalTmpdir;
    private Path work;
    private String out;
    private String err;

    @BeforeEach
    void setUp(TestInfo info) throws Exception {
        originalTmpdir = System.getProperty("java.io.tmpdir");
        work = Path.of("target", "test-work", "scenario-" + info.getTestMethod().orElseThrow().getName() + "-" + System.nanoTime())
            .toAbsolutePath();
        Files.createDirectories(work);
        com.eumsocial.whatsapp.runner.deploy.DeployFixtureAccess.copyFixtures(work);
    }

    @AfterEach
    void restore() {
        System.setProperty("java.io.tmpdir", originalTmpdir);
    }

    private int run(Confirmation confirmation, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--virtual-time", "--state-dir", work.resolve("state").toString()));
        int exit = RunnerCommand.run(all.toArray(String[]::new), new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8), confirmation);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private int run(String... args) {
        return run(NOBODY, args);
    }

    private static final Confirmation NOBODY = answering(false, false);

    private static Confirmation answering(boolean terminal, boolean yes) {
        return new Confirmation() {
            @Override
            public boolean interactive() {
                return terminal;
            }

            @Override
            public boolean confirm(String question) {
                return yes;
            }
        };
    }

    /** Live templates of the emulator's WABA, exported through the CLI: "name/language" -> definition. */
    private java.util.Map<String, JsonNode> exported() throws Exception {
        Path dir = work.resolve("export-" + System.nanoTime());
        assertThat(run("export", "--waba", WABA, "--out", dir.toString())).as(out + err).isZero();
        java.util.Map<String, JsonNode> out = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                JsonNode d = JSON.readTree(f.toFile());
                out.put(d.path("name").asText() + "/" + d.path("language").asText(), d);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ 1: 110 new templates, 100 creations per hour

    @Test
    void aHundredAndTenNewTemplatesWaitForTheHourlyQuotaAndAllEndApprovedWithNoNameLost() throws Exception {
        Path folder = Files.createDirectories(work.resolve("notes"));
        for (int i = 0; i < 110; i++) {
            String name = String.format(Locale.ROOT, "order_note_%03d", i);
            Files.writeString(folder.resolve(name + ".en_US.json"), "{\"name\": \"" + name + "\", \"language\": \"en_US\","
                + " \"category\": \"UTILITY\", \"components\": [{\"type\": \"BODY\", \"text\": \"Hello {{1}}, note number " + i
                + " about your order is ready to read in your account.\", \"example\": {\"body_text\": [[\"Ana\"]]}}]}");
        }

        int exit = run("deploy", folder.toString(), "--review-delay", "5", "--parallelism", "8");

        assertThat(exit).as(out + err).isZero();
        assertThat(out).contains("creation quota: 110 template(s) to create in WABA " + WABA)
            .contains("waiting for Meta's hourly creation quota");
        assertThat(out).doesNotContain("ROLLBACK").doesNotContain("DELETE");
        java.util.Map<String, JsonNode> live = exported();
        assertThat(live).hasSize(110);
        // a second deploy reads all 110 back from Meta and finds nothing to do: no name was lost, nothing is duplicated
        assertThat(run("deploy", folder.toString(), "--review-delay", "5")).as(out + err).isZero();
        assertThat(out).contains("110 no change").contains("No changes.");
    }

    // ------------------------------------------------------------------ 2: three edits, one of them impossible

    private static ObjectNode template(String name, String category, String body) {
        ObjectNode r = JSON.createObjectNode().put("Type", "EUMSocial::WhatsApp::MessageTemplate");
        ObjectNode p = r.putObject("Properties").put("WabaId", WABA).put("TemplateName", name).put("Language", "en_US")
            .put("Category", category);
        ObjectNode b = p.putArray("Components").addObject().put("type", "BODY").put("text", body);
        b.putObject("example").putArray("body_text").addArray().add("Ana");
        r.put("DeletionPolicy", "Retain");
        return r;
    }

    private Path stack(ObjectNode a, ObjectNode b, ObjectNode c) throws Exception {
        ObjectNode t = JSON.createObjectNode();
        ObjectNode res = t.putObject("Resources");
        res.set("NoteA", a);
        res.set("NoteB", b);
        res.set("NoteC", c);
        Path file = work.resolve("Notes.template.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(t));
        return file;
    }

    @Test
    void editsThatMetaWouldRefuseStopTheDeployBeforeAnyChangeNamingEveryProblem() throws Exception {
        ObjectNode a = template("note_a", "UTILITY", "Hello {{1}}, your delivery slot is confirmed for tomorrow morning.");
        ObjectNode b = template("note_b", "UTILITY", "Hello {{1}}, your invoice for this month is ready in your account.");
        ObjectNode c = template("note_c", "UTILITY", "Hello {{1}}, your password was changed a moment ago on this account.");
        assertThat(run("deploy", stack(a, b, c).toString())).as(out + err).isZero();
        // an edit of A today: Meta allows the next one in 24 hours
        ((ObjectNode) a.at("/Properties/Components/0")).put("text", "Hello {{1}}, your delivery slot is confirmed for Monday morning.");
        assertThat(run("deploy", stack(a, b, c).toString())).as(out + err).isZero();
        assertThat(out).contains("note_a/en_US", "UPDATE (Components changed)");

        // A edited again, a button added to B, C moved to MARKETING
        ((ObjectNode) a.at("/Properties/Components/0")).put("text", "Hello {{1}}, your delivery slot is confirmed for Tuesday morning.");
        ObjectNode buttons = ((com.fasterxml.jackson.databind.node.ArrayNode) b.at("/Properties/Components")).addObject()
            .put("type", "BUTTONS");
        buttons.putArray("buttons").addObject().put("type", "QUICK_REPLY").put("text", "Thanks");
        c.with("Properties").put("Category", "MARKETING");
        int exit = run("deploy", stack(a, b, c).toString());

        assertThat(exit).as(out + err).isEqualTo(2);
        assertThat(err).contains("nothing was sent")
            .contains("note_a/en_US (NoteA): edit quota: the runner edited this APPROVED template at")
            .contains("note_c/en_US (NoteC): category frozen: the template is APPROVED as UTILITY")
            .doesNotContain("(NoteB)");
        assertThat(out).contains("Plan for Notes").contains("BLOCKED");
        // nothing changed at Meta: A has Monday, B has no button, C is UTILITY
        java.util.Map<String, JsonNode> live = exported();
        assertThat(live.get("note_a/en_US").toString()).contains("Monday");
        assertThat(live.get("note_b/en_US").toString()).doesNotContain("BUTTONS");
        assertThat(live.get("note_c/en_US").path("category").asText()).isEqualTo("UTILITY");
    }

    // ------------------------------------------------------------------ 3: destroy

    @Test
    void destroyListsWhatItDeletesWarnsAboutNamesAsksAndDeletesTemplatesBeforeTheirMedia() throws Exception {
        String cdkOut = work.resolve("small-app/cdk.out").toString();
        assertThat(run("deploy", cdkOut)).as(out + err).isZero();

        // no terminal, no --yes: refused, nothing deleted
        assertThat(run("destroy")).isEqualTo(2);
        assertThat(out).contains("destroy will:", "delete small_welcome/en_US (APPROVED): Meta blocks the name small_welcome"
            + " (every language) for 30 days after this delete", "delete banner.png");
        assertThat(err).contains("needs a confirmation: run it on a terminal, or pass --yes");
        assertThat(exported()).hasSize(2);

        // a person who answers no
        assertThat(run(answering(true, false), "destroy")).isZero();
        assertThat(out).contains("Nothing deleted.");
        assertThat(exported()).hasSize(2);

        // a person who answers yes: templates first, the media their headers use last
        assertThat(run(answering(true, true), "destroy")).as(out + err).isZero();
        assertThat(out).contains("A deleted template's name cannot be used again for 30 days");
        int welcome = out.indexOf("small_welcome/en_US                DELETE_COMPLETE");
        int media = out.indexOf("banner.png                         DELETE_COMPLETE");
        assertThat(welcome).isPositive();
        assertThat(media).isGreaterThan(welcome);
        assertThat(exported()).isEmpty();

        // the names are blocked now: the next deploy is refused before anything is sent (not after the media upload)
        assertThat(run("deploy", cdkOut)).isEqualTo(2);
        assertThat(err).contains("small_welcome/en_US (WelcomeOfferEnUS11223344): name blocked: the runner deleted a template named"
            + " small_welcome that Meta had approved", "small_shipped/en_US (OrderShippedEnUS55667788): name blocked");
        assertThat(out).doesNotContain("CREATE_COMPLETE");
    }
}
