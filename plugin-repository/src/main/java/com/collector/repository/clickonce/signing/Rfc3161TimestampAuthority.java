package com.collector.repository.clickonce.signing;

import com.collector.repository.signing.SigningException;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * Asks an RFC 3161 time-stamping authority over HTTP, like mansign2's {@code
 * CryptRetrieveTimeStamp} call: SHA-256 imprint, a random nonce, the TSA's certificate requested.
 */
public final class Rfc3161TimestampAuthority implements TimestampAuthority {

  private static final Duration TIMEOUT = Duration.ofMinutes(1);

  private final URI url;
  private final HttpClient http;
  private final SecureRandom random = new SecureRandom();

  public Rfc3161TimestampAuthority(URI url, HttpClient http) {
    this.url = url;
    this.http = http;
  }

  public Rfc3161TimestampAuthority(URI url) {
    this(url, HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
  }

  @Override
  public byte[] timestamp(byte[] signatureValue) {
    TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
    generator.setCertReq(true);
    TimeStampRequest request =
        generator.generate(
            TSPAlgorithms.SHA256,
            EnvelopedSignature.sha256(signatureValue),
            new BigInteger(192, random));
    try {
      HttpResponse<byte[]> answer =
          http.send(post(request.getEncoded()), HttpResponse.BodyHandlers.ofByteArray());
      if (answer.statusCode() != 200) {
        throw new SigningException(
            "time-stamping authority " + url + " answered HTTP " + answer.statusCode(), null);
      }
      TimeStampResponse response = new TimeStampResponse(answer.body());
      response.validate(request); // status granted, same imprint and nonce
      return response.getTimeStampToken().getEncoded();
    } catch (IOException | TSPException e) {
      throw new SigningException(
          "time-stamping authority " + url + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SigningException("interrupted while asking " + url + " for a timestamp", e);
    }
  }

  private HttpRequest post(byte[] body) {
    return HttpRequest.newBuilder(url)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/timestamp-query")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }
}
