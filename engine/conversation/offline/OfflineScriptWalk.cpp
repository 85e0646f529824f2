#include "conversation/offline/OfflineScriptWalk.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace calldeck {

namespace {

constexpr int kMaxAsks = 2;   // a refused milestone is asked once more, then the walk stops

QString lowered(const QString& text)
{
    return QLatin1Char(' ') + text.toLower().simplified() + QLatin1Char(' ');
}

bool containsAny(const QString& haystack, std::initializer_list<const char*> needles)
{
    for (const char* needle : needles) {
        if (haystack.contains(QLatin1String(needle))) {
            return true;
        }
    }
    return false;
}

/// Lower-case words of at least four letters, cut to five so "swings" meets "swing".
QSet<QString> wordStems(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[a-z]{4,}"));
    QSet<QString> stems;
    auto it = word.globalMatch(text.toLower());
    while (it.hasNext()) {
        stems.insert(it.next().captured().left(5));
    }
    return stems;
}

QJsonObject parsed(const ToolResult& result)
{
    return QJsonDocument::fromJson(result.output.toUtf8()).object();
}

} // namespace

OfflineScriptWalk::OfflineScriptWalk(ScriptBrief script) : m_script(std::move(script))
{
    if (m_script.milestones.isEmpty()) {
        m_stage = Stage::Done;
    }
}

const ScriptBriefMilestone* OfflineScriptWalk::current() const
{
    return m_index >= 0 && m_index < m_script.milestones.size() ? &m_script.milestones.at(m_index) : nullptr;
}

std::optional<int> OfflineScriptWalk::firstInteger(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("\\d[\\d,]*"));
    const QRegularExpressionMatch match = number.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    QString digits = match.captured(0);
    digits.remove(QLatin1Char(','));
    bool ok = false;
    const int value = digits.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

bool OfflineScriptWalk::affirmative(const QString& text)
{
    const QString t = lowered(text);
    static const QRegularExpression startsNo(QStringLiteral("^\\s*(no|nope|nah)\\b"));
    if (startsNo.match(t).hasMatch()) {
        return false;
    }
    return !containsAny(t, {" not really", " no way", " not at all", " definitely not", "don't think so",
                            " not interested", " not convinced", " i disagree", " absolutely not"});
}

QString OfflineScriptWalk::choiceFrom(const QString& text, const QStringList& options, bool decision)
{
    const QString t = lowered(text);
    if (decision) {
        QString meant;
        static const QRegularExpression startsNo(QStringLiteral("^\\s*(no|nope)\\b"));
        if (startsNo.match(t).hasMatch() || containsAny(t, {"not interested", "decline", "no thanks", "no, thank",
                                                            "we'll pass", "we will pass", "not for us"})) {
            meant = QStringLiteral("Decline");
        } else if (containsAny(t, {"think about", "think it over", "later", "pause", "not now", "not yet",
                                   "next month", "next quarter", "wait", "sleep on"})) {
            meant = QStringLiteral("Pause");
        } else if (containsAny(t, {"go ahead", "let's do", "let's go", "lets go", "sign", "book", "proceed",
                                   "agree", "move forward", "start", "count me in", " yes"})) {
            meant = QStringLiteral("Proceed");
        }
        if (meant.isEmpty()) {
            return {};
        }
        for (const QString& option : options) {
            if (option.compare(meant, Qt::CaseInsensitive) == 0) {
                return option;
            }
        }
        return options.isEmpty() ? meant : QString();
    }
    for (const QString& option : options) {
        if (t.contains(option.toLower())) {
            return option;
        }
    }
    return {};
}

QString OfflineScriptWalk::objectionCue(const QString& text, const QStringList& types)
{
    const QString t = lowered(text);
    auto offered = [&types](const char* type) { return types.contains(QLatin1String(type)); };
    // Most specific first: "think about it" is no price concern, "tried before" no timing one.
    if (offered("Need_to_Think") && containsAny(t, {"think about it", "think it over", "sleep on it", "need to think"})) {
        return QStringLiteral("Need_to_Think");
    }
    if (offered("Skepticism") && containsAny(t, {"tried before", "tried that", "tried something", "skeptical",
                                                  "sceptical", "never works", "doesn't work", "heard that before"})) {
        return QStringLiteral("Skepticism");
    }
    if (offered("Price") && containsAny(t, {"expensive", "budget", "afford", "too much", "pricey", " price"})) {
        return QStringLiteral("Price");
    }
    if (offered("Partner_Team") && containsAny(t, {"my partner", "my boss", "my team first", "run it by", "check with",
                                                    "talk to my", "ask my"})) {
        return QStringLiteral("Partner_Team");
    }
    if (offered("Capacity_Time") && containsAny(t, {"too busy", "no time", "don't have time", "do not have time",
                                                     "no capacity", "swamped"})) {
        return QStringLiteral("Capacity_Time");
    }
    if (offered("Timing") && containsAny(t, {"not the right time", "bad time", "bad timing", "next year", "too soon"})) {
        return QStringLiteral("Timing");
    }
    return {};
}

