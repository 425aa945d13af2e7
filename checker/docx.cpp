// Word .docx reader (libzip + pugixml): produces text in the conventions the
// grammar reads (see checker/office.hpp).
#include "checker/office.hpp"
#include "checker/input.hpp"

#include <dlfcn.h>
#include <pugixml.hpp>
#include <zip.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string_view>
#include <string>
#include <vector>

namespace rc {
namespace {

// libzip, opened on the first .docx (dlopen) rather than linked: with it come libcrypto, libz and
// libbz2, and their loading and relocation cost every run about 1.3 ms of start-up, most of a
// small text's check. A run with no .docx does not map them. Its name is the soname this build
// was compiled against (CMakeLists.txt, RC_LIBZIP_SONAME).
#define RC_LIBZIP_FUNCTIONS(X)                                                                                \
    X(zip_discard) X(zip_error_init) X(zip_error_fini) X(zip_error_strerror) X(zip_source_buffer_create)   \
    X(zip_source_free) X(zip_open_from_source) X(zip_get_num_entries) X(zip_stat_init) X(zip_stat_index) \
    X(zip_stat) X(zip_fopen) X(zip_fread) X(zip_fclose)

struct LibZip {
#define RC_LIBZIP_POINTER(f) decltype(&::f) f = nullptr;
    RC_LIBZIP_FUNCTIONS(RC_LIBZIP_POINTER)
#undef RC_LIBZIP_POINTER
    std::string error;  // why it could not be opened (empty when it was)
};

const LibZip& libzip() {
    static const LibZip lib = [] {
        LibZip z;
        void* h = dlopen(RC_LIBZIP_SONAME, RTLD_NOW | RTLD_LOCAL);  // kept open to the end
        if (!h) {
            const char* why = dlerror();
            z.error = why ? why : RC_LIBZIP_SONAME;
            return z;
        }
#define RC_LIBZIP_LOAD(f)                                                      \
    if (z.error.empty() && !(z.f = reinterpret_cast<decltype(z.f)>(dlsym(h, #f)))) \
        z.error = std::string(RC_LIBZIP_SONAME ": ") + #f + " not found";
        RC_LIBZIP_FUNCTIONS(RC_LIBZIP_LOAD)
#undef RC_LIBZIP_LOAD
        return z;
    }();
    return lib;
}

struct ZipCloser {
    void operator()(zip_t* z) const { libzip().zip_discard(z); }
};

std::string superscript_digits(const std::string& digits) {
    static const char* sup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    std::string out;
    for (char c : digits) {
        if (c >= '0' && c <= '9') out += sup[c - '0'];
        else out += c;
    }
    return out;
}

bool all_digits(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

class Package {
public:
    Package(const std::string& path, const std::string& bytes) : path_(path) {
        if (bytes.size() >= 4 && static_cast<unsigned char>(bytes[0]) == 0xD0 &&
            static_cast<unsigned char>(bytes[1]) == 0xCF && static_cast<unsigned char>(bytes[2]) == 0x11 &&
            static_cast<unsigned char>(bytes[3]) == 0xE0)
            throw InputError(path + ": tệp được bảo vệ bằng mật khẩu (hoặc là tệp .doc cũ) / "
                                    "password-protected (or legacy .doc) file");
        const LibZip& lib = libzip();
        if (!lib.error.empty())
            throw InputError(path + ": không nạp được thư viện libzip để đọc tệp .docx (cần gói libzip4) / cannot load "
                                    "libzip to read .docx files (package libzip4): " + lib.error);
        zip_error_t err;
        lib.zip_error_init(&err);
        zip_source_t* src = lib.zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
        if (!src) throw InputError(path + ": không đọc được tệp .docx / cannot read .docx");
        zip_t* z = lib.zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
        if (!z) {
            lib.zip_source_free(src);
            std::string why = lib.zip_error_strerror(&err);
            lib.zip_error_fini(&err);
            throw InputError(path + ": tệp .docx hỏng hoặc bị cắt cụt / damaged or truncated .docx (" + why + ")");
        }
        lib.zip_error_fini(&err);
        zip_.reset(z);
        zip_int64_t n = lib.zip_get_num_entries(z, 0);
        if (n < 0 || static_cast<std::uint64_t>(n) > office_limits::max_entries)
            throw InputError(path + ": quá nhiều mục trong tệp nén (" + std::to_string(n) +
                             ") / too many zip entries");
        std::uint64_t total = 0;
        for (zip_int64_t i = 0; i < n; ++i) {
            zip_stat_t st;
            lib.zip_stat_init(&st);
            if (lib.zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st) != 0) continue;
            if (!(st.valid & ZIP_STAT_SIZE)) continue;
            total += st.size;
            if (total > office_limits::max_total_uncompressed)
                throw InputError(path + ": tổng dung lượng giải nén vượt giới hạn (bom nén?) / "
                                        "total uncompressed size exceeds the limit (zip bomb?)");
            if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > office_limits::ratio_floor &&
                st.size / (st.comp_size ? st.comp_size : 1) > office_limits::max_ratio)
                throw InputError(path + ": tỉ lệ nén bất thường ở " + std::string(st.name ? st.name : "?") +
                                 " (bom nén?) / suspicious compression ratio (zip bomb?)");
        }
    }

    std::optional<std::string> read(const std::string& name) const {
        const LibZip& lib = libzip();
        zip_stat_t st;
        lib.zip_stat_init(&st);
        if (lib.zip_stat(zip_.get(), name.c_str(), 0, &st) != 0) return std::nullopt;
        std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(lib.zip_fopen(zip_.get(), name.c_str(), 0), lib.zip_fclose);
        if (!f) throw InputError(path_ + ": không đọc được phần " + name + " / cannot read part " + name);
        std::string out;
        std::array<char, 65536> buf;
        for (;;) {
            zip_int64_t got = lib.zip_fread(f.get(), buf.data(), buf.size());
            if (got < 0)
                throw InputError(path_ + ": phần " + name + " hỏng / part " + name + " is damaged");
            if (got == 0) break;
            out.append(buf.data(), static_cast<std::size_t>(got));
            if (out.size() > office_limits::max_total_uncompressed)
                throw InputError(path_ + ": phần " + name + " vượt giới hạn dung lượng (bom nén?) / part exceeds size limit");
        }
        return out;
    }

    void parse(const std::string& name, const std::string& xml, pugi::xml_document& doc) const {
        // parse_default: no DTD processing, custom entities are never expanded.
        pugi::xml_parse_result r = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
        if (!r)
            throw InputError(path_ + ": phần " + name + " không phải XML hợp lệ (" + r.description() +
                             ", byte " + std::to_string(r.offset) + ") / malformed XML in part " + name);
        for (pugi::xml_node n = doc.first_child(); n; n = n.next_sibling())
            if (n.type() == pugi::node_doctype)
                throw InputError(path_ + ": phần " + name + " chứa khai báo DTD/thực thể (không được phép) / "
                                         "part " + name + " contains a DTD/entity declaration (refused)");
    }

    bool load(const std::string& name, pugi::xml_document& doc) const {
        auto s = read(name);
        if (!s) return false;
        parse(name, *s, doc);
        return true;
    }

private:
    std::string path_;
    std::unique_ptr<zip_t, ZipCloser> zip_;
};

// ---- numbering -------------------------------------------------------------
struct Level {
    std::string fmt = "decimal";
    std::string text;
    int start = 1;
};

struct NumDef {
    int abstract_id = -1;
    std::map<int, int> start_override;
};

std::string roman(int n, bool upper) {
    static const std::pair<int, const char*> t[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                    {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                                                    {5, "v"},    {4, "iv"},   {1, "i"}};
    std::string s;
    if (n <= 0) return std::to_string(n);
    for (auto& [v, r] : t)
        while (n >= v) {
            s += r;
            n -= v;
        }
    if (upper)
        for (char& c : s) c = static_cast<char>(c - 'a' + 'A');
    return s;
}

std::string letter(int n, bool upper) {
    if (n <= 0) return std::to_string(n);
    char c = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
    return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), c);
}

std::string format_number(int n, const std::string& fmt) {
    if (fmt == "upperRoman") return roman(n, true);
    if (fmt == "lowerRoman") return roman(n, false);
    if (fmt == "upperLetter") return letter(n, true);
    if (fmt == "lowerLetter") return letter(n, false);
    if (fmt == "decimalZero") {
        std::string s = std::to_string(n);
        if (n >= 0 && n < 10) s.insert(s.begin(), '0');
        return s;
    }
    if (fmt == "none") return "";
    return std::to_string(n);
}

class Numbering {
public:
    void load(const pugi::xml_document& doc) {
        pugi::xml_node root = doc.child("w:numbering");
        for (pugi::xml_node a : root.children("w:abstractNum")) {
            int id = a.attribute("w:abstractNumId").as_int(-1);
            auto& levels = abstract_[id];
            for (pugi::xml_node l : a.children("w:lvl")) {
                int il = l.attribute("w:ilvl").as_int(0);
                if (il < 0 || il > 8) continue;
                Level lv;
                if (auto f = l.child("w:numFmt")) lv.fmt = f.attribute("w:val").as_string("decimal");
                if (auto t = l.child("w:lvlText")) lv.text = t.attribute("w:val").as_string();
                if (auto s = l.child("w:start")) lv.start = s.attribute("w:val").as_int(1);
                levels[il] = lv;
            }
        }
        for (pugi::xml_node n : root.children("w:num")) {
            NumDef d;
            d.abstract_id = n.child("w:abstractNumId").attribute("w:val").as_int(-1);
            for (pugi::xml_node o : n.children("w:lvlOverride")) {
                int il = o.attribute("w:ilvl").as_int(0);
                if (auto so = o.child("w:startOverride")) d.start_override[il] = so.attribute("w:val").as_int(1);
            }
            nums_[n.attribute("w:numId").as_int(-1)] = d;
        }
    }

    // Advances the counters and returns the visible label ("" if none).
    std::string next(int num_id, int ilvl) {
        auto it = nums_.find(num_id);
        if (it == nums_.end() || ilvl < 0 || ilvl > 8) return "";
        const NumDef& d = it->second;
        auto ait = abstract_.find(d.abstract_id);
        if (ait == abstract_.end()) return "";
        auto& levels = ait->second;
        // Counters are shared per abstract numbering unless the instance overrides starts.
        int key = d.start_override.empty() ? -1 - d.abstract_id : num_id;
        auto& c = counters_[key];
        auto start_of = [&](int l) {
            auto so = d.start_override.find(l);
            if (so != d.start_override.end()) return so->second;
            return levels.count(l) ? levels[l].start : 1;
        };
        if (!c.used[ilvl]) {
            c.value[ilvl] = start_of(ilvl);
            c.used[ilvl] = true;
        } else {
            ++c.value[ilvl];
        }
        for (int l = ilvl + 1; l < 9; ++l) c.used[l] = false;
        for (int l = 0; l < ilvl; ++l)
            if (!c.used[l]) {
                c.value[l] = start_of(l);
                c.used[l] = true;
            }
        const Level& lv = levels[ilvl];
        if (lv.fmt == "bullet") return "-";
        std::string out;
        const std::string& t = lv.text;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
                int l = t[i + 1] - '1';
                out += format_number(c.value[l], levels.count(l) ? levels[l].fmt : "decimal");
                ++i;
            } else {
                out += t[i];
            }
        }
        return out;
    }

private:
    struct Counters {
        std::array<int, 9> value{};
        std::array<bool, 9> used{};
    };
    std::map<int, std::map<int, Level>> abstract_;
    std::map<int, NumDef> nums_;
    std::map<int, Counters> counters_;
};

// ---- document walk ---------------------------------------------------------
class Reader {
public:
    Reader(const Package& pkg) : pkg_(pkg) {}

