// The rule catalogue page: reads GET /api/v1/rules/catalogue and shows every rule as a card.
// Plain JavaScript, no build step. Everything from the rule set is put in the page as text
// (textContent), never as HTML.
(function () {
  'use strict';

  var API = '/api/v1/rules/catalogue';
  var SCENARIOS_SHOWN = 5;

  var LABELS = {
    nl: {
      pageTitle: 'Regelcatalogus – Gesprekswijzer',
      skip: 'Naar de regels',
      title: 'Regelcatalogus',
      lead: 'Elke regel van de actieve regelset in gewone taal: wat hij doet, welke parameters hij leest met hun ' +
        'waarde en bron op de gekozen datum, en in welke scenario\'s hij afgaat.',
      errorTitle: 'Er is een probleem',
      dateLabel: 'Peildatum',
      dateHint: 'De parameterwaarden en cao-regels die op deze dag gelden.',
      dateError: 'Vul een bestaande datum in, zoals 23-11-2026.',
      languageError: 'Kies Nederlands of English.',
      show: 'Toon',
      filterLabel: 'Zoeken in de regels',
      filterHint: 'Op regelnaam, bestand, parameter, tekst of scenario; alleen de regels die erop passen blijven staan.',
      loading: 'De catalogus wordt geladen… De eerste keer worden alle scenario\'s doorgerekend; dat duurt enkele seconden.',
      failed: 'De catalogus kon niet worden geladen. Probeer het later opnieuw.',
      contents: 'Inhoud',
      caoTitle: 'Cao-tabel',
      ruleSet: 'Regelset',
      version: 'versie',
      date: 'peildatum',
      rulesLabel: 'Regels',
      rules: function (n) { return n === 1 ? '1 regel' : n + ' regels'; },
      scenarios: function (n, passed) { return 'getest met ' + n + ' scenario\'s (' + passed + ' geslaagd)'; },
      visible: function (shown, total) { return shown + ' van ' + total + ' regels passen bij de zoekterm.'; },
      scenarioProblems: 'De scenario\'s konden niet worden gelezen; bij geen regel staat dus een scenario:',
      does: 'Wat de regel doet',
      explanation: 'Uitleg in het advies',
      parametersOn: function (d) { return 'Parameters op ' + d; },
      noParameters: 'Leest geen parameters.',
      parameter: 'Parameter',
      value: 'Waarde',
      legalBasis: 'Grondslag',
      source: 'Bron',
      status: 'status',
      since: function (d) { return 'sinds ' + d; },
      next: function (d, v) { return 'vanaf ' + d + ': ' + v; },
      noValue: 'geen waarde op deze datum',
      unknown: 'geen parameter van deze regelset',
      firesIn: function (n) { return n === 1 ? 'Gaat af in 1 scenario' : 'Gaat af in ' + n + ' scenario\'s'; },
      firesInNone: 'Gaat in geen enkel scenario af.',
      more: function (n) { return 'Nog ' + n + (n === 1 ? ' scenario' : ' scenario\'s') + ' tonen'; },
      fails: 'slaagt niet',
      languages: { nl: 'Nederlands', en: 'Engels' },
      caoIntro: function (d) { return 'De rijen van de cao-tabel die op ' + d + ' gelden: wat elke cao bovenop de wet geeft.'; },
      noCao: function (d) { return 'Op ' + d + ' geldt geen rij van de cao-tabel.'; },
      cao: 'Cao',
      entitlement: 'Regeling',
      hours: 'Uren',
      pay: 'Loon',
      period: 'Periode',
      months: function (n) { return n + ' maanden'; },
      caringFor: 'Bij zorg voor',
      valid: 'Geldig',
      noEnd: 'geen einddatum',
      factor: function (f) { return f + ' × de contracturen per week'; },
      proRata: function (h, w) { return h + ' uur per jaar bij een volledige werkweek van ' + w + ' uur, naar rato'; },
      locale: 'nl-NL'
    },
    en: {
      pageTitle: 'Rule catalogue – Gesprekswijzer',
      skip: 'Skip to the rules',
      title: 'Rule catalogue',
      lead: 'Every rule of the active rule set in plain language: what it does, which parameters it reads with ' +
        'their value and source on the chosen date, and which scenarios make it fire.',
      errorTitle: 'There is a problem',
      dateLabel: 'Date',
      dateHint: 'The parameter values and CAO rows in force on this day.',
      dateError: 'Enter a real date, for example 23/11/2026.',
      languageError: 'Choose Nederlands or English.',
      show: 'Show',
      filterLabel: 'Search the rules',
      filterHint: 'By rule name, file, parameter, text or scenario; only the rules that match stay on the page.',
      loading: 'Loading the catalogue… The first time, every scenario is run; that takes a few seconds.',
      failed: 'The catalogue could not be loaded. Please try again later.',
      contents: 'Contents',
      caoTitle: 'CAO table',
      ruleSet: 'Rule set',
      version: 'version',
      date: 'date',
      rulesLabel: 'Rules',
      rules: function (n) { return n === 1 ? '1 rule' : n + ' rules'; },
      scenarios: function (n, passed) { return 'tested by ' + n + ' scenarios (' + passed + ' passed)'; },
      visible: function (shown, total) { return shown + ' of ' + total + ' rules match the search.'; },
      scenarioProblems: 'The scenarios could not be read, so no rule lists a scenario:',
      does: 'What it does',
      explanation: 'Explanation in the advice',
      parametersOn: function (d) { return 'Parameters on ' + d; },
      noParameters: 'Reads no parameters.',
      parameter: 'Parameter',
      value: 'Value',
      legalBasis: 'Legal basis',
      source: 'Source',
      status: 'status',
      since: function (d) { return 'since ' + d; },
      next: function (d, v) { return 'from ' + d + ': ' + v; },
      noValue: 'no value on this date',
      unknown: 'not a parameter of this rule set',
      firesIn: function (n) { return n === 1 ? 'Fires in 1 scenario' : 'Fires in ' + n + ' scenarios'; },
      firesInNone: 'Fires in no scenario.',
      more: function (n) { return 'Show ' + n + ' more ' + (n === 1 ? 'scenario' : 'scenarios'); },
      fails: 'fails',
      languages: { nl: 'Dutch', en: 'English' },
      caoIntro: function (d) { return 'The rows of the CAO table in force on ' + d + ': what each CAO gives on top of the law.'; },
      noCao: function (d) { return 'No row of the CAO table is in force on ' + d + '.'; },
      cao: 'CAO',
      entitlement: 'Entitlement',
      hours: 'Hours',
      pay: 'Pay',
      period: 'Period',
      months: function (n) { return n + ' months'; },
      caringFor: 'When caring for',
      valid: 'Valid',
      noEnd: 'no end date',
      factor: function (f) { return f + ' × the contract hours a week'; },
      proRata: function (h, w) { return h + ' hours a year for a full-time week of ' + w + ' hours, pro rata'; },
      locale: 'en-GB'
    }
  };

  var params = new URLSearchParams(window.location.search);
  var language = params.get('lang') === 'en' ? 'en' : 'nl';
  var L = LABELS[language];
  var cards = [];

  function byId(id) { return document.getElementById(id); }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function formatDate(iso) {
    if (!iso) { return ''; }
    var parts = iso.split('-');
    var date = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2]));
    return new Intl.DateTimeFormat(L.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(date);
  }

  function formatNumber(value) {
    if (value === undefined || value === null) { return '?'; }
    var text = String(value);
    return language === 'nl' ? text.replace('.', ',') : text;
  }

  function anchor(kind, name) {
    return kind + '-' + String(name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  }

  /** Labels of the static page in the chosen language, and the links that switch it. */
  function applyLanguage() {
    document.documentElement.lang = language;
    document.title = L.pageTitle;
    Array.prototype.forEach.call(document.querySelectorAll('[data-label]'), function (node) {
      var text = L[node.getAttribute('data-label')];
      if (typeof text === 'string') { node.textContent = text; }
    });
    byId('lang').value = language;
    ['nl', 'en'].forEach(function (other) {
      var link = byId('to-' + other);
      var query = new URLSearchParams(window.location.search);
      query.set('lang', other);
      link.href = '/rules?' + query.toString();
      if (other === language) { link.setAttribute('aria-current', 'true'); } else { link.removeAttribute('aria-current'); }
    });
    if (params.get('date')) { byId('date').value = params.get('date'); }
    if (params.get('q')) { byId('filter').value = params.get('q'); }
  }

  /** A refusal of the API as an error summary at the top that links to each field, repeated at the field. */
  function showErrors(errors) {
    var list = byId('error-list');
    list.textContent = '';
    errors.forEach(function (error) {
      var field = error.field === 'date' ? 'date' : null;
      var message = error.field === 'date' ? L.dateError : error.field === 'language' ? L.languageError : error.problem;
      var item = element('li');
      if (field) {
        var link = element('a', null, message);
        link.href = '#' + field;
        item.appendChild(link);
        var at = byId(field + '-error');
        at.textContent = message;
        at.hidden = false;
        byId(field + '-field').classList.add('field--error');
        byId(field).setAttribute('aria-invalid', 'true');
        byId(field).setAttribute('aria-describedby', field + '-hint ' + field + '-error');
      } else {
        item.textContent = message;
      }
      list.appendChild(item);
    });
    var summary = byId('error-summary');
    summary.hidden = false;
    summary.focus();
  }

  // The API key the sign-in page keeps for this browser session (see sign-in.js), sent with the
  // call as every client of the API sends it.
  function withKey(headers) {
    var match = document.cookie.match(/(?:^|;\s*)gesprekswijzer-api-key=([^;]*)/);
    if (match) { headers['X-API-Key'] = decodeURIComponent(match[1]); }
    return headers;
  }

  function load() {
    var query = new URLSearchParams();
    if (params.get('date')) { query.set('date', params.get('date')); }
    query.set('language', language);
    fetch(API + '?' + query.toString(), { headers: withKey({ Accept: 'application/json, application/problem+json' }) })
      .then(function (response) {
        return response.json().then(function (body) { return { status: response.status, body: body }; },
          function () { return { status: response.status, body: null }; });
      })
      .then(function (answer) {
        if (answer.status === 200 && answer.body) {
          render(answer.body);
          document.body.setAttribute('data-ready', 'true');
        } else if (answer.status === 400 && answer.body && answer.body.errors) {
          byId('status').textContent = '';
          showErrors(answer.body.errors);
          document.body.setAttribute('data-ready', 'refused');
        } else {
          byId('status').textContent = L.failed;
          document.body.setAttribute('data-ready', 'failed');
        }
      })
      .catch(function () {
        byId('status').textContent = L.failed;
        document.body.setAttribute('data-ready', 'failed');
      });
  }

  function render(catalogue) {
    byId('date').value = catalogue.date;
    var passed = catalogue.scenarios.filter(function (s) { return s.passed; }).length;

    var summary = byId('summary');
    summary.textContent = '';
    var facts = element('dl', 'facts');
    [[L.ruleSet, catalogue.ruleSet + ' (' + L.version + ' ' + catalogue.version + ')'],
      [L.dateLabel, formatDate(catalogue.date)],
      [L.rulesLabel, L.rules(catalogue.rules) + ', ' + L.scenarios(catalogue.scenarios.length, passed)]]
      .forEach(function (pair) {
        var row = element('div');
        row.appendChild(element('dt', null, pair[0]));
        row.appendChild(element('dd', null, pair[1]));
        facts.appendChild(row);
      });
    summary.appendChild(facts);
    if (catalogue.scenarioProblems && catalogue.scenarioProblems.length) {
      var warning = element('div', 'notice notice--warning');
      warning.appendChild(element('p', null, L.scenarioProblems));
      var problems = element('ul');
      catalogue.scenarioProblems.forEach(function (p) { problems.appendChild(element('li', null, p)); });
      warning.appendChild(problems);
      summary.appendChild(warning);
    }
    summary.hidden = false;

    var contents = byId('contents-list');
    contents.textContent = '';
    var container = byId('rules');
    container.textContent = '';
    cards = [];
    catalogue.concerns.forEach(function (concern) {
      var count = concern.files.reduce(function (n, f) { return n + f.rules.length; }, 0);
      var item = element('li');
      item.setAttribute('data-concern', anchor('concern', concern.name));
      var link = element('a', null, concern.name);
      link.href = '#' + anchor('concern', concern.name);
      item.appendChild(link);
      item.appendChild(document.createTextNode(' (' + L.rules(count) + ')'));
      contents.appendChild(item);
      container.appendChild(renderConcern(catalogue, concern));
    });
    var caoItem = element('li');
    var caoLink = element('a', null, L.caoTitle);
    caoLink.href = '#cao';
    caoItem.appendChild(caoLink);
    contents.appendChild(caoItem);
    byId('contents').hidden = false;

    renderCao(catalogue);
    byId('status').textContent = '';
    filter();
  }

  function renderConcern(catalogue, concern) {
    var section = element('section', 'concern');
    section.id = anchor('concern', concern.name);
    section.appendChild(element('h2', null, concern.name));
    concern.files.forEach(function (file) {
      var group = element('section', 'rule-file');
      var heading = element('h3');
      heading.appendChild(element('code', null, file.path));
      group.appendChild(heading);
      if (file.description) {
        file.description.split('\n\n').forEach(function (p) { group.appendChild(element('p', 'file-description', p)); });
      }
      file.rules.forEach(function (rule) { group.appendChild(renderRule(catalogue, rule)); });
      section.appendChild(group);
    });
    return section;
  }

  function renderRule(catalogue, rule) {
    var card = element('article', 'rule-card');
    card.id = anchor('rule', rule.name);
    card.setAttribute('aria-labelledby', card.id + '-name');
    var name = element('h4', 'rule-name', rule.name);
    name.id = card.id + '-name';
    card.appendChild(name);
    var place = rule.file + (rule.cell ? ':' + rule.cell : rule.line ? ':' + rule.line : '');
    card.appendChild(element('p', 'place')).appendChild(element('code', null, place));

    if (rule.comment) {
      card.appendChild(element('h5', null, L.does));
      rule.comment.split('\n\n').forEach(function (p) { card.appendChild(element('p', 'comment', p)); });
    }

    var languages = Object.keys(rule.explanation || {});
    if (languages.length) {
      card.appendChild(element('h5', null, L.explanation));
      var list = element('dl', 'explanation');
      languages.forEach(function (lang) {
        list.appendChild(element('dt', null, L.languages[lang] || lang));
        var text = element('dd', null, rule.explanation[lang]);
        text.lang = lang;
        list.appendChild(text);
      });
      card.appendChild(list);
    }

    card.appendChild(renderParameters(catalogue, rule.parameters || []));
    card.appendChild(renderScenarios(catalogue, rule.firedIn || []));

    var searchable = [rule.name, place, rule.comment, languages.map(function (l) { return rule.explanation[l]; }).join(' ')]
      .concat((rule.parameters || []).map(function (p) {
        return [p.name, p.description, p.value, p.source, p.legalBasis].join(' ');
      }))
      .concat((rule.firedIn || []).map(function (i) { return catalogue.scenarios[i].file + ' ' + catalogue.scenarios[i].name; }))
      .join(' ').toLowerCase();
    cards.push({ card: card, text: searchable });
    return card;
  }

  function renderParameters(catalogue, parameters) {
    var part = element('div', 'parameters');
    if (!parameters.length) {
      part.appendChild(element('p', 'quiet', L.noParameters));
      return part;
    }
    part.appendChild(element('h5', null, L.parametersOn(formatDate(catalogue.date))));
    var wrap = element('div', 'table-wrap');
    var table = element('table');
    var head = element('tr');
    [L.parameter, L.value, L.legalBasis, L.source].forEach(function (h) {
      var th = element('th', null, h);
      th.scope = 'col';
      head.appendChild(th);
    });
    table.appendChild(element('thead')).appendChild(head);
    var body = element('tbody');
    parameters.forEach(function (p) {
      var row = element('tr');
      var nameCell = element('th');
      nameCell.scope = 'row';
      nameCell.appendChild(element('code', null, p.name));
      if (p.description) { nameCell.appendChild(element('span', 'description', p.description)); }
      row.appendChild(nameCell);

      var valueCell = element('td', 'value');
      if (p.status === 'UNKNOWN') {
        valueCell.appendChild(element('span', 'quiet', L.unknown));
      } else if (p.value === undefined || p.value === null) {
        valueCell.appendChild(element('span', 'quiet', L.noValue));
      } else {
        valueCell.appendChild(element('strong', null, p.value));
        if (p.from) { valueCell.appendChild(element('span', 'since', L.since(formatDate(p.from)))); }
      }
      if (p.nextValue !== undefined && p.nextValue !== null && p.nextFrom) {
        valueCell.appendChild(element('span', 'next', L.next(formatDate(p.nextFrom), p.nextValue)));
      }
      row.appendChild(valueCell);

      row.appendChild(element('td', null, p.legalBasis || '–'));
      var sourceCell = element('td', 'source');
      if (p.source) { sourceCell.appendChild(element('span', null, p.source)); }
      if (p.status) {
        var badge = element('span', 'badge badge--' + p.status.toLowerCase(), p.status);
        badge.title = L.status;
        sourceCell.appendChild(badge);
      }
      row.appendChild(sourceCell);
      body.appendChild(row);
    });
    table.appendChild(body);
    wrap.appendChild(table);
    part.appendChild(wrap);
    return part;
  }

  function renderScenarios(catalogue, firedIn) {
    var part = element('div', 'scenarios');
    if (!firedIn.length) {
      part.appendChild(element('p', 'notice notice--warning', L.firesInNone));
      return part;
    }
    part.appendChild(element('h5', null, L.firesIn(firedIn.length)));
    function item(index) {
      var scenario = catalogue.scenarios[index];
      var li = element('li');
      li.appendChild(element('code', 'scenario-file', scenario.file));
      li.appendChild(document.createTextNode(' ' + scenario.name));
      if (!scenario.passed) { li.appendChild(element('span', 'badge badge--failed', L.fails)); }
      return li;
    }
    var list = element('ul', 'scenario-list');
    firedIn.slice(0, SCENARIOS_SHOWN).forEach(function (i) { list.appendChild(item(i)); });
    part.appendChild(list);
    if (firedIn.length > SCENARIOS_SHOWN) {
      var more = element('details');
      more.appendChild(element('summary', null, L.more(firedIn.length - SCENARIOS_SHOWN)));
      var rest = element('ul', 'scenario-list');
      firedIn.slice(SCENARIOS_SHOWN).forEach(function (i) { rest.appendChild(item(i)); });
      more.appendChild(rest);
      part.appendChild(more);
    }
    return part;
  }

  function renderCao(catalogue) {
    var when = formatDate(catalogue.date);
    var intro = byId('cao-intro');
    var holder = byId('cao-table');
    holder.textContent = '';
    if (!catalogue.caoRows.length) {
      intro.textContent = L.noCao(when);
      byId('cao').hidden = false;
      return;
    }
    intro.textContent = L.caoIntro(when);
    var table = element('table');
    var head = element('tr');
    [L.cao, L.entitlement, L.hours, L.pay, L.period, L.caringFor, L.valid, L.legalBasis].forEach(function (h) {
      var th = element('th', null, h);
      th.scope = 'col';
      head.appendChild(th);
    });
    table.appendChild(element('thead')).appendChild(head);
    var body = element('tbody');
    catalogue.caoRows.forEach(function (row) {
      var tr = element('tr');
      tr.appendChild(element('td', null, row.cao));
      var entitlement = element('td');
      entitlement.appendChild(document.createTextNode(row.title + ' '));
      entitlement.appendChild(element('code', null, row.entitlement));
      tr.appendChild(entitlement);
      tr.appendChild(element('td', null, row.weeklyHoursFactor !== undefined && row.weeklyHoursFactor !== null
        ? L.factor(formatNumber(row.weeklyHoursFactor))
        : L.proRata(formatNumber(row.hoursPerYearFullTime), formatNumber(row.fullTimeWeeklyHours))));
      tr.appendChild(element('td', null, row.payPercent + '%'));
      tr.appendChild(element('td', null, row.periodMonths ? L.months(row.periodMonths) : '–'));
      var relations = (row.relations || []).join(', ');
      if (relations && row.situations && row.situations.length) { relations += ' (' + row.situations.join(', ') + ')'; }
      tr.appendChild(element('td', null, relations || '–'));
      tr.appendChild(element('td', null, formatDate(row.validFrom) + ' – ' + (row.validUntil ? formatDate(row.validUntil) : L.noEnd)));
      tr.appendChild(element('td', null, row.legalBasis));
      body.appendChild(tr);
    });
    table.appendChild(body);
    holder.appendChild(table);
    byId('cao').hidden = false;
  }

  /** Keeps the cards whose text holds every word of the search; hides files and concerns left empty. */
  function filter() {
    var terms = byId('filter').value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    cards.forEach(function (entry) {
      var match = terms.every(function (term) { return entry.text.indexOf(term) >= 0; });
      entry.card.hidden = !match;
      if (match) { shown++; }
    });
    Array.prototype.forEach.call(document.querySelectorAll('.rule-file, .concern'), function (group) {
      group.hidden = !group.querySelector('.rule-card:not([hidden])');
    });
    Array.prototype.forEach.call(document.querySelectorAll('#contents-list [data-concern]'), function (item) {
      item.hidden = byId(item.getAttribute('data-concern')).hidden;
    });
    byId('status').textContent = terms.length ? L.visible(shown, cards.length) : '';
    var query = new URLSearchParams(window.location.search);
    if (terms.length) { query.set('q', byId('filter').value); } else { query.delete('q'); }
    var search = query.toString();
    window.history.replaceState(null, '', '/rules' + (search ? '?' + search : '') + window.location.hash);
  }

  document.addEventListener('DOMContentLoaded', function () {
    applyLanguage();
    byId('filter').addEventListener('input', filter);
    // A printed catalogue lists every scenario, not only the first few.
    window.addEventListener('beforeprint', function () {
      Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
    });
    load();
  });
}());
