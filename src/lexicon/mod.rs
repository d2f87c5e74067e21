//! The one word lookup every stage reads: each word token is classified once, when it is
//! tokenised, and later stages test the classes it carries.
//!
//! The tables are data ([`cues`], [`words`], [`numbers`]); this module merges them into one
//! open-addressing hash table, built on first use, keyed by the ASCII-lowercased word.

pub(crate) mod cues;
pub(crate) mod numbers;
pub(crate) mod words;

use crate::model::CueKind;
use numbers::NumberWord;
use std::sync::LazyLock;

/// A set of word classes, one bit each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Class(u32);

impl Class {
    pub const NONE: Class = Class(0);
    pub const CUE: Class = Class(1);
    pub const TITLE: Class = Class(1 << 1);
    pub const PERSON_NOUN: Class = Class(1 << 2);
    pub const GROUP_NOUN: Class = Class(1 << 3);
    pub const ORG_NOUN: Class = Class(1 << 4);
    pub const PRONOUN: Class = Class(1 << 5);
    pub const DETERMINER: Class = Class(1 << 6);
    pub const PREPOSITION: Class = Class(1 << 7);
    pub const CONJUNCTION: Class = Class(1 << 8);
    pub const SUBORDINATOR: Class = Class(1 << 9);
    pub const AUXILIARY: Class = Class(1 << 10);
    pub const ADVERB: Class = Class(1 << 11);
    pub const WEEKDAY: Class = Class(1 << 12);
    pub const MONTH: Class = Class(1 << 13);
    pub const TIME: Class = Class(1 << 14);
    pub const ABBREVIATION: Class = Class(1 << 15);
    pub const NAME_PARTICLE: Class = Class(1 << 16);
    pub const NAME_SUFFIX: Class = Class(1 << 17);
    pub const PLURAL: Class = Class(1 << 18);
    pub const NUMBER: Class = Class(1 << 19);
    pub const CURRENCY: Class = Class(1 << 20);
    pub const UNIT: Class = Class(1 << 21);
    pub const COUNT_LINK: Class = Class(1 << 22);
    pub const MEDIUM: Class = Class(1 << 23);
    /// Opens an amount before its numeral: the first word of a qualifier, a range opener, a
    /// sign word or an article (`more`, `between`, `minus`, `a`).
    pub const AMOUNT_OPENER: Class = Class(1 << 24);
    /// `according`, which opens the cue `according to`.
    pub const ACCORDING: Class = Class(1 << 25);
    /// A reporting verb that reports only with its particle (`pointed out`): no cue alone, so
    /// names and nouns read it as any word (`Talking Point`, `at one point`).
    pub const PARTICLE_CUE: Class = Class(1 << 26);
    /// A sentence connective (`however`, `meanwhile`): never part of a name.
    pub const CONNECTIVE: Class = Class(1 << 27);
    /// A title or role of men (`Mr`, `spokesman`): `she` does not stand for its bearer.
    pub const MALE: Class = Class(1 << 28);
    /// A title or role of women (`Mrs`, `spokeswoman`): `he` does not stand for its bearer.
    pub const FEMALE: Class = Class(1 << 29);
    /// A document of counted opinion (`poll`, `survey`) that may stand behind a clause. Held
    /// by the lexicon's entry only: a token keeps 30 bits of class beside its quote role, so
    /// this one is read through the token's lexicon id.
    pub const POLL: Class = Class(1 << 30);
    /// A past form not in `-ed` (`met`, `sold`), read as `-ed` is; held by the lexicon's
    /// entry only, as [`Class::POLL`] is.
    pub const PAST: Class = Class(1 << 31);

    /// Words that cannot be part of a name or a noun phrase's head: they end a phrase.
    pub const FUNCTION: Class = Class(
        Class::DETERMINER.0
            | Class::PREPOSITION.0
            | Class::CONJUNCTION.0
            | Class::SUBORDINATOR.0
            | Class::AUXILIARY.0
            | Class::PRONOUN.0,
    );

    /// The set with these bits.
    #[inline]
    pub const fn from_bits(bits: u32) -> Class {
        Class(bits)
    }

    /// The set's bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// Whether any class of `other` is in this set.
    #[inline]
    pub const fn has(self, other: Class) -> bool {
        self.0 & other.0 != 0
    }

