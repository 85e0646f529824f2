#include "core/Paths.h"
#include "dialogs/ContactEditDialog.h"
#include "dialogs/ImportReportDialog.h"
#include "docks/ContactsDock.h"
#include "models/ContactListModel.h"
#include "store/ContactRepository.h"
#include "store/Store.h"
#include "widgets/PhoneNumberEdit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace calldeck;

class TestContactsDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void addViaDialog();
    void searchFiltersLive();
    void editViaDialog();
    void deleteAsksFirst();
    void duplicatePhoneErrorKeepsInput();
    void invalidPhoneShownInline();
    void importReportListsBadLines();
    void exportWritesCsv();

private:
    Contact addDirectly(const QString& name, const QString& phone, const QString& company = {});
    void fill(ContactEditDialog* dialog, const QString& name, const QString& phone);
    void selectRow(int row);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ContactsDock> m_dock;
};

void TestContactsDock::initTestCase()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    qputenv("CALLDECK_DATA_DIR", m_dataDir->path().toUtf8());
    m_store = std::make_unique<Store>(Paths::databaseFile());
    const Status opened = m_store->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
}

void TestContactsDock::init()
{
    m_store->runSync([](QSqlDatabase& db) {
        ContactRepository repository(db);
        const QList<Contact> all = repository.list().valueOr({});
        for (const Contact& contact : all) {
            (void)repository.remove(contact.id);
        }
    });
    m_dock = std::make_unique<ContactsDock>(*m_store);
    m_dock->show();
    QTRY_COMPARE(m_dock->model()->rowCount(), 0);
}

void TestContactsDock::cleanup()
{
    m_dock.reset();
}

void TestContactsDock::cleanupTestCase()
{
    m_store->close();
    m_store.reset();
}

Contact TestContactsDock::addDirectly(const QString& name, const QString& phone, const QString& company)
{
    Contact contact;
    contact.name = name;
    contact.phoneE164 = phone;
    contact.company = company;
    const Result<Contact> added = m_store->runSync([contact](QSqlDatabase& db) { return ContactRepository(db).add(contact); });
    if (!added.ok()) {
        qWarning() << added.error().message;
        return {};
    }
    return added.value();
}

void TestContactsDock::fill(ContactEditDialog* dialog, const QString& name, const QString& phone)
{
    auto* nameEdit = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* phoneEdit = dialog->findChild<PhoneNumberEdit*>(QStringLiteral("phoneEdit"));
    QVERIFY(nameEdit != nullptr && phoneEdit != nullptr);
    nameEdit->setText(name);
    phoneEdit->clear();
    QTest::keyClicks(phoneEdit, phone);
}

void TestContactsDock::selectRow(int row)
{
    m_dock->table()->selectRow(row);
    QCOMPARE(m_dock->table()->selectionModel()->selectedRows().size(), 1);
}

void TestContactsDock::addViaDialog()
{
    ContactEditDialog* dialog = m_dock->openAddDialog();
    QVERIFY(dialog != nullptr);
    fill(dialog, QStringLiteral("Bright Smile Dental"), QStringLiteral("4155550123"));
    auto* phoneEdit = dialog->findChild<PhoneNumberEdit*>(QStringLiteral("phoneEdit"));
    // Formatted as typed, in the default region (US).
    QCOMPARE(phoneEdit->text(), QStringLiteral("(415) 555-0123"));
    dialog->findChild<QLineEdit*>(QStringLiteral("tagsEdit"))->setText(QStringLiteral("Dentist, customer"));
    dialog->findChild<QSpinBox*>(QStringLiteral("leadScoreSpin"))->setValue(70);
    QPointer<ContactEditDialog> guard(dialog);
    dialog->submit();
    QTRY_COMPARE(m_dock->model()->rowCount(), 1);
    const auto closed = [&guard] {
        const ContactEditDialog* open = guard.data();
        return open == nullptr || open->isHidden();
    };
    QTRY_VERIFY(closed());
    const Contact& stored = m_dock->model()->contactAt(0);
    QCOMPARE(stored.name, QStringLiteral("Bright Smile Dental"));
    QCOMPARE(stored.phoneE164, QStringLiteral("+14155550123"));
    QCOMPARE(stored.tags, (QStringList{QStringLiteral("customer"), QStringLiteral("dentist")}));
    QCOMPARE(stored.leadScore, 70);
    const QString shown = m_dock->model()->index(0, ContactListModel::PhoneColumn).data().toString();
    QCOMPARE(shown, QStringLiteral("+1 415-555-0123"));
}

void TestContactsDock::searchFiltersLive()
{
    addDirectly(QStringLiteral("Anna Berg"), QStringLiteral("+46701234567"), QStringLiteral("Tandläkarna"));
    addDirectly(QStringLiteral("Bright Smile Dental"), QStringLiteral("+14155550123"), QStringLiteral("Dental Inc"));
    addDirectly(QStringLiteral("Carl Plumbing"), QStringLiteral("+14155550199"));
    m_dock->refresh();
    QTRY_COMPARE(m_dock->model()->rowCount(), 3);
    QTest::keyClicks(m_dock->searchEdit(), QStringLiteral("dent"));
    QTRY_COMPARE(m_dock->model()->rowCount(), 1);
    QCOMPARE(m_dock->model()->contactAt(0).name, QStringLiteral("Bright Smile Dental"));
    m_dock->searchEdit()->clear();
    QTRY_COMPARE(m_dock->model()->rowCount(), 3);
    m_dock->searchEdit()->setText(QStringLiteral("nobody at all"));
    QTRY_COMPARE(m_dock->model()->rowCount(), 0);
}

