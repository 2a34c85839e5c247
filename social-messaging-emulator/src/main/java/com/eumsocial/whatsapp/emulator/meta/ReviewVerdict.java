package com.eumsocial.whatsapp.emulator.meta;

import java.time.Duration;

/**
 * What a review decides, fixed when the template is submitted and applied when the review delay
 * has passed. {@code laterStatus}/{@code laterAfter} describe a forced PAUSED/DISABLED that follows
 * the approval, or RECATEGORISED for a later move to MARKETING.
 */
record ReviewVerdict(String status, String category, String previousCategory, String rejectedReason,
                     String rejectionInfoReason, String rejectionInfoRecommendation,
                     String laterStatus, Duration laterAfter) {

    static ReviewVerdict approved(String category) {
        return new ReviewVerdict("APPROVED", category, null, null, null, null, null, null);
    }

    static ReviewVerdict recategorised(String from, String to) {
        return new ReviewVerdict("APPROVED", to, from, null, null, null, null, null);
    }

    static ReviewVerdict rejected(String category, String reason, String infoReason, String infoRecommendation) {
        return new ReviewVerdict("REJECTED", category, null, reason, infoReason, infoRecommendation, null, null);
    }

    static ReviewVerdict approvedThen(String category, String laterStatus, Duration after) {
        return new ReviewVerdict("APPROVED", category, null, null, null, null, laterStatus, after);
    }
}
