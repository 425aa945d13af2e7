#define BOOST_TEST_MODULE structure
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <bit>
#include <string_view>
#include <tuple>

#include "grammar/document.hpp"
#include "grammar/parsers.hpp"
#include "grammar/structure_lex.hpp"
#include "grammar/text_util.hpp"

using namespace rc;

namespace {
Document parse(std::string text) { return parse_document(SourceText::from_utf8("t.txt", std::move(text))); }
}  // namespace

BOOST_AUTO_TEST_CASE(superscript_refs_and_bodies) {
    Document d = parse("Thu ngân sách đạt 120 tỷ đồng¹, vượt kế hoạch¹².\n\n"
                       "Diện tích 35 m² và 4 m³ nước, 2 km² đất trong năm³.\n\n"
                       "¹ Theo số liệu của Cục Thống kê.\n\n"
                       "¹² Số liệu ước tính.\n");
    const auto& s = d.structure;
    BOOST_TEST_REQUIRE(s.footnote_refs.size() == 3u);
    BOOST_TEST(s.footnote_refs[2].number == 3);  // "năm³" is a reference, not a unit
    BOOST_TEST(s.footnote_refs[0].number == 1);
    BOOST_TEST(s.footnote_refs[1].number == 12);
    BOOST_TEST(s.footnote_refs[0].superscript);
    // Exact span: the marker only.
    BOOST_TEST(d.source.text().substr(s.footnote_refs[1].span.begin,
                                      s.footnote_refs[1].span.end - s.footnote_refs[1].span.begin) == "¹²");
    BOOST_TEST(d.position(s.footnote_refs[0].span.begin).line == 1u);
    BOOST_TEST_REQUIRE(s.footnote_bodies.size() == 2u);
    BOOST_TEST(s.footnote_bodies[0].number == 1);
    BOOST_TEST(s.footnote_bodies[1].number == 12);
    BOOST_TEST(d.position(s.footnote_bodies[1].marker_span.begin).line == 7u);
    BOOST_TEST(s.footnote_bodies[0].text == "Theo số liệu của Cục Thống kê.");
    BOOST_TEST(!s.is_prose[s.footnote_bodies[0].block]);
}

BOOST_AUTO_TEST_CASE(superscript_ref_position_in_nfd_input) {
    // "Thu nga\u0302n" in NFD: the column counts the original code points.
    Document d = parse("Thu nga\xCC\x82n sa\xCC\x81" "ch\xC2\xB3 ta\xCC\x86ng.\n");
    BOOST_TEST_REQUIRE(d.structure.footnote_refs.size() == 1u);
    const auto pos = d.position(d.structure.footnote_refs[0].span.begin);
    BOOST_TEST(pos.line == 1u);
    BOOST_TEST(pos.column == 16u);  // T,h,u,_,n,g,a,◌̂,n,_,s,a,◌́,c,h: '³' is original code point 16
}

// A heading's title is a view of its block's text (Heading::title), trimmed, without its '*'s, cut at 160 bytes on a
// character boundary; after a label alone on its line, the capitalised line after it. It reads the same after the
// document is moved (the blocks' text does not move with it). Heading::toc: a title running into dot leaders and a
// page number. (The sectioned check's whole-text pass, whose titles view the source, is pipeline_test's.)
BOOST_AUTO_TEST_CASE(heading_titles_view_their_blocks) {
    std::string long_title;
    while (long_title.size() < 200) long_title += "\xE1\xBA\xA4";  // "Ấ", 3 bytes: 160 is inside the 54th
    Document d = parse("**II. NHIỆM VỤ NĂM 2025** \n\nPhần thứ nhất\n\nKẾT QUẢ THỰC HIỆN\n\n1. " + long_title + "\n\n"
                       "III. PHƯƠNG HƯỚNG ........ 12 \n\nIV. KIẾN NGHỊ 2025\n\nV. KẾT LUẬN \xE2\x80\xA6\xE2\x80\xA6 7\n");
    const Document moved = std::move(d);
    const auto& h = moved.structure.headings;
    BOOST_TEST_REQUIRE(h.size() == 6u);
    BOOST_TEST(h[0].title == "NHIỆM VỤ NĂM 2025");
    BOOST_TEST(h[1].title == "KẾT QUẢ THỰC HIỆN");
    BOOST_TEST(h[2].title == long_title.substr(0, 159));
    BOOST_TEST((!h[0].toc && !h[1].toc && !h[2].toc && h[3].toc && !h[4].toc && h[5].toc));
    const std::string_view next = moved.blocks[h[1].block + 1].view();
    BOOST_TEST((h[1].title.data() >= next.data() && h[1].title.data() + h[1].title.size() <= next.data() + next.size()));
}

namespace {
// PDF-extracted style: a blank line after every line.
std::string pdf(const std::vector<std::string>& lines) {
    std::string s;
    for (const std::string& l : lines) s += l + "\n\n";
    return s;
}
std::string slice(const Document& d, Span s) { return std::string(d.source.text().substr(s.begin, s.end - s.begin)); }
}  // namespace

BOOST_AUTO_TEST_CASE(headings_in_every_style) {
    Document d = parse("**I. KẾT QUẢ THỰC HIỆN**\n"
                       "1. Lĩnh vực kinh tế\n"
                       "1.1. Nông nghiệp\n"
                       "1.1.1. Trồng trọt\n"
                       "Sản lượng lúa cả năm ước đạt 12.450 tấn.\n"
                       "1.1.2 Chăn nuôi\n"
                       "a) Đàn lợn\n"
                       "đ) Gia cầm\n"
                       "- 2.000 hộ được hỗ trợ giống.\n"
                       "+ Hỗ trợ 15 tấn phân bón.\n"
                       "• Tập huấn 3 lớp kỹ thuật.\n"
                       "2.000 hộ đã đăng ký sản xuất hữu cơ.\n"
                       "12.5 ha chưa thu hoạch.\n"
                       "II- NHIỆM VỤ THỜI GIAN TỚI\n"
                       "Phần thứ hai\n"
                       "2.3. Giải pháp\n");
    const auto& h = d.structure.headings;
    BOOST_TEST_REQUIRE(h.size() == 10u);
    BOOST_TEST((h[0].style == HeadingStyle::roman));
    BOOST_TEST(h[0].bold);
    BOOST_TEST(h[0].label == "I.");
    BOOST_TEST(h[0].title == "KẾT QUẢ THỰC HIỆN");
    BOOST_TEST(slice(d, h[0].span) == "I.");
    BOOST_TEST(h[1].numbers == std::vector<int>({1}));
    BOOST_TEST(h[1].level == 1);
    BOOST_TEST(h[2].numbers == std::vector<int>({1, 1}));
    BOOST_TEST(h[3].numbers == std::vector<int>({1, 1, 1}));
    BOOST_TEST(h[3].level == 3);
    BOOST_TEST(h[4].numbers == std::vector<int>({1, 1, 2}));  // no trailing dot
    BOOST_TEST(h[4].title == "Chăn nuôi");
    BOOST_TEST((h[5].style == HeadingStyle::letter));
    BOOST_TEST(h[5].numbers == std::vector<int>({1}));
    BOOST_TEST(h[5].level == 4);
    BOOST_TEST(h[6].numbers == std::vector<int>({5}));  // đ is the 5th letter
    BOOST_TEST(h[6].label == "đ)");
    BOOST_TEST((h[7].style == HeadingStyle::roman));
    BOOST_TEST(h[7].numbers == std::vector<int>({2}));
    BOOST_TEST(h[7].label == "II-");
    BOOST_TEST(h[7].level == 0);
    BOOST_TEST((h[8].style == HeadingStyle::part));
    BOOST_TEST(h[8].numbers == std::vector<int>({2}));
    BOOST_TEST(h[8].level == 0);
    BOOST_TEST(h[9].numbers == std::vector<int>({2, 3}));
    // Bullets are list items; "2.000 hộ", "12.5 ha" are quantities, not headings.
    BOOST_TEST_REQUIRE(d.structure.list_items.size() == 3u);
    BOOST_TEST(d.structure.list_items[0].marker == "-");
    BOOST_TEST(d.structure.list_items[2].marker == "•");
    // Enclosing heading per block: the "Sản lượng lúa" paragraph is under 1.1.1.
    BOOST_TEST(d.structure.enclosing_heading[4] == 3);
    BOOST_TEST(d.structure.enclosing_heading[11] == 6);
}