    /// The union of both sets.
    pub const fn with(self, other: Class) -> Class {
        Class(self.0 | other.0)
    }
}

/// The inflection of a reporting verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VerbForm {
    /// `say`
    Base,
    /// `says`
    Third,
    /// `said`: simple past (and participle when they agree).
    Past,
    /// `written`: a past participle that differs from the past.
    Participle,
    /// `saying`
    Gerund,
}

/// A reporting verb form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CueWord {
    pub lemma: &'static str,
    pub kind: CueKind,
    pub form: VerbForm,
    /// Whether the verb reports only when a clause, colon or quote follows it.
    pub needs_clause: bool,
    /// Whether the verb's object is what was said: `accused the FDIC of ...`.
    pub takes_object: bool,
    /// Whether `to` and a verb may be what was said: `vowed to build a wall`.
    pub takes_infinitive: bool,
    /// Whether the verb attributes only a clause, never an object: `learned that ...`.
    pub clause_only: bool,
    /// Whether the verb's object is what it reports only when it names a person or a body:
    /// `blasted Rubio`, not `blasted the ball`.
    pub target_only: bool,
    /// The particle without which the verb reports nothing: `out` in `pointed out`.
    pub particle: Option<&'static str>,
}

impl CueWord {
    /// A cue that is a phrase of the grammar rather than an inflected verb of the lexicon:
    /// `according to`, the `in` before a poll.
    pub const fn phrase(lemma: &'static str, kind: CueKind) -> CueWord {
        CueWord {
            lemma,
            kind,
            form: VerbForm::Base,
            needs_clause: false,
            takes_object: false,
            takes_infinitive: false,
            clause_only: false,
            target_only: false,
            particle: None,
        }
    }
}

/// Everything the lexicon knows of one word.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    pub word: &'static str,
    packed: Packed,
    pub class: Class,
    pub cue: Option<CueWord>,
    pub number: Option<NumberWord>,
    /// How the word says a quantity changed: `rose`, `a drop`.
    pub change: Option<(crate::model::Direction, numbers::ChangeUse)>,
}

/// Identifies a lexicon entry; stored in tokens. Zero is "not in the lexicon".
pub(crate) type LexId = u16;

const SLOTS: usize = 4096;
/// Longest word the lexicon holds; longer words skip the lookup.
const MAX_WORD: usize = 16;

pub(crate) struct Lexicon {
    entries: Vec<Entry>,
    /// Open addressing, linear probing; a slot holds the top 16 bits of the key's hash and
    /// its `LexId` (0: empty), so a probe that misses rarely touches an entry.
    slots: Vec<u32>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// The shared lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    &LEXICON
}

/// The high bits of a hash, as stored in a slot beside the id.
#[inline]
fn tag(hash: usize) -> u32 {
    ((hash >> 16) as u32) & 0xFFFF_0000
}

/// A word of up to sixteen bytes packed into two case-folded little-endian words.
///
/// Setting bit 5 of every byte maps uppercase letters to lowercase and leaves the other
/// characters of lexicon words (`a`-`z`, `-`, `'`) as they are, so two words pack equal exactly
/// when they are equal ignoring ASCII case.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Packed(u64, u64);

impl Packed {
    #[inline]
    fn of(word: &[u8]) -> Packed {
        /// Up to eight bytes, folded; a full eight load as one word.
        #[inline]
        fn load(bytes: &[u8]) -> u64 {
            if let Ok(full) = <[u8; 8]>::try_from(bytes) {
                return u64::from_le_bytes(full) | 0x2020_2020_2020_2020;
            }
            let mut x = 0u64;
            for (i, &b) in bytes.iter().take(8).enumerate() {
                x |= u64::from(b | 0x20) << (8 * i);
            }
            x
        }
        let (head, tail) = word.split_at(word.len().min(8));
        Packed(
            load(head),
            load(tail.get(..tail.len().min(8)).unwrap_or_default()),
        )
    }

