/** The public start page. */
package de.globallokal.webui.home.ui;
