/**
 * Spring Boot auto-configuration of the advisory engine: {@link
 * nl.gesprekswijzer.autoconfigure.GesprekswijzerAutoConfiguration} and its {@code gesprekswijzer.*}
 * properties ({@link nl.gesprekswijzer.autoconfigure.GesprekswijzerProperties}). Add {@code
 * gesprekswijzer-spring-boot-starter} to use it.
 */
@NullMarked
package nl.gesprekswijzer.autoconfigure;

import org.jspecify.annotations.NullMarked;
