#include "grammar/parsers.hpp"

namespace rc {

const char* to_string(ClaimKind k) {
    switch (k) {
        case ClaimKind::sum: return "sum";
        case ClaimKind::percent_of: return "percent";
        case ClaimKind::growth: return "growth";
        case ClaimKind::index_growth: return "index-growth";
        case ClaimKind::cagr: return "cagr";
        case ClaimKind::share: return "share";
        case ClaimKind::count_vs_list: return "count-vs-list";
        case ClaimKind::granularity: return "granularity";
        case ClaimKind::table_total: return "table-total";
        case ClaimKind::table_percent: return "table-percent";
        case ClaimKind::fraction: return "fraction";
    }
    return "?";
}

namespace {
void parse_all(Document& doc) {
    build_blocks(doc);
    parse_structure(doc);
    parse_references(doc);
    parse_claims(doc);
}
}  // namespace

Document parse_document(SourceText source, TextStyle style) {
    Document doc;
    doc.source = std::move(source);
    doc.style = style;
    doc.style_given = true;
    parse_all(doc);
    return doc;
}

Document parse_document(Document doc) {
    parse_all(doc);
    return doc;
}

Document parse_document(SourceText source) {
    Document doc;
    doc.source = std::move(source);
    parse_all(doc);
    return doc;
}

}  // namespace rc
