//! `reportage` reads an English news article and returns a typed model of it: **who said
//! what** (direct, indirect and mixed statements, with their cue, speaker mention, time and
//! place), **who the speakers are** (people and organisations with their titles, every mention
//! resolved to one entity), and **every numeric claim** (value, unit, bounds, what is counted,
//! as of when, the change it describes, and who claims it).
//!
//! Every item points back to the exact bytes of the input it came from, and the whole model
//! serializes with serde.
//!
//! # Quick start
//!
//! ```
//! let text = "China will offer assistance, a senior official of the Foreign Ministry said \
//!             on Thursday.\n\"Many of these countries have provided donations,\" Ma said.\n\
//!             As of Monday, more than 60 countries had donated masks.";
//! let article = reportage::parse(text)?;
//!
//! for s in article.statements() {
//!     let who = article.speaker_of(s).and_then(|p| p.name()).unwrap_or("(unnamed)");
//!     println!("{:?} by {who}: {}", s.kind(), s.content().text());
//! }
//! let claim = &article.numeric_claims()[0];
//! assert_eq!(claim.text(), "more than 60");
//! assert_eq!(claim.counted().map(|c| c.text()), Some("countries"));
//! assert_eq!(claim.as_of().map(|c| c.text()), Some("As of Monday"));
//! assert!(article.claimant_of(claim).is_none()); // the article's own voice
//!
//! // The whole model serializes with serde.
//! let json = serde_json::to_string(&article).expect("serializable");
//! assert!(json.contains("\"statements\""));
//! # Ok::<(), reportage::Error>(())
//! ```
//!
//! # Design
//!
//! The text flows one way through small stages, each reading what the one before produced:
//! tokens (one pass, each word classified once through the lexicon), paragraphs, the header
//! (headline, byline, dateline), quote pairing, sentences, attributions, speakers, numbers.
//! The grammars are [`nom`] parsers over tokens and numerals; nom stays out of the public API.
//! Every stage is linear in the input: look-arounds are bounded, quote pairing uses a bounded
//! stack, and nothing rescans the article.
//!
//! Bad input never panics: [`parse`] returns a model for any text within the size limit, and
//! what it could only read its best way (an unclosed quote, a stray mark) is reported in
//! [`Article::diagnostics`].

mod check;
mod error;
mod model;
mod parse;
mod span;

mod diagnostics;
mod grammar;
mod lexicon;
mod number;
mod segment;
mod speaker;
#[doc(hidden)]
pub mod stages;
mod statement;

#[doc(hidden)]
pub use check::check_invariants;
pub use error::{Error, ErrorKind};
pub use model::{
    Article, Bound, Change, ChangeRole, ClaimKind, Content, Cue, CueKind, Dateline, Diagnostic,
    DiagnosticKind, Direction, Header, Mention, MentionKind, NumericClaim, Paragraph, Quotation,
    QuoteMarks, Sentence, Speaker, SpeakerKind, Statement, StatementKind,
};
pub use number::Value;
pub use parse::{ParseOptions, parse, parse_bytes};
pub use span::{Excerpt, Span};
