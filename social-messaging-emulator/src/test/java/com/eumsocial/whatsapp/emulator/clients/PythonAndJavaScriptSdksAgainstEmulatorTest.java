package com.eumsocial.whatsapp.emulator.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.EmulatorTestSupport;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.security.AccessKey;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * boto3 and the AWS SDK for JavaScript v3 each sign their own set of headers (the JavaScript SDK
 * signs amz-sdk-invocation-id, amz-sdk-request, content-length and x-amz-user-agent too); the
 * emulator verifies whatever a request lists, so both are served, and both are refused with a
 * wrong secret.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PythonAndJavaScriptSdksAgainstEmulatorTest {
    /** The newest @aws-sdk/client-socialmessaging the build machines' npm registry served on 2026-12-07. */
    static final String JS_SDK = "@aws-sdk/client-socialmessaging@3.1069.0";

    @TempDir
    Path work;
    private SocialMessagingEmulator emulator;

    @BeforeAll
    void start() {
        emulator = SocialMessagingEmulator.start(EmulatorConfig.defaults());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void boto3IsServedAcrossPagesAndRefusedWithAWrongSecret() throws IOException {
        Assumptions.assumeTrue(ExternalProcess.onPath("python3"), "python3 is not on the PATH");
        ExternalProcess.Result probe = ExternalProcess.run(emulator, AccessKey.DEFAULT, work,
                List.of("python3", "-c", "import boto3"));
        Assumptions.assumeTrue(probe.exitCode() == 0, "boto3 is not installed for python3 (pip install boto3)");
        Path script = Files.writeString(work.resolve("check.py"), String.join("\n",
                "import base64, json, os, sys, boto3, botocore",
                "c = boto3.client('socialmessaging', endpoint_url=os.environ['AWS_ENDPOINT_URL'])",
                "waba = c.list_linked_whatsapp_business_accounts()['linkedAccounts'][0]['id']",
                "names = []",
                "for i in range(3):",
                "    d = {'name': 'boto_%d' % i, 'language': 'en_US', 'category': 'UTILITY', 'components': [",
                "        {'type': 'BODY', 'text': 'Parcel {{1}} from boto number %d is on its way.' % i,",
                "         'example': {'body_text': [['P-1']]}}]}",
                "    c.create_whatsapp_message_template(id=waba, templateDefinition=json.dumps(d).encode())",
                "for page in c.get_paginator('list_whatsapp_message_templates').paginate(id=waba,"
                        + " PaginationConfig={'PageSize': 1}):",
                "    names += [t['templateName'] for t in page['templates'] if t['templateName'].startswith('boto_')]",
                "lib = c.list_whatsapp_template_library(id=waba, maxResults=2, filters={'searchKey': 'order'})",
                "more = c.list_whatsapp_template_library(id=waba, maxResults=2, nextToken=lib['nextToken'],"
                        + " filters={'searchKey': 'order'})",
                "print(json.dumps({'waba': waba, 'names': sorted(names),",
                "    'library': [t['templateName'] for t in lib['metaLibraryTemplates'] + more['metaLibraryTemplates']]}))",
                "bad = boto3.client('socialmessaging', endpoint_url=os.environ['AWS_ENDPOINT_URL'],",
                "    aws_access_key_id=os.environ['AWS_ACCESS_KEY_ID'], aws_secret_access_key='guessed-secret')",
                "try:",
                "    bad.list_linked_whatsapp_business_accounts()",
                "    print('FORGED KEY ACCEPTED')",
                "except botocore.exceptions.ClientError as e:",
                "    print('refused: ' + e.response['Error']['Code'])",
                ""));
        ExternalProcess.Result result = ExternalProcess.run(emulator, AccessKey.DEFAULT, work,
                List.of("python3", script.toString()));
        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(result.stdout()).contains("\"waba\": \"" + EmulatorTestSupport.WABA_ID + "\"")
                .contains("\"names\": [\"boto_0\", \"boto_1\", \"boto_2\"]")
                .contains("order_confirmation").contains("refused: InvalidSignatureException")
                .doesNotContain("FORGED KEY ACCEPTED");
    }

    @Test
    void theJavaScriptSdkIsServedAndRefusedWithAWrongSecret() throws Exception {
        Assumptions.assumeTrue(ExternalProcess.onPath("node") && ExternalProcess.onPath("npm"),
                "node and npm are not on the PATH");
        Path sdkDir = installedJavaScriptSdk();
        Path script = Files.writeString(sdkDir.resolve("check-" + System.nanoTime() + ".mjs"), String.join("\n",
                "import { SocialMessagingClient, ListLinkedWhatsAppBusinessAccountsCommand,",
                "  CreateWhatsAppMessageTemplateCommand, GetWhatsAppMessageTemplateCommand,",
                "  ListWhatsAppTemplateLibraryCommand } from '@aws-sdk/client-socialmessaging';",
                "const endpoint = process.env.AWS_ENDPOINT_URL, region = 'us-east-1';",
                "const c = new SocialMessagingClient({ endpoint, region });",
                "const waba = (await c.send(new ListLinkedWhatsAppBusinessAccountsCommand({}))).linkedAccounts[0].id;",
                "const definition = { name: 'js_sdk_check', language: 'en_US', category: 'UTILITY', components: [",
                "  { type: 'BODY', text: 'Ticket {{1}} was opened by the JavaScript SDK today.',",
                "    example: { body_text: [['T-1']] } }] };",
                "const created = await c.send(new CreateWhatsAppMessageTemplateCommand({ id: waba,",
                "  templateDefinition: new TextEncoder().encode(JSON.stringify(definition)) }));",
                "const got = await c.send(new GetWhatsAppMessageTemplateCommand({ id: waba,",
                "  metaTemplateId: created.metaTemplateId }));",
                "const lib = await c.send(new ListWhatsAppTemplateLibraryCommand({ id: waba, maxResults: 1,",
                "  filters: { searchKey: 'payment', language: 'en_US' } }));",
                "console.log(JSON.stringify({ waba, name: JSON.parse(got.template).name,",
                "  library: lib.metaLibraryTemplates.map(t => t.templateName), more: !!lib.nextToken }));",
                "const bad = new SocialMessagingClient({ endpoint, region, credentials: {",
                "  accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: 'guessed-secret' } });",
                "try { await bad.send(new ListLinkedWhatsAppBusinessAccountsCommand({}));",
                "  console.log('FORGED KEY ACCEPTED'); } catch (e) { console.log('refused: ' + e.name); }",
                ""));
        ExternalProcess.Result result = ExternalProcess.run(emulator, AccessKey.DEFAULT, sdkDir,
                List.of("node", script.toString()));
        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(result.stdout()).contains("\"waba\":\"" + EmulatorTestSupport.WABA_ID + "\"")
                .contains("\"name\":\"js_sdk_check\"").contains("\"library\":[\"payment_reminder\"]")
                .contains("\"more\":true").contains("refused: InvalidSignatureException")
                .doesNotContain("FORGED KEY ACCEPTED");
    }

    /**
     * Installs the pinned JavaScript SDK once under target/ (npm registry needed the first time);
     * skips, saying why, when npm cannot reach the registry.
     */
    private Path installedJavaScriptSdk() throws IOException, URISyntaxException {
        Path target = Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        Path dir = target.resolve("javascript-sdk");
        Files.createDirectories(dir);
        if (!Files.isDirectory(dir.resolve("node_modules/@aws-sdk/client-socialmessaging"))) {
            Files.writeString(dir.resolve("package.json"), "{\"private\": true, \"type\": \"module\"}\n");
            ExternalProcess.Result install = ExternalProcess.run(emulator, AccessKey.DEFAULT, dir, List.of("npm",
                    "install", "--no-audit", "--no-fund", "--loglevel=error", JS_SDK));
            Assumptions.assumeTrue(install.exitCode() == 0, "npm could not install " + JS_SDK
                    + " (the npm registry is needed once): " + install.stderr());
        }
        return dir;
    }
}
