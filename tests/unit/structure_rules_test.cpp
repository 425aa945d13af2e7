#define BOOST_TEST_MODULE structure_rules
#include <boost/test/unit_test.hpp>

#include "grammar/document.hpp"
#include "rules/rule.hpp"
#include "rules/config.hpp"
#include "collect_sink.hpp"

using namespace rc;

namespace {
std::vector<Finding> run(const char* id, std::string text) {
    Document d = parse_document(SourceText::from_utf8("t.txt", std::move(text)));
    rct::CollectSink c;
    const Rule* r = find_rule(id);
    BOOST_TEST_REQUIRE(r != nullptr);
    r->check(d, c);
    return c.found;
}
}  // namespace

BOOST_AUTO_TEST_CASE(missing_body_fires) {
    auto f = run("footnote-missing-body", "Thu ngân sách đạt 95 tỷ đồng⁷.\n\n⁶ Theo số liệu của Kho bạc huyện.\n");
    BOOST_TEST_REQUIRE(f.size() == 1u);
    BOOST_TEST(f[0].message.vi == "Chú thích ⁷ không có nội dung ở cuối văn bản");
    BOOST_TEST(f[0].message.en == "Footnote 7 has no body");
}

BOOST_AUTO_TEST_CASE(missing_body_near_miss) {
    auto f = run("footnote-missing-body", "Diện tích 35 m², thu trong năm⁷ đạt 3 tỷ đồng.\n\n⁷ Số liệu ước tính.\n");
    BOOST_TEST(f.empty());
}

BOOST_AUTO_TEST_CASE(unreferenced_fires_and_near_miss) {
    auto f = run("footnote-unreferenced", "Thu đạt 95 tỷ đồng¹.\n\n¹ Số liệu Kho bạc.\n\n² Số liệu ước.\n");
    BOOST_TEST_REQUIRE(f.size() == 1u);
    BOOST_TEST(f[0].message.vi == "Nội dung chú thích ² không được dẫn ở đâu trong văn bản");
    BOOST_TEST(run("footnote-unreferenced", "Thu đạt 95 tỷ đồng¹.\n\n¹ Số liệu Kho bạc.\n").empty());
}

BOOST_AUTO_TEST_CASE(sequence_gap_fires) {
    auto f = run("footnote-sequence", "Thu¹ chi² vốn³ nợ⁴ đất⁵ nhà⁶ và xe⁸.\n");
    BOOST_TEST_REQUIRE(f.size() == 1u);
    BOOST_TEST(f[0].message.vi == "Chú thích ⁸ đứng sau ⁶: thiếu chú thích ⁷");
    BOOST_TEST(f[0].message.en == "Footnote 8 follows 6: footnote 7 is missing");
    BOOST_TEST(*f[0].suggestion == "⁷");
}

BOOST_AUTO_TEST_CASE(sequence_near_miss_referenced_twice) {
    // ² referenced twice is legitimate; 35 m² is a unit.
    BOOST_TEST(run("footnote-sequence", "Thu¹ chi² vốn³ trên 35 m², xem lại chi².\n\n¹ a\n\n² b\n\n³ c\n").empty());
}

BOOST_AUTO_TEST_CASE(sequence_duplicate_body) {
    auto f = run("footnote-sequence", "Thu¹ chi².\n\n¹ a\n\n² b\n\n² c\n");
    BOOST_TEST_REQUIRE(f.size() == 1u);
    BOOST_TEST(f[0].message.en == "Footnote body 2 appears twice");
}

BOOST_AUTO_TEST_CASE(heading_repeated_roman_fires) {
    auto f = run("heading-sequence", "I. KẾT QUẢ\n1. Kinh tế\nII. HẠN CHẾ\n1. Hạn chế\nII. NHIỆM VỤ\n1. Nhiệm vụ\n");
    BOOST_TEST_REQUIRE(f.size() == 1u);
    BOOST_TEST(f[0].message.vi == "Đề mục II. bị lặp lại (ngay trước đó đã có II.): số đúng là III.");
    BOOST_TEST(f[0].message.en == "Heading II. repeats II.: expected III.");
    BOOST_TEST(*f[0].suggestion == "III.");
}

