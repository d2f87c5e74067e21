//! The typed model of an article: statements, speakers and numeric claims, each pointing back
//! to the bytes it came from.
//!
//! The model borrows its text from the input; [`Article::into_owned`] turns it into a model that
//! outlives the input. Every type serializes with serde; the borrowed model serializes, the owned
//! one (`Article<'static>`) also deserializes.

use crate::number::Value;
use crate::span::{Excerpt, Span};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::ops::Range;

/// A parsed news article.
///
/// Built by [`crate::parse`] or [`Article::parse`]; read through its accessors.
///
/// # Example
///
/// ```
/// let text = "\"We will help,\" Ma said. Ma said that 62 countries had donated.";
/// let article = reportage::Article::parse(text)?;
/// assert_eq!(article.statements().len(), 2);
/// assert_eq!(article.speakers().len(), 1);
/// assert_eq!(article.numeric_claims()[0].value().and_then(|v| v.to_i128()), Some(62));
/// # Ok::<(), reportage::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Article<'a> {
    #[serde(skip)]
    pub(crate) text: Cow<'a, str>,
    pub(crate) header: Header<'a>,
    pub(crate) paragraphs: Vec<Paragraph>,
    pub(crate) sentences: Vec<Sentence>,
    pub(crate) statements: Vec<Statement<'a>>,
    pub(crate) speakers: Vec<Speaker<'a>>,
    pub(crate) numeric_claims: Vec<NumericClaim<'a>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) diagnostics: Vec<Diagnostic>,
}

impl<'a> Article<'a> {
    /// Parses `text` with the default [`crate::ParseOptions`]; the same as [`crate::parse`].
    ///
    /// # Errors
    ///
    /// [`crate::ErrorKind::InputTooLarge`] when the text is longer than the default limit.
    pub fn parse(text: &'a str) -> Result<Article<'a>, crate::Error> {
        crate::parse(text)
    }

    /// The text the article was parsed from. Empty for a model read back from JSON, which does
    /// not carry the text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The headline, dateline and byline, where the article has them.
    pub fn header(&self) -> &Header<'a> {
        &self.header
    }

    /// The paragraphs, in order.
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    /// The sentences, in order.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// Who said what, in the order the statements appear.
    pub fn statements(&self) -> &[Statement<'a>] {
        &self.statements
    }

    /// The people and organisations that speak, in order of first mention.
    pub fn speakers(&self) -> &[Speaker<'a>] {
        &self.speakers
    }

    /// The speaker of a statement, once resolved.
    pub fn speaker_of(&self, statement: &Statement<'_>) -> Option<&Speaker<'a>> {
        self.speakers.get(statement.speaker?)
    }

    /// Every number the text asserts, in order.
    pub fn numeric_claims(&self) -> &[NumericClaim<'a>] {
        &self.numeric_claims
    }

    /// The statement that makes a claim; `None` when the article asserts it in its own voice.
    pub fn claimant_of(&self, claim: &NumericClaim<'_>) -> Option<&Statement<'a>> {
        self.statements.get(claim.statement?)
    }

    /// What the parser noticed but could not fully read: unclosed quotes, stray marks. Capped
    /// by [`crate::ParseOptions::max_diagnostics`].
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The text at `span`, or `None` when the span does not fit the text.
    pub fn text_at(&self, span: Span) -> Option<&str> {
        span.text_in(&self.text)
    }

    /// The same model, owning all its text, so it can outlive the input.
    pub fn into_owned(self) -> Article<'static> {
        Article {
            text: Cow::Owned(self.text.into_owned()),
            header: self.header.into_owned(),
            paragraphs: self.paragraphs,
            sentences: self.sentences,
            statements: self
                .statements
                .into_iter()
                .map(Statement::into_owned)
                .collect(),
            speakers: self.speakers.into_iter().map(Speaker::into_owned).collect(),
            numeric_claims: self
                .numeric_claims
                .into_iter()
                .map(NumericClaim::into_owned)
                .collect(),
            diagnostics: self.diagnostics,
        }
    }
}

fn owned(e: Option<Excerpt<'_>>) -> Option<Excerpt<'static>> {
    e.map(Excerpt::into_owned)
}

/// The parts of an article around its body: headline, dateline and byline.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Header<'a> {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) headline: Option<Excerpt<'a>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) dateline: Option<Dateline<'a>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) byline: Option<Excerpt<'a>>,
}

impl Header<'_> {
    /// The headline: a first line without closing punctuation, set apart from the body.
    pub fn headline(&self) -> Option<&Excerpt<'_>> {
        self.headline.as_ref()
    }

    /// The dateline that opens the body: `BEIJING, March 5 (Reuters) -`.
    pub fn dateline(&self) -> Option<&Dateline<'_>> {
        self.dateline.as_ref()
    }

    /// The byline: `By Jane Doe`.
    pub fn byline(&self) -> Option<&Excerpt<'_>> {
        self.byline.as_ref()
    }

    fn into_owned(self) -> Header<'static> {
        Header {
            headline: owned(self.headline),
            dateline: self.dateline.map(Dateline::into_owned),
            byline: owned(self.byline),
        }
    }
}

