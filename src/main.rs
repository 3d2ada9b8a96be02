//! The `gongwen` command line: everything it does is in [`cli`], on top of the library.

mod cli;

fn main() {
    std::process::exit(cli::main());
}
