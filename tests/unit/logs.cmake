# SPDX-License-Identifier: GPL-3.0-or-later
# Logs: every format's timestamp and level, the commands of each source kind and the sources the
# inventory offers, the bounded merged model with its worker-side filter.
stackyard_add_test(NAME unit_logparser LABELS unit SOURCES tst_logparser.cpp LIBS stackyard_models)
stackyard_add_test(NAME unit_logsource LABELS unit SOURCES tst_logsource.cpp LIBS stackyard_models)
stackyard_add_test(NAME unit_logmodel LABELS unit SOURCES tst_logmodel.cpp LIBS stackyard_models)
