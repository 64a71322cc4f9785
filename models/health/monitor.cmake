# SPDX-License-Identifier: GPL-3.0-or-later
# The monitor that turns an inventory into scheduled probes.
target_sources(stackyard_models PRIVATE
  health/healthtargets.cpp health/healthtargets.h
)
target_sources(stackyard_models PRIVATE
  health/healthworker.cpp health/healthworker.h
  health/healthmonitor.cpp health/healthmonitor.h
)
