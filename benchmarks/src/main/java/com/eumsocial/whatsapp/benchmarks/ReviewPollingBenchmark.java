package com.eumsocial.whatsapp.benchmarks;

import com.eumsocial.whatsapp.commons.SocialMessagingClientFactory;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.messagetemplate.HandlerWrapper;
import com.eumsocial.whatsapp.messagetemplate.ResourceModel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark 1: what waiting for Meta's review costs. The real MessageTemplate create handler runs
 * through its Lambda entry point against the emulator; every IN_PROGRESS answer's
 * {@code callbackDelaySeconds} is honoured by advancing Meta's clock (and the handler's, the same
 * clock), so a 24-hour review takes seconds of real time. The project's schedule and constant
 * 5-second polling (type configuration Polling 5/5) wait for the same reviews.
 */
final class ReviewPollingBenchmark {
    static final long[] REVIEW_DELAYS_SECONDS = {30, 120, 600, 3600, 86_400};
    static final String GET = "GetWhatsAppMessageTemplate";

    /** One create that waited for one review. */
    record Wait(String schedule, long reviewSeconds, long getCalls, long invocations, long lagSeconds, double realSeconds) { }

    enum Schedule {
        PROJECT("project (0.2 x waited, 5-900 s)"),
        CONSTANT_5S("constant 5 s");

        final String label;

        Schedule(String label) {
            this.label = label;
        }
    }

    Report run() {
        List<Wait> waits = new ArrayList<>();
        for (long delay : REVIEW_DELAYS_SECONDS) {
            for (Schedule schedule : Schedule.values()) {
                Wait w = waitForReview(delay, schedule);
                waits.add(w);
                System.out.printf("  review %s, %s: %d Get, %d invocations, lag %d s (%.1f s real)%n",
                    Report.duration(delay), schedule.label, w.getCalls(), w.invocations(), w.lagSeconds(), w.realSeconds());
            }
        }
        return report(waits);
    }

    Wait waitForReview(long reviewSeconds, Schedule schedule) {
        MetaSettings settings = MetaSettings.builder().reviewDelay(Duration.ofSeconds(reviewSeconds)).build();
        try (EmulatorSession emulator = EmulatorSession.virtualTime(settings)) {
            CloudFormationPayloads payloads =
                new CloudFormationPayloads(ResourceModel.TYPE_NAME, emulator.endpoint(), emulator.key());
            if (schedule == Schedule.CONSTANT_5S) {
                // Ratio must be above 0 (PollingSchedule refuses 0); with min = max it plays no part.
                payloads.polling(5, 5, 1.0);
            }
            // The handler measures its wait on Meta's clock, which only this loop moves.
            EntryPointInvoker create = new EntryPointInvoker(
                new HandlerWrapper(new SocialMessagingClientFactory(), emulator.clock));
            long started = System.nanoTime();
            Instant submitted = emulator.clock.instant();
            JsonNode event = create.invoke(payloads.request("CREATE", properties("order_shipped"), null, null));
            while (EntryPointInvoker.status(event).equals("IN_PROGRESS")) {
                emulator.clock.advance(Duration.ofSeconds(event.path("callbackDelaySeconds").asLong()));
                event = create.invoke(payloads.request("CREATE", event.get("resourceModel"), event.get("callbackContext"), null));
            }
            if (!EntryPointInvoker.status(event).equals("SUCCESS")
                || !event.at("/resourceModel/Status").asText().equals("APPROVED")) {
                throw new IllegalStateException("The create did not end APPROVED: " + EntryPointInvoker.describe(event));
            }
            Instant approved = submitted.plusSeconds(reviewSeconds);
            long lag = Duration.between(approved, emulator.clock.instant()).toSeconds();
            return new Wait(schedule.label, reviewSeconds, emulator.calls(GET), create.invocations(), lag,
                (System.nanoTime() - started) / 1e9);
        }
    }

    static ObjectNode properties(String name) {
        ObjectNode p = CloudFormationPayloads.JSON.createObjectNode();
        p.put("WabaId", EmulatorSession.WABA);
        p.put("TemplateName", name);
        p.put("Language", "en_US");
        p.put("Category", "UTILITY");
        ObjectNode body = p.putArray("Components").addObject();
        body.put("type", "BODY");
        body.put("text", "Your order {{1}} has shipped and will arrive on {{2}} before noon.");
        body.putObject("example").putArray("body_text").addArray().add("A-1001").add("Friday");
        p.put("WaitForApproval", true);
        return p;
    }

    /** The brief's bound on detection lag: max(5 s, 20% of the review delay). */
    static long lagLimitSeconds(long reviewSeconds) {
        return Math.max(5, (long) Math.floor(0.2 * reviewSeconds));
    }

    static Report report(List<Wait> waits) {
        Report r = new Report("1. Review polling cost");
        r.line("Virtual time: the emulator's clock moves by each answer's `callbackDelaySeconds`; the real")
            .line("MessageTemplate create handler (`HandlerWrapper.handleRequest`, CloudFormation payloads) polls")
            .line("the emulator over HTTP. Lag = SUCCESS moment minus the approval moment. Constant polling is")
            .line("the type configuration `Polling {MinDelaySeconds 5, MaxDelaySeconds 5, Ratio 1}` (Ratio 0 is")
            .line("refused by the schedule; with min = max the ratio plays no part).")
            .line("");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i + 1 < waits.size(); i += 2) {
            Wait p = waits.get(i);
            Wait c = waits.get(i + 1);
            long limit = lagLimitSeconds(p.reviewSeconds());
            double ratio = (double) p.getCalls() / c.getCalls();
            rows.add(List.of(Report.duration(p.reviewSeconds()),
                Long.toString(p.getCalls()), Long.toString(p.invocations()), p.lagSeconds() + " s",
                Long.toString(c.getCalls()), Long.toString(c.invocations()), c.lagSeconds() + " s",
                Report.f("%.4f", ratio), limit + " s", Report.f("%.1f s / %.1f s", p.realSeconds(), c.realSeconds())));
            r.target("lag, review " + Report.duration(p.reviewSeconds()), p.lagSeconds() + " s", "<= " + limit + " s",
                p.lagSeconds() <= limit);
            if (p.reviewSeconds() == 600) {
                r.target("Get calls vs constant 5 s, review 10 min", Report.f("%.3f (%d / %d)", ratio, p.getCalls(), c.getCalls()),
                    "<= 0.25", ratio <= 0.25);
            }
            if (p.reviewSeconds() == 86_400) {
                r.target("Get calls vs constant 5 s, review 24 h", Report.f("%.4f (%d / %d)", ratio, p.getCalls(), c.getCalls()),
                    "<= 0.01", ratio <= 0.01);
            }
        }
        r.table(List.of("review", "project: Get", "project: invocations", "project: lag",
            "constant 5 s: Get", "constant 5 s: invocations", "constant 5 s: lag", "Get ratio project/constant",
            "lag limit", "real time project / constant"), rows);
        r.line("Invocations = 1 create + 1 per callback; every callback makes exactly one Get, so Get = invocations - 1.");
        return r;
    }
}
