# SPDX-License-Identifier: GPL-3.0-or-later
# HTTP and host probes, Prometheus text and server, series, alerts.
