#define BOOST_TEST_MODULE refs
#include <boost/test/unit_test.hpp>

#include "grammar/document.hpp"
#include "grammar/parsers.hpp"

#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace rc;

static Document parse(const std::string& s) { return parse_document(SourceText::from_utf8("t.txt", s)); }

BOOST_AUTO_TEST_CASE(numeric_and_worded_dates) {
    auto doc = parse("Hội nghị ngày 31/4/2023 và ngày 15-12-2022; Tân Phú, ngày 05 tháng 7 năm 2024.\n");
    BOOST_REQUIRE_EQUAL(doc.refs.dates.size(), 3u);
    BOOST_TEST(doc.refs.dates[0].date.day == 31u);
    BOOST_TEST(doc.refs.dates[0].date.month == 4u);
    BOOST_TEST(doc.refs.dates[0].date.year == 2023u);
    BOOST_TEST(doc.refs.dates[1].date.day == 15u);
    BOOST_TEST(doc.refs.dates[1].date.year == 2022u);
    BOOST_TEST(doc.refs.dates[2].worded);
    BOOST_TEST(doc.refs.dates[2].date.day == 5u);
    BOOST_TEST(doc.refs.dates[2].date.month == 7u);
    BOOST_TEST(doc.refs.dates[2].date.year == 2024u);
    const auto sp = doc.refs.dates[0].span;
    BOOST_TEST(doc.source.text().substr(sp.begin, sp.end - sp.begin) == "31/4/2023");
}

BOOST_AUTO_TEST_CASE(not_dates) {
    // document numbers, month/year, glued footnote digits, ratios
    auto doc = parse("Nghị định số 30/2020/NĐ-CP; tháng 02/2023; Quyết định 215/QĐ-UBND; ngày 1/2/20247 ; 3/4/2023/x.\n");
    BOOST_TEST(doc.refs.dates.empty());
}

BOOST_AUTO_TEST_CASE(leap_years) {
    BOOST_TEST(days_in_month(2, 2024) == 29u);
    BOOST_TEST(days_in_month(2, 2023) == 28u);
    BOOST_TEST(days_in_month(2, 1900) == 28u);
    BOOST_TEST(days_in_month(2, 2000) == 29u);
    BOOST_TEST(days_in_month(13, 2000) == 0u);
}

BOOST_AUTO_TEST_CASE(date_range_without_spaces) {
    auto doc = parse("kỷ niệm 50 năm (01/6/1974-01/6/2024) và (2/9/1945 - 2/9/2024); 5-6/2024.\n");
    BOOST_REQUIRE_EQUAL(doc.refs.dates.size(), 4u);
    BOOST_TEST(doc.refs.dates[1].date.year == 2024u);
    BOOST_TEST(doc.refs.dates[3].date.day == 2u);
}

BOOST_AUTO_TEST_CASE(title_block_and_periods) {
    auto doc = parse("ỦY BAN NHÂN DÂN\nHUYỆN TÂN HÒA\n\nSố: 128 /BC-UBND\n\nHòa Lâm, ngày 05 tháng 7 năm 2024\n\n**BÁO CÁO**\n\n"
                     "Tình hình kinh tế - xã hội quý II và 6 tháng đầu năm 2024; phương hướng, nhiệm vụ quý III năm 2024\n\n"
                     "I. KẾT QUẢ THỰC HIỆN QUÝ II NĂM 2024\n\nNội dung.\n\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2024\n\n- Việc A.\n");
    const TitleBlock& t = doc.structure.title;
    BOOST_TEST(t.present);
    BOOST_TEST(t.number == "128/BC-UBND");
    BOOST_TEST(t.place == "Hòa Lâm");
    BOOST_TEST(t.date.day == 5);
    BOOST_TEST(t.date.month == 7);
    BOOST_TEST(t.date.year == 2024);
    BOOST_TEST(t.kind == "BÁO CÁO");
    BOOST_TEST(t.subject.starts_with("Tình hình kinh tế"));
    BOOST_TEST(int(t.period.kind) == int(Period::Kind::quarter));
    BOOST_TEST(t.period.quarter == 2);
    BOOST_TEST(t.period.year_from == 2024);
    BOOST_TEST(int(doc.refs.task_period.kind) == int(Period::Kind::quarter));
    BOOST_TEST(doc.refs.task_period.quarter == 3);
    BOOST_REQUIRE_EQUAL(doc.refs.sections.size(), 2u);
    BOOST_TEST(!doc.refs.sections[0].tasks);
    BOOST_TEST(doc.refs.sections[1].tasks);
    BOOST_TEST(doc.refs.sections[1].period.quarter == 3);
}

