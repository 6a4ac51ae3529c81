package com.collector.portal.telemetry.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintsTest {

  @Test
  void theSameFramesAtOtherLinesWithOtherGeneratedNamesAreOneGroup() {
    String one =
        "System.NullReferenceException: Object reference not set\n"
            + "   at Collector.Plugins.Exact.<>c__DisplayClass12_0.<Run>b__3() in C:\\a\\Run.cs:line 88\n"
            + "   at Collector.Runner.Execute(Job job) in C:\\a\\Runner.cs:line 120\n";
    String two =
        "System.NullReferenceException: another message\n"
            + "   at Collector.Plugins.Exact.<>c__DisplayClass14_0.<Run>b__7() in D:\\b\\Run.cs:line 91\n"
            + "   at Collector.Runner.Execute(Job job) in D:\\b\\Runner.cs:line 131\n";

    assertThat(Fingerprints.topFrames(one)).isEqualTo(Fingerprints.topFrames(two));
    assertThat(Fingerprints.of("System.NullReferenceException", Fingerprints.topFrames(one)))
        .isEqualTo(Fingerprints.of("System.NullReferenceException", Fingerprints.topFrames(two)))
        .hasSize(32);
  }

  @Test
  void anotherTypeOrAnotherFrameIsAnotherGroup() {
    String frames = Fingerprints.topFrames("   at Collector.Runner.Execute(Job job)\n");
    String other = Fingerprints.topFrames("   at Collector.Runner.Schedule(Job job)\n");

    assertThat(Fingerprints.of("A", frames)).isNotEqualTo(Fingerprints.of("B", frames));
    assertThat(Fingerprints.of("A", frames)).isNotEqualTo(Fingerprints.of("A", other));
  }

  @Test
  void onlyTheTopFramesCount() {
    StringBuilder trace = new StringBuilder("java.lang.IllegalStateException: x\n");
    for (int i = 0; i < 9; i++) {
      trace
          .append("\tat com.collector.M")
          .append((char) ('a' + i))
          .append(".run(M.java:")
          .append(i)
          .append(")\n");
    }

    assertThat(Fingerprints.topFrames(trace.toString()).split("\n"))
        .hasSize(Fingerprints.TOP_FRAMES)
        .startsWith("com.collector.Ma.run");
  }
}
