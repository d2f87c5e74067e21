//! The entry points and their options, and the assembly of the model from the stages.

use crate::diagnostics::Diagnostics;
use crate::error::{Error, ErrorKind, line_column};
use crate::model::{
    Article, Content, Cue, Dateline, Header, Mention, MentionKind, NumericClaim, Paragraph,
    Sentence, Speaker, SpeakerKind, Statement,
};
use crate::segment::{ParaRole, Segments};
use crate::span::{Excerpt, Span};
use crate::speaker::Resolution;
use crate::statement::Attribution;
use std::borrow::Cow;
use std::ops::Range;

/// How [`parse`] reads its input: limits that bound the work on hostile text.
///
/// A builder: start from [`ParseOptions::new`] (the defaults) and set what you need.
///
/// # Example
///
/// ```
/// use reportage::ParseOptions;
///
/// let options = ParseOptions::new().max_input_bytes(1 << 20).max_quote_depth(4);
/// let article = options.parse("\"Yes,\" she said.")?;
/// assert_eq!(article.statements().len(), 1);
/// # Ok::<(), reportage::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseOptions {
    max_input_bytes: usize,
    max_quote_depth: usize,
    max_diagnostics: usize,
}

impl Default for ParseOptions {
    fn default() -> ParseOptions {
        ParseOptions::new()
    }
}

/// Offsets inside the parser are 32-bit; no limit can go above this.
const HARD_LIMIT: usize = u32::MAX as usize;

impl ParseOptions {
    /// The defaults: 64 MiB of input, quotes nested 8 deep, 64 diagnostics.
    pub const fn new() -> ParseOptions {
        ParseOptions {
            max_input_bytes: 64 << 20,
            max_quote_depth: 8,
            max_diagnostics: 64,
        }
    }

    /// The longest input accepted, in bytes; longer input is an
    /// [`ErrorKind::InputTooLarge`] error, found before any parsing. Capped at 4 GiB - 1.
    pub const fn max_input_bytes(mut self, limit: usize) -> ParseOptions {
        self.max_input_bytes = if limit > HARD_LIMIT {
            HARD_LIMIT
        } else {
            limit
        };
        self
    }

    /// How deep quotes may nest; marks deeper than this are read as literal characters and
    /// reported once per paragraph.
    pub const fn max_quote_depth(mut self, depth: usize) -> ParseOptions {
        self.max_quote_depth = depth;
        self
    }

    /// How many diagnostics are kept; past this, one [`crate::DiagnosticKind::Truncated`]
    /// closes the list.
    pub const fn max_diagnostics(mut self, limit: usize) -> ParseOptions {
        self.max_diagnostics = limit;
        self
    }

    /// Parses `text` with these options.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InputTooLarge`] when `text` is longer than
    /// [`ParseOptions::max_input_bytes`].
    pub fn parse<'a>(&self, text: &'a str) -> Result<Article<'a>, Error> {
        if text.len() > self.max_input_bytes {
            return Err(Error::new(ErrorKind::InputTooLarge {
                len: text.len(),
                limit: self.max_input_bytes,
            }));
        }
        Ok(build(text, self))
    }

    /// Parses many texts, spread over `threads` threads (at least one), and returns the
    /// results in the order of `texts`. Each thread takes the next text as it finishes one, so
    /// long and short articles balance out.
    ///
    /// # Errors
    ///
    /// Each result holds the error of its own text, as [`ParseOptions::parse`] would.
    ///
    /// # Example
    ///
    /// ```
    /// use reportage::ParseOptions;
    ///
    /// let texts = ["\"Yes,\" Ma said.", "Officials said the talks failed.", ""];
    /// let results = ParseOptions::new().parse_many(&texts, 2);
    /// let counts: Vec<usize> = results
    ///     .iter()
    ///     .map(|r| r.as_ref().map_or(0, |a| a.statements().len()))
    ///     .collect();
    /// assert_eq!(counts, [1, 1, 0]);
    /// ```
    pub fn parse_many<'a>(
        &self,
        texts: &[&'a str],
        threads: usize,
    ) -> Vec<Result<Article<'a>, Error>> {
        use std::sync::Mutex;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let threads = threads.clamp(1, texts.len().max(1));
        if threads == 1 {
            return texts.iter().map(|t| self.parse(t)).collect();
        }
        let next = AtomicUsize::new(0);
        let done: Mutex<Vec<(usize, Result<Article<'a>, Error>)>> =
            Mutex::new(Vec::with_capacity(texts.len()));
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| {
                    let mut local = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(text) = texts.get(i) else { break };
                        local.push((i, self.parse(text)));
                    }
                    // A poisoned lock only means another worker panicked; its results are
                    // still sound, so keep them.
                    let mut all = done.lock().unwrap_or_else(|e| e.into_inner());
                    all.extend(local);
                });
            }
        });
        let mut all = done.into_inner().unwrap_or_else(|e| e.into_inner());
        all.sort_by_key(|(i, _)| *i);
        all.into_iter().map(|(_, r)| r).collect()
    }

    /// Parses UTF-8 bytes with these options.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InputTooLarge`] as [`ParseOptions::parse`], checked first;
    /// [`ErrorKind::InvalidUtf8`] when the bytes are not UTF-8, with the same `valid_up_to`
    /// and `error_len` as [`std::str::from_utf8`].
    pub fn parse_bytes<'a>(&self, bytes: &'a [u8]) -> Result<Article<'a>, Error> {
        if bytes.len() > self.max_input_bytes {
            return Err(Error::new(ErrorKind::InputTooLarge {
                len: bytes.len(),
                limit: self.max_input_bytes,
            }));
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => self.parse(text),
            Err(e) => {
                let valid = e.valid_up_to();
                let prefix = bytes
                    .get(..valid)
                    .and_then(|p| std::str::from_utf8(p).ok())
                    .unwrap_or("");
                let (line, column) = line_column(prefix);
                Err(Error::new(ErrorKind::InvalidUtf8 {
                    valid_up_to: valid,
                    error_len: e.error_len(),
                    line,
                    column,
                }))
            }
        }
    }
}

