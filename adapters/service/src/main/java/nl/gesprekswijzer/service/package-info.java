/**
 * The HTTP service: starts the application and builds the one {@link
 * nl.gesprekswijzer.api.AdvisoryEngine} every request shares.
 */
@NullMarked
package nl.gesprekswijzer.service;

import org.jspecify.annotations.NullMarked;
