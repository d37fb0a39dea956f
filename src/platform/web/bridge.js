// The wasm side of the bridge to the page (linked with --js-library). The page shell
// (web/widget.js) talks to the widget only through these functions and Module.vkCommand; keep
// both sides in step. Everything that touches the wasm heap lives here, so the shell never needs
// Emscripten's runtime helpers.
mergeInto(LibraryManager.library, {
  // C++ -> page: an event with a JSON payload (ready, state, height, error, copyLink).
  vk_js_notify: function (type, json) {
    var handler = Module['vkOnNotify'];
    if (handler) handler(UTF8ToString(type), JSON.parse(UTF8ToString(json)));
  },

  // Byte size of an asset the shell fetched (data, geo, fontRegular, fontSemibold), or -1.
  vk_js_asset_size: function (name) {
    var asset = (Module['vkAssets'] || {})[UTF8ToString(name)];
    return asset ? asset.length : -1;
  },

  // Copies an asset into wasm memory at dst (vk_js_asset_size bytes), then lets the shell drop it.
  vk_js_asset_copy: function (name, dst) {
    var key = UTF8ToString(name);
    HEAPU8.set(Module['vkAssets'][key], dst);
    delete Module['vkAssets'][key];  // the widget has its copy now
  },

  // Page facts the widget asks for once at start.
  vk_js_is_embedded: function () {
    try { return window.parent !== window ? 1 : 0; } catch (e) { return 1; }
  },
  vk_js_prefers_reduced_motion: function () {
    return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 1 : 0;
  },
  vk_js_prefers_dark: function () {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
  },

  // The canvas's top-left corner in client (viewport) CSS pixels, for events taken on the window.
  vk_js_canvas_origin: function (out) {
    var rect = Module['canvas'].getBoundingClientRect();
    HEAPF64[out >> 3] = rect.left;
    HEAPF64[(out >> 3) + 1] = rect.top;
  },

  vk_js_focus_canvas: function () {
    var canvas = Module['canvas'];
    if (canvas && document.activeElement !== canvas) canvas.focus({ preventScroll: true });
  },

  vk_js_set_cursor: function (cursor) {
    // Written only when it changes: a style write makes the next layout question restyle the page.
    var canvas = Module['canvas'], value = UTF8ToString(cursor);
    if (canvas && canvas.style.cursor !== value) canvas.style.cursor = value;
  },

  // Installs Module.vkCommand(object) -> object: the page's way to call the widget.
  vk_js_install__deps: ['malloc', 'free'],
  // app: the widget's App (main.cpp), handed back with every command.
  vk_js_install: function (app) {
    Module['vkCommand'] = function (command) {
      var text = JSON.stringify(command);
      var size = lengthBytesUTF8(text) + 1;
      var pointer = _malloc(size);
      stringToUTF8(text, pointer, size);
      var reply = UTF8ToString(_vk_command(app, pointer));
      _free(pointer);
      return JSON.parse(reply);
    };
  },
});
