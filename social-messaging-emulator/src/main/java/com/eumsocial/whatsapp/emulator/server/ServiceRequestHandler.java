package com.eumsocial.whatsapp.emulator.server;

import com.eumsocial.whatsapp.emulator.control.RequestStats;
import com.eumsocial.whatsapp.emulator.faults.FaultInjector;
import com.eumsocial.whatsapp.emulator.meta.ServiceError;
import com.eumsocial.whatsapp.emulator.persistence.JournaledBackend;
import com.eumsocial.whatsapp.emulator.protocol.IncomingRequest;
import com.eumsocial.whatsapp.emulator.protocol.InputConstraints;
import com.eumsocial.whatsapp.emulator.protocol.OperationRoute;
import com.eumsocial.whatsapp.emulator.protocol.ProtocolError;
import com.eumsocial.whatsapp.emulator.protocol.RequestReader;
import com.eumsocial.whatsapp.emulator.protocol.ResponseWriter;
import com.eumsocial.whatsapp.emulator.protocol.ResponseWriter.Response;
import com.eumsocial.whatsapp.emulator.protocol.ServiceModel;
import com.eumsocial.whatsapp.emulator.protocol.ShapeCodec;
import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.eumsocial.whatsapp.emulator.security.AuthenticationFailure;
import com.eumsocial.whatsapp.emulator.security.SigV4Verifier;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AWS side of one request, in the order the service applies it: signature, route, injected
 * faults (before any state is touched), input deserialisation and constraints, the backend call,
 * and the restJson1 answer. Every failure becomes an error response the SDK understands.
 */
public final class ServiceRequestHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceRequestHandler.class);

    private final ServiceModel model;
    private final SigV4Verifier verifier;
    private final FaultInjector faults;
    private final JournaledBackend backend;
    private final RequestStats stats;
    private final RequestReader reader;
    private final ResponseWriter writer;
    private final InputConstraints constraints;

    public ServiceRequestHandler(ServiceModel model, SigV4Verifier verifier, FaultInjector faults,
                                 JournaledBackend backend, RequestStats stats, ObjectMapper json) {
        this.model = model;
        this.verifier = verifier;
        this.faults = faults;
        this.backend = backend;
        this.stats = stats;
        ShapeCodec codec = new ShapeCodec(model.model());
        this.reader = new RequestReader(json, codec);
        this.writer = new ResponseWriter(json, codec);
        this.constraints = new InputConstraints(model.model());
    }

    public Response handle(IncomingRequest request) {
        stats.request();
        AccessKey caller;
        try {
            caller = verifier.verify(request);
        } catch (AuthenticationFailure e) {
            stats.refused(e.errorType());
            return error(e.errorType(), e.status(), e.getMessage());
        }
        try {
            ServiceModel.RouteMatch match = model.route(request)
                    .orElseThrow(() -> ProtocolError.unknownOperation(request.method(), request.rawPath()));
            OperationRoute route = match.route();
            stats.operation(route.name());
            Optional<ProtocolError> fault = faults.before(route.name());
            if (fault.isPresent()) {
                throw fault.get();
            }
            ObjectNode input = reader.read(match, request);
            constraints.check(input, route.input());
            ObjectNode output = backend.invoke(route, caller.accountId(), input);
            return writer.write(route, output == null ? JsonNodeFactory.instance.objectNode() : output);
        } catch (ProtocolError e) {
            return error(e.errorType(), e.status(), e.getMessage());
        } catch (ServiceError e) {
            return error(e.errorType(), model.statusOf(e.errorType()), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} {} failed inside the emulator", request.method(), request.rawPath(), e);
            return error("InternalServiceException", 500, "The emulator failed: " + e);
        }
    }

    private Response error(String errorType, int status, String message) {
        stats.error(errorType);
        return writer.error(errorType, status, message);
    }
}
