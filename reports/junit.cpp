// JUnit XML for document-workflow gates, written with pugixml: one <testsuite> per input file,
// one failing <testcase> per finding at or above --fail-on (RenderOptions::fail_on).
#include <fmt/format.h>
#include <pugixml.hpp>

#include "reports/report.hpp"

namespace rc {

namespace {

// XML 1.0 cannot carry most C0 controls, even escaped: replace them with U+FFFD.
std::string xml_safe(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (const char ch : s) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
            out += "\xEF\xBF\xBD";
        else
            out += ch;
    }
    return out;
}

void set(pugi::xml_node n, const char* attr, std::string_view v) { n.append_attribute(attr).set_value(xml_safe(v).c_str()); }
void set(pugi::xml_node n, const char* attr, std::size_t v) {
    n.append_attribute(attr).set_value(static_cast<unsigned long long>(v));
}

}  // namespace

void render_junit(const RunReport& run, const RenderOptions& opt, std::ostream& out) {
    const bool en = opt.lang == Lang::en;
    pugi::xml_document doc;
    auto decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version").set_value("1.0");
    decl.append_attribute("encoding").set_value("UTF-8");
    pugi::xml_node suites = doc.append_child("testsuites");
    set(suites, "name", "reportcheck");
    std::size_t all_tests = 0, all_failures = 0, all_errors = 0;

    for (const FileReport& f : run.files) {
        pugi::xml_node suite = suites.append_child("testsuite");
        set(suite, "name", f.path);
        std::size_t tests = 0, failures = 0, errors = 0;
        if (f.error || !f.doc) {
            pugi::xml_node tc = suite.append_child("testcase");
            set(tc, "classname", f.path);
            set(tc, "name", en ? "input" : "đọc tệp");
            pugi::xml_node e = tc.append_child("error");
            set(e, "message", f.error.value_or(""));
            set(e, "type", "input-error");
            ++tests;
            ++errors;
        } else {
            const SourceText& src = f.doc->source;
            for (const Finding& x : f.result.findings) {
                if (!opt.fail_on || x.severity < *opt.fail_on) continue;
                const Position p = src.position(x.span.begin);
                const std::string lv = location_at(f, x.span.begin);
                const std::string label = lv.empty() ? std::string() : " (" + std::string(lv) + ")";
                pugi::xml_node tc = suite.append_child("testcase");
                set(tc, "classname", f.path);
                set(tc, "name", fmt::format("{}:{}:{}{} [{}]", f.path, p.line, p.column, label, x.rule));
                pugi::xml_node fl = tc.append_child("failure");
                set(fl, "message", x.message.in(opt.lang));
                set(fl, "type", x.rule);
                std::string body = fmt::format("{}:{}:{}{}: {}: {} [{}]\n", f.path, p.line, p.column, label, to_string(x.severity),
                                               x.message.in(opt.lang), x.rule);
                body += std::string(src.line_text(src.line_of(x.span.begin))) + "\n";
                if (!x.arithmetic.empty()) body += x.arithmetic + "\n";
                if (x.expected) body += (en ? "accepted: " : "khoảng chấp nhận: ") + *x.expected + "\n";
                if (x.suggestion) body += (en ? "consistent value: " : "giá trị khớp: ") + *x.suggestion + "\n";
                fl.append_child(pugi::node_pcdata).set_value(xml_safe(body).c_str());
                ++tests;
                ++failures;
            }
            if (tests == 0) {  // a passing case, so the suite records that the file was checked
                pugi::xml_node tc = suite.append_child("testcase");
                set(tc, "classname", f.path);
                set(tc, "name", en ? "numbers and structure" : "số liệu và cấu trúc");
                ++tests;
            }
        }
        // Attribute order in JUnit files is conventional: name, tests, failures, errors.
        set(suite, "tests", tests);
        set(suite, "failures", failures);
        set(suite, "errors", errors);
        set(suite, "skipped", std::size_t{0});
        all_tests += tests;
        all_failures += failures;
        all_errors += errors;
    }
    set(suites, "tests", all_tests);
    set(suites, "failures", all_failures);
    set(suites, "errors", all_errors);
    doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
}

}  // namespace rc
