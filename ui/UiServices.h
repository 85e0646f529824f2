#pragma once

class QObject;

namespace calldeck {

class CredentialStore;
class LogHub;
class Settings;
class Store;

/// What the desktop UI needs from the composition root. Everything is owned by app/; the UI only
/// borrows it. `logHub` may be null (tests without a message handler).
struct UiServices
{
    Settings& settings;
    Store& store;
    CredentialStore& credentials;
    LogHub* logHub = nullptr;
};

} // namespace calldeck
