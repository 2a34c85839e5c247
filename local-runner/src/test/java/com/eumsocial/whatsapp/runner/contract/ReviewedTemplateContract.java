package com.eumsocial.whatsapp.runner.contract;

import static com.eumsocial.whatsapp.runner.contract.ContractEmulator.EMPTY_WABA;
import static com.eumsocial.whatsapp.runner.contract.ContractEmulator.WABA;
import static com.eumsocial.whatsapp.runner.contract.ProgressEventRules.assertFailedEvent;
import static com.eumsocial.whatsapp.runner.contract.ProgressEventRules.assertInProgressEvent;
import static com.eumsocial.whatsapp.runner.contract.ProgressEventRules.assertSuccessEvent;
import static com.eumsocial.whatsapp.runner.contract.ResourceModels.identifier;
import static com.eumsocial.whatsapp.runner.contract.ResourceModels.merged;
import static com.eumsocial.whatsapp.runner.contract.ResourceModels.nullPaths;
import static com.eumsocial.whatsapp.runner.contract.ResourceModels.only;
import static com.eumsocial.whatsapp.runner.contract.ResourceModels.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.eumsocial.whatsapp.emulator.meta.OutcomeRule;
import com.eumsocial.whatsapp.runner.contract.ContractDriver.OperationRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.cloudformation.Action;

