#pragma once

#include <QLoggingCategory>

namespace Sitrep {
Q_DECLARE_LOGGING_CATEGORY(lcSync)
}
