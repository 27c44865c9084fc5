/**
 * The public pages of fair procurement and the office's structures, and their staff
 * pages.
 */
package de.globallokal.webui.procurement.ui;
