/** The public contact page. */
package de.globallokal.webui.contacts.ui;