    /// The word at `start..end` of `text`, reading whole eight-byte words of the text when
    /// they are there and masking off what lies past the word.
    #[inline]
    fn of_text(text: &[u8], start: usize, end: usize) -> Packed {
        let len = end.saturating_sub(start);
        let word_at = |at: usize, n: usize| -> Option<u64> {
            if n == 0 {
                return Some(0);
            }
            let chunk = <[u8; 8]>::try_from(text.get(at..at + 8)?).ok()?;
            let mask = if n >= 8 {
                u64::MAX
            } else {
                (1u64 << (8 * n)) - 1
            };
            Some((u64::from_le_bytes(chunk) | 0x2020_2020_2020_2020) & mask)
        };
        match (
            word_at(start, len.min(8)),
            word_at(start + 8, len.saturating_sub(8)),
        ) {
            (Some(a), Some(b)) => Packed(a, b),
            _ => Packed::of(text.get(start..end).unwrap_or_default()),
        }
    }

    #[inline]
    fn hash(self, len: usize) -> usize {
        let h = (self.0 ^ (len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15))
            .wrapping_mul(0x517c_c1b7_2722_0a95)
            .rotate_left(23)
            ^ self.1;
        let h = h.wrapping_mul(0x517c_c1b7_2722_0a95);
        (h ^ (h >> 32)) as usize
    }
}

