//! Speakers: the entities behind the mentions of the statements, each mention resolved once,
//! in text order.
//!
//! A name joins the entity with the same name, or whose name it is part of (`Ma` and `Ma
//! Zhaoxu`); a definite description joins the entity with that role (`the vice-foreign
//! minister`); a pronoun joins the most recent speaker of a compatible kind (`he` a person,
//! `they` a group or organisation), unless a person named as the subject of its sentence or
//! the one before (or before sentences that open with the same pronoun) came later (`Ida Berg
//! is suing the port. She said ...`) or has the title the pronoun calls for (`Mrs Lund`);
//! `it` with no organisation before it takes a one-word, untitled speaker, which becomes one.
//! An indefinite description in the lede (`a senior official of the Foreign Ministry said`)
//! joins the named person of the next paragraphs whose title shares its affiliation, the news
//! convention for introducing a source. Resolution never crosses kinds: a person pronoun never
//! lands on an organisation.

pub(crate) mod mention;

use crate::lexicon::{Class, FoldAscii, word_key, words};
use crate::model::{MentionKind, SpeakerKind};
use crate::segment::Segments;
use crate::segment::token::{Flags, Kind, Token};
use crate::statement::Attribution;
use mention::{Form, MentionParse, Pronoun};
use std::collections::HashMap;
use std::ops::Range;

/// An entity while it is being resolved; tokens only.
#[derive(Clone, Debug, Default)]
pub(crate) struct Entity {
    pub kind: Option<SpeakerKind>,
    /// The fullest name seen.
    pub name: Option<Range<usize>>,
    pub titles: Vec<Range<usize>>,
    pub affiliation: Option<Range<usize>>,
    pub mentions: Vec<(Range<usize>, MentionKind)>,
    /// The paragraph of the first mention.
    pub first_paragraph: usize,
    /// Every mention so far is an indefinite description.
    indefinite_only: bool,
    /// The case-folded keys of the words of `name`, kept to compare names without reading
    /// the text again.
    name_words: Vec<u64>,
    /// For each of `titles`, a hash of its text, the keys of its words and of the parts of
    /// its hyphenated words, and its standing, kept for the same reason: a word may be as long
    /// as the text.
    title_keys: Vec<(u64, Vec<u64>, Vec<u64>, Standing)>,
    /// The pronoun a title or role calls for (`Mr`, `spokeswoman`), when one does.
    gender: Option<Gender>,
    /// The key of the acronym given in brackets after the name: `EA` in `Electronic Arts
    /// (EA)`.
    acronym: Option<u64>,
    /// Whether the entity's own words say `I`: a person speaks so, a body says `we`.
    speaks_as_i: bool,
}

/// Which of `he` and `she` a person's title or role calls for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

impl Gender {
    /// The gender `he` or `she` stands for.
    fn of_pronoun(p: Pronoun) -> Option<Gender> {
        match p {
            Pronoun::He => Some(Gender::Male),
            Pronoun::She => Some(Gender::Female),
            _ => None,
        }
    }

    fn other(self) -> Gender {
        match self {
            Gender::Male => Gender::Female,
            Gender::Female => Gender::Male,
        }
    }
}

/// The resolved speakers and, for each attribution, its speaker and the kind of its mention.
#[derive(Debug, Default)]
pub(crate) struct Resolution {
    pub entities: Vec<Entity>,
    pub speaker_of: Vec<Option<usize>>,
    pub mention_kind: Vec<Option<MentionKind>>,
}

/// What a body's name found as the subject of a sentence is wanted for
/// ([`Resolver::organisation_subject_before`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BodyWanted {
    /// A pronoun that has someone else to stand for: only a name read as a body's wins.
    OverAnother,
    /// `it` with nothing else to stand for: a name of several words that names no one known
    /// as a person will do too (`Standard Life is ... It said`).
    Alone,
    /// A trade's noun (`Ryanair said ... The airline said`): as for `Alone`, and a lone name
    /// whose entity is a person only by default (no title, no gender) counts as a body's.
    ByTrade,
}

struct Resolver<'a> {
    seg: &'a Segments,
    text: &'a str,
    entities: Vec<Entity>,
    /// Entities by the lowercase words of their names, for surname and full-name lookups.
    by_name_word: HashMap<u64, Vec<usize>>,
    /// Entity indices in the order of their mentions, most recent last.
    recent: Vec<usize>,
    /// Every run of name words in the text, in order.
    name_runs: Vec<Range<usize>>,
    /// For each lowercase word, the first run of two or more name words holding it.
    full_name_of: HashMap<u64, usize>,
    /// The last words of names the text speaks of as a company's: `Time Warner's shares`,
    /// `shares in Cairn Energy`, `Qantas shareholders`.
    bodies: Vec<u64>,
    /// The person a full name opens the body with, and the gender their given name or title
    /// tells: `Paula Radcliffe made a triumphant return ...`.
    lede: Option<(MentionParse, Gender)>,
    /// The publication `the paper` last stood for.
    last_publication: Option<usize>,
}

/// Words that open a clause of time, condition or reason before the main clause: its
/// subject is who a pronoun after its comma stands for (`When Tom Okafor arrived, he said`).
/// Sorted.
const CLAUSE_OPENERS: &[&str] = &[
    "after", "although", "as", "because", "before", "if", "once", "since", "though", "until",
    "when", "while",
];

/// Resolves the mentions of `attributions` to entities.
pub(crate) fn resolve(seg: &Segments, text: &str, attributions: &[Attribution]) -> Resolution {
    let mut r = Resolver {
        seg,
        text,
        entities: Vec::with_capacity(attributions.len()),
        by_name_word: HashMap::new(),
        recent: Vec::with_capacity(attributions.len()),
        name_runs: Vec::new(),
        full_name_of: HashMap::new(),
        bodies: Vec::new(),
        lede: None,
        last_publication: None,
    };
    r.index_names();
    r.lede = r.lede_person();
    let mut speaker_of = Vec::with_capacity(attributions.len());
    let mut mention_kind = Vec::with_capacity(attributions.len());
    for a in attributions {
        let inherited = a
            .same_speaker_as
            .and_then(|k| speaker_of.get(k).copied().flatten());
        let (entity, kind) = match (&a.mention, inherited) {
            (_, Some(e)) => {
                let kind = a.mention.as_ref().and_then(|m| r.kind_of_repeat(e, m));
                if let Some(m) = &a.mention {
                    r.add_mention(e, m.tokens.clone(), kind.unwrap_or(MentionKind::Name));
                }
                (Some(e), kind)
            }
            (Some(m), None) => {
                let (e, k) = r.resolve_mention(m, a.paragraph);
                (e, Some(k))
            }
            (None, None) => (None, None),
        };
        if let Some(e) = entity {
            r.touch(e);
        }
        speaker_of.push(entity);
        mention_kind.push(kind);
    }
    r.link_lede(&mut speaker_of);
    r.name_mentions();
    r.bodies_by_what_they_own();
    r.bodies_by_their_it(attributions, &speaker_of);
    r.people_by_their_i(attributions, &speaker_of);
    r.finish(speaker_of, mention_kind)
}

/// What a role's words say of the office beside its name: the opposition's shadow of it, one
/// held before, or the deputy's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Standing {
    shadow: bool,
    former: bool,
    /// A deputy's office, below the one it names: `Deputy Prime Minister`, `vice-president`.
    deputy: bool,
}

impl<'a> Resolver<'a> {
    /// The case-folded keys of the words of tokens `range`: two names are equal when their
    /// keys are.
    fn words(&self, range: Range<usize>) -> Vec<u64> {
        self.word_texts(range).map(word_key).collect()
    }

