package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.Recategorisation;
import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.MetaReview;
import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.ReviewPoll;
import com.eumsocial.whatsapp.commons.ReviewStep;
import com.eumsocial.whatsapp.commons.TypeHandler;
import com.eumsocial.whatsapp.commons.WabaReference;
import com.eumsocial.whatsapp.definition.InvalidDefinitionException;
import com.eumsocial.whatsapp.definition.TemplateDefinition;
import com.eumsocial.whatsapp.definition.TemplateDefinitionParser;
import com.eumsocial.whatsapp.definition.TemplateValidator;
import com.eumsocial.whatsapp.definition.DefinitionProblem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

/** What the MessageTemplate handlers share: validation, the review wait, event builders. */
abstract class BaseHandlerStd extends TypeHandler<ResourceModel, CallbackContext> {

    static MetaReview review(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        return new MetaReview(invocation.pollingSchedule(), invocation.clock(), Configuration.REVIEW_MAX_WAIT);
    }

    /** Required properties, then every rule of the definition; all problems in one InvalidRequest. */
    static ObjectNode validDefinition(ResourceModel model) {
        List<String> missing = Translator.missingRequired(model);
        if (!missing.isEmpty()) {
            throw HandlerFailure.invalidRequest("Missing required properties: " + String.join(", ", missing));
        }
        TemplateDefinition definition;
        try {
            definition = TemplateDefinitionParser.fromCloudFormationProperties(Translator.definitionJson(model));
        } catch (InvalidDefinitionException e) {
            throw Translator.invalidDefinition(e.problems());
        }
        List<DefinitionProblem> problems = TemplateValidator.validate(definition);
        if (!problems.isEmpty()) {
            throw Translator.invalidDefinition(problems);
        }
        // Meta's JSON types restored: CloudFormation may have turned nested booleans and numbers into strings.
        return (ObjectNode) definition.toJson();
    }

    static boolean waitForApproval(ResourceModel model) {
        return model.getWaitForApproval() == null || model.getWaitForApproval();
    }

    /** The desired model plus the primary identifier, for IN_PROGRESS events. */
    static ResourceModel withId(ResourceModel desired, String metaTemplateId) {
        ResourceModel model = desired.copy();
        model.setMetaTemplateId(metaTemplateId);
        return model;
    }

    static ProgressEvent<ResourceModel, CallbackContext> inProgress(ResourceModel model, CallbackContext context,
                                                                   int delaySeconds, String message) {
        return ProgressEvent.<ResourceModel, CallbackContext>builder().status(OperationStatus.IN_PROGRESS)
            .resourceModel(model).callbackContext(context).callbackDelaySeconds(delaySeconds).message(message).build();
    }

    static ProgressEvent<ResourceModel, CallbackContext> success(ResourceModel model, String message) {
        return ProgressEvent.<ResourceModel, CallbackContext>builder().status(OperationStatus.SUCCESS)
            .resourceModel(model).message(message).build();
    }

    /**
     * SUCCESS of a create or update: Meta's state with the declared Category; when Meta holds
     * another category the message and the log say so.
     */
    static ProgressEvent<ResourceModel, CallbackContext> declaredSuccess(
            HandlerInvocation<ResourceModel, CallbackContext> invocation, MetaTemplate template, ResourceModel desired,
            WabaReference waba, String message) {
        String said = Recategorisation.UPDATABLE_CATEGORY.withNote(message, template, desired.getCategory());
        if (!java.util.Objects.equals(said, message)) {
            invocation.logger().log(said);
        }
        return success(Translator.toDeclaredModel(template, desired, waba.given()), said);
    }

    /**
     * One step of waiting for Meta's review of the template in {@code context}: succeed when
     * APPROVED, keep waiting while under review or while the status read fails transiently
     * (throttled, 5xx, network; bounded, see {@code TransientReadFailures}), fail on a final refusal.
     * A template this operation created and Meta rejected is deleted (that language only) so nothing
     * is left behind.
     */
    static ProgressEvent<ResourceModel, CallbackContext> continueReview(
            HandlerInvocation<ResourceModel, CallbackContext> invocation, WabaReference waba, ResourceModel desired,
            CallbackContext context) {
        String id = context.getMetaTemplateId();
        MetaReview review = review(invocation);
        if (context.getWait() == null) {
            // The wait state carries the count of failed status reads: without it they could not be bounded.
            context.setWait(review.start());
        }
        ReviewPoll.Result poll = ReviewPoll.check(invocation.templates(), review, waba, id, context.getWait(),
            Boolean.TRUE.equals(context.getCreatedHere()));
        ReviewStep step = poll.step();
        if (step.isApproved()) {
            return declaredSuccess(invocation, poll.template(), desired, waba, step.message());
        }
        if (step.isWaiting()) {
            return inProgress(withId(desired, id), context, step.callbackDelaySeconds(), step.message());
        }
        throw step.toFailure();
    }

    /** The MetaTemplateId from the model, or NotFound naming what is missing. */
    static String requireId(String metaTemplateId, String operation) {
        if (metaTemplateId == null || metaTemplateId.isBlank()) {
            throw new HandlerFailure(HandlerErrorCode.NotFound,
                operation + " needs the MetaTemplateId primary identifier; none was given, so there is no template to act on");
        }
        return metaTemplateId;
    }
}
