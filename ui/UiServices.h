#pragma once

class QObject;

namespace calldeck {

class CredentialStore;
class Engine;
class LogHub;
class Settings;
class Store;

/// What the desktop UI needs from the composition root. Everything is owned by app/; the UI only
/// borrows it. `logHub` may be null (tests without a message handler); without an `engine` the window
/// has no call monitor.
struct UiServices
{
    Settings& settings;
    Store& store;
    CredentialStore& credentials;
    LogHub* logHub = nullptr;
    Engine* engine = nullptr;
};

} // namespace calldeck
