#include "CustomerRowSnapshot.h"

#include <QDataStream>
#include <QIODevice>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QtEndian>

namespace {
constexpr quint32 kQDataStreamMagic = 0x4B594342; // "KYCB": versions 1 and 2, inside the compression
constexpr quint16 kLastQDataStreamVersion = 2; // 1: without the search extras (searchable by name, email, id)
constexpr char kChunkedMagic[] = { 'K', 'Y', 'C', '3' }; // version 3, before any compression
constexpr quint16 kChunkedVersion = 3;
constexpr qsizetype kChunkedHeaderBytes = 4 + 2 + 4 + 4; // magic, version, rows, chunks
// zlib's level 1 compresses the serialized rows 2.7 times faster than its default level, to 18 %
// more bytes (the sandbox's customers, README "The kept copy at a million").
constexpr int kCompressionLevel = 1;
// Five lengths, five status bytes, two times, the requirement count and bits.
constexpr qsizetype kSmallestRowBytes = 5 * 4 + 5 + 8 + 8 + 4 + 4;
// zlib never expands data more than about 1 032 times (RFC 1950/1951's longest matches); a chunk
// that claims more is not ours, and is refused before qUncompress allocates what it claims.
constexpr qsizetype kMostExpansion = 1100;

template<typename E> bool ordinalIn(quint8 value, E last)
{
    return value <= quint8(last);
}

template<typename T> void appendNumber(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, qsizetype(sizeof(T)));
}

// Serializes texts as UTF-8 behind their byte length.
class ChunkWriter
{
public:
    explicit ChunkWriter(QByteArray &out) : m_out(out) { }

    template<typename T> void number(T value) { appendNumber(m_out, value); }
    void text(QByteArrayView utf8)
    {
        number(quint32(utf8.size()));
        m_out.append(utf8);
    }
    void text(QStringView utf16)
    {
        const qsizetype at = m_out.size();
        m_out.resize(at + 4 + m_encoder.requiredSpace(utf16.size()));
        char *begin = m_out.data() + at + 4;
        char *end = m_encoder.appendToBuffer(begin, utf16);
        qToLittleEndian(quint32(end - begin), m_out.data() + at);
        m_out.resize(end - m_out.constData());
    }
    void text(QAnyStringView any)
    {
        any.visit([this](auto view) {
            using View = decltype(view);
            if constexpr (std::is_same_v<View, QStringView>)
                text(view);
            else if constexpr (std::is_same_v<View, QUtf8StringView>)
                text(QByteArrayView(view.data(), view.size()));
            else if (CustomerRowBatch::isAscii(view)) // ASCII is its own UTF-8
                text(QByteArrayView(view.data(), view.size()));
            else
                text(QStringView(QString(view)));
        });
    }

private:
    QByteArray &m_out;
    QStringEncoder m_encoder { QStringEncoder::Utf8, QStringEncoder::Flag::Stateless };
};

// Reads what ChunkWriter wrote; any read past the end sets failed() and yields zeros.
class ChunkReader
{
public:
    explicit ChunkReader(QByteArrayView bytes) : m_at(bytes.data()), m_end(bytes.data() + bytes.size()) { }

    bool failed() const { return m_failed; }
    bool atEnd() const { return m_at == m_end; }
    template<typename T> T number()
    {
        if (m_end - m_at < qsizetype(sizeof(T))) {
            m_failed = true;
            return T(0);
        }
        const T value = qFromLittleEndian<T>(m_at);
        m_at += sizeof(T);
        return value;
    }
    QByteArrayView text()
    {
        const quint32 size = number<quint32>();
        if (m_failed || quint64(m_end - m_at) < size) {
            m_failed = true;
            return {};
        }
        const QByteArrayView view(m_at, qsizetype(size));
        m_at += size;
        return view;
    }

private:
    const char *m_at;
    const char *m_end;
    bool m_failed = false;
};

