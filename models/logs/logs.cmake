# SPDX-License-Identifier: GPL-3.0-or-later
# Log sources, parsers and the bounded log model.
