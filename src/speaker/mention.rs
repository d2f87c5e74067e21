//! Speaker mentions: the words that name who speaks, read from tokens.
//!
//! A mention is a pronoun (`he`), a name with or without a title (`Vice-Foreign Minister Ma
//! Zhaoxu`, `Ma`), or a description (`a senior official of the Foreign Ministry`, `the
//! ministry`, `officials`). The attribution grammar finds where a mention must stand (between
//! a clause boundary and the reporting verb, or right after an inverted verb) and asks this
//! module to read the tokens there; anything that is not a noun phrase is refused.

use crate::lexicon::FoldAscii;
use crate::lexicon::{Class, VerbForm, lexicon, words};
use crate::model::SpeakerKind;
use crate::segment::token::{Flags, Kind, Token};
use std::ops::Range;

/// A personal pronoun used as a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    He,
    She,
    They,
    It,
    We,
    I,
    You,
    /// A relative pronoun, standing for its antecedent.
    Who,
}

/// How a mention is built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    Pronoun(Pronoun),
    /// A name, maybe with a title before it.
    Name,
    /// A description without a name; `definite` for `the ...` and possessives.
    Description {
        definite: bool,
    },
}

/// A mention, read from tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct MentionParse {
    /// All the mention's tokens.
    pub tokens: Range<usize>,
    pub form: Form,
    /// The tokens of the name, for a name.
    pub name: Option<Range<usize>>,
    /// The title or role: the words before a name, or a description's role words.
    pub title: Option<Range<usize>>,
    /// The organisation a role names: `Foreign Ministry` in `an official of the Foreign
    /// Ministry`, `China` in `China's foreign ministry`.
    pub affiliation: Option<Range<usize>>,
    /// A description set beside the mention, between commas: `deputy director of ...`.
    pub appositive: Option<Box<MentionParse>>,
    /// What a relative pronoun stands for: `Smith` in `Smith, who said ...`.
    pub antecedent: Option<Box<MentionParse>>,
    pub kind: SpeakerKind,
}

impl MentionParse {
    /// An indefinite description of `kind` with nothing read but its tokens: a quantifier
    /// (`others`), an aside (`who ...`), any noun phrase as a source.
    pub(crate) fn bare(tokens: Range<usize>, kind: SpeakerKind) -> MentionParse {
        MentionParse {
            tokens,
            form: Form::Description { definite: false },
            name: None,
            title: None,
            affiliation: None,
            appositive: None,
            antecedent: None,
            kind,
        }
    }
}

/// What a body is, said in lower case after its name: `Reuters news agency`, `the BBC News
/// website`. Sorted.
const BODY_KINDS: &[&str] = &[
    "agency",
    "broadcaster",
    "channel",
    "magazine",
    "newspaper",
    "paper",
    "website",
];

/// Letters written after a person's name for an office or an honour: `Guy Mansfield QC`,
/// `Frank Field MP`.
pub(crate) const POST_NOMINALS: &[&str] = &["CBE", "KC", "MBE", "MEP", "MP", "MSP", "OBE", "QC"];

/// Reads tokens of a mention.
pub(crate) struct MentionReader<'a> {
    pub toks: &'a [Token],
    pub text: &'a str,
}

/// Longest mention read, in tokens.
pub(crate) const MAX_MENTION: usize = 14;

/// The most tokens a phrase that opens a sentence may span with its comma: `Earlier this
/// year,`, `In Wednesday's Budget,`.
const MAX_FRONTED_PHRASE: usize = 6;

/// Nouns that end the name of a body but are verbs too, so the lexicon does not list them as
/// organisation nouns: `the Internet Engineering Task Force`, `the Lottery Fund`.
const BODY_TAILS: &[&str] = &[
    "force",
    "forces",
    "forum",
    "fund",
    "panel",
    "programme",
    "project",
    "society",
    "trust",
    "unit",
];