BOOST_AUTO_TEST_CASE(letter_heading_after_numbered_heading_is_its_own_block) {
    // Word export: "a) …" starts lower-case but must not be joined to the heading before it.
    Document d = parse("1. Lĩnh vực kinh tế\na) Nông nghiệp\nb) Công nghiệp\n");
    BOOST_TEST(d.structure.headings.size() == 3u);
}

void check_pdf_fixture(bool header) {
    std::vector<std::string> lines{
        "ỦY BAN NHÂN DÂN XÃ HÒA PHONG",
        "BÁO CÁO",
        "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội sáu tháng đầu năm 2025 của xã",
        "Hòa Phong, được xây dựng trên cơ sở các chỉ tiêu Nghị quyết đại hội đề ra1 và kế hoạch",
        "của Ủy ban nhân dân huyện giao từ đầu năm.",
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        "1. Lĩnh vực kinh tế",
        "a) Nông nghiệp",
        "Tổng diện tích gieo trồng vụ Đông Xuân đạt 1.245 ha, vượt chỉ tiêu2 được giao; toàn xã có",
        "2.000 hộ tham gia sản xuất theo hướng hữu cơ, liên kết tiêu thụ qua nhóm Zalo24 của hợp",
        "tác xã và giảm phát thải CO2 so với cùng kỳ năm trước.",
        "b) Xây dựng",
        "Nhà văn hóa trung tâm có diện tích sàn 450 m2, khu xử lý rác rộng 2 km2 được nghiệm thu",
        "và đưa vào sử dụng, bảo đảm tầm nhìn đến năm 20303 theo quy hoạch chung của huyện.",
        "7",
        "2. Lĩnh vực văn hóa - xã hội",
        "Công tác giáo dục, y tế được quan tâm; tỷ lệ người dân tham gia bảo hiểm y tế đạt kế hoạch4",
        "đề ra, không để xảy ra dịch bệnh lớn trên địa bàn xã trong sáu tháng đầu năm; các trường",
        "học hoàn thành chương trình năm học đúng thời gian quy định của ngành giáo dục huyện và",
        "tổ chức tổng kết, khen thưởng kịp thời cho giáo viên, học sinh có thành tích xuất sắc.",
        "II. NHIỆM VỤ SÁU THÁNG CUỐI NĂM",
        "- Tiếp tục chỉ đạo sản xuất vụ Hè Thu bảo đảm đúng lịch thời vụ, phòng trừ sâu bệnh kịp",
        "thời cho cây trồng, vật nuôi trên địa bàn toàn xã.",
        "- Đẩy mạnh thu ngân sách, chống thất thu.",
        "CHÚ THÍCH",
        "1 Chỉ tiêu tổng sản lượng lương thực, thu nhập bình quân đầu người và tỷ lệ hộ nghèo",
        "2 Chỉ tiêu do Hội đồng nhân dân xã giao tại Nghị quyết số 15/NQ-HĐND ngày 20/12/2024,",
        "gồm diện tích gieo trồng và sản lượng lúa.",
        "3 Quyết định số 210/QĐ-UBND ngày 05/3/2023 của Ủy ban nhân dân huyện.",
        "4 Kế hoạch số 12/KH-UBND ngày 10/01/2025.",
    };
    if (!header) lines.erase(std::find(lines.begin(), lines.end(), std::string("CHÚ THÍCH")));
    Document d = parse(pdf(lines));
    const std::uint32_t shift = header ? 0 : 2;  // body lines move up without the header
    BOOST_CHECK((d.style == TextStyle::pdf_extract));
    const auto& s = d.structure;
    // References: ra1, chỉ tiêu2, năm 2030+3, kế hoạch4 — not Zalo24, CO2, m2, km2.
    BOOST_REQUIRE(s.footnote_refs.size() == 4u);
    for (int i = 0; i < 4; ++i) {
        BOOST_CHECK(s.footnote_refs[static_cast<std::size_t>(i)].number == i + 1);
        BOOST_CHECK(!s.footnote_refs[static_cast<std::size_t>(i)].superscript);
    }
    BOOST_CHECK(slice(d, s.footnote_refs[2].span) == "3");
    BOOST_CHECK(d.position(s.footnote_refs[2].span.begin).line == 27u);  // "năm 20303" on source line 27
    BOOST_REQUIRE(s.footnote_bodies.size() == 4u);
    BOOST_CHECK(d.position(s.footnote_bodies[1].marker_span.begin).line == 53u - shift);
    BOOST_CHECK(s.footnote_bodies[1].text.find("gồm diện tích gieo trồng") != std::string::npos);  // continued body
    // Headings: I, 1, a, b, 2, II — no heading "2" from "2.000 hộ", no heading from page number "7".
    BOOST_REQUIRE(s.headings.size() == 6u);
    BOOST_CHECK(s.headings[3].label == "b)");
    BOOST_CHECK(s.headings[4].numbers == std::vector<int>({2}));
    BOOST_CHECK(d.position(s.headings[4].span.begin).line == 31u);
    BOOST_CHECK(s.list_items.size() == 2u);
    for (const Block& b : d.blocks) BOOST_CHECK(b.text != "7");
}

BOOST_AUTO_TEST_CASE(pdf_glued_footnotes_page_numbers_and_traps) { check_pdf_fixture(true); }

BOOST_AUTO_TEST_CASE(pdf_footnote_bodies_without_header) { check_pdf_fixture(false); }

BOOST_AUTO_TEST_CASE(sentences_split_at_full_stops_not_abbreviations_or_numbers) {
    Document d = parse("Thu ngân sách tại TP. Hòa Bình đạt 1.234,5 tỷ đồng. Chi đạt 2,5 tỷ đồng; còn lại 3 tỷ.\n");
    const auto& ss = d.structure.sentences;
    BOOST_TEST_REQUIRE(ss.size() == 2u);
    const std::string_view t = d.blocks[0].text;
    BOOST_TEST(t.substr(ss[0].begin, ss[0].end - ss[0].begin) == "Thu ngân sách tại TP. Hòa Bình đạt 1.234,5 tỷ đồng.");
    BOOST_TEST(t.substr(ss[1].begin, ss[1].end - ss[1].begin) == "Chi đạt 2,5 tỷ đồng; còn lại 3 tỷ.");
}

