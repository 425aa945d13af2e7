// Unit / counted-noun table of the claim grammar (grammar/units.cpp).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace rc {

struct UnitEntry {
    std::string written;    // lower case, NFC
    std::string canonical;  // what Quantity::unit holds
    bool counted;           // a counted noun: an integer of it is exact
    std::string parent = {};  // a kind of a wider noun ("nghị quyết" is a "văn bản"): parts may add up to it
};

// The parent noun of a canonical unit ("" if none; a view of the unit table, which lives as long as the program).
std::string_view unit_parent(std::string_view canonical);

const std::vector<UnitEntry>& unit_table();

}  // namespace rc
