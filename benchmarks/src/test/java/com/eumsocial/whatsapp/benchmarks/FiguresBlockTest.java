package com.eumsocial.whatsapp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresBlockTest {

    @Test
    void runningOneBenchmarkReplacesOnlyItsSectionAndTargets() {
        FiguresBlock first = FiguresBlock.parse("").update("Last run A.",
            Map.of("1. Polling", "poll figures\n", "3. Cold", "cold figures\n#### Jars\njar table\n"),
            List.of(new Report.Target("1. Polling", "lag", "0 s", "<= 5 s", true),
                new Report.Target("3. Cold", "ratio", "1.9", "<= 1.5", false)));
        String rendered = first.render();

        FiguresBlock second = FiguresBlock.parse(rendered).update("Last run B.", Map.of("3. Cold", "new cold figures\n"),
            List.of(new Report.Target("3. Cold", "ratio", "1.4", "<= 1.5", true)));
        String text = second.render();

        assertThat(text).startsWith("Last run B.");
        assertThat(text).contains("### 1. Polling\n\npoll figures").contains("### 3. Cold\n\nnew cold figures")
            .doesNotContain("jar table").doesNotContain("1.9");
        assertThat(second.targetRows()).containsExactly("|1. Polling|lag|0 s|<= 5 s|yes|", "|3. Cold|ratio|1.4|<= 1.5|yes|");
        assertThat(text.indexOf("### 1. Polling")).isLessThan(text.indexOf("### 3. Cold"));
    }
}
