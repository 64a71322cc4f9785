# SPDX-License-Identifier: GPL-3.0-or-later
# The monitor that turns an inventory into scheduled probes.