QString OfflineScriptWalk::clauseFor(const QString& text, const QString& key, const QString& question)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=[.!?])\\s+|,\\s+and\\s+|;\\s+"));
    const QStringList clauses = text.trimmed().split(boundary, Qt::SkipEmptyParts);
    if (clauses.size() < 2) {
        return text.trimmed();
    }
    QString keyWords = key;
    keyWords.replace(QLatin1Char('_'), QLatin1Char(' '));
    const QSet<QString> keyStems = wordStems(keyWords);
    const QSet<QString> questionStems = wordStems(question);
    QString best;
    int bestScore = 0;
    for (const QString& clause : clauses) {
        const QSet<QString> stems = wordStems(clause);
        const int score = 2 * int(QSet<QString>(stems).intersect(keyStems).size())
                          + int(QSet<QString>(stems).intersect(questionStems).size());
        if (score > bestScore) {
            bestScore = score;
            best = clause.trimmed();
        }
    }
    return bestScore > 0 ? best : text.trimmed();
}

QString OfflineScriptWalk::combinedQuestion(const QStringList& questions)
{
    QStringList kept;
    for (const QString& q : questions) {
        if (!q.trimmed().isEmpty()) {
            QString question = q.trimmed();
            if (!kept.isEmpty() && question.size() > 1 && question.at(0).isUpper() && question.at(1).isLower()) {
                question[0] = question.at(0).toLower();
            }
            kept.append(question);
        }
    }
    return kept.join(tr(" And "));
}

QString OfflineScriptWalk::prompt() const
{
    QString question;
    if (m_stage == Stage::Diagnose) {
        question = m_diagnostic;
    } else if (const ScriptBriefMilestone* m = current()) {
        question = combinedQuestion(m->questions);
        if (question.isEmpty()) {
            question = tr("Let's talk about %1.").arg(m->title);
        }
    } else {
        return {};
    }
    return (m_ack.isEmpty() ? QString() : m_ack + QLatin1Char(' ')) + question;
}

QList<OfflineScriptWalk::ToolStep> OfflineScriptWalk::fieldSteps(const ScriptBriefMilestone& m, const QString& text) const
{
    QList<ToolStep> steps;
    for (qsizetype i = 0; i < m.fieldKeys.size(); ++i) {
        const QString& key = m.fieldKeys.at(i);
        const ScriptBriefField field = i < m.fields.size() && m.fields.at(i).key == key
            ? m.fields.at(i)
            : ScriptBriefField{key, m.decision ? QStringLiteral("choice") : QStringLiteral("text"), m.decisionOptions};
        QString value;
        if (field.type == QLatin1String("number")) {
            if (const auto n = firstInteger(text)) {
                value = QString::number(*n);
            }
        } else if (field.type == QLatin1String("bool")) {
            value = affirmative(text) ? QStringLiteral("true") : QStringLiteral("false");
        } else if (field.type == QLatin1String("choice")) {
            const QStringList options = field.options.isEmpty() ? m.decisionOptions : field.options;
            value = choiceFrom(text, options, m.decision);
        } else {
            // Several text fields share one answer: each gets the clause that answers it. The
            // script lists a milestone's questions and fields in the same order.
            const bool shared = std::count_if(m.fields.cbegin(), m.fields.cend(),
                                              [](const ScriptBriefField& f) { return f.type == QLatin1String("text"); })
                                > 1;
            value = shared ? clauseFor(text, key, i < m.questions.size() ? m.questions.at(i) : QString())
                           : text.trimmed();
        }
        if (value.isEmpty()) {
            continue;   // nothing usable: the refusal of complete_milestone makes it ask again
        }
        steps.append(ToolStep{QStringLiteral("record_field"),
                              QJsonObject{{QStringLiteral("key"), key},
                                          {QStringLiteral("value"), value},
                                          {QStringLiteral("raw_fragment"), text.trimmed()},
                                          {QStringLiteral("milestone"), m.number}}});
    }
    return steps;
}

