# SPDX-License-Identifier: GPL-3.0-or-later
# Health model: Prometheus text, host statistics, bounded series, alert rules.
stackyard_add_test(NAME unit_prometheustext LABELS unit SOURCES tst_prometheustext.cpp LIBS stackyard_models)
stackyard_add_test(NAME unit_seriesstore LABELS unit SOURCES tst_seriesstore.cpp LIBS stackyard_models)
stackyard_add_test(NAME unit_alertengine LABELS unit SOURCES tst_alertengine.cpp LIBS stackyard_models)
stackyard_add_test(NAME unit_hoststats LABELS unit SOURCES tst_hoststats.cpp LIBS stackyard_models)
stackyard_add_test(NAME unit_exportermetrics LABELS unit SOURCES tst_exportermetrics.cpp LIBS stackyard_models)
