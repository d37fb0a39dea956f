// Vertskapskart host script: include once on a page that embeds the widget in an <iframe
// data-nominee-map src=".../index.html">. It
//  - sizes each iframe to the height the widget asks for (nominee-map:height),
//  - passes the snippet's data-lang, data-theme (light|dark) and data-accent (RRGGBB) on to it,
//  - keeps the comparison in the host page's own URL (#vertskap=asker,tinn), so a link copied from
//    the address bar reopens it, and hands it to the widget on load,
//  - re-sends the widget's selection as a DOM event 'nominee-map:select' on the iframe.
// It sets no cookies and stores nothing.
(function () {
  'use strict';
  var hashKey = 'vertskap';

  function hostSelection() {
    var m = new RegExp('(?:^|[#&])' + hashKey + '=([^&]*)').exec(location.hash);
    if (!m) return [];
    try {
      return decodeURIComponent(m[1]).split(',').filter(function (id) { return idPattern.test(id); }).slice(0, 2);
    } catch (e) {
      return [];  // a malformed address must not stop the other iframes on the page
    }
  }
  function widgetHash(ids) {
    if (ids.length === 2) return 'compare=' + ids.join(',');
    if (ids.length === 1) return 'select=' + ids[0];
    return '';
  }
  function setHostSelection(ids) {
    var rest = location.hash.replace(/^#/, '').split('&').filter(function (p) { return p && p.indexOf(hashKey + '=') !== 0; });
    if (ids.length) rest.push(hashKey + '=' + ids.join(','));
    var hash = rest.length ? '#' + rest.join('&') : '';
    if (hash !== location.hash) history.replaceState(history.state, '', location.pathname + location.search + hash);
  }

  // ---- Messages from the widget --------------------------------------------------------------
  // Only the widget's own frame, from its own origin, is heard (checked by the caller), and only
  // messages of the two known shapes; anything else is ignored. The height is kept within sane
  // bounds whatever the frame asks (the widget asks between 560 and 1420 px).
  var minHeightPx = 200, maxHeightPx = 3000;
  var idPattern = /^[a-z][a-z0-9-]{0,39}$/;
  function isMessage(data, type) {
    return !!data && typeof data === 'object' && data.type === type;
  }
  // A 'nominee-map:height' message's height in whole CSS px within the bounds, or null.
  function wantedHeight(data) {
    if (!isMessage(data, 'nominee-map:height') || typeof data.height !== 'number' || !isFinite(data.height)) return null;
    return Math.min(maxHeightPx, Math.max(minHeightPx, Math.round(data.height)));
  }
  // A 'nominee-map:select' message's ids (at most two, distinct, id-shaped), or null.
  function selection(data) {
    if (!isMessage(data, 'nominee-map:select') || !Array.isArray(data.selected) || data.selected.length > 2) return null;
    var ids = data.selected.slice();
    var valid = ids.every(function (id) { return typeof id === 'string' && idPattern.test(id); });
    return valid && !(ids.length === 2 && ids[0] === ids[1]) ? ids : null;
  }

  function attach(iframe) {
    if (iframe.__nomineeMap) return;
    iframe.__nomineeMap = true;
    var src = iframe.getAttribute('src') || '';
    var origin = new URL(src, location.href).origin;
    // The comparison from the host's address, and the snippet's data-lang, data-theme and
    // data-accent, go into the widget's hash (the widget checks each and warns about a bad one).
    var initial = hostSelection();
    var parts = initial.length ? [widgetHash(initial)] : [];
    ['lang', 'theme', 'accent'].forEach(function (key) {
      var value = iframe.getAttribute('data-' + key);
      if (value) parts.push(key + '=' + encodeURIComponent(value));
    });
    if (parts.length) iframe.setAttribute('src', src.split('#')[0] + '#' + parts.join('&'));
    iframe.addEventListener('load', function () {
      iframe.contentWindow.postMessage({ type: 'nominee-map:host', url: location.href }, origin);
    });
    window.addEventListener('message', function (e) {
      if (e.source !== iframe.contentWindow || e.origin !== origin) return;
      var height = wantedHeight(e.data), selected = selection(e.data);
      if (height !== null) {
        iframe.style.height = height + 'px';
      } else if (selected !== null) {
        setHostSelection(selected);
        iframe.dispatchEvent(new CustomEvent('nominee-map:select', { detail: { selected: selected } }));
      }
    });
  }

  function attachAll() {
    Array.prototype.forEach.call(document.querySelectorAll('iframe[data-nominee-map]'), attach);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', attachAll);
  else attachAll();
})();
