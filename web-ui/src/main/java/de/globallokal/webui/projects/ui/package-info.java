/**
 * Public pages about projects: the list and one project with funding and its action
 * programme.
 */
package de.globallokal.webui.projects.ui;
