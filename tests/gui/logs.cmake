# SPDX-License-Identifier: GPL-3.0-or-later
# The Logs panel offscreen, following a real file on this machine.
stackyard_add_test(NAME gui_logspanel LABELS gui SOURCES tst_logspanel.cpp LIBS stackyard_ui TIMEOUT 300)
