/**
 * The HTTP service: starts the application and keeps the rule set every request is answered with,
 * the embedded one or a rules folder's, whose changes are published without a restart once they
 * pass their check ({@code GET /api/v1/rules/status} shows which rule set serves).
 */
@NullMarked
package nl.gesprekswijzer.service;

import org.jspecify.annotations.NullMarked;