/// Hashes a word of up to sixteen bytes, folding ASCII case.
#[inline]
fn hash_folded(word: &[u8]) -> usize {
    Packed::of(word).hash(word.len())
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut lex = Lexicon {
            entries: Vec::with_capacity(1024),
            slots: vec![0; SLOTS],
        };
        let classes: &[(&[&str], Class)] = &[
            (words::TITLES, Class::TITLE.with(Class::PERSON_NOUN)),
            (words::PERSON_NOUNS, Class::PERSON_NOUN),
            (words::POSITIONS, Class::PERSON_NOUN),
            (words::GROUP_NOUNS, Class::GROUP_NOUN.with(Class::PLURAL)),
            (words::ORG_NOUNS, Class::ORG_NOUN),
            (words::PRONOUNS, Class::PRONOUN),
            (words::DETERMINERS, Class::DETERMINER),
            (words::PREPOSITIONS, Class::PREPOSITION),
            (words::CONJUNCTIONS, Class::CONJUNCTION),
            (words::SUBORDINATORS, Class::SUBORDINATOR),
            (words::AUXILIARIES, Class::AUXILIARY),
            (words::ATTRIBUTION_ADVERBS, Class::ADVERB),
            (words::CONNECTIVES, Class::CONNECTIVE),
            (words::MALE_WORDS, Class::MALE),
            (words::FEMALE_WORDS, Class::FEMALE),
            (words::WEEKDAYS, Class::WEEKDAY.with(Class::TIME)),
            (words::MONTHS, Class::MONTH.with(Class::TIME)),
            (words::TIME_WORDS, Class::TIME),
            (words::ABBREVIATIONS, Class::ABBREVIATION),
            (words::NAME_PARTICLES, Class::NAME_PARTICLE),
            (words::NAME_SUFFIXES, Class::NAME_SUFFIX),
            (words::IRREGULAR_PLURALS, Class::PLURAL),
            (words::CURRENCY_WORDS, Class::CURRENCY),
            (words::UNITS, Class::UNIT),
            (words::COUNT_LINKS, Class::COUNT_LINK),
            (words::MEDIA, Class::MEDIUM),
        ];
        for (table, class) in classes {
            for word in table.iter() {
                lex.update(word, |e| e.class = e.class.with(*class));
            }
        }
        for (words, _) in numbers::QUALIFIERS {
            if let Some(first) = words.first() {
                lex.update(first, |e| e.class = e.class.with(Class::AMOUNT_OPENER));
            }
        }
        lex.update("according", |e| e.class = e.class.with(Class::ACCORDING));
        for word in cues::POLLS {
            lex.update(word, |e| e.class = e.class.with(Class::POLL));
        }
        for word in words::IRREGULAR_PASTS {
            lex.update(word, |e| e.class = e.class.with(Class::PAST));
        }
        for word in ["a", "an", "between", "from", "minus", "negative"] {
            lex.update(word, |e| e.class = e.class.with(Class::AMOUNT_OPENER));
        }
        for (word, value) in numbers::NUMBER_WORDS {
            lex.update(word, |e| {
                e.class = e.class.with(Class::NUMBER);
                e.number = Some(*value);
            });
        }
        for (word, direction, how) in numbers::CHANGE_WORDS {
            lex.update(word, |e| e.change = Some((*direction, *how)));
        }
        for verb in cues::CUE_VERBS {
            let needs_clause = cues::NEEDS_CLAUSE.binary_search(&verb.forms[0]).is_ok();
            let takes_object = cues::TAKES_OBJECT.binary_search(&verb.forms[0]).is_ok();
            let takes_infinitive = cues::TAKES_INFINITIVE.binary_search(&verb.forms[0]).is_ok();
            let clause_only = cues::CLAUSE_ONLY.binary_search(&verb.forms[0]).is_ok();
            let target_only = cues::TARGET_ONLY.binary_search(&verb.forms[0]).is_ok();
            let particle = cues::particle_of(verb.forms[0]);
            // A verb that reports only with its particle or an attitude is no verb on its own
            // for the readers of names and phrases (`his voice`, `a pay raise`).
            let bound = particle.is_some() || cues::attitudes_of(verb.forms[0]).is_some();
            let [base, third, past, participle, gerund] = verb.forms;
            let forms = [
                (base, VerbForm::Base),
                (third, VerbForm::Third),
                (past, VerbForm::Past),
                (participle, VerbForm::Participle),
                (gerund, VerbForm::Gerund),
            ];
            for (form_word, form) in forms {
                lex.update(form_word, |e| {
                    if e.cue.is_none() {
                        e.class = e.class.with(if bound {
                            Class::PARTICLE_CUE
                        } else {
                            Class::CUE
                        });
                        e.cue = Some(CueWord {
                            lemma: base,
                            kind: verb.kind,
                            form,
                            needs_clause,
                            takes_object,
                            takes_infinitive,
                            clause_only,
                            target_only,
                            particle,
                        });
                    }
                });
            }
        }
        lex
    }

    /// Applies `update` to the entry for `word`, creating the entry first when it is new.
    /// Only called while building.
    fn update(&mut self, word: &'static str, update: impl FnOnce(&mut Entry)) {
        let id = match self.find(word.as_bytes()) {
            Some(id) => id,
            None => {
                self.entries.push(Entry {
                    word,
                    packed: Packed::of(word.as_bytes()),
                    class: Class::NONE,
                    cue: None,
                    number: None,
                    change: None,
                });
                let id = LexId::try_from(self.entries.len()).unwrap_or(LexId::MAX);
                let hash = hash_folded(word.as_bytes());
                let mut slot = hash % SLOTS;
                while self.slots.get(slot).is_some_and(|&s| s != 0) {
                    slot = (slot + 1) % SLOTS;
                }
                if let Some(s) = self.slots.get_mut(slot) {
                    *s = tag(hash) | u32::from(id);
                }
                id
            }
        };
        if let Some(entry) = self.entries.get_mut(usize::from(id).saturating_sub(1)) {
            update(entry);
        }
    }

    /// The id of `word` (ASCII case folded), if the lexicon holds it.
    #[inline]
    pub fn find(&self, word: &[u8]) -> Option<LexId> {
        if word.is_empty() || word.len() > MAX_WORD {
            return None;
        }
        self.find_packed(Packed::of(word), word.len())
    }

    /// The id of the word at `start..end` of `text` (ASCII case folded); the same as
    /// [`Lexicon::find`] on that slice, reading the text a word at a time.
    #[inline]
    pub fn find_in(&self, text: &[u8], start: usize, end: usize) -> Option<LexId> {
        let len = end.checked_sub(start)?;
        if len == 0 || len > MAX_WORD {
            return None;
        }
        self.find_packed(Packed::of_text(text, start, end), len)
    }

    #[inline]
    fn find_packed(&self, packed: Packed, len: usize) -> Option<LexId> {
        let hash = packed.hash(len);
        let want = tag(hash);
        let mut slot = hash % SLOTS;
        loop {
            let s = *self.slots.get(slot)?;
            if s == 0 {
                return None;
            }
            if s & 0xFFFF_0000 == want {
                let id = (s & 0xFFFF) as LexId;
                let entry = self.entries.get(usize::from(id).checked_sub(1)?)?;
                if entry.packed == packed && entry.word.len() == len {
                    return Some(id);
                }
            }
            slot = (slot + 1) % SLOTS;
        }
    }

    /// The entry of an id from [`Lexicon::find`].
    #[inline]
    pub fn entry(&self, id: LexId) -> Option<&Entry> {
        self.entries.get(usize::from(id).checked_sub(1)?)
    }

    /// The classes of an id; no class for 0.
    #[inline]
    pub fn class(&self, id: LexId) -> Class {
        self.entry(id).map_or(Class::NONE, |e| e.class)
    }

    /// Whether the id is a word the lexicon knows of (0 is none), not only for the gender of
    /// its bearer (`actress` is held for that alone) or as a past form (`Rose`, `Met Office`
    /// open names).
    pub fn knows(&self, id: LexId) -> bool {
        self.entry(id).is_some_and(|e| {
            e.cue.is_some()
                || e.number.is_some()
                || e.class.0 & !(Class::MALE.0 | Class::FEMALE.0 | Class::PAST.0) != 0
        })
    }
}

