#include "checker/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "checker/input.hpp"
#include "grammar/document.hpp"
#include "grammar/parsers.hpp"
#include "rules/engine.hpp"
#include "rules/heading_numbering.hpp"
#include "rules/rule.hpp"

namespace fs = std::filesystem;

namespace rc {

namespace {

// The end of the section starting at `b`: at a blank line near b + kSection,
// else a line break, else a space (never inside a UTF-8 sequence).
std::size_t section_end(std::string_view t, std::size_t b) {
    if (t.size() - b <= kSection) return t.size();
    const std::size_t lim = b + kSection, floor = b + kSection / 2;
    for (std::string_view sep : {std::string_view("\n\n"), std::string_view("\n"), std::string_view(" ")}) {
        // (searched in [floor, lim] only: rfind from lim ran back to the text's start when the window
        // had none — every section of a text of one line read all the text before it)
        const std::size_t f = t.substr(floor, lim + sep.size() - floor).rfind(sep, lim - floor);
        if (f != std::string_view::npos) return floor + f + sep.size();
    }
    std::size_t e = lim;
    while (e > b + 1 && (static_cast<unsigned char>(t[e]) & 0xC0) == 0x80) --e;  // not a continuation byte
    return e;
}

// Rules that need the whole document's structure (footnote references against their
// bodies anywhere in the text, heading numbers in sequence): in a sectioned text they
// run once over the blocks and structure of the whole text, not per section.
bool whole_structure_rule(const RuleInfo& r) {
    return r.id == "footnote-missing-body" || r.id == "footnote-unreferenced" || r.id == "footnote-sequence" ||
           r.id == "heading-sequence" || r.id == "letter-sequence";
}

// After the rules, the renderers need only the source and each claim's kind and
// place (with the rules' verdicts, kept in CheckResult): the rest of
// the parsed document is released, so a run over many files holds one parse at a time.
void release_parse(Document& doc) {
    // (A vector `= {}` is assign(initializer_list): it destroys the elements but keeps its
    // buffer. Moving an empty vector in frees it.)
    doc.blocks = std::vector<Block>();
    doc.block_text.reset();
    doc.text_marks = nullptr;
    doc.pieces = std::vector<Piece>();
    doc.structure = {};
    doc.refs = {};
    doc.claims.quantities = std::vector<Quantity>();
    for (Claim& c : doc.claims.claims) {  // the renderers show a claim's kind, place and text
        Claim kept;
        kept.kind = c.kind;
        kept.span = c.span;
        kept.block = c.block;
        c = std::move(kept);
    }
    doc.claims.claims.shrink_to_fit();
}

// The blocks of the whole text as the structure pass reads them, gathered from the sections' parses,
// so that a sectioned text's blocks are made once (with its sections), not again for the whole text.
// A block the structure pass over the whole text could read more of than its kind (those its pass over
// the section marks: Document::mark_structure_blocks; the first and the last of a section, read
// across a cut; a block opening a numbering of its own, for heading-sequence) is kept with its text
// and its pieces (moved to whole-text offsets); every other block as an empty block of its kind (one
// for a run of them, with the blocks' numbers in the whole text: see add), so that the structure pass,
// which compares a block with its neighbours and looks a few blocks back, decides as over the whole
// text's blocks.
// The blocks are the whole text's only when the text is Word text, as is every section, and every
// cut follows a blank line (Word text closes a block there); otherwise `exact()` is false and the
// caller parses the whole text's blocks as before.
class WholeBlocks {
public:
    explicit WholeBlocks(const Document& whole) : exact_(!whole.style_given || whole.style == TextStyle::word_export) {}

    bool exact() const { return exact_ && !looks_pdf_extracted(counts_); }
    bool exact_so_far() const { return exact_; }

