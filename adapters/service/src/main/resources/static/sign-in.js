// The sign-in page: asks for an API key, keeps it for this browser session in a cookie
// (SameSite=Strict; the service reads it only for GET and HEAD) from which the pages' scripts
// take it for the X-API-Key header of their calls, and loads the page again.
// On this machine, while the service accepts its development key, that key is used without asking.
(function () {
  'use strict';

  var COOKIE = 'gesprekswijzer-api-key';
  var DEVELOPMENT_KEY = 'gesprekswijzer-dev';
  var TRIED = 'gesprekswijzer.developmentKeyTried';

  var LABELS = {
    nl: {
      pageTitle: 'Sleutel nodig – Gesprekswijzer',
      title: 'Sleutel nodig',
      errorTitle: 'Er is een probleem',
      keyError: 'Vul een API-sleutel in.',
      keyLabel: 'API-sleutel',
      keyHint: 'De sleutel die u van de beheerder van de service kreeg. Hij blijft bewaard tot u de browser sluit.',
      submit: 'Doorgaan',
      reasons: {
        'missing': 'Deze pagina is alleen te zien met een API-sleutel.',
        'invalid-key': 'Deze sleutel wordt niet geaccepteerd. Controleer hem en probeer het opnieuw.',
        'development-key-off': 'De ontwikkelsleutel staat uit: deze service heeft eigen sleutels. ' +
          'Vul de sleutel in die u van de beheerder kreeg.',
        'development-key-not-local': 'De ontwikkelsleutel werkt alleen op de computer waarop de service draait. ' +
          'Vul de sleutel in die u van de beheerder kreeg.',
        'invalid-token': 'Uw aanmelding is niet (meer) geldig. Vul een API-sleutel in.',
        'token-not-accepted': 'Deze service werkt met API-sleutels. Vul uw sleutel in.',
        'two-credentials': 'Vul één API-sleutel in.',
        'forbidden': 'Met deze sleutel kunt u deze pagina niet zien: daarvoor is de rol rules-admin nodig. ' +
          'Vul een andere sleutel in.'
      }
    },
    en: {
      pageTitle: 'Key needed – Gesprekswijzer',
      title: 'Key needed',
      errorTitle: 'There is a problem',
      keyError: 'Enter an API key.',
      keyLabel: 'API key',
      keyHint: 'The key the administrator of the service gave you. It is kept until you close the browser.',
      submit: 'Continue',
      reasons: {
        'missing': 'This page can only be seen with an API key.',
        'invalid-key': 'This key is not accepted. Check it and try again.',
        'development-key-off': 'The development key is switched off: this service has keys of its own. ' +
          'Enter the key the administrator gave you.',
        'development-key-not-local': 'The development key works only on the computer the service runs on. ' +
          'Enter the key the administrator gave you.',
        'invalid-token': 'Your sign-in is not valid (any more). Enter an API key.',
        'token-not-accepted': 'This service works with API keys. Enter your key.',
        'two-credentials': 'Enter one API key.',
        'forbidden': 'This key cannot open this page: that needs the role rules-admin. Enter another key.'
      }
    }
  };

  var reason = document.body.getAttribute('data-reason') || 'missing';
  var language = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'nl';
  var labels = LABELS[language];

  function keep(key) {
    document.cookie = COOKIE + '=' + encodeURIComponent(key) + '; Path=/; SameSite=Strict' +
      (location.protocol === 'https:' ? '; Secure' : '');
  }

  function onThisMachine() {
    var host = location.hostname;
    return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
  }

  // A newcomer on their own machine: try the development key once, without asking.
  if (reason === 'missing' && onThisMachine() && !sessionStorage.getItem(TRIED)) {
    sessionStorage.setItem(TRIED, 'true');
    keep(DEVELOPMENT_KEY);
    location.reload();
    return;
  }

  document.documentElement.lang = language;
  document.title = labels.pageTitle;
  Array.prototype.forEach.call(document.querySelectorAll('[data-label]'), function (element) {
    var label = labels[element.getAttribute('data-label')];
    if (typeof label === 'string') {
      element.textContent = label;
    }
  });
  document.getElementById('reason').textContent = labels.reasons[reason] || labels.reasons.missing;

  var form = document.getElementById('sign-in');
  var input = document.getElementById('api-key');
  var summary = document.getElementById('error-summary');
  var fieldError = document.getElementById('api-key-error');

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var key = input.value.trim();
    if (!key) {
      fieldError.textContent = labels.keyError;
      fieldError.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'api-key-hint api-key-error');
      summary.hidden = false;
      summary.focus();
      return;
    }
    keep(key);
    location.reload();
  });
  input.focus();
})();
