package com.eumsocial.whatsapp.emulator.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Linked accounts and phone numbers, the embedded-signup association, and tags on WABAs. Called
 * under the backend's lock.
 *
 * <p>Signup emulation: any access token is accepted except one starting with "invalid", which Meta
 * refuses (AccessDeniedByMetaException). Each accepted callback creates one WABA with one
 * unregistered phone number, returned under linkedAccountsWithIncompleteSetup keyed by Meta's WABA
 * id; setupFinalization with the returned associateInProgressToken registers the phone numbers (by
 * Meta phone number id or phone-number-id-...) and links the WABA as COMPLETE, or adds them to an
 * existing WABA named by phoneNumberParent.
 */
final class AccountOperations {
    /** The regions where Meta offers local storage (the model's documentation of dataLocalizationRegion). */
    static final Set<String> DATA_LOCALIZATION_REGIONS = Set.of("AU", "ID", "IN", "JP", "SG", "KR", "DE", "CH", "GB",
            "BR", "BH", "ZA", "AE", "CA");
    static final int MAX_TAGS = 200;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final MetaState state;

    record PendingSignup(String token, String accountId, MetaSettings.WabaSeed waba) {
    }

    AccountOperations(MetaState state) {
        this.state = state;
    }

    ObjectNode getAccount(String accountId, ObjectNode input) {
        WabaState waba = state.waba(accountId, InputMembers.requiredText(input, "id"), "id");
        ObjectNode account = summary(waba);
        ArrayNode phones = account.putArray("phoneNumbers");
        for (MetaSettings.PhoneNumberSeed p : waba.phoneNumbers) {
            phones.add(phone(waba, p));
        }
        ObjectNode out = F.objectNode();
        out.set("account", account);
        return out;
    }

    ObjectNode getPhoneNumber(String accountId, ObjectNode input) {
        String idOrArn = InputMembers.requiredText(input, "id");
        ResourceIds.Reference ref = ResourceIds.phoneNumber(idOrArn);
        if (ref == null) {
            throw ServiceError.validation("Value at 'id' failed to satisfy constraint: Member must satisfy regular"
                    + " expression pattern: (^phone-number-id-.*$)|(^arn:.*:phone-number-id/[0-9a-zA-Z]+$)");
        }
        for (WabaState waba : state.wabas.values()) {
            for (MetaSettings.PhoneNumberSeed p : waba.phoneNumbers) {
                if (p.phoneNumberId().equals(ref.id())) {
                    if (!waba.accountId.equals(accountId)
                            || (ref.arnAccount() != null && !ref.arnAccount().equals(accountId))) {
                        throw ServiceError.accessDenied("Phone number " + idOrArn + " does not belong to account "
                                + accountId);
                    }
                    ObjectNode out = F.objectNode();
                    out.set("phoneNumber", phone(waba, p));
                    out.put("linkedWhatsAppBusinessAccountId", waba.id);
                    return out;
                }
            }
        }
        throw ServiceError.notFound("Phone number " + idOrArn + " is not linked");
    }

    ObjectNode listAccounts(String accountId, ObjectNode input) {
        int max = InputMembers.maxResults(input, Pagination.DEFAULT_MAX_RESULTS);
        List<WabaState> mine = new ArrayList<>();
        for (WabaState w : state.wabas.values()) {
            if (w.accountId.equals(accountId)) {
                mine.add(w);
            }
        }
        Pagination.Page<WabaState> page = Pagination.byOffset("wabas:" + accountId, mine,
                InputMembers.optionalText(input, "nextToken"), max);
        ObjectNode out = F.objectNode();
        ArrayNode list = out.putArray("linkedAccounts");
        page.items().forEach(w -> list.add(summary(w)));
        if (page.nextToken() != null) {
            out.put("nextToken", page.nextToken());
        }
        return out;
    }

