# SPDX-License-Identifier: GPL-3.0-or-later
# STACKYARD_SANITIZE=ON instruments everything built here with ASan + UBSan. The test command
# builds this way; third-party libraries stay uninstrumented, tests/sanitizers/*.supp silences
# the few reports that come from inside them.
if(STACKYARD_SANITIZE)
  set(_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_compile_options(${_san})
  add_link_options(-fsanitize=address,undefined)
  message(STATUS "Stackyard: building with AddressSanitizer + UndefinedBehaviorSanitizer")
endif()