    /// The word tokens of `range`.
    fn word_tokens(&self, range: Range<usize>) -> impl Iterator<Item = &Token> + '_ {
        self.seg
            .tokens
            .get(range)
            .unwrap_or_default()
            .iter()
            .filter(|t| t.is_word())
    }

    /// The texts of the word tokens of `range`.
    fn word_texts(&self, range: Range<usize>) -> impl Iterator<Item = &str> + '_ {
        self.word_tokens(range).map(|t| t.text(self.text))
    }

    /// The keys of the parts of the words of tokens `range`, split at hyphens, keeping parts of
    /// at least `min_len` bytes that are no generic role word: `Vice-Foreign Minister` gives
    /// `foreign` and `minister` for 4.
    fn parts(&self, range: Range<usize>, min_len: usize) -> Vec<u64> {
        self.word_texts(range)
            .flat_map(|w| w.split('-'))
            .filter(|p| {
                p.len() >= min_len && !GENERIC_ROLE_WORDS.contains(&p.fold_ascii().as_str())
            })
            .map(word_key)
            .collect()
    }

    /// Whether the role words of tokens `range` name the shadow of an office, one held
    /// before or a deputy's: `the shadow chancellor` is not `Chancellor Gordon Brown`, nor is
    /// `the minister` the `former minister` named before, nor `the prime minister` the `Deputy
    /// Prime Minister`.
    fn standing(&self, range: Range<usize>) -> Standing {
        let mut standing = Standing::default();
        // (Compared in place: a word may be as long as the text.)
        for part in self.word_texts(range).flat_map(|w| w.split('-')) {
            if part.eq_ignore_ascii_case("shadow") {
                standing.shadow = true;
            } else if part.eq_ignore_ascii_case("former") || part.eq_ignore_ascii_case("ex") {
                standing.former = true;
            } else if ["deputy", "vice", "assistant", "under"]
                .iter()
                .any(|d| part.eq_ignore_ascii_case(d))
            {
                standing.deputy = true;
            }
        }
        standing
    }

    fn touch(&mut self, e: usize) {
        if self.recent.last() != Some(&e) {
            self.recent.push(e);
        }
    }

    /// The recently mentioned entities, most recent first, looking back a bounded way.
    fn recent(&self) -> impl Iterator<Item = usize> + '_ {
        self.recent.iter().rev().take(RECENT_WINDOW).copied()
    }

    fn new_entity(&mut self, kind: SpeakerKind, paragraph: usize) -> usize {
        self.entities.push(Entity {
            kind: Some(kind),
            first_paragraph: paragraph,
            indefinite_only: true,
            ..Entity::default()
        });
        self.entities.len() - 1
    }

    fn add_mention(&mut self, e: usize, range: Range<usize>, kind: MentionKind) {
        // Mentions come in text order, and a repeat (a chained statement's) comes right after
        // its first: looking at the last few keeps this constant-time.
        if let Some(ent) = self.entities.get_mut(e)
            && !ent.mentions.iter().rev().take(8).any(|(r, _)| *r == range)
        {
            ent.mentions.push((range, kind));
        }
    }

    fn add_title(&mut self, e: usize, range: Range<usize>) {
        if range.is_empty() {
            return;
        }
        let Some(ent) = self.entities.get(e) else {
            return;
        };
        // Titles are told apart by their text (`Vice-Foreign Minister`, `vice-foreign
        // minister`), through a hash of it, so no earlier title is read again.
        let text = self.seg.span_of(range.clone()).text_in(self.text);
        // A multiply-rotate hash of the bytes: titles are a few words, and a keyed hash
        // (no adversary chooses which titles an entity collects) cost more than the rest.
        let text = text.unwrap_or_default();
        let hash = text.bytes().fold(text.len() as u64, |h, b| {
            (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
        });
        if ent.title_keys.iter().any(|(known, ..)| *known == hash) {
            return;
        }
        let words = self.words(range.clone());
        let parts = self.parts(range.clone(), 1);
        let gender = self.gender_of(range.clone());
        let standing = self.standing(range.clone());
        if let Some(ent) = self.entities.get_mut(e) {
            ent.titles.push(range);
            ent.title_keys.push((hash, words, parts, standing));
            ent.gender = ent.gender.or(gender);
        }
    }

    /// The gender a person's title calls for, or else the given name of a full name: `Mrs
    /// Walsh`, `Karen Walsh`.
    /// (Given names are no class of the token: `James Hardie chairwoman` is a woman's title.)
    fn named_gender(&self, title: Range<usize>, name: Range<usize>) -> Option<Gender> {
        self.gender_of(title).or_else(|| {
            if name.len() >= 2 {
                self.given_name_gender(name.start)
            } else {
                None
            }
        })
    }

    /// The gender of the given name at token `k`, if the lexicon lists it: `Karen`, `Jane`.
    fn given_name_gender(&self, k: usize) -> Option<Gender> {
        match crate::lexicon::given_name(self.seg.tokens.get(k)?.text(self.text))? {
            crate::lexicon::GivenName::Male => Some(Gender::Male),
            crate::lexicon::GivenName::Female => Some(Gender::Female),
        }
    }

    /// The gender the words of a title or role call for: `Mr`, `Mrs`, `spokeswoman`.
    fn gender_of(&self, range: Range<usize>) -> Option<Gender> {
        // Up to a preposition: `director at the Duke Foundation` is no duke.
        let mut role = self
            .word_tokens(range)
            .take_while(|t| !t.is(Class::PREPOSITION));
        role.find_map(|t| {
            if t.is(Class::MALE) {
                Some(Gender::Male)
            } else if t.is(Class::FEMALE) {
                Some(Gender::Female)
            } else {
                None
            }
        })
    }

    /// The mention kind of a repeated mention (a chained statement reuses its source's,
    /// which is among the entity's last few: looking at those keeps this constant-time).
    fn kind_of_repeat(&self, e: usize, m: &MentionParse) -> Option<MentionKind> {
        self.entities
            .get(e)?
            .mentions
            .iter()
            .rev()
            .take(8)
            .find(|(r, _)| *r == m.tokens)
            .map(|(_, k)| *k)
    }

    fn resolve_mention(
        &mut self,
        m: &MentionParse,
        paragraph: usize,
    ) -> (Option<usize>, MentionKind) {
        let (entity, kind) = match m.form {
            Form::Pronoun(Pronoun::Who) => {
                let e = m
                    .antecedent
                    .as_deref()
                    .and_then(|a| self.resolve_mention(a, paragraph).0);
                (e, MentionKind::Pronoun)
            }
            Form::Pronoun(p) => {
                let mut e = self.pronoun(p);
                // `MCI was renamed ... It hit the headlines ... after admitting`: a body named
                // as the subject since the last speaker's last mention wins over that speaker;
                // not the subject of the words `it` attributes (`The EU was imposing rules,
                // it said`).
                // (`Last week, it denied`: the comma of a fronted phrase.)
                let at = m.tokens.start;
                let sentences = &self.seg.sentences;
                let opening = sentences
                    .get(sentences.partition_point(|x| x.tokens.end <= at))
                    .map(|x| self.reader().past_connective(x.tokens.start));
                let attributes = opening != Some(at) && self.after_attributed_words(at);
                if p == Pronoun::It
                    && !attributes
                    && let Some(last) = e
                    && let Some(found) =
                        self.organisation_subject_before(m.tokens.start, BodyWanted::OverAnother)
                    && self
                        .last_mention_end(last, m.tokens.start)
                        .is_some_and(|end| end <= found.tokens.start)
                {
                    e = self.resolve_organisation(&found, paragraph).or(e);
                }
                if p == Pronoun::It && e.is_none() {
                    e = self.company_named_alone();
                }
                if p == Pronoun::It && e.is_none() {
                    e = self.subject_organisation_before(m.tokens.start, paragraph);
                }
                // `Critics are concerned that ... This, they fear, could hurt ...`: the plural
                // subject of the sentence, or the one before, wins over a group or body
                // mentioned before it.
                // (Not the subject of the words `they` attributes: `Pupils should be able to
                // create games, they say`.)
                if p == Pronoun::They
                    && let Some(found) = self.group_subject_before(m.tokens.start, attributes)
                    && e.is_none_or(|e| {
                        self.last_mention_end(e, m.tokens.start).unwrap_or(0) <= found.tokens.start
                    })
                {
                    let group = self.resolve_mention(&found, paragraph).0;
                    if let Some(x) = group.and_then(|g| self.entities.get_mut(g))
                        && x.kind != Some(SpeakerKind::Organisation)
                    {
                        x.kind = Some(SpeakerKind::Group);
                    }
                    e = group.or(e);
                } else if p == Pronoun::They
                    && !attributes
                    && !self.opens_subordinate_clause(at)
                    && let Some(found) =
                        self.organisation_subject_before(m.tokens.start, BodyWanted::OverAnother)
                    && e.is_none_or(|e| {
                        self.last_mention_end(e, m.tokens.start).unwrap_or(0) <= found.tokens.start
                    })
                {
                    // `Polling company Mori carried out both surveys. In July 1999 they asked
                    // 801 adults`: a body that opens the sentence before, as British news
                    // writes it. (Not inside a clause that hangs on another noun: `where they
                    // had said`, `if what they are writing`.)
                    e = self.resolve_organisation(&found, paragraph).or(e);
                }
                if e.is_none() {
                    e = self.reporting_thing(p);
                }
                if matches!(p, Pronoun::He | Pronoun::She)
                    && let Some(named) = self
                        .subject_named_before(m.tokens.start, e, p, paragraph)
                        .or_else(|| self.named_before_subordinator(m.tokens.start, p, paragraph))
                {
                    e = Some(named);
                }
                // `Paula Radcliffe made a triumphant return ... before Radcliffe sprinted
                // clear. "...," she said`: with no one else to stand for, `he` or `she` is the
                // person the body opens with, of that gender.
                // (Not after a sentence opening with a role, which may be another's: `The
                // party leader spoke next. He said`.)
                if e.is_none()
                    && let Some((lede, gender)) = self.lede.clone()
                    && Gender::of_pronoun(p) == Some(gender)
                    && lede.tokens.end <= m.tokens.start
                    && !self.role_opens_sentence_before(m.tokens.start)
                {
                    e = self.resolve_mention(&lede, paragraph).0;
                }
                // Once `she` stands for someone, a later `he` does not.
                if let Some(ent) = e.and_then(|e| self.entities.get_mut(e)) {
                    ent.gender = ent.gender.or(Gender::of_pronoun(p));
                }
                (e, MentionKind::Pronoun)
            }
            Form::Name => self.name(m, paragraph),
            Form::Description { definite } => self.description(m, definite, paragraph),
        };
        if let Some(e) = entity {
            self.add_mention(e, m.tokens.clone(), kind);
            if m.form == Form::Name {
                self.body_by_context(e, m.tokens.end);
            }
            if !matches!(m.form, Form::Description { definite: false })
                || kind != MentionKind::Description
            {
                if let Some(ent) = self.entities.get_mut(e) {
                    ent.indefinite_only &= matches!(m.form, Form::Description { definite: false });
                }
            }
            // `Jeb Bush of Florida`, `The Washington Post's Ed O'Keefe`: the name's own
            // affiliation.
            if let Some(a) = m.affiliation.clone()
                && let Some(ent) = self.entities.get_mut(e)
                && ent.affiliation.is_none()
            {
                ent.affiliation = Some(a);
            }
            if let Some(app) = &m.appositive {
                self.appositive(e, app);
            }
        }
        (entity, kind)
    }

    /// `Microsoft said it would ...`, `Yukos has claimed it ...`, `Yukos, which owns ...`: a
    /// name of one word, with no
    /// title and no `he` or `she` for it yet, is a body's when the words after this mention
    /// speak of it so (a cue and `it` or `its`, or a comma and `which`).
    fn body_by_context(&mut self, e: usize, after: usize) {
        let toks = &self.seg.tokens;
        let word = |k: usize| toks.get(k).map(|t| t.text(self.text).fold_ascii());
        // `Yukos has claimed it`, `Microsoft has also said it`: past an auxiliary or two.
        let mut cue = after;
        while cue < after + 2
            && toks
                .get(cue)
                .is_some_and(|t| t.is_word() && t.is(Class::AUXILIARY.with(Class::ADVERB)))
        {
            cue += 1;
        }
        let cue_it = toks
            .get(cue)
            .is_some_and(|t| t.is_word() && t.is(Class::CUE))
            && matches!(word(cue + 1).as_deref(), Some("it" | "its"));
        let which = toks.get(after).is_some_and(|t| t.kind == Kind::Comma)
            && word(after + 1).as_deref() == Some("which");
        if !(cue_it || which) {
            return;
        }
        if let Some(ent) = self.entities.get_mut(e)
            && ent.kind == Some(SpeakerKind::Person)
            && ent.name_words.len() == 1
            && ent.titles.is_empty()
            && ent.gender.is_none()
        {
            ent.kind = Some(SpeakerKind::Organisation);
        }
    }

    fn appositive(&mut self, e: usize, app: &MentionParse) {
        // `Paul Hofheinz of the Lisbon Council, a Brussels-based citizen action group,`: a
        // body's description after a person named with the body describes the body.
        if app.kind == SpeakerKind::Organisation
            && self
                .entities
                .get(e)
                .is_some_and(|x| x.kind == Some(SpeakerKind::Person) && x.affiliation.is_some())
        {
            return;
        }
        // `Vodafone, the mobile operator,`: a role that names an organisation makes the
        // untitled name it follows one (not a body a preposition sets the name in: `Ida Berg,
        // from Sal Oppenheim bank,`).
        let placed = self
            .seg
            .tokens
            .get(app.tokens.start)
            .is_some_and(|t| t.is(Class::PREPOSITION));
        if app.kind == SpeakerKind::Organisation
            && !placed
            && let Some(ent) = self.entities.get_mut(e)
            && ent.kind == Some(SpeakerKind::Person)
            && ent.titles.is_empty()
            && ent.gender.is_none()
        {
            ent.kind = Some(SpeakerKind::Organisation);
        }
        if let Some(t) = app.title.clone() {
            self.add_title(e, t);
        }
        if let Some(a) = app.affiliation.clone()
            && let Some(ent) = self.entities.get_mut(e)
            && ent.affiliation.is_none()
        {
            ent.affiliation = Some(a);
        }
        if matches!(app.form, Form::Description { definite: true }) {
            self.add_mention(e, app.tokens.clone(), MentionKind::Appositive);
        }
    }

    fn pronoun(&self, p: Pronoun) -> Option<usize> {
        let wanted: &[SpeakerKind] = match p {
            Pronoun::He | Pronoun::She => &[SpeakerKind::Person],
            Pronoun::They | Pronoun::We => &[SpeakerKind::Group, SpeakerKind::Organisation],
            Pronoun::It => &[SpeakerKind::Organisation],
            Pronoun::I | Pronoun::You | Pronoun::Who => return None,
        };
        // `she` is not the `Mr` of the sentence before.
        let clash = Gender::of_pronoun(p).map(Gender::other);
        self.recent().find(|&e| {
            self.entities.get(e).is_some_and(|x| {
                x.kind.is_some_and(|k| wanted.contains(&k))
                    && (clash.is_none() || x.gender != clash)
            })
        })
    }

    /// `The report said ... It also found`: with no organisation or group to stand for, `it`
    /// or `they` is a recent thing that reports, named by a description with no role (`the
    /// report`, `a new survey`, `the figures`), by the number of its head noun.
    fn reporting_thing(&self, p: Pronoun) -> Option<usize> {
        let plural = match p {
            Pronoun::It => false,
            Pronoun::They => true,
            _ => return None,
        };
        self.recent().find(|&e| {
            self.entities.get(e).is_some_and(|x| {
                x.kind == Some(SpeakerKind::Unnamed)
                    && x.name.is_none()
                    && x.titles.last().is_some_and(|t| {
                        t.end
                            .checked_sub(1)
                            .and_then(|k| self.seg.tokens.get(k))
                            .is_some_and(|h| {
                                h.is_word()
                                    && (h.is(Class::PLURAL)
                                        || mention::plural_word(h.text(self.text)))
                                        == plural
                            })
                    })
            })
        })
    }

    /// Where the sentence holding token `at` starts, then the sentence before it: where a
    /// pronoun looks for the subject it stands for.
    fn sentence_starts_back(&self, at: usize) -> impl Iterator<Item = usize> + '_ {
        let sentences = &self.seg.sentences;
        let s = sentences.partition_point(|x| x.tokens.end <= at);
        (s.saturating_sub(1)..=s)
            .rev()
            .filter_map(|k| sentences.get(k).map(|x| x.tokens.start))
    }

    /// `Electrolux saw its shares rise after it said ...`: with nothing else to stand for,
    /// `it` is the name that opens its sentence or the one before as the subject (a verb in
    /// lower case follows it), when that name is an organisation's, or one untitled word that
    /// names no known person and does not look like a plural noun (`Sales rose`). The entity is
    /// found or made, an organisation.
    fn subject_organisation_before(&mut self, at: usize, paragraph: usize) -> Option<usize> {
        let found = self.organisation_subject_before(at, BodyWanted::Alone)?;
        self.resolve_organisation(&found, paragraph)
    }

    /// Resolves `found`, a body's name read as a subject, and makes its entity an
    /// organisation.
    fn resolve_organisation(&mut self, found: &MentionParse, paragraph: usize) -> Option<usize> {
        let e = self.resolve_mention(found, paragraph).0?;
        if let Some(x) = self.entities.get_mut(e) {
            x.kind = Some(SpeakerKind::Organisation);
        }
        Some(e)
    }

    /// Whether the word before token `at` opens a subordinate or relative clause, or is a
    /// preposition: `after they`, `where they`, `what they`.
    fn opens_subordinate_clause(&self, at: usize) -> bool {
        // (The relative and question words are subordinators too.)
        at.checked_sub(1)
            .and_then(|k| self.seg.tokens.get(k))
            .is_some_and(|t| t.is(Class::SUBORDINATOR.with(Class::PREPOSITION)))
    }

    /// The name of a body that opens the sentence holding `at` or the one before as its
    /// subject; see [`Resolver::subject_organisation_before`] and [`BodyWanted`].
    fn organisation_subject_before(&self, at: usize, wanted: BodyWanted) -> Option<MentionParse> {
        let by_trade = wanted == BodyWanted::ByTrade;
        let toks = &self.seg.tokens;
        let reader = self.reader();
        let word_is = |k: usize, w: &str| {
            toks.get(k)
                .is_some_and(|t| t.is_word() && t.text(self.text).eq_ignore_ascii_case(w))
        };
        self.sentence_starts_back(at).find_map(|start| {
            // `Shares in American Express surged after it said`, `Qantas shares fell after it
            // warned`: the body whose shares open the sentence.
            let shares_in = word_is(start, "shares") && word_is(start + 1, "in");
            // `The IAEA is aiming ... it hopes`: a body's name after the article.
            let first = if shares_in {
                start + 2
            } else if word_is(start, "the") {
                start + 1
            } else {
                start
            };
            let run_at = |k: usize| {
                self.name_runs
                    .get(self.name_runs.partition_point(|r| r.start < k))
                    .filter(|r| r.start == k && r.end < at)
            };
            // `French stock market regulator AMF has filed ...`, `Search engine firm Google
            // said`: a few words that end in a body's noun describe the name after them.
            let described = || {
                (first..first + MAX_TITLE_TOKENS)
                    .take_while(|&k| {
                        toks.get(k).is_some_and(|t| {
                            t.is_word() && !t.is(Class::FUNCTION) || t.kind == Kind::Possessive
                        })
                    })
                    .find(|&k| toks.get(k).is_some_and(|t| t.is(Class::ORG_NOUN)))
                    .and_then(|k| run_at(k + 1))
            };
            // Where the verb after the name may stand: right after it, after its acronym in
            // brackets (`The American Film Institute (AFI) hailed`), or after an aside set off
            // by commas (`Winn-Dixie, once among the most profitable of US grocers, said`).
            let verb_after = |end: usize| {
                let kind = |k: usize| toks.get(k).map(|t| t.kind);
                // (An adverb before a comma ends a fronted phrase: `Right now, the cache can`.)
                let fronted = toks.get(end).is_some_and(|t| t.is(Class::ADVERB))
                    && toks.get(end + 1).is_some_and(|t| !t.is_word());
                reader.verb_at(end) && !fronted
                    || kind(end) == Some(Kind::OpenParen)
                        && kind(end + 2) == Some(Kind::CloseParen)
                        && reader.verb_at(end + 3)
                    || kind(end) == Some(Kind::Comma)
                        && (end + 2..end + 2 + mention::MAX_MENTION)
                            .take_while(|&k| kind(k).is_some_and(|x| x != Kind::Period))
                            .find(|&k| kind(k) == Some(Kind::Comma))
                            .is_some_and(|k| reader.verb_at(k + 1))
            };
            // `The company will have to persuade them, but it said`: a trade's noun after
            // `the`, alone or after one word, before a verb.
            if first == start + 1
                && let Some(end) = (first + 1..first + 3).find(|&end| {
                    toks.get(end - 1)
                        .is_some_and(|t| t.is_word() && !t.is(Class::FUNCTION))
                        && reader.listed(end - 1, TRADE_NOUNS)
                        && (first..end).all(|k| toks.get(k).is_some_and(|t| t.is_word()))
                        && end <= at
                        && verb_after(end)
                })
            {
                return reader
                    .classify(start..end)
                    .filter(|m| m.form == Form::Description { definite: true });
            }
            let (run, body_noun) = match run_at(first) {
                Some(run) if verb_after(run.end) || shares_in => (run, false),
                direct => match described() {
                    Some(run) => (run, true),
                    None => (direct?, false),
                },
            };
            // A verb (not the noun of `Search engine firm Google`).
            let verb = verb_after(run.end) || shares_in || word_is(run.end, "shares");
            // `Having said that`: a participle opens the sentence, not a name.
            let participle = toks
                .get(run.start)
                .is_some_and(|t| run.len() == 1 && t.text(self.text).ends_with("ing"));
            // `No Ireland team`, `There was an outcry`: a first word the lexicon knows, or an
            // expletive, opens no name.
            let known = toks.get(run.start).is_some_and(|t| {
                crate::lexicon::lexicon().knows(t.lex)
                    || matches!(t.text(self.text).fold_ascii().as_str(), "there" | "here")
            });
            if !verb || participle || known {
                return None;
            }
            let m = reader
                .classify(run.clone())
                .filter(|m| m.form == Form::Name && m.title.is_none())?;
            let name = m.name.clone()?;
            let word = toks.get(name.start)?;
            // Whether the word at `k` names no one known as a person; with a trade's noun, no
            // one known as a person by a title or gender (and, for a lone name, by a name of
            // one word).
            let names_no_person = |k: usize, lone: bool| {
                toks.get(k).is_none_or(|t| {
                    self.by_name_word
                        .get(&word_key(t.text(self.text)))
                        .is_none_or(|ids| {
                            ids.iter().all(|&e| {
                                self.entities.get(e).is_none_or(|x| {
                                    x.kind != Some(SpeakerKind::Person)
                                        || by_trade
                                            && (!lone || x.name_words.len() == 1)
                                            && x.titles.is_empty()
                                            && x.gender.is_none()
                                })
                            })
                        })
                })
            };
            let organisation = m.kind == SpeakerKind::Organisation
                || body_noun
                || shares_in
                || word_is(run.end, "shares")
                || name.len() == 1
                    && !mention::plural_word(word.text(self.text))
                    && names_no_person(name.start, true)
                // `Standard Life is the latest shareholder to ... It said`: a name of several
                // words whose first is no given name the lexicon lists and that names no one
                // known as a person is the body `it` stands for.
                || wanted != BodyWanted::OverAnother
                    && name.len() >= 2
                    && toks.get(name.start).is_some_and(|t| {
                        crate::lexicon::given_name(t.text(self.text)).is_none()
                    })
                    && name.clone().all(|k| names_no_person(k, false));
            // (Read as a body's name, so the body named before is found: `Krispy Kreme`.)
            organisation.then_some(MentionParse {
                kind: SpeakerKind::Organisation,
                ..m
            })
        })
    }

    /// `Five unions will meet the minister. They want ...`: the plural subject of the
    /// sentence holding token `at` or the one before, that `they` may stand for: a noun phrase
    /// opening the sentence, read as a group (`five unions`, `Tony Blair and Gordon Brown`) or
    /// with a plural head (`Turkey's economic leaders`), before an auxiliary, an adverb, a
    /// reporting verb or an -ed past.
    fn group_subject_before(&self, at: usize, attributes: bool) -> Option<MentionParse> {
        let toks = &self.seg.tokens;
        let reader = self.reader();
        let current = self
            .seg
            .sentences
            .get(self.seg.sentences.partition_point(|x| x.tokens.end <= at))
            .map(|x| x.tokens.start);
        self.sentence_starts_back(at).find_map(|start| {
            if attributes && Some(start) == current {
                return None;
            }
            // `Last week Ms Jamieson and Mr McConnell agreed`: a time that opens the sentence
            // is no part of the subject.
            let start = if toks.get(start + 1).is_some_and(|t| t.is(Class::TIME))
                && matches!(
                    toks.get(start)
                        .map(|t| t.text(self.text).fold_ascii())
                        .as_deref(),
                    Some("last" | "this" | "next" | "earlier" | "later")
                ) {
                start + 2
            } else {
                start
            };
            // The subject: words up to the first verb, a few at most.
            let end = (start + 1..(start + MAX_TITLE_TOKENS + 2).min(at))
                .take_while(|&i| {
                    toks.get(i).is_some_and(|t| {
                        matches!(t.kind, Kind::Word | Kind::Possessive | Kind::Number)
                    })
                })
                .find(|&i| reader.verb_at(i))?;
            let m = reader
                .classify(start..end)
                .filter(|m| m.tokens == (start..end))?;
            let head = toks.get(end - 1)?;
            // People or bodies, not things (`The proposals`); never a pronoun, whose own
            // antecedent would be looked for in the sentence before, and so on back.
            if matches!(m.form, Form::Pronoun(_)) {
                return None;
            }
            let plural = m.kind == SpeakerKind::Group
                || m.kind != SpeakerKind::Unnamed
                    && head.is_word()
                    && !head.is_capitalized()
                    && (head.is(Class::PLURAL) || mention::plural_word(head.text(self.text)));
            plural.then_some(m)
        })
    }

    /// Whether a pronoun at `at` comes right after a comma, a quote mark or a dash, where it
    /// attributes the words before it (`Mr Blair has failed, he claimed`).
    fn after_attributed_words(&self, at: usize) -> bool {
        at.checked_sub(1)
            .and_then(|k| self.seg.tokens.get(k))
            .is_some_and(|t| matches!(t.kind, Kind::Comma | Kind::Quote(_) | Kind::Dash))
    }

    /// The first word of sentence `s` past a conjunction that opens it (`But when ...`).
    fn clause_lead(&self, s: usize) -> Option<usize> {
        let start = self.seg.sentences.get(s)?.tokens.start;
        let conjunction = self.seg.tokens.get(start).is_some_and(|t| {
            ["but", "and", "yet"]
                .iter()
                .any(|w| t.text(self.text).eq_ignore_ascii_case(w))
        });
        Some(start + usize::from(conjunction))
    }

    /// Whether a pronoun at `at` opens the main clause of sentence `s` after a clause of time,
    /// condition or reason and its comma, the words after its verb going on (`When Okafor
    /// arrived, he said it was shut`): it attributes what follows, not the clause before (as
    /// in `If Okafor wins, it will be huge, he said` or `If Okafor wins, he said, ...`).
    fn after_opening_clause(&self, at: usize, s: usize) -> bool {
        let toks = &self.seg.tokens;
        let Some(lead) = self.clause_lead(s) else {
            return false;
        };
        self.reader().listed(lead, CLAUSE_OPENERS)
            && at > lead + 2
            && toks.get(at - 1).is_some_and(|t| t.kind == Kind::Comma)
            && !(lead..at - 1).any(|k| toks.get(k).is_some_and(|t| t.kind == Kind::Comma))
            && toks
                .get(at + 2)
                .is_some_and(|t| t.is_word() || t.kind == Kind::Number)
    }

    /// Where the last mention of entity `e` before token `at` ends, if one does.
    fn last_mention_end(&self, e: usize, at: usize) -> Option<usize> {
        // Mentions come in text order: the last few hold the latest.
        self.entities.get(e).and_then(|x| {
            x.mentions
                .iter()
                .rev()
                .take(8)
                .map(|(r, _)| r.end)
                .filter(|&end| end <= at)
                .max()
        })
    }

    /// `Southcorp said ... It said`: a recent speaker named by one word, with no title and
    /// no `he` or `she`, is a company that the text did not call one; `it` makes it an
    /// organisation. A person is introduced by a full name or a title first.
    fn company_named_alone(&mut self) -> Option<usize> {
        let e = self.recent().find(|&e| {
            self.entities.get(e).is_some_and(|x| {
                x.kind == Some(SpeakerKind::Person)
                    && x.name_words.len() == 1
                    && x.titles.is_empty()
                    && x.gender.is_none()
            })
        })?;
        if let Some(x) = self.entities.get_mut(e) {
            x.kind = Some(SpeakerKind::Organisation);
        }
        Some(e)
    }

    /// Whether a word of the name at tokens `name` (or of the full name a surname stands for)
    /// stands in a quote among the last [`MAX_QUOTED_LOOKBACK`] tokens before `at` and after
    /// the name.
    fn named_in_quote(&self, name: Range<usize>, at: usize) -> bool {
        let toks = &self.seg.tokens;
        let mut keys: Vec<u64> = self.words(name.clone());
        // A surname stands for the full name given earlier: `Olof` names `Mellberg` too.
        if let [key] = keys[..]
            && let Some(full) = self
                .full_name_of
                .get(&key)
                .and_then(|&k| self.name_runs.get(k))
        {
            keys = self.words(full.clone());
        }
        let from = name.end.max(at.saturating_sub(MAX_QUOTED_LOOKBACK));
        (from..at).any(|i| {
            toks.get(i)
                .is_some_and(|t| t.is_capitalized() && keys.contains(&word_key(t.text(self.text))))
                && self.in_quote(i)
        })
    }

    /// Whether token `k` is the article `the`, in any case.
    fn is_the(&self, k: usize) -> bool {
        self.seg
            .tokens
            .get(k)
            .is_some_and(|t| t.text(self.text).eq_ignore_ascii_case("the"))
    }

    /// Whether `the` and a person's age open a sentence at `start` (`The 28-year-old`, `The
    /// 73-year-old former chairman`), or `the` and a position or an art, its verb right after
    /// it (`The veteran pop star played`, `The actress and singer dropped out`), or a ranking
    /// or a shirt (`The world number one was forced`, `The Munster number 10 kicked`): news
    /// calls the person just named so. (Not an office: `The Tory leader countered` may be
    /// another.)
    fn described_subject(&self, start: usize) -> bool {
        let toks = &self.seg.tokens;
        if !self.is_the(start) {
            return false;
        }
        let aged = (start + 1..start + 4).any(|k| {
            toks.get(k)
                .is_some_and(|t| t.is_word() && t.text(self.text).ends_with("-old"))
        });
        let reader = self.reader();
        aged || (start + 1..start + 5)
            .take_while(|&k| {
                toks.get(k).is_some_and(|t| {
                    t.is_word()
                        && (!t.is(Class::FUNCTION) || t.text(self.text).eq_ignore_ascii_case("and"))
                })
            })
            .any(|k| {
                reader.listed(k, words::POSITIONS) && reader.verb_at(k + 1)
                    // `The world number one was forced`: a ranking.
                    || toks
                        .get(k)
                        .is_some_and(|t| t.text(self.text).eq_ignore_ascii_case("number"))
                        && toks
                        .get(k + 1)
                        .is_some_and(|t| t.is(Class::NUMBER) || t.kind == Kind::Number)
                        && reader.verb_at(k + 2)
            })
    }

    /// Whether token `i` is an opening quote mark or lies inside a quote.
    fn in_quote(&self, i: usize) -> bool {
        let quotes = &self.seg.quotes;
        let k = quotes.partition_point(|q| q.open <= i);
        // Quotes come in order of their opening marks; one that holds `i` is among the last
        // few to open before it (a quote nested in it opens later).
        quotes
            .get(..k)
            .unwrap_or_default()
            .iter()
            .rev()
            .take(4)
            .any(|q| i < q.end)
    }

    /// The person named as the subject of the pronoun's sentence or the one before, after
    /// the last mention of `current` (the speaker the pronoun would otherwise stand for):
    /// `Ida Berg is suing the council. She said ...`. The subject is the words from the
    /// sentence's start to the end of a name, none of them a function word or punctuation
    /// (`Lib Dem spokesman Mark Oaten has ...`), read as a person's name; a first word the
    /// lexicon knows (`No Ireland team ...`) opens no name. The entity is found or made.
    fn subject_named_before(
        &mut self,
        at: usize,
        current: Option<usize>,
        p: Pronoun,
        paragraph: usize,
    ) -> Option<usize> {
        let sentences = &self.seg.sentences;
        let toks = &self.seg.tokens;
        let s = sentences.partition_point(|x| x.tokens.end <= at);
        // `Holmes will run in Glasgow. She will also run in Birmingham. "..." she said`: a
        // sentence that opens with the same pronoun (perhaps after a connective or a short
        // phrase: `However, he remains`) carries its antecedent on, so the window
        // reaches back over it (three such sentences at most). So does a sentence of the words
        // the pronoun attributes (`She arrived. "It's lovely. It's very nice," she told
        // reporters.`), and one that opens with `the` and an age (`The 28-year-old fractured
        // his arm`): news describes the person just named so (a role may be someone else's:
        // `The Tory leader countered`).
        let reader = self.reader();
        // `Mr Blair has failed, he claimed`: after a comma or a quote the pronoun attributes
        // the words before it.
        let attributes = self.after_attributed_words(at) && !self.after_opening_clause(at, s);
        let mut first = s.saturating_sub(1);
        for _ in 0..3 {
            let carries = sentences.get(first).is_some_and(|x| {
                matches!(p, Pronoun::He | Pronoun::She)
                    && reader.pronoun(reader.past_connective(x.tokens.start)) == Some(p)
                    || attributes && self.in_quote(x.tokens.start)
                    || matches!(p, Pronoun::He | Pronoun::She)
                        && self.described_subject(x.tokens.start)
            });
            if !carries || first == 0 {
                break;
            }
            first -= 1;
        }
        let window_start = sentences.get(first)?.tokens.start;
        // A name in the words the pronoun attributes is not its antecedent.
        let window_end = if attributes {
            sentences.get(s)?.tokens.start
        } else {
            at
        };
        let last_mention = current.and_then(|e| self.last_mention_end(e, at));
        let after = last_mention.unwrap_or(0).max(window_start);
        // Over a speaker of the same paragraph, only a titled name wins.
        let paragraph_of = |k: usize| self.seg.paragraphs.partition_point(|p| p.tokens.end <= k);
        let current_paragraph = last_mention.map(|end| paragraph_of(end.saturating_sub(1)));
        let before = self.name_runs.partition_point(|r| r.end <= window_end);
        let wanted = Gender::of_pronoun(p);
        let clash = wanted.map(Gender::other);
        let current_gender = current
            .and_then(|e| self.entities.get(e))
            .and_then(|x| x.gender);
        let found = self
            .name_runs
            .get(..before)
            .unwrap_or_default()
            .iter()
            .rev()
            .take(12)
            .take_while(|r| r.start >= window_start)
            .find_map(|run| {
                let run_sentence = sentences.partition_point(|x| x.tokens.end <= run.start);
                let sentence = sentences.get(run_sentence)?;
                // `However, MPC member Paul Tucker voted ...`: a connective and its comma open
                // the sentence before the subject. So may a clause joined by `and` or `but`
                // (`The firm collapsed and new boss Enrico Bondi has sued ...`), when no
                // speaker of the paragraph stands for the pronoun already and the name is not
                // the last of a list (`Mr Blair and Mr Brown could ...`).
                let joined = (run.start.saturating_sub(MAX_TITLE_TOKENS + 1)..run.start)
                    .rev()
                    .take_while(|&k| k > sentence.tokens.start)
                    .find(|&k| {
                        toks.get(k).is_some_and(|t| {
                            t.is(Class::CONJUNCTION)
                                && matches!(t.text(self.text).fold_ascii().as_str(), "and" | "but")
                        })
                    })
                    .filter(|&k| {
                        // (`... but Reidar Wasenius, a senior project manager at Nokia, was
                        // adamant`: a description set beside the name may come before its
                        // verb.)
                        let verb = reader.verb_at(run.end)
                            || toks.get(run.end).is_some_and(|t| t.kind == Kind::Comma)
                                && (run.end + 2
                                    ..(run.end + 2 + mention::MAX_MENTION)
                                        .min(sentence.tokens.end))
                                    .find(|&j| toks.get(j).is_some_and(|t| t.kind == Kind::Comma))
                                    .is_some_and(|j| {
                                        reader.verb_at(j + 1)
                                            && reader.classify(run.end + 1..j).is_some_and(|d| {
                                                matches!(d.form, Form::Description { .. })
                                                    && d.kind == SpeakerKind::Person
                                            })
                                    });
                        verb && current_paragraph.is_none_or(|c| c != paragraph_of(run.start))
                            && !toks.get(k - 1).is_some_and(|t| t.is_capitalized())
                    });
                // Lowercase words before the name are a title only when a role noun ends
                // them: `Lib Dem home affairs spokesman Mark Oaten`, not `Mr Howard later left
                // Llanelli Grammar School`.
                let role_before = run.start > sentence.tokens.start
                    && toks
                        .get(run.start - 1)
                        .is_some_and(|t| t.is(Class::TITLE.with(Class::PERSON_NOUN)));
                // `Manchester City's Paul Bosvelt`: an owner's name and its clitic may come
                // before the title, and a body's name may hold an ampersand (`Transport &
                // General Workers' Union general secretary Tony Woodley`).
                // `Screenwriter and producer Debra Hill`: two roles joined by `and`.
                let role_word = |k: usize| {
                    toks.get(k)
                        .is_some_and(|t| t.is(Class::TITLE.with(Class::PERSON_NOUN)))
                };
                let title_word = |k: usize| {
                    toks.get(k).is_some_and(|t| {
                        (t.is_capitalized() || (role_before && t.is_word()))
                            && !t.is(Class::FUNCTION)
                            || role_before
                                && t.text(self.text) == "and"
                                && role_word(k + 1)
                                && k.checked_sub(1).is_some_and(role_word)
                            || t.kind == Kind::Period
                            || matches!(t.kind, Kind::Possessive | Kind::Symbol)
                                && k > 0
                                && toks.get(k - 1).is_some_and(|o| o.is_capitalized())
                    })
                };
                // `The biggest cheer was for The Aviator star Leonardo DiCaprio, who paused to
                // sign autographs. He said ...`: a name that a relative clause makes the
                // subject of its own verb, when no speaker stands for the pronoun already, the
                // clause ends the sentence (not `Having worked with Mr Cantalupo, who ..., Mr
                // Bell focused`) and no such pronoun before the name holds the sentence's
                // subject (`he overtook David Lloyd George, who served ...`, `she took a break
                // to bring up her daughter Teja, who ...`; but `one from his friend Quincy
                // Jones, who ...`).
                let own = |k: usize| reader.pronoun(k) == Some(p);
                let own_before = (sentence
                    .tokens
                    .start
                    .max(run.start.saturating_sub(MAX_RELATIVE_TOKENS))
                    ..run.start)
                    .any(own);
                let relative = last_mention.is_none()
                    && toks.get(run.end).is_some_and(|t| t.kind == Kind::Comma)
                    && toks
                        .get(run.end + 1)
                        .is_some_and(|t| t.text(self.text).eq_ignore_ascii_case("who"))
                    && sentence.tokens.end <= run.end + 2 + MAX_RELATIVE_TOKENS
                    && !(run.end + 2..sentence.tokens.end)
                        .any(|k| toks.get(k).is_some_and(|t| t.kind == Kind::Comma))
                    && !own_before;
                // `On that day's Today programme Mr Johnson was asked ...`: a titled name after
                // a phrase that opens with a preposition, with its verb right after it.
                let after_phrase = toks
                    .get(sentence.tokens.start)
                    .is_some_and(|t| t.is(Class::PREPOSITION))
                    && run.start > sentence.tokens.start + 2
                    && run.start <= sentence.tokens.start + MAX_TITLE_TOKENS + 4
                    && toks.get(run.start - 1).is_some_and(|t| t.is(Class::TITLE))
                    && toks
                        .get(run.start - 2)
                        .is_some_and(|t| t.is_word() && !t.is_capitalized())
                    && !(sentence.tokens.start..run.start).any(|k| {
                        reader.verb_at(k)
                            || toks.get(k).is_some_and(|t| {
                                t.is(Class::CUE) || !t.is_word() && t.kind != Kind::Possessive
                            })
                    })
                    && reader.verb_at(run.end);
                // `Her comments did not impress Tory shadow education secretary Tim Collins.
                // "...," he said`: a name with a title right before it that closes the
                // sentence before, when no speaker of this pronoun's gender stands for it.
                let closing = (last_mention.is_none()
                    || clash.is_some() && current_gender == clash)
                    && run.start > sentence.tokens.start
                    && toks.get(run.start - 1).is_some_and(|t| t.is(Class::TITLE))
                    && toks.get(run.end).is_some_and(|t| t.is_terminal())
                    && run.end + 1 >= sentence.tokens.end
                    && sentences
                        .get(s.wrapping_sub(1))
                        .is_some_and(|x| x.tokens == sentence.tokens)
                    && !own_before;
                // Where the title before the name starts, back over the words `word` takes.
                let title_back = |word: &dyn Fn(usize) -> bool| {
                    (sentence
                        .tokens
                        .start
                        .max(run.start.saturating_sub(MAX_TITLE_TOKENS))
                        ..run.start)
                        .rev()
                        .take_while(|&k| word(k))
                        .last()
                        .unwrap_or(run.start)
                };
                // `His creator, Richard Bowden, lecturer at ..., refers to ...`: a role that
                // opens the sentence, then the name set off by commas.
                // So does an office with its remit (`The Secretary of State for Culture, Media
                // and Sport, Tessa Jowell, has ...`), whose role word says it is a person's.
                let sentence_start = reader.past_connective(sentence.tokens.start);
                let role = sentence_start..run.start.saturating_sub(1);
                let office = role.len() > 5
                    || run
                        .start
                        .checked_sub(2)
                        .and_then(|k| toks.get(k))
                        .is_some_and(|t| t.is_capitalized());
                let role_appositive = run.start >= sentence_start + 3
                    && run.start <= sentence_start + 2 * MAX_TITLE_TOKENS
                    && toks
                        .get(run.start - 1)
                        .is_some_and(|t| t.kind == Kind::Comma)
                    && toks.get(run.end).is_some_and(|t| t.kind == Kind::Comma)
                    && toks
                        .get(run.start - 2)
                        .is_some_and(|t| t.is_word() && !t.is(Class::FUNCTION))
                    && toks
                        .get(sentence_start)
                        .is_some_and(|t| t.is(Class::DETERMINER))
                    && role.clone().all(|k| {
                        toks.get(k).is_some_and(|t| {
                            t.is_word()
                                && (!t.is(Class::CUE.with(Class::AUXILIARY))
                                    // `Secretary of State`: not the verb `state`.
                                    || office && k > sentence_start && t.is_capitalized())
                                || t.kind == Kind::Possessive
                                // `Culture, Media and Sport`: a list of capitalized words.
                                || office
                                    && t.kind == Kind::Comma
                                    && toks.get(k + 1).is_some_and(Token::is_capitalized)
                        })
                    })
                    && (!office
                        || role.clone().any(|k| {
                            toks.get(k)
                                .is_some_and(|t| t.is(Class::TITLE.with(Class::PERSON_NOUN)))
                        }));
                // `In an interview published in January, Victoria Wood slated ...`: a name
                // after a fronted phrase that opens with a preposition and ends at a comma,
                // with its verb right after it.
                // (`During Labour's long period in opposition, Mr Cunningham held`: titles may
                // stand between the comma and the name.)
                let titled_start = (sentence.tokens.start..run.start)
                    .rev()
                    .take(MAX_TITLE_TOKENS)
                    .take_while(|&k| toks.get(k).is_some_and(|t| t.is(Class::TITLE)))
                    .last()
                    .unwrap_or(run.start);
                let fronted = toks
                    .get(sentence.tokens.start)
                    .is_some_and(|t| t.is(Class::PREPOSITION))
                    && titled_start > sentence.tokens.start + 2
                    && toks
                        .get(titled_start - 1)
                        .is_some_and(|t| t.kind == Kind::Comma)
                    && (sentence.tokens.start..titled_start - 1).all(|k| {
                        toks.get(k).is_some_and(|t| {
                            t.is_word() || matches!(t.kind, Kind::Possessive | Kind::Number)
                        })
                    })
                    && reader.verb_at(run.end);
                // `Mr Prater's sentiments were echoed by Christine Rush, director of ...`: the
                // agent of a passive verb is its subject in deed, when a comma or the
                // sentence's end follows the name.
                let agent = run.start >= sentence.tokens.start + 3
                    && toks
                        .get(run.start - 1)
                        .is_some_and(|t| t.text(self.text).eq_ignore_ascii_case("by"))
                    && toks.get(run.start - 2).is_some_and(|t| {
                        t.is_word() && !t.is_capitalized() && t.text(self.text).ends_with("ed")
                    })
                    && toks.get(run.start - 3).is_some_and(|t| {
                        matches!(
                            t.text(self.text).fold_ascii().as_str(),
                            "was" | "were" | "been" | "is" | "are"
                        )
                    })
                    && toks
                        .get(run.end)
                        .is_some_and(|t| t.kind == Kind::Comma || t.is_terminal())
                    // Of the main clause: not `Cueto was puzzled as to why his try had been
                    // disallowed by Kaplan.`
                    && !(sentence.tokens.start..run.start).any(|k| {
                        toks.get(k).is_some_and(|t| {
                            t.is(Class::SUBORDINATOR)
                                || matches!(
                                    t.text(self.text).fold_ascii().as_str(),
                                    "why" | "which" | "who" | "that" | "whose" | "what" | "how"
                                )
                        })
                    });
                // `When Tom Okafor arrived at the pier, he said ...`, `For Jupiter analyst
                // Olivier Beauvillain, the decision was an error. "...," he said`: the subject
                // of a clause of time, condition or reason that opens the sentence, or the
                // person whose view `For` opens it with, when the pronoun stands past that
                // clause's comma.
                let lead = self
                    .clause_lead(run_sentence)
                    .unwrap_or(sentence.tokens.start);
                let opening_clause = run.start > lead
                    && (reader.listed(lead, CLAUSE_OPENERS) && reader.verb_at(run.end)
                        || reader.listed(lead, &["for"])
                            && toks.get(run.end).is_some_and(|t| t.kind == Kind::Comma))
                    && (run.end..at).any(|k| toks.get(k).is_some_and(|t| t.kind == Kind::Comma));
                let start = if fronted {
                    titled_start
                } else if role_appositive || agent {
                    run.start
                } else if opening_clause {
                    lead + 1
                } else if after_phrase {
                    run.start - 1
                } else if closing {
                    // Back over role words and capitalized words only: not the verb before.
                    title_back(&|k: usize| {
                        toks.get(k).is_some_and(|t| {
                            t.is(Class::TITLE.with(Class::PERSON_NOUN))
                                || t.is_capitalized() && !t.is(Class::FUNCTION)
                        })
                    })
                } else if relative {
                    title_back(&title_word)
                } else {
                    joined.map_or_else(|| reader.past_connective(sentence.tokens.start), |k| k + 1)
                };
                // (A connective may run past a name that opens the sentence.)
                if run
                    .start
                    .checked_sub(start)
                    .is_none_or(|d| d > MAX_TITLE_TOKENS)
                    || !(start..run.start).all(title_word)
                {
                    return None;
                }
                let m = reader
                    .classify(start..run.end)
                    .filter(|m| m.form == Form::Name && m.kind == SpeakerKind::Person)?;
                let name = m.name.clone()?;
                // The title is what follows an owner: in `Mr Brown's former advisor Ed Balls`
                // the `Mr` is the owner's. With an owner and no title, a name opening with a
                // word the lexicon knows is a body's (`London's Evening Standard`).
                let owned = (start..name.start)
                    .rev()
                    .find(|&k| toks.get(k).is_some_and(|t| t.kind == Kind::Possessive));
                let start = owned.map_or(start, |k| k + 1);
                // (A role set before the name in commas titles it as a role word would.)
                let titled = name.start > start || role_appositive;
                if owned.is_some()
                    && !titled
                    && toks
                        .get(name.start)
                        .is_some_and(|t| crate::lexicon::lexicon().knows(t.lex))
                {
                    return None;
                }
                // `Mellberg spoke of ... "I've had a quiet word with Olof," he said`: no one
                // names themselves in the words they are quoted as saying.
                if attributes && self.named_in_quote(name.clone(), at) {
                    return None;
                }
                // Before the last speaker's mention, only a subject whose title calls for this
                // pronoun, over a speaker whose gender is not known to match: `Mrs Maguire was
                // the relative with whom Giuseppe planned to stay. She said ...`.
                if run.start < after
                    && !(wanted.is_some()
                        && current_gender != wanted
                        && self.gender_of(start..name.start) == wanted)
                {
                    return None;
                }
                // A surname alone names someone already known, as a speaker or by a full
                // name earlier in the text: `Greene believes ...`.
                let known = name.len() == 1
                    && toks.get(name.start).is_some_and(|t| {
                        self.by_name_word.contains_key(&word_key(t.text(self.text)))
                            || self
                                .full_name_ending(name.start, run.start)
                                .is_some_and(|r| {
                                    reader.classify(r).is_some_and(|f| {
                                        f.form == Form::Name && f.kind == SpeakerKind::Person
                                    })
                                })
                    });
                // `Williams though blamed her defeat on injuries. "Blisters were a factor," she
                // said`: a surname whose full name was given, of the pronoun's gender, opening
                // the sentence right before, names the subject over the paragraph's speaker
                // (not inside a quote: `"Brian and Seamus are ..." He said`).
                let next_door = run_sentence + 1 == s
                    && wanted.is_some()
                    && !self.in_quote(run.start)
                    && start == reader.past_connective(sentence.tokens.start)
                    && name.len() == 1
                    && self
                        .full_name_ending(name.start, run.start)
                        .is_some_and(|r| self.given_name_gender(r.start) == wanted);
                // `Mr Blair's government was ...`: the subject is not the owner; nor is a name
                // before a noun and its verb (`United fans have reacted`).
                let same_paragraph = current_paragraph == Some(paragraph_of(run.start));
                let modifier = toks.get(run.end).is_some_and(|t| {
                    t.is_word()
                        && !t.is_capitalized()
                        && !t.is(Class::AUXILIARY.with(Class::ADVERB).with(Class::CUE))
                }) && toks
                    .get(run.end + 1)
                    .is_some_and(|t| t.is(Class::AUXILIARY));
                // `Mr Brown's trip is designed to ... "...," he said`: the owner opening the
                // sentence is its topic, when no speaker stands for the pronoun already.
                let owner = toks
                    .get(run.end)
                    .is_some_and(|t| t.kind == Kind::Possessive);
                if modifier
                    || owner && (last_mention.is_some() || start != sentence_start)
                    // (`Jane, who runs the website, compiles ... she said`: a given name
                    // alone, of the pronoun's gender, names a person too.)
                    || !(name.len() >= 2
                        || titled
                        || known
                        || wanted.is_some() && self.given_name_gender(name.start) == wanted)
                    || (same_paragraph && !titled && !opening_clause && !next_door)
                    || (!titled
                        && toks
                            .get(start)
                            .is_some_and(|t| crate::lexicon::lexicon().knows(t.lex)))
                    || (clash.is_some()
                        && self.named_gender(start..name.start, name.clone()) == clash)
                {
                    return None;
                }
                Some(m)
            })?;
        self.resolve_mention(&found, paragraph).0
    }

    /// `Nelson Mandela backed Mr Brown's plan when he urged ...`, `the pressure is on Scotland
    /// coach Matt Williams as he ...`: `he` or `she` right after a word that opens a clause of
    /// time or reason stands for the one person named before it in the sentence (by a full or
    /// titled name, not as an owner, with no quote between), whoever spoke last.
    fn named_before_subordinator(
        &mut self,
        at: usize,
        p: Pronoun,
        paragraph: usize,
    ) -> Option<usize> {
        /// Words that open a clause of time, reason or concession.
        const OPENERS: &[&str] = &[
            "after", "although", "as", "because", "before", "once", "since", "though", "until",
            "when", "while",
        ];
        let toks = &self.seg.tokens;
        let opener = toks.get(at.checked_sub(1)?)?;
        let word = opener.text(self.text).fold_ascii();
        if !opener.is_word() || !OPENERS.contains(&word.as_str()) {
            return None;
        }
        let sentences = &self.seg.sentences;
        let sentence = sentences.get(sentences.partition_point(|x| x.tokens.end <= at))?;
        // The name is looked for a few words back only: a sentence may be as long as the text.
        let first = sentence
            .tokens
            .start
            .max(at.saturating_sub(SUBORDINATE_LOOK_BACK));
        let reader = self.reader();
        // Not past a quote (but past a few quoted words: `... had "caused uproar" when he
        // said`), nor past a pronoun of the same person carried on from before (`He sees Owen
        // as the replacement for Alan Shearer, ..., although he hopes ...`).
        let mut open: Option<usize> = None;
        for k in first..at {
            if toks
                .get(k)
                .is_some_and(|t| matches!(t.kind, Kind::Quote(_)))
            {
                open = match open {
                    None => Some(k),
                    Some(o) if k - o <= SCARE_QUOTE_TOKENS => None,
                    Some(_) => return None,
                };
            } else if matches!(reader.pronoun(k), Some(Pronoun::He | Pronoun::She)) {
                return None;
            }
        }
        if open.is_some() {
            return None;
        }
        let clash = Gender::of_pronoun(p).map(Gender::other);
        let before = self.name_runs.partition_point(|r| r.end < at);
        let mut found: Option<MentionParse> = None;
        for run in self
            .name_runs
            .get(..before)
            .unwrap_or_default()
            .iter()
            .rev()
            .take(6)
            .take_while(|r| r.start >= first)
        {
            if toks
                .get(run.end)
                .is_some_and(|t| t.kind == Kind::Possessive)
            {
                continue;
            }
            let start = self.title_start(run.start).max(first);
            let Some(m) = reader
                .classify(start..run.end)
                .filter(|m| m.form == Form::Name && m.kind == SpeakerKind::Person)
            else {
                continue;
            };
            let Some(name) = m.name.clone() else { continue };
            // A person for sure: a title, or a given name the lists know (not `Ewood Park`,
            // `Dundee United`).
            let gender = self.named_gender(start..name.start, name.clone());
            let role_before = run.start > first
                && toks
                    .get(run.start - 1)
                    .is_some_and(|t| t.is(Class::TITLE.with(Class::PERSON_NOUN)));
            if name.start == start && gender.is_none() && !role_before {
                continue;
            }
            if clash.is_some() && gender == clash {
                return None;
            }
            if found.is_some() {
                // Two people before it: no telling which.
                return None;
            }
            found = Some(m);
        }
        let m = found?;
        self.resolve_mention(&m, paragraph).0
    }

    fn name(&mut self, m: &MentionParse, paragraph: usize) -> (Option<usize>, MentionKind) {
        let Some(name) = m.name.clone() else {
            return (None, MentionKind::Name);
        };
        let words = self.words(name.clone());
        let titled = m.title.is_some();
        // `Mrs Howard` is not the `Michael Howard` that `he` stood for.
        let gender = m.title.clone().and_then(|t| self.gender_of(t));
        // The candidates: entities sharing a name word, most recent first; the first that
        // matches wins.
        let mut best: Option<(usize, MentionKind)> = None;
        let mut other_gender = false;
        'words: for w in &words {
            let Some(ids) = self.by_name_word.get(w) else {
                continue;
            };
            for &e in ids.iter().rev().take(MAX_CANDIDATES) {
                let Some(ent) = self.entities.get(e) else {
                    continue;
                };
                if ent.name.is_none() {
                    continue;
                }
                if gender.is_some() && ent.gender.is_some_and(|g| Some(g) != gender) {
                    other_gender = true;
                    continue;
                }
                let ew = &ent.name_words;
                // (The same words name the same one, whichever kind each reading gave it,
                // when nothing shows a person: `Merrill Lynch` read as a person's name, then
                // as the body `it` stands for.)
                let compatible = ent.kind == Some(m.kind)
                    || words.len() == 1
                    || ew.len() == 1
                    || *ew == words && !titled && ent.titles.is_empty() && ent.gender.is_none();
                if !compatible {
                    continue;
                }
                let kind = if *ew == words
                    || (words.len() == 1
                        && ent.acronym.is_some()
                        && ent.acronym == words.first().copied())
                {
                    Some(MentionKind::Name)
                } else if words.len() == 1
                    && (ew.first() == words.first() || ew.last() == words.first())
                {
                    Some(MentionKind::Surname)
                } else if (ew.len() == 1
                    && (words.first() == ew.first() || words.last() == ew.first()))
                    // `George W. Bush` and `George Bush`; not two bodies named `European ...
                    // Association`.
                    || (words.len() >= 2
                        && ew.len() >= 2
                        && m.kind == SpeakerKind::Person
                        && words.first() == ew.first()
                        && words.last() == ew.last())
                {
                    Some(MentionKind::Name)
                } else {
                    None
                };
                if let Some(k) = kind {
                    best = Some((e, k));
                    break 'words;
                }
            }
        }
        // `GE said` after `General Electric said`: an acronym of a body's name said before.
        if best.is_none()
            && words.len() == 1
            && let Some(e) = self.body_of_acronym(name.start)
        {
            best = Some((e, MentionKind::Name));
        }
        let (e, mut kind) = match best {
            Some(found) => found,
            None => {
                let e = self.new_entity(m.kind, paragraph);
                // `Reyes said` after `Mayor Tom Reyes spoke`: the entity takes the full name
                // the text gives elsewhere.
                // An acronym is a name whole (`BT said` is not the `BT Communicator` named
                // before).
                let acronym = self
                    .seg
                    .tokens
                    .get(name.start)
                    .is_some_and(|t| t.has(Flags::ALL_CAPS));
                let full = match words.as_slice() {
                    [one] if !other_gender && !acronym => self
                        .full_name_of
                        .get(one)
                        .and_then(|&k| self.name_runs.get(k))
                        .cloned(),
                    _ => None,
                };
                match full {
                    Some(run) => {
                        // `Marsh said` after `Marsh & McLennan`: the full name tells a body,
                        // by words other than the one said (not `Eric Brewer`) and, before
                        // it, than a role that opens the run (not `Broadcaster Chris Evans`).
                        let said_last =
                            self.seg.tokens.get(run.end - 1).is_some_and(|t| {
                                Some(&word_key(t.text(self.text))) == words.first()
                            });
                        let rest = if said_last {
                            run.start + usize::from(run.len() >= 3)..run.end - 1
                        } else {
                            run.start + 1..run.end
                        };
                        if !rest.is_empty()
                            && self.reader().names_organisation(rest)
                            && let Some(ent) = self.entities.get_mut(e)
                        {
                            ent.kind = Some(SpeakerKind::Organisation);
                        }
                        // So does the title before it: `the DJ` after `DJ Norman Cook has
                        // been busy. Cook said ...`.
                        let title = self.title_start(run.start)..run.start;
                        self.add_title(e, title);
                        // `and Liberal Democrat Paul Tyler,`: a run may open with the words a
                        // mention reads as titles; the name is what follows them.
                        let named = self
                            .reader()
                            .classify(run.clone())
                            .filter(|m| m.form == Form::Name)
                            .and_then(|m| m.name)
                            .filter(|n| n.end == run.end && n.start > run.start && n.len() >= 2);
                        let run = match named {
                            Some(n) => {
                                self.add_title(e, run.start..n.start);
                                n
                            }
                            None => run,
                        };
                        self.set_name(e, run);
                        (e, MentionKind::Surname)
                    }
                    None => (e, MentionKind::Name),
                }
            }
        };
        // The fullest name wins.
        let longer = self.entities.get(e).is_none_or(|ent| {
            ent.name
                .as_ref()
                .is_none_or(|_| ent.name_words.len() < words.len())
        });
        if longer {
            // `Karen Walsh`: a person's given name tells who `she` may stand for.
            let given = (m.kind == SpeakerKind::Person)
                .then(|| self.named_gender(name.start..name.start, name.clone()))
                .flatten();
            if let Some(ent) = self.entities.get_mut(e) {
                ent.name = Some(name.clone());
                ent.name_words.clone_from(&words);
                if ent.kind == Some(SpeakerKind::Unnamed) || words.len() > 1 {
                    ent.kind = Some(m.kind);
                }
                ent.gender = ent.gender.or(given);
            }
            self.index_name_words(e, words);
            self.index_acronym(e, name.end);
        }
        if titled {
            if kind != MentionKind::Surname {
                kind = MentionKind::TitledName;
            }
            if let Some(t) = m.title.clone() {
                self.add_title(e, t);
            }
        }
        (Some(e), kind)
    }

    /// The recent body whose name's capitalized words have the initials of the acronym at
    /// token `at` (`GE` for `General Electric`, `RBS` for `Royal Bank of Scotland`).
    fn body_of_acronym(&self, at: usize) -> Option<usize> {
        let acr = self.seg.tokens.get(at)?;
        let acronym = acr.text(self.text);
        if !acr.has(Flags::ALL_CAPS) || !(2..=6).contains(&acronym.len()) {
            return None;
        }
        // The initials of a name's capitalized words, acronyms in it aside.
        let initials = |name: Range<usize>| {
            self.seg
                .tokens
                .get(name)
                .unwrap_or_default()
                .iter()
                .filter(|t| t.is_word() && t.is_capitalized() && !t.has(Flags::ALL_CAPS))
                .filter_map(|t| t.text(self.text).chars().next())
        };
        self.recent().find(|&e| {
            self.entities.get(e).is_some_and(|ent| {
                ent.kind == Some(SpeakerKind::Organisation)
                    && ent.acronym.is_none()
                    && ent
                        .name
                        .clone()
                        .is_some_and(|name| initials(name).eq(acronym.chars()))
            })
        })
    }

    /// `Electronic Arts (EA)`: the acronym in brackets right after the name at `name_end`,
    /// when its letters are the initials of the name's words, names entity `e` too.
    fn index_acronym(&mut self, e: usize, name_end: usize) {
        let toks = &self.seg.tokens;
        let Some(name) = self.entities.get(e).and_then(|x| x.name.clone()) else {
            return;
        };
        let (Some(open), Some(acr), Some(close)) = (
            toks.get(name_end),
            toks.get(name_end + 1),
            toks.get(name_end + 2),
        ) else {
            return;
        };
        if open.kind != Kind::OpenParen
            || close.kind != Kind::CloseParen
            || !acr.has(crate::segment::token::Flags::ALL_CAPS)
        {
            return;
        }
        let initials: String = toks
            .get(name)
            .unwrap_or_default()
            .iter()
            .filter(|t| t.is_word() && t.is_capitalized())
            .filter_map(|t| t.text(self.text).chars().next())
            .collect();
        let acronym = acr.text(self.text);
        if initials.chars().count() < 2 || initials != acronym {
            return;
        }
        let key = word_key(acronym);
        if let Some(ent) = self.entities.get_mut(e) {
            ent.acronym = Some(key);
        }
        self.index_name_words(e, vec![key]);
    }

    /// Gives entity `e` the name at tokens `name`, indexing its words.
    fn set_name(&mut self, e: usize, name: Range<usize>) {
        let words = self.words(name.clone());
        if let Some(ent) = self.entities.get_mut(e) {
            ent.name = Some(name);
            ent.name_words.clone_from(&words);
        }
        self.index_name_words(e, words);
    }

    /// Lists entity `e` under each of its name words. An entity already among the last
    /// [`MAX_CANDIDATES`] of a word is not listed again; one listed twice further back is
    /// harmless, as the candidates are read most recent first.
    fn index_name_words(&mut self, e: usize, words: Vec<u64>) {
        for w in words {
            let ids = self.by_name_word.entry(w).or_default();
            if !ids.iter().rev().take(MAX_CANDIDATES).any(|&x| x == e) {
                ids.push(e);
            }
        }
    }

    /// A reader of mentions over the article's tokens; it borrows the article, not the
    /// resolver.
    fn reader(&self) -> mention::MentionReader<'a> {
        mention::MentionReader {
            toks: &self.seg.tokens,
            text: self.text,
        }
    }

    /// Finds every run of name words in the text, and indexes the words of runs of two or more.
    fn index_names(&mut self) {
        let reader = self.reader();
        let toks = &self.seg.tokens;
        let n = toks.len();
        let mut i = 0;
        let mut runs = Vec::new();
        // Names start at capitalized words, which the token index lists.
        let capitals = &self.seg.index.capitals;
        let mut cursor = 0;
        while i < n {
            while capitals.get(cursor).is_some_and(|&c| (c as usize) < i) {
                cursor += 1;
            }
            match capitals.get(cursor) {
                Some(&c) => i = c as usize,
                None => break,
            }
            if !reader.name_word(i) {
                i += 1;
                continue;
            }
            let start = i;
            // A name does not run over a line break: a headline's last word and the name
            // opening the next paragraph are two names.
            while i < n
                && reader.name_word(i)
                && (i == start || !toks.get(i).is_some_and(|t| t.has(Flags::LINE)))
            {
                i += 1;
            }
            // Trailing particles and dots are not part of the name.
            let mut end = i;
            while end > start && toks.get(end - 1).is_some_and(|t| !t.is_capitalized()) {
                end -= 1;
            }
            // A run longer than any name is a title-case headline or a list of capitalized
            // words, no name: each entity named from it would copy it whole.
            if end > start && end - start <= MAX_NAME_RUN {
                runs.push(start..end);
            }
        }
        // A word's full name is the first that the body gives, over a headline's (`Classy
        // Henman makes winning start` over `Tim Henman opened ...`): a headline may set an
        // adjective in capitals before a surname.
        let paragraphs = &self.seg.paragraphs;
        let headline = |run: &Range<usize>| {
            paragraphs
                .get(paragraphs.partition_point(|p| p.tokens.end <= run.start))
                .is_some_and(|p| p.role == crate::segment::ParaRole::Headline)
        };
        // A name that opens or ends with the word comes first, over one that holds it inside
        // (`Clinton` is `Hillary Clinton`, not the title-case headline `Hillary Clinton Won
        // Among ...`; `Marsh` is `Marsh & McLennan`).
        // Each run of two words or more, with whether a headline holds it and where its last
        // word stands (`Brent Bozell III`: before a suffix).
        let named: Vec<(usize, bool, usize)> = runs
            .iter()
            .enumerate()
            .filter(|(_, run)| {
                toks.get((*run).clone())
                    .unwrap_or_default()
                    .iter()
                    .filter(|t| t.is_word())
                    .count()
                    >= 2
            })
            .map(|(k, run)| {
                let suffix = run.len() > 2 && reader.listed(run.end - 1, words::NAME_SUFFIXES);
                (k, headline(run), run.len() - 1 - usize::from(suffix))
            })
            .collect();
        for (edges, in_headline) in [(true, false), (true, true), (false, false), (false, true)] {
            for &(k, _, last) in named.iter().filter(|n| n.1 == in_headline) {
                let Some(run) = runs.get(k) else { continue };
                let words = toks.get(run.clone()).unwrap_or_default();
                // The edges are read in the first passes, the inside in the last.
                let held = words
                    .iter()
                    .enumerate()
                    .filter(|&(i, t)| t.is_word() && (edges == (i == 0 || i == last)));
                for (_, t) in held {
                    self.full_name_of
                        .entry(word_key(t.text(self.text)))
                        .or_insert(k);
                }
            }
        }
        // Names the text gives a company's belongings. Words are compared by length first:
        // this runs for every name.
        let word_is = |k: usize, w: &str| {
            toks.get(k).is_some_and(|t| {
                t.is_word()
                    && (t.end - t.start) as usize == w.len()
                    && t.text(self.text).eq_ignore_ascii_case(w)
            })
        };
        for run in &runs {
            let owned = |k: usize| {
                reader.listed(k, BODY_BELONGINGS)
                    || word_is(k, "chief") && word_is(k + 1, "executive")
            };
            let company = toks
                .get(run.end)
                .is_some_and(|t| t.kind == Kind::Possessive)
                && owned(run.end + 1)
                // `Qantas shares`, `BP shareholders`.
                || word_is(run.end, "shares")
                || word_is(run.end, "shareholders")
                || run.start >= 2
                    && (word_is(run.start - 1, "in")
                        && (word_is(run.start - 2, "shares") || word_is(run.start - 2, "stake"))
                        || word_is(run.start - 1, "at")
                            && (word_is(run.start - 2, "profits")
                                || word_is(run.start - 2, "profit")
                                || word_is(run.start - 2, "sales")));
            if company && let Some(last) = toks.get(run.end - 1) {
                self.bodies.push(word_key(last.text(self.text)));
            }
        }
        self.bodies.sort_unstable();
        self.bodies.dedup();
        self.name_runs = runs;
    }

    /// Makes an organisation of each untitled person the text gives a company's belongings:
    /// `Time Warner said ...` with `Time Warner's shares` elsewhere; no `he` or `she` was
    /// resolved to it.
    fn bodies_by_what_they_own(&mut self) {
        if self.bodies.is_empty() {
            return;
        }
        for ent in &mut self.entities {
            if ent.kind == Some(SpeakerKind::Person)
                && ent.titles.is_empty()
                && ent.gender.is_none()
                && ent
                    .name_words
                    .last()
                    .is_some_and(|k| self.bodies.binary_search(k).is_ok())
            {
                ent.kind = Some(SpeakerKind::Organisation);
            }
        }
    }

    /// Makes an organisation of each untitled person no pronoun stands for whose reported
    /// words go on with `it` and a verb: `Time Warner said it now owns 8% of Google`,
    /// `Snecma said it plans a venture`. A person reports of themself as `he` or `she`; an
    /// `it` before an auxiliary is too often the situation (`it would make things clearer`)
    /// and is not read.
    fn bodies_by_their_it(&mut self, attributions: &[Attribution], speaker_of: &[Option<usize>]) {
        let toks = &self.seg.tokens;
        for (a, e) in attributions.iter().zip(speaker_of) {
            let Some(e) = *e else { continue };
            if a.kind == crate::model::StatementKind::Direct
                || a.cue_lemma == "call"
                || !a.mention.as_ref().is_some_and(|m| m.form == Form::Name)
            {
                continue;
            }
            let Some(mut k) = a.fragments.first().map(|f| f.start) else {
                continue;
            };
            let word = |k: usize| {
                toks.get(k)
                    .filter(|t| t.is_word())
                    .map(|t| t.text(self.text))
            };
            if word(k) == Some("that") {
                k += 1;
            }
            if word(k) != Some("it") {
                continue;
            }
            k += 1;
            if toks.get(k).is_some_and(|t| t.is(Class::ADVERB)) {
                k += 1;
            }
            let verb = toks.get(k).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && !t.is(Class::AUXILIARY.with(Class::FUNCTION).with(Class::ADVERB))
            });
            if !verb {
                continue;
            }
            if let Some(ent) = self.entities.get_mut(e)
                && ent.kind == Some(SpeakerKind::Person)
                && ent.titles.is_empty()
                && ent.gender.is_none()
                && !ent
                    .mentions
                    .iter()
                    .any(|(_, kind)| *kind == MentionKind::Pronoun)
            {
                ent.kind = Some(SpeakerKind::Organisation);
            }
        }
    }

    /// `"I have plenty of players," Williams added.`: a speaker whose quoted words say `I` is
    /// a person, though named by one word only.
    fn people_by_their_i(&mut self, attributions: &[Attribution], speaker_of: &[Option<usize>]) {
        let toks = &self.seg.tokens;
        for (a, e) in attributions.iter().zip(speaker_of) {
            let Some(e) = *e else { continue };
            if a.kind != crate::model::StatementKind::Direct
                || self.entities.get(e).is_none_or(|x| x.speaks_as_i)
            {
                continue;
            }
            let says_i = a.fragments.iter().any(|f| {
                f.clone().any(|k| {
                    toks.get(k).is_some_and(|t| {
                        t.is_word() && {
                            let w = t.text(self.text);
                            w == "I" || w.starts_with("I'") || w.starts_with("I’")
                        }
                    })
                })
            });
            if says_i && let Some(ent) = self.entities.get_mut(e) {
                ent.speaks_as_i = true;
            }
        }
    }

    /// Adds as mentions the name runs that name a known entity: its full name, or one word of
    /// it (a surname), with the titles written before the name.
    fn name_mentions(&mut self) {
        let mut taken: Vec<Range<usize>> = self
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(|(r, _)| r.clone()))
            .collect();
        taken.sort_by_key(|r| r.start);
        let runs = std::mem::take(&mut self.name_runs);
        for run in &runs {
            let Some(first) = self
                .seg
                .tokens
                .get(run.start)
                .map(|t| word_key(t.text(self.text)))
            else {
                continue;
            };
            let Some(ids) = self.by_name_word.get(&first) else {
                continue;
            };
            let words = self.words(run.clone());
            let found = ids
                .iter()
                .rev()
                .take(MAX_CANDIDATES)
                .copied()
                .find_map(|e| {
                    let ent = self.entities.get(e)?;
                    ent.name.as_ref()?;
                    let ew = &ent.name_words;
                    if *ew == words {
                        Some((e, MentionKind::Name))
                    } else if words.len() == 1
                        && ew.len() > 1
                        && (ew.last() == words.first() || ew.first() == words.first())
                    {
                        Some((e, MentionKind::Surname))
                    } else {
                        None
                    }
                });
            let Some((e, kind)) = found else { continue };
            let start = self.title_start(run.start);
            let range = start..run.end;
            let at = taken.partition_point(|r| r.end <= range.start);
            if taken.get(at).is_some_and(|r| r.start < range.end) {
                continue;
            }
            let kind = if start < run.start && kind == MentionKind::Name {
                self.add_title(e, start..run.start);
                MentionKind::TitledName
            } else {
                kind
            };
            self.add_mention(e, range, kind);
        }
        self.name_runs = runs;
    }

    /// Where the titles written before the name at token `name_start` begin: `Mayor`,
    /// `Vice-Foreign Minister`, `Sen.`. Titles are a few words long: a run of `Dr. X Dr. X ...`
    /// would otherwise be one title reaching back over the whole run, for every name in it.
    fn title_start(&self, name_start: usize) -> usize {
        let toks = &self.seg.tokens;
        let mut s = name_start;
        while s > 0 && name_start - s < MAX_TITLE_TOKENS {
            // A title does not run back over a line break (`Dance music not dead says
            // Fatboy` is a headline, and `DJ Norman Cook` opens the line after it).
            if toks.get(s).is_some_and(|t| t.has(Flags::LINE)) {
                break;
            }
            let Some(prev) = toks.get(s - 1) else { break };
            let is_title = prev.is_word() && prev.is(Class::TITLE) && prev.is_capitalized();
            let title_dot = prev.kind == Kind::Period
                && prev.is_attached()
                && s >= 2
                && toks.get(s - 2).is_some_and(|t| t.is(Class::TITLE));
            let modifier = prev.is_capitalized()
                && !prev.is(Class::FUNCTION)
                && s < name_start
                && toks.get(s).is_some_and(|t| t.is(Class::TITLE));
            if is_title || title_dot || modifier {
                s -= 1;
            } else {
                break;
            }
        }
        s
    }

    /// Whether a description is `the` and an age alone: `the 28-year-old`.
    fn age_only(&self, m: &MentionParse) -> bool {
        let toks = &self.seg.tokens;
        let text = |i: usize| toks.get(i).map_or("", |t| t.text(self.text));
        let r = m.tokens.clone();
        r.len() >= 2
            && self.is_the(r.start)
            && (r.start + 1..r.end).all(|i| {
                toks.get(i)
                    .is_some_and(|t| matches!(t.kind, Kind::Number | Kind::Hyphen | Kind::Word))
            })
            && text(r.end - 1).eq_ignore_ascii_case("year-old")
    }

    /// Whether the description `m` is `the`, a place and the letters of its member: `the
    /// Salford MP`, `the Ealing North MP`.
    fn seat_only(&self, m: &MentionParse) -> bool {
        let toks = &self.seg.tokens;
        let r = m.tokens.clone();
        r.len() >= 3
            && self.is_the(r.start)
            && toks
                .get(r.end - 1)
                .is_some_and(|t| mention::POST_NOMINALS.contains(&t.text(self.text)))
            && (r.start + 1..r.end - 1).all(|k| {
                toks.get(k)
                    .is_some_and(|t| t.is_word() && t.is_capitalized() && !t.is(Class::FUNCTION))
            })
    }

    /// Whether the description `m` is `the`, perhaps a team or a nation, and a position or a
    /// nationality: `the striker`, `the England prop`, `the attacking midfielder`, `the Scot`.
    fn position_only(&self, m: &MentionParse) -> bool {
        let r = m.tokens.clone();
        r.len() >= 2
            && r.len() <= 4
            && self.is_the(r.start)
            && [words::POSITIONS, words::DEMONYMS]
                .iter()
                .any(|table| self.reader().listed(r.end - 1, table))
    }

    fn description(
        &mut self,
        m: &MentionParse,
        definite: bool,
        paragraph: usize,
    ) -> (Option<usize>, MentionKind) {
        let title_words = m.title.clone().map(|t| self.words(t)).unwrap_or_default();
        let head = title_words.last().copied();
        let owner = m.affiliation.clone().map(|a| self.words(a));
        let standing = m
            .title
            .clone()
            .map_or(Standing::default(), |t| self.standing(t));
        // `the 28-year-old`, `the striker`, `the Salford MP`: news names a person by age, by
        // position or by seat right after naming them, as the subject of the sentence before
        // (`Matchwinner Keane was full of praise. "...," said the Tottenham striker`) or as
        // the last speaker.
        if definite && (self.age_only(m) || self.position_only(m) || self.seat_only(m)) {
            let last = self.recent().find(|&e| {
                self.entities
                    .get(e)
                    .is_some_and(|ent| ent.kind == Some(SpeakerKind::Person) && ent.name.is_some())
            });
            // The subject before wins over the last speaker, even in the same paragraph: an
            // age or a position is no pronoun, and describes someone just named.
            let subject = self.subject_named_before(m.tokens.start, None, Pronoun::They, paragraph);
            if let Some(e) = subject.or(last) {
                return (Some(e), MentionKind::Description);
            }
        }
        let bare_group = m.kind == SpeakerKind::Group && !definite;
        // `Other public sector unions`, `another official`: someone besides the one named so,
        // whom no later description stands for either (`The five unions`).
        let other = |at: usize| {
            self.seg.tokens.get(at).is_some_and(|t| {
                matches!(t.text(self.text).fold_ascii().as_str(), "other" | "another")
            })
        };
        if (definite || bare_group) && !other(m.tokens.start) {
            if definite
                && matches!(m.kind, SpeakerKind::Organisation | SpeakerKind::Unnamed)
                && let Some(e) = self.publication_before(m, paragraph)
            {
                return (Some(e), MentionKind::Description);
            }
            let found = self.recent().find(|&e| {
                let Some(ent) = self.entities.get(e) else {
                    return false;
                };
                if ent.kind != Some(m.kind)
                    || ent.name.is_none()
                        && ent.mentions.first().is_some_and(|(r, _)| other(r.start))
                {
                    return false;
                }
                // `the spokesman` after `A Bayern spokesman`: a generic role word is no part
                // to match on (`the Labour spokesman` is not the Tory one), but a role whose
                // words all stand in a title ending with the same word is that title's.
                // (A title of no words, as a share's `61%`, matches none: `87% of adults`
                // are others.)
                // `Mr Ebber's lawyers` are not the `Prosecution lawyers` before: an owner
                // other than the speaker's, where the speaker's title says more.
                let other_owner =
                    owner.is_some() && ent.affiliation.clone().map(|a| self.words(a)) != owner;
                let titled = head.is_some()
                    && ent.title_keys.iter().any(|(_, words, parts, s)| {
                        (*words == title_words
                            || head.is_some_and(|h| parts.contains(&h))
                            || (words.last() == head.as_ref()
                                && title_words.iter().all(|w| words.contains(w))))
                            && *s == standing
                            && (!other_owner || words.iter().all(|w| title_words.contains(w)))
                    });
                let named = ent.name.is_some() && head.is_some_and(|h| ent.name_words.contains(&h));
                titled || (m.kind == SpeakerKind::Organisation && named)
            });
            if let Some(e) = found {
                return (Some(e), MentionKind::Description);
            }
            // `the company`, `the firm`: a body's generic name alone (not `the company
            // named in the suit`) stands for the body named last.
            let generic = m.tokens.len() == 2
                && m.title.as_ref().is_some_and(|t| {
                    t.len() == 1 && self.reader().listed(t.start, GENERIC_BODY_NOUNS)
                });
            let spoken = (definite && generic && m.kind == SpeakerKind::Organisation)
                .then(|| {
                    self.recent().find(|&e| {
                        self.entities.get(e).is_some_and(|ent| {
                            ent.kind == Some(SpeakerKind::Organisation) && ent.name.is_some()
                        })
                    })
                })
                .flatten();
            // A body the text named and described so, or named with the noun, after the
            // last mention of that speaker: `ABN Amro, the Netherlands' largest bank, ... The
            // bank said`. (Past a speaker, only by the very noun: `Unilever said ... Oil giant
            // Shell ... The company said` is still Unilever.)
            let spoken_end = spoken.and_then(|e| self.last_mention_end(e, m.tokens.start));
            if definite
                && m.kind == SpeakerKind::Organisation
                && let Some(run) = self.body_named_before(m, spoken.is_some())
                && spoken_end.is_none_or(|end| run.end > end)
                && let Some(e) = self.resolve_body(run, paragraph)
            {
                return (Some(e), MentionKind::Description);
            }
            if let Some(e) = spoken {
                return (Some(e), MentionKind::Description);
            }
            // Else the body that is the subject of this sentence or the one before: `Shares
            // in UK Coal have fallen after the mining group reported`, `At the fair, Siemens
            // showed off a system. The German company said`.
            if definite
                && m.kind == SpeakerKind::Organisation
                && self
                    .trade_head(m)
                    .is_some_and(|k| self.reader().listed(k, TRADE_NOUNS))
                && let Some(found) = self
                    .organisation_subject_before(m.tokens.start, BodyWanted::ByTrade)
                    .filter(|f| f.form == Form::Name)
                && let Some(e) = self.resolve_organisation(&found, paragraph)
            {
                return (Some(e), MentionKind::Description);
            }
            if definite
                && m.kind == SpeakerKind::Person
                && let Some(e) = self
                    .role_of_subject_before(m, standing, paragraph)
                    .or_else(|| self.titled_name_before(m, standing, paragraph))
            {
                if let Some(t) = m.title.clone() {
                    self.add_title(e, t);
                }
                return (Some(e), MentionKind::Description);
            }
        }
        let e = self.new_entity(m.kind, paragraph);
        if let Some(t) = m.title.clone() {
            self.add_title(e, t);
        }
        if let Some(ent) = self.entities.get_mut(e) {
            ent.affiliation = m.affiliation.clone();
        }
        (Some(e), MentionKind::Description)
    }

    /// The publication named last before `the paper`, `the newspaper` or `the magazine`: `the
    /// Financial Times reported ... The paper said`, `Vedomosti newspaper reported ... The
    /// paper added`, `after the newspaper claimed` with `The Telegraph was sued` before it.
    /// News calls a paper so once it has named it, whether or not it spoke; a paper's name
    /// says what it is by a word after its first (`Times`, `Post`, `News`; not `News Corp`) or
    /// by a publication noun in it or beside it (`Daily Ledger`, `Vedomosti newspaper`). Looked for [`PUBLICATION_LOOK_BACK`] tokens back.
    fn publication_before(&mut self, m: &MentionParse, paragraph: usize) -> Option<usize> {
        let title = m.title.clone()?;
        let reader = self.reader();
        if title.len() != 1 || !reader.listed(title.start, PUBLICATION_NOUNS) {
            return None;
        }
        let at = m.tokens.start;
        let from = at.saturating_sub(PUBLICATION_LOOK_BACK);
        let before = self.name_runs.partition_point(|r| r.end <= at);
        let toks = &self.seg.tokens;
        let noun = |k: usize| {
            toks.get(k).is_some_and(|t| t.is_word()) && reader.listed(k, PUBLICATION_NOUNS)
        };
        let run = self
            .name_runs
            .get(..before)
            .unwrap_or_default()
            .iter()
            .rev()
            .take_while(|r| r.start >= from)
            .find(|r| {
                let named = (r.start..r.end).any(|k| {
                    toks.get(k).is_some_and(|t| t.is_word())
                        && ((k > r.start || r.len() == 1)
                            && reader.listed(k, PUBLICATION_NAME_WORDS)
                            || reader.listed(k, PUBLICATION_NOUNS))
                });
                named || noun(r.end) || r.start > 0 && noun(r.start - 1)
            })
            .cloned();
        // `According to the FT, ... the paper said`: the paper the text spoke of last, when
        // no paper's name stands after it.
        let last = self.last_publication.and_then(|e| {
            self.last_mention_end(e, at)
                .filter(|&end| end >= from)
                .map(|end| (e, end))
        });
        let run = match (run, last) {
            (Some(run), Some((_, end))) if run.end > end => run,
            (_, Some((e, _))) => return Some(e),
            (Some(run), None) => run,
            (None, None) => return None,
        };
        let e = self.resolve_body(run, paragraph)?;
        self.last_publication = Some(e);
        Some(e)
    }

    /// The noun of a body's trade that the description `m` is, after `the`, alone or after
    /// one word that says where or what (`the bank`, `the German company`, `the mining
    /// group`; not `his management company`): its token.
    fn trade_head(&self, m: &MentionParse) -> Option<usize> {
        let title = m.title.clone()?;
        let reader = self.reader();
        let head = title.end.checked_sub(1)?;
        let one_word = |k: usize| self.seg.tokens.get(k).is_some_and(|t| t.is_word());
        (self.is_the(m.tokens.start)
            && m.tokens.len() == title.len() + 1
            && (title.len() == 1 || title.len() == 2 && one_word(title.start))
            && (reader.listed(head, TRADE_NOUNS) || reader.listed(head, OTHER_BODY_NOUNS)))
        .then_some(head)
    }

    /// Resolves the name `run` as a body's, and makes its entity an organisation (`The
    /// Observer` is a paper's name, though `observer` is a role).
    fn resolve_body(&mut self, run: Range<usize>, paragraph: usize) -> Option<usize> {
        let named = self
            .reader()
            .classify(run.clone())
            .filter(|m| m.form == Form::Name)
            .unwrap_or_else(|| MentionParse {
                form: Form::Name,
                name: Some(run.clone()),
                ..MentionParse::bare(run, SpeakerKind::Organisation)
            });
        let named = MentionParse {
            kind: SpeakerKind::Organisation,
            ..named
        };
        self.resolve_organisation(&named, paragraph)
    }

    /// The name of the body that `the bank`, `the airline` or `the German firm` stands for: the
    /// nearest name within [`PUBLICATION_LOOK_BACK`] tokens before it that the text describes
    /// with that noun (`US insurer Marsh`, `AP news agency`, `ABN Amro, the Netherlands'
    /// largest bank,`; a firm or a company by any noun of a trade, `media group Reuters`),
    /// else the nearest body's name that holds the noun (`US Court of Appeals` for `the
    /// court`). News names a body, then calls it by what it is.
    fn body_named_before(&self, m: &MentionParse, exact: bool) -> Option<Range<usize>> {
        let head = self.trade_head(m)?;
        let reader = self.reader();
        let toks = &self.seg.tokens;
        let noun = toks.get(head)?.text(self.text);
        let generic = reader.listed(head, GENERIC_BODY_NOUNS);
        let is_noun = |k: usize| {
            toks.get(k)
                .is_some_and(|t| t.is_word() && !t.is_capitalized())
                && if generic && !exact {
                    reader.listed(k, TRADE_NOUNS)
                } else {
                    toks.get(k)
                        .is_some_and(|t| t.text(self.text).eq_ignore_ascii_case(noun))
                }
        };
        let lower = |k: usize| {
            toks.get(k)
                .is_some_and(|t| t.is_word() && !t.is_capitalized() && !t.is(Class::FUNCTION))
        };
        let sentences = &self.seg.sentences;
        let same_sentence = |a: usize, b: usize| {
            sentences.partition_point(|x| x.tokens.end <= a)
                == sentences.partition_point(|x| x.tokens.end <= b)
        };
        let described = |r: &Range<usize>| {
            // `US insurer Marsh` (not a headline's last word: `... lying to court\n\nRussian
            // oil firm Yukos`)
            r.start > 0 && is_noun(r.start - 1) && same_sentence(r.start - 1, r.start)
                // `AP news agency`: the noun after the name and a word of the trade (not a
                // place's adjective before its noun: `the US investment bank`, `the largest US
                // food maker`, `Swedish firm Electrolux`).
                || r.start.checked_sub(1).and_then(|k| toks.get(k)).is_none_or(|t| {
                    !t.is(Class::DETERMINER) && !t.text(self.text).ends_with("est")
                }) && lower(r.end)
                    && !is_noun(r.end)
                    && (r.end + 1..r.end + 3)
                        .take_while(|&k| lower(k))
                        .find(|&k| is_noun(k))
                        .is_some_and(|k| !lower(k + 1) && same_sentence(r.start, k))
                // `ABN Amro, the Netherlands' largest bank,`, `Cairn Energy, a UK oil firm,`
                || toks.get(r.end).is_some_and(|t| t.kind == Kind::Comma)
                    && toks.get(r.end + 1).is_some_and(|t| t.is(Class::DETERMINER))
                    && (r.end + 2..r.end + 2 + MAX_TITLE_TOKENS)
                        .find(|&k| {
                            toks.get(k)
                                .is_none_or(|t| t.kind == Kind::Comma || t.is_terminal())
                        })
                        .is_some_and(|k| is_noun(k - 1))
        };
        let at = m.tokens.start;
        let from = at.saturating_sub(PUBLICATION_LOOK_BACK);
        let before = self.name_runs.partition_point(|r| r.end <= at);
        let runs = self.name_runs.get(..before).unwrap_or_default();
        let window = || runs.iter().rev().take_while(|r| r.start >= from);
        let run = window().find(|r| described(r)).cloned().or_else(|| {
            window()
                .find(|r| {
                    (r.start..r.end).any(|k| {
                        toks.get(k).is_some_and(|t| {
                            t.is_word() && t.text(self.text).eq_ignore_ascii_case(noun)
                        })
                    }) && reader
                        .classify((*r).clone())
                        .is_some_and(|x| x.kind == SpeakerKind::Organisation)
                })
                .cloned()
        })?;
        Some(self.joined_name(run))
    }

    /// The name run `run` with the runs that `of`, `for` or `and` join to it on either side:
    /// `Bank of England`, `Industrial and Commercial Bank`, `US Court of Appeals` (two joins
    /// each way at most), without a place it is based in that opens it.
    fn joined_name(&self, run: Range<usize>) -> Range<usize> {
        let toks = &self.seg.tokens;
        let joins = |k: usize| {
            toks.get(k)
                .is_some_and(|t| t.is_word() && matches!(t.text(self.text), "of" | "for" | "and"))
        };
        let mut joined = run;
        for _ in 0..2 {
            let next = self.name_runs.partition_point(|r| r.start <= joined.end);
            match self.name_runs.get(next) {
                Some(r) if joins(joined.end) && r.start == joined.end + 1 => joined.end = r.end,
                _ => break,
            }
        }
        for _ in 0..2 {
            let prev = self.name_runs.partition_point(|r| r.end < joined.start);
            match self.name_runs.get(prev) {
                Some(r)
                    if joined.start >= 2
                        && joins(joined.start - 1)
                        && r.end == joined.start - 1 =>
                {
                    joined.start = r.start;
                }
                _ => break,
            }
        }
        // `the San Francisco-based US Court of Appeals`: the place it is based in is no part
        // of the name.
        if let Some(k) = (joined.start..joined.end.saturating_sub(1))
            .rev()
            .find(|&k| {
                toks.get(k)
                    .is_some_and(|t| t.text(self.text).ends_with("-based"))
            })
        {
            joined.start = k + 1;
        }
        joined
    }

    /// Whether the role words `title` end on a role too common to name anyone by
    /// ([`GENERIC_ROLE_WORDS`]): `the spokesman`, `the official`.
    fn generic_role(&self, title: Range<usize>) -> bool {
        self.word_texts(title)
            .last()
            .is_some_and(|w| GENERIC_ROLE_WORDS.contains(&w.fold_ascii().as_str()))
    }

    /// The person the text named earlier with the very title a definite role holds, wherever
    /// the name stood: `Tory leader Michael Howard has gone on the offensive ... The Tory
    /// leader was asked`, `Chancellor Gordon Brown's announcement ... The chancellor said`.
    /// The nearest such name wins; a generic role (`the spokesman`) or a shadow, former or
    /// deputy office names no one so.
    fn titled_name_before(
        &mut self,
        m: &MentionParse,
        standing: Standing,
        paragraph: usize,
    ) -> Option<usize> {
        let title = m.title.clone()?;
        if !self.is_the(m.tokens.start) || standing != Standing::default() {
            return None;
        }
        let words: Vec<u64> = self.words(title.clone());
        let n = words.len();
        let generic = self.generic_role(title.clone());
        // A role word heads it (not `The CPL`), and no body it belongs to is named (`the
        // chairman of the Commission for Racial Equality` is no `Labour chairman`).
        let role = title.end.checked_sub(1).is_some_and(|k| {
            self.seg.tokens.get(k).is_some_and(|t| {
                t.is(Class::TITLE.with(Class::PERSON_NOUN)) && !t.has(Flags::ALL_CAPS)
            })
        });
        if n == 0 || generic || !role || m.affiliation.is_some() {
            return None;
        }
        let toks = &self.seg.tokens;
        let key = |k: usize| {
            toks.get(k)
                .filter(|t| t.is_word())
                .map(|t| word_key(t.text(self.text)))
        };
        let at = m.tokens.start;
        let before = self.name_runs.partition_point(|r| r.end <= at);
        // Where the title's words stand right before a name, or open the name's run
        // (`Prime Minister Tony Blair`), with a name left after them.
        let found = self
            .name_runs
            .get(..before)
            .unwrap_or_default()
            .iter()
            .rev()
            .take(MAX_TITLED_RUNS)
            .find_map(|r| {
                (r.start.saturating_sub(n)..r.end.saturating_sub(n))
                    .find(|&p| (0..n).all(|i| key(p + i) == words.get(i).copied()))
                    // Not another's office: `shadow chancellor Oliver Letwin`, `Deputy Mayor
                    // of London Nicky Gavron`.
                    .filter(|&p| {
                        p.checked_sub(1)
                            .is_none_or(|k| self.standing(k..p) == Standing::default())
                    })
                    .map(|p| p..r.end)
            })?;
        let named = self
            .reader()
            .classify(found)
            .filter(|x| x.form == Form::Name && x.kind == SpeakerKind::Person)?;
        self.resolve_mention(&named, paragraph).0
    }

    /// The person named as the subject of the sentence before a definite role that no one
    /// holds yet: `Gordon Brown has delivered a speech. The chancellor said ...`, `Sir Alex
    /// Ferguson has called on the FA ... The United boss said ...`. News names a person, then
    /// calls them by their office. A generic role (`the spokesman`, `the official`) is
    /// someone unnamed; a shadow or deputy office, a former office the person holds now, or a
    /// role of the other gender, is someone else.
    fn role_of_subject_before(
        &mut self,
        m: &MentionParse,
        standing: Standing,
        paragraph: usize,
    ) -> Option<usize> {
        let title = m.title.clone()?;
        let first_body = self.first_body();
        if !self.is_the(m.tokens.start) || paragraph > first_body + 1 {
            return None;
        }
        let generic = self.generic_role(title.clone());
        // (A former office may be theirs: `Liverpool legend Phil Thompson has pleaded ... The
        // ex-Reds assistant boss also warned`; not when they hold it now, checked below.)
        if generic || standing.shadow || standing.deputy {
            return None;
        }
        let gender = self.gender_of(title.clone());
        let at = m.tokens.start;
        let sentences = &self.seg.sentences;
        let before = sentences
            .get(
                sentences
                    .partition_point(|x| x.tokens.end <= at)
                    .checked_sub(1)?,
            )?
            .tokens
            .clone();
        let named_person = |e: usize| {
            self.entities
                .get(e)
                .is_some_and(|x| x.kind == Some(SpeakerKind::Person) && x.name.is_some())
        };
        // `Gordon Brown has failed ..., Charles Kennedy has said. The Lib Dem leader asked
        // ...`: the speaker of the sentence before comes first.
        let speaker = self.recent().next().filter(|&e| named_person(e));
        let (candidate, spoke) = match speaker {
            Some(e)
                if self
                    .last_mention_end(e, at)
                    .is_some_and(|end| end > before.start) =>
            {
                (e, true)
            }
            _ => (
                self.subject_named_before(at, None, Pronoun::They, paragraph)?,
                false,
            ),
        };
        // The name is a subject: it opens its sentence or follows a comma or a quote, behind
        // its titles only (not `..., where George Bush opposed it`, nor `... ahead of
        // Germany's Marc Blume, who ...`); a pronoun only as the speaker's (`Cook said ...
        // He said ... The DJ admitted`).
        let start = self
            .entities
            .get(candidate)?
            .mentions
            .iter()
            .rev()
            .take(8)
            .find(|(r, _)| r.start >= before.start && r.end <= at)
            .filter(|(_, kind)| spoke || *kind != MentionKind::Pronoun)?
            .0
            .start;
        let toks = &self.seg.tokens;
        let lead = (before.start..start)
            .rev()
            .find(|&k| {
                !toks.get(k).is_some_and(|t| {
                    t.is_capitalized()
                        || t.is(Class::TITLE.with(Class::PERSON_NOUN))
                        || t.kind == Kind::Possessive
                })
            })
            .and_then(|k| toks.get(k));
        if lead.is_some_and(|t| !matches!(t.kind, Kind::Comma | Kind::Quote(_))) {
            return None;
        }
        // `... it is the prime minister who, he claims, ... The prime minister claims`: a role
        // the text has used before for someone it did not name is theirs.
        let words = self.words(title.clone());
        let used_before = (at.saturating_sub(ROLE_LOOK_BACK)..at).any(|k| {
            self.is_the(k)
                && toks
                    .get(k + 1)
                    .is_some_and(|t| Some(&word_key(t.text(self.text))) == words.first())
                && self.words(k + 1..(k + 1 + words.len()).min(at)) == words
        });
        if used_before {
            return None;
        }
        let e = candidate;
        let ent = self.entities.get(e)?;
        let clash = gender.is_some() && ent.gender.is_some() && ent.gender != gender;
        // `New Home Secretary Charles Clarke ... The Lib Dem leader said`: a person who holds
        // an office already is not called by another.
        let parts = self.parts(title, 4);
        let same_office = |known: &[u64]| known.iter().any(|p| parts.contains(p));
        // `Shadow harbour secretary Ana Lindqvist ... the harbour secretary`: nor is the
        // holder of an office's shadow, a former or a deputy holder.
        let other_standing = ent
            .title_keys
            .iter()
            .any(|(_, _, known, s)| *s != standing && same_office(known));
        // (A former role is no office held: `Ex-chat show host Robert Kilroy-Silk has quit
        // ... The MEP said`.)
        let other_office = ent
            .title_keys
            .iter()
            .any(|(.., s)| *s == Standing::default())
            && !ent
                .title_keys
                .iter()
                .any(|(_, _, known, _)| same_office(known));
        (ent.kind == Some(SpeakerKind::Person) && !clash && !other_office && !other_standing)
            .then_some(e)
    }

    /// The first full name (a run of two or more name words) that ends before token `before`
    /// and whose last word is the word at `at`: the full name a surname stands for.
    fn full_name_ending(&self, at: usize, before: usize) -> Option<Range<usize>> {
        let toks = &self.seg.tokens;
        let key = word_key(toks.get(at)?.text(self.text));
        let r = self.name_runs.get(*self.full_name_of.get(&key)?)?;
        (r.end <= before
            && toks
                .get(r.end - 1)
                .is_some_and(|l| word_key(l.text(self.text)) == key))
        .then(|| r.clone())
    }

    /// Whether the sentence before the one holding token `at` opens with `the` and a role
    /// among its next few words: `The party leader spoke next.`
    fn role_opens_sentence_before(&self, at: usize) -> bool {
        let sentences = &self.seg.sentences;
        let s = sentences.partition_point(|x| x.tokens.end <= at);
        let Some(before) = s.checked_sub(1).and_then(|k| sentences.get(k)) else {
            return false;
        };
        let start = self.reader().past_connective(before.tokens.start);
        let toks = &self.seg.tokens;
        self.is_the(start)
            && (start + 1..(start + 5).min(before.tokens.end)).any(|k| {
                toks.get(k)
                    .is_some_and(|t| t.is_word() && t.is(Class::TITLE.with(Class::PERSON_NOUN)))
            })
    }

    /// The person named by a full name at the start of the body's first sentence (after a
    /// connective at most), with the gender of the given name or title: news opens with its
    /// protagonist.
    fn lede_person(&self) -> Option<(MentionParse, Gender)> {
        let first_body = self.first_body();
        let para = self.seg.paragraphs.get(first_body)?;
        let sentence = self
            .seg
            .sentences
            .get(para.sentences.start)
            .filter(|x| x.paragraph == first_body)?;
        let reader = self.reader();
        let start = reader.past_connective(sentence.tokens.start);
        let k = self.name_runs.partition_point(|r| r.start < start);
        let run = self.name_runs.get(k).filter(|r| r.start == start)?;
        let m = reader
            .classify(run.clone())
            .filter(|m| m.form == Form::Name && m.kind == SpeakerKind::Person)?;
        let name = m.name.clone()?;
        if name.len() < 2 || !reader.verb_at(run.end) {
            return None;
        }
        let gender = self
            .given_name_gender(name.start)
            .or_else(|| m.title.clone().and_then(|t| self.gender_of(t)))?;
        Some((m, gender))
    }

    /// The index of the first paragraph of the body, after the headline and the byline.
    fn first_body(&self) -> usize {
        self.seg
            .paragraphs
            .iter()
            .position(|p| p.role == crate::segment::ParaRole::Body)
            .unwrap_or(0)
    }

    /// Links an indefinite person description of the lede to the named person of the next two
    /// paragraphs whose titles or affiliation share a word with it.
    ///
    /// A lede holds one or two such descriptions and the next paragraphs name a handful of
    /// people, so both lists are capped ([`LEDE_DESCRIPTIONS`], [`LEDE_TARGETS`]): the pass
    /// stays linear however many entities a pathological first paragraph makes.
    fn link_lede(&mut self, speaker_of: &mut [Option<usize>]) {
        let first_body = self.first_body();
        let candidates: Vec<usize> = (0..self.entities.len())
            .filter(|&e| {
                self.entities.get(e).is_some_and(|ent| {
                    ent.name.is_none()
                        && ent.kind == Some(SpeakerKind::Person)
                        && ent.indefinite_only
                        && ent.affiliation.is_some()
                        && ent.first_paragraph == first_body
                })
            })
            .take(LEDE_DESCRIPTIONS)
            .collect();
        if candidates.is_empty() {
            return;
        }
        let targets: Vec<(usize, Vec<u64>)> = (0..self.entities.len())
            .filter_map(|e| {
                let ent = self.entities.get(e)?;
                let in_window = ent.name.is_some()
                    && ent.kind == Some(SpeakerKind::Person)
                    && ent.first_paragraph > first_body
                    && ent.first_paragraph <= first_body + 2;
                in_window.then(|| {
                    let parts = ent
                        .titles
                        .iter()
                        .chain(ent.affiliation.iter())
                        .flat_map(|r| self.parts(r.clone(), 4))
                        .collect();
                    (e, parts)
                })
            })
            .take(LEDE_TARGETS)
            .collect();
        let mut moved_to: Vec<(usize, usize)> = Vec::new();
        for d in candidates {
            let Some(desc) = self.entities.get(d) else {
                continue;
            };
            let clues: Vec<u64> = desc
                .affiliation
                .iter()
                .chain(desc.titles.iter())
                .flat_map(|r| self.parts(r.clone(), 4))
                .collect();
            let Some(t) = targets
                .iter()
                .find(|(_, parts)| parts.iter().any(|w| clues.contains(w)))
                .map(|(t, _)| *t)
            else {
                continue;
            };
            let moved = self
                .entities
                .get_mut(d)
                .map(|x| std::mem::take(&mut x.mentions))
                .unwrap_or_default();
            for (r, k) in moved {
                self.add_mention(t, r, k);
            }
            moved_to.push((d, t));
        }
        if moved_to.is_empty() {
            return;
        }
        for s in speaker_of.iter_mut() {
            if let Some(&(_, t)) = moved_to.iter().find(|(d, _)| *s == Some(*d)) {
                *s = Some(t);
            }
        }
    }

    /// Drops emptied entities, orders them by first mention, and maps statements to the new
    /// indices.
    /// Which of the bare one-word names (`bodies`) are common words: every mention opens a
    /// sentence, and the article writes the word in lower case elsewhere (`Figures show
    /// ...` and `the figures`; `Research suggests ...` and `more research`). At most
    /// [`MAX_COMMON_CANDIDATES`] names are tested, in one pass over the tokens.
    fn common_words(&self, bodies: &[bool]) -> Vec<bool> {
        let toks = &self.seg.tokens;
        let opens = |k: usize| {
            k == 0
                || toks.get(k).is_some_and(|t| t.has(Flags::LINE))
                || toks
                    .get(k - 1)
                    .is_some_and(|p| p.is_terminal() || p.opens() || p.kind == Kind::Colon)
        };
        let candidates: Vec<(usize, &str)> = self
            .entities
            .iter()
            .zip(bodies)
            .enumerate()
            .filter(|(_, (_, body))| **body)
            .filter_map(|(e, (ent, _))| {
                let name = ent.name.as_ref()?;
                let all_open = ent
                    .mentions
                    .iter()
                    .all(|(r, _)| *r == *name || r.start + 1 == r.end && opens(r.start));
                // (An acronym is a name: `AS offers a verdict`.)
                let word = toks.get(name.start).filter(|t| !t.has(Flags::ALL_CAPS))?;
                (all_open && opens(name.start)).then(|| (e, word.text(self.text)))
            })
            .take(MAX_COMMON_CANDIDATES)
            .collect();
        let mut common = vec![false; self.entities.len()];
        if candidates.is_empty() {
            return common;
        }
        for t in toks.iter().filter(|t| t.is_word() && !t.is_capitalized()) {
            let w = t.text(self.text);
            // (`eBay` is the name written its own way.)
            if w.bytes().any(|b| b.is_ascii_uppercase()) {
                continue;
            }
            for &(e, name) in &candidates {
                if w.eq_ignore_ascii_case(name)
                    && let Some(slot) = common.get_mut(e)
                {
                    *slot = true;
                }
            }
        }
        common
    }

    fn finish(
        self,
        speaker_of: Vec<Option<usize>>,
        mention_kind: Vec<Option<MentionKind>>,
    ) -> Resolution {
        let mut order: Vec<usize> = (0..self.entities.len())
            .filter(|&e| self.entities.get(e).is_some_and(|x| !x.mentions.is_empty()))
            .collect();
        let first = |e: &usize| {
            self.entities
                .get(*e)
                .and_then(|x| x.mentions.iter().map(|(r, _)| r.start).min())
                .unwrap_or(usize::MAX)
        };
        order.sort_by_cached_key(first);
        let mut new_index = vec![None; self.entities.len()];
        for (i, &e) in order.iter().enumerate() {
            if let Some(slot) = new_index.get_mut(e) {
                *slot = Some(i);
            }
        }
        // `Microsoft said`, `Airbus said`, `Highfield said that it intends`: news names a
        // person first in full, with a first name or a title; a single word that only ever
        // stands alone, with no title, role, gender or pronoun of a person, names a body
        // (but for a surname's own marks: `O'Sullivan`, `McIlroy`).
        let surname_marked = |name: &Range<usize>| {
            self.word_texts(name.clone()).any(|w| {
                w.starts_with("O'")
                    || w.starts_with("O’")
                    || w.starts_with("Mc")
                    || w.starts_with("Mac") && w.len() > 5
            })
        };
        let bodies: Vec<bool> = self
            .entities
            .iter()
            .map(|ent| {
                matches!(
                    ent.kind,
                    Some(SpeakerKind::Person | SpeakerKind::Organisation)
                ) && ent
                    .name
                    .as_ref()
                    .is_some_and(|n| n.len() == 1 && !surname_marked(n))
                    && ent.titles.is_empty()
                    && ent.affiliation.is_none()
                    && ent.gender.is_none()
                    && !ent.speaks_as_i
                    && ent.mentions.iter().all(|(_, k)| *k == MentionKind::Name)
            })
            .collect();
        // `Companies said`, `Insurers said`: such a word that is the plural of a role or
        // body noun is a group described, not named (a surname that is one, `Banks`, was
        // joined to its full name before and is no bare word).
        let reader = self.reader();
        let groups: Vec<bool> = self
            .entities
            .iter()
            .zip(&bodies)
            .map(|(ent, &body)| {
                body && ent
                    .name
                    .as_ref()
                    .is_some_and(|n| reader.plural_of_role(n.start))
            })
            .collect();
        let common = self.common_words(&bodies);
        let mut entities = self.entities;
        let mut mention_kind = mention_kind;
        let described = |e: usize| {
            groups.get(e).copied().unwrap_or(false) || common.get(e).copied().unwrap_or(false)
        };
        // One pass over the statements, not one per group.
        for (kind, s) in mention_kind.iter_mut().zip(&speaker_of) {
            if s.is_some_and(described) {
                *kind = Some(MentionKind::Description);
            }
        }
        for (e, (ent, body)) in entities.iter_mut().zip(bodies).enumerate() {
            if described(e) {
                // `Figures show`: a plural is a group; `Research suggests`: a thing.
                let plural = groups.get(e).copied().unwrap_or(false)
                    || ent.name.as_ref().is_some_and(|n| {
                        self.seg
                            .tokens
                            .get(n.start)
                            .is_some_and(|t| crate::number::is_plural(t, self.text))
                    });
                ent.kind = Some(if plural {
                    SpeakerKind::Group
                } else {
                    SpeakerKind::Unnamed
                });
                if let Some(name) = ent.name.take() {
                    ent.titles.push(name);
                }
                for (_, kind) in &mut ent.mentions {
                    *kind = MentionKind::Description;
                }
            } else if body && ent.kind == Some(SpeakerKind::Person) {
                ent.kind = Some(SpeakerKind::Organisation);
            }
        }
        let mut out = Vec::with_capacity(order.len());
        for &e in &order {
            if let Some(ent) = entities.get_mut(e) {
                let mut taken = std::mem::take(ent);
                taken.mentions.sort_by_key(|(r, _)| r.start);
                out.push(taken);
            }
        }
        Resolution {
            entities: out,
            speaker_of: speaker_of
                .into_iter()
                .map(|s| s.and_then(|e| new_index.get(e).copied().flatten()))
                .collect(),
            mention_kind,
        }
    }
}

