package nl.gesprekswijzer.service;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

import nl.gesprekswijzer.engine.publish.RuleSetStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/rules/status}: which rule set answers the caller's tenant, since when, and why the last change to
 * the rules folder was refused. Read-only; it says nothing about any situation.
 */
@RestController
class RuleSetStatusController {

  private final TenantRuleSets rules;

  RuleSetStatusController(TenantRuleSets rules) {
    this.rules = rules;
  }

  @GetMapping(path = "/api/v1/rules/status", produces = APPLICATION_JSON_VALUE)
  RuleSetStatus status() {
    return rules.status();
  }
}
