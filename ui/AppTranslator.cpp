#include "AppTranslator.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {
// Marks the translators this class installed among any others the application has.
const QString kTranslatorName = u"kycdesk-translator"_s;

QString catalogueOf(QLocale::Language language)
{
    return u":/i18n/kycdesk_"_s + QLocale::languageToCode(language) + u".qm"_s;
}

void installCatalogue(const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(kTranslatorName);
    if (translator->load(fileName, directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}
} // namespace

QLocale::Language AppTranslator::languageFor(const QLocale &locale)
{
    // The analyst's languages in order of preference (LANGUAGE=fr:de:en); English stops the search
    // even when a later language has a catalogue, because it is what the sources already say.
    for (const QString &name : locale.uiLanguages()) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::English || language == QLocale::C)
            return QLocale::English;
        if (QFile::exists(catalogueOf(language)))
            return language;
    }
    return QLocale::English;
}

QLocale::Language AppTranslator::install(const QLocale &locale)
{
    uninstall();
    const QLocale::Language language = languageFor(locale);
    if (language == QLocale::English)
        return language;
    installCatalogue(catalogueOf(language), QString());
    // Missing where Debian's qt6-translations-l10n is not installed: KYC Desk's own words still
    // change, only the standard buttons stay English.
    installCatalogue(u"qtbase_"_s + QLocale::languageToCode(language),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return language;
}

void AppTranslator::uninstall()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    const auto installed = app->findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