// lex_heading_label hands a line to the Roman grammar only when the run of I, V, X is followed by what may end such a label,
// and to the Arabic one only when its first one or two digits are followed by '.': labels, near misses and lines of prose.
BOOST_AUTO_TEST_CASE(heading_labels_tried_only_where_they_may_be) {
    struct Case { const char* line; bool label; HeadingStyle style; std::vector<int> numbers; std::size_t title; };
    const std::vector<Case> cases = {
        {"I. Kết quả", true, HeadingStyle::roman, {1}, 3}, {"IV) Tồn tại", true, HeadingStyle::roman, {4}, 4},
        {"XII - Nhiệm vụ", true, HeadingStyle::roman, {12}, 6}, {"II – Giải pháp", true, HeadingStyle::roman, {2}, 7},
        {"XIV- Tổ chức", true, HeadingStyle::roman, {14}, 5}, {"XIV-Tổ chức", false, HeadingStyle::roman, {}, 0}, {"  **III. ĐÁNH GIÁ**", true, HeadingStyle::roman, {3}, 9},
        {"V.", false, HeadingStyle::roman, {}, 0}, {"II", false, HeadingStyle::roman, {}, 0}, {"IIII. Sai", false, HeadingStyle::roman, {}, 0},
        {"Việc làm tăng", false, HeadingStyle::roman, {}, 0}, {"VIỆT NAM", false, HeadingStyle::roman, {}, 0},
        {"Xã hội ổn định", false, HeadingStyle::roman, {}, 0}, {"IIx. A", false, HeadingStyle::roman, {}, 0},
        {"XV XVI", false, HeadingStyle::roman, {}, 0}, {"I:", false, HeadingStyle::roman, {}, 0},
        {"1. Kết quả", true, HeadingStyle::arabic, {1}, 3}, {"12. Kết quả", true, HeadingStyle::arabic, {12}, 4},
        {"1.2 Kết quả", true, HeadingStyle::arabic, {1, 2}, 4}, {"12.3. Đánh giá", true, HeadingStyle::arabic, {12, 3}, 6},
        {"1.2.3.4 Mục", true, HeadingStyle::arabic, {1, 2, 3, 4}, 8},
        {"123. Ba", false, HeadingStyle::arabic, {}, 0}, {"5 Nguyên nhân", false, HeadingStyle::arabic, {}, 0},
        {"2024 là năm", false, HeadingStyle::arabic, {}, 0}, {"1,5 triệu", false, HeadingStyle::arabic, {}, 0},
        {"1", false, HeadingStyle::arabic, {}, 0}, {"12", false, HeadingStyle::arabic, {}, 0}, {"1.", false, HeadingStyle::arabic, {}, 0},
        {"2.5%", false, HeadingStyle::arabic, {}, 0}, {"12.5 ha", false, HeadingStyle::arabic, {}, 0}, {"3/2024", false, HeadingStyle::arabic, {}, 0},
    };
    for (const Case& c : cases) {
        HeadingLabelLex lab;
        const bool got = lex_heading_label(c.line, lab);
        BOOST_TEST(got == c.label, c.line);
        if (!got || !c.label) continue;
        BOOST_TEST((lab.style == c.style), c.line);
        BOOST_TEST(lab.numbers == c.numbers, c.line);
        BOOST_TEST(lab.title == c.title, c.line);
    }
}

// The abbreviations a full stop does not end a sentence after (matched as one number of their bytes) and the words that
// take a number after them at a line's end (matched by their last byte, then whole): each one, and near misses of the
// same length or the same last byte.
BOOST_AUTO_TEST_CASE(abbreviations_and_number_words_each_matched) {
    const auto sentences = [](std::string_view word) {
        Document d = parse("Thu ngân sách tại " + std::string(word) + ". Hòa Bình đạt 12 tỷ.\n");
        return d.structure.sentences.size();
    };
    for (std::string_view a : {"TP", "Tp", "tp", "TW", "Tw", "TT", "ThS", "TS", "PGS", "GS", "BS", "KS", "Th", "St", "TX", "Q", "P"})
        BOOST_TEST(sentences(a) == 1u, a);
    for (std::string_view a : {"Tq", "TPP", "tP", "ThX", "PG", "GSS", "Ts", "tX", "ab", "xã", "to", "Thu"})
        BOOST_TEST(sentences(a) == 2u, a);
    // "… đứng <word>" then "3. Đây …": the number goes on the sentence (no heading) only after one of the words
    const auto headings = [](std::string_view word) {
        Document d = parse("Chỉ số của xã đứng " + std::string(word) + "\n\n3. Đây là kết quả tốt.\n");
        return d.structure.headings.size();
    };
    for (std::string_view w : {"thứ", "hạng", "số", "lần", "loại", "nhóm", "khoản", "điều", "Điều", "mục", "cấp", "độ", "tổ", "khu",
                               "xóm", "đội", "tầng", "bậc", "vòng", "lớp", "khối", "Top"})
        BOOST_TEST(headings(w) == 0u, w);
    for (std::string_view w : {"Thứ", "cứ", "đang", "hạnh", "bố", "lên", "khoảng", "mới", "trải", "làm", "xóa", "đầu", "Khu", "các",
                               "bậ", "họp", "top", "bộ", "bổ", "tầngg", "lớn", "thứa", "tổng"})
        BOOST_TEST(headings(w) == 1u, w);
}

BOOST_AUTO_TEST_CASE(long_run_is_capped) {
    std::string run;
    while (run.size() < 20000) run += "thu 12 tỷ đồng, chi 5 tỷ đồng; ";
    Document d = parse(run + "\n");
    const auto& ss = d.structure.sentences;
    BOOST_TEST(ss.size() >= 9u);
    std::size_t covered = 0;
    for (const Sentence& s : ss) {
        BOOST_TEST(s.end - s.begin <= 2048u + 512u);
        covered += s.end - s.begin;
    }
    BOOST_TEST(covered + 2 * ss.size() >= d.blocks[0].text.size());
}

BOOST_AUTO_TEST_CASE(pipe_tables) {
    Document d = parse("Kết quả như sau:\n\n"
                       "| Chỉ tiêu | Kế hoạch | Thực hiện |\n"
                       "|---|:---:|---|\n"
                       "| Lúa | 100 | 95 |\n"
                       "| **Tổng cộng** | 120 | 113 |\n\n"
                       "Đoạn văn sau bảng.\n");
    const auto& tb = d.structure.tables;
    BOOST_TEST_REQUIRE(tb.size() == 1u);
    BOOST_TEST_REQUIRE(tb[0].rows.size() == 4u);
    BOOST_TEST(!tb[0].rows[0].separator);
    BOOST_TEST(tb[0].rows[1].separator);
    BOOST_TEST_REQUIRE(tb[0].rows[2].cells.size() == 3u);
    BOOST_TEST(tb[0].rows[0].cells[1].text == "Kế hoạch");
    BOOST_TEST(slice(d, tb[0].rows[2].cells[2].span) == "95");
    BOOST_TEST(d.position(tb[0].rows[2].cells[2].span.begin).line == 5u);
    BOOST_TEST(!d.structure.is_prose[tb[0].rows[0].block]);
}

