// duplicate-recipient: the same recipient listed twice under "Nơi nhận".
#include <fmt/format.h>

#include <unordered_map>

#include "rules/rule.hpp"

namespace rc {
namespace {

class DuplicateRecipient final : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo i{"duplicate-recipient", Category::other, Severity::warning,
                                {"Nơi nhận bị lặp", "Recipient listed twice"},
                                "docs/rules/duplicate-recipient.md"};
        return i;
    }

    void check(const Document& doc, Sink& sink) const override {
        // A "+" line is a sub-item of the "-" line above it ("- UBND huyện:" / "+ Chủ tịch;"): the same
        // sub-item under two different parents is two recipients, so it is keyed with its parent.
        std::unordered_map<std::string, std::size_t> first;
        const auto& rs = doc.refs.recipients;
        std::string_view parent;
        for (std::size_t i = 0; i < rs.size(); ++i) {
            std::string_view line = doc.source.line_text(doc.position(rs[i].span.begin).line);
            while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
            const bool sub = !line.empty() && line.front() == '+';
            if (!sub) parent = rs[i].text;
            std::string key = sub ? std::string(parent) + "\x1f" + rs[i].text : rs[i].text;
            auto [it, fresh] = first.emplace(std::move(key), i);
            if (fresh) continue;
            if (!sink.wants(rs[i].span)) continue;  // past the per-file cap: counted, not built
            const Recipient& orig = rs[it->second];
            const auto line0 = doc.user_line(orig.span.begin);
            Finding& f = sink.start(rs[i].span, &info());  // (built in place: Sink::start)
            f.actual = rs[i].text;
            f.message =
                text_in(sink.langs(), "Nơi nhận \"{}\" bị lặp (đã có ở dòng {}); bỏ dòng này.",
                        "Recipient \"{}\" is listed twice (already on line {}); remove this line.", rs[i].text, line0);
            f.related.push_back({orig.span, {"Lần ghi đầu tiên", "First listed here"}});
            sink.commit();
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_duplicate_recipient() { return std::make_unique<DuplicateRecipient>(); }

}  // namespace rc
