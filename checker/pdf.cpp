// PDF input: the reader itself is the module reportcheck-pdf.so (checker/pdf/poppler_reader.cpp),
// loaded on the first PDF. Poppler and the libraries it needs (fonts, images, NSS) are
// mapped and relocated only by a run that reads a PDF: linked into reportcheck they cost
// every run about 2.3 ms of start-up, half of a small file's check.
#include "checker/input.hpp"
#include "checker/office.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace rc {
namespace {

using ReadPdf = bool (*)(const std::string* bytes, OfficeText* out, std::string* error) noexcept;

struct PdfModule {
    ReadPdf read = nullptr;
    std::string error;  // why it could not be loaded
};

// The module named by RC_PDF_MODULE if set (a package may keep it elsewhere), else next to
// the executable (a copied reportcheck carries its module along), then where this build
// put it (the unit tests run from another directory).
const PdfModule& pdf_module() {
    static const PdfModule m = [] {
        PdfModule m;
        std::vector<std::string> where;
        if (const char* env = std::getenv("RC_PDF_MODULE"); env && *env) {
            where.emplace_back(env);
        } else {
            std::error_code ec;
            const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
            if (!ec) where.push_back((exe.parent_path() / "reportcheck-pdf.so").string());
#ifdef RC_PDF_MODULE_BUILD_PATH
            where.emplace_back(RC_PDF_MODULE_BUILD_PATH);
#endif
        }
        for (const std::string& path : where) {
            void* h = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
            if (!h) {
                if (m.error.empty()) m.error = dlerror();
                continue;
            }
            if (auto* f = reinterpret_cast<ReadPdf>(dlsym(h, "rc_pdf_read_v1"))) {  // kept loaded to the end
                m.read = f;
                m.error.clear();
                break;
            }
            m.error = path + ": rc_pdf_read_v1 not found";
            dlclose(h);
        }
        return m;
    }();
    return m;
}

}  // namespace

OfficeText pdf_read(const std::string& path, const std::string& bytes) {
    if (bytes.size() < 5 || bytes.compare(0, 5, "%PDF-") != 0)
        throw InputError(path + ": không phải tệp PDF / not a PDF file");
    const PdfModule& m = pdf_module();
    if (!m.read)
        throw InputError(path + ": không nạp được bộ đọc PDF reportcheck-pdf.so (cần đặt cạnh reportcheck) / cannot load the "
                                "PDF reader reportcheck-pdf.so (it must sit next to reportcheck): " + m.error);
    OfficeText res;
    std::string error;
    if (!m.read(&bytes, &res, &error)) throw InputError(path + ": " + error);
    return res;
}

std::string pdf_to_text(const std::string& path, const std::string& bytes) { return pdf_read(path, bytes).text; }

}  // namespace rc