BOOST_AUTO_TEST_CASE(title_period_kinds) {
    auto period = [](const std::string& subject) {
        return parse("BÁO CÁO\n\n" + subject + "\n\nNội dung.\n");
    };
    auto d = period("Kết quả lãnh đạo nhiệm vụ Quý I, Phương hướng nhiệm vụ Quý II năm 2025");
    BOOST_TEST(d.structure.title.period.quarter == 1);
    BOOST_TEST(d.structure.title.period.year_from == 2025);  // the year stated later
    BOOST_TEST(d.refs.task_period.quarter == 2);
    d = period("Tình hình kinh tế - xã hội tháng 5/2024");
    BOOST_TEST(int(d.structure.title.period.kind) == int(Period::Kind::month));
    BOOST_TEST(d.structure.title.period.month == 5);
    d = period("Kết quả 9 tháng năm 2024");
    BOOST_TEST(int(d.structure.title.period.kind) == int(Period::Kind::nine_months));
    d = period("Kiểm điểm công tác năm 2024 và phương hướng nhiệm vụ năm 2025");
    BOOST_TEST(int(d.structure.title.period.kind) == int(Period::Kind::year));
    BOOST_TEST(d.structure.title.period.year_from == 2024);
    BOOST_TEST(d.refs.task_period.year_from == 2025);
    d = period("của Ban Chấp hành Đảng bộ trình Đại hội nhiệm kỳ 2025-2030");
    BOOST_TEST(int(d.structure.title.period.kind) == int(Period::Kind::term));
    BOOST_TEST(d.structure.title.period.year_to == 2030);
}

BOOST_AUTO_TEST_CASE(years_ranges_citations) {
    auto doc = parse("Thực hiện Nghị quyết số 12-NQ/TU, ngày 15/12/2023 của Ban Thường vụ Tỉnh ủy, Quyết định 1234/QĐ-UBND "
                     "và Kế hoạch 5 năm giai đoạn 2021 - 2025; định hướng đến năm 203517 và năm 2030.\n");
    BOOST_REQUIRE_EQUAL(doc.refs.citations.size(), 2u);
    const Citation& c = doc.refs.citations[0];
    BOOST_TEST(c.kind == "Nghị quyết");
    BOOST_TEST(c.number == "12-NQ/TU");
    BOOST_TEST(c.code == "TU");
    BOOST_TEST(c.has_date);
    BOOST_TEST(c.date.day == 15u);
    BOOST_TEST(c.issuer == "Ban Thường vụ Tỉnh ủy");
    BOOST_TEST(doc.refs.citations[1].number == "1234/QĐ-UBND");
    BOOST_TEST(!doc.refs.citations[1].has_date);
    BOOST_REQUIRE_EQUAL(doc.refs.ranges.size(), 1u);
    BOOST_TEST(doc.refs.ranges[0].from == 2021);
    BOOST_TEST(doc.refs.ranges[0].to == 2025);
    BOOST_TEST(doc.refs.ranges[0].stated_years == 5);
    BOOST_TEST(doc.refs.ranges[0].stage);
    BOOST_TEST(doc.refs.ranges[0].key == "kế hoạch");
    BOOST_REQUIRE_EQUAL(doc.refs.years.size(), 2u);
    BOOST_TEST(doc.refs.years[0].digits == "203517");
    BOOST_TEST(doc.refs.years[0].year == 2035);
    BOOST_TEST(doc.refs.years[1].year == 2030);
    const auto sp = doc.refs.years[1].span;
    BOOST_TEST(doc.source.text().substr(sp.begin, sp.end - sp.begin) == "2030");
}

BOOST_AUTO_TEST_CASE(month_refs) {
    auto doc = parse("Tính đến tháng 12/2025 và tháng 5 năm 2024; tháng 13 không có.\n");
    BOOST_REQUIRE_EQUAL(doc.refs.months.size(), 2u);
    BOOST_TEST(doc.refs.months[0].month == 12u);
    BOOST_TEST(doc.refs.months[0].year == 2025u);
    BOOST_TEST(doc.refs.months[1].month == 5u);
}

