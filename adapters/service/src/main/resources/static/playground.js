// The playground: a situation in a form, posted as the contract's JSON to the same
// POST /api/v1/advice that HR platforms use, and the answer shown as a manager sees it next to
// the rules that fired. Plain JavaScript, no build step, nothing loaded from elsewhere.
'use strict';

(function () {
  const ADVICE_URL = 'api/v1/advice';
  const STATUS_URL = 'api/v1/rules/status';
  const LANGUAGE_KEY = 'gesprekswijzer.playground.language';

  // Every text the page shows, in Dutch and English. Dutch addresses people with "u".
  const TEXTS = {
    'page.title': ['Speeltuin voor de regels – Gesprekswijzer', 'Rules playground – Gesprekswijzer'],
    'page.heading': ['Speeltuin voor de regels', 'Rules playground'],
    'page.skip': ['Naar het advies', 'Skip to the advice'],
    'page.languageSwitch': ['Taal van deze pagina', 'Language of this page'],

    'status.heading': ['Actieve regelset', 'Active rule set'],
    'status.refresh': ['Status vernieuwen', 'Refresh status'],
    'status.loading': ['Status wordt opgehaald…', 'Fetching the status…'],
    'status.unavailable': ['Status niet beschikbaar: deze service heeft (nog) geen statuspagina voor de regelset.',
      'Status unavailable: this service has no status for its rule set (yet).'],
    'status.failed': ['Status niet beschikbaar: de service antwoordde met {status}.',
      'Status unavailable: the service answered {status}.'],
    'status.unreachable': ['Status niet beschikbaar: de service is niet bereikbaar.',
      'Status unavailable: the service cannot be reached.'],
    'status.name': ['Naam', 'Name'],
    'status.version': ['Versie', 'Version'],
    'status.manifestVersion': ['Versie in ruleset.yaml', 'Version in ruleset.yaml'],
    'status.contentHash': ['Inhoudscode', 'Content hash'],
    'status.source': ['Bron', 'Source'],
    'status.activatedAt': ['Actief sinds', 'Active since'],
    'status.watching': ['Wijzigingen in de map', 'Changes in the folder'],
    'status.watchingYes': ['worden automatisch gepubliceerd', 'are published automatically'],
    'status.watchingNo': ['worden niet gevolgd', 'are not watched'],
    'status.lastRefused': ['Laatst geweigerde wijziging ({at})', 'Last refused change ({at})'],
    'status.lastRefusedHint': ['Deze wijziging is niet gepubliceerd; de versie hierboven blijft actief.',
      'This change was not published; the version above stays active.'],
    'status.noneRefused': ['Geen geweigerde wijzigingen.', 'No refused changes.'],
    'status.differs': ['Let op: het laatste advies kwam van versie {version}, de actieve versie is nu een andere.',
      'Note: the last advice came from version {version}; another version is active now.'],

    'form.heading': ['De situatie', 'The situation'],
    'form.intro': ['Vul een situatie in en vraag advies. De pagina stuurt haar naar dezelfde API als HR-platforms (POST /api/v1/advice) en toont het antwoord zoals een leidinggevende het ziet, met daarnaast elke regel die vuurde, waarom en op welke wettelijke grondslag.',
      'Fill in a situation and ask for advice. The page sends it to the same API as HR platforms (POST /api/v1/advice) and shows the answer as a manager sees it, next to every rule that fired, why, and on which legal basis.'],
    'form.privacy': ['Gebruik een bedachte situatie, geen gegevens van een echte medewerker. Er is bewust geen veld voor een diagnose.',
      'Use a made-up situation, not the data of a real employee. There is deliberately no field for a diagnosis.'],
    'form.conversation': ['Het gesprek', 'The talk'],
    'form.employee': ['De medewerker', 'The employee'],
    'form.employer': ['De werkgever', 'The employer'],
    'form.caregiving': ['Mantelzorg', 'Informal care'],
    'form.sickness': ['Verzuim', 'Sick leave'],
    'form.wishes': ['Wensen van de medewerker', "The employee's wishes"],
    'form.submit': ['Advies vragen', 'Ask for advice'],
    'form.busy': ['Advies wordt gevraagd…', 'Asking for advice…'],
    'form.reset': ['Standaardsituatie', 'Default situation'],

    'field.conversationType': ['Soort gesprek', 'Kind of talk'],
    'field.referenceDate': ['Peildatum', 'Reference date'],
    'field.lastHeldOn': ['Vorig gesprek van deze soort (niet verplicht)', 'Previous talk of this kind (optional)'],
    'field.language': ['Taal van het advies', 'Language of the advice'],
    'field.detail': ['Hoeveel advies', 'How much advice'],
    'field.weeklyHours': ['Contracturen per week', 'Contract hours a week'],
    'field.employedSince': ['In dienst sinds', 'Employed since'],
    'field.employerSize': ['Aantal medewerkers', 'Number of employees'],
    'field.cao': ['Cao (niet verplicht)', 'Collective agreement, CAO (optional)'],
    'field.isSick': ['De medewerker is (gedeeltelijk) ziek', 'The employee is (partly) off sick'],
    'field.firstSickDay': ['Eerste ziektedag', 'First day of absence'],
    'field.workCapacity': ['Kan werken (procent, niet verplicht)', 'Can work (per cent, optional)'],
    'field.relation': ['Relatie', 'Relation'],
    'field.childAge': ['Leeftijd van het kind (jaren)', "Child's age (years)"],
    'field.hoursPerWeek': ['Uren zorg per week', 'Hours of care a week'],
    'field.since': ['Zorgt sinds', 'Caring since'],
    'field.situation': ['Situatie', 'Situation'],

    'hint.referenceDate': ['De datum waarvoor het advies geldt: de wetten en cijfers van die dag tellen.',
      'The date the advice is for: the laws and figures in force that day apply.'],
    'hint.lastHeldOn': ['Leeg als er nog geen eerder gesprek was.', 'Empty when there was no previous talk.'],
    'hint.language': ['Volgt de taal van deze pagina, tenzij u hier een andere kiest.',
      "Follows this page's language unless you choose another here."],
    'hint.detail': ['Standaard: hoogstens 8 agendapunten, 6 tips en 10 punten op de checklist, zoals platforms het tonen.',
      'Standard: at most 8 agenda items, 6 tips and 10 checklist items, as platforms show it.'],
    'hint.weeklyHours': ['Meer dan 0 en hoogstens 60.', 'More than 0 and at most 60.'],
    'hint.employerSize': ['Minstens 1. Vanaf 10 medewerkers geldt de Wet flexibel werken.',
      'At least 1. From 10 employees the Flexible Working Act applies.'],
    'hint.cao': ['De code van de cao, bijvoorbeeld sociaal-werk. Leeg als er geen cao geldt; een onbekende code wordt geweigerd.',
      'The code of the CAO, for example sociaal-werk. Empty when no CAO applies; an unknown code is refused.'],
    'hint.caregiving': ['Eén persoon per naaste voor wie de medewerker zorgt; geen als de medewerker voor niemand zorgt.',
      'One person for each loved one the employee cares for; none when the employee cares for no one.'],
    'hint.firstSickDay': ['Dag 1 van week 1. Verzuim met minder dan vier weken ertussen telt als één periode.',
      'Day 1 of week 1. Absences less than four weeks apart count as one period.'],
    'hint.workCapacity': ['0 tot 100; leeg als het niet bekend is.', '0 to 100; empty when not known.'],
    'hint.hoursPerWeek': ['0 tot 168; alle personen samen hoogstens 168.', '0 to 168; everyone together at most 168.'],

    'people.none': ['De medewerker zorgt voor niemand.', 'The employee cares for no one.'],
    'people.add': ['Persoon toevoegen', 'Add a person'],
    'people.legend': ['Persoon {n}', 'Person {n}'],
    'people.remove': ['Persoon {n} verwijderen', 'Remove person {n}'],

    'conversationType.CARE_BALANCE': ['Werk en mantelzorg', 'Work and informal care'],
    'conversationType.SICK_LEAVE': ['Verzuim en re-integratie', 'Sick leave and return to work'],
    'conversationType.WELLBEING': ['Hoe gaat het? (welzijn)', 'How are you doing? (wellbeing)'],
    'conversationType.CAREER': ['Loopbaan en ontwikkeling', 'Career and development'],
    'detail.STANDARD': ['Standaard', 'Standard'],
    'detail.FULL': ['Volledig: elk advies', 'Full: every piece of advice'],
    'relation.PARTNER': ['Partner', 'Partner'],
    'relation.CHILD': ['Kind', 'Child'],
    'relation.PARENT': ['Ouder', 'Parent'],
    'relation.HOUSEMATE': ['Huisgenoot', 'Housemate'],
    'relation.OTHER_FAMILY': ['Ander familielid', 'Other family member'],
    'relation.SOCIAL': ['Vriend(in) of buur', 'Friend or neighbour'],
    'situation.STABLE': ['Stabiel', 'Stable'],
    'situation.SERIOUS_ILLNESS': ['Ernstig ziek', 'Serious illness'],
    'situation.PALLIATIVE': ['Terminale zorg (palliatief)', 'Terminal care (palliative)'],
    'situation.EMERGENCY': ['Plotselinge noodsituatie', 'Sudden emergency'],
    'wish.FEWER_HOURS': ['Minder uren werken', 'Work fewer hours'],
    'wish.FLEXIBLE_TIMES': ['Op andere tijden werken', 'Work at other times'],
    'wish.REMOTE_WORK': ['Thuis of elders werken', 'Work from home or elsewhere'],
    'wish.TASK_ADJUSTMENT': ['Andere of minder taken', 'Other or fewer tasks'],
    'wish.LEAVE': ['Verlof', 'Leave'],
    'wish.DEVELOPMENT': ['Ontwikkeling en scholing', 'Development and training'],
    'wish.OTHER_ROLE': ['Een andere functie', 'Another role'],

    'errors.heading': ['Het verzoek is geweigerd', 'The request was refused'],
    'errors.prefix': ['Fout:', 'Error:'],
    'errors.fromApi': ['De API noemt deze problemen (in het Engels, voor ontwikkelaars):',
      'The API names these problems:'],
    'errors.general': ['De service kon het verzoek niet afhandelen ({status}).', 'The service could not handle the request ({status}).'],
    'errors.network': ['De service is niet bereikbaar. Probeer het opnieuw.', 'The service cannot be reached. Please try again.'],

    'result.heading': ['Het advies', 'The advice'],
    'result.empty': ['Nog geen advies gevraagd. Vul de situatie in en kies ‘Advies vragen’.',
      "No advice asked for yet. Fill in the situation and choose ‘Ask for advice’."],
    'result.refused': ['Geen advies: het verzoek is geweigerd. De problemen staan bij de velden.',
      'No advice: the request was refused. The problems are shown at the fields.'],
    'result.meta': ['Regelset {version} · peildatum {date}', 'Rule set {version} · reference date {date}'],
    'result.adviceHeading': ['Zoals de leidinggevende het ziet', 'As the manager sees it'],
    'result.rulesHeading': ['Regels die vuurden', 'Rules that fired'],
    'result.rulesHint': ['Elke regel met de uitleg waarom hij vuurde en, waar die er is, de wettelijke grondslag van wat hij toevoegde.',
      'Each rule with why it fired and, where there is one, the legal basis of what it added.'],
    'result.rulesCount': ['{n} regels vuurden.', '{n} rules fired.'],
    'result.legalBasis': ['Grondslag', 'Legal basis'],
    'result.warnings': ['Let op', 'Please note'],
    'result.agenda': ['Agenda van het gesprek', 'Agenda of the talk'],
    'result.why': ['Waarom', 'Why'],
    'result.solutions': ['Oplossingsrichtingen', 'Directions for a solution'],
    'result.entitlements': ['Rechten en regelingen', 'Entitlements'],
    'result.deadlines': ['Termijnen bij verzuim', 'Sick-leave deadlines'],
    'result.deadline': ['Termijn', 'Deadline'],
    'result.dueDate': ['Uiterlijk', 'Due'],
    'result.status': ['Stand', 'Status'],
    'result.followUp': ['Vervolggesprek', 'Follow-up'],
    'result.followUpText': ['Binnen {weeks} weken, uiterlijk {date}.', 'Within {weeks} weeks, by {date}.'],
    'result.followUpText1': ['Binnen 1 week, uiterlijk {date}.', 'Within 1 week, by {date}.'],
    'result.managerTips': ['Tips voor de leidinggevende', 'Tips for the manager'],
    'result.preparation': ['Checklist voor de medewerker', "The employee's checklist"],
    'result.none': ['Geen.', 'None.'],
    'result.maxHours': ['Hoogstens {hours} uur', 'Up to {hours} hours'],
    'result.perPeriod': ['per {months} maanden', 'per {months} months'],
    'result.pay': ['{percent}% loon', '{percent}% pay'],
    'result.unpaid': ['onbetaald', 'unpaid'],
    'result.earliestStart': ['op zijn vroegst vanaf {date}', 'from {date} at the earliest'],
    'result.source.LAW': ['wet', 'law'],
    'result.source.CAO': ['cao', 'CAO'],
    'result.sourceLabel': ['Bron: {source}', 'Source: {source}'],
    'status.PASSED': ['Verstreken', 'Passed'],
    'status.DUE_SOON': ['Binnenkort', 'Due soon'],
    'status.UPCOMING': ['Komt nog', 'Upcoming'],
    'phase.BEFORE': ['Voor het gesprek', 'Before the talk'],
    'phase.DURING': ['Tijdens het gesprek', 'During the talk'],
    'phase.AFTER': ['Na het gesprek', 'After the talk'],

    'json.summary': ['JSON van verzoek en antwoord (voor ontwikkelaars)', 'JSON of the request and the answer (for developers)'],
    'json.request': ['Verzoek: POST /api/v1/advice', 'Request: POST /api/v1/advice'],
    'json.response': ['Antwoord', 'Answer'],
    'json.noResponse': ['(nog geen antwoord)', '(no answer yet)'],
    'json.copy': ['Kopiëren', 'Copy'],
    'json.copied': ['Gekopieerd', 'Copied'],
  };

  const state = {
    language: 'nl',
    answerLanguageChosen: false,
    lastRequest: null,
    lastResponse: null,
    lastProblem: null,
    lastStatus: null,
  };

  const byId = (id) => document.getElementById(id);
  const form = byId('situation-form');
  const people = byId('people');

  // --- texts ---------------------------------------------------------------------------------

  function t(key, values) {
    const pair = TEXTS[key];
    if (!pair) {
      console.error('playground: no text for ' + key);
      return key;
    }
    let text = pair[state.language === 'en' ? 1 : 0];
    for (const [name, value] of Object.entries(values || {})) {
      text = text.split('{' + name + '}').join(String(value));
    }
    return text;
  }

  function locale() {
    return state.language === 'en' ? 'en-GB' : 'nl-NL';
  }

  function formatDate(iso) {
    if (!iso) {
      return '';
    }
    const [y, m, d] = iso.split('-').map(Number);
    return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(Date.UTC(y, m - 1, d)));
  }

  function formatInstant(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) {
      return iso;
    }
    return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeStyle: 'medium' }).format(date);
  }

  function formatNumber(value) {
    return new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(value);
  }

  function applyTexts() {
    document.documentElement.lang = state.language;
    for (const element of document.querySelectorAll('[data-i18n]')) {
      element.textContent = t(element.dataset.i18n);
    }
    for (const button of document.querySelectorAll('[data-page-language]')) {
      button.setAttribute('aria-pressed', String(button.dataset.pageLanguage === state.language));
    }
    renumberPeople();
  }

  function setLanguage(language) {
    state.language = language === 'en' ? 'en' : 'nl';
    try {
      localStorage.setItem(LANGUAGE_KEY, state.language);
    } catch (ignored) {
      // Storage may be off (private windows); the choice then lasts for this visit.
    }
    if (!state.answerLanguageChosen) {
      byId('answer-language').value = state.language;
    }
    applyTexts();
    renderStatus();
    renderResult();
    updateRequestJson();
  }

  function initialLanguage() {
    const fromUrl = new URLSearchParams(location.search).get('lang');
    if (fromUrl === 'nl' || fromUrl === 'en') {
      return fromUrl;
    }
    try {
      const stored = localStorage.getItem(LANGUAGE_KEY);
      if (stored === 'nl' || stored === 'en') {
        return stored;
      }
    } catch (ignored) {
      // See setLanguage.
    }
    return 'nl';
  }

  // --- elements ------------------------------------------------------------------------------

  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) {
        continue;
      }
      if (name === 'className') {
        element.className = value;
      } else {
        element.setAttribute(name, value === true ? '' : value);
      }
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === '') {
        continue;
      }
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  // --- dates and defaults --------------------------------------------------------------------

  function isoDate(date) {
    const pad = (n) => String(n).padStart(2, '0');
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
  }

  function today() {
    const now = new Date();
    return new Date(now.getFullYear(), now.getMonth(), now.getDate());
  }

  function monthsBefore(date, months) {
    return new Date(date.getFullYear(), date.getMonth() - months, 1);
  }

  function daysBefore(date, days) {
    return new Date(date.getFullYear(), date.getMonth(), date.getDate() - days);
  }

  /** A typical employee: 32 hours a week for five years, at an employer of 240, talking about care. */
  function fillDefaults() {
    const now = today();
    byId('conversation-type').value = 'CARE_BALANCE';
    byId('reference-date').value = isoDate(now);
    byId('last-held-on').value = '';
    byId('answer-language').value = state.language;
    state.answerLanguageChosen = false;
    byId('detail').value = 'STANDARD';
    byId('weekly-hours').value = '32';
    byId('employed-since').value = isoDate(monthsBefore(now, 60));
    byId('employer-size').value = '240';
    byId('employer-cao').value = '';
    people.replaceChildren();
    renumberPeople();
    byId('is-sick').checked = false;
    byId('first-sick-day').value = isoDate(daysBefore(now, 20));
    byId('work-capacity').value = '';
    showSicknessFields();
    for (const wish of form.querySelectorAll('input[name="wishes"]')) {
      wish.checked = false;
    }
    clearErrors();
    updateRequestJson();
  }

  // --- people cared for ----------------------------------------------------------------------

  function addPerson() {
    const fragment = byId('person-template').content.cloneNode(true);
    const person = fragment.querySelector('.person');
    const now = today();
    person.querySelector('[data-part="relation"] select').value = 'PARENT';
    person.querySelector('[data-part="hoursPerWeek"] input').value = '8';
    person.querySelector('[data-part="since"] input').value = isoDate(monthsBefore(now, 3));
    person.querySelector('[data-part="situation"] select').value = 'STABLE';
    person.querySelector('[data-part="relation"] select').addEventListener('change', () => showChildAge(person));
    person.querySelector('.person__remove').addEventListener('click', () => removePerson(person));
    people.append(person);
    renumberPeople();
    showChildAge(person);
    updateRequestJson();
    person.querySelector('[data-part="relation"] select').focus();
  }

  function removePerson(person) {
    const index = [...people.children].indexOf(person);
    person.remove();
    renumberPeople();
    updateRequestJson();
    const remaining = people.children;
    if (remaining.length > 0) {
      remaining[Math.min(index, remaining.length - 1)].querySelector('.person__remove').focus();
    } else {
      byId('add-person').focus();
    }
  }

  function showChildAge(person) {
    const isChild = person.querySelector('[data-part="relation"] select').value === 'CHILD';
    person.querySelector('[data-part="childAge"]').hidden = !isChild;
  }

  /** Ids, labels and field paths follow the position, so they stay right after a removal. */
  function renumberPeople() {
    [...people.children].forEach((person, index) => {
      const n = index + 1;
      person.dataset.field = 'caregiving[' + index + ']';
      person.querySelector('.person__legend').textContent = t('people.legend', { n: n });
      const remove = person.querySelector('.person__remove');
      remove.textContent = t('people.remove', { n: n });
      for (const part of person.querySelectorAll('[data-part]')) {
        const name = part.dataset.part;
        const id = 'person-' + n + '-' + name;
        part.dataset.field = 'caregiving[' + index + '].' + name;
        part.querySelector('label').htmlFor = id;
        const control = part.querySelector('input, select');
        control.id = id;
        const hint = part.querySelector('.hint');
        if (hint) {
          hint.id = id + '-hint';
          control.setAttribute('aria-describedby', hint.id);
        }
      }
    });
    byId('people-empty').hidden = people.children.length > 0;
  }

  function showSicknessFields() {
    byId('sickness-fields').hidden = !byId('is-sick').checked;
  }

  // --- the request ---------------------------------------------------------------------------

  /** A number as the user typed it; text the browser could not read as a number is sent as is, for the API to name. */
  function number(input) {
    const raw = input.value.trim();
    if (raw === '') {
      return input.validity && input.validity.badInput ? 'not a number' : undefined;
    }
    const value = Number(raw);
    return Number.isFinite(value) ? value : raw;
  }

  function text(input) {
    const value = input.value.trim();
    return value === '' ? undefined : value;
  }

  function buildRequest() {
    const request = {
      referenceDate: text(byId('reference-date')),
      language: byId('answer-language').value,
      detail: byId('detail').value,
      conversation: {
        type: byId('conversation-type').value,
        lastHeldOn: text(byId('last-held-on')),
      },
      employee: {
        weeklyHours: number(byId('weekly-hours')),
        employedSince: text(byId('employed-since')),
      },
      employer: {
        size: number(byId('employer-size')),
        cao: text(byId('employer-cao')),
      },
    };
    const caregiving = [...people.children].map((person) => {
      const part = (name) => person.querySelector('[data-part="' + name + '"] input, [data-part="' + name + '"] select');
      const relation = part('relation').value;
      return {
        relation: relation,
        childAge: relation === 'CHILD' ? number(part('childAge')) : undefined,
        hoursPerWeek: number(part('hoursPerWeek')),
        since: text(part('since')),
        situation: part('situation').value,
      };
    });
    if (caregiving.length > 0) {
      request.caregiving = caregiving;
    }
    if (byId('is-sick').checked) {
      request.sickness = {
        firstSickDay: text(byId('first-sick-day')),
        workCapacityPercent: number(byId('work-capacity')),
      };
    }
    const wishes = [...form.querySelectorAll('input[name="wishes"]:checked')].map((wish) => wish.value);
    if (wishes.length > 0) {
      request.wishes = wishes;
    }
    return request;
  }

  function json(value) {
    return JSON.stringify(value, null, 2);
  }

  function updateRequestJson() {
    byId('json-request').textContent = json(buildRequest());
    byId('json-response').textContent = state.lastResponse || state.lastProblem
      ? json(state.lastResponse || state.lastProblem)
      : t('json.noResponse');
  }

  // The API key the sign-in page keeps for this browser session (see sign-in.js), sent with every
  // call as every client of the API sends it.
  function withKey(headers) {
    const match = document.cookie.match(/(?:^|;\s*)gesprekswijzer-api-key=([^;]*)/);
    return match ? { ...headers, 'X-API-Key': decodeURIComponent(match[1]) } : headers;
  }

  async function submit(event) {
    event.preventDefault();
    const request = buildRequest();
    state.lastRequest = request;
    const button = byId('submit');
    button.disabled = true;
    button.textContent = t('form.busy');
    clearErrors();
    try {
      const response = await fetch(ADVICE_URL, {
        method: 'POST',
        headers: withKey({ 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' }),
        body: JSON.stringify(request),
      });
      const body = await response.json().catch(() => null);
      if (response.ok && body) {
        state.lastResponse = body;
        state.lastProblem = null;
        renderResult();
        byId('result-heading').focus();
      } else {
        state.lastResponse = null;
        state.lastProblem = body || { status: response.status };
        renderResult();
        showProblem(state.lastProblem, response.status);
      }
    } catch (failure) {
      state.lastResponse = null;
      state.lastProblem = null;
      renderResult();
      showProblem({ detail: t('errors.network') }, 0);
    } finally {
      button.disabled = false;
      button.textContent = t('form.submit');
      updateRequestJson();
      loadStatus();
    }
  }

  // --- errors at the fields ------------------------------------------------------------------

  function clearErrors() {
    for (const message of form.querySelectorAll('.error-message')) {
      message.remove();
    }
    for (const field of form.querySelectorAll('.field--error, fieldset.fieldset--error')) {
      field.classList.remove('field--error', 'fieldset--error');
    }
    for (const control of form.querySelectorAll('[aria-invalid]')) {
      control.removeAttribute('aria-invalid');
      const described = (control.getAttribute('aria-describedby') || '')
        .split(' ').filter((id) => id && !id.startsWith('error-')).join(' ');
      if (described) {
        control.setAttribute('aria-describedby', described);
      } else {
        control.removeAttribute('aria-describedby');
      }
    }
    byId('error-summary').hidden = true;
    byId('error-summary-list').replaceChildren();
    byId('error-summary-detail').textContent = '';
  }

  /** The element for a field path, or for the nearest enclosing path: caregiving[0].x, caregiving[0], caregiving. */
  function fieldFor(path) {
    let current = path;
    while (current) {
      const found = form.querySelector('[data-field="' + CSS.escape(current) + '"]');
      if (found && !found.closest('[hidden]')) {
        return found;
      }
      const shorter = current.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      if (shorter === current) {
        return null;
      }
      current = shorter;
    }
    return null;
  }

  let errorCount = 0;

  /** What a person calls a field: its label, or its group's legend, with the person it is about. */
  function fieldName(field) {
    const own = field.tagName === 'FIELDSET'
      ? field.querySelector('legend').textContent
      : field.querySelector(':scope > label').textContent;
    const person = field.tagName === 'FIELDSET' ? null : field.closest('.person');
    return person ? person.querySelector('.person__legend').textContent + ', ' + own.toLowerCase() : own;
  }

  function showProblem(problem, status) {
    const summary = byId('error-summary');
    const list = byId('error-summary-list');
    const errors = Array.isArray(problem.errors) ? problem.errors : [];
    byId('error-summary-detail').textContent = errors.length > 0
      ? t('errors.fromApi')
      : (status ? t('errors.general', { status: status }) + ' ' : '') + (problem.detail || '');
    // In the order of the form, as a person reads it; what belongs to no field comes last.
    const placed = errors.map((error) => ({ error: error, field: fieldFor(String(error.field || '')) }));
    placed.sort((a, b) => {
      if (!a.field || !b.field) {
        return (a.field ? 0 : 1) - (b.field ? 0 : 1);
      }
      return a.field === b.field ? 0
        : a.field.compareDocumentPosition(b.field) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    for (const { error, field } of placed) {
      const path = String(error.field || '');
      const messageId = 'error-' + (++errorCount);
      const problemText = String(error.problem || '');
      if (!field) {
        list.append(el('li', null, path ? path + ': ' + problemText : problemText));
        continue;
      }
      // At the field its label is right above, so the message is the problem alone; the summary
      // names the field by its label and by its path in the JSON, for the developer.
      const isGroup = field.tagName === 'FIELDSET';
      const control = isGroup ? null : field.querySelector(':scope > input, :scope > select');
      const message = el('p', { className: 'error-message', id: messageId },
        el('span', { className: 'visually-hidden' }, t('errors.prefix') + ' '), problemText);
      if (isGroup) {
        field.classList.add('fieldset--error');
        field.querySelector('legend').after(message);
      } else {
        field.classList.add('field--error');
        (field.querySelector(':scope > .hint') || field.querySelector(':scope > label')).after(message);
      }
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        const described = control.getAttribute('aria-describedby');
        control.setAttribute('aria-describedby', (described ? described + ' ' : '') + messageId);
      }
      const target = control || field.querySelector('input, select, button');
      const link = el('a', { href: '#' + (target ? target.id : '') },
        fieldName(field) + ' ', el('code', null, '(' + path + ')'), ': ' + problemText);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        if (target) {
          target.focus();
          target.scrollIntoView({ block: 'center' });
        }
      });
      list.append(el('li', null, link));
    }
    summary.hidden = false;
    summary.focus();
  }

  // --- the answer ----------------------------------------------------------------------------

  function section(headingKey, ...content) {
    return el('section', { className: 'advice__section' }, el('h4', null, t(headingKey)), ...content);
  }

  function legalBasis(basis) {
    return basis ? el('p', { className: 'legal-basis' }, t('result.legalBasis') + ': ', el('span', null, basis)) : null;
  }

  function renderResult() {
    const message = byId('result-message');
    const columns = byId('result-columns');
    const advice = state.lastResponse;
    if (!advice) {
      columns.hidden = true;
      message.replaceChildren(el('p', null, state.lastProblem ? t('result.refused') : t('result.empty')));
      return;
    }
    message.replaceChildren(el('p', { className: 'result__meta' },
      t('result.meta', { version: advice.rulesetVersion, date: formatDate(advice.referenceDate) })));
    columns.hidden = false;
    const body = byId('advice-body');
    body.replaceChildren();
    const list = (items) => items && items.length > 0;

    if (list(advice.warnings)) {
      body.append(el('section', { className: 'advice__section warnings', role: 'note', 'aria-label': t('result.warnings') },
        el('h4', null, t('result.warnings')),
        el('ul', null, advice.warnings.map((w) => el('li', null, w.text)))));
    }

    body.append(section('result.agenda', list(advice.agenda)
      ? el('ol', { className: 'agenda', id: 'agenda' }, advice.agenda.map((item) =>
        el('li', { 'data-topic': item.topic },
          el('strong', null, item.title),
          item.why ? el('p', { className: 'why' }, el('span', { className: 'why__label' }, t('result.why') + ': '), item.why) : null)))
      : el('p', null, t('result.none'))));

    if (list(advice.solutions)) {
      body.append(section('result.solutions', el('ul', { className: 'cards' }, advice.solutions.map((s) =>
        el('li', null, el('strong', null, s.title), el('p', null, s.description), legalBasis(s.legalBasis))))));
    }

    if (list(advice.entitlements)) {
      body.append(section('result.entitlements', el('ul', { className: 'cards', id: 'entitlements' }, advice.entitlements.map((e) => {
        const figures = [];
        if (e.maxHours !== undefined && e.maxHours !== null) {
          figures.push(t('result.maxHours', { hours: formatNumber(e.maxHours) })
            + (e.periodMonths ? ' ' + t('result.perPeriod', { months: e.periodMonths }) : ''));
        }
        if (e.payPercent !== undefined && e.payPercent !== null) {
          figures.push(e.payPercent === 0 ? t('result.unpaid') : t('result.pay', { percent: e.payPercent }));
        }
        if (e.earliestStart) {
          figures.push(t('result.earliestStart', { date: formatDate(e.earliestStart) }));
        }
        return el('li', { 'data-entitlement': e.id },
          el('div', { className: 'card__head' },
            el('strong', null, e.title || e.id),
            el('span', { className: 'badge badge--' + String(e.source).toLowerCase() },
              t('result.sourceLabel', { source: t('result.source.' + (e.source === 'CAO' ? 'CAO' : 'LAW')) }))),
          figures.length > 0 ? el('p', { className: 'figures' }, figures.join(' · ')) : null,
          el('p', null, e.conditions),
          legalBasis(e.legalBasis));
      }))));
    }

    if (list(advice.deadlines)) {
      body.append(section('result.deadlines', el('div', { className: 'table-wrap' }, el('table', { id: 'deadlines' },
        el('thead', null, el('tr', null,
          el('th', { scope: 'col' }, t('result.deadline')),
          el('th', { scope: 'col' }, t('result.dueDate')),
          el('th', { scope: 'col' }, t('result.status')),
          el('th', { scope: 'col' }, t('result.legalBasis')))),
        el('tbody', null, advice.deadlines.map((d) => el('tr', { className: 'deadline--' + String(d.status || '').toLowerCase() },
          el('th', { scope: 'row' }, d.title || d.id),
          el('td', { className: 'nowrap' }, el('time', { datetime: d.dueDate }, formatDate(d.dueDate))),
          el('td', { className: 'nowrap' }, d.status ? el('span', { className: 'badge badge--' + d.status.toLowerCase() }, t('status.' + d.status)) : ''),
          el('td', null, d.legalBasis))))))));
    }

    if (advice.followUp) {
      const f = advice.followUp;
      body.append(section('result.followUp', el('p', { className: 'follow-up', id: 'follow-up' },
        el('strong', null, f.intervalWeeks === 1
          ? t('result.followUpText1', { date: formatDate(f.nextDate) })
          : t('result.followUpText', { weeks: f.intervalWeeks, date: formatDate(f.nextDate) }))),
      f.why ? el('p', { className: 'why' }, f.why) : null));
    }

    if (list(advice.managerTips)) {
      body.append(section('result.managerTips', el('ul', null, advice.managerTips.map((tip) => el('li', null, tip.text)))));
    }

    if (list(advice.preparation)) {
      const phases = ['BEFORE', 'DURING', 'AFTER'].filter((phase) => advice.preparation.some((p) => p.phase === phase));
      body.append(section('result.preparation', phases.map((phase) => el('div', { className: 'phase' },
        el('h5', null, t('phase.' + phase)),
        el('ul', { className: 'checklist' }, advice.preparation.filter((p) => p.phase === phase)
          .map((p) => el('li', null, p.text)))))));
    }

    const rules = byId('rules-list');
    const explanation = advice.explanation || [];
    rules.replaceChildren(...explanation.map((entry) => el('li', { className: 'rule', 'data-rule': entry.rule },
      el('code', { className: 'rule__name' }, entry.rule),
      el('p', { className: 'rule__because' }, entry.because),
      legalBasis(entry.legalBasis))));
    rules.before(byId('rules-count') || el('p', { id: 'rules-count', className: 'rules__count' }));
    byId('rules-count').textContent = t('result.rulesCount', { n: explanation.length });
    renderStatus();
  }

  // --- the rule set's status -----------------------------------------------------------------

  async function loadStatus() {
    try {
      const response = await fetch(STATUS_URL, { headers: withKey({ Accept: 'application/json' }) });
      if (response.ok) {
        state.lastStatus = { ok: true, body: await response.json() };
      } else {
        state.lastStatus = { ok: false, status: response.status };
      }
    } catch (failure) {
      state.lastStatus = { ok: false, status: 0 };
    }
    renderStatus();
  }

  function problemPlace(problem) {
    let place = problem.file || '';
    if (problem.cell) {
      place += ':' + problem.cell;
    } else if (problem.line) {
      place += ':' + problem.line + (problem.column ? ':' + problem.column : '');
    }
    return place;
  }

  function renderStatus() {
    const body = byId('status-body');
    const status = state.lastStatus;
    if (!status) {
      body.replaceChildren(el('p', null, t('status.loading')));
      return;
    }
    if (!status.ok) {
      const key = status.status === 404 ? 'status.unavailable' : status.status === 0 ? 'status.unreachable' : 'status.failed';
      body.replaceChildren(el('p', { className: 'status__unavailable' }, t(key, { status: status.status })));
      return;
    }
    const s = status.body;
    const rows = [];
    const row = (key, value) => {
      if (value !== undefined && value !== null && value !== '') {
        rows.push(el('div', null, el('dt', null, t(key)), el('dd', null, value)));
      }
    };
    row('status.name', s.name);
    row('status.version', s.version ? el('code', null, s.version) : null);
    row('status.manifestVersion', s.manifestVersion);
    row('status.contentHash', s.contentHash ? el('code', null, s.contentHash) : null);
    row('status.activatedAt', s.activatedAt ? formatInstant(s.activatedAt) : null);
    row('status.source', s.source);
    if (typeof s.watching === 'boolean') {
      row('status.watching', t(s.watching ? 'status.watchingYes' : 'status.watchingNo'));
    }
    const parts = [el('dl', { className: 'status__facts' }, rows)];
    const advice = state.lastResponse;
    if (advice && s.version && advice.rulesetVersion !== s.version) {
      parts.push(el('p', { className: 'status__differs' }, t('status.differs', { version: advice.rulesetVersion })));
    }
    if (s.lastRefused) {
      const problems = Array.isArray(s.lastRefused.problems) ? s.lastRefused.problems : [];
      parts.push(el('div', { className: 'status__refused', role: 'note' },
        el('h3', null, t('status.lastRefused', { at: s.lastRefused.at ? formatInstant(s.lastRefused.at) : '?' })),
        el('p', null, t('status.lastRefusedHint')),
        el('ul', null, problems.map((p) => el('li', null, el('code', null, problemPlace(p)), ' ', p.message || '')))));
    }
    body.replaceChildren(...parts);
  }

  // --- copying -------------------------------------------------------------------------------

  async function copy(button) {
    const source = byId(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(source.textContent);
    } catch (notAllowed) {
      // Without clipboard access (plain http on another host) select the text for Ctrl+C.
      const range = document.createRange();
      range.selectNodeContents(source);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    button.textContent = t('json.copied');
    setTimeout(() => { button.textContent = t('json.copy'); }, 1500);
  }

  // --- wiring --------------------------------------------------------------------------------

  function init() {
    state.language = initialLanguage();
    for (const button of document.querySelectorAll('[data-page-language]')) {
      button.addEventListener('click', () => setLanguage(button.dataset.pageLanguage));
    }
    byId('answer-language').addEventListener('change', () => { state.answerLanguageChosen = true; });
    byId('add-person').addEventListener('click', addPerson);
    byId('is-sick').addEventListener('change', showSicknessFields);
    byId('reset').addEventListener('click', fillDefaults);
    byId('status-refresh').addEventListener('click', loadStatus);
    for (const button of document.querySelectorAll('[data-copy]')) {
      button.addEventListener('click', () => copy(button));
    }
    form.addEventListener('submit', submit);
    form.addEventListener('input', updateRequestJson);
    form.addEventListener('change', updateRequestJson);
    fillDefaults();
    applyTexts();
    renderResult();
    loadStatus();
    document.body.dataset.ready = 'true';
  }

  init();
}());
