package com.eumsocial.whatsapp.runner.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SynthOutputTest {

    @Test
    void aProgrammingErrorInTheAppIsItsMessageOnceWithoutTheJavaStackOrMavensAdvice() {
        String output = """
            \u001B[0m[ERROR] Failed to execute goal org.codehaus.mojo:exec-maven-plugin:3.5.0:java (default-cli) on project app: \
            An exception occurred while executing the Java class. WhatsAppTemplates/Welcome: WhatsAppMessageTemplateProps.category is required -> [Help 1]
            java.lang.IllegalArgumentException: WhatsAppTemplates/Welcome: WhatsAppMessageTemplateProps.category is required
                at com.eumsocial.whatsapp.cdk.WhatsAppMessageTemplate.fromTypedProps (WhatsAppMessageTemplate.java:119)
                at org.codehaus.mojo.exec.ExecJavaMojo.lambda$execute$0 (ExecJavaMojo.java:283)
                ... 3 more
            [ERROR]\u0020
            [ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.
            [ERROR] Re-run Maven using the -X switch to enable full debug logging.
            [ERROR] For more information about the errors and possible solutions, please read the following articles:
            [ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException
            """;

        assertThat(SynthOutput.problems(output)).containsExactly(
            "WhatsAppTemplates/Welcome: WhatsAppMessageTemplateProps.category is required",
            "java.lang.IllegalArgumentException: WhatsAppTemplates/Welcome: WhatsAppMessageTemplateProps.category is required");
    }

    @Test
    void escapeCodesAreRemoved() {
        assertThat(SynthOutput.withoutEscapes("\u001B[0m\u001B[1;31mred\u001B[m")).isEqualTo("red");
    }
}
