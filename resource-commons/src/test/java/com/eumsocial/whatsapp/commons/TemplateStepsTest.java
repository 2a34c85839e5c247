package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.testing.Invocations;
import com.eumsocial.whatsapp.commons.testing.MetaTemplateJson;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.TemplateSummary;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

class TemplateStepsTest {
    private static final String WABA_ID = "waba-0123456789abcdef0123456789abcdef";
    private static final WabaReference WABA = WabaReference.parse(WABA_ID);
    private static final String ID = "42";
    private static final Duration REVIEW_MAX_WAIT = Duration.ofHours(3);

    /** The smallest model a template type could have. */
    static final class Model implements TemplateModel<Model> {
        String category = "UTILITY";
        Boolean waitForApproval;
        String metaTemplateId;
        String status;

        @Override
        public String getCategory() {
            return category;
        }

        @Override
        public Boolean getWaitForApproval() {
            return waitForApproval;
        }

        @Override
        public void setMetaTemplateId(String metaTemplateId) {
            this.metaTemplateId = metaTemplateId;
        }

        @Override
        public Model copy() {
            Model model = new Model();
            model.category = category;
            model.waitForApproval = waitForApproval;
            model.metaTemplateId = metaTemplateId;
            model.status = status;
            return model;
        }
    }

    /** A callback context as the template types write theirs. */
    static final class Context extends TemplateWaitContext {
    }

    private static Model declared(MetaTemplate template, Model desired, WabaReference waba) {
        Model model = desired.withId(template.id());
        model.status = template.status();
        return model;
    }

    private final TemplateSteps<Model, Context> steps =
        new TemplateSteps<>(TemplateStepsTest::declared, Recategorisation.UPDATABLE_CATEGORY, REVIEW_MAX_WAIT, Duration.ofMinutes(55));

    private SocialMessagingClient client;
    private MutableClock clock;
    private Invocations<Model, Context> invocations;
    private Context context;
    private final Model desired = new Model();

    @BeforeEach
    void setUp() {
        client = mock(SocialMessagingClient.class);
        clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        invocations = Invocations.with(client, clock);
        context = new Context();
    }

    private HandlerInvocation<Model, Context> invocation() {
        return invocations.invocation(invocations.request(desired), context);
    }

