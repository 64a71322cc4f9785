# SPDX-License-Identifier: GPL-3.0-or-later
# The log viewer panel.