    private ObjectNode summary(WabaState w) {
        ObjectNode n = F.objectNode();
        n.put("arn", ResourceIds.wabaArn(state.settings.region(), w.accountId, w.id));
        n.put("id", w.id);
        n.put("wabaId", w.metaWabaId);
        n.put("registrationStatus", w.registrationStatus);
        n.put("linkDate", w.linkDate.getEpochSecond());
        n.put("wabaName", w.name);
        n.set("eventDestinations", w.eventDestinations.deepCopy());
        return n;
    }

    private ObjectNode phone(WabaState w, MetaSettings.PhoneNumberSeed p) {
        ObjectNode n = F.objectNode();
        n.put("arn", ResourceIds.phoneArn(state.settings.region(), w.accountId, p.phoneNumberId()));
        n.put("phoneNumber", p.phoneNumber());
        n.put("phoneNumberId", p.phoneNumberId());
        n.put("metaPhoneNumberId", p.metaPhoneNumberId());
        n.put("displayPhoneNumberName", p.displayPhoneNumberName());
        n.put("displayPhoneNumber", p.displayPhoneNumber());
        n.put("qualityRating", p.qualityRating());
        if (p.dataLocalizationRegion() != null) {
            n.put("dataLocalizationRegion", p.dataLocalizationRegion());
        }
        return n;
    }

    ObjectNode associate(String accountId, ObjectNode input) {
        JsonNode callback = input.get("signupCallback");
        JsonNode finalization = input.get("setupFinalization");
        boolean hasCallback = callback != null && !callback.isNull();
        boolean hasFinalization = finalization != null && !finalization.isNull();
        if (hasCallback == hasFinalization) {
            throw ServiceError.invalidParameters("Give exactly one of signupCallback and setupFinalization");
        }
        return hasCallback ? signupCallback(accountId, (ObjectNode) callback)
                : setupFinalization(accountId, (ObjectNode) finalization);
    }

    private ObjectNode signupCallback(String accountId, ObjectNode callback) {
        String token = InputMembers.requiredText(callback, "accessToken");
        String callbackUrl = InputMembers.optionalText(callback, "callbackUrl");
        if (token.toLowerCase(Locale.ROOT).startsWith("invalid")) {
            throw new ServiceError(ServiceError.ACCESS_DENIED_BY_META, "Meta did not accept the access token");
        }
        if (callbackUrl != null && !callbackUrl.startsWith("https://")) {
            throw ServiceError.invalidParameters("signupCallback.callbackUrl must be an https:// URL");
        }
        long n = ++state.signupCount;
        long mixed = (n * 0x9E3779B97F4A7C15L) ^ state.settings.randomSeed();
        String hex = String.format(Locale.ROOT, "%016x%016x", mixed, Long.rotateLeft(mixed, 29) * 0xBF58476D1CE4E5B9L);
        MetaSettings.PhoneNumberSeed phone = new MetaSettings.PhoneNumberSeed("phone-number-id-" + hex,
                String.format(Locale.ROOT, "2%014d", n), String.format(Locale.ROOT, "+1425555%04d", n % 10000),
                "Signed-up business " + n, String.format(Locale.ROOT, "+1 425-555-%04d", n % 10000), "UNKNOWN", null);
        MetaSettings.WabaSeed waba = new MetaSettings.WabaSeed("waba-" + hex, accountId,
                String.format(Locale.ROOT, "3%014d", n), "Signed-up business " + n, "INCOMPLETE", null, List.of(phone));
        String aip = "aip-" + hex.substring(0, 24) + String.format(Locale.ROOT, "%06d", n % 1_000_000);
        state.signups.put(aip, new PendingSignup(aip, accountId, waba));

        ObjectNode out = F.objectNode();
        ObjectNode result = out.putObject("signupCallbackResult");
        result.put("associateInProgressToken", aip);
        ObjectNode meta = result.putObject("linkedAccountsWithIncompleteSetup").putObject(waba.metaWabaId());
        meta.put("accountName", waba.name());
        meta.put("registrationStatus", "INCOMPLETE");
        ObjectNode detail = meta.putArray("unregisteredWhatsAppPhoneNumbers").addObject();
        detail.put("arn", ResourceIds.phoneArn(state.settings.region(), accountId, phone.phoneNumberId()));
        detail.put("phoneNumber", phone.phoneNumber());
        detail.put("phoneNumberId", phone.phoneNumberId());
        detail.put("metaPhoneNumberId", phone.metaPhoneNumberId());
        detail.put("displayPhoneNumberName", phone.displayPhoneNumberName());
        detail.put("displayPhoneNumber", phone.displayPhoneNumber());
        detail.put("qualityRating", phone.qualityRating());
        meta.put("wabaId", waba.id());
        out.put("statusCode", 200);
        return out;
    }