/// A word folded to ASCII lowercase without allocating: the word itself when it has no ASCII
/// capital (most words), else a copy on the stack. Words longer than the buffer fold to the
/// empty string, which matches no literal the grammars use, without being read: a rule may
/// fold the same word once per cue of its sentence, and a word may be megabytes long.
#[derive(Clone, Copy)]
pub(crate) struct Folded<'a> {
    /// The word, when it is already lower case.
    lower: Option<&'a str>,
    buf: [u8; 32],
    len: usize,
}

impl<'a> Folded<'a> {
    pub fn as_str(&self) -> &str {
        match self.lower {
            Some(word) => word,
            None => self
                .buf
                .get(..self.len)
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default(),
        }
    }
}

impl std::ops::Deref for Folded<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Folded<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// `word` with ASCII letters lower-cased.
pub(crate) fn fold(word: &str) -> Folded<'_> {
    let mut out = Folded {
        lower: None,
        buf: [0; 32],
        len: 0,
    };
    if word.len() > out.buf.len() {
        return out;
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        out.lower = Some(word);
    } else {
        for (b, c) in out.buf.iter_mut().zip(word.bytes()) {
            *b = c.to_ascii_lowercase();
        }
        out.len = word.len();
    }
    out
}

/// `word.fold_ascii()`: [`fold`] as a method.
pub(crate) trait FoldAscii {
    fn fold_ascii(&self) -> Folded<'_>;
}

impl FoldAscii for str {
    fn fold_ascii(&self) -> Folded<'_> {
        fold(self)
    }
}

/// A hash of a word with ASCII case folded: equal for `Ma` and `MA`.
pub(crate) fn word_key(word: &str) -> u64 {
    word.as_bytes().chunks(16).fold(0u64, |h, chunk| {
        (h.rotate_left(17) ^ hash_folded(chunk) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
    })
}

/// Whose given name a word is, when the lexicon lists it: `James` a man's, `Karen` a
/// woman's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum GivenName {
    /// Listed in [`words::GIVEN_NAMES_MALE`].
    Male,
    /// Listed in [`words::GIVEN_NAMES_FEMALE`].
    Female,
}

/// Whether `word` is a reflexive pronoun of the third person or `myself`, as written in lower
/// case: `Henson himself says`, `Deutsche Bank - itself a target -`.
pub(crate) fn is_reflexive(word: &str) -> bool {
    matches!(
        word,
        "himself" | "herself" | "itself" | "themselves" | "myself"
    )
}

/// Whose given name `word` is, case folded, when the lexicon lists it.
pub(crate) fn given_name(word: &str) -> Option<GivenName> {
    let w = fold(word);
    if words::GIVEN_NAMES_MALE.binary_search(&w.as_str()).is_ok() {
        Some(GivenName::Male)
    } else if words::GIVEN_NAMES_FEMALE.binary_search(&w.as_str()).is_ok() {
        Some(GivenName::Female)
    } else {
        None
    }
}

/// The exponent of a scale suffix written after digits (`k`, `m`, `bn`), case folded.
pub(crate) fn scale_suffix(word: &str) -> Option<u8> {
    numbers::SCALE_SUFFIXES
        .iter()
        .find(|(s, _)| s.eq_ignore_ascii_case(word))
        .map(|(_, e)| *e)
}

