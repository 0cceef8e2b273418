//! The `communique` command's tests, in one binary (`cargo test -p communique-cli`). Cargo
//! builds the command before them (`CARGO_BIN_EXE_communique`).

mod evaluate;
mod extract;
mod formats;
mod html;
mod robustness;
