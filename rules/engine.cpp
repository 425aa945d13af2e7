#include "rules/engine.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "grammar/text_util.hpp"
#include "rules/arith_util.hpp"
#include "rules/rule.hpp"

namespace rc {

const char* to_string(Severity s) {
    switch (s) {
        case Severity::info: return "info";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "?";
}

std::optional<Severity> severity_from_string(std::string_view s) {
    if (s == "error") return Severity::error;
    if (s == "warning") return Severity::warning;
    if (s == "info") return Severity::info;
    return std::nullopt;
}

const char* to_string(Category c) {
    switch (c) {
        case Category::sum: return "sum";
        case Category::percent: return "percent";
        case Category::growth: return "growth";
        case Category::ratio: return "ratio";
        case Category::share: return "share";
        case Category::footnote: return "footnote";
        case Category::numbering: return "numbering";
        case Category::year: return "year";
        case Category::date: return "date";
        case Category::crossref: return "crossref";
        case Category::format: return "format";
        case Category::other: return "other";
    }
    return "?";
}

const char* to_string(ClaimStatus s) {
    switch (s) {
        case ClaimStatus::consistent: return "consistent";
        case ClaimStatus::inconsistent: return "inconsistent";
        case ClaimStatus::unverifiable: return "unverifiable";
    }
    return "?";
}

namespace {

class EngineSink final : public Sink {
public:
    EngineSink(const RuleConfig& cfg, const RuleInfo& info, CheckResult& out, ClaimMemo& memo)
        : cfg_(cfg), info_(info), out_(out), memo_(memo) {}
    void report(Finding f) override {
        if (++reported_ > kMaxFindingsPerRule) return;  // counted; run_rules adds a note
        if (f.rule.empty()) f.rule = info_.id;
        f.category = info_.category;
        f.severity = cfg_.severity_of(info_.id, info_.default_severity);
        out_.findings.push_back(std::move(f));
    }
    void verdict(ClaimVerdict v) override {
        if (v.rule.empty()) v.rule = info_.id;
        out_.verdicts.push_back(std::move(v));
    }
    const RuleConfig& config() const override { return cfg_; }
    ClaimMemo* claim_memo() override { return &memo_; }
    std::size_t reported() const { return reported_; }

private:
    std::size_t reported_ = 0;
    const RuleConfig& cfg_;
    const RuleInfo& info_;
    CheckResult& out_;
    ClaimMemo& memo_;
};

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

}  // namespace

Text omitted_findings_note(const std::string& rule, std::size_t more) {
    return Text{fmt::format("Quy tắc {} còn {} phát hiện nữa không được liệt kê (tối đa {} mỗi tệp)", rule, more,
                            kMaxFindingsPerRule),
                fmt::format("Rule {} has {} more findings that are not listed (at most {} per file)", rule, more,
                            kMaxFindingsPerRule)};
}

CheckResult run_rules(const Document& doc, const RuleConfig& cfg) {
    CheckResult r;
    ClaimMemo memo;  // claims evaluated once for the mismatch rules and `rounding`
    for (const auto& rule : all_rules()) {
        const RuleInfo& info = rule->info();
        if (!cfg.is_enabled(info.id)) continue;
        EngineSink sink(cfg, info, r, memo);
        rule->check(doc, sink);
        if (sink.reported() > kMaxFindingsPerRule)
            r.notes.push_back(omitted_findings_note(info.id, sink.reported() - kMaxFindingsPerRule));
    }
    std::stable_sort(r.verdicts.begin(), r.verdicts.end(),
                     [](const ClaimVerdict& a, const ClaimVerdict& b) { return a.claim < b.claim; });
    finish_findings(doc, r);
    return r;
}

void finish_findings(const Document& doc, CheckResult& r) {
    std::stable_sort(r.findings.begin(), r.findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.span.begin, a.span.end, a.rule) < std::tie(b.span.begin, b.span.end, b.rule);
    });
    // Fingerprints: rule id + the flagged text + its line's text, then an
    // occurrence counter; stable when other lines are inserted or removed.
    // A line over 16 KB (PDF text without line breaks, a minified export) enters the hash
    // as its own FNV-1a, computed once per line (the findings of a line are adjacent after
    // the sort), so such a document is not hashed once per finding; shorter lines enter as
    // text, as they always have (existing baselines keep matching).
    constexpr std::size_t kLongLine = 16 * 1024;
    std::map<std::uint64_t, int> seen;
    std::uint32_t hashed_line = 0;
    char line_hash[8] = {};
    for (Finding& f : r.findings) {
        const std::uint32_t line = doc.source.line_of(f.span.begin);
        const std::string_view text = trim(doc.source.line_text(line));
        std::uint64_t h = fnv1a(f.rule);
        h = fnv1a("\x1f", h);
        h = fnv1a(doc.source.slice(f.span), h);
        h = fnv1a("\x1f", h);
        if (text.size() <= kLongLine) {
            h = fnv1a(text, h);
        } else {
            if (line != hashed_line) {
                hashed_line = line;
                const std::uint64_t lh = fnv1a(text);
                for (int i = 0; i < 8; ++i) line_hash[i] = static_cast<char>(lh >> (8 * i));
            }
            h = fnv1a(std::string_view(line_hash, sizeof line_hash), h);
        }
        const int n = seen[h]++;
        f.fingerprint = fmt::format("{:016x}{}", h, n ? fmt::format("-{}", n) : std::string());
    }
}

std::set<std::string> read_baseline(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw ConfigError(fmt::format("{}: không đọc được tệp baseline / cannot read baseline file", path));
    std::set<std::string> out;
    std::string line;
    while (std::getline(in, line)) {
        auto t = trim(line);
        if (t.empty() || t.front() == '#') continue;
        // "fingerprint<TAB>anything" — the rest is a human-readable note.
        out.emplace(t.substr(0, t.find_first_of(" \t")));
    }
    return out;
}

void drop_baselined(CheckResult& r, const std::set<std::string>& baseline) {
    auto keep = std::stable_partition(r.findings.begin(), r.findings.end(),
                                      [&](const Finding& f) { return baseline.count(f.fingerprint) == 0; });
    for (auto it = keep; it != r.findings.end(); ++it) r.baselined.push_back(std::move(*it));
    r.findings.erase(keep, r.findings.end());
}

}  // namespace rc
