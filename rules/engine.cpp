#include "rules/engine.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <map>
#include <tuple>
#include <unordered_map>
#include <utility>

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
    // room: how many of this rule's findings may still be kept. kMaxFindingsPerRule, the first reported
    // (a whole text); in a section of a sectioned text what the file has left, the first in position
    // order (`by_position`: what check_in_sections kept of the sorted sections before it asked).
    EngineSink(const RuleConfig& cfg, const RuleInfo& info, CheckResult& out, ClaimMemo& memo, std::size_t room,
               bool by_position)
        : cfg_(cfg), info_(info), out_(out), memo_(memo), room_(room), by_position_(by_position),
          severity_(cfg.severity_of(info.id, info.default_severity)) {}
    void report(Finding&& f) override {
        if (!keeps(f.span)) {
            ++reported_;  // counted; run_rules adds a note (a section: check_in_sections)
            return;
        }
        ++reported_;
        if (by_position_) keep_at(f.span);
        if (f.rule.empty()) f.rule = info_.id;
        f.category = info_.category;
        f.severity = severity_;  // (looked up once per rule, not per finding)
        out_.findings.push_back(std::move(f));
    }
    Finding& start(Span span, const RuleInfo*) override {
        if (!keeps(span)) {
            ++reported_;  // counted (as report() counts it); the scratch finding is dropped
            scratch_ = Finding{};
            return scratch_;
        }
        ++reported_;
        if (by_position_) keep_at(span);
        Finding& f = out_.findings.emplace_back();
        f.rule = info_.id;
        f.category = info_.category;
        f.severity = severity_;
        f.span = span;
        return f;
    }
    void commit() override {}  // (the finding is in place, or a dropped scratch one)
    bool wants(Span span) override {
        if (keeps(span)) return true;
        ++reported_;  // counted as report() counts it
        return false;
    }
    bool at_cap() const override { return reported_ >= kMaxFindingsPerRule || (by_position_ && kept_.size() >= room_); }
    void verdict(ClaimVerdict v) override {
        if (v.rule.empty()) v.rule = info_.id;
        out_.verdicts.push_back(std::move(v));
    }
    const RuleConfig& config() const override { return cfg_; }
    ClaimMemo* claim_memo() override { return &memo_; }
    std::size_t reported() const { return reported_; }
    // After the rule: the findings that left the first `room` are removed (in report order, the rest kept).
    void finish() {
        if (dropped_.empty()) return;
        std::sort(dropped_.begin(), dropped_.end());
        std::vector<Finding>& fs = out_.findings;
        std::size_t to = dropped_.front(), d = 0;
        for (std::size_t i = to; i < fs.size(); ++i) {
            if (d < dropped_.size() && dropped_[d] == i) {
                ++d;
                continue;
            }
            if (to != i) fs[to] = std::move(fs[i]);
            ++to;
        }
        fs.resize(to);
        dropped_.clear();
    }

private:
    // by_position_: a finding at `span`, reported now (reported_ counts it) and about to be put at the end of
    // out_.findings, among the `room` first in position order so far (a stable sort's order: span, then
    // report order); the last of them leaves when they are as many.
    void keep_at(Span span) {
        const Kept k{span.begin, span.end, reported_, static_cast<std::uint32_t>(out_.findings.size())};
        if (kept_.size() < room_) {
            kept_.push_back(k);
            if (kept_.size() == room_) std::make_heap(kept_.begin(), kept_.end());  // full: keeps() reads the last
        } else {  // the last in sort order leaves for this one
            std::pop_heap(kept_.begin(), kept_.end());
            dropped_.push_back(kept_.back().at);
            kept_.back() = k;
            std::push_heap(kept_.begin(), kept_.end());
        }
    }
    // Would a finding at `span` reported now be kept?
    bool keeps(Span span) const {
        if (reported_ >= kMaxFindingsPerRule) return false;  // the engine's cap, in report order (each section's too)
        if (!by_position_ || kept_.size() < room_) return true;
        // kept when it sorts before the last kept: an earlier span (an equal one comes after: reported later)
        return room_ > 0 && std::pair(span.begin, span.end) < std::pair(kept_.front().begin, kept_.front().end);
    }
    struct Kept {  // a kept finding's place in the sort, and in out_.findings
        std::uint32_t begin, end;
        std::size_t seq;
        std::uint32_t at;
        bool operator<(const Kept& o) const { return std::tie(begin, end, seq) < std::tie(o.begin, o.end, o.seq); }
    };
    std::size_t reported_ = 0;
    const RuleConfig& cfg_;
    const RuleInfo& info_;
    CheckResult& out_;
    ClaimMemo& memo_;
    const std::size_t room_;
    const bool by_position_;
    const Severity severity_;  // the configured severity of the rule's findings
    std::vector<Kept> kept_;  // by_position_: the kept findings; once `room` are, a max-heap (the last in sort order on top)
    std::vector<std::uint32_t> dropped_;  // indices in out_.findings of findings that left kept_
};

