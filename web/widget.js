// The page shell of Vertskapskart: checks for WebGL2 before fetching the wasm, fetches the assets,
// starts the widget, and joins it to the page: window.NomineeMap, the URL hash, the DOM text
// mirror (#nominee-map-text, #nominee-map-status), and postMessage to a host page.
// Talks to the widget only through Module.vkCommand(...) and the notifications of bridge.js.
(function () {
  'use strict';

  var root = document.getElementById('nominee-map');
  var canvas = document.getElementById('nominee-map-canvas');
  var message = document.getElementById('nominee-map-message');
  var statusLine = document.getElementById('nominee-map-status');
  var mirror = document.getElementById('nominee-map-text');
  var embedded = (function () { try { return window.parent !== window; } catch (e) { return true; } })();
  if (embedded) root.classList.add('vk-embedded');

  // ---- Theme: theme= in the link, else the reader's prefers-color-scheme (the widget, once it
  // runs, says which in its state; until then, and in the text version, the page decides).
  var darkQuery = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  var linkTheme = (/(?:^|[?#&])theme=(light|dark)(?=[&#]|$)/.exec(location.search + location.hash) || [])[1];
  var lastNote = '';
  function showTheme(theme) { document.documentElement.setAttribute('data-theme', theme); }
  showTheme(linkTheme || (darkQuery && darkQuery.matches ? 'dark' : 'light'));
  function onSchemeChange() {
    if (module && module.vkCommand) command({ op: 'systemScheme', dark: darkQuery.matches });
    else if (!linkTheme) showTheme(darkQuery.matches ? 'dark' : 'light');
  }
  if (darkQuery && darkQuery.addEventListener) darkQuery.addEventListener('change', onSchemeChange);
  // The widget's look as its state reports it: theme, and the host's accent as used (kept at AA).
  function showAppearance(appearance) {
    if (!appearance) return;
    showTheme(appearance.theme);
    var style = document.documentElement.style;
    [['--vk-accent', appearance.accentUsed], ['--vk-focus', appearance.accentUsed], ['--vk-accent-tint', appearance.accentTint]]
      .forEach(function (p) { if (p[1]) style.setProperty(p[0], p[1]); else style.removeProperty(p[0]); });
    if (appearance.note && appearance.note !== lastNote) console.info('NomineeMap: ' + appearance.note);
    lastNote = appearance.note || '';
  }

  // ---- window.NomineeMap ---------------------------------------------------------------------
  var listeners = {};
  var module = null;
  var content = null;   // nominees.json, parsed, for the text mirror
  var strings = null;   // strings.json, for the text mirror
  var validIds = null;  // ids the widget accepted (a nominee with a data problem is left out)
  var last = { selected: [], hover: null, lang: 'nb', filter: 'all', hash: '', status: '', shared: '' };
  var hostUrl = null;   // the embedding article's address, from host.js
  var resolveReady, rejectReady;
  var ready = new Promise(function (resolve, reject) { resolveReady = resolve; rejectReady = reject; });
  ready.catch(function () {});  // a page without WebGL is not an unhandled error

  function emit(type, detail) {
    (listeners[type] || []).forEach(function (fn) {
      try { fn(detail); } catch (e) { console.error(e); }
    });
  }
  function command(c) {
    if (!module || !module.vkCommand) throw new Error('NomineeMap is not ready yet');
    var reply = module.vkCommand(c);
    if (reply && reply.warning) console.warn('NomineeMap: ' + reply.warning);
    return reply;
  }

  // ---- Argument checks of the public API ----------------------------------------------------
  // Every NomineeMap method refuses a bad argument the same way: a console warning, and false (an
  // action) or null (a read). None throws, and a refused call changes nothing. The same holds
  // while the map is not running (before it starts, or when the page shows the text version).
  var eventTypes = ['ready', 'select', 'hover', 'error'];
  var isText = function (v) { return typeof v === 'string'; };
  var isFiniteNumber = function (v) { return typeof v === 'number' && isFinite(v); };
  var isEventType = function (v) { return eventTypes.indexOf(v) >= 0; };
  var isFunction = function (v) { return typeof v === 'function'; };
  // api(name, refusal, checks, body): the method `name`, which answers `refusal` unless each
  // argument passes its check ([test, what it must be]) and the map runs (unless `anytime`), and
  // body(args...) otherwise.
  function api(name, refusal, checks, body, anytime) {
    return function () {
      var args = arguments;
      for (var i = 0; i < checks.length; i++) {
        if (!checks[i][0](args[i])) {
          console.warn('NomineeMap.' + name + ': argument ' + (i + 1) + ' must be ' + checks[i][1] + ', got ' + describe(args[i]));
          return refusal;
        }
      }
      if (!anytime && !(module && module.vkCommand)) {
        console.warn('NomineeMap.' + name + ': the map is not running (not ready yet, or shown as text)');
        return refusal;
      }
      return body.apply(null, args);
    };
  }
  function describe(v) {
    if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
    if (typeof v === 'number' || typeof v === 'boolean' || v == null) return String(v);
    return typeof v;  // an object's text could be anything (and its toString could throw)
  }
  var id = [isText, 'a nominee id (a string)'];
  var lonLat = function (what) { return [isFiniteNumber, 'a finite number (' + what + ', degrees)']; };
  var eventType = [isEventType, 'one of "' + eventTypes.join('", "') + '"'];
  var listener = [isFunction, 'a function'];

  window.NomineeMap = {
    ready: ready,
    nominees: api('nominees', null, [], function () { return command({ op: 'nominees' }); }),
    state: api('state', null, [], function () { return command({ op: 'state' }); }),
    select: api('select', false, [id], function (id) { return command({ op: 'select', id: id }).ok; }),
    compare: api('compare', false, [id, id], function (a, b) {
      if (a === b) {
        console.warn('NomineeMap.compare: needs two different nominees, got "' + a + '" twice');
        return false;
      }
      return command({ op: 'compare', a: a, b: b }).ok;
    }),
    clear: api('clear', false, [], function () { return command({ op: 'clear' }).ok; }),
    setLang: api('setLang', false, [[isText, '"nb" or "en"']], function (lang) { return command({ op: 'setLang', lang: lang }).ok; }),
    setFilter: api('setFilter', false, [[isText, '"all", "small" or "large"']], function (filter) {
      return command({ op: 'setFilter', filter: filter }).ok;
    }),
    project: api('project', null, [lonLat('longitude'), lonLat('latitude')], function (lon, lat) {
      var p = command({ op: 'project', lon: lon, lat: lat });
      if (isFiniteNumber(p.x) && isFiniteNumber(p.y)) return p;
      console.warn('NomineeMap.project: (' + lon + ', ' + lat + ') has no place on the screen');
      return null;
    }),
    stats: api('stats', null, [], function () { return command({ op: 'stats' }); }),
    resetStats: api('resetStats', false, [], function () { return command({ op: 'resetStats' }).ok; }),  // for benchmarks
    // Where the widget's controls are drawn ({name: {x, y, width, height}} in CSS px from the
    // canvas's corner), like project() for places: for tests and QA that click the real canvas.
    targets: api('targets', null, [], function () { return command({ op: 'targets' }); }),
    // on/off answer NomineeMap itself (so calls chain), or false when refused.
    on: api('on', false, [eventType, listener], function (type, fn) {
      (listeners[type] = listeners[type] || []).push(fn);
      return window.NomineeMap;
    }, true),
    off: api('off', false, [eventType, listener], function (type, fn) {
      listeners[type] = (listeners[type] || []).filter(function (f) { return f !== fn; });
      return window.NomineeMap;
    }, true)
  };

  // ---- Text --------------------------------------------------------------------------------
  function t(key, args) {
    var entry = strings && strings[key];
    var text = entry ? entry[last.lang] || entry.nb : key;
    (args || []).forEach(function (a, i) { text = text.split('{' + i + '}').join(a); });
    return text;
  }
  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text != null) node.textContent = text;  // never innerHTML: data text cannot inject markup
    for (var k in attrs || {}) node.setAttribute(k, attrs[k]);
    return node;
  }
  function localText(text) { return text ? (text[last.lang] || text.nb || '') : ''; }
  function formatInteger(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, last.lang === 'nb' ? '\u00a0' : ',');
  }
  function formatDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    if (!m) return iso || '';
    var months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    return last.lang === 'nb' ? (+m[3]) + '.' + (+m[2]) + '.' + m[1] : (+m[3]) + ' ' + months[+m[2] - 1] + ' ' + m[1];
  }
  // "NHO og KS" / "NHO and KS", from the data's organisers.
  function organisers() {
    var list = (content && content.award && content.award.organisers) || [];
    if (list.length < 2) return list.join('');
    return list.slice(0, -1).join(', ') + ' ' + t('listAnd') + ' ' + list[list.length - 1];
  }
  // Texts of the page itself that follow the language: title, canvas description, mirror label.
  function wordPage() {
    document.documentElement.lang = last.lang;
    document.title = t('pageTitle');
    canvas.setAttribute('aria-label', t('mapLabel'));
    var keys = document.getElementById('nominee-map-keys');
    if (keys) keys.textContent = t('keysHelp');
    mirror.setAttribute('aria-label', t('textVersion'));
  }
  function showMessage(text) {
    message.textContent = text;
    message.hidden = !text;
  }

  // ---- The text mirror ----------------------------------------------------------------------
  var mirrorParts = null;
  var failure = null;  // why the map is not shown, in text mode: {asset, message}
  // The visitor's note: the data file's or the map file's problem when one of them is the cause
  // (error.asset names it); otherwise (no WebGL, a script, the wasm, a font) that the map cannot
  // be shown here. The console has the details.
  function mapNote() {
    var asset = (failure && failure.asset) || '';
    if (asset.indexOf('data/') === 0) return t('dataProblem', [failure.message]);
    if (asset.indexOf('geo/') === 0) return t('geoProblem', [failure.message]);
    return t('mapUnavailable');
  }

  // Where the focused mirror covers the canvas (CSS px from its corner): the map keeps a nominee
  // it brings into view out from under it.
  function mirrorCover() {
    var m = mirror.getBoundingClientRect(), c = canvas.getBoundingClientRect();
    return { x: m.left - c.left, y: m.top - c.top, width: m.width, height: m.height };
  }
  function nomineesInMirror() {
    if (!content || !Array.isArray(content.nominees)) return [];
    return content.nominees.filter(function (n) { return !validIds || validIds.indexOf(n.id) >= 0; });
  }
  function className(id) {
    var c = ((content && content.award && content.award.classes) || []).filter(function (c) { return c.id === id; })[0];
    return c ? localText(c.name) : id;
  }
  // As core's classLine: "Vinner · " first when the data names the nominee its class's winner.
  function classLine(n) {
    var winners = (content && content.award && content.award.winners) || {};
    return (winners[n['class']] === n.id ? t('winner') + ' · ' : '') + className(n['class']);
  }

  function buildMirror(textOnly) {
    mirror.textContent = '';
    if (textOnly && !content) {  // nothing to read: the page's message says why
      wordPage();
      mirrorParts = null;
      return;
    }
    var award = (content && content.award) || {};
    mirror.appendChild(el('h1', localText(award.name) + ' ' + (award.year || '')));
    if (award.source) {
      // The article is cited by its publisher (KS); the organisers when the data names none.
      mirror.appendChild(el('p', t('source', [localText(award.source.title), award.source.publisher || organisers(), formatDate(award.source.date)]), { 'class': 'vk-note' }));
    }
    if (textOnly) mirror.appendChild(el('p', mapNote(), { 'class': 'vk-note', role: 'note' }));
    var controls = el('div', null, { 'class': 'vk-controls' });
    var buttons = {};
    function control(key, label, action) {
      var b = el('button', label, { type: 'button' });
      b.addEventListener('click', action);
      controls.appendChild(b);
      buttons[key] = b;
    }
    control('lang', t('switchLanguage'), function () { setLang(last.lang === 'nb' ? 'en' : 'nb'); });
    if (!textOnly) {
      control('zoomIn', t('zoomIn'), function () { command({ op: 'zoom', factor: 2 }); });
      control('zoomOut', t('zoomOut'), function () { command({ op: 'zoom', factor: 0.5 }); });
      control('reset', t('resetView'), function () { command({ op: 'resetView' }); });
      control('copy', t('copyLink'), function () { copyLink(); });
      control('swap', t('swap'), function () { command({ op: 'swap' }); });
      control('clear', t('clear'), function () { command({ op: 'clear' }); });
      // The class filter, as on the map: one pressed button of three.
      [['all', t('filterAll')]].concat(((content && content.award && content.award.classes) || []).map(function (c) {
        return [c.id, localText(c.name)];
      })).forEach(function (f) {
        control('filter:' + f[0], t('filterLabel') + ': ' + f[1], function () { command({ op: 'setFilter', filter: f[0] }); });
      });
    }
    mirror.appendChild(controls);
    mirror.appendChild(el('h2', t('nominees'), { 'class': 'vk-list-heading' }));
    var list = el('ul', null, { 'class': 'vk-nominees' });
    var nomineeButtons = {};
    nomineesInMirror().forEach(function (n) {
      var li = el('li');
      var b = el('button', n.name + ' – ' + classLine(n), { type: 'button', 'aria-pressed': 'false', 'data-id': n.id });
      b.addEventListener('click', function () {
        if (textOnly) { document.getElementById('vk-nominee-' + n.id).scrollIntoView(); return; }
        command({ op: 'click', id: n.id });
      });
      b.addEventListener('focus', function () { if (!textOnly) command({ op: 'focus', id: n.id, cover: mirrorCover() }); });
      b.addEventListener('blur', function () { if (!textOnly) command({ op: 'focus', id: '' }); });
      li.appendChild(b);
      list.appendChild(li);
      nomineeButtons[n.id] = b;
    });
    mirror.appendChild(list);
    // The theme matrix as text: who works on what; a button highlights the theme on the map.
    mirror.appendChild(el('h2', t('whoDoesWhat'), { 'class': 'vk-list-heading' }));
    var themes = el('ul', null, { 'class': 'vk-themes-list' });
    var themeButtons = {};
    ((content && content.themes) || []).forEach(function (theme) {
      var who = nomineesInMirror().filter(function (n) {
        return (n.initiatives || []).some(function (i) { return (i.themes || []).indexOf(theme.id) >= 0; });
      }).map(function (n) { return n.name; });
      var li = el('li');
      if (textOnly) {
        li.appendChild(el('strong', localText(theme.name)));
      } else {
        var b = el('button', localText(theme.name), { type: 'button', 'aria-pressed': 'false' });
        b.addEventListener('click', function () { command({ op: 'theme', id: theme.id }); });
        li.appendChild(b);
        themeButtons[theme.id] = b;
      }
      li.appendChild(document.createTextNode(': ' + who.join(', ')));
      themes.appendChild(li);
    });
    mirror.appendChild(themes);
    var details = el('div', null, { 'class': 'vk-details' });
    mirror.appendChild(details);
    mirrorParts = { buttons: buttons, nomineeButtons: nomineeButtons, themeButtons: themeButtons, details: details, textOnly: textOnly };
    updateMirror();
  }

  function nomineeArticle(n) {
    var article = el('article', null, { id: 'vk-nominee-' + n.id });
    article.appendChild(el('h3', n.name));
    var pop = n.population || {};
    article.appendChild(el('p', classLine(n) + ' · ' + n.county + ' · ' +
      t('populationAt', [formatInteger(pop.value), formatDate(pop.date)]), { 'class': 'vk-note' }));
    article.appendChild(el('p', localText(n.summary)));
    if (n.region) article.appendChild(el('p', localText(n.region.note), { 'class': 'vk-note' }));
    (content.criteria || []).forEach(function (criterion) {
      article.appendChild(el('h4', localText(criterion.name)));
      var items = (n.initiatives || []).filter(function (i) { return i.criterion === criterion.id; });
      if (!items.length) article.appendChild(el('p', t('noInitiative'), { 'class': 'vk-note' }));
      items.forEach(function (i) {
        var p = el('p');
        p.appendChild(el('strong', localText(i.title) + '. '));
        p.appendChild(document.createTextNode(localText(i.text)));
        article.appendChild(p);
        var themeNames = (i.themes || []).map(function (id) {
          var theme = (content.themes || []).filter(function (th) { return th.id === id; })[0];
          return theme ? localText(theme.name) : id;
        });
        var meta = t('themes') + ': ' + themeNames.join(', ');
        if (i.partners && i.partners.length) meta += ' · ' + t('partners', [i.partners.join(', ')]);
        article.appendChild(el('p', meta, { 'class': 'vk-themes' }));
      });
    });
    return article;
  }

  function updateMirror() {
    if (!mirrorParts) return;
    wordPage();
    Object.keys(mirrorParts.buttons).forEach(function (key) {
      if (key.indexOf('filter:') === 0) mirrorParts.buttons[key].setAttribute('aria-pressed', key === 'filter:' + last.filter ? 'true' : 'false');
    });
    if (mirrorParts.buttons.swap) mirrorParts.buttons.swap.hidden = last.selected.length !== 2;
    Object.keys(mirrorParts.themeButtons).forEach(function (id) {
      mirrorParts.themeButtons[id].setAttribute('aria-pressed', last.theme === id ? 'true' : 'false');
    });
    Object.keys(mirrorParts.nomineeButtons).forEach(function (id) {
      mirrorParts.nomineeButtons[id].setAttribute('aria-pressed', last.selected.indexOf(id) >= 0 ? 'true' : 'false');
    });
    var details = mirrorParts.details;
    details.textContent = '';
    var shown = mirrorParts.textOnly ? nomineesInMirror() : last.selected.map(function (id) {
      return nomineesInMirror().filter(function (n) { return n.id === id; })[0];
    }).filter(Boolean);
    if (!shown.length) return;
    if (!mirrorParts.textOnly) details.appendChild(el('h2', t('selectedNominees')));
    if (last.shared) details.appendChild(el('p', last.shared, { 'class': 'vk-shared' }));
    var columns = el('div', null, { 'class': 'vk-columns' });
    shown.forEach(function (n) { columns.appendChild(nomineeArticle(n)); });
    details.appendChild(columns);
  }

  function setLang(lang) {
    if (module) { command({ op: 'setLang', lang: lang }); return; }
    last.lang = lang;
    buildMirror(true);
  }

  // ---- Links, hash and host page ---------------------------------------------------------------
  // The page's query without the widget's own settings: once the widget runs, the hash alone says
  // what is shown, so a reload or a copied link cannot bring back a choice the visitor undid.
  function queryWithoutState() {
    var kept = location.search.replace(/^\?/, '').split('&').filter(function (pair) {
      return pair && !/^(select|compare|lang|filter|theme|accent)=/.test(pair);
    });
    return kept.length ? '?' + kept.join('&') : '';
  }
  function articleLink() {
    if (hostUrl) {
      var base = hostUrl.split('#')[0];
      return last.selected.length ? base + '#vertskap=' + last.selected.join(',') : base;
    }
    return location.origin + location.pathname + queryWithoutState() + (last.hash ? '#' + last.hash : '');
  }
  function copyLink() {
    var link = articleLink();
    var done = function () { if (module) command({ op: 'linkCopied' }); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(link).then(done, function () { console.warn('NomineeMap: the clipboard refused the link ' + link); });
    } else {
      console.warn('NomineeMap: no clipboard here; the link is ' + link);
    }
  }
  function toParent(data) {
    if (embedded) window.parent.postMessage(data, '*');  // nothing secret: the host may be any site
  }
  function applyUrl(query, hash, replace) {
    var reply = command({ op: 'applyUrl', query: query || '', hash: hash || '', replace: !!replace });
    (reply.warnings || []).forEach(function (w) { console.warn('NomineeMap: ' + w); });
  }
  window.addEventListener('hashchange', function () {
    if (!(module && module.vkCommand) || location.hash.slice(1) === last.hash) return;
    applyUrl('', location.hash, true);
    // What the link asked for that the widget ignored (an unknown id, a malformed value) leaves
    // the address too: the hash always says what is shown.
    if (location.hash.slice(1) !== last.hash) {
      history.replaceState(history.state, '', location.pathname + location.search + (last.hash ? '#' + last.hash : ''));
    }
  });
  // The host script's one message, {type: 'nominee-map:host', url}: the article's address, for
  // the copy-link button. Heard only from the parent window, and only when the address is an
  // http(s) page of the very origin that sent it; anything else is ignored.
  window.addEventListener('message', function (e) {
    if (e.source !== window.parent || e.source === window || !e.data || typeof e.data !== 'object') return;
    if (e.data.type !== 'nominee-map:host' || typeof e.data.url !== 'string' || e.data.url.length > 2048) return;
    var url;
    try { url = new URL(e.data.url); } catch (error) { return; }
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === e.origin) hostUrl = url.href;
  });

  // ---- Notifications from the widget -----------------------------------------------------------
  // A data file the widget cannot use: its first problem, shown over the map, worded in the
  // current language.
  var dataUnusable = false;
  function showDataProblem() {
    if (!dataUnusable) return;
    var loaded = command({ op: 'load' });  // a second load only re-words the problems
    showMessage(loaded.message || (loaded.problems || [])[0] || 'data');
  }
  // Start-up phases as performance marks (web/bench/startup.mjs prints them): vk:started (the wasm
  // compiled and main ran), vk:assets (every start file fetched), vk:loaded (data parsed,
  // geometry decoded and uploaded), vk:ready (the first frame with map and markers has settled).
  function mark(name, detail) {
    try { performance.mark(name, { detail: detail }); } catch (e) {}
  }
  function onNotify(type, payload) {
    if (type === 'started') {
      mark('vk:started');
      assets.then(function () {
        strings = command({ op: 'strings' });
        var loaded = command({ op: 'load' });
        mark('vk:loaded', loaded.timings);
        validIds = command({ op: 'nominees' }).map(function (n) { return n.id; });
        (loaded.problems || []).forEach(function (p) { console.error('NomineeMap data: ' + p); });
        dataUnusable = !loaded.usable;
        if (dataUnusable) {
          emit('error', { message: 'data file unusable', problems: loaded.problems });
          rejectReady(new Error('data file unusable'));  // the map shows the message instead
        }
        if (loaded.problems && loaded.problems.length && loaded.usable) emit('error', { message: 'data problems', problems: loaded.problems });
        // A map file that arrived but cannot be read: the text version, as for one that is missing.
        var mapProblem = (loaded.problems || []).filter(function (p) { return /^map: /.test(p); })[0];
        if (!loaded.map) { fail(assetError(geoUrl, mapProblem ? mapProblem.slice(5) : 'the map could not be drawn')); return; }
        applyUrl(location.search, location.hash);
        showDataProblem();  // in the link's language
        var s = command({ op: 'state' });
        last.lang = s.lang;
        buildMirror(false);
        // The state notification of applyUrl already worded a selection from the link.
        if (!statusLine.textContent) statusLine.textContent = t('statusNone');
      }, function (error) { fail(error); });
    } else if (type === 'ready') {
      mark('vk:ready', payload);
      root.setAttribute('data-state', 'ready');
      resolveReady(window.NomineeMap);
      emit('ready', {});
    } else if (type === 'state') {
      var selectionChanged = payload.selected.join(',') !== last.selected.join(',');
      var hoverChanged = payload.hover !== last.hover;
      var langChanged = payload.lang !== last.lang;
      var filterChanged = payload.filter !== last.filter || payload.theme !== last.theme;
      last = Object.assign(last, payload, { shared: payload.shared || '' });
      showAppearance(payload.appearance);
      var query = queryWithoutState();
      if (location.hash.slice(1) !== payload.hash || query !== location.search) {
        history.replaceState(history.state, '', location.pathname + query + (payload.hash ? '#' + payload.hash : ''));
      }
      if (langChanged) { buildMirror(false); showDataProblem(); }
      else if (selectionChanged || filterChanged) updateMirror();
      if (selectionChanged || langChanged) statusLine.textContent = payload.status;
      if (selectionChanged) {
        toParent({ type: 'nominee-map:select', selected: payload.selected.slice() });
        emit('select', { selected: payload.selected.slice() });
      }
      if (hoverChanged) emit('hover', { id: payload.hover });
    } else if (type === 'height') {
      toParent({ type: 'nominee-map:height', height: payload.height });
    } else if (type === 'copyLink') {
      copyLink();
    } else if (type === 'error') {
      emit('error', payload);
      if (payload.fatal) fail(new Error(payload.message));
    }
  }

  // ---- Start --------------------------------------------------------------------------------
  // The build names every file by its content (web/build-page.mjs) and lists the names in the
  // page; a page without the table (a hand-made shell) uses the plain names.
  var assetTable = (function () {
    try { return JSON.parse(document.getElementById('nominee-map-assets').textContent); } catch (e) { return {}; }
  })();
  function assetUrl(name) { return assetTable[name] || name; }
  // An asset's bytes; on failure an Error naming it by its plain name, as the web editor knows it
  // (error.asset = 'data/nominees.json', never the hashed copy's address).
  function fetchBytes(name) {
    return fetch(assetUrl(name)).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.arrayBuffer();
    }).then(function (b) { return new Uint8Array(b); }, function (e) {
      throw assetError(name, name + ': ' + e.message);
    });
  }
  function assetError(url, text) {
    var error = new Error(text);
    error.asset = url;
    return error;
  }
  function fetchJson(url) { return fetch(assetUrl(url)).then(function (r) { return r.ok ? r.json() : null; }).catch(function () { return null; }); }

  var geoUrl = 'geo/norway.vkgeo';
  // The data file is fetched once: its bytes go to the widget, its text to the mirror.
  var dataBytes = fetchBytes('data/nominees.json');
  dataBytes.catch(function () {});
  // The UI strings come from the widget itself (compiled in); only the text version without a
  // widget fetches their copy, strings.json.
  var textAssets = dataBytes.catch(function () { return null; })
    .then(function (bytes) { return [null, bytes]; })
    .then(function (r) {
      try { content = JSON.parse(new TextDecoder().decode(r[1]).replace(/^\uFEFF/, '')); } catch (e) { content = null; }
    });

  // Text only: no WebGL2 (or the wasm failed). Every nominee and initiative stays readable.
  function fail(error, noWebGL) {
    console.warn('NomineeMap: showing the text version: ' + (error && error.message));
    root.setAttribute('data-state', 'text');
    failure = { asset: noWebGL ? '' : (error && error.asset) || '', message: String(error && error.message) };
    // Without the widget, the page reads the language from the link itself.
    var lang = /(?:^|[?#&])lang=(nb|en)(?=[&#]|$)/.exec(location.search + location.hash);
    if (lang) last.lang = lang[1];
    Promise.all([textAssets, strings ? strings : fetchJson('strings.json')]).then(function (r) {
      strings = r[1];
      buildMirror(true);
      if (!content) showMessage(mapNote());
    });
    rejectReady(error || new Error('map unavailable'));
    emit('error', { message: String(error && error.message), fatal: true });
  }

  // ---- Trusted Types ------------------------------------------------------------------------
  // The page loads the widget's script with a plain <script src> (dist/index.html), so no script
  // address is ever made at run time and the page needs no Trusted Types policy at all.

  function hasWebGL2() {
    try { return !!document.createElement('canvas').getContext('webgl2'); } catch (e) { return false; }
  }

  // One copy of each font for the canvas and the page: the bytes the widget gets also become the
  // page's Inter (no @font-face in the CSS, which would fetch them a second time).
  var fonts = [['fonts/inter-regular.otf', '400'], ['fonts/inter-semibold.otf', '600']].map(function (f) {
    var bytes = fetchBytes(f[0]);
    bytes.then(function (b) {
      if (!window.FontFace || !document.fonts) return;
      var face = new FontFace('Inter', b.slice().buffer, { weight: f[1], display: 'swap' });
      document.fonts.add(face);
      face.load().catch(function () {});
    }, function () {});
    return bytes;
  });

  if (!hasWebGL2()) { fail(new Error('WebGL 2 is not available'), true); return; }

  var assets = Promise.all([dataBytes, fetchBytes(geoUrl), fonts[0], fonts[1], textAssets]).then(function (r) {
    mark('vk:assets');
    config.vkAssets = { data: r[0], geo: r[1], fontRegular: r[2], fontSemibold: r[3] };
  });
  assets.catch(function () {});
  // The start needs only a coarse map (under a pixel off at the start view); the full detail for
  // zooming in follows once the widget is ready, as map tiles do.
  if (assetTable['geo/detail/norway.vkgeo']) {
    ready.then(function () {
      return fetchBytes('geo/detail/norway.vkgeo').then(function (b) {
        config.vkAssets.geo = b;
        command({ op: 'loadDetail' });
        mark('vk:detail');
      }).catch(function (e) { console.warn('NomineeMap: no detailed map: ' + e.message); });
    }, function () {});
  }

  var config = {
    canvas: canvas,
    vkOnNotify: onNotify,
    locateFile: function (path) { return assetUrl(path); },
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function (what) { fail(new Error('the widget stopped: ' + what)); }
  };
  // The page loads the glue before this script (both deferred, in order; dist/index.html).
  module = config;  // the factory fills this object in; vkCommand appears on it during main()
  if (typeof window.createVertskapskart !== 'function') {
    fail(new Error('vertskapskart.js could not be loaded'));
    return;
  }
  window.createVertskapskart(config).then(function (m) { module = m; }, fail);
})();