BOOST_AUTO_TEST_CASE(ghi_chu_above_a_table_is_not_a_footnote_header) {
    // "Ghi chú:" not followed by a body "1 …": the paragraphs after it stay prose.
    Document d = parse("Ghi chú:\nSố liệu năm 2024 là số ước tính.\n1 Tập huấn 12 lớp.\n");
    BOOST_TEST(d.structure.footnote_bodies.empty());
    // Word export with a header and superscript bodies: one body per line.
    Document w = parse("Thu¹ và chi².\nCHÚ THÍCH\n¹ Số liệu Kho bạc.\n² Số liệu ước.\n");
    BOOST_TEST(w.structure.footnote_bodies.size() == 2u);
}

// PDF-style glued references are found by one scan over Document::block_text (the blocks one after
// another, '\n' between them) in a full parse, and block by block from a padded copy in the
// structure-only pass (whose one-line blocks view the source): both must find the same references,
// at block starts and ends, across the scan's 64-byte chunks, in joined blocks. Random texts in that
// style: digits glued to words and brackets, years with a reference ("năm 202312"), numbers that are
// none ("1.234", "5/2023", "CO2", "m2"), bodies after "CHÚ THÍCH".
BOOST_AUTO_TEST_CASE(glued_references_same_in_full_and_structure_only_pass) {
    std::uint64_t seed = 7;
    const auto g = [&] {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<unsigned>(seed >> 33);
    };
    const std::vector<std::string> words = {"chỉ tiêu", "kế hoạch", "năm", "đạt", "ra", "xã", "Tổng", "thu", "(số liệu)",
                                            "\"báo cáo\"", "m", "km", "CO", "ha", "tr.", "Điều", "thứ", "đồng", "và", "–"};
    std::size_t found = 0;
    for (int round = 0; round < 300; ++round) {
        std::string s;
        const int paras = 3 + static_cast<int>(g() % 12);
        for (int p = 0; p < paras; ++p) {
            const int n = 1 + static_cast<int>(g() % 30);
            for (int k = 0; k < n; ++k) {
                if (k) s += g() % 9 ? " " : "\n";  // sometimes a wrapped line (joined when it starts in lower case)
                if (g() % 3 == 0) {
                    const unsigned len = 1 + g() % 6;
                    std::string digits;
                    for (unsigned j = 0; j < len; ++j) digits += static_cast<char>('0' + g() % 10);
                    switch (g() % 5) {
                        case 0: s += words[g() % words.size()] + digits; break;  // glued
                        case 1: s += "20" + std::to_string(10 + g() % 30) + std::to_string(1 + g() % 30); break;  // year + ref
                        case 2: s += digits + "." + digits; break;
                        case 3: s += digits + "/2023"; break;
                        default: s += digits; break;
                    }
                } else {
                    s += words[g() % words.size()];
                }
            }
            s += "\n\n";
        }
        s += "CHÚ THÍCH\n\n";
        for (int b = 1; b <= 30; ++b) s += std::to_string(b) + " Nội dung chú thích " + std::to_string(b) + ".\n\n";
        const Document full = parse(s);
        Document whole;
        whole.source = SourceText::from_utf8("t.txt", s);
        whole.structure_only = true;
        build_blocks(whole);
        parse_structure(whole);
        const auto key = [](const Document& d) {
            std::vector<std::tuple<int, std::uint32_t, std::uint32_t, bool>> k;
            for (const FootnoteRef& r : d.structure.footnote_refs) k.emplace_back(r.number, r.span.begin, r.span.end, r.superscript);
            return k;
        };
        BOOST_TEST((key(full) == key(whole)), s);
        BOOST_TEST(full.blocks.size() == whole.blocks.size());
        for (const FootnoteRef& r : full.structure.footnote_refs) {  // each span holds its digits
            const std::string_view at = std::string_view(s).substr(r.span.begin, r.span.end - r.span.begin);
            BOOST_TEST(std::stoi(std::string(at)) == r.number);
        }
        found += full.structure.footnote_refs.size();
    }
    BOOST_TEST(found > 300u);  // the texts do hold references
}

namespace {
// Random texts of the bytes text_marks classes: digits, stops, what follows a stop, superscripts, letters,
// Vietnamese letters, quotes, brackets; paragraphs of one or more lines, table rows, footnote bodies.
std::string marked_text(std::uint64_t& seed) {
    const auto g = [&] {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<unsigned>(seed >> 33);
    };
    static const std::vector<std::string> pieces = {
        "Tổng", "thu", "đạt", "1.234,5", "12", "2024", "203012", "chỉ tiêu3", "ra1", "m²", "10³", "Ca²⁺", "¹", "²³", "TP.", "Tp.",
        "TS.", "Q.", "a.", "!", "?", ".", ". ", ".)", ".\"", ".'", ".”", "“", "”", "–", "(", ")", "\"", "'", "x", "Đ", "đ", "ư",
        "12345", "123456", "1234567", "\xC2\xA0", "§", "«", "·", "•", "1/2/2023", "2021-2025", "số 12/NQ-HĐND", "ngày 5 tháng 6 năm 2024"};
    std::string s;
    const int paras = 1 + static_cast<int>(g() % 40);
    for (int p = 0; p < paras; ++p) {
        if (g() % 9 == 0) s += "| " + pieces[g() % pieces.size()] + " | 12,5 |";
        else if (g() % 11 == 0) s += std::to_string(1 + g() % 4) + " " + pieces[g() % pieces.size()] + " chú thích.";
        else {
            const int n = 1 + static_cast<int>(g() % 60);
            for (int k = 0; k < n; ++k) {
                if (k && g() % 3) s += g() % 12 ? " " : "\n";
                s += pieces[g() % pieces.size()];
            }
        }
        s += g() % 4 ? "\n\n" : "\n";
        if (p == paras / 2 && g() % 2) s += "CHÚ THÍCH\n\n";
    }
    return s;
}
}  // namespace

