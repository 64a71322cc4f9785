# SPDX-License-Identifier: GPL-3.0-or-later
# The monitor that turns an inventory into scheduled probes.
target_sources(stackyard_models PRIVATE
  health/healthtargets.cpp health/healthtargets.h
)
target_sources(stackyard_models PRIVATE
  health/healthworker.cpp health/healthworker.h
  health/healthmonitor.cpp health/healthmonitor.h
)
target_sources(stackyard_models PRIVATE
  health/healthoverviewmodel.cpp health/healthoverviewmodel.h
)
target_sources(stackyard_models PRIVATE
  health/healthjson.cpp health/healthjson.h
)
target_sources(stackyard_models PRIVATE
  health/alertsmodel.cpp health/alertsmodel.h
)
target_sources(stackyard_models PRIVATE
  health/probefactory.cpp health/probefactory.h
)
target_sources(stackyard_models PRIVATE
  health/secretprefetch.cpp health/secretprefetch.h
)
