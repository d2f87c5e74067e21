//! The model's invariants, checked in one place for tests and fuzz targets.

use crate::model::Article;
use crate::span::{Excerpt, Span};

/// Checks the invariants every model must hold for the text it was parsed from:
///
/// * every span lies within the text, on character boundaries, and every item's text is
///   `&text[span]`;
/// * paragraphs and sentences are in order and do not overlap; each sentence lies in its
///   paragraph, and each paragraph's sentence range points at sentences inside it;
/// * every index (a statement's speaker, a claim's statement) points at an existing item;
/// * a statement's fragments lie inside its content span, in order; a claim's numeral lies in
///   its expression.
///
/// Returns the first violation found, described.
///
/// # Errors
///
/// A description of the first broken invariant.
///
/// # Example
///
/// ```
/// let text = "\"We will help,\" Ma said.";
/// let article = reportage::parse(text)?;
/// assert_eq!(reportage::check_invariants(text, &article), Ok(()));
/// # Ok::<(), reportage::Error>(())
/// ```
#[doc(hidden)]
pub fn check_invariants(text: &str, article: &Article<'_>) -> Result<(), String> {
    let span_ok = |what: &str, s: Span| -> Result<(), String> {
        if s.start > s.end || s.end > text.len() {
            return Err(format!("{what} {s} is out of bounds (len {})", text.len()));
        }
        if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            return Err(format!("{what} {s} splits a character"));
        }
        Ok(())
    };
    let excerpt_ok = |what: &str, e: &Excerpt<'_>| -> Result<(), String> {
        span_ok(what, e.span())?;
        match e.span().text_in(text) {
            Some(t) if t == e.text() => Ok(()),
            _ => Err(format!(
                "{what} {}: text {:?} is not the span's",
                e.span(),
                e.text()
            )),
        }
    };
    let header = article.header();
    for (what, e) in [("headline", header.headline()), ("byline", header.byline())] {
        if let Some(e) = e {
            excerpt_ok(what, e)?;
        }
    }
    if let Some(d) = header.dateline() {
        span_ok("dateline", d.span())?;
        for e in [d.place(), d.date(), d.agency()].into_iter().flatten() {
            excerpt_ok("dateline part", e)?;
        }
    }
    let sentences = article.sentences();
    let mut last_end = 0;
    for (i, p) in article.paragraphs().iter().enumerate() {
        span_ok("paragraph", p.span())?;
        if p.span().start < last_end {
            return Err(format!("paragraph {i} overlaps the one before"));
        }
        last_end = p.span().end;
        for k in p.sentences() {
            let Some(s) = sentences.get(k) else {
                return Err(format!("paragraph {i} points at missing sentence {k}"));
            };
            if s.paragraph() != i || !p.span().contains(s.span()) {
                return Err(format!("sentence {k} is not inside paragraph {i}"));
            }
        }
    }
    let mut last_end = 0;
    for (i, s) in sentences.iter().enumerate() {
        span_ok("sentence", s.span())?;
        if s.span().start < last_end {
            return Err(format!("sentence {i} overlaps the one before"));
        }
        last_end = s.span().end;
    }
    for (i, s) in article.statements().iter().enumerate() {
        let c = s.content();
        span_ok("content", c.span())?;
        if c.span().text_in(text) != Some(c.text()) {
            return Err(format!("statement {i}: content text is not the span's"));
        }
        let mut prev = c.span().start;
        for f in c.fragments() {
            span_ok("fragment", *f)?;
            if !c.span().contains(*f) || f.start < prev {
                return Err(format!(
                    "statement {i}: fragment {f} out of order or outside"
                ));
            }
            prev = f.end;
        }
        if let Some(cue) = s.cue() {
            excerpt_ok("cue", &cue.excerpt)?;
        }
        if let Some(m) = s.mention() {
            excerpt_ok("mention", &m.excerpt)?;
        }
        for e in [s.when(), s.place()].into_iter().flatten() {
            excerpt_ok("time or place", e)?;
        }
        if let Some(k) = s.speaker()
            && k >= article.speakers().len()
        {
            return Err(format!("statement {i} points at missing speaker {k}"));
        }
        if s.paragraph() >= article.paragraphs().len().max(1)
            || (s.sentence() >= sentences.len() && !sentences.is_empty())
        {
            return Err(format!(
                "statement {i} points at a missing paragraph or sentence"
            ));
        }
    }
    for (i, sp) in article.speakers().iter().enumerate() {
        for t in sp.titles().iter().chain(sp.affiliation()) {
            excerpt_ok("title", t)?;
        }
        for m in sp.mentions() {
            excerpt_ok("mention", &m.excerpt)?;
        }
        if sp.mentions().is_empty() {
            return Err(format!("speaker {i} has no mention"));
        }
    }
    for (i, c) in article.numeric_claims().iter().enumerate() {
        span_ok("claim", c.span())?;
        span_ok("numeral", c.number())?;
        if c.span().text_in(text) != Some(c.text()) {
            return Err(format!("claim {i}: text is not the span's"));
        }
        if !c.span().contains(c.number()) {
            return Err(format!("claim {i}: numeral outside the expression"));
        }
        for e in [
            c.qualifier(),
            c.unit(),
            c.counted(),
            c.as_of(),
            c.scope(),
            c.per(),
            c.change().map(|ch| ch.cue()),
            c.change().and_then(|ch| ch.quantity()),
        ]
        .into_iter()
        .flatten()
        {
            excerpt_ok("claim part", e)?;
        }
        if let Some(k) = c.statement()
            && k >= article.statements().len()
        {
            return Err(format!("claim {i} points at missing statement {k}"));
        }
    }
    for d in article.diagnostics() {
        span_ok("diagnostic", d.span())?;
    }
    Ok(())
}