BOOST_AUTO_TEST_CASE(sections_from_structure_headings) {
    // headings from the structure grammar, filled by hand here: a sub-period from the heading
    auto doc = parse("BÁO CÁO\n\nBáo cáo chính trị nhiệm kỳ 2020-2025\n\nKết quả nhiệm kỳ.\n\n"
                     "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n\n- Việc A trong năm 2025.\n");
    BOOST_REQUIRE_GE(doc.blocks.size(), 5u);
    Heading h;
    h.style = HeadingStyle::roman;
    h.numbers = {2};
    h.level = 0;
    h.title = "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025";
    h.block = 3;
    h.span = doc.blocks[3].source_span();
    doc.structure.headings = {h};
    parse_references(doc);
    BOOST_REQUIRE_EQUAL(doc.refs.sections.size(), 1u);
    BOOST_TEST(doc.refs.sections[0].first_block == 3u);
    BOOST_TEST(doc.refs.sections[0].tasks);
    BOOST_TEST(int(doc.refs.sections[0].period.kind) == int(Period::Kind::year));
    BOOST_TEST(doc.refs.sections[0].period.year_from == 2025);
}

// A section title without a digit names at most a quarter without its year (taken from the report's period): found at
// a "quý" that starts a word, whatever comes before it in the title.
BOOST_AUTO_TEST_CASE(section_titles_without_digits_name_a_quarter) {
    auto doc = parse("BÁO CÁO\n\nTình hình kinh tế - xã hội năm 2024\n\nI. KẾT QUẢ QUÝ III\n\nNội dung.\n\n"
                     "II. KẾT QUẢ XQUÝ II\n\nNội dung.\n\nIII. QUẢN LÝ CHUNG\n\nNội dung.\n\nIV. TÌNH HÌNH quý IV\n\nNội dung.\n\n"
                     "V. Quý I và quý II\n\nNội dung.\n");
    BOOST_REQUIRE_EQUAL(doc.refs.sections.size(), 5u);
    const auto& sec = doc.refs.sections;
    BOOST_TEST(int(sec[0].period.kind) == int(Period::Kind::quarter));
    BOOST_TEST(sec[0].period.quarter == 3);
    BOOST_TEST(sec[0].period.year_from == 2024);
    for (std::size_t i : {1u, 2u}) {  // not a word start; no quarter at all
        BOOST_TEST(int(sec[i].period.kind) == int(Period::Kind::year), i);
        BOOST_TEST(sec[i].period.year_from == 2024, i);
    }
    BOOST_TEST(sec[3].period.quarter == 4);
    BOOST_TEST(sec[4].period.quarter == 1);  // the first one named
    BOOST_TEST(sec[4].period.year_from == 2024);
}

// The reference scan passes over the letters inside a word: only a digit or "ngày" can start a
// reference there (PDF text loses spaces: "Hà Nộingày …"); a month, quarter or "năm" needs a word start.
BOOST_AUTO_TEST_CASE(references_inside_words) {
    auto doc = parse("Hà Nộingày 05 tháng 7 năm 2024, văn bảnsố12/3/2024 gửi các xã.\n");
    BOOST_REQUIRE_EQUAL(doc.refs.dates.size(), 2u);
    BOOST_TEST(doc.refs.dates[0].worded);
    BOOST_TEST(doc.refs.dates[0].date.day == 5u);
    BOOST_TEST(doc.refs.dates[0].date.year == 2024u);
    BOOST_TEST(doc.refs.dates[1].date.day == 12u);
    BOOST_TEST(doc.refs.dates[1].date.month == 3u);
    auto near = parse("Kết quả kháctháng 12/2024, cácquý I năm 2024 và trongnăm 2023; Hà Nộingay 05 tháng 7 năm 2024.\n");
    BOOST_REQUIRE_EQUAL(near.refs.months.size(), 1u);  // "tháng 7 năm 2024" at a word start
    BOOST_TEST(near.refs.months[0].month == 7u);
    BOOST_TEST(near.refs.quarters.empty());
    BOOST_TEST(near.refs.dates.empty());
    for (const auto& y : near.refs.years) BOOST_TEST(y.year != 2023);
}

