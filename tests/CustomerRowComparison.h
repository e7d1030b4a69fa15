#pragma once

#include "CustomerRow.h"

#include <QTest>

// Every field of each row, texts included, in order: two decoders of the same page, or a kept
// listing read back. A mismatch fails the calling test (check QTest::currentTestFailed() to stop).
inline void compareCustomerRows(const CustomerRowBatch &actual, const CustomerRowBatch &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const CustomerRow &a = actual.rows.at(i);
        const CustomerRow &e = expected.rows.at(i);
        QCOMPARE(actual.id(a).toString(), expected.id(e).toString());
        QCOMPARE(actual.name(a), expected.name(e));
        QCOMPARE(actual.email(a), expected.email(e));
        QCOMPARE(actual.unknownStatuses(a), expected.unknownStatuses(e));
        QCOMPARE(a.type, e.type);
        QCOMPARE(a.kyc, e.kyc);
        QCOMPARE(a.tos, e.tos);
        QCOMPARE(a.msa, e.msa);
        QCOMPARE(a.typeNull, e.typeNull);
        QCOMPARE(a.kycNull, e.kycNull);
        QCOMPARE(a.tosNull, e.tosNull);
        QCOMPARE(a.msaNull, e.msaNull);
        QCOMPARE(a.openRequirements, e.openRequirements);
        QCOMPARE(a.requirementMask, e.requirementMask);
        QCOMPARE(a.createdMs, e.createdMs);
        QCOMPARE(a.updatedMs, e.updatedMs);
        QCOMPARE(a.idHash, e.idHash);
        QCOMPARE(actual.searchText(a).toByteArray(), expected.searchText(e).toByteArray());
    }
}
