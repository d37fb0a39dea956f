# The Emscripten build: the render layer and the web executable, over core, ui and Dear ImGui
# (cmake/imgui.cmake). Every Emscripten flag lives here, each with its reason.

include(cmake/wasm_flags.cmake)  # -Oz, LTO, no RTTI or exceptions, the wasm features: shared with the wasm32 tests

add_library(vk_render STATIC src/render/map_renderer.cpp src/render/canvas_program.cpp src/render/frame_pacer.cpp
  src/render/imgui_renderer.cpp)
target_link_libraries(vk_render PUBLIC vk_core vk_imgui PRIVATE vk_warnings)
target_compile_options(vk_render PRIVATE ${VK_WASM_COMPILE_OPTIONS})

# Dear ImGui's platform backend, in ImGui's shape (src/backends/imgui_impl_html5): display size,
# pixel ratio, time, pointer and wheel from html5.h. ImGui's lists are drawn by the render layer's
# own renderer (src/render/imgui_renderer), with the program the map shares.
add_library(vk_backends STATIC src/backends/imgui_impl_html5.cpp)
target_include_directories(vk_backends PUBLIC src)
target_link_libraries(vk_backends PUBLIC vk_imgui PRIVATE vk_warnings)
target_compile_options(vk_backends PRIVATE ${VK_WASM_COMPILE_OPTIONS})

add_executable(vertskapskart
  src/platform/web/main.cpp
  src/platform/web/commands.cpp
  src/platform/web/command_dispatch.cpp
  src/platform/web/input.cpp)
target_link_libraries(vertskapskart PRIVATE vk_core vk_render vk_ui vk_backends vk_imgui vk_warnings)
target_compile_options(vertskapskart PRIVATE ${VK_WASM_COMPILE_OPTIONS})

set(VK_BRIDGE_JS "${PROJECT_SOURCE_DIR}/src/platform/web/bridge.js")
set_property(TARGET vertskapskart APPEND PROPERTY LINK_DEPENDS "${VK_BRIDGE_JS}")

option(VK_CLOSURE "Minify the JS glue with Closure (needs web/node_modules)" ON)

target_link_options(vertskapskart PRIVATE
  -Oz -flto ${VK_WASM_FEATURES}
  --js-library "${VK_BRIDGE_JS}"          # our half of the page bridge
  -sENVIRONMENT=web                       # only browsers: drops node/worker glue
  -sMODULARIZE=1                          # a factory, no globals but createVertskapskart
  -sEXPORT_NAME=createVertskapskart
  -sFILESYSTEM=0                          # assets come through the bridge, not a virtual FS
  -sMALLOC=emmalloc                       # smaller than dlmalloc; we allocate little
  -sALLOW_MEMORY_GROWTH=1                 # data files may grow next year
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2   # WebGL2 only: the shell checks before loading
  -sDYNAMIC_EXECUTION=0                   # no eval/new Function: runs under a strict CSP
  -sEXPORTED_FUNCTIONS=['_main','_vk_command','_malloc','_free']
  -sEXPORTED_RUNTIME_METHODS=[]           # the page uses only vkCommand (bridge.js)
  -sINCOMING_MODULE_JS_API=['canvas','locateFile','vkAssets','vkOnNotify','print','printErr','onAbort']
  -sTEXTDECODER=2                         # every target browser has TextDecoder
  -sSUPPORT_LONGJMP=0
  -sSUPPORT_ERRNO=0                       # nothing reads errno from JS
  -sGL_TRACK_ERRORS=0                     # glGetError is never asked; no error bookkeeping in the glue
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0  # the renderers use core WebGL 2 only, no extension
  -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0  # no fullscreen or pointer lock requests
  -sBINARYEN_EXTRA_PASSES=--converge,--low-memory-unused  # wasm-opt -Oz until nothing shrinks
)
if(VK_CLOSURE)
  target_link_options(vertskapskart PRIVATE --closure 1)