/// A dateline: where and when the story was filed, and by which agency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Dateline<'a> {
    pub(crate) span: Span,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) place: Option<Excerpt<'a>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) date: Option<Excerpt<'a>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) agency: Option<Excerpt<'a>>,
}

impl Dateline<'_> {
    /// The whole dateline, up to and including its dash.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The place: `BEIJING`.
    pub fn place(&self) -> Option<&Excerpt<'_>> {
        self.place.as_ref()
    }

    /// The date: `March 5`.
    pub fn date(&self) -> Option<&Excerpt<'_>> {
        self.date.as_ref()
    }

    /// The agency: `Reuters`.
    pub fn agency(&self) -> Option<&Excerpt<'_>> {
        self.agency.as_ref()
    }

    fn into_owned(self) -> Dateline<'static> {
        Dateline {
            span: self.span,
            place: owned(self.place),
            date: owned(self.date),
            agency: owned(self.agency),
        }
    }
}

/// A paragraph of the body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Paragraph {
    pub(crate) span: Span,
    pub(crate) sentences: Range<usize>,
}

impl Paragraph {
    /// The paragraph's text, without the line breaks around it.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The indices of its sentences in [`Article::sentences`].
    pub fn sentences(&self) -> Range<usize> {
        self.sentences.clone()
    }
}

/// A sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Sentence {
    pub(crate) span: Span,
    pub(crate) paragraph: usize,
}

impl Sentence {
    /// The sentence's text, from its first to its last non-space character.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The index of its paragraph in [`Article::paragraphs`].
    pub fn paragraph(&self) -> usize {
        self.paragraph
    }
}

/// How a statement reports what was said.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StatementKind {
    /// The speaker's own words, in quote marks: `"We will help," Ma said.`
    Direct,
    /// Reported speech, without quote marks: `Ma said that China will help.`
    Indirect,
    /// Reported speech with some quoted words: `He called the plan "dead on arrival."`
    Mixed,
}

/// What the cue of a statement reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CueKind {
    /// Spoken words: `said`, `told`, `added`, `according to`.
    Speech,
    /// Written words: `wrote`, `tweeted`.
    Writing,
    /// A question: `asked`.
    Question,
    /// A belief, wish, intention or stance: `believes`, `thinks`, `wants`, `plans to`,
    /// `endorsed`, `supports`, `agreed`, `concluded`, `sees X as Y`, `expressed concern
    /// that`, `blasted Rubio for`.
    Belief,
    /// Evidence: `shows`, `found`, `cited`, `pointed to`, and a poll named in an `in` phrase
    /// (`Okafor leads in a new poll`).
    Evidence,
}

/// Which quote marks enclose a direct statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuoteMarks {
    /// `"..."`
    StraightDouble,
    /// `'...'`
    StraightSingle,
    /// `“...”` (also `„...“`)
    CurlyDouble,
    /// `‘...’` (also `‚...‘`)
    CurlySingle,
    /// `«...»`, `»...«`, `‹...›`
    Guillemets,
}

