// A stand-in for a CallDeck start, for tst_single_instance: takes the data directory as its first
// argument and hands the rest over like `calldeck` does. As the desk it prints "desk" and then one
// line per hand-over it receives ("got <args>"); as a later start it prints "handed over" and ends.
#include "core/SingleInstance.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace calldeck;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        return 2;
    }
    const QString dataDir = arguments.takeFirst();
    SingleInstance instance(dataDir);
    QTextStream out(stdout);
    switch (instance.start(arguments, 5000)) {
    case SingleInstance::Role::HandedOver:
        out << "handed over" << Qt::endl;
        return 0;
    case SingleInstance::Role::Unanswered:
        out << "unanswered: " << instance.errorString() << Qt::endl;
        return 1;
    case SingleInstance::Role::Primary:
        break;
    }
    QObject::connect(&instance, &SingleInstance::activated, &app, [&out](const QStringList& handed) {
        out << "got " << handed.join(QLatin1Char('|')) << Qt::endl;
    });
    out << "desk" << Qt::endl;
    return QCoreApplication::exec();
}
