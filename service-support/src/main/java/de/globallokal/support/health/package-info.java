/** Health of the infrastructure every app depends on: MongoDB and Kafka. */
package de.globallokal.support.health;
