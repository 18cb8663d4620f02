//! The `kense` command.
fn main() {}
