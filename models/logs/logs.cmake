# SPDX-License-Identifier: GPL-3.0-or-later
# Logs: sources followed through the transport, parsed lines, the bounded merged model.
target_sources(stackyard_models PRIVATE
  logs/loglevel.cpp logs/loglevel.h
  logs/logbatch.cpp logs/logbatch.h
  logs/logtime.cpp logs/logtime.h
  logs/logparser.cpp logs/logparser.h
  logs/logsource.cpp logs/logsource.h
  logs/logsourcecatalog.cpp logs/logsourcecatalog.h
  logs/logstream.cpp logs/logstream.h
  logs/logfollower.cpp logs/logfollower.h
  logs/logfilter.cpp logs/logfilter.h
  logs/logstore.cpp logs/logstore.h
  logs/logmodel.cpp logs/logmodel.h)