// FNV-1a, byte after byte by definition (the fingerprints of existing baselines depend on it);
// unrolled by eight (one compare and branch per eight bytes instead of per byte).
std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
    constexpr std::uint64_t kPrime = 1099511628211ull;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t n = s.size();
    for (; n >= 8; n -= 8, p += 8) {
        h = (h ^ p[0]) * kPrime;
        h = (h ^ p[1]) * kPrime;
        h = (h ^ p[2]) * kPrime;
        h = (h ^ p[3]) * kPrime;
        h = (h ^ p[4]) * kPrime;
        h = (h ^ p[5]) * kPrime;
        h = (h ^ p[6]) * kPrime;
        h = (h ^ p[7]) * kPrime;
    }
    for (; n > 0; --n, ++p) h = (h ^ *p) * kPrime;
    return h;
}

// By claim index, keeping the rules' order for a claim (what a stable sort gives): a
// counting sort, each verdict moved once (each rule's verdicts come in claim order, so
// a comparison sort moved every one of them log n times).
void sort_verdicts(std::vector<ClaimVerdict>& vs) {
    if (std::is_sorted(vs.begin(), vs.end(), [](const ClaimVerdict& a, const ClaimVerdict& b) { return a.claim < b.claim; }))
        return;
    std::size_t top = 0;
    for (const ClaimVerdict& v : vs) top = std::max(top, v.claim);
    std::vector<std::uint32_t> at(top + 2, 0);  // at[c]: where claim c's first verdict goes
    for (const ClaimVerdict& v : vs) ++at[v.claim + 1];
    for (std::size_t c = 1; c < at.size(); ++c) at[c] += at[c - 1];
    std::vector<ClaimVerdict> out(vs.size());
    for (ClaimVerdict& v : vs) out[at[v.claim]++] = std::move(v);
    vs = std::move(out);
}

// "{:016x}": two digits a byte from a table of the 256 pairs (a digit a nibble took ~130 instructions a
// fingerprint, 0.75 M on big-10M)
void append_hex16(std::string& out, std::uint64_t h) {
    static constexpr auto kPairs = [] {
        constexpr char hex[] = "0123456789abcdef";
        std::array<char, 512> t{};
        for (int b = 0; b < 256; ++b) {
            t[static_cast<std::size_t>(2 * b)] = hex[b >> 4];
            t[static_cast<std::size_t>(2 * b + 1)] = hex[b & 15];
        }
        return t;
    }();
    char buf[16];
    for (int i = 7; i >= 0; --i, h >>= 8) std::memcpy(buf + 2 * i, &kPairs[2 * (h & 0xFF)], 2);
    out.append(buf, 16);
}

}  // namespace

Text omitted_findings_note(const std::string& rule, std::size_t more) {
    return Text{fmt::format("Quy tắc {} còn {} phát hiện nữa không được liệt kê (tối đa {} mỗi tệp)", rule, more,
                            kMaxFindingsPerRule),
                fmt::format("Rule {} has {} more findings that are not listed (at most {} per file)", rule, more,
                            kMaxFindingsPerRule)};
}

