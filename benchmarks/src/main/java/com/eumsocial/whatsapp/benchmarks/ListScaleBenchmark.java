package com.eumsocial.whatsapp.benchmarks;

import com.eumsocial.whatsapp.commons.SocialMessagingClientFactory;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.emulator.meta.OutcomeRule;
import com.eumsocial.whatsapp.messagetemplate.HandlerWrapper;
import com.eumsocial.whatsapp.messagetemplate.ResourceModel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesResponse;

/**
 * Benchmark 4: listing a WABA that holds thousands of templates, the way CloudFormation lists
 * (one list handler invocation per page, following nextToken), against a plain SDK client
 * paging the same list (the baseline: what the handler adds). The emulator is seeded through
 * its backend directly, with Meta's per-WABA limits raised.
 */
final class ListScaleBenchmark {
    static final int[] SIZES = {1000, 3000, 6000};
    static final int REPEATS = 11;
    static final int WARM_UPS = 5;
    static final String LIST = "ListWhatsAppMessageTemplates";

    record Listing(int templates, long calls, long invocations, double seconds) { }

    record Scale(int templates, long handlerCalls, long handlerInvocations, double handlerSeconds,
                 long sdkCalls, double sdkSeconds) {
        double handlerPerThousand() {
            return handlerSeconds / (templates / 1000.0);
        }

        double sdkPerThousand() {
            return sdkSeconds / (templates / 1000.0);
        }
    }

    Report run() {
        List<Scale> scales = new ArrayList<>();
        for (int size : SIZES) {
            scales.add(measure(size));
        }
        return report(scales);
    }

    Scale measure(int size) {
        MetaSettings settings = MetaSettings.builder().reviewDelay(Duration.ZERO)
            .maxTemplatesPerWaba(size).maxCreationsPerWabaPerHour(size).build();
        try (EmulatorSession emulator = EmulatorSession.virtualTime(settings)) {
            // Approved without Meta's review rules: seeding measures nothing, so it should be quick.
            emulator.emulator.control().forceOutcome(OutcomeRule.approved("*"));
            seed(emulator, size);
            EntryPointInvoker list = new EntryPointInvoker(
                new HandlerWrapper(new SocialMessagingClientFactory(), emulator.clock));
            CloudFormationPayloads payloads =
                new CloudFormationPayloads(ResourceModel.TYPE_NAME, emulator.endpoint(), emulator.key());
            try (SocialMessagingClient client = emulator.client()) {
                // Unmeasured rounds warm the JIT and the connections.
                for (int i = 0; i < WARM_UPS; i++) {
                    listWithHandler(emulator, list, payloads, size);
                    listWithSdk(emulator, client, size);
                }
                List<Double> handlerTimes = new ArrayList<>();
                List<Double> sdkTimes = new ArrayList<>();
                Listing handler = null;
                Listing sdk = null;
                for (int i = 0; i < REPEATS; i++) {
                    // Alternate the order so neither side always runs on a warmer machine.
                    if (i % 2 == 0) {
                        handler = listWithHandler(emulator, list, payloads, size);
                        sdk = listWithSdk(emulator, client, size);
                    } else {
                        sdk = listWithSdk(emulator, client, size);
                        handler = listWithHandler(emulator, list, payloads, size);
                    }
                    handlerTimes.add(handler.seconds());
                    sdkTimes.add(sdk.seconds());
                }
                Scale s = new Scale(size, handler.calls(), handler.invocations(), Stats.median(handlerTimes),
                    sdk.calls(), Stats.median(sdkTimes));
                System.out.printf("  %d templates: handler %d List calls, %d invocations, median %.3f s (%.3f s per 1,000);"
                        + " SDK %.3f s%n", size, s.handlerCalls(), s.handlerInvocations(), s.handlerSeconds(),
                    s.handlerPerThousand(), s.sdkSeconds());
                return s;
            }
        }
    }

    private static void seed(EmulatorSession emulator, int size) {
        String account = emulator.key().accountId();
        for (int i = 0; i < size; i++) {
            String definition = "{\"name\":\"bulk_" + i + "\",\"language\":\"en_US\",\"category\":\"UTILITY\","
                + "\"components\":[{\"type\":\"BODY\",\"text\":\"Notice number " + i + " about your account.\"}]}";
            ObjectNode input = CloudFormationPayloads.JSON.createObjectNode();
            input.put("id", EmulatorSession.WABA);
            input.set("templateDefinition", new BinaryNode(definition.getBytes(StandardCharsets.UTF_8)));
            emulator.emulator.backend().invoke("CreateWhatsAppMessageTemplate", account, input);
        }
    }