/// A statement: who said what, with which words, when and where.
///
/// # Example
///
/// ```
/// use reportage::StatementKind;
///
/// let article = reportage::parse("\"We agree,\" Ma said on Thursday.")?;
/// let s = &article.statements()[0];
/// assert_eq!(s.kind(), StatementKind::Direct);
/// assert_eq!(s.content().text(), "We agree");
/// assert_eq!(s.cue().map(|c| c.text()), Some("said"));
/// assert_eq!(s.mention().map(|m| m.text()), Some("Ma"));
/// assert_eq!(s.when().map(|w| w.text()), Some("on Thursday"));
/// # Ok::<(), reportage::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Statement<'a> {
    pub(crate) kind: StatementKind,
    pub(crate) content: Content<'a>,
    pub(crate) cue: Option<Cue<'a>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) cue_kind: Option<CueKind>,
    pub(crate) mention: Option<Mention<'a>>,
    pub(crate) speaker: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) when: Option<Excerpt<'a>>,
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub(crate) place: Option<Excerpt<'a>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) quote: Option<Quotation>,
    pub(crate) paragraph: usize,
    pub(crate) sentence: usize,
}

impl<'a> Statement<'a> {
    /// Direct, indirect or mixed.
    pub fn kind(&self) -> StatementKind {
        self.kind
    }

    /// The reported words: for a direct quote the text inside the marks, for reported speech
    /// the clause without its leading `that`.
    pub fn content(&self) -> &Content<'a> {
        &self.content
    }

    /// The reporting words: `said`, `told reporters`, `according to`.
    pub fn cue(&self) -> Option<&Cue<'a>> {
        self.cue.as_ref()
    }

    /// What the cue reports: speech, writing, a question, a belief or evidence.
    pub fn cue_kind(&self) -> Option<CueKind> {
        self.cue_kind
    }

    /// The words that name the speaker in this statement: `Ma`, `he`, `a senior official`.
    pub fn mention(&self) -> Option<&Mention<'a>> {
        self.mention.as_ref()
    }

    /// The index of the speaker in [`Article::speakers`], once resolved.
    pub fn speaker(&self) -> Option<usize> {
        self.speaker
    }

    /// When the article says the words were said: `on Thursday` after the cue, or a time
    /// before it when the content follows (`On Thursday, the council said ...`, `Ms Berg on
    /// Friday said ...`).
    pub fn when(&self) -> Option<&Excerpt<'a>> {
        self.when.as_ref()
    }

    /// Where the article says the words were said: `at a news briefing in Beijing`.
    pub fn place(&self) -> Option<&Excerpt<'a>> {
        self.place.as_ref()
    }

    /// The quote marks of a direct or mixed statement, and whether they were closed.
    pub fn quote(&self) -> Option<&Quotation> {
        self.quote.as_ref()
    }

    /// The index of the paragraph where the statement's attribution stands.
    pub fn paragraph(&self) -> usize {
        self.paragraph
    }

    /// The index of the sentence where the statement's attribution stands.
    pub fn sentence(&self) -> usize {
        self.sentence
    }

    /// The same statement, owning its text.
    pub fn into_owned(self) -> Statement<'static> {
        Statement {
            kind: self.kind,
            content: self.content.into_owned(),
            cue: self.cue.map(Cue::into_owned),
            cue_kind: self.cue_kind,
            mention: self.mention.map(Mention::into_owned),
            speaker: self.speaker,
            when: owned(self.when),
            place: owned(self.place),
            quote: self.quote,
            paragraph: self.paragraph,
            sentence: self.sentence,
        }
    }
}

/// The reported words of a statement.
///
/// When an attribution interrupts a quote (`"A," he said, "B."`), the content spans from the
/// first piece to the last and [`Content::fragments`] lists the pieces.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Content<'a> {
    #[serde(flatten)]
    pub(crate) excerpt: Excerpt<'a>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) fragments: Vec<Span>,
}

impl<'a> Content<'a> {
    /// From the first reported word to the last.
    pub fn span(&self) -> Span {
        self.excerpt.span()
    }

