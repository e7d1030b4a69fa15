#pragma once

#include <QStringList>

class QCommandLineParser;
class QCoreApplication;

// One kycdesk-cli command (after KeePassXC's src/cli/Command.h): the words that name it and what
// it does. main.cpp parses the global options once and runs the first command whose words begin
// the positional arguments, so a more specific command is listed before the one that only
// catches the rest of its group. A command reads the options it uses from the parser and its own
// arguments from `args` (its words included). Its exit status follows shared/interfaces.md: 0 on
// success, non-zero with one line on stderr.
class Command
{
public:
    explicit Command(QStringList words) : m_words(std::move(words)) { }
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    // "sphere customers get": the leading positional arguments that select this command.
    const QStringList &words() const { return m_words; }
    bool matches(const QStringList &args) const;

    virtual int execute(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args) = 0;

private:
    QStringList m_words;
};