CheckResult run_rules(const Document& doc, const RuleConfig& cfg, std::map<std::string, std::size_t>* counted) {
    CheckResult r;
    r.verdicts.reserve(doc.claims.claims.size());  // about one verdict per claim: no regrowth
    // a section of big-10M has ~270 findings: room for them without regrowth (each regrowth moved every
    // finding so far, and a Finding's move is ~340 instructions). Sections only: the pipeline keeps each
    // section's at their size; a whole file's result is kept as it is (a library caller's RunReport holds
    // every file's: 100 KB each, with no finding). (`counted`: a section, or the deferred counts' pass.)
    if (cfg.section && counted) r.findings.reserve(256);
    // The structure pass of a sectioned text (a section's config, no `counted`: checker/pipeline.cpp runs the
    // whole-text structure rules once) keeps at most kMaxFindingsPerRule of each rule: room for that many of
    // each enabled rule, so that the vector never grows (big-10M's pass has ~2 200 findings: grown from 256
    // it moved 3 840 findings, ~300 instructions each; −0.96 M instructions). Only the pages written are
    // touched: page faults 411 → 412 on big-10M, 280 → 274–280 on sample2M (rules7's reserve of 5 000 measured
    // +117 with the allocator of that time, before io4 and io5).
    if (cfg.section && !counted) {
        std::size_t enabled = 0;
        for (const auto& rule : all_rules()) enabled += cfg.is_enabled(rule->info().id) ? 1 : 0;
        r.findings.reserve(enabled * kMaxFindingsPerRule);
    }
    ClaimMemo memo;  // claims evaluated once for the mismatch rules and `rounding`
    for (const auto& rule : all_rules()) {
        const RuleInfo& info = rule->info();
        if (!cfg.is_enabled(info.id)) continue;
        std::size_t room = kMaxFindingsPerRule;
        if (counted)
            if (const auto it = counted->find(info.id); it != counted->end())
                room -= std::min(it->second, kMaxFindingsPerRule);
        // (a section's first kMaxFindingsPerRule reported were sorted and then kept in position order)
        EngineSink sink(cfg, info, r, memo, room, counted && room < kMaxFindingsPerRule);
        rule->check(doc, sink);
        sink.finish();
        if (counted) {
            if (sink.reported()) (*counted)[info.id] += std::min(sink.reported(), kMaxFindingsPerRule);
        } else if (sink.reported() > kMaxFindingsPerRule) {
            r.notes.push_back(omitted_findings_note(info.id, sink.reported() - kMaxFindingsPerRule));
        }
    }
    if (cfg.section) return r;  // the pipeline sorts and fingerprints the merged findings (once: a Finding's move is dear)
    sort_verdicts(r.verdicts);
    finish_findings(doc, r, cfg.fingerprints);
    return r;
}

void sort_findings(CheckResult& r) {
    // Sorted as indices, then each finding moved once (a stable sort of the findings
    // themselves moved each of them, strings and all, log n times).
    {
        const std::vector<Finding>& fs = r.findings;
        std::vector<std::uint32_t> order(fs.size());
        for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
        const auto before = [&](std::uint32_t i, std::uint32_t j) { return finding_before(fs[i], fs[j]); };
        // A few sorted runs (a sectioned text: the structure pass's findings, the sections' in text
        // order, the count-vs-list findings judged after them) are merged one into the next; more
        // runs are sorted. Both stable: a tie keeps the earlier run's first, as stable_sort.
        constexpr std::size_t kMergedRuns = 4;
        std::vector<std::vector<std::uint32_t>::iterator> runs;  // the end of each run
        for (auto it = order.begin(); it != order.end() && runs.size() <= kMergedRuns;)
            runs.push_back(it = std::is_sorted_until(it, order.end(), before));
        if (runs.size() > 1) {
            if (runs.size() <= kMergedRuns) {
                for (std::size_t k = 1; k < runs.size(); ++k) std::inplace_merge(order.begin(), runs[k - 1], runs[k], before);
            } else {
                std::stable_sort(order.begin(), order.end(), before);
            }
            std::vector<Finding> sorted;
            sorted.reserve(fs.size());
            for (const std::uint32_t i : order) sorted.push_back(std::move(r.findings[i]));
            r.findings = std::move(sorted);
        }
    }
}

void finish_findings(const Document& doc, CheckResult& r, bool fingerprints) {
    sort_findings(r);
    if (!fingerprints) return;  // (no writer nor baseline reads them)
    // Fingerprints: rule id + the flagged text + its line's text, then an
    // occurrence counter; stable when other lines are inserted or removed.
    // A line over 16 KB (PDF text without line breaks, a minified export) enters the hash
    // as its own FNV-1a, computed once per line (the findings of a line are adjacent after
    // the sort), so such a document is not hashed once per finding; shorter lines enter as
    // text, as they always have (existing baselines keep matching).
    constexpr std::size_t kLongLine = 16 * 1024;
    std::unordered_map<std::uint64_t, int> seen;  // occurrences of each hash so far
    seen.reserve(r.findings.size());
    std::uint32_t hashed_line = 0;
    char line_hash[8] = {};
    std::uint32_t line = 0;  // the previous finding's line: sorted, this one's is there or after it
    for (Finding& f : r.findings) {
        line = doc.source.line_of(f.span.begin, line);
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
        f.fingerprint.clear();  // "{:016x}" and "-n" after the first
        append_hex16(f.fingerprint, h);
        if (n) {
            f.fingerprint += '-';
            f.fingerprint += std::to_string(n);
        }
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