    /// The text from the first reported word to the last, attributions between pieces included.
    pub fn text(&self) -> &str {
        self.excerpt.text()
    }

    /// The pieces of a content that an attribution interrupts; empty when it is one piece.
    pub fn fragments(&self) -> &[Span] {
        &self.fragments
    }

    fn into_owned(self) -> Content<'static> {
        Content {
            excerpt: self.excerpt.into_owned(),
            fragments: self.fragments,
        }
    }
}

/// The reporting words of a statement and the verb they inflect.
///
/// The words run from the verb, or from a negation before it and its auxiliary (`has never
/// said`, `didn't report`: the report is denied), over its particle and audience (`told
/// reporters`, `pointed out`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Cue<'a> {
    #[serde(flatten)]
    pub(crate) excerpt: Excerpt<'a>,
    pub(crate) lemma: Cow<'a, str>,
}

impl<'a> Cue<'a> {
    /// Where the cue stands.
    pub fn span(&self) -> Span {
        self.excerpt.span()
    }

    /// The cue as written: `said`, `told reporters`, `According to`.
    pub fn text(&self) -> &str {
        self.excerpt.text()
    }

    /// The base form of its verb: `say`, `tell`, `according to`; a verb outside the lexicon,
    /// read from the shape of the sentence (`"...," Hollande retorted`), as written; for a
    /// colon (`Q:`), the colon.
    pub fn lemma(&self) -> &str {
        &self.lemma
    }

    fn into_owned(self) -> Cue<'static> {
        Cue {
            excerpt: self.excerpt.into_owned(),
            lemma: Cow::Owned(self.lemma.into_owned()),
        }
    }
}

/// The quote marks of a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Quotation {
    pub(crate) marks: QuoteMarks,
    pub(crate) closed: bool,
}

impl Quotation {
    /// The family of marks.
    pub fn marks(&self) -> QuoteMarks {
        self.marks
    }

    /// `false` when the quote was never closed: the content then runs to the end of its
    /// paragraph, a best-effort reading.
    pub fn closed(&self) -> bool {
        self.closed
    }
}

/// What kind of entity a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named or described person.
    Person,
    /// A named or described organisation: `the ministry`, `the White House`.
    Organisation,
    /// Several people speaking together: `officials`, `analysts`.
    Group,
    /// Someone the article does not name and whose kind it does not tell.
    Unnamed,
}

/// A person or organisation that speaks, with every mention of it resolved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Speaker<'a> {
    pub(crate) name: Option<Cow<'a, str>>,
    pub(crate) kind: SpeakerKind,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) titles: Vec<Excerpt<'a>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) affiliation: Option<Excerpt<'a>>,
    pub(crate) mentions: Vec<Mention<'a>>,
}

impl<'a> Speaker<'a> {
    /// The fullest name the article gives: `Ma Zhaoxu`; `None` for an unnamed speaker.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// Person, organisation, group, or unnamed.
    pub fn kind(&self) -> SpeakerKind {
        self.kind
    }

    /// Titles and roles: `Vice-Foreign Minister`, `deputy director of the National Health
    /// Commission`.
    pub fn titles(&self) -> &[Excerpt<'a>] {
        &self.titles
    }

    /// The organisation the speaker belongs to, where a role names it.
    pub fn affiliation(&self) -> Option<&Excerpt<'a>> {
        self.affiliation.as_ref()
    }

    /// Every mention resolved to this speaker, in text order.
    pub fn mentions(&self) -> &[Mention<'a>] {
        &self.mentions
    }

    /// The same speaker, owning its text.
    pub fn into_owned(self) -> Speaker<'static> {
        Speaker {
            name: self.name.map(|n| Cow::Owned(n.into_owned())),
            kind: self.kind,
            titles: self.titles.into_iter().map(Excerpt::into_owned).collect(),
            affiliation: owned(self.affiliation),
            mentions: self.mentions.into_iter().map(Mention::into_owned).collect(),
        }
    }
}

