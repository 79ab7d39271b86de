package org.sitrep.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
  @Test
  void aPlaceKeepsItsRegionAndReadsWithoutOne() throws JsonProcessingException {
    Place odesa = new Place("Odesa", "Odesa", "UKR", "Odesa Oblast", 46.48, 30.73, "locality", 10, 15);
    String json = RecordJson.toJson(odesa);
    assertTrue(json.contains("\"region\":\"Odesa Oblast\""), json);
    assertEquals(odesa, RecordJson.mapper().readValue(json, Place.class));

    // a record stored before places had regions
    Place old = RecordJson.mapper().readValue("{\"text\":\"Odesa\",\"name\":\"Odesa\",\"country\":\"UKR\","
        + "\"lat\":46.48,\"lon\":30.73,\"precision\":\"locality\",\"start\":10,\"end\":15}", Place.class);
    assertNull(old.region());
    assertEquals(new Place("Odesa", "Odesa", "UKR", 46.48, 30.73, "locality", 10, 15), old);
  }
}
