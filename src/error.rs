//! The errors a caller must hear about.
//!
//! Any valid UTF-8 text within the configured limits yields a model; what the parser could not
//! fully read goes into [`crate::Article::diagnostics`] instead of an error.

use crate::span::Span;

/// An error from [`crate::parse`] and its siblings.
///
/// Opaque: read it through [`Error::kind`] and [`Error::span`], or print it.
///
/// # Example
///
/// ```
/// use reportage::{ErrorKind, ParseOptions};
///
/// let err = ParseOptions::new().max_input_bytes(4).parse("too long").unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::InputTooLarge { len: 8, limit: 4 });
/// assert_eq!(err.to_string(), "input is 8 bytes, above the limit of 4 bytes");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(transparent)]
pub struct Error {
    kind: ErrorKind,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The bytes of the input the error is about: the invalid sequence, or the bytes past the
    /// size limit.
    pub fn span(&self) -> Span {
        match self.kind {
            ErrorKind::InputTooLarge { len, limit } => Span::new(limit, len),
            ErrorKind::InvalidUtf8 {
                valid_up_to,
                error_len,
                ..
            } => Span::new(valid_up_to, valid_up_to + error_len.unwrap_or(0)),
        }
    }
}

/// The kinds of [`Error`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is longer than [`crate::ParseOptions::max_input_bytes`].
    #[error("input is {len} bytes, above the limit of {limit} bytes")]
    InputTooLarge {
        /// The input's length in bytes.
        len: usize,
        /// The configured limit.
        limit: usize,
    },
    /// Bytes given to [`crate::parse_bytes`] are not UTF-8. The fields agree with
    /// [`std::str::Utf8Error`].
    #[error("invalid UTF-8 at byte {valid_up_to} (line {line}, column {column})")]
    InvalidUtf8 {
        /// The length of the longest valid prefix.
        valid_up_to: usize,
        /// The length of the invalid sequence; `None` when the input ends inside a sequence.
        error_len: Option<usize>,
        /// The line of the invalid byte, from 1; CR, LF and CRLF each end a line.
        line: usize,
        /// The column of the invalid byte, from 1, counting characters.
        column: usize,
    },
}

/// The line and column (both from 1, columns in characters) of the end of `prefix`.
pub(crate) fn line_column(prefix: &str) -> (usize, usize) {
    let mut line = 1;
    let mut column = 1;
    let mut chars = prefix.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                line += 1;
                column = 1;
            }
            '\n' => {
                line += 1;
                column = 1;
            }
            _ => column += 1,
        }
    }
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_every_line_ending_once() {
        assert_eq!(line_column(""), (1, 1));
        assert_eq!(line_column("ab"), (1, 3));
        assert_eq!(line_column("a\r\nb"), (2, 2));
        assert_eq!(line_column("a\rb\nc"), (3, 2));
        assert_eq!(line_column("“é”"), (1, 4));
    }

    #[test]
    fn messages() {
        let cases = [
            (
                ErrorKind::InputTooLarge {
                    len: 11_534_336,
                    limit: 10_485_760,
                },
                "input is 11534336 bytes, above the limit of 10485760 bytes",
            ),
            (
                ErrorKind::InvalidUtf8 {
                    valid_up_to: 3,
                    error_len: Some(1),
                    line: 1,
                    column: 4,
                },
                "invalid UTF-8 at byte 3 (line 1, column 4)",
            ),
        ];
        for (kind, message) in cases {
            assert_eq!(Error::new(kind).to_string(), message);
        }
    }
}
