package com.eumsocial.whatsapp.benchmarks;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the Lambda runtime hands a handler: a logger and the time left. Handler log lines are
 * counted, not printed, so a benchmark's output stays readable and printing costs nothing.
 */
final class LambdaContext implements Context {
    private final AtomicLong logLines = new AtomicLong();
    private final LambdaLogger logger = new LambdaLogger() {
        @Override
        public void log(String message) {
            logLines.incrementAndGet();
        }

        @Override
        public void log(byte[] message) {
            log(new String(message, StandardCharsets.UTF_8));
        }
    };

    long logLines() {
        return logLines.get();
    }

    @Override public String getAwsRequestId() { return "benchmark"; }
    @Override public String getLogGroupName() { return "benchmark"; }
    @Override public String getLogStreamName() { return "benchmark"; }
    @Override public String getFunctionName() { return "benchmark"; }
    @Override public String getFunctionVersion() { return "$LATEST"; }
    @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:000000000000:function:benchmark"; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    /** One invocation of create may run 60 s (the handler contract); the handlers finish long before. */
    @Override public int getRemainingTimeInMillis() { return 60_000; }
    @Override public int getMemoryLimitInMB() { return 512; }
    @Override public LambdaLogger getLogger() { return logger; }
}
