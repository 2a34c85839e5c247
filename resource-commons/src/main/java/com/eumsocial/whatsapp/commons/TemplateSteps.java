package com.eumsocial.whatsapp.commons;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.socialmessaging.model.TemplateSummary;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * The steps every template type (MessageTemplate, LibraryTemplate) takes the same way, so the
 * handlers keep only what is specific to their type:
 * <ul>
 *   <li>{@link #submitted} and {@link #awaitReview}: after a create or edit, wait for Meta's
 *       review across invocations and end with {@link #succeeded} or Meta's reason;</li>
 *   <li>{@link #delete} and {@link #awaitGone}: delete one language of a template and wait until
 *       Get no longer finds it;</li>
 *   <li>{@link #adoptOrRefuse}: the name and language are taken; adopt the template when it is
 *       this very request's earlier create (its answer was lost), else AlreadyExists;</li>
 *   <li>{@link #createRefused}: a create refused for Meta's hourly creation quota waits (IN_PROGRESS,
 *       retried with a growing delay) instead of failing; a refusal for the WABA's template cap fails
 *       at once, saying so.</li>
 * </ul>
 * The steps read and write the callback context through {@link TemplateContext} and the model
 * through {@link TemplateModel}; the type gives how Meta's answer becomes its model ({@link DeclaredModel}).
 */
public final class TemplateSteps<M extends TemplateModel<M>, C extends TemplateContext> {
    /** Meta counts a WABA's template creations over the last hour (100 per hour). */
    public static final Duration CREATION_QUOTA_WINDOW = Duration.ofHours(1);
    /** Delay before the first retry of a create refused for the hourly quota; it doubles up to the window. */
    public static final int FIRST_QUOTA_DELAY_SECONDS = 60;
    /** Said with every delete: what Meta does with the name afterwards. */
    public static final String NAME_BLOCK_WARNING = "Meta blocks a deleted template's name for 30 days (in every language):"
        + " a template of that name cannot be created again before then";

    /**
     * How the refusal for the hourly creation quota reads (the emulator: "has created 100 templates
     * in the last hour; Meta allows 100 per hour"); any other LimitExceeded on a create is the WABA's
     * template cap. The service's own wording is unconfirmed (domain.md), so the words are matched here only.
     */
    private static final Pattern HOURLY_QUOTA = Pattern.compile("(?is).*(per hour|in the last hour|hourly).*");
    private static final Pattern CREATED_IN_LAST_HOUR = Pattern.compile("(\\d+) templates? in the last hour");

    /** The result of a create or update: the template as Meta has it, with the declared Category. */
    @FunctionalInterface
    public interface DeclaredModel<M> {
        M of(MetaTemplate template, M desired, WabaReference waba);
    }

    private final DeclaredModel<M> declared;
    private final Recategorisation recategorisation;
    private final Duration reviewMaxWait;
    private final Duration deleteMaxWait;

    /**
     * @param reviewMaxWait how long a create or update waits for Meta's review (a little below its handler timeout)
     * @param deleteMaxWait how long a delete waits for the template to disappear (a little below its handler timeout)
     */
    public TemplateSteps(DeclaredModel<M> declared, Recategorisation recategorisation, Duration reviewMaxWait,
                         Duration deleteMaxWait) {
        this.declared = Objects.requireNonNull(declared, "declared");
        this.recategorisation = Objects.requireNonNull(recategorisation, "recategorisation");
        this.reviewMaxWait = Objects.requireNonNull(reviewMaxWait, "reviewMaxWait");
        this.deleteMaxWait = Objects.requireNonNull(deleteMaxWait, "deleteMaxWait");
    }

    /** Meta's review as this type waits for it (schedule from the type configuration). */
    public MetaReview review(HandlerInvocation<M, C> invocation) {
        return new MetaReview(invocation.pollingSchedule(), invocation.clock(), reviewMaxWait);
    }

    /**
     * The template is at Meta (created, edited, or adopted): IN_PROGRESS carrying its id in the model
     * and the context, so no re-invocation creates or edits again. The review is looked at after
     * the schedule's first delay, or at once when the model does not wait for approval.
     *
     * @param createdHere true when this operation created the template (Meta's rejection then deletes it)
     */
    public ProgressEvent<M, C> submitted(HandlerInvocation<M, C> invocation, M desired, String metaTemplateId,
                                         String templateName, boolean createdHere, String message) {
        MetaReview review = review(invocation);
        C context = invocation.callbackContext();
        context.track(metaTemplateId, templateName, createdHere, review.start());
        int delay = desired.waitsForApproval() ? review.firstDelaySeconds() : 0;
        return inProgress(desired.withId(metaTemplateId), context, delay, message);
    }

    /**
     * One look at the template in the context. Without WaitForApproval: SUCCESS with its state now.
     * Otherwise: SUCCESS when APPROVED; IN_PROGRESS while under review or while the status read
     * fails transiently (bounded, see {@link TransientReadFailures}); a failure on a final refusal.
     * A template this operation created and Meta rejected is deleted (that language only) so that
     * nothing is left behind ({@link ReviewPoll}).
     */
    public ProgressEvent<M, C> awaitReview(HandlerInvocation<M, C> invocation, WabaReference waba, M desired) {
        C context = invocation.callbackContext();
        String id = context.getMetaTemplateId();
        if (!desired.waitsForApproval()) {
            MetaTemplate template = invocation.templates().getLive(waba.id(), id).orElseThrow(() -> HandlerFailure.notFound(
                "Template " + context.getTemplateName() + " (id " + id + ") was deleted from WABA " + waba.id()
                    + " right after this operation submitted it"));
            return succeeded(invocation, template, desired, waba, "Template " + template.describe() + " submitted to Meta"
                + " (status " + template.status() + "); not waiting for the review (WaitForApproval is false)");
        }
        MetaReview review = review(invocation);
        if (context.getWait() == null) {
            // The wait state carries the count of failed status reads: without it they could not be bounded.
            context.setWait(review.start());
        }
        ReviewPoll.Result poll = ReviewPoll.check(invocation.templates(), review, waba, id, context.getWait(),
            Boolean.TRUE.equals(context.getCreatedHere()));
        ReviewStep step = poll.step();
        if (step.isApproved()) {
            return succeeded(invocation, poll.template(), desired, waba, step.message());
        }
        if (step.isWaiting()) {
            return inProgress(desired.withId(id), context, step.callbackDelaySeconds(), step.message());
        }
        throw step.toFailure();
    }

    /**
     * SUCCESS of a create or update: Meta's state with the declared Category; when Meta holds
     * another category the message says so (and the log, as every outcome).
     */
    public ProgressEvent<M, C> succeeded(HandlerInvocation<M, C> invocation, MetaTemplate template, M desired,
                                         WabaReference waba, String message) {
        String said = recategorisation.withNote(message, template, desired.getCategory());
        invocation.logger().log(said);
        return success(declared.of(template, desired, waba), said);
    }

    /**
     * Deletes this one language of {@code template} (name + id; other languages of the name are
     * other resources), then waits until Get no longer finds it.
     */
    public ProgressEvent<M, C> delete(HandlerInvocation<M, C> invocation, WabaReference waba, MetaTemplate template,
                                      M model) {
        invocation.templates().deleteOne(waba.id(), template.name(), template.id());
        invocation.logger().log("Deleted template " + template.describe() + " from WABA " + waba.id() + ". " + NAME_BLOCK_WARNING);
        invocation.callbackContext().track(template.id(), template.name(), false,
            WaitState.startingAt(invocation.clock().instant()));
        return awaitGone(invocation, waba, model);
    }

    /**
     * One look at the deleted template in the context: SUCCESS once Get no longer finds it (missing,
     * DELETED or PENDING_DELETION), so a create of the same name and language may follow at once;
     * IN_PROGRESS otherwise ({@link DeletionWait}).
     */
    public ProgressEvent<M, C> awaitGone(HandlerInvocation<M, C> invocation, WabaReference waba, M model) {
        C context = invocation.callbackContext();
        if (context.getWait() == null) {
            context.setWait(WaitState.startingAt(invocation.clock().instant()));
        }
        String id = context.getMetaTemplateId();
        OptionalInt next = new DeletionWait(invocation.pollingSchedule(), invocation.clock(), deleteMaxWait)
            .check(invocation.templates(), waba.id(), id, context.getWait());
        String which = context.getTemplateName() + " (id " + id + ")";
        if (next.isEmpty()) {
            return success(null, "Template " + which + " deleted. " + NAME_BLOCK_WARNING);
        }
        return inProgress(model.withId(id), context, next.getAsInt(),
            "Waiting for template " + which + " to disappear after its deletion. " + NAME_BLOCK_WARNING);
    }

    /**
     * {@code templateName} + {@code language} are taken by {@code existing}. When that template is
     * the one an earlier attempt of this very request created (CloudFormation asks again without a
     * callback context when an answer was lost), it is returned to be adopted: it must still be
     * PENDING review (submitted moments ago; a reviewed template is not ours to claim) and
     * {@code sameRequest} must hold (same definition, same library entry...). Anything else is
     * someone else's template: AlreadyExists.
     */
    public MetaTemplate adoptOrRefuse(HandlerInvocation<M, C> invocation, WabaReference waba, String templateName,
                                      String language, TemplateSummary existing, Predicate<MetaTemplate> sameRequest) {
        String id = existing.metaTemplateId();
        Optional<MetaTemplate> template = id == null ? Optional.empty() : invocation.templates().getLive(waba.id(), id);
        if (template.isPresent() && submittedMomentsAgo(template.get()) && sameRequest.test(template.get())) {
            invocation.logger().log("Adopting template " + template.get().describe() + ": made by this request and still"
                + " PENDING (an earlier attempt's answer was lost)");
            return template.get();
        }
        throw alreadyExists(waba, templateName, language, id, template.map(MetaTemplate::status).orElse(existing.templateStatus()));
    }

    /**
     * A create call was refused. For Meta's hourly creation quota the create waits: IN_PROGRESS
     * with the desired model (no template exists yet, so the next invocation runs the create
     * again from the start) after a delay of {@value #FIRST_QUOTA_DELAY_SECONDS} s that doubles
     * with every refusal up to the quota window; it gives up (ServiceLimitExceeded) only when the
     * wait reaches the handler's time limit. The wait is counted in the context's {@link WaitState}.
     * For the WABA's template cap it fails at once, saying what to do; any other refusal is thrown as is.
     */
    public ProgressEvent<M, C> createRefused(HandlerInvocation<M, C> invocation, M desired, HandlerFailure refusal) {
        if (refusal.code() != HandlerErrorCode.ServiceLimitExceeded) {
            throw refusal;
        }
        String said = refusal.getMessage() == null ? "" : refusal.getMessage();
        if (!HOURLY_QUOTA.matcher(said).matches()) {
            throw new HandlerFailure(HandlerErrorCode.ServiceLimitExceeded, said + ". The WABA holds as many message"
                + " templates as Meta allows it: delete templates it no longer needs (" + NAME_BLOCK_WARNING + ") or have"
                + " Meta raise the limit (up to 6,000 for a verified business), then deploy again. The create was not"
                + " retried.", refusal);
        }
        C context = invocation.callbackContext();
        if (context.getWait() == null || context.getWait().startedAt() == null) {
            context.setWait(WaitState.startingAt(invocation.clock().instant()));
        }
        WaitState wait = context.getWait();
        wait.countPoll();
        Duration elapsed = Duration.between(wait.startedAt(), invocation.clock().instant());
        Duration remaining = reviewMaxWait.minus(elapsed);
        String quota = quotaState(said);
        if (remaining.isNegative() || remaining.isZero()) {
            throw new HandlerFailure(HandlerErrorCode.ServiceLimitExceeded, "Gave up waiting for Meta's hourly creation"
                + " quota (" + quota + ") after " + MetaReview.human(elapsed) + " and " + wait.getPolls() + " attempts: the"
                + " handler's time limit is reached. " + said, refusal);
        }
        long doubled = (long) FIRST_QUOTA_DELAY_SECONDS << Math.min(wait.getPolls() - 1, 16);
        long delay = Math.max(1, Math.min(Math.min(doubled, CREATION_QUOTA_WINDOW.toSeconds()), remaining.toSeconds()));
        String message = "Waiting for Meta's hourly creation quota (" + quota + "); attempt " + wait.getPolls()
            + " refused, next attempt in " + delay + " s";
        invocation.logger().log(message);
        return inProgress(desired, context, (int) delay, message);
    }

    /** "100 created in the last hour" when the refusal says how many, else the refusal itself. */
    private static String quotaState(String refusal) {
        Matcher count = CREATED_IN_LAST_HOUR.matcher(refusal);
        return count.find() ? count.group(1) + " created in the last hour" : refusal;
    }

    /**
     * Whether a template found under the requested name can be an earlier attempt of this request:
     * it is still PENDING its first review (a reviewed template is never adopted).
     */
    public static boolean submittedMomentsAgo(MetaTemplate template) {
        return "PENDING".equals(template.status());
    }

    /** AlreadyExists for a name and language another template holds. */
    public static HandlerFailure alreadyExists(WabaReference waba, String templateName, String language, String id,
                                               String status) {
        return new HandlerFailure(HandlerErrorCode.AlreadyExists, "WABA " + waba.id() + " already has a template named "
            + templateName + " in language " + language + " (id " + id + ", status " + status + "). Meta allows one"
            + " template per name and language: choose another TemplateName, or import the existing template into the"
            + " stack (resource import with WabaId and MetaTemplateId " + id + ").");
    }

    public static <M, C> ProgressEvent<M, C> inProgress(M model, C context, int delaySeconds, String message) {
        return ProgressEvent.<M, C>builder().status(OperationStatus.IN_PROGRESS)
            .resourceModel(model).callbackContext(context).callbackDelaySeconds(delaySeconds).message(message).build();
    }

    public static <M, C> ProgressEvent<M, C> success(M model, String message) {
        return ProgressEvent.<M, C>builder().status(OperationStatus.SUCCESS).resourceModel(model).message(message).build();
    }
}
