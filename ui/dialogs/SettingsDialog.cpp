#include "dialogs/SettingsDialog.h"

#include "core/FutureWatch.h"
#include "core/Settings.h"
#include "dialogs/AiProvidersPage.h"
#include "dialogs/AllSucceeded.h"
#include "dialogs/AssistantPage.h"
#include "dialogs/AudioPage.h"
#include "dialogs/ProfilePage.h"
#include "dialogs/TelephonyPage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <memory>

namespace calldeck {

SettingsDialog::SettingsDialog(Settings& settings, Store& store, CredentialStore& credentials, QWidget* parent)
    : QDialog(parent),
      m_settings(settings),
      m_list(new QListWidget(this)),
      m_stack(new QStackedWidget(this)),
      m_heading(new QLabel(this)),
      m_banner(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_list->setObjectName(QStringLiteral("pageList"));
    m_banner->setObjectName(QStringLiteral("keychainBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8e1c1c; border: 1px solid #f5c2c0; "
                                           "border-radius: 4px; padding: 6px; }"));
    m_banner->setVisible(false);

    addPage(new TelephonyPage(settings, credentials, this));
    addPage(new AiProvidersPage(settings, credentials, this));
    addPage(new AudioPage(settings, this));
    auto* profile = new ProfilePage(store, this);
    addPage(profile);
    addPage(new AssistantPage(store, this));
    connect(profile, &ProfilePage::profileSaved, this, &SettingsDialog::profileSaved);

    m_list->setSpacing(3);
    m_list->setFixedWidth(m_list->sizeHintForColumn(0) + 48);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_heading->setFont(headingFont);
    auto* pageColumn = new QVBoxLayout;
    pageColumn->addWidget(m_heading);
    pageColumn->addWidget(m_stack, 1);
    auto* body = new QHBoxLayout;
    body->setSpacing(12);
    body->addWidget(m_list);
    body->addLayout(pageColumn, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);
    resize(760, 600);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        m_heading->setText(row >= 0 ? m_pages.at(row)->title() : QString());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { apply(true); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { apply(false); });

    for (SettingsPage* page : std::as_const(m_pages)) {
        page->load();
    }
    showPage(0);
}

void SettingsDialog::addPage(SettingsPage* page)
{
    m_pages.append(page);
    m_list->addItem(page->title());
    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    connect(page, &SettingsPage::keychainProblem, this, &SettingsDialog::showKeychainProblem);
}

void SettingsDialog::showPage(int index)
{
    m_list->setCurrentRow(index);
}

int SettingsDialog::currentPage() const
{
    return m_list->currentRow();
}

QString SettingsDialog::keychainWarning() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void SettingsDialog::apply(bool close)
{
    if (m_saving) {
        return;
    }
    int firstInvalid = -1;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (!m_pages.at(i)->validate() && firstInvalid < 0) {
            firstInvalid = i;
        }
    }
    if (firstInvalid >= 0) {
        showPage(firstInvalid);
        return;
    }
    setSaving(true);
    QList<QFuture<bool>> saves;
    for (SettingsPage* page : std::as_const(m_pages)) {
        saves.append(page->save());
    }
    // Each page's result is kept so the first page that failed can be shown.
    auto failedPage = std::make_shared<int>(-1);
    for (int i = 0; i < saves.size(); ++i) {
        QFuture<bool> save = saves.at(i);
        saves[i] = thenOn(this, save, [failedPage, i](bool ok) {
            if (!ok && *failedPage < 0) {
                *failedPage = i;
            }
            return ok;
        });
    }
    whenFinished(this, AllSucceeded::of(this, saves), [this, close, failedPage](bool allSaved) {
        setSaving(false);
        if (*failedPage >= 0) {
            showPage(*failedPage);
        }
        bool ok = allSaved;
        if (const Status synced = m_settings.sync(); !synced.ok()) {
            ok = false;
            m_banner->setText(tr("Could not write the settings file: %1").arg(synced.error().message));
            m_banner->setVisible(true);
        }
        if (!ok) {
            return;
        }
        Q_EMIT applied();
        if (close) {
            accept();
        }
    });
}

void SettingsDialog::showKeychainProblem(const QString& message)
{
    m_banner->setText(tr("The system keychain is not available, so API keys and tokens cannot be read or saved. %1")
                          .arg(message));
    m_banner->setVisible(true);
}

void SettingsDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!saving);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(!saving);
}

} // namespace calldeck
