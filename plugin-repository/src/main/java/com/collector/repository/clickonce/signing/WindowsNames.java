package com.collector.repository.clickonce.signing;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * A certificate subject as Windows shows it ({@code X500DistinguishedName.Name}): most specific RDN
 * first, {@code ", "} between RDNs, Windows' attribute names, values quoted only when they hold a
 * separator. Java's RFC 2253 form differs (it escapes the backslash of {@code CN=HOST\ADMIN}).
 */
final class WindowsNames {

  private static final Map<ASN1ObjectIdentifier, String> NAMES =
      Map.ofEntries(
          Map.entry(BCStyle.CN, "CN"),
          Map.entry(BCStyle.L, "L"),
          Map.entry(BCStyle.ST, "S"),
          Map.entry(BCStyle.O, "O"),
          Map.entry(BCStyle.OU, "OU"),
          Map.entry(BCStyle.C, "C"),
          Map.entry(BCStyle.STREET, "STREET"),
          Map.entry(BCStyle.T, "T"),
          Map.entry(BCStyle.GIVENNAME, "G"),
          Map.entry(BCStyle.INITIALS, "I"),
          Map.entry(BCStyle.SURNAME, "SN"),
          Map.entry(BCStyle.DC, "DC"),
          Map.entry(BCStyle.SERIALNUMBER, "SERIALNUMBER"),
          Map.entry(BCStyle.EmailAddress, "E"),
          Map.entry(BCStyle.UID, "OID.0.9.2342.19200300.100.1.1"),
          Map.entry(BCStyle.POSTAL_CODE, "PostalCode"));

  private WindowsNames() {}

  static String subject(X509Certificate certificate) {
    RDN[] rdns = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs();
    List<String> parts = new ArrayList<>();
    for (int i = rdns.length - 1; i >= 0; i--) {
      List<String> values = new ArrayList<>();
      for (AttributeTypeAndValue value : rdns[i].getTypesAndValues()) {
        values.add(name(value.getType()) + "=" + quoted(text(value.getValue())));
      }
      parts.add(String.join(" + ", values));
    }
    return String.join(", ", parts);
  }

  private static String name(ASN1ObjectIdentifier type) {
    return NAMES.getOrDefault(type, "OID." + type.getId());
  }

  private static String text(ASN1Encodable value) {
    if (value instanceof ASN1String string) {
      return string.getString();
    }
    return value.toString();
  }

  private static String quoted(String value) {
    boolean needsQuotes =
        value.isEmpty()
            || value.chars().anyMatch(c -> ",+=\"\n<>#;".indexOf(c) >= 0)
            || Character.isWhitespace(value.charAt(0))
            || Character.isWhitespace(value.charAt(value.length() - 1));
    return needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
