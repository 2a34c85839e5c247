package com.eumsocial.whatsapp.cdk;

/**
 * Recognises CDK tokens in strings without a round trip to the jsii runtime (which matters when an
 * app declares hundreds of templates): string tokens are encoded as {@code ${Token[...]}}.
 */
final class Tokens {
    private Tokens() {
    }

    static boolean isToken(String value) {
        return value != null && value.contains("${Token[");
    }
}
