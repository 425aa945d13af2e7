#include <iostream>

#include "checker/cli.hpp"

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return rc::run_cli(argc, argv, std::cout, std::cerr);
}
