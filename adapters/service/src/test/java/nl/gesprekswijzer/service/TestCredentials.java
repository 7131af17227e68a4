package nl.gesprekswijzer.service;

/**
 * The credential the tests send: the development key, which the service accepts from loopback
 * while no key and no issuer is configured, as in every test that does not configure its own.
 */
public final class TestCredentials {

  public static final String HEADER = "X-API-Key";
  public static final String DEVELOPMENT_KEY = "gesprekswijzer-dev";

  private TestCredentials() {}
}
