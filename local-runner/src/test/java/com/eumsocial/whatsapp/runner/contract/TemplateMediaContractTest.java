package com.eumsocial.whatsapp.runner.contract;

import static com.eumsocial.whatsapp.runner.contract.ProgressEventRules.assertFailedEvent;
import static com.eumsocial.whatsapp.runner.contract.ProgressEventRules.assertSuccessEvent;
import static com.eumsocial.whatsapp.runner.contract.ResourceModels.identifier;
import static com.eumsocial.whatsapp.runner.contract.ResourceModels.nullPaths;
import static com.eumsocial.whatsapp.runner.contract.ResourceModels.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.eumsocial.whatsapp.runner.contract.ContractDriver.OperationRun;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
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
 * The handler contract for EUMSocial::WhatsApp::TemplateMedia. The service has one operation for
 * template media, the upload; nothing can read, list or delete a handle. Where the type therefore
 * cannot meet a rule (media-resource/docs/README.md, "Handler contract rules this type cannot
 * meet"), the test asserts what the type does instead and its display name says "DEVIATION" with
 * the documented reason. Every test uploads its own S3 object (a unique key).
 */
@DisplayName("EUMSocial::WhatsApp::TemplateMedia handler contract")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateMediaContractTest {
    private static final String UPLOAD = "CreateWhatsAppMessageTemplateMedia";
    private static final String HANDLE = "MetaHeaderHandle";
    /** Well formed (4:: and non-blank text), never issued by the emulator. */
    private static final String NEVER_ISSUED_HANDLE = "4::bmV2ZXItaXNzdWVkLWJ5LXRoZS1lbXVsYXRvcg==";
    private static final byte[] PNG = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
        "contract-suite header image".getBytes(StandardCharsets.US_ASCII));

    private final ContractType type = ContractType.TEMPLATE_MEDIA;
    private final AtomicInteger keys = new AtomicInteger();
    private ContractEmulator emulator;
    private ContractDriver driver;

    @BeforeAll
    void startEmulator() {
        emulator = ContractEmulator.start(Duration.ofMinutes(10));
        driver = new ContractDriver(type, emulator);
    }

    @AfterAll
    void stopEmulator() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** inputs_1_create.json with a key of its own, whose object is put into the emulator's S3 stand-in. */
    private ObjectNode createInput(String rule) {
        ObjectNode input = type.input("inputs_1_create.json");
        String key = "contract/" + rule + "-" + keys.incrementAndGet() + ".png";
        input.put("SourceS3Key", key);
        emulator.control().putMediaObject(input.path("SourceS3Bucket").asText(), key, "image/png", PNG);
        return input;
    }

    private ObjectNode created(ObjectNode input) {
        OperationRun run = driver.create(input);
        assertThat(run.result().status()).as("create as a step: %s", run).isEqualTo("SUCCESS");
        return run.model();
    }

    private ObjectNode handleOnly(String handle) {
        ObjectNode model = ContractType.MAPPER.createObjectNode();
        if (handle != null) {
            model.put(HANDLE, handle);
        }
        return model;
    }

    private ObjectNode listFilter() {
        return ContractType.MAPPER.createObjectNode().put("WabaId", ContractEmulator.WABA);
    }

    private Set<String> readOnlyAndWriteOnly() {
        Set<String> both = new HashSet<>(type.readOnly());
        both.addAll(type.writeOnly());
        return both;
    }

    // ---------------------------------------------------------------- Create

    @Test
    @DisplayName("Create: returns SUCCESS with every primaryIdentifier (MetaHeaderHandle) set and no writeOnly property")
    void createSucceedsWithPrimaryIdentifierAndNoWriteOnlyProperty() {
        OperationRun run = driver.create(createInput("create_ok"));

        assertSuccessEvent(run.result());
        assertThat(identifier(run.model(), type.primaryIdentifier())).doesNotContainNull();
        assertThat(run.model().path(HANDLE).asText()).startsWith("4::");
        for (String writeOnly : type.writeOnly()) {
            assertThat(run.model().has(writeOnly)).as("writeOnly %s in %s", writeOnly, run.model()).isFalse();
        }
    }

    @Test
    @DisplayName("Create: the model equals the input (readOnly MetaHeaderHandle pruned from the output)")
    void createModelEqualsInput() {
        ObjectNode input = createInput("create_equal");

        ObjectNode model = created(input);

        assertThat(without(model, type.readOnly())).isEqualTo(without(input, readOnlyAndWriteOnly()));
    }

    @Test
    @DisplayName("Create: every IN_PROGRESS event carries the primary identifier - holds trivially: the upload is one call, create answers SUCCESS in its first invocation")
    void createHasNoInProgressEvent() {
        OperationRun run = driver.create(createInput("create_progress"));

        assertThat(run.events()).as("events of the create").hasSize(1);
        assertSuccessEvent(run.result());
        for (HandlerEvent event : run.inProgressEvents()) {
            assertThat(identifier(event.resourceModel(), type.primaryIdentifier())).doesNotContainNull();
        }
    }

    @Test
    @DisplayName("Create: same model again fails AlreadyExists - NOT APPLICABLE (rule holds only when every primary identifier is createOnly; MetaHeaderHandle is readOnly): a second create is a second upload with a new handle")
    void createSameModelAgainIsANewUpload() {
        assertThat(type.createOnly()).as("createOnly properties").doesNotContainAnyElementsOf(type.primaryIdentifier());
        ObjectNode input = createInput("create_twice");
        long handlesBefore = emulator.mediaHandles();

        ObjectNode first = created(input);
        OperationRun again = driver.create(input.deepCopy());

        assertSuccessEvent(again.result());
        assertThat(again.model().path(HANDLE).asText()).isNotEqualTo(first.path(HANDLE).asText());
        assertThat(emulator.mediaHandles() - handlesBefore).as("uploads").isEqualTo(2);
    }

    @Test
    @DisplayName("Create: idempotent for the same client request token - DEVIATION (documented: the upload takes no idempotency token and nothing remembers an upload): a re-invocation after a lost response uploads again and returns a new handle")
    void createRetriedWithSameTokenUploadsAgain() {
        ObjectNode input = createInput("create_lost");
        String token = ContractDriver.newToken();
        long handlesBefore = emulator.mediaHandles();

        HandlerEvent lost = driver.invokeOnce(Action.CREATE, input, null, null, token);
        OperationRun retry = driver.run(Action.CREATE, input, null, null, token);

        assertSuccessEvent(lost);
        assertSuccessEvent(retry.result());
        assertThat(retry.model().path(HANDLE).asText()).isNotEqualTo(lost.resourceModel().path(HANDLE).asText());
        assertThat(emulator.mediaHandles() - handlesBefore).as("uploads").isEqualTo(2);
    }

    @Test
    @DisplayName("Create: inputs_1_invalid.json fails InvalidRequest naming the fields, at once, and nothing is uploaded")
    void createInvalidInputFailsInvalidRequestAndUploadsNothing() {
        long uploadsBefore = emulator.calls(UPLOAD);
        long handlesBefore = emulator.mediaHandles();

        OperationRun run = driver.create(type.input("inputs_1_invalid.json"));

        assertFailedEvent(run.result());
        assertThat(run.result().errorCode()).as("%s", run).isEqualTo("InvalidRequest");
        assertThat(run.result().message()).contains("SourceS3Bucket").contains("SourceS3Key");
        assertThat(run.events()).hasSize(1);
        assertThat(emulator.calls(UPLOAD)).as("%s calls", UPLOAD).isEqualTo(uploadsBefore);
        assertThat(emulator.mediaHandles()).isEqualTo(handlesBefore);
    }

    // ---------------------------------------------------------------- Read

    @Test
    @DisplayName("Read: returns SUCCESS with the model equal to the input plus readOnly values, no null properties")
    void readReturnsInputPlusReadOnlyValues() {
        ObjectNode input = createInput("read_ok");
        ObjectNode model = created(input);

        OperationRun read = driver.read(model);

        assertSuccessEvent(read.result());
        assertThat(nullPaths(read.model())).isEmpty();
        assertThat(read.model().path(HANDLE).asText()).isEqualTo(model.path(HANDLE).asText());
        assertThat(without(read.model(), type.readOnly())).isEqualTo(without(input, readOnlyAndWriteOnly()));
    }

    @Test
    @DisplayName("Read: a resource that never existed fails NotFound - holds for an absent or malformed handle; DEVIATION (documented: no call takes a handle) for a well-formed handle never issued, which reads SUCCESS")
    void readMissing() {
        OperationRun absent = driver.read(handleOnly(null));
        OperationRun malformed = driver.read(handleOnly("not-a-handle"));
        OperationRun neverIssued = driver.read(handleOnly(NEVER_ISSUED_HANDLE));

        assertFailedEvent(absent.result());
        assertThat(absent.result().errorCode()).isEqualTo("NotFound");
        assertFailedEvent(malformed.result());
        assertThat(malformed.result().errorCode()).isEqualTo("NotFound");
        assertSuccessEvent(neverIssued.result());
        assertThat(neverIssued.model().path(HANDLE).asText()).isEqualTo(NEVER_ISSUED_HANDLE);
    }

    @Test
    @DisplayName("Read: a deleted resource fails NotFound - DEVIATION (documented: nothing can tell a deleted or expired handle from a live one): read after delete succeeds")
    void readDeletedSucceeds() {
        ObjectNode model = created(createInput("read_deleted"));
        assertSuccessEvent(driver.delete(model).result());

        OperationRun read = driver.read(model);

        assertSuccessEvent(read.result());
        assertThat(read.model().path(HANDLE).asText()).isEqualTo(model.path(HANDLE).asText());
    }

    @Test
    @DisplayName("Read: from the primary identifier alone (resource import, drift) - DEVIATION (documented: the handle encodes nothing and nothing can be asked): only MetaHeaderHandle comes back")
    void readFromPrimaryIdentifierAlone() {
        ObjectNode model = created(createInput("read_import"));

        OperationRun read = driver.read(handleOnly(model.path(HANDLE).asText()));

        assertSuccessEvent(read.result());
        assertThat(ReviewedTemplateContract.fieldNames(read.model())).containsExactly(HANDLE);
    }

    @Test
    @DisplayName("Read: never IN_PROGRESS")
    void readNeverInProgress() {
        ObjectNode model = created(createInput("read_once"));

        List<OperationRun> reads = List.of(driver.read(model), driver.read(handleOnly(null)));

        for (OperationRun read : reads) {
            assertThat(read.events()).as("%s", read).hasSize(1);
            assertThat(read.result().status()).isIn("SUCCESS", "FAILED");
        }
    }

    // ---------------------------------------------------------------- Update

    @Test
    @DisplayName("Update: SUCCESS with {**current, **update} - NOT APPLICABLE (every property is createOnly, so CloudFormation replaces; the schema declares no update handler): a misdirected update fails NotUpdatable without a call")
    void updateIsNotUpdatable() {
        assertThat(type.declaresHandler("update")).as("schema declares an update handler").isFalse();
        List<String> writable = new ArrayList<>();
        type.schema().json().path("properties").fieldNames().forEachRemaining(writable::add);
        writable.removeAll(type.readOnly());
        assertThat(type.createOnly()).as("createOnly = every writable property").containsAll(writable);
        ObjectNode current = created(createInput("update"));
        long uploadsBefore = emulator.calls(UPLOAD);

        OperationRun run = driver.update(current.deepCopy(), current);

        assertFailedEvent(run.result());
        assertThat(run.result().errorCode()).isEqualTo("NotUpdatable");
        assertThat(emulator.calls(UPLOAD)).isEqualTo(uploadsBefore);
    }

    @Test
    @DisplayName("Update: a missing or deleted resource fails NotFound - DEVIATION (no update handler): NotUpdatable, like every update")
    void updateOfMissingOrDeletedIsNotUpdatable() {
        ObjectNode deleted = created(createInput("update_deleted"));
        assertSuccessEvent(driver.delete(deleted).result());
        ObjectNode missing = type.input("inputs_1_create.json").put(HANDLE, NEVER_ISSUED_HANDLE);

        OperationRun onDeleted = driver.update(deleted.deepCopy(), deleted);
        OperationRun onMissing = driver.update(missing.deepCopy(), missing);

        for (OperationRun run : List.of(onDeleted, onMissing)) {
            assertFailedEvent(run.result());
            assertThat(run.result().errorCode()).as("%s", run).isEqualTo("NotUpdatable");
        }
    }

    @Test
    @DisplayName("Update: never creates a resource (no upload)")
    void updateNeverCreates() {
        ObjectNode current = created(createInput("update_nocreate"));
        long uploadsBefore = emulator.calls(UPLOAD);
        long handlesBefore = emulator.mediaHandles();

        driver.update(current.deepCopy(), current);
        driver.update(handleOnly(NEVER_ISSUED_HANDLE), handleOnly(NEVER_ISSUED_HANDLE));

        assertThat(emulator.calls(UPLOAD)).isEqualTo(uploadsBefore);
        assertThat(emulator.mediaHandles()).isEqualTo(handlesBefore);
    }

    // ---------------------------------------------------------------- Delete

    @Test
    @DisplayName("Delete: returns SUCCESS without resourceModel")
    void deleteSucceedsWithoutResourceModel() {
        ObjectNode model = created(createInput("delete_ok"));

        OperationRun run = driver.delete(model);

        assertSuccessEvent(run.result());
        assertThat(run.result().hasResourceModel()).as("resourceModel in %s", run.result()).isFalse();
    }

    @Test
    @DisplayName("Delete: a second delete fails NotFound - DEVIATION (documented: delete has nothing to change or look up, so it cannot know it ran before): a second delete succeeds; an absent or malformed handle is NotFound")
    void secondDelete() {
        ObjectNode model = created(createInput("delete_twice"));
        assertSuccessEvent(driver.delete(model).result());

        OperationRun again = driver.delete(model);
        OperationRun absent = driver.delete(handleOnly(null));
        OperationRun malformed = driver.delete(handleOnly("4::"));

        assertSuccessEvent(again.result());
        assertThat(again.result().hasResourceModel()).isFalse();
        for (OperationRun run : List.of(absent, malformed)) {
            assertFailedEvent(run.result());
            assertThat(run.result().errorCode()).as("%s", run).isEqualTo("NotFound");
        }
    }

    @Test
    @DisplayName("Delete: after delete, a create with the same writable identifiers succeeds (a new upload, a new handle)")
    void createAfterDeleteSucceeds() {
        ObjectNode input = createInput("delete_recreate");
        ObjectNode first = created(input);
        assertSuccessEvent(driver.delete(first).result());

        OperationRun again = driver.create(input.deepCopy());

        assertSuccessEvent(again.result());
        assertThat(again.model().path(HANDLE).asText()).startsWith("4::").isNotEqualTo(first.path(HANDLE).asText());
    }

    // ---------------------------------------------------------------- List

    @Test
    @DisplayName("List: returns SUCCESS with resourceModels (primary identifiers at least) - the list is always [], so no model to check")
    void listSucceeds() {
        created(createInput("list_ok"));

        HandlerEvent page = driver.listPage(listFilter(), null);

        assertSuccessEvent(page);
        assertThat(page.resourceModels()).as("resourceModels of %s", page).isNotNull();
        assertThat(page.resourceModels().isArray()).isTrue();
        page.resourceModels().forEach(m -> assertThat(identifier(m, type.primaryIdentifier())).doesNotContainNull());
    }

    @Test
    @DisplayName("List: paginates with nextToken - NOT APPLICABLE (nothing to list): one page, no nextToken")
    void listHasOnePage() {
        created(createInput("list_pages"));

        List<HandlerEvent> pages = driver.listAllPages(listFilter());

        assertThat(pages).hasSize(1);
        assertSuccessEvent(pages.get(0));
        assertThat(pages.get(0).nextToken()).isNull();
    }

    @Test
    @DisplayName("List: created resources are in it - DEVIATION (documented: there is no list operation and no record of uploads): the list stays empty after a create")
    void listDoesNotContainCreated() {
        ObjectNode model = created(createInput("list_created"));

        List<ObjectNode> listed = ContractDriver.models(driver.listAllPages(listFilter()));

        assertThat(model.path(HANDLE).asText()).isNotBlank();
        assertThat(listed).isEmpty();
    }

    @Test
    @DisplayName("List: deleted resources are not in it")
    void listLeavesOutDeleted() {
        ObjectNode model = created(createInput("list_deleted"));
        assertSuccessEvent(driver.delete(model).result());

        List<ObjectNode> listed = ContractDriver.models(driver.listAllPages(listFilter()));

        assertThat(listed.stream().map(m -> m.path(HANDLE).asText())).doesNotContain(model.path(HANDLE).asText());
    }

    @Test
    @DisplayName("List: an empty list is [] (resourceModels present and empty, no nextToken)")
    void listEmptyIsEmptyArray() {
        HandlerEvent page = driver.listPage(ContractType.MAPPER.createObjectNode().put("WabaId", ContractEmulator.EMPTY_WABA), null);

        assertSuccessEvent(page);
        assertThat(page.resourceModels()).isNotNull();
        assertThat(page.resourceModels().isArray()).isTrue();
        assertThat(page.resourceModels()).isEmpty();
        assertThat(page.nextToken()).isNull();
    }

    // ---------------------------------------------------------------- Progress events

    /** Every event of a life cycle: create, read, update (misdirected), list, delete, and failures. */
    private List<HandlerEvent> lifeCycleEvents(String rule) {
        List<HandlerEvent> events = new ArrayList<>();
        OperationRun create = driver.create(createInput(rule));
        events.addAll(create.events());
        ObjectNode model = create.model();
        events.addAll(driver.create(type.input("inputs_1_invalid.json")).events());
        events.addAll(driver.read(model).events());
        events.addAll(driver.read(handleOnly("not-a-handle")).events());
        events.addAll(driver.update(model.deepCopy(), model).events());
        events.add(driver.listPage(listFilter(), null));
        events.addAll(driver.delete(model).events());
        events.addAll(driver.delete(handleOnly(null)).events());
        return events;
    }

    @Test
    @DisplayName("Progress events: SUCCESS has no errorCode and callbackDelaySeconds 0")
    void successEventsFollowTheRules() {
        List<HandlerEvent> success = lifeCycleEvents("events_success").stream().filter(HandlerEvent::isSuccess).toList();

        assertThat(success.stream().map(HandlerEvent::action)).contains("CREATE", "READ", "LIST", "DELETE");
        success.forEach(ProgressEventRules::assertSuccessEvent);
    }

    @Test
    @DisplayName("Progress events: FAILED has a valid HandlerErrorCode name, callbackDelaySeconds 0 and no resourceModels")
    void failedEventsFollowTheRules() {
        List<HandlerEvent> failed = lifeCycleEvents("events_failed").stream().filter(HandlerEvent::isFailed).toList();

        assertThat(failed.stream().map(HandlerEvent::action)).contains("CREATE", "READ", "UPDATE", "DELETE");
        failed.forEach(ProgressEventRules::assertFailedEvent);
    }

    @Test
    @DisplayName("Progress events: IN_PROGRESS has no errorCode and no resourceModels - holds trivially: no handler of this type ever answers IN_PROGRESS")
    void noInProgressEvents() {
        List<HandlerEvent> events = lifeCycleEvents("events_progress");

        assertThat(events).isNotEmpty();
        assertThat(events.stream().filter(HandlerEvent::isInProgress)).isEmpty();
        events.forEach(ProgressEventRules::assertWellFormed);
    }

    // ---------------------------------------------------------------- Time

    @Test
    @DisplayName("Time: create does not wait (nothing to review): one invocation, SUCCESS, within the 60 s sanity bound")
    void createAnswersInOneInvocation() {
        ObjectNode input = createInput("time_create");

        HandlerEvent event = assertTimeoutPreemptively(ReviewedTemplateContract.WRITE_LIMIT,
            () -> driver.invokeOnce(Action.CREATE, input, null, null, ContractDriver.newToken()));

        assertSuccessEvent(event);
    }

    @Test
    @DisplayName("Time: one invocation stays within Lambda's limits (generous sanity bound: create/update/delete 60 s, read/list 30 s)")
    void invocationsStayWithinLambdaLimits() {
        List<HandlerEvent> events = lifeCycleEvents("time_limits");

        for (HandlerEvent event : events) {
            Duration limit = event.action().equals("READ") || event.action().equals("LIST")
                ? ReviewedTemplateContract.READ_LIMIT : ReviewedTemplateContract.WRITE_LIMIT;
            assertThat(event.took()).as("wall time of %s", event).isLessThanOrEqualTo(limit);
        }
    }

    @Test
    @DisplayName("Time: every declared handler's timeoutInMinutes is within the registry's 2-2160 (no review to wait for: the default 120 suffices)")
    void timeoutsWithinRegistryRange() {
        for (String handler : type.schema().handlers()) {
            assertThat(type.timeoutInMinutes(handler)).as("handlers.%s.timeoutInMinutes", handler).isBetween(2, 2160);
        }
    }
}
