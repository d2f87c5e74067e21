//! The pipeline's stages one at a time, for benchmarks that time each stage alone. Not part
//! of the stable API.

use crate::diagnostics::Diagnostics;
use crate::segment::Segments;
use crate::statement::Attribution;

/// A text with the output of every stage, so that one stage can be run again on its own.
pub struct Prepared<'a> {
    text: &'a str,
    seg: Segments,
    attributions: Vec<Attribution>,
}

impl<'a> Prepared<'a> {
    /// Runs segmentation and attribution on `text` once.
    pub fn new(text: &'a str) -> Prepared<'a> {
        let mut diagnostics = Diagnostics::new(64);
        let seg = crate::segment::segment(text, 8, &mut diagnostics);
        let attributions = crate::statement::attribute(&seg, text);
        Prepared {
            text,
            seg,
            attributions,
        }
    }

    /// Pairs the quote marks again (on a copy of the tokens); returns the number of quotes.
    pub fn pair_quotes(&self) -> usize {
        let mut tokens = self.seg.tokens.clone();
        let mut diagnostics = Diagnostics::new(64);
        let paragraphs: Vec<_> = self
            .seg
            .paragraphs
            .iter()
            .map(|p| p.tokens.clone())
            .collect();
        crate::segment::quote::pair(
            &mut tokens,
            self.text,
            &paragraphs,
            &self.seg.index.quotes,
            8,
            &mut diagnostics,
        )
        .len()
    }

    /// Finds the statements again; returns how many.
    pub fn attribute(&self) -> usize {
        crate::statement::attribute(&self.seg, self.text).len()
    }

    /// Resolves the speakers again; returns how many.
    pub fn resolve(&self) -> usize {
        crate::speaker::resolve(&self.seg, self.text, &self.attributions)
            .entities
            .len()
    }

    /// Finds the numeric claims again; returns how many.
    pub fn claims(&self) -> usize {
        let mut diagnostics = Diagnostics::new(64);
        crate::number::claims(&self.seg, self.text, &mut diagnostics).len()
    }
}

/// Tokenizes `text`; returns the number of tokens.
pub fn tokenize(text: &str) -> usize {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 16);
    crate::segment::token::tokenize(text, &mut tokens, &mut Default::default());
    tokens.len()
}

/// Segments `text` (tokens, paragraphs, header, quotes, sentences); returns the number of
/// sentences.
pub fn segment(text: &str) -> usize {
    let mut diagnostics = Diagnostics::new(64);
    crate::segment::segment(text, 8, &mut diagnostics)
        .sentences
        .len()
}
