package com.collector.portal.web.distribution.faces;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.distribution.boundary.NewRelease;
import com.collector.portal.identity.entity.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseFormTest {

  @Test
  void blankNotesAreLeftOutAndDefaultsAreStableAndFullRollout() {
    ReleaseForm cut = new ReleaseForm();
    cut.setVersion("2.0.0");
    cut.setNotesFr("Nouveau");
    cut.setNotesEn("  ");

    NewRelease input = cut.toInput("ocr");

    assertThat(input.product()).isEqualTo("ocr");
    assertThat(input.channel()).isEqualTo("stable");
    assertThat(input.rollout()).isEqualTo(100);
    assertThat(input.mandatory()).isFalse();
    assertThat(input.notes()).isEqualTo(Map.of(Language.fr, "Nouveau"));
  }
}
