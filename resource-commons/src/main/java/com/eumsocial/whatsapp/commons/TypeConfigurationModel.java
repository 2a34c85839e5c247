package com.eumsocial.whatsapp.commons;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The type configuration shared by the three EUMSocial::WhatsApp types (set with
 * {@code aws cloudformation set-type-configuration}). Every field is optional: an absent
 * configuration means the real regional endpoint and the default polling schedule.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class TypeConfigurationModel {
    /** Classpath location of the {@code typeConfiguration} JSON that every type's schema embeds. */
    public static final String SCHEMA_RESOURCE = "/com/eumsocial/whatsapp/commons/type-configuration.json";

    @JsonProperty("EndpointOverride")
    private String endpointOverride;

    @JsonProperty("Polling")
    private Polling polling;

    public TypeConfigurationModel() {
    }

    public TypeConfigurationModel(String endpointOverride, Polling polling) {
        this.endpointOverride = endpointOverride;
        this.polling = polling;
    }

    public String getEndpointOverride() {
        return endpointOverride;
    }

    public void setEndpointOverride(String endpointOverride) {
        this.endpointOverride = endpointOverride;
    }

    public Polling getPolling() {
        return polling;
    }

    public void setPolling(Polling polling) {
        this.polling = polling;
    }

    /** The {@code typeConfiguration} object, as it appears in each type's schema. */
    public static String schemaJson() {
        try (InputStream in = TypeConfigurationModel.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypeConfigurationModel other
            && Objects.equals(endpointOverride, other.endpointOverride)
            && Objects.equals(polling, other.polling);
    }

    @Override
    public int hashCode() {
        return Objects.hash(endpointOverride, polling);
    }

    /** Polling schedule settings; see {@link PollingSchedule}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Polling {
        @JsonProperty("MinDelaySeconds")
        private Integer minDelaySeconds;

        @JsonProperty("MaxDelaySeconds")
        private Integer maxDelaySeconds;

        @JsonProperty("Ratio")
        private Double ratio;

        public Polling() {
        }

        public Polling(Integer minDelaySeconds, Integer maxDelaySeconds, Double ratio) {
            this.minDelaySeconds = minDelaySeconds;
            this.maxDelaySeconds = maxDelaySeconds;
            this.ratio = ratio;
        }

        public Integer getMinDelaySeconds() {
            return minDelaySeconds;
        }

        public void setMinDelaySeconds(Integer minDelaySeconds) {
            this.minDelaySeconds = minDelaySeconds;
        }

        public Integer getMaxDelaySeconds() {
            return maxDelaySeconds;
        }

        public void setMaxDelaySeconds(Integer maxDelaySeconds) {
            this.maxDelaySeconds = maxDelaySeconds;
        }

        public Double getRatio() {
            return ratio;
        }

        public void setRatio(Double ratio) {
            this.ratio = ratio;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Polling other
                && Objects.equals(minDelaySeconds, other.minDelaySeconds)
                && Objects.equals(maxDelaySeconds, other.maxDelaySeconds)
                && Objects.equals(ratio, other.ratio);
        }

        @Override
        public int hashCode() {
            return Objects.hash(minDelaySeconds, maxDelaySeconds, ratio);
        }
    }
}
