#include "contacts/ContactCsv.h"

#include <QTest>

using calldeck::Contact;
using calldeck::ContactCsv;
using calldeck::ContactCsvParse;
using calldeck::CsvRowError;
using calldeck::ErrorCode;

namespace {

ContactCsvParse parseOk(const QByteArray& data, const QString& region = QStringLiteral("US"))
{
    auto result = ContactCsv::parse(data, region);
    if (!result.ok()) {
        qWarning("parse failed: %s", qPrintable(result.error().message));
        return {};
    }
    return result.value();
}

QString reasonAt(const ContactCsvParse& parse, int line)
{
    for (const CsvRowError& error : parse.errors) {
        if (error.line == line) {
            return error.reason;
        }
    }
    return QStringLiteral("<no error on line %1>").arg(line);
}

} // namespace

class TstContactCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGoodFile();
    void bomAndCrlf();
    void headerAliases_data();
    void headerAliases();
    void ignoresUnknownColumnsAndBlankLines();
    void reportsEveryBadRowByPhysicalLine();
    void unterminatedQuoteInTheMiddleDoesNotSwallowTheRest();
    void unterminatedQuoteAtTheEnd();
    void wholeFileFailures_data();
    void wholeFileFailures();
    void writeQuotesAndRoundTrips();
    void writeEmptyList();
};

void TstContactCsv::parsesGoodFile()
{
    const QByteArray csv = "name,phone,company,email,tags,notes,lead_score\n"
                           "Ada Lovelace,(415) 555-0123,Analytical Engines,ada@example.com,VIP; math,,80\n"
                           "\"Smith, John\",+46 70 123 45 67,\"ACME \"\"Rockets\"\"\",,b|a|B,\"line one\nline two\",\n"
                           "  Grace Hopper  ,415.555.0199,,,,\"multi\n\nline\",7\n";
    const ContactCsvParse parse = parseOk(csv);
    QVERIFY2(parse.errors.isEmpty(), qPrintable(parse.errors.value(0).reason));
    QCOMPARE(parse.contacts.size(), 3);
    QCOMPARE(parse.contactLines, (QList<int>{2, 3, 5}));

    const Contact& ada = parse.contacts.at(0);
    QCOMPARE(ada.name, QStringLiteral("Ada Lovelace"));
    QCOMPARE(ada.phoneE164, QStringLiteral("+14155550123"));
    QCOMPARE(ada.company, QStringLiteral("Analytical Engines"));
    QCOMPARE(ada.email, QStringLiteral("ada@example.com"));
    QCOMPARE(ada.tags, (QStringList{QStringLiteral("math"), QStringLiteral("vip")}));
    QCOMPARE(ada.leadScore, 80);

    const Contact& smith = parse.contacts.at(1);
    QCOMPARE(smith.name, QStringLiteral("Smith, John"));
    QCOMPARE(smith.phoneE164, QStringLiteral("+46701234567"));
    QCOMPARE(smith.company, QStringLiteral("ACME \"Rockets\""));
    QCOMPARE(smith.tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(smith.notes, QStringLiteral("line one\nline two"));
    QCOMPARE(smith.leadScore, 0);

    QCOMPARE(parse.contacts.at(2).name, QStringLiteral("Grace Hopper"));
    QCOMPARE(parse.contacts.at(2).notes, QStringLiteral("multi\n\nline"));
}

void TstContactCsv::bomAndCrlf()
{
    const QByteArray csv = "\xEF\xBB\xBFName,Phone\r\n"
                           "\xC3\x85sa \xC3\x96"
                           "berg,070-123 45 67\r\n"
                           "\"Two\r\nLines\",070-123 45 68\r\n"
                           "Bo,\r\n";
    const ContactCsvParse parse = parseOk(csv, QStringLiteral("SE"));
    QCOMPARE(parse.contacts.size(), 2);
    QCOMPARE(parse.contacts.at(0).name, QStringLiteral("\u00C5sa \u00D6berg"));
    QCOMPARE(parse.contacts.at(0).phoneE164, QStringLiteral("+46701234567"));
    QCOMPARE(parse.contacts.at(1).name, QStringLiteral("Two\nLines"));
    QCOMPARE(parse.contactLines, (QList<int>{2, 3}));
    QCOMPARE(parse.errors.size(), 1);
    QCOMPARE(parse.errors.at(0).line, 5);
    QVERIFY2(parse.errors.at(0).reason.contains(QStringLiteral("phone is empty")),
             qPrintable(parse.errors.at(0).reason));
}

void TstContactCsv::headerAliases_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("full name / phone number") << QByteArray("Full Name,Phone Number");
    QTest::newRow("snake case") << QByteArray("full_name,phone_number");
    QTest::newRow("upper mobile") << QByteArray("NAME,MOBILE");
    QTest::newRow("quoted with spaces") << QByteArray("\" Contact Name \",\"Mobile Phone\"");
    QTest::newRow("telephone") << QByteArray("display-name,telephone");
}

