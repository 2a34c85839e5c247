package com.eumsocial.whatsapp.emulator.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The template operations, with Meta's rules. Called under the backend's lock. */
final class TemplateOperations {
    static final Duration NAME_REUSE_BLOCK = Duration.ofDays(30);
    static final Duration CREATION_WINDOW = Duration.ofHours(1);
    static final Duration APPROVED_EDIT_MIN_GAP = Duration.ofHours(24);
    static final Duration APPROVED_EDIT_WINDOW = Duration.ofDays(30);
    static final int APPROVED_EDITS_PER_WINDOW = 10;
    /**
     * Reason given when a template repeats the wording of another: Meta's documentation says such
     * templates are rejected but not with which reason; the emulator uses INVALID_FORMAT with a
     * rejection_info that says so.
     */
    static final String DUPLICATE_WORDING_REASON = "INVALID_FORMAT";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final MetaState state;

    TemplateOperations(MetaState state) {
        this.state = state;
    }

    /**
     * What a create with an existing name+language answers. The real service's answer is
     * unconfirmed (domain.md section 1); this is the one place to change it.
     */
    static ServiceError duplicateNameAndLanguage(StoredTemplate existing) {
        return ServiceError.invalidParameters("A template named " + existing.name + " already exists in language "
                + existing.language + " (metaTemplateId " + existing.id + "); templates are unique by name and"
                + " language");
    }

    ObjectNode create(String accountId, ObjectNode input) {
        WabaState waba = state.waba(accountId, InputMembers.requiredText(input, "id"), "id");
        String json = InputMembers.blobText(input, "templateDefinition", true);
        DefinitionShape.Parsed d = DefinitionShape.parseDefinition(json);
        StoredTemplate t = createTemplate(waba, d.name(), d.language(), d.category(), d.parameterFormat(),
                d.components(), d.extras(), null);
        return createOutput(t);
    }

    ObjectNode createFromLibrary(String accountId, ObjectNode input) {
        WabaState waba = state.waba(accountId, InputMembers.requiredText(input, "id"), "id");
        JsonNode lib = input.get("metaLibraryTemplate");
        if (lib == null || !lib.isObject()) {
            throw ServiceError.validation("1 validation error detected: Value at 'metaLibraryTemplate' failed to"
                    + " satisfy constraint: Member must not be null");
        }
        ObjectNode m = (ObjectNode) lib;
        String name = InputMembers.requiredText(m, "templateName");
        String libraryName = InputMembers.requiredText(m, "libraryTemplateName");
        String category = DefinitionShape.category(InputMembers.requiredText(m, "templateCategory"),
                "metaLibraryTemplate.templateCategory");
        String language = InputMembers.requiredText(m, "templateLanguage");
        DefinitionShape.checkName(name, "metaLibraryTemplate.templateName");
        ObjectNode entry = state.library.find(libraryName, language);
        if (!entry.path("category").asText().equals(category)) {
            throw ServiceError.invalidParameters("metaLibraryTemplate.templateCategory: library template \""
                    + libraryName + "\" is " + entry.path("category").asText() + ", not " + category);
        }
        JsonNode buttonInputs = m.path("libraryTemplateButtonInputs");
        JsonNode bodyInputs = m.path("libraryTemplateBodyInputs");
        ArrayNode components = LibraryCatalog.components(entry,
                buttonInputs.isArray() ? buttonInputs : F.arrayNode(),
                bodyInputs.isObject() ? bodyInputs : F.objectNode());
        StoredTemplate t = createTemplate(waba, name, language, category, "POSITIONAL", components, F.objectNode(),
                libraryName);
        return createOutput(t);
    }

    private StoredTemplate createTemplate(WabaState waba, String name, String language, String category,
                                          String parameterFormat, ArrayNode components, ObjectNode extras,
                                          String libraryName) {
        Instant now = state.clock.instant();
        StoredTemplate existing = waba.liveByNameAndLanguage(name, language);
        if (existing != null) {
            throw duplicateNameAndLanguage(existing);
        }
        Instant blockedUntil = waba.nameBlockedUntil.get(name);
        if (blockedUntil != null && now.isBefore(blockedUntil)) {
            throw ServiceError.invalidParameters("The name " + name + " belonged to an approved template that was"
                    + " deleted; Meta blocks reusing it for 30 days, until " + blockedUntil);
        }
        if (waba.live().size() >= state.settings.maxTemplatesPerWaba()) {
            throw ServiceError.limitExceeded("WhatsApp Business Account " + waba.id + " has reached its limit of "
                    + state.settings.maxTemplatesPerWaba() + " message templates");
        }
        while (!waba.creations.isEmpty() && !waba.creations.peekFirst().isAfter(now.minus(CREATION_WINDOW))) {
            waba.creations.pollFirst();
        }
        if (waba.creations.size() >= state.settings.maxCreationsPerWabaPerHour()) {
            throw ServiceError.limitExceeded("WhatsApp Business Account " + waba.id + " has created "
                    + waba.creations.size() + " templates in the last hour; Meta allows "
                    + state.settings.maxCreationsPerWabaPerHour() + " per hour");
        }
        String id = Long.toString(state.nextTemplateId++);
        StoredTemplate t = new StoredTemplate(id, name, language, libraryName, now);
        t.parameterFormat = parameterFormat;
        t.submittedCategory = category;
        t.components = components.deepCopy();
        t.extras = extras.deepCopy();
        waba.creations.addLast(now);
        waba.templates.put(id, t);
        submit(waba, t, now);
        return t;
    }

