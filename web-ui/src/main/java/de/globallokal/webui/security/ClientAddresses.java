package de.globallokal.webui.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is asking, as limits and throttles count people: the address the request came from,
 * or — when that is one of our reverse proxies ({@code globallokal.proxy.trusted}, CIDR
 * ranges) — the last address in {@code X-Forwarded-For} that is not one of them. A header
 * from anyone else is ignored, so nobody picks their own key. IPv6 clients are counted by
 * their /64, which one household or device holds whole.
 */
@Component
public class ClientAddresses {

    private final List<IpAddressMatcher> proxies;

    ClientAddresses(@Value("${globallokal.proxy.trusted:}") List<String> trusted) {
        // "none": web-ui is reached directly, and no forwarded header is believed
        this.proxies = trusted.stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty() && !s.equalsIgnoreCase("none"))
            .map(IpAddressMatcher::new)
            .toList();
    }

    /** The key of the client of the request being served; empty outside a request. */
    public Optional<String> current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.of(of(attributes.getRequest()));
        }
        return Optional.empty();
    }

    /** The key a limit counts this request's client by. */
    public String of(HttpServletRequest request) {
        return key(address(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
    }

    /** The real client's address: through our proxies, never through anyone else's. */
    String address(String remote, String forwardedFor) {
        if (forwardedFor == null || !trusted(remote)) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
        String client = remote;
        for (int i = hops.size() - 1; i >= 0 && trusted(client); i--) {
            if (!parses(hops.get(i))) {
                // what a proxy would never write: the last address we trust stays the
                // client
                return client;
            }
            client = hops.get(i);
        }
        return client;
    }

    private boolean trusted(String address) {
        return parses(address) && proxies.stream().anyMatch(proxy -> proxy.matches(address));
    }

    private static boolean parses(String address) {
        return literal(address).isPresent();
    }

    /** IPv4 as it is; IPv6 by its first 64 bits. */
    static String key(String address) {
        Optional<InetAddress> parsed = literal(address);
        if (parsed.isEmpty() || parsed.get().getAddress().length == 4) {
            return address;
        }
        byte[] bytes = parsed.get().getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return prefix.append(":/64").toString();
    }

    /** Literal addresses only: a host name is never looked up. */
    private static Optional<InetAddress> literal(String address) {
        if (address == null || address.isEmpty()) {
            return Optional.empty();
        }
        try {
            String bare = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                    : address;
            return Optional.of(InetAddress.ofLiteral(bare));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
