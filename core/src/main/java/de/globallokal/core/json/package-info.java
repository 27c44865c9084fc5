/** JSON mapping shared by producers and consumers of the event contract. */
package de.globallokal.core.json;
