package com.eumsocial.whatsapp.reliability.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.cdk.TemplateDefinitionSource;
import com.eumsocial.whatsapp.cdk.WhatsAppMessageTemplate;
import com.eumsocial.whatsapp.cdk.WhatsAppMessageTemplateProps;
import com.eumsocial.whatsapp.reliability.badinput.InvalidDefinitions.Case;
import com.eumsocial.whatsapp.reliability.support.EmulatorHarness;
import com.eumsocial.whatsapp.reliability.support.ReportFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;

/**
 * The bad-input corpus through synthesis (cdk-constructs): one app declaring every case; the
 * synth fails, and its report has, for every case, a line for that construct naming the field.
 */
class BadInputSynthTest {
    // A stray closing brace after the definition (case trailing_brace) used to synthesize; fixed in
    // cdk-constructs b1bd256 after this suite reported it.

    @Test
    void synthRefusesEveryCaseNamingTheConstructAndTheField() {
        List<Case> cases = InvalidDefinitions.all();
        App app = new App();
        Stack stack = new Stack(app, "BadInput");
        List<String> thrownAtOnce = new ArrayList<>();
        for (Case c : cases) {
            try {
                new WhatsAppMessageTemplate(stack, c.id(), WhatsAppMessageTemplateProps.builder()
                        .wabaId(EmulatorHarness.WABA).definition(TemplateDefinitionSource.fromJson(c.json())).build());
            } catch (RuntimeException e) {
                // A mistake the construct reports at once (before synth) still names the field.
                thrownAtOnce.add(c.id() + ": " + e.getMessage());
            }
        }
        String report;
        try {
            app.synth();
            report = "";
        } catch (RuntimeException e) {
            report = e.getMessage();
        }
        List<String> missing = new ArrayList<>();
        for (Case c : cases) {
            if (c.id().equals("image_cdn_url")) {
                // Since issue 13 the constructs take Meta's CDN URL (what export writes) with a warning, not
                // an error (cdk-constructs' TemplateKindsSynthTest); the validator alone still refuses it.
                continue;
            }
            String construct = "[BadInput/" + c.id() + "] ";
            String at = thrownAtOnce.stream().filter(t -> t.startsWith(c.id() + ": ")).findFirst().orElse(null);
            boolean named;
            if (at != null) {
                named = c.path().isEmpty() || at.contains(c.path()) || at.contains(topField(c.path()));
            } else {
                named = report.lines().anyMatch(l -> l.contains(construct)
                        && (c.path().isEmpty() || l.contains(construct + c.path()) || l.contains(construct + topField(c.path()))));
            }
            if (!named) {
                missing.add(c.toString());
            }
        }
        ReportFiles.write("bad-input-synth.txt", "thrown at construction: " + thrownAtOnce.size() + "\n"
                + String.join("\n", thrownAtOnce) + "\nsynth report:\n" + report + "\n");
        assertThat(report).contains("Validation failed with the following errors");
        assertThat(missing).as("cases whose construct and field the synth report does not name").isEmpty();
    }

    /** The first segment of a path ("components[1].text" -> "components"). */
    private static String topField(String path) {
        int cut = path.indexOf('[');
        int dot = path.indexOf('.');
        int end = cut < 0 ? dot : dot < 0 ? cut : Math.min(cut, dot);
        return end < 0 ? path : path.substring(0, end);
    }
}
