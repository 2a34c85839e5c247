package com.eumsocial.whatsapp.emulator.meta;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One message template as Meta holds it. Guarded by the backend's lock. */
final class StoredTemplate {
    final String id;
    final String name;
    final String language;
    final String libraryTemplateName;
    final Instant createdAt;

    String parameterFormat;
    /** The category of the latest submission (create or edit). */
    String submittedCategory;
    /** The category Meta shows: the submitted one while pending, the verdict's after review. */
    String category;
    String previousCategory;
    /** Components as declared in the latest submission; rendered to Meta's shape on read. */
    ArrayNode components;
    /** Top-level fields of the definition other than the five Meta models (echoed back). */
    ObjectNode extras;

    String status = "PENDING";
    String rejectedReason = "NONE";
    String rejectionInfoReason;
    String rejectionInfoRecommendation;
    String qualityScore = "UNKNOWN";

    /** Decided at submission; applied at {@link #reviewDueAt}; null due time means never. */
    ReviewVerdict pendingVerdict;
    Instant reviewDueAt;
    String laterStatus;
    Instant laterStatusAt;

    /** Instants of edits made while APPROVED (Meta limits those). */
    final List<Instant> approvedEdits = new ArrayList<>();

    StoredTemplate(String id, String name, String language, String libraryTemplateName, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.language = language;
        this.libraryTemplateName = libraryTemplateName;
        this.createdAt = createdAt;
    }

    boolean isDeleted() {
        return status.equals("DELETED");
    }

    /** Puts the template under review with a verdict that takes effect at {@code dueAt}. */
    void submit(ReviewVerdict verdict, Instant dueAt) {
        status = "PENDING";
        rejectedReason = "NONE";
        rejectionInfoReason = null;
        rejectionInfoRecommendation = null;
        category = submittedCategory;
        pendingVerdict = verdict;
        reviewDueAt = dueAt;
        laterStatus = null;
        laterStatusAt = null;
    }

    /** A change Meta makes outside a review (see {@link TemplateStatusChange}); null leaves a part as it is. */
    void changeStatus(String newStatus, String newQualityScore, String newRejectionReason) {
        if (newStatus != null) {
            if (newStatus.equals("REJECTED")) {
                rejectedReason = newRejectionReason;
            } else if (!newStatus.equals("IN_APPEAL")) {
                // An appeal is about the rejection: the reason stays visible while it runs.
                rejectedReason = "NONE";
                rejectionInfoReason = null;
                rejectionInfoRecommendation = null;
            }
            status = newStatus;
            pendingVerdict = null;
            reviewDueAt = null;
            laterStatus = null;
            laterStatusAt = null;
        }
        if (newQualityScore != null) {
            qualityScore = newQualityScore;
        }
    }

    /** Applies whatever the clock says has happened by {@code now}. */
    void catchUp(Instant now) {
        if (status.equals("PENDING") && pendingVerdict != null && reviewDueAt != null && !now.isBefore(reviewDueAt)) {
            ReviewVerdict v = pendingVerdict;
            status = v.status();
            category = v.category();
            if (v.previousCategory() != null) {
                previousCategory = v.previousCategory();
            }
            rejectedReason = v.rejectedReason() == null ? "NONE" : v.rejectedReason();
            rejectionInfoReason = v.rejectionInfoReason();
            rejectionInfoRecommendation = v.rejectionInfoRecommendation();
            if (v.laterStatus() != null) {
                laterStatus = v.laterStatus();
                laterStatusAt = reviewDueAt.plus(v.laterAfter() == null ? Duration.ZERO : v.laterAfter());
            }
            pendingVerdict = null;
            reviewDueAt = null;
        }
        if (status.equals("APPROVED") && laterStatus != null && !now.isBefore(laterStatusAt)) {
            if (laterStatus.equals("RECATEGORISED")) {
                if (!category.equals("MARKETING")) {
                    previousCategory = category;
                    category = "MARKETING";
                }
            } else {
                // Meta pauses and disables templates whose quality has fallen to RED.
                status = laterStatus;
                qualityScore = "RED";
            }
            laterStatus = null;
            laterStatusAt = null;
        }
    }
}
