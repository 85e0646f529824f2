// Do-Not-Call list: import time, size on disk and lookup latency (p50/p99), plus the full gate's
// evaluation with that list. The default size runs in seconds; the target is 20 million.
//
//   bench_dnc [numbers=200000] [lookups=20000]
//   bench_dnc 20000000          # the registry-sized run (minutes, ~1 GB of disk)
#include "compliance/DialGate.h"
#include "compliance/DncRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace calldeck;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double percentileUs(std::vector<qint64> ns, double p)
{
    if (ns.empty())
        return 0;
    std::sort(ns.begin(), ns.end());
    const auto index = std::min(ns.size() - 1, size_t(p / 100.0 * double(ns.size())));
    return double(ns[index]) / 1000.0;
}

/// A valid-looking NANP number (area code and exchange start with 2-9) from a counter.
qint64 numberAt(qint64 i)
{
    const qint64 area = 200 + (i / 8000000) % 800;
    const qint64 rest = 2000000 + (i % 8000000);
    return area * 10000000 + rest;
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 200000;
    const int lookups = argc > 2 ? QByteArray(argv[2]).toInt() : 20000;
    QTemporaryDir dir;
    const QString registry = dir.filePath(QStringLiteral("registry.txt"));
    {
        QFile file(registry);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray chunk;
        for (qint64 i = 0; i < count; ++i) {
            chunk += QByteArray::number(numberAt(i));
            chunk += '\n';
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    const QString dbPath = dir.filePath(QStringLiteral("calldeck.sqlite"));
    Store store(dbPath);
    if (!store.open()) {
        std::fprintf(stderr, "cannot open the database\n");
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const Result<DncImportReport> report = store.runSync([&](QSqlDatabase& db) {
        QFile file(registry);
        file.open(QIODevice::ReadOnly);
        return DncRepository(db).import(file, QStringLiteral("bench"), QStringLiteral("bench"),
                                        QDateTime::currentDateTimeUtc());
    });
    const qint64 importMs = timer.elapsed();
    if (!report) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error().message));
        return 1;
    }
    store.close();
    const qint64 bytes = QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size();
    if (!store.open())
        return 1;

    // Half listed, half not: both paths of the lookup.
    std::vector<QString> probes;
    auto* random = QRandomGenerator::global();
    for (int i = 0; i < lookups; ++i) {
        const qint64 n = i % 2 == 0 ? numberAt(random->bounded(count)) : numberAt(count + random->bounded(count));
        probes.push_back(QStringLiteral("+1") + QString::number(n));
    }
    std::vector<qint64> lookupNs;
    std::vector<qint64> gateNs;
    int found = 0;
    Result<std::shared_ptr<const CallingHours>> hours = CallingHours::shipped();
    DialGateConfig config;
    config.hours = hours ? hours.value() : nullptr;
    store.runSync([&](QSqlDatabase& db) {
        DncRepository dnc(db);
        for (const QString& e164 : probes) {
            const qint64 start = nowNs();
            const Result<std::optional<DncEntry>> entry = dnc.find(e164);
            lookupNs.push_back(nowNs() - start);
            found += entry && entry.value() ? 1 : 0;
        }
        DialGate gate(db, config);
        DialFacts facts;
        AttestationForm form;
        form.acceptAll();
        form.fullName = QStringLiteral("Bench Mark");
        facts.attestation = form;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        for (size_t i = 0; i < std::min<size_t>(probes.size(), 5000); ++i) {
            facts.e164 = probes[i];
            const qint64 start = nowNs();
            (void)gate.evaluate(facts, at);
            gateNs.push_back(nowNs() - start);
        }
    });

    std::printf("DNC list: %lld numbers imported in %lld ms (%.0f numbers/s), %lld lines rejected\n",
                static_cast<long long>(report.value().read), static_cast<long long>(importMs),
                importMs > 0 ? double(report.value().read) * 1000.0 / double(importMs) : 0.0,
                static_cast<long long>(report.value().rejected.size()));
    std::printf("database on disk: %.1f MB; peak memory %ld kB\n", double(bytes) / 1e6, peakRssKb());
    std::printf("lookup (%d, %d listed): p50 %.1f us, p99 %.1f us\n", lookups, found, percentileUs(lookupNs, 50),
                percentileUs(lookupNs, 99));
    std::printf("full gate evaluation (%zu): p50 %.1f us, p99 %.1f us\n", gateNs.size(), percentileUs(gateNs, 50),
                percentileUs(gateNs, 99));
    return 0;
}
