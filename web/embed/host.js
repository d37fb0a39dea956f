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
      return decodeURIComponent(m[1]).split(',').filter(Boolean).slice(0, 2);
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
      if (e.source !== iframe.contentWindow || e.origin !== origin || !e.data) return;
      if (e.data.type === 'nominee-map:height' && typeof e.data.height === 'number') {
        iframe.style.height = Math.round(e.data.height) + 'px';
      } else if (e.data.type === 'nominee-map:select' && Array.isArray(e.data.selected)) {
        setHostSelection(e.data.selected);
        iframe.dispatchEvent(new CustomEvent('nominee-map:select', { detail: { selected: e.data.selected } }));
      }
    });
  }

  function attachAll() {
    Array.prototype.forEach.call(document.querySelectorAll('iframe[data-nominee-map]'), attach);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', attachAll);
  else attachAll();
})();