// A head far from its number (any run of spaces is allowed between the words of a reference):
// the scan looks for it before the digit; near-misses that cannot match stay unmatched.
BOOST_AUTO_TEST_CASE(heads_before_their_digit) {
    auto doc = parse("Theo Chương trình      số      12/CTr-UBND, Quý  III    năm     2024 và QUÝ IV/2024, quý 2/2023; "
                     "ký ngày    5   tháng 6 năm 2024, Quyết định 1234/QĐ-UBND, từ tháng   8/2024 đến năm    2025.\n");
    BOOST_REQUIRE_EQUAL(doc.refs.citations.size(), 2u);
    BOOST_TEST(doc.refs.citations[0].kind == "Chương trình");
    BOOST_TEST(doc.refs.citations[0].number == "12/CTr-UBND");
    BOOST_TEST(doc.refs.citations[1].kind == "Quyết định");
    BOOST_REQUIRE_EQUAL(doc.refs.quarters.size(), 3u);
    BOOST_TEST(doc.refs.quarters[0].quarter == 3u);
    BOOST_TEST(doc.refs.quarters[0].year == 2024u);
    BOOST_TEST(doc.refs.quarters[1].quarter == 4u);
    BOOST_TEST(doc.refs.quarters[2].quarter == 2u);
    BOOST_TEST(doc.refs.quarters[2].year == 2023u);
    BOOST_REQUIRE_EQUAL(doc.refs.dates.size(), 1u);
    BOOST_TEST(doc.refs.dates[0].worded);
    BOOST_REQUIRE_EQUAL(doc.refs.months.size(), 1u);
    BOOST_TEST(doc.refs.months[0].month == 8u);
    BOOST_TEST(doc.refs.years.back().year == 2025);
    auto near = parse("Theo Chương trìnhsố 12/CTr-UBND, Quý IIII/2024, quý III năm nay, quý V năm 2024, ngàyy 5 tháng 6 năm 2024.\n");
    BOOST_TEST(near.refs.citations.empty());
    BOOST_TEST(near.refs.quarters.empty());
    BOOST_TEST(near.refs.dates.empty());
}

namespace {
// Everything the scan found, as text, to compare two scans.
std::string refs_text(const Document& d) {
    std::ostringstream o;
    const auto sp = [&](Span s) { o << ' ' << s.begin << '-' << s.end; };
    for (const auto& x : d.refs.dates) { o << "D " << x.date.day << '/' << x.date.month << '/' << x.date.year << ' ' << x.block << x.worded << x.logical; sp(x.span); o << '\n'; }
    for (const auto& x : d.refs.years) { o << "Y " << x.year << ' ' << x.digits << ' ' << x.logical << ' ' << x.logical_end << ' ' << x.nam; sp(x.span); o << '\n'; }
    for (const auto& x : d.refs.ranges) { o << "R " << x.from << ' ' << x.to << ' ' << x.logical << ' ' << x.stated_years << x.term << x.stage << x.in_parens << x.key; sp(x.span); sp(x.phrase_span); o << '\n'; }
    for (const auto& x : d.refs.months) { o << "M " << x.month << ' ' << x.year << ' ' << x.logical << ' ' << x.logical_end; sp(x.span); o << '\n'; }
    for (const auto& x : d.refs.quarters) { o << "Q " << x.quarter << ' ' << x.year << ' ' << x.logical << ' ' << x.logical_end; sp(x.span); o << '\n'; }
    for (const auto& x : d.refs.citations) {
        o << "C " << x.kind << '|' << x.number << '|' << x.code << '|' << x.has_date << x.date.day << '/' << x.date.month << '/' << x.date.year
          << '|' << x.issuer << '|' << x.block << ' ' << x.logical << ' ' << x.logical_end;
        sp(x.span); sp(x.number_span); sp(x.date_span); sp(x.issuer_span);
        o << '\n';
    }
    return std::move(o).str();
}
}  // namespace

