package com.eumsocial.whatsapp.reliability.review;

import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.eumsocial.whatsapp.reliability.support.EmulatorHarness;
import com.eumsocial.whatsapp.reliability.support.Invokers;
import com.eumsocial.whatsapp.reliability.support.ReportFiles;
import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;
import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import com.eumsocial.whatsapp.runner.invoke.ProgressListener;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.cloudformation.Action;

/**
 * The MessageTemplate handlers driven as CloudFormation drives them (the runner's invoker,
 * virtual time) against an emulator whose Meta reviews in 2 minutes; every operation's outcome
 * goes to a report file written on close.
 */
final class ReviewSession implements AutoCloseable {
    final EmulatorHarness emulator;
    private final HandlerInvoker invoker;
    private final String reportFile;
    private final List<String> report = new ArrayList<>();

    ReviewSession(String reportFile) {
        this.reportFile = reportFile;
        this.emulator = EmulatorHarness.start(EmulatorHarness.roomySettings().reviewDelay(Duration.ofMinutes(2)).build(),
                FaultSettings.NONE, null);
        this.invoker = Invokers.invoker(ResourceType.MESSAGE_TEMPLATE, emulator);
    }

    /** One whole operation; {@code what} names it in the report. */
    ProgressEventJson run(Action action, JsonNode desired, JsonNode previous, String what, ProgressListener listener) {
        ProgressEventJson event = invoker.run(invoker.request(action).desired(desired).previous(previous)
                .logicalResourceId("Template").bearerToken(Invokers.BEARER_TOKEN).build(), listener);
        report.add(what + ": " + event.status() + " " + event.errorCode().orElse("") + " - "
                + event.message().orElse("").replace('\n', ' '));
        return event;
    }

    void note(String line) {
        report.add(line);
    }

    @Override
    public void close() {
        ReportFiles.write(reportFile, String.join("\n", report) + "\n");
        emulator.close();
    }
}
