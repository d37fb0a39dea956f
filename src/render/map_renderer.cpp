#include "render/map_renderer.hpp"

#include "render/gl_program.hpp"

#include <GLES3/gl3.h>

#include <algorithm>
#include <string>

namespace vk {

namespace {

// No uniforms: the transform and the colour come as constant vertex attributes (glVertexAttrib4f
// with their arrays off), at locations fixed in the shader. A uniform's location can only be
// asked once the program has linked, and asking waits for the GPU process (at start-up, for
// making the context: 100-250 ms under software GL); this way nothing is asked at all.
constexpr unsigned transformAttribute = 1, colourAttribute = 2;

constexpr const char* vertexShader = R"(#version 300 es
layout(location = 0) in vec2 position;   // map metres relative to the asset's origin
layout(location = 1) in vec4 transform;  // xy: scale, zw: offset, to clip space
layout(location = 2) in vec4 colour;
flat out vec4 layerColour;
void main() {
    layerColour = colour;
    gl_Position = vec4(position * transform.xy + transform.zw, 0.0, 1.0);
}
)";

constexpr const char* fragmentShader = R"(#version 300 es
precision mediump float;
flat in vec4 layerColour;
out vec4 fragColour;
void main() { fragColour = layerColour; }
)";

// Copies the kept picture into the viewport, pixel for pixel: a quad over the whole viewport
// (four vertices made from their index), each fragment fetching its own texel. Under software GL
// this costs about half of glBlitFramebuffer into the page's drawing buffer, and it is the one
// full-size copy in every hover frame. The texture is on unit 0, a sampler's default.
constexpr unsigned pictureOriginAttribute = 1;  // xy: the viewport's corner in device pixels

constexpr const char* copyVertexShader = R"(#version 300 es
layout(location = 1) in vec4 pictureOrigin;
flat out ivec2 origin;
void main() {
    origin = ivec2(pictureOrigin.xy);
    gl_Position = vec4(float(gl_VertexID & 1) * 2.0 - 1.0, float(gl_VertexID >> 1) * 2.0 - 1.0, 0.0, 1.0);
}
)";

constexpr const char* copyFragmentShader = R"(#version 300 es
precision mediump float;
uniform mediump sampler2D picture;
flat in ivec2 origin;
out vec4 fragColour;
void main() { fragColour = texelFetch(picture, ivec2(gl_FragCoord.xy) - origin, 0); }
)";


}  // namespace

MapRenderer::~MapRenderer() { release(); }

void MapRenderer::forgetContext() {
    program_ = copyProgram_ = 0;
    neighbours_ = norway_ = borders_ = coast_ = {};
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
    if (!program_ || !copyProgram_ || viewportWidth <= 0 || viewportHeight <= 0) return false;
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
    glUseProgram(copyProgram_);
    glVertexAttrib4f(pictureOriginAttribute, static_cast<float>(viewportX), static_cast<float>(viewportY), 0, 0);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, kept_.picture);
    glBindVertexArray(0);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    return !same;
}

void MapRenderer::release() {
    if (!program_) return;
    for (LayerBuffers* l : {&neighbours_, &norway_, &borders_, &coast_}) {
        glDeleteVertexArrays(1, &l->vertexArray);
        glDeleteBuffers(1, &l->vertexBuffer);
        glDeleteBuffers(1, &l->indexBuffer);
        *l = {};
    }
    deleteProgram(program_);
    deleteProgram(copyProgram_);
    program_ = copyProgram_ = 0;
    releaseKept();
}

bool MapRenderer::upload(const GeoAsset& asset, std::string& error) {
    release();
    ++uploads_;
    kept_.valid = false;  // new geometry: the kept picture is stale
    program_ = compileProgram(vertexShader, fragmentShader);  // linked in the background: see linkProblem()
    copyProgram_ = compileProgram(copyVertexShader, copyFragmentShader);
    if (!program_ || !copyProgram_) {
        error = "map: no shader program (the WebGL context is gone)";
        return false;
    }
    origin_ = asset.extent.centre();

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
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
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

std::string MapRenderer::linkProblem() const {
    if (!program_) return "";
    std::string problem = vk::linkProblem(program_);
    return problem.empty() ? vk::linkProblem(copyProgram_) : problem;
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
    glUseProgram(program_);
    glVertexAttrib4f(transformAttribute, static_cast<float>(sx), static_cast<float>(sy),
                     static_cast<float>((origin_.x - view.centre.x) * sx), static_cast<float>((origin_.y - view.centre.y) * sy));

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