    private ObjectNode setupFinalization(String accountId, ObjectNode fin) {
        String token = InputMembers.requiredText(fin, "associateInProgressToken");
        PendingSignup signup = state.signups.get(token);
        if (signup == null || !signup.accountId().equals(accountId)) {
            throw ServiceError.invalidParameters("setupFinalization.associateInProgressToken is unknown or already used");
        }
        JsonNode wabaNode = fin.get("waba");
        String parent = InputMembers.optionalText(fin, "phoneNumberParent");
        if (wabaNode != null && !wabaNode.isNull() && parent != null) {
            throw ServiceError.invalidParameters("setupFinalization: give waba or phoneNumberParent, not both");
        }
        JsonNode phones = fin.get("phoneNumbers");
        if (phones == null || !phones.isArray() || phones.isEmpty()) {
            throw ServiceError.invalidParameters("setupFinalization.phoneNumbers must list at least one phone number");
        }
        List<MetaSettings.PhoneNumberSeed> registered = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            JsonNode p = phones.get(i);
            String at = "setupFinalization.phoneNumbers[" + i + "]";
            String id = p.path("id").asText("");
            MetaSettings.PhoneNumberSeed match = null;
            for (MetaSettings.PhoneNumberSeed candidate : signup.waba().phoneNumbers()) {
                if (candidate.metaPhoneNumberId().equals(id) || candidate.phoneNumberId().equals(id)) {
                    match = candidate;
                }
            }
            if (match == null) {
                throw ServiceError.invalidParameters(at + ".id: " + id + " is not a phone number of this signup");
            }
            if (!p.path("twoFactorPin").asText("").matches("^\\d{6}$")) {
                throw ServiceError.invalidParameters(at + ".twoFactorPin must be 6 digits");
            }
            String region = p.hasNonNull("dataLocalizationRegion") ? p.get("dataLocalizationRegion").asText() : null;
            if (region != null && !DATA_LOCALIZATION_REGIONS.contains(region)) {
                throw ServiceError.invalidParameters(at + ".dataLocalizationRegion: Meta offers local storage in "
                        + new java.util.TreeSet<>(DATA_LOCALIZATION_REGIONS) + ", not " + region);
            }
            registered.add(match.withDataLocalizationRegion(region));
        }
        WabaState target;
        if (parent != null) {
            target = state.waba(accountId, parent, "setupFinalization.phoneNumberParent");
        } else {
            MetaSettings.WabaSeed seed = signup.waba();
            String wabaId = wabaNode == null || wabaNode.isNull() ? null : wabaNode.path("id").asText(null);
            if (wabaId != null && !wabaId.equals(seed.id()) && !wabaId.equals(seed.metaWabaId())) {
                throw ServiceError.invalidParameters("setupFinalization.waba.id: " + wabaId
                        + " is not the WhatsApp Business Account of this signup");
            }
            target = new WabaState(new MetaSettings.WabaSeed(seed.id(), accountId, seed.metaWabaId(), seed.name(),
                    "COMPLETE", state.clock.instant(), List.of()));
            if (wabaNode != null && wabaNode.has("eventDestinations")) {
                target.eventDestinations = (ArrayNode) wabaNode.get("eventDestinations").deepCopy();
            }
            if (wabaNode != null && wabaNode.has("tags")) {
                applyTags(target, wabaNode.get("tags"), "setupFinalization.waba.tags");
            }
            state.wabas.put(target.id, target);
        }
        target.phoneNumbers.addAll(registered);
        state.signups.remove(token);
        return F.objectNode().put("statusCode", 200);
    }

    ObjectNode putEventDestinations(String accountId, ObjectNode input) {
        WabaState waba = state.waba(accountId, InputMembers.requiredText(input, "id"), "id");
        JsonNode destinations = input.get("eventDestinations");
        if (destinations == null || !destinations.isArray()) {
            throw ServiceError.validation("1 validation error detected: Value at 'eventDestinations' failed to satisfy"
                    + " constraint: Member must not be null");
        }
        if (destinations.size() > 1) {
            throw ServiceError.validation("1 validation error detected: Value at 'eventDestinations' failed to satisfy"
                    + " constraint: Member must have length less than or equal to 1");
        }
        waba.eventDestinations = (ArrayNode) destinations.deepCopy();
        return F.objectNode();
    }

    /** Unlinks the WABA from the account; Meta's templates go with it as far as AWS can see. */
    ObjectNode disassociate(String accountId, ObjectNode input) {
        WabaState waba = state.waba(accountId, InputMembers.requiredText(input, "id"), "id");
        state.wabas.remove(waba.id);
        return F.objectNode();
    }

    ObjectNode tag(String accountId, ObjectNode input) {
        WabaState waba = taggable(accountId, input);
        JsonNode tags = input.get("tags");
        if (tags == null || !tags.isArray()) {
            throw ServiceError.validation("1 validation error detected: Value at 'tags' failed to satisfy constraint:"
                    + " Member must not be null");
        }
        applyTags(waba, tags, "tags");
        return F.objectNode().put("statusCode", 200);
    }

    ObjectNode untag(String accountId, ObjectNode input) {
        WabaState waba = taggable(accountId, input);
        JsonNode keys = input.get("tagKeys");
        if (keys == null || !keys.isArray()) {
            throw ServiceError.validation("1 validation error detected: Value at 'tagKeys' failed to satisfy"
                    + " constraint: Member must not be null");
        }
        keys.forEach(k -> waba.tags.remove(k.asText()));
        return F.objectNode().put("statusCode", 200);
    }

    ObjectNode listTags(String accountId, ObjectNode input) {
        WabaState waba = taggable(accountId, input);
        ObjectNode out = F.objectNode();
        out.put("statusCode", 200);
        ArrayNode list = out.putArray("tags");
        for (Map.Entry<String, String> e : waba.tags.entrySet()) {
            list.addObject().put("key", e.getKey()).put("value", e.getValue());
        }
        return out;
    }

    private WabaState taggable(String accountId, ObjectNode input) {
        String arn = InputMembers.requiredText(input, "resourceArn");
        if (!arn.startsWith("arn:") || ResourceIds.waba(arn) == null) {
            throw ServiceError.invalidParameters("resourceArn " + arn + " is not a WhatsApp Business Account ARN"
                    + " (arn:aws:social-messaging:<region>:<account>:waba/<id>)");
        }
        return state.waba(accountId, arn, "resourceArn");
    }

    private static void applyTags(WabaState waba, JsonNode tags, String member) {
        Map<String, String> merged = new java.util.LinkedHashMap<>(waba.tags);
        for (int i = 0; i < tags.size(); i++) {
            JsonNode t = tags.get(i);
            String key = t.path("key").asText("");
            String value = t.path("value").asText("");
            if (key.isEmpty() || key.length() > 128) {
                throw ServiceError.invalidParameters(member + "[" + i + "].key must be 1-128 characters");
            }
            if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                throw ServiceError.invalidParameters(member + "[" + i + "].key: the aws: prefix is reserved");
            }
            if (value.length() > 256) {
                throw ServiceError.invalidParameters(member + "[" + i + "].value must be at most 256 characters");
            }
            merged.put(key, value);
        }
        if (merged.size() > MAX_TAGS) {
            throw ServiceError.invalidParameters(member + ": a resource can have at most " + MAX_TAGS + " tags");
        }
        waba.tags.clear();
        waba.tags.putAll(merged);
    }
}