/// How many bare one-word names an article's tokens are compared with to tell a common word
/// (`Figures`) from a name: the pass over the tokens stays linear.
const MAX_COMMON_CANDIDATES: usize = 8;

/// How many recent mentions a pronoun or description looks back over.
const RECENT_WINDOW: usize = 64;

/// How many tokens back a role is looked for, used before for someone unnamed.
const ROLE_LOOK_BACK: usize = 200;

/// The most tokens a pair of quote marks may hold and still be a few quoted words inside a
/// sentence (`had "caused uproar" when he said`), not a quotation.
const SCARE_QUOTE_TOKENS: usize = 8;

/// How many tokens before `when he` (`as she`, ...) the person it stands for is looked for.
const SUBORDINATE_LOOK_BACK: usize = 40;

/// How many entities sharing a name word a name is compared with, most recent first: an
/// article names a few people `Clinton`, never dozens, and a text that does must not compare
/// every name with every other.
const MAX_CANDIDATES: usize = 32;

/// What a company has and a person has not, after its name and `'s`: `Time Warner's
/// shares`, `Cadbury's chief executive` (see [`Resolver::index_names`]). Sorted.
const BODY_BELONGINGS: &[&str] = &[
    "board",
    "chairman",
    "customers",
    "factories",
    "factory",
    "headquarters",
    "products",
    "profits",
    "revenues",
    "shareholders",
    "shares",
    "stock",
    "subsidiaries",
    "subsidiary",
    "turnover",
];

