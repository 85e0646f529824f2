#include "media/MuLaw.h"

#include <QtTest>

#include <array>

using calldeck::MuLaw;

/// Vectors from shared/protocols/twilio.md §6.
class TestMuLaw : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodeDecode_data()
    {
        QTest::addColumn<int>("pcm");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("decoded");
        const std::array<std::array<int, 3>, 17> rows{{{0, 0xFF, 0},
                                                       {-1, 0x7F, 0},
                                                       {8, 0xFE, 8},
                                                       {-8, 0x7E, -8},
                                                       {100, 0xF2, 104},
                                                       {-100, 0x72, -104},
                                                       {1000, 0xCE, 988},
                                                       {-1000, 0x4E, -988},
                                                       {4000, 0xAF, 4092},
                                                       {-4000, 0x2F, -4092},
                                                       {8159, 0x9F, 8316},
                                                       {16000, 0x90, 15996},
                                                       {-16000, 0x10, -15996},
                                                       {32767, 0x80, 32124},
                                                       {-32768, 0x00, -32124},
                                                       {32700, 0x80, 32124},
                                                       {-32700, 0x00, -32124}}};
        for (const auto& r : rows) {
            QTest::addRow("%d", r[0]) << r[0] << r[1] << r[2];
        }
    }
    void encodeDecode()
    {
        QFETCH(int, pcm);
        QFETCH(int, code);
        QFETCH(int, decoded);
        QCOMPARE(int(MuLaw::encode(static_cast<std::int16_t>(pcm))), code);
        QCOMPARE(int(MuLaw::decode(static_cast<std::uint8_t>(code))), decoded);
    }

    void decodeTable()
    {
        QCOMPARE(MuLaw::decode(0x00), -32124);
        QCOMPARE(MuLaw::decode(0x0F), -16764);
        QCOMPARE(MuLaw::decode(0x10), -15996);
        QCOMPARE(MuLaw::decode(0x3F), -1980);
        QCOMPARE(MuLaw::decode(0x70), -120);
        QCOMPARE(MuLaw::decode(0x7F), 0);
        QCOMPARE(MuLaw::decode(0x80), 32124);
        QCOMPARE(MuLaw::decode(0xEF), 132);
        QCOMPARE(MuLaw::decode(0xF0), 120);
    }

    void everyCodeRoundTripsExceptNegativeZero()
    {
        for (int c = 0; c < 256; ++c) {
            const auto code = static_cast<std::uint8_t>(c);
            const std::uint8_t again = MuLaw::encode(MuLaw::decode(code));
            QCOMPARE(int(again), c == 0x7F ? 0xFF : c);
        }
    }

    void sineBlock()
    {
        const std::array<std::int16_t, 8> sine{0, 5657, 8000, 5657, 0, -5657, -8000, -5657};
        const QByteArray codes = MuLaw::encode(std::span<const std::int16_t>(sine));
        QCOMPARE(codes.toHex(' ').toUpper(), QByteArray("FF A9 A0 A9 FF 29 20 29"));
        QCOMPARE(codes.toBase64(), QByteArray("/6mgqf8pICk="));
        QList<std::int16_t> back;
        MuLaw::decode(codes, back);
        QCOMPARE(back.size(), 8);
        QCOMPARE(back.at(2), MuLaw::decode(0xA0));
    }
};

QTEST_GUILESS_MAIN(TestMuLaw)
#include "tst_mulaw.moc"
