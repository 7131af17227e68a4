/**
 * An example HR platform, "ExampleHR", plugging into Gesprekswijzer as a Java platform does: one
 * implementation of each SPI, each listed in {@code META-INF/services} for {@link
 * java.util.ServiceLoader}, and {@link nl.gesprekswijzer.example.ExamplePlatform}, the platform's
 * own code that finds them and asks the engine for advice.
 *
 * <ul>
 *   <li>{@link nl.gesprekswijzer.example.ExampleRuleSets}: the rule set from the platform's store;
 *   <li>{@link nl.gesprekswijzer.example.ExampleHrSituationSource}: the platform's employee record
 *       as a request;
 *   <li>{@link nl.gesprekswijzer.example.ExampleCaoCatalog}: its customers' own CAO figures;
 *   <li>{@link nl.gesprekswijzer.example.ExampleOutbox}: every advice, as a dataless notice for the
 *       platform's screens.
 * </ul>
 */
@NullMarked
package nl.gesprekswijzer.example;

import org.jspecify.annotations.NullMarked;
