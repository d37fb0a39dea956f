// The page shell of Vertskapskart: fetches the assets (the map's only with WebGL 2), starts the
// widget (without WebGL 2 too: it then serves the text version alone), and joins it to the page:
// window.NomineeMap, the URL hash, the text version (#nominee-map-text, #nominee-map-status, which
// core words and this script only renders), and postMessage to a host page. Talks to the widget
// only through Module.vkCommand(...) and the notifications of bridge.js.
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
  // Only a change is written: any write to the root's attributes or inline style makes the next
  // layout question (the wasm asks the canvas's size every frame) restyle the whole page, and the
  // state (with the appearance) comes on every hover.
  function showTheme(theme) {
    if (document.documentElement.getAttribute('data-theme') !== theme) document.documentElement.setAttribute('data-theme', theme);
  }
  showTheme(linkTheme || (darkQuery && darkQuery.matches ? 'dark' : 'light'));
  function onSchemeChange() {
    if (wasmRunning()) command({ op: 'systemScheme', dark: darkQuery.matches });
    else if (!linkTheme) showTheme(darkQuery.matches ? 'dark' : 'light');
  }
  if (darkQuery && darkQuery.addEventListener) darkQuery.addEventListener('change', onSchemeChange);
  // The widget's look as its state reports it: theme, and the host's accent as used (kept at AA).
  function showAppearance(appearance) {
    if (!appearance) return;
    showTheme(appearance.theme);
    var style = document.documentElement.style;
    [['--vk-accent', appearance.accentUsed], ['--vk-focus', appearance.accentUsed], ['--vk-accent-tint', appearance.accentTint]]
      .forEach(function (p) {
        if ((style.getPropertyValue(p[0]) || null) === (p[1] || null)) return;
        if (p[1]) style.setProperty(p[0], p[1]); else style.removeProperty(p[0]);
      });
    if (appearance.note && appearance.note !== lastNote) console.info('NomineeMap: ' + appearance.note);
    lastNote = appearance.note || '';
  }

  // ---- window.NomineeMap ---------------------------------------------------------------------
  var listeners = {};
  var module = null;
  var last = { selected: [], hover: null, lang: 'nb', filter: 'all', theme: null, hash: '' };
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
      if (!anytime && !mapRunning()) {
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
    // Settles (with true) once the map has drawn every frame its state asks for: for screenshots
    // and tests, which would otherwise guess how many animation frames that takes. Settles at once
    // while the map is not running.
    drawn: api('drawn', null, [], function () {
      return new Promise(function (resolve) {
        (function check() {
          if (!mapRunning() || !command({ op: 'stats' }).framesPending) resolve(true);
          else requestAnimationFrame(check);
        })();
      });
    }, true),
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

  // ---- The text version -------------------------------------------------------------------
  // Core builds it (textVersion: headings, paragraphs, lists, buttons with their actions, every
  // text worded and formatted); the page only renders it, with textContent, never innerHTML.
  var failure = null;    // why the page shows the text version instead of the map: {problem, message}
  var wasmDead = false;  // the wasm cannot run here at all: only the shell's static message is left
  var textShown = false;
  var tags = { paragraph: 'p', list: 'ul', item: 'li', button: 'button', group: 'div', article: 'article', strong: 'strong', text: '#text' };

  function wasmRunning() { return !wasmDead && !!(module && module.vkCommand); }
  function mapRunning() { return !failure && wasmRunning(); }
  function showMessage(text) {
    message.textContent = text;
    message.hidden = !text;
  }
  function setAttribute(node, name, value) {
    if (value == null || value === '') node.removeAttribute(name);
    else node.setAttribute(name, value);
  }
  // Makes parent's children show blocks. A node of the same element is updated in place (and one
  // whose block is unchanged is left alone), so focus and a screen reader's place survive updates.
  function renderBlocks(parent, blocks) {
    blocks.forEach(function (block, i) {
      var tag = block.kind === 'heading' ? 'h' + block.level : tags[block.kind];
      var node = parent.childNodes[i];
      if (!node || node.vkTag !== tag) {
        var fresh = tag === '#text' ? document.createTextNode('') : document.createElement(tag);
        fresh.vkTag = tag;
        if (tag === 'button') wireButton(fresh);
        if (node) parent.replaceChild(fresh, node); else parent.appendChild(fresh);
        node = fresh;
      }
      var json = JSON.stringify(block);
      if (node.vkJson === json) return;
      node.vkJson = json;
      node.vkBlock = block;
      if (tag === '#text') { node.nodeValue = block.text; return; }
      setAttribute(node, 'class', block['class']);
      setAttribute(node, 'id', block.id);
      setAttribute(node, 'role', block.role);
      setAttribute(node, 'aria-pressed', block.pressed == null ? null : String(block.pressed));
      setAttribute(node, 'data-id', block.nominee);
      if (tag === 'button') node.hidden = !!block.hidden;  // outside a form a button submits nothing
      if (block.content) renderBlocks(node, block.content);
      else node.textContent = block.text;
    });
    while (parent.childNodes.length > blocks.length) parent.removeChild(parent.lastChild);
  }
  // A button sends its action: a widget command, or one of the page's own (copyLink, scrollTo).
  // One that stands for a nominee shows it on the map while it has focus.
  function wireButton(button) {
    button.addEventListener('click', function () {
      var action = button.vkBlock.action;
      if (action.op === 'copyLink') copyLink();
      else if (action.op === 'scrollTo') document.getElementById(action.id).scrollIntoView();
      else command(action);
    });
    button.addEventListener('focus', function () {
      if (button.vkBlock.nominee && mapRunning()) command({ op: 'focus', id: button.vkBlock.nominee, cover: mirrorCover() });
    });
    button.addEventListener('blur', function () {
      if (button.vkBlock.nominee && mapRunning()) command({ op: 'focus', id: '' });
    });
  }
  // Where the focused mirror covers the canvas (CSS px from its corner): the map keeps a nominee
  // it brings into view out from under it.
  function mirrorCover() {
    var m = mirror.getBoundingClientRect(), c = canvas.getBoundingClientRect();
    return { x: m.left - c.left, y: m.top - c.top, width: m.width, height: m.height };
  }
  // The text version as the widget's state is now: beside the map, or as the page with a note why.
  function renderText() {
    textShown = true;
    var doc = command({ op: 'textVersion', mapShown: !failure, problem: failure ? failure.problem : '', detail: failure ? failure.message : '' });
    document.documentElement.lang = doc.lang;
    document.title = doc.title;
    canvas.setAttribute('aria-label', doc.mapLabel);
    var keys = document.getElementById('nominee-map-keys');
    if (keys) keys.textContent = doc.keysHelp;
    mirror.setAttribute('aria-label', doc.label);
    renderBlocks(mirror, doc.blocks);
    if (failure) showMessage(doc.message);
    if (doc.status && statusLine.textContent !== doc.status) statusLine.textContent = doc.status;
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
  // Before the link has been applied (the data is not loaded yet), a new hash waits for it: the
  // start reads location.hash then. Applied now, its nominees would be unknown, and the hash that
  // named them wiped (a host page's script setting the frame's hash lands here when it is late).
  window.addEventListener('hashchange', function () {
    if (!wasmRunning() || !urlApplied || location.hash.slice(1) === last.hash) return;
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
  var dataLoaded = false, urlApplied = false;
  // The map's start, once every start file is here: load, the link, the text version beside it.
  function startMap() {
    if (failure) return;
    var loaded = command({ op: 'load' });
    dataLoaded = true;
    mark('vk:loaded', loaded.timings);
    (loaded.problems || []).forEach(function (p) { console.error('NomineeMap data: ' + p); });
    dataUnusable = !loaded.usable;
    if (dataUnusable) {
      emit('error', { message: 'data file unusable', problems: loaded.problems });
      rejectReady(new Error('data file unusable'));  // the map shows the message instead
    }
    if (loaded.problems && loaded.problems.length && loaded.usable) emit('error', { message: 'data problems', problems: loaded.problems });
    // A map file that arrived but cannot be read: the text version, as for one that is missing.
    var mapProblem = (loaded.problems || []).filter(function (p) { return /^map: /.test(p); })[0];
    if (!loaded.map) { fail(assetError('map', mapProblem ? mapProblem.slice(5) : 'the map could not be drawn')); return; }
    urlApplied = true;  // first: the state the link makes may rewrite the address
    applyUrl(location.search, location.hash);
    showDataProblem();  // in the link's language
    renderText();
  }
  // What the wasm tells the page arrives in the middle of one of its frames or commands. It is
  // handled once that call has returned, in order: a host's listener may call the API (a select
  // listener that compares, then clears), which must not run inside the wasm's frame, and every
  // listener sees the state of a finished frame or command.
  var notices = [];
  function onNotify(type, payload) {
    notices.push([type, payload]);
    if (notices.length === 1) queueMicrotask(handleNotices);
  }
  function handleNotices() {
    // A notice that a listener's call adds joins this loop, after the ones before it.
    try {
      for (var i = 0; i < notices.length; i++) handleNotice(notices[i][0], notices[i][1]);
    } finally {
      notices = [];
    }
  }
  function handleNotice(type, payload) {
    if (type === 'started') {
      mark('vk:started');
      if (!payload.map) fail(new Error('WebGL 2 is not available'), true);  // the wasm runs, without a map
      else if (failure) showText();
      else assets.then(startMap, function (error) { fail(error); });
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
      last = Object.assign(last, payload);
      showAppearance(payload.appearance);
      var query = queryWithoutState();
      // Not before the link has been applied: the address still holds what it asks for (a change
      // of state before the data is in, such as the reader's colour scheme, would wipe it).
      if (urlApplied && (location.hash.slice(1) !== payload.hash || query !== location.search)) {
        history.replaceState(history.state, '', location.pathname + query + (payload.hash ? '#' + payload.hash : ''));
      }
      if (langChanged) showDataProblem();
      if (textShown && (selectionChanged || langChanged || filterChanged)) renderText();
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
  // An asset's bytes; on failure an Error naming it by its plain name, with the problem the
  // visitor's note names ('data' or 'map' for those files, else '': the map is unavailable).
  function fetchBytes(name) {
    return fetch(assetUrl(name)).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.arrayBuffer();
    }).then(function (b) { return new Uint8Array(b); }, function (e) {
      throw assetError(/^data\//.test(name) ? 'data' : /^geo\//.test(name) ? 'map' : '', name + ': ' + e.message);
    });
  }
  function assetError(problem, text) {
    var error = new Error(text);
    error.problem = problem;
    return error;
  }

  // The data file is fetched once, for the map or for the text version alone.
  var dataBytes = fetchBytes('data/nominees.json');
  dataBytes.catch(function () {});

  // Text only: the map cannot be shown (no WebGL 2, a file missing or damaged). The wasm runs
  // without a map too, so the text version is still core's: every nominee and initiative readable.
  function fail(error, noWebGL) {
    if (!failure) {
      console.warn('NomineeMap: showing the text version: ' + (error && error.message));
      root.setAttribute('data-state', 'text');
      failure = { problem: noWebGL ? '' : (error && error.problem) || '', message: String(error && error.message) };
      rejectReady(error || new Error('map unavailable'));
      emit('error', { message: String(error && error.message), fatal: true });
    }
    showText();
  }
  // The wasm cannot run here at all (its script or module missing, or it stopped): the shell's
  // static message is all that is left.
  function fatal(error) {
    wasmDead = true;
    fail(error);
  }
  function showText() {
    if (wasmDead) {
      mirror.textContent = '';
      showMessage('');
      document.getElementById('nominee-map-fallback').hidden = false;
      return;
    }
    if (!wasmRunning()) return;  // not started yet: 'started' comes back here
    dataBytes.then(function (bytes) {
      if (dataLoaded) return;
      dataLoaded = true;
      config.vkAssets = { data: bytes };  // the map's files are not needed for text
      command({ op: 'load' });
    }, function () {}).then(function () {
      if (wasmDead) return;
      if (!urlApplied) {  // the link's language (and theme) for the text version too
        urlApplied = true;
        applyUrl(location.search, location.hash);
      }
      renderText();
    });
  }

  // ---- Trusted Types ------------------------------------------------------------------------
  // The page loads the widget's script with a plain <script src> (dist/index.html), so no script
  // address is ever made at run time and the page needs no Trusted Types policy at all.

  // The wasm's WebGL 2 context, made here on its canvas with the attributes main.cpp asks for (the
  // browser hands this same context to the wasm's getContext later). Making a context is the
  // slowest step of the start under software GL: here it runs while the files still
  // arrive and the wasm compiles, and it is made once, not once to test and once to draw.
  function makeWebGL2() {
    var attributes = { alpha: false, antialias: false, depth: false, stencil: false, preserveDrawingBuffer: false };
    // In device pixels, as the wasm sizes it (ImGui_ImplHtml5_SyncCanvasSize), so that the drawing
    // buffer is made once at its size and not made again when the wasm starts.
    var box = canvas.getBoundingClientRect(), ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = Math.round(Math.max(box.width, 1) * ratio);
    canvas.height = Math.round(Math.max(box.height, 1) * ratio);
    // A context lost before the wasm listens (it can be, this early) may still be restored: the
    // browser restores only a context whose loss was prevented from being final. The wasm asks
    // whether it is lost when it starts (main.cpp) and takes it up again once restored.
    canvas.addEventListener('webglcontextlost', function (e) { e.preventDefault(); });
    try { return !!canvas.getContext('webgl2', attributes); } catch (e) { return false; }
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
    onAbort: function (what) { fatal(new Error('the widget stopped: ' + what)); }
  };
  // The page loads the glue before this script (both deferred, in order; dist/index.html).
  module = config;  // the factory fills this object in; vkCommand appears on it during main()
  if (typeof window.createVertskapskart !== 'function') {
    fatal(new Error('vertskapskart.js could not be loaded'));
    return;
  }
  window.createVertskapskart(config).then(function (m) { module = m; }, fatal);

  // Without WebGL 2 the map's files are not fetched; the wasm still starts, for the text version.
  // The context is made after the factory has started compiling the wasm, which goes on meanwhile.
  var assets = null;
  if (makeWebGL2()) {
    assets = Promise.all([dataBytes, fetchBytes('geo/norway.vkgeo'), fonts[0], fonts[1]]).then(function (r) {
      mark('vk:assets');
      config.vkAssets = { data: r[0], geo: r[1], fontRegular: r[2], fontSemibold: r[3] };
    });
    assets.catch(function () {});
  } else {
    fail(new Error('WebGL 2 is not available'), true);
  }
})();