/// What a number word is, when `word` is one: `million` is a scale.
pub(crate) fn number_word(word: &str) -> Option<numbers::NumberWord> {
    let lex = lexicon();
    lex.entry(lex.find(word.as_bytes())?)?.number
}

/// Whether a word names a currency: `euro`, `rand`, `dollars`.
pub(crate) fn is_currency_word(word: &str) -> bool {
    let lex = lexicon();
    lex.find(word.as_bytes())
        .is_some_and(|id| lex.class(id).has(Class::CURRENCY))
}

/// The multiple a hyphenated `-fold` word names: `three-fold` is 3, `ten-fold` 10 (the
/// one-word forms, `threefold`, are lexicon entries).
pub(crate) fn fold_multiple(word: &str) -> Option<i128> {
    let cut = word.len().checked_sub(4)?;
    let (head, suffix) = (word.get(..cut)?, word.get(cut..)?);
    if !suffix.eq_ignore_ascii_case("fold") {
        return None;
    }
    let head = head.strip_suffix('-').unwrap_or(head);
    match number_word(head)? {
        numbers::NumberWord::Unit(n)
        | numbers::NumberWord::Teen(n)
        | numbers::NumberWord::Tens(n)
            if n >= 2 =>
        {
            Some(i128::from(n))
        }
        numbers::NumberWord::Hundred => Some(100),
        numbers::NumberWord::Scale(e) => 10i128.checked_pow(u32::from(e)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(word: &str) -> Class {
        let lex = lexicon();
        lex.find(word.as_bytes())
            .map_or(Class::NONE, |id| lex.class(id))
    }

    #[test]
    fn finds_words_in_any_case() {
        assert!(classes("said").has(Class::CUE));
        assert!(classes("SAID").has(Class::CUE));
        assert!(classes("Minister").has(Class::TITLE));
        assert!(classes("may").has(Class::MONTH));
        assert!(classes("may").has(Class::AUXILIARY));
        assert_eq!(classes("zhaoxu"), Class::NONE);
        assert_eq!(classes(""), Class::NONE);
        assert_eq!(classes("an-extremely-long-hyphenated-word"), Class::NONE);
    }

    #[test]
    fn cue_forms_carry_their_lemma() {
        let lex = lexicon();
        let cue = |w: &str| lex.find(w.as_bytes()).and_then(|id| lex.entry(id)?.cue);
        let said = cue("said");
        assert_eq!(said.map(|c| c.lemma), Some("say"));
        assert_eq!(said.map(|c| c.form), Some(VerbForm::Past));
        assert_eq!(cue("adding").map(|c| c.form), Some(VerbForm::Gerund));
        assert_eq!(cue("tweeted").map(|c| c.kind), Some(CueKind::Writing));
        assert_eq!(cue("believes").map(|c| c.kind), Some(CueKind::Belief));
        assert_eq!(cue("shows").map(|c| c.kind), Some(CueKind::Evidence));
        assert_eq!(cue("found").map(|c| c.needs_clause), Some(true));
        assert_eq!(cue("house"), None);
    }

    #[test]
    fn finding_in_text_agrees_with_finding_a_slice() {
        let lex = lexicon();
        let text = b"Said the MINISTER, twenty-one spokespeople; x";
        for (start, end) in [
            (0, 4),
            (5, 8),
            (9, 17),
            (19, 29),
            (30, 42),
            (44, 45),
            (30, 44),
        ] {
            let slice = &text[start..end];
            assert_eq!(
                lex.find_in(text, start, end),
                lex.find(slice),
                "{start}..{end}"
            );
        }
    }

    #[test]
    fn number_words_carry_their_value() {
        let lex = lexicon();
        let number = |w: &str| lex.find(w.as_bytes()).and_then(|id| lex.entry(id)?.number);
        assert_eq!(number("seven"), Some(NumberWord::Unit(7)));
        assert_eq!(number("Million"), Some(NumberWord::Scale(6)));
        assert_eq!(number("third"), Some(NumberWord::Ordinal(3)));
        assert_eq!(scale_suffix("BN"), Some(9));
        assert_eq!(scale_suffix("x"), None);
    }
}
