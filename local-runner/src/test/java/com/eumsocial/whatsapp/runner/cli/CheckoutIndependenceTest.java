package com.eumsocial.whatsapp.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.runner.deploy.DeployFixtureAccess;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The same commit deployed from two checkout folders (every CI runner has its own) is the same
 * deployment: the second run, sharing the state, says "No changes." and re-uploads no media.
 */
class CheckoutIndependenceTest {
    private Path work;
    private String out;
    private String err;

    @BeforeEach
    void setUp(TestInfo info) throws Exception {
        work = Path.of("target", "test-work", "checkouts-" + info.getTestMethod().orElseThrow().getName() + "-" + System.nanoTime())
            .toAbsolutePath();
        DeployFixtureAccess.copyFixtures(Files.createDirectories(work.resolve("runner-1/_work/repo")));
        DeployFixtureAccess.copyFixtures(Files.createDirectories(work.resolve("elsewhere/runner-2/checkout")));
    }

    private int deploy(String path) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit = RunnerCommand.run(new String[] {"deploy", path, "--virtual-time", "--review-delay", "60", "--state-dir",
            work.resolve("shared-state").toString()}, new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return exit;
    }

    @Test
    void aTemplateFolderWithMediaFromAnotherCheckoutHasNoChanges() {
        assertThat(deploy(work.resolve("runner-1/_work/repo/folder-app/templates").toString())).as(out + err).isZero();
        assertThat(out).contains("banner.png", "CREATE_COMPLETE").contains("Done:");

        assertThat(deploy(work.resolve("elsewhere/runner-2/checkout/folder-app/templates").toString())).as(out + err).isZero();
        assertThat(out).contains("No changes.").doesNotContain("CREATE").doesNotContain("UPDATE").doesNotContain("DELETE");
    }

    @Test
    void aSynthesizedAppFromAnotherCheckoutHasNoChanges() {
        assertThat(deploy(work.resolve("runner-1/_work/repo/small-app/cdk.out").toString())).as(out + err).isZero();
        assertThat(out).contains("Done:");

        assertThat(deploy(work.resolve("elsewhere/runner-2/checkout/small-app/cdk.out").toString())).as(out + err).isZero();
        assertThat(out).contains("No changes.").doesNotContain("CREATE").doesNotContain("UPDATE").doesNotContain("DELETE");
    }
}
