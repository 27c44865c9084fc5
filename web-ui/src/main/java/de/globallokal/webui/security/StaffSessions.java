package de.globallokal.webui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session at its next request once its account was disabled or its password
 * set: the session's stamp no longer matches the account's. Every instance asks the
 * shared database, so a change on one ends the sessions on all; a Vaadin page notices
 * within a heartbeat and goes to the sign-in page.
 */
class StaffSessions extends OncePerRequestFilter {

    private final StaffAccounts accounts;

    StaffSessions(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffUser user) {
            Optional<String> stamp = accounts.stamp(user.getUsername());
            if (stamp.isEmpty() || !stamp.get().equals(user.stamp())) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * After one changed their own password, the session they did it in carries the new
     * stamp; their other sessions end.
     */
    static void keepCurrent(String username, String stamp) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffUser user
                && user.getUsername().equals(username)) {
            StaffUser renewed = new StaffUser(username, "", user.getAuthorities(), true, stamp);
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(renewed, null, user.getAuthorities()));
        }
    }

}
