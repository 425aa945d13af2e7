// TEMPORARY (foundation commit): replaced by the SARIF, JUnit and HTML renderers.
#include "reports/report.hpp"
namespace rc {
void render_sarif(const RunReport& r, const RenderOptions& o, std::ostream& out) { render_json(r, o, out); }
void render_junit(const RunReport& r, const RenderOptions& o, std::ostream& out) { render_json(r, o, out); }
void render_html(const RunReport& r, const RenderOptions& o, std::ostream& out) { render_text(r, o, out); }
}  // namespace rc
