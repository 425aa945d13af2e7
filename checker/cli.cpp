#include "checker/cli.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <thread>

#include <unistd.h>

#include <boost/program_options.hpp>

#include <fmt/format.h>

#include "checker/input.hpp"
#include "checker/output.hpp"
#include "checker/pipeline.hpp"
#include "grammar/dump.hpp"
#include "rc_version.hpp"
#include "reports/report.hpp"
#include "rules/rule.hpp"

namespace po = boost::program_options;

namespace rc {
namespace {

constexpr const char* kUsage =
    "Cách dùng / Usage: reportcheck [tùy chọn / options] TỆP|THƯ-MỤC... (- đọc từ stdin / reads stdin)\n"
    "Kiểm tra số liệu và cấu trúc báo cáo hành chính tiếng Việt.\n"
    "Checks the numbers and structure of Vietnamese government reports.\n\n"
    "Mã thoát / exit codes: 0 không có phát hiện từ mức --fail-on / nothing at or above --fail-on;\n"
    "  1 có phát hiện / findings at or above it; 2 lỗi dòng lệnh hoặc tệp đầu vào / usage or input error.\n";

struct Args {
    std::vector<std::string> inputs;
    std::string format = "text", output, lang = "vi", fail_on = "error", config, baseline, write_baseline, color = "auto";
    unsigned jobs = 0;
    bool dump_structure = false, dump_claims = false, list_rules = false, version = false, help = false;
};

std::optional<Format> parse_format(const std::string& s) {
    if (s == "text") return Format::text;
    if (s == "json") return Format::json;
    if (s == "sarif") return Format::sarif;
    if (s == "junit") return Format::junit;
    if (s == "html") return Format::html;
    return std::nullopt;
}

void list_rules(std::ostream& out, Lang lang) {
    for (const auto& r : all_rules()) {
        const RuleInfo& i = r->info();
        out << fmt::format("{:<22} {:<9} {:<8} {}\n", i.id, to_string(i.category), to_string(i.default_severity), i.title.in(lang));
    }
}

}  // namespace

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    Args a;
    po::options_description desc("Tùy chọn / Options");
    desc.add_options()
        ("help,h", po::bool_switch(&a.help), "hiện trợ giúp này / show this help")
        ("version", po::bool_switch(&a.version), "phiên bản / print the version")
        ("format,f", po::value(&a.format), "text | json | sarif | junit | html (mặc định / default: text)")
        ("output,o", po::value(&a.output), "ghi kết quả vào TỆP / write the report to FILE")
        ("lang", po::value(&a.lang), "vi | en: ngôn ngữ thông báo / message language (vi)")
        ("fail-on", po::value(&a.fail_on), "error | warning | never: mức gây mã thoát 1 / level giving exit 1 (error)")
        ("config", po::value(&a.config), "tệp cấu hình INI / INI configuration file (else reportcheck.ini)")
        ("jobs,j", po::value(&a.jobs), "số luồng / parallel jobs (mặc định: số lõi / default: cores)")
        ("baseline", po::value(&a.baseline), "bỏ qua các phát hiện đã chấp nhận / ignore findings listed in FILE")
        ("write-baseline", po::value(&a.write_baseline), "ghi dấu vân tay các phát hiện vào TỆP / write findings' fingerprints to FILE")
        ("color", po::value(&a.color), "auto | always | never")
        ("dump-structure", po::bool_switch(&a.dump_structure), "in dàn ý đã phân tích / print the parsed outline")
        ("dump-claims", po::bool_switch(&a.dump_claims), "in các phép tính nhận ra / print every claim recognised")
        ("list-rules", po::bool_switch(&a.list_rules), "liệt kê các quy tắc / list the rules");
    po::options_description hidden;
    hidden.add_options()("input", po::value(&a.inputs));
    po::options_description all;
    all.add(desc).add(hidden);
    po::positional_options_description pos;
    pos.add("input", -1);
    try {
        po::variables_map vm;
        po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        err << "reportcheck: " << e.what() << "\n" << kUsage << "Xem / see: reportcheck --help\n";
        return 2;
    }
    if (a.help) {
        out << kUsage << "\n" << desc << "\n";
        return 0;
    }
    if (a.version) {
        out << "reportcheck " << RC_VERSION << "\n";
        return 0;
    }
    if (a.lang != "vi" && a.lang != "en") {
        err << fmt::format("reportcheck: --lang {}: cần vi hoặc en / expected vi or en\n", a.lang);
        return 2;
    }
    const Lang lang = a.lang == "en" ? Lang::en : Lang::vi;
    if (a.list_rules) {
        list_rules(out, lang);
        return 0;
    }
    const auto format = parse_format(a.format);
    if (!format) {
        err << fmt::format("reportcheck: --format {}: cần text, json, sarif, junit hoặc html / expected text, json, sarif, junit or html\n", a.format);
        return 2;
    }
    RenderOptions ropt;
    ropt.lang = lang;
    if (a.fail_on == "never") ropt.fail_on = std::nullopt;
    else if (auto s = severity_from_string(a.fail_on); s && *s != Severity::info) ropt.fail_on = *s;
    else {
        err << fmt::format("reportcheck: --fail-on {}: cần error, warning hoặc never / expected error, warning or never\n", a.fail_on);
        return 2;
    }
    if (a.color != "auto" && a.color != "always" && a.color != "never") {
        err << fmt::format("reportcheck: --color {}: cần auto, always hoặc never / expected auto, always or never\n", a.color);
        return 2;
    }
    if (a.inputs.empty()) {
        err << "reportcheck: chưa có tệp nào để kiểm tra / no input files\n" << kUsage;
        return 2;
    }