// Document::text_marks says, for every byte of block_text, what it is (the AVX2 pass where the CPU has it).
BOOST_AUTO_TEST_CASE(text_marks_match_their_bytes) {
    std::uint64_t seed = 11;
    std::size_t stops = 0, glued = 0, sups = 0;
    for (int round = 0; round < 400; ++round) {
        const std::string s = marked_text(seed);
        const Document d = parse(s);
        BOOST_REQUIRE(d.text_marks);
        const char* const b = d.block_text.get();
        const auto u = [&](std::size_t i) { return static_cast<unsigned char>(b[i]); };
        const auto digit = [&](std::size_t i) { return b[i] >= '0' && b[i] <= '9'; };
        for (std::size_t i = 1; i < d.block_text_size; ++i) {
            const auto mark = [&](Document::TextMark k) { return d.next_mark(k, i, i + 1) == i; };
            BOOST_TEST(mark(Document::kDigitMark) == digit(i));
            const unsigned char n = u(i + 1);
            const bool stop = (b[i] == '.' || b[i] == '!' || b[i] == '?') && (n == ' ' || n == ')' || n == '"' || n == '\'' || n == 0xE2);
            BOOST_TEST(mark(Document::kStopMark) == stop, "stop at " << i);
            BOOST_TEST(mark(Document::kSupLeadMark) == (u(i) == 0xC2 || u(i) == 0xE2));
            const unsigned char p = u(i - 1);
            const bool glue = (p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z') || p >= 0x80 || p == ')' || p == '.' || p == '"';
            const bool run = digit(i) && !digit(i - 1) && (glue || (digit(i + 1) && digit(i + 2) && digit(i + 3) && digit(i + 4)));
            BOOST_TEST(mark(Document::kGluedMark) == run, "glued run at " << i);
            stops += stop;
            glued += run;
            sups += u(i) == 0xC2 || u(i) == 0xE2;
        }
        BOOST_TEST(d.next_mark(Document::kDigitMark, 0, d.block_text_size) <= d.block_text_size);
    }
    BOOST_TEST(stops > 1000u);
    BOOST_TEST(glued > 1000u);
    BOOST_TEST(sups > 1000u);
}

// The byte-by-byte pass of the text marks (CPUs without AVX2) marks what the AVX2 pass marks, on the random
// texts above and on random bytes, chunk boundaries and the last chunk's end included. (On a CPU without AVX2
// both calls run the byte pass; text_marks_match_their_bytes then checks it against the bytes.)
BOOST_AUTO_TEST_CASE(text_marks_byte_pass_equals_the_avx2_pass) {
    std::uint64_t seed = 23;
    std::size_t marked = 0;
    for (int round = 0; round < 600; ++round) {
        std::string s = marked_text(seed);
        if (round % 3 == 0)  // any byte, the classed ones often: stops before closers, 0xC2 / 0xE2 leads
            for (char& c : s) {
                seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
                const auto r = static_cast<unsigned>(seed >> 33);
                if (r % 5 == 0) c = static_cast<char>(r >> 8);
            }
        s.resize(s.size() - std::min<std::size_t>(s.size(), round % 70));  // ends anywhere in a chunk
        const std::vector<std::uint64_t> fast = text_marks_for_test(s, false), bytes = text_marks_for_test(s, true);
        BOOST_TEST_REQUIRE(fast.size() == bytes.size());
        for (std::size_t i = 0; i < fast.size(); ++i) {
            BOOST_TEST(fast[i] == bytes[i], "word " << i << " of " << fast.size() << ", round " << round);
            marked += static_cast<std::size_t>(std::popcount(fast[i]));
        }
    }
    BOOST_TEST(marked > 100000u);  // the texts do hold marked bytes
}

// The passes that jump from mark to mark find what they find by scanning the bytes (blocks whose document has no
// marks): the same sentences, footnote references and bodies, headings, list items and references.
BOOST_AUTO_TEST_CASE(marked_passes_equal_byte_scans) {
    std::uint64_t seed = 5;
    std::size_t sentences_seen = 0, notes_seen = 0, refs_seen = 0;
    for (int round = 0; round < 400; ++round) {
        const std::string s = marked_text(seed);
        Document marked = parse(s);
        Document plain = parse(s);
        plain.text_marks = nullptr;
        parse_structure(plain);
        parse_references(plain);
        parse_structure(marked);  // (again: the same pass, the references' title kept as in plain)
        parse_references(marked);
        const auto sentences = [](const Document& d) {
            std::vector<std::tuple<std::size_t, std::uint32_t, std::uint32_t>> k;
            for (const Sentence& x : d.structure.sentences) k.emplace_back(x.block, x.begin, x.end);
            return k;
        };
        const auto notes = [](const Document& d) {
            std::vector<std::tuple<int, std::uint32_t, std::uint32_t, bool, std::size_t>> k;
            for (const FootnoteRef& r : d.structure.footnote_refs) k.emplace_back(r.number, r.span.begin, r.span.end, r.superscript, r.block);
            for (const FootnoteBody& r : d.structure.footnote_bodies) k.emplace_back(r.number, r.span.begin, r.span.end, false, r.block);
            for (const Heading& h : d.structure.headings) k.emplace_back(h.level, h.span.begin, h.span.end, h.bold, h.block);
            for (const ListItem& l : d.structure.list_items) k.emplace_back(0, l.span.begin, l.span.end, false, l.block);
            return k;
        };
        const auto refs = [](const Document& d) {
            std::vector<std::tuple<int, std::uint32_t, std::uint32_t>> k;
            for (const DateRef& r : d.refs.dates) k.emplace_back(1, r.span.begin, r.span.end);
            for (const YearRef& r : d.refs.years) k.emplace_back(2, r.span.begin, r.span.end);
            for (const YearRange& r : d.refs.ranges) k.emplace_back(3, r.span.begin, r.span.end);
            for (const MonthRef& r : d.refs.months) k.emplace_back(4, r.span.begin, r.span.end);
            for (const QuarterRef& r : d.refs.quarters) k.emplace_back(5, r.span.begin, r.span.end);
            for (const Citation& r : d.refs.citations) k.emplace_back(6, r.span.begin, r.span.end);
            return k;
        };
        BOOST_TEST((sentences(marked) == sentences(plain)), s);
        BOOST_TEST((notes(marked) == notes(plain)), s);
        BOOST_TEST((refs(marked) == refs(plain)), s);
        sentences_seen += marked.structure.sentences.size();
        notes_seen += marked.structure.footnote_refs.size();
        refs_seen += refs(marked).size();
    }
    BOOST_TEST(sentences_seen > 10000u);  // the texts do hold what is compared
    BOOST_TEST(notes_seen > 500u);
    BOOST_TEST(refs_seen > 1000u);
}

// Blocks a caller replaced after the reflow do not lie in block_text: the passes read them on their own, not
// from block_text at their offsets nor from its marks (reading those was out of bounds). Laid out as the
// reflow made them, they are read from block_text.
BOOST_AUTO_TEST_CASE(blocks_replaced_after_the_reflow_are_read_on_their_own) {
    Document d = parse("M\u1EDF \u0111\u1EA7u.\n\nThu ng\u00E2n s\u00E1ch \u0111\u1EA1t 120 t\u1EF7 \u0111\u1ED3ng.\n\n\u00B9 Theo C\u1EE5c Th\u1ED1ng k\u00EA.\n");
    BOOST_TEST_REQUIRE(d.blocks.size() >= 2u);
    BOOST_TEST(d.blocks_in_block_text());
    BOOST_TEST(d.marks_cover_blocks());
    const std::string outside = "Doanh thu t\u0103ng 12%\u00B9 so v\u1EDBi n\u0103m 2023 c\u1EE7a t\u1EC9nh.";
    d.blocks[1].text = outside;
    BOOST_TEST(!d.blocks_in_block_text());
    BOOST_TEST(!d.marks_cover_blocks());
    d.structure = {};
    d.refs = {};
    parse_structure(d);
    parse_references(d);
    bool ref_found = false, year_found = false;
    for (const FootnoteRef& r : d.structure.footnote_refs) ref_found = ref_found || (r.block == 1 && r.number == 1);
    for (const YearRef& y : d.refs.years) year_found = year_found || (y.block == 1 && y.year == 2023);
    BOOST_TEST(ref_found);
    BOOST_TEST(year_found);
}

