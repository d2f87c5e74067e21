//! A capped list of diagnostics: a flood of stray marks yields a bounded list, never one entry
//! per byte.

use crate::model::{Diagnostic, DiagnosticKind};
use crate::span::Span;

/// Collects diagnostics up to a limit, then records one [`DiagnosticKind::Truncated`].
#[derive(Debug, Default)]
pub(crate) struct Diagnostics {
    list: Vec<Diagnostic>,
    limit: usize,
    truncated: bool,
}

impl Diagnostics {
    pub fn new(limit: usize) -> Diagnostics {
        Diagnostics {
            list: Vec::new(),
            limit,
            truncated: false,
        }
    }

    /// Records a diagnostic, unless the limit is reached.
    pub fn push(&mut self, kind: DiagnosticKind, span: Span) {
        if self.list.len() < self.limit {
            self.list.push(Diagnostic { kind, span });
        } else if !self.truncated {
            self.truncated = true;
            self.list.push(Diagnostic {
                kind: DiagnosticKind::Truncated,
                span,
            });
        }
    }

    /// The diagnostics, sorted by position, the truncation mark last.
    pub fn into_vec(mut self) -> Vec<Diagnostic> {
        let truncated = if self.truncated {
            self.list.pop()
        } else {
            None
        };
        self.list.sort_by_key(|d| (d.span.start, d.span.end));
        self.list.extend(truncated);
        self.list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_capped_with_one_truncation_mark() {
        let mut d = Diagnostics::new(2);
        for i in 0..100 {
            d.push(DiagnosticKind::UnpairedCloser, Span::new(100 - i, 101 - i));
        }
        let list = d.into_vec();
        assert_eq!(list.len(), 3);
        assert_eq!(list[0].span.start, 99);
        assert_eq!(list[2].kind, DiagnosticKind::Truncated);
    }

    #[test]
    fn a_zero_limit_keeps_only_the_mark() {
        let mut d = Diagnostics::new(0);
        d.push(DiagnosticKind::UnclosedQuote, Span::new(0, 1));
        assert_eq!(d.into_vec().len(), 1);
    }
}
