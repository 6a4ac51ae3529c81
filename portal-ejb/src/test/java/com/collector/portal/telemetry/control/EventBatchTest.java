package com.collector.portal.telemetry.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.platform.boundary.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventBatchTest {

  private static EventBatch parse(String json) {
    return EventBatch.parse(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void eachEventKeepsItsJsonExactlyAsSentWhateverSurroundsIt() {
    String first = "{ 'id' : 'a', 'type':'session_end',\n 'nested': {'x': [1, {'y': 2}]} }";
    String second = "{'id':'b\\u00e9\\\"q','plugins':{'exact-online':'3.4.1'},'rows':12}";
    EventBatch batch =
        parse("{'meta':{'events':5},'events': [ " + first + " ,\n\t" + second + "],'tail':[1]}");

    assertThat(batch.events())
        .extracting(EventBatch.Raw::json)
        .containsExactly(first.replace('\'', '"'), second.replace('\'', '"'));
    Map<String, Object> members = batch.events().get(1).members();
    assertThat(members.get("id")).isEqualTo("bé\"q");
    assertThat(members.get("plugins")).isEqualTo(Map.of("exact-online", "3.4.1"));
    assertThat(members.get("rows")).isEqualTo(12L);
    assertThat(batch.events().get(0).members().get("nested"))
        .isEqualTo(Map.of("x", EventBatch.NESTED));
  }

  @Test
  void scalarsKeepTheirKindAndAnElementThatIsNoObjectHasNoMembers() {
    EventBatch batch =
        parse(
            "{'events':[{'t':true,'d':1.5,'f':false,'n':null,'a':[1],'o':{'p':{}}}, 7, 'x', []]}");

    Map<String, Object> members = batch.events().get(0).members();
    assertThat(members.get("d")).isEqualTo(new java.math.BigDecimal("1.5"));
    assertThat(members).containsEntry("t", Boolean.TRUE).containsEntry("f", Boolean.FALSE);
    assertThat(members).containsKey("n");
    assertThat(members.get("n")).isNull();
    assertThat(members.get("a")).isSameAs(EventBatch.NESTED);
    assertThat(members.get("o")).isEqualTo(Map.of("p", EventBatch.NESTED));
    assertThat(batch.events().subList(1, 4))
        .extracting(EventBatch.Raw::members)
        .containsOnlyNulls();
    assertThat(batch.events().get(0).text("t")).isNull();
  }

  @Test
  void anEmptyBatchIsABatch() {
    assertThat(parse("{'events':[]}").events()).isEmpty();
  }

  @Test
  void aBodyThatIsNoBatchIsRefusedNamingWhy() {
    for (String body :
        List.of(
            "", "{", "{'events':[}", "{'events':[]} x", "nul", "{'events':[{'a':}]}", "[]", "5")) {
      assertThatThrownBy(() -> parse(body))
          .as(body)
          .isInstanceOfSatisfying(
              InvalidInputException.class, e -> assertThat(e.getMessage()).contains("body"));
    }
    for (String body : List.of("{}", "{'events':{}}", "{'events':[],'events':1}")) {
      assertThatThrownBy(() -> parse(body))
          .as(body)
          .isInstanceOfSatisfying(
              InvalidInputException.class, e -> assertThat(e.getMessage()).contains("events"));
    }
  }
}
