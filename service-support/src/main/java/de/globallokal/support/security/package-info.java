/**
 * The services as OAuth2 resource servers: HMAC-signed JWTs issued by web-ui, roles from
 * a claim.
 */
package de.globallokal.support.security;
