/**
 * What the public JSON APIs share (paging, links, tombstones, the date of a sync), the
 * clients of the services, and the cache rules for everything served.
 */
package de.globallokal.webui.base.web;
