package com.eumsocial.whatsapp.librarytemplate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** The customisation of a URL button: the schema's UrlInput definition. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class UrlInput {
    @JsonProperty("BaseUrl")
    private String baseUrl;
    @JsonProperty("UrlSuffixExample")
    private String urlSuffixExample;

    public UrlInput() {
    }

    public UrlInput(String baseUrl, String urlSuffixExample) {
        this.baseUrl = baseUrl;
        this.urlSuffixExample = urlSuffixExample;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getUrlSuffixExample() {
        return urlSuffixExample;
    }

    public void setUrlSuffixExample(String urlSuffixExample) {
        this.urlSuffixExample = urlSuffixExample;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UrlInput other
            && Objects.equals(baseUrl, other.baseUrl)
            && Objects.equals(urlSuffixExample, other.urlSuffixExample);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseUrl, urlSuffixExample);
    }

    @Override
    public String toString() {
        return "UrlInput{BaseUrl=" + baseUrl + ", UrlSuffixExample=" + urlSuffixExample + "}";
    }
}
