package com.eumsocial.whatsapp.runner.plan;

import com.eumsocial.whatsapp.runner.deploy.LifecycleHistory;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Meta's template lifecycle rules, checked for every change of a plan before anything is sent.
 * What is certain to fail turns the change into {@link ChangeKind#BLOCKED} with the rule; what
 * only costs time or a name becomes a note.
 *
 * <p>What Meta's API lets a client know: a template's status and category (read, list) and how
 * many templates a WABA holds (list). It does not expose a template's edit history, the names it
 * blocks after deletions, the creations of the last hour or the WABA's cap: for those the checks
 * use the runner's own {@link LifecycleHistory} (so edits and deletions made outside the runner are
 * not counted) and the given {@link MetaLimits}.
 */
public final class LifecyclePreflight {
    static final Duration EDIT_GAP = Duration.ofHours(24);
    static final int EDITS_PER_30_DAYS = 10;
    static final Duration EDIT_WINDOW = Duration.ofDays(30);
    private static final Set<String> EDITABLE = Set.of("APPROVED", "REJECTED", "PAUSED");
    private static final Set<String> NOT_SENDABLE = Set.of("PAUSED", "DISABLED", "REJECTED");

    /**
     * One change with the facts the rules need.
     *
     * @param retained        the resource stays at Meta when it leaves the stack or is replaced (DeletionPolicy /
     *                        UpdateReplacePolicy Retain)
     */
    public record Subject(Change change, String wabaId, String templateName, String metaTemplateId, String declaredCategory,
                          boolean retained) {
    }

    private LifecyclePreflight() {
    }

    /** Every change checked, in the same order; {@code liveTemplates} counts the live templates per WABA (for the cap). */
    public static Result check(List<Subject> subjects, LifecycleHistory history, MetaLimits limits, Map<String, Integer> liveTemplates,
                               Instant now) {
        List<Change> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Integer> creates = new LinkedHashMap<>();
        for (Subject s : subjects) {
            if (isTemplate(s) && createsTemplate(s.change().kind())) {
                creates.merge(s.wabaId(), 1, Integer::sum);
            }
        }
        Map<String, String> overCap = new LinkedHashMap<>();
        creates.forEach((waba, n) -> {
            int live = liveTemplates.getOrDefault(waba, 0);
            if (limits.templateCap().isPresent() && live + n > limits.templateCap().getAsInt()) {
                overCap.put(waba, "template cap: WABA " + waba + " holds " + live + " templates and this deploy creates " + n
                    + " more (deletions run last), beyond Meta's cap of " + limits.templateCap().getAsInt() + " templates per WABA");
            }
            List<Instant> recent = history.creationsInLastHour(waba, now);
            if (recent.size() + n > limits.creationsPerHour()) {
                long hours = (recent.size() + n - 1L) / limits.creationsPerHour();
                notes.add("creation quota: " + n + " template(s) to create in WABA " + waba + " (the runner created " + recent.size()
                    + " in the last hour); Meta allows " + limits.creationsPerHour() + " per hour, so the creates beyond it wait"
                    + " for the quota (about " + hours + " h in all)");
            }
        });
        if (!creates.isEmpty() && limits.templateCap().isEmpty()) {
            notes.add("template cap not checked: the API does not tell a WABA's cap (250 to 6,000); give it with --template-cap");
        }
        for (Subject s : subjects) {
            List<String> refused = new ArrayList<>();
            List<String> warned = new ArrayList<>();
            if (isTemplate(s)) {
                ChangeKind kind = s.change().kind();
                if (kind == ChangeKind.NO_CHANGE && NOT_SENDABLE.contains(String.valueOf(s.change().liveStatus()))) {
                    warned.add("Meta holds it " + s.change().liveStatus() + ": it cannot be sent"
                        + ("REJECTED".equals(s.change().liveStatus()) ? "; change the definition to submit it again"
                            : "PAUSED".equals(s.change().liveStatus()) ? " until Meta lifts the pause (or an edit passes review)"
                            : "; a DISABLED template can be neither edited nor deleted"));
                }
                if (edits(s.change())) {
                    editRules(s, history, now, refused, warned);
                }
                if (createsTemplate(kind)) {
                    history.nameBlockedUntil(s.wabaId(), s.templateName(), now).ifPresent(until -> refused.add("name blocked: the runner"
                        + " deleted a template named " + s.templateName() + " that Meta had approved; Meta blocks reusing the name"
                        + " (every language) for 30 days, until " + until));
                    if (overCap.containsKey(s.wabaId())) {
                        refused.add(overCap.get(s.wabaId()));
                    }
                }
                if (deletesTemplate(s)) {
                    deleteRules(s, refused, warned);
                }
            }
            Change c = s.change();
            if (!warned.isEmpty()) {
                c = c.noted(warned);
            }
            out.add(refused.isEmpty() ? c : c.blocked(refused));
        }
        return new Result(out, notes);
    }

