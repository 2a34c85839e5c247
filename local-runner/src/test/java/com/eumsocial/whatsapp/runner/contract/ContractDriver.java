package com.eumsocial.whatsapp.runner.contract;

import com.eumsocial.whatsapp.runner.invoke.CloudFormationRequest;
import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;
import com.eumsocial.whatsapp.runner.invoke.InvocationTarget;
import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import software.amazon.cloudformation.Action;

/**
 * Drives one resource type through the runner's {@link HandlerInvoker} (the real
 * {@code HandlerWrapper.handleRequest} with CloudFormation-shaped payloads) against the shared
 * emulator. Waiting {@code callbackDelaySeconds} moves the emulator's Meta clock instead of
 * sleeping, and the handlers are given that clock, so a day of review costs milliseconds.
 * Every event is kept, with its wall time, for the rules about events and time.
 */
final class ContractDriver {
    /** Safety net: no operation of these types needs more callbacks than a 36 h wait at 5 s. */
    private static final int MAX_INVOCATIONS = 30_000;

    private final ContractType type;
    private final HandlerInvoker invoker;

    ContractDriver(ContractType type, ContractEmulator emulator) {
        this.type = type;
        this.invoker = HandlerInvoker.builder(type.resourceType(), InvocationTarget.emulator(emulator.emulator().endpoint()))
            .clock(emulator.clock())
            .sleeper(delay -> emulator.control().advanceClock(delay))
            .maxInvocations(MAX_INVOCATIONS)
            .build();
    }

    ContractType type() {
        return type;
    }

    /** What one operation produced: every event in order, and the final one. */
    record OperationRun(List<HandlerEvent> events, HandlerEvent result) {
        List<HandlerEvent> inProgressEvents() {
            return events.stream().filter(HandlerEvent::isInProgress).toList();
        }

        /** Sum of the IN_PROGRESS events' callbackDelaySeconds: the time CloudFormation waited. */
        long waitedSeconds() {
            return inProgressEvents().stream().mapToLong(HandlerEvent::callbackDelaySeconds).sum();
        }

        ObjectNode model() {
            return result.resourceModel();
        }

        @Override
        public String toString() {
            return events.size() + " invocation(s), result " + result;
        }
    }

    static String newToken() {
        return UUID.randomUUID().toString();
    }

    /** One invocation, no loop; {@code callbackContext} null for a first invocation. */
    HandlerEvent invokeOnce(Action action, JsonNode desired, JsonNode previous, JsonNode callbackContext, String token) {
        CloudFormationRequest request = invoker.request(action).desired(desired).previous(previous)
            .callbackContext(callbackContext).bearerToken(token).logicalResourceId("ContractResource").build();
        long start = System.nanoTime();
        ProgressEventJson event = invoker.invokeOnce(request);
        return new HandlerEvent(action.name(), event.json(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** The whole operation as CloudFormation drives it (re-invoking while IN_PROGRESS). */
    OperationRun run(Action action, JsonNode desired, JsonNode previous, String token) {
        return run(invoker.request(action).desired(desired).previous(previous).bearerToken(token)
            .logicalResourceId("ContractResource").build());
    }

    /** Like CloudFormation re-sending an invocation: the loop starts from a given callback context. */
    OperationRun run(Action action, JsonNode desired, JsonNode previous, JsonNode callbackContext, String token) {
        return run(invoker.request(action).desired(desired).previous(previous).callbackContext(callbackContext)
            .bearerToken(token).logicalResourceId("ContractResource").build());
    }

    OperationRun run(CloudFormationRequest request) {
        List<HandlerEvent> events = new ArrayList<>();
        long[] last = {System.nanoTime()};
        ProgressEventJson result = invoker.run(request, (sent, event, invocation) -> {
            long now = System.nanoTime();
            events.add(new HandlerEvent(sent.action().name(), event.json(), Duration.ofNanos(now - last[0])));
            last[0] = now;
        });
        HandlerEvent last1 = events.isEmpty() ? null : events.get(events.size() - 1);
        HandlerEvent finalEvent = last1 != null && last1.json() == result.json() ? last1
            : new HandlerEvent(request.action().name(), result.json(), Duration.ZERO);
        return new OperationRun(List.copyOf(events), finalEvent);
    }

    OperationRun create(ObjectNode desired) {
        return run(Action.CREATE, desired, null, newToken());
    }

    OperationRun read(ObjectNode model) {
        return run(Action.READ, model, null, newToken());
    }

    OperationRun update(ObjectNode desired, ObjectNode previous) {
        return run(Action.UPDATE, desired, previous, newToken());
    }

    OperationRun delete(ObjectNode model) {
        return run(Action.DELETE, model, null, newToken());
    }

    /** One list page, without maxResults (CloudFormation's default). */
    HandlerEvent listPage(ObjectNode filter, String nextToken) {
        return listPage(filter, nextToken, null);
    }

    /** One list page; {@code maxResults} null leaves it out of the request. */
    HandlerEvent listPage(ObjectNode filter, String nextToken, Integer maxResults) {
        CloudFormationRequest request = invoker.request(Action.LIST).desired(filter).nextToken(nextToken).maxResults(maxResults)
            .bearerToken(newToken()).logicalResourceId("ContractResource").build();
        long start = System.nanoTime();
        ProgressEventJson event = invoker.invokeOnce(request);
        return new HandlerEvent(Action.LIST.name(), event.json(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Every page of a list, following nextToken until there is none (at most 1000 pages). */
    List<HandlerEvent> listAllPages(ObjectNode filter) {
        return listAllPages(filter, null);
    }

    List<HandlerEvent> listAllPages(ObjectNode filter, Integer maxResults) {
        List<HandlerEvent> pages = new ArrayList<>();
        String token = null;
        do {
            HandlerEvent page = listPage(filter, token, maxResults);
            pages.add(page);
            if (!page.isSuccess()) {
                break;
            }
            token = page.nextToken();
        } while (token != null && pages.size() < 1000);
        return pages;
    }

    /** The resourceModels of every page. */
    static List<ObjectNode> models(List<HandlerEvent> pages) {
        List<ObjectNode> out = new ArrayList<>();
        for (HandlerEvent page : pages) {
            JsonNode models = page.resourceModels();
            if (models != null) {
                models.forEach(m -> out.add((ObjectNode) m));
            }
        }
        return out;
    }
}
