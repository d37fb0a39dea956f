# How every wasm library is compiled, in the widget (cmake/wasm.cmake) and in the wasm32 unit tests
# (the wasm-tests preset, tests/CMakeLists.txt): the same flags, so that the tests run the code
# as it ships.

# Compile flags for all wasm code: small over fast (the frame is far under budget either way).
# No RTTI: nothing uses typeid or dynamic_cast, and the type tables cost bytes.
# Three post-MVP wasm features that every browser with WebGL 2 has (Chrome 75, Firefox 79,
# Safari 15): float-to-int without trap guards, memcpy/memset as instructions, sign extension
# in one instruction: a smaller wasm (docs/ARCHITECTURE.md, "Measured choices").
# No exceptions: the wasm build cannot catch them (they would abort), and nothing throws on
# purpose; without the unwind paths the code is smaller.
set(VK_WASM_FEATURES -mnontrapping-fptoint -mbulk-memory -msign-ext)
set(VK_WASM_COMPILE_OPTIONS -Oz -flto -fno-rtti -fno-exceptions ${VK_WASM_FEATURES})
if(CMAKE_BUILD_TYPE STREQUAL "Debug")
  # The wasm-debug preset: readable stacks and a debugger's view of the C++ (-g), little inlining.
  set(VK_WASM_COMPILE_OPTIONS -O1 -g -fno-rtti -fno-exceptions ${VK_WASM_FEATURES})
endif()

target_compile_options(vk_imgui PRIVATE ${VK_WASM_COMPILE_OPTIONS})

target_compile_options(vk_base PRIVATE ${VK_WASM_COMPILE_OPTIONS})
target_compile_options(vk_core PRIVATE ${VK_WASM_COMPILE_OPTIONS})
target_compile_options(vk_ui PRIVATE ${VK_WASM_COMPILE_OPTIONS})

