//! Byte spans into the parsed text.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

/// A byte range `start..end` of the parsed text, end exclusive.
///
/// Every item of the model carries the span it came from, and `&text[span.range()]` (or
/// [`Span::text_in`]) gives back its exact text. Spans are `Copy` and compare by position.
///
/// # Example
///
/// ```
/// use reportage::Span;
///
/// let text = "Ma said.";
/// let span = Span::new(0, 2);
/// assert_eq!(span.text_in(text), Some("Ma"));
/// assert_eq!(span.len(), 2);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; an `end` before `start` is clamped to `start`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: if end < start { start } else { end },
        }
    }

    /// The number of bytes covered.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range`, for slicing.
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text this span covers in `text`, or `None` when the span is out of bounds or not on
    /// character boundaries.
    pub fn text_in<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.range())
    }

    /// Whether `other` lies wholly inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub const fn cover(&self, other: Span) -> Span {
        Span {
            start: if self.start < other.start {
                self.start
            } else {
                other.start
            },
            end: if self.end > other.end {
                self.end
            } else {
                other.end
            },
        }
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A piece of the parsed text: its span and the words it covers.
///
/// Serializes as `{"start": .., "end": .., "text": ".."}`, so it can stand wherever the output
/// contract expects a span.
///
/// # Example
///
/// ```
/// let article = reportage::parse("\"We agree,\" Ma said.")?;
/// let cue = article.statements()[0].cue().expect("a cue");
/// assert_eq!(cue.text(), "said");
/// assert_eq!(cue.span().start, 15);
/// # Ok::<(), reportage::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Excerpt<'a> {
    #[serde(flatten)]
    span: Span,
    text: Cow<'a, str>,
}

impl<'a> Excerpt<'a> {
    /// The excerpt of `text` at `span`; empty text when the span does not fit `text`.
    pub(crate) fn of(text: &'a str, span: Span) -> Excerpt<'a> {
        Excerpt {
            span,
            text: Cow::Borrowed(span.text_in(text).unwrap_or_default()),
        }
    }

    /// Where the excerpt lies in the parsed text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The excerpt's text, exactly as it appears in the input.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The same excerpt, owning its text.
    pub fn into_owned(self) -> Excerpt<'static> {
        Excerpt {
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
        }
    }
}

impl fmt::Display for Excerpt<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_clamps_a_reversed_span() {
        assert_eq!(Span::new(5, 3), Span::new(5, 5));
        assert!(Span::new(5, 3).is_empty());
    }

    #[test]
    fn text_in_refuses_a_split_character() {
        let text = "“hi”";
        assert_eq!(Span::new(0, 1).text_in(text), None);
        assert_eq!(Span::new(0, 3).text_in(text), Some("“"));
        assert_eq!(Span::new(3, 20).text_in(text), None);
    }

    #[test]
    fn cover_and_overlap() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(a.overlaps(b));
        assert!(!a.overlaps(Span::new(5, 6)));
        assert!(Span::new(0, 10).contains(a));
        assert!(!a.contains(b));
    }

    #[test]
    fn excerpt_serializes_flat() {
        let e = Excerpt::of("Ma said", Span::new(3, 7));
        let json = serde_json::to_string(&e).unwrap_or_default();
        assert_eq!(json, r#"{"start":3,"end":7,"text":"said"}"#);
    }
}
