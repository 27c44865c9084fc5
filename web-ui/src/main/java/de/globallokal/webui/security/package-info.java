/**
 * Staff accounts with hashed passwords, sign-in, and the JWTs staff use to call the
 * services.
 */
package de.globallokal.webui.security;