/// The nouns that name a body of any trade (`the company said`), for the body named last.
/// Sorted.
const GENERIC_BODY_NOUNS: &[&str] = &["company", "firm", "group"];

/// What news calls a body of a trade once it has named it (`the bank said`), and the nouns
/// that describe a firm or a company (`media group Reuters ... the company`). Sorted.
const TRADE_NOUNS: &[&str] = &[
    "airline",
    "bank",
    "brewer",
    "broadcaster",
    "carmaker",
    "carrier",
    "chain",
    "chipmaker",
    "company",
    "conglomerate",
    "consultancy",
    "drugmaker",
    "firm",
    "giant",
    "group",
    "insurer",
    "lender",
    "maker",
    "manufacturer",
    "operator",
    "provider",
    "publisher",
    "retailer",
];

/// Bodies other than firms that news calls by what they are once named (`AP news agency ...
/// the agency said`, `the court`). Sorted.
const OTHER_BODY_NOUNS: &[&str] = &[
    "agency",
    "alliance",
    "club",
    "consortium",
    "court",
    "tribunal",
    "union",
];

/// What news calls a publication once it has named it: `the paper said`. Sorted.
const PUBLICATION_NOUNS: &[&str] = &[
    "daily",
    "magazine",
    "newspaper",
    "paper",
    "tabloid",
    "weekly",
];