QList<OfflineScriptWalk::ToolStep> OfflineScriptWalk::answer(const QString& text)
{
    const ScriptBriefMilestone* m = current();
    m_ack.clear();
    m_completed = false;
    m_refusal.clear();
    if (m == nullptr || m_stage == Stage::Done) {
        return {};
    }
    if (m_stage == Stage::Diagnose) {
        QList<ToolStep> steps;
        const bool positive = affirmative(text) && objectionCue(text, m_script.objectionTypes).isEmpty();
        if (!m_objections.isEmpty() && m_objections.constLast().id > 0) {
            steps.append(ToolStep{QStringLiteral("resolve_objection"),
                                  QJsonObject{{QStringLiteral("objection_id"), double(m_objections.constLast().id)},
                                              {QStringLiteral("outcome"),
                                               positive ? QStringLiteral("Resolved") : QStringLiteral("Deferred")},
                                              {QStringLiteral("answers"), QJsonArray{text.trimmed()}}}});
        }
        m_stage = Stage::Ask;
        // The milestone's fields come from both answers: the objection and what resolved it.
        steps.append(fieldSteps(*m, m_heldAnswer + QLatin1Char(' ') + text));
        steps.append(ToolStep{QStringLiteral("complete_milestone"),
                              QJsonObject{{QStringLiteral("milestone"), m->number},
                                          {QStringLiteral("summary"), QString(m_heldAnswer + QLatin1Char(' ') + text).trimmed()}}});
        return steps;
    }
    ++m_asks;
    const QString cue = objectionCue(text, m_script.objectionTypes);
    if (!cue.isEmpty() && !m_objectionRaised) {
        m_objectionRaised = true;
        m_heldAnswer = text.trimmed();
        m_stage = Stage::Diagnose;
        m_diagnostic = tr("I understand. Can you tell me more about that?");
        m_objections.append(Objection{0, cue, QString()});
        return {ToolStep{QStringLiteral("log_objection"),
                         QJsonObject{{QStringLiteral("type"), cue}, {QStringLiteral("note"), text.trimmed()}}}};
    }
    if (text.trimmed().isEmpty()) {
        return {};   // nothing heard: advance() asks again
    }
    QList<ToolStep> steps = fieldSteps(*m, text);
    steps.append(ToolStep{QStringLiteral("complete_milestone"),
                          QJsonObject{{QStringLiteral("milestone"), m->number}, {QStringLiteral("summary"), text.trimmed()}}});
    return steps;
}

void OfflineScriptWalk::toolResult(const ToolStep& step, const ToolResult& result)
{
    const QJsonObject out = parsed(result);
    if (step.name == u"log_objection") {
        if (result.ok && !m_objections.isEmpty()) {
            m_objections.last().id = out.value(QStringLiteral("objection_id")).toInteger();
            const QJsonArray questions = out.value(QStringLiteral("diagnostic_questions")).toArray();
            if (!questions.isEmpty() && !questions.first().toString().trimmed().isEmpty()) {
                m_diagnostic = tr("I understand. %1").arg(questions.first().toString().trimmed());
            }
        }
    } else if (step.name == u"resolve_objection") {
        if (result.ok && !m_objections.isEmpty()) {
            m_objections.last().outcome = out.value(QStringLiteral("outcome")).toString();
        }
    } else if (step.name == u"record_field") {
        if (result.ok && step.arguments.value(QStringLiteral("key")).toString() == u"decision") {
            m_decision = step.arguments.value(QStringLiteral("value")).toString();
        }
    } else if (step.name == u"complete_milestone") {
        m_completed = result.ok;
        if (!result.ok) {
            m_refusal = out.value(QStringLiteral("error")).toString(result.output);
        }
    }
}

void OfflineScriptWalk::advance()
{
    const ScriptBriefMilestone* m = current();
    if (m == nullptr || m_stage == Stage::Done || m_stage == Stage::Diagnose) {
        return;   // a diagnostic question is asked next
    }
    if (m_completed) {
        m_lastCompleted = m->number;
        m_lastTitle = m->title;
        ++m_completedCount;
        QStringList confirmations;
        for (const QString& c : m->confirmations) {
            if (!c.trimmed().isEmpty()) {
                confirmations.append(c.trimmed());
            }
        }
        // The milestone's confirmations are said back, so the prospect hears what was agreed.
        m_ack = confirmations.isEmpty() ? tr("Thank you.")
                                        : tr("Thank you. Noted: %1.").arg(confirmations.join(QStringLiteral("; ")));
        ++m_index;
        m_asks = 0;
        m_objectionRaised = false;
        m_heldAnswer.clear();
        if (m_index >= m_script.milestones.size()) {
            m_stage = Stage::Done;
        }
        return;
    }
    if (m_asks >= kMaxAsks) {
        m_stage = Stage::Done;   // the script does not let us go on; close the call politely
        return;
    }
    m_ack = tr("Sorry, I need to be sure I got that right.");
}

QString OfflineScriptWalk::summary() const
{
    QString text;
    if (m_lastCompleted > 0) {
        text = tr("Sales script %1: reached M%2 %3 (%4 milestone(s) completed on this call).")
                   .arg(m_script.name, QString::number(m_lastCompleted), m_lastTitle, QString::number(m_completedCount));
    } else {
        text = tr("Sales script %1: no milestone was completed on this call.").arg(m_script.name);
    }
    text += QLatin1Char(' ') + (m_decision.isEmpty() ? tr("No decision yet.") : tr("Decision: %1.").arg(m_decision));
    QStringList objections;
    for (const Objection& o : m_objections) {
        objections.append(o.outcome.isEmpty() ? tr("%1 (open)").arg(o.type) : QStringLiteral("%1 (%2)").arg(o.type, o.outcome));
    }
    if (!objections.isEmpty()) {
        text += QLatin1Char(' ') + tr("Objections: %1.").arg(objections.join(QStringLiteral(", ")));
    }
    if (!m_refusal.isEmpty() && m_stage == Stage::Done && m_index < m_script.milestones.size()) {
        text += QLatin1Char(' ') + tr("Stopped at M%1: %2").arg(QString::number(m_script.milestones.at(m_index).number), m_refusal);
    }
    return text;
}

} // namespace calldeck
