// The translations in resources/translations against the sources: lupdate is run on the folders the
// desktop's strings come from (KYCDESK_TRANSLATED_DIRS, the same list CMake gives lupdate), and
// every message it finds must be in each .ts file, finished, with the source's placeholders and
// accelerator; nothing may linger there that the sources no longer say. A new tr() without its
// German fails here, naming the string.

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // "unfinished", "vanished", "obsolete" or empty (finished)
    bool numerus = false;
    QStringList translations; // one per numerus form, or the one translation
};

QString keyOf(const TsMessage &m)
{
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
}

QString describe(const TsMessage &m)
{
    return u"%1: \"%2\"%3"_s.arg(m.context, m.source,
                                 m.comment.isEmpty() ? QString() : u" (comment: %1)"_s.arg(m.comment));
}

// The messages of a TS file by context, source and comment; false with `error` set when unreadable.
bool readTs(const QString &path, QHash<QString, TsMessage> *messages, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage { context, {}, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", {} };
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
            } else {
                message.translations << xml.readElementText();
            }
            messages->insert(keyOf(message), message);
        }
    }
    if (xml.hasError()) {
        *error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
        return false;
    }
    return true;
}

// %1 … %99, %L1 and %n, sorted: the arguments a translation has to keep.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%(?:L?\\d{1,2}|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(text))
        found << m.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

// A single & before a letter marks the accelerator; && is a literal ampersand.
bool hasAccelerator(QString text)
{
    static const QRegularExpression accelerator(u"&\\w"_s, QRegularExpression::UseUnicodePropertiesOption);
    return text.remove(u"&&"_s).contains(accelerator);
}

QStringList tsFiles()
{
    return QString::fromUtf8(KYCDESK_TS_FILES).split(u'|', Qt::SkipEmptyParts);
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, TsMessage> m_sourceMessages; // what lupdate finds in the sources today

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString fresh = m_dir.filePath(u"sources.ts"_s);
        QStringList arguments = QString::fromUtf8(KYCDESK_TRANSLATED_DIRS).split(u'|', Qt::SkipEmptyParts);
        QVERIFY(!arguments.isEmpty());
        arguments << u"-no-obsolete"_s << u"-locations"_s << u"none"_s << u"-silent"_s << u"-ts"_s << fresh;
        QProcess lupdate;
        lupdate.start(QString::fromUtf8(KYCDESK_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());
        QString error;
        QVERIFY2(readTs(fresh, &m_sourceMessages, &error), qPrintable(error));
        // A handful would mean lupdate scanned the wrong folders, not that the app has few strings.
        QVERIFY2(m_sourceMessages.size() > 500, qPrintable(QString::number(m_sourceMessages.size())));
    }

    void everySourceStringIsTranslated_data()
    {
        QTest::addColumn<QString>("tsFile");
        for (const QString &file : tsFiles())
            QTest::newRow(qPrintable(file.section(u'/', -1))) << file;
    }

    void everySourceStringIsTranslated()
    {
        QFETCH(QString, tsFile);
        QHash<QString, TsMessage> translated;
        QString error;
        QVERIFY2(readTs(tsFile, &translated, &error), qPrintable(error));
        QStringList problems;
        for (const TsMessage &source : std::as_const(m_sourceMessages)) {
            const auto it = translated.constFind(keyOf(source));
            if (it == translated.cend()) {
                problems << u"missing      "_s + describe(source);
                continue;
            }
            const bool empty = it->translations.isEmpty()
                || std::any_of(it->translations.cbegin(), it->translations.cend(),
                               [](const QString &t) { return t.isEmpty(); });
            if (!it->type.isEmpty() || empty)
                problems << u"unfinished   "_s + describe(source);
        }
        problems.sort();
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(u"%1 string(s) of the sources have no finished translation in %2 (listed above): "
                       "run `ninja -C build update_translations`, then translate them"_s.arg(problems.size())
                           .arg(tsFile)));
    }

    void noStaleEntries_data() { everySourceStringIsTranslated_data(); }

    void noStaleEntries()
    {
        // Strings the sources no longer say: lupdate -no-obsolete (update_translations) drops them.
        QFETCH(QString, tsFile);
        QHash<QString, TsMessage> translated;
        QString error;
        QVERIFY2(readTs(tsFile, &translated, &error), qPrintable(error));
        QStringList stale;
        for (const TsMessage &m : std::as_const(translated)) {
            if (!m_sourceMessages.contains(keyOf(m)) || m.type == u"vanished" || m.type == u"obsolete")
                stale << describe(m);
        }
        stale.sort();
        for (const QString &entry : std::as_const(stale))
            qWarning().noquote() << "stale" << entry;
        QVERIFY2(stale.isEmpty(),
                 qPrintable(u"%1 entr(ies) of %2 are no longer in the sources (listed above): "
                            "run `ninja -C build update_translations`"_s.arg(stale.size())
                                .arg(tsFile)));
    }

    void translationsKeepPlaceholdersAndAccelerators_data() { everySourceStringIsTranslated_data(); }

    void translationsKeepPlaceholdersAndAccelerators()
    {
        QFETCH(QString, tsFile);
        QHash<QString, TsMessage> translated;
        QString error;
        QVERIFY2(readTs(tsFile, &translated, &error), qPrintable(error));
        QStringList problems;
        for (const TsMessage &m : std::as_const(translated)) {
            for (const QString &translation : m.translations) {
                if (translation.isEmpty())
                    continue; // reported as unfinished
                if (placeholders(translation) != placeholders(m.source))
                    problems << u"%1 -> \"%2\": placeholders %3, the source has %4"_s.arg(
                        describe(m), translation, placeholders(translation).join(u' '),
                        placeholders(m.source).join(u' '));
                if (hasAccelerator(translation) != hasAccelerator(m.source))
                    problems << u"%1 -> \"%2\": the accelerator (&) is %3"_s.arg(
                        describe(m), translation,
                        hasAccelerator(m.source) ? u"missing"_s : u"one the source does not have"_s);
            }
        }
        problems.sort();
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 translation(s) in %2 change the source's placeholders or "
                            "accelerator (listed above)"_s.arg(problems.size())
                                .arg(tsFile)));
    }

    void placeholderAndAcceleratorRules()
    {
        // The checks above, on themselves: %L1 and %n count, %p (a progress bar's) does not, && is no
        // accelerator.
        QCOMPARE(placeholders(u"%1 of %L2, %n left, %1 again, %p%"_s),
                 QStringList({ u"%1"_s, u"%L2"_s, u"%n"_s }));
        QVERIFY(hasAccelerator(u"E&xport view…"_s));
        QVERIFY(hasAccelerator(u"Entscheidung zur&ückgeben"_s));
        QVERIFY(!hasAccelerator(u"Vendors && credentials…"_s));
        QVERIFY(!hasAccelerator(u"Contact && address"_s));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
