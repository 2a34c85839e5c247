package com.eumsocial.whatsapp.reliability.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.cdk.WhatsAppTemplateFolder;
import com.eumsocial.whatsapp.cdk.WhatsAppTemplateFolderProps;
import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.emulator.meta.OutcomeRule;
import com.eumsocial.whatsapp.reliability.support.EmulatorHarness;
import com.eumsocial.whatsapp.reliability.support.WorkDirectories;
import com.eumsocial.whatsapp.runner.cli.RunnerCommand;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;

/**
 * Issue 13, item 5, through the command line: a WABA holding every kind of template (media and
 * product carousels, a limited-time offer, single-product, GIF, calling, the new buttons, the
 * template settings), an AUTHENTICATION template, a library template, media headers and a
 * REJECTED template is exported; deploying the exported folder changes nothing at Meta (every
 * template adopted as it is, then "No changes."), and the same folder synthesizes through
 * WhatsAppTemplateFolder, with a warning where Meta only returned a CDN URL.
 */
class ExportDeployRoundTripTest {
    private static final String WABA = MetaSettings.DEFAULT_WABA_ID;
    private static final ObjectMapper JSON = new ObjectMapper();
    private SocialMessagingEmulator emulator;
    private Path work;
    private String out;
    private String err;

    @BeforeEach
    void start() throws Exception {
        work = WorkDirectories.fresh("roundtrip");
        emulator = SocialMessagingEmulator.start(EmulatorConfig.builder().port(0)
                .metaSettings(MetaSettings.builder().reviewDelay(Duration.ZERO).build()).build());
        System.setProperty("aws.accessKeyId", "AKIAEMULATOR00000001");
        System.setProperty("aws.secretAccessKey", "emulatorSecretAccessKey0000000000000001");
    }