    /** What CloudFormation does for a list: invoke, follow nextToken until there is none. */
    private static Listing listWithHandler(EmulatorSession emulator, EntryPointInvoker invoker,
                                           CloudFormationPayloads payloads, int expected) {
        long callsBefore = emulator.calls(LIST);
        long invocationsBefore = invoker.invocations();
        ObjectNode filter = CloudFormationPayloads.JSON.createObjectNode().put("WabaId", EmulatorSession.WABA);
        Set<String> ids = new HashSet<>();
        String token = null;
        long start = System.nanoTime();
        do {
            JsonNode event = invoker.invoke(payloads.request("LIST", filter, null, token));
            if (!EntryPointInvoker.status(event).equals("SUCCESS")) {
                throw new IllegalStateException("List failed: " + EntryPointInvoker.describe(event));
            }
            for (JsonNode model : event.path("resourceModels")) {
                ids.add(model.path("MetaTemplateId").asText());
            }
            token = event.hasNonNull("nextToken") ? event.get("nextToken").asText() : null;
        } while (token != null);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (ids.size() != expected) {
            throw new IllegalStateException("The list handler returned " + ids.size() + " templates, not " + expected);
        }
        return new Listing(expected, emulator.calls(LIST) - callsBefore, invoker.invocations() - invocationsBefore, seconds);
    }

    private static Listing listWithSdk(EmulatorSession emulator, SocialMessagingClient client, int expected) {
        long callsBefore = emulator.calls(LIST);
        int count = 0;
        String token = null;
        long start = System.nanoTime();
        do {
            ListWhatsAppMessageTemplatesResponse page = client.listWhatsAppMessageTemplates(
                ListWhatsAppMessageTemplatesRequest.builder().id(EmulatorSession.WABA).maxResults(100).nextToken(token).build());
            count += page.templates().size();
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (count != expected) {
            throw new IllegalStateException("The SDK listed " + count + " templates, not " + expected);
        }
        return new Listing(expected, emulator.calls(LIST) - callsBefore, 0, seconds);
    }

    /** The brief's bound: at most one ListWhatsAppMessageTemplates call per 100 templates. */
    static long callLimit(int templates) {
        return (templates + 99) / 100;
    }

    static Report report(List<Scale> scales) {
        Report r = new Report("4. List at scale");
        r.line("The WABA is seeded through the emulator's backend (limits raised to the size); then the real")
            .line("MessageTemplate list handler is invoked through `HandlerWrapper.handleRequest` once per page,")
            .line("following `nextToken` as CloudFormation does, and every template id must come back once.")
            .line("Baseline: a plain `SocialMessagingClient` paging the same list (100 per page). Times are the")
            .line("median of " + REPEATS + " listings after " + WARM_UPS + " warm-up rounds, handler and SDK alternating.")
            .line("");
        List<List<String>> rows = new ArrayList<>();
        Scale first = scales.get(0);
        for (Scale s : scales) {
            rows.add(List.of(Report.f("%,d", s.templates()), Long.toString(s.handlerCalls()),
                Long.toString(s.handlerInvocations()), Report.f("%.3f s", s.handlerSeconds()),
                Report.f("%.3f s", s.handlerPerThousand()), Report.f("%.2f", s.handlerPerThousand() / first.handlerPerThousand()),
                Report.f("%.3f s", s.sdkPerThousand()), Report.f("%.2f", s.handlerSeconds() / s.sdkSeconds())));
            long limit = callLimit(s.templates());
            r.target(Report.f("List calls, %,d templates", s.templates()), Long.toString(s.handlerCalls()),
                "<= " + limit, s.handlerCalls() <= limit);
        }
        Scale last = scales.get(scales.size() - 1);
        double growth = last.handlerPerThousand() / first.handlerPerThousand();
        r.target(Report.f("time per 1,000 at %,d vs %,d (linear: about 1)", last.templates(), first.templates()),
            Report.f("%.2f", growth), "<= 1.5", growth <= 1.5);
        r.table(List.of("templates", "List calls", "handler invocations", "handler: total", "handler: per 1,000",
            "per 1,000 relative to 1,000", "SDK baseline: per 1,000", "handler / SDK"), rows);
        return r;
    }
}