    OfficeText run(const std::string& path) {
        pugi::xml_document doc;
        if (!pkg_.load("word/document.xml", doc))
            throw InputError(path + ": thiếu phần word/document.xml (không phải tệp Word?) / "
                                    "missing part word/document.xml (not a Word file?)");
        pugi::xml_document num;
        if (pkg_.load("word/numbering.xml", num)) numbering_.load(num);
        pugi::xml_document styles;
        if (pkg_.load("word/styles.xml", styles)) load_styles(styles);
        load_comments();
        load_notes("word/footnotes.xml", "w:footnotes", "w:footnote", footnotes_);
        load_notes("word/endnotes.xml", "w:endnotes", "w:endnote", endnotes_);

        pugi::xml_node body = doc.child("w:document").child("w:body");
        if (!body)
            throw InputError(path + ": phần word/document.xml không có w:body / part word/document.xml has no w:body");
        walk_block(body);
        OfficeText res;
        std::string& out = res.text;
        std::vector<std::uint32_t> line_no(lines_.size() + 1, 0);
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            if (i) {
                bool tight = lines_[i].table_row && lines_[i - 1].table_row;
                out += tight ? "\n" : "\n\n";
                if (!tight) res.line_labels.emplace_back();
            }
            out += lines_[i].text;
            res.line_labels.push_back(lines_[i].label);
            line_no[i] = static_cast<std::uint32_t>(res.line_labels.size());
        }
        for (auto& [id, range] : ranges_) {
            auto c = comment_rule_.find(id);
            if (c == comment_rule_.end() || range.first < 0 || lines_.empty()) continue;
            std::size_t a = std::min<std::size_t>(static_cast<std::size_t>(range.first), lines_.size() - 1);
            std::size_t b = range.second < 0 ? a : std::min<std::size_t>(static_cast<std::size_t>(range.second), lines_.size() - 1);
            if (b < a) b = a;
            res.suppressions.push_back({c->second, line_no[a], line_no[b]});
        }
        for (auto& [num, body_text] : note_bodies_) {
            out += "\n\n" + superscript_digits(std::to_string(num)) + " " + body_text;
            res.line_labels.emplace_back();
            res.line_labels.push_back("chú thích " + std::to_string(num));
        }
        out += "\n";
        return res;
    }

private:
    struct Line {
        std::string text;
        bool table_row = false;
        std::string label;  // "đoạn 12", "bảng 2, hàng 3"
    };