/// How a mention names its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MentionKind {
    /// A full name: `Zeng Yixin`, `the White House`.
    Name,
    /// A title with a name: `Vice-Foreign Minister Ma Zhaoxu`.
    TitledName,
    /// One part of a name given before: `Ma`.
    Surname,
    /// A description set beside a name: `Ma, the vice-foreign minister,`.
    Appositive,
    /// A description without a name: `the vice-foreign minister`, `a senior official`.
    Description,
    /// A pronoun: `he`, `she`, `they`.
    Pronoun,
}

/// Words that name a speaker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Mention<'a> {
    #[serde(flatten)]
    pub(crate) excerpt: Excerpt<'a>,
    pub(crate) kind: MentionKind,
}

impl<'a> Mention<'a> {
    /// Where the mention stands.
    pub fn span(&self) -> Span {
        self.excerpt.span()
    }

    /// The mention as written.
    pub fn text(&self) -> &str {
        self.excerpt.text()
    }

    /// How it names the speaker.
    pub fn kind(&self) -> MentionKind {
        self.kind
    }

    fn into_owned(self) -> Mention<'static> {
        Mention {
            excerpt: self.excerpt.into_owned(),
            kind: self.kind,
        }
    }
}

/// What a numeric claim measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ClaimKind {
    /// A number of things: `62 countries`.
    Count,
    /// A percentage or percentage points: `5%`, `3 percentage points`.
    Percent,
    /// An amount of money: `$1.5 billion`.
    Money,
    /// A quantity with a unit: `5 km`, `30 degrees`.
    Measure,
    /// A rank: `21st`, `third`.
    Ordinal,
    /// A share written as a fraction: `two-thirds`.
    Fraction,
    /// A multiple: `threefold`, `a 10-fold increase`.
    Multiple,
    /// Betting odds, winnings to stake: `the 5/4 favourite`, `odds of 40-1` (value 40).
    Odds,
    /// A person's age in years: `the 28-year-old`, `Ida Berg, 26,`, `aged 87`, `a boy of
    /// 12`; counts no thing.
    Age,
}

/// How a claim's number bounds the true value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Bound {
    /// The number itself.
    Exact,
    /// Close to the number: `about`, `nearly`, `roughly`.
    Approximate,
    /// Above the number: `more than`, `over` (exclusive lower bound).
    Above,
    /// The number or above: `at least` (inclusive lower bound).
    AtLeast,
    /// Below the number: `less than`, `fewer than`, `under` (exclusive upper bound).
    Below,
    /// The number or below: `up to`, `at most` (inclusive upper bound).
    AtMost,
    /// Between two numbers: `10-20`, `between 10 and 20`; an order of magnitude runs from
    /// its power of ten to the next (`tens of thousands` is 10,000 to 100,000).
    Range,
}

/// Which way a changing quantity went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Direction {
    /// It grew: `rose`, `up`, `a 5% increase`, `doubled`.
    Up,
    /// It shrank: `fell`, `down`, `a drop of 3,000`, `halved`.
    Down,
}

/// What the number of a change gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ChangeRole {
    /// The size of the change: `rose 5%`, `fell by 3,000`, `a 10% cut`, `doubled` (a factor).
    By,
    /// The level after it: `rose to $3m`, `cut interest rates to 4.5%`.
    To,
    /// The level before it: `up from 200`, `fell from 12% to 9%`.
    From,
}

/// A change that a claim's number describes: `rose 5%`, `up from 200`, `a threefold
/// increase`, `doubled`.
///
/// # Example
///
/// ```
/// use reportage::{ChangeRole, Direction};
///
/// let article = reportage::parse("Profits rose 5% to $3m, up from $2.8m.")?;
/// let roles: Vec<_> = article
///     .numeric_claims()
///     .iter()
///     .filter_map(|c| c.change().map(|ch| (c.text(), ch.cue().text(), ch.role())))
///     .collect();
/// assert_eq!(
///     roles,
///     [
///         ("5%", "rose", ChangeRole::By),
///         ("$3m", "rose", ChangeRole::To),
///         ("$2.8m", "up", ChangeRole::From),
///     ]
/// );
/// let first = article.numeric_claims()[0].change();
/// assert_eq!(first.map(|ch| ch.direction()), Some(Direction::Up));
/// assert_eq!(first.and_then(|ch| ch.quantity()).map(|q| q.text()), Some("Profits"));
/// # Ok::<(), reportage::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Change<'a> {
    pub(crate) cue: Excerpt<'a>,
    pub(crate) direction: Direction,
    pub(crate) role: ChangeRole,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) quantity: Option<Excerpt<'a>>,
}

