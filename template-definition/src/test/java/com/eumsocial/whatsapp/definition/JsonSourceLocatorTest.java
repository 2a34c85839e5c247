package com.eumsocial.whatsapp.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.definition.JsonSourceLocator.Position;
import org.junit.jupiter.api.Test;

class JsonSourceLocatorTest {
    private static final String FILE = String.join("\n",
            "{",
            "  \"name\": \"order_shipped\",",
            "  \"language\": \"zz_ZZ\",",
            "  \"components\": [",
            "    {\"type\": \"BODY\", \"text\": \"Hi\"},",
            "    {\"type\": \"BUTTONS\", \"buttons\": [{\"type\": \"URL\", \"a/b~c\": 1}]}",
            "  ]",
            "}");

    @Test
    void everyValueIsFoundAtItsFirstCharacter() {
        JsonSourceLocator locator = JsonSourceLocator.of(FILE);
        assertThat(locator.locate("")).contains(new Position(1, 1));
        assertThat(locator.locate("/language")).contains(new Position(3, 15));
        assertThat(locator.locate("/components")).contains(new Position(4, 17));
        assertThat(locator.locate("/components/0")).contains(new Position(5, 5));
        assertThat(locator.locate("/components/0/text")).contains(new Position(5, 30));
        assertThat(locator.locate("/components/1/buttons/0/type")).contains(new Position(6, 46));
        assertThat(locator.locate("/components/1/buttons/0/a~1b~0c")).contains(new Position(6, 62));
        assertThat(locator.contains("/components/1/buttons/0")).isTrue();
    }

    @Test
    void anAbsentValueIsPlacedAtItsNearestPresentAncestor() {
        JsonSourceLocator locator = JsonSourceLocator.of(FILE);
        assertThat(locator.contains("/components/0/example")).isFalse();
        assertThat(locator.locate("/components/0/example/body_text/0")).contains(new Position(5, 5));
        assertThat(locator.locate("/category")).contains(new Position(1, 1));
        assertThat(locator.locate(null)).contains(new Position(1, 1));
    }

    @Test
    void malformedTextIsLocatedUpToWhereItBreaks() {
        JsonSourceLocator locator = JsonSourceLocator.of("{\"name\": \"a\",\n \"language\" \"en\"}");
        assertThat(locator.locate("/name")).contains(new Position(1, 10));
        assertThat(JsonSourceLocator.of("").locate("/name")).isEmpty();
    }
}
