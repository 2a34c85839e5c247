package com.eumsocial.whatsapp.reliability.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP/1.1 proxy in front of the emulator that can lose one answer: the Nth request (counted
 * over all requests) is forwarded and answered by the emulator, so its effect happens, but the
 * client gets the connection closed instead of the answer, as when a Lambda function times out
 * right after a call. From then on the proxy is "down" (every request is dropped unforwarded, so
 * the SDK's own retries cannot reach the emulator) until {@link #revive()}: the invocation that
 * lost the answer is lost as a whole, and the test re-invokes as CloudFormation would.
 *
 * <p>Requests are forwarded byte for byte (Host included), so SigV4 signatures made for the proxy's
 * address verify at the emulator. Operations are named from method and path.
 */
public final class ResponseDroppingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress upstream;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dropping-proxy");
        t.setDaemon(true);
        return t;
    });
    private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    private volatile int dropAt = -1;
    private volatile boolean down;
    private volatile String dropped;

    public ResponseDroppingProxy(URI emulator) throws IOException {
        this.upstream = new InetSocketAddress(emulator.getHost(), emulator.getPort());
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(this::accept);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Lose the answer of the request with this 0-based index (over all requests from now on counted by {@link #seen()}). */
    public synchronized void dropAnswerOf(int index) {
        this.dropAt = index;
        this.dropped = null;
    }

    /** The operation whose answer was lost since the last {@link #revive()}, or null. */
    public String dropped() {
        return dropped;
    }

    /** Back up, nothing more to drop; {@link #dropped()} is cleared. */
    public synchronized void revive() {
        down = false;
        dropAt = -1;
        dropped = null;
    }

    /** Operations forwarded so far (including the one whose answer was lost). */
    public List<String> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    public void clearSeen() {
        seen.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.submit(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; Socket up = new Socket(upstream.getAddress(), upstream.getPort())) {
            InputStream fromClient = client.getInputStream();
            OutputStream toClient = client.getOutputStream();
            InputStream fromUp = up.getInputStream();
            OutputStream toUp = up.getOutputStream();
            while (true) {
                Message request = Message.read(fromClient, true);
                if (request == null) {
                    return;
                }
                boolean drop;
                synchronized (this) {
                    if (down) {
                        return;
                    }
                    int index = seen.size();
                    seen.add(request.operation());
                    drop = index == dropAt;
                }
                toUp.write(request.bytes());
                toUp.flush();
                Message response = Message.read(fromUp, false);
                if (response == null) {
                    return;
                }
                if (drop) {
                    synchronized (this) {
                        down = true;
                        dropped = request.operation();
                    }
                    return;
                }
                toClient.write(response.bytes());
                toClient.flush();
            }
        } catch (IOException e) {
            // a closed connection ends this exchange
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }

    /** One HTTP/1.1 message as raw bytes, with the request's operation name. */
    record Message(byte[] bytes, String operation) {
        static Message read(InputStream in, boolean request) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return null;
                }
                head.write(b);
                matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            String headText = head.toString(StandardCharsets.ISO_8859_1);
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.write(head.toByteArray());
            String lower = headText.toLowerCase(Locale.ROOT);
            int length = header(lower, "content-length");
            if (length > 0) {
                all.write(in.readNBytes(length));
            } else if (lower.contains("transfer-encoding: chunked")) {
                while (true) {
                    String sizeLine = line(in);
                    all.write((sizeLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
                    all.write(in.readNBytes(size + 2));
                    if (size == 0) {
                        break;
                    }
                }
            }
            String operation = request ? operation(headText) : "";
            return new Message(all.toByteArray(), operation);
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder s = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (b != '\r') {
                    s.append((char) b);
                }
            }
            return s.toString();
        }

        private static int header(String lowerHead, String name) {
            for (String line : lowerHead.split("\r\n")) {
                if (line.startsWith(name + ":")) {
                    return Integer.parseInt(line.substring(name.length() + 1).trim());
                }
            }
            return -1;
        }

        static String operation(String head) {
            String[] first = head.substring(0, head.indexOf("\r\n")).split(" ");
            String method = first[0];
            String path = first[1].split("\\?")[0];
            return switch (method + " " + path) {
                case "POST /v1/whatsapp/template/put" -> "CreateWhatsAppMessageTemplate";
                case "POST /v1/whatsapp/template/create" -> "CreateWhatsAppMessageTemplateFromLibrary";
                case "POST /v1/whatsapp/template/media" -> "CreateWhatsAppMessageTemplateMedia";
                case "DELETE /v1/whatsapp/template" -> "DeleteWhatsAppMessageTemplate";
                case "GET /v1/whatsapp/template" -> "GetWhatsAppMessageTemplate";
                case "GET /v1/whatsapp/template/list" -> "ListWhatsAppMessageTemplates";
                case "POST /v1/whatsapp/template" -> "UpdateWhatsAppMessageTemplate";
                case "POST /v1/whatsapp/template/library" -> "ListWhatsAppTemplateLibrary";
                case "GET /v1/whatsapp/waba/details" -> "GetLinkedWhatsAppBusinessAccount";
                default -> method + " " + path;
            };
        }
    }
}
