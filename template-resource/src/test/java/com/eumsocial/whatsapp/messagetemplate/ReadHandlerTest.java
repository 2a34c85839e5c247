package com.eumsocial.whatsapp.messagetemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.testing.MetaTemplateJson;
import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

class ReadHandlerTest extends HandlerTestBase {
    private final ReadHandler handler = new ReadHandler();

    private static ResourceModel current() {
        ResourceModel model = desired();
        model.setMetaTemplateId(ID);
        return model;
    }

    @Test
    void reportsMetasStateWithTheDeclaredComponentsWhenEquivalent() {
        getReturns(meta("APPROVED").qualityScore("GREEN"));

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, current(), null);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        ResourceModel expected = current();
        expected.setStatus("APPROVED");
        expected.setQualityScore("GREEN");
        expected.setRejectedReason("NONE");
        assertThat(event.getResourceModel()).isEqualTo(expected);
        assertThat(json(event.getResourceModel()).toString()).doesNotContain("null");

        ArgumentCaptor<GetWhatsAppMessageTemplateRequest> sent = ArgumentCaptor.forClass(GetWhatsAppMessageTemplateRequest.class);
        verify(client).getWhatsAppMessageTemplate(sent.capture());
        assertThat(sent.getValue().id()).isEqualTo(WABA);
        assertThat(sent.getValue().metaTemplateId()).isEqualTo(ID);
    }

    @Test
    void stringifiedScalarsFromCloudFormationAreNotDrift() {
        String declared = "[{\"type\":\"BODY\",\"add_security_recommendation\":\"true\"},"
            + "{\"type\":\"FOOTER\",\"code_expiration_minutes\":\"10\"},"
            + "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"OTP\",\"otp_type\":\"COPY_CODE\",\"text\":\"Copy code\"}]}]";
        String returned = "[{\"type\":\"BODY\",\"text\":\"*{{1}}* is your verification code. For your security, do not share this code.\","
            + "\"add_security_recommendation\":true,\"example\":{\"body_text\":[[\"123456\"]]}},"
            + "{\"type\":\"FOOTER\",\"text\":\"This code expires in 10 minutes.\",\"code_expiration_minutes\":10},"
            + "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"OTP\",\"otp_type\":\"COPY_CODE\",\"text\":\"Copy code\"}]}]";
        getReturns(MetaTemplateJson.template(NAME, LANGUAGE, "AUTHENTICATION", ID).status("APPROVED").components(returned));
        ResourceModel model = current();
        model.setCategory("AUTHENTICATION");
        model.setComponents(components(declared));

        ResourceModel read = run(handler, model, null).getResourceModel();

        assertThat(read.getComponents()).isEqualTo(components(declared));
    }

    @Test
    void reportsMetasComponentsWhenTheyDiffer() {
        getReturns(meta("APPROVED").components(EDITED_COMPONENTS));
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, current(), null);
        assertThat(json(event.getResourceModel().getComponents()).toString()).contains("good news");
    }

    @Test
    void anImportWithOnlyTheIdentifiersGetsEverythingFromMeta() {
        getReturns(meta("APPROVED"));
        ResourceModel ids = new ResourceModel();
        ids.setWabaId(WABA_ARN);
        ids.setMetaTemplateId(ID);

        ResourceModel out = run(handler, ids, null).getResourceModel();

        assertThat(out.getWabaId()).isEqualTo(WABA_ARN);
        assertThat(out.getTemplateName()).isEqualTo(NAME);
        assertThat(out.getLanguage()).isEqualTo(LANGUAGE);
        assertThat(out.getCategory()).isEqualTo("UTILITY");
        assertThat(out.getParameterFormat()).isEqualTo("POSITIONAL");
        assertThat(out.getComponents()).hasSize(3);
    }

    @Test
    void aDeclaredParameterFormatIsKeptAndAnOmittedOneStaysOmitted() {
        getReturns(meta("APPROVED"));
        ResourceModel declared = current();
        declared.setParameterFormat("POSITIONAL");
        assertThat(run(handler, declared, null).getResourceModel().getParameterFormat()).isEqualTo("POSITIONAL");
        assertThat(run(handler, current(), null).getResourceModel().getParameterFormat()).isNull();
    }

    @Test
    void aMissingTemplateIsNotFound() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.notFound("Template not found"));
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, current(), null);
        assertThat(event.getStatus()).isEqualTo(OperationStatus.FAILED);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(event.getMessage()).contains(ID).contains(WABA);
    }

    @Test
    void deletedAndPendingDeletionTemplatesAreNotFound() {
        getReturns(meta("DELETED"), meta("PENDING_DELETION"));
        assertThat(run(handler, current(), null).getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(run(handler, current(), null).getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
    }

    @Test
    void withoutAnIdThereIsNothingToRead() {
        ResourceModel noId = desired();
        assertThat(run(handler, noId, null).getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(run(handler, null, null).getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
    }

    @Test
    void throttlingIsRetryable() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.throttled("Rate exceeded"));
        assertThat(run(handler, current(), null).getErrorCode()).isEqualTo(HandlerErrorCode.Throttling);
    }
}
