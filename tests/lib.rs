//! The integration tests, in one binary (`cargo test --test integration`).

mod builder;
mod cli;
mod corpus;
mod entities;
mod extractors;
mod properties;
mod themes;
