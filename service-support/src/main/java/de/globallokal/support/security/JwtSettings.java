package de.globallokal.support.security;

/**
 * What web-ui and the services agree on about tokens: web-ui signs with its private RSA
 * key (RS256), each service holds only the public key and takes only tokens that name it
 * as their audience.
 */
public final class JwtSettings {

    public static final String ROLES_CLAIM = "roles";

    /**
     * The one partnership a PARTNER token may work on: the partnership's id. Tokens of
     * the office's own staff have none.
     */
    public static final String PARTNERSHIP_CLAIM = "partnership";

    public static final String ISSUER = "globallokal-web-ui";

    /** The audience of tokens for partnerships-service: its application name. */
    public static final String PARTNERSHIPS_AUDIENCE = "partnerships-service";

    /** The audience of tokens for events-service: its application name. */
    public static final String EVENTS_AUDIENCE = "events-service";

    private JwtSettings() {
    }

}
