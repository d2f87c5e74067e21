//! Changes: whether a claim's number says how much a quantity rose or fell (`rose 5%`, `a drop
//! of 3,000`), the level it reached (`fell to 9%`) or the level it left (`up from 200`).
//!
//! The words around each claim are read once, a few tokens either side: the change words are
//! data in the lexicon ([`CHANGE_WORDS`](crate::lexicon::numbers::CHANGE_WORDS)), each with the
//! way it goes and how it stands beside a number.

use super::Reader;
use crate::lexicon::numbers::{ChangeUse, NumberWord};
use crate::lexicon::{Class, lexicon};
use crate::model::{ChangeRole, ClaimKind, Direction};
use crate::segment::token::Kind;
use crate::span::Span;
use std::ops::Range;

/// A change a claim describes, in spans; the model builder adds the cue's text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct ChangeSpan {
    pub cue: Span,
    pub direction: Direction,
    pub role: ChangeRole,
    /// The words naming what changed: `Net profit` in `Net profit rose 5%`.
    pub quantity: Option<Span>,
}

/// The most words between a change verb and the preposition that leads to its number: its
/// object (`cut interest rates by`, `raised its stake in the firm to`).
const MAX_OBJECT: usize = 5;

/// The most words of a verb group between what changed and the change verb (`is expected to
/// grow`, `has also risen`).
const MAX_VERB_GROUP: usize = 5;

/// The most words the name of what changed may run over (`The number of civil servants in
/// Britain`).
const MAX_QUANTITY: usize = 10;

/// Words of a verb group before a change verb besides auxiliaries and adverbs: `is expected
/// to grow`, `are set to fall`, `was forecast to rise`.
const VERB_GROUP: &[&str] = &[
    "continue",
    "continued",
    "continues",
    "due",
    "expected",
    "forecast",
    "likely",
    "not",
    "predicted",
    "projected",
    "set",
    "tipped",
    "to",
];

/// Change verbs whose subject is who makes the change and whose object is what changed:
/// `The bank cut interest rates by 0.25%`, `The firm shed 500 jobs`.
const AGENT_VERBS: &[&str] = &[
    "boosted", "boosting", "cut", "cuts", "cutting", "hiked", "lifted", "lifting", "lowered",
    "lowering", "lowers", "raise", "raised", "raises", "raising", "reduce", "reduced", "reduces",
    "reducing", "shed", "shedding", "sheds", "slashed", "slashing", "trimmed",
];

