// Unit / counted-noun table of the claim grammar (grammar/units.cpp).
#pragma once
#include <string>
#include <vector>

namespace rc {

struct UnitEntry {
    std::string written;    // lower case, NFC
    std::string canonical;  // what Quantity::unit holds
    bool counted;           // a counted noun: an integer of it is exact
};

const std::vector<UnitEntry>& unit_table();

}  // namespace rc
