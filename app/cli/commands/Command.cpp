#include "Command.h"

bool Command::matches(const QStringList &args) const
{
    if (args.size() < m_words.size())
        return false;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (args.at(i) != m_words.at(i))
            return false;
    }
    return true;
}