impl<'a> MentionReader<'a> {
    fn tok(&self, i: usize) -> Option<&'a Token> {
        self.toks.get(i)
    }

    /// Where the subject of a sentence opening at `start` may start: after a connective and
    /// its comma (`However, MPC member Paul Tucker voted`), after `but`, `and` or `yet`, after a
    /// short phrase and its comma (`In January, Mr Kilroy-Silk quit`), or at `start`.
    pub fn past_connective(&self, start: usize) -> usize {
        let connective = self.tok(start).is_some_and(|t| t.is(Class::CONNECTIVE))
            && self.tok(start + 1).is_some_and(|t| t.kind == Kind::Comma);
        // `But Manchester United manager Sir Alex Ferguson hinted ...`: a conjunction that
        // opens the sentence, with or without its comma.
        let conjunction = !connective
            && matches!(
                self.text_of(start).fold_ascii().as_str(),
                "but" | "and" | "yet"
            );
        if conjunction {
            return start
                + 1
                + usize::from(self.tok(start + 1).is_some_and(|t| t.kind == Kind::Comma));
        }
        if connective {
            return start + 2;
        }
        self.past_fronted_phrase(start).unwrap_or(start)
    }

    /// One past the comma of a short phrase that opens the sentence at `start`: a time (`In
    /// January,`, `Last week,`, `Earlier this year,`, `In 2003,`) or a preposition and its noun
    /// phrase (`In his speech,`, `Under the fiscal responsibility law,`); not a clause (`After
    /// he left,`).
    fn past_fronted_phrase(&self, start: usize) -> Option<usize> {
        let comma = (start + 1..start + MAX_FRONTED_PHRASE)
            .find(|&k| self.tok(k).is_some_and(|t| t.kind == Kind::Comma))?;
        let mut timed = false;
        let phrase = self.tok(start).is_some_and(|t| {
            t.is(Class::PREPOSITION) && !self.text_of(start).eq_ignore_ascii_case("of")
        });
        for k in start..comma {
            let t = self.tok(k)?;
            if t.is(Class::TIME) || t.kind == Kind::Number {
                timed = true;
            } else if !(t.is(Class::PREPOSITION)
                || matches!(
                    self.text_of(k).fold_ascii().as_str(),
                    "this" | "that" | "the" | "next" | "early"
                )
                || phrase
                    && k > start
                    && (t.is_word()
                        && !t.is(Class::PRONOUN.with(Class::AUXILIARY).with(Class::CUE))
                        || t.kind == Kind::Possessive))
            {
                return None;
            }
        }
        (timed || phrase).then_some(comma + 1)
    }

    /// Whether token `i` is a verb as the lexicon and the word's shape tell: an auxiliary, an
    /// adverb before one, a reporting verb not in `-ing`, or a past in `-ed` or of the
    /// irregular ones the lexicon lists.
    pub fn verb_at(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            let w = t.text(self.text);
            t.is_word()
                && !t.is_capitalized()
                && (t.is(Class::AUXILIARY.with(Class::ADVERB))
                    || t.is(Class::CUE) && !w.ends_with("ing") && !self.think_tank(i)
                    || w.len() > 4 && w.ends_with("ed")
                    || lexicon().class(t.lex).has(Class::PAST))
        })
    }

    /// Whether token `i` is the `think` of `think tank`, a noun.
    pub fn think_tank(&self, i: usize) -> bool {
        self.text_of(i).eq_ignore_ascii_case("think")
            && ["tank", "tanks"]
                .iter()
                .any(|w| self.text_of(i + 1).eq_ignore_ascii_case(w))
    }

    fn text_of(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    /// The pronoun at `i`, if the token is one.
    pub fn pronoun(&self, i: usize) -> Option<Pronoun> {
        let t = self.tok(i)?;
        if !t.is_word() {
            return None;
        }
        let text = t.text(self.text);
        // `I've`, `you'd`, `they'll`: a pronoun and a clitic auxiliary (read only for a word
        // with an apostrophe, so that other words are not folded).
        let clitic = !t.is(Class::PRONOUN)
            && text.len() <= 8
            && text.bytes().any(|b| b == b'\'' || b == 0xE2);
        if !t.is(Class::PRONOUN) && !clitic {
            return None;
        }
        let folded = text.fold_ascii();
        let word = match folded.split_once(['\'', '’']) {
            Some((head, "ve" | "d" | "ll" | "re" | "m")) => head,
            _ if t.is(Class::PRONOUN) => folded.as_str(),
            _ => return None,
        };
        Some(match word {
            "he" => Pronoun::He,
            "she" => Pronoun::She,
            "they" => Pronoun::They,
            "it" => Pronoun::It,
            "we" => Pronoun::We,
            "i" => Pronoun::I,
            "you" => Pronoun::You,
            _ => return None,
        })
    }

    /// Whether token `i` can be part of a name: a capitalized word that is no function word,
    /// an initial (`J.`), or a particle inside a name (`von`).
    pub fn name_word(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        if t.kind == Kind::Period {
            // The dot of an initial: `George W. Bush`.
            return i
                .checked_sub(1)
                .and_then(|k| self.tok(k))
                .is_some_and(|p| p.is_capitalized() && self.text_of(i - 1).chars().count() == 1)
                && t.is_attached();
        }
        // `Marks & Spencer`, `Cable & Wireless`: an ampersand between capitalized words.
        if t.kind == Kind::Symbol && self.text_of(i) == "&" {
            let capital = |k: usize| {
                self.tok(k)
                    .is_some_and(|n| n.is_word() && n.is_capitalized())
            };
            return i.checked_sub(1).is_some_and(capital) && capital(i + 1);
        }
        // `Number 10`, `Radio 4`, `Channel 4`: a small number closes a name.
        if t.kind == Kind::Number {
            let digits = self.text_of(i);
            return digits.len() <= 3
                && digits.bytes().all(|b| b.is_ascii_digit())
                && i.checked_sub(1).and_then(|k| self.tok(k)).is_some_and(|p| {
                    p.is_word()
                        && p.is_capitalized()
                        && !p.is(Class::MONTH.with(Class::WEEKDAY).with(Class::FUNCTION))
                })
                // Not `5pts`, a number with its unit.
                && !self.tok(i + 1).is_some_and(|n| {
                    n.is_word() && (n.is_capitalized() || n.is_attached())
                        || n.kind == Kind::Number
                });
        }
        if !t.is_word() {
            return false;
        }
        if t.is(Class::NAME_PARTICLE) && !t.is_capitalized() {
            return true;
        }
        // `Jan Bolz`, `May Berg`: a month's name before a surname is a first name (not in
        // `in May Berg said`, `May 5`).
        if t.is(Class::MONTH)
            && t.is_capitalized()
            && !t.has(Flags::DOTTED)
            && self.tok(i + 1).is_some_and(|n| {
                n.is_word()
                    && n.is_capitalized()
                    && !n.has(Flags::ALL_CAPS)
                    && !n.is(Class::CUE
                        .with(Class::MONTH)
                        .with(Class::WEEKDAY)
                        .with(Class::FUNCTION)
                        .with(Class::TITLE))
            })
            && !i
                .checked_sub(1)
                .and_then(|k| self.tok(k))
                .is_some_and(|p| p.is(Class::PREPOSITION) || p.kind == Kind::Number)
        {
            return true;
        }
        // An acronym is a name even when it spells a word (`WHO`); a title is not a name.
        let acronym = t.has(Flags::ALL_CAPS);
        // `The Sun`: a weekday's short form after `the` names a newspaper, not a day.
        // So does a weekday between `the` and a name word: `the Sunday Times`.
        let day_name = t.is(Class::WEEKDAY)
            && (t.text(self.text).len() <= 4
                || self.tok(i + 1).is_some_and(|n| {
                    n.is_word()
                        && n.is_capitalized()
                        && !n.is(Class::FUNCTION.with(Class::TIME).with(Class::CUE))
                }))
            && i.checked_sub(1).is_some_and(|k| {
                self.tok(k)
                    .is_some_and(|p| p.text(self.text).eq_ignore_ascii_case("the"))
            });
        // `Worryingly`, `Crucially`: an adverb opening the sentence, by its ending.
        // Short ones (`Sadly`, `Oddly`, `Rightly`) by endings that end no name (`Sally`
        // does). Inside a sentence a capitalized word is a name (`"...," Bradly said`).
        let opens = i.checked_sub(1).and_then(|k| self.tok(k)).is_none_or(|p| {
            p.is_terminal() || p.opens() || matches!(p.kind, Kind::Colon | Kind::Semicolon)
        }) || t.has(Flags::LINE);
        let adverb = !acronym && opens && {
            let w = t.text(self.text);
            w.len() >= 7
                && [
                    "ingly", "edly", "ously", "ively", "fully", "ally", "ently", "antly", "ably",
                    "ibly",
                ]
                .iter()
                .any(|e| w.ends_with(e))
                || w.len() >= 5 && ["dly", "ghtly", "ssly"].iter().any(|e| w.ends_with(e))
        };
        t.is_capitalized()
            && !adverb
            && !t.is(Class::ADVERB)
            // `MP` is a title, though an acronym, before a name (`Labour MP Diane Abbott`);
            // after one it closes the name (`Frank Field MP`).
            && !t.is(Class::CONNECTIVE)
            && !self.opening_role(i)
            && (!t.is(Class::TITLE)
                || acronym && !self.name_follows(i) && self.after_name(i)
                || self.surname_after_courtesy(i))
            && (acronym || !t.is(Class::FUNCTION))
            // (`the State Department`: a verb's bare form before a body's capitalized noun
            // is a word of its name.)
            && (!t.is(Class::CUE)
                || self.surname_like(i)
                || self.tok(i + 1).is_some_and(|n| {
                    n.is_capitalized() && n.is(Class::ORG_NOUN) && !n.is(Class::CUE)
                }) && lexicon()
                    .entry(t.lex)
                    .and_then(|e| e.cue)
                    .is_some_and(|c| c.form == VerbForm::Base))
            && (!t.is(Class::MONTH.with(Class::WEEKDAY)) || day_name)
            && !t.has(Flags::DOTTED)
            || self.inner_preposition(i)
    }

    /// `League Against Cruel Sports`, `Reporters Without Borders`, `Transport For London`: a
    /// capitalized preposition between capitalized words inside a body's name.
    fn inner_preposition(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        if !(t.is_capitalized() && t.is(Class::PREPOSITION)) {
            return false;
        }
        if !matches!(
            self.text_of(i).fold_ascii().as_str(),
            "against" | "without" | "for" | "behind" | "beyond" | "across"
        ) {
            return false;
        }
        let capital = |k: usize| {
            self.tok(k).is_some_and(|n| {
                n.is_word()
                    && n.is_capitalized()
                    && !n.has(Flags::ALL_CAPS)
                    && !n.is(Class::FUNCTION
                        .with(Class::TITLE)
                        .with(Class::TIME)
                        .with(Class::MONTH)
                        .with(Class::WEEKDAY))
            })
        };
        i.checked_sub(1).is_some_and(capital) && capital(i + 1)
    }

    /// Whether token `i` is the plural of a role or body noun the lexicon holds in the
    /// singular: `companies`, `insurers`, `unions`, `colleagues` is not (the lexicon has no
    /// `colleague`).
    pub fn plural_of_role(&self, i: usize) -> bool {
        let w = self.text_of(i).as_bytes();
        if w.len() < 4 || w.len() > 32 || !w.ends_with(b"s") || w.ends_with(b"ss") {
            return false;
        }
        let role = |stem: &[u8]| {
            lexicon().find(stem).is_some_and(|id| {
                lexicon().class(id).has(
                    Class::PERSON_NOUN
                        .with(Class::GROUP_NOUN)
                        .with(Class::ORG_NOUN)
                        .with(Class::TITLE),
                )
            })
        };
        // `companies`: the singular ends in `y`.
        let mut buf = [0u8; 32];
        let y_stem = y_singular(w, &mut buf);
        y_stem.is_some_and(role) || w.strip_suffix(b"s").is_some_and(role)
    }

    /// Whether a capitalized word that is no title or function word stands before token `i`.
    fn after_name(&self, i: usize) -> bool {
        i.checked_sub(1).and_then(|k| self.tok(k)).is_some_and(|p| {
            p.is_word() && p.is_capitalized() && !p.is(Class::FUNCTION.with(Class::TITLE))
        })
    }

    /// Whether token `i` is a lower-case word in `-ed` right after a name: its verb in the past
    /// (`Lord Browne rejected calls`, `Netcraft analysed`; a participle after a name takes a
    /// hyphen: `Shell-owned`).
    pub fn past_after_name(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            let w = t.text(self.text);
            t.is_word()
                && !t.is_capitalized()
                && !t.is(Class::FUNCTION)
                && w.len() > 4
                && w.ends_with("ed")
        }) && self.after_name(i)
    }

    /// Whether token `i` is a role noun that opens a sentence before a name: `Teenager Sania
    /// Mirza`, `Striker Thierry Henry`, `Sprinter Walker` (the role is capitalized only because
    /// the sentence starts there, perhaps after a closing quote mark: `..." Actress Sandra
    /// Dee`), or that goes on a capitalized title (`Chief Executive Martin Sorrell`).
    fn opening_role(&self, i: usize) -> bool {
        let prev = |k: usize| k.checked_sub(1).and_then(|k| self.tok(k));
        self.tok(i).is_some_and(|t| {
            t.is(Class::PERSON_NOUN) && !t.has(Flags::ALL_CAPS) && {
                t.has(Flags::LINE)
                    || prev(i).is_none_or(|p| {
                        p.is_terminal()
                            || matches!(p.kind, Kind::Quote(_))
                                && prev(i - 1).is_some_and(Token::is_terminal)
                            || p.is_word() && p.is_capitalized() && p.is(Class::TITLE)
                    })
            }
        }) && self.name_follows(i)
    }

    /// Whether the title word at `i` is a surname after a courtesy title or a known first
    /// name: `Mr Dean`, `Ms King`, `Mr. Major`, `Stephen King`; not when a name follows (`Mr
    /// Justice Collins`).
    fn surname_after_courtesy(&self, i: usize) -> bool {
        let Some(mut k) = i.checked_sub(1) else {
            return false;
        };
        if self
            .tok(k)
            .is_some_and(|t| t.kind == Kind::Period && t.is_attached())
        {
            let Some(before) = k.checked_sub(1) else {
                return false;
            };
            k = before;
        }
        let before = self.text_of(k).fold_ascii();
        // `Stephen King`, `John Major`, `Carole King`: after a first name the lists know, too.
        let given = k + 1 == i && crate::lexicon::given_name(before.as_str()).is_some();
        (given || matches!(before.as_str(), "mr" | "mrs" | "ms" | "miss" | "mx" | "dr"))
            && self
                .tok(k)
                .is_some_and(|t| t.is_word() && t.is_capitalized())
            && !self.name_follows(i)
    }

    /// Whether a capitalized word that is no title follows token `i`.
    fn name_follows(&self, i: usize) -> bool {
        self.tok(i + 1).is_some_and(|n| {
            n.is_word() && n.is_capitalized() && !n.is(Class::FUNCTION.with(Class::TITLE))
        })
    }

    /// `Liz Yelling`, `Tom Says`: a capitalized cue word right after a name word is a surname.
    pub fn surname_like(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.is_capitalized() && !t.has(Flags::ALL_CAPS))
            && i.checked_sub(1).and_then(|k| self.tok(k)).is_some_and(|p| {
                p.is_capitalized()
                    && !p.is(Class::FUNCTION.with(Class::TITLE).with(Class::CUE))
                    && !p.has(Flags::ALL_CAPS)
            })
    }

    /// Whether token `i` is a verb form that cannot be inside a noun phrase: a reporting verb in
    /// the past or as a participle, or an auxiliary.
    /// Whether token `k` is `that` as a determiner: after a preposition, before a noun (`The
    /// head of that tribunal`); not after `in`, which may open a clause (`in that it ...`).
    pub fn determiner_that(&self, k: usize) -> bool {
        self.text_of(k) == "that"
            && k > 0
            && self.tok(k - 1).is_some_and(|p| {
                p.is(Class::PREPOSITION) && !p.text(self.text).eq_ignore_ascii_case("in")
            })
            && self.tok(k + 1).is_some_and(|n| {
                n.is_word()
                    && !n.is_capitalized()
                    && !n.is(Class::PRONOUN.with(Class::DETERMINER).with(Class::FUNCTION))
            })
    }

    fn verb_like(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        if t.has(Flags::ALL_CAPS) {
            // `WHO`, `IT`: acronyms, not words.
            return false;
        }
        if t.is(Class::AUXILIARY) || t.is(Class::SUBORDINATOR) && !self.determiner_that(i) {
            return true;
        }
        if self.surname_like(i) {
            return false;
        }
        if self.past_after_name(i) {
            return true;
        }
        t.is(Class::CUE)
            && lexicon().entry(t.lex).and_then(|e| e.cue).is_some_and(|c| {
                matches!(
                    c.form,
                    VerbForm::Past | VerbForm::Gerund | VerbForm::Participle
                )
            })
            // `those questioned`, `those asked`: a participle after `those` says who they
            // are.
            && !i
                .checked_sub(1)
                .is_some_and(|k| self.text_of(k).eq_ignore_ascii_case("those"))
    }

    /// Whether token `i` may stand inside a mention at all.
    fn mention_token(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        match t.kind {
            Kind::Word => !self.verb_like(i) || t.is(Class::PRONOUN),
            Kind::Possessive => true,
            Kind::Period => {
                // `Dr.`, `Sen.`, and initials.
                t.is_attached()
                    && i.checked_sub(1).and_then(|k| self.tok(k)).is_some_and(|p| {
                        p.is(Class::ABBREVIATION) || (p.is_capitalized() && p.end - p.start == 1)
                    })
            }
            Kind::Hyphen => true,
            Kind::Symbol => self.text_of(i) == "&",
            // `1,409 teachers`, `59 percent of voters`
            Kind::Number => true,
            // `47% of voters`: the sign after its number.
            Kind::Percent => i
                .checked_sub(1)
                .and_then(|k| self.tok(k))
                .is_some_and(|p| p.kind == Kind::Number),
            _ => false,
        }
    }

    /// Reads tokens `range` as a mention, or refuses them; a name followed by `of PLACE`
    /// (`former Gov. Jeb Bush of Florida`, `Ma and Zeng of the Health Ministry`) keeps the
    /// place as its affiliation.
    /// `the British Bankers' Association`: after an optional `the`, capitalized words (with
    /// `and` or `&` between them), a plural possessive (a bare apostrophe after an `-s` word)
    /// and a capitalized body's noun that ends the range: one body's name.
    fn plural_owner_body(&self, range: Range<usize>) -> Option<MentionParse> {
        let start = range.start + usize::from(self.the_only(range.start));
        let last = range.end.checked_sub(1)?;
        let p = last.checked_sub(1)?;
        let apostrophe = self.tok(p).is_some_and(|t| {
            t.kind == Kind::Possessive && matches!(t.text(self.text), "'" | "\u{2019}")
        });
        if !apostrophe
            || p < start + 1
            || !self
                .tok(last)
                .is_some_and(|t| t.is_capitalized() && t.is(Class::ORG_NOUN))
            || !self
                .tok(p - 1)
                .is_some_and(|t| t.is_capitalized() && t.text(self.text).ends_with('s'))
            || !(start..p).all(|k| {
                self.tok(k).is_some_and(|t| {
                    t.is_word() && t.is_capitalized() || matches!(t.text(self.text), "and" | "&")
                })
            })
        {
            return None;
        }
        Some(MentionParse {
            form: Form::Name,
            name: Some(start..range.end),
            ..MentionParse::bare(range, SpeakerKind::Organisation)
        })
    }

    pub fn classify(&self, range: Range<usize>) -> Option<MentionParse> {
        // `Anyone who says ...`, `Someone said`, `Everybody agrees`: an indefinite pronoun
        // that opens a sentence is no name.
        if range.len() == 1 && self.indefinite_pronoun(range.start) {
            return Some(MentionParse::bare(range, SpeakerKind::Person));
        }
        // `But economists said`, `And the judges ...`: a conjunction opening the sentence
        // joins it to the one before and names no one.
        if range.len() > 1
            && self
                .tok(range.start)
                .is_some_and(|t| t.is_capitalized() && t.is(Class::CONJUNCTION))
        {
            return self.classify(range.start + 1..range.end);
        }
        // `Kasich says`: a name and its reporting verb are a clause, not a mention.
        if (range.start + 1..range.end).any(|k| {
            self.tok(k).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && lexicon().entry(t.lex).and_then(|e| e.cue).is_some_and(|c| {
                        matches!(c.form, VerbForm::Past | VerbForm::Third)
                            && c.kind == crate::model::CueKind::Speech
                    })
            }) && self
                .tok(k - 1)
                .is_some_and(|p| p.is_capitalized() && !p.is(Class::FUNCTION))
        }) {
            return None;
        }
        // `the British Bankers' Association`, `the National Farmers' Union`: capitalized
        // words whose last owns a body's noun by a plural possessive are one body's name.
        if let Some(named) = self.plural_owner_body(range.clone()) {
            return Some(named);
        }
        // `the Office for National Statistics`, `the Department for Work and Pensions`: one
        // name after the article, joined by `for`.
        if self.text_of(range.start).eq_ignore_ascii_case("the")
            && let Some(f) = (range.start + 2..range.end.saturating_sub(1))
                .find(|&k| self.text_of(k) == "for" && self.organisation_name(k + 1..range.end))
            && let Some(mut m) = self
                .classify_plain(range.start..f)
                .filter(|m| m.form == Form::Name && m.kind == SpeakerKind::Organisation)
                .filter(|m| m.name.as_ref().is_some_and(|n| n.end == f))
            // Not `the Labour MP for Birkenhead`: a role for a place.
            && !self
                .tok(f - 1)
                .is_some_and(|t| t.is(Class::TITLE.with(Class::PERSON_NOUN)))
        {
            m.tokens = range.clone();
            m.name = m.name.map(|n| n.start..range.end);
            return Some(m);
        }
        // (`said Alex McLeish of Novo's punishment`: what was spoken of, not a body.)
        if let Some(of) = (range.start + 1..range.end.saturating_sub(1))
            .find(|&k| self.text_of(k) == "of" && self.organisation_name(k + 1..range.end))
            .filter(|_| {
                !self
                    .tok(range.end)
                    .is_some_and(|t| t.kind == Kind::Possessive)
            })
            && let Some(mut m) = self
                .classify_plain(range.start..of)
                .filter(|m| m.form == Form::Name)
                .or_else(|| {
                    // Two people of one place: the last conjunct is a name (not `the mayor
                    // and the head of ...`, where the place is the head's alone).
                    self.coordinated(range.start..of)
                        .filter(|_| self.name_word(of - 1))
                })
        {
            m.tokens = range.clone();
            // `the Bank of England`, `the Department of Trade and Industry`: an organisation
            // noun before `of` heads one name.
            // So does a name after `the` (`the British Chamber of Commerce`, `the University
            // of Leeds`): people are not named with an article.
            let article = self.text_of(range.start).eq_ignore_ascii_case("the");
            if m.name.as_ref().is_some_and(|n| n.end == of)
                && (m.kind == SpeakerKind::Organisation
                    && self.tok(of - 1).is_some_and(|t| t.is(Class::ORG_NOUN))
                    || article && m.kind != SpeakerKind::Person)
            {
                m.kind = SpeakerKind::Organisation;
                m.name = m.name.map(|n| n.start..range.end);
                return Some(m);
            }
            let mut org = of + 1 + usize::from(self.text_of(of + 1) == "the");
            // Not the words that describe it: `the pro-democracy George Soros Foundation`.
            while org + 1 < range.end && !self.name_word(org) {
                org += 1;
            }
            m.affiliation = Some(org..range.end);
            return Some(m);
        }
        // `Andrew Fisher from Omaha`, `the BBC's Sarah Rainsford in Moscow`: a person's name
        // and the place or body the person is from or in, its affiliation.
        if let Some(from) = (range.start + 1..range.end.saturating_sub(1)).find(|&k| {
            matches!(self.text_of(k), "from" | "in") && self.organisation_name(k + 1..range.end)
        }) && let Some(mut m) = self
            .classify_plain(range.start..from)
            .filter(|m| m.form == Form::Name && m.kind != SpeakerKind::Organisation)
            .filter(|m| m.name.as_ref().is_some_and(|n| n.end == from))
            // Not a capitalized word alone: `Help from Washington`.
            .filter(|m| m.title.is_some() || m.name.as_ref().is_some_and(|n| n.len() > 1))
        {
            m.tokens = range.clone();
            let org = from + 1 + usize::from(self.text_of(from + 1) == "the");
            m.affiliation = Some(org..range.end);
            return Some(m);
        }
        // `the newspaper The Times`, `think-tank The Brookings Institution`: a body's noun
        // before a name that opens with its own capitalized article.
        if let Some(the) = (range.start + 1..range.end.saturating_sub(1)).find(|&k| {
            self.text_of(k) == "The"
                && self
                    .tok(k - 1)
                    .is_some_and(|t| !t.is_capitalized() && t.is(Class::ORG_NOUN))
        }) && let Some(mut m) = self
            .classify_plain(the..range.end)
            .filter(|m| m.form == Form::Name && m.title.is_none())
        {
            let determined = self
                .tok(range.start)
                .is_some_and(|t| t.is(Class::DETERMINER));
            m.tokens = range.clone();
            m.title = Some(range.start + usize::from(determined)..the);
            m.kind = SpeakerKind::Organisation;
            return Some(m);
        }
        self.classify_plain(range.clone())
            .or_else(|| self.coordinated(range))
    }

    /// Whether the capitalized token at `k` is an indefinite pronoun (`Someone`, `Anybody`,
    /// `Everyone`, `No-one`): it stands for unnamed people, each use its own, so it reads as
    /// a bare description of a person that joins no one mentioned before.
    fn indefinite_pronoun(&self, k: usize) -> bool {
        let Some(t) = self.tok(k) else {
            return false;
        };
        t.is_word()
            && t.is_capitalized()
            && t.text(self.text).len() <= 9
            && matches!(
                self.text_of(k).fold_ascii().as_str(),
                "someone"
                    | "somebody"
                    | "anyone"
                    | "anybody"
                    | "everyone"
                    | "everybody"
                    | "nobody"
                    | "no-one"
                    | "noone"
            )
    }

    /// Whether `range` is a place or organisation named after `of`: `Florida`, `the James
    /// Martin Center for Nonproliferation Studies`, `Washington's Institute for Science`;
    /// name words, an opening `the`, `of`, `for`, `and` between name words, and a possessive
    /// after one.
    fn organisation_name(&self, range: Range<usize>) -> bool {
        let mut start = range.start + usize::from(self.text_of(range.start) == "the");
        // `the pro-democracy George Soros Foundation`: a word or two that describe the body
        // after the article.
        if start > range.start {
            let first = start;
            while start < first + 2
                && start + 1 < range.end
                && self.tok(start).is_some_and(|t| {
                    t.is_word() && !t.is_capitalized() && !t.is(Class::FUNCTION.with(Class::CUE))
                })
            {
                start += 1;
            }
        }
        start < range.end
            && self.name_word(start)
            && self.name_word(range.end - 1)
            && (start..range.end).all(|j| {
                self.name_word(j)
                    || matches!(self.text_of(j), "of" | "for" | "and" | "on")
                    || (j > start
                        && self.tok(j).is_some_and(|t| t.kind == Kind::Possessive)
                        && self.name_word(j - 1))
            })
    }

    /// Two speakers joined by `and`, read as one group: `Ma and Zeng`, `Trump and his aides`,
    /// `he and his wife`. Each side must be a person, group or organisation on its own; a
    /// description that is no role (`the plan and Zeng`) refuses the whole.
    fn coordinated(&self, range: Range<usize>) -> Option<MentionParse> {
        let and = (range.start + 1..range.end.checked_sub(1)?).find(|&k| {
            self.tok(k).is_some_and(|t| t.is_word()) && self.text_of(k).eq_ignore_ascii_case("and")
        })?;
        // A titled name's title holds roles and capitalized words, not a verb: `Trump
        // attacked Cruz and Rubio said` has no conjunct `Trump attacked Cruz`.
        let title_words = |t: &Range<usize>| {
            t.clone().all(|k| {
                self.tok(k).is_some_and(|w| {
                    let text = w.text(self.text);
                    !w.is_word()
                        || w.is_capitalized()
                        || w.is(Class::TITLE
                            .with(Class::PERSON_NOUN)
                            .with(Class::GROUP_NOUN))
                        || !(text.ends_with("ed") || text.ends_with('s'))
                })
            })
        };
        let real = |m: &MentionParse| match m.form {
            Form::Pronoun(p) => p != Pronoun::Who && p != Pronoun::It,
            Form::Name => m.title.as_ref().is_none_or(title_words),
            // `the mayor`, `her deputy`, `senior officials`; not `Okafor thanked the crews`.
            Form::Description { .. } => {
                m.kind != SpeakerKind::Unnamed
                    && !(m.tokens.start + 1..m.tokens.end)
                        .any(|k| self.tok(k).is_some_and(|t| t.is(Class::DETERMINER)))
                    && title_words(&(m.tokens.start..m.tokens.end.saturating_sub(1)))
            }
        };
        self.classify_plain(range.start..and).filter(real)?;
        self.classify_plain(and + 1..range.end).filter(real)?;
        Some(MentionParse::bare(range, SpeakerKind::Group))
    }

    fn classify_plain(&self, range: Range<usize>) -> Option<MentionParse> {
        let len = range.end.checked_sub(range.start)?;
        if len == 0 || len > MAX_MENTION {
            return None;
        }
        // `Others say`, `Some argue`, `another says`: a quantifier standing for people.
        if len == 1 {
            let w = self.text_of(range.start).fold_ascii();
            let kind = match w.as_str() {
                "others" | "some" | "many" | "most" | "several" | "few" | "both" => {
                    Some(SpeakerKind::Group)
                }
                "another" | "one" => Some(SpeakerKind::Unnamed),
                _ => None,
            };
            if let Some(kind) = kind {
                return Some(MentionParse::bare(range, kind));
            }
        }
        // `Guy Mansfield QC`, `Frank Field MP`: letters after a full name say what its
        // bearer is, and are no part of the name; after a place or a party they make a role
        // (`the Salford MP`, `the Manchester Central MP`, `a Plaid Cymru MP`).
        if len >= 2
            && self
                .tok(range.end - 1)
                .is_some_and(|t| t.has(Flags::ALL_CAPS))
            && POST_NOMINALS.contains(&self.text_of(range.end - 1))
            && self
                .tok(range.end - 2)
                .is_some_and(|t| t.is_word() && t.is_capitalized() && !t.is(Class::FUNCTION))
            && let Some(inner) = self
                .classify_plain(range.start..range.end - 1)
                .filter(|m| m.form == Form::Name)
            && let Some(name) = inner.name.clone()
        {
            // (Not a party's name: `A Plaid Cymru MP`.)
            if name.len() >= 2
                && inner.kind == SpeakerKind::Person
                && !name.clone().any(|k| self.party_word(k))
            {
                return Some(MentionParse {
                    tokens: range,
                    ..inner
                });
            }
            if inner.title.is_none() {
                let determined = self
                    .tok(range.start)
                    .is_some_and(|t| t.is(Class::DETERMINER));
                return Some(MentionParse {
                    form: Form::Description {
                        definite: determined,
                    },
                    title: Some(range.start + usize::from(determined)..range.end),
                    ..MentionParse::bare(range, SpeakerKind::Person)
                });
            }
        }
        if len == 1
            && let Some(p) = self.pronoun(range.start)
        {
            return Some(MentionParse {
                tokens: range,
                form: Form::Pronoun(p),
                name: None,
                title: None,
                affiliation: None,
                appositive: None,
                antecedent: None,
                kind: match p {
                    Pronoun::He | Pronoun::She | Pronoun::I | Pronoun::You => SpeakerKind::Person,
                    Pronoun::They | Pronoun::We => SpeakerKind::Group,
                    Pronoun::It => SpeakerKind::Organisation,
                    Pronoun::Who => SpeakerKind::Unnamed,
                },
            });
        }
        if !range.clone().all(|i| self.mention_token(i)) {
            return None;
        }
        if range.clone().any(|i| self.pronoun(i).is_some()) {
            return None;
        }
        let first = self.tok(range.start)?;
        if !matches!(first.kind, Kind::Word | Kind::Number) {
            return None;
        }
        // The name at the end: `Vice-Foreign Minister [Ma Zhaoxu]`.
        let mut name_start = range.end;
        while name_start > range.start && self.name_word(name_start - 1) {
            name_start -= 1;
        }
        // Particles and initials do not open a name.
        while name_start < range.end
            && self
                .tok(name_start)
                .is_some_and(|t| !t.is_capitalized() || t.kind == Kind::Period)
        {
            name_start += 1;
        }
        // `Tory Dominic Grieve`, `Lib Dem Norman Baker`: a party's words before a full name
        // are a title, not part of the name; so is a nationality (`Russian Dmitriy Bogdanov`,
        // `Dutchman Arnoud Okken`).
        // (Not after an article: `The American Red Cross`.)
        let nation = range.end >= name_start + 3
            && !first.is(Class::DETERMINER)
            && self.listed(name_start, words::DEMONYMS)
            && !self.names_organisation(name_start..range.end);
        let party_end = (name_start + usize::from(nation)..range.end)
            .find(|&k| !self.party_word(k))
            .unwrap_or(range.end);
        if party_end > name_start && range.end >= party_end + 2 {
            name_start = party_end;
        }
        // `Judges Simon Cowell, ...`, `Americans Andy Roddick and ...`, `Tories Ken Clarke and
        // ...`: a role, a nation or a party in the plural before a full name (the first of a
        // list) is its title (not the first word of a body's name: `Reporters Without
        // Borders`).
        if name_start == range.start
            && range.end >= name_start + 3
            && self.plural_title(name_start)
            && self
                .tok(name_start + 1)
                .is_some_and(|t| !t.is(Class::FUNCTION))
            && !self.names_organisation(name_start + 1..range.end)
        {
            name_start += 1;
        }
        // `Film-maker Spike Lee`, `Oscar-winner Andrea Arnold`: a word whose hyphen joins a
        // lower-case part opens no name; it describes the name after
        // it (`Chung Mong-koo`: a given name may have one, after the surname). Only before a
        // full name, with no article (`the China-published Economic Observer` is a paper's).
        while name_start + 2 < range.end
            && !first.is(Class::DETERMINER)
            && self.tok(name_start).is_some_and(|t| {
                t.is_word()
                    && t.text(self.text)
                        .rsplit_once('-')
                        .is_some_and(|(head, tail)| {
                            !head.is_empty()
                                && tail.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
                        })
            })
        {
            name_start += 1;
        }
        if first.kind == Kind::Number {
            // `19-year-old Simpson`: an age before a name is one of its titles.
            let aged = name_start < range.end
                && self
                    .tok(range.start + 1)
                    .is_some_and(|t| t.kind == Kind::Hyphen)
                && (range.start + 2..name_start).all(|k| {
                    self.tok(k)
                        .is_some_and(|t| t.is_word() && !t.is(Class::FUNCTION))
                });
            return if aged {
                Some(self.titled_name(range.clone(), name_start, range.start, None, false))
            } else {
                self.description(range)
            };
        }
        let determined = first.is(Class::DETERMINER);
        // `Reuters news agency`, `the BBC News website`, `The Mirror newspaper`: a body's name
        // and what it is, in lower case after it. The name is the body's.
        let head = range.end - 1;
        let kind_start = (range.end.saturating_sub(2).max(range.start + 1)..range.end).find(|&k| {
            (k..range.end).all(|j| {
                self.tok(j)
                    .is_some_and(|t| t.is_word() && !t.is_capitalized())
            })
        });
        let named_start = range.start + usize::from(determined && self.the_only(range.start));
        // (Not a nation's adjective: `The French statistics agency`, `the Iraqi paper`.)
        let adjective = kind_start == Some(named_start + 1)
            && ["ish", "ese", "ch", "an", "i"]
                .iter()
                .any(|e| self.text_of(named_start).ends_with(e));
        if name_start == range.end
            && let Some(kind_start) = kind_start
            && self.listed(head, BODY_KINDS)
            && kind_start > named_start
            && !adjective
            && (named_start..kind_start).all(|k| self.name_word(k))
            && (!determined || self.the_only(range.start))
        {
            return Some(MentionParse {
                name: Some(named_start..kind_start),
                form: Form::Name,
                ..MentionParse::bare(range, SpeakerKind::Organisation)
            });
        }
        // `the American`, `the Scot`: a person of a nation, described.
        if len == 2 && self.the_only(range.start) && self.listed(range.start + 1, words::DEMONYMS) {
            return Some(MentionParse {
                form: Form::Description { definite: true },
                title: Some(range.start + 1..range.end),
                ..MentionParse::bare(range, SpeakerKind::Person)
            });
        }
        // `General Motors`, `the Justice Department`: a capitalized title that opens a body's
        // name is a word of that name, not a person's title.
        let title_start = range.start + usize::from(determined);
        if name_start > title_start
            && name_start < range.end
            && (!determined || self.the_only(range.start))
            && (title_start..name_start).all(|k| {
                self.tok(k).is_some_and(|t| {
                    t.is_word() && t.is_capitalized() && t.is(Class::TITLE) && !t.is(Class::FUNCTION)
                })
            })
            && self.names_organisation(name_start..range.end)
            // One word after the title is a body's only after `the` or when a company's name
            // ends on it: not `Prof Brewer`, `Judge Baker`.
            && (determined
                || name_start + 1 < range.end
                || self.listed(name_start, words::ORG_NAME_ENDINGS))
        {
            return Some(MentionParse {
                name: Some(title_start..range.end),
                form: Form::Name,
                ..MentionParse::bare(range, SpeakerKind::Organisation)
            });
        }
        // `Chancellor of the Exchequer Gordon Brown`, `the US Secretary of Energy Spencer
        // Abraham`: a role of an office or body, then the person. The capitalized words after
        // `of` name the office, but for the last two, the name.
        let of = name_start.checked_sub(1 + usize::from(self.the_only(name_start.wrapping_sub(1))));
        if range.end >= name_start + 3
            && let Some(of) = of.filter(|&k| k > range.start && self.text_of(k) == "of")
            && (range.start..of).any(|k| {
                self.tok(k)
                    .is_some_and(|t| t.is(Class::TITLE.with(Class::PERSON_NOUN)))
            })
            && (range.start + usize::from(determined)..of).all(|k| {
                self.tok(k)
                    .is_some_and(|t| t.is_word() && !t.is(Class::FUNCTION))
            })
            && (range.end - 2..range.end).all(|k| {
                self.tok(k).is_some_and(|t| {
                    !t.has(Flags::ALL_CAPS)
                        && !t.is(Class::ORG_NOUN)
                        && !BODY_TAILS.contains(&self.text_of(k).fold_ascii().as_str())
                })
            })
        {
            let title_start = range.start + usize::from(determined);
            return Some(self.titled_name(range.clone(), range.end - 2, title_start, None, false));
        }
        // `the World Travel and Tourism Council`: a body's name may hold `and`, `of` or `for`
        // between its capitalized words.
        if determined
            && self.the_only(range.start)
            && name_start > range.start + 1
            && name_start < range.end
            && self.names_organisation(name_start..range.end)
            && self.organisation_name(range.start + 1..range.end)
            // `The Bank's Monetary Policy Committee`: an owner is the affiliation, read below.
            && !range
                .clone()
                .any(|k| self.tok(k).is_some_and(|t| t.kind == Kind::Possessive))
        {
            return Some(MentionParse {
                name: Some(range.start + 1..range.end),
                form: Form::Name,
                ..MentionParse::bare(range, SpeakerKind::Organisation)
            });
        }
        // `Director of rugby Warren Gatland`, `Head of research Ann Lee`: a role over a field
        // named in lowercase words after `of` or `for`, then the person.
        let title_start = range.start + usize::from(determined);
        if (!determined || self.the_only(range.start))
            && name_start < range.end
            && let Some(of) = (title_start + 1..name_start)
                .find(|&k| matches!(self.text_of(k), "of" | "for"))
            && of + 1 < name_start
            && (title_start..of).any(|k| {
                self.tok(k)
                    .is_some_and(|t| t.is(Class::TITLE.with(Class::PERSON_NOUN)))
                    || self.text_of(k).eq_ignore_ascii_case("head")
            })
            && (title_start..of).all(|k| {
                self.tok(k)
                    .is_some_and(|t| t.is_word() && !t.is(Class::FUNCTION))
            })
            // The field's words are in lowercase and name no person or body: not `daughter of
            // ex-King Michael`, `spokesman for software firm Sendmail`.
            && (of + 1..name_start).all(|k| {
                self.tok(k).is_some_and(|t| {
                    t.is_word()
                        && !self.text_of(k).bytes().any(|b| b.is_ascii_uppercase())
                        && !t.is(Class::FUNCTION
                            .with(Class::CUE)
                            .with(Class::TITLE)
                            .with(Class::PERSON_NOUN)
                            .with(Class::ORG_NOUN))
                })
            })
        {
            return Some(self.titled_name(range, name_start, title_start, None, false));
        }
        let before_name = name_start
            .checked_sub(1)
            .filter(|&k| k >= range.start)
            .and_then(|k| self.tok(k));
        // A capitalized role noun alone is no name: `Officials said`, `Police said`.
        if name_start + 1 == range.end
            && self.tok(name_start).is_some_and(|t| {
                t.is(Class::GROUP_NOUN.with(Class::PERSON_NOUN)) && !t.has(Flags::ALL_CAPS)
            })
            && !self.surname_after_courtesy(name_start)
        {
            return self.description(range);
        }
        // An organisation name: `the White House`, `the Foreign Ministry`, `Reuters`.
        if name_start < range.end && name_start == range.start + usize::from(determined) {
            let name = name_start..range.end;
            // `Busted have confirmed`, `Studies have shown`: one capitalized word with a verb
            // in the plural right after it is a band, a team or, in `-s`, a plural noun (a
            // group, that `it` does not stand for); never a person.
            let plural_one_word = name.len() == 1
                && !determined
                && !range.start.checked_sub(1).is_some_and(|k| {
                    self.tok(k).is_some_and(|t| {
                        t.is(Class::CONJUNCTION) || matches!(t.kind, Kind::Comma | Kind::Symbol)
                    })
                })
                && self.plural_verb_at(range.end);
            // `Gamers who want to play online`, `Licensees who refuse`: a name takes no
            // restrictive relative clause, so one word in `-s` right before `who` is a plural
            // noun.
            let restricted = name.len() == 1
                && !determined
                && self.text_of(name_start).ends_with('s')
                && self
                    .tok(range.end)
                    .is_some_and(|t| t.text(self.text) == "who");
            if restricted {
                return Some(MentionParse {
                    form: Form::Description { definite: false },
                    title: Some(name),
                    ..MentionParse::bare(range, SpeakerKind::Group)
                });
            }
            let kind = if plural_one_word && self.text_of(name_start).ends_with('s') {
                SpeakerKind::Group
            } else if self.names_organisation(name.clone()) || determined || plural_one_word {
                SpeakerKind::Organisation
            } else {
                SpeakerKind::Person
            };
            if determined && !self.the_only(range.start) {
                // `a Ministry`: not a name.
                return self.description(range);
            }
            return Some(MentionParse {
                tokens: range,
                form: Form::Name,
                name: Some(name),
                title: None,
                affiliation: None,
                appositive: None,
                antecedent: None,
                kind,
            });
        }
        // `The Washington Post's Ed O'Keefe`: a name after a possessive, its affiliation
        // before.
        // Not `a spokeswoman for the Commissioner's Office`: the owner is a name.
        if name_start < range.end
            && let Some(p) = before_name.filter(|t| t.kind == Kind::Possessive)
            && name_start >= range.start + 2
            // (`eBay's David Stern` is one.)
            && self.tok(range.start + usize::from(determined)).is_some_and(|t| {
                t.is_capitalized() || t.text(self.text).bytes().any(|b| b.is_ascii_uppercase())
            })
        {
            let _ = p;
            let name = name_start..range.end;
            let owner_start = range.start + usize::from(determined);
            // `Pearson's Financial Times`, `the UN's Food & Agriculture Organisation`: a body
            // may be owned too.
            let kind = if self.names_organisation(name.clone()) {
                SpeakerKind::Organisation
            } else {
                SpeakerKind::Person
            };
            return Some(MentionParse {
                tokens: range,
                form: Form::Name,
                name: Some(name),
                title: None,
                affiliation: Some(owner_start..name_start - 1),
                appositive: None,
                antecedent: None,
                kind,
            });
        }
        // `ONGC's Mr Raha`, `Acme's chief executive Ida Berg`: an owner, titles, a name. The
        // owner is the affiliation and the words between are the titles.
        if name_start < range.end
            && let Some(p) = (range.start + 1..name_start)
                .rfind(|&k| self.tok(k).is_some_and(|t| t.kind == Kind::Possessive))
            && p + 1 < name_start
            && self.tok(p + 1).is_some_and(|t| t.is_word() && !t.is(Class::FUNCTION))
            // `Labour's deputy minister for women Jacqui Smith`: a title may hold a
            // preposition.
            && (p + 1..name_start).all(|k| {
                self.tok(k).is_some_and(|t| {
                    (t.is_word() && (!t.is(Class::FUNCTION) || t.is(Class::PREPOSITION)))
                        || t.kind == Kind::Period
                })
            })
            // (`The BBC's correspondent in Jakarta`, `Pakistan's High Commissioner to
            // Britain`: a name right after a role and a preposition is a place, not the
            // person's.)
            && !(self
                .tok(name_start - 1)
                .is_some_and(|t| t.is(Class::PREPOSITION))
                && name_start >= 2
                && self
                    .tok(name_start - 2)
                    .is_some_and(|t| t.is(Class::TITLE.with(Class::PERSON_NOUN))))
        {
            let owner = range.start + usize::from(determined)..p;
            // `the band's record company Universal`: a body's noun before the name.
            let org_role = self.tok(name_start - 1).is_some_and(|t| {
                t.is(Class::ORG_NOUN)
                    && !t.is(Class::PERSON_NOUN.with(Class::TITLE))
                    && !self.listed(name_start - 1, words::POSITIONS_AND_BODIES)
            });
            return Some(self.titled_name(range, name_start, p + 1, Some(owner), org_role));
        }
        // A determiner before a role and a name: `her top aide Huma Abedin`, `the Republican
        // front-runner Donald Trump`. The role is the title; the determiner is no part of it.
        // So is a body's kind right before its name (`the online bank Cahoot`, `the software
        // giant Microsoft`), or any words before a body's name of several words (`the
        // influential European Legal Affairs Committee`).
        let role_before_name = determined
            && name_start > range.start + 1
            && ((range.start + 1..name_start).any(|k| {
                self.tok(k)
                    .is_some_and(|t| t.is(Class::TITLE.with(Class::PERSON_NOUN)))
            }) || before_name.is_some_and(|t| t.is(Class::ORG_NOUN))
                || name_start + 1 < range.end && self.names_organisation(name_start..range.end));
        // A titled name: words before the name, none a function word or possessive.
        if name_start < range.end
            && (!determined || role_before_name)
            && before_name.is_some_and(|t| !t.is(Class::FUNCTION) && t.kind != Kind::Possessive)
            // No lower-case article or other determiner inside the title (`Possibly a very
            // American analogy`, `Both the prime minister and ...`); a capitalized one is a
            // name's (`Former All Black star Jonah Lomu`).
            && (range.start + usize::from(determined)..name_start).all(|k| {
                self.tok(k).is_some_and(|t| {
                    !t.is(Class::PREPOSITION)
                        && (t.is_capitalized() || !t.is(Class::DETERMINER))
                        && t.kind != Kind::Possessive
                }) && !self.joins_titled_names(range.start, k)
            })
        {
            // `US firm Acme`, `oil giant Shell`: the word before the name says what it is.
            let org_role = before_name.is_some_and(|t| {
                t.is(Class::ORG_NOUN)
                    && !t.is(Class::PERSON_NOUN.with(Class::TITLE))
                    && (t.is_capitalized()
                        || !self.listed(name_start - 1, words::POSITIONS_AND_BODIES))
            });
            let title_start = range.start + usize::from(determined);
            return Some(self.titled_name(range, name_start, title_start, None, org_role));
        }
        self.description(range)
    }

    /// Whether the conjunction at `k` joins a titled name that starts at or after `start` to
    /// another: `singer Ann Lee and drummer Bo Chan`, `Mr Magnier and Mr McManus` (not the
    /// `and` of a title, `Trade and Industry Secretary`).
    fn joins_titled_names(&self, start: usize, k: usize) -> bool {
        let role = |j: usize| {
            self.tok(j)
                .is_some_and(|t| t.is(Class::TITLE.with(Class::PERSON_NOUN)))
        };
        self.tok(k).is_some_and(|t| t.is(Class::CONJUNCTION))
            && k > start + 1
            && self
                .tok(k - 1)
                .is_some_and(|t| t.is_capitalized() && t.is_word())
            && !role(k - 1)
            && (start..k - 1).any(role)
    }

    /// A name at `name_start..range.end` with its titles from `title_start` and, when given,
    /// the owner that is its affiliation: an organisation when `organisation` says so or its
    /// name does, else a person.
    fn titled_name(
        &self,
        range: Range<usize>,
        name_start: usize,
        title_start: usize,
        owner: Option<Range<usize>>,
        organisation: bool,
    ) -> MentionParse {
        // `General Electric`, `General Motors`: a capitalized title word before a word that
        // ends a body's name belongs to the name.
        let mut name_start = name_start;
        if range.end > name_start && self.listed(range.end - 1, words::ORG_NAME_ENDINGS) {
            while name_start > title_start
                && self
                    .tok(name_start - 1)
                    .is_some_and(|t| t.is_word() && t.is_capitalized() && t.is(Class::TITLE))
            {
                name_start -= 1;
            }
        }
        let name = name_start..range.end;
        // `Prof Brewer`, `Judge Baker`: one word after a person's title is a surname, whatever
        // trade it also names.
        // (Not an acronym, nor a unit of an owner: `the government's Cabinet Office`.)
        let surname = name.len() == 1
            && owner.is_none()
            && self
                .tok(name_start)
                .is_some_and(|t| !t.has(Flags::ALL_CAPS))
            && (title_start..name_start).any(|k| self.tok(k).is_some_and(|t| t.is(Class::TITLE)));
        let kind = if organisation || self.names_organisation(name.clone()) && !surname {
            SpeakerKind::Organisation
        } else {
            SpeakerKind::Person
        };
        MentionParse {
            tokens: range,
            form: Form::Name,
            name: Some(name),
            title: Some(title_start..name_start),
            affiliation: owner,
            appositive: None,
            antecedent: None,
            kind,
        }
    }

    /// Whether the word at `k` is a verb in the plural: `have`, `are`, `were`, or a reporting
    /// verb in its base form (`say`, `believe`).
    fn plural_verb_at(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| {
            t.is_word()
                && !t.is_capitalized()
                && (matches!(self.text_of(k), "have" | "are" | "were")
                    || crate::lexicon::lexicon()
                        .entry(t.lex)
                        .and_then(|e| e.cue)
                        .is_some_and(|c| c.form == crate::lexicon::VerbForm::Base))
        })
    }

    /// Whether the determiner at `i` is `the`.
    fn the_only(&self, i: usize) -> bool {
        self.text_of(i).eq_ignore_ascii_case("the")
    }

    /// Whether token `k` is a capitalized word of a political party: `Tory`, `Lib`, `Dem`.
    fn party_word(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| {
            t.is_word() && t.is_capitalized() && self.listed(k, words::PARTY_WORDS)
        })
    }

    /// Whether the capitalized token `k` is the plural of a role, a nation's person or a
    /// party's member: `Judges`, `Senators`, `Americans`, `Tories`.
    fn plural_title(&self, k: usize) -> bool {
        let Some(t) = self.tok(k).filter(|t| t.is_word() && t.is_capitalized()) else {
            return false;
        };
        let w = crate::lexicon::fold(t.text(self.text));
        let listed = |stem: &str| {
            [words::DEMONYMS, words::PARTY_WORDS]
                .iter()
                .any(|table| table.binary_search(&stem).is_ok())
                || lexicon().find(stem.as_bytes()).is_some_and(|id| {
                    lexicon()
                        .class(id)
                        .has(Class::TITLE.with(Class::PERSON_NOUN))
                })
        };
        // `Tories`: the singular ends in `y`.
        let mut buf = [0u8; 32];
        let y_stem = y_singular(w.as_bytes(), &mut buf).and_then(|b| std::str::from_utf8(b).ok());
        w.len() > 3
            && !w.ends_with("ss")
            && (w.strip_suffix('s').is_some_and(listed) || y_stem.is_some_and(listed))
    }

    /// Whether token `k`, folded, is in the sorted word table `table`.
    pub fn listed(&self, k: usize, table: &[&str]) -> bool {
        // Folded on the stack: this runs for every name the text holds.
        table
            .binary_search(&crate::lexicon::fold(self.text_of(k)).as_str())
            .is_ok()
    }

    /// Whether a name is an organisation's: it holds an organisation noun (`House`, `Ministry`),
    /// an ampersand (`Marks & Spencer`) or a number (`Radio 4`), is an acronym (`WHO`, `NATO`),
    /// ends on a word that ends a body's name (`Japan Airlines`) or opens on one that opens it
    /// (`Air Deccan`).
    pub fn names_organisation(&self, name: Range<usize>) -> bool {
        let last = name.end.checked_sub(1);
        let tokens = self.toks.get(name.clone()).unwrap_or_default();
        tokens.iter().any(|t| t.is(Class::ORG_NOUN))
            // `Marks & Spencer`: people are not named with an ampersand.
            || tokens.iter().any(|t| t.kind == Kind::Symbol)
            // (Not a role written in capitals: `Authenti-corp's CEO`.)
            || (tokens.len() == 1
                && tokens.iter().all(|t| {
                    t.has(Flags::ALL_CAPS) && !t.is(Class::PERSON_NOUN.with(Class::TITLE))
                }))
            // `BBC Wales`, `CNN International`: an acronym of three letters or more opening a
            // name in mixed case (people's initials are two: `JK Rowling`), with no role in it
            // (`BBC Political Correspondent James Hardy`).
            || matches!(tokens, [first, second, ..]
                if first.has(Flags::ALL_CAPS)
                    && first.end - first.start >= 3
                    && !second.has(Flags::ALL_CAPS)
                    && tokens.iter().all(|t| !t.is(Class::PERSON_NOUN.with(Class::TITLE))))
            || last.is_some_and(|k| self.listed(k, words::ORG_NAME_ENDINGS))
            || name.len() > 1 && self.listed(name.start, words::ORG_NAME_OPENINGS)
            // `Number 10`, `Radio 4`: people are not named with a number.
            || tokens.iter().any(|t| t.kind == Kind::Number)
            // `Reporters Without Borders`: nor with a preposition.
            || tokens.iter().any(|t| t.is_word() && t.is(Class::PREPOSITION))
            || name.clone().any(|k| joined_names(self.text_of(k)))
    }

    /// Whether the words from `start` to the head at `head` name broadcasters or the press
    /// of a country or a state, with no determiner: `Turkish media`, `state television`,
    /// `Iranian state TV`, `local radio` (not `mobile TV` or `media reports`).
    fn outlet(&self, start: usize, head: usize, first: &Token) -> bool {
        head > start
            && !first.is(Class::DETERMINER)
            && matches!(
                self.text_of(head).fold_ascii().as_str(),
                "media" | "television" | "tv" | "radio"
            )
            && (start..head).all(|k| {
                self.tok(k).is_some_and(|t| {
                    t.is_word()
                        && (t.is_capitalized()
                            || matches!(
                                t.text(self.text),
                                "state" | "local" | "national" | "official" | "public"
                            ))
                })
            })
    }

    /// A description: `a senior official of the Foreign Ministry`, `the vice-foreign minister`,
    /// `officials`, `China's foreign ministry`.
    fn description(&self, range: Range<usize>) -> Option<MentionParse> {
        let first = self.tok(range.start)?;
        // A phrase ends on a noun, never on a preposition or determiner: `the number of`.
        let last = self.tok(range.end.checked_sub(1)?)?;
        if last.is(Class::FUNCTION) && last.kind == Kind::Word {
            return None;
        }
        // The head ends where a prepositional phrase starts.
        let pp = (range.start + 1..range.end).find(|&k| {
            self.tok(k).is_some_and(|t| {
                matches!(
                    t.text(self.text).fold_ascii().as_str(),
                    "of" | "for"
                        | "at"
                        | "by"
                        | "with"
                        | "from"
                        | "in"
                        | "on"
                        | "to"
                        | "behind"
                        | "close"
                        | "familiar"
                )
            })
        });
        // `A Bank of England spokeswoman`, `a Department for Work and Pensions official`: a
        // body's name with `of` or `for` in it, before the role, is no phrase of its own.
        let body_name = pp.is_some_and(|p| self.named_body_before_role(range.clone(), p));
        let pp = pp.filter(|_| !body_name);
        let head_end = pp.unwrap_or(range.end);
        let head_tok = head_end.checked_sub(1).filter(|&h| h >= range.start)?;
        let head = self.tok(head_tok)?;
        // `47% said`: a share of those asked, as `47 percent` is.
        let percent_sign = head.kind == Kind::Percent
            && head_tok > range.start
            && self
                .tok(head_tok - 1)
                .is_some_and(|t| t.kind == Kind::Number);
        // (Nor an adverb: `according to recently hacked documents` is no `recently`.)
        if !(head.is_word() || percent_sign)
            || head.is(Class::FUNCTION)
            || head.is(Class::ADVERB) && !head.is_capitalized()
        {
            return None;
        }
        // Another preposition before the head ends a phrase before it: `came after the
        // minister` is no description.
        if !body_name
            && (range.start..head_tok)
                .any(|k| self.tok(k).is_some_and(|t| t.is(Class::PREPOSITION)))
        {
            return None;
        }
        // A possessive before the role names the affiliation: `China's foreign ministry`.
        let possessive = (range.start..head_end)
            .rfind(|&k| self.tok(k).is_some_and(|t| t.kind == Kind::Possessive));
        let role_start = match possessive {
            Some(p) => p + 1,
            None if first.is(Class::DETERMINER) => range.start + 1,
            None => range.start,
        };
        if role_start >= head_end {
            return None;
        }
        let definite = possessive.is_some()
            || self.the_only(range.start)
            || (first.is(Class::DETERMINER)
                && matches!(
                    self.text_of(range.start).fold_ascii().as_str(),
                    "his" | "her" | "its" | "their" | "our" | "my" | "your" | "this" | "that"
                ));
        let bare_plural = !first.is(Class::DETERMINER) && possessive.is_none();
        let counted = first.kind == Kind::Number;
        let plural = head.is(Class::PLURAL) || plural_word(head.text(self.text));
        // `the companies`, `both parties`: the plural of a role or body noun is a group, with
        // a determiner too (`the results` stays a thing).
        let kind = if head.is(Class::GROUP_NOUN)
            || (bare_plural && plural)
            || (plural && self.plural_of_role(head_tok))
            || counted
            || self.text_of(head_tok).eq_ignore_ascii_case("percent")
            || percent_sign
        {
            SpeakerKind::Group
        } else if head.is(Class::ORG_NOUN) && !head.is(Class::PERSON_NOUN) {
            SpeakerKind::Organisation
        } else if head.is(Class::PERSON_NOUN)
            || head.is(Class::TITLE)
            // `the 23-year-old`: an age stands for a person.
            || self.text_of(head_tok).eq_ignore_ascii_case("year-old")
        {
            SpeakerKind::Person
        } else if self.outlet(range.start, head_tok, first) {
            SpeakerKind::Organisation
        } else {
            SpeakerKind::Unnamed
        };
        // A bare noun phrase must have a role head: `officials`, `police`, `senior officials`.
        if first.is_word()
            && !first.is(Class::DETERMINER)
            && possessive.is_none()
            && kind == SpeakerKind::Unnamed
        {
            return None;
        }
        // Without a role, a description is a short noun phrase (`the report`, `a new poll`);
        // a longer run of words is a clause read wrong. A body's name counts as one word
        // (`A National Audit Office report on the 20 biggest projects`).
        let name_words = if head.is_capitalized() {
            0
        } else {
            (range.start + 1..head_tok)
                .filter(|&k| {
                    self.tok(k)
                        .is_some_and(|t| t.is_word() && t.is_capitalized())
                        && self
                            .tok(k - 1)
                            .is_some_and(|p| p.is_word() && p.is_capitalized())
                })
                .count()
        };
        if kind == SpeakerKind::Unnamed
            && (head_end - range.start - name_words > 4 || range.end - range.start - name_words > 8)
        {
            return None;
        }
        let affiliation = match (possessive, pp) {
            (Some(p), _) if p > range.start => Some(range.start..p),
            _ => pp.and_then(|p| self.affiliation_after(p + 1, range.end)),
        };
        Some(MentionParse {
            tokens: range,
            form: Form::Description { definite },
            name: None,
            title: Some(role_start..head_end),
            affiliation,
            appositive: None,
            antecedent: None,
            kind,
        })
    }

    /// Whether the `of` or `for` at `p` joins a body's capitalized name that stands before
    /// the role ending `range`: `A Bank of England spokeswoman`.
    fn named_body_before_role(&self, range: Range<usize>, p: usize) -> bool {
        let role = range.end - 1;
        let start = range.start
            + usize::from(
                self.tok(range.start)
                    .is_some_and(|t| t.is(Class::DETERMINER)),
            );
        matches!(self.text_of(p), "of" | "for")
            && start < p
            && p + 1 < role
            && self.tok(role).is_some_and(|t| {
                t.is_word() && !t.is_capitalized() && t.is(Class::PERSON_NOUN.with(Class::TITLE))
            })
            && (start..p).all(|k| self.name_word(k))
            && (p + 1..role)
                .all(|k| self.name_word(k) || matches!(self.text_of(k), "of" | "for" | "and"))
            && self.name_word(role - 1)
    }

    /// The capitalized name after a preposition: `the Foreign Ministry` gives `Foreign
    /// Ministry`.
    fn affiliation_after(&self, start: usize, end: usize) -> Option<Range<usize>> {
        let mut k = start;
        if self.tok(k).is_some_and(|t| t.is(Class::DETERMINER)) {
            k += 1;
        }
        let from = k;
        while k < end
            && self.tok(k).is_some_and(|t| {
                t.is_capitalized()
                    || (k > from && t.is(Class::NAME_PARTICLE))
                    || (k > from && self.text_of(k) == "of")
            })
        {
            k += 1;
        }
        while k > from && self.text_of(k - 1) == "of" {
            k -= 1;
        }
        (k > from).then_some(from..k)
    }

    /// Reads any short noun phrase as an unnamed source: `exit polls`, `F.A.A. records`, `the
    /// most recent data available from the FBI`.
    pub fn source(&self, range: Range<usize>) -> Option<MentionParse> {
        let len = range.end.checked_sub(range.start)?;
        if len == 0
            || len > MAX_MENTION
            || !range
                .clone()
                .all(|i| self.mention_token(i) || self.tok(i).is_some_and(|t| t.is_word()))
            // `is still holding out slim hope that`: no noun phrase opens with an adverb and
            // a verb in `-ing` (`recently hacked documents` is one).
            || self
                .tok(range.start)
                .is_some_and(|t| t.is(Class::ADVERB) && !t.is_capitalized())
                && self.text_of(range.start + 1).ends_with("ing")
        {
            return None;
        }
        Some(MentionParse::bare(range, SpeakerKind::Unnamed))
    }

    /// Reads a role set beside a name, between commas: `deputy director of the National Health
    /// Commission`, `the vice-foreign minister`, `a doctor at the clinic`, `who ...`.
    pub fn appositive(&self, range: Range<usize>) -> Option<MentionParse> {
        let first = self.tok(range.start)?;
        let opener = first.text(self.text).fold_ascii();
        // `Deutsche Bank - itself a target of a Yukos lawsuit - said`: a reflexive that
        // stresses the name before the role.
        if first.is_word() && crate::lexicon::is_reflexive(&opener) && range.len() > 1 {
            let role = self.appositive(range.start + 1..range.end)?;
            return Some(MentionParse {
                tokens: range,
                ..role
            });
        }
        let second = self.tok(range.start + 1).map(|t| t.text(self.text));
        // A relative clause (`who ...`, `whose roots are ...`) or a partitive (`one of the
        // few co-authors`, `part of the team`, `among the first to ...`): no role to read, but
        // a valid aside.
        if first.is_word() && matches!(opener.as_str(), "who" | "whose" | "which" | "among")
            || matches!(opener.as_str(), "one" | "part" | "member" | "head") && second == Some("of")
        {
            return Some(MentionParse::bare(range, SpeakerKind::Unnamed));
        }
        // `Anne Borthwick, of the Mothers' Union,`: where the person is from, not a role; the
        // body after `of` or `from` is the affiliation. A place is no body (`Tony Martin, of
        // Burnley,`): the name must follow `the` or read as a body's.
        if first.is_word() && matches!(opener.as_str(), "of" | "from") {
            let the = self.the_only(range.start + 1);
            let body = range.start + 1 + usize::from(the);
            let name_like = body < range.end
                && (the || self.names_organisation(body..range.end))
                && (body..range.end).all(|k| {
                    self.name_word(k)
                        || self.tok(k).is_some_and(|t| {
                            // `of the League Against Cruel Sports`
                            t.kind == Kind::Possessive || t.is(Class::FUNCTION)
                        })
                })
                && self.name_word(body);
            // `Mike Hobday, from the league,`, `from the BBC's high-definition support group`:
            // a body described, after `the`.
            let described = the
                && body < range.end
                && self
                    .tok(range.end - 1)
                    .is_some_and(|t| t.is(Class::ORG_NOUN) && !t.is(Class::PERSON_NOUN))
                && (body..range.end).all(|k| {
                    self.tok(k).is_some_and(|t| {
                        t.is_word() && !t.is(Class::AUXILIARY)
                            || matches!(t.kind, Kind::Possessive | Kind::Hyphen)
                    })
                });
            if name_like || described {
                return Some(MentionParse {
                    affiliation: Some(body..range.end),
                    ..MentionParse::bare(range, SpeakerKind::Unnamed)
                });
            }
        }
        let len = range.end.checked_sub(range.start)?;
        // A role and a relative clause on it may run longer: `a top GOP operative who played
        // a major role in ... and is now running ...`.
        let relative_early = (range.start + 1..range.end.min(range.start + MAX_MENTION))
            .any(|k| matches!(self.text_of(k), "who" | "whose" | "which"));
        let most = if relative_early { 3 } else { 2 } * MAX_MENTION;
        if len == 0 || len > most {
            return None;
        }
        // A participle phrase: `speaking to a veterans group`, `asked about the plan`.
        let lower = first.text(self.text).fold_ascii();
        // So is one in `-ed`: `nicknamed Charly`, `elected in 1997`.
        if first.is_word()
            && !first.is_capitalized()
            && (lower.ends_with("ing") || lower.ends_with("ed"))
            && lower.len() > 4
        {
            return Some(MentionParse::bare(range, SpeakerKind::Unnamed));
        }
        // Everything after a relative pronoun belongs to the aside: `an economist who is the
        // director of ...`.
        // So does a participle phrase: `a superdelegate supporting Clinton`.
        // Not a word in `-ing` after a possessive: `EA's managing director`.
        let relative = (range.start + 1..range.end).find(|&k| {
            matches!(self.text_of(k), "who" | "whose" | "which" | "that")
                && !self.determiner_that(k)
                || self.tok(k).is_some_and(|t| {
                    let w = t.text(self.text);
                    t.is_word()
                        && !t.is_capitalized()
                        && w.len() > 5
                        && w.ends_with("ing")
                        && !t.is(Class::PERSON_NOUN.with(Class::TITLE))
                        && !self.tok(k - 1).is_some_and(|p| p.kind == Kind::Possessive)
                        // `group managing director`: a word in `-ing` before a role is part
                        // of it.
                        && !self
                            .tok(k + 1)
                            .is_some_and(|n| n.is(Class::PERSON_NOUN.with(Class::TITLE)))
                })
        });
        let checked = range.start..relative.unwrap_or(range.end);
        if !checked.clone().all(|i| self.mention_token(i)) {
            return None;
        }
        let range = match relative {
            Some(r) if r > range.start => {
                let role = self.appositive(range.start..r)?;
                return Some(MentionParse {
                    tokens: range,
                    ..role
                });
            }
            _ => range,
        };
        // The role's head ends where a prepositional phrase starts; `of` inside a name
        // within a role (`a University of Michigan librarian`) starts none.
        let pp = (range.start + 1..range.end).find(|&k| {
            self.tok(k).is_some_and(|t| t.is(Class::PREPOSITION))
                && !(!first.is_capitalized()
                    && self.tok(k - 1).is_some_and(|p| p.is_capitalized())
                    && self.tok(k + 1).is_some_and(|n| n.is_capitalized())
                    && self.text_of(k) == "of")
        });
        let head_end = pp.unwrap_or(range.end);
        let head = self.tok(head_end.checked_sub(1)?)?;
        let role_like = (range.start..range.end).any(|k| {
            self.tok(k).is_some_and(|t| {
                t.is(Class::PERSON_NOUN
                    .with(Class::TITLE)
                    .with(Class::GROUP_NOUN))
            })
        }) || head.is(Class::ORG_NOUN);
        let determined = first.is(Class::DETERMINER);
        // A short capitalized aside: `R-Fla.`, `Democrat of Vermont`, `D-N.Y.`.
        let short_aside = len <= 4 && first.is_capitalized();
        // `EA's managing director`, `Nokia's chief executive`: the organisation that owns
        // the role is its affiliation, not part of its title.
        let owner = (range.start + 1..range.end.min(range.start + 6))
            .find(|&k| self.tok(k).is_some_and(|t| t.kind == Kind::Possessive))
            .filter(|&k| k + 1 < head_end && (range.start..k).all(|j| self.name_word(j)));
        // A role the lexicon does not list, known by its shape: a few lowercase words and
        // `of`, `at` or `for` (`controller of entertainment commissioning`, `head coach at
        // Leeds`), after its owner if it has one (`Christian Aid's head of policy`).
        let shape_start = owner.map_or(range.start, |k| k + 1);
        let role_shape = self.tok(shape_start).is_some_and(|first| {
            !first.is_capitalized() && first.is_word() && !first.is(Class::FUNCTION)
        }) && pp.is_some_and(|p| {
            p > shape_start
                && p - shape_start <= 3
                && matches!(self.text_of(p).fold_ascii().as_str(), "of" | "at" | "for")
                && (shape_start..p).all(|k| {
                    self.tok(k).is_some_and(|t| {
                        t.is_word() && !t.is_capitalized() && !t.is(Class::FUNCTION)
                    })
                })
        });
        // `the No. 2 Republican in the Senate`: a short determined head before a place.
        let short_head = len <= 6 || head_end - range.start <= 6 && len <= 12;
        if !(role_like || determined && short_head || short_aside || role_shape) {
            return None;
        }
        let title_start = match owner {
            Some(k) => k + 1,
            None if determined => range.start + 1,
            None => range.start,
        };
        // A bare role is all title (`deputy director of the National Health Commission`); a
        // determined one is a description whose title is its role words.
        let title = if determined {
            title_start..head_end
        } else {
            title_start..range.end
        };
        let affiliation = owner
            .map(|k| range.start..k)
            .or_else(|| pp.and_then(|p| self.affiliation_after(p + 1, range.end)));
        let definite = determined && self.the_only(range.start);
        Some(MentionParse {
            tokens: range,
            form: Form::Description { definite },
            name: None,
            title: Some(title),
            affiliation,
            appositive: None,
            antecedent: None,
            kind: if head.is(Class::ORG_NOUN) && !head.is(Class::PERSON_NOUN) {
                SpeakerKind::Organisation
            } else {
                SpeakerKind::Person
            },
        })
    }
}