// Blocks lie in block_text when each starts after the one before ends and the last ends within it: a block running
// into the next, blocks out of order, or a last block running past block_text's end are not laid out (the check
// compares only the last block's end with block_text's: the ends rise when every start is past the end before it).
BOOST_AUTO_TEST_CASE(blocks_overlapping_or_past_block_text_are_not_laid_out) {
    Document d = parse("M\u1EDF \u0111\u1EA7u.\n\nThu ng\u00E2n s\u00E1ch \u0111\u1EA1t 120 t\u1EF7.\n\nChi 80 t\u1EF7.\n\nK\u1EBFt lu\u1EADn.\n");
    BOOST_TEST_REQUIRE(d.blocks.size() >= 3u);
    BOOST_TEST_REQUIRE(d.blocks_in_block_text());
    const std::vector<Block> kept = d.blocks;
    const char* const end = d.block_text.get() + d.block_text_size;
    for (std::size_t i = 0; i + 1 < kept.size(); ++i) {
        // a block running up to the next block's first byte, then over it
        const char* s = kept[i].text.data();
        d.blocks[i].text = std::string_view(s, static_cast<std::size_t>(kept[i + 1].text.data() - s));
        BOOST_TEST(!d.blocks_in_block_text(), i);
        d.blocks[i].text = std::string_view(s, static_cast<std::size_t>(kept[i + 1].text.data() - s) - 1);
        BOOST_TEST(d.blocks_in_block_text(), i);
        d.blocks[i].text = std::string_view(s, static_cast<std::size_t>(kept[i + 1].text.data() - s) + 2);
        BOOST_TEST(!d.blocks_in_block_text(), i);
        d.blocks = kept;
        std::swap(d.blocks[i], d.blocks[i + 1]);  // out of order
        BOOST_TEST(!d.blocks_in_block_text(), i);
        d.blocks = kept;
    }
    // the last block up to block_text's end, then one byte past it
    const char* s = kept.back().text.data();
    d.blocks.back().text = std::string_view(s, static_cast<std::size_t>(end - s));
    BOOST_TEST(d.blocks_in_block_text());
    d.blocks.back().text = std::string_view(s, static_cast<std::size_t>(end - s) + 1);
    BOOST_TEST(!d.blocks_in_block_text());
    // a middle block running past the end (the blocks after it start inside block_text)
    d.blocks = kept;
    d.blocks[1].text = std::string_view(kept[1].text.data(), static_cast<std::size_t>(end - kept[1].text.data()) + 1);
    BOOST_TEST(!d.blocks_in_block_text());
    d.blocks = kept;
    d.blocks.clear();
    BOOST_TEST(d.blocks_in_block_text());
}

// A document's blocks as values to compare: kind, lines, text and pieces.
std::vector<std::tuple<int, std::uint32_t, std::uint32_t, std::string, std::vector<std::uint32_t>>> blocks_key(const Document& d) {
    std::vector<std::tuple<int, std::uint32_t, std::uint32_t, std::string, std::vector<std::uint32_t>>> k;
    for (const Block& b : d.blocks) {
        std::vector<std::uint32_t> ps;
        for (const Piece& p : b.pieces) {
            ps.push_back(p.logical);
            ps.push_back(p.source);
            ps.push_back(p.length);
        }
        k.emplace_back(static_cast<int>(b.kind), b.first_line, b.last_line, std::string(b.text), std::move(ps));
    }
    return k;
}

// `s` reflowed with its style guessed, and again as told the style guessed (PDF text: told so, which makes no Word
// blocks first; Word text: the structure-only pass): the same style, blocks (blocks_key) and text lines (`what` names
// the text in a failure). Returns whether the guess was PDF text.
bool same_blocks_told_the_style(const std::string& s, const std::string& what) {
    Document auto_style;
    auto_style.source = SourceText::from_utf8("t.txt", s);
    build_blocks(auto_style);
    const bool pdf = auto_style.style == TextStyle::pdf_extract;
    Document other;
    other.source = SourceText::from_utf8("t.txt", s);
    if (pdf) {
        other.style = TextStyle::pdf_extract;
        other.style_given = true;
    } else {
        other.structure_only = true;
    }
    build_blocks(other);
    BOOST_TEST((other.style == auto_style.style));
    BOOST_TEST((blocks_key(auto_style) == blocks_key(other)), what);
    BOOST_TEST((auto_style.reflow_counts.text_lines == other.reflow_counts.text_lines));
    return pdf;
}

// build_blocks makes a Word text's blocks in the pass that counts its lines, and when the counts then say PDF text
// (a blank line after almost every line), drops them and makes the PDF text's blocks from the lines again. Random
// texts of wrapped lines, headings, table rows, blank lines and footnote bodies, as Word text (single blank lines
// between paragraphs, wrapped lines in lower case) and as PDF text (a blank line after each line): the blocks are
// those of the two-loop reflow the structure-only pass runs (Word text, text viewing the source) and of the reflow
// told the text is PDF (which makes no Word blocks first) — kind, lines, text and pieces.
BOOST_AUTO_TEST_CASE(word_blocks_in_the_line_pass_and_pdf_blocks_made_again) {
    std::uint64_t seed = 11;
    const auto g = [&] {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<unsigned>(seed >> 33);
    };
    const std::vector<std::string> lines = {"Kết quả thực hiện nhiệm vụ năm 2024 đạt khá.", "và các chỉ tiêu chủ yếu (gồm: thu",
                                            "ngân sách; chi thường xuyên)", "I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Về kinh tế", "a) Nông nghiệp",
                                            "| Chỉ tiêu | 2024 |", "12", "CHÚ THÍCH", "1 Theo số liệu của Cục Thống kê",
                                            "2 Số liệu ước tính.", "  thu hút đầu tư   ", "Tổng thu đạt 120 tỷ đồng", "**II. TỒN TẠI**"};
    int pdf_texts = 0, word_texts = 0;
    for (int round = 0; round < 400; ++round) {
        const bool pdf = round % 2;
        std::string s;
        const int n = 5 + static_cast<int>(g() % 60);
        for (int k = 0; k < n; ++k) {
            // (PDF text: mostly lines over 60 bytes that end no sentence, as a page's hard-wrapped lines)
            s += pdf && g() % 5 < 3 ? "Trong năm qua, Ủy ban nhân dân huyện đã tập trung chỉ đạo thực hiện các nhiệm vụ"
                                    : lines[g() % lines.size()];
            s += pdf ? (g() % 20 ? "\n\n" : "\n") : (g() % 3 ? "\n" : "\n\n");
        }
        if (same_blocks_told_the_style(s, s))
            ++pdf_texts;
        else
            ++word_texts;
    }
    BOOST_TEST(pdf_texts > 100);
    BOOST_TEST(word_texts > 100);
}

