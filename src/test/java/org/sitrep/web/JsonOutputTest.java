package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.record.RecordJson;

class JsonOutputTest {
  final ObjectMapper mapper = JsonOutput.mapper();

  @Test
  void htmlCharactersAndBidiControlsAreEscapedAndRoundTrip() throws Exception {
    String hostile = "<script>'a' & \"b\"</script>\u202Eevil\u2066x\u2069\u2028é–日本";
    String json = mapper.writeValueAsString(Map.of("v", hostile));
    assertEquals("{\"v\":\"\\u003cscript\\u003e\\u0027a\\u0027 \\u0026 \\\"b\\\"\\u003c/script\\u003e"
        + "\\u202eevil\\u2066x\\u2069\\u2028é–日本\"}", json);
    assertEquals(hostile, RecordJson.mapper().readTree(json).get("v").asText());
  }

  @Test
  void keysAreSnakeCaseAndNullsKeptAsInRecords() throws Exception {
    record Row(String articleId, String storyId) {}
    assertEquals("{\"article_id\":\"a\",\"story_id\":null}", mapper.writeValueAsString(new Row("a", null)));
  }

  @Test
  void theSharedRecordMapperIsNotChanged() throws Exception {
    assertEquals("{\"v\":\"<\"}", RecordJson.mapper().writeValueAsString(Map.of("v", "<")));
  }
}
