package com.eumsocial.whatsapp.emulator.protocol;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.knowledge.HttpBindingIndex;
import software.amazon.smithy.model.knowledge.TopDownIndex;
import software.amazon.smithy.model.loader.ModelAssembler;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.model.shapes.StructureShape;
import software.amazon.smithy.model.traits.ErrorTrait;
import software.amazon.smithy.model.traits.HttpErrorTrait;
import software.amazon.smithy.model.traits.HttpTrait;
import software.amazon.smithy.model.traits.ReadonlyTrait;

/**
 * The Social Messaging Smithy model (bundled with the emulator) and the routes derived from it.
 * Everything the wire does (paths, member placement, constraints, error codes) comes from here.
 */
public final class ServiceModel {
    /** Classpath location of the model: the version that matches SDK 2.40.2. */
    public static final String RESOURCE = "/smithy/socialmessaging-2024-01-01.json";

    private final Model model;
    private final ServiceShape service;
    private final List<OperationRoute> routes;
    private final Map<String, OperationRoute> byName = new LinkedHashMap<>();
    private final Map<String, Integer> errorStatus = new LinkedHashMap<>();

    private ServiceModel(Model model) {
        this.model = model;
        this.service = model.getServiceShapes().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the model defines no service"));
        HttpBindingIndex bindings = HttpBindingIndex.of(model);
        List<OperationRoute> found = new ArrayList<>();
        for (OperationShape operation : TopDownIndex.of(model).getContainedOperations(service)) {
            HttpTrait http = operation.expectTrait(HttpTrait.class);
            StructureShape input = model.expectShape(operation.getInputShape(), StructureShape.class);
            StructureShape output = model.expectShape(operation.getOutputShape(), StructureShape.class);
            OperationRoute route = new OperationRoute(operation.getId().getName(), http.getMethod(), http.getUri(),
                    http.getCode(), operation.hasTrait(ReadonlyTrait.class), input, output,
                    bindings.getRequestBindings(operation), bindings.getResponseBindings(operation));
            found.add(route);
            byName.put(route.name(), route);
        }
        // Specific literal paths win over labels when two patterns could match one request.
        found.sort(Comparator.comparingInt(OperationRoute::literalSegments).reversed());
        this.routes = List.copyOf(found);
        model.getStructureShapesWithTrait(ErrorTrait.class).forEach(error -> errorStatus.put(error.getId().getName(),
                error.getTrait(HttpErrorTrait.class).map(HttpErrorTrait::getCode)
                        .orElse(error.expectTrait(ErrorTrait.class).getDefaultHttpStatusCode())));
    }

    /** Loads the bundled model. AWS-specific traits are kept as unknown traits: only smithy.api's matter here. */
    public static ServiceModel load() {
        URL resource = ServiceModel.class.getResource(RESOURCE);
        if (resource == null) {
            throw new IllegalStateException("model resource " + RESOURCE + " is missing from the classpath");
        }
        Model model = Model.assembler()
                .addImport(resource)
                .putProperty(ModelAssembler.ALLOW_UNKNOWN_TRAITS, true)
                .assemble()
                .unwrap();
        return new ServiceModel(model);
    }

    /** Wraps an already assembled model (tests use small synthetic ones). */
    public static ServiceModel of(Model model) {
        return new ServiceModel(model);
    }

    public Model model() {
        return model;
    }

    public ServiceShape service() {
        return service;
    }

    public List<OperationRoute> routes() {
        return routes;
    }

    /**
     * The operations that change state: those the model does not mark {@code @readonly}. The
     * journal records exactly these, and tests count calls by them.
     */
    public Set<String> stateChangingOperations() {
        Set<String> names = new TreeSet<>();
        routes.stream().filter(route -> !route.readOnly()).forEach(route -> names.add(route.name()));
        return Collections.unmodifiableSet(names);
    }

    public Optional<OperationRoute> operation(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The route for a request plus its label values; empty when no operation matches. */
    public Optional<RouteMatch> route(IncomingRequest request) {
        List<String> segments = request.pathSegments();
        Map<String, List<String>> query = request.queryParameters();
        for (OperationRoute route : routes) {
            Map<String, String> labels = route.match(request.method(), segments, query);
            if (labels != null) {
                return Optional.of(new RouteMatch(route, labels, query));
            }
        }
        return Optional.empty();
    }

    /**
     * The HTTP status of an error shape from its {@code @httpError} trait; errors the model does
     * not declare (front-door errors) default to 400, or 500 for server-side names.
     */
    public int statusOf(String errorType) {
        Integer status = errorStatus.get(errorType);
        if (status != null) {
            return status;
        }
        return errorType.startsWith("Internal") ? 500 : 400;
    }

    public boolean declaresError(String errorType) {
        return errorStatus.containsKey(errorType);
    }

    /** A matched route with the label values taken from the path and the decoded query. */
    public record RouteMatch(OperationRoute route, Map<String, String> labels, Map<String, List<String>> query) {
    }
}
