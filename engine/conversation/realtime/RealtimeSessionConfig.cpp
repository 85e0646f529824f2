#include "conversation/realtime/RealtimeSessionConfig.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace calldeck {

namespace {

const QString kPcmu = u"audio/pcmu"_s;

QJsonObject turnDetection(const AgentConfig& config, RealtimeSessionConfig::Replies replies)
{
    return QJsonObject{
        {u"type"_s, u"server_vad"_s},
        {u"threshold"_s, config.vad.threshold},
        {u"prefix_padding_ms"_s, config.vad.prefixPaddingMs},
        {u"silence_duration_ms"_s, config.vad.silenceDurationMs},
        {u"create_response"_s, replies.createResponse},
        {u"interrupt_response"_s, replies.interruptResponse},
    };
}

QString describeFormat(const QJsonValue& format)
{
    const QJsonObject f = format.toObject();
    if (f.isEmpty())
        return QCoreApplication::translate("RealtimeSessionConfig", "none");
    QString text = f.value(u"type"_s).toString();
    if (f.contains(u"rate"_s))
        text += u' ' + QString::number(f.value(u"rate"_s).toInt()) + u" Hz"_s;
    return text;
}

} // namespace

QJsonObject RealtimeSessionConfig::sessionUpdate(const AgentConfig& config, Replies replies)
{
    QJsonObject transcription{{u"model"_s, config.transcriptionModel}};
    const QString language = transcriptionLanguage(config.brief.language);
    if (!language.isEmpty())
        transcription.insert(u"language"_s, language);
    const QJsonObject input{
        {u"format"_s, QJsonObject{{u"type"_s, kPcmu}}},
        {u"transcription"_s, transcription},
        {u"turn_detection"_s, turnDetection(config, replies)},
    };
    const QJsonObject output{
        {u"format"_s, QJsonObject{{u"type"_s, kPcmu}}},
        {u"voice"_s, config.voice},
    };
    const QJsonObject session{
        {u"type"_s, u"realtime"_s},
        {u"instructions"_s, config.instructions},
        {u"output_modalities"_s, QJsonArray{u"audio"_s}},
        {u"audio"_s, QJsonObject{{u"input"_s, input}, {u"output"_s, output}}},
        {u"tools"_s, realtimeTools(config.tools)},
        {u"tool_choice"_s, u"auto"_s},
    };
    return QJsonObject{{u"type"_s, u"session.update"_s}, {u"session"_s, session}};
}

QJsonObject RealtimeSessionConfig::turnDetectionUpdate(const AgentConfig& config, Replies replies)
{
    const QJsonObject session{
        {u"type"_s, u"realtime"_s},
        {u"audio"_s, QJsonObject{{u"input"_s, QJsonObject{{u"turn_detection"_s, turnDetection(config, replies)}}}}},
    };
    return QJsonObject{{u"type"_s, u"session.update"_s}, {u"session"_s, session}};
}

QJsonArray RealtimeSessionConfig::realtimeTools(const QJsonArray& neutral)
{
    QJsonArray tools;
    for (const QJsonValue& value : neutral) {
        const QJsonObject tool = value.toObject();
        if (tool.value(u"name"_s).toString().isEmpty())
            continue;
        QJsonObject parameters = tool.value(u"parameters"_s).toObject();
        if (parameters.isEmpty())
            parameters = QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject{}}};
        tools.append(QJsonObject{
            {u"type"_s, u"function"_s},
            {u"name"_s, tool.value(u"name"_s).toString()},
            {u"description"_s, tool.value(u"description"_s).toString()},
            {u"parameters"_s, parameters},
        });
    }
    return tools;
}

QString RealtimeSessionConfig::transcriptionLanguage(const QString& bcp47)
{
    return bcp47.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

QString RealtimeSessionConfig::formatMismatch(const QJsonObject& session)
{
    const QJsonObject audio = session.value(u"audio"_s).toObject();
    const QJsonValue in = audio.value(u"input"_s).toObject().value(u"format"_s);
    const QJsonValue out = audio.value(u"output"_s).toObject().value(u"format"_s);
    if (in.toObject().value(u"type"_s).toString() == kPcmu && out.toObject().value(u"type"_s).toString() == kPcmu)
        return {};
    return QCoreApplication::translate("RealtimeSessionConfig",
                                       "The Realtime server did not accept telephone audio (μ-law): it chose %1 "
                                       "for the caller and %2 for the agent. The AI was stopped rather than "
                                       "play noise into the call.")
        .arg(describeFormat(in), describeFormat(out));
}

} // namespace calldeck
