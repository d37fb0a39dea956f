#include "render/map_renderer.hpp"

#include "render/canvas_program.hpp"

#include <GLES3/gl3.h>

#include <algorithm>
#include <cstdint>
#include <string>

namespace vk {

namespace {

using canvas::colourAttribute;
using canvas::positionAttribute;
using canvas::uvAttribute;

// The copy of the kept picture: a quad over the whole viewport, clip-space corners with the
// picture's corners (x, y, u, v), drawn as a strip. At the centre of each pixel it samples the
// middle of that pixel's own texel (the picture is as large as the viewport, filtered NEAREST).
constexpr float quadVertices[] = {-1, -1, 0, 0, 1, -1, 1, 0, -1, 1, 0, 1, 1, 1, 1, 1};

}  // namespace

MapRenderer::~MapRenderer() { release(); }

void MapRenderer::forgetContext() {
    program_ = white_ = 0;
    neighbours_ = norway_ = borders_ = coast_ = quad_ = {};
    kept_ = {};
}

void MapRenderer::releaseKept() {
    glDeleteFramebuffers(1, &kept_.drawFramebuffer);
    glDeleteRenderbuffers(1, &kept_.drawColour);
    glDeleteFramebuffers(1, &kept_.framebuffer);
    glDeleteTextures(1, &kept_.picture);
    kept_ = {};
}

bool MapRenderer::prepareKept(int width, int height, int samples) {
    if (kept_.framebuffer && kept_.width == width && kept_.height == height && kept_.samples == samples) return true;
    releaseKept();
    // Both targets are complete by the WebGL 2 rules (one RGBA8 colour attachment, samples within
    // the 4 every implementation offers), so it is not asked: glCheckFramebufferStatus waits for
    // the GPU.
    glGenTextures(1, &kept_.picture);
    glBindTexture(GL_TEXTURE_2D, kept_.picture);
    glTexStorage2D(GL_TEXTURE_2D, 1, GL_RGBA8, width, height);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);  // one level: complete without mipmaps
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glGenFramebuffers(1, &kept_.framebuffer);
    glBindFramebuffer(GL_FRAMEBUFFER, kept_.framebuffer);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, kept_.picture, 0);
    bool complete = kept_.picture != 0 && kept_.framebuffer != 0;
    if (complete && samples > 0) {
        glGenRenderbuffers(1, &kept_.drawColour);
        glBindRenderbuffer(GL_RENDERBUFFER, kept_.drawColour);
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width, height);
        glGenFramebuffers(1, &kept_.drawFramebuffer);
        glBindFramebuffer(GL_FRAMEBUFFER, kept_.drawFramebuffer);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, kept_.drawColour);
        complete = kept_.drawColour != 0 && kept_.drawFramebuffer != 0;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (!complete) {
        releaseKept();
        return false;
    }
    kept_.width = width;
    kept_.height = height;
    kept_.samples = samples;
    return true;
}

bool MapRenderer::drawKept(const Camera& camera, int viewportX, int viewportY, int viewportWidth, int viewportHeight,
                           const MapColours& colours, int samples) {
    if (!program_ || viewportWidth <= 0 || viewportHeight <= 0) return false;
    samples = std::clamp(samples, 0, 4);  // WebGL 2 offers at least 4 (GL_MAX_SAMPLES); asking costs glue
    if (!prepareKept(viewportWidth, viewportHeight, samples)) {
        draw(camera, viewportX, viewportY, viewportWidth, viewportHeight, colours);  // no offscreen target here
        return true;
    }
    const auto& view = camera.view();
    const bool same = kept_.valid && kept_.colours == colours && kept_.view.metresPerPixel == view.metresPerPixel &&
                      kept_.view.centre.x == view.centre.x && kept_.view.centre.y == view.centre.y;
    if (!same) {
        glBindFramebuffer(GL_FRAMEBUFFER, samples > 0 ? kept_.drawFramebuffer : kept_.framebuffer);
        draw(camera, 0, 0, viewportWidth, viewportHeight, colours);
        if (samples > 0) {  // resolve into the plain picture
            glBindFramebuffer(GL_READ_FRAMEBUFFER, kept_.drawFramebuffer);
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, kept_.framebuffer);
            glBlitFramebuffer(0, 0, viewportWidth, viewportHeight, 0, 0, viewportWidth, viewportHeight,
                              GL_COLOR_BUFFER_BIT, GL_NEAREST);
        }
        kept_.valid = true;
        kept_.view = view;
        kept_.colours = colours;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(viewportX, viewportY, viewportWidth, viewportHeight);
    glDisable(GL_BLEND);
    glDisable(GL_SCISSOR_TEST);
    canvas::useProgram(program_, 1, 1, 0, 0, canvas::Sampling::picture);
    glVertexAttrib4f(colourAttribute, 1, 1, 1, 1);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, kept_.picture);
    glBindVertexArray(quad_.vertexArray);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    glBindVertexArray(0);
    return !same;
}

void MapRenderer::release() {
    if (!program_) return;
    for (LayerBuffers* l : {&neighbours_, &norway_, &borders_, &coast_, &quad_}) {
        glDeleteVertexArrays(1, &l->vertexArray);
        glDeleteBuffers(1, &l->vertexBuffer);
        glDeleteBuffers(1, &l->indexBuffer);
        *l = {};
    }
    glDeleteTextures(1, &white_);
    program_ = white_ = 0;  // the program is the caller's
    releaseKept();
}