BOOST_AUTO_TEST_CASE(heading_skipped_roman_and_arabic_fire) {
    auto f = run("heading-sequence", "I. A\nII. B\nIV. D\n1. Một\n2. Hai\n2. Hai nữa\n");
    BOOST_TEST_REQUIRE(f.size() == 2u);
    BOOST_TEST(f[0].message.vi == "Đề mục IV. đứng sau II.: thiếu đề mục III.");
    BOOST_TEST(f[1].message.en == "Heading 2. repeats 2.: expected 3.");
}

BOOST_AUTO_TEST_CASE(heading_sub_level_gap_and_prefix_fire) {
    auto f = run("heading-sequence", "1. Kinh tế\n1.2. Nông nghiệp\n1.2.1. Trồng trọt\n1.2.3. Thủy sản\n"
                                     "3.2. Dịch vụ\n4.2.1. Du lịch\n");
    // 1.2. is the first sub-heading of 1. (expected 1.1.), 1.2.3. skips 1.2.2., 3.2. is under 1.,
    // 4.2.1. is under 3.2. (read as 1.2.) — prefix mismatches.
    BOOST_TEST_REQUIRE(f.size() == 4u);
    BOOST_TEST(f[0].message.vi == "Đề mục đầu tiên dưới 1. phải là 1.1., không phải 1.2.");
    BOOST_TEST(f[1].message.vi == "Đề mục 1.2.3. đứng sau 1.2.1.: thiếu đề mục 1.2.2.");
    BOOST_TEST(f[2].message.en == "Heading 3.2. is under heading 1.: expected 1.2.");
    BOOST_TEST(f[3].message.vi == "Đề mục 4.2.1. nằm dưới đề mục 3.2.: số hiệu phải là 3.2.1.");
    BOOST_TEST(*f[3].suggestion == "3.2.1.");
}

BOOST_AUTO_TEST_CASE(heading_first_under_roman_fires) {
    auto f = run("heading-sequence", "I. KẾT QUẢ\n1. A\n2. B\nII. ĐÁNH GIÁ\n5. Đánh giá chung\n5.1. Thuận lợi\n5.2. Khó khăn\n");
    BOOST_TEST_REQUIRE(f.size() == 1u);
    BOOST_TEST(f[0].message.vi == "Đề mục đầu tiên dưới II. phải là 1. (hoặc 3. nếu đánh số tiếp phần trước), không phải 5.");
    BOOST_TEST(*f[0].suggestion == "1.");
}

BOOST_AUTO_TEST_CASE(heading_near_misses) {
    // Restart under each Roman heading, continuation from the previous one, parts restarting
    // Roman numbering, bullets with numbers, quantities at a line start, "5.3" without a dot.
    BOOST_TEST(run("heading-sequence", "Phần thứ nhất\nI. A\n1. Một\n2. Hai\n- 2.000 hộ được hỗ trợ.\n2.000 hộ khác đăng ký.\n"
                                       "II. B\n3. Ba\n3.1. Ba một\n3.2 Ba hai\n3.2.1. Chi tiết\n"
                                       "Phần thứ hai\nI. C\n1. Một\n")
                   .empty());
}

BOOST_AUTO_TEST_CASE(heading_deep_first_then_roman) {
    // A second-level heading before any top-level one, then a Roman heading: the previous section
    // had no top-level number (read from an empty vector before: the process crashed).
    BOOST_TEST(run("heading-sequence", "1.2. A\n\nI. B\n\n1. C\n").empty());
    // with a top-level heading after it, numbering under the Roman heading may continue from it
    BOOST_TEST(run("heading-sequence", "1.2. A\n\n1. X\n\nI. B\n\n2. C\n").empty());
    auto f = run("heading-sequence", "1.2. A\n\nI. B\n\n3. C\n");
    BOOST_TEST_REQUIRE(f.size() == 1u);
    BOOST_TEST(*f[0].suggestion == "1.");
}

