package com.eumsocial.whatsapp.runner.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.emulator.meta.OutcomeRule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class StackDeployerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WELCOME = "WelcomeOfferEnUS11223344";
    private static final String SHIPPED = "OrderShippedEnUS55667788";
    private static final String MEDIA = "BannerMedia1A2B3C4D";

    private DeployFixture fx;

    @BeforeEach
    void start(TestInfo info) {
        fx = new DeployFixture(info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void deploysTheSmallAppWithRefsGetAttsDependsOnAndTheMediaAsset() {
        StackDeployer.Result result = fx.deploy(fx.small());

        assertThat(result.success()).as(fx.output()).isTrue();
        assertThat(result.count("CREATE")).isEqualTo(3);
        assertThat(fx.templatesAtMeta()).containsExactly("small_shipped/en_US", "small_welcome/en_US");
        DeployState.Entry welcome = fx.state.get("Small", WELCOME);
        DeployState.Entry media = fx.state.get("Small", MEDIA);
        assertThat(welcome.model().path("Status").asText()).isEqualTo("APPROVED");
        assertThat(welcome.properties().at("/Components/0/example/header_handle/0").asText())
            .isEqualTo(media.model().path("MetaHeaderHandle").asText()).startsWith("4::");
        assertThat(fx.state.get("Small", SHIPPED).properties().at("/Components/1/text").asText())
            .isEqualTo("Sent from the us-east-1 shop");
        String out = fx.output();
        assertThat(out).contains("SenderRole1479994E (AWS::IAM::Role): not supported locally, skipped")
            .contains("CDKMetadata (AWS::CDK::Metadata): not supported locally, skipped")
            .contains("Rules (e.g. CDK's bootstrap version check) are not evaluated locally")
            .contains("small_welcome/en_US", "CREATE_IN_PROGRESS", "Meta review: PENDING (", "CREATE_COMPLETE APPROVED")
            .contains("WelcomeId = " + welcome.model().path("MetaTemplateId").asText())
            .contains("ShippedRef = waba-0123456789abcdef0123456789abcdef|" + fx.state.get("Small", SHIPPED).model()
                .path("MetaTemplateId").asText())
            .contains("ShippedArn = arn:aws:social-messaging:us-east-1:000000000000:template/")
            .contains("RoleArn: skipped (SenderRole1479994E (AWS::IAM::Role) is not deployed locally)")
            .contains("NAME", "META TEMPLATE ID", "small_shipped", "UTILITY", "APPROVED")
            .contains("banner.png                         CREATE_COMPLETE (handle 4::");
        // DependsOn: the shipped template started only after the welcome one completed
        assertThat(out.indexOf("small_shipped/en_US                CREATE_IN_PROGRESS"))
            .isGreaterThan(out.indexOf("small_welcome/en_US                CREATE_COMPLETE"));
    }

    @Test
    void aSecondRunChangesNothingAndAnEditUpdatesOnlyThatTemplate() {
        fx.deploy(fx.small());
        long calls = fx.stateChangingCalls();

        StackDeployer.Result again = fx.deploy(fx.small());
        assertThat(again.success()).isTrue();
        assertThat(again.unchanged()).isTrue();
        assertThat(again.count("NO_CHANGE")).isEqualTo(3);
        assertThat(fx.stateChangingCalls()).isEqualTo(calls);

        StackTemplate edited = fx.small();
        ((ObjectNode) edited.resources().get(SHIPPED).properties().at("/Components/0"))
            .put("text", "Hello {{1}}, your order {{2}} has shipped and should arrive within four days.");
        String oldId = fx.state.get("Small", SHIPPED).model().path("MetaTemplateId").asText();
        StackDeployer.Result update = fx.deploy(edited);

        assertThat(update.success()).as(fx.output()).isTrue();
        assertThat(update.count("UPDATE")).isEqualTo(1);
        assertThat(update.count("NO_CHANGE")).isEqualTo(2);
        assertThat(fx.operations("UpdateWhatsAppMessageTemplate")).isEqualTo(1);
        assertThat(fx.state.get("Small", SHIPPED).model().path("MetaTemplateId").asText()).isEqualTo(oldId);
        assertThat(fx.output()).contains("small_shipped/en_US                UPDATE (Components changed)");
    }

    @Test
    void aRemovedResourceIsDeletedAndRetainKeepsItAtMeta() {
        fx.deploy(fx.small());
        StackTemplate without = fx.small();
        without.resources().remove(SHIPPED);
        without.outputs().remove(java.util.List.of("ShippedRef", "ShippedArn"));

        StackDeployer.Result result = fx.deploy(without);

        assertThat(result.success()).as(fx.output()).isTrue();
        assertThat(result.count("DELETE")).isEqualTo(1);
        assertThat(fx.templatesAtMeta()).containsExactly("small_welcome/en_US");
        assertThat(fx.state.get("Small", SHIPPED)).isNull();

        StackTemplate retained = fx.small();
        retained.resources().clear();
        Map<String, DeployState.Entry> before = fx.state.resources("Small");
        DeployState.Entry welcome = before.get(WELCOME);
        fx.state.put("Small", WELCOME, new DeployState.Entry(welcome.type(), welcome.properties(), welcome.model(), "Retain",
            welcome.dependsOn(), welcome.label()));
        StackDeployer.Result cleared = fx.deploy(new StackTemplate("Small", "test", new LinkedHashMap<>(), JSON.createObjectNode(),
            JSON.createObjectNode(), Map.of(), java.util.List.of()));
        assertThat(cleared.success()).isTrue();
        assertThat(cleared.count("RETAIN")).isEqualTo(1);
        assertThat(fx.templatesAtMeta()).containsExactly("small_welcome/en_US");
        assertThat(fx.state.resources("Small")).isEmpty();
        assertThat(fx.output()).contains("removed from the stack, retained at Meta (DeletionPolicy: Retain)");
    }

    @Test
    void aNewNameReplacesTheTemplateNewFirstThenTheOld() {
        fx.deploy(fx.small());
        StackTemplate renamed = fx.small();
        renamed.resources().get(SHIPPED).properties().put("TemplateName", "small_shipped_v2");
        // Meta rejects a new template whose wording duplicates a live one
        ((ObjectNode) renamed.resources().get(SHIPPED).properties().at("/Components/0"))
            .put("text", "Hi {{1}}, good news: order {{2}} left our warehouse today and arrives soon.");

        StackDeployer.Result result = fx.deploy(renamed);

        assertThat(result.success()).as(fx.output()).isTrue();
        assertThat(result.count("REPLACE")).isEqualTo(1);
        assertThat(fx.templatesAtMeta()).containsExactly("small_shipped_v2/en_US", "small_welcome/en_US");
        String out = fx.output();
        assertThat(out).contains("REPLACE (TemplateName cannot be updated): creating the new one first");
        assertThat(out.indexOf("deleting the replaced resource")).isGreaterThan(out.lastIndexOf("CREATE_COMPLETE"));
    }

    @Test
    void aCreateOnlyChangeKeepingNameAndLanguageIsRefusedWithTheReason() {
        fx.deploy(fx.small());
        StackTemplate changed = fx.small();
        changed.resources().get(SHIPPED).properties().put("ParameterFormat", "NAMED");

        assertRefusedBeforeAnyCall(changed, "small_shipped/en_US (OrderShippedEnUS55667788): changing ParameterFormat requires a"
            + " replacement", "Meta allows only one template per name and language");
    }

    /** The deploy is refused by the plan with these messages, and Meta still holds the two templates of the first deploy. */
    private void assertRefusedBeforeAnyCall(StackTemplate stack, String... messages) {
        long calls = fx.stateChangingCalls();
        var refused = assertThatThrownBy(() -> fx.deploy(stack)).isInstanceOf(PreflightRefusal.class);
        for (String m : messages) {
            refused.hasMessageContaining(m);
        }
        assertThat(fx.stateChangingCalls()).isEqualTo(calls);
        assertThat(fx.templatesAtMeta()).containsExactly("small_shipped/en_US", "small_welcome/en_US");
    }

    @Test
    void aMediaChangeReplacesTheMediaAndUpdatesTheTemplateUsingIt() {
        fx.deploy(fx.small());
        String oldHandle = fx.state.get("Small", MEDIA).model().path("MetaHeaderHandle").asText();
        StackTemplate changed = fx.small();
        changed.resources().get(MEDIA).properties().put("SourceS3Key", "other.png");
        fx.emulator.control().putMediaObject("cdk-hnb659fds-assets-000000000000-us-east-1", "other.png", "image/png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3});

        StackDeployer.Result result = fx.deploy(changed);

        assertThat(result.success()).as(fx.output()).isTrue();
        assertThat(result.count("REPLACE")).isEqualTo(1);
        assertThat(fx.state.get("Small", MEDIA).model().path("MetaHeaderHandle").asText()).isNotEqualTo(oldHandle);
        assertThat(fx.output()).contains("is not a local asset of this template; it must already exist");
    }

    @Test
    void aRejectedTemplateFailsWithMetasReasonAndTheRollbackKeepsTheApprovedOneForTheNextDeploy() {
        fx.emulator.control().forceOutcome(OutcomeRule.rejected("small_shipped", "TAG_CONTENT_MISMATCH"));

        StackDeployer.Result result = fx.deploy(fx.small());

        assertThat(result.success()).isFalse();
        assertThat(result.failures()).singleElement().asString().contains("small_shipped/en_US").contains("TAG_CONTENT_MISMATCH");
        // deleting the APPROVED one would block its name for 30 days: it stays at Meta and in the state, marked as kept
        assertThat(fx.templatesAtMeta()).containsExactly("small_welcome/en_US");
        assertThat(fx.state.get("Small", WELCOME)).isNotNull();
        assertThat(fx.state.lifecycle().kept("Small", WELCOME)).hasValueSatisfying(why -> assertThat(why).contains("30 days"));
        assertThat(result.count("KEPT")).isEqualTo(2);   // the template and the media handle its header holds
        String out = fx.output();
        assertThat(out).contains("small_welcome/en_US                ROLLBACK: kept at Meta (APPROVED: deleting it would block its name"
            + " for 30 days); the next deploy takes it over");
        // the table says what is live, and the last line what differs from the declaration
        assertThat(out).contains("LIVE VS DECLARED").contains("Live at Meta and different from the declaration: small_shipped/en_US (absent)");
        assertThat(result.rows()).anySatisfy(row -> assertThat(row.name() + " " + row.status() + " " + row.live())
            .isEqualTo("small_welcome APPROVED same"));

        fx.emulator.control().clearOutcomeRules();
        long creates = fx.operations("CreateWhatsAppMessageTemplate");
        StackDeployer.Result again = fx.deploy(fx.small());

        assertThat(again.success()).as(fx.output()).isTrue();
        assertThat(fx.operations("CreateWhatsAppMessageTemplate")).isEqualTo(creates + 1);   // only small_shipped
        assertThat(fx.templatesAtMeta()).containsExactly("small_shipped/en_US", "small_welcome/en_US");
        assertThat(fx.state.lifecycle().kept("Small", WELCOME)).isEmpty();
    }

    @Test
    void withRollbackDeleteTheRunDeletesWhatItCreated() {
        fx.rollback = RollbackPolicy.DELETE;
        fx.emulator.control().forceOutcome(OutcomeRule.rejected("small_shipped", "TAG_CONTENT_MISMATCH"));

        StackDeployer.Result result = fx.deploy(fx.small());

        assertThat(result.success()).isFalse();
        assertThat(fx.templatesAtMeta()).isEmpty();
        assertThat(fx.state.resources("Small")).isEmpty();
        assertThat(fx.output()).contains("ROLLBACK: deleting what this run created", "rolled back (deleted)");
    }

    private StackTemplate editedWithExtra() {
        StackTemplate edited = fx.small();
        ((ObjectNode) edited.resources().get(WELCOME).properties().at("/Components/1"))
            .put("text", "Welcome back to the garden shop, {{1}}! Your first delivery is free this month.");
        ObjectNode extra = edited.resources().get(SHIPPED).properties().deepCopy();
        extra.put("TemplateName", "small_extra").put("Category", "UTILITY");
        ((ObjectNode) extra.at("/Components/0")).put("text", "Dear {{1}}, we received your return {{2}} and will refund it this week.");
        edited.resources().put("Extra", new DeclaredResource("Extra", "EUMSocial::WhatsApp::MessageTemplate", extra,
            new java.util.LinkedHashSet<>(), null, "Delete", "Delete", "small_extra/en_US"));
        return edited;
    }

    /** Welcome edited, Extra added, and an edit of Shipped that Meta's reviewer will reject. */
    private StackTemplate editedWithARejectedEdit() {
        StackTemplate edited = editedWithExtra();
        ((ObjectNode) edited.resources().get(SHIPPED).properties().at("/Components/0"))
            .put("text", "Hi {{1}}, your order {{2}} is on its way to you and will arrive within three days.");
        fx.emulator.control().forceOutcome(OutcomeRule.rejected("small_shipped", "TAG_CONTENT_MISMATCH"));
        return edited;
    }

    @Test
    void aCategoryChangeOfAnApprovedTemplateIsRefusedBeforeAnyCall() {
        fx.deploy(fx.small());
        StackTemplate edited = editedWithExtra();
        edited.resources().get(SHIPPED).properties().put("Category", "AUTHENTICATION");

        assertRefusedBeforeAnyCall(edited, "small_shipped/en_US (OrderShippedEnUS55667788): category frozen: the template is APPROVED"
            + " as UTILITY", "nothing was sent");
        assertThat(fx.output()).contains("small_shipped/en_US                BLOCKED category frozen");
    }

    @Test
    void aFailureNobodyCouldForeseeLeavesApprovedEditsLiveAndSaysSo() {
        fx.deploy(fx.small());
        StackTemplate edited = editedWithARejectedEdit();

        StackDeployer.Result result = fx.deploy(edited);

        assertThat(result.success()).isFalse();
        assertThat(result.failures()).singleElement().asString().contains("small_shipped/en_US").contains("UPDATE_FAILED");
        String out = fx.output();
        assertThat(out).contains("small_extra/en_US                  ROLLBACK: kept at Meta (APPROVED")
            .contains("small_welcome/en_US                ROLLBACK: not edited back; the edit is live");
        assertThat(fx.templatesAtMeta()).containsExactly("small_extra/en_US", "small_shipped/en_US", "small_welcome/en_US");
        // the state says what is live: the edited welcome, the kept extra
        assertThat(fx.state.get("Small", WELCOME).properties().at("/Components/1/text").asText()).startsWith("Welcome back");
        assertThat(fx.state.get("Small", "Extra")).isNotNull();
        assertThat(result.rows()).anySatisfy(row -> assertThat(row.name() + " " + row.status()).isEqualTo("small_shipped REJECTED"));
        // the edit is on record: a new edit of welcome within 24 hours is refused before any call
        StackTemplate again = editedWithExtra();
        ((ObjectNode) again.resources().get(WELCOME).properties().at("/Components/1"))
            .put("text", "Welcome back to our garden shop, {{1}}! Delivery is free this month.");
        assertThatThrownBy(() -> fx.deploy(again)).isInstanceOf(PreflightRefusal.class)
            .hasMessageContaining("small_welcome/en_US (WelcomeOfferEnUS11223344): edit quota: the runner edited this APPROVED template");
    }

    @Test
    void withRollbackDeleteTheRunTriesToEditBackAndReportsMetasRefusal() {
        fx.deploy(fx.small());
        fx.rollback = RollbackPolicy.DELETE;
        StackTemplate edited = editedWithARejectedEdit();

        StackDeployer.Result result = fx.deploy(edited);

        assertThat(result.success()).isFalse();
        String out = fx.output();
        assertThat(out).contains("small_extra/en_US                  ROLLBACK: deleting what this run created")
            .contains("small_welcome/en_US                ROLLBACK: updating back to the previous properties");
        assertThat(fx.state.get("Small", "Extra")).isNull();
        // Meta allows one edit of an approved template per 24 hours: the restoring edit is refused, and the
        // state keeps what is really live
        assertThat(out).contains("small_welcome/en_US                ROLLBACK_FAILED ServiceLimitExceeded");
        assertThat(fx.state.get("Small", WELCOME).properties().at("/Components/1/text").asText()).startsWith("Welcome back");
    }

    @Test
    void unsupportedIntrinsicsAndReferencesToSkippedResourcesAreReportedBeforeAnyCall() {
        StackTemplate usesRole = fx.small();
        ObjectNode ref = JSON.createObjectNode().put("Ref", "SenderRole1479994E");
        ((ObjectNode) usesRole.resources().get(SHIPPED).properties().at("/Components/1")).set("text", ref);
        assertThatThrownBy(() -> fx.deploy(usesRole)).isInstanceOf(TemplateLoadException.class)
            .hasMessageContaining("OrderShippedEnUS55667788: refers to SenderRole1479994E (AWS::IAM::Role), which is not deployed locally");

        StackTemplate usesIf = fx.small();
        ObjectNode fnIf = JSON.createObjectNode();
        fnIf.putArray("Fn::If").add("Cond").add("a").add("b");
        ((ObjectNode) usesIf.resources().get(SHIPPED).properties().at("/Components/1")).set("text", fnIf);
        assertThatThrownBy(() -> fx.deploy(usesIf)).isInstanceOf(PreflightRefusal.class)
            .hasMessageContaining("small_shipped/en_US (OrderShippedEnUS55667788): cannot be deployed: Fn::If is not supported locally");
        assertThat(fx.stateChangingCalls()).isZero();
        assertThat(fx.templatesAtMeta()).isEmpty();
        assertThat(fx.state.resources("Small")).isEmpty();
    }

    @Test
    void cyclesConditionsAndUnknownDependenciesAreRefused() {
        StackTemplate cyclic = fx.small();
        cyclic.resources().get(WELCOME).dependsOn().add(SHIPPED);
        assertThatThrownBy(() -> fx.deploy(cyclic)).isInstanceOf(TemplateLoadException.class).hasMessageContaining("circular dependency");

        ObjectNode root = (ObjectNode) StackLoader.readJson(fx.work.resolve("small-app/cdk.out/Small.template.json"));
        ((ObjectNode) root.at("/Resources/" + WELCOME)).put("Condition", "CDKMetadataAvailable");
        StackTemplate conditional = StackLoader.parse("Small", "test", root, Map.of());
        assertThatThrownBy(() -> fx.deploy(conditional)).hasMessageContaining("Condition CDKMetadataAvailable is not supported locally");

        ObjectNode unknown = (ObjectNode) StackLoader.readJson(fx.work.resolve("small-app/cdk.out/Small.template.json"));
        ((ArrayNode) unknown.at("/Resources/" + SHIPPED + "/DependsOn")).add("Nope");
        assertThatThrownBy(() -> StackLoader.parse("Small", "t.json", unknown, Map.of()))
            .hasMessageContaining("t.json: Resources.OrderShippedEnUS55667788.DependsOn: unknown resource Nope");
    }

    @Test
    void destroyDeletesEverythingDependentsFirst() {
        fx.deploy(fx.small());

        StackDeployer.Result result = fx.destroy("Small");

        assertThat(result.success()).isTrue();
        assertThat(result.actions()).containsEntry("DELETE", 3);
        assertThat(fx.templatesAtMeta()).isEmpty();
        assertThat(fx.state.resources("Small")).isEmpty();
        assertThat(DeployState.load(fx.state.file()).stackNames()).isEmpty();
    }
}
