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

    /// Words that cannot be part of a name or a noun phrase's head: they end a phrase.
    pub const FUNCTION: Class = Class(
        Class::DETERMINER.0
            | Class::PREPOSITION.0
            | Class::CONJUNCTION.0
            | Class::SUBORDINATOR.0
            | Class::AUXILIARY.0
            | Class::PRONOUN.0,
    );

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
}

/// Everything the lexicon knows of one word.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    pub word: &'static str,
    pub class: Class,
    pub cue: Option<CueWord>,
    pub number: Option<NumberWord>,
}

/// Identifies a lexicon entry; stored in tokens. Zero is "not in the lexicon".
pub(crate) type LexId = u16;

const SLOTS: usize = 4096;
/// Longest word the lexicon holds; longer words skip the lookup.
const MAX_WORD: usize = 16;

pub(crate) struct Lexicon {
    entries: Vec<Entry>,
    /// Open addressing, linear probing; a slot holds `LexId` (0: empty).
    slots: Vec<LexId>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// The shared lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    &LEXICON
}

#[inline]
fn hash_folded(word: &[u8]) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in word {
        h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3);
    }
    (h ^ (h >> 29)) as usize
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
            (words::GROUP_NOUNS, Class::GROUP_NOUN.with(Class::PLURAL)),
            (words::ORG_NOUNS, Class::ORG_NOUN),
            (words::PRONOUNS, Class::PRONOUN),
            (words::DETERMINERS, Class::DETERMINER),
            (words::PREPOSITIONS, Class::PREPOSITION),
            (words::CONJUNCTIONS, Class::CONJUNCTION),
            (words::SUBORDINATORS, Class::SUBORDINATOR),
            (words::AUXILIARIES, Class::AUXILIARY),
            (words::ATTRIBUTION_ADVERBS, Class::ADVERB),
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
        for (word, value) in numbers::NUMBER_WORDS {
            lex.update(word, |e| {
                e.class = e.class.with(Class::NUMBER);
                e.number = Some(*value);
            });
        }
        for verb in cues::CUE_VERBS {
            let needs_clause = cues::NEEDS_CLAUSE.binary_search(&verb.forms[0]).is_ok();
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
                        e.class = e.class.with(Class::CUE);
                        e.cue = Some(CueWord {
                            lemma: base,
                            kind: verb.kind,
                            form,
                            needs_clause,
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
                    class: Class::NONE,
                    cue: None,
                    number: None,
                });
                let id = LexId::try_from(self.entries.len()).unwrap_or(LexId::MAX);
                let mut slot = hash_folded(word.as_bytes()) % SLOTS;
                while self.slots.get(slot).is_some_and(|&s| s != 0) {
                    slot = (slot + 1) % SLOTS;
                }
                if let Some(s) = self.slots.get_mut(slot) {
                    *s = id;
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
        let mut slot = hash_folded(word) % SLOTS;
        loop {
            let id = *self.slots.get(slot)?;
            if id == 0 {
                return None;
            }
            let entry = self.entries.get(usize::from(id) - 1)?;
            if entry.word.as_bytes().eq_ignore_ascii_case(word) {
                return Some(id);
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
}

/// The exponent of a scale suffix written after digits (`k`, `m`, `bn`), case folded.
pub(crate) fn scale_suffix(word: &str) -> Option<u8> {
    numbers::SCALE_SUFFIXES
        .iter()
        .find(|(s, _)| s.eq_ignore_ascii_case(word))
        .map(|(_, e)| *e)
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
