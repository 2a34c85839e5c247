package com.eumsocial.whatsapp.runner.invoke;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the handlers' calls go and as whom: what CloudFormation puts in a request as
 * {@code awsAccountId}, {@code region}, {@code requestData.callerCredentials} and (for the
 * emulator) the type configuration's {@code EndpointOverride}.
 *
 * @param endpoint    the service endpoint the handlers must call instead of the regional one
 *                    ({@code null} for a real account)
 * @param region      e.g. {@code us-east-1}
 * @param accountId   12 digits; used for {@code AWS::AccountId} and the stack id
 * @param partition   {@code aws}, {@code aws-cn}, ...
 * @param credentials the caller credentials handed to the handlers
 */
public record InvocationTarget(URI endpoint, String region, String accountId, String partition, CallerCredentials credentials) {
    /**
     * The emulator's first default access key (account 000000000000). CloudFormation always passes
     * temporary credentials and the wrapper's proxy refuses credentials without a session token;
     * the emulator accepts any session token with a known key.
     */
    public static final CallerCredentials EMULATOR_CREDENTIALS =
        new CallerCredentials("AKIAEMULATOR00000001", "emulatorSecretAccessKey0000000000000001", "local-runner-session");
    public static final String EMULATOR_ACCOUNT_ID = "000000000000";
    public static final String DEFAULT_REGION = "us-east-1";

    public InvocationTarget {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(credentials, "credentials");
    }

    /** The emulator at {@code endpoint}, signed with its default access key, region us-east-1. */
    public static InvocationTarget emulator(URI endpoint) {
        return new InvocationTarget(Objects.requireNonNull(endpoint, "endpoint"), DEFAULT_REGION, EMULATOR_ACCOUNT_ID, "aws",
            EMULATOR_CREDENTIALS);
    }

    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpoint);
    }

    public InvocationTarget withRegion(String newRegion) {
        return new InvocationTarget(endpoint, newRegion, accountId, partition, credentials);
    }

    /**
     * Credentials as CloudFormation passes them: temporary ones, so {@code sessionToken} is
     * required (rpdk's proxy builds session credentials and fails on a null token).
     */
    public record CallerCredentials(String accessKeyId, String secretAccessKey, String sessionToken) {
        public CallerCredentials {
            Objects.requireNonNull(accessKeyId, "accessKeyId");
            Objects.requireNonNull(secretAccessKey, "secretAccessKey");
            if (sessionToken == null || sessionToken.isEmpty()) {
                throw new IllegalArgumentException("sessionToken: the handlers need temporary credentials (access key "
                    + accessKeyId + " has no session token); use an SSO profile or assumed role, or "
                    + "'aws sts get-session-token'");
            }
        }

        @Override
        public String toString() {
            return "CallerCredentials[" + accessKeyId + "]";
        }
    }
}