void TstContactCsv::headerAliases()
{
    QFETCH(QByteArray, header);
    const ContactCsvParse parse = parseOk(header + "\nAda,415 555 0123\n");
    QCOMPARE(parse.contacts.size(), 1);
    QCOMPARE(parse.contacts.at(0).name, QStringLiteral("Ada"));
    QCOMPARE(parse.contacts.at(0).phoneE164, QStringLiteral("+14155550123"));
}

void TstContactCsv::ignoresUnknownColumnsAndBlankLines()
{
    const QByteArray csv = "\n\nid,phone,favourite colour,name\n"
                           "17,415 555 0123,blue,Ada\n"
                           "\n"
                           ",,,\n"
                           "18,415 555 0124,green,Bob\n"
                           "\n\n\r\n";
    const ContactCsvParse parse = parseOk(csv);
    QVERIFY(parse.errors.isEmpty());
    QCOMPARE(parse.contacts.size(), 2);
    QCOMPARE(parse.contactLines, (QList<int>{4, 7}));
    QCOMPARE(parse.contacts.at(1).name, QStringLiteral("Bob"));
}

void TstContactCsv::reportsEveryBadRowByPhysicalLine()
{
    const QByteArray csv = "name,phone,notes,lead_score\n"           // 1
                           "Good One,415 555 0101,\"two\nlines\",\n" // 2-3
                           "Too Few,415 555 0102\n"                  // 4
                           "Too,Many,Fields,Here,Extra\n"            // 5
                           "   ,415 555 0103,,\n"                    // 6
                           "No Phone,,,\n"                           // 7
                           "Letters,call me maybe,,\n"               // 8
                           "Short,12,,\n"                            // 9
                           "Dup,+1 415-555-0101,,\n"                 // 10
                           "\"Quoted\"junk,415 555 0104,,\n"         // 11
                           "Score,415 555 0105,,high\n"              // 12
                           "Score2,415 555 0106,,101\n"              // 13
                           "Good Two,415 555 0107,\"a, b\",100\n"    // 14
                           ",,,\n";                                  // 15 blank
    const ContactCsvParse parse = parseOk(csv);
    QCOMPARE(parse.contactLines, (QList<int>{2, 14}));
    QCOMPARE(parse.errors.size(), 10);
    QVERIFY(reasonAt(parse, 4).contains(QStringLiteral("expected 4 fields like the header, found 2")));
    QVERIFY(reasonAt(parse, 5).contains(QStringLiteral("found 5")));
    QVERIFY(reasonAt(parse, 6).contains(QStringLiteral("name is empty")));
    QVERIFY(reasonAt(parse, 7).contains(QStringLiteral("phone is empty")));
    QVERIFY2(reasonAt(parse, 8).contains(QStringLiteral("phone \"call me maybe\": not a phone number")),
             qPrintable(reasonAt(parse, 8)));
    QVERIFY2(reasonAt(parse, 9).contains(QStringLiteral("too short")), qPrintable(reasonAt(parse, 9)));
    QVERIFY2(reasonAt(parse, 10).contains(QStringLiteral("same phone number as line 2")),
             qPrintable(reasonAt(parse, 10)));
    QVERIFY2(reasonAt(parse, 11).contains(QStringLiteral("after the closing quote")), qPrintable(reasonAt(parse, 11)));
    QVERIFY(reasonAt(parse, 12).contains(QStringLiteral("lead_score \"high\"")));
    QVERIFY(reasonAt(parse, 13).contains(QStringLiteral("lead_score \"101\"")));
    // Nothing silently dropped: 12 data rows, 2 good + 10 bad.
    QCOMPARE(parse.contacts.size() + parse.errors.size(), 12);
}

