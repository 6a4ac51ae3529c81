package com.collector.repository.clickonce.signing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** An RFC 3161 time-stamping authority in the test JVM that always answers with {@code time}. */
final class LocalTsa implements TimestampAuthority {

  private final TimeStampResponseGenerator responses;
  private final Instant time;
  private BigInteger serial = BigInteger.ONE;

  LocalTsa(Instant time) throws GeneralSecurityException {
    this.time = time;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair key = generator.generateKeyPair();
      X509Certificate certificate = certificate(key, time);
      TimeStampTokenGenerator tokens =
          new TimeStampTokenGenerator(
              new JcaSimpleSignerInfoGeneratorBuilder()
                  .build("SHA256withRSA", key.getPrivate(), certificate),
              new JcaDigestCalculatorProviderBuilder()
                  .build()
                  .get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
              new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
      tokens.addCertificates(new JcaCertStore(List.of(certificate)));
      this.responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    } catch (org.bouncycastle.operator.OperatorCreationException
        | org.bouncycastle.tsp.TSPException e) {
      throw new GeneralSecurityException(e);
    }
  }

  @Override
  public synchronized byte[] timestamp(byte[] signatureValue) {
    TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
    generator.setCertReq(true);
    TimeStampRequest request =
        generator.generate(TSPAlgorithms.SHA256, EnvelopedSignature.sha256(signatureValue));
    try {
      return responses
          .generate(request, nextSerial(), Date.from(time))
          .getTimeStampToken()
          .getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Serves RFC 3161 over HTTP on localhost until {@link HttpServer#stop} is called. */
  HttpServer serve() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/tsa",
          exchange -> {
            byte[] answer = answer(exchange.getRequestBody().readAllBytes());
            exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static URI url(HttpServer server) {
    return URI.create("http://localhost:" + server.getAddress().getPort() + "/tsa");
  }

  private synchronized byte[] answer(byte[] request) throws IOException {
    try {
      return responses
          .generate(new TimeStampRequest(request), nextSerial(), Date.from(time))
          .getEncoded();
    } catch (org.bouncycastle.tsp.TSPException e) {
      throw new IOException(e);
    }
  }

  private BigInteger nextSerial() {
    serial = serial.add(BigInteger.ONE);
    return serial;
  }

  private static X509Certificate certificate(KeyPair key, Instant now)
      throws GeneralSecurityException {
    X500Name name = new X500Name("CN=Test TSA");
    try {
      var holder =
          new JcaX509v3CertificateBuilder(
                  name,
                  BigInteger.TEN,
                  Date.from(now.minus(Duration.ofDays(1))),
                  Date.from(now.plus(Duration.ofDays(365))),
                  name,
                  key.getPublic())
              .addExtension(
                  Extension.extendedKeyUsage,
                  true,
                  new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
              .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate()));
      return new JcaX509CertificateConverter().getCertificate(holder);
    } catch (IOException | org.bouncycastle.operator.OperatorCreationException e) {
      throw new GeneralSecurityException(e);
    }
  }
}
