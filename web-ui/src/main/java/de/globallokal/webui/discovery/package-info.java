/**
 * How search engines find the public site: {@code robots.txt} keeps staff pages out and
 * names the sitemap; {@code sitemap.xml} lists every public page with its last change
 * from the read models. Both are served without a session.
 */
package de.globallokal.webui.discovery;
