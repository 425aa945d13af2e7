// heading-sequence: Roman, Arabic and "Phần thứ" heading numbers run 1, 2, 3 …
// at every level, and a sub-heading's prefix matches its parent (4.2.1 under 3.2).
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "grammar/text_util.hpp"
#include "rules/heading_numbering.hpp"
#include "rules/rule.hpp"

namespace rc {
namespace {

std::string roman(int n) {
    static const char* const u[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    std::string s(static_cast<std::size_t>(n / 10), 'X');
    return s + u[n % 10];
}

// The separator the author used after the number ("." "-" ")"), or "" for "5.3 Nguyên nhân".
std::string separator(const Heading& h) {
    if (h.label.empty()) return "";
    const char c = h.label.back();
    if (c == '.' || c == '-' || c == ')') return std::string(1, c);
    if (h.label.ends_with("\xE2\x80\x93")) return "\xE2\x80\x93";
    return "";
}

std::string part_word(int n) {
    static const char* const w[] = {"", "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"};
    return n >= 1 && n <= 10 ? std::string("Phần thứ ") + w[n] : "Phần " + std::to_string(n);
}

// Render numbers in the heading's own style and separator.
std::string render(const Heading& h, const std::vector<int>& v) {
    if (h.style == HeadingStyle::part) return part_word(v.empty() ? 0 : v[0]);
    if (h.style == HeadingStyle::roman) return roman(v.empty() ? 0 : v[0]) + separator(h);
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) s += '.';
        s += std::to_string(v[i]);
    }
    return s + separator(h);
}

class HeadingSequence final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"heading-sequence", Category::numbering, Severity::warning,
                                {"Số thứ tự đề mục", "Heading numbering"}, "docs/rules/heading-sequence.md"};
        return i;
    }

    void check(const Document& doc, Sink& sink) const override {
        auto emit = [&](const Heading& h, Text msg, std::string expected) {
            Finding& f = sink.start(h.span, &info());  // (built in place: Sink::start)
            f.message = std::move(msg);
            f.actual = h.label;
            f.suggestion = std::move(expected);
            sink.commit();
        };
        // Compare a heading's last number with the previous sibling (or the start of its parent).
        auto sequence = [&](const Heading& h, const std::vector<int>& v, const Heading* prev, const std::vector<int>* prev_v,
                            const std::string& parent, int alt_first) {
            const int n = v.back();
            const int expected = prev_v ? prev_v->back() + 1 : 1;
            if (n == expected || (!prev_v && alt_first > 0 && n == alt_first)) return;
            if (!sink.wants(h.span)) return;  // past the per-file cap: counted, not built
            std::vector<int> ev = v;
            ev.back() = expected;
            const std::string exp = render(h, ev);
            if (!prev_v && alt_first > 0) {
                std::vector<int> av = v;
                av.back() = alt_first;
                const std::string alt = render(h, av);
                emit(h,
                     make_text(
                         sink.langs(),
                         [&] {
                             return cat({"Đề mục đầu tiên dưới ", parent, " phải là ", exp, " (hoặc ", alt,
                                         " nếu đánh số tiếp phần trước), không phải ", h.label});
                         },
                         [&] {
                             return cat({"The first heading under ", parent, " should be ", exp, " (or ", alt,
                                         " continuing the previous section), not ", h.label});
                         }),
                     exp);
            } else if (!prev_v) {
                emit(h,
                     make_text(
                         sink.langs(),
                         [&] {
                             return cat({"Đề mục đầu tiên ", parent.empty() ? "của văn bản" : "dưới ", parent,
                                         " phải là ", exp, ", không phải ", h.label});
                         },
                         [&] {
                             return cat({"The first heading ", parent.empty() ? "of the document" : "under ", parent,
                                         " should be ", exp, ", not ", h.label});
                         }),
                     exp);
            } else if (n == prev_v->back()) {
                emit(h,
                     make_text(
                         sink.langs(),
                         [&] {
                             return cat({"Đề mục ", h.label, " bị lặp lại (ngay trước đó đã có ", prev->label,
                                         "): số đúng là ", exp});
                         },
                         [&] { return cat({"Heading ", h.label, " repeats ", prev->label, ": expected ", exp}); }),
                     exp);
            } else if (n > expected) {
                std::vector<int> mv = v, lv = v;
                mv.back() = expected;
                lv.back() = n - 1;
                const std::string missing = n == expected + 1 ? render(h, mv) : render(h, mv) + "–" + render(h, lv);
                emit(h,
                     make_text(
                         sink.langs(),
                         [&] { return cat({"Đề mục ", h.label, " đứng sau ", prev->label, ": thiếu đề mục ", missing}); },
                         [&] {
                             return cat(
                                 {"Heading ", h.label, " follows ", prev->label, ": heading ", missing, " is missing"});
                         }),
                     exp);
            } else {
                emit(h,
                     make_text(
                         sink.langs(),
                         [&] {
                             return cat({"Đề mục ", h.label, " đứng sau ", prev->label, ": sai thứ tự, số đúng là ", exp});
                         },
                         [&] {
                             return cat({"Heading ", h.label, " follows ", prev->label, ": out of order, expected ", exp});
                         }),
                     exp);
            }
        };

        const Heading* last_part = nullptr;
        const Heading* last_roman = nullptr;
        // Arabic headings open at each depth (index = depth - 1), with their
        // numbers as corrected for a mismatched prefix.
        std::vector<const Heading*> open;
        std::vector<std::vector<int>> open_v;
        int prev_section_top = 0;  // last top-level Arabic number under the previous Roman heading
        std::size_t scanned = 0;   // blocks before this one were looked at for a new numbering
        const Block* const blocks = doc.blocks.data();
        const std::size_t nblocks = doc.blocks.size();
        for (const Heading& h : doc.structure.headings) {
            if (h.numbers.empty() || h.toc) continue;  // (a line of a table of contents: Heading::toc)
            bool fresh = false;
            // (opens_numbering's inline first test before the call, no test once one block opened a numbering:
            // a call for each of 26 000 blocks cost ~0.4 M instructions on big-10M)
            for (; scanned < h.block && scanned < nblocks; ++scanned) {
                const Block& b = blocks[scanned];
                if (!fresh && b.kind == Block::Kind::text && may_open_numbering(b.view()) && opens_numbering(b.view())) fresh = true;
            }
            scanned = std::max(scanned, h.block + 1);
            if (fresh) {
                last_part = nullptr;
                last_roman = nullptr;
                open.clear();
                open_v.clear();
                prev_section_top = 0;
            }
            switch (h.style) {
                case HeadingStyle::letter: break;  // letter-sequence
                case HeadingStyle::part: {
                    sequence(h, h.numbers, last_part, last_part ? &last_part->numbers : nullptr, "", 0);
                    last_part = &h;
                    last_roman = nullptr;
                    open.clear();
                    open_v.clear();
                    prev_section_top = 0;
                    break;
                }
                case HeadingStyle::roman: {
                    sequence(h, h.numbers, last_roman, last_roman ? &last_roman->numbers : nullptr,
                             last_part ? last_part->label : "", 0);
                    last_roman = &h;
                    // (open_v[0] is empty when no top-level Arabic heading came: "1.2." first opened level 2)
                    prev_section_top = open_v.empty() || open_v[0].empty() ? 0 : open_v[0].back();
                    open.clear();
                    open_v.clear();
                    break;
                }
                case HeadingStyle::arabic: {
                    const std::size_t k = h.numbers.size();
                    const std::vector<int>* vp = &h.numbers;  // its numbers as judged (no copy unless corrected)
                    std::vector<int> nv;
                    bool reported = false;
                    if (k >= 2 && open.size() >= k - 1 && open[k - 2]) {
                        // The prefix must be the parent's number as written ("4.2.1." under "3.2." -> "3.2.1.").
                        const std::vector<int>& written = open[k - 2]->numbers;
                        const bool misnumbered = !std::equal(written.begin(), written.end(), h.numbers.begin());
                        reported = misnumbered;
                        if (misnumbered && sink.wants(h.span)) {  // (past the per-file cap: counted, not built)
                            std::vector<int> ev(written);
                            ev.push_back(h.numbers.back());
                            const std::string exp = render(h, ev);
                            emit(h,
                                 make_text(
                                     sink.langs(),
                                     [&] {
                                         return cat({"Đề mục ", h.label, " nằm dưới đề mục ", open[k - 2]->label,
                                                     ": số hiệu phải là ", exp});
                                     },
                                     [&] {
                                         return cat({"Heading ", h.label, " is under heading ", open[k - 2]->label,
                                                     ": expected ", exp});
                                     }),
                                 exp);
                        }
                        // judge its place in the sequence as the author meant it: under the parent
                        nv = open_v[k - 2];
                        nv.push_back(h.numbers.back());
                        vp = &nv;
                    }
                    const std::vector<int>& v = *vp;
                    const Heading* prev = open.size() >= k ? open[k - 1] : nullptr;
                    const std::vector<int>* prev_v = prev ? &open_v[k - 1] : nullptr;
                    if (prev_v && !std::equal(prev_v->begin(), prev_v->end() - 1, v.begin())) prev = nullptr, prev_v = nullptr;
                    std::string parent;
                    if (k >= 2 && open.size() >= k - 1 && open[k - 2]) parent = open[k - 2]->label;
                    else if (k == 1 && last_roman) parent = last_roman->label;
                    else if (k == 1 && last_part) parent = last_part->label;
                    // Top-level numbering may restart under each Roman heading or continue from the previous one.
                    const int alt = k == 1 && prev_section_top > 0 ? prev_section_top + 1 : 0;
                    if (!reported && (k == 1 || parent.size())) sequence(h, v, prev, prev_v, parent, alt);
                    open.resize(k, nullptr);
                    open_v.resize(k);
                    open[k - 1] = &h;
                    open_v[k - 1] = v;
                    break;
                }
            }
        }
    }
};
}  // namespace

// A block that opens a numbering of its own: an appendix ("PHỤ LỤC I", "Phụ lục 02") or a lettered part above the
// Roman headings ("A. KẾT QUẢ THỰC HIỆN NĂM 2023", "B. PHƯƠNG HƯỚNG …"); the headings under it start again at I. / 1.
bool opens_numbering(std::string_view t) {
    if (!may_open_numbering(t)) return false;  // (and such a block is not trimmed)
    t = trim(t);
    if (t.starts_with("PHỤ LỤC")) return true;
    if (t.starts_with("Phụ lục") && t.size() < 80 && !t.ends_with(".")) return true;
    return t.size() > 4 && t[0] >= 'A' && t[0] <= 'H' && t[1] == '.' && t[2] == ' ' && is_upper_line(t.substr(3));
}

std::unique_ptr<Rule> make_heading_sequence() { return std::make_unique<HeadingSequence>(); }
}  // namespace rc
