/** HTTP conventions of the services: RFC 9457 problem details, body size limit. */
package de.globallokal.support.web;
