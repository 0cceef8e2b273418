//! The reader of gazetteer files: UTF-8, one record a line, fields separated by one tab,
//! `#` comment lines and blank lines skipped. Errors name the file, the line and the cause.

use crate::Error;

/// One record: its 1-based line number and its fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record<'a> {
    /// 1-based line number in the file.
    pub line: usize,
    /// The fields, without the separating tabs.
    pub fields: Vec<&'a str>,
}

/// Decodes a file's bytes, naming the byte offset of the first invalid sequence.
pub fn decode<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, Error> {
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        Error::gazetteer(file, line, format!("invalid UTF-8 at byte offset {offset}"))
    })
}

/// Splits `text` into records of exactly `columns` non-empty fields.
pub fn records<'a>(file: &str, text: &'a str, columns: usize) -> Result<Vec<Record<'a>>, Error> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut out = Vec::new();
    for (index, raw) in text.split('\n').enumerate() {
        let line = index + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = raw.split('\t').collect();
        if fields.len() != columns {
            return Err(Error::gazetteer(
                file,
                line,
                format!(
                    "expected {columns} tab-separated columns, found {}",
                    fields.len()
                ),
            ));
        }
        if let Some(column) = fields.iter().position(|f| f.trim().is_empty()) {
            return Err(Error::gazetteer(
                file,
                line,
                format!("column {} is empty", column + 1),
            ));
        }
        let fields = fields.into_iter().map(str::trim).collect();
        out.push(Record { line, fields });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_and_skips_comments() {
        let text = "# comment\nKE\tKenya\r\n\nNE\tNiger\n";
        let records = records("x.tsv", text, 2).unwrap();
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].line, 2);
        assert_eq!(records[0].fields, ["KE", "Kenya"]);
        assert_eq!(records[1].line, 4);
    }

    #[test]
    fn errors_name_file_line_and_cause() {
        let err = records("x.tsv", "KE\tKenya\nNE\n", 2).unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.tsv:2: expected 2 tab-separated columns, found 1"
        );
        let err = records("x.tsv", "KE\t \n", 2).unwrap_err();
        assert_eq!(err.to_string(), "x.tsv:1: column 2 is empty");
        let err = decode("x.tsv", b"KE\tKenya\nNE\tNig\xffer\n").unwrap_err();
        assert_eq!(err.to_string(), "x.tsv:2: invalid UTF-8 at byte offset 15");
    }
}