/**
 * The handler contract of cloudformation.md ("The handler contract") for the two types that
 * hold a Meta template and wait for Meta's review: every rule is one test, run by each subclass
 * against its own in-process emulator through the real Lambda entry point. Meta's review takes
 * {@link #REVIEW} on the emulator's clock; the callback loop moves that clock by each
 * callbackDelaySeconds, so nothing sleeps. Every test uses its own template names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReviewedTemplateContract {
    /** Long enough that a create goes through several IN_PROGRESS events (5 s first delay). */
    static final Duration REVIEW = Duration.ofMinutes(10);
    /** A Meta template id the emulator never issues (its ids are small counters). */
    static final String UNKNOWN_TEMPLATE_ID = "987654321098765";
    /** Generous sanity bounds of one invocation (Lambda: 60 s create/update/delete, 30 s read/list). */
    static final Duration WRITE_LIMIT = Duration.ofSeconds(60);
    static final Duration READ_LIMIT = Duration.ofSeconds(30);

    protected ContractEmulator emulator;
    protected ContractDriver driver;
    private final AtomicInteger names = new AtomicInteger();

    abstract ContractType type();

    /** Short prefix of this type's template names, e.g. "mt". */
    abstract String namePrefix();

    /** The module's inputs_1_create.json, made unique by {@code name}. */
    abstract ObjectNode createInput(String name);

    /** The module's inputs_1_update.json for the template {@code name} (same createOnly values as createInput(name)). */
    abstract ObjectNode updateInput(String name);

    /** The property the InvalidRequest message for inputs_1_invalid.json must name. */
    abstract String invalidInputProperty();

    /** The service operation that creates a template of this type. */
    abstract String createOperation();

    @BeforeAll
    void startEmulator() {
        emulator = ContractEmulator.start(REVIEW);
        driver = new ContractDriver(type(), emulator);
    }

    @AfterAll
    void stopEmulator() {
        if (emulator != null) {
            emulator.close();
        }
    }

    String uniqueName(String rule) {
        return namePrefix() + "_" + rule + "_" + names.incrementAndGet();
    }

    /** Creates through the handlers and insists on SUCCESS (a step of a test about another rule). */
    ObjectNode created(ObjectNode input) {
        OperationRun run = driver.create(input);
        assertThat(run.result().status()).as("create of %s as a step: %s", input.path("TemplateName"), run).isEqualTo("SUCCESS");
        return run.model();
    }

    void deleted(ObjectNode model) {
        OperationRun run = driver.delete(model);
        assertThat(run.result().status()).as("delete as a step: %s", run).isEqualTo("SUCCESS");
    }

    /** The create input with WaitForApproval false: create finishes while Meta's review is PENDING. */
    ObjectNode createInputNotWaiting(String name) {
        ObjectNode input = createInput(name);
        input.put("WaitForApproval", false);
        return input;
    }

    ObjectNode missingModel(String name) {
        ObjectNode model = without(createInput(name), type().writeOnly());
        model.put("MetaTemplateId", UNKNOWN_TEMPLATE_ID);
        return model;
    }

    /** The update request as the contract tests build it: created model's readOnly values, then the update input. */
    ObjectNode updateRequest(ObjectNode createdModel, String name) {
        return merged(only(createdModel, type().readOnly()), updateInput(name));
    }

    /**
     * The previous state CloudFormation itself sends: the properties declared before, writeOnly
     * values included (the contract tests send the create's output instead). Tests whose rule is
     * not about the previous state use this one, so a previous-state problem fails only its own tests.
     */
    ObjectNode declaredPrevious(ObjectNode createInput, ObjectNode createdModel) {
        return merged(createdModel, only(createInput, type().writeOnly()));
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private Set<String> readOnlyAndWriteOnly() {
        Set<String> both = new HashSet<>(type().readOnly());
        both.addAll(type().writeOnly());
        return both;
    }

    private ObjectNode waba(String id) {
        return ContractType.MAPPER.createObjectNode().put("WabaId", id);
    }

    private List<List<String>> listedIdentifiers(String wabaId) {
        List<HandlerEvent> pages = driver.listAllPages(waba(wabaId));
        pages.forEach(p -> assertThat(p.status()).as("list page %s", p).isEqualTo("SUCCESS"));
        return ContractDriver.models(pages).stream().map(m -> identifier(m, type().primaryIdentifier())).toList();
    }

    // ---------------------------------------------------------------- Create

    @Test
    @DisplayName("Create: returns SUCCESS with every primaryIdentifier set and no writeOnly property")
    void createSucceedsWithPrimaryIdentifierAndNoWriteOnlyProperty() {
        OperationRun run = driver.create(createInput(uniqueName("create_ok")));

        assertSuccessEvent(run.result());
        ObjectNode model = run.model();
        assertThat(model).as("SUCCESS model").isNotNull();
        for (String id : type().primaryIdentifier()) {
            assertThat(model.path(id).asText("")).as("primaryIdentifier %s in %s", id, model).isNotBlank();
        }
        assertThat(type().writeOnly()).as("writeOnly properties of the schema").isNotEmpty();
        for (String writeOnly : type().writeOnly()) {
            assertThat(model.has(writeOnly)).as("writeOnly %s in the SUCCESS model %s", writeOnly, model).isFalse();
        }
    }

    @Test
    @DisplayName("Create: the model equals the input (readOnly/writeOnly pruned from the input, readOnly from the output)")
    void createModelEqualsInput() {
        ObjectNode input = createInput(uniqueName("create_equal"));

        ObjectNode model = created(input);

        assertThat(without(model, type().readOnly())).isEqualTo(without(input, readOnlyAndWriteOnly()));
    }

    @Test
    @DisplayName("Create: the model equals the input also when Meta approves the UTILITY template as MARKETING (re-categorisation at review)")
    void createModelEqualsInputWhenMetaRecategorises() {
        // Meta may approve a UTILITY template as MARKETING (since April 2025); the emulator's
        // RECATEGORISED outcome does exactly that at approval.
        String name = uniqueName("create_recategorised");
        emulator.control().forceOutcome(OutcomeRule.recategorisedAfter(name, Duration.ZERO));
        ObjectNode input = createInput(name);
        assertThat(input.path("Category").asText()).isEqualTo("UTILITY");

        OperationRun run = driver.create(input);

        assertSuccessEvent(run.result());
        assertThat(without(run.model(), type().readOnly())).isEqualTo(without(input, readOnlyAndWriteOnly()));
    }

    @Test
    @DisplayName("Create: every IN_PROGRESS event already carries the primary identifier")
    void createInProgressEventsCarryPrimaryIdentifier() {
        OperationRun run = driver.create(createInput(uniqueName("create_progress")));

        assertSuccessEvent(run.result());
        assertThat(run.inProgressEvents()).as("a %s review must show as IN_PROGRESS events: %s", REVIEW, run).isNotEmpty();
        List<String> finalId = identifier(run.model(), type().primaryIdentifier());
        for (HandlerEvent event : run.inProgressEvents()) {
            assertThat(identifier(event.resourceModel(), type().primaryIdentifier()))
                .as("primary identifier of %s", event).doesNotContainNull().isEqualTo(finalId);
        }
    }

    @Test
    @DisplayName("Create: creating the same model again (new client request token) fails AlreadyExists, no second template (the rule's condition - every primary identifier createOnly - does not hold, MetaTemplateId is readOnly; the type enforces it through WabaId+TemplateName+Language)")
    void createSameModelAgainFailsAlreadyExists() {
        String name = uniqueName("create_twice");
        created(createInput(name));

        OperationRun again = driver.create(createInput(name));

        assertFailedEvent(again.result());
        assertThat(again.result().errorCode()).as("%s", again).isEqualTo("AlreadyExists");
        assertThat(emulator.liveTemplatesNamed(WABA, name)).hasSize(1);
    }

    @Test
    @DisplayName("Create: the same model again while the first is still PENDING review (WaitForApproval false) - TRADE-OFF of the lost-response rule (the service takes no idempotency token, so a retry and a second resource look alike): adopted, SUCCESS with the same MetaTemplateId, no second template")
    void createSameModelAgainWhilePendingIsAdopted() {
        String name = uniqueName("create_twice_pending");
        emulator.control().forceOutcome(OutcomeRule.pendingForever(name));
        ObjectNode first = created(createInputNotWaiting(name));

        OperationRun again = driver.create(createInputNotWaiting(name));

        assertSuccessEvent(again.result());
        assertThat(identifier(again.model(), type().primaryIdentifier())).isEqualTo(identifier(first, type().primaryIdentifier()));
        assertThat(emulator.templatesNamed(WABA, name)).hasSize(1);
    }

    @Test
    @DisplayName("Create: idempotent for the same client request token - re-invocations with the callback context (also a duplicate delivery) create nothing new")
    void createReinvocationWithSameTokenCreatesNothingNew() {
        String name = uniqueName("create_token");
        ObjectNode input = createInput(name);
        String token = ContractDriver.newToken();
        long createsBefore = emulator.calls(createOperation());

        HandlerEvent first = driver.invokeOnce(Action.CREATE, input, null, null, token);
        assertThat(first.isInProgress()).as("first invocation while the review runs: %s", first).isTrue();
        // CloudFormation delivers callbacks at least once: the same callback twice must not create again.
        HandlerEvent duplicate = driver.invokeOnce(Action.CREATE, first.resourceModel(), null, first.callbackContext(), token);
        OperationRun rest = driver.run(Action.CREATE, first.resourceModel(), null, first.callbackContext(), token);

        assertThat(duplicate.status()).as("%s", duplicate).isIn("IN_PROGRESS", "SUCCESS");
        assertSuccessEvent(rest.result());
        assertThat(identifier(rest.model(), type().primaryIdentifier()))
            .isEqualTo(identifier(first.resourceModel(), type().primaryIdentifier()));
        assertThat(emulator.templatesNamed(WABA, name)).as("templates named %s", name).hasSize(1);
        assertThat(emulator.calls(createOperation()) - createsBefore).as("%s calls", createOperation()).isEqualTo(1);
    }

    @Test
    @DisplayName("Create: idempotent for the same client request token - the first response lost, the same request again without callback context ends SUCCESS with the same template")
    void createRetriedAfterLostFirstResponseIsIdempotent() {
        String name = uniqueName("create_lost");
        ObjectNode input = createInput(name);
        String token = ContractDriver.newToken();
        long createsBefore = emulator.calls(createOperation());

        HandlerEvent lost = driver.invokeOnce(Action.CREATE, input, null, null, token);
        assertThat(lost.status()).as("the invocation whose answer is lost: %s", lost).isIn("IN_PROGRESS", "SUCCESS");
        OperationRun retry = driver.run(Action.CREATE, input, null, null, token);

        assertSuccessEvent(retry.result());
        assertThat(identifier(retry.model(), type().primaryIdentifier()))
            .isEqualTo(identifier(lost.resourceModel(), type().primaryIdentifier()));
        assertThat(emulator.templatesNamed(WABA, name)).as("templates named %s", name).hasSize(1);
        assertThat(emulator.calls(createOperation()) - createsBefore).as("%s calls", createOperation()).isEqualTo(1);
    }

    @Test
    @DisplayName("Create: inputs_1_invalid.json fails InvalidRequest naming the field, at once, and nothing is created")
    void createInvalidInputFailsInvalidRequestAndCreatesNothing() {
        ObjectNode invalid = type().input("inputs_1_invalid.json");
        long createsBefore = emulator.calls(createOperation());
        int templatesBefore = emulator.templateCount(WABA);

        OperationRun run = driver.create(invalid);

        assertFailedEvent(run.result());
        assertThat(run.result().errorCode()).as("%s", run).isEqualTo("InvalidRequest");
        assertThat(run.result().message()).contains(invalidInputProperty());
        assertThat(run.events()).as("fails in the first invocation").hasSize(1);
        assertThat(emulator.calls(createOperation())).as("%s calls", createOperation()).isEqualTo(createsBefore);
        assertThat(emulator.templateCount(WABA)).as("templates in the WABA").isEqualTo(templatesBefore);
        assertThat(emulator.templatesNamed(WABA, invalid.path("TemplateName").asText())).isEmpty();
    }

    // ---------------------------------------------------------------- Read

    @Test
    @DisplayName("Read: returns SUCCESS with the model equal to the input plus readOnly values, no null properties")
    void readReturnsInputPlusReadOnlyValues() {
        ObjectNode input = createInput(uniqueName("read_ok"));
        ObjectNode model = created(input);

        OperationRun read = driver.read(model);

        assertSuccessEvent(read.result());
        ObjectNode out = read.model();
        assertThat(nullPaths(out)).as("null properties in %s", out).isEmpty();
        for (String readOnly : type().readOnly()) {
            assertThat(out.hasNonNull(readOnly)).as("readOnly %s in %s", readOnly, out).isTrue();
        }
        assertThat(without(out, type().readOnly())).isEqualTo(without(input, readOnlyAndWriteOnly()));
        assertThat(identifier(out, type().primaryIdentifier())).isEqualTo(identifier(model, type().primaryIdentifier()));
    }

    @Test
    @DisplayName("Read: a resource that never existed fails NotFound")
    void readMissingFailsNotFound() {
        OperationRun read = driver.read(missingModel(uniqueName("read_missing")));

        assertFailedEvent(read.result());
        assertThat(read.result().errorCode()).as("%s", read).isEqualTo("NotFound");
    }

    @Test
    @DisplayName("Read: a deleted resource fails NotFound")
    void readDeletedFailsNotFound() {
        ObjectNode model = created(createInput(uniqueName("read_deleted")));
        deleted(model);

        OperationRun read = driver.read(model);

        assertFailedEvent(read.result());
        assertThat(read.result().errorCode()).as("%s", read).isEqualTo("NotFound");
    }

    @Test
    @DisplayName("Read: from the primary identifier alone (resource import, drift detection) returns the required properties as created")
    void readFromPrimaryIdentifierAlone() {
        ObjectNode model = created(createInput(uniqueName("read_import")));

        OperationRun read = driver.read(only(model, type().primaryIdentifier()));

        assertSuccessEvent(read.result());
        assertThat(nullPaths(read.model())).isEmpty();
        for (JsonNode required : type().schema().json().path("required")) {
            String property = required.asText();
            assertThat(read.model().get(property)).as("required %s in %s", property, read.model()).isEqualTo(model.get(property));
        }
    }

    @Test
    @DisplayName("Read: never IN_PROGRESS, not even while Meta's review is pending")
    void readNeverInProgress() {
        String name = uniqueName("read_pending");
        emulator.control().forceOutcome(OutcomeRule.pendingForever(name));
        ObjectNode model = created(createInputNotWaiting(name));

        OperationRun read = driver.read(model);

        assertThat(read.events()).as("read answers in one invocation").hasSize(1);
        assertSuccessEvent(read.result());
        assertThat(read.model().path("Status").asText()).isEqualTo("PENDING");
    }

    // ---------------------------------------------------------------- Update

    @Test
    @DisplayName("Update: returns SUCCESS, primaryIdentifier unchanged, model exactly {**current, **update} (writeOnly pruned)")
    void updateSucceedsWithCurrentMergedWithUpdate() {
        String name = uniqueName("update_ok");
        ObjectNode current = created(createInput(name));
        ObjectNode update = updateRequest(current, name);

        OperationRun run = driver.update(update, current);

        assertSuccessEvent(run.result());
        List<String> currentId = identifier(current, type().primaryIdentifier());
        assertThat(identifier(run.model(), type().primaryIdentifier())).isEqualTo(currentId);
        for (HandlerEvent event : run.inProgressEvents()) {
            assertThat(identifier(event.resourceModel(), type().primaryIdentifier())).as("primary identifier of %s", event)
                .isEqualTo(currentId);
        }
        assertThat(run.model()).isEqualTo(without(merged(current, update), type().writeOnly()));
    }

    @Test
    @DisplayName("Update: also with previousResourceProperties as CloudFormation sends them (the declared properties, writeOnly values included): SUCCESS, model exactly {**current, **update} (writeOnly pruned)")
    void updateWithDeclaredPreviousStateSucceeds() {
        // The contract tests pass the create's output as previous state; CloudFormation itself passes
        // the previously declared properties, which keep the writeOnly values the output cannot hold.
        String name = uniqueName("update_declared");
        ObjectNode input = createInput(name);
        ObjectNode current = created(input);
        ObjectNode declaredPrevious = merged(current, only(input, type().writeOnly()));
        ObjectNode update = updateRequest(current, name);

        OperationRun run = driver.update(update, declaredPrevious);

        assertSuccessEvent(run.result());
        assertThat(run.model()).isEqualTo(without(merged(current, update), type().writeOnly()));
    }

    @Test
    @DisplayName("Update: a read after the update returns the updated model (update input plus readOnly values)")
    void readAfterUpdateReturnsUpdatedModel() {
        String name = uniqueName("update_read");
        ObjectNode input = createInput(name);
        ObjectNode current = created(input);
        ObjectNode update = updateRequest(current, name);
        OperationRun updated = driver.update(update, declaredPrevious(input, current));
        assertThat(updated.result().status()).as("update as a step: %s", updated).isEqualTo("SUCCESS");

        OperationRun read = driver.read(updated.model());

        assertSuccessEvent(read.result());
        assertThat(without(read.model(), type().readOnly())).isEqualTo(without(update, readOnlyAndWriteOnly()));
        assertThat(identifier(read.model(), type().primaryIdentifier())).isEqualTo(identifier(current, type().primaryIdentifier()));
    }

    @Test
    @DisplayName("Update: a resource that never existed fails NotFound")
    void updateMissingFailsNotFound() {
        String name = uniqueName("update_missing");
        ObjectNode missing = missingModel(name);

        OperationRun run = driver.update(updateRequest(missing, name), missing);

        assertFailedEvent(run.result());
        assertThat(run.result().errorCode()).as("%s", run).isEqualTo("NotFound");
    }

    @Test
    @DisplayName("Update: a deleted resource fails NotFound")
    void updateDeletedFailsNotFound() {
        String name = uniqueName("update_deleted");
        ObjectNode current = created(createInput(name));
        deleted(current);

        OperationRun run = driver.update(updateRequest(current, name), current);

        assertFailedEvent(run.result());
        assertThat(run.result().errorCode()).as("%s", run).isEqualTo("NotFound");
    }

    @Test
    @DisplayName("Update: never creates a resource (update of a missing and of a deleted one leaves no template behind)")
    void updateNeverCreates() {
        String missingName = uniqueName("update_nocreate_missing");
        String deletedName = uniqueName("update_nocreate_deleted");
        ObjectNode gone = created(createInput(deletedName));
        deleted(gone);
        ObjectNode missing = missingModel(missingName);
        long createsBefore = emulator.calls(createOperation());
        int templatesBefore = emulator.templateCount(WABA);

        OperationRun onMissing = driver.update(updateRequest(missing, missingName), missing);
        OperationRun onDeleted = driver.update(updateRequest(gone, deletedName), gone);

        assertThat(onMissing.result().status()).as("%s", onMissing).isEqualTo("FAILED");
        assertThat(onDeleted.result().status()).as("%s", onDeleted).isEqualTo("FAILED");
        assertThat(emulator.calls(createOperation())).as("%s calls", createOperation()).isEqualTo(createsBefore);
        assertThat(emulator.templateCount(WABA)).isEqualTo(templatesBefore);
        assertThat(emulator.liveTemplatesNamed(WABA, missingName)).isEmpty();
        assertThat(emulator.liveTemplatesNamed(WABA, deletedName)).isEmpty();
    }

    // ---------------------------------------------------------------- Delete

    @Test
    @DisplayName("Delete: returns SUCCESS without resourceModel, and the template is gone")
    void deleteSucceedsWithoutResourceModel() {
        String name = uniqueName("delete_ok");
        ObjectNode model = created(createInput(name));

        OperationRun run = driver.delete(model);

        assertSuccessEvent(run.result());
        assertThat(run.result().hasResourceModel()).as("resourceModel in %s", run.result()).isFalse();
        assertThat(emulator.liveTemplatesNamed(WABA, name)).isEmpty();
    }

    @Test
    @DisplayName("Delete: a second delete fails NotFound")
    void secondDeleteFailsNotFound() {
        ObjectNode model = created(createInput(uniqueName("delete_twice")));
        deleted(model);

        OperationRun again = driver.delete(model);

        assertFailedEvent(again.result());
        assertThat(again.result().errorCode()).as("%s", again).isEqualTo("NotFound");
    }

    @Test
    @DisplayName("Delete: after delete, a create with the same writable identifiers succeeds (template never APPROVED: at once)")
    void createAfterDeleteSucceedsForTemplateNeverApproved() {
        // WaitForApproval false ends the create while Meta's review is PENDING; Meta's 30-day name
        // block applies only to deleted APPROVED templates, so the name is free again at once.
        String name = uniqueName("delete_recreate");
        ObjectNode first = created(createInputNotWaiting(name));
        assertThat(first.path("Status").asText()).isEqualTo("PENDING");
        deleted(first);

        OperationRun again = driver.create(createInputNotWaiting(name));

        assertSuccessEvent(again.result());
        assertThat(again.model().path("MetaTemplateId").asText()).isNotEqualTo(first.path("MetaTemplateId").asText());
        assertThat(emulator.liveTemplatesNamed(WABA, name)).hasSize(1);
    }

    @Test
    @DisplayName("Delete: after delete of an APPROVED template, a create with the same writable identifiers fails with Meta's 30-day name block, and succeeds once the Meta clock is 30 days on")
    void createAfterDeleteOfApprovedTemplateSucceedsAfterMetasNameBlock() {
        // Meta's rule, enforced by the emulator and documented by both types: the name of a
        // deleted APPROVED template cannot be reused for 30 days. The handler passes Meta's refusal
        // on; the contract's "create again succeeds" holds once the block has passed.
        String name = uniqueName("delete_recreate_approved");
        ObjectNode first = created(createInput(name));
        assertThat(first.path("Status").asText()).isEqualTo("APPROVED");
        deleted(first);

        OperationRun blocked = driver.create(createInput(name));
        emulator.control().advanceClock(Duration.ofDays(30).plusHours(1));
        OperationRun later = driver.create(createInput(name));

        assertFailedEvent(blocked.result());
        assertThat(blocked.result().message()).as("%s", blocked).contains("30 days");
        assertSuccessEvent(later.result());
        assertThat(emulator.liveTemplatesNamed(WABA, name)).hasSize(1);
    }

    // ---------------------------------------------------------------- List

    @Test
    @DisplayName("List: returns SUCCESS with resourceModels carrying the primary identifiers")
    void listSucceedsWithPrimaryIdentifiers() {
        created(createInput(uniqueName("list_ok")));

        List<HandlerEvent> pages = driver.listAllPages(waba(WABA));

        for (HandlerEvent page : pages) {
            assertSuccessEvent(page);
            assertThat(page.resourceModels()).as("resourceModels of %s", page).isNotNull();
            assertThat(page.resourceModels().isArray()).isTrue();
        }
        List<ObjectNode> models = ContractDriver.models(pages);
        assertThat(models).isNotEmpty();
        for (ObjectNode model : models) {
            assertThat(identifier(model, type().primaryIdentifier())).as("primary identifier of %s", model).doesNotContainNull();
        }
    }

    @Test
    @DisplayName("List: paginates with nextToken (more templates than one page; every template once, pages chained by the token)")
    void listPaginatesWithNextToken() {
        List<String> seeded = emulator.seedTemplates(WABA, uniqueName("list_pages"), seedCountForTwoPages(), seedFromLibrary());

        List<HandlerEvent> pages = driver.listAllPages(waba(WABA), LIST_MAX_RESULTS);

        assertThat(pages.size()).as("pages").isGreaterThanOrEqualTo(2);
        for (int i = 0; i < pages.size(); i++) {
            assertSuccessEvent(pages.get(i));
            if (i < pages.size() - 1) {
                assertThat(pages.get(i).nextToken()).as("nextToken of page %d", i + 1).isNotBlank();
            }
        }
        assertThat(pages.get(pages.size() - 1).nextToken()).as("nextToken of the last page").isNull();
        List<String> listedIds = ContractDriver.models(pages).stream().map(m -> m.path("MetaTemplateId").asText()).toList();
        assertThat(listedIds).as("no template listed twice").doesNotHaveDuplicates();
        assertThat(listedIds).containsAll(seeded);
    }

    /** CloudFormation's maxResults in the pagination test (a handler may use a fixed page size instead). */
    static final int LIST_MAX_RESULTS = 2;

    /** How many templates to seed so that the list needs at least two pages. */
    abstract int seedCountForTwoPages();

    /** Whether the seeded templates must come from the library to be listed by this type. */
    abstract boolean seedFromLibrary();

    @Test
    @DisplayName("List: created resources are in it")
    void listContainsCreated() {
        ObjectNode created = created(createInput(uniqueName("list_created")));

        List<List<String>> listed = listedIdentifiers(WABA);

        assertThat(listed).contains(identifier(created, type().primaryIdentifier()));
    }

    @Test
    @DisplayName("List: updated resources are in it")
    void listContainsUpdated() {
        String name = uniqueName("list_updated");
        ObjectNode input = createInput(name);
        ObjectNode toUpdate = created(input);
        OperationRun update = driver.update(updateRequest(toUpdate, name), declaredPrevious(input, toUpdate));
        assertThat(update.result().status()).as("update as a step: %s", update).isEqualTo("SUCCESS");

        List<List<String>> listed = listedIdentifiers(WABA);

        assertThat(listed).contains(identifier(update.model(), type().primaryIdentifier()));
    }

    @Test
    @DisplayName("List: deleted resources are not in it")
    void listLeavesOutDeleted() {
        ObjectNode model = created(createInput(uniqueName("list_deleted")));
        deleted(model);

        List<List<String>> listed = listedIdentifiers(WABA);

        assertThat(listed).doesNotContain(identifier(model, type().primaryIdentifier()));
    }

    @Test
    @DisplayName("List: an empty list is [] (resourceModels present and empty, no nextToken)")
    void listEmptyIsEmptyArray() {
        HandlerEvent page = driver.listPage(waba(EMPTY_WABA), null);

        assertSuccessEvent(page);
        assertThat(page.resourceModels()).as("resourceModels of %s", page).isNotNull();
        assertThat(page.resourceModels().isArray()).isTrue();
        assertThat(page.resourceModels()).isEmpty();
        assertThat(page.nextToken()).isNull();
    }

    // ---------------------------------------------------------------- Progress events

    /**
     * Every event of a whole life cycle, good and bad paths: create (IN_PROGRESS, SUCCESS), read,
     * update, list, delete, and the failures (invalid input, duplicate, missing, second delete, a
     * create Meta rejects).
     */
    List<HandlerEvent> lifeCycleEvents(String rule) {
        List<HandlerEvent> events = new ArrayList<>();
        String name = uniqueName(rule);
        OperationRun create = driver.create(createInput(name));
        events.addAll(create.events());
        ObjectNode model = create.model();
        events.addAll(driver.create(createInput(name)).events());
        events.addAll(driver.create(type().input("inputs_1_invalid.json")).events());
        events.addAll(driver.read(model).events());
        OperationRun update = driver.update(updateRequest(model, name), model);
        events.addAll(update.events());
        events.add(driver.listPage(waba(WABA), null));
        events.addAll(driver.delete(update.model() == null ? model : update.model()).events());
        events.addAll(driver.delete(model).events());
        events.addAll(driver.read(model).events());
        ObjectNode missing = missingModel(uniqueName(rule + "_missing"));
        events.addAll(driver.update(updateRequest(missing, name), missing).events());
        String rejectedName = uniqueName(rule + "_rejected");
        emulator.control().forceOutcome(OutcomeRule.rejected(rejectedName, "INVALID_FORMAT"));
        events.addAll(driver.create(createInput(rejectedName)).events());
        return events;
    }

    @Test
    @DisplayName("Progress events: SUCCESS has no errorCode and callbackDelaySeconds 0")
    void successEventsFollowTheRules() {
        List<HandlerEvent> success = lifeCycleEvents("events_success").stream().filter(HandlerEvent::isSuccess).toList();

        // Update's SUCCESS has its own test; here an update failure must not hide the other events.
        assertThat(success.stream().map(HandlerEvent::action)).as("actions with a SUCCESS event")
            .contains("CREATE", "READ", "LIST", "DELETE");
        success.forEach(ProgressEventRules::assertSuccessEvent);
    }

    @Test
    @DisplayName("Progress events: FAILED has a valid HandlerErrorCode name, callbackDelaySeconds 0 and no resourceModels")
    void failedEventsFollowTheRules() {
        List<HandlerEvent> failed = lifeCycleEvents("events_failed").stream().filter(HandlerEvent::isFailed).toList();

        assertThat(failed.stream().map(HandlerEvent::action)).as("actions with a FAILED event")
            .contains("CREATE", "READ", "UPDATE", "DELETE");
        failed.forEach(ProgressEventRules::assertFailedEvent);
    }

    @Test
    @DisplayName("Progress events: IN_PROGRESS has no errorCode and no resourceModels")
    void inProgressEventsFollowTheRules() {
        List<HandlerEvent> inProgress = lifeCycleEvents("events_progress").stream().filter(HandlerEvent::isInProgress).toList();

        assertThat(inProgress).as("IN_PROGRESS events while Meta reviews").isNotEmpty();
        inProgress.forEach(ProgressEventRules::assertInProgressEvent);
        // The official suite's callback loop also requires the primary identifier in every IN_PROGRESS event.
        for (HandlerEvent event : inProgress) {
            assertThat(identifier(event.resourceModel(), type().primaryIdentifier())).as("primary identifier of %s", event)
                .doesNotContainNull();
        }
    }

    // ---------------------------------------------------------------- Time

    @Test
    @DisplayName("Time: no create invocation waits for Meta's review - with the review pending forever, each invocation returns IN_PROGRESS with a callbackDelaySeconds")
    void createDoesNotWaitForReview() {
        String name = uniqueName("time_create");
        emulator.control().forceOutcome(OutcomeRule.pendingForever(name));
        String token = ContractDriver.newToken();

        HandlerEvent event = assertTimeoutPreemptively(WRITE_LIMIT,
            () -> driver.invokeOnce(Action.CREATE, createInput(name), null, null, token));
        for (int callback = 0; callback < 3; callback++) {
            assertInProgressEvent(event);
            assertThat(event.callbackDelaySeconds()).as("callbackDelaySeconds of %s", event).isPositive();
            emulator.control().advanceClock(Duration.ofSeconds(event.callbackDelaySeconds()));
            HandlerEvent previous = event;
            event = assertTimeoutPreemptively(WRITE_LIMIT,
                () -> driver.invokeOnce(Action.CREATE, previous.resourceModel(), null, previous.callbackContext(), token));
        }

        assertInProgressEvent(event);
        List<JsonNode> templates = emulator.liveTemplatesNamed(WABA, name);
        assertThat(templates).hasSize(1);
        assertThat(templates.get(0).path("status").asText()).isEqualTo("PENDING");
        assertThat(templates.get(0).path("reviewDueAt").asText()).isEqualTo("never");
        deleted(event.resourceModel());
    }

    @Test
    @DisplayName("Time: no update invocation waits for Meta's review - with the review pending forever, an update returns at once (IN_PROGRESS with a callbackDelaySeconds when it resubmits, SUCCESS when it does not)")
    void updateDoesNotWaitForReview() {
        String name = uniqueName("time_update");
        ObjectNode input;
        if (updateWaitsForReview()) {
            input = createInput(name);
        } else {
            // Nothing is resubmitted: keep the create's own review pending instead.
            emulator.control().forceOutcome(OutcomeRule.pendingForever(name));
            input = createInputNotWaiting(name);
        }
        ObjectNode current = created(input);
        emulator.control().forceOutcome(OutcomeRule.pendingForever(name));
        ObjectNode update = updateRequest(current, name);
        ObjectNode previous = declaredPrevious(input, current);

        HandlerEvent event = assertTimeoutPreemptively(WRITE_LIMIT,
            () -> driver.invokeOnce(Action.UPDATE, update, previous, null, ContractDriver.newToken()));

        if (updateWaitsForReview()) {
            assertInProgressEvent(event);
            assertThat(event.callbackDelaySeconds()).as("callbackDelaySeconds of %s", event).isPositive();
        } else {
            assertSuccessEvent(event);
        }
        List<JsonNode> templates = emulator.liveTemplatesNamed(WABA, name);
        assertThat(templates).hasSize(1);
        assertThat(templates.get(0).path("status").asText()).as("Meta's review still runs").isEqualTo("PENDING");
    }

    @Test
    @DisplayName("Time: one invocation stays within Lambda's limits (generous sanity bound: create/update/delete 60 s, read/list 30 s)")
    void invocationsStayWithinLambdaLimits() {
        List<HandlerEvent> events = lifeCycleEvents("time_limits");

        assertThat(events).isNotEmpty();
        for (HandlerEvent event : events) {
            Duration limit = event.action().equals("READ") || event.action().equals("LIST") ? READ_LIMIT : WRITE_LIMIT;
            assertThat(event.took()).as("wall time of %s", event).isLessThanOrEqualTo(limit);
        }
    }

    @Test
    @DisplayName("Time: create and update timeoutInMinutes allow 24 h of review, and a create whose review takes 24 h on Meta's clock ends SUCCESS")
    void createSurvivesADayOfReview() {
        for (String handler : type().schema().handlers()) {
            assertThat(type().timeoutInMinutes(handler)).as("handlers.%s.timeoutInMinutes (registry range)", handler).isBetween(2, 2160);
        }
        assertThat(type().timeoutInMinutes("create")).as("handlers.create.timeoutInMinutes").isGreaterThanOrEqualTo(24 * 60);
        if (type().declaresHandler("update") && updateWaitsForReview()) {
            assertThat(type().timeoutInMinutes("update")).as("handlers.update.timeoutInMinutes").isGreaterThanOrEqualTo(24 * 60);
        }
        try (ContractEmulator slowMeta = ContractEmulator.start(Duration.ofHours(24))) {
            ContractDriver slowDriver = new ContractDriver(type(), slowMeta);
            String name = uniqueName("time_day");

            OperationRun create = slowDriver.create(createInput(name));

            assertSuccessEvent(create.result());
            assertThat(create.model().path("Status").asText()).isEqualTo("APPROVED");
            assertThat(create.waitedSeconds()).as("seconds CloudFormation waited between callbacks")
                .isGreaterThanOrEqualTo(Duration.ofHours(24).toSeconds())
                .isLessThanOrEqualTo(type().timeoutInMinutes("create") * 60L);
            create.inProgressEvents().forEach(ProgressEventRules::assertInProgressEvent);
            if (updateWaitsForReview()) {
                OperationRun update = slowDriver.update(updateRequest(create.model(), name),
                    declaredPrevious(createInput(name), create.model()));
                assertSuccessEvent(update.result());
                assertThat(update.waitedSeconds()).isGreaterThanOrEqualTo(Duration.ofHours(24).toSeconds())
                    .isLessThanOrEqualTo(type().timeoutInMinutes("update") * 60L);
            }
        }
    }

    /** Whether an update submits the template to Meta's review again (and so waits for it). */
    abstract boolean updateWaitsForReview();
}