bool validStatuses(quint8 type, quint8 kyc, quint8 tos, quint8 msa, qint32 open)
{
    return ordinalIn(type, CustomerType::Business) && ordinalIn(kyc, KycStatus::Rejected)
        && ordinalIn(tos, TosStatus::Approved) && ordinalIn(msa, MsaStatus::Voided) && open >= 0;
}

void setStatuses(CustomerRow &row, quint8 type, quint8 kyc, quint8 tos, quint8 msa, quint8 nulls, qint32 open)
{
    row.type = CustomerType(type);
    row.kyc = KycStatus(kyc);
    row.tos = TosStatus(tos);
    row.msa = MsaStatus(msa);
    row.typeNull = nulls & 1;
    row.kycNull = nulls & 2;
    row.tosNull = nulls & 4;
    row.msaNull = nulls & 8;
    row.openRequirements = open;
}

// The search extras follow the lowercase texts; the line breaks between name, email and id tell where.
QByteArrayView searchExtrasOf(QByteArrayView search, QStringView name, QStringView email, QAnyStringView id)
{
    qsizetype textBreaks = 2 + name.count(u'\n') + email.count(u'\n');
    id.visit([&textBreaks](auto view) {
        for (auto c : view)
            textBreaks += c == u'\n' ? 1 : 0;
    });
    for (qsizetype breaks = 0, at = 0; at < search.size(); ++at) {
        if (search.at(at) == '\n' && ++breaks == textBreaks + 1)
            return search.sliced(at);
    }
    return {};
}