/// Parses a news article with the default options.
///
/// # Errors
///
/// [`ErrorKind::InputTooLarge`] when `text` is longer than the default limit (64 MiB). Any
/// other text yields a model.
///
/// # Example
///
/// ```
/// let article = reportage::parse("\"We will help,\" Ma said on Thursday.")?;
/// let s = &article.statements()[0];
/// assert_eq!(s.content().text(), "We will help");
/// assert_eq!(article.speaker_of(s).and_then(|p| p.name()), Some("Ma"));
/// # Ok::<(), reportage::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Article<'_>, Error> {
    ParseOptions::new().parse(text)
}

/// Parses UTF-8 bytes with the default options.
///
/// # Errors
///
/// [`ErrorKind::InvalidUtf8`] when the bytes are not UTF-8; [`ErrorKind::InputTooLarge`] as
/// [`parse`].
///
/// # Example
///
/// ```
/// use reportage::ErrorKind;
///
/// let err = reportage::parse_bytes(b"abc\xff").unwrap_err();
/// assert_eq!(err.to_string(), "invalid UTF-8 at byte 3 (line 1, column 4)");
/// assert!(matches!(err.kind(), ErrorKind::InvalidUtf8 { valid_up_to: 3, .. }));
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Article<'_>, Error> {
    ParseOptions::new().parse_bytes(bytes)
}

/// Runs the stages and assembles the model.
fn build<'a>(text: &'a str, options: &ParseOptions) -> Article<'a> {
    let mut diagnostics = Diagnostics::new(options.max_diagnostics);
    let seg = crate::segment::segment(text, options.max_quote_depth.max(1), &mut diagnostics);
    let attributions = crate::statement::attribute(&seg, text);
    let resolution = crate::speaker::resolve(&seg, text, &attributions);
    let asm = Assembler { seg: &seg, text };
    // Each stage's output is dropped as soon as the model holds it, to keep the peak low on
    // large inputs.
    let statements = asm.statements(&attributions, &resolution);
    drop(attributions);
    let speakers = asm.speakers(resolution);
    let claims = crate::number::claims(&seg, text, &mut diagnostics);
    let numeric_claims = asm.claims(claims, &statements);
    Article {
        text: Cow::Borrowed(text),
        header: asm.header(),
        paragraphs: seg
            .paragraphs
            .iter()
            .map(|p| Paragraph {
                span: seg.span_of(p.tokens.clone()),
                sentences: p.sentences.clone(),
            })
            .collect(),
        sentences: seg
            .sentences
            .iter()
            .map(|s| Sentence {
                span: seg.span_of(s.tokens.clone()),
                paragraph: s.paragraph,
            })
            .collect(),
        statements,
        speakers,
        numeric_claims,
        diagnostics: diagnostics.into_vec(),
    }
}

/// Turns the stages' token ranges into the model's spans and excerpts.
struct Assembler<'s, 'a> {
    seg: &'s Segments,
    text: &'a str,
}

