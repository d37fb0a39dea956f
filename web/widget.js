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

  window.NomineeMap = {
    ready: ready,
    nominees: function () { return command({ op: 'nominees' }); },
    state: function () { return command({ op: 'state' }); },
    select: function (id) { return command({ op: 'select', id: String(id) }).ok; },
    compare: function (a, b) { return command({ op: 'compare', a: String(a), b: String(b) }).ok; },
    clear: function () { return command({ op: 'clear' }).ok; },
    setLang: function (lang) { return command({ op: 'setLang', lang: String(lang) }).ok; },
    setFilter: function (filter) { return command({ op: 'setFilter', filter: String(filter) }).ok; },
    project: function (lon, lat) { return command({ op: 'project', lon: Number(lon), lat: Number(lat) }); },
    stats: function () { return command({ op: 'stats' }); },
    resetStats: function () { return command({ op: 'resetStats' }).ok; },  // for benchmarks
    // Where the widget's controls are drawn ({name: {x, y, width, height}} in CSS px from the
    // canvas's corner), like project() for places: for tests and QA that click the real canvas.
    targets: function () { return command({ op: 'targets' }); },
    on: function (type, fn) { (listeners[type] = listeners[type] || []).push(fn); return this; },
    off: function (type, fn) { listeners[type] = (listeners[type] || []).filter(function (f) { return f !== fn; }); return this; }
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
  var failure = null;  // why the map is not shown, in text mode: {noWebGL, message}
  function mapNote() {
    if (!failure || failure.noWebGL) return t('mapUnavailable');
    return t('geoProblem', [failure.message]);
  }

  function nomineesInMirror() {
    if (!content || !Array.isArray(content.nominees)) return [];
    return content.nominees.filter(function (n) { return !validIds || validIds.indexOf(n.id) >= 0; });
  }
  function className(id) {
    var c = ((content && content.award && content.award.classes) || []).filter(function (c) { return c.id === id; })[0];
    return c ? localText(c.name) : id;
  }

  function buildMirror(textOnly) {
    mirror.textContent = '';
    var award = (content && content.award) || {};
    mirror.appendChild(el('h1', localText(award.name) + ' ' + (award.year || '')));
    if (award.source) {
      mirror.appendChild(el('p', t('source', [localText(award.source.title), organisers(), formatDate(award.source.date)]), { 'class': 'vk-note' }));
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
      var b = el('button', n.name + ' – ' + className(n['class']), { type: 'button', 'aria-pressed': 'false', 'data-id': n.id });
      b.addEventListener('click', function () {
        if (textOnly) { document.getElementById('vk-nominee-' + n.id).scrollIntoView(); return; }
        command({ op: 'click', id: n.id });
      });
      b.addEventListener('focus', function () { if (!textOnly) command({ op: 'focus', id: n.id }); });
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
    article.appendChild(el('p', className(n['class']) + ' · ' + n.county + ' · ' +
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
      return pair && !/^(select|compare|lang|filter)=/.test(pair);
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
    if (module && module.vkCommand && location.hash.slice(1) !== last.hash) applyUrl('', location.hash, true);
  });
  window.addEventListener('message', function (e) {
    if (e.source !== window.parent || !e.data || e.data.type !== 'nominee-map:host') return;
    if (typeof e.data.url === 'string') hostUrl = e.data.url;  // the selection came in the frame's src
  });

  // ---- Notifications from the widget -----------------------------------------------------------
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
        if (!loaded.usable) {
          emit('error', { message: 'data file unusable', problems: loaded.problems });
          showMessage(loaded.message || (loaded.problems || [])[0] || 'data');
        }
        if (loaded.problems && loaded.problems.length && loaded.usable) emit('error', { message: 'data problems', problems: loaded.problems });
        applyUrl(location.search, location.hash);
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
      var query = queryWithoutState();
      if (location.hash.slice(1) !== payload.hash || query !== location.search) {
        history.replaceState(history.state, '', location.pathname + query + (payload.hash ? '#' + payload.hash : ''));
      }
      if (langChanged) buildMirror(false);
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
  function fetchBytes(url) {
    url = assetUrl(url);
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.arrayBuffer();
    }).then(function (b) { return new Uint8Array(b); });
  }
  function fetchJson(url) { return fetch(assetUrl(url)).then(function (r) { return r.ok ? r.json() : null; }).catch(function () { return null; }); }

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
    failure = { noWebGL: !!noWebGL, message: String(error && error.message) };
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

  var assets = Promise.all([dataBytes, fetchBytes('geo/norway.vkgeo'), fonts[0], fonts[1], textAssets]).then(function (r) {
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