BOOST_AUTO_TEST_CASE(letter_skip_fires) {
    auto f = run("letter-sequence", "1. Kinh tế\na) Nông nghiệp\nb) Công nghiệp\nd) Dịch vụ\n");
    BOOST_TEST_REQUIRE(f.size() == 1u);
    BOOST_TEST(f[0].message.vi == "Mục d) đứng sau b): thiếu mục c)");
    BOOST_TEST(f[0].message.en == "Item d) follows b): item c) is missing");
    BOOST_TEST(*f[0].suggestion == "c)");
}

BOOST_AUTO_TEST_CASE(letter_non_vietnamese_and_skipped_dd_fire) {
    auto f = run("letter-sequence", "1. A\na) x\nb) x\nc) x\nd) x\ne) x\n2. B\na) y\nb) y\nc) y\nd) y\nđ) y\ne) y\nf) y\n");
    BOOST_TEST_REQUIRE(f.size() == 2u);
    BOOST_TEST(f[0].message.vi == "Mục e) đứng sau d): thiếu mục đ)");
    BOOST_TEST(f[1].message.en == "Item f) uses a letter outside the Vietnamese alphabet (no f, j, w, z): expected g)");
}

BOOST_AUTO_TEST_CASE(letter_near_misses) {
    // đ) follows d); lettered items restart under every numbered heading.
    BOOST_TEST(run("letter-sequence", "1. A\na) x\nb) x\nc) x\nd) x\nđ) x\ne) x\ng) x\n2. B\na) y\nb) y\n"
                                      "II. C\na) z\n")
                   .empty());
}

BOOST_AUTO_TEST_CASE(glued_footnote_rules_on_pdf_text) {
    // A body without a reference in the glued convention: footnote-unreferenced fires for 3 only.
    std::string t;
    for (const char* l : {"Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội của phường Đông Sơn trong năm",
                          "2024 được triển khai theo đúng chỉ tiêu1 đã đề ra tại Nghị quyết của Đảng bộ phường và",
                          "các kế hoạch chuyên đề; số hộ tham gia nhóm Zalo24 của tổ dân phố tiếp tục tăng so với",
                          "cùng kỳ, diện tích sàn nhà văn hóa 320 m2 được đưa vào sử dụng theo kế hoạch2 của phường",
                          "và của Ủy ban nhân dân thành phố giao từ đầu năm để triển khai đồng bộ các nhiệm vụ được",
                          "giao, bảo đảm tiến độ, chất lượng, hiệu quả trong toàn bộ các lĩnh vực đời sống xã hội",
                          "trên địa bàn, nhất là các công trình hạ tầng giao thông, trường học, thiết chế văn hóa",
                          "và nhà ở của các hộ gia đình chính sách, hộ nghèo, hộ cận nghèo trên địa bàn phường.",
                          "Công tác quốc phòng, an ninh được giữ vững, trật tự an toàn xã hội được bảo đảm ổn định",
                          "trong suốt năm, không để xảy ra các vụ việc phức tạp, kéo dài trên địa bàn dân cư các",
                          "tổ dân phố, khu phố của phường Đông Sơn theo kế hoạch chung của thành phố trong năm.",
                          "CHÚ THÍCH", "1 Chỉ tiêu về thu nhập bình quân đầu người.", "2 Kế hoạch số 05/KH-UBND.",
                          "3 Số liệu của Chi cục Thống kê."})
        t += std::string(l) + "\n\n";
    auto f = run("footnote-unreferenced", t);
    BOOST_TEST_REQUIRE(f.size() == 1u);
    BOOST_TEST(f[0].message.en.find("3") != std::string::npos);
    BOOST_TEST(run("footnote-missing-body", t).empty());
    BOOST_TEST(run("footnote-sequence", t).empty());
}