impl<'a> Assembler<'_, 'a> {
    fn excerpt(&self, range: Range<usize>) -> Excerpt<'a> {
        Excerpt::of(self.text, self.seg.span_of(range))
    }

    fn excerpt_span(&self, span: Span) -> Excerpt<'a> {
        Excerpt::of(self.text, span)
    }

    fn header(&self) -> Header<'a> {
        let role_excerpt = |role: ParaRole| {
            self.seg
                .paragraphs
                .iter()
                .find(|p| p.role == role)
                .map(|p| self.excerpt(p.tokens.clone()))
        };
        Header {
            headline: role_excerpt(ParaRole::Headline),
            byline: role_excerpt(ParaRole::Byline),
            dateline: self.seg.dateline.as_ref().map(|d| Dateline {
                span: self.seg.span_of(d.tokens.clone()),
                place: (!d.place.is_empty()).then(|| self.excerpt(d.place.clone())),
                date: d.date.clone().map(|r| self.excerpt(r)),
                agency: d.agency.clone().map(|r| self.excerpt(r)),
            }),
        }
    }

    fn statements(
        &self,
        attributions: &[Attribution],
        resolution: &Resolution,
    ) -> Vec<Statement<'a>> {
        attributions
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let fragments: Vec<Span> = a
                    .fragments
                    .iter()
                    .map(|r| self.seg.span_of(r.clone()))
                    .collect();
                let whole = match (fragments.first(), fragments.last()) {
                    (Some(f), Some(l)) => f.cover(*l),
                    _ => Span::default(),
                };
                Statement {
                    kind: a.kind,
                    content: Content {
                        excerpt: self.excerpt_span(whole),
                        fragments: if fragments.len() > 1 {
                            fragments
                        } else {
                            Vec::new()
                        },
                    },
                    cue: a.cue.clone().map(|c| {
                        let span = self.seg.span_of(c);
                        // A verb outside the lexicon (`"...," Hollande retorted`) is its own
                        // lemma, as written.
                        let lemma = if a.cue_lemma.is_empty() {
                            span.text_in(self.text).unwrap_or_default()
                        } else {
                            a.cue_lemma
                        };
                        Cue {
                            excerpt: self.excerpt_span(span),
                            lemma: Cow::Borrowed(lemma),
                        }
                    }),
                    cue_kind: Some(a.cue_kind),
                    mention: a.mention.as_ref().map(|m| Mention {
                        excerpt: self.excerpt(m.tokens.clone()),
                        kind: resolution
                            .mention_kind
                            .get(i)
                            .copied()
                            .flatten()
                            .unwrap_or(MentionKind::Name),
                    }),
                    speaker: resolution.speaker_of.get(i).copied().flatten(),
                    when: a.when.clone().map(|r| self.excerpt(r)),
                    place: a.place.clone().map(|r| self.excerpt(r)),
                    quote: a.quote,
                    paragraph: a.paragraph,
                    sentence: a.sentence,
                }
            })
            .collect()
    }

    fn speakers(&self, resolution: Resolution) -> Vec<Speaker<'a>> {
        resolution
            .entities
            .into_iter()
            .map(|e| Speaker {
                name: e
                    .name
                    .clone()
                    .and_then(|n| self.seg.span_of(n).text_in(self.text))
                    .map(Cow::Borrowed),
                kind: e.kind.unwrap_or(SpeakerKind::Unnamed),
                titles: e.titles.iter().map(|t| self.excerpt(t.clone())).collect(),
                affiliation: e.affiliation.clone().map(|a| self.excerpt(a)),
                mentions: e
                    .mentions
                    .iter()
                    .map(|(r, k)| Mention {
                        excerpt: self.excerpt(r.clone()),
                        kind: *k,
                    })
                    .collect(),
            })
            .collect()
    }

    /// The claims, each with the statement whose content holds it.
    fn claims(
        &self,
        claims: Vec<crate::number::Claim>,
        statements: &[Statement<'a>],
    ) -> Vec<NumericClaim<'a>> {
        // Content pieces sorted by start, for a lookup per claim.
        let mut pieces: Vec<(Span, usize)> = statements
            .iter()
            .enumerate()
            .flat_map(|(i, s)| {
                let frs = if s.content.fragments.is_empty() {
                    vec![s.content.span()]
                } else {
                    s.content.fragments.clone()
                };
                frs.into_iter().map(move |f| (f, i))
            })
            .collect();
        pieces.sort_by_key(|(s, _)| (s.start, s.end));
        claims
            .into_iter()
            .map(|c| {
                let after = pieces.partition_point(|(s, _)| s.start <= c.span.start);
                let statement = pieces
                    .get(..after)
                    .unwrap_or_default()
                    .iter()
                    .rev()
                    .take(8)
                    .find(|(s, _)| s.contains(c.number))
                    .map(|(_, i)| *i);
                NumericClaim {
                    span: c.span,
                    text: Cow::Borrowed(c.span.text_in(self.text).unwrap_or_default()),
                    number: c.number,
                    value: c.value,
                    kind: c.kind,
                    qualifier: c.qualifier.map(|q| self.excerpt_span(q)),
                    bound: c.bound,
                    low: c.low,
                    high: c.high,
                    unit: c.unit.map(|u| self.excerpt_span(u)),
                    counted: c.counted.map(|u| self.excerpt_span(u)),
                    as_of: c.as_of.map(|u| self.excerpt_span(u)),
                    scope: c.scope.map(|u| self.excerpt_span(u)),
                    per: c.per.map(|u| self.excerpt_span(u)),
                    change: c.change.map(|ch| {
                        Box::new(crate::model::Change {
                            cue: self.excerpt_span(ch.cue),
                            direction: ch.direction,
                            role: ch.role,
                            quantity: ch.quantity.map(|q| self.excerpt_span(q)),
                        })
                    }),
                    statement,
                    sentence: c.sentence,
                }
            })
            .collect()
    }
}
