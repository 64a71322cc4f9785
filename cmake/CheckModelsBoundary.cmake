# SPDX-License-Identifier: GPL-3.0-or-later
# The model library must never see widgets. Two checks, both fatal:
#  1. at configure time, its link libraries must not name a GUI or widget Qt module;
#  2. on every build, no source under models/ may include a header of QtWidgets or QtGui
#     (by module path like <QtWidgets/QWidget> or by class name like <QWidget>). The header
#     names are read from the installed Qt, so the list is complete for that Qt.
set(_stackyard_boundary_script ${CMAKE_CURRENT_LIST_DIR}/ModelsBoundaryScan.cmake)

# Sets out_var to the QtGui and QtWidgets include directories, joined with '|' as
# ModelsBoundaryScan.cmake expects.
function(stackyard_forbidden_header_dirs out_var)
  get_target_property(_gui_inc Qt6::Gui INTERFACE_INCLUDE_DIRECTORIES)
  get_target_property(_widgets_inc Qt6::Widgets INTERFACE_INCLUDE_DIRECTORIES)
  set(_dirs)
  foreach(_d IN LISTS _gui_inc _widgets_inc)
    if(_d MATCHES "/Qt(Gui|Widgets)$")
      list(APPEND _dirs ${_d})
    endif()
  endforeach()
  list(REMOVE_DUPLICATES _dirs)
  list(JOIN _dirs "|" _dirs)
  set(${out_var} "${_dirs}" PARENT_SCOPE)
endfunction()

function(stackyard_check_models_boundary target source_dir)
  get_target_property(_libs ${target} LINK_LIBRARIES)
  foreach(_lib IN LISTS _libs)
    if(_lib MATCHES "Qt6::(Gui|Widgets|Charts|Svg|SvgWidgets|OpenGL|OpenGLWidgets|PrintSupport)")
      message(FATAL_ERROR "${target} must not link ${_lib}: models/ is the widget-free core (see BRIEF.md)")
    endif()
  endforeach()

  stackyard_forbidden_header_dirs(_forbidden_dirs)
  set(_stamp ${CMAKE_CURRENT_BINARY_DIR}/${target}_boundary.stamp)
  file(GLOB_RECURSE _sources CONFIGURE_DEPENDS ${source_dir}/*.h ${source_dir}/*.cpp)
  add_custom_command(OUTPUT ${_stamp}
    COMMAND ${CMAKE_COMMAND} "-DSOURCE_DIR=${source_dir}" "-DFORBIDDEN_DIRS=${_forbidden_dirs}"
            "-DSTAMP=${_stamp}" -P ${_stackyard_boundary_script}
    DEPENDS ${_sources} ${_stackyard_boundary_script}
    COMMENT "Checking that ${target} includes no QtWidgets/QtGui header"
    VERBATIM)
  add_custom_target(${target}_boundary DEPENDS ${_stamp})
  add_dependencies(${target} ${target}_boundary)
endfunction()