impl<'a> Change<'a> {
    /// The word that says the quantity changed: `rose`, `up`, `increase`, `doubled`.
    pub fn cue(&self) -> &Excerpt<'a> {
        &self.cue
    }

    /// Which way it went.
    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// Whether the number is the change's size, the level after it or the level before.
    pub fn role(&self) -> ChangeRole {
        self.role
    }

    /// The words naming what changed, where the sentence gives them: the subject of the change
    /// verb (`Net profit` in `Net profit rose 5%`), the object of a verb whose subject makes the
    /// change (`interest rates` in `The bank cut interest rates by 0.25%`), the phrase after a
    /// change noun (`sales` in `a 6% rise in sales`).
    pub fn quantity(&self) -> Option<&Excerpt<'a>> {
        self.quantity.as_ref()
    }

    fn into_owned(self) -> Change<'static> {
        Change {
            cue: self.cue.into_owned(),
            direction: self.direction,
            role: self.role,
            quantity: owned(self.quantity),
        }
    }
}

/// A number the text asserts, normalised, with what it counts and who claims it.
///
/// # Example
///
/// ```
/// use reportage::{Bound, ClaimKind};
///
/// let article = reportage::parse("As of Thursday, more than 13,000 cases were reported.")?;
/// let claim = &article.numeric_claims()[0];
/// assert_eq!(claim.kind(), ClaimKind::Count);
/// assert_eq!(claim.value().and_then(|v| v.to_i128()), Some(13_000));
/// assert_eq!(claim.bound(), Bound::Above);
/// assert_eq!(claim.counted().map(|c| c.text()), Some("cases"));
/// assert_eq!(claim.as_of().map(|c| c.text()), Some("As of Thursday"));
/// # Ok::<(), reportage::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NumericClaim<'a> {
    pub(crate) span: Span,
    pub(crate) text: Cow<'a, str>,
    pub(crate) number: Span,
    pub(crate) value: Option<Value>,
    pub(crate) kind: ClaimKind,
    pub(crate) qualifier: Option<Excerpt<'a>>,
    pub(crate) bound: Bound,
    pub(crate) low: Option<Value>,
    pub(crate) high: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) unit: Option<Excerpt<'a>>,
    pub(crate) counted: Option<Excerpt<'a>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) as_of: Option<Excerpt<'a>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) scope: Option<Excerpt<'a>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) per: Option<Excerpt<'a>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Boxed: few claims are changes, and the rest keep the model small.
    pub(crate) change: Option<Box<Change<'a>>>,
    pub(crate) statement: Option<usize>,
    pub(crate) sentence: usize,
}

impl<'a> NumericClaim<'a> {
    /// The whole expression: `more than 13,000`, `$1.5 billion`.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The whole expression as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The numeral alone: `13,000`, `1.5 billion`.
    pub fn number(&self) -> Span {
        self.number
    }

    /// The numeral's value with its scale (`1.5 billion` is 1 500 000 000); `None` when the
    /// numeral cannot be read exactly (a decimal comma, a number too long).
    pub fn value(&self) -> Option<Value> {
        self.value
    }

    /// Count, percent, money, measure, ordinal or fraction.
    pub fn kind(&self) -> ClaimKind {
        self.kind
    }

