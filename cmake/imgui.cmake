# Dear ImGui from .deps/imgui (Debian's source package, fetched by scripts/setup.sh) and the ui
# layer, for both builds: the wasm links them into the widget; the native build tests the ui
# headlessly (tests/ui). cmake/wasm.cmake adds the wasm's size flags to both targets.

set(VK_IMGUI_DIR "${PROJECT_SOURCE_DIR}/.deps/imgui" CACHE PATH "Dear ImGui source (Debian source package imgui 1.86)")
if(NOT EXISTS "${VK_IMGUI_DIR}/imgui.h")
  message(FATAL_ERROR "Dear ImGui not found in ${VK_IMGUI_DIR}: run ./scripts/setup.sh")
endif()
# Our WebGL2 renderer and the two files that use imgui_internal.h were written against 1.86.
file(STRINGS "${VK_IMGUI_DIR}/imgui.h" VK_IMGUI_VERSION_LINE REGEX "^#define IMGUI_VERSION_NUM ")
string(REGEX MATCH "[0-9]+" VK_IMGUI_VERSION_NUM "${VK_IMGUI_VERSION_LINE}")
if(NOT VK_IMGUI_VERSION_NUM STREQUAL "18600")
  message(FATAL_ERROR "Dear ImGui ${VK_IMGUI_VERSION_NUM} in ${VK_IMGUI_DIR}; the widget is written for 1.86 (18600)")
endif()

# Dear ImGui's built-in font (ProggyClean) is never drawn: the widget draws no
# frame before Inter has arrived (main.cpp). Dear ImGui 1.86 has no switch to leave it out, so the
# build compiles a copy of imgui_draw.cpp whose GetDefaultCompressedFontDataTTFBase85() returns an
# empty string; the unreferenced font data then drops out. Never edits .deps/. The native build
# uses the same copy, so the ui tests run the ImGui the widget ships.
file(READ "${VK_IMGUI_DIR}/imgui_draw.cpp" VK_IMGUI_DRAW)
string(REPLACE "return proggy_clean_ttf_compressed_data_base85;" "return \"\";  /* vertskapskart: no ProggyClean */"
       VK_IMGUI_DRAW_NO_DEFAULT_FONT "${VK_IMGUI_DRAW}")
if(VK_IMGUI_DRAW_NO_DEFAULT_FONT STREQUAL VK_IMGUI_DRAW)
  message(FATAL_ERROR "imgui_draw.cpp changed: cannot leave out ProggyClean (cmake/imgui.cmake)")
endif()
file(WRITE "${CMAKE_BINARY_DIR}/imgui/imgui_draw.cpp.new" "${VK_IMGUI_DRAW_NO_DEFAULT_FONT}")
configure_file("${CMAKE_BINARY_DIR}/imgui/imgui_draw.cpp.new" "${CMAKE_BINARY_DIR}/imgui/imgui_draw.cpp" COPYONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${VK_IMGUI_DIR}/imgui_draw.cpp")

add_library(vk_imgui STATIC
  ${VK_IMGUI_DIR}/imgui.cpp
  ${CMAKE_BINARY_DIR}/imgui/imgui_draw.cpp
  ${VK_IMGUI_DIR}/imgui_tables.cpp
  ${VK_IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(vk_imgui SYSTEM PUBLIC ${VK_IMGUI_DIR})
target_compile_definitions(vk_imgui PUBLIC
  IMGUI_DISABLE_DEMO_WINDOWS        # no demo in the shipped widget (size)
  IMGUI_DISABLE_METRICS_WINDOW      # no debug windows (size)
  IMGUI_DISABLE_FILE_FUNCTIONS)     # no filesystem on the web (io.IniFilename = nullptr)
# ImGui 1.86 predates C++20, which deprecates mixing its public and private flag enums; g++ warns.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_compile_options(vk_imgui PRIVATE -Wno-deprecated-enum-enum-conversion)
endif()
# The renderer is ours (src/render/imgui_renderer.cpp): 1.86's imgui_impl_opengl3 queries GL state
# and orphans buffers every frame, which is slow under SwiftShader (docs/ARCHITECTURE.md).

add_library(vk_ui STATIC src/ui/style.cpp src/ui/map_overlay.cpp src/ui/panel.cpp src/ui/frame.cpp src/ui/drawn_lists.cpp)
target_link_libraries(vk_ui PUBLIC vk_core vk_imgui PRIVATE vk_warnings)
