#pragma once

#include <QString>

// Something a vendor's listing did that the walk put right: the list is still usable, but the
// person reading it should know (the CLI prints it on stderr, the app under the table).
struct ListWarning
{
    enum class Kind {
        DuplicateIds, // ids listed on more than one page, kept once
        MorePagesThanAnnounced, // hasNext on the page the vendor itself called the last
        PageWithoutNewIds, // a page of ids already listed: the vendor repeats itself
    };
    Kind kind;
    QString message;
};