    @AfterEach
    void stop() {
        emulator.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit = RunnerCommand.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private String[] at(String stateDir, String... args) {
        return Stream.concat(Stream.of(args), Stream.of("--endpoint", emulator.endpoint().toString(), "--state-dir",
                work.resolve(stateDir).toString())).toArray(String[]::new);
    }

    private long stateChangingCalls() {
        JsonNode ops = emulator.control().state().path("protocol").path("operations");
        long n = 0;
        for (String op : EmulatorHarness.STATE_CHANGING_OPERATIONS) {
            n += ops.path(op).asLong(0);
        }
        return n;
    }

    private static void write(Path folder, String file, String json) throws Exception {
        Files.writeString(folder.resolve(file), json.replace('\'', '"'));
    }

    @Test
    void everyKindExportsAndDeploysBackWithNoChangeAndSynthesizes() throws Exception {
        Path kinds = work.resolve("kinds");
        Files.createDirectories(kinds.resolve("media"));
        Files.write(kinds.resolve("media/echeveria.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1});
        Files.write(kinds.resolve("media/jade.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 2});
        Files.write(kinds.resolve("media/beach.mp4"), new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p'});
        String qr = "{'type':'QUICK_REPLY','text':'More like this'}";
        String buy = "{'type':'URL','text':'Buy','url':'https://shop.example.com/p/{{1}}','example':['https://shop.example.com/p/a']}";
        write(kinds, "cards.json", "{'name':'succulent_cards','language':'en_US','category':'MARKETING','message_send_ttl_seconds':86400,"
                + "'components':[{'type':'BODY','text':'Rare succulents for {{1}}, all under 25 dollars this week.','example':{'body_text':[['Ana']]}},"
                + "{'type':'CAROUSEL','cards':["
                + "{'components':[{'type':'HEADER','format':'IMAGE','example':{'header_handle':['file:media/echeveria.jpg']}},"
                + "{'type':'BODY','text':'Blue Echeveria'},{'type':'BUTTONS','buttons':[" + qr + "," + buy + "]}]},"
                + "{'components':[{'type':'HEADER','format':'IMAGE','example':{'header_handle':['file:media/jade.jpg']}},"
                + "{'type':'BODY','text':'Jade plant'},{'type':'BUTTONS','buttons':[" + qr + "," + buy + "]}]}]}]}");
        write(kinds, "product_cards.json", "{'name':'product_cards','language':'en','category':'MARKETING','components':["
                + "{'type':'BODY','text':'Back in stock this morning: the plants you looked at last week.'},"
                + "{'type':'CAROUSEL','cards':[{'components':[{'type':'HEADER','format':'PRODUCT'},{'type':'BUTTONS','buttons':[{'type':'SPM','text':'View'}]}]},"
                + "{'components':[{'type':'HEADER','format':'PRODUCT'},{'type':'BUTTONS','buttons':[{'type':'SPM','text':'View'}]}]}]}]}");
        write(kinds, "offer.json", "{'name':'caribbean_offer','language':'en_US','category':'MARKETING','components':["
                + "{'type':'HEADER','format':'VIDEO','example':{'header_handle':['file:media/beach.mp4']}},"
                + "{'type':'LIMITED_TIME_OFFER','limited_time_offer':{'text':'Expiring offer!','has_expiration':true}},"
                + "{'type':'BODY','text':'Good news, {{1}}! Use code {{2}} to get 25 percent off all Caribbean packages.','example':{'body_text':[['Pablo','CARIBE25']]}},"
                + "{'type':'BUTTONS','buttons':[{'type':'COPY_CODE','example':'CARIBE25'},{'type':'URL','text':'Book now','url':'https://travel.example.com/offers'}]}]}");
        write(kinds, "spm.json", "{'name':'back_in_stock','language':'de','category':'MARKETING','cta_url_link_tracking_opted_out':true,'components':["
                + "{'type':'HEADER','format':'PRODUCT'},{'type':'BODY','text':'The plant you looked at is back in stock. Tap below to see it.'},"
                + "{'type':'FOOTER','text':'Reply STOP to opt out'},{'type':'BUTTONS','buttons':[{'type':'SPM','text':'View'}]}]}");
        write(kinds, "gif.json", "{'name':'spring_gif','language':'it','category':'MARKETING','components':["
                + "{'type':'HEADER','format':'GIF','example':{'header_handle':['file:media/beach.mp4']}},"
                + "{'type':'BODY','text':'Spring is here, and so are our new garden collections for you.'},"
                + "{'type':'BUTTONS','buttons':[{'type':'VOICE_CALL','text':'Call on WhatsApp'}]}]}");
        write(kinds, "call.json", "{'name':'call_consent','language':'es','category':'UTILITY','parameter_format':'named','message_send_ttl_seconds':3600,"
                + "'components':[{'type':'BODY','text':'Hi {{first_name}}, may we call you about your recent order today?',"
                + "'example':{'body_text_named_params':[{'param_name':'first_name','example':'Lucia'}]}},{'type':'CALL_PERMISSION_REQUEST'}]}");
        write(kinds, "order.json", "{'name':'order_ready','language':'fr','category':'UTILITY','allow_category_change':true,'components':["
                + "{'type':'BODY','text':'Your order 4411 is ready; review it and pay in the chat, or share your details.'},"
                + "{'type':'BUTTONS','buttons':[{'type':'ORDER_DETAILS','text':'Review and Pay'},{'type':'REQUEST_CONTACT_INFO'}]}]}");
        write(kinds, "login.json", "{'name':'login_code','language':'en_US','category':'AUTHENTICATION','message_send_ttl_seconds':600,'components':["
                + "{'type':'BODY','add_security_recommendation':true},{'type':'FOOTER','code_expiration_minutes':10},"
                + "{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE'}]}]}");
        write(kinds, "library.json", "{'name':'payment_note','language':'en_US','category':'UTILITY','library_template_name':'payment_received',"
                + "'library_template_body_inputs':{'add_contact_number':true}}");

        assertThat(run(at("state-first", "deploy", kinds.toString(), "--waba", WABA))).as(out + err).isZero();
        assertThat(out).contains("succulent_cards", "caribbean_offer", "payment_note", "(media)");

        // A template Meta rejected (not for its format), made outside the folder.
        emulator.control().forceOutcome(OutcomeRule.rejected("summer_teaser", "PROMOTIONAL"));
        try (SocialMessagingClient client = EmulatorHarness.client(emulator, com.eumsocial.whatsapp.emulator.security.AccessKey.DEFAULT)) {
            client.createWhatsAppMessageTemplate(r -> r.id(WABA).templateDefinition(SdkBytes.fromUtf8String(
                    "{\"name\":\"summer_teaser\",\"language\":\"en\",\"category\":\"UTILITY\",\"components\":[{\"type\":\"BODY\","
                            + "\"text\":\"Something new is coming to the shop this summer.\"}]}")));
        }
        assertThat(emulator.control().state().toString()).contains("summer_teaser");

        Path exported = work.resolve("exported");
        assertThat(run(at("state-export", "export", "--waba", WABA, "--out", exported.toString()))).as(out + err).isZero();
        assertThat(out).contains("10 template(s) exported");
        assertThat(out).contains("note: succulent_cards.en_US.json: components[1].cards[0].components[0].example.header_handle: "
                + "the header sample is Meta's CDN URL");
        JsonNode login = JSON.readTree(exported.resolve("login_code.en_US.json").toFile());
        assertThat(login.toString()).doesNotContain("verification code").doesNotContain("expires in")
                .contains("\"message_send_ttl_seconds\":600");
        assertThat(JSON.readTree(exported.resolve("payment_note.en_US.json").toFile()).path("library_template_name").asText())
                .isEqualTo("payment_received");
        assertThat(Files.readString(exported.resolve("summer_teaser.en.json"))).doesNotContain("rejected_reason")
                .doesNotContain("PROMOTIONAL");
        assertThat(Files.readString(exported.resolve("order_ready.fr.json"))).contains("REQUEST_CONTACT_INFO")
                .doesNotContain("allow_category_change");

        long calls = stateChangingCalls();
        assertThat(run(at("state-adopt", "deploy", exported.toString(), "--waba", WABA))).as(out + err).isZero();
        assertThat(stateChangingCalls()).as("calls that change Meta's state, " + out).isEqualTo(calls);
        assertThat(out).contains("adopted (already at Meta, same definition): no change").doesNotContain("updating");
        assertThat(out).contains("No changes. 10 resource(s) Meta already holds as declared were adopted into the state");
        assertThat(run(at("state-adopt", "deploy", exported.toString(), "--waba", WABA))).as(out + err).isZero();
        assertThat(out).contains("No changes.");
        assertThat(stateChangingCalls()).isEqualTo(calls);

        App app = new App(AppProps.builder().outdir(work.resolve("cdk.out").toString()).build());
        Stack stack = new Stack(app, "Exported");
        new WhatsAppTemplateFolder(stack, "Templates", WhatsAppTemplateFolderProps.builder().wabaId(WABA)
                .directory(exported.toString()).build());
        Template synthesized = Template.fromStack(stack);
        assertThat(synthesized.findResources("EUMSocial::WhatsApp::MessageTemplate")).hasSize(9);
        assertThat(synthesized.findResources("EUMSocial::WhatsApp::LibraryTemplate")).hasSize(1);
        Annotations.fromStack(stack).hasWarning("*", Match.stringLikeRegexp(".*caribbean_offer.en_US.json: components\\[0\\]"
                + "\\.example\\.header_handle\\[0\\]: the header sample is Meta's CDN URL.*"));
    }
}