    void load_styles(const pugi::xml_document& doc) {
        std::map<std::string, std::string> based_on;
        std::map<std::string, bool> own_bold;  // style id -> its own w:b (when set)
        for (pugi::xml_node s : doc.child("w:styles").children("w:style")) {
            const std::string id = s.attribute("w:styleId").as_string();
            if (pugi::xml_node b = s.child("w:rPr").child("w:b")) own_bold[id] = on(b);
            if (pugi::xml_node bo = s.child("w:basedOn")) based_on[id] = bo.attribute("w:val").as_string();
            if (std::string_view(s.attribute("w:type").as_string()) == "paragraph" && is_heading_style(s))
                heading_styles_.insert(id);
            pugi::xml_node np = s.child("w:pPr").child("w:numPr");
            if (!np) continue;
            int num = np.child("w:numId").attribute("w:val").as_int(-1);
            int il = np.child("w:ilvl").attribute("w:val").as_int(0);
            style_num_[id] = {num, il};
        }
        // Bold through the basedOn chain (bounded: a cycle in a hostile file ends it).
        std::set<std::string> ids;
        for (auto& [id, v] : own_bold) ids.insert(id);
        for (auto& [id, v] : based_on) ids.insert(id);
        for (const std::string& id : ids) {
            const std::string* cur = &id;
            for (int depth = 0; depth < 16; ++depth) {
                if (auto b = own_bold.find(*cur); b != own_bold.end()) {
                    if (b->second) bold_styles_.insert(id);
                    break;
                }
                auto bo = based_on.find(*cur);
                if (bo == based_on.end()) break;
                cur = &bo->second;
            }
        }
    }

