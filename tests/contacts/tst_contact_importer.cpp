#include "contacts/ContactImporter.h"
#include "store/ContactRepository.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace calldeck;

class TstContactImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsGoodRowsAndReportsEveryBadOne();
    void rowsAlreadyInTheStoreAreReported();
    void headerOnlyImportsNothing();
    void closedStoreFailsAsAWhole();

private:
    Result<ContactImportReport> runImport(const QByteArray& csv, const QString& region = QStringLiteral("US"));
    QList<Contact> storedContacts();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TstContactImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>(m_dir->filePath(QStringLiteral("calldeck.sqlite")));
    const Status opened = m_store->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
}

void TstContactImporter::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

Result<ContactImportReport> TstContactImporter::runImport(const QByteArray& csv, const QString& region)
{
    const Result<ContactCsvParse> parse = ContactCsv::parse(csv, region);
    if (!parse.ok()) {
        return parse.error();
    }
    const ContactCsvParse parsed = parse.value();
    return m_store->runSync([parsed](QSqlDatabase& db) { return ContactImporter::importContacts(db, parsed); });
}

QList<Contact> TstContactImporter::storedContacts()
{
    return m_store->runSync([](QSqlDatabase& db) { return ContactRepository(db).list(); }).valueOr({});
}

void TstContactImporter::importsGoodRowsAndReportsEveryBadOne()
{
    const QByteArray csv = "name,phone,email,tags,notes\n"                                     // 1
                           "Ada Lovelace,(415) 555-0101,ada@example.com,VIP,\"multi\nline\"\n" // 2-3
                           "Bad Email,415 555 0102,not-an-email,,\n" // 4 refused by the repository
                           ",415 555 0103,,,\n"                      // 5 blank name
                           "Grace,12,,,\n"                           // 6 bad phone
                           "Too,Few\n"                               // 7 field count
                           "Dup,+1 415 555 0101,,,\n"                // 8 duplicate within the file
                           "Linus,+46 70 123 45 67,,lead;b,\n";      // 9
    const Result<ContactImportReport> result = runImport(csv);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    const ContactImportReport& report = result.value();

    QCOMPARE(report.imported.size(), 2);
    QCOMPARE(report.imported.at(0).name, QStringLiteral("Ada Lovelace"));
    QVERIFY(report.imported.at(0).id > 0);
    QCOMPARE(report.imported.at(1).phoneE164, QStringLiteral("+46701234567"));

    QList<int> lines;
    for (const CsvRowError& error : report.errors) {
        QVERIFY2(!error.reason.isEmpty(), qPrintable(QString::number(error.line)));
        lines.append(error.line);
    }
    QCOMPARE(lines, (QList<int>{4, 5, 6, 7, 8}));
    QVERIFY2(report.errors.at(0).reason.contains(QStringLiteral("not-an-email")),
             qPrintable(report.errors.at(0).reason));
    QCOMPARE(report.dataRows(), 7); // nothing silently dropped

    const QList<Contact> stored = storedContacts();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).notes, QStringLiteral("multi\nline"));
    QCOMPARE(stored.at(1).tags, (QStringList{QStringLiteral("b"), QStringLiteral("lead")}));
}

void TstContactImporter::rowsAlreadyInTheStoreAreReported()
{
    QVERIFY(runImport("name,phone\nAda,415 555 0101\n").ok());
    const Result<ContactImportReport> second = runImport("name,phone\n"
                                                         "Ada again,+1 (415) 555-0101\n"
                                                         "Bob,415 555 0102\n");
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QCOMPARE(second.value().imported.size(), 1);
    QCOMPARE(second.value().errors.size(), 1);
    QCOMPARE(second.value().errors.at(0).line, 2);
    QVERIFY2(second.value().errors.at(0).reason.contains(QStringLiteral("Ada")),
             qPrintable(second.value().errors.at(0).reason));
    QCOMPARE(storedContacts().size(), 2);
}

void TstContactImporter::headerOnlyImportsNothing()
{
    const Result<ContactImportReport> result = runImport("name,phone\r\n");
    QVERIFY(result.ok());
    QCOMPARE(result.value().dataRows(), 0);
    QVERIFY(storedContacts().isEmpty());
}

void TstContactImporter::closedStoreFailsAsAWhole()
{
    m_store->close();
    const Result<ContactImportReport> result = runImport("name,phone\nAda,415 555 0101\n");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Database);
}

QTEST_GUILESS_MAIN(TstContactImporter)
#include "tst_contact_importer.moc"
