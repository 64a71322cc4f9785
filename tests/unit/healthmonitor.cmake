# SPDX-License-Identifier: GPL-3.0-or-later
# What the health monitor polls, from an inventory; the figures of a card.
stackyard_add_test(NAME unit_healthtargets LABELS unit SOURCES tst_healthtargets.cpp LIBS stackyard_models)