    private void submit(WabaState waba, StoredTemplate t, Instant now) {
        OutcomeRule rule = state.ruleFor(t.name);
        ReviewVerdict verdict = rule == null ? judge(waba, t) : forced(rule, t);
        boolean forever = rule != null && rule.outcome() == OutcomeRule.Outcome.PENDING_FOREVER;
        t.submit(verdict, forever ? null : now.plus(state.settings.reviewDelayFor(t.name, t.language)));
    }

    private static ReviewVerdict forced(OutcomeRule rule, StoredTemplate t) {
        return switch (rule.outcome()) {
            case REJECTED -> ReviewVerdict.rejected(t.submittedCategory, rule.rejectionReason(),
                    rule.rejectionReason().equals("INVALID_FORMAT") ? "Rejected by an emulator outcome rule" : null,
                    rule.rejectionReason().equals("INVALID_FORMAT") ? "Remove the outcome rule for " + rule.templateName()
                            : null);
            case PENDING_FOREVER -> null;
            case APPROVED -> ReviewVerdict.approved(t.submittedCategory);
            case PAUSED, DISABLED, RECATEGORISED ->
                    ReviewVerdict.approvedThen(t.submittedCategory, rule.outcome().name(), rule.after());
        };
    }

    /** Meta's review: format rules, then duplicate wording, then the category classifier. */
    private ReviewVerdict judge(WabaState waba, StoredTemplate t) {
        List<String> problems = new java.util.ArrayList<>(TemplateReview.problems(t.submittedCategory, t.parameterFormat,
                t.components, state.media::kindOf));
        problems.addAll(TemplateReview.settings(t.submittedCategory, t.extras));
        if (!problems.isEmpty()) {
            String reason = problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1)
                    + " more problem" + (problems.size() > 2 ? "s" : "") + ")" : "");
            return ReviewVerdict.rejected(t.submittedCategory, "INVALID_FORMAT", reason,
                    "Fix the template's format and submit it again: " + String.join("; ", problems));
        }
        if (!t.submittedCategory.equals("AUTHENTICATION") && t.libraryTemplateName == null) {
            String body = TemplateReview.bodyText(t.components);
            for (StoredTemplate other : waba.templates.values()) {
                if (other == t || other.isDeleted() || other.status.equals("REJECTED")
                        || other.libraryTemplateName != null || other.submittedCategory.equals("AUTHENTICATION")) {
                    continue;
                }
                String otherBody = TemplateReview.bodyText(other.components);
                if (body != null && otherBody != null && body.strip().equals(otherBody.strip())) {
                    return ReviewVerdict.rejected(t.submittedCategory, DUPLICATE_WORDING_REASON,
                            "The template's wording duplicates the existing template " + other.name + " ("
                                    + other.language + ", id " + other.id + ")",
                            "Change the wording, or edit the existing template instead of creating a new one");
                }
            }
        }
        if (t.submittedCategory.equals("UTILITY") && t.libraryTemplateName == null) {
            for (String text : TemplateReview.texts(t.components)) {
                if (PromotionalWording.find(text) != null) {
                    return ReviewVerdict.recategorised("UTILITY", "MARKETING");
                }
            }
        }
        return ReviewVerdict.approved(t.submittedCategory);
    }

    private static ObjectNode createOutput(StoredTemplate t) {
        ObjectNode out = F.objectNode();
        out.put("metaTemplateId", t.id);
        out.put("templateStatus", t.status);
        out.put("category", t.category);
        return out;
    }

    ObjectNode createMedia(String accountId, ObjectNode input) {
        state.waba(accountId, InputMembers.requiredText(input, "id"), "id");
        JsonNode file = input.get("sourceS3File");
        if (file == null || !file.isObject()) {
            throw ServiceError.invalidParameters("sourceS3File is required: the S3 object {bucketName, key} to upload");
        }
        String bucket = InputMembers.requiredText((ObjectNode) file, "bucketName");
        String key = InputMembers.requiredText((ObjectNode) file, "key");
        String handle = state.replaying ? state.media.replayUpload(bucket, key) : state.media.upload(bucket, key);
        return F.objectNode().put("metaHeaderHandle", handle);
    }

    ObjectNode get(String accountId, ObjectNode input) {
        WabaState waba = state.waba(accountId, InputMembers.requiredText(input, "id"), "id");
        StoredTemplate t = liveTemplate(waba, InputMembers.requiredText(input, "metaTemplateId"));
        ObjectNode json = MetaTemplateJson.render(t, state.media::cdnUrl);
        return F.objectNode().put("template", json.toString());
    }

    private static StoredTemplate liveTemplate(WabaState waba, String metaTemplateId) {
        StoredTemplate t = waba.templates.get(metaTemplateId);
        if (t == null || t.isDeleted()) {
            throw ServiceError.notFound("Template " + metaTemplateId + " does not exist in WhatsApp Business Account "
                    + waba.id);
        }
        return t;
    }

    ObjectNode list(String accountId, ObjectNode input) {
        WabaState waba = state.waba(accountId, InputMembers.requiredText(input, "id"), "id");
        int max = InputMembers.maxResults(input, Pagination.DEFAULT_MAX_RESULTS);
        String listName = "templates:" + waba.id;
        String after = Pagination.position(listName, InputMembers.optionalText(input, "nextToken"));
        long afterId;
        try {
            afterId = after == null ? 0 : Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw ServiceError.invalidParameters("nextToken is not a token this operation issued");
        }
        List<StoredTemplate> remaining = new ArrayList<>();
        for (StoredTemplate t : waba.live()) {
            if (Long.parseLong(t.id) > afterId) {
                remaining.add(t);
            }
        }
        ObjectNode out = F.objectNode();
        ArrayNode templates = out.putArray("templates");
        for (StoredTemplate t : remaining.subList(0, Math.min(max, remaining.size()))) {
            ObjectNode s = templates.addObject();
            s.put("templateName", t.name);
            s.put("metaTemplateId", t.id);
            s.put("templateStatus", t.status);
            s.put("templateQualityScore", t.qualityScore);
            s.put("templateLanguage", t.language);
            s.put("templateCategory", t.category);
        }
        if (remaining.size() > max) {
            out.put("nextToken", Pagination.token(listName, remaining.get(max - 1).id));
        }
        return out;
    }

    ObjectNode delete(String accountId, ObjectNode input) {
        WabaState waba = state.waba(accountId, InputMembers.requiredText(input, "id"), "id");
        String name = InputMembers.requiredText(input, "templateName");
        String metaTemplateId = InputMembers.optionalText(input, "metaTemplateId");
        // Meta deletes by name (every language) unless an id narrows it to one template;
        // deleteAllLanguages (wire name deleteAllTemplates) widens an id-narrowed delete again.
        boolean allLanguages = InputMembers.optionalBoolean(input, "deleteAllLanguages");
        List<StoredTemplate> targets = new ArrayList<>();
        if (metaTemplateId != null && !allLanguages) {
            StoredTemplate t = liveTemplate(waba, metaTemplateId);
            if (!t.name.equals(name)) {
                throw ServiceError.invalidParameters("Template " + metaTemplateId + " is named " + t.name + ", not "
                        + name);
            }
            targets.add(t);
        } else {
            if (metaTemplateId != null && !liveTemplate(waba, metaTemplateId).name.equals(name)) {
                throw ServiceError.invalidParameters("Template " + metaTemplateId + " is not named " + name);
            }
            for (StoredTemplate t : waba.live()) {
                if (t.name.equals(name)) {
                    targets.add(t);
                }
            }
            if (targets.isEmpty()) {
                throw ServiceError.notFound("No template named " + name + " exists in WhatsApp Business Account "
                        + waba.id);
            }
        }
        for (StoredTemplate t : targets) {
            if (t.status.equals("DISABLED")) {
                throw ServiceError.invalidParameters("Template " + t.name + " (" + t.language + ", id " + t.id
                        + ") is DISABLED; Meta does not allow deleting disabled templates");
            }
        }
        Instant now = state.clock.instant();
        for (StoredTemplate t : targets) {
            if (t.status.equals("APPROVED") || t.status.equals("PAUSED") || t.status.equals("ARCHIVED")) {
                waba.nameBlockedUntil.put(t.name, now.plus(NAME_REUSE_BLOCK));
            }
            t.status = "DELETED";
            t.pendingVerdict = null;
            t.reviewDueAt = null;
            t.laterStatus = null;
        }
        return F.objectNode();
    }

    ObjectNode update(String accountId, ObjectNode input) {
        WabaState waba = state.waba(accountId, InputMembers.requiredText(input, "id"), "id");
        StoredTemplate t = liveTemplate(waba, InputMembers.requiredText(input, "metaTemplateId"));
        String categoryText = InputMembers.optionalText(input, "templateCategory");
        String componentsText = InputMembers.blobText(input, "templateComponents", false);
        if (categoryText == null && componentsText == null) {
            throw ServiceError.invalidParameters("Nothing to update: give templateCategory, templateComponents or both");
        }
        String category = categoryText == null ? null : DefinitionShape.category(categoryText, "templateCategory");
        ArrayNode components = componentsText == null ? null : DefinitionShape.parseComponents(componentsText);
        if (!t.status.equals("APPROVED") && !t.status.equals("REJECTED") && !t.status.equals("PAUSED")) {
            throw ServiceError.invalidParameters("Template " + t.name + " (id " + t.id + ") is " + t.status
                    + "; only APPROVED, REJECTED or PAUSED templates can be edited");
        }
        Instant now = state.clock.instant();
        if (t.status.equals("APPROVED")) {
            if (category != null && !category.equals(t.category)) {
                throw ServiceError.invalidParameters("Template " + t.name + " (id " + t.id + ") is APPROVED as "
                        + t.category + "; the category of an approved template cannot be changed to " + category);
            }
            t.approvedEdits.removeIf(at -> !at.isAfter(now.minus(APPROVED_EDIT_WINDOW)));
            Instant last = t.approvedEdits.isEmpty() ? null : t.approvedEdits.get(t.approvedEdits.size() - 1);
            if (last != null && now.isBefore(last.plus(APPROVED_EDIT_MIN_GAP))) {
                throw ServiceError.invalidParameters("Template " + t.name + " (id " + t.id + ") was edited at " + last
                        + "; an approved template can be edited once per 24 hours, next at "
                        + last.plus(APPROVED_EDIT_MIN_GAP));
            }
            if (t.approvedEdits.size() >= APPROVED_EDITS_PER_WINDOW) {
                throw ServiceError.invalidParameters("Template " + t.name + " (id " + t.id + ") has been edited "
                        + APPROVED_EDITS_PER_WINDOW + " times in 30 days while approved; Meta allows no more until "
                        + t.approvedEdits.get(0).plus(APPROVED_EDIT_WINDOW));
            }
            t.approvedEdits.add(now);
        }
        t.submittedCategory = category != null ? category : t.category;
        if (components != null) {
            t.components = components.deepCopy();
        }
        submit(waba, t, now);
        return F.objectNode();
    }

    ObjectNode listLibrary(String accountId, ObjectNode input) {
        WabaState waba = state.waba(accountId, InputMembers.requiredText(input, "id"), "id");
        int max = InputMembers.maxResults(input, Pagination.DEFAULT_MAX_RESULTS);
        Map<String, String> filters = new LinkedHashMap<>();
        JsonNode f = input.get("filters");
        if (f != null && !f.isNull()) {
            if (!f.isObject()) {
                throw ServiceError.validation("Value at 'filters' must be a map of strings");
            }
            Iterator<Map.Entry<String, JsonNode>> it = f.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                filters.put(e.getKey(), e.getValue().asText());
            }
        }
        List<ObjectNode> found = state.library.search(filters);
        String listName = "library:" + waba.id + ":" + filters;
        Pagination.Page<ObjectNode> page = Pagination.byOffset(listName, found,
                InputMembers.optionalText(input, "nextToken"), max);
        ObjectNode out = F.objectNode();
        ArrayNode items = out.putArray("metaLibraryTemplates");
        page.items().forEach(e -> items.add(LibraryCatalog.summary(e)));
        if (page.nextToken() != null) {
            out.put("nextToken", page.nextToken());
        }
        return out;
    }

    /** The templates of a WABA for the control API's inspect. */
    static ArrayNode inspect(WabaState waba) {
        ArrayNode out = F.arrayNode();
        for (StoredTemplate t : waba.templates.values()) {
            out.add(inspect(t));
        }
        return out;
    }

    static ObjectNode inspect(StoredTemplate t) {
        ObjectNode n = F.objectNode();
        n.put("metaTemplateId", t.id);
        n.put("name", t.name);
        n.put("language", t.language);
        n.put("status", t.status);
        n.put("category", t.category);
        n.put("rejectedReason", t.rejectedReason);
        if (t.reviewDueAt != null) {
            n.put("reviewDueAt", t.reviewDueAt.toString());
        } else if (t.status.equals("PENDING")) {
            n.put("reviewDueAt", "never");
        }
        n.put("qualityScore", t.qualityScore);
        return n;
    }
}
