package nl.gesprekswijzer.service.rest;

/**
 * The examples of the OpenAPI description: the contract's example request, and answers the
 * default rules give (shortened: each list keeps its first items). Constants, as annotations need
 * them; the OpenAPI test validates each against the schema.
 */
final class ApiExamples {

  /** The contract's example request ({@code shared/contract/README.md}). */
  static final String ADVICE_REQUEST =
      """
      {
        "referenceDate": "2026-11-23",
        "language": "nl",
        "conversation": { "type": "CARE_BALANCE", "lastHeldOn": "2026-08-10" },
        "employee": { "weeklyHours": 32, "employedSince": "2019-04-01" },
        "employer": { "size": 240, "cao": "sociaal-werk" },
        "caregiving": [
          { "relation": "CHILD", "childAge": 6, "hoursPerWeek": 14,
            "since": "2026-03-01", "situation": "SERIOUS_ILLNESS" }
        ],
        "sickness": { "firstSickDay": "2026-10-05", "workCapacityPercent": 50 },
        "wishes": ["FLEXIBLE_TIMES", "FEWER_HOURS"]
      }
      """;

  /** The answer of the default rules 1.2.0 to {@link #ADVICE_REQUEST}, each list cut to two items. */
  static final String ADVICE_RESPONSE =
      """
      {
        "rulesetVersion": "1.2.0+9181adc0",
        "referenceDate": "2026-11-23",
        "agenda": [
          {
            "topic": "OPENING",
            "title": "Opening: doel, vertrouwelijkheid en verslag",
            "priority": 1,
            "why": "Een gesprek over werk en mantelzorg begint met het doel, wat vertrouwelijk blijft en wie de afspraken opschrijft."
          },
          {
            "topic": "REVIEW_AGREEMENTS",
            "title": "Terugblik op de afspraken van het vorige gesprek",
            "priority": 2,
            "why": "Het vorige gesprek was op 10 augustus 2026; eerst komt aan de orde wat er van de afspraken van toen terecht is gekomen."
          }
        ],
        "solutions": [
          {
            "id": "FLEXIBLE_HOURS",
            "title": "Flexibele werktijden",
            "description": "Begin- en eindtijden of werkdagen verschuiven, zodat vaste verplichtingen buiten het werk, zoals vaste zorgmomenten in de week, ernaast passen.",
            "legalBasis": "Wet flexibel werken, art. 2"
          },
          {
            "id": "TEMPORARY_FEWER_HOURS",
            "title": "Tijdelijk minder uren",
            "description": "Een afgesproken periode minder uren werken, met een datum waarop werkgever en medewerker bekijken of de medewerker teruggaat naar de oorspronkelijke uren.",
            "legalBasis": "Wet flexibel werken, art. 2"
          }
        ],
        "entitlements": [
          {
            "id": "CALAMITY_LEAVE",
            "title": "Calamiteitenverlof en ander kort verzuimverlof",
            "payPercent": 100,
            "source": "LAW",
            "conditions": "Voor een onvoorziene situatie waardoor de medewerker direct moet stoppen met werken, en voor de noodzakelijke zorg op de eerste ziektedag van een naaste. Zo lang als dat redelijkerwijs nodig is, met behoud van 100% van het loon; de werkgever kan het niet weigeren, maar mag achteraf om uitleg of bewijs vragen.",
            "legalBasis": "Wazo art. 4:1"
          },
          {
            "id": "SHORT_TERM_CARE_LEAVE",
            "title": "Kortdurend zorgverlof",
            "maxHours": 44.8,
            "periodMonths": 12,
            "payPercent": 100,
            "source": "CAO",
            "conditions": "De cao regelt dit verlof anders dan de wet. De medewerker heeft recht op ten hoogste 44,8 uur per 12 maanden met 100% van het loon, waar de wet 64 uur met 70% geeft. Het verlof is voor noodzakelijke zorg bij ziekte van een kind; de medewerker meldt het vooraf, of zo snel mogelijk.",
            "legalBasis": "Cao Sociaal Werk 2023-2025, art. 5.11"
          }
        ],
        "deadlines": [
          {
            "id": "REPORT_TO_OCCUPATIONAL_DOCTOR",
            "title": "Ziekmelding bij de bedrijfsarts of arbodienst",
            "dueDate": "2026-10-11",
            "legalBasis": "Regeling procesgang eerste en tweede ziektejaar",
            "status": "PASSED"
          },
          {
            "id": "PROBLEM_ANALYSIS",
            "title": "Probleemanalyse door de bedrijfsarts",
            "dueDate": "2026-11-15",
            "legalBasis": "Regeling procesgang eerste en tweede ziektejaar, art. 2",
            "status": "PASSED"
          }
        ],
        "followUp": {
          "intervalWeeks": 4,
          "nextDate": "2026-11-29",
          "why": "De medewerker zorgt voor een kind met een ernstige ziekte; het volgende gesprek is binnen 4 weken. Het gesprek is vervroegd naar 29 november 2026, de uiterste datum voor deze stap (Plan van aanpak ondertekend)."
        },
        "managerTips": [
          {
            "id": "PREVENT_OVERLOAD",
            "text": "Wie lang voor iemand zorgt, raakt vaak geleidelijk uitgeput. Vraag in elk gesprek hoe de medewerker het volhoudt en of er genoeg rust is, en wijs op respijtzorg voordat het te zwaar wordt."
          },
          {
            "id": "LONG_HAUL",
            "text": "Zorg voor een ernstig ziek kind duurt vaak lang en wisselt in zwaarte. Maak afspraken die kunnen meebewegen en bespreek ze elke maand of elk kwartaal."
          }
        ],
        "preparation": [
          {
            "id": "REREAD_PREVIOUS_AGREEMENTS",
            "phase": "BEFORE",
            "text": "Lees de afspraken van het vorige gesprek (10 augustus 2026) terug en noteer wat wel en niet werkte."
          },
          {
            "id": "MIND_YOUR_OWN_HEALTH",
            "phase": "BEFORE",
            "text": "Sta stil bij uw eigen gezondheid en energie: wat kost de zorg u, en wat heeft u nodig om het vol te houden?"
          }
        ],
        "warnings": [
          {
            "id": "NO_MEDICAL_DETAILS_OF_THE_PERSON_CARED_FOR",
            "text": "Vraag niet naar de diagnose of behandeling van degene voor wie de medewerker zorgt en leg die niet vast; bespreek alleen wat de zorg vraagt aan tijd en werk."
          },
          {
            "id": "SICK_AND_CARING",
            "text": "De medewerker is ziek en zorgt ook voor een kind van 6 (14 uur per week). Verlof voor die zorg vervangt alleen uren die de medewerker anders zou werken: voor uren waarin de medewerker door ziekte niet werkt, hoeft u geen verlof toe te kennen."
          }
        ],
        "explanation": [
          {
            "rule": "agenda-closing",
            "because": "Elk gesprek, hier over werk en mantelzorg, sluit af met de doelen, een samenvatting, de afspraken en het volgende gesprek."
          },
          {
            "rule": "agenda-opening",
            "because": "Elk gesprek, hier over werk en mantelzorg, krijgt een opening met het doel, de vertrouwelijkheid en wie het verslag maakt."
          }
        ]
      }
      """;