    // Adds the blocks of the section t[b, e) (its parse).
    void add(const Document& part, std::string_view t, std::size_t b, std::size_t e) {
        if (!exact_) return;
        if (part.style != TextStyle::word_export || (e < t.size() && !(e >= 2 && t[e - 2] == '\n' && t[e - 1] == '\n')) ||
            (b > 0 && t.substr(b).starts_with("\xEF\xBB\xBF"))) {
            exact_ = false;  // (a BOM opening a section is dropped by its reflow, not by the whole text's)
            release();
            return;
        }
        counts_.text_lines += part.reflow_counts.text_lines;
        counts_.alternating += part.reflow_counts.alternating;
        counts_.open_long += part.reflow_counts.open_long;
        const std::size_t nb = part.blocks.size();
        const auto by = static_cast<std::uint32_t>(b);
        // (the section's text marks: which kept blocks hold a superscript lead byte or a glued digit run, so
        // that the pass over the whole text reads only those for them; a full parse's blocks lie in block_text)
        const char* const marked = part.text_marks && !part.structure_only ? part.block_text.get() : nullptr;
        const char* const marks = part.structure_marks.data();
        // (the count and the open run in locals: as members they were stored and loaded again at every block, around the
        // entries' push_back; kNoRun: the last entry is no empty block)
        constexpr std::uint32_t kNoRun = ~std::uint32_t{0};
        std::uint32_t run = !entries_.empty() && entries_.back().size == 0 ? entries_.back().number & kRow : kNoRun;
        std::size_t count = count_;
        for (std::size_t k = 0; k < nb; ++k, ++count) {
            const Block& blk = part.blocks[k];
            const std::uint32_t row = blk.kind == Block::Kind::table_row ? kRow : 0;
            // (the first and the last block of a section: what the structure pass reads across a cut)
            const bool keep = !row && (marks[k] || k == 0 || k + 1 == nb || may_open_numbering_at(blk.view()));
            const auto number = static_cast<std::uint32_t>(count) << kFlagBits | row;
            if (!keep) {
                // One empty block stands for a run of them of one kind: the run's effect on what the
                // structure pass decides next is the same (no colon, no open sentence, not a neighbour),
                // and where it counts blocks (a body's continuation) it reads their numbers.
                if (run == row) continue;
                entries_.push_back({0, 0, number});
                run = row;
                continue;
            }
            run = kNoRun;
            const auto size = static_cast<std::uint32_t>(blk.view().size());  // (never 0: a block holds a line)
            const bool in_marks = marked && blk.text.data() >= marked + Document::kBlockTextPad &&
                                  blk.text.data() + size <= marked + part.block_text_size;
            const std::uint32_t holds = in_marks ? holds_of(part, static_cast<std::size_t>(blk.text.data() - marked), size)
                                                 : kSupLead | kGlued;
            if (blk.pieces.size() == 1) {  // a block of one line is that line of the whole text
                entries_.push_back({blk.pieces[0].source + by, size, number | holds});
                ++lines_;
                continue;
            }
            entries_.push_back({static_cast<std::uint32_t>(joined_.size()), size, number | kJoined | holds});
            joined_.push_back({static_cast<std::uint32_t>(joined_text_.size()), static_cast<std::uint32_t>(joined_pieces_.size())});
            joined_text_ += blk.view();
            for (const Piece& pc : blk.pieces) joined_pieces_.push_back({pc.logical, pc.source + by, pc.length});
        }
        count_ = count;
    }

    // The whole text's blocks and structure (structure only) in `doc`, the whole text (its blocks view
    // that text and this object's: valid until release()).
    void parse_into(Document& doc) {
        const std::string_view t = doc.source.text();
        doc.blocks.resize(entries_.size());
        doc.block_numbers.resize(entries_.size());
        line_pieces_.resize(lines_);
        std::size_t line = 0;
        for (std::size_t k = 0; k < entries_.size(); ++k) {
            const Entry& en = entries_[k];
            doc.block_numbers[k] = en.number >> kFlagBits;
            Block& blk = doc.blocks[k];
            blk.kind = en.number & kRow ? Block::Kind::table_row : Block::Kind::text;
            if (en.size == 0) continue;
            blk.may_hold = static_cast<std::uint8_t>((en.number & kSupLead ? Block::kMayHoldSupLead : 0) |
                                                     (en.number & kGlued ? Block::kMayHoldGlued : 0));
            if (!(en.number & kJoined)) {
                Piece& pc = line_pieces_[line++];
                pc = {0, en.at, en.size};
                blk.text = t.substr(en.at, en.size);
                blk.pieces = std::span<const Piece>(&pc, 1);
                continue;
            }
            const Joined& j = joined_[en.at];
            const std::size_t pieces_end = en.at + 1 < joined_.size() ? joined_[en.at + 1].piece : joined_pieces_.size();
            blk.text = std::string_view(joined_text_.data() + j.text, en.size);
            blk.pieces = std::span<const Piece>(joined_pieces_.data() + j.piece, pieces_end - j.piece);
        }
        entries_ = std::vector<Entry>();
        doc.style = TextStyle::word_export;
        doc.structure_only = true;
        parse_structure(doc);
        doc.structure_only = false;
    }

