#define BOOST_TEST_MODULE structure
#include <boost/test/unit_test.hpp>

#include "grammar/document.hpp"

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
