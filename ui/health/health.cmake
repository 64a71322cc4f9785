# SPDX-License-Identifier: GPL-3.0-or-later
# The health panel: overview cards, drill-down with charts, alerts.
target_sources(stackyard_ui PRIVATE
  health/healthcolors.cpp health/healthcolors.h
  health/healthcarddelegate.cpp health/healthcarddelegate.h
  health/healthoverview.cpp health/healthoverview.h
  health/metricchart.cpp health/metricchart.h
  health/healthdetail.cpp health/healthdetail.h
)
target_sources(stackyard_ui PRIVATE
  health/desktopnotifier.cpp health/desktopnotifier.h
  health/alertrulesdialog.cpp health/alertrulesdialog.h
)
