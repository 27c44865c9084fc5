/** The product's languages: German first, then English and French. */
package de.globallokal.webui.base.i18n;
