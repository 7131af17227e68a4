/**
 * The REST endpoint of the contract and its errors: every failure is an RFC 9457 problem document
 * that names the offending fields, and nothing of a request's content is ever logged.
 */
@NullMarked
package nl.gesprekswijzer.service.rest;

import org.jspecify.annotations.NullMarked;
