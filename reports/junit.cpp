// JUnit XML for document-workflow gates, written with pugixml: one <testsuite> per input file,
// one failing <testcase> per finding at or above --fail-on (RenderOptions::fail_on).
#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <functional>
#include <sstream>

#include "reports/report.hpp"
#include "reports/stream_util.hpp"

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

// A printed skeleton split around the line of its placeholder element <tag/> (printed at the place its
// real children go): what comes before that line and what comes after it. `tag` absent: s and "".
std::pair<std::string_view, std::string_view> around_placeholder(std::string_view s, std::string_view tag) {
    const std::size_t at = s.rfind(tag);  // (after the attributes, which escape any '<')
    if (at == std::string_view::npos) return {s, {}};
    const std::size_t line = s.rfind('\n', at) + 1, next = s.find('\n', at) + 1;
    return {s.substr(0, line), s.substr(next)};
}

void set(pugi::xml_node n, const char* attr, std::string_view v) { n.append_attribute(attr).set_value(xml_safe(v).c_str()); }
void set(pugi::xml_node n, const char* attr, std::size_t v) {
    n.append_attribute(attr).set_value(static_cast<unsigned long long>(v));
}

// pugixml's output appended to a file's part.
struct PartWriter final : pugi::xml_writer {
    explicit PartWriter(RenderedFile& r) : r(r) {}
    void write(const void* data, std::size_t size) override { r.part.append(static_cast<const char*>(data), size); }
    RenderedFile& r;
};

class JunitWriter final : public ReportWriter {
public:
    JunitWriter(const RenderOptions& opt, std::ostream& out) : opt_(opt), out_(out) {}

    // The suite is written one <testcase> at a time into the file's part, spilled to a spool past
    // kPartChunk (stream_util.hpp): a large file's suite is neither held as one pugixml tree nor
    // printed into a string grown by doubling (an 8 MB one-line text: 7.6 MB of tree and a 4 -> 8 MB
    // stream buffer at once). The bytes are the whole suite's print: its head and tail are printed
    // around a placeholder child, each case at the suite's children's depth.
    RenderedFile render(std::size_t, const FileReport& f) const override {
        const RenderOptions& opt = opt_;
        const bool en = opt.lang == Lang::en;
        RenderedFile r;
        r.counts = summarize_file(f);
        const bool checked = !f.error && f.doc;
        std::size_t tests = 0, failures = 0, errors = 0;
        if (!checked) {
            tests = errors = 1;
        } else {
            if (opt.fail_on)
                for (const Finding& x : f.result.findings) failures += x.severity >= *opt.fail_on;
            tests = std::max<std::size_t>(failures, 1);  // none: a passing case, so the suite records that the file was checked
        }
        PartWriter w{r};
        std::string tail;
        {
            pugi::xml_document doc;
            pugi::xml_node suite = doc.append_child("testsuite");
            set(suite, "name", f.path);
            // Attribute order in JUnit files is conventional: name, tests, failures, errors.
            set(suite, "tests", tests);
            set(suite, "failures", failures);
            set(suite, "errors", errors);
            set(suite, "skipped", std::size_t{0});
            suite.append_child("rc-cases");
            std::ostringstream skel;
            suite.print(skel, "  ", pugi::format_default, pugi::encoding_utf8, 1);  // at its depth under <testsuites>
            const std::string s = std::move(skel).str();
            const auto [head, rest] = around_placeholder(s, "<rc-cases");
            r.part.assign(head);
            tail.assign(rest);
        }
        const auto write_case = [&](const std::function<void(pugi::xml_node)>& fill) {
            pugi::xml_document doc;
            pugi::xml_node tc = doc.append_child("testcase");
            fill(tc);
            tc.print(w, "  ", pugi::format_default, pugi::encoding_utf8, 2);
            spill_part(r.part, r.spooled);
        };
        if (!checked) {
            write_case([&](pugi::xml_node tc) {
                set(tc, "classname", f.path);
                set(tc, "name", en ? "input" : "đọc tệp");
                pugi::xml_node e = tc.append_child("error");
                set(e, "message", f.error.value_or(""));
                set(e, "type", "input-error");
            });
        } else if (failures == 0) {
            write_case([&](pugi::xml_node tc) {
                set(tc, "classname", f.path);
                set(tc, "name", en ? "numbers and structure" : "số liệu và cấu trúc");
            });
        } else {
            const SourceText& src = f.doc->source;
            for (const Finding& x : f.result.findings) {
                if (x.severity < *opt.fail_on) continue;
                write_case([&](pugi::xml_node tc) {
                    const Position p = src.position(x.span.begin);
                    const std::string lv = location_at(f, x.span.begin);
                    const std::string label = lv.empty() ? std::string() : " (" + std::string(lv) + ")";
                    set(tc, "classname", f.path);
                    set(tc, "name", fmt::format("{}:{}:{}{} [{}]", f.path, p.line, p.column, label, x.rule));
                    pugi::xml_node fl = tc.append_child("failure");
                    set(fl, "message", x.message.in(opt.lang));
                    set(fl, "type", x.rule);
                    std::string body = fmt::format("{}:{}:{}{}: {}: {} [{}]\n", f.path, p.line, p.column, label,
                                                   to_string(x.severity), x.message.in(opt.lang), x.rule);
                    body += line_excerpt(src, x.span, /*trim_ends=*/false) + "\n";
                    if (!x.arithmetic.empty()) body += x.arithmetic + "\n";
                    if (x.expected) body += (en ? "accepted: " : "khoảng chấp nhận: ") + *x.expected + "\n";
                    if (x.suggestion) body += (en ? "consistent value: " : "giá trị khớp: ") + *x.suggestion + "\n";
                    fl.append_child(pugi::node_pcdata).set_value(xml_safe(body).c_str());
                });
            }
        }
        r.part += tail;
        r.tests = tests;
        r.failures = failures;
        r.errors = errors;
        return r;
    }

    void finish() override {
        pugi::xml_document doc;
        auto decl = doc.append_child(pugi::node_declaration);
        decl.append_attribute("version").set_value("1.0");
        decl.append_attribute("encoding").set_value("UTF-8");
        pugi::xml_node suites = doc.append_child("testsuites");
        set(suites, "name", "reportcheck");
        set(suites, "tests", tests_);
        set(suites, "failures", failures_);
        set(suites, "errors", errors_);
        if (any_) suites.append_child("rc-suites");
        std::ostringstream skel;
        doc.save(skel, "  ", pugi::format_default, pugi::encoding_utf8);
        const std::string s = std::move(skel).str();
        const auto [head, rest] = around_placeholder(s, "<rc-suites");
        out_ << head;
        if (head.size() == s.size()) return;  // (no file: no placeholder)
        spool_.copy_to(out_);
        out_ << rest;
    }

protected:
    void write(std::size_t, RenderedFile&& part) override {
        tests_ += part.tests;
        failures_ += part.failures;
        errors_ += part.errors;
        any_ = true;
        if (part.spooled) part.spooled->copy_to(spool_);
        spool_.append(part.part);
    }

private:
    RenderOptions opt_;
    std::ostream& out_;
    std::size_t tests_ = 0, failures_ = 0, errors_ = 0;
    bool any_ = false;
    Spool spool_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_junit_writer(const RenderOptions& opt, std::vector<std::string>, std::ostream& out) {
    return std::make_unique<JunitWriter>(opt, out);
}

}  // namespace rc
