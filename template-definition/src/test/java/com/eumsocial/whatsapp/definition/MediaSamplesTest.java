package com.eumsocial.whatsapp.definition;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.eumsocial.whatsapp.definition.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

class MediaSamplesTest {
    private static final String EXPORTED = "{'name':'cards','language':'en','category':'MARKETING','components':["
            + "{'type':'BODY','text':'Rare succulents for your home, all under 25 dollars.'},"
            + "{'type':'CAROUSEL','cards':["
            + "{'components':[{'type':'HEADER','format':'IMAGE','example':{'header_handle':['https://scontent.whatsapp.net/a.jpg']}},"
            + "{'type':'BUTTONS','buttons':[{'type':'QUICK_REPLY','text':'More'}]}]},"
            + "{'components':[{'type':'HEADER','format':'IMAGE','example':{'header_handle':['file:b.jpg']}},"
            + "{'type':'BUTTONS','buttons':[{'type':'QUICK_REPLY','text':'More'}]}]}]}]}";

    @Test
    void everySampleIsFoundIncludingThoseInCarouselCards() {
        List<MediaSamples.Slot> slots = MediaSamples.slots(json(EXPORTED));

        assertThat(slots).extracting(MediaSamples.Slot::path).containsExactly(
                "components[1].cards[0].components[0].example.header_handle",
                "components[1].cards[1].components[0].example.header_handle");
        assertThat(slots).extracting(MediaSamples.Slot::format).containsOnly("IMAGE");
        assertThat(MediaSamples.slots(null)).isEmpty();
    }

    @Test
    void cdnUrlsGetAStandInForValidationAndAreListed() {
        ObjectNode exported = (ObjectNode) json(EXPORTED);
        List<String> found = new ArrayList<>();

        ObjectNode checked = MediaSamples.withStandInsForCdnUrls(exported, found);

        assertThat(found).containsExactly("components[1].cards[0].components[0].example.header_handle[0]");
        assertThat(MediaSamples.slots(checked).get(0).handles().get(0).asText()).isEqualTo(MediaSamples.STAND_IN_HANDLE);
        assertThat(MediaSamples.slots(exported).get(0).handles().get(0).asText()).startsWith("https://");
        assertThat(MediaSamples.isCdnUrl("4::abc")).isFalse();
        assertThat(MediaSamples.isCdnUrl(null)).isFalse();
    }
}
