# SPDX-License-Identifier: GPL-3.0-or-later
# Warning flags for Stackyard's own targets (not for third-party code).
function(stackyard_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Wunused -Woverloaded-virtual -Wnull-dereference -Wdouble-promotion -Wformat=2
    -Wimplicit-fallthrough)
  if(STACKYARD_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