/// Words that make a name a publication's after its first word: `Financial Times`, `Wall
/// Street Journal`, `Arab News`, `Sunday Telegraph`; or alone: `the Observer`. Sorted.
const PUBLICATION_NAME_WORDS: &[&str] = &[
    "chronicle",
    "courier",
    "express",
    "gazette",
    "guardian",
    "herald",
    "independent",
    "journal",
    "mail",
    "mirror",
    "news",
    "observer",
    "post",
    "scotsman",
    "standard",
    "star",
    "sun",
    "telegraph",
    "times",
    "tribune",
];

/// How many tokens before `the paper` the publication it stands for is looked for: a few
/// paragraphs.
const PUBLICATION_LOOK_BACK: usize = 400;

/// How many indefinite person descriptions of the lede look for a named person below: a lede
/// introduces one or two (`a senior official`, `a former aide`).
const LEDE_DESCRIPTIONS: usize = 4;

/// How many named people of the two paragraphs after the lede such a description is compared
/// with, in order of first mention.
const LEDE_TARGETS: usize = 16;

/// The most tokens a run of name words may span and still be a name: `Sheikh Mohammed bin
/// Rashid Al Maktoum`, `Martin Luther King Jr.`.
const MAX_NAME_RUN: usize = 10;

/// The most tokens a title before a name spans: `Former Deputy Secretary of State`, `Lt. Gen.`.
const MAX_TITLE_TOKENS: usize = 8;

