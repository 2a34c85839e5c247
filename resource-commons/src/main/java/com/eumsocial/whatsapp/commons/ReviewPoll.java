package com.eumsocial.whatsapp.commons;

import java.util.Optional;

/**
 * One status check of a template under Meta's review, as every waiting type does it: Get the
 * template, decide with {@link MetaReview}, and, when the operation created the template and Meta
 * rejected it, delete it (that language only) so nothing is left behind. The caller then acts on
 * {@link Result#step()}: APPROVED -> SUCCESS with a model from {@link Result#template()}; WAIT ->
 * IN_PROGRESS after {@code step.callbackDelaySeconds()} (also after a status read that failed
 * transiently, see {@link TransientReadFailures}); REJECTED / FAILED -> {@code throw step.toFailure()}.
 */
public final class ReviewPoll {
    private ReviewPoll() {
    }

    public record Result(MetaTemplate template, ReviewStep step) {
    }

    /**
     * @param deleteIfRejected true when this operation created the template (create), false when it
     *                         existed before (update: a rejected edit leaves the template in place)
     * @return the step; when the read failed with a retriable error ({@link TransientReadFailures}) a
     *         WAIT step with a short delay and a null template (the caller returns IN_PROGRESS as usual)
     * @throws HandlerFailure NotFound when the template is gone (deleted while waiting); the read's
     *                        failure when it is not retriable or has failed too often in a row
     */
    public static Result check(WabaTemplates templates, MetaReview review, WabaReference waba, String metaTemplateId,
                               WaitState state, boolean deleteIfRejected) {
        Optional<MetaTemplate> found;
        try {
            found = templates.getLive(waba.id(), metaTemplateId);
        } catch (HandlerFailure failure) {
            return new Result(null, review.afterFailedRead(failure, state, metaTemplateId));
        }
        if (state != null) {
            state.clearTransientFailures();
        }
        if (found.isEmpty()) {
            throw HandlerFailure.notFound("Template id " + metaTemplateId + " no longer exists in WABA " + waba.id()
                + ": it was deleted while waiting for Meta's review");
        }
        MetaTemplate template = found.get();
        ReviewStep step = review.check(template, state);
        if (!step.isRejected()) {
            return new Result(template, step);
        }
        if (!deleteIfRejected) {
            return new Result(template, new ReviewStep(step.outcome(), 0, step.errorCode(), step.message()
                + ". The template keeps the rejected edit; fix the definition and update the stack again"
                + " (REJECTED templates can be edited without limit)."));
        }
        try {
            templates.deleteOne(waba.id(), template.name(), template.id());
            return new Result(template, new ReviewStep(step.outcome(), 0, step.errorCode(), step.message()
                + ". The rejected template was deleted so that nothing is left behind; fix the definition and deploy again."));
        } catch (HandlerFailure deleteFailed) {
            return new Result(template, new ReviewStep(step.outcome(), 0, step.errorCode(), step.message()
                + ". Deleting the rejected template failed too (" + deleteFailed.getMessage()
                + "); delete it by hand before deploying again."));
        }
    }
}
