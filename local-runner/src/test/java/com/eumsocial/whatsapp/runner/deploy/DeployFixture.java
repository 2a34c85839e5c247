package com.eumsocial.whatsapp.runner.deploy;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesRequest;
import software.amazon.awssdk.services.socialmessaging.model.TemplateSummary;

/** An in-process emulator (virtual time), a work folder with the fixtures and a state file. */
final class DeployFixture implements AutoCloseable {
    static final String WABA = MetaSettings.DEFAULT_WABA_ID;

    final SocialMessagingEmulator emulator;
    final RunnerSession session;
    final Path work;
    final ByteArrayOutputStream output = new ByteArrayOutputStream();
    DeployState state;
    RollbackPolicy rollback = RollbackPolicy.KEEP;

    DeployFixture(String name) {
        emulator = SocialMessagingEmulator.start(EmulatorConfig.builder()
            .metaSettings(MetaSettings.builder().reviewDelay(Duration.ofMinutes(1)).build()).build());
        session = RunnerSession.onEmulator(emulator, true, true, line -> { });
        work = Path.of("target", "test-work", name + "-" + System.nanoTime()).toAbsolutePath();
        copy(Path.of("src", "test", "resources", "fixtures"), work);
        state = DeployState.load(work.resolve(".local-runner").resolve("state.json"));
    }

    StackTemplate small() {
        return StackLoader.loadTemplateFile(work.resolve("small-app/cdk.out/Small.template.json"));
    }

    StackDeployer.Result deploy(StackTemplate stack) {
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        DeployReporter reporter = session.reporter(out);
        StackDeployer.Result result = session.deployer(state, reporter, 4).rollbackPolicy(rollback).deploy(stack);
        reporter.table(result.rows());
        return result;
    }

    StackDeployer.Result destroy(String stack) {
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        return session.deployer(state, session.reporter(out), 1).destroy(stack);
    }

    String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    /** "name/language" of every live template in the WABA. */
    Set<String> templatesAtMeta() {
        Set<String> out = new TreeSet<>();
        try (SocialMessagingClient client = session.client()) {
            for (TemplateSummary t : client.listWhatsAppMessageTemplatesPaginator(ListWhatsAppMessageTemplatesRequest.builder()
                .id(WABA).build()).templates()) {
                if (!t.templateStatus().equals("DELETED") && !t.templateStatus().equals("PENDING_DELETION")) {
                    out.add(t.templateName() + "/" + t.templateLanguage());
                }
            }
        }
        return out;
    }

    /** Number of state-changing calls the emulator accepted so far. */
    long stateChangingCalls() {
        return operations("CreateWhatsAppMessageTemplate") + operations("UpdateWhatsAppMessageTemplate")
            + operations("DeleteWhatsAppMessageTemplate") + operations("CreateWhatsAppMessageTemplateMedia")
            + operations("CreateWhatsAppMessageTemplateFromLibrary");
    }

    long operations(String name) {
        return emulator.control().state().path("protocol").path("operations").path(name).asLong(0);
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        session.close();
        emulator.close();
    }
}