impl Reader<'_> {
    /// The factor a verb such as `doubled` or `halved` multiplies by, as numerator and
    /// denominator; not when a particle makes it another verb (`doubled as`, `doubled over`,
    /// `doubling up`, `doubled down`).
    pub(super) fn factor_verb(&self, i: usize) -> Option<(u8, u8)> {
        let Some(NumberWord::Factor(n, d)) = super::number_word(self.tok(i)?) else {
            return None;
        };
        let particle = ["as", "over", "up", "down", "back"]
            .iter()
            .any(|p| self.word_is(i + 1, p));
        (!particle).then_some((n, d))
    }

    /// Whether `up` or `down` at `i` is a verb's particle (`signed up 20 players`, `turned down
    /// two offers`) rather than a change (`shares were up 5%`, `profits, down 3%,`, `closed up
    /// 2%`).
    fn particle(&self, i: usize) -> bool {
        if !(self.word_is(i, "up") || self.word_is(i, "down")) {
            return false;
        }
        let Some(k) = i.checked_sub(1) else {
            return false;
        };
        self.tok(k).is_some_and(|t| {
            t.is_word()
                && !t.is(Class::AUXILIARY)
                && ![
                    "closed", "ended", "finished", "opened", "closing", "ending", "and",
                ]
                .iter()
                .any(|w| self.word_is(k, w))
        })
    }

    /// The change word at `i`, with its way and use; not `up` or `down` as a particle.
    fn change_word(&self, i: usize) -> Option<(Direction, ChangeUse)> {
        let t = self.tok(i).filter(|t| t.is_word())?;
        let found = lexicon().entry(t.lex)?.change?;
        (!self.particle(i)).then_some(found)
    }

    /// The change word before the preposition at `prep`, read back over adverbs (`rose sharply
    /// to`) and a short object (`cut interest rates by`), but not over punctuation, a number, a
    /// verb of speech, an auxiliary (`cutting the limit would lead to`) or a word that opens a
    /// clause.
    fn change_before_preposition(&self, prep: usize) -> Option<(usize, Direction)> {
        let floor = prep.saturating_sub(MAX_OBJECT + 1);
        let mut k = prep;
        while k > floor {
            k -= 1;
            if let Some((direction, how)) = self.change_word(k) {
                let verb = how != ChangeUse::Base || self.verb_context(k);
                return (how.before_preposition() && verb).then_some((k, direction));
            }
            let passable = self.tok(k).is_some_and(|t| {
                t.is_word()
                    && !t.is(Class::CUE
                        .with(Class::SUBORDINATOR)
                        .with(Class::CONJUNCTION)
                        .with(Class::AUXILIARY)
                        .with(Class::NUMBER))
            });
            if !passable {
                return None;
            }
        }
        None
    }

    /// The words naming what changed, for the change word at `cue` of a claim over `claim`:
    /// the subject of a verb (`Net profit surged 70%`, `Exports from China leapt`), the object
    /// of a verb whose subject makes the change (`cut interest rates by`, `doubled their
    /// lead`), or the phrase after `in` of a noun (`a 6% rise in sales`).
    fn quantity(&self, cue: usize, claim: Range<usize>, sentence_start: usize) -> Option<Span> {
        let (_, how) = self.change_word(cue).or_else(|| {
            self.factor_verb(cue)
                .map(|_| (Direction::Up, ChangeUse::Verb))
        })?;
        let before = cue.checked_sub(1).filter(|&b| b >= sentence_start);
        if self.word_is(cue, "up") || self.word_is(cue, "down") {
            // `Net debt was $9bn, up from $7bn`, `Sales surged to $805.9m, up from $393.9m`:
            // an aside after a comma is about the subject that opens the sentence, when a form
            // of `be` or a change verb follows it (not `BMW sold nearly 95,000 cars, up 2.6%`,
            // `There are 305,775 people, down from`).
            let aside = before.is_some_and(|b| self.kind(b) == Some(Kind::Comma));
            let subject = self.phrase_tokens(sentence_start).filter(|r| {
                !self.word_is(r.start, "there")
                    && (self.tok(r.end).is_some_and(|t| t.is(Class::AUXILIARY))
                        || self.change_word(r.end).is_some())
            });
            return subject.filter(|_| aside).map(|r| self.span(r));
        }
        if how == ChangeUse::After {
            return None;
        }
        // `a 6% rise`, `a rise of 6%`, `the drop`, `Labour's cut`: a noun.
        let noun = how == ChangeUse::Noun
            || cue == claim.end
            || self.word_is(cue + 1, "of") && cue + 2 == claim.start
            || before.is_some_and(|b| {
                self.tok(b).is_some_and(|t| {
                    t.kind == Kind::Possessive || t.is_word() && t.is(Class::DETERMINER)
                })
            });
        // `a 6% rise in sales`, `a rise of 6% in sales`; a word that may be a noun reads so
        // before `in` and a noun phrase (`the monthly fall in the index to 48.3`).
        let phrase_in = [cue + 1, claim.end]
            .into_iter()
            .find(|&k| self.word_is(k, "in"))
            .and_then(|k| self.phrase_after(k + 1));
        if noun || how == ChangeUse::Both && phrase_in.is_some() {
            return phrase_in;
        }
        // `doubled their lead`: a factor verb with an object.
        let object_after = self.factor_verb(cue).is_some()
            && (self.determiner(cue + 1) || self.noun_word(cue + 1));
        // The object: between the verb and the preposition that leads to the number (`cut
        // the dividend by`, `increased its payment by`, `cut production in Peru by`), or after
        // a factor verb; not the time after it (`reduce its losses last year from`).
        let mut stop = if object_after {
            (cue + 1..cue + 1 + MAX_OBJECT)
                .find(|&k| !self.noun_word(k) && !self.determiner(k))
                .unwrap_or(cue + 1 + MAX_OBJECT)
        } else {
            claim.start.saturating_sub(1)
        };
        while stop > cue + 1 && self.tok(stop - 1).is_some_and(|t| t.is(Class::TIME)) {
            stop -= 1;
            if ["last", "next", "this"]
                .iter()
                .any(|w| self.word_is(stop - 1, w))
            {
                stop -= 1;
            }
        }
        let adverb = |k: usize| {
            self.tok(k).is_some_and(|t| t.is(Class::ADVERB))
                || self.word(k).is_some_and(|w| w.ends_with("ly"))
        };
        if let Some(start) = (cue + 1..stop).find(|&k| !self.determiner(k) && !adverb(k)) {
            return self.noun_word(start).then(|| self.span(start..stop));
        }
        // `shed 500 jobs` names what changed after the number; `The surcharge was raised to
        // £4`, a passive, in its subject.
        let word = self.word(cue).map(crate::lexicon::fold);
        let agent = word
            .as_deref()
            .is_some_and(|w| AGENT_VERBS.binary_search(&w).is_ok());
        if object_after || agent && claim.start <= cue + 1 {
            return None;
        }
        self.subject_before(cue, sentence_start)
    }

    /// Whether the token at `i` may be a word of a noun phrase: a word that is no function
    /// word, verb of speech, adverb or number, an owner's `'s`, or a hyphen inside a word.
    fn noun_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| match t.kind {
            Kind::Possessive => true,
            Kind::Hyphen => t.is_attached(),
            // A change noun may name what changes (`growth forecasts`, `tax rises`), a verb
            // not.
            Kind::Word => {
                !t.is(Class::FUNCTION
                    .with(Class::CUE)
                    .with(Class::ADVERB)
                    .with(Class::NUMBER))
                    && self
                        .change_word(i)
                        .is_none_or(|(_, how)| matches!(how, ChangeUse::Noun | ChangeUse::Both))
            }
            _ => false,
        })
    }

    /// Whether the token at `i` is a determiner or a possessive pronoun (`the`, `its`, `their`).
    fn determiner(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.is_word() && t.is(Class::DETERMINER.with(Class::PRONOUN)))
    }

    /// The noun phrase from `i` on: its words, an `of` between nouns (`the number of people`);
    /// not a time (`a rise in November`, `in the past year`).
    fn phrase_after(&self, i: usize) -> Option<Span> {
        self.phrase_tokens(i).map(|r| self.span(r))
    }

    /// The tokens of [`phrase_after`](Self::phrase_after).
    fn phrase_tokens(&self, i: usize) -> Option<Range<usize>> {
        let start = if self.determiner(i) { i + 1 } else { i };
        if self.tok(start).is_some_and(|t| t.is(Class::TIME))
            || self.word_is(start, "past")
            || self.word_is(start, "first")
        {
            return None;
        }
        let mut end = start;
        while end < start + MAX_QUANTITY {
            if self.noun_word(end) {
                end += 1;
            } else if self.word_is(end, "of") && end > start && self.noun_word(end + 1) {
                end += 2;
            } else {
                break;
            }
        }
        (end > start).then_some(start..end)
    }

    /// The subject before the change verb at `cue`, over its verb group (`is expected to
    /// grow`) and a phrase of place or time after the noun (`Exports from China`, `New loans in
    /// January`).
    fn subject_before(&self, cue: usize, sentence_start: usize) -> Option<Span> {
        let mut end = cue;
        while end > sentence_start && cue - end < MAX_VERB_GROUP {
            let k = end - 1;
            let group = self.tok(k).is_some_and(|t| {
                t.is_word()
                    && (t.is(Class::AUXILIARY.with(Class::ADVERB))
                        || self.word(k).is_some_and(|w| w.ends_with("ly"))
                        || VERB_GROUP.iter().any(|w| self.word_is(k, w)))
            });
            if !group {
                break;
            }
            end = k;
        }
        let floor = end.saturating_sub(MAX_QUANTITY).max(sentence_start);
        // A run of noun words back from `to`, crossing `of` and a determiner between nouns
        // (`number of trains`, `price of a loaf`).
        let run_start = |to: usize| {
            let mut k = to;
            while k > floor {
                if self.noun_word(k - 1) {
                    k -= 1;
                    continue;
                }
                let of = if self.determiner(k - 1) {
                    k.checked_sub(2)
                } else {
                    Some(k - 1)
                };
                match of {
                    Some(of)
                        if k < to
                            && of > floor
                            && self.word_is(of, "of")
                            && self.noun_word(of - 1) =>
                    {
                        k = of - 1;
                    }
                    _ => break,
                }
            }
            k
        };
        let mut start = run_start(end);
        if start == end {
            return None;
        }
        // `Exports from China`, `New loans in January`, `gadgets in the shops`: the noun
        // before the phrase heads it.
        if start > floor
            && let Some(p) = start.checked_sub(1).map(|p| {
                if self.determiner(p) {
                    p.saturating_sub(1)
                } else {
                    p
                }
            })
            && self
                .tok(p)
                .is_some_and(|t| t.is_word() && t.is(Class::PREPOSITION))
            && !self.word_is(p, "of")
        {
            let earlier = run_start(p);
            if earlier < p {
                start = earlier;
            }
        }
        // `BBC Two's share`: not an owner's mark without its owner.
        while start < end && self.kind(start) == Some(Kind::Possessive) {
            start += 1;
        }
        (start < end).then(|| self.span(start..end))
    }

    /// Whether the word at `k` stands where a verb does: after `to`, an auxiliary or an
    /// adverb (`to double`, `will double`, `more than double`, `nearly double`).
    fn verb_context(&self, k: usize) -> bool {
        k.checked_sub(1).is_some_and(|p| {
            self.tok(p)
                .is_some_and(|t| t.is_word() && t.is(Class::AUXILIARY.with(Class::ADVERB)))
                || ["to", "than", "almost", "nearly"]
                    .iter()
                    .any(|w| self.word_is(p, w))
                || self.word(p).is_some_and(|w| w.ends_with("ly"))
        })
    }

    /// Whether the amount at `i` stands right after a change verb that takes it bare (`rose
    /// 3.5p`).
    pub(super) fn right_after_change(&self, i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|k| self.change_word(k))
            .is_some_and(|(_, how)| how.bare_before())
    }

    /// Whether the amount at `i` is led to by one of `prepositions` after a change word (`rose
    /// from 200 to 300`, `cut by 0.25 points to 4.5%`): it and a `to` after it are two numbers
    /// of the change, not a range.
    pub(super) fn led_by_change(&self, i: usize, prepositions: &[&str]) -> bool {
        i.checked_sub(1).is_some_and(|p| {
            prepositions.iter().any(|w| self.word_is(p, w))
                && self.change_before_preposition(p).is_some()
        })
    }

    /// The change a claim over tokens `claim` of kind `kind` describes; `previous` is the claim
    /// before it in the sentence, its end and change, which `to` or `from` may continue (`rose
    /// 5% to $3m`).
    pub(super) fn change(
        &self,
        claim: Range<usize>,
        kind: ClaimKind,
        sentence_start: usize,
        previous: Option<(usize, ChangeSpan)>,
    ) -> Option<ChangeSpan> {
        let change = self.change_of(claim.clone(), kind, sentence_start, previous)?;
        let cue = change.cue.text_in(self.text).map(crate::lexicon::fold);
        // `a leap of 6.43m`, `jumped 30ft from a window`: a length jumped is a distance, not
        // a change (`output jumped 30%` is one).
        let jump = matches!(
            cue.as_deref(),
            Some("jump" | "jumps" | "jumped" | "jumping" | "leap" | "leaps" | "leapt" | "leaped")
        );
        let length = claim.end.checked_sub(1).is_some_and(|k| {
            matches!(
                self.word(k).map(crate::lexicon::fold).as_deref(),
                Some("m" | "metres" | "meters" | "ft" | "feet" | "cm" | "yards" | "inches")
            )
        });
        (!(jump && kind == ClaimKind::Measure && length)).then_some(change)
    }

    fn change_of(
        &self,
        claim: Range<usize>,
        kind: ClaimKind,
        sentence_start: usize,
        previous: Option<(usize, ChangeSpan)>,
    ) -> Option<ChangeSpan> {
        let made = |cue: usize, direction: Direction, role: ChangeRole| ChangeSpan {
            cue: self.span(cue..cue + 1),
            direction,
            role,
            quantity: self.quantity(cue, claim.clone(), sentence_start),
        };
        // `doubled`, `halved`: the claim is its own change.
        if claim.len() == 1
            && let Some((n, d)) = self.factor_verb(claim.start)
        {
            let direction = if n >= d {
                Direction::Up
            } else {
                Direction::Down
            };
            return Some(made(claim.start, direction, ChangeRole::By));
        }
        // `a 5% rise`, `a threefold increase`, `5% higher`; not `two falls` or `three cuts`,
        // which count the changes, nor `5% higher than`, a comparison.
        // (Nor `its first decline`, `the second hike`: which change it is in a series, not its
        // size.)
        if let Some((direction, how)) = self.change_word(claim.end)
            && how.after()
            && kind != ClaimKind::Ordinal
            && !self.word_is(claim.end + 1, "than")
            && (kind != ClaimKind::Count
                || !self
                    .word(claim.end)
                    .is_some_and(|w| w.ends_with(['s', 'S'])))
        {
            return Some(made(claim.end, direction, ChangeRole::By));
        }
        let before = claim
            .start
            .checked_sub(1)
            .filter(|&b| b >= sentence_start)?;
        // `rose 5%`, `up 5%`, `cut 500 jobs`.
        if let Some((direction, how)) = self.change_word(before) {
            return how
                .bare_before()
                .then(|| made(before, direction, ChangeRole::By));
        }
        let role = match self.word(before).map(crate::lexicon::fold).as_deref() {
            Some("by") => ChangeRole::By,
            Some("to") => ChangeRole::To,
            Some("from") => ChangeRole::From,
            // `a rise of 5%`, `growth of 3%`: a noun right before.
            Some("of") => {
                let cue = before.checked_sub(1)?;
                let (direction, how) = self.change_word(cue)?;
                return matches!(how, ChangeUse::Noun | ChangeUse::Both)
                    .then(|| made(cue, direction, ChangeRole::By));
            }
            _ => return None,
        };
        // `rose 5% to $3m`, `fell from $5m to $3m`: the preposition goes on with the change of
        // the claim right before it.
        if let Some((end, change)) = previous
            && end == before
            && role != ChangeRole::By
        {
            return Some(ChangeSpan { role, ..change });
        }
        let (cue, direction) = self.change_before_preposition(before)?;
        Some(made(cue, direction, role))
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Diagnostics;
    use crate::model::{ChangeRole, Direction};
    use crate::segment::segment;

    /// A change as the tests write it: cue, way and role.
    type Seen<C> = Option<(C, Direction, ChangeRole)>;

    /// A sentence and every claim it makes: its words and change.
    type Row<'a> = (&'a str, &'a [(&'a str, Seen<&'a str>)]);

    /// Each claim of `text` as its words, value, and change.
    fn changes(text: &str) -> Vec<(String, Option<f64>, Seen<String>)> {
        let mut d = Diagnostics::new(8);
        let seg = segment(text, 8, &mut d);
        super::super::claims(&seg, text, &mut d)
            .into_iter()
            .map(|c| {
                let words = c.span.text_in(text).unwrap_or("").to_string();
                let change = c.change.map(|ch| {
                    let cue = ch.cue.text_in(text).unwrap_or("").to_string();
                    (cue, ch.direction, ch.role)
                });
                (words, c.value.map(|v| v.to_f64()), change)
            })
            .collect()
    }

    use ChangeRole::{By, From, To};
    use Direction::{Down, Up};

    #[test]
    fn table_of_changes() {
        // Each sentence, then every claim it makes: words, and the change's cue, way and role
        // (`None` for a claim that states no change).
        let table: &[Row] = &[
            (
                "Exports climbed 7% last year.",
                &[("7%", Some(("climbed", Up, By)))],
            ),
            (
                "Membership fell by 1,200.",
                &[("1,200", Some(("fell", Down, By)))],
            ),
            (
                "The league expanded from 18 to 20 clubs.",
                &[
                    ("18", Some(("expanded", Up, From))),
                    ("20", Some(("expanded", Up, To))),
                ],
            ),
            ("It won a narrow 51% majority.", &[("51%", None)]),
            (
                "Fees will double to £900.",
                &[("£900", Some(("double", Up, To)))],
            ),
            (
                "It had a double 50% boost.",
                &[("50%", Some(("boost", Up, By)))],
            ),
            (
                "His double strike took them from two down.",
                &[("two", None)],
            ),
            (
                "Turnover is expected to grow by about 4%.",
                &[("about 4%", Some(("grow", Up, By)))],
            ),
            (
                "Its revenue rose 8% to 40bn yen.",
                &[
                    ("8%", Some(("rose", Up, By))),
                    ("40bn yen", Some(("rose", Up, To))),
                ],
            ),
            (
                "Net income slipped to £12m from £15m.",
                &[
                    ("£12m", Some(("slipped", Down, To))),
                    ("£15m", Some(("slipped", Down, From))),
                ],
            ),
            (
                "Visitor numbers were down 4% on the year.",
                &[("4%", Some(("down", Down, By)))],
            ),
            (
                "The index closed up 31 points.",
                &[("31", Some(("up", Up, By)))],
            ),
            (
                "Shares rose 3.5p to 120p.",
                &[
                    ("3.5p", Some(("rose", Up, By))),
                    ("120p", Some(("rose", Up, To))),
                ],
            ),
            (
                "Yields rose 0.2% to 5.1%.",
                &[
                    ("0.2%", Some(("rose", Up, By))),
                    ("5.1%", Some(("rose", Up, To))),
                ],
            ),
            (
                "Prices rose 5 to 10%.",
                &[("5 to 10%", Some(("rose", Up, By)))],
            ),
            (
                "Debt stood at $9bn, up from $7bn.",
                &[("$9bn", None), ("$7bn", Some(("up", Up, From)))],
            ),
            (
                "It reported a 6% rise in sales.",
                &[("6%", Some(("rise", Up, By)))],
            ),
            (
                "There was a drop of 300 in the roll.",
                &[("300", Some(("drop", Down, By)))],
            ),
            (
                "Fares will be 3% higher in May.",
                &[("3%", Some(("higher", Up, By)))],
            ),
            (
                "They saw a fourfold increase.",
                &[("fourfold", Some(("increase", Up, By)))],
            ),
            (
                "The council lowered the tax to 2.5%.",
                &[("2.5%", Some(("lowered", Down, To)))],
            ),
            (
                "The bank raised its rate sharply by 0.5%.",
                &[("0.5%", Some(("raised", Up, By)))],
            ),
            (
                "Prices have doubled.",
                &[("doubled", Some(("doubled", Up, By)))],
            ),
            (
                "The deficit was halved. They vowed to halve it.",
                &[
                    ("halved", Some(("halved", Down, By))),
                    ("halve", Some(("halve", Down, By))),
                ],
            ),
            // Not changes: money collected, a verb's particle, counted events, a verb that
            // is not a factor, a verb two clauses away.
            ("The appeal raised £40,000.", &[("£40,000", None)]),
            ("The club signed up 14 players.", &[("14", None)]),
            ("She had two falls in the race.", &[("two", None)]),
            // A length jumped is a distance; a share that jumps is a change.
            ("She won with a leap of 6.43m.", &[("6.43m", None)]),
            (
                "Output jumped 30% in May.",
                &[("30%", Some(("jumped", Up, By)))],
            ),
            // An ordinal places a change in a series: it is not its size.
            (
                "It was the firm's first decline in a decade.",
                &[("first", None)],
            ),
            (
                "The barn doubled as a school for 30 pupils.",
                &[("30", None)],
            ),
            (
                "Cutting the limit would lead to 90 fewer deaths.",
                &[("90", None)],
            ),
        ];
        for (text, expected) in table {
            let seen = changes(text);
            let seen: Vec<(&str, Seen<&str>)> = seen
                .iter()
                .map(|(w, _, ch)| {
                    (
                        w.as_str(),
                        ch.as_ref().map(|(c, d, r)| (c.as_str(), *d, *r)),
                    )
                })
                .collect();
            assert_eq!(seen, *expected, "{text}");
        }
    }

    #[test]
    fn agent_verbs_are_sorted_for_their_search() {
        assert!(super::AGENT_VERBS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn what_changed() {
        // Each sentence and the words naming what changed, for its first claim of a change.
        let table: &[(&str, Option<&str>)] = &[
            ("Net profit surged 70% in March.", Some("Net profit")),
            (
                "Imports from Peru jumped 9% last year.",
                Some("Imports from Peru"),
            ),
            (
                "The Nordic economy is expected to grow by 2.5%.",
                Some("Nordic economy"),
            ),
            (
                "The number of trains in service fell to 410.",
                Some("number of trains in service"),
            ),
            ("Her salary rose 5% to £30,000.", Some("salary")),
            (
                "The club increased its prize fund by 40%.",
                Some("prize fund"),
            ),
            (
                "The price of a loaf in the shops rose by 6%.",
                Some("price of a loaf in the shops"),
            ),
            ("The board cut the dividend by 10%.", Some("dividend")),
            ("The levy was lowered from 3% to 2%.", Some("levy")),
            ("The mill will shed 300 jobs.", None),
            ("Figures show a 4% rise in exports.", Some("exports")),
            ("There was a fall of 2% in rents.", Some("rents")),
            ("There was a 4% rise in May.", None),
            ("The visitors doubled their lead.", Some("lead")),
            ("Fares have halved since 2001.", Some("Fares")),
            ("Bond yields were up 2%.", None),
            ("Net debt was $9bn, up from $7bn.", Some("Net debt")),
            ("The firm sold 900 cars, up 3% on 2003.", None),
            ("It rose 3%.", None),
        ];
        for (text, expected) in table {
            let mut d = Diagnostics::new(8);
            let seg = segment(text, 8, &mut d);
            let claims = super::super::claims(&seg, text, &mut d);
            let change = claims.iter().find_map(|c| c.change);
            assert!(change.is_some(), "{text}: no change");
            let quantity = change
                .and_then(|ch| ch.quantity)
                .and_then(|q| q.text_in(text));
            assert_eq!(quantity, *expected, "{text}");
        }
    }

    #[test]
    fn the_levels_of_a_change_are_not_a_range() {
        // Two levels, the first taking the scale the second writes once.
        let seen = changes("Sales fell from 3.2 to 2.9 million.");
        assert_eq!(seen.len(), 2, "{seen:?}");
        assert_eq!(seen[0].1, Some(3_200_000.0));
        assert_eq!(seen[0].2.as_ref().map(|c| c.2), Some(From));
        assert_eq!(seen[1].1, Some(2_900_000.0));
        assert_eq!(seen[1].2.as_ref().map(|c| c.2), Some(To));
        // Not a scale that would put the levels a thousandfold apart.
        let seen = changes("Output jumped from 500 to 2 million.");
        assert_eq!(seen[0].1, Some(500.0));
        // A change by a size and to a level, each with its unit.
        let seen = changes("Rates were cut by 0.25 percentage points to 4.5%.");
        let texts: Vec<&str> = seen.iter().map(|s| s.0.as_str()).collect();
        assert_eq!(texts, ["0.25 percentage points", "4.5%"]);
        // One unit for both ends: a range of sizes.
        let seen = changes("Temperatures dropped by 1 to 1.5 degrees.");
        let texts: Vec<&str> = seen.iter().map(|s| s.0.as_str()).collect();
        assert_eq!(texts, ["1 to 1.5 degrees"]);
        // Without a change word, `from` and `to` still make a range.
        let seen = changes("Tickets cost from $20 to $45.");
        assert_eq!(seen.len(), 1, "{seen:?}");
    }
}
