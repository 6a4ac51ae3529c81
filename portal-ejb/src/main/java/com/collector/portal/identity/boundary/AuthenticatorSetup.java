package com.collector.portal.identity.boundary;

/**
 * What an authenticator app needs: the seed typed by hand, or the {@code otpauth://} URI scanned
 * from the QR code (a PNG data URI).
 */
public record AuthenticatorSetup(String secret, String otpauthUri, String qrCode) {}
