fn main() {
    std::process::exit(gongwen::cli::main());
}
