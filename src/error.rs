//! The crate's one error type.
//!
//! Extraction never fails: only building an [`Extractor`](crate::Extractor) can, from gazetteer
//! files (messages name the file, the line and the cause, as
//! `gazetteers/countries.tsv:412: unknown country code "XQ"`) or from a setting out of range.

use std::fmt;
use std::path::PathBuf;

/// An error from building an [`Extractor`](crate::Extractor).
#[derive(Debug)]
pub struct Error {
    kind: Box<ErrorKind>,
}

/// What went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A gazetteer file could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A gazetteer line is malformed or refers to something unknown.
    Gazetteer {
        /// The file (or the name given to a string source).
        file: String,
        /// The 1-based line number (0 when the problem is the whole file).
        line: usize,
        /// What is wrong.
        cause: String,
    },
    /// A setting of the builder is out of its range.
    Setting {
        /// The setting.
        name: &'static str,
        /// What is wrong.
        cause: String,
    },
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error {
            kind: Box::new(ErrorKind::Io {
                path: path.into(),
                source,
            }),
        }
    }

    pub(crate) fn gazetteer(file: &str, line: usize, cause: impl Into<String>) -> Error {
        Error {
            kind: Box::new(ErrorKind::Gazetteer {
                file: file.to_string(),
                line,
                cause: cause.into(),
            }),
        }
    }
}

impl Error {
    pub(crate) fn setting(name: &'static str, cause: impl Into<String>) -> Error {
        Error {
            kind: Box::new(ErrorKind::Setting {
                name,
                cause: cause.into(),
            }),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.kind {
            ErrorKind::Io { path, source } => write!(f, "{}: {}", path.display(), source),
            ErrorKind::Gazetteer {
                file,
                line: 0,
                cause,
            } => write!(f, "{file}: {cause}"),
            ErrorKind::Gazetteer { file, line, cause } => write!(f, "{file}:{line}: {cause}"),
            ErrorKind::Setting { name, cause } => write!(f, "{name}: {cause}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.kind {
            ErrorKind::Io { source, .. } => Some(source),
            ErrorKind::Gazetteer { .. } | ErrorKind::Setting { .. } => None,
        }
    }
}
