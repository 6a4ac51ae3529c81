package com.collector.repository.clickonce.signing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every single-character edit of a manifest that keeps it well-formed and that canonicalization
 * keeps. Edited: each character of attribute values and of text (letters change case, digits change
 * value, whitespace in text becomes other whitespace, anything else becomes {@code Q}).
 *
 * <p>Not edited, because exclusive c14n discards them or the edit would break well-formedness: the
 * XML declaration and whitespace outside the root element, comments, element and attribute names,
 * whitespace between attributes and inside attribute values (the parser normalizes it),
 * declarations of prefixes nothing uses, and default-namespace declarations on prefixed elements
 * without children (mansign2 copies one into the license's {@code as:assemblyIdentity}).
 *
 * <p>Assumes ASCII input without CDATA, as ClickOnce manifests are.
 */
final class Mutations {

  record Mutation(int position, String where, byte[] manifest) {}

  private Mutations() {}

  static List<Mutation> of(byte[] manifest) {
    String xml = new String(manifest, StandardCharsets.US_ASCII);
    List<Mutation> mutations = new ArrayList<>();
    int i = xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0);
    int end = xml.lastIndexOf('>') + 1;
    while (i < end) {
      if (xml.startsWith("<!--", i)) {
        i = xml.indexOf("-->", i) + 3;
      } else if (xml.charAt(i) == '<') {
        i = tag(xml, i, mutations);
      } else {
        char replacement = replacement(xml.charAt(i), true);
        mutations.add(mutation(xml, i, replacement, "text"));
        i++;
      }
    }
    return mutations;
  }

  /** Adds the edits of a tag's attribute values; returns the index after the tag. */
  private static int tag(String xml, int start, List<Mutation> mutations) {
    boolean prefixedLeaf = xml.substring(start, end(xml, start)).matches("<[\\w.]+:[\\s\\S]*/>");
    int i = start;
    int nameStart = -1;
    String name = null;
    while (xml.charAt(i) != '>') {
      char c = xml.charAt(i);
      if (c == '"' || c == '\'') {
        int end = xml.indexOf(c, i + 1);
        boolean unusedDefault = "xmlns".equals(name) && prefixedLeaf;
        if (!unusedDeclaration(xml, name) && !unusedDefault) {
          for (int v = i + 1; v < end; v++) {
            if (!Character.isWhitespace(xml.charAt(v))) {
              mutations.add(mutation(xml, v, replacement(xml.charAt(v), false), name));
            }
          }
        }
        i = end + 1;
      } else if (c == '=') {
        name = xml.substring(nameStart, i).trim();
        i++;
      } else {
        if (Character.isWhitespace(c)) {
          nameStart = i;
        }
        i++;
      }
    }
    return i + 1;
  }

  /** The index after the {@code >} closing the tag at {@code start}, quoted values skipped. */
  private static int end(String xml, int start) {
    int i = start;
    while (xml.charAt(i) != '>') {
      char c = xml.charAt(i);
      i = c == '"' || c == '\'' ? xml.indexOf(c, i + 1) + 1 : i + 1;
    }
    return i + 1;
  }

  private static boolean unusedDeclaration(String xml, String attribute) {
    if (attribute == null || !attribute.startsWith("xmlns:")) {
      return false;
    }
    String prefix = Pattern.quote(attribute.substring("xmlns:".length()));
    return !Pattern.compile("[<\\s/]" + prefix + ":[A-Za-z]").matcher(xml).find();
  }

  private static char replacement(char c, boolean inText) {
    if (Character.isLetter(c)) {
      return Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    }
    if (Character.isDigit(c)) {
      return (char) ('0' + (c - '0' + 1) % 10);
    }
    if (inText && Character.isWhitespace(c)) {
      return c == ' ' ? '\t' : ' ';
    }
    return 'Q';
  }

  private static Mutation mutation(String xml, int position, char replacement, String where) {
    StringBuilder edited = new StringBuilder(xml);
    edited.setCharAt(position, replacement);
    return new Mutation(position, where, edited.toString().getBytes(StandardCharsets.US_ASCII));
  }
}
