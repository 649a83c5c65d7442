#include "StorageLog.h"

Q_LOGGING_CATEGORY(lcServerStore, "sitrep.server.store", QtInfoMsg)
