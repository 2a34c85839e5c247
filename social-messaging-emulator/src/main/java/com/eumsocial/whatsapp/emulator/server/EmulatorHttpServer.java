package com.eumsocial.whatsapp.emulator.server;

import com.eumsocial.whatsapp.emulator.control.ControlHttpApi;
import com.eumsocial.whatsapp.emulator.protocol.IncomingRequest;
import com.eumsocial.whatsapp.emulator.protocol.ResponseWriter.Response;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK's HTTP server on a fixed thread pool: {@code /_emulator/...} goes to the control API,
 * everything else to the AWS protocol handler. Request logs carry method, path and status only
 * (never headers: they hold the Authorization signature and session tokens).
 */
public final class EmulatorHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmulatorHttpServer.class);

    static {
        // Headers and body leave in separate writes; with Nagle on, each small response waits for the
        // client's delayed ACK (~40 ms). The JDK server reads this once, before its first use.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final ServiceRequestHandler service;
    private final ControlHttpApi control;
    private final long startedAt = System.currentTimeMillis();
    private final AtomicLong requestCounter = new AtomicLong();

    public EmulatorHttpServer(String host, int port, int threads, ServiceRequestHandler service,
                              ControlHttpApi control) {
        this.service = service;
        this.control = control;
        try {
            this.server = HttpServer.create(new InetSocketAddress(host, port), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        }
        this.pool = Executors.newFixedThreadPool(threads, new NamedThreads());
        server.setExecutor(pool);
        server.createContext("/", this::exchange);
        server.start();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void exchange(HttpExchange exchange) {
        try {
            IncomingRequest request = read(exchange);
            Response response = request.rawPath().equals(ControlHttpApi.PREFIX)
                    || request.rawPath().startsWith(ControlHttpApi.PREFIX + "/")
                    ? control.handle(request) : service.handle(request);
            send(exchange, response);
            LOG.debug("{} {} -> {}", request.method(), request.rawPath(), response.status());
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("connection dropped: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("unexpected failure while answering a request", e);
            answerInternalError(exchange);
        } finally {
            exchange.close();
        }
    }

    private static IncomingRequest read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        return new IncomingRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
    }

    private void send(HttpExchange exchange, Response response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders().set("x-amzn-RequestId", requestId());
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Best effort: the client gets a JSON 500 instead of a dropped connection, unless headers already left. */
    private static void answerInternalError(HttpExchange exchange) {
        byte[] body = "{\"__type\":\"InternalServiceException\",\"message\":\"The emulator failed\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("x-amzn-ErrorType", "InternalServiceException");
            exchange.sendResponseHeaders(500, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException | RuntimeException ignored) {
            // the response had started or the connection is gone: nothing more to say
        }
    }

    /** Unique per request; a counter instead of UUID.randomUUID, whose SecureRandom is a hot spot. */
    private String requestId() {
        return new UUID(startedAt, requestCounter.incrementAndGet()).toString();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static final class NamedThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "emulator-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
