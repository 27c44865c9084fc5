/** The partnerships read model, its projector from Kafka, and its open-data API. */
package de.globallokal.webui.partnerships;