void TestContactsDock::editViaDialog()
{
    addDirectly(QStringLiteral("Anna Berg"), QStringLiteral("+46701234567"));
    m_dock->refresh();
    QTRY_COMPARE(m_dock->model()->rowCount(), 1);
    selectRow(0);
    ContactEditDialog* dialog = m_dock->openEditDialog();
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Anna Berg"));
    dialog->findChild<QLineEdit*>(QStringLiteral("companyEdit"))->setText(QStringLiteral("Berg AB"));
    dialog->submit();
    QTRY_COMPARE(m_dock->model()->contactAt(0).company, QStringLiteral("Berg AB"));
    QCOMPARE(m_dock->model()->rowCount(), 1);
    QCOMPARE(m_dock->model()->contactAt(0).phoneE164, QStringLiteral("+46701234567"));
}

void TestContactsDock::deleteAsksFirst()
{
    addDirectly(QStringLiteral("Anna Berg"), QStringLiteral("+46701234567"));
    m_dock->refresh();
    QTRY_COMPARE(m_dock->model()->rowCount(), 1);
    selectRow(0);

    m_dock->deleteSelected();
    auto* box = m_dock->findChild<QMessageBox*>(QStringLiteral("confirmDeleteBox"));
    QVERIFY(box != nullptr);
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    m_dock->refresh();
    QTRY_COMPARE(m_dock->model()->rowCount(), 1);

    selectRow(0);
    m_dock->table()->setFocus();
    m_dock->deleteSelected();
    QTRY_VERIFY(m_dock->findChild<QMessageBox*>(QStringLiteral("confirmDeleteBox")) != nullptr);
    box = m_dock->findChild<QMessageBox*>(QStringLiteral("confirmDeleteBox"));
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(m_dock->model()->rowCount(), 0);
}

void TestContactsDock::duplicatePhoneErrorKeepsInput()
{
    addDirectly(QStringLiteral("Anna Berg"), QStringLiteral("+14155550123"));
    m_dock->refresh();
    QTRY_COMPARE(m_dock->model()->rowCount(), 1);

    ContactEditDialog* dialog = m_dock->openAddDialog();
    QVERIFY(dialog != nullptr);
    fill(dialog, QStringLiteral("Someone Else"), QStringLiteral("+1 415 555 0123"));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"))->setPlainText(QStringLiteral("typed notes"));
    dialog->submit();
    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QVERIFY(!dialog->isSaving());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Someone Else"));
    QCOMPARE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"))->toPlainText(), QStringLiteral("typed notes"));
    QCOMPARE(m_dock->model()->rowCount(), 1);
    dialog->reject();
}

void TestContactsDock::invalidPhoneShownInline()
{
    ContactEditDialog* dialog = m_dock->openAddDialog();
    QVERIFY(dialog != nullptr);
    fill(dialog, QStringLiteral("Short Number"), QStringLiteral("12"));
    dialog->submit();
    QVERIFY(!dialog->errorText().isEmpty());
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestContactsDock::importReportListsBadLines()
{
    addDirectly(QStringLiteral("Existing"), QStringLiteral("+14155550100"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contacts.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,phone,company,tags\n"
               "Anna Berg,+46701234567,Berg AB,friend\n"   // line 2: ok
               "No Phone,,,\n"                             // line 3: missing phone
               ",4155550177,,\n"                           // line 4: missing name
               "Bad Number,12,,\n"                         // line 5: invalid phone
               "Duplicate,(415) 555-0100,,\n"              // line 6: duplicate of Existing
               "Carl Plumbing,415 555 0199,Pipes,\n");     // line 7: ok
    file.close();

    QSignalSpy reported(m_dock.get(), &ContactsDock::importReported);
    m_dock->importFile(path);
    QTRY_COMPARE(reported.size(), 1);
    QCOMPARE(reported.first().at(1).toInt(), 2);
    auto* report = m_dock->findChild<ImportReportDialog*>();
    QVERIFY(report != nullptr);
    const QStringList lines = report->problemLines();
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("line 3: ")), qPrintable(lines.join(u'|')));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("line 4: ")), qPrintable(lines.join(u'|')));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("line 5: ")), qPrintable(lines.join(u'|')));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("line 6: ")), qPrintable(lines.join(u'|')));
    QVERIFY(report->summaryText().contains(QStringLiteral("Imported 2 contact")));
    QTRY_COMPARE(m_dock->model()->rowCount(), 3);
    report->close();
}

void TestContactsDock::exportWritesCsv()
{
    addDirectly(QStringLiteral("Anna Berg"), QStringLiteral("+46701234567"), QStringLiteral("Berg AB"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QSignalSpy status(m_dock.get(), &ContactsDock::statusMessage);
    m_dock->exportFile(path);
    QTRY_COMPARE(status.size(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("name,"));
    QVERIFY(data.contains("Anna Berg"));
    QVERIFY(data.contains("+46701234567"));
}

QTEST_MAIN(TestContactsDock)
#include "tst_contacts_dock.moc"