BOOST_AUTO_TEST_CASE(numbered_list_after_colon_is_not_a_heading) {
    // Inside section 2., a list "1." "2." "3." introduced by a colon, then heading 3.
    const char* t = "I. KẾT QUẢ\n1. Kinh tế\n2. Văn hóa - xã hội\nTrong kỳ đã tổ chức các hoạt động sau:\n"
                    "1. Tổ chức 12 lớp tập huấn cho cán bộ cơ sở;\n2. Hỗ trợ 45 hộ gia đình chính sách;\n"
                    "3. Khen thưởng 8 tập thể tiêu biểu.\n3. Quốc phòng - an ninh\n4. Xây dựng chính quyền\n";
    BOOST_TEST(run("heading-sequence", t).empty());
    Document d = parse_document(SourceText::from_utf8("t.txt", t));
    BOOST_TEST(d.structure.headings.size() == 5u);
    BOOST_TEST(d.structure.list_items.size() == 3u);
    // Without the colon the restart is a real numbering error.
    auto f = run("heading-sequence", "1. Kinh tế\n2. Văn hóa\nTrong kỳ đã tổ chức các hoạt động.\n1. Tập huấn\n");
    BOOST_TEST_REQUIRE(f.size() == 1u);
    BOOST_TEST(f[0].message.en == "Heading 1. follows 2.: out of order, expected 3.");
}

