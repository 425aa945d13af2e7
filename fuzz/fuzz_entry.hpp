// One input through the pipeline, as the fuzzers and the regression test run it.
// Returns normally for every input; a crash, hang or sanitizer report is a bug.
#pragma once
#include <sstream>
#include <string>

#include "checker/input.hpp"
#include "checker/office.hpp"
#include "checker/pipeline.hpp"
#include "reports/report.hpp"

namespace rc::fuzz {

inline void render_all(const FileReport& f) {
    RunReport run;
    run.files.push_back(f);
    for (auto fmt : {Format::text, Format::json, Format::sarif, Format::junit, Format::html}) {
        for (Lang lang : {Lang::vi, Lang::en}) {
            std::ostringstream out;
            RenderOptions o;
            o.lang = lang;
            render(fmt, run, o, out);
        }
    }
}

inline void text_one(const std::string& bytes) {
    std::string text;
    try {
        text = decode_text("fuzz.txt", bytes);
    } catch (const InputError&) {
        return;  // a clear input error is a correct outcome
    }
    render_all(check_text("fuzz.txt", "text", std::move(text), RuleConfig{}));
}

inline void docx_one(const std::string& bytes) {
    std::string text;
    try {
        text = docx_to_text("fuzz.docx", bytes);
    } catch (const InputError&) {
        return;
    }
    render_all(check_text("fuzz.docx", "docx", std::move(text), RuleConfig{}));
}

}  // namespace rc::fuzz