void TstContactCsv::unterminatedQuoteInTheMiddleDoesNotSwallowTheRest()
{
    const QByteArray csv = "name,phone\n"
                           "Ada,415 555 0101\n"
                           "\"Broken,415 555 0102\n"
                           "Bob,415 555 0103\n"
                           "Cy,415 555 0104\n";
    const ContactCsvParse parse = parseOk(csv);
    QCOMPARE(parse.contactLines, (QList<int>{2, 4, 5}));
    QCOMPARE(parse.errors.size(), 1);
    QCOMPARE(parse.errors.at(0).line, 3);
    QVERIFY2(parse.errors.at(0).reason.contains(QStringLiteral("unterminated quoted field")),
             qPrintable(parse.errors.at(0).reason));
}

void TstContactCsv::unterminatedQuoteAtTheEnd()
{
    const QByteArray csv = "name,phone,notes\n"
                           "Ada,415 555 0101,\"fine\nnote\"\n"
                           "Bob,415 555 0102,\"never\nclosed\n";
    const ContactCsvParse parse = parseOk(csv);
    QCOMPARE(parse.contactLines, (QList<int>{2}));
    QCOMPARE(parse.errors.size(), 2); // line 4 is the bad record; "closed" on line 5 is read on its own
    QCOMPARE(parse.errors.at(0).line, 4);
    QVERIFY(parse.errors.at(0).reason.contains(QStringLiteral("unterminated")));
    QCOMPARE(parse.errors.at(1).line, 5);
}

void TstContactCsv::wholeFileFailures_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("only bom and blank lines") << QByteArray("\xEF\xBB\xBF\r\n\r\n") << QStringLiteral("empty");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("binary data");
    QTest::newRow("control chars") << QByteArray("name,phone\nA\x01\x02\x03,1\n")
                                   << QStringLiteral("control characters");
    QTest::newRow("latin-1") << QByteArray("name,phone\n\xC5sa,0701234567\n") << QStringLiteral("not UTF-8");
    QTest::newRow("no header") << QByteArray("Ada,415 555 0101\nBob,415 555 0102\n")
                               << QStringLiteral("no name / phone column");
    QTest::newRow("no phone column") << QByteArray("name,company\nAda,X\n") << QStringLiteral("no phone column");
    QTest::newRow("prose") << QByteArray("Dear team,\nplease call everyone.\n")
                           << QStringLiteral("must name the columns");
    QTest::newRow("broken header") << QByteArray("\"name,phone\n") << QStringLiteral("line 1 is not valid CSV");
}

void TstContactCsv::wholeFileFailures()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const auto result = ContactCsv::parse(data, QStringLiteral("US"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

void TstContactCsv::writeQuotesAndRoundTrips()
{
    Contact plain;
    plain.name = QStringLiteral("Ada Lovelace");
    plain.phoneE164 = QStringLiteral("+14155550123");
    plain.leadScore = 42;
    Contact tricky;
    tricky.name = QStringLiteral("Smith, \"JJ\"");
    tricky.company = QStringLiteral("\u00C5 & \u00D6 AB");
    tricky.phoneE164 = QStringLiteral("+46701234567");
    tricky.email = QStringLiteral("jj@example.se");
    tricky.notes = QStringLiteral("first line\nsecond, with comma\n\nfourth");
    tricky.tags = {QStringLiteral("lead"), QStringLiteral("vip")};
    tricky.leadScore = 100;

    const QByteArray csv = ContactCsv::write({plain, tricky});
    QVERIFY(csv.startsWith("name,company,phone,email,tags,notes,lead_score\r\n"));
    QVERIFY(csv.contains("Ada Lovelace,,+14155550123,,,,42\r\n"));
    QVERIFY(csv.contains("\"Smith, \"\"JJ\"\"\""));

    const ContactCsvParse parse = parseOk(csv, QStringLiteral("DE"));
    QVERIFY(parse.errors.isEmpty());
    QCOMPARE(parse.contacts.size(), 2);
    QCOMPARE(parse.contacts.at(0), plain);
    QCOMPARE(parse.contacts.at(1), tricky);
    QCOMPARE(parse.contactLines, (QList<int>{2, 3}));
}

void TstContactCsv::writeEmptyList()
{
    const QByteArray csv = ContactCsv::write({});
    QCOMPARE(csv, QByteArray("name,company,phone,email,tags,notes,lead_score\r\n"));
    const ContactCsvParse parse = parseOk(csv);
    QVERIFY(parse.contacts.isEmpty());
    QVERIFY(parse.errors.isEmpty());
}

QTEST_GUILESS_MAIN(TstContactCsv)
#include "tst_contact_csv.moc"
