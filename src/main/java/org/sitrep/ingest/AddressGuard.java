package org.sitrep.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Predicate;

/**
 * Which hosts a fetch may connect to. {@link #publicOnly()} is the SSRF guard of the web server:
 * it resolves the host and refuses it when any of its addresses is loopback, link-local (which
 * holds the cloud metadata address 169.254.169.254), private, unique-local, carrier-grade NAT,
 * multicast, unspecified or otherwise reserved, for IPv4 and IPv6 alike (IPv4-mapped and
 * IPv4-compatible IPv6 addresses are judged as the IPv4 address they hold).
 *
 * <p>The fetcher checks the host before every redirect hop, for a clear message, and connects
 * through a {@link GuardedProxy} that resolves the host once more, checks that answer and connects
 * to exactly the address it checked: a DNS server that answers differently between the two
 * (DNS rebinding) reaches no refused address.
 */
final class AddressGuard {
  private final Predicate<InetAddress> allowed;
  private final Resolver resolver;

  /** Host name to addresses; the system resolver outside tests. */
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  AddressGuard(Predicate<InetAddress> allowed, Resolver resolver) {
    this.allowed = allowed;
    this.resolver = resolver;
  }

  private static final AddressGuard ANY = new AddressGuard(a -> true, host -> new InetAddress[0]);

  /** Every address allowed, no look-up: the command line's default. */
  static AddressGuard any() {
    return ANY;
  }

  private static final AddressGuard PUBLIC = new AddressGuard(AddressGuard::isPublic, InetAddress::getAllByName);

  /** Only public unicast addresses. */
  static AddressGuard publicOnly() {
    return PUBLIC;
  }

  /** Throws {@link InputException} naming the URL when the host resolves to a refused address. */
  void check(String host, String url) {
    checked(host, url);
  }

  /**
   * The address to connect to, from one look-up of the host: the first, when the guard allows
   * every address the host has. Throws {@link InputException} naming the URL otherwise.
   */
  InetAddress allowedAddress(String host, String url) {
    InetAddress[] addresses = checked(host, url);
    if (addresses.length == 0) throw new InputException("cannot fetch " + url + ": unknown host " + host);
    return addresses[0];
  }

  private InetAddress[] checked(String host, String url) {
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(stripBrackets(host));
    } catch (UnknownHostException e) {
      throw new InputException("cannot fetch " + url + ": unknown host " + host);
    }
    for (InetAddress a : addresses) {
      if (!allowed.test(a)) {
        throw new InputException("cannot fetch " + url + ": refused: " + host + " is a "
            + "loopback, private, link-local or reserved address (" + a.getHostAddress()
            + "); start the server with --allow-private-urls to allow it");
      }
    }
    return addresses;
  }

  /** Whether this guard lets every address through without looking any up. */
  boolean allowsAll() {
    return this == ANY;
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** Whether an address is public unicast: none of the special-purpose ranges. */
  static boolean isPublic(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet6Address) {
      byte[] v4 = embeddedIpv4(b);
      return v4 != null ? isPublicV4(v4) : isPublicV6(b);
    }
    return address instanceof Inet4Address && isPublicV4(b);
  }

  private static boolean isPublicV4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    return !(a0 == 0 // "this network", unspecified
        || a0 == 10 // private
        || a0 == 127 // loopback
        || (a0 == 100 && a1 >= 64 && a1 <= 127) // carrier-grade NAT
        || (a0 == 169 && a1 == 254) // link-local, cloud metadata
        || (a0 == 172 && a1 >= 16 && a1 <= 31) // private
        || (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
        || (a0 == 192 && a1 == 168) // private
        || (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
        || a0 >= 224); // multicast, reserved, broadcast
  }

  private static boolean isPublicV6(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    boolean zeroUpTo15 = true;
    for (int i = 0; i < 15; i++) zeroUpTo15 &= b[i] == 0;
    return !(zeroUpTo15 // :: unspecified and ::1 loopback
        || (first & 0xfe) == 0xfc // fc00::/7 unique local
        || (first == 0xfe && (second & 0xc0) == 0x80) // fe80::/10 link-local
        || (first == 0xfe && (second & 0xc0) == 0xc0) // fec0::/10 site-local (deprecated)
        || first == 0xff // multicast
        || (first == 0x01 && second == 0x00 && allZero(b, 2, 8)) // 100::/64 discard
        || (first == 0x20 && second == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8)); // documentation
  }

  /** The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d (NAT64) or 2002:ab:cd:: (6to4). */
  private static byte[] embeddedIpv4(byte[] b) {
    boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = allZero(b, 0, 12) && !allZero(b, 12, 15);
    boolean nat64 = b[0] == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
        && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12);
    if (mapped || compatible || nat64) return new byte[] {b[12], b[13], b[14], b[15]};
    if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) return new byte[] {b[2], b[3], b[4], b[5]};
    return null;
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) return false;
    }
    return true;
  }
}
