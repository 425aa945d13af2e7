// The unit / counted-noun table of the claim grammar. Extend it here: each
// entry maps a written form (lower case, NFC) to its canonical unit; counted
// nouns (people, households, projects ...) are exact when written as integers.
#include "grammar/units.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>

namespace rc {

const std::vector<UnitEntry>& unit_table() {
    static const std::vector<UnitEntry> table = {
        // measures
        {"%", "%", false}, {"đồng", "đồng", false}, {"vnđ", "đồng", false}, {"vnd", "đồng", false},
        {"usd", "USD", false}, {"đô la", "USD", false},
        {"ha", "ha", false}, {"héc ta", "ha", false}, {"hécta", "ha", false},
        {"km²", "km²", false}, {"km2", "km²", false}, {"km", "km", false},
        {"m²", "m²", false}, {"m2", "m²", false}, {"m³", "m³", false}, {"m3", "m³", false},
        {"tấn", "tấn", false}, {"kg", "kg", false}, {"kwh", "kWh", false}, {"kw", "kW", false},
        {"mw", "MW", false}, {"lít", "lít", false},
        // counted nouns
        {"người", "người", true}, {"lượt người", "lượt", true}, {"lượt khách", "lượt", true},
        {"lượt học viên", "lượt", true}, {"lượt cán bộ", "lượt", true}, {"lượt đảng viên", "lượt", true},
        {"lượt đại biểu", "lượt", true}, {"lượt công dân", "lượt", true},
        {"lượt", "lượt", true}, {"hộ", "hộ", true}, {"hộ dân", "hộ", true}, {"hộ gia đình", "hộ", true},
        {"hộ nghèo", "hộ nghèo", true}, {"hộ cận nghèo", "hộ cận nghèo", true},
        {"cơ sở", "cơ sở", true}, {"công trình", "công trình", true},
        {"danh mục công trình", "công trình", true}, {"dự án", "dự án", true},
        {"đảng viên", "đảng viên", true}, {"vụ", "vụ", true}, {"vụ việc", "vụ việc", true},
        {"hồ sơ", "hồ sơ", true}, {"doanh nghiệp", "doanh nghiệp", true}, {"hợp tác xã", "hợp tác xã", true},
        {"htx", "hợp tác xã", true}, {"đơn vị", "đơn vị", true}, {"trường", "trường", true, "cơ sở giáo dục"},
        {"cơ sở giáo dục", "cơ sở giáo dục", true}, {"trung tâm", "trung tâm", true, "cơ sở giáo dục"},
        {"trường hợp", "trường hợp", true}, {"tin", "tin", true}, {"việc", "việc", true}, {"đơn", "đơn", true},
        {"đơn thư", "đơn thư", true}, {"học viên", "học viên", true}, {"học sinh", "học sinh", true},
        {"văn bản", "văn bản", true}, {"chỉ tiêu", "chỉ tiêu", true}, {"đồng chí", "đồng chí", true},
        {"sản phẩm", "sản phẩm", true}, {"bị can", "bị can", true}, {"cuộc", "cuộc", true},
        {"lớp", "lớp", true}, {"hội nghị", "hội nghị", true}, {"đại biểu", "đại biểu", true},
        {"lao động", "lao động", true}, {"căn", "căn", true}, {"căn hộ", "căn hộ", true},
        {"nhà", "nhà", true}, {"thôn", "thôn", true}, {"khu dân cư", "khu dân cư", true},
        {"tổ chức", "tổ chức", true}, {"tổ chức đảng", "tổ chức đảng", true}, {"chi bộ", "chi bộ", true},
        {"xã", "xã", true}, {"phường", "phường", true}, {"xã, phường", "xã, phường", true},
        {"phường, xã", "phường, xã", true}, {"thủ tục", "thủ tục", true}, {"thủ tục hành chính", "thủ tục", true},
        {"bệnh nhân", "bệnh nhân", true}, {"ca", "ca", true}, {"đoàn", "đoàn", true},
        {"công dân", "công dân", true}, {"thanh niên", "thanh niên", true}, {"giải", "giải", true},
        {"tác phẩm", "tác phẩm", true}, {"sáng kiến", "sáng kiến", true}, {"đề tài", "đề tài", true},
        {"nghị quyết", "nghị quyết", true, "văn bản"}, {"kế hoạch", "kế hoạch", true, "văn bản"}, {"quyết định", "quyết định", true, "văn bản"},
        {"thông báo", "thông báo", true, "văn bản"}, {"báo cáo", "báo cáo", true, "văn bản"}, {"công văn", "công văn", true, "văn bản"},
        {"kết luận", "kết luận", true, "văn bản"}, {"chương trình", "chương trình", true, "văn bản"}, {"tài khoản", "tài khoản", true},
        {"cán bộ", "cán bộ", true}, {"giáo viên", "giáo viên", true}, {"xe", "xe", true},
        {"con", "con", true}, {"cây", "cây", true}, {"viên", "viên", true},
        {"chỉ thị", "chỉ thị", true, "văn bản"}, {"tờ trình", "tờ trình", true, "văn bản"},
        {"quy chế", "quy chế", true, "văn bản"}, {"quy định", "quy định", true, "văn bản"},
        {"vị trí", "vị trí", true}, {"chức danh", "chức danh", true}, {"công chức", "công chức", true},
        {"viên chức", "viên chức", true}, {"đảng bộ", "đảng bộ", true}, {"tổ", "tổ", true}, {"điểm", "điểm", true},
        {"suất", "suất", true}, {"chiếc", "chiếc", true}, {"tàu", "tàu", true}, {"tàu cá", "tàu", true}, {"thẻ", "thẻ", true}, {"đối tượng", "đối tượng", true}, {"nhóm", "nhóm", true},
        {"tập thể", "tập thể", true}, {"cá nhân", "cá nhân", true}, {"giấy chứng nhận", "giấy", true}, {"giấy", "giấy", true},
        {"giấy phép", "giấy phép", true},
        {"hợp đồng", "hợp đồng", true}, {"tiêu chí", "tiêu chí", true},
    };
    return table;
}

// Asked per member of every breakdown: the parent of the first entry of each canonical unit, looked up
// among the few canonical units that have one (most members' units have none: a size and byte test each,
// no hash of the string).
std::string_view unit_parent(std::string_view canonical) {
    struct Parents {
        std::vector<std::pair<std::string_view, const std::string*>> v;
        std::uint64_t sizes = 0;  // bit n: a unit of n bytes has a parent (all are shorter than 64 bytes)
    };
    static const Parents parents = [] {
        Parents p;
        std::vector<std::string_view> seen;
        for (const UnitEntry& e : unit_table()) {
            if (std::find(seen.begin(), seen.end(), std::string_view(e.canonical)) != seen.end()) continue;  // (keeps the first)
            seen.push_back(e.canonical);
            if (!e.parent.empty()) {
                p.v.emplace_back(e.canonical, &e.parent);
                p.sizes |= e.canonical.size() < 64 ? std::uint64_t{1} << e.canonical.size() : 0;
            }
        }
        return p;
    }();
    const std::string_view c(canonical);
    // (a unit of no parent's size is refused before the scan of the list: most members' units, ~100
    // instructions a call before, 18 500 calls on big-10M)
    if (c.size() < 64 && !((parents.sizes >> c.size()) & 1u)) return {};
    for (const auto& [k, par] : parents.v)
        if (k.size() == c.size() && k.front() == c.front() && k == c) return *par;
    return {};
}

}  // namespace rc