  static final String INVALID_REQUEST_PROBLEM =
      """
      {
        "type": "/problems/invalid-request",
        "title": "Invalid advice request",
        "status": 400,
        "detail": "The request breaks the advice contract: employee.weeklyHours: must be more than 0.",
        "instance": "/api/v1/advice",
        "errors": [ { "field": "employee.weeklyHours", "problem": "must be more than 0" } ]
      }
      """;

  /** A request the schema allows but the engine refuses: employed after the reference date. */
  static final String REFUSED_REQUEST =
      """
      { "referenceDate": "2026-11-23",
        "conversation": { "type": "WELLBEING" },
        "employee": { "weeklyHours": 36, "employedSince": "2027-02-01" },
        "employer": { "size": 240 } }
      """;

  static final String BATCH_REQUEST = "[" + ADVICE_REQUEST + "," + REFUSED_REQUEST + "]";

  static final String BATCH_RESPONSE =
      "{\"results\": [{\"advice\": "
          + ADVICE_RESPONSE
          + "},"
          + """
          { "problem": {
              "type": "/problems/invalid-request",
              "title": "Invalid advice request",
              "status": 400,
              "detail": "The request breaks the advice contract: employee.employedSince: must not be after referenceDate (2026-11-23).",
              "errors": [ { "field": "employee.employedSince", "problem": "must not be after referenceDate (2026-11-23)" } ],
              "index": 1 } } ] }
          """;

  private ApiExamples() {}
}
