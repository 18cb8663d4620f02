//! End-to-end tests of Kense live in `tests/`; this library is empty.