    // <w:b/>, <w:b w:val="true|1|on"/> are on; w:val="false|0|off" is off.
    static bool on(pugi::xml_node b) {
        const std::string_view v = b.attribute("w:val").as_string("true");
        return !(v == "0" || v == "false" || v == "off");
    }

    // Heading 1..9, Title, "Tiêu đề 1" (Vietnamese Word), or any paragraph style with an outline level.
    static bool is_heading_style(pugi::xml_node s) {
        std::string name = s.child("w:name").attribute("w:val").as_string();
        const std::string id = s.attribute("w:styleId").as_string();
        for (char& c : name)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (name.rfind("heading", 0) == 0 || name == "title" || name.rfind("tiêu đề", 0) == 0) return true;
        if (id.rfind("Heading", 0) == 0 || id == "Title" || id.rfind("TieuDe", 0) == 0) return true;
        if (pugi::xml_node ol = s.child("w:pPr").child("w:outlineLvl")) return ol.attribute("w:val").as_int(9) < 9;
        return false;
    }

    // Comments whose text starts with "reportcheck: bỏ qua <rule-id>" (or "reportcheck: ignore <rule-id>").
    void load_comments() {
        pugi::xml_document d;
        if (!pkg_.load("word/comments.xml", d)) return;
        for (pugi::xml_node c : d.child("w:comments").children("w:comment")) {
            std::string text;
            for (pugi::xml_node p : c.children("w:p"))
                for (pugi::xml_node r : p.children("w:r"))
                    for (pugi::xml_node t : r.children("w:t")) text += t.text().get();
            std::size_t b = text.find_first_not_of(" \t");
            if (b == std::string::npos) continue;
            text = text.substr(b);
            if (text.rfind("reportcheck:", 0) != 0) continue;
            std::string rest;
            for (const char* pre : {"reportcheck: bỏ qua ", "reportcheck: ignore "})
                if (text.rfind(pre, 0) == 0) rest = text.substr(std::string(pre).size());
            std::string rule;
            for (char ch : rest) {
                if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_') rule += ch;
                else break;
            }
            // An empty id (malformed "reportcheck: …" comment) is kept: the pipeline warns about it.
            comment_rule_[c.attribute("w:id").as_string()] = rule;
        }
    }