bool MapRenderer::upload(const GeoAsset& asset, unsigned program, std::string& error) {
    release();
    ++uploads_;
    kept_.valid = false;  // new geometry: the kept picture is stale
    if (!program) {
        error = "map: no shader program (the WebGL context is gone)";
        return false;
    }
    program_ = program;
    origin_ = asset.extent.centre();

    // The layers' texture: one white texel, so that a layer's fragments take its colour as it is.
    const std::uint8_t white = 255;
    glGenTextures(1, &white_);
    glBindTexture(GL_TEXTURE_2D, white_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, 1, 1, 0, GL_RED, GL_UNSIGNED_BYTE, &white);

    glGenVertexArrays(1, &quad_.vertexArray);
    glBindVertexArray(quad_.vertexArray);
    glGenBuffers(1, &quad_.vertexBuffer);
    glBindBuffer(GL_ARRAY_BUFFER, quad_.vertexBuffer);
    glBufferData(GL_ARRAY_BUFFER, sizeof quadVertices, quadVertices, GL_STATIC_DRAW);
    glEnableVertexAttribArray(positionAttribute);
    glVertexAttribPointer(positionAttribute, 2, GL_FLOAT, GL_FALSE, 4 * sizeof(float), nullptr);
    glEnableVertexAttribArray(uvAttribute);
    glVertexAttribPointer(uvAttribute, 2, GL_FLOAT, GL_FALSE, 4 * sizeof(float), reinterpret_cast<const void*>(2 * sizeof(float)));
    glBindVertexArray(0);

    // A fill's vertices with its triangles, or with its outline segments (lines).
    auto uploadLayer = [&](const GeoLayer* layer, bool lines, LayerBuffers& out) {
        if (!layer) return;
        const std::vector<std::uint32_t>& indices = lines ? layer->outline : layer->triangles;
        if (indices.empty()) return;
        std::vector<float> xy;
        xy.reserve(layer->vertices.size() * 2);
        for (const auto& v : layer->vertices) {
            xy.push_back(static_cast<float>(v.x - origin_.x));
            xy.push_back(static_cast<float>(v.y - origin_.y));
        }
        glGenVertexArrays(1, &out.vertexArray);
        glBindVertexArray(out.vertexArray);
        glGenBuffers(1, &out.vertexBuffer);
        glBindBuffer(GL_ARRAY_BUFFER, out.vertexBuffer);
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(xy.size() * sizeof(float)), xy.data(), GL_STATIC_DRAW);
        glEnableVertexAttribArray(positionAttribute);
        glVertexAttribPointer(positionAttribute, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
        glGenBuffers(1, &out.indexBuffer);
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, out.indexBuffer);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)),
                     indices.data(), GL_STATIC_DRAW);
        glBindVertexArray(0);
        out.indexCount = static_cast<int>(indices.size());
        out.lines = lines;
    };
    // Each fill comes with its outline (geoprep made it, leaving out the edges where the clip box
    // cut a neighbour off): the neighbours' coasts and borders, and Norway's coast and borders.
    const GeoLayer* neighbours = asset.layer("neighbours");
    const GeoLayer* norway = asset.layer("norway");
    uploadLayer(neighbours, false, neighbours_);
    uploadLayer(norway, false, norway_);
    uploadLayer(neighbours, true, borders_);
    uploadLayer(norway, true, coast_);
    return true;
}

void MapRenderer::draw(const Camera& camera, int viewportX, int viewportY, int viewportWidth, int viewportHeight,
                       const MapColours& colours) const {
    if (!program_) return;
    glViewport(viewportX, viewportY, viewportWidth, viewportHeight);
    glEnable(GL_SCISSOR_TEST);
    glScissor(viewportX, viewportY, viewportWidth, viewportHeight);
    glClearColor(colours.sea.r, colours.sea.g, colours.sea.b, colours.sea.a);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);

    // Map metres relative to origin_ -> clip space: the camera's centre goes to the middle, one
    // CSS pixel is metresPerPixel metres, and the viewport spans 2 clip units.
    const auto& view = camera.view();
    const auto size = camera.viewport();
    const double sx = 2.0 / (view.metresPerPixel * size.width);
    const double sy = 2.0 / (view.metresPerPixel * size.height);
    canvas::useProgram(program_, static_cast<float>(sx), static_cast<float>(sy), static_cast<float>((origin_.x - view.centre.x) * sx),
                       static_cast<float>((origin_.y - view.centre.y) * sy), canvas::Sampling::coverage);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, white_);  // never the kept picture: it may be what is drawn into
    glVertexAttrib4f(uvAttribute, 0.5f, 0.5f, 0, 0);

    auto drawLayer = [&](const LayerBuffers& l, const Rgba& c) {
        if (!l.indexCount) return;
        glVertexAttrib4f(colourAttribute, c.r, c.g, c.b, c.a);
        glBindVertexArray(l.vertexArray);
        glDrawElements(l.lines ? GL_LINES : GL_TRIANGLES, l.indexCount, GL_UNSIGNED_INT, nullptr);
    };
    drawLayer(neighbours_, colours.neighbours);
    drawLayer(norway_, colours.norway);
    drawLayer(borders_, colours.borders);
    drawLayer(coast_, colours.coast);
    glBindVertexArray(0);
}

}  // namespace vk
