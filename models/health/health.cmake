# SPDX-License-Identifier: GPL-3.0-or-later
# HTTP and host probes, Prometheus text and server, series, alerts.
target_sources(stackyard_models PRIVATE
  health/prometheustext.cpp health/prometheustext.h)
target_sources(stackyard_models PRIVATE
  health/metricseries.cpp health/metricseries.h
  health/seriesstore.cpp health/seriesstore.h)
target_sources(stackyard_models PRIVATE
  health/alertrules.cpp health/alertrules.h
  health/alertengine.cpp health/alertengine.h)
target_sources(stackyard_models PRIVATE
  health/hoststats.cpp health/hoststats.h)
target_sources(stackyard_models PRIVATE
  health/httpprobe.cpp health/httpprobe.h)
target_sources(stackyard_models PRIVATE
  health/exporterscrape.cpp health/exporterscrape.h)
target_sources(stackyard_models PRIVATE
  health/hostprobe.cpp health/hostprobe.h)
target_sources(stackyard_models PRIVATE
  health/prometheusserver.cpp health/prometheusserver.h)
target_sources(stackyard_models PRIVATE
  health/exportermetrics.cpp health/exportermetrics.h
  health/exporterprobe.cpp health/exporterprobe.h)
target_sources(stackyard_models PRIVATE
  health/exporterurls.cpp health/exporterurls.h)