    void comment_mark(pugi::xml_node c, bool inside_paragraph) {
        std::string name = c.name();
        std::string id = c.attribute("w:id").as_string();
        auto& r = ranges_.try_emplace(id, -1, -1).first->second;
        long here = static_cast<long>(lines_.size());
        if (name == "w:commentRangeStart") r.first = here;
        else r.second = inside_paragraph ? here : here - 1;
    }

    void load_notes(const std::string& part, const char* root, const char* item, std::map<std::string, pugi::xml_node>& into) {
        auto& d = note_docs_.emplace_back(std::make_unique<pugi::xml_document>());
        if (!pkg_.load(part, *d)) return;
        for (pugi::xml_node n : d->child(root).children(item)) {
            std::string type = n.attribute("w:type").as_string();
            if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice") continue;
            into[n.attribute("w:id").as_string()] = n;
        }
    }

    void walk_block(pugi::xml_node parent) {
        for (pugi::xml_node c : parent.children()) {
            std::string name = c.name();
            if (name == "w:p") {
                std::string t = paragraph(c, true, true);
                lines_.push_back({t, false, "đoạn " + std::to_string(++para_count_)});
            } else if (name == "w:tbl") {
                table(c);
            } else if (name == "w:sdt") {
                walk_block(c.child("w:sdtContent"));
            } else if (name == "w:customXml") {
                walk_block(c);
            } else if (name == "w:commentRangeStart" || name == "w:commentRangeEnd") {
                comment_mark(c, false);
            }
        }
    }