// The Word pass stops making blocks when its first 4 096 lines look like PDF text, and keeps the lines: texts longer than
// that, PDF-like then Word-like (Word text after all: its blocks made from the kept lines), PDF-like throughout, Word-like
// then PDF-like (not stopped; PDF text after all), the switch at lines around the guess, give the blocks of the reflow
// told the style (kind, lines, text, pieces).
BOOST_AUTO_TEST_CASE(word_pass_stopped_by_its_guess_makes_the_same_blocks) {
    const std::string pdf_line = "Trong năm qua, Ủy ban nhân dân huyện đã tập trung chỉ đạo thực hiện các nhiệm vụ\n\n";
    const std::vector<std::string> word = {"Kết quả thực hiện nhiệm vụ năm 2024 đạt khá.\n", "và các chỉ tiêu chủ yếu (gồm: thu\n",
                                           "I. KẾT QUẢ ĐẠT ĐƯỢC\n", "1. Về kinh tế\n", "| Chỉ tiêu | 2024 |\n", "  thu hút đầu tư   \n",
                                           "Tổng thu đạt 120 tỷ đồng\n\n"};
    int word_after_all = 0, pdf_texts = 0;
    for (const int pdf_lines : {2040, 2047, 2048, 2049, 2100, 4000}) {        // PDF-like lines of text first (two lines each)
        for (const int word_lines : {0, 200, 3000, 9000}) {                   // then Word-like lines
            for (const bool word_first : {false, true}) {
                std::string s;
                if (word_first)
                    for (int k = 0; k < word_lines; ++k) s += word[static_cast<std::size_t>(k) % word.size()];
                for (int k = 0; k < pdf_lines; ++k) s += pdf_line;
                if (!word_first)
                    for (int k = 0; k < word_lines; ++k) s += word[static_cast<std::size_t>(k) % word.size()];
                if (same_blocks_told_the_style(s, std::to_string(pdf_lines) + " " + std::to_string(word_lines) + " " + std::to_string(word_first)))
                    ++pdf_texts;
                else
                    word_after_all += !word_first && pdf_lines >= 2048;
            }
        }
    }
    BOOST_TEST(word_after_all >= 2);
    BOOST_TEST(pdf_texts >= 10);
}

// PDF text: a line ending in ';' inside a parenthesis left open goes on into the next line ("(Quang Trung: 98,21 tỷ đồng; /
// Thanh Sơn: …)"); closed, or never opened, the next line opens a block. The brackets at every offset of the line (its
// scan reads eight bytes at a time), opened and closed in every order, a ')' with none open ignored.
BOOST_AUTO_TEST_CASE(pdf_open_parenthesis_joins_the_next_line) {
    int joined = 0, apart = 0;
    for (std::size_t k = 0; k < 26; ++k) {
        for (const std::string_view brackets : {"(", "((", "()", "(()", "())", ")(", ")", "", "(a)(", ")()", "(ệ)", "((()"}) {
            std::string first = std::string(k, 'x');
            first += brackets;
            first += " tổng gồm: thu ngân sách;";
            int depth = 0;
            for (const char c : first)
                if (c == '(') ++depth;
                else if (c == ')' && depth > 0) --depth;
            Document d;
            d.source = SourceText::from_utf8("t.txt", first + "\n\nchi thường xuyên (ước).\n");
            d.style = TextStyle::pdf_extract;
            d.style_given = true;
            build_blocks(d);
            BOOST_TEST(d.blocks.size() == (depth > 0 ? 1u : 2u), k << " " << brackets);
            (depth > 0 ? joined : apart) += 1;
        }
    }
    BOOST_TEST(joined > 100);
    BOOST_TEST(apart > 100);
}

// A line ends a sentence by its mark, also before closing quotes, brackets and markup (” ’ ) " * ' ]): a next line in
// lower case opens a block of its own then; without the mark it continues the line's block (Word text wrapped by
// hand). (ends_sentence decides most lines by their last byte inline, the closing bytes out of line.)
BOOST_AUTO_TEST_CASE(line_ends_sentence_before_closing_bytes) {
    for (const char* close : {"", "\xE2\x80\x9D", "\xE2\x80\x99", ")", "\"", "**", "'", "]", ")\xE2\x80\x9D", "x\xC2\x99"}) {
        for (const char* mark : {".", ":", ";", "!", "?", "", ","}) {
            const std::string text = std::string("Kết quả đạt khá") + mark + close + "\nvà tiếp tục tăng trưởng.\n";
            const Document d = parse(text);
            const bool ends = *mark && *mark != ',' && std::string_view(close) != "x\xC2\x99";
            BOOST_TEST(d.blocks.size() == (ends ? 2u : 1u), text);
        }
    }
}

// lex_body_marker's first test (one to three digits, then a space) refuses only what the grammar refuses: every string of
// up to five bytes over digits, spaces, '.', ',', a letter and a byte of a UTF-8 letter, with and without a text after it.
BOOST_AUTO_TEST_CASE(body_marker_first_test_refuses_only_non_markers) {
    const std::string_view alphabet = "019 .,a\xC3";
    std::size_t markers = 0, refused = 0;
    for (std::size_t len = 0; len <= 5; ++len) {
        std::size_t total = 1;
        for (std::size_t i = 0; i < len; ++i) total *= alphabet.size();
        for (std::size_t code = 0; code < total; ++code) {
            std::string s;
            for (std::size_t i = 0, c = code; i < len; ++i, c /= alphabet.size()) s += alphabet[c % alphabet.size()];
            for (const std::string& text : {s, s + "Theo"}) {
                int a = -1, b = -1;
                const std::size_t lexed = lex_body_marker(text, a), parsed = parse_body_marker(text, b);
                BOOST_TEST(lexed == parsed, text);
                if (parsed) BOOST_TEST(a == b, text);
                markers += parsed != 0;
                refused += parsed == 0;
            }
        }
    }
    BOOST_TEST(markers > 1000u);
    BOOST_TEST(refused > 1000u);
    int n = 0;
    BOOST_TEST(lex_body_marker("12 Theo", n) == 3u);
    BOOST_TEST(n == 12);
    BOOST_TEST(lex_body_marker("123  Số liệu", n) == 5u);
    BOOST_TEST(n == 123);
    for (const char* no : {"1. Kết quả", "1234 Ba", "12", "1 2 ba", "12,5 triệu", "1\tTheo", "a 1"}) BOOST_TEST(lex_body_marker(no, n) == 0u, no);
}

