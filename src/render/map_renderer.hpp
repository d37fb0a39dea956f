// The WebGL2 map layer: uploads the prepared geometry (core GeoAsset) to GPU buffers once and
// draws it with the canvas's program (render/canvas_program.hpp). Knows core and GLES3; never
// ImGui or Emscripten.
#pragma once

#include <string>
#include <vector>

#include "core/camera.hpp"
#include "core/geo_asset.hpp"

namespace vk {

// An sRGB colour with components 0..1: each 8-bit channel divided by 255, no gamma conversion
// (WebGL blends and writes them as they are).
struct Rgba {
    float r = 0, g = 0, b = 0, a = 1;
    bool operator==(const Rgba&) const = default;
};

struct MapColours {
    Rgba sea{0.80f, 0.88f, 0.93f};
    Rgba neighbours{0.93f, 0.93f, 0.92f};
    Rgba norway{1.0f, 0.99f, 0.97f};
    Rgba borders{0.78f, 0.79f, 0.80f};
    Rgba coast{0.55f, 0.62f, 0.68f};
    bool operator==(const MapColours&) const = default;
};

class MapRenderer {
public:
    MapRenderer() = default;
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;
    ~MapRenderer();

    // Uploads every layer, to be drawn with program (vk::canvas::compileProgram(): the caller's,
    // which it checks and keeps as long as the context). Needs a current GL context; call again after a lost context is
    // restored (the old handles are dropped, not deleted). Returns false with a message when
    // there is no program (no context).
    bool upload(const GeoAsset& asset, unsigned program, std::string& error);

    // Draws the map for camera into the viewport rectangle (device pixels, GL's origin at the
    // bottom-left). Clears that rectangle to the sea colour first.
    void draw(const Camera& camera, int viewportX, int viewportY, int viewportWidth, int viewportHeight,
              const MapColours& colours) const;

    // Draws the map like draw(), into the default framebuffer (single-sampled), but rasterises
    // it only when the view, the viewport, the colours, samples or the geometry changed since the
    // last call: the picture is kept in an offscreen texture and otherwise only copied, so a
    // redraw for a tooltip or the panel costs one copy instead of the whole map. samples: 0 for
    // none, else the multisampling of the kept picture (at most 4, which every WebGL 2 offers). Returns
    // true when it rasterised.
    bool drawKept(const Camera& camera, int viewportX, int viewportY, int viewportWidth, int viewportHeight,
                  const MapColours& colours, int samples);

    // Forgets GL handles without deleting them (the context that owned them is gone).
    void forgetContext();

    // Counts the uploads: the geometry drawn changes with it.
    unsigned geometryVersion() const { return uploads_; }

private:
    struct LayerBuffers {
        unsigned vertexArray = 0, vertexBuffer = 0, indexBuffer = 0;
        int indexCount = 0;
        bool lines = false;
    };
    void release();
    void releaseKept();
    bool prepareKept(int width, int height, int samples);

    // The kept picture: a multisampled framebuffer to draw into (when samples > 0) and a plain
    // one whose texture holds the resolved picture; what it shows, to know when to draw again.
    struct Kept {
        unsigned drawFramebuffer = 0, drawColour = 0, framebuffer = 0, picture = 0;
        int width = 0, height = 0, samples = 0;
        bool valid = false;
        CameraView view;
        MapColours colours;
    };
    Kept kept_;

    unsigned program_ = 0;  // the caller's (upload)
    unsigned white_ = 0;    // a one-texel texture for the layers' fragments
    LayerBuffers quad_;     // the kept picture's copy: a quad over the viewport
    unsigned uploads_ = 0;      // geometryVersion()
    MapPoint origin_;  // vertices are uploaded relative to this point, for float precision
    LayerBuffers neighbours_, norway_, borders_, coast_;
};

}  // namespace vk