/// Whether a word looks like a regular plural noun: `teachers`, `voters`, not `press`,
/// `status`, `analysis`.
pub(crate) fn plural_word(w: &str) -> bool {
    let lower = w.fold_ascii();
    lower.len() > 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && lower.chars().all(|c| c.is_ascii_lowercase() || c == '-')
}

/// The singular of a plural in `-ies` (`companies`, `Tories`), spelt in `buf` on the stack:
/// the name reader asks it of every name.
fn y_singular<'b>(w: &[u8], buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    let stem = w.strip_suffix(b"ies")?;
    buf.get_mut(..stem.len())?.copy_from_slice(stem);
    *buf.get_mut(stem.len())? = b'y';
    buf.get(..=stem.len())
}

/// Whether a word joins two names into one (`DaimlerChrysler`, `GlaxoSmithKline`): a capital
/// right after a lower-case letter, four letters or more into the word. Only firms and brands
/// are written so; a capital after a short prefix belongs to a surname (`McCartney`,
/// `MacKenzie`, `DiCaprio`, `LaNeve`).
fn joined_names(word: &str) -> bool {
    let b = word.as_bytes();
    b.iter()
        .zip(b.iter().skip(1))
        .position(|(a, z)| a.is_ascii_lowercase() && z.is_ascii_uppercase())
        .is_some_and(|i| i >= 3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::token::tokenize;

    #[test]
    fn tables_read_by_binary_search_are_sorted() {
        for table in [BODY_KINDS, POST_NOMINALS] {
            assert!(table.windows(2).all(|w| w[0] < w[1]), "{table:?}");
        }
    }

    /// A mention's form, kind, name, title and affiliation.
    type Read = (
        Form,
        SpeakerKind,
        Option<String>,
        Option<String>,
        Option<String>,
    );

    /// Tokenizes `text` and reads all of it with `how` (a classification or an appositive).
    fn parse_with(
        text: &str,
        how: impl Fn(&MentionReader<'_>, Range<usize>) -> Option<MentionParse>,
    ) -> Option<(MentionParse, Vec<crate::segment::token::Token>)> {
        let mut toks = Vec::new();
        tokenize(text, &mut toks, &mut Default::default());
        let m = how(&MentionReader { toks: &toks, text }, 0..toks.len())?;
        Some((m, toks))
    }

    /// The text of the tokens `range`, if any.
    fn text_at(
        toks: &[crate::segment::token::Token],
        text: &str,
        range: Option<Range<usize>>,
    ) -> Option<String> {
        range.map(|range| {
            crate::segment::span_of(toks, range)
                .text_in(text)
                .unwrap_or("")
                .to_string()
        })
    }

    fn read(text: &str) -> Option<Read> {
        let (m, toks) = parse_with(text, |r, range| r.classify(range))?;
        let s = |range| text_at(&toks, text, range);
        Some((m.form, m.kind, s(m.name), s(m.title), s(m.affiliation)))
    }

    /// The title and affiliation of `text` read as an appositive.
    fn role(text: &str) -> Option<(Option<String>, Option<String>)> {
        let (m, toks) = parse_with(text, |r, range| r.appositive(range))?;
        let s = |range| text_at(&toks, text, range);
        Some((s(m.title), s(m.affiliation)))
    }

    #[test]
    fn a_bodys_name_with_of_or_for_before_a_role_is_the_roles() {
        let person = |title: &str| {
            Some((
                Form::Description { definite: false },
                SpeakerKind::Person,
                None,
                Some(title.to_string()),
                None,
            ))
        };
        assert_eq!(
            read("A Bank of Leeds spokeswoman"),
            person("Bank of Leeds spokeswoman")
        );
        assert_eq!(
            read("a Department for Roads and Rail official"),
            person("Department for Roads and Rail official")
        );
        // A role before `of` keeps the body after it as its affiliation.
        assert_eq!(
            read("an official of the Roads Ministry").and_then(|m| m.4),
            Some("Roads Ministry".to_string())
        );
    }

    #[test]
    fn an_indefinite_pronoun_is_an_unnamed_person() {
        for text in ["Anybody", "Someone", "Everyone", "No-one"] {
            assert_eq!(
                read(text),
                Some((
                    Form::Description { definite: false },
                    SpeakerKind::Person,
                    None,
                    None,
                    None
                )),
                "{text}"
            );
        }
    }

    #[test]
    fn nouns_of_bodies_groups_and_roles_give_the_kind() {
        for (text, kind) in [
            ("the alliance", SpeakerKind::Organisation),
            ("a trade body", SpeakerKind::Organisation),
            ("the carrier", SpeakerKind::Organisation),
            ("the consortium", SpeakerKind::Organisation),
            ("an employment tribunal", SpeakerKind::Organisation),
            ("the pair", SpeakerKind::Group),
            ("the duo", SpeakerKind::Group),
            ("the administrator", SpeakerKind::Person),
            // `behind` opens a phrase after the head, as `of` does.
            ("the company behind the trial", SpeakerKind::Organisation),
            ("the analysts behind the report", SpeakerKind::Group),
        ] {
            assert_eq!(read(text).map(|m| m.1), Some(kind), "{text}");
        }
    }

    #[test]
    fn a_name_and_its_reporting_verb_are_no_mention() {
        assert_eq!(read("Kasich says"), None);
        assert_eq!(read("Berg said"), None);
        // A capitalized cue word in a name, and a cue word as a noun, are kept.
        assert!(read("State Treasurer Kelly Mitchell").is_some());
        assert!(read("the police reports").is_some());
    }

    #[test]
    fn a_name_after_an_organisation_noun_is_an_organisation() {
        for text in ["US firm Acme", "oil giant Petrola"] {
            assert_eq!(
                read(text).map(|m| m.1),
                Some(SpeakerKind::Organisation),
                "{text}"
            );
        }
        assert_eq!(
            read("party leader Ana Berg").map(|m| m.1),
            Some(SpeakerKind::Person)
        );
        // A centre before a name is a player's position; capitalized, it is the body's name.
        for (text, kind) in [
            ("Wales centre Owen Pryce", SpeakerKind::Person),
            ("the Harbour Centre", SpeakerKind::Organisation),
        ] {
            assert_eq!(read(text).map(|m| m.1), Some(kind), "{text}");
        }
    }

    #[test]
    fn of_or_from_a_body_is_an_affiliation_not_a_role() {
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            role("of the Harbour Union"),
            Some((None, some("Harbour Union")))
        );
        assert_eq!(
            role("from Harbour Securities"),
            Some((None, some("Harbour Securities")))
        );
        // A place is where the person lives.
        assert_ne!(role("of Burnley").and_then(|r| r.1), some("Burnley"));
        // A body described after `the`.
        assert_eq!(role("from the league"), Some((None, some("league"))));
        // A body's name may hold a capitalized preposition.
        assert_eq!(
            role("of the League Against Cruel Sports"),
            Some((None, some("League Against Cruel Sports")))
        );
    }

    #[test]
    fn a_role_may_hold_a_word_in_ing_and_a_name_with_of() {
        let kind =
            |text: &str| parse_with(text, |r, range| r.appositive(range)).map(|(m, _)| m.kind);
        assert_eq!(
            role("group managing director for Acme").and_then(|r| r.0),
            Some("group managing director for Acme".to_string())
        );
        assert_eq!(
            kind("a University of Harbour librarian working with Acme"),
            Some(SpeakerKind::Person)
        );
    }

    #[test]
    fn an_owned_name_may_be_a_bodys() {
        for (text, kind) in [
            (
                "the Bank's Monetary Policy Committee",
                SpeakerKind::Organisation,
            ),
            ("Pearson's Financial Times", SpeakerKind::Organisation),
            ("the Post's Ed Okafor", SpeakerKind::Person),
            // A name ending on a word that ends bodies' names.
            ("Zurich Financial", SpeakerKind::Organisation),
            ("Harbour City", SpeakerKind::Organisation),
            ("Castle Magazine", SpeakerKind::Organisation),
            // The customs service of a state.
            ("US Customs", SpeakerKind::Organisation),
            // A reinsurer, a firm's arm in a region, a news agency, a charity, a fund.
            ("Harbour Re", SpeakerKind::Organisation),
            ("Lumen Europe", SpeakerKind::Organisation),
            ("Agence Harbour Presse", SpeakerKind::Organisation),
            ("Elder Concern", SpeakerKind::Organisation),
            ("Lumen Ventures", SpeakerKind::Organisation),
            // An airline, a bank, a group opened by the word of their trade.
            ("Air Lumen", SpeakerKind::Organisation),
            ("Banco Harbour", SpeakerKind::Organisation),
            ("Grupo Lumen", SpeakerKind::Organisation),
            // An acronym opening a name: a body's arm or channel; not two initials, nor a
            // role after the acronym.
            ("BBC Harbour", SpeakerKind::Organisation),
            ("ACME Lumen", SpeakerKind::Organisation),
            ("JK Okafor", SpeakerKind::Person),
            ("ACME Correspondent Tom Okafor", SpeakerKind::Person),
        ] {
            assert_eq!(read(text).map(|m| m.1), Some(kind), "{text}");
        }
    }

    #[test]
    fn acronyms_roles_and_hyphened_words_before_a_name_are_titles() {
        assert_eq!(
            read("Acme CEO Tom Okafor").map(|m| (m.2, m.3)),
            Some((Some("Tom Okafor".to_string()), Some("Acme CEO".to_string())))
        );
        assert_eq!(
            read("Acme's CFO").map(|m| (m.0, m.3)),
            Some((
                Form::Description { definite: true },
                Some("CFO".to_string())
            ))
        );
        // A word whose hyphen joins a lower-case part describes the full name after it; a
        // given name may hold one after the surname.
        assert_eq!(
            read("Film-maker Ida Berg").map(|m| (m.2, m.3)),
            Some((Some("Ida Berg".to_string()), Some("Film-maker".to_string())))
        );
        assert_eq!(
            read("Okafor Mong-koo").and_then(|m| m.2),
            Some("Okafor Mong-koo".to_string())
        );
        // `under-` before a role is a role, as `deputy-` and `vice-` are.
        assert_eq!(
            read("Treasury Under-Secretary Ida Berg").map(|m| (m.2, m.3)),
            Some((
                Some("Ida Berg".to_string()),
                Some("Treasury Under-Secretary".to_string())
            ))
        );
        // Offices of a council, a chamber, a court and a debate; a lawyer's and a scorer's role.
        for (text, title) in [
            ("Chicago Alderman Ida Berg", "Chicago Alderman"),
            ("Senate Minority Whip Ida Berg", "Senate Minority Whip"),
            ("National Chairperson Ida Berg", "National Chairperson"),
            ("Moderator Ida Berg", "Moderator"),
            (
                "New York State Comptroller Ida Berg",
                "New York State Comptroller",
            ),
            ("Magistrate Ida Berg", "Magistrate"),
            ("Solicitor Ida Berg", "Solicitor"),
            ("Barrister Ida Berg", "Barrister"),
            ("Goalscorer Ida Berg", "Goalscorer"),
            // A role, a nation or a party in the plural: the first of a list.
            ("Judges Ida Berg", "Judges"),
            ("Americans Ida Berg", "Americans"),
            ("Tories Ida Berg", "Tories"),
        ] {
            assert_eq!(
                read(text).map(|m| (m.2, m.3)),
                Some((Some("Ida Berg".to_string()), Some(title.to_string()))),
                "{text}"
            );
        }
        // Someone's counterpart is a role before a name.
        assert_eq!(
            read("Bayern counterpart Felix Okafor").map(|m| (m.2, m.3)),
            Some((
                Some("Felix Okafor".to_string()),
                Some("Bayern counterpart".to_string())
            ))
        );
    }

    #[test]
    fn a_police_rank_is_a_title() {
        assert_eq!(
            read("Suffolk Chief Constable Ian Okafor").map(|m| (m.1, m.2, m.3)),
            Some((
                SpeakerKind::Person,
                Some("Ian Okafor".to_string()),
                Some("Suffolk Chief Constable".to_string())
            ))
        );
        assert_eq!(
            read("a chief constable").map(|m| m.3),
            Some(Some("chief constable".to_string()))
        );
    }

    #[test]
    fn a_title_holds_no_lower_case_determiner() {
        // `Possibly a very American analogy` is no titled name.
        assert_ne!(
            read("Possibly a very American").and_then(|m| m.3),
            Some("Possibly a very".to_string())
        );
        // A capitalized determiner may be a name's word.
        assert_eq!(
            read("Former All Black star Jonah Lomu").map(|m| (m.1, m.2)),
            Some((SpeakerKind::Person, Some("Jonah Lomu".to_string())))
        );
    }

    #[test]
    fn a_joined_word_or_a_street_names_a_body() {
        for (text, kind) in [
            ("BrightPath", SpeakerKind::Organisation),
            ("Rory McCartney", SpeakerKind::Person),
            ("Ian MacKenzie", SpeakerKind::Person),
            ("Leo DiCaprio", SpeakerKind::Person),
            // A street stands for those who work in it.
            ("Harbour Street", SpeakerKind::Organisation),
        ] {
            assert_eq!(read(text).map(|m| m.1), Some(kind), "{text}");
        }
    }

    #[test]
    fn a_capitalized_preposition_inside_a_name_makes_a_bodys_name() {
        for (text, name, kind) in [
            (
                "the League Against Cruel Sports",
                "League Against Cruel Sports",
                SpeakerKind::Organisation,
            ),
            (
                "Reporters Without Borders",
                "Reporters Without Borders",
                SpeakerKind::Organisation,
            ),
            (
                "Transport For London",
                "Transport For London",
                SpeakerKind::Organisation,
            ),
        ] {
            assert_eq!(
                read(text).map(|m| (m.1, m.2)),
                Some((kind, Some(name.to_string()))),
                "{text}"
            );
        }
        // A title after the preposition is no part of a name.
        assert_ne!(
            read("Treasury Under Secretary John Taylor").and_then(|m| m.2),
            Some("Treasury Under Secretary John Taylor".to_string())
        );
    }

    #[test]
    fn an_organisation_owning_a_role_is_its_affiliation() {
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            role("Nokia's chief executive"),
            Some((some("chief executive"), some("Nokia")))
        );
        // A word in `-ing` after the possessive is part of the role, not a participle.
        assert_eq!(
            role("EA's managing director"),
            Some((some("managing director"), some("EA")))
        );
        assert_eq!(
            role("deputy director of the National Health Commission"),
            Some((
                some("deputy director of the National Health Commission"),
                some("National Health Commission")
            ))
        );
    }

    #[test]
    fn pronouns() {
        assert_eq!(
            read("he").map(|m| (m.0, m.1)),
            Some((Form::Pronoun(Pronoun::He), SpeakerKind::Person))
        );
        assert_eq!(
            read("They").map(|m| (m.0, m.1)),
            Some((Form::Pronoun(Pronoun::They), SpeakerKind::Group))
        );
    }

    #[test]
    fn names_with_and_without_titles() {
        assert_eq!(
            read("Vice-Foreign Minister Ma Zhaoxu"),
            Some((
                Form::Name,
                SpeakerKind::Person,
                Some("Ma Zhaoxu".into()),
                Some("Vice-Foreign Minister".into()),
                None
            ))
        );
        assert_eq!(
            read("Sen. John Smith").map(|m| (m.2, m.3)),
            Some((Some("John Smith".into()), Some("Sen.".into())))
        );
        assert_eq!(
            read("George W. Bush").map(|m| m.2),
            Some(Some("George W. Bush".into()))
        );
        assert_eq!(
            read("Ursula von der Leyen").map(|m| m.2),
            Some(Some("Ursula von der Leyen".into()))
        );
        assert_eq!(
            read("the White House").map(|m| (m.1, m.2)),
            Some((SpeakerKind::Organisation, Some("White House".into())))
        );
        assert_eq!(read("WHO").map(|m| m.1), Some(SpeakerKind::Organisation));
        // A name ending on a word that ends bodies' names: a research firm, a campaign, a
        // games studio, a sports body, an exchange.
        for name in [
            "Acme Research",
            "Tenants International",
            "Fair Pay Watch",
            "Otter Interactive",
            "Wales Athletics",
            "Nordic Boerse",
            "Pine Capital",
        ] {
            assert_eq!(
                read(name).map(|m| m.1),
                Some(SpeakerKind::Organisation),
                "{name}"
            );
        }
        assert_eq!(read("Wayne Watson").map(|m| m.1), Some(SpeakerKind::Person));
        // A role word after a courtesy title is a surname, unless a name follows it.
        for (text, name) in [
            ("Mr Dean", "Dean"),
            ("Ms King", "King"),
            ("Mr. Major", "Major"),
            ("Mr Justice Collins", "Collins"),
        ] {
            assert_eq!(read(text).and_then(|m| m.2), Some(name.into()), "{text}");
        }
    }

    #[test]
    fn a_pronoun_with_a_clitic_and_an_opening_adverb_are_no_names() {
        assert_eq!(read("I've").map(|m| m.0), Some(Form::Pronoun(Pronoun::I)));
        assert_eq!(
            read("You'd").map(|m| m.0),
            Some(Form::Pronoun(Pronoun::You))
        );
        assert_eq!(read("Worryingly"), None);
        assert_eq!(read("Crucially"), None);
        assert_eq!(read("Sadly"), None);
        assert_eq!(read("Rightly"), None);
        // Names that end like adverbs, but short.
        assert_eq!(read("Sally").map(|m| m.0), Some(Form::Name));
    }

    #[test]
    fn descriptions() {
        assert_eq!(
            read("a senior official of the Foreign Ministry"),
            Some((
                Form::Description { definite: false },
                SpeakerKind::Person,
                None,
                Some("senior official".into()),
                Some("Foreign Ministry".into())
            ))
        );
        assert_eq!(
            read("the vice-foreign minister").map(|m| (m.0, m.1, m.3)),
            Some((
                Form::Description { definite: true },
                SpeakerKind::Person,
                Some("vice-foreign minister".into())
            ))
        );
        assert_eq!(read("officials").map(|m| m.1), Some(SpeakerKind::Group));
        // The plural of a role or body is a group after a determiner too; a thing's is not.
        assert_eq!(read("the companies").map(|m| m.1), Some(SpeakerKind::Group));
        assert_eq!(read("both parties").map(|m| m.1), Some(SpeakerKind::Group));
        assert_eq!(read("the results").map(|m| m.1), Some(SpeakerKind::Unnamed));
        // An age or a role stands for a person.
        assert_eq!(
            read("the 23-year-old").map(|m| m.1),
            Some(SpeakerKind::Person)
        );
        assert_eq!(read("her agent").map(|m| m.1), Some(SpeakerKind::Person));
        assert_eq!(
            read("the Olympic gold medallist").map(|m| m.1),
            Some(SpeakerKind::Person)
        );
        // A body's name before a thing's noun counts as one word of the phrase; a long run of
        // lower-case words is still no description.
        assert_eq!(
            read("the Big Harbour Audit Office report").map(|m| (m.1, m.3)),
            Some((
                SpeakerKind::Unnamed,
                Some("Big Harbour Audit Office report".into())
            ))
        );
        assert_eq!(read("the big old harbour audit report"), None);
        assert_eq!(
            read("Referee Graham Poll").map(|m| (m.2, m.3)),
            Some((Some("Graham Poll".into()), Some("Referee".into())))
        );
        assert_eq!(
            read("China's foreign ministry").map(|m| (m.1, m.4)),
            Some((SpeakerKind::Organisation, Some("China".into())))
        );
        assert_eq!(
            read("a person familiar with the matter").map(|m| m.1),
            Some(SpeakerKind::Person)
        );
        // Role nouns of the news trades head a person's description, however long.
        for text in [
            "the paper's Asia correspondent",
            "the paper's chief political reporter",
            "one leading Karachi broker",
            "a senior hospital surgeon",
            "one insider",
        ] {
            assert_eq!(read(text).map(|m| m.1), Some(SpeakerKind::Person), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_noun_phrase() {
        assert_eq!(read("the plan that"), None);
        assert_eq!(read("will soon"), None);
        assert_eq!(read("quickly"), None);
        assert_eq!(read(""), None);
    }
}
