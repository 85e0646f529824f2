#include "script/DefaultScript.h"

#include "script/ScriptJson.h"
#include "script/ScriptLog.h"

#include <QFile>

namespace calldeck {

Q_LOGGING_CATEGORY(lcScript, "calldeck.script")

Script DefaultScript::load()
{
    QFile file(QStringLiteral(":/scripts/default.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        // Only a broken build lacks the resource; tst_script_json guards against that.
        qCCritical(lcScript) << "the shipped script resource is missing:" << file.errorString();
        Script empty;
        empty.name = QStringLiteral("default");
        return empty;
    }
    Result<Script> parsed = ScriptJson::parse(file.readAll());
    if (!parsed) {
        qCCritical(lcScript) << "the shipped script is invalid:" << parsed.error().message;
        Script empty;
        empty.name = QStringLiteral("default");
        return empty;
    }
    return std::move(parsed).value();
}

} // namespace calldeck