    void table(pugi::xml_node tbl) {
        int table_no = ++table_count_;
        int row_no = 0;
        for (pugi::xml_node tr : tbl.children("w:tr")) {
            ++row_no;
            std::string row = "|";
            for (pugi::xml_node tc : tr.children("w:tc")) {
                std::string cell;
                pugi::xml_node vm = tc.child("w:tcPr").child("w:vMerge");
                bool continued = vm && std::string(vm.attribute("w:val").as_string("continue")) == "continue";
                if (!continued) {
                    for (pugi::xml_node p : tc.children("w:p")) {
                        std::string t = paragraph(p, true);
                        if (t.empty()) continue;
                        if (!cell.empty()) cell += ' ';
                        cell += t;
                    }
                    for (pugi::xml_node inner : tc.children("w:tbl")) table(inner);  // nested: rare, emitted after
                }
                for (char& ch : cell)
                    if (ch == '|') ch = '/';
                int span = tc.child("w:tcPr").child("w:gridSpan").attribute("w:val").as_int(1);
                row += " " + cell + " |";
                for (int s = 1; s < span; ++s) row += "  |";
            }
            lines_.push_back({row, true, "bảng " + std::to_string(table_no) + ", hàng " + std::to_string(row_no)});
        }
    }

    // `numbered`: body paragraphs (auto-numbering rendered). `emphasis`: a paragraph whose
    // visible text is all bold, or that has a heading style, is wrapped in **…** (the
    // Word-export convention the structure grammar reads: "**I. KẾT QUẢ**").
    std::string paragraph(pugi::xml_node p, bool numbered, bool emphasis = false) {
        std::string text;
        pugi::xml_node ppr = p.child("w:pPr");
        const std::string_view pstyle = ppr.child("w:pStyle").attribute("w:val").as_string();
        bold_ = Bold{};
        bold_.para_style_bold = !pstyle.empty() && bold_styles_.count(std::string(pstyle)) != 0;
        if (numbered) {
            pugi::xml_node np = ppr.child("w:numPr");
            int id = -1, il = 0;
            if (np) {
                id = np.child("w:numId").attribute("w:val").as_int(-1);
                il = np.child("w:ilvl").attribute("w:val").as_int(0);
            } else if (auto st = ppr.child("w:pStyle")) {
                auto it = style_num_.find(st.attribute("w:val").as_string());
                if (it != style_num_.end()) std::tie(id, il) = it->second;
            }
            if (id > 0) {
                std::string label = numbering_.next(id, il);
                if (!label.empty()) text = label + " ";
            }
        }
        inline_content(p, text);
        // trim
        std::size_t b = text.find_first_not_of(" \t");
        std::size_t e = text.find_last_not_of(" \t");
        if (b == std::string::npos) return std::string();
        const bool heading = !pstyle.empty() && (heading_styles_.count(std::string(pstyle)) != 0 || pstyle.starts_with("Heading") ||
                                                 pstyle.starts_with("TieuDe") || pstyle == "Title");
        if (emphasis && (heading || (bold_.bold_chars && !bold_.plain_chars)))
            return "**" + text.substr(b, e - b + 1) + "**";
        return text.substr(b, e - b + 1);
    }

    // Is this run bold: its own w:b, else its character style, else the paragraph style.
    bool run_bold(pugi::xml_node rpr) const {
        if (pugi::xml_node b = rpr.child("w:b")) return on(b);
        if (pugi::xml_node rs = rpr.child("w:rStyle")) {
            if (bold_styles_.count(rs.attribute("w:val").as_string())) return true;
        }
        return bold_.para_style_bold;
    }