    private void templateIs(MetaTemplateJson... answers) {
        List<GetWhatsAppMessageTemplateResponse> responses = new ArrayList<>();
        for (MetaTemplateJson answer : answers) {
            responses.add(GetWhatsAppMessageTemplateResponse.builder().template(answer.build()).build());
        }
        var stub = when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)));
        stub.thenReturn(responses.get(0), responses.subList(1, responses.size()).toArray(new GetWhatsAppMessageTemplateResponse[0]));
    }

    private static MetaTemplateJson template(String status) {
        return MetaTemplateJson.template("order_update", "en_US", "UTILITY", ID).status(status);
    }

    @Nested
    class Review {
        @Test
        void submittedCarriesTheIdInTheModelAndTheContextAndWaitsTheFirstDelay() {
            ProgressEvent<Model, Context> event = steps.submitted(invocation(), desired, ID, "order_update", true, "submitted");

            assertThat(event.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
            assertThat(event.getCallbackDelaySeconds()).isEqualTo(PollingSchedule.DEFAULT.nextDelaySeconds(Duration.ZERO));
            assertThat(event.getResourceModel().metaTemplateId).isEqualTo(ID);
            assertThat(event.getMessage()).isEqualTo("submitted");
            assertThat(context.hasTemplate()).isTrue();
            assertThat(context.getCreatedHere()).isTrue();
            assertThat(context.getWait().startedAt()).isEqualTo(clock.instant());
        }

        @Test
        void withoutWaitingTheReviewIsLookedAtAtOnce() {
            desired.waitForApproval = false;

            assertThat(steps.submitted(invocation(), desired, ID, "order_update", true, "x").getCallbackDelaySeconds()).isZero();
        }

        @Test
        void aReviewLookEndsApprovedWaitingOrRejectedWithTheTemplateDeleted() {
            steps.submitted(invocation(), desired, ID, "order_update", true, "submitted");
            templateIs(template("PENDING"), template("APPROVED").category("MARKETING"), template("REJECTED"));

            ProgressEvent<Model, Context> waiting = steps.awaitReview(invocation(), WABA, desired);
            assertThat(waiting.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
            assertThat(waiting.getResourceModel().metaTemplateId).isEqualTo(ID);
            assertThat(waiting.getCallbackContext().getWait().getPolls()).isEqualTo(1);

            ProgressEvent<Model, Context> approved = steps.awaitReview(invocation(), WABA, desired);
            assertThat(approved.getStatus()).isEqualTo(OperationStatus.SUCCESS);
            assertThat(approved.getResourceModel().status).isEqualTo("APPROVED");
            assertThat(approved.getMessage()).contains("APPROVED").contains("not the declared UTILITY");
            assertThat(approved.getCallbackContext()).isNull();
            assertThat(invocations.log).anyMatch(line -> line.contains("not the declared UTILITY"));

            assertThatThrownBy(() -> steps.awaitReview(invocation(), WABA, desired))
                .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.NotStabilized))
                .hasMessageContaining("rejected template was deleted");
            verify(client).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
        }

        @Test
        void anEditsRejectionLeavesTheTemplateInPlace() {
            steps.submitted(invocation(), desired, ID, "order_update", false, "edited");
            templateIs(template("REJECTED"));

            assertThatThrownBy(() -> steps.awaitReview(invocation(), WABA, desired)).hasMessageContaining("keeps the rejected edit");
            verify(client, never()).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
        }

        @Test
        void aContextWithoutWaitStateGetsOneSoFailedReadsAreCounted() {
            context.setMetaTemplateId(ID);
            when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
                .thenThrow(ServiceErrors.throttled("slow down"));

            ProgressEvent<Model, Context> event = steps.awaitReview(invocation(), WABA, desired);

            assertThat(event.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
            assertThat(context.getWait().getTransientFailures()).isEqualTo(1);
        }

        @Test
        void withoutWaitingTheTemplateAsItIsNowIsTheResult() {
            desired.waitForApproval = false;
            context.setMetaTemplateId(ID);
            templateIs(template("PENDING"));

            ProgressEvent<Model, Context> event = steps.awaitReview(invocation(), WABA, desired);

            assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
            assertThat(event.getResourceModel().status).isEqualTo("PENDING");
            assertThat(event.getMessage()).contains("not waiting for the review");
        }

        @Test
        void withoutWaitingATemplateGoneMeanwhileIsNotFound() {
            desired.waitForApproval = false;
            context.setMetaTemplateId(ID);
            context.setTemplateName("order_update");
            when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
                .thenThrow(ServiceErrors.notFound("gone"));

            assertThatThrownBy(() -> steps.awaitReview(invocation(), WABA, desired))
                .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.NotFound))
                .hasMessageContaining("order_update (id 42)");
        }
    }

    @Nested
    class Deletion {
        @Test
        void deleteRemovesOneLanguageThenWaitsUntilGetNoLongerFindsIt() {
            MetaTemplate existing = MetaTemplate.parse(template("APPROVED").build());
            when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class))).thenReturn(
                GetWhatsAppMessageTemplateResponse.builder().template(template("APPROVED").build()).build(),
                GetWhatsAppMessageTemplateResponse.builder().template(template("DELETED").build()).build());

            ProgressEvent<Model, Context> first = steps.delete(invocation(), WABA, existing, desired);

            assertThat(first.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
            assertThat(first.getResourceModel().metaTemplateId).isEqualTo(ID);
            assertThat(first.getMessage()).contains("to disappear").contains("30 days");
            assertThat(context.getCreatedHere()).isFalse();
            ArgumentCaptor<DeleteWhatsAppMessageTemplateRequest> deleted =
                ArgumentCaptor.forClass(DeleteWhatsAppMessageTemplateRequest.class);
            verify(client).deleteWhatsAppMessageTemplate(deleted.capture());
            assertThat(deleted.getValue().templateName()).isEqualTo("order_update");
            assertThat(deleted.getValue().metaTemplateId()).isEqualTo(ID);
            assertThat(deleted.getValue().deleteAllLanguages()).isFalse();

            ProgressEvent<Model, Context> done = steps.awaitGone(invocation(), WABA, desired);
            assertThat(done.getStatus()).isEqualTo(OperationStatus.SUCCESS);
            assertThat(done.getMessage()).isEqualTo("Template order_update (id 42) deleted. " + TemplateSteps.NAME_BLOCK_WARNING);
            assertThat(invocations.log).anyMatch(line -> line.contains("Deleted template") && line.contains("30 days"));
        }

        @Test
        void aContextWithoutWaitStateStartsTheDeletionWaitNow() {
            context.setMetaTemplateId(ID);
            when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
                .thenThrow(ServiceErrors.notFound("gone"));

            assertThat(steps.awaitGone(invocation(), WABA, desired).getStatus()).isEqualTo(OperationStatus.SUCCESS);
            assertThat(context.getWait().startedAt()).isEqualTo(clock.instant());
        }
    }

    @Nested
    class Adoption {
        private final TemplateSummary taken = TemplateSummary.builder().metaTemplateId(ID).templateName("order_update")
            .templateLanguage("en_US").templateStatus("PENDING").build();

        @Test
        void thisRequestsOwnPendingTemplateIsAdopted() {
            templateIs(template("PENDING"));

            MetaTemplate adopted = steps.adoptOrRefuse(invocation(), WABA, "order_update", "en_US", taken, t -> true);

            assertThat(adopted.id()).isEqualTo(ID);
            assertThat(invocations.log).anyMatch(line -> line.startsWith("Adopting template"));
        }

        @Test
        void anotherRequestsTemplateOrAReviewedOneIsAlreadyExists() {
            templateIs(template("PENDING"), template("APPROVED"));

            assertThatThrownBy(() -> steps.adoptOrRefuse(invocation(), WABA, "order_update", "en_US", taken, t -> false))
                .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.AlreadyExists))
                .hasMessageContaining("already has a template named order_update in language en_US (id 42, status PENDING)")
                .hasMessageContaining("MetaTemplateId 42");
            assertThatThrownBy(() -> steps.adoptOrRefuse(invocation(), WABA, "order_update", "en_US", taken, t -> true))
                .hasMessageContaining("status APPROVED");
        }

        @Test
        void aSummaryWithoutIdIsRefusedWithoutARead() {
            TemplateSummary noId = taken.toBuilder().metaTemplateId(null).build();

            assertThatThrownBy(() -> steps.adoptOrRefuse(invocation(), WABA, "order_update", "en_US", noId, t -> true))
                .hasMessageContaining("status PENDING");
            verify(client, never()).getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class));
        }
    }

    @Nested
    class CreationQuota {
        private HandlerFailure hourly() {
            return ServiceErrorTranslator.translate(ServiceErrors.limitExceeded("WhatsApp Business Account " + WABA_ID
                + " has created 100 templates in the last hour; Meta allows 100 per hour"), "CreateWhatsAppMessageTemplate");
        }

        @Test
        void anHourlyQuotaRefusalWaitsWithADelayGrowingTowardTheWindow() {
            List<Integer> delays = new ArrayList<>();
            for (int attempt = 0; attempt < 7; attempt++) {
                ProgressEvent<Model, Context> event = steps.createRefused(invocation(), desired, hourly());
                assertThat(event.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
                assertThat(event.getResourceModel()).isSameAs(desired);
                assertThat(event.getMessage()).startsWith("Waiting for Meta's hourly creation quota (100 created in the last hour)");
                delays.add(event.getCallbackDelaySeconds());
                clock.advanceSeconds(event.getCallbackDelaySeconds());
            }
            assertThat(delays).containsExactly(60, 120, 240, 480, 960, 1920, 3600);
            assertThat(context.hasTemplate()).isFalse();
            assertThat(context.getWait().getPolls()).isEqualTo(7);
        }

        @Test
        void itGivesUpOnlyAtTheHandlersTimeLimit() {
            steps.createRefused(invocation(), desired, hourly());
            clock.advance(REVIEW_MAX_WAIT.minusSeconds(10));
            assertThat(steps.createRefused(invocation(), desired, hourly()).getCallbackDelaySeconds()).isEqualTo(10);
            clock.advanceSeconds(10);

            assertThatThrownBy(() -> steps.createRefused(invocation(), desired, hourly()))
                .isInstanceOfSatisfying(HandlerFailure.class,
                    f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.ServiceLimitExceeded))
                .hasMessageContaining("Gave up waiting for Meta's hourly creation quota (100 created in the last hour) after 3 h")
                .hasMessageContaining("3 attempts");
        }

        @Test
        void aRefusalWithoutACountQuotesTheService() {
            HandlerFailure refusal = new HandlerFailure(HandlerErrorCode.ServiceLimitExceeded, "hourly creation limit reached");

            assertThat(steps.createRefused(invocation(), desired, refusal).getMessage())
                .startsWith("Waiting for Meta's hourly creation quota (hourly creation limit reached)");
        }

        @Test
        void theTemplateCapFailsAtOnceSayingWhatToDo() {
            HandlerFailure cap = ServiceErrorTranslator.translate(ServiceErrors.limitExceeded("WhatsApp Business Account "
                + WABA_ID + " has reached its limit of 250 message templates"), "CreateWhatsAppMessageTemplate");

            assertThatThrownBy(() -> steps.createRefused(invocation(), desired, cap))
                .isInstanceOfSatisfying(HandlerFailure.class,
                    f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.ServiceLimitExceeded))
                .hasMessageContaining("has reached its limit of 250 message templates")
                .hasMessageContaining("delete templates it no longer needs")
                .hasMessageContaining("not retried");
            assertThat(context.getWait()).isNull();
        }

        @Test
        void anyOtherRefusalIsThrownAsItIs() {
            HandlerFailure invalid = HandlerFailure.invalidRequest("bad");

            assertThatThrownBy(() -> steps.createRefused(invocation(), desired, invalid)).isSameAs(invalid);
        }
    }

    @Test
    void theFirstInvocationGetsTheContextTheTypeMakes() {
        List<Context> seen = new ArrayList<>();
        TypeHandler<Model, Context> handler = new TypeHandler<>() {
            @Override
            protected ProgressEvent<Model, Context> handle(HandlerInvocation<Model, Context> invocation) {
                seen.add(invocation.callbackContext());
                return TemplateSteps.success(null, null);
            }

            @Override
            protected Context newCallbackContext() {
                return new Context();
            }
        };

        handler.handleRequest(invocations.invocation(invocations.request(desired), null));
        handler.handleRequest(invocation());

        assertThat(seen).hasSize(2).doesNotContainNull();
        assertThat(seen.get(1)).isSameAs(context);
    }
}