/// The most tokens a relative clause after a name may span and still be read as the end of
/// its sentence (`..., who paused to sign autographs.`): a pronoun's reading stays bounded
/// however long the sentence.
const MAX_RELATIVE_TOKENS: usize = 48;

/// How many tokens before a pronoun are searched for a candidate's name inside the quote
/// it attributes: a few sentences of quote, so that a pronoun's reading stays bounded.
const MAX_QUOTED_LOOKBACK: usize = 160;

/// How many names back a definite role looks for the name it was written before.
const MAX_TITLED_RUNS: usize = 64;

/// Role words too common to link two descriptions: every official is an official.
const GENERIC_ROLE_WORDS: &[&str] = &[
    "deputy",
    "official",
    "senior",
    "spokesman",
    "spokeswoman",
    "vice",
];

#[cfg(test)]
mod tests {
    use super::{
        BODY_BELONGINGS, CLAUSE_OPENERS, GENERIC_BODY_NOUNS, OTHER_BODY_NOUNS,
        PUBLICATION_NAME_WORDS, PUBLICATION_NOUNS, TRADE_NOUNS,
    };

    #[test]
    fn word_tables_are_sorted_for_binary_search() {
        for table in [
            BODY_BELONGINGS,
            GENERIC_BODY_NOUNS,
            PUBLICATION_NAME_WORDS,
            PUBLICATION_NOUNS,
            TRADE_NOUNS,
            OTHER_BODY_NOUNS,
            CLAUSE_OPENERS,
        ] {
            assert!(table.windows(2).all(|w| w[0] < w[1]), "{table:?}");
        }
    }
}
