package com.eumsocial.whatsapp.reliability.lostresponse;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.definition.CanonicalForm;
import com.eumsocial.whatsapp.definition.Category;
import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.eumsocial.whatsapp.reliability.support.EmulatorHarness;
import com.eumsocial.whatsapp.reliability.support.Invokers;
import com.eumsocial.whatsapp.reliability.support.ReportFiles;
import com.eumsocial.whatsapp.reliability.support.ResponseDroppingProxy;
import com.eumsocial.whatsapp.runner.invoke.CloudFormationRequest;
import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;
import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.cloudformation.Action;

/**
 * Issue 8, part 2: for every service call a MessageTemplate handler makes (create, update,
 * delete), the answer of that call is lost and the invocation with it (a proxy closes the
 * connection after the emulator has applied the call, then refuses everything until revived);
 * CloudFormation re-invokes with the same request and the callback context of the last answered
 * event. The operation must end as it would have without the loss: no duplicate template, the
 * right final state. Meta's review takes 3 minutes here, and a lost invocation costs 60 s (the
 * Lambda timeout) before the re-invocation.
 */
class LostResponseTest {
    private static final Duration REVIEW = Duration.ofMinutes(3);
    private static final Duration LAMBDA_TIMEOUT = Duration.ofSeconds(60);
    private static EmulatorHarness emulator;
    private static ResponseDroppingProxy proxy;
    private static HandlerInvoker invoker;
    private static HandlerInvoker libraryInvoker;
    private static final List<String> REPORT = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        emulator = EmulatorHarness.start(EmulatorHarness.roomySettings().reviewDelay(REVIEW).build(), FaultSettings.NONE,
                null);
        proxy = new ResponseDroppingProxy(emulator.emulator().endpoint());
        invoker = Invokers.invoker(ResourceType.MESSAGE_TEMPLATE, emulator, proxy.endpoint());
        libraryInvoker = Invokers.invoker(ResourceType.LIBRARY_TEMPLATE, emulator, proxy.endpoint());
    }

    @AfterAll
    static void stop() throws Exception {
        ReportFiles.write("lost-responses.txt", String.join("\n", REPORT) + "\n");
        proxy.close();
        emulator.close();
    }

    static ObjectNode desired(String body) {
        ObjectNode p = Invokers.MAPPER.createObjectNode().put("WabaId", EmulatorHarness.WABA)
                .put("TemplateName", "order_shipped").put("Language", "en_US").put("Category", "UTILITY");
        ObjectNode component = p.putArray("Components").addObject().put("type", "BODY").put("text", body);
        component.putObject("example").putArray("body_text").addArray().add("Ana");
        return p;
    }

    static final String V1 = "Hello {{1}}, your order has shipped and arrives tomorrow morning.";
    static final String V2 = "Hello {{1}}, your order has shipped and arrives on Friday afternoon.";

    /** What one operation did with one lost answer. */
    record Outcome(ProgressEventJson event, int invocations, int lost, String droppedOperation, List<String> calls) {
    }

    /** CloudFormation's loop, where the invocation during which the proxy lost an answer is lost too. */
    static Outcome run(Action action, JsonNode desired, JsonNode previous, int dropIndex) {
        return run(invoker, action, desired, previous, dropIndex);
    }

    static Outcome run(HandlerInvoker invoker, Action action, JsonNode desired, JsonNode previous, int dropIndex) {
        // Every run starts as a new handler process (no WABA preflight remembered), so every run makes
        // the same calls as the clean one and each position loses the answer of the same call.
        com.eumsocial.whatsapp.commons.CheckedWabas.PROCESS.forget();
        proxy.revive();
        proxy.clearSeen();
        proxy.dropAnswerOf(dropIndex);
        CloudFormationRequest first = invoker.request(action).desired(desired).previous(previous)
                .logicalResourceId("OrderShipped").bearerToken(Invokers.BEARER_TOKEN).build();
        CloudFormationRequest request = first;
        ProgressEventJson lastAnswered = null;
        int lost = 0;
        String droppedOperation = null;
        for (int invocation = 1; invocation <= 300; invocation++) {
            ProgressEventJson event = invoker.invokeOnce(request);
            if (proxy.dropped() != null) {
                droppedOperation = proxy.dropped();
                lost++;
                proxy.revive();
                emulator.advance(LAMBDA_TIMEOUT);
                request = lastAnswered == null ? first
                        : first.reinvocation(lastAnswered.resourceModel(), lastAnswered.callbackContext());
                continue;
            }
            lastAnswered = event;
            if (!event.isInProgress()) {
                return new Outcome(event, invocation, lost, droppedOperation, proxy.seen());
            }
            emulator.advance(Duration.ofSeconds(event.callbackDelaySeconds()));
            request = request.reinvocation(event.resourceModel(), event.callbackContext());
        }
        throw new AssertionError(action + " did not finish in 300 invocations");
    }

    static List<JsonNode> live() {
        List<JsonNode> live = new ArrayList<>();
        emulator.templates().forEach(t -> {
            if (!List.of("DELETED", "PENDING_DELETION").contains(t.path("status").asText())) {
                live.add(t);
            }
        });
        return live;
    }

    /**
     * Which calls lose their answer: every one with {@code -Dreliability.lostResponses=all} (the
     * reliability-full profile); otherwise every call site once: each call that is not a status
     * poll, and the first, a middle and the last status poll (the same call site repeated).
     */
    static List<Integer> positions(List<String> calls) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            all.add(i);
        }
        if ("all".equals(System.getProperty("reliability.lostResponses", "sites"))) {
            return all;
        }
        List<Integer> polls = new ArrayList<>();
        List<Integer> chosen = new ArrayList<>();
        boolean afterMutation = false;
        for (int i = 0; i < calls.size(); i++) {
            boolean mutation = calls.get(i).startsWith("CreateWhatsAppMessageTemplate")
                    || calls.get(i).startsWith("Update") || calls.get(i).startsWith("Delete");
            if (afterMutation && calls.get(i).equals("GetWhatsAppMessageTemplate")) {
                polls.add(i);
            } else {
                chosen.add(i);
            }
            afterMutation |= mutation;
        }
        if (!polls.isEmpty()) {
            java.util.TreeSet<Integer> sample = new java.util.TreeSet<>(List.of(polls.get(0),
                    polls.get(polls.size() / 2), polls.get(polls.size() - 1)));
            chosen.addAll(sample);
        }
        return chosen;
    }

    static JsonNode metaTemplate(String id) throws Exception {
        return Invokers.MAPPER.readTree(emulator.client().getWhatsAppMessageTemplate(r -> r.id(EmulatorHarness.WABA)
                .metaTemplateId(id)).template());
    }

    private static String line(String what, int k, Outcome o) {
        return what + " losing call " + k + " (" + o.droppedOperation() + "): " + o.event().status() + " "
                + o.event().errorCode().orElse("") + " after " + o.invocations() + " invocations, " + o.lost() + " lost; "
                + o.event().message().orElse("").replace('\n', ' ');
    }

    @Test
    void createEndsWithOneApprovedTemplateWhicheverAnswerIsLost() throws Exception {
        emulator.emulator().control().reset();
        Outcome clean = run(Action.CREATE, desired(V1), null, -1);
        assertThat(clean.event().isSuccess()).as(clean.event().json().toString()).isTrue();
        int calls = clean.calls().size();
        REPORT.add("create without loss: " + calls + " calls " + clean.calls());
        List<String> wrong = new ArrayList<>();
        for (int k : positions(clean.calls())) {
            emulator.emulator().control().reset();
            Outcome o = run(Action.CREATE, desired(V1), null, k);
            REPORT.add(line("create", k, o));
            List<JsonNode> live = live();
            boolean ok = o.event().isSuccess() && o.lost() == 1 && live.size() == 1
                    && live.get(0).path("status").asText().equals("APPROVED")
                    && o.event().resourceModel().path("MetaTemplateId").asText().equals(live.get(0).path("metaTemplateId").asText());
            if (!ok) {
                wrong.add(line("create", k, o) + " live=" + live);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void updateEndsWithTheNewDefinitionApprovedWhicheverAnswerIsLost() throws Exception {
        emulator.emulator().control().reset();
        Outcome created = run(Action.CREATE, desired(V1), null, -1);
        ObjectNode previous = created.event().resourceModel();
        ObjectNode next = desired(V2);
        next.put("MetaTemplateId", previous.path("MetaTemplateId").asText());
        Outcome clean = run(Action.UPDATE, next, previous, -1);
        assertThat(clean.event().isSuccess()).as(clean.event().json().toString()).isTrue();
        int calls = clean.calls().size();
        REPORT.add("update without loss: " + calls + " calls " + clean.calls());
        List<String> wrong = new ArrayList<>();
        for (int k : positions(clean.calls())) {
            emulator.emulator().control().reset();
            Outcome again = run(Action.CREATE, desired(V1), null, -1);
            ObjectNode before = again.event().resourceModel();
            ObjectNode update = desired(V2);
            update.put("MetaTemplateId", before.path("MetaTemplateId").asText());
            // An APPROVED template may be edited once per 24 h: each round starts a day later.
            emulator.advance(Duration.ofDays(1));
            Outcome o = run(Action.UPDATE, update, before, k);
            REPORT.add(line("update", k, o));
            List<JsonNode> live = live();
            boolean ok = o.event().isSuccess() && o.lost() == 1 && live.size() == 1;
            if (ok) {
                JsonNode meta = metaTemplate(live.get(0).path("metaTemplateId").asText());
                ok = meta.path("status").asText().equals("APPROVED")
                        && CanonicalForm.sameComponents(update.get("Components"), meta.get("components"), Category.UTILITY);
                if (!ok) {
                    wrong.add(line("update", k, o) + " but Meta holds status " + meta.path("status").asText()
                            + " and components " + meta.get("components"));
                    continue;
                }
            }
            if (!ok) {
                wrong.add(line("update", k, o) + " live=" + live);
            }
        }
        assertThat(wrong).isEmpty();
    }

    static ObjectNode library(String name) {
        return Invokers.MAPPER.createObjectNode().put("WabaId", EmulatorHarness.WABA).put("TemplateName", name)
                .put("LibraryTemplateName", "payment_received").put("Category", "UTILITY").put("Language", "en_US");
    }

    @Test
    void libraryTemplateCreateAndDeleteEndRightWhicheverAnswerIsLost() {
        emulator.emulator().control().reset();
        Outcome clean = run(libraryInvoker, Action.CREATE, library("payment_notice"), null, -1);
        assertThat(clean.event().isSuccess()).as(clean.event().json().toString()).isTrue();
        REPORT.add("library create without loss: " + clean.calls().size() + " calls " + clean.calls());
        Outcome cleanDelete = run(libraryInvoker, Action.DELETE, clean.event().resourceModel(), null, -1);
        assertThat(cleanDelete.event().isSuccess()).isTrue();
        REPORT.add("library delete without loss: " + cleanDelete.calls().size() + " calls " + cleanDelete.calls());
        List<String> wrong = new ArrayList<>();
        for (int k : positions(clean.calls())) {
            emulator.emulator().control().reset();
            Outcome o = run(libraryInvoker, Action.CREATE, library("payment_notice"), null, k);
            REPORT.add(line("library create", k, o));
            List<JsonNode> live = live();
            if (!(o.event().isSuccess() && o.lost() == 1 && live.size() == 1
                    && live.get(0).path("status").asText().equals("APPROVED"))) {
                wrong.add(line("library create", k, o) + " live=" + live);
            }
        }
        for (int k : positions(cleanDelete.calls())) {
            emulator.emulator().control().reset();
            Outcome made = run(libraryInvoker, Action.CREATE, library("payment_notice_" + k), null, -1);
            Outcome o = run(libraryInvoker, Action.DELETE, made.event().resourceModel(), null, k);
            REPORT.add(line("library delete", k, o));
            if (!((o.event().isSuccess() || o.event().errorCode().orElse("").equals("NotFound")) && o.lost() == 1
                    && live().isEmpty())) {
                wrong.add(line("library delete", k, o) + " live=" + live());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void deleteLeavesNothingWhicheverAnswerIsLost() {
        emulator.emulator().control().reset();
        Outcome created = run(Action.CREATE, desired(V1), null, -1);
        Outcome clean = run(Action.DELETE, created.event().resourceModel(), null, -1);
        assertThat(clean.event().isSuccess()).as(clean.event().json().toString()).isTrue();
        int calls = clean.calls().size();
        REPORT.add("delete without loss: " + calls + " calls " + clean.calls());
        List<String> wrong = new ArrayList<>();
        for (int k : positions(clean.calls())) {
            emulator.emulator().control().reset();
            // A deleted APPROVED name is blocked for 30 days: each round creates a new name.
            ObjectNode fresh = desired(V1).put("TemplateName", "order_shipped_" + k);
            Outcome made = run(Action.CREATE, fresh, null, -1);
            Outcome o = run(Action.DELETE, made.event().resourceModel(), null, k);
            REPORT.add(line("delete", k, o));
            // CloudFormation takes NotFound from a delete as "already gone".
            boolean ok = (o.event().isSuccess() || o.event().errorCode().orElse("").equals("NotFound"))
                    && o.lost() == 1 && live().isEmpty();
            if (!ok) {
                wrong.add(line("delete", k, o) + " live=" + live());
            }
        }
        assertThat(wrong).isEmpty();
    }
}
