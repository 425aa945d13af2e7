// JSON objects for one finding and one claim; shared by the JSON, SARIF and HTML renderers.
#pragma once
#include <nlohmann/json.hpp>

#include "reports/report.hpp"

namespace rc {

nlohmann::ordered_json finding_json(const FileReport& f, const Finding& x, Lang lang);
nlohmann::ordered_json claim_json(const FileReport& f, const ClaimVerdict& v, Lang lang);

}  // namespace rc
