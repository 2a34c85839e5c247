package com.eumsocial.whatsapp.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.runner.deploy.StackDeployer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The last line of a successful deploy says "No changes." only when nothing changed at Meta. */
class DeploySummaryLineTest {

    private static StackDeployer.Result result(Map<String, Integer> actions) {
        return new StackDeployer.Result(true, List.of(), Map.of(), List.of(), actions);
    }

    @Test
    void nothingToDoIsNoChanges() {
        assertThat(RunnerCommand.Deploy.summaryLine(result(Map.of("NO_CHANGE", 3)))).isEqualTo("No changes.");
    }

    @Test
    void adoptionAloneChangesNothingAtMetaAndSaysWhatTheStateLearned() {
        assertThat(RunnerCommand.Deploy.summaryLine(result(Map.of("ADOPT", 2, "NO_CHANGE", 1))))
                .isEqualTo("No changes. 2 resource(s) Meta already holds as declared were adopted into the state (no call changed Meta).");
    }

    @Test
    void anAdoptionThatNeededAnUpdateOrACreateIsAChange() {
        assertThat(RunnerCommand.Deploy.summaryLine(result(Map.of("ADOPT", 1, "CREATE", 1)))).startsWith("Done: ");
        assertThat(RunnerCommand.Deploy.summaryLine(result(Map.of("ADOPT_UPDATE", 1)))).startsWith("Done: ");
    }
}