    void inline_content(pugi::xml_node parent, std::string& text) {
        for (pugi::xml_node c : parent.children()) {
            std::string name = c.name();
            if (name == "w:r") run(c, text);
            else if (name == "w:hyperlink" || name == "w:smartTag" || name == "w:ins" || name == "w:fldSimple" ||
                     name == "w:customXml")
                inline_content(c, text);
            else if (name == "w:sdt")
                inline_content(c.child("w:sdtContent"), text);
            else if (name == "w:commentRangeStart" || name == "w:commentRangeEnd")
                comment_mark(c, true);
        }
    }

    void run(pugi::xml_node r, std::string& text) {
        pugi::xml_node rpr = r.child("w:rPr");
        std::string va = rpr.child("w:vertAlign").attribute("w:val").as_string();
        bool sup = va == "superscript";
        int bold = -1;  // computed on the first w:t
        for (pugi::xml_node c : r.children()) {
            std::string name = c.name();
            if (name == "w:t") {
                std::string t = c.text().get();
                if (!sup && t.find_first_not_of(" \t") != std::string::npos) {
                    if (bold < 0) bold = run_bold(rpr) ? 1 : 0;
                    (bold ? bold_.bold_chars : bold_.plain_chars) = true;
                }
                text += sup && all_digits(t) ? superscript_digits(t) : t;
            } else if (name == "w:tab") {
                text += ' ';
            } else if (name == "w:br" || name == "w:cr") {
                text += ' ';
            } else if (name == "w:noBreakHyphen") {
                text += '-';
            } else if (name == "w:commentReference") {
                // A comment written without a range (some tools do): it covers its paragraph.
                auto& rg = ranges_.try_emplace(c.attribute("w:id").as_string(), -1, -1).first->second;
                if (rg.first < 0 && rg.second < 0) rg.first = rg.second = static_cast<long>(lines_.size());
            } else if (name == "w:footnoteReference" || name == "w:endnoteReference") {
                bool foot = name == "w:footnoteReference";
                std::string id = c.attribute("w:id").as_string();
                int num = ++note_counter_;
                text += superscript_digits(std::to_string(num));
                auto& src = foot ? footnotes_ : endnotes_;
                auto it = src.find(id);
                if (it != src.end()) {
                    std::string body;
                    const Bold saved = bold_;  // the note body is not part of this paragraph's emphasis
                    for (pugi::xml_node p : it->second.children("w:p")) {
                        std::string t = paragraph(p, false);
                        if (t.empty()) continue;
                        if (!body.empty()) body += ' ';
                        body += t;
                    }
                    bold_ = saved;
                    if (!body.empty()) note_bodies_[num] = body;
                }
            }
        }
    }

    const Package& pkg_;
    Numbering numbering_;
    std::map<std::string, std::pair<int, int>> style_num_;
    std::set<std::string> heading_styles_, bold_styles_;
    struct Bold {
        bool para_style_bold = false;  // the paragraph style is bold
        bool bold_chars = false, plain_chars = false;  // visible text seen in bold / not bold
    } bold_;
    std::vector<std::unique_ptr<pugi::xml_document>> note_docs_;
    std::map<std::string, pugi::xml_node> footnotes_, endnotes_;
    std::map<int, std::string> note_bodies_;
    int note_counter_ = 0;
    int para_count_ = 0;
    std::map<std::string, std::string> comment_rule_;       // comment id -> suppressed rule
    std::map<std::string, std::pair<long, long>> ranges_;   // comment id -> [first, last] index in lines_
    int table_count_ = 0;
    std::vector<Line> lines_;
};

}  // namespace

OfficeText docx_read(const std::string& path, const std::string& bytes) {
    Package pkg(path, bytes);
    Reader r(pkg);
    return r.run(path);
}

std::string docx_to_text(const std::string& path, const std::string& bytes) { return docx_read(path, bytes).text; }

}  // namespace rc