    CheckOptions copt;
    if (!a.config.empty()) copt.config_file = a.config;
    copt.jobs = a.jobs ? a.jobs : std::max(1u, std::thread::hardware_concurrency());
    // A progress bar on stderr when it is a terminal, unless the report itself is scrolling
    // past on the same terminal (text on stdout). RC_PROGRESS_DELAY_MS (tests) replaces the
    // one second a run must last before the bar appears.
    copt.progress = ::isatty(2) && (!a.output.empty() || !::isatty(1));
    copt.english = a.lang == "en";
    if (const char* d = std::getenv("RC_PROGRESS_DELAY_MS")) copt.progress_delay_ms = static_cast<unsigned>(std::strtoul(d, nullptr, 10));
    copt.keep_parse = a.dump_structure || a.dump_claims;
    // Only JSON and HTML show a consistent claim's arithmetic (text, SARIF and JUnit count them).
    copt.claim_details = !copt.keep_parse && (*format == Format::json || *format == Format::html);
    // Every writer shows one language (Text::in): the rules write only that one.
    copt.langs = lang == Lang::en ? Langs::en : Langs::vi;
    // Only JSON, SARIF and the baselines show fingerprints (FNV-1a over each finding's line: 5 M of big-10M).
    copt.fingerprints = *format == Format::json || *format == Format::sarif || !a.baseline.empty() || !a.write_baseline.empty();
    std::vector<std::string> paths;
    try {
        if (!a.baseline.empty()) copt.baseline = read_baseline(a.baseline);
        paths = expand_inputs(a.inputs);
    } catch (const std::exception& e) {
        err << "reportcheck: " << e.what() << "\n";
        return 2;
    }
    if (paths.empty()) {
        err << "reportcheck: không tìm thấy tệp .txt, .md, .docx hoặc .pdf nào / no supported files found\n";
        return 2;
    }

    // Files are rendered on the worker that checked them and written in input order as soon
    // as every earlier file is written; only the exit status and the totals are kept.
    const bool dump = a.dump_structure || a.dump_claims;
    ropt.color = a.output.empty() && (a.color == "always" || (a.color == "auto" && ::isatty(1) && *format == Format::text));
    struct Part {
        RenderedFile rendered;
        std::string dump, baseline;
        std::optional<std::string> error;
        bool fails = false;
    };
    bool input_error = false, failing = false;
    try {
        std::optional<AtomicFile> out_file, baseline_file;
        if (!a.output.empty()) out_file.emplace(a.output);
        if (!a.write_baseline.empty()) {
            baseline_file.emplace(a.write_baseline);
            baseline_file->stream() << "# reportcheck baseline: fingerprints of accepted findings\n";
        }
        std::ostream& dest = out_file ? out_file->stream() : out;
        std::unique_ptr<ReportWriter> writer;
        if (!dump) writer = make_writer(*format, ropt, paths, dest);
        const auto on_file = [&](std::size_t i, FileReport&& f) -> Emit {
            auto part = std::make_shared<Part>();
            part->error = f.error;
            if (ropt.fail_on)
                for (const Finding& x : f.result.findings) part->fails = part->fails || x.severity >= *ropt.fail_on;
            if (baseline_file) {
                // Findings still accepted by --baseline stay accepted; fixed ones drop out.
                for (const auto* list : {&f.result.baselined, &f.result.findings})
                    for (const Finding& x : *list) {
                        const Position p = f.doc->source.position(x.span.begin);
                        part->baseline += fmt::format("{}\t{}:{}:{} [{}]\n", x.fingerprint, f.path, p.line, p.column, x.rule);
                    }
            }
            if (!dump) {
                part->rendered = writer->render(i, f);
            } else if (f.doc) {
                std::ostringstream buf;
                if (paths.size() > 1) buf << "== " << f.path << "\n";
                if (a.dump_structure) dump_structure(*f.doc, buf);
                if (a.dump_claims) dump_claims(*f.doc, buf);
                part->dump = std::move(buf).str();
            }
            return [&, i, part] {
                if (part->error) {
                    err << "reportcheck: " + *part->error + "\n" << std::flush;
                    input_error = true;
                }
                failing = failing || part->fails;
                if (writer) writer->add(i, std::move(part->rendered));
                else dest << part->dump;
                if (baseline_file) baseline_file->stream() << part->baseline;
                if (!dest) throw std::runtime_error(out_file ? a.output + ": lỗi khi ghi / write error" : "lỗi khi ghi kết quả / write error");
            };
        };
        check_files(paths, copt, on_file);
        if (writer) writer->finish();
        dest << std::flush;
        if (out_file) out_file->commit();
        if (baseline_file) baseline_file->commit();
    } catch (const std::exception& e) {  // configuration errors, write errors
        err << "reportcheck: " << e.what() << "\n";
        return 2;
    }
    if (input_error) return 2;
    if (!ropt.fail_on) return 0;
    return failing ? 1 : 0;
}

}  // namespace rc
