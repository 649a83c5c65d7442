#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcStore, "sitrep.store", QtInfoMsg)