// A table cell's span starts after its leading white space (spaces, a tab, NBSP), an empty cell's at its end: the
// offset is where the trimmed text starts (not counted apart).
BOOST_AUTO_TEST_CASE(table_cell_spans_after_leading_space) {
    const std::string row = "|Lúa|\t100 |\xC2\xA0 95|   | \xC2\xA0|x\xC2\xA0|";
    Document d = parse("Bảng:\n\n" + row + "\n");
    const auto& tb = d.structure.tables;
    BOOST_TEST_REQUIRE(tb.size() == 1u);
    const auto& cells = tb[0].rows[0].cells;
    BOOST_TEST_REQUIRE(cells.size() == 6u);
    const std::size_t at = std::string("Bảng:\n\n").size();
    const std::vector<std::pair<std::string, std::size_t>> want = {
        {"Lúa", 1}, {"100", 7}, {"95", 15}, {"", 21}, {"", 25}, {"x", 26}};
    for (std::size_t i = 0; i < want.size(); ++i) {
        BOOST_TEST(cells[i].text == want[i].first, i);
        BOOST_TEST(slice(d, cells[i].span) == want[i].first, i);
        BOOST_TEST(cells[i].span.begin == at + want[i].second, i);
    }
    // a row with one bar is no table row of the grammar: no cells (the next bar is sought, none found); two bars make one
    for (const auto& [line, n] : std::vector<std::pair<std::string, std::size_t>>{{"| chỉ một thanh", 0}, {"|x", 0}, {"||", 1}, {"| a |", 1}}) {
        std::vector<std::pair<std::size_t, std::size_t>> c;
        lex_table_cells(line, c);
        BOOST_TEST(c.size() == n, line);
    }
}

// A heading's title: up to 160 bytes, without the '*' and the white space at its ends (most titles have none and are
// their text as it is; the others are trimmed and cut).
BOOST_AUTO_TEST_CASE(heading_titles_trimmed_and_cut) {
    const auto title = [](const std::string& rest) {
        Document d = parse("I. " + rest + "\n");
        BOOST_TEST_REQUIRE(d.structure.headings.size() == 1u, rest);
        return std::string(d.structure.headings[0].title);
    };
    for (std::size_t n : {1u, 2u, 158u, 159u, 160u, 161u, 162u, 200u}) {
        const std::string t = std::string("K").append(n - 1, 'a');
        BOOST_TEST(title(t) == t.substr(0, 160), n);
        BOOST_TEST(title(t + "**") == t.substr(0, 160), n);
        BOOST_TEST(title(t + " *") == t.substr(0, 160), n);
        BOOST_TEST(title(t + "\xC2\xA0x") == (t + "\xC2\xA0x").substr(0, n + 3 > 160 ? (n >= 160 ? 160 : n) : n + 3), n);
    }
    BOOST_TEST(title("KẾT QUẢ **") == "KẾT QUẢ");
    BOOST_TEST(title("KẾT QUẢ*") == "KẾT QUẢ");
    BOOST_TEST(title("**KẾT QUẢ**") == "KẾT QUẢ");
}

// A heading label (lex_heading_label's [begin, end)) has no white space at its ends: parse_structure copies it as it is
// (no trim), for headings and numbered list items. Every label style with every separator and spacing, bold or not.
BOOST_AUTO_TEST_CASE(heading_labels_have_nothing_to_trim) {
    std::size_t labels = 0;
    for (const char* label : {"I.", "IV.", "XII.", "II)", "IV -", "IV  -", "XII –", "V-", "1.", "12.", "1.2", "1.2.", "1.2.3.4", "a)",
                              "\xC4\x91)", "y)", "Phần thứ hai", "PHẦN THỨ NHẤT", "Phần  thứ   Tư", "PHẦN THỨ TƯ", "Phần thứ mười"}) {
        for (const char* before : {"", "  ", "\t", "**", "** ", " **"}) {
            for (const char* after : {" Kết quả", "  Kết quả", ": Kết quả", "** Kết quả", " \xC2\xA0Kết quả", "", " "}) {
                const std::string line = std::string(before) + label + after;
                HeadingLabelLex lab;
                if (!lex_heading_label(line, lab)) continue;
                const std::string_view got = std::string_view(line).substr(lab.begin, lab.end - lab.begin);
                BOOST_TEST(got == trim(got), line);
                BOOST_TEST(got == std::string_view(label), line);
                ++labels;
            }
        }
    }
    BOOST_TEST(labels > 300u);
    Document d = parse("**II. KẾT QUẢ**\n\nPhần thứ hai\n\nKẾT LUẬN\n\nIV – NHIỆM VỤ\n\n2.1. Kinh tế\n\nđ) Văn hóa\n\nCác xã gồm:\n\n1. Tân Lập\n\n2. Tân Hòa\n");
    std::vector<std::string> got;
    for (const Heading& h : d.structure.headings) got.push_back(h.label);
    for (const ListItem& l : d.structure.list_items) got.push_back(l.marker);
    const std::vector<std::string> want = {"II.", "Phần thứ hai", "IV –", "2.1.", "đ)", "1.", "2."};
    BOOST_TEST(got == want, boost::test_tools::per_element());
}

// A bullet list item's marker is its symbol without the spaces after it (one byte, or the three of '•' and '–'), its span
// that symbol's.
BOOST_AUTO_TEST_CASE(bullet_markers_without_their_spaces) {
    const std::vector<std::string> bullets = {"-", "+", "*", "\xE2\x80\xA2", "\xE2\x80\x93"};
    std::string text = "Các nội dung:\n\n";
    std::vector<std::size_t> at;
    for (std::size_t i = 0; i < bullets.size(); ++i)
        for (const char* spaces : {" ", "  ", "   "}) {
            at.push_back(text.size());
            text += bullets[i] + spaces + "Nội dung " + std::to_string(i) + ";\n\n";
        }
    Document d = parse(text);
    const auto& li = d.structure.list_items;
    BOOST_TEST_REQUIRE(li.size() == at.size());
    for (std::size_t k = 0; k < li.size(); ++k) {
        BOOST_TEST(li[k].marker == bullets[k / 3], k);
        BOOST_TEST(li[k].span.begin == at[k], k);
        BOOST_TEST(slice(d, li[k].span) == bullets[k / 3], k);
    }
}

// Block::to_source of a span (a block of one line computed inline, the others by to_source_pieces) is its first offset's
// source offset and one past its last one's, for every span of blocks of one line, of several lines and of none.
BOOST_AUTO_TEST_CASE(source_spans_of_blocks_map_their_offsets) {
    Document d = parse("M\u1ED9t d\u00F2ng.\n\nD\u00F2ng \u0111\u1EA7u c\u1EE7a \u0111o\u1EA1n\nti\u1EBFp theo d\u00F2ng hai\nv\u00E0 d\u00F2ng ba.\n\n"
                       "  C\u00F3 kho\u1EA3ng tr\u1EAFng  \n");
    bool several = false;
    std::vector<Block> blocks = d.blocks;
    blocks.emplace_back();  // no pieces
    for (const Block& b : blocks) {
        several = several || b.pieces.size() > 1;
        const auto n = static_cast<std::uint32_t>(b.text.size());
        for (std::uint32_t begin = 0; begin <= n + 2; ++begin)
            for (std::uint32_t end = 0; end <= n + 2; ++end) {
                const Span s = b.to_source(begin, end);
                const Span want = end <= begin ? Span{b.to_source(begin), b.to_source(begin)}
                                               : Span{b.to_source(begin), b.to_source(end - 1) + 1};
                BOOST_TEST((s.begin == want.begin && s.end == want.end), begin << ' ' << end << ' ' << b.text);
                if (b.pieces.size() != 1) {
                    const Span p = b.to_source_span_pieces(begin, end);
                    BOOST_TEST((p.begin == want.begin && p.end == want.end));
                }
            }
    }
    BOOST_TEST(several);
}
