#include "rules/config.hpp"

#include <filesystem>
#include <fstream>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include "rules/rule.hpp"

namespace po = boost::program_options;

namespace rc {

bool RuleConfig::is_enabled(std::string_view id) const {
    auto it = enabled.find(id);
    return it == enabled.end() || it->second;
}

Severity RuleConfig::severity_of(std::string_view id, Severity fallback) const {
    auto it = severity.find(id);
    return it == severity.end() ? fallback : it->second;
}

void load_config_file(const std::string& path, RuleConfig& cfg) {
    std::error_code ec;
    std::ifstream in(path);
    if (!in || std::filesystem::is_directory(path, ec)) throw ConfigError(fmt::format("{}: không đọc được tệp cấu hình / cannot read config file", path));

    po::options_description desc;
    desc.add_options()
        ("check.convention", po::value<std::string>())
        ("check.tolerance", po::value<std::string>())
        ("check.approx-margin", po::value<double>());
    for (const auto& r : all_rules()) {
        const std::string& id = r->info().id;
        desc.add_options()
            ((id + ".enabled").c_str(), po::value<bool>())
            ((id + ".severity").c_str(), po::value<std::string>());
    }
    po::variables_map vm;
    try {
        po::store(po::parse_config_file(in, desc, /*allow_unregistered=*/false), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw ConfigError(fmt::format("{}: {}", path, e.what()));
    }
    if (vm.count("check.convention")) {
        const auto v = vm["check.convention"].as<std::string>();
        if (v == "auto") cfg.convention = RuleConfig::Convention::automatic;
        else if (v == "vi") cfg.convention = RuleConfig::Convention::vi;
        else if (v == "en") cfg.convention = RuleConfig::Convention::en;
        else throw ConfigError(fmt::format("{}: convention = {}: cần auto, vi hoặc en / expected auto, vi or en", path, v));
    }
    if (vm.count("check.tolerance")) {
        const auto v = vm["check.tolerance"].as<std::string>();
        if (v == "round") cfg.tolerance = RuleConfig::Tolerance::round;
        else if (v == "truncate") cfg.tolerance = RuleConfig::Tolerance::truncate;
        else throw ConfigError(fmt::format("{}: tolerance = {}: cần round hoặc truncate / expected round or truncate", path, v));
    }
    if (vm.count("check.approx-margin")) {
        const double m = vm["check.approx-margin"].as<double>();
        if (!(m >= 0 && m <= 50)) throw ConfigError(fmt::format("{}: approx-margin = {}: cần 0..50 (%) / expected 0..50 (percent)", path, m));
        cfg.approx_margin = m / 100.0;
    }
    for (const auto& r : all_rules()) {
        const std::string& id = r->info().id;
        if (vm.count(id + ".enabled")) cfg.enabled[id] = vm[id + ".enabled"].as<bool>();
        if (vm.count(id + ".severity")) {
            const auto v = vm[id + ".severity"].as<std::string>();
            auto s = severity_from_string(v);
            if (!s) throw ConfigError(fmt::format("{}: [{}] severity = {}: cần error, warning hoặc info / expected error, warning or info", path, id, v));
            cfg.severity[id] = *s;
        }
    }
    cfg.sources.push_back(path);
}

}  // namespace rc
