#pragma once

namespace Sitrep::Ctl {

class CtlContext;

// incident declare|list|show|set, timeline add|list, role assign|list: the exit status.
int runIncident(CtlContext &context);
int runTimeline(CtlContext &context);
int runRole(CtlContext &context);

} // namespace Sitrep::Ctl
