package de.globallokal.webui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTests {

    private final ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/24", "fd00::/8"));

    @Test
    void behindOurProxyTheForwardedClientCounts() {
        assertThat(addresses.of(request("10.0.0.2", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(addresses.of(request("fd00::2", "198.51.100.9, 10.0.0.5"))).isEqualTo("198.51.100.9");
    }

    @Test
    void aForwardedHeaderFromAnyoneElseIsIgnored() {
        assertThat(addresses.of(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(new ClientAddresses(List.of()).of(request("10.0.0.2", "198.51.100.1"))).isEqualTo("10.0.0.2");
        assertThat(new ClientAddresses(List.of("none")).of(request("10.0.0.2", "198.51.100.1"))).isEqualTo("10.0.0.2");
    }

    @Test
    void whatAClientPutInFrontOfTheHeaderIsNotBelieved() {
        // the client sent "X-Forwarded-For: 1.2.3.4"; our proxy appended the address it
        // saw
        assertThat(addresses.of(request("10.0.0.2", "1.2.3.4, 203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(addresses.of(request("10.0.0.2", "bogus, 10.0.0.3"))).isEqualTo("10.0.0.3");
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        String one = addresses.of(request("fd00::2", "2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        String other = addresses.of(request("fd00::2", "2001:db8:1:2::99"));
        String neighbour = addresses.of(request("fd00::2", "2001:db8:1:3::1"));

        assertThat(one).isEqualTo(other).isEqualTo("2001:db8:1:2::/64");
        assertThat(neighbour).isNotEqualTo(one);
    }

    private static MockHttpServletRequest request(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        request.addHeader("X-Forwarded-For", forwardedFor);
        return request;
    }

}