    /// The words that bound the number: `more than`, `about`, `between`.
    pub fn qualifier(&self) -> Option<&Excerpt<'a>> {
        self.qualifier.as_ref()
    }

    /// How the number bounds the true value.
    pub fn bound(&self) -> Bound {
        self.bound
    }

    /// The lower bound that the qualifier or range gives.
    pub fn low(&self) -> Option<Value> {
        self.low
    }

    /// The upper bound that the qualifier or range gives.
    pub fn high(&self) -> Option<Value> {
        self.high
    }

    /// The unit or currency: `km`, `$`, `yuan`, `percent`.
    pub fn unit(&self) -> Option<&Excerpt<'a>> {
        self.unit.as_ref()
    }

    /// What the number counts: `coronavirus cases`.
    pub fn counted(&self) -> Option<&Excerpt<'a>> {
        self.counted.as_ref()
    }

    /// The time the number holds for: `As of Thursday` for its whole sentence, else a time
    /// after the number in its clause (`grew 2.6% last year`, `in the first quarter`, `in
    /// 2004`) or one that opens its sentence (`On Tuesday, shares rose 3%`).
    pub fn as_of(&self) -> Option<&Excerpt<'a>> {
        self.as_of.as_ref()
    }

    /// Where the number holds: `outside of China`.
    pub fn scope(&self) -> Option<&Excerpt<'a>> {
        self.scope.as_ref()
    }

    /// What the number is a rate of: `barrel` in `$47 a barrel`, `year` in `£20,000 a year`,
    /// `hour` in `30 miles per hour`.
    ///
    /// ```
    /// let article = reportage::parse("Oil cost $47 a barrel.").unwrap();
    /// let claim = &article.numeric_claims()[0];
    /// assert_eq!(claim.per().map(|p| p.text()), Some("barrel"));
    /// ```
    pub fn per(&self) -> Option<&Excerpt<'a>> {
        self.per.as_ref()
    }

    /// The change the number describes, when it is one: `rose 5%`, `down from 200`.
    pub fn change(&self) -> Option<&Change<'a>> {
        self.change.as_deref()
    }

    /// The index of the statement whose content holds the number; `None` for the article's own
    /// voice.
    pub fn statement(&self) -> Option<usize> {
        self.statement
    }

    /// The index of the sentence holding the number.
    pub fn sentence(&self) -> usize {
        self.sentence
    }

    /// The same claim, owning its text.
    pub fn into_owned(self) -> NumericClaim<'static> {
        NumericClaim {
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
            number: self.number,
            value: self.value,
            kind: self.kind,
            qualifier: owned(self.qualifier),
            bound: self.bound,
            low: self.low,
            high: self.high,
            unit: owned(self.unit),
            counted: owned(self.counted),
            as_of: owned(self.as_of),
            scope: owned(self.scope),
            per: owned(self.per),
            change: self.change.map(|c| Box::new(c.into_owned())),
            statement: self.statement,
            sentence: self.sentence,
        }
    }
}

/// Something the parser noticed and read its best way around.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Diagnostic {
    pub(crate) kind: DiagnosticKind,
    pub(crate) span: Span,
}

impl Diagnostic {
    /// What was noticed.
    pub fn kind(&self) -> DiagnosticKind {
        self.kind
    }

    /// Where.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// The kinds of [`Diagnostic`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// An opening quote mark that no mark closes; its statement runs to the end of the paragraph.
    UnclosedQuote,
    /// A closing quote mark without an opening one; read as a literal character.
    UnpairedCloser,
    /// Quotes nested deeper than [`crate::ParseOptions::max_quote_depth`]; the deeper marks are
    /// read as literal characters.
    QuoteTooDeep,
    /// A numeral longer than the number grammar reads; its claim has no value.
    NumberTooLong,
    /// A quote opened with one style of mark and closed with another (`“Hello,"`).
    MismatchedQuoteMarks,
    /// A very long run of text with no sentence punctuation, read as one sentence.
    NoSentenceBoundary,
    /// A control character (`\0`, `\x07`) in the text, kept as a literal.
    ControlChar,
    /// A bidirectional override or isolate (U+202A-U+202E, U+2066-U+2069), kept as a literal
    /// and never applied.
    BidiControl,
    /// An HTML or XML tag left in the text (`<p>`), kept as literal text; reported once.
    MarkupDetected,
    /// An HTML character reference left in the text (`&ldquo;`, `&#8220;`), kept as literal
    /// text; reported once.
    HtmlEntity,
    /// More diagnostics than [`crate::ParseOptions::max_diagnostics`]; the rest were not kept.
    Truncated,
}
