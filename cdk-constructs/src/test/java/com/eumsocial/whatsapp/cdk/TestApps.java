package com.eumsocial.whatsapp.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/**
 * Shared fixtures. Tests build a whole app first and synthesize it once per class: the jsii
 * runtime makes every construct a round trip to node, and a synthesized app cannot change.
 */
final class TestApps {
    static final String WABA = "waba-0123456789abcdef0123456789abcdef";
    static final String WABA_ARN = "arn:aws:social-messaging:us-east-1:111122223333:waba/0123456789abcdef0123456789abcdef";
    static final Path FOLDERS = Path.of("src", "test", "resources", "folders");

    private TestApps() {
    }

    static App app() {
        try {
            Path out = Files.createTempDirectory("cdk-out");
            return new App(AppProps.builder().outdir(out.toString()).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stack stack(App app, String id) {
        return new Stack(app, id);
    }

    /** The one resource of that type in the template, as {@code {Type, Properties, ...}}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> onlyResource(Template template, String type) {
        Map<String, Map<String, Object>> found = (Map<String, Map<String, Object>>) (Map<?, ?>) template.findResources(type);
        assertThat(found).hasSize(1);
        return found.values().iterator().next();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("Properties");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> resources(Template template, String type) {
        return (Map<String, Map<String, Object>>) (Map<?, ?>) template.findResources(type);
    }

    /** Synthesizes the app, which must fail, and returns the message. */
    static String synthFailure(App app) {
        Throwable thrown = catchThrowable(app::synth);
        assertThat(thrown).as("synth must fail").isNotNull();
        return thrown.getMessage();
    }
}