bool decodeChunk(QByteArrayView raw, int rows, CustomerRowBatch &batch)
{
    ChunkReader in(raw);
    // Stateless alone drops a leading U+FEFF from each text: an id starting with one would come back
    // as another id.
    QStringDecoder utf8(QStringDecoder::Utf8,
                        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const auto toUtf16 = [&utf8](QByteArrayView bytes) { return QString(utf8.decode(bytes)); };
    for (int i = 0; i < rows; ++i) {
        const QByteArrayView name = in.text(), email = in.text(), id = in.text(), extras = in.text(),
                             unknownStatuses = in.text();
        const auto type = in.number<quint8>(), kyc = in.number<quint8>(), tos = in.number<quint8>(),
                   msa = in.number<quint8>(), nulls = in.number<quint8>();
        CustomerRow row;
        row.createdMs = in.number<qint64>();
        row.updatedMs = in.number<qint64>();
        const auto open = in.number<qint32>();
        row.requirementMask = in.number<quint32>();
        if (in.failed() || id.isEmpty() || !validStatuses(type, kyc, tos, msa, open)
            || (!extras.isEmpty() && extras.front() != '\n'))
            return false;
        setStatuses(row, type, kyc, tos, msa, nulls, open);
        const auto latin1
            = [](QByteArrayView bytes) { return QLatin1StringView(bytes.data(), bytes.size()); };
        if (CustomerRowBatch::isAscii(latin1(name)) && CustomerRowBatch::isAscii(latin1(email))
            && CustomerRowBatch::isAscii(latin1(id)) && CustomerRowBatch::isAscii(latin1(extras))
            && CustomerRowBatch::isAscii(latin1(unknownStatuses))) {
            batch.appendAscii(row, latin1(name), latin1(email), latin1(id), latin1(extras),
                              unknownStatuses.isEmpty() ? QString() : QString(latin1(unknownStatuses)));
        } else {
            batch.append(row, toUtf16(name), toUtf16(email), toUtf16(id), toUtf16(extras),
                         toUtf16(unknownStatuses));
            if (utf8.hasError())
                return false;
        }
    }
    return in.atEnd();
}

struct ChunkedHeader
{
    quint32 rows = 0;
    quint32 chunks = 0;
};

std::optional<ChunkedHeader> readHeader(QByteArrayView bytes)
{
    if (!bytes.startsWith(QByteArrayView(kChunkedMagic, sizeof(kChunkedMagic))))
        return std::nullopt;
    ChunkReader in(bytes.sliced(sizeof(kChunkedMagic)));
    const auto version = in.number<quint16>();
    ChunkedHeader header { in.number<quint32>(), in.number<quint32>() };
    if (in.failed() || version != kChunkedVersion)
        return std::nullopt;
    return header;
}

bool claimsPlausibleSize(QByteArrayView compressed, qsizetype *claimed)
{
    if (!CustomerRowSnapshot::claimsPlausibleSize(compressed))
        return false;
    *claimed = qFromBigEndian<quint32>(compressed.data());
    return true;
}

// One compressed chunk of `rows` rows, appended to `batch`.
bool decodeCompressedChunk(QByteArrayView compressed, quint32 rows, CustomerRowBatch &batch)
{
    qsizetype claimed = 0;
    if (rows == 0 || rows > quint32(CustomerRowSnapshot::kChunkRows)
        || !claimsPlausibleSize(compressed, &claimed) || claimed < rows * kSmallestRowBytes)
        return false;
    const QByteArray raw = qUncompress(reinterpret_cast<const uchar *>(compressed.data()), compressed.size());
    return raw.size() == qsizetype(claimed) && decodeChunk(raw, int(rows), batch);
}

std::optional<CustomerRowBatch> decodeChunked(QByteArrayView bytes)
{
    const auto header = readHeader(bytes);
    if (!header)
        return std::nullopt;
    QByteArrayView rest = bytes.sliced(kChunkedHeaderBytes);
    CustomerRowBatch batch;
    quint64 rowsSeen = 0;
    for (quint32 chunk = 0; chunk < header->chunks; ++chunk) {
        ChunkReader frame(rest);
        const auto chunkRows = frame.number<quint32>();
        const QByteArrayView compressed = frame.text();
        if (frame.failed() || !decodeCompressedChunk(compressed, chunkRows, batch))
            return std::nullopt;
        rest = rest.sliced(4 + 4 + compressed.size());
        rowsSeen += chunkRows;
    }
    if (!rest.isEmpty() || rowsSeen != header->rows)
        return std::nullopt;
    return batch;
}

std::optional<CustomerRowBatch> decodeQDataStream(const QByteArray &bytes)
{
    qsizetype claimed = 0;
    if (!claimsPlausibleSize(bytes, &claimed))
        return std::nullopt;
    const QByteArray raw = qUncompress(bytes);
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    qint32 rows = 0;
    in >> magic >> version >> rows;
    if (in.status() != QDataStream::Ok || magic != kQDataStreamMagic || version < 1
        || version > kLastQDataStreamVersion || rows < 0)
        return std::nullopt;
    CustomerRowBatch batch;
    for (qint32 i = 0; i < rows; ++i) {
        QString name, email, id, extras, unknownStatuses;
        CustomerRow row;
        quint8 type = 0, kyc = 0, tos = 0, msa = 0, nulls = 0;
        qint32 open = 0;
        in >> name >> email >> id;
        if (version >= 2)
            in >> extras;
        in >> unknownStatuses >> type >> kyc >> tos >> msa >> nulls >> row.createdMs >> row.updatedMs >> open
            >> row.requirementMask;
        if (in.status() != QDataStream::Ok || id.isEmpty() || !validStatuses(type, kyc, tos, msa, open))
            return std::nullopt;
        setStatuses(row, type, kyc, tos, msa, nulls, open);
        batch.append(row, name, email, id, extras, unknownStatuses);
    }
    if (!in.atEnd())
        return std::nullopt;
    return batch;
}
} // namespace