    // Frees what the gathered blocks hold (the caller has dropped any blocks parse_into gave it).
    void release() {
        entries_ = std::vector<Entry>();
        joined_ = std::vector<Joined>();
        joined_text_ = std::string();
        joined_pieces_ = std::vector<Piece>();
        line_pieces_ = std::vector<Piece>();
        lines_ = 0;
    }

private:
    // A block opens a numbering (opens_numbering), its first two bytes tested first: "PH"/"Ph" (phụ lục) or a capital
    // A-H and '.' (what opens_numbering asks of a block that does not start with white space). may_open_numbering alone
    // let through every block starting with A-H or P, ~20 000 calls on big-10M.
    static bool may_open_numbering_at(std::string_view t) {
        if (t.size() < 2) return false;  // (opens_numbering needs more)
        const auto c = static_cast<unsigned char>(t[0]);
        if (c == 'P') return (t[1] == 'H' || t[1] == 'h') && opens_numbering(t);
        if (c >= 'A' && c <= 'H') return t[1] == '.' && opens_numbering(t);
        return may_open_numbering(t) && opens_numbering(t);
    }

    // kSupLead when block_text[at, at + size) of a full parse holds a superscript lead byte, kGlued when it
    // holds the first digit of a glued run: the words of its text marks, the first and the last masked (most
    // kept blocks span one or two; two next_mark calls a block and a check that every block lies in
    // block_text cost 2.2 M instructions on big-10M, a loop over the words with a mask each 1.6 M).
    static std::uint32_t holds_of(const Document& part, std::size_t at, std::size_t size) {
        const std::size_t last = at + size - 1;  // (size > 0)
        const std::size_t w0 = at >> 6, w1 = last >> 6;
        const std::uint64_t* const m = part.text_marks;
        const std::uint64_t first_in = ~std::uint64_t{0} << (at & 63), last_in = ~std::uint64_t{0} >> (63 - (last & 63));
        std::uint64_t sup, glued;
        if (w0 == w1) {
            sup = m[Document::kMarkKinds * w0 + Document::kSupLeadMark] & first_in & last_in;
            glued = m[Document::kMarkKinds * w0 + Document::kGluedMark] & first_in & last_in;
        } else {
            sup = (m[Document::kMarkKinds * w0 + Document::kSupLeadMark] & first_in) |
                  (m[Document::kMarkKinds * w1 + Document::kSupLeadMark] & last_in);
            glued = (m[Document::kMarkKinds * w0 + Document::kGluedMark] & first_in) |
                    (m[Document::kMarkKinds * w1 + Document::kGluedMark] & last_in);
            for (std::size_t w = w0 + 1; w < w1; ++w) {
                sup |= m[Document::kMarkKinds * w + Document::kSupLeadMark];
                glued |= m[Document::kMarkKinds * w + Document::kGluedMark];
            }
        }
        return (sup ? kSupLead : 0) | (glued ? kGlued : 0);
    }