endif()
if(CMAKE_BUILD_TYPE STREQUAL "Debug")
  target_link_options(vertskapskart PRIVATE
    -O1 -g                                # after -Oz above: the last -O wins; names and DWARF kept
    -sASSERTIONS=2                        # runtime checks in the glue (bad calls, stack overflow)
    -sSAFE_HEAP=1)                        # every load and store checked for alignment and bounds
endif()
# For the size report only (web/bench/sizes.mjs): keeps function names in a name section so that
# every byte of code can be put down to ImGui, our code or libc/libc++.
option(VK_WASM_NAMES "Keep a name section in the wasm (size report builds, never shipped)" OFF)
if(VK_WASM_NAMES)
  target_link_options(vertskapskart PRIVATE --profiling-funcs)
endif()
set_target_properties(vertskapskart PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/dist")

# The page: shell, styles, data, geometry, strings and the font subsets, all relative to dist/.
set(VK_DIST "${CMAKE_BINARY_DIR}/dist")
set(VK_FONT_DIR /usr/share/fonts/opentype/inter)
# The glyphs the texts use: every character of the data file and the UI strings (read at build
# time, so next year's data brings its own), plus printable ASCII, the Nordic and common Western
# letters, the punctuation and arrows ui/style.cpp asks ImGui for, and what the C++ draws itself
# (× on the close buttons, ° and ²): smaller than all of Latin-1. Without subroutines the CFF
# outlines repeat more, which compresses better. No layout tables (GDEF, GPOS, GSUB, STAT): Dear
# ImGui shapes nothing and --layout-features= has emptied them anyway. docs/ARCHITECTURE.md,
# "Measured choices", has what each step saved.
# Debian's python3-fonttools, run with Debian's python (a python3 earlier in PATH may lack it).
set(VK_FONT_UNICODES "U+0020-007E,U+00A0,U+00AB,U+00B0,U+00B2,U+00B7,U+00BB,U+00D7,U+00C4-00C6,U+00C9,U+00D6,U+00D8,U+00DC,U+00E4-00E6,U+00E9,U+00F6,U+00F8,U+00FC,U+2013-2014,U+2018-201E,U+2022,U+2026,U+2190-2193,U+2212,U+2318")
set(VK_FONT_TEXTS --text-file=${PROJECT_SOURCE_DIR}/data/nominees.json --text-file=${PROJECT_SOURCE_DIR}/src/core/strings.json)
set(VK_FONT_OUTPUTS "${VK_DIST}/fonts/inter-regular.otf" "${VK_DIST}/fonts/inter-semibold.otf")
add_custom_command(
  OUTPUT ${VK_FONT_OUTPUTS}
  COMMAND ${CMAKE_COMMAND} -E make_directory "${VK_DIST}/fonts"
  COMMAND /usr/bin/python3 -m fontTools.subset "${VK_FONT_DIR}/Inter-Regular.otf" --unicodes=${VK_FONT_UNICODES} ${VK_FONT_TEXTS} --layout-features= --no-hinting
          --desubroutinize --drop-tables+=GDEF,GPOS,GSUB,STAT --output-file=${VK_DIST}/fonts/inter-regular.otf
  COMMAND /usr/bin/python3 -m fontTools.subset "${VK_FONT_DIR}/Inter-SemiBold.otf" --unicodes=${VK_FONT_UNICODES} ${VK_FONT_TEXTS} --layout-features= --no-hinting
          --desubroutinize --drop-tables+=GDEF,GPOS,GSUB,STAT --output-file=${VK_DIST}/fonts/inter-semibold.otf
  COMMAND ${CMAKE_COMMAND} -E copy /usr/share/doc/fonts-inter/copyright "${VK_DIST}/fonts/LICENSE.txt"
  DEPENDS "${VK_FONT_DIR}/Inter-Regular.otf" "${VK_FONT_DIR}/Inter-SemiBold.otf" "${PROJECT_SOURCE_DIR}/data/nominees.json"
          "${PROJECT_SOURCE_DIR}/src/core/strings.json"
  COMMENT "Subsetting Inter to the glyphs the widget uses")

# The page scripts are minified with the same Closure Compiler (SIMPLE: local renames only, so
# the public names window.NomineeMap and the postMessage types stay); VK_CLOSURE=OFF copies them.
set(VK_SCRIPTS web/widget.js web/embed/host.js)
set(VK_STATIC_FILES web/widget.css web/embed/example.html)
if(NOT VK_CLOSURE)
  list(APPEND VK_STATIC_FILES ${VK_SCRIPTS})
  set(VK_SCRIPTS)
endif()
set(VK_STATIC_OUTPUTS)
foreach(file ${VK_STATIC_FILES})
  string(REGEX REPLACE "^web/" "" relative "${file}")
  add_custom_command(OUTPUT "${VK_DIST}/${relative}"
    COMMAND ${CMAKE_COMMAND} -E copy "${PROJECT_SOURCE_DIR}/${file}" "${VK_DIST}/${relative}"
    DEPENDS "${PROJECT_SOURCE_DIR}/${file}")
  list(APPEND VK_STATIC_OUTPUTS "${VK_DIST}/${relative}")
endforeach()
# The coarse start map is what the page fetches first; the full detail follows after ready.
foreach(pair "data/nominees.json|data/nominees.json" "assets/geo/norway-start.vkgeo|geo/norway.vkgeo"
             "assets/geo/norway.vkgeo|geo/detail/norway.vkgeo")
  string(REPLACE "|" ";" parts "${pair}")
  list(GET parts 0 from)
  list(GET parts 1 to)
  get_filename_component(todir "${VK_DIST}/${to}" DIRECTORY)
  add_custom_command(OUTPUT "${VK_DIST}/${to}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${todir}"
    COMMAND ${CMAKE_COMMAND} -E copy "${PROJECT_SOURCE_DIR}/${from}" "${VK_DIST}/${to}"
    DEPENDS "${PROJECT_SOURCE_DIR}/${from}")
  list(APPEND VK_STATIC_OUTPUTS "${VK_DIST}/${to}")
endforeach()
foreach(file ${VK_SCRIPTS})
  string(REGEX REPLACE "^web/" "" relative "${file}")
  add_custom_command(OUTPUT "${VK_DIST}/${relative}"
    COMMAND "${PROJECT_SOURCE_DIR}/web/node_modules/.bin/google-closure-compiler" --js "${PROJECT_SOURCE_DIR}/${file}" --js_output_file "${VK_DIST}/${relative}"
            --compilation_level SIMPLE --language_out ECMASCRIPT_2017 --warning_level QUIET
    DEPENDS "${PROJECT_SOURCE_DIR}/${file}"
    COMMENT "Minifying ${file}")
  list(APPEND VK_STATIC_OUTPUTS "${VK_DIST}/${relative}")
endforeach()
add_custom_target(vk_dist ALL DEPENDS ${VK_FONT_OUTPUTS} ${VK_STATIC_OUTPUTS})

# Last: dist/index.html from shell.html (Debian's emcc cannot write .html), content-hashed names,
# preload hints, and the precompressed .br/.gz copies (web/build-page.mjs says what and why).
add_custom_target(vk_page ALL
  COMMAND node "${PROJECT_SOURCE_DIR}/web/build-page.mjs" "${VK_DIST}" "${PROJECT_SOURCE_DIR}/shell.html"
  DEPENDS "${PROJECT_SOURCE_DIR}/shell.html" "${PROJECT_SOURCE_DIR}/web/build-page.mjs"
  COMMENT "Writing dist/index.html, hashed names and .br/.gz copies")
add_dependencies(vk_page vertskapskart vk_dist)
