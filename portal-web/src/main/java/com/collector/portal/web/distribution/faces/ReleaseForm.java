package com.collector.portal.web.distribution.faces;

import com.collector.portal.distribution.boundary.NewRelease;
import com.collector.portal.identity.entity.Language;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** The metadata inputs of the upload form, kept in the view while the package uploads. */
public class ReleaseForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String version;
  private String channel = "stable";
  private boolean mandatory;
  private Integer rollout = 100;
  private String notesEn;
  private String notesFr;
  private String notesNl;
  private String minAppVersion;
  private String maxAppVersion;

  /** The boundary's input for a release of {@code productCode}. */
  NewRelease toInput(String productCode) {
    Map<Language, String> notes = new EnumMap<>(Language.class);
    put(notes, Language.en, notesEn);
    put(notes, Language.fr, notesFr);
    put(notes, Language.nl, notesNl);
    return new NewRelease(
        productCode, version, channel, mandatory, rollout, notes, minAppVersion, maxAppVersion);
  }

  private static void put(Map<Language, String> notes, Language language, String text) {
    if (text != null && !text.isBlank()) {
      notes.put(language, text);
    }
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public boolean isMandatory() {
    return mandatory;
  }

  public void setMandatory(boolean mandatory) {
    this.mandatory = mandatory;
  }

  public Integer getRollout() {
    return rollout;
  }

  public void setRollout(Integer rollout) {
    this.rollout = rollout;
  }

  public String getNotesEn() {
    return notesEn;
  }

  public void setNotesEn(String notesEn) {
    this.notesEn = notesEn;
  }

  public String getNotesFr() {
    return notesFr;
  }

  public void setNotesFr(String notesFr) {
    this.notesFr = notesFr;
  }

  public String getNotesNl() {
    return notesNl;
  }

  public void setNotesNl(String notesNl) {
    this.notesNl = notesNl;
  }

  public String getMinAppVersion() {
    return minAppVersion;
  }

  public void setMinAppVersion(String minAppVersion) {
    this.minAppVersion = minAppVersion;
  }

  public String getMaxAppVersion() {
    return maxAppVersion;
  }

  public void setMaxAppVersion(String maxAppVersion) {
    this.maxAppVersion = maxAppVersion;
  }
}