    // A gathered block in 12 bytes (they are held while the sections are checked): a kept block of one
    // line is its text in the whole text (its piece made by parse_into), a joined one an index in joined_;
    // an empty one (size 0) stands for a run of blocks not kept.
    struct Entry {
        std::uint32_t at = 0, size = 0;
        // its number among the whole text's blocks << kFlagBits | kRow | kJoined | what it holds (kept blocks)
        std::uint32_t number = 0;
    };
    static constexpr std::uint32_t kRow = 1, kJoined = 2, kSupLead = 4, kGlued = 8, kFlagBits = 4;
    struct Joined {
        std::uint32_t text = 0, piece = 0;  // its text in joined_text_, its first piece in joined_pieces_
    };
    bool exact_;
    Document::ReflowCounts counts_;
    std::vector<Entry> entries_;
    std::vector<Joined> joined_;
    std::string joined_text_;
    std::vector<Piece> joined_pieces_;
    std::vector<Piece> line_pieces_;  // the pieces of the blocks of one line (made by parse_into)
    std::size_t lines_ = 0;           // kept blocks of one line
    std::size_t count_ = 0;           // the whole text's blocks so far
};

// A section's count against the items of its footnote, judged once the bodies of the whole text
// are known: only when no other body in the whole text has its number (else it may be another
// document's).
struct PendingCounts {
    std::size_t shift = 0;
    Claims::Convention convention{};
    std::vector<std::pair<int, Claim>> claims;  // (body number, claim), in claim order
};

void check_in_sections(Document& whole, const RuleConfig& cfg, CheckResult& out, const std::function<void(double)>& on_progress) {
    const std::string_view t = whole.source.text();
    // The per-file cap holds across sections: the findings of each rule counted so far (run_rules keeps
    // each section's first in position order while the file has room, and builds no others).
    std::map<std::string, std::size_t> counted;
    // The findings of each run (a section, a pass over deferred counts), their spans made the whole
    // text's, in order; moved into `out` once, at the end (a push_back of each into `out` moved every
    // finding again as it grew, and the structure pass's, put first, moved them all once more).
    std::vector<std::vector<Finding>> runs;
    const auto keep = [&](std::vector<Finding>&& fs, std::size_t shift) {
        const auto by = static_cast<std::uint32_t>(shift);
        for (Finding& f : fs) {
            f.span.begin += by;
            f.span.end += by;
            for (Related& rel : f.related) {
                rel.span.begin += by;
                rel.span.end += by;
            }
        }
        if (fs.empty()) return;
        fs.shrink_to_fit();  // (run_rules reserves for 256: a 1 GB text's 2 000 runs held 54 MB more until the end)
        runs.push_back(std::move(fs));
    };
    RuleConfig structure_cfg = cfg, section_cfg = cfg, count_cfg = cfg;
    // fingerprinted below, over the merged findings; verdicts dropped (the structure rules' too)
    section_cfg.section = structure_cfg.section = count_cfg.section = true;
    for (const auto& rule : all_rules()) {
        const RuleInfo& info = rule->info();
        (whole_structure_rule(info) ? section_cfg : structure_cfg).enabled[info.id] = false;
        if (info.id != "count-vs-list") count_cfg.enabled[info.id] = false;
    }
    // A section's count-vs-list claims are judged after the sections (below), against the whole text's
    // bodies, or not at all (a text over kWholeStructureLimit): the rule does not run in a section, so its
    // claims are left where they are (removing them from each section's claims moved every claim after
    // the first of them; no other rule reads a claim of that kind, and a section makes no verdicts).
    section_cfg.enabled["count-vs-list"] = false;
    const bool structure = t.size() <= kWholeStructureLimit;

    // Everything else judges a sentence, a table, a date or a citation, and is checked
    // section by section: the memory of the parse is the section's, not the file's.
    WholeBlocks gathered(whole);
    std::vector<PendingCounts> pending;
    std::size_t sections = 0;
    std::optional<TitleBlock> title;  // the report's title block, read at the start of the text
    for (std::size_t b = 0; b < t.size(); ++sections) {
        const std::size_t e = section_end(t, b);
        Document part;
        part.source = SourceText::from_nfc_part(whole.source, b, e);
        part.style = whole.style;
        part.style_given = whole.style_given;
        part.given_title = title;  // the first section reads it; the others take the whole text's
        part.line_base = whole.source.line_of(static_cast<std::uint32_t>(b)) - 1;  // the section's line 1 is that line
        part.mark_structure_blocks = structure && gathered.exact_so_far();
        part = parse_document(std::move(part));
        if (!title) {
            title = part.structure.title;
            title->number_span = title->date_span = title->subject_span = Span{};
        }
        if (structure) gathered.add(part, t, b, e);
        // A count against the items of its footnote: only when the section holds the body (and, judged
        // below, no other body in the whole text has its number).
        PendingCounts counts;
        if (structure)
            for (Claim& c : part.claims.claims) {
                if (c.kind != ClaimKind::count_vs_list) continue;
                for (const FootnoteBody& fb : part.structure.footnote_bodies)
                    if (fb.span.begin <= c.list_span.begin && c.list_span.begin < fb.span.end) {
                        counts.claims.emplace_back(fb.number, std::move(c));  // (the section's rules do not read it)
                        break;
                    }
            }
        if (!counts.claims.empty()) {
            counts.shift = b;
            counts.convention = part.claims.convention;
            pending.push_back(std::move(counts));
        }
        CheckResult cr = run_rules(part, section_cfg, &counted);
        keep(std::move(cr.findings), b);
        b = e;
        if (on_progress) on_progress(static_cast<double>(e) / static_cast<double>(t.size()));
    }
    std::vector<Finding> first;  // the structure pass's findings (first, as those of a pass before the sections)
    // The footnote and heading rules read the structure only (no references, no claims) of the whole
    // text: from the sections' blocks, else (PDF text, a cut not at a blank line) from the whole text's.
    if (structure) {
        if (gathered.exact()) {
            gathered.parse_into(whole);
        } else {
            gathered.release();
            whole.structure_only = true;
            build_blocks(whole);
            parse_structure(whole);
            whole.structure_only = false;
        }
        std::map<int, std::size_t> bodies;  // footnote bodies of each number in the whole text
        for (const FootnoteBody& fb : whole.structure.footnote_bodies) ++bodies[fb.number];
        for (PendingCounts& p : pending) {
            Document count_doc;
            count_doc.claims.convention = p.convention;
            for (auto& [number, c] : p.claims)
                if (bodies[number] == 1) count_doc.claims.claims.push_back(std::move(c));
            if (count_doc.claims.claims.empty()) continue;
            CheckResult cr = run_rules(count_doc, count_cfg, &counted);  // (in section order: the cap as before)
            keep(std::move(cr.findings), p.shift);
        }
        CheckResult cr = run_rules(whole, structure_cfg);
        whole.blocks = std::vector<Block>();  // (not `= {}`: that keeps the buffer)
        whole.block_numbers = std::vector<std::uint32_t>();
        whole.block_text.reset();
        whole.text_marks = nullptr;  // (they lie in block_text's allocation)
        whole.pieces = std::vector<Piece>();
        whole.structure = {};
        gathered.release();
        first = std::move(cr.findings);  // capped by run_rules
        for (Text& n : cr.notes) out.notes.push_back(std::move(n));
    }
    // In the order finish_findings sorts them (position, then rule id; stably, so the findings of one place
    // and rule keep their run's report order), moved once: gathered into one vector in run order, they
    // were all moved again into a sorted copy.
    {
        std::vector<Finding*> order;
        std::size_t n = first.size() + out.findings.size();
        for (const auto& r : runs) n += r.size();
        order.reserve(n);
        for (auto* run : {&first, &out.findings})
            for (Finding& f : *run) order.push_back(&f);
        for (auto& r : runs)
            for (Finding& f : r) order.push_back(&f);
        std::stable_sort(order.begin(), order.end(), [](const Finding* a, const Finding* b) { return finding_before(*a, *b); });
        std::vector<Finding> all;
        all.reserve(n);
        for (Finding* f : order) all.push_back(std::move(*f));
        out.findings = std::move(all);
        runs = {};
    }
    finish_findings(whole, out, cfg.fingerprints);
    for (const auto& [rule, n] : counted)
        if (n > kMaxFindingsPerRule) out.notes.push_back(omitted_findings_note(rule, n - kMaxFindingsPerRule));
    const std::size_t kb = kSection >> 10;
    out.notes.insert(out.notes.begin(),
                     structure
                         ? Text{fmt::format("Tệp lớn ({} MB) được kiểm tra theo {} phần khoảng {} KB: chú thích và đánh số đề "
                                            "mục được kiểm tra trên cả văn bản; phép tính, ngày tháng và định dạng số theo từng "
                                            "phần; số đếm so với danh sách ở chú thích chỉ khi chú thích ở cùng phần; danh sách "
                                            "phép tính không được liệt kê",
                                            (t.size() + (1u << 19)) >> 20, sections, kb),
                                fmt::format("Large file ({} MB) checked in {} sections of about {} KB: footnotes and heading "
                                            "numbers over the whole text; arithmetic, dates and number formats per section; a "
                                            "count against its footnote's list only when the footnote is in the same section; "
                                            "the claims list is omitted",
                                            (t.size() + (1u << 19)) >> 20, sections, kb)}
                         : Text{fmt::format("Tệp lớn ({} MB) được kiểm tra theo {} phần khoảng {} KB: các phép tính, ngày tháng "
                                            "và định dạng số được kiểm tra; chú thích và đánh số đề mục thì không (tệp trên {} "
                                            "MB); danh sách phép tính không được liệt kê",
                                            (t.size() + (1u << 19)) >> 20, sections, kb, kWholeStructureLimit >> 20),
                                fmt::format("Large file ({} MB) checked in {} sections of about {} KB: arithmetic, dates and "
                                            "number formats are checked; footnotes and heading numbers are not (file over {} "
                                            "MB); the claims list is omitted",
                                            (t.size() + (1u << 19)) >> 20, sections, kb, kWholeStructureLimit >> 20)});
}

}  // namespace

FileReport check_text(const std::string& path, const std::string& format, std::string utf8, const RuleConfig& cfg,
                      bool keep_parse, std::size_t whole_limit, const std::function<void(double)>& on_progress) {
    return check_source(path, format, SourceText::from_utf8(path, std::move(utf8)), cfg, keep_parse, whole_limit, on_progress);
}

FileReport check_source(const std::string& path, const std::string& format, SourceText src, const RuleConfig& cfg,
                        bool keep_parse, std::size_t whole_limit, const std::function<void(double)>& on_progress) {
    FileReport r;
    r.path = path;
    r.format = format;
    if (src.text().size() > whole_limit) {
        // Memory stays bounded by the section, not the file: the source is kept
        // whole (for positions and excerpts), the parsed structure per section only.
        auto doc = std::make_shared<Document>();
        doc->source = std::move(src);
        if (format == "pdf") {
            doc->style = TextStyle::pdf_extract;
            doc->style_given = true;
        }
        check_in_sections(*doc, cfg, r.result, on_progress);
        r.doc = std::move(doc);
        return r;
    }
    auto doc = std::make_shared<Document>(format == "pdf" ? parse_document(std::move(src), TextStyle::pdf_extract)
                                                          : parse_document(std::move(src)));
    r.result = run_rules(*doc, cfg);
    if (!keep_parse) release_parse(*doc);
    r.doc = std::move(doc);
    return r;
}

RuleConfig config_for(const std::string& path, const CheckOptions& opt) {
    RuleConfig cfg;
    cfg.claim_details = opt.claim_details;
    cfg.langs = opt.langs;
    cfg.fingerprints = opt.fingerprints;
    if (opt.config_file) {
        load_config_file(*opt.config_file, cfg);
        return cfg;
    }
    std::error_code ec;
    if (path != "-") {
        const fs::path beside = fs::path(path).parent_path() / "reportcheck.ini";
        if (fs::is_regular_file(beside, ec)) {
            load_config_file(beside.string(), cfg);
            return cfg;
        }
    }
    if (fs::is_regular_file("reportcheck.ini", ec)) load_config_file("reportcheck.ini", cfg);
    return cfg;
}

RunReport check_files(const std::vector<std::string>& paths, const CheckOptions& opt) {
    RunReport run;
    run.files.resize(paths.size());
    check_files(paths, opt, [&](std::size_t i, FileReport&& r) -> Emit {
        run.files[i] = std::move(r);
        return {};
    });
    return run;
}

void check_files(const std::vector<std::string>& paths, const CheckOptions& opt, const OnFile& on_file) {
    // Configurations are read up front (errors in them stop the run, exit 2).
    std::map<std::string, RuleConfig> configs;
    std::vector<const RuleConfig*> cfg_of(paths.size());
    for (std::size_t i = 0; i < paths.size(); ++i) {
        const std::string key = opt.config_file ? std::string("--config")
                                                : (paths[i] == "-" ? std::string() : fs::path(paths[i]).parent_path().string());
        auto it = configs.find(key);
        if (it == configs.end()) it = configs.emplace(key, config_for(paths[i], opt)).first;
        cfg_of[i] = &it->second;
    }
    std::atomic<std::size_t> next{0}, done{0};
    // Progress in bytes of the input files (a sectioned text reports its sections as it goes).
    std::vector<std::uint64_t> size_of(paths.size(), 0);
    std::uint64_t total_bytes = 0;
    if (opt.progress)
        for (std::size_t i = 0; i < paths.size(); ++i) {
            std::error_code ec;
            const auto sz = paths[i] == "-" ? std::uintmax_t{0} : fs::file_size(paths[i], ec);
            size_of[i] = ec ? 0 : sz;
            total_bytes += size_of[i];
        }
    std::atomic<std::uint64_t> bytes_done{0};
    std::mutex stderr_mutex;
    // Input order: emits waiting for an earlier file, the next index to emit, whether a
    // thread is emitting, and the first exception (which stops the run).
    std::mutex order_mutex;
    std::condition_variable order_cv;
    std::map<std::size_t, Emit> waiting;
    std::size_t emitted = 0;
    bool emitting = false;
    std::exception_ptr failure;
    const auto hand_over = [&](std::size_t i, Emit emit) {
        std::unique_lock lock(order_mutex);
        waiting.emplace(i, std::move(emit));
        if (emitting) return;  // the emitting thread will take it
        emitting = true;
        for (auto it = waiting.find(emitted); it != waiting.end() && !failure; it = waiting.find(emitted)) {
            Emit e = std::move(it->second);
            waiting.erase(it);
            lock.unlock();
            try {
                if (e) e();
            } catch (...) {
                lock.lock();
                if (!failure) failure = std::current_exception();
                break;
            }
            lock.lock();
            ++emitted;
            order_cv.notify_all();
        }
        emitting = false;
        order_cv.notify_all();
    };
    auto worker = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < paths.size();) {
            {
                std::unique_lock lock(order_mutex);
                order_cv.wait(lock, [&] { return failure || i < emitted + kFilesAhead; });
                if (failure) return;
            }
            FileReport out;
            std::uint64_t credited = 0;  // bytes of file i already counted in bytes_done
            const auto on_progress = [&](double share) {
                const auto now = static_cast<std::uint64_t>(share * static_cast<double>(size_of[i]));
                if (now > credited && now <= size_of[i]) {
                    bytes_done.fetch_add(now - credited);
                    credited = now;
                }
            };
            try {
                DecodedInput in = read_input(paths[i]);
                out = check_source(paths[i], in.format,
                                   in.shared.keep ? SourceText::from_shared(paths[i], std::move(in.shared))
                                                  : SourceText::from_utf8(paths[i], std::move(in.utf8)),
                                   *cfg_of[i], opt.keep_parse, kWholeDocumentLimit,
                                   opt.progress ? std::function<void(double)>(on_progress) : std::function<void(double)>());
                out.line_labels = std::move(in.line_labels);
                // A suppression comment naming no known rule suppresses nothing: say so rather than
                // let the user believe the finding was accepted.
                for (auto& s : in.suppressions) {
                    if (!s.rule.empty() && find_rule(s.rule)) continue;
                    const std::string where =
                        s.first_line && s.first_line <= out.line_labels.size() && !out.line_labels[s.first_line - 1].empty()
                            ? " (" + out.line_labels[s.first_line - 1] + ")"
                            : std::string();
                    const std::string msg =
                        s.rule.empty()
                            ? fmt::format("{}: cảnh báo: chú thích Word{} bắt đầu bằng \"reportcheck:\" nhưng không ghi mã quy tắc "
                                          "(cú pháp: \"reportcheck: bỏ qua <mã-quy-tắc> — <lý do>\"); không bỏ qua gì / warning: "
                                          "Word comment{} starts with \"reportcheck:\" but names no rule id; nothing suppressed\n",
                                          paths[i], where, where)
                            : fmt::format("{}: cảnh báo: chú thích Word{} bỏ qua quy tắc không tồn tại \"{}\"; không bỏ qua gì / "
                                          "warning: Word comment{} suppresses unknown rule \"{}\"; nothing suppressed\n",
                                          paths[i], where, s.rule, where, s.rule);
                    std::lock_guard<std::mutex> lock(stderr_mutex);
                    std::cerr << msg << std::flush;
                }
                if (!in.suppressions.empty() && out.doc) {
                    // NFC keeps line breaks, so produced-text lines are the source's original lines.
                    auto& fs = out.result.findings;
                    std::erase_if(fs, [&](const Finding& f) {
                        std::uint32_t line = out.doc->source.position(f.span.begin).line;
                        for (auto& s : in.suppressions)
                            if (s.rule == f.rule && line >= s.first_line && line <= s.last_line) return true;
                        return false;
                    });
                }
                if (opt.baseline) drop_baselined(out.result, *opt.baseline);
            } catch (const InputError& e) {
                out = FileReport{};
                out.path = paths[i];
                out.format = "unknown";
                out.error = e.what();
            } catch (const std::bad_alloc&) {
                out = FileReport{};
                out.path = paths[i];
                out.error = fmt::format("{}: không đủ bộ nhớ để kiểm tra tệp / out of memory", paths[i]);
            }
            Emit emit;
            try {
                emit = on_file(i, std::move(out));
            } catch (...) {
                std::lock_guard lock(order_mutex);
                if (!failure) failure = std::current_exception();
                order_cv.notify_all();
                return;
            }
            bytes_done.fetch_add(size_of[i] - credited);
            done.fetch_add(1);
            hand_over(i, std::move(emit));
        }
    };
    const unsigned n = std::max(1u, std::min<unsigned>(opt.jobs, static_cast<unsigned>(paths.size())));
    const auto start = std::chrono::steady_clock::now();
    std::atomic<bool> finished{false};
    std::mutex progress_mutex;  // the progress thread waits on progress_cv: the end of the run wakes it at once
    std::condition_variable progress_cv;
    std::thread progress;
    if (opt.progress) {
        // After a second, on a terminal: "[####......] 3/10 tệp · 45/100 MB" (one file: the MB only),
        // the bar by bytes when the sizes are known, else by files. Erased at the end.
        progress = std::thread([&] {
            std::size_t shown = 0;  // width of the widest line written
            std::unique_lock lock(progress_mutex);
            do {
                if (std::chrono::steady_clock::now() - start < std::chrono::milliseconds(opt.progress_delay_ms)) continue;
                const std::size_t d = done.load();
                const std::uint64_t b = std::min(bytes_done.load(), total_bytes);
                const double share = total_bytes ? static_cast<double>(b) / static_cast<double>(total_bytes)
                                                 : static_cast<double>(d) / static_cast<double>(paths.size());
                const int width = 30;
                const int filled = std::clamp(static_cast<int>(width * share), 0, width);
                std::string line = fmt::format("[{}{}]", std::string(static_cast<std::size_t>(filled), '#'),
                                               std::string(static_cast<std::size_t>(width - filled), '.'));
                if (paths.size() > 1) line += fmt::format(" {}/{} {}", d, paths.size(), opt.english ? "files" : "tệp");
                if (total_bytes)
                    line += fmt::format("{}{:.0f}/{:.0f} MB", paths.size() > 1 ? " · " : " ", static_cast<double>(b) / 1048576.0,
                                        static_cast<double>(total_bytes) / 1048576.0);
                const std::size_t cols = utf8_length(line);
                std::cerr << '\r' << line << std::string(shown > cols ? shown - cols : 0, ' ') << std::flush;
                shown = std::max(shown, cols);
            } while (!progress_cv.wait_for(lock, std::chrono::milliseconds(100), [&] { return finished.load(); }));
            if (shown) std::cerr << '\r' << std::string(shown, ' ') << '\r' << std::flush;
        });
    }
    {
        std::vector<std::jthread> pool;
        for (unsigned t = 1; t < n; ++t) pool.emplace_back(worker);
        worker();
    }
    {
        std::lock_guard lock(progress_mutex);
        finished = true;
    }
    progress_cv.notify_all();
    if (progress.joinable()) progress.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace rc
