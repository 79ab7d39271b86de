package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SSRF guard on literal addresses: InetAddress.getByName parses literals without DNS. */
class AddressGuardTest {
  private static final List<String> REFUSED = List.of(
      "127.0.0.1", "127.255.255.254", "0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255",
      "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "169.254.0.1",
      "100.64.0.1", "100.127.255.255", "192.0.0.170", "198.18.0.1", "224.0.0.1", "239.255.255.250",
      "240.0.0.1", "255.255.255.255",
      "::", "::1", "fe80::1", "fe80::1ff:fe23:4567:890a", "fc00::1", "fd12:3456:789a::1", "fec0::1",
      "ff02::1", "ff05::2", "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::ffff:169.254.169.254",
      "::ffff:7f00:1", "::127.0.0.1", "::10.0.0.1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe",
      "2002:7f00:1::", "2002:c0a8:101::1", "fd00:ec2::254", "2001:db8::1", "100::1");
  private static final List<String> ALLOWED = List.of(
      "8.8.8.8", "1.1.1.1", "93.184.216.34", "172.15.255.255", "172.32.0.1", "100.63.255.255",
      "100.128.0.1", "169.253.1.1", "192.169.0.1", "11.0.0.1", "223.255.255.254",
      "2606:4700:4700::1111", "2a00:1450:4001:82b::200e", "::ffff:8.8.8.8", "64:ff9b::808:808",
      "2002:808:808::1");

  @Test
  void refusesLoopbackPrivateLinkLocalMulticastUnspecifiedAndMetadataAddresses() throws Exception {
    for (String literal : REFUSED) {
      assertEquals(false, AddressGuard.isPublic(InetAddress.getByName(literal)), literal);
    }
  }

  @Test
  void allowsPublicUnicastAddresses() throws Exception {
    for (String literal : ALLOWED) {
      assertEquals(true, AddressGuard.isPublic(InetAddress.getByName(literal)), literal);
    }
  }

  @Test
  void refusesAHostWhenAnyOfItsAddressesIsPrivate() {
    AddressGuard guard = new AddressGuard(AddressGuard::isPublic, fake(Map.of(
        "mixed.test", List.of("93.184.216.34", "10.0.0.7"), "public.test", List.of("93.184.216.34"))));
    InputException e = assertThrows(InputException.class,
        () -> guard.check("mixed.test", "http://mixed.test/a"));
    assertTrue(e.getMessage().contains("10.0.0.7"), e.getMessage());
    assertTrue(e.getMessage().contains("--allow-private-urls"), e.getMessage());
    assertDoesNotThrow(() -> guard.check("public.test", "http://public.test/a"));
  }

  @Test
  void bracketedIpv6HostsAreJudgedByTheirAddress() {
    AddressGuard guard = AddressGuard.publicOnly();
    assertThrows(InputException.class, () -> guard.check("[::1]", "http://[::1]/"));
    assertThrows(InputException.class, () -> guard.check("[::ffff:127.0.0.1]", "http://[::ffff:127.0.0.1]/"));
    assertThrows(InputException.class, () -> guard.check("169.254.169.254", "http://169.254.169.254/"));
  }

  @Test
  void anUnknownHostIsAOneLineError() {
    AddressGuard guard = new AddressGuard(AddressGuard::isPublic, fake(Map.of()));
    InputException e = assertThrows(InputException.class, () -> guard.check("nowhere.test", "http://nowhere.test/"));
    assertEquals("cannot fetch http://nowhere.test/: unknown host nowhere.test", e.getMessage());
  }

  @Test
  void anyAllowsEverythingWithoutALookUp() {
    assertDoesNotThrow(() -> AddressGuard.any().check("127.0.0.1", "http://127.0.0.1/"));
  }

  private static AddressGuard.Resolver fake(Map<String, List<String>> hosts) {
    return host -> {
      List<String> literals = hosts.get(host);
      if (literals == null) throw new UnknownHostException(host);
      InetAddress[] out = new InetAddress[literals.size()];
      for (int i = 0; i < out.length; i++) out[i] = InetAddress.getByName(literals.get(i));
      return out;
    };
  }
}
