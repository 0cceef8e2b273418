//! Rust errors as Python exceptions, with the same messages.

use pyo3::exceptions::{PyFileNotFoundError, PyOSError, PyPermissionError, PyValueError};
use pyo3::{create_exception, PyErr};

create_exception!(
    communique,
    CommuniqueError,
    PyValueError,
    "An extractor could not be built from what it was given."
);
create_exception!(
    communique,
    GazetteerError,
    CommuniqueError,
    "A gazetteer line is malformed or refers to something unknown (the message names the file, the line and the cause)."
);
create_exception!(
    communique,
    SettingError,
    CommuniqueError,
    "A setting of the extractor is out of its range."
);

/// The Python exception of a build error: `GazetteerError`, `SettingError`, or for a file that
/// cannot be read `FileNotFoundError`, `PermissionError` or `OSError`; `str(e)` is the Rust
/// message.
pub fn to_py(error: communique::Error) -> PyErr {
    let message = error.to_string();
    match error.kind() {
        communique::ErrorKind::Io { source, .. } => match source.kind() {
            std::io::ErrorKind::NotFound => PyFileNotFoundError::new_err(message),
            std::io::ErrorKind::PermissionDenied => PyPermissionError::new_err(message),
            _ => PyOSError::new_err(message),
        },
        communique::ErrorKind::Setting { .. } => SettingError::new_err(message),
        _ => GazetteerError::new_err(message),
    }
}
