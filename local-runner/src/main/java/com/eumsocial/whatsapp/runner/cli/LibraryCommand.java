package com.eumsocial.whatsapp.runner.cli;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.eumsocial.whatsapp.runner.invoke.InvocationTarget;
import com.eumsocial.whatsapp.runner.library.TemplateLibraryListing;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClientBuilder;
import software.amazon.awssdk.services.socialmessaging.model.MetaLibraryTemplateDefinition;

/** {@code local-runner library}: browse Meta's template library with the API's filters. */
@Command(name = "library", mixinStandardHelpOptions = true,
    description = "List Meta's template library (ListWhatsAppTemplateLibrary, every page) with its filters, as a table or JSON: "
        + "the names to use as library_template_name / LibraryTemplateName. Default target: an in-memory embedded emulator "
        + "(its stand-in library); --endpoint or --region for another (default AWS credential chain).")
final class LibraryCommand implements Callable<Integer> {
    enum Format { table, json }

    @CommandLine.ParentCommand
    RunnerCommand root;

    @Option(names = "--search", description = "Text in the name, header or body (the API's searchKey).")
    String search;

    @Option(names = "--topic", description = "Topic, e.g. PAYMENTS, ORDER_MANAGEMENT.")
    String topic;

    @Option(names = "--use-case", description = "Use case, e.g. PAYMENT_REMINDER, SHIPPING_UPDATE (the API's usecase).")
    String useCase;

    @Option(names = "--industry", description = "Industry, e.g. E_COMMERCE, FINANCIAL_SERVICES.")
    String industry;

    @Option(names = "--language", description = "Language code, e.g. en_US.")
    String language;

    @Option(names = "--format", description = "table or json. Default: ${DEFAULT-VALUE}.")
    Format format = Format.table;

    @Option(names = "--waba", description = "The WABA id to list for. Default: the caller's only linked WABA.")
    String waba;

    @Option(names = "--endpoint", description = "List from this endpoint (e.g. a standalone emulator) instead of the embedded one.")
    URI endpoint;

    @Option(names = "--region", description = "List from this region of a real account.")
    String region;

    @Override
    public Integer call() {
        Map<String, String> filters = TemplateLibraryListing.filters(search, topic, useCase, industry, language);
        boolean embedded = endpoint == null && region == null;
        try (SocialMessagingEmulator emulator = embedded ? SocialMessagingEmulator.start(EmulatorConfig.defaults()) : null;
             SocialMessagingClient client = client(emulator)) {
            if (embedded) {
                // stderr, so that --format json prints JSON alone on stdout.
                root.err.println("Target: in-memory embedded Social Messaging emulator (its stand-in for Meta's library)");
            }
            List<MetaLibraryTemplateDefinition> entries = TemplateLibraryListing.list(client,
                TemplateLibraryListing.waba(client, waba), filters);
            root.out.print(format == Format.json ? TemplateLibraryListing.json(entries) : TemplateLibraryListing.table(entries));
        }
        return 0;
    }

    private SocialMessagingClient client(SocialMessagingEmulator emulator) {
        SocialMessagingClientBuilder builder = SocialMessagingClient.builder()
            .region(Region.of(region != null ? region : InvocationTarget.DEFAULT_REGION))
            .httpClient(UrlConnectionHttpClient.builder().build());
        if (emulator != null) {
            builder.endpointOverride(emulator.endpoint()).credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create(AccessKey.DEFAULT.accessKeyId(), AccessKey.DEFAULT.secretAccessKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
            if (endpoint != null) {
                builder.endpointOverride(endpoint);
            }
        }
        return builder.build();
    }
}