BOOST_AUTO_TEST_CASE(missing_body_many_are_summed_up) {
    // 130 references, no bodies: 100 findings, then one that sums up the other 30.
    static const char* const d[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    std::string t;
    for (int i = 1; i <= 130; ++i) {
        t += "chỉ tiêu";
        for (char c : std::to_string(i)) t += d[c - '0'];
        t += ' ';
    }
    auto f = run("footnote-missing-body", t + "\n");
    BOOST_TEST_REQUIRE(f.size() == 101u);
    BOOST_TEST(f[100].message.vi == "Còn 30 chú thích khác không có nội dung (từ chú thích ¹⁰¹ đến chú thích ¹³⁰)");
    BOOST_TEST(f[100].message.en == "30 more footnote references have no body (from footnote 101 to footnote 130)");
}

// Red-team probe 3: exponents and charges, wrapped PDF bodies, appendices, lettered parts, contents, wrapped numbers.
BOOST_AUTO_TEST_CASE(superscript_powers_and_charges_are_not_references) {
    BOOST_TEST(run("footnote-missing-body", "Coliform dưới 10³ CFU/100ml; 1,2×10⁶ tấn; ion Ca²⁺; bụi 200 mg/Nm³.\n").empty());
    // a reference on a year ending in 10, or on a word, is still a reference
    auto f = run("footnote-missing-body", "Năm 2010³ thu 95 tỷ đồng⁷.\n\n⁶ Theo Kho bạc.\n");
    BOOST_TEST(f.size() == 2u);
}

BOOST_AUTO_TEST_CASE(pdf_body_wrapped_onto_a_numbered_line) {
    const std::string text =
        "BÁO CÁO\n\nI. KẾT QUẢ\n\nBan hành các văn bản chỉ đạo1, tổ chức Đại hội các chi bộ2 và Kế hoạch3.\n\n"
        "CHÚ THÍCH\n\n1 Gồm 12 nghị quyết, 25 kế hoạch và\n\n3 chỉ thị của Ban Thường vụ.\n\n2 Có 31/31 chi bộ tổ chức Đại hội.\n\n"
        "3 Kế hoạch số 45-KH/ĐU; số liệu tính cả\n\n2 khoản ghi thu ghi chi.\n\n4 Kế hoạch số 46-KH/ĐU.\n";
    BOOST_TEST(run("footnote-sequence", text).empty());
    // body 4 has no reference: still reported (it is upper case, after a body ending a sentence)
    auto f = run("footnote-unreferenced", text);
    BOOST_REQUIRE_EQUAL(f.size(), 1u);
    BOOST_TEST(f[0].message.vi == "Nội dung chú thích ⁴ không được dẫn ở đâu trong văn bản");
    // a lower-case body after a finished one is a body
    f = run("footnote-unreferenced", "BÁO CÁO\n\nThu đạt 95 tỷ đồng1 và chi 80 tỷ đồng2.\n\nCHÚ THÍCH\n\n1 Số liệu Kho bạc.\n\n"
                                     "2 Số liệu ước.\n\n3 đã nêu ở trên.\n");
    BOOST_TEST(f.size() == 1u);
}

BOOST_AUTO_TEST_CASE(pdf_bodies_end_at_an_appendix) {
    const auto text = [](const char* appendix) {
        return std::string("BÁO CÁO\n\nI. KẾT QUẢ\n\nLãnh đạo thực hiện các chỉ tiêu1; diện tích được giao2.\n\nCHÚ THÍCH\n\n1 Đạt 21/22 chỉ tiêu.\n\n"
                           "2 Giao cho 3 hộ.\n\n") + appendix +
               "\n\nBiểu 01. Kết quả thực hiện các chỉ tiêu\n\n1 Thu ngân sách (tỷ đồng) 15 16,2\n\n"
               "2 Tỷ lệ hộ nghèo (%) 2 1,8\n\n3 Trường đạt chuẩn (trường) 4 4\n";
    };
    for (const char* appendix : {"PHỤ LỤC", "Phụ lục kèm theo"}) {
        BOOST_TEST(run("footnote-sequence", text(appendix)).empty(), appendix);
        BOOST_TEST(run("footnote-unreferenced", text(appendix)).empty(), appendix);
    }
    // near misses (the same first two bytes, or the words later in the line): the region goes on, its rows are bodies
    for (const char* other : {"Phần số liệu", "PHẦN PHỤ LỤC", "Xem phụ lục"})
        BOOST_TEST(run("footnote-sequence", text(other)).size() + run("footnote-unreferenced", text(other)).size() >= 1u, other);
}

BOOST_AUTO_TEST_CASE(heading_numbering_restarts_in_appendix_and_lettered_parts) {
    BOOST_TEST(run("heading-sequence", "BÁO CÁO\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\nII. NHIỆM VỤ\n\n1. Kinh tế\n\nPHỤ LỤC I\n\n"
                                       "I. CHỈ TIÊU KINH TẾ\n\n1. Thu ngân sách\n\nII. CHỈ TIÊU XÃ HỘI\n")
                   .empty());
    BOOST_TEST(run("heading-sequence", "BÁO CÁO\n\nA. KẾT QUẢ THỰC HIỆN NĂM 2023\n\nI. KINH TẾ\n\nII. XÃ HỘI\n\n"
                                       "B. PHƯƠNG HƯỚNG NĂM 2024\n\nI. MỤC TIÊU\n\nII. NHIỆM VỤ\n")
                   .empty());
    BOOST_TEST(run("heading-sequence", "BÁO CÁO CHÍNH TRỊ\n\nMỤC LỤC\n\nI. Kết quả ..................... 3\n\n"
                                       "II. Phương hướng ................. 25\n\nI. KẾT QUẢ\n\nII. PHƯƠNG HƯỚNG\n")
                   .empty());
    // inside the appendix (and after a lettered part) the numbering is still checked
    auto f = run("heading-sequence", "BÁO CÁO\n\nI. KẾT QUẢ\n\nII. NHIỆM VỤ\n\nIV. GIẢI PHÁP\n\nPHỤ LỤC\n\nI. CHỈ TIÊU\n\nIII. BIỂU\n");
    BOOST_REQUIRE_EQUAL(f.size(), 2u);
    BOOST_TEST(*f[1].actual == "III.");
    // without an appendix line, I. after II. is out of order
    f = run("heading-sequence", "BÁO CÁO\n\nI. KẾT QUẢ\n\nII. NHIỆM VỤ\n\nI. CHỈ TIÊU KINH TẾ\n");
    BOOST_TEST(f.size() == 1u);
}

BOOST_AUTO_TEST_CASE(number_wrapped_to_a_line_start_is_not_a_heading) {
    // a hard line break after "đứng thứ" leaves "3." at the start of the next line, which ends a sentence
    BOOST_TEST(run("heading-sequence", "BÁO CÁO\n\nI. KẾT QUẢ\n\nChỉ số cải cách hành chính của xã đứng thứ\n\n"
                                       "3. Đây là kết quả của sự nỗ lực chung.\n\nII. HẠN CHẾ\n")
                   .empty());
    // after a finished sentence, or as a heading title, the number is a heading
    auto f = run("heading-sequence", "BÁO CÁO\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\nTăng trưởng khá.\n\n3. Xã hội ổn định.\n");
    BOOST_TEST(f.size() == 1u);
    f = run("heading-sequence", "BÁO CÁO\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n3. Xã hội\n");
    BOOST_TEST(f.size() == 1u);
}
