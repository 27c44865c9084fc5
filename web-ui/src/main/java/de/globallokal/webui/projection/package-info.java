/**
 * From topics to read models, and what every feature reads: the projector of each topic
 * (partnerships: partnerships, projects, actors, contacts; events: the calendar), one
 * version-guarded read model per aggregate type, the calendar's queries over them (dates,
 * entries with names resolved, filters), rebuilds from offset 0 into a new generation,
 * and the live feed of applied changes, shared between instances. Features reach each
 * other only through this package and {@code base}.
 */
package de.globallokal.webui.projection;
