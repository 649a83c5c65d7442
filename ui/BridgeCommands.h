#pragma once

#include "store/Store.h"

#include <optional>

namespace Sitrep::BridgeCommands {

// The roster's changes, apart from the widgets that ask for them: each builds the whole
// participant from the stored one (so fields it does not touch are kept), stamps times
// with the store's clock, and makes one Store::upsertParticipant. Nothing changes when
// the result is not ok; its error is for a person to read.

CommandResult addPhone(Store &store, const QUuid &incidentId, const QString &name, const QString &channel);
// Joining from this console (store.actor()): a new console row, or the person's old row
// taken up again (same id and flags, this session's times), so one person is one row.
CommandResult join(Store &store, const QUuid &incidentId, const std::optional<BridgeParticipant> &mine);
CommandResult leave(Store &store, const std::optional<BridgeParticipant> &mine);
// Taking someone off the bridge keeps their row with the time they left; a hand they
// left raised is lowered, since nobody is there to call on.
CommandResult remove(Store &store, BridgeParticipant participant);
CommandResult admit(Store &store, BridgeParticipant participant);
CommandResult setFlag(Store &store, BridgeParticipant participant, bool BridgeParticipant::*flag, bool on);

} // namespace Sitrep::BridgeCommands
