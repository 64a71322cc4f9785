# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DTOOL=<program> [-DTOOL_ARG=<arg>] [-DTOOL_ARG2=<arg>] -DFILE=<file>
#       -DFAIL_REGEX=<regex> -P validate-quiet.cmake
# Runs "<program> [args] <file>" and fails when the program is missing, exits non-zero, or
# prints (on stdout or stderr) any line matching FAIL_REGEX. Validators such as
# desktop-file-validate report warnings with exit code 0, so the exit code alone is not enough.
foreach(var TOOL FILE FAIL_REGEX)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "validate-quiet.cmake: -D${var}=... is required")
  endif()
endforeach()
find_program(tool_path ${TOOL})
if(NOT tool_path)
  message(FATAL_ERROR "${TOOL} is not installed (scripts/install-deps test installs it)")
endif()
if(NOT EXISTS "${FILE}")
  message(FATAL_ERROR "${FILE} does not exist")
endif()
set(args)
foreach(arg IN ITEMS "${TOOL_ARG}" "${TOOL_ARG2}")
  if(NOT arg STREQUAL "")
    list(APPEND args "${arg}")
  endif()
endforeach()
set(ENV{LC_ALL} C.UTF-8)
execute_process(COMMAND ${tool_path} ${args} ${FILE}
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE out
  ERROR_VARIABLE out)
list(JOIN args " " shown_args)
message("${tool_path} ${shown_args} ${FILE}\n${out}exit code: ${rc}")
string(REPLACE "\n" ";" lines "${out}")
set(bad)
foreach(line IN LISTS lines)
  if(line MATCHES "${FAIL_REGEX}")
    list(APPEND bad "${line}")
  endif()
endforeach()
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${TOOL} failed with exit code ${rc}")
endif()
if(bad)
  list(LENGTH bad n)
  message(FATAL_ERROR "${TOOL} reported ${n} problem line(s)")
endif()
