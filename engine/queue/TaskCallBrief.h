#pragma once

#include "conversation/CallBrief.h"
#include "tasks/CallTask.h"

#include <QCoreApplication>

namespace calldeck {

/// Turns a call task and its plan into the brief an agent follows (goal, questions, information to
/// obtain, constraints, max price, contact name, tone); the engine fills in the user and settings.
class TaskCallBrief
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::TaskCallBrief)
public:
    /// The brief for one attempt of `task`.
    static CallBrief fromTask(const CallTask& task);
};

} // namespace calldeck