namespace CustomerRowSnapshot {

RowSource rowsOf(const CustomerRowBatch &batch)
{
    return [&batch](int i, const CustomerRow **row, QStringView *name, QStringView *email, QAnyStringView *id,
                    QByteArrayView *searchText, QStringView *unknownStatuses) {
        const CustomerRow &r = batch.rows.at(i);
        *row = &r;
        *name = batch.name(r);
        *email = batch.email(r);
        *id = batch.id(r);
        *searchText = batch.searchText(r);
        *unknownStatuses = batch.unknownStatuses(r);
    };
}

QByteArray serializeChunk(int first, int count, const RowSource &rowAt)
{
    QByteArray raw;
    raw.reserve(qsizetype(count) * 160);
    ChunkWriter out(raw);
    for (int i = first; i < first + count; ++i) {
        const CustomerRow *row = nullptr;
        QStringView name, email, unknownStatuses;
        QAnyStringView id;
        QByteArrayView search;
        rowAt(i, &row, &name, &email, &id, &search, &unknownStatuses);
        out.text(name);
        out.text(email);
        out.text(id);
        out.text(searchExtrasOf(search, name, email, id));
        out.text(unknownStatuses);
        out.number(quint8(row->type));
        out.number(quint8(row->kyc));
        out.number(quint8(row->tos));
        out.number(quint8(row->msa));
        out.number(quint8((row->typeNull ? 1 : 0) | (row->kycNull ? 2 : 0) | (row->tosNull ? 4 : 0)
                          | (row->msaNull ? 8 : 0)));
        out.number(row->createdMs);
        out.number(row->updatedMs);
        out.number(qint32(row->openRequirements));
        out.number(row->requirementMask);
    }
    return raw;
}

CompressedChunk compressChunk(QByteArray serialized, int rows)
{
    return CompressedChunk { rows, qCompress(serialized, kCompressionLevel) };
}

QList<CompressedChunk> compress(int rows, const RowSource &rowAt)
{
    QList<CompressedChunk> chunks;
    for (int first = 0; first < rows; first += kChunkRows) {
        const int count = std::min(kChunkRows, rows - first);
        chunks.append(compressChunk(serializeChunk(first, count, rowAt), count));
    }
    return chunks;
}

QByteArray header(int rows)
{
    QByteArray out;
    out.append(kChunkedMagic, sizeof(kChunkedMagic));
    appendNumber(out, kChunkedVersion);
    appendNumber(out, quint32(rows));
    appendNumber(out, quint32((rows + kChunkRows - 1) / kChunkRows));
    return out;
}

void appendChunk(QByteArray &snapshot, const CompressedChunk &chunk)
{
    appendNumber(snapshot, quint32(chunk.rows));
    appendNumber(snapshot, quint32(chunk.bytes.size()));
    snapshot.append(chunk.bytes);
}

QByteArray encode(int rows, const RowSource &rowAt)
{
    QByteArray snapshot = header(rows);
    for (const CompressedChunk &chunk : compress(rows, rowAt))
        appendChunk(snapshot, chunk);
    return snapshot;
}

QByteArray encode(const CustomerRowBatch &batch)
{
    return encode(int(batch.size()), rowsOf(batch));
}

std::optional<CustomerRowBatch> decode(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArrayView(kChunkedMagic, sizeof(kChunkedMagic))))
        return decodeChunked(bytes);
    return decodeQDataStream(bytes);
}

std::optional<CustomerRowBatch> decode(QByteArrayView header, QList<CompressedChunk> chunks)
{
    const auto expected = readHeader(header);
    if (!expected || header.size() != kChunkedHeaderBytes || expected->chunks != quint32(chunks.size()))
        return std::nullopt;
    CustomerRowBatch batch;
    quint64 rowsSeen = 0;
    for (CompressedChunk &chunk : chunks) {
        if (chunk.rows < 0 || !decodeCompressedChunk(chunk.bytes, quint32(chunk.rows), batch))
            return std::nullopt;
        rowsSeen += quint32(chunk.rows);
        chunk.bytes = {};
    }
    if (rowsSeen != expected->rows)
        return std::nullopt;
    return batch;
}

bool claimsPlausibleSize(QByteArrayView compressed)
{
    return compressed.size() >= 4
        && qFromBigEndian<quint32>(compressed.data()) <= compressed.size() * kMostExpansion;
}

bool isChunkedHeader(QByteArrayView bytes)
{
    return bytes.size() == kChunkedHeaderBytes && readHeader(bytes).has_value();
}

} // namespace CustomerRowSnapshot
