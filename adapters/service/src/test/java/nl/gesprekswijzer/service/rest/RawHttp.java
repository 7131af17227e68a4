package nl.gesprekswijzer.service.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * HTTP written by hand over a socket, for what a well-behaved client cannot do: declare a huge body
 * without sending it, send one in chunks, stop half-way.
 */
record RawHttp(int port) {

  /** Generous, so that a loaded build machine never makes a test fail on time alone. */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  Socket connect() {
    try {
      Socket socket = new Socket();
      socket.connect(new InetSocketAddress("127.0.0.1", port), (int) READ_TIMEOUT.toMillis());
      socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends the bytes and returns everything the server answers until it closes the connection. */
  String exchange(byte[]... parts) {
    try (Socket socket = connect()) {
      for (byte[] part : parts) {
        socket.getOutputStream().write(part);
      }
      socket.getOutputStream().flush();
      return readUntilClosed(socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Everything the server sends until it closes the connection. Fails with a {@link
   * SocketTimeoutException} if the server keeps it open for longer than {@link #READ_TIMEOUT}.
   */
  static String readUntilClosed(Socket socket) throws IOException {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        received.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException stillOpen) {
      throw stillOpen;
    } catch (IOException reset) {
      // A reset after the response is a close too.
    }
    return received.toString(StandardCharsets.UTF_8);
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
