// Child process of tst_transcript_crash: opens the store at argv[1], records a call, feeds argv[2]
// final segments (and a trailing partial) through a TranscriptWriter in several bursts, prints
// "written <sessionId>" once the writer reported them all, then idles until it is killed.
#include "store/CallRepository.h"
#include "store/Store.h"
#include "store/TranscriptWriter.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

using namespace calldeck;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: transcript_crash_child <database> <count>\n");
        return 2;
    }
    Store store(QString::fromLocal8Bit(argv[1]));
    if (Status opened = store.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    NewCallRecord record;
    record.callKey = QStringLiteral("c-crash");
    record.provider = QStringLiteral("sandbox");
    record.agentKind = QStringLiteral("offline");
    const Result<CallRecordIds> ids = store.runSync([&](QSqlDatabase& db) { return CallRepository(db).begin(record); });
    if (!ids) {
        std::fprintf(stderr, "%s\n", qPrintable(ids.error().message));
        return 1;
    }
    const int count = QString::fromLocal8Bit(argv[2]).toInt();
    TranscriptWriter writer(store, ids.value().sessionId);
    QObject::connect(&writer, &TranscriptWriter::written, &app, [&](int, int total) {
        if (total == count) {
            std::printf("written %lld\n", static_cast<long long>(ids.value().sessionId));
            std::fflush(stdout);
        }
    });
    // Bursts of three per event-loop turn, like a call where both sides talk.
    auto* feeder = new QTimer(&app);
    int next = 0;
    QObject::connect(feeder, &QTimer::timeout, &app, [&] {
        for (int i = 0; i < 3 && next < count; ++i, ++next) {
            TranscriptSegment segment;
            segment.callKey = record.callKey;
            segment.id = QStringLiteral("seg-%1").arg(next);
            segment.speaker = next % 2 == 0 ? QStringLiteral("agent") : QStringLiteral("callee");
            segment.startMs = qint64(next) * 1500;
            segment.endMs = segment.startMs + 1200;
            segment.text = QStringLiteral("Line %1").arg(next);
            writer.add(segment);
        }
        if (next >= count) {
            feeder->stop();
            TranscriptSegment partial;
            partial.callKey = record.callKey;
            partial.id = QStringLiteral("seg-%1").arg(count);
            partial.speaker = QStringLiteral("callee");
            partial.startMs = qint64(count) * 1500;
            partial.text = QStringLiteral("Still speak");
            partial.isFinal = false;
            writer.add(partial);
        }
    });
    feeder->start(0);
    return app.exec();
}
