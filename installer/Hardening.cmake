# SPDX-License-Identifier: Apache-2.0
# Debian's hardening flags for every build but Debug: fortified libc calls, stack protector,
# read-only relocations bound at load time (relro, bindnow) and a position-independent
# executable. They come from dpkg-buildflags when it is there, so a package built here carries
# what Debian's own packages carry (lintian checks it: scripts/check-package.sh).
# _FORTIFY_SOURCE needs optimisation: Debug builds (-O0) go without, or glibc's warning would fail -Werror.
if(CMAKE_BUILD_TYPE STREQUAL "Debug")
    set(vigie_hardened_default OFF)
else()
    set(vigie_hardened_default ON)
endif()
option(VIGIE_HARDENED "Build with the hardening flags of dpkg-buildflags (fortify, stack protector, relro, bindnow, PIE)"
    ${vigie_hardened_default})

if(VIGIE_HARDENED AND NOT MSVC)
    find_program(DPKG_BUILDFLAGS_EXECUTABLE dpkg-buildflags)
    if(DPKG_BUILDFLAGS_EXECUTABLE)
        foreach(kind CPPFLAGS CXXFLAGS LDFLAGS)
            # -g and -O2 are the build type's to choose; the source directory maps to "." in debug info.
            execute_process(
                COMMAND ${CMAKE_COMMAND} -E env DEB_BUILD_MAINT_OPTIONS=hardening=+all "DEB_${kind}_MAINT_STRIP=-g -O2"
                        ${DPKG_BUILDFLAGS_EXECUTABLE} --get ${kind}
                WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                OUTPUT_VARIABLE flags OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
            separate_arguments(vigie_hardening_${kind} UNIX_COMMAND "${flags}")
        endforeach()
    else()
        # Not a Debian system: the same flags, as dpkg-buildflags prints them on bookworm.
        set(vigie_hardening_CPPFLAGS -D_FORTIFY_SOURCE=2)
        set(vigie_hardening_CXXFLAGS -fstack-protector-strong -Wformat -Werror=format-security)
        set(vigie_hardening_LDFLAGS -Wl,-z,relro -Wl,-z,now)
    endif()
    # Stack clash protection, which dpkg-buildflags adds from trixie (dpkg 1.22) on. Not its
    # control-flow protection: Qt's generated resource objects are built without it, and the linker
    # then drops the CET marking from the executable anyway.
    include(CheckCXXCompilerFlag)
    check_cxx_compiler_flag(-fstack-clash-protection vigie_has_stack_clash_protection)
    if(vigie_has_stack_clash_protection AND NOT "-fstack-clash-protection" IN_LIST vigie_hardening_CXXFLAGS)
        list(APPEND vigie_hardening_CXXFLAGS -fstack-clash-protection)
    endif()
    list(JOIN vigie_hardening_CPPFLAGS " " cppflags)
    list(JOIN vigie_hardening_CXXFLAGS " " cxxflags)
    list(JOIN vigie_hardening_LDFLAGS " " ldflags)
    message(STATUS "Hardening flags: ${cppflags} ${cxxflags} ${ldflags}")
    target_compile_options(vigie_build_flags INTERFACE ${vigie_hardening_CPPFLAGS} ${vigie_hardening_CXXFLAGS})
    target_link_options(vigie_build_flags INTERFACE ${vigie_hardening_LDFLAGS})
    include(CheckPIESupported)
    check_pie_supported()
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
endif()
