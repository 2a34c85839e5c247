package com.eumsocial.whatsapp.benchmarks;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold Lambda invocation per process, as the Lambda runtime does it: load the handler class
 * named by the first argument from the handler jar, construct it, call
 * {@code handleRequest(payload, out, context)} once, print the answer. Uses only classes the
 * shaded handler jar holds (it runs with the handler jar and this class on the classpath).
 * Arguments: handler class, CloudFormation payload file.
 */
public final class ColdReadMain {
    private ColdReadMain() {
    }

    public static void main(String[] args) throws Exception {
        long mainAt = System.nanoTime();
        long jvmToMain = System.currentTimeMillis()
            - ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(System.currentTimeMillis());
        Class<?> type = Class.forName(args[0]);
        long loadedAt = System.nanoTime();
        RequestStreamHandler handler = (RequestStreamHandler) type.getDeclaredConstructor().newInstance();
        long constructedAt = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            handler.handleRequest(in, out, new QuietContext());
        }
        long handledAt = System.nanoTime();
        System.out.println(out.toString(StandardCharsets.UTF_8));
        // Where the time went, for the benchmark's breakdown (milliseconds).
        System.err.printf("cold-start-phases jvm=%d load=%d construct=%d handle=%d%n", jvmToMain,
            (loadedAt - mainAt) / 1_000_000, (constructedAt - loadedAt) / 1_000_000, (handledAt - constructedAt) / 1_000_000);
    }

    /** The runtime's context: a logger that drops lines (CloudWatch is not there), 30 s to run. */
    private static final class QuietContext implements Context {
        private final LambdaLogger logger = new LambdaLogger() {
            @Override public void log(String message) { }
            @Override public void log(byte[] message) { }
        };

        @Override public String getAwsRequestId() { return "cold-start"; }
        @Override public String getLogGroupName() { return "cold-start"; }
        @Override public String getLogStreamName() { return "cold-start"; }
        @Override public String getFunctionName() { return "cold-start"; }
        @Override public String getFunctionVersion() { return "$LATEST"; }
        @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:000000000000:function:cold-start"; }
        @Override public CognitoIdentity getIdentity() { return null; }
        @Override public ClientContext getClientContext() { return null; }
        @Override public int getRemainingTimeInMillis() { return 30_000; }
        @Override public int getMemoryLimitInMB() { return 512; }
        @Override public LambdaLogger getLogger() { return logger; }
    }
}