// The scan from digit to digit finds what trying every byte finds, on random texts built from
// the words of every reference, glued or spaced, with numbers of every length.
BOOST_AUTO_TEST_CASE(digit_search_equals_every_byte) {
    static const std::vector<std::string> words = {
        "ngày", "Ngày", "tháng", "Tháng", "THÁNG", "năm", "Năm", "NĂM", "quý", "Quý", "QUÝ", "I", "II", "III", "IV", "V", "IIII",
        "Nghị quyết", "nghị quyết", "Quyết định", "Chương trình", "chương trình", "Kế hoạch", "Thông tư", "Luật", "Đề án",
        "đề án", "Quy chế", "Thông tri", "Báo cáo", "số", "Số", "sô", "6", "9", "đầu", "cuối", "nhiệm kỳ", "giai đoạn", "của",
        "UBND", "NQ-TU", "QĐ", "x", "và", "ng", "th", "qu", "nă", "Việt", "Đà", "/", "-", "–", ".", ",", ";", "(", ")", ":",
        "xác định", "ổn định", "định", "thị", "cáo"};  // (words ending like a kind, which the kind's first byte tells apart)
    std::mt19937 g(23);
    int found = 0;
    for (int round = 0; round < 4000; ++round) {
        std::string s;
        const int n = 1 + static_cast<int>(g() % 60);
        const auto pick = [&](std::initializer_list<const char*> l) { return std::string(l.begin()[g() % l.size()]); };
        const auto spaces = [&] { return std::string(g() % 5 ? 1 : 1 + g() % 6, ' '); };
        for (int k = 0; k < n; ++k) {
            if (g() % 4 == 0) {  // the words of one reference in order, one of them sometimes left out
                const std::string kind = pick({"Nghị quyết", "Quyết định", "chương trình", "Luật", "Đề án", "Kế hoạch", "Thông tri"});
                std::vector<std::string> parts;
                switch (g() % 5) {
                    case 0: parts = {pick({"ngày", "Ngày", "xngày"}), spaces(), "5", spaces(), "tháng", spaces(), "12", spaces(), "năm", spaces(), "2024"}; break;
                    case 1: parts = {pick({"tháng", "THÁNG"}), spaces(), "12", pick({"/", " năm ", "-"}), "2025"}; break;
                    case 2: parts = {pick({"quý", "Quý", "QUÝ"}), spaces(), pick({"I", "II", "III", "IV", "IIII", "2"}), pick({"/", " ", "  "}), pick({"năm ", "NĂM  ", ""}), "2024"}; break;
                    case 3: parts = {kind, spaces(), pick({"số", "Số", ""}), spaces(), "12", pick({"/", "-"}), "NQ-TU", pick({" ngày ", " của "}), "15/12/2023"}; break;
                    default: parts = {pick({"năm", "Năm", "giai đoạn ", "nhiệm kỳ", "("}), spaces(), "2021", pick({"-", " - ", "–"}), "2025"}; break;
                }
                for (const std::string& x : parts)
                    if (g() % 20) s += x;
            } else if (g() % 3 == 0) {  // a number: 1 to 6 digits, sometimes grouped ("1.234,5"), sometimes a date or a range
                const int len = 1 + static_cast<int>(g() % 6);
                for (int j = 0; j < len; ++j) s += static_cast<char>('0' + g() % 10);
                while (g() % 3 == 0) {  // the scan skips the digits after a '.' or ',' glued to a number
                    s += pick({".", ",", ".", ",", "/", "-"});
                    const int more = 1 + static_cast<int>(g() % 4);
                    for (int j = 0; j < more; ++j) s += static_cast<char>('0' + g() % 10);
                }
                if (g() % 4 == 0) s += pick({"/2024", "-2025", ".2024", ",2024"});
            } else {
                s += words[g() % words.size()];
            }
            const unsigned gap = g() % 8;
            s += gap < 3 ? "" : gap < 6 ? " " : gap < 7 ? "     " : (g() % 2 ? "\n" : "\n\n");
        }
        Document fast = parse_document(SourceText::from_utf8("t.txt", s));
        Document slow = parse_document(SourceText::from_utf8("t.txt", s));  // (a Document is not copied: its blocks view it)
        parse_references_every_byte(slow);
        const std::string a = refs_text(fast), b = refs_text(slow);
        BOOST_TEST(a == b, s);
        found += !a.empty();
        // The blocks' views shortened by their last byte (still in block_text, in order: the scan reads its marks, and
        // skips a digit run without a bound past the view's end, into the byte after it)
        for (Document* d : {&fast, &slow})
            for (Block& blk : d->blocks)
                if (blk.text.size() > 1) blk.text.remove_suffix(1);
        BOOST_TEST_REQUIRE(fast.marks_cover_blocks());
        parse_references(fast);
        parse_references_every_byte(slow);
        BOOST_TEST(refs_text(fast) == refs_text(slow), s);
    }
    BOOST_TEST(found > 3000);  // the texts do hold references
}
