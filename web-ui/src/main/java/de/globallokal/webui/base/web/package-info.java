/** What the public JSON APIs share: paging, links, tombstones, the date of a sync. */
package de.globallokal.webui.base.web;