    /** The checked changes and the notes for the whole stack. */
    public record Result(List<Change> changes, List<String> notes) {
    }

    private static void editRules(Subject s, LifecycleHistory history, Instant now, List<String> refused, List<String> warned) {
        String status = s.change().liveStatus();
        if (status == null) {
            return;
        }
        if (!EDITABLE.contains(status)) {
            refused.add("status " + status + ": Meta lets only APPROVED, REJECTED or PAUSED templates be edited"
                + ("DISABLED".equals(status) ? " (a DISABLED template stays as it is; give the new definition a new name)"
                    : "; deploy again when Meta's review has ended"));
            return;
        }
        if ("PAUSED".equals(status)) {
            warned.add("PAUSED by Meta (low quality): the edit sends it back to review");
        }
        if (!"APPROVED".equals(status)) {
            return;
        }
        if (s.change().changedProperties().contains("Category") && s.declaredCategory() != null && s.change().liveCategory() != null
            && !s.change().liveCategory().equalsIgnoreCase(s.declaredCategory())) {
            refused.add("category frozen: the template is APPROVED as " + s.change().liveCategory() + " and Meta does not let the"
                + " category of an approved template change (declared " + s.declaredCategory() + "); keep "
                + s.change().liveCategory() + ", or declare the new category under a new template name");
        }
        List<Instant> edits = s.metaTemplateId() == null ? List.of() : history.approvedEdits(s.wabaId(), s.metaTemplateId(), now);
        if (!edits.isEmpty()) {
            Instant last = edits.get(edits.size() - 1);
            if (now.isBefore(last.plus(EDIT_GAP))) {
                refused.add("edit quota: the runner edited this APPROVED template at " + last + "; Meta allows one edit per 24 hours,"
                    + " the next from " + last.plus(EDIT_GAP));
            }
            if (edits.size() >= EDITS_PER_30_DAYS) {
                refused.add("edit quota: the runner edited this APPROVED template " + edits.size() + " times in 30 days; Meta allows "
                    + EDITS_PER_30_DAYS + ", the next from " + edits.get(0).plus(EDIT_WINDOW));
            }
        }
        if (refused.isEmpty()) {
            warned.add("APPROVED: the edit sends it back to Meta's review (it cannot be sent meanwhile) and counts against the edit"
                + " quota (once per 24 h, 10 per 30 days)");
        }
    }

    private static void deleteRules(Subject s, List<String> refused, List<String> warned) {
        String status = s.change().liveStatus();
        if ("DISABLED".equals(status)) {
            refused.add("status DISABLED: Meta does not allow deleting a disabled template"
                + (s.change().kind() == ChangeKind.REPLACE ? " (the replacement would leave the old one); set UpdateReplacePolicy Retain"
                    : "; set DeletionPolicy Retain to let the stack forget it"));
        } else if (LifecycleHistory.blocksName(status)) {
            warned.add("deleting " + (s.change().kind() == ChangeKind.REPLACE ? "the old " : "this ") + status
                + " template blocks its name (every language) for 30 days");
        }
    }

    private static boolean isTemplate(Subject s) {
        return !s.change().type().equals(ResourceType.TEMPLATE_MEDIA.typeName()) && s.wabaId() != null;
    }

    private static boolean createsTemplate(ChangeKind kind) {
        return kind == ChangeKind.CREATE || kind == ChangeKind.REPLACE;
    }

    private static boolean edits(Change c) {
        return c.kind() == ChangeKind.UPDATE_IN_PLACE || c.kind() == ChangeKind.DRIFT_CORRECTION
            || (c.kind() == ChangeKind.ADOPT && !c.changedProperties().isEmpty());
    }

    private static boolean deletesTemplate(Subject s) {
        return (s.change().kind() == ChangeKind.DELETE || s.change().kind() == ChangeKind.REPLACE) && !s.retained()
            && s.change().liveStatus() != null;
    }
}
