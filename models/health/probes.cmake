# SPDX-License-Identifier: GPL-3.0-or-later
# PostgreSQL and Redis probes (libpq, hiredis).
