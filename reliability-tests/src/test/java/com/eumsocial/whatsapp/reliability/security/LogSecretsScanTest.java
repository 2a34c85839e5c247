package com.eumsocial.whatsapp.reliability.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.eumsocial.whatsapp.reliability.support.EmulatorHarness;
import com.eumsocial.whatsapp.reliability.support.Invokers;
import com.eumsocial.whatsapp.reliability.support.LogCapture;
import com.eumsocial.whatsapp.reliability.support.ReportFiles;
import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;
import com.eumsocial.whatsapp.runner.invoke.InvocationTarget;
import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import software.amazon.cloudformation.Action;

/**
 * Runs last: no line the suite captured (the handlers' Lambda logger, System.out and System.err
 * with the emulator's and the runner's SLF4J output, the runner CLI processes' output) contains an
 * access key id, a secret access key, the session token or the bearer token the payloads carried.
 * It first runs one create/read/delete itself, so it also proves something when run alone.
 */
@Order(Integer.MAX_VALUE)
class LogSecretsScanTest {

    @Test
    void noCapturedLineContainsACredentialOrToken() {
        LogCapture.install();
        try (EmulatorHarness emulator = EmulatorHarness.start()) {
            HandlerInvoker invoker = Invokers.invoker(ResourceType.MESSAGE_TEMPLATE, emulator);
            ObjectNode properties = Invokers.MAPPER.createObjectNode().put("WabaId", EmulatorHarness.WABA)
                    .put("TemplateName", "secrets_scan").put("Language", "en_US").put("Category", "UTILITY");
            properties.putArray("Components").addObject().put("type", "BODY")
                    .put("text", "Your parcel is on its way and arrives tomorrow morning.");
            ProgressEventJson created = invoker.run(invoker.request(Action.CREATE).desired(properties)
                    .logicalResourceId("Scan").bearerToken(Invokers.BEARER_TOKEN).build(), (r, e, n) -> { });
            assertThat(created.isSuccess()).as(created.json().toString()).isTrue();
            assertThat(invoker.invokeOnce(Action.READ, created.resourceModel(), null, null, "Scan", Invokers.BEARER_TOKEN)
                    .isSuccess()).isTrue();
            assertThat(invoker.run(invoker.request(Action.DELETE).desired(created.resourceModel())
                    .logicalResourceId("Scan").bearerToken(Invokers.BEARER_TOKEN).build(), (r, e, n) -> { }).isSuccess())
                    .isTrue();
        }
        Map<String, String> secrets = Map.of(
                "default access key id", AccessKey.DEFAULT.accessKeyId(),
                "default secret access key", AccessKey.DEFAULT.secretAccessKey(),
                "second access key id", AccessKey.SECOND.accessKeyId(),
                "second secret access key", AccessKey.SECOND.secretAccessKey(),
                "session token", Invokers.SESSION_TOKEN,
                "bearer token", Invokers.BEARER_TOKEN,
                "runner's default session token", InvocationTarget.EMULATOR_CREDENTIALS.sessionToken());
        String captured = LogCapture.text();
        List<String> leaks = new ArrayList<>();
        for (String line : captured.split("\n")) {
            secrets.forEach((what, value) -> {
                if (line.contains(value)) {
                    leaks.add(what + ": " + (line.length() > 300 ? line.substring(0, 300) + "..." : line));
                }
            });
        }
        ReportFiles.write("log-secrets-scan.txt", "handler logger lines " + LogCapture.loggerLines()
                + ", captured characters " + captured.length() + ", lines " + captured.split("\n").length
                + ", leaks " + leaks.size() + "\n" + String.join("\n", leaks) + "\n");
        assertThat(LogCapture.loggerLines()).as("the handlers logged nothing: the scan would prove nothing").isPositive();
        assertThat(leaks).isEmpty();
    }
}
