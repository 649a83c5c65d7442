#pragma once

namespace Sitrep::Ctl {

class CtlContext;

// login, logout, status, sync [--watch]: the exit status.
int runLogin(CtlContext &context);
int runLogout(CtlContext &context);
int runStatus(CtlContext &context);
int runSync(CtlContext &context);

} // namespace Sitrep::Ctl
