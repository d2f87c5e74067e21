//! Numeric claims: every number a sentence asserts, with its qualifier, unit, what it counts,
//! as of when and where it holds.
//!
//! The claim grammar reads each sentence's tokens once, left to right. At each token that can
//! open an amount (a qualifier, a currency sign, a digit token, a number word) it tries, in
//! order: a qualifier or a range opener, the amount (currency, sign, numeral, scale, unit or
//! percent), a range tail, and the counted noun phrase. Numbers that are not claims (years,
//! dates, times, versions, identifiers, list markers) are recognised and skipped.

mod change;
pub(crate) mod numeral;
mod time;
pub(crate) mod value;

pub use value::Value;

use crate::grammar::View;
use crate::lexicon::FoldAscii;
use crate::lexicon::numbers::{NumberWord, PERCENT_WORDS, QUALIFIERS, TRAILING_QUALIFIERS};
use crate::lexicon::{Class, scale_suffix};
use crate::model::{Bound, ChangeRole, ClaimKind, DiagnosticKind};
use crate::segment::token::{Flags, Kind, Token};
use crate::segment::{ParaRole, Segments};
use crate::span::Span;
use numeral::{DigitForm, MAX_NUMERAL_BYTES, digit_form, number_word, spelled_number};
use std::ops::Range;

/// A numeric claim, in spans; the model builder adds its text and claimant.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Claim {
    pub span: Span,
    pub number: Span,
    pub value: Option<Value>,
    pub kind: ClaimKind,
    pub qualifier: Option<Span>,
    pub bound: Bound,
    pub low: Option<Value>,
    pub high: Option<Value>,
    pub unit: Option<Span>,
    pub counted: Option<Span>,
    pub as_of: Option<Span>,
    pub scope: Option<Span>,
    pub per: Option<Span>,
    pub change: Option<change::ChangeSpan>,
    pub sentence: usize,
}

impl Claim {
    /// A claim of `kind` over `span` with its numeral at `number`, exact and bare: the
    /// grammar sets what it read, and the sentence's time, scope and change come after.
    fn at(span: Span, number: Span, kind: ClaimKind) -> Claim {
        Claim {
            span,
            number,
            value: None,
            kind,
            qualifier: None,
            bound: Bound::Exact,
            low: None,
            high: None,
            unit: None,
            counted: None,
            as_of: None,
            scope: None,
            per: None,
            change: None,
            sentence: 0,
        }
    }
}

/// The words that end a street's name after a house number: `10 Downing Street`. Sorted.
const STREET_WORDS: &[&str] = &[
    "avenue",
    "boulevard",
    "crescent",
    "drive",
    "lane",
    "parade",
    "road",
    "square",
    "street",
    "terrace",
];

/// The most tokens an amount may start before its numeral: the longest qualifier.
const MAX_OPENER: usize = 5;

/// Finds the claims of every sentence.
/// The low and high ends a one-sided bound gives a value: `more than 5` has a low end.
fn one_sided(bound: Bound, value: Option<Value>) -> (Option<Value>, Option<Value>) {
    match bound {
        Bound::Above | Bound::AtLeast => (value, None),
        Bound::Below | Bound::AtMost => (None, value),
        _ => (None, None),
    }
}

pub(crate) fn claims(
    seg: &Segments,
    text: &str,
    diagnostics: &mut crate::diagnostics::Diagnostics,
) -> Vec<Claim> {
    // A claim to a numeral at most: one allocation, not a doubling per few claims.
    let mut out = Vec::with_capacity(seg.index.anchors.len());
    let reader = Reader(View {
        toks: &seg.tokens,
        text,
    });
    for (s, sent) in seg.sentences.iter().enumerate() {
        let role = seg.paragraphs.get(sent.paragraph).map(|p| p.role);
        if role == Some(ParaRole::Byline) {
            continue;
        }
        let para_start = seg
            .paragraphs
            .get(sent.paragraph)
            .map_or(sent.tokens.start, |p| p.tokens.start);
        let first_claim = out.len();
        // The claim before, its end and change, which `to` or `from` may go on with.
        let mut previous = None;
        let mut i = sent.tokens.start;
        // Claims start at a numeral, or up to five words before it (`more than`, `between`,
        // `US$`, `less than or equal to`): each token is tested once for a numeral, and only a
        // numeral looks back.
        let mut floor = sent.tokens.start;
        // The numerals of the sentence, from the token index.
        let anchors = &seg.index.anchors;
        let mut cursor = anchors.partition_point(|&a| (a as usize) < sent.tokens.start);
        while i < sent.tokens.end {
            while anchors.get(cursor).is_some_and(|&a| (a as usize) < i) {
                cursor += 1;
            }
            match anchors.get(cursor) {
                Some(&a) if (a as usize) < sent.tokens.end => i = a as usize,
                _ => break,
            }
            let found = (i.saturating_sub(MAX_OPENER).max(floor)..=i)
                .filter(|&st| st == i || reader.opens_amount(st))
                .find_map(
                    |st| match reader.claim_at(st, sent.tokens.end, para_start)? {
                        Found::Claim(c, next) if next > i => Some((st, Found::Claim(c, next))),
                        Found::NotAClaim(next) if next > i => Some((st, Found::NotAClaim(next))),
                        _ => None,
                    },
                );
            let Some((st, found)) = found else {
                i += 1;
                continue;
            };
            let i_start = st;
            match Some(found) {
                Some(Found::Claim(c, next)) => {
                    let mut c = *c;
                    c.sentence = s;
                    if c.kind == ClaimKind::Count
                        && c.bound == Bound::Exact
                        && let Some(unit) =
                            reader.age_at(i, sent.tokens.start, c.value.and_then(|v| v.to_i128()))
                    {
                        c.kind = ClaimKind::Age;
                        c.counted = None;
                        c.unit = unit;
                    } else if c.kind == ClaimKind::Count
                        && c.bound == Bound::Range
                        && reader.ages_range(st, c.value.and_then(|v| v.to_i128()))
                    {
                        c.kind = ClaimKind::Age;
                        c.counted = None;
                    }
                    c.change = reader.change(st..next, c.kind, sent.tokens.start, previous);
                    if let Some(change) = c.change {
                        // `a 3,000 increase`: the change word is not what is counted.
                        if c.counted == Some(change.cue) {
                            c.counted = None;
                        }
                        previous = Some((next, change));
                    } else {
                        previous = None;
                    }
                    if c.value.is_none()
                        && let Some(t) = seg.tokens.get(i)
                        && t.kind == Kind::Number
                        && t.text(text).len() > MAX_NUMERAL_BYTES
                    {
                        diagnostics.push(DiagnosticKind::NumberTooLong, c.number);
                    }
                    out.push(c);
                    i = next.max(i_start + 1);
                }
                Some(Found::NotAClaim(next)) => i = next.max(i_start + 1),
                None => i += 1,
            }
            floor = i;
        }
        if out.len() > first_claim {
            // `As of Thursday` holds for the whole sentence; else each claim's own time after
            // it, or the time that opens the sentence.
            let as_of = reader.as_of(sent.tokens.clone());
            let opening = reader.time_opening(sent.tokens.clone());
            let count = out.len();
            for k in first_claim..count {
                let next_start = out.get(k + 1).map(|c| c.span.start);
                if let Some(c) = out.get_mut(k) {
                    // The first token after the claim, where its time and scope are read.
                    let after = seg
                        .tokens
                        .partition_point(|t| (t.start as usize) < c.span.end)
                        .max(sent.tokens.start);
                    // Not a time that holds the claim itself: `Ten years ago, ...`.
                    let opening = opening.filter(|o| o.end <= c.span.start);
                    c.as_of = as_of.or_else(|| {
                        reader
                            .time_after(after, next_start, sent.tokens.end)
                            .or(opening)
                    });
                    c.scope = reader.scope(after, next_start, sent.tokens.end);
                    c.per = reader.per(after, c.counted, sent.tokens.end);
                }
            }
            // `rose 5% to $3m in 2004`: a change's size shares the time of the level it
            // reached (not of the level it left: `fell £600 from £190,329 in November`).
            for k in (first_claim..count.saturating_sub(1)).rev() {
                if let (Some(a), Some(b)) = (out.get(k), out.get(k + 1))
                    && a.as_of == opening
                    && b.as_of != opening
                    && a.change.is_some_and(|x| {
                        b.change
                            .is_some_and(|y| x.cue == y.cue && y.role == ChangeRole::To)
                    })
                {
                    let time = b.as_of;
                    if let Some(a) = out.get_mut(k) {
                        a.as_of = time;
                    }
                }
            }
        }
    }
    out
}

/// What the grammar found at a token.
enum Found {
    /// A claim, and the token after it.
    Claim(Box<Claim>, usize),
    /// A number that is no claim (a year, a date, a version), and the token after it.
    NotAClaim(usize),
}

/// An amount: a numeral with its currency, scale, unit or percent sign.
#[derive(Clone, Debug)]
struct Amount {
    /// Tokens of the whole amount.
    tokens: Range<usize>,
    /// Tokens of the numeral, scale included.
    numeral: Range<usize>,
    value: Option<Value>,
    kind: ClaimKind,
    unit: Option<Range<usize>>,
    /// Written in digits only, without separators, scale, unit or sign: a year candidate.
    bare_integer: bool,
}

/// The claim grammar: a view of the tokens with the claim rules as methods.
struct Reader<'a>(View<'a>);

impl<'a> std::ops::Deref for Reader<'a> {
    type Target = View<'a>;

    fn deref(&self) -> &View<'a> {
        &self.0
    }
}

impl Reader<'_> {
    /// Whether a claim can start at token `i`: cheap test before the grammar runs.
    /// Whether an amount may start at token `i` before its numeral: a qualifier, a range
    /// opener, a sign word, an article, a currency sign or code.
    #[inline]
    fn opens_amount(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| match t.kind {
            Kind::Word => {
                t.is(Class::AMOUNT_OPENER.with(Class::CURRENCY))
                    || t.has(Flags::ALL_CAPS)
                    || self.word_is(i, "Rs")
                    // A country mark before a currency sign: `hk $`, `c $`.
                    || self.country_mark(i)
            }
            Kind::Currency | Kind::Hyphen => true,
            Kind::Symbol => matches!(t.text(self.text), ">" | "<" | "\u{2265}" | "\u{2264}"),
            _ => false,
        })
    }

    /// The qualifier at `i`: its tokens and bound.
    fn qualifier_at(&self, i: usize) -> Option<(Range<usize>, Bound)> {
        // `>700`, `<= 40`, `≥ 5`
        if let Some(t) = self.tok(i)
            && t.kind == Kind::Symbol
        {
            let two = self
                .tok(i + 1)
                .filter(|n| n.is_attached())
                .map(|n| n.text(self.text));
            return match (t.text(self.text), two) {
                (">", Some("=")) => Some((i..i + 2, Bound::AtLeast)),
                ("<", Some("=")) => Some((i..i + 2, Bound::AtMost)),
                (">", _) => Some((i..i + 1, Bound::Above)),
                ("<", _) => Some((i..i + 1, Bound::Below)),
                ("\u{2265}", _) => Some((i..i + 1, Bound::AtLeast)),
                ("\u{2264}", _) => Some((i..i + 1, Bound::AtMost)),
                _ => None,
            };
        }
        let first = crate::lexicon::fold(self.word(i)?);
        let first: &str = &first;
        // `How about 20?`, `what about 5 more`: a suggestion, not an approximation.
        if first == "about" && i > 0 && (self.word_is(i - 1, "how") || self.word_is(i - 1, "what"))
        {
            return None;
        }
        let mut best: Option<(Range<usize>, Bound)> = None;
        // The table is sorted: the rows that open with this word sit together.
        let from =
            QUALIFIERS.partition_point(|(words, _)| words.first().is_some_and(|h| *h < first));
        for (words, bound) in QUALIFIERS.get(from..).unwrap_or_default() {
            let Some(head) = words.first() else { continue };
            if *head != first {
                break;
            }
            let matches = words
                .iter()
                .enumerate()
                .all(|(k, w)| self.word_is(i + k, w));
            if matches && best.as_ref().is_none_or(|(r, _)| r.len() < words.len()) {
                best = Some((i..i + words.len(), *bound));
            }
        }
        // `a few hundred`, `several thousand`, `a few dozen`: a vague count of a scale word
        // alone (not `a few 10-minute breaks`, `several 2012 models`).
        if let Some((r, _)) = &best
            && matches!(first, "a" | "several")
            && matches!(r.len(), 1 | 2)
            && (self.word_is(r.start, "several") || self.word_is(r.start + 1, "few"))
            && !self.tok(r.end).and_then(number_word).is_some_and(|w| {
                matches!(
                    w,
                    NumberWord::Hundred | NumberWord::Scale(_) | NumberWord::Dozen
                )
            })
        {
            return None;
        }
        best
    }

    fn claim_at(&self, i: usize, end: usize, para_start: usize) -> Option<Found> {
        if self
            .tok(i)
            .is_some_and(|t| t.is_word() && t.is(Class::NUMBER))
            && let Some(found) = self.magnitude_claim(i, end)
        {
            return Some(found);
        }
        // A range opened by `between` or `from`; not `from` after a change word (`rose from 200
        // to 300`), which names the level the change left.
        if self.word_is(i, "between")
            || self.word_is(i, "from") && !self.led_by_change(i + 1, &["from"])
        {
            let joiner = if self.word_is(i, "between") {
                "and"
            } else {
                "to"
            };
            // `between $60,000 (£30,800) and $150,000`: a conversion in brackets after the
            // low end is part of the range.
            let after_aside = |k: usize| {
                if self.kind(k) != Some(Kind::OpenParen) {
                    return k;
                }
                (k + 1..end.min(k + 8))
                    .find(|&c| matches!(self.kind(c), Some(Kind::CloseParen | Kind::OpenParen)))
                    .filter(|&c| self.kind(c) == Some(Kind::CloseParen))
                    .map_or(k, |c| c + 1)
            };
            // `between the ages of 16 and 18`: the ages are the range's.
            let first = if self.word_is(i, "between")
                && self.word_is(i + 1, "the")
                && (self.word_is(i + 2, "ages") || self.word_is(i + 2, "age"))
                && self.word_is(i + 3, "of")
            {
                i + 4
            } else {
                i + 1
            };
            if let Some(low) = self.amount_at(first, end, para_start)
                && let joint = after_aside(low.tokens.end)
                && self.word_is(joint, joiner)
                && let Some(high) = self.amount_at(joint + 1, end, para_start)
            {
                // `between 1600 and 1900` spans years, not a quantity.
                if self.excluded(&low, end, para_start).is_some()
                    && self.excluded(&high, end, para_start).is_some()
                {
                    return Some(Found::NotAClaim(high.tokens.end));
                }
                // `between` and `from` open the range; they bound nothing themselves.
                return Some(self.range_claim(i, None, low, high, end));
            }
            return None;
        }
        let (qualifier, bound, at) = match self.qualifier_at(i) {
            Some((range, bound)) => {
                let at = range.end;
                (Some(range), bound, at)
            }
            None => (None, Bound::Exact, i),
        };
        // `more than half`, `nearly half of them`: a bounded share; `half of the workers`,
        // `Half of all voters`: a share of a whole (not a part of a time or a thing, `the
        // second half of the year`, `the bottom half of the table`).
        let half = self.word_is(at, "half")
            && (qualifier.is_some()
                || self.word_is(at + 1, "of")
                    && !self
                        .word(at.wrapping_sub(1))
                        .map(crate::lexicon::fold)
                        .is_some_and(|w| {
                            matches!(
                                w.as_str(),
                                "the"
                                    | "a"
                                    | "first"
                                    | "second"
                                    | "last"
                                    | "other"
                                    | "latter"
                                    | "former"
                                    | "top"
                                    | "bottom"
                                    | "upper"
                                    | "lower"
                                    | "front"
                                    | "back"
                                    | "opposite"
                                    | "northern"
                                    | "southern"
                                    | "eastern"
                                    | "western"
                            )
                        }));
        let mut amount = match self.amount_at(at, end, para_start) {
            Some(a) => a,
            None if half => Amount {
                tokens: at..at + 1,
                numeral: at..at + 1,
                value: Value::ratio(1, 2),
                kind: ClaimKind::Fraction,
                unit: None,
                bare_integer: false,
            },
            None if qualifier.is_some() => return None,
            None => {
                return self
                    .not_a_claim_at(at, end, para_start)
                    .map(Found::NotAClaim);
            }
        };
        // `titles over 1500m and 5,000m`, `the record over 60m hurdles`: a race is run over
        // its distance, which `over` does not bound (a height is: `over 300m tall`).
        if qualifier
            .as_ref()
            .is_some_and(|q| q.len() == 1 && self.word_is(q.start, "over"))
            && amount.kind == ClaimKind::Measure
            && !self.word(amount.tokens.end).is_some_and(is_dimension)
            && amount.unit.as_ref().is_some_and(|u| {
                u.len() == 1 && matches!(self.word(u.start), Some("m" | "K" | "k"))
            })
        {
            return None;
        }
        // `£960m over 15 years`, `$13.5m (£7m) over three days`: after an amount, `over` and
        // a span of time give the period the amount covers, which `over` does not bound (it
        // does in `waited for over six years`).
        let (qualifier, bound) = match &qualifier {
            Some(q)
                if q.len() == 1
                    && self.word_is(q.start, "over")
                    && amount.kind == ClaimKind::Count
                    && self.word(amount.tokens.end).is_some_and(is_time_span)
                    && q.start > 0
                    && self.amount_ends_at(q.start - 1) =>
            {
                (None, Bound::Exact)
            }
            _ => (qualifier, bound),
        };
        if qualifier.is_none()
            && let Some(odds) = self.odds(&amount)
        {
            return Some(odds);
        }
        if let Some(next) = self.excluded(&amount, end, para_start) {
            return Some(Found::NotAClaim(next));
        }
        // `fell from 3.2 to 2.9 million`, `rose from 12 to 15%`: the level before a change
        // takes the scale and unit that the level after it writes once.
        if self.led_by_change(amount.tokens.start, &["from"])
            && self.word_is(amount.tokens.end, "to")
            && let Some(after) = self.amount_at(amount.tokens.end + 1, end, para_start)
        {
            self.share_levels(&mut amount, &after);
        }
        // A range tail: `10-20`, `10 to 20`, `20~100`.
        if matches!(bound, Bound::Exact | Bound::Approximate)
            // `doubled to 10`, `fell from 12% to 9%`: a change and its level, not a range.
            && self.factor_verb(amount.numeral.start).is_none()
            && !self.led_by_change(amount.tokens.start, &["from"])
            // `cut by 0.25 points to 4.5%` is a change and its level; `dropped by 1 to 1.5
            // degrees`, one unit for both ends, a range of changes.
            && !(amount.unit.is_some()
                && self.word_is(amount.tokens.end, "to")
                && self.led_by_change(amount.tokens.start, &["by"]))
            && let Some(joiner_end) = self.range_joiner(amount.tokens.end)
            && let Some(high) = self.amount_at(joiner_end, end, para_start)
            // `rose 3.5p to 120p`: after a change verb, two amounts each with its unit are
            // the change and its level.
            && !(amount.unit.is_some()
                && high.unit.is_some()
                && self.word_is(amount.tokens.end, "to")
                && self.right_after_change(amount.tokens.start))
            && (high.kind == amount.kind || amount.unit.is_none() || high.unit.is_none())
            // `rose by 12% to 100 million`: a share and a count are a change, not a range.
            && !(amount.kind == ClaimKind::Percent && high.kind != ClaimKind::Percent)
            && self.excluded(&high, end, para_start).is_none()
            // `$43.6 billion to $419.2 billion` is a change between two amounts; `$89 to $93
            // billion` is one range whose scale the first end leaves out.
            && (!(high.numeral.start > high.tokens.start && amount.numeral.start > amount.tokens.start)
                || self.borrowed_scale(&amount, &high).is_some())
        {
            // `3-1`, `1-1` are scores: a range runs upwards; so is `Borders 19-20 Ulster`, a
            // hyphen between two names.
            let capital = |k: usize| {
                self.tok(k)
                    .is_some_and(|t| t.is_word() && t.is_capitalized() && !t.is(Class::UNIT))
            };
            let between_names = self.kind(amount.tokens.end) == Some(Kind::Hyphen)
                && amount.tokens.start > 0
                && capital(amount.tokens.start - 1)
                && capital(high.tokens.end);
            // `6-3 6-7 (4-7)`: a set's score after another's, and a tie-break's in brackets
            // after it, are scores like the first.
            let number = |k: usize| self.kind(k) == Some(Kind::Number);
            let after_score = self.kind(amount.tokens.end) == Some(Kind::Hyphen)
                && amount.tokens.start.checked_sub(1).is_some_and(|k| {
                    let k = if matches!(self.kind(k), Some(Kind::OpenParen | Kind::CloseParen)) {
                        k.wrapping_sub(1)
                    } else {
                        k
                    };
                    number(k) && k >= 2 && self.kind(k - 1) == Some(Kind::Hyphen) && number(k - 2)
                });
            // `3-6 6-4`, `6-7 (4-7) 6-2`: so is one before another set's score.
            let score_at =
                |k: usize| number(k) && self.kind(k + 1) == Some(Kind::Hyphen) && number(k + 2);
            let before_score = self.kind(amount.tokens.end) == Some(Kind::Hyphen)
                && (score_at(high.tokens.end)
                    || self.kind(high.tokens.end) == Some(Kind::OpenParen)
                        && score_at(high.tokens.end + 1)
                        && self.kind(high.tokens.end + 4) == Some(Kind::CloseParen)
                        && score_at(high.tokens.end + 5));
            if let (Some(low), Some(top)) = (amount.value, high.value)
                && (top.to_f64() <= low.to_f64() || between_names || after_score || before_score)
                && amount.unit.is_none()
            {
                return Some(Found::NotAClaim(high.tokens.end));
            }
            let start = qualifier.as_ref().map_or(amount.tokens.start, |q| q.start);
            let mut found = self.range_claim(start, qualifier, amount, high, end);
            if let Found::Claim(c, _) = &mut found
                && bound == Bound::Approximate
            {
                c.bound = Bound::Range;
            }
            return Some(found);
        }
        // `one in five`, `two out of three`: a share.
        if amount.kind == ClaimKind::Count
            && amount.unit.is_none()
            && let Some((den, den_end)) = self.ratio_denominator(amount.tokens.end, end, para_start)
            && let Some(share) = amount.value.and_then(|n| n.checked_div(den))
        {
            let start = qualifier.as_ref().map_or(amount.tokens.start, |q| q.start);
            let counted = self.counted(
                &Amount {
                    tokens: amount.tokens.start..den_end,
                    ..amount.clone()
                },
                end,
            );
            // `2 in 5 or more`: a bound after the share.
            let (mut bound, mut qualifier, mut stop) = (bound, qualifier, den_end);
            if bound == Bound::Exact
                && let Some((len, b)) = self.trailing_qualifier(den_end)
            {
                bound = b;
                qualifier = Some(den_end..den_end + len);
                stop = den_end + len;
            }
            let (low, high) = one_sided(bound, Some(share));
            return Some(Found::Claim(
                Box::new(Claim {
                    value: Some(share),
                    qualifier: qualifier.map(|q| self.span(q)),
                    bound,
                    low,
                    high,
                    counted,
                    ..Claim::at(
                        self.span(start..stop),
                        self.span(amount.numeral.start..den_end),
                        ClaimKind::Fraction,
                    )
                }),
                stop,
            ));
        }
        let value = amount.value;
        // `more than 10 and less than 20`, `no more than 50 and no less than 20`: a lower and
        // an upper bound make a range, when the range is not empty.
        if matches!(
            bound,
            Bound::Above | Bound::AtLeast | Bound::Below | Bound::AtMost
        ) && (self.word_is(amount.tokens.end, "and")
            || self.kind(amount.tokens.end) == Some(Kind::Comma))
            && let Some((q2, b2)) = self.qualifier_at(amount.tokens.end + 1)
            && let Some(other) = self.amount_at(q2.end, end, para_start)
        {
            let lower_first = matches!(bound, Bound::Above | Bound::AtLeast);
            let pairs = if lower_first {
                matches!(b2, Bound::Below | Bound::AtMost)
            } else {
                matches!(b2, Bound::Above | Bound::AtLeast)
            };
            let (lo, hi) = if lower_first {
                (amount.value, other.value)
            } else {
                (other.value, amount.value)
            };
            let ordered = match (lo, hi) {
                (Some(lo), Some(hi)) => lo.to_f64() < hi.to_f64(),
                _ => false,
            };
            if pairs && ordered {
                let start = qualifier.as_ref().map_or(amount.tokens.start, |q| q.start);
                let mut found = self.range_claim(start, qualifier, amount, other, end);
                if let Found::Claim(c, _) = &mut found {
                    c.bound = Bound::Range;
                    c.low = lo;
                    c.high = hi;
                }
                return Some(found);
            }
        }
        // `5,000 or more`, `65 and over`: the bound after the number.
        let mut bound = bound;
        let mut qualifier = qualifier;
        let mut stop = amount.tokens.end;
        // `£30m-plus`, `a 50m-odd crowd`: the bound closing a compound, part of a token.
        let mut compound_qualifier = None;
        if bound == Bound::Exact
            && let Some((len, b)) = self.trailing_qualifier(amount.tokens.end)
        {
            bound = b;
            qualifier = Some(amount.tokens.end..amount.tokens.end + len);
            stop = amount.tokens.end + len;
        } else if bound == Bound::Exact
            && let Some((span, b)) = amount
                .tokens
                .end
                .checked_sub(1)
                .and_then(|k| self.compound_bound(k))
        {
            bound = b;
            compound_qualifier = Some(span);
        }
        let (low, high) = one_sided(bound, value);
        let counted = self.counted(
            &Amount {
                tokens: amount.tokens.start..stop,
                ..amount.clone()
            },
            end,
        );
        let start = qualifier
            .as_ref()
            .map_or(amount.tokens.start, |q| q.start.min(amount.tokens.start));
        let next = stop;
        Some(Found::Claim(
            Box::new(Claim {
                value,
                qualifier: qualifier.map(|q| self.span(q)).or(compound_qualifier),
                bound,
                low,
                high,
                unit: amount.unit.map(|u| self.span(u)),
                counted,
                ..Claim::at(
                    self.span(start..stop),
                    self.span(amount.numeral.clone()),
                    amount.kind,
                )
            }),
            next,
        ))
    }

    /// The multiple a `-fold` word names: `threefold` (a lexicon word), `three-fold`.
    fn multiple(&self, t: &Token) -> Option<i128> {
        if let Some(NumberWord::Multiple(n)) = number_word(t) {
            Some(i128::from(n))
        } else if t.is_word() && t.has(Flags::NUMBER_WORDS) {
            crate::lexicon::fold_multiple(t.text(self.text))
        } else {
            None
        }
    }

    /// Whether a `p` touching digits, before token `after`, is pence (`shares rose 3.5p to
    /// 120p`) rather than a screen's lines (`a 1080p video`, `720p HD`).
    fn pence(&self, after: usize) -> bool {
        !self.word(after).is_some_and(|w| {
            [
                "video",
                "videos",
                "screen",
                "screens",
                "display",
                "resolution",
                "hd",
                "tv",
                "camera",
            ]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
        })
    }

    /// The power of ten of an order of magnitude at `i`: `tens`, `thousands`.
    /// Whether the count whose numeral is token `i` (in a sentence from `first`) is a
    /// person's age, with the unit words when it has them: `the 28-year-old`, `26 years old`
    /// (unit `year-old`, `years old`), `aged 87`, `at the age of 87`, `a boy of 12`, and a
    /// number set off by commas after a name or a person's role (`Ida Berg, 26, said`, `The
    /// prince, 20, apologised`; not after a month or a day: `on 12 May, 26 died`). A whole
    /// number up to 130 only.
    fn age_at(&self, i: usize, first: usize, value: Option<i128>) -> Option<Option<Span>> {
        let t = self.tok(i)?;
        if !value.is_some_and(|v| (1..=130).contains(&v)) {
            return None;
        }
        if self
            .tok(i + 1)
            .is_some_and(|h| h.kind == Kind::Hyphen && h.is_attached())
            && self.word(i + 2).is_some_and(|w| {
                w.eq_ignore_ascii_case("year-old") || w.eq_ignore_ascii_case("years-old")
            })
        {
            return Some(Some(self.span(i + 2..i + 3)));
        }
        if self.word_is(i + 1, "years") && self.word_is(i + 2, "old") {
            return Some(Some(self.span(i + 1..i + 3)));
        }
        let before = |k: usize| i.checked_sub(k).filter(|&b| b >= first);
        let word_before = |k: usize, w: &str| before(k).is_some_and(|b| self.word_is(b, w));
        if word_before(1, "aged") || word_before(1, "of") && word_before(2, "age") {
            return Some(None);
        }
        if word_before(1, "of")
            && before(2).and_then(|b| self.word(b)).is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "boy" | "girl" | "child" | "man" | "woman" | "son" | "daughter" | "teenager"
                )
            })
        {
            return Some(None);
        }
        // `Ida Berg, 26, said`, `and Tom Lund, 30.`; a surname may open the sentence when
        // the lexicon does not know it (`Kenteris, 31, won`, not `However, 26 died`); and so
        // may a person's role (`The prince, 20, apologised`).
        let name_before = before(2).is_some_and(|b| {
            self.tok(b).is_some_and(|n| {
                n.is_word()
                    && (n.is_capitalized()
                        && !n.is(Class::FUNCTION.with(Class::MONTH).with(Class::WEEKDAY))
                        && (b > first || !crate::lexicon::lexicon().knows(n.lex))
                        || n.is(Class::PERSON_NOUN))
            })
        });
        let set_off = before(1).is_some_and(|b| self.tok(b).is_some_and(|c| c.kind == Kind::Comma))
            && self
                .tok(i + 1)
                .is_some_and(|c| c.kind == Kind::Comma || c.is_terminal());
        (t.kind == Kind::Number && name_before && set_off).then_some(None)
    }

    /// Whether the range opening at `st`, whose low end is `low`, is of ages: `aged between 5
    /// and 11`, `between the ages of 16 and 18`.
    fn ages_range(&self, st: usize, low: Option<i128>) -> bool {
        low.is_some_and(|v| (0..=130).contains(&v))
            && (st.checked_sub(1).is_some_and(|k| self.word_is(k, "aged"))
                || self.word_is(st, "between") && self.word_is(st + 2, "ages"))
    }

    fn magnitude(&self, i: usize) -> Option<u8> {
        match number_word(self.tok(i)?)? {
            NumberWord::Magnitude(e) => Some(e),
            _ => None,
        }
    }

    /// `tens of thousands of people`, `hundreds of millions of dollars`, `thousands of jobs`:
    /// an order of magnitude counts from its power of ten up to the next, a range; `dozens of`
    /// from a dozen to a dozen dozen.
    fn magnitude_claim(&self, i: usize, end: usize) -> Option<Found> {
        // `dozens of people`: from a dozen to a dozen dozen, as `hundreds` runs from a hundred.
        let dozens = self.word_is(i, "dozens");
        let first = if dozens { 0 } else { self.magnitude(i)? };
        // `3 millions`, `three thousands`: a number before it makes it a scale.
        if i > 0
            && self
                .tok(i - 1)
                .is_some_and(|t| t.kind == Kind::Number || t.is(Class::NUMBER))
        {
            return None;
        }
        let (power, numeral_end) = match self.magnitude(i + 2) {
            Some(e) if !dozens && first < 3 && e >= 3 && self.word_is(i + 1, "of") => {
                (first + e, i + 3)
            }
            _ => (first, i + 1),
        };
        // A bare order of magnitude counts something: `thousands of`, not `the tens digit`.
        let of = self.word_is(numeral_end, "of");
        if numeral_end == i + 1 && !of {
            return None;
        }
        if numeral_end >= end {
            return None;
        }
        let (low, high) = if dozens {
            (Value::integer(12), Value::integer(144))
        } else {
            (
                Value::power_of_ten(u32::from(power))?,
                Value::power_of_ten(u32::from(power) + 1)?,
            )
        };
        // `of dollars`: money.
        let money = of
            && self
                .tok(numeral_end + 1)
                .is_some_and(|t| t.is_word() && t.is(Class::CURRENCY) && is_plural(t, self.text));
        let (kind, unit, stop) = if money {
            (
                ClaimKind::Money,
                Some(numeral_end + 1..numeral_end + 2),
                numeral_end + 2,
            )
        } else {
            (ClaimKind::Count, None, numeral_end)
        };
        let counted = if of && !money {
            self.counted(
                &Amount {
                    tokens: i..numeral_end + 1,
                    numeral: i..numeral_end,
                    value: Some(low),
                    kind,
                    unit: None,
                    bare_integer: false,
                },
                end,
            )
        } else {
            None
        };
        Some(Found::Claim(
            Box::new(Claim {
                value: Some(low),
                bound: Bound::Range,
                low: Some(low),
                high: Some(high),
                unit: unit.map(|u| self.span(u)),
                counted,
                ..Claim::at(self.span(i..stop), self.span(i..numeral_end), kind)
            }),
            stop,
        ))
    }

    /// The scale of an amount: the power of ten its scale word or suffix multiplies by
    /// (`2 million`, `3bn`, `two thousand`).
    fn scale_of(&self, a: &Amount) -> Option<u8> {
        let last = a.numeral.end.checked_sub(1)?;
        if last <= a.numeral.start && self.kind(last) == Some(Kind::Number) {
            return None;
        }
        self.scale_word(last).or_else(|| {
            self.tok(last)
                .filter(|t| t.is_word() && t.is_attached())
                .and_then(|t| scale_suffix(t.text(self.text)))
        })
    }

    /// The low end's value with the high end's scale, when a range writes the scale once
    /// (`1 to 2 thousand`, `3-4 million`, `$89 to $93 billion`): the low end has none of
    /// its own, and its digits stay below the high end's.
    fn borrowed_scale(&self, low: &Amount, high: &Amount) -> Option<Value> {
        if self.scale_of(low).is_some() || low.kind == ClaimKind::Percent {
            return None;
        }
        let e = self.scale_of(high)?;
        let factor = Value::power_of_ten(u32::from(e))?;
        let lo = low.value.filter(|v| v.to_f64() > 0.0)?;
        let hi = high.value?.checked_div(factor)?;
        (lo.to_f64() < hi.to_f64()).then(|| lo.checked_mul(factor))?
    }

    /// Betting odds at an amount written `5/4` or `40-1`, when the words around say so:
    /// `odds of` before (`odds as short as` too), or `favourite`, `odds`, `shot`, `outsider`
    /// after. Otherwise a slash with its numerator on top is no claim, and a hyphen a score.
    fn odds(&self, amount: &Amount) -> Option<Found> {
        let start = amount.tokens.start;
        let t = self.tok(start)?;
        if amount.numeral != (start..start + 1) || t.kind != Kind::Number || amount.unit.is_some() {
            return None;
        }
        let digits = |s: &str| {
            s.parse::<i128>()
                .ok()
                .filter(|_| s.bytes().all(|b| b.is_ascii_digit()))
        };
        let (win, stake, stop) = match t.text(self.text).split_once('/') {
            Some((a, b)) => (digits(a)?, digits(b)?, amount.tokens.end),
            None => {
                let hyphen = self
                    .tok(amount.tokens.end)
                    .is_some_and(|h| h.kind == Kind::Hyphen && h.is_attached());
                let second = self
                    .tok(amount.tokens.end + 1)
                    .filter(|n| hyphen && n.kind == Kind::Number && n.is_attached())?;
                (
                    digits(t.text(self.text))?,
                    digits(second.text(self.text))?,
                    amount.tokens.end + 2,
                )
            }
        };
        let led = start >= 2 && self.word_is(start - 2, "odds") && self.word_is(start - 1, "of")
            || start >= 4
                && self.word_is(start - 4, "odds")
                && self.word_is(start - 3, "as")
                && self.word_is(start - 1, "as");
        let named = ["favourite", "favorite", "odds", "shot", "outsider"]
            .iter()
            .any(|w| self.word_is(stop, w));
        if !(led || named) {
            return None;
        }
        let span = self.span(start..stop);
        Some(Found::Claim(
            Box::new(Claim {
                value: Value::ratio(win, stake),
                ..Claim::at(span, span, ClaimKind::Odds)
            }),
            stop,
        ))
    }

    /// Gives the level before a change the scale and unit of the level after it, when it
    /// writes neither and the two stay within a factor of ten of each other once scaled
    /// (`from 3.2 to 2.9 million`, not `from 500 to 2 million`).
    fn share_levels(&self, before: &mut Amount, after: &Amount) {
        if self.scale_of(before).is_none()
            && let Some(e) = self.scale_of(after)
            && let Some(factor) = Value::power_of_ten(u32::from(e))
            && let (Some(lo), Some(hi)) = (before.value, after.value)
            && let Some(unscaled) = hi.checked_div(factor)
        {
            let (a, b) = (lo.to_f64().abs(), unscaled.to_f64().abs());
            if a > 0.0 && b > 0.0 && a.max(b) <= 10.0 * a.min(b) {
                before.value = lo.checked_mul(factor);
            }
        }
        if before.unit.is_none() && after.unit.is_some() && before.kind == ClaimKind::Count {
            before.kind = after.kind;
            before.unit.clone_from(&after.unit);
        }
    }

    fn range_claim(
        &self,
        start: usize,
        qualifier: Option<Range<usize>>,
        mut low: Amount,
        high: Amount,
        end: usize,
    ) -> Found {
        if let Some(v) = self.borrowed_scale(&low, &high) {
            low.value = Some(v);
        }
        let kind = if low.unit.is_some() || high.unit.is_none() {
            low.kind
        } else {
            high.kind
        };
        let unit = high.unit.clone().or(low.unit.clone());
        let counted = self.counted(&high, end);
        let next = high.tokens.end;
        Found::Claim(
            Box::new(Claim {
                value: low.value,
                qualifier: qualifier.map(|q| self.span(q)),
                bound: Bound::Range,
                low: low.value,
                high: high.value,
                unit: unit.map(|u| self.span(u)),
                counted,
                ..Claim::at(
                    self.span(start..high.tokens.end),
                    self.span(low.numeral.clone()),
                    kind,
                )
            }),
            next,
        )
    }

    /// The denominator of a share after a count ending at `i`: `in five`, `out of three`.
    fn ratio_denominator(&self, i: usize, end: usize, para_start: usize) -> Option<(Value, usize)> {
        let k = if self.word_is(i, "out") && self.word_is(i + 1, "of") {
            i + 2
        } else if self.word_is(i, "in") {
            i + 1
        } else {
            return None;
        };
        let den = self.amount_at(k, end, para_start)?;
        if den.kind != ClaimKind::Count
            || den.unit.is_some()
            || self.excluded(&den, end, para_start).is_some()
        {
            return None;
        }
        let value = den.value.filter(|v| v.to_f64() > 0.0)?;
        Some((value, den.tokens.end))
    }

    /// The token after a range joiner at `i`: `-`, `–`, `~`, `to`.
    fn range_joiner(&self, i: usize) -> Option<usize> {
        let t = self.tok(i)?;
        match t.kind {
            // `5-to-4`, `10-to-20`: `to` between hyphens.
            Kind::Hyphen
                if self.word_is(i + 1, "to")
                    && self.kind(i + 2) == Some(Kind::Hyphen)
                    && (i + 1..i + 4).all(|k| self.tok(k).is_some_and(|t| t.is_attached())) =>
            {
                Some(i + 3)
            }
            Kind::Hyphen | Kind::Dash if t.text(self.text) != "—" => {
                let next = self.tok(i + 1)?;
                // `10-20` touches; `1000 - 5000` joins two numerals, where a spaced dash
                // between words is punctuation.
                let numeral_next = next.kind == Kind::Number;
                ((t.is_attached() && next.is_attached()) || numeral_next).then_some(i + 1)
            }
            Kind::Symbol if t.text(self.text) == "~" => Some(i + 1),
            Kind::Word if t.text(self.text).eq_ignore_ascii_case("to") => Some(i + 1),
            _ => None,
        }
    }

    /// A non-claim number at `i` that the amount grammar does not read (`1990s` is read by it):
    /// nothing to skip past beyond the token.
    fn not_a_claim_at(&self, i: usize, _end: usize, _para_start: usize) -> Option<usize> {
        let t = self.tok(i)?;
        (t.kind == Kind::Number).then_some(i + 1)
    }

    /// Reads an amount at `i`.
    fn amount_at(&self, i: usize, end: usize, para_start: usize) -> Option<Amount> {
        let _ = para_start;
        let mut k = i;
        let mut currency: Option<Range<usize>> = None;
        let mut code_scale: Option<u8> = None;
        if self.country_mark(k) {
            currency = Some(k..k + 2);
            k += 2;
        } else if self.kind(k) == Some(Kind::Currency)
            || self.tok(k).is_some_and(|t| {
                // A code (`USD 5`) or a currency name no verb shares (`dollar 22.5 million`;
                // not `won 3-1`, `pound 5`).
                t.is(Class::CURRENCY)
                    && (t.has(Flags::ALL_CAPS)
                        || matches!(
                            t.text(self.text).fold_ascii().as_str(),
                            "dollar"
                                | "dollars"
                                | "euro"
                                | "euros"
                                | "yuan"
                                | "yen"
                                | "rupees"
                                | "pesos"
                                | "rmb"
                                | "renminbi"
                        ))
                    || self.word_is(k, "Rs")
            }) && self.tok(k + 1).is_some_and(|t| {
                t.kind == Kind::Number
                    // `USD3.03`: only a code may touch its digits (not `F35`, `G7`).
                    && (!t.is_attached() || self.is_currency_code(k))
                    // `Euro 2004`, `Dollar 1999`: a name with a year, not an amount.
                    && !(self.tok(k).is_some_and(|c| c.is_capitalized() && !c.has(Flags::ALL_CAPS))
                        && is_year_like(t.text(self.text)))
            })
        {
            // `$5`, `€ 5`, `USD 5`, `dollar 22.5 million`
            currency = Some(k..k + 1);
            k += 1;
        } else if let Some(e) = self.scaled_code(k)
            && self
                .tok(k + 1)
                .is_some_and(|t| t.kind == Kind::Number && !t.is_attached())
        {
            // `MSEK 250`
            currency = Some(k..k + 1);
            code_scale = Some(e);
            k += 1;
        }
        // A sign: `-5`, `−5`, `minus 5`.
        let symbol_sign = self.kind(k) == Some(Kind::Hyphen)
            && self
                .tok(k + 1)
                .is_some_and(|n| n.kind == Kind::Number && n.is_attached())
            && self.tok(k).is_some_and(|h| {
                !h.is_attached()
                    || k == 0
                    || self.tok(k - 1).is_some_and(|p| {
                        matches!(p.kind, Kind::OpenParen | Kind::Currency) || p.is_quote()
                    })
            });
        let word_sign = (self.word_is(k, "minus") || self.word_is(k, "negative"))
            && self
                .tok(k + 1)
                .is_some_and(|n| n.kind == Kind::Number || n.is(Class::NUMBER));
        let negative = symbol_sign || word_sign;
        // The numeral takes its sign: `-4/5`, `minus one`.
        let numeral_start = k;
        if negative {
            k += 1;
        }
        let t = self.tok(k)?;
        let mut kind = ClaimKind::Count;
        let mut bare_integer = false;
        // Digits with number words after them read as one spelled number: `4 thousand 3
        // hundred and 21`, `3 dozen`.
        let spelled_digits = t.kind == Kind::Number
            && self
                .tok(k + 1)
                .is_some_and(|n| n.is_word() && n.is(Class::NUMBER))
            && t.text(self.text).bytes().all(|b| b.is_ascii_digit());
        let spelled = if spelled_digits {
            spelled_number(self.toks, self.text, k, end).filter(|n| n.end > k + 1)
        } else {
            None
        };
        let (mut value, mut next) = if let Some(n) = spelled {
            if n.ordinal {
                kind = ClaimKind::Ordinal;
            } else if n.fraction {
                kind = ClaimKind::Fraction;
            }
            (Some(n.value), n.end)
        } else if t.kind == Kind::Number {
            let raw = t.text(self.text);
            match digit_form(raw) {
                DigitForm::Number(v) => {
                    bare_integer = raw.bytes().all(|b| b.is_ascii_digit());
                    (v, k + 1)
                }
                DigitForm::Fraction(v) => {
                    kind = ClaimKind::Fraction;
                    (v, k + 1)
                }
                DigitForm::Ambiguous => (None, k + 1),
                DigitForm::Date | DigitForm::Time | DigitForm::Version | DigitForm::List => {
                    return None;
                }
            }
        } else if let Some((n, d)) = self.factor_verb(k) {
            // `doubled`, `halved`: a factor.
            kind = ClaimKind::Multiple;
            (Value::ratio(i128::from(n), i128::from(d)), k + 1)
        } else if let Some(n) = self.multiple(t) {
            kind = ClaimKind::Multiple;
            (Some(Value::integer(n)), k + 1)
        } else if t.is_word() {
            let n = spelled_number(self.toks, self.text, k, end)?;
            // `a fraction of a second`, `for a second.`: the unit of time, not an ordinal
            // (`a second term` is one).
            // A word of how far or how fast may follow: `one hundredth of a second ahead of`.
            if n.ordinal
                && n.end <= k + 2
                && self.word_is(n.end - 1, "second")
                && (self.word_is(n.end - 2, "a") || self.word_is(n.end - 2, "per"))
                && !self.tok(n.end).is_some_and(|t| {
                    t.is_word()
                        && !t.is(Class::FUNCTION)
                        && !matches!(
                            t.text(self.text).fold_ascii().as_str(),
                            "ahead"
                                | "behind"
                                | "clear"
                                | "faster"
                                | "slower"
                                | "quicker"
                                | "later"
                                | "earlier"
                                | "off"
                                | "outside"
                                | "inside"
                                | "short"
                                | "shy"
                                | "too"
                        )
                })
            {
                return None;
            }
            if n.ordinal {
                kind = ClaimKind::Ordinal;
            } else if n.fraction {
                kind = ClaimKind::Fraction;
            }
            // `one one-hundredth`, `one one hundred fifth`: `one` over a spelled fraction or
            // an ordinal of three or more is the fraction (`one second` is a time).
            if n.end == k + 1
                && self.word_is(k, "one")
                && self.tok(n.end).is_some_and(|d| {
                    d.is_word() && (d.is(Class::NUMBER) || d.has(Flags::NUMBER_WORDS))
                })
                && let Some(d) = spelled_number(self.toks, self.text, n.end, end)
                && self.tok(d.end).is_none_or(|a| a.kind != Kind::Hyphen)
                && (d.fraction || d.ordinal && d.value.to_f64() >= 3.0)
            {
                let value = if d.fraction {
                    Some(d.value)
                } else {
                    Value::integer(1).checked_div(d.value)
                };
                kind = ClaimKind::Fraction;
                (value, d.end)
            } else if n.ordinal
                && n.end == k + 2
                && matches!(
                    self.word(k).map(crate::lexicon::fold).as_deref(),
                    Some("one" | "a")
                )
                && self.word_is(n.end, "of")
                && !k.checked_sub(1).is_some_and(|b| self.word_is(b, "the"))
            {
                // `one hundredth of a second`, `a thousandth of`: one part of that many (not
                // `the one hundredth anniversary`).
                kind = ClaimKind::Fraction;
                (Value::integer(1).checked_div(n.value), n.end)
            } else {
                (Some(n.value), n.end)
            }
        } else {
            return None;
        };
        // `at number four`, `the number one priority`, `number 10`: a place in a list, an
        // ordinal.
        if kind == ClaimKind::Count && k > 0 && self.word_is(k - 1, "number") {
            kind = ClaimKind::Ordinal;
        }
        // A mixed fraction: `2 1/2`, `2 ½`, `2½`.
        if t.kind == Kind::Number
            && let Some(f) = self.tok(next)
            && f.kind == Kind::Number
            && (!f.is_attached() || f.text(self.text).chars().count() == 1)
            && let DigitForm::Fraction(Some(frac)) = digit_form(f.text(self.text))
        {
            value = value.and_then(|v| v.checked_add(frac));
            bare_integer = false;
            next += 1;
        }
        // A power written with a caret: `10^6`, `1.1^23`.
        if t.kind == Kind::Number
            && self
                .tok(next)
                .is_some_and(|c| c.is_attached() && c.text(self.text) == "^")
            && let Some(e) = self.tok(next + 1).filter(|e| {
                e.kind == Kind::Number
                    && e.is_attached()
                    && e.text(self.text).bytes().all(|b| b.is_ascii_digit())
            })
        {
            let power = e.text(self.text).parse::<u32>().ok().filter(|&p| p <= 128);
            value = value
                .zip(power)
                .and_then(|(v, p)| (0..p).try_fold(Value::integer(1), |acc, _| acc.checked_mul(v)));
            bare_integer = false;
            next += 2;
        }
        // `10-fold`: a multiple.
        if t.kind == Kind::Number
            && self
                .tok(next)
                .is_some_and(|h| h.kind == Kind::Hyphen && h.is_attached())
            && self.word_is(next + 1, "fold")
            && self.tok(next + 1).is_some_and(Token::is_attached)
        {
            kind = ClaimKind::Multiple;
            bare_integer = false;
            next += 2;
        }
        // `a 102-inch screen`, `a 5-mile run`: a unit joined by a hyphen makes a measure.
        if t.kind == Kind::Number
            && kind == ClaimKind::Count
            && self
                .tok(next)
                .is_some_and(|h| h.kind == Kind::Hyphen && h.is_attached())
            && self.tok(next + 1).is_some_and(|u| {
                u.is_word() && u.is_attached() && !u.is_capitalized() && u.is(Class::UNIT)
            })
        {
            return Some(Amount {
                tokens: i..next + 2,
                numeral: numeral_start..next,
                value: signed(value, negative),
                kind: ClaimKind::Measure,
                unit: Some(next + 1..next + 2),
                bare_integer: false,
            });
        }
        // A suffix touching the digits: `20k`, `3bn`, `21st`, `1990s`, `5km`.
        if t.kind == Kind::Number
            && let Some(s) = self.tok(next)
            && s.is_word()
            && s.is_attached()
        {
            let suffix = s.text(self.text);
            // `4bn-euro`, `$100m-share`, `£5m-a-year`: a scale suffix heading a compound, whose
            // tail may name the currency.
            let (suffix, tail) = match suffix.split_once('-') {
                Some((head, tail)) if scale_suffix(head).is_some() && !tail.is_empty() => {
                    (head, Some(tail))
                }
                _ => (suffix, None),
            };
            // `mm` is a million only in money (`$5mm`); else millimetres (`1.5mm`).
            let millimetres = suffix.eq_ignore_ascii_case("mm") && currency.is_none();
            // `the 400m`, `Olympic 200m champion`: metres, not millions.
            // `a 5m-long tunnel`: a dimension in metres.
            let dimension = tail.is_some_and(is_dimension);
            let metres = suffix == "m"
                && currency.is_none()
                && (dimension || self.race_distance(i, next + 1));
            // `the 10K race`, `the women's 5K final`: kilometres of a race.
            let kilometres = matches!(suffix, "K" | "k")
                && currency.is_none()
                && self.race_distance(i, next + 1);
            if let Some(e) = scale_suffix(suffix).filter(|_| !millimetres && !metres && !kilometres)
            {
                value = value.and_then(|v| v.checked_mul(Value::power_of_ten(u32::from(e))?));
                bare_integer = false;
                if currency.is_none() && tail.is_some_and(crate::lexicon::is_currency_word) {
                    currency = Some(next..next + 1);
                }
                next += 1;
            } else if let Some(exp) = exponent(suffix) {
                // Scientific notation: `1e10`, `-12e-1`.
                value = value.and_then(|v| {
                    let p = Value::power_of_ten(exp.unsigned_abs())?;
                    if exp < 0 {
                        v.checked_div(p)
                    } else {
                        v.checked_mul(p)
                    }
                });
                bare_integer = false;
                next += 1;
            } else if matches!(suffix.fold_ascii().as_str(), "st" | "nd" | "rd" | "th") {
                kind = ClaimKind::Ordinal;
                bare_integer = false;
                next += 1;
            } else if suffix == "s" || suffix == "S" {
                // A decade: `1990s`.
                return None;
            } else if s.is(Class::CURRENCY) || suffix == "p" && self.pence(next + 1) {
                // `115USD`; `120p`, pence
                return Some(Amount {
                    tokens: i..next + 1,
                    numeral: numeral_start..next,
                    value: signed(value, negative),
                    kind: ClaimKind::Money,
                    unit: Some(next..next + 1),
                    bare_integer: false,
                });
            } else if s.is(Class::UNIT)
                || matches!(
                    suffix,
                    "C" | "F" | "g" | "min" | "mins" | "hr" | "hrs" | "sec" | "secs"
                )
                || metres
                || kilometres
            {
                // `5km`, `30C`, `400m`; abbreviations that are units only touching digits:
                // `45g`, `3min` (not `5G`)
                return Some(Amount {
                    tokens: i..next + 1,
                    numeral: numeral_start..next,
                    value: signed(value, negative),
                    kind: ClaimKind::Measure,
                    unit: Some(next..next + 1),
                    bare_integer: false,
                });
            } else {
                // `3D`, `4G`, `5th-grade`: an identifier.
                return None;
            }
        }
        // A scale word: `1.5 million`, `13 billion`, `$125 mln`.
        if kind == ClaimKind::Count
            && let Some(s) = self.tok(next)
            && s.is_word()
        {
            let scale = if let Some(e) = self.scale_word(next) {
                Some(e)
            } else if s.has(Flags::NUMBER_WORDS)
                && let Some((head, _)) = s.text(self.text).split_once('-')
                && let Some(NumberWord::Scale(e)) = crate::lexicon::number_word(head)
            {
                // `400 million-year-old`, `a $2 billion-dollar deal`: the scale opens a
                // compound.
                Some(e)
            } else if t.kind == Kind::Number {
                let w = s.text(self.text);
                // `2.33 k`, `1,674.5 G`: a letter alone closing the phrase.
                let closing = !self
                    .tok(next + 1)
                    .is_some_and(|n| n.is_word() || n.kind == Kind::Number);
                match w {
                    "k" | "K" if closing => Some(3),
                    "M" if closing => Some(6),
                    "G" if closing => Some(9),
                    _ => scale_suffix(w)
                        .filter(|_| w.len() >= 2 && w.chars().all(|c| c.is_ascii_lowercase())),
                }
            } else {
                None
            };
            if let Some(e) = scale {
                value = value.and_then(|v| v.checked_mul(Value::power_of_ten(u32::from(e))?));
                bare_integer = false;
                next += 1;
            }
        }
        let numeral = numeral_start..next;
        value = signed(value, negative);
        if negative {
            bare_integer = false;
        }
        // What follows: currency, percent, unit.
        let mut unit = None;
        // `5°C`, `30°`
        if currency.is_none()
            && let Some(deg) = self.tok(next)
            && deg.text(self.text) == "°"
        {
            let mut unit_end = next + 1;
            if self
                .tok(unit_end)
                .is_some_and(|u| u.is_attached() && matches!(u.text(self.text), "C" | "F" | "K"))
            {
                unit_end += 1;
            }
            return Some(Amount {
                tokens: i..unit_end,
                numeral,
                value: signed(value, negative),
                kind: ClaimKind::Measure,
                unit: Some(next..unit_end),
                bare_integer: false,
            });
        }
        let prefixed = currency.is_some();
        if let Some(c) = currency {
            kind = ClaimKind::Money;
            unit = Some(c);
            bare_integer = false;
        } else if let Some(after) = self.tok(next) {
            if after.kind == Kind::Percent {
                kind = ClaimKind::Percent;
                unit = Some(next..next + 1);
                next += 1;
            } else if after.kind == Kind::Currency
                && (after.is_attached()
                    || !self
                        .tok(next + 1)
                        .is_some_and(|n| matches!(n.kind, Kind::Number) || n.is(Class::NUMBER)))
            {
                // `10$`, `10 €` (a sign before a number belongs to that number)
                kind = ClaimKind::Money;
                unit = Some(next..next + 1);
                next += 1;
            } else if let Some(len) = self.percent_words(next) {
                kind = ClaimKind::Percent;
                unit = Some(next..next + len);
                next += len;
            } else if after.is(Class::CURRENCY)
                && after.is_word()
                && kind != ClaimKind::Ordinal
                // A code in capitals (`TRY`, the Turkish lira; not rugby's `one try`); a
                // capitalized singular coin is a name (`50 Cent`), not an amount.
                && (after.has(Flags::ALL_CAPS)
                    || !self.word_is(next, "try")
                        && !(after.is_capitalized()
                            && (self.word_is(next, "cent") || self.word_is(next, "penny"))))
            {
                kind = ClaimKind::Money;
                unit = Some(next..next + 1);
                next += 1;
            } else if kind != ClaimKind::Ordinal
                && let Some(e) = self.scaled_code(next)
            {
                // `30 MUSD`
                kind = ClaimKind::Money;
                code_scale = Some(e);
                unit = Some(next..next + 1);
                next += 1;
            } else if let Some(len) = self.named_currency(next, kind) {
                // `Finnish markka`, `Hong Kong dollars`, `U.S. dollars`, `us dollars`
                kind = ClaimKind::Money;
                unit = Some(next..next + len);
                next += len;
            } else if after.is_word()
                && after.is(Class::UNIT)
                && kind != ClaimKind::Ordinal
                && self.unit_reads_as_unit(next)
            {
                kind = ClaimKind::Measure;
                let unit_end = self.unit_end(next);
                unit = Some(next..unit_end);
                next = unit_end;
            }
        }
        if let Some(e) = code_scale {
            value = value.and_then(|v| v.checked_mul(Value::power_of_ten(u32::from(e))?));
        }
        if kind != ClaimKind::Count {
            bare_integer = false;
        }
        // `75 USD million`: a scale after a currency word.
        if kind == ClaimKind::Money
            && !prefixed
            && let Some(e) = self.scale_word(next)
        {
            value = value.and_then(|v| v.checked_mul(Value::power_of_ten(u32::from(e))?));
            next += 1;
        }
        // `thirteen dollars and forty-five cents`, `$20 and 43c`, `15 dollars 50`
        if kind == ClaimKind::Money
            && let Some((minor, after)) = self.minor_units(next, end)
        {
            value = value.and_then(|v| v.checked_add(minor));
            next = after;
        }
        Some(Amount {
            tokens: i..next,
            numeral,
            value,
            kind,
            unit,
            bare_integer,
        })
    }

    /// Whether a short country mark stands at `k` before a currency sign: `US$`, `HK$`,
    /// `mxn$` touching it; `HK $`, `C $`, `hk $`, `u.s $` apart from it (not `pay $5`).
    fn country_mark(&self, k: usize) -> bool {
        let (Some(w), Some(sign)) = (self.tok(k), self.tok(k + 1)) else {
            return false;
        };
        if !w.is_word() || sign.kind != Kind::Currency {
            return false;
        }
        let text = w.text(self.text);
        let letters = text.bytes().all(|b| b.is_ascii_alphabetic());
        if sign.is_attached() {
            // `A$584m`: a capital that is also a word (the article) is a mark when it touches.
            let capitals = letters && text.bytes().all(|b| b.is_ascii_uppercase());
            return (!w.is(Class::FUNCTION) || capitals)
                && (text.len() <= 3 && letters || w.has(Flags::DOTTED))
                || text.eq_ignore_ascii_case("u.s");
        }
        // (`A £20 fee`: the article, apart from the sign, is no mark.)
        let capitals = text.len() <= 2
            && text.bytes().all(|b| b.is_ascii_uppercase())
            && !w.is(Class::FUNCTION);
        capitals
            || matches!(
                text.fold_ascii().as_str(),
                "hk" | "nz" | "sg" | "nt" | "c" | "u.s" | "u.s."
            )
    }

    /// The scale of a currency code with a scale letter before it, as business reports write
    /// millions and thousands: `MUSD` (10^6), `MSEK`, `KEUR` (10^3).
    fn scaled_code(&self, i: usize) -> Option<u8> {
        let t = self
            .tok(i)
            .filter(|t| t.is_word() && t.has(Flags::ALL_CAPS))?;
        let w = t.text(self.text).as_bytes();
        let scale = match w {
            [b'M', ..] => 6,
            [b'K', ..] => 3,
            _ => return None,
        };
        let code = w.get(1..).filter(|c| c.len() == 3)?;
        let lex = crate::lexicon::lexicon();
        lex.find(code)
            .is_some_and(|id| lex.class(id).has(Class::CURRENCY))
            .then_some(scale)
    }

    /// Whether token `i` is a three-letter currency code in capitals: `USD`, `CHF`.
    fn is_currency_code(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.is(Class::CURRENCY) && t.has(Flags::ALL_CAPS) && t.end - t.start == 3
        })
    }

    /// The power of ten of a scale word at `i`: `million`, `billion`.
    fn scale_word(&self, i: usize) -> Option<u8> {
        match number_word(self.tok(i)?)? {
            NumberWord::Scale(e) => Some(e),
            _ => None,
        }
    }

    /// The length of a currency named by up to two words and a currency word: `Finnish
    /// markka`, `Hong Kong dollars`, `us dollars`, `chinese yuan`.
    fn named_currency(&self, i: usize, kind: ClaimKind) -> Option<usize> {
        if kind == ClaimKind::Ordinal {
            return None;
        }
        // `won` is a verb as often as a currency: the words before it are a currency's
        // name only when capitalized (`South Korean won`; not `the 1994 Wimbledon champion
        // won`, `the under 14 boys won`).
        let verb_like = |k: usize| self.word_is(k, "won");
        let strict = verb_like(i + 1) || verb_like(i + 2);
        let modifier = |k: usize| {
            self.tok(k).is_some_and(|t| {
                t.is_word()
                    && (t.is_capitalized() || !strict)
                    && !t.is(Class::FUNCTION
                        .with(Class::CURRENCY)
                        .with(Class::UNIT)
                        .with(Class::NUMBER))
                    && !t.has(Flags::DIGIT)
            }) || self.word_is(k, "us")
        };
        let currency = |k: usize| {
            self.tok(k)
                .is_some_and(|c| c.is_word() && c.is(Class::CURRENCY) && !c.has(Flags::ALL_CAPS))
        };
        if modifier(i) && currency(i + 1) {
            return Some(2);
        }
        if modifier(i)
            && modifier(i + 1)
            && currency(i + 2)
            && self.tok(i).is_some_and(Token::is_capitalized)
        {
            return Some(3);
        }
        None
    }

    /// Cents after a major amount: `and forty-five cents`, `and 43c`, `43 cents`, or bare
    /// digits closing the amount (`15 dollars 50.`). Yields the added value and the token after.
    fn minor_units(&self, i: usize, end: usize) -> Option<(Value, usize)> {
        let mut k = i;
        let joined = self.word_is(k, "and");
        if joined {
            k += 1;
        }
        let (cents, after) = match self.tok(k)? {
            t if t.kind == Kind::Number => {
                let raw = t.text(self.text);
                if raw.len() > 2 || !raw.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                (raw.parse::<i128>().ok()?, k + 1)
            }
            t if t.is_word() => {
                let n = spelled_number(self.toks, self.text, k, end)?;
                if n.ordinal || n.fraction {
                    return None;
                }
                (n.value.to_i128()?, n.end)
            }
            _ => return None,
        };
        if !(0..100).contains(&cents) {
            return None;
        }
        let minor = self.tok(after).is_some_and(|m| {
            m.is_word()
                && matches!(
                    m.text(self.text).fold_ascii().as_str(),
                    "cents" | "cent" | "c" | "p" | "pence" | "penny" | "kopecks" | "paise"
                )
        });
        let closes = after >= end
            || self.tok(after).is_some_and(|n| {
                matches!(
                    n.kind,
                    Kind::Period | Kind::Comma | Kind::Semicolon | Kind::CloseParen
                )
            });
        if minor {
            return Some((Value::ratio(cents, 100)?, after + 1));
        }
        (closes && !joined).then(|| Value::ratio(cents, 100).map(|v| (v, after)))?
    }

    /// Whether the unit word at `i` reads as a unit: `in` and `square` only in measures.
    fn unit_reads_as_unit(&self, i: usize) -> bool {
        match self.word(i).map(crate::lexicon::fold).as_deref() {
            Some("in") => self.word(i + 1).is_some_and(is_dimension),
            Some("square" | "sq" | "cubic") => self.tok(i + 1).is_some_and(|t| t.is(Class::UNIT)),
            _ => true,
        }
    }

    /// The token after a unit that starts at `i`: a second unit word completes it (`square
    /// miles`, `degrees Celsius`, `kilometres per hour`, `$350 per kg`).
    fn unit_end(&self, i: usize) -> usize {
        let mut end = i + 1;
        let first = self.word(i).map(crate::lexicon::fold);
        let completes = self.tok(end).is_some_and(|u| {
            u.is_word()
                && u.is(Class::UNIT)
                && (matches!(first.as_deref(), Some("square" | "sq" | "cubic"))
                    || matches!(
                        u.text(self.text).fold_ascii().as_str(),
                        "celsius"
                            | "fahrenheit"
                            | "kelvin"
                            | "miles"
                            | "metres"
                            | "meters"
                            | "feet"
                    ))
        });
        if completes {
            end += 1;
        }
        if self.word_is(end, "per")
            && self.tok(end + 1).is_some_and(|u| {
                u.is_word()
                    && (u.is(Class::UNIT)
                        || matches!(
                            u.text(self.text).fold_ascii().as_str(),
                            "second" | "minute" | "hour" | "day" | "week" | "month" | "year"
                        ))
            })
        {
            end += 2;
        }
        end
    }

    /// The length of a percent phrase at `i`: `percent`, `per cent`, `percentage points`.
    fn percent_words(&self, i: usize) -> Option<usize> {
        // Every percent word starts with a `p`.
        if !self.word(i)?.starts_with(['p', 'P']) {
            return None;
        }
        PERCENT_WORDS
            .iter()
            .filter(|words| {
                words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| self.word_is(i + k, w))
            })
            .map(|words| words.len())
            .max()
    }

    /// When an amount is not a claim (a year, a date, a time, an identifier, a list marker),
    /// the token to go on from.
    /// The end of a day of the month written at token `k`: a number from 1 to 31, perhaps with
    /// its ordinal suffix (`1st`), or two such joined by a slash (`8/9`, a weekend).
    fn day_at(&self, k: usize) -> Option<usize> {
        let t = self.tok(k).filter(|t| t.kind == Kind::Number)?;
        let day = |s: &str| s.parse::<u8>().is_ok_and(|n| (1..=31).contains(&n));
        let text = t.text(self.text);
        if !text.split('/').all(day) || text.split('/').count() > 2 {
            return None;
        }
        let suffix = self.tok(k + 1).is_some_and(|s| {
            s.is_word()
                && s.is_attached()
                && ["st", "nd", "rd", "th"]
                    .iter()
                    .any(|w| s.text(self.text).eq_ignore_ascii_case(w))
        });
        Some(k + 1 + usize::from(suffix))
    }

    /// Where a date ends when the days before token `k` run on to their month: `, 20 and 27
    /// April` after `14`, `to 9 January` after `6`; `None` when anything else comes between.
    fn days_before_month(&self, mut k: usize, end: usize) -> Option<usize> {
        // Days in one list: `on 3, 10, 17, 24 and 31 March`.
        const MAX_DAYS: usize = 8;
        for _ in 0..MAX_DAYS {
            let t = self.tok(k).filter(|_| k < end)?;
            if t.is(Class::MONTH) && t.is_capitalized() {
                return Some(k + 1);
            }
            let joins = matches!(
                t.kind,
                Kind::Comma | Kind::Hyphen | Kind::Dash | Kind::Slash
            ) || ["and", "or", "to", "&"].iter().any(|w| self.word_is(k, w));
            if !joins {
                return None;
            }
            k = self.day_at(k + 1)?;
        }
        None
    }

    /// Where a list of days after a month's first day ends: `and 25` in `June 24 and 25`,
    /// `, 4 and 5` in `March 3, 4 and 5`. The list must end on `and`, `or`, `to` or `&` (in
    /// `On June 24, 25 people were hurt` the comma ends the date), and no plural noun may
    /// follow its last number (`June 24 and 25 people`).
    fn days_after_day(&self, mut k: usize, end: usize) -> Option<usize> {
        const MAX_DAYS: usize = 8;
        for _ in 0..MAX_DAYS {
            let t = self.tok(k).filter(|_| k < end)?;
            let closing = ["and", "or", "to", "&"].iter().any(|w| self.word_is(k, w));
            if !(closing || t.kind == Kind::Comma) {
                return None;
            }
            k = self.day_at(k + 1)?;
            if closing {
                let noun_after = self
                    .tok(k)
                    .is_some_and(|n| n.is_word() && !n.is_capitalized() && is_plural(n, self.text));
                return (!noun_after).then_some(k);
            }
        }
        None
    }

    /// Whether token `k` ends an amount written before it: its digits, its scale (`£960m`,
    /// `$2 billion`) or the bracket of its conversion (`$1.8bn (£960m)`).
    fn amount_ends_at(&self, k: usize) -> bool {
        match self.kind(k) {
            Some(Kind::Number | Kind::CloseParen) => true,
            Some(Kind::Word) => {
                k > 0
                    && self.kind(k - 1) == Some(Kind::Number)
                    && (self.scale_word(k).is_some()
                        || self
                            .word(k)
                            .and_then(crate::lexicon::scale_suffix)
                            .is_some())
            }
            _ => false,
        }
    }

    fn excluded(&self, amount: &Amount, end: usize, para_start: usize) -> Option<usize> {
        // The most capitalized words read after a number for the name it may open.
        const MAX_NAME_AFTER_NUMBER: usize = 6;
        // The tokens after its first group that a phone number may have: `(555) 010-0199`.
        const MAX_PHONE_TOKENS: usize = 12;
        let start = amount.numeral.start;
        let after = amount.tokens.end;
        let t = self.tok(start)?;
        let prev = start.checked_sub(1).and_then(|k| self.tok(k));
        let next = self.tok(after).filter(|_| after < end);
        // `Million Dollar Baby has ...`: an amount in capitalized words, its unit too, before
        // another capitalized word is a title, in a sentence that is not all capitals.
        if t.is_word()
            && t.is_capitalized()
            && amount.tokens.len() >= 2
            && amount
                .tokens
                .clone()
                .all(|k| self.tok(k).is_some_and(|w| w.is_word() && w.is_capitalized()))
            && next.is_some_and(|n| n.is_word() && n.is_capitalized() && !n.is(Class::FUNCTION))
            // Not a headline in title case: `Three Million Dollars Raised for Charity`.
            && (after..end).any(|k| {
                self.tok(k)
                    .is_some_and(|w| w.is_word() && !w.is_capitalized() && !w.is(Class::FUNCTION))
            })
        {
            return Some(after);
        }
        // `in the first quarter`, `the second half`: a part of a year or a match, a time.
        if amount.kind == ClaimKind::Ordinal
            && ["quarter", "half"].iter().any(|w| self.word_is(after, w))
        {
            return Some(after);
        }
        // `was first tipped off`, `when I first used`, `It first appeared`: `first` as an
        // adverb of time, after a subject or an auxiliary and before a verb in the past, ranks
        // nothing (`the first elected mayor`, `its first published novel` do).
        if amount.kind == ClaimKind::Ordinal
            && amount.tokens.len() == 1
            && t.is_word()
            && t.text(self.text) == "first"
            && start > 0
            && self
                .tok(start - 1)
                .is_some_and(|p| p.is_word() && p.is(Class::PRONOUN.with(Class::AUXILIARY)))
            && next.is_some_and(|n| {
                n.is_word()
                    && !n.is_capitalized()
                    && (n.is(Class::PAST) || n.text(self.text).ends_with("ed"))
            })
        {
            return Some(after);
        }
        // `why do we need this legislation in the first place?`: an idiom, no rank (`took
        // first place` is one).
        if amount.kind == ClaimKind::Ordinal
            && t.is_word()
            && t.text(self.text) == "first"
            && start >= 2
            && self.word_is(start - 1, "the")
            && self.word_is(start - 2, "in")
            && self.word_is(after, "place")
        {
            return Some(after + 1);
        }
        // `one` as a pronoun: `no one`, `each one they lose`, `which one`, `the expensive one
        // they lost` (a determiner, perhaps an adjective, then no noun).
        if t.is_word() && !t.is_capitalized() && t.text(self.text) == "one" {
            let word_at = |k: usize| self.word(k).map(crate::lexicon::fold);
            let det = |k: usize| {
                matches!(
                    word_at(k).as_deref(),
                    Some("no" | "each" | "every" | "which" | "any" | "another" | "this" | "that")
                )
            };
            // (`the fastest one itself`: a reflexive pronoun is no noun; `the new one costs
            // more`: nor is a plural form, the verb of a singular `one`.)
            let noun_after = next.is_some_and(|n| {
                n.is_word()
                    && !n.is(Class::FUNCTION)
                    && !n.is(Class::ADVERB)
                    && !self.word(after).is_some_and(|w| w.ends_with("self"))
                    && (n.is_capitalized() || !is_plural(n, self.text))
                    || self.word_is(after, "of")
            });
            let adjective_before = start >= 2
                && self
                    .tok(start - 1)
                    .is_some_and(|p| p.is_word() && !p.is_capitalized() && !p.is(Class::FUNCTION))
                && matches!(word_at(start - 2).as_deref(), Some("the" | "a" | "an"));
            // `the one the criminals were targeting`, `the one before the last`: `the` and no
            // noun (but `the one thing`, `the one of them`).
            let the_alone = amount.tokens.len() == 1
                && start > 0
                && word_at(start - 1).as_deref() == Some("the")
                && !noun_after;
            // `If you don't have one, find one`, `everyone wants one`: the object of a verb of
            // having or getting, with no noun after it, stands for a thing named before (not
            // `got one in five pensioners`, `had one or two more goals`).
            let object = start > 0
                && !noun_after
                && !matches!(
                    word_at(after).as_deref(),
                    Some("in" | "or" | "to" | "and" | "out")
                )
                && matches!(
                    word_at(start - 1).as_deref(),
                    Some(
                        "have"
                            | "has"
                            | "had"
                            | "having"
                            | "get"
                            | "gets"
                            | "got"
                            | "getting"
                            | "buy"
                            | "buys"
                            | "bought"
                            | "buying"
                            | "want"
                            | "wants"
                            | "wanted"
                            | "need"
                            | "needs"
                            | "needed"
                            | "find"
                            | "finds"
                            | "found"
                            | "own"
                            | "owns"
                            | "owned"
                    )
                );
            if start > 0 && det(start - 1) || adjective_before && !noun_after || the_alone || object
            {
                return Some(after);
            }
        }
        // `One can only hope`, `One must remember`: the pronoun of anyone, opening a sentence
        // before its modal (not `Only one can win`, nor `One has been sold`).
        if t.is_word()
            && t.text(self.text).eq_ignore_ascii_case("one")
            && amount.tokens.len() == 1
            && (start == 0
                || self
                    .tok(start - 1)
                    .is_some_and(|p| p.is_terminal() || p.opens() || p.has(Flags::LINE)))
            && matches!(
                self.word(after).map(crate::lexicon::fold).as_deref(),
                Some("can" | "cannot" | "could" | "should" | "must" | "would" | "might" | "may")
            )
        {
            return Some(after);
        }
        // A unit written with a capital after a number word names something (`the Three
        // Degrees`, `Eight Mile`), at a sentence's start too; units are written in lower case
        // but for those named after people (`Celsius`) and symbols (`C`, `KM`).
        let capital_unit = |w: &Token| {
            w.is_word()
                && w.is(Class::UNIT)
                && w.is_capitalized()
                && !w.has(Flags::ALL_CAPS)
                && w.text(self.text).len() > 2
                && !matches!(
                    w.text(self.text).fold_ascii().as_str(),
                    "celsius" | "centigrade" | "fahrenheit" | "kelvin"
                )
        };
        if t.is_word()
            && t.is_capitalized()
            && amount
                .unit
                .as_ref()
                .and_then(|u| self.tok(u.start))
                .is_some_and(capital_unit)
        {
            return Some(after);
        }
        // A number word inside a name: `Radio Five Live`, `Formula One`, `the Big Four`.
        if t.is_word() && t.is_capitalized() && start > para_start && !self.is_sentence_start(start)
        {
            let name_word = |w: &Token| {
                w.is_capitalized()
                    && !w.is(Class::FUNCTION
                        .with(Class::TIME)
                        .with(Class::NUMBER)
                        .with(Class::UNIT)
                        .with(Class::CURRENCY)
                        .with(Class::CUE))
            };
            // Or any capitalized number word inside a sentence, between words that are not
            // capitalized (title case, `Blast Kills Five`, keeps its numbers): `Ocean's
            // Twelve raids`, `spent a day with Five and`, `The World at One.`
            let title_case = prev.is_some_and(|p| p.is_word() && p.is_capitalized())
                || next.is_some_and(|n| n.is_word() && n.is_capitalized());
            // After a quote mark or a list's bullet, a sentence starts: `- Two crooks ...`.
            let after_quote = prev.is_some_and(|p| {
                matches!(p.kind, Kind::Quote(_))
                    || p.has(Flags::LINE)
                        && matches!(p.kind, Kind::Dash | Kind::Hyphen | Kind::Symbol)
            });
            if prev.is_some_and(&name_word)
                || next.is_some_and(name_word)
                || !title_case && !after_quote
            {
                return Some(after);
            }
        }
        // `Number 10` (Downing Street): a name, capitalized inside a sentence.
        if start > para_start
            && self.word(start - 1) == Some("Number")
            && !self.is_sentence_start(start - 1)
        {
            return Some(after);
        }
        if t.kind != Kind::Number {
            return None;
        }
        let raw = t.text(self.text);
        // `1956-87`, `the 1998-99 season`, `2004-5`: one or two digits touching a hyphen that
        // touches a year end a span of years.
        if raw.len() <= 2
            && t.is_attached()
            && prev.is_some_and(|p| p.kind == Kind::Hyphen && p.is_attached())
            && start >= 2
            && self
                .tok(start - 2)
                .is_some_and(|y| y.kind == Kind::Number && is_year_like(y.text(self.text)))
        {
            return Some(after);
        }
        // Leading zeros: phone numbers, codes, `007`.
        if raw.len() >= 2 && raw.starts_with('0') && !raw.starts_with("0.") {
            // The digit groups of a phone number go with it: `020 7946 0000`, `010-0199`.
            // Only within the sentence and a phone number's length: the caller goes on from
            // `k`, and a range reader asks again for each number it tries, so a longer scan
            // would be repeated by every sentence it crosses and every range.
            let limit = end.min(after + MAX_PHONE_TOKENS);
            let mut k = after;
            while k < limit
                && self
                    .tok(k)
                    .is_some_and(|n| matches!(n.kind, Kind::Number | Kind::Hyphen))
            {
                k += 1;
            }
            return Some(k);
        }
        // A phone number: `+1 (555) 010-0199`; its digit groups go with it. A sign before a
        // share or a decimal is a change: `Dow +0.2%`, `+5%`.
        if prev.is_some_and(|p| p.kind == Kind::Symbol && p.text(self.text) == "+")
            && t.is_attached()
            && amount.kind == ClaimKind::Count
            && t.text(self.text).bytes().all(|b| b.is_ascii_digit())
        {
            let limit = end.min(after + MAX_PHONE_TOKENS);
            let mut k = after;
            while k < limit
                && self.tok(k).is_some_and(|n| {
                    matches!(
                        n.kind,
                        Kind::Number | Kind::Hyphen | Kind::OpenParen | Kind::CloseParen
                    )
                })
            {
                k += 1;
            }
            return Some(k);
        }
        // An HTML character reference left in the text: `risqu&#233;`.
        let bytes = self.text.as_bytes();
        let (at, to) = (t.start as usize, t.end as usize);
        if at >= 2
            && bytes.get(at - 2..at) == Some(b"&#".as_slice())
            && bytes.get(to) == Some(&b';')
        {
            return Some(after + usize::from(self.kind(after) == Some(Kind::Semicolon)));
        }
        // A street address: `10 Downing Street`, `575 Wilbraham Road`, `16-18 Industrial
        // Avenue`: a house number before a name that ends on a street's word.
        if amount.bare_integer && amount.unit.is_none() {
            let mut k = after;
            if self.kind(k) == Some(Kind::Hyphen)
                && self
                    .tok(k + 1)
                    .is_some_and(|n| n.kind == Kind::Number && n.is_attached())
            {
                k += 2;
            }
            let name_start = k;
            while k < end
                && k < name_start + 3
                && self
                    .tok(k)
                    .is_some_and(|w| w.is_word() && w.is_capitalized() && !w.is(Class::FUNCTION))
            {
                if k > name_start
                    && self
                        .word(k)
                        .map(crate::lexicon::fold)
                        .is_some_and(|w| STREET_WORDS.binary_search(&w.as_str()).is_ok())
                {
                    return Some(k + 1);
                }
                k += 1;
            }
        }
        // A version named as one: `version 1.0 of the browser`, `Version 2`.
        if start > 0 && self.word_is(start - 1, "version") && amount.unit.is_none() {
            return Some(after);
        }
        // A version: `v2.3.1` (the word `v2`, a dot, then `3.1`).
        if prev.is_some_and(|p| p.kind == Kind::Period && t.is_attached())
            && start
                .checked_sub(2)
                .and_then(|k| self.tok(k))
                .is_some_and(|w| (w.has(Flags::DIGIT) || w.kind == Kind::Number) && w.is_word())
        {
            return Some(after);
        }
        // A list marker: `1.` or `1)` opening a paragraph.
        if start == para_start
            && next.is_some_and(|n| matches!(n.kind, Kind::Period | Kind::CloseParen))
            && after + 1 < end
        {
            return Some(after + 1);
        }
        // A date: `March 5`, `Nov. 19`, `5 March`.
        let month_before = prev.is_some_and(|p| p.is(Class::MONTH) && p.is_capitalized())
            || (prev.is_some_and(|p| p.kind == Kind::Period)
                && start
                    .checked_sub(2)
                    .and_then(|k| self.tok(k))
                    .is_some_and(|p| p.is(Class::MONTH) && p.is_capitalized()));
        let month_after = next.is_some_and(|n| n.is(Class::MONTH) && n.is_capitalized());
        // A range of days: `Sept. 20-24`, `5-7 March`; the second day goes with the date.
        let day = |k: usize| {
            self.tok(k).is_some_and(|d| {
                d.kind == Kind::Number
                    && d.is_attached()
                    && d.text(self.text)
                        .parse::<u8>()
                        .is_ok_and(|n| (1..=31).contains(&n))
            })
        };
        let day_range = amount.bare_integer
            && next.is_some_and(|n| matches!(n.kind, Kind::Hyphen | Kind::Dash) && n.is_attached())
            && day(after + 1);
        if amount.kind == ClaimKind::Count && day_range {
            let month_next = self
                .tok(after + 2)
                .is_some_and(|n| n.is(Class::MONTH) && n.is_capitalized());
            if month_before || month_next {
                return Some(after + 2);
            }
        }
        if amount.kind == ClaimKind::Count && month_before {
            return Some(self.days_after_day(after, end).unwrap_or(after));
        }
        if amount.kind == ClaimKind::Count && month_after {
            return Some(after);
        }
        // A day written as an ordinal, or a list or range of days before their month: `1st
        // September`, `September 1st`, `on 14, 20 and 27 April`, `from 6 to 9 January`,
        // `between 24 and 26 December`, `on 8/9 January`.
        if amount.unit.is_none()
            && amount.numeral.start == amount.tokens.start
            && self.day_at(start) == Some(after)
        {
            if month_before && amount.kind == ClaimKind::Ordinal {
                return Some(after);
            }
            if let Some(date_end) = self.days_before_month(after, end) {
                return Some(date_end);
            }
        }
        // `open 24/7`, `a reaction to 9/11`, `on 12/25`: a slash that writes no share, a
        // numerator above its denominator or a month and day after a preposition.
        if amount.kind == ClaimKind::Fraction
            && amount.numeral.len() == 1
            && t.kind == Kind::Number
            && let Some((n, d)) = t.text(self.text).split_once('/')
            && let (Ok(n), Ok(d)) = (n.parse::<u32>(), d.parse::<u32>())
        {
            let improper = n >= d;
            let day = (1..=12).contains(&n)
                && (11..=31).contains(&d)
                && prev.is_some_and(|p| p.is(Class::PREPOSITION) || p.kind == Kind::Hyphen)
                && !self.word_is(after, "of");
            if improper || day {
                return Some(after);
            }
        }
        // `No. 5`, `number 5`
        if prev.is_some_and(|p| p.kind == Kind::Period)
            && start
                .checked_sub(2)
                .is_some_and(|k| self.word_is(k, "No") || self.word_is(k, "Nos"))
        {
            return Some(after);
        }
        // An era: `190 A.D.`, `500 BC`.
        if amount.bare_integer
            && next.is_some_and(|n| {
                matches!(
                    n.text(self.text),
                    "AD" | "A.D." | "BC" | "B.C." | "BCE" | "CE"
                )
            })
        {
            return Some(after + 1);
        }
        // A time: `10 a.m.`, `9pm`, `10:30 GMT`.
        if let Some(n) = next {
            let w = n.text(self.text).fold_ascii();
            if n.is_word()
                && matches!(
                    w.as_str(),
                    "a.m."
                        | "p.m."
                        | "am"
                        | "pm"
                        | "gmt"
                        | "bst"
                        | "utc"
                        | "et"
                        | "est"
                        | "edt"
                        | "pt"
                        | "o'clock"
                )
                && amount.bare_integer
            {
                return Some(after + 1);
            }
        }
        // `USB 2.0 connections`, `HTML 4.01`: a decimal right after an acronym that names no
        // currency is a version.
        if !amount.bare_integer
            && amount.kind == ClaimKind::Count
            && raw.contains('.')
            && prev.is_some_and(|p| {
                p.is_word()
                    && p.has(Flags::ALL_CAPS)
                    && !p.is(Class::FUNCTION.with(Class::CURRENCY).with(Class::UNIT))
            })
        {
            return Some(after);
        }
        if amount.bare_integer {
            let counted_next = next.is_some_and(|n| n.is_word() && is_plural(n, self.text));
            // A year: `in 2020`; before a plural noun after a determiner or an owner, a year
            // too (`its 2003 results`, `Full year 2004 gains`, `the company's 2004 accounts`).
            let owned = prev.is_some_and(|p| {
                p.kind == Kind::Possessive
                    || matches!(
                        p.text(self.text).fold_ascii().as_str(),
                        "the"
                            | "its"
                            | "his"
                            | "her"
                            | "their"
                            | "our"
                            | "your"
                            | "this"
                            | "that"
                            | "year"
                            | "fiscal"
                            | "financial"
                    )
            });
            // Edited news writes a count above a thousand with a separator (`2,000 people`), so
            // a bare year-like number before a plural is a year too (`report 2004 results`, `on
            // 2003 figures`, `the famous 1979 series`) unless a qualifier bounds it (`some 2000
            // troops`) or it counts people (`1800 workers`).
            if is_year_like(raw) && (!counted_next || owned || !self.counts_at(start, next)) {
                return Some(after);
            }
            // An identifier: `Boeing 737`, `Windows 11`, `Chapter 11`, `iPhone 11` (a name
            // with an inner capital).
            let camel = |p: &Token| {
                let w = p.text(self.text).as_bytes();
                w.first().is_some_and(u8::is_ascii_lowercase)
                    && w.iter().skip(1).any(u8::is_ascii_uppercase)
            };
            if let Some(p) = prev
                && p.is_word()
                && (p.is_capitalized() || camel(p))
                && !p.is(Class::FUNCTION)
                && !p.is(Class::TIME)
                && !p.is(Class::NUMBER)
                && !p.is(Class::CUE)
                && !counted_next
                && start > para_start
                && !self
                    .tok(start - 1)
                    .is_some_and(|_| self.is_sentence_start(start - 1))
            {
                // with its attached tail: `ISO 3888-2`, `Charlton 2-1`
                let tail = self.kind(after) == Some(Kind::Hyphen)
                    && self.tok(after).is_some_and(|h| h.is_attached())
                    && self
                        .tok(after + 1)
                        .is_some_and(|n| n.kind == Kind::Number && n.is_attached());
                return Some(if tail { after + 2 } else { after });
            }
        }
        // Digits alone, counting: a candidate for a number that is part of a name.
        let bare_count = amount.kind == ClaimKind::Count
            && t.kind == Kind::Number
            && t.text(self.text).bytes().all(|b| b.is_ascii_digit())
            && amount.unit.is_none()
            && amount.tokens == (start..start + 1);
        // A number closing a name: `Radio 1 said`, `Doom 3 was developed`, `Maroon 5's album`,
        // `Section 404 of the act`, a scorer's minute (`Terry 17, Gudjohnsen 46.`). Digits
        // after a capitalized word that count lead to a noun (`But 34 years later`, `the FA
        // Cup 45 years ago`) and stay counts.
        if bare_count
            && t.text(self.text).len() <= 3
            && prev.is_some_and(|p| {
                p.is_word()
                    && p.is_capitalized()
                    && !p.is(Class::FUNCTION
                        .with(Class::ADVERB)
                        .with(Class::DETERMINER)
                        .with(Class::MONTH)
                        .with(Class::WEEKDAY)
                        .with(Class::TIME)
                        .with(Class::NUMBER))
            })
            && !self.qualified(start)
            && next.is_none_or(|n| {
                !n.is_word() && !matches!(n.kind, Kind::Number | Kind::Hyphen | Kind::Percent)
                    || n.is_capitalized()
                    || self.verb_or_function_at(after)
            })
        {
            return Some(after);
        }
        // A number opening a name: `50 Cent has said`, `signed with 19 Entertainment.`, `a
        // deal with 3 Mobile,`, and a ranked list's `2 Andy Roddick (US)`. Digits that count
        // capitalized things lead to a noun (`six Airbus jets`, `1,200 Tutsis from`); a name
        // runs on in capitals to a mark or a verb.
        if bare_count
            // Not a unit or currency's symbol: `450 Nm`, `18 R.`, `5 GB`.
            && next.is_some_and(|n| {
                n.is_word()
                    && n.is_capitalized()
                    && !n.has(Flags::ALL_CAPS)
                    && n.text(self.text).len() > 2
                    && !n.is(Class::FUNCTION)
            })
            // Not `nine times out of 10 Duffer scores`, nor a score's second number
            // (`Borders 19-20 Ulster`).
            && !self.word_is(start.wrapping_sub(1), "of")
            && !prev.is_some_and(|p| matches!(p.kind, Kind::Hyphen | Kind::Dash | Kind::Number))
            && !self.qualified(start)
        {
            let capital = |k: usize| {
                self.tok(k)
                    .is_some_and(|n| n.is_word() && n.is_capitalized() && !n.is(Class::FUNCTION))
            };
            let mut k = after;
            while k < end && k < after + MAX_NAME_AFTER_NUMBER {
                if capital(k) {
                    k += 1;
                } else if matches!(self.word(k), Some("of" | "and" | "for" | "&")) && capital(k + 1)
                {
                    // `Department of Health posts`, `European and Arab countries`.
                    k += 2;
                } else {
                    break;
                }
            }
            let capitals_plural = self.tok(k - 1).is_some_and(|n| is_plural(n, self.text));
            let name_ends = self.tok(k).is_none_or(|n| {
                matches!(
                    n.kind,
                    Kind::Possessive
                        | Kind::OpenParen
                        | Kind::Period
                        | Kind::Comma
                        | Kind::Colon
                        | Kind::Semicolon
                ) || self.verb_or_function_at(k)
            });
            if !capitals_plural && name_ends {
                return Some(after);
            }
        }
        None
    }

    /// Whether a bare number at `start`, before the plural `next`, reads as a count: a
    /// qualifier bounds it (`some 2000 troops`, `more than 1800 jobs`) or it counts people
    /// (`1800 workers`).
    fn counts_at(&self, start: usize, next: Option<&Token>) -> bool {
        let people = next.is_some_and(|n| n.is(Class::PERSON_NOUN) && !n.is_capitalized());
        self.qualified(start) || people
    }

    /// Whether token `k` is a lowercase function word, auxiliary, reporting verb or verb in
    /// `-ed`: what follows a name, where a noun follows a number that counts.
    fn verb_or_function_at(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|n| {
            n.is_word()
                && !n.is_capitalized()
                && (n.is(Class::AUXILIARY.with(Class::CUE).with(Class::FUNCTION))
                    || n.text(self.text).ends_with("ed"))
        })
    }

    /// Whether a qualifier ends right before the number at `start`: `some 2000`, `more
    /// than 1800`.
    fn qualified(&self, start: usize) -> bool {
        (start.saturating_sub(3)..start)
            .any(|k| self.qualifier_at(k).is_some_and(|(r, _)| r.end == start))
    }

    /// Whether `Nm` at `start`, with `after` the token after the suffix, is a distance in
    /// metres: read alone, or as the first of two distances whose second is one (`800m and
    /// 1500m champion`, `the 100m or 200m`).
    fn race_distance(&self, start: usize, after: usize) -> bool {
        if self.race_distance_alone(start, after) {
            return true;
        }
        let suffix = self.tok(start + 1).map(|t| t.text(self.text));
        (self.word_is(after, "and") || self.word_is(after, "or"))
            && self.tok(after + 1).is_some_and(|t| t.kind == Kind::Number)
            && self.tok(after + 2).is_some_and(|t| {
                t.is_word() && t.is_attached() && Some(t.text(self.text)) == suffix
            })
            && self.race_distance_alone(after + 1, after + 3)
    }

    /// Whether `Nm` at `start`, with `after` the token after the suffix, is a distance in
    /// metres by itself: a race word follows (`200m champion`), or `the` comes before and no
    /// noun follows (`won the 400m`, `victory in the 800m also earned`).
    fn race_distance_alone(&self, start: usize, after: usize) -> bool {
        let next = self.tok(after).filter(|t| t.is_attached() || t.is_word());
        let race_word = next.is_some_and(|t| {
            t.is_word()
                && RACE_WORDS
                    .binary_search(&t.text(self.text).fold_ascii().as_str())
                    .is_ok()
        });
        // After `the`, only when no noun follows: `won the 60m in Hull`, `the 400m.`; not
        // `the 10m users`, `the 100m budget`.
        let after_the = start.checked_sub(1).is_some_and(|k| self.word_is(k, "the"))
            && !next.is_some_and(|t| {
                t.is_word()
                    && !t.is(Class::PREPOSITION
                        .with(Class::CONJUNCTION)
                        .with(Class::ADVERB)
                        .with(Class::AUXILIARY)
                        .with(Class::TIME))
            });
        // `landed 17.30m`, `cleared 2.36m`: a field event's mark.
        let field_mark = start.checked_sub(1).is_some_and(|k| {
            matches!(
                self.word(k).map(crate::lexicon::fold).as_deref(),
                Some(
                    "cleared"
                        | "clears"
                        | "jumped"
                        | "jumps"
                        | "landed"
                        | "lands"
                        | "leapt"
                        | "threw"
                        | "throws"
                        | "vaulted"
                        | "hurled"
                )
            )
        });
        // `the women's 5,000m`, `the men's 200m`: an event of a sex.
        let event = start >= 2
            && self
                .tok(start - 1)
                .is_some_and(|t| t.kind == Kind::Possessive)
            && matches!(
                self.word(start - 2).map(crate::lexicon::fold).as_deref(),
                Some("men" | "women" | "boys" | "girls")
            );
        // `over the final 200m`, `her 1500m`, `my 60m`: the last stretch of a race, or a
        // runner's event, with no noun after it (not `their 14m customers`).
        let no_noun =
            !next.is_some_and(|t| t.is_word() && !t.is(Class::FUNCTION.with(Class::TIME)));
        let stretch = no_noun
            && start.checked_sub(1).is_some_and(|k| {
                matches!(
                    self.word(k).map(crate::lexicon::fold).as_deref(),
                    Some("final" | "last" | "first" | "his" | "her" | "my" | "their" | "your")
                )
            });
        // `a 10,000m hope`: nobody writes ten billion so; `a leap of 6.63m`, `cleared 2.20m,`:
        // a mark to the centimetre, with no noun after it (`1.25m viewers` counts) and no
        // change before it.
        let digits = self.tok(start).map_or("", |t| t.text(self.text));
        let grouped = digits.contains(',');
        // `medallist over 3000m,`, `her 1500m.`: four digits and more, with no separator; a
        // billion and a half is written `1.5bn`, not `1500m`.
        // (`the 1500m qualifying mark`, `the world 3000m ranking`: a noun may follow.)
        let long = self.word_is(start + 1, "m")
            && digits.len() >= 4
            && digits.bytes().all(|b| b.is_ascii_digit());
        let centimetres = no_noun
            // (`rose to 2.25m`, `down from 1.75m`: a change, more likely of millions.)
            && !start.checked_sub(1).is_some_and(|k| {
                matches!(
                    self.word(k).map(crate::lexicon::fold).as_deref(),
                    Some("to" | "from" | "by")
                )
            })
            && digits
                .split_once('.')
                .is_some_and(|(_, d)| d.len() == 2 && d.bytes().all(|b| b.is_ascii_digit()));
        // `2.5m high and 6m long`, `the 508m tall tower`: a dimension.
        let dimension = self.word(after).is_some_and(is_dimension);
        // `with 500m to go`, `426m per minute`: what is left of a race, or a speed.
        let to_go = self.word_is(after, "to") && self.word_is(after + 1, "go");
        let speed = self.word_is(after, "per")
            && ["second", "minute", "hour"]
                .iter()
                .any(|w| self.word_is(after + 1, w));
        // `the fastest indoor 400m`: a race run indoors or out.
        let indoor = start.checked_sub(1).is_some_and(|k| {
            matches!(
                self.word(k).map(crate::lexicon::fold).as_deref(),
                Some("indoor" | "outdoor")
            )
        });
        // `jumped 30ft (10m)`: a length in other units, then the same in metres.
        let converted = start >= 3
            && self
                .tok(start - 1)
                .is_some_and(|t| t.text(self.text) == "(")
            && matches!(
                self.word(start - 2).map(crate::lexicon::fold).as_deref(),
                Some("ft" | "feet" | "foot" | "yards" | "yd" | "inches" | "in")
            )
            && self.tok(start - 3).is_some_and(|t| t.kind == Kind::Number);
        race_word
            || after_the
            || indoor
            || converted
            || field_mark
            || event
            || stretch
            || grouped
            || long
            || centimetres
            || dimension
            || to_go
            || speed
    }

    /// Whether token `i` opens its sentence (no word before it in the same sentence is known
    /// here, so: whether it follows terminal punctuation or a paragraph start).
    fn is_sentence_start(&self, i: usize) -> bool {
        i == 0
            || self.tok(i).is_some_and(|t| t.has(Flags::LINE))
            || i.checked_sub(1)
                .and_then(|k| self.tok(k))
                .is_some_and(|p| p.is_terminal())
    }

    /// What a count or percentage counts: the noun phrase after the amount (`coronavirus
    /// cases`), or after `of` for a percentage.
    fn counted(&self, amount: &Amount, end: usize) -> Option<Span> {
        let mut i = amount.tokens.end;
        match amount.kind {
            // `eight of Alitalia's rivals`, `two of the firms`: the part of a whole.
            ClaimKind::Count if self.word_is(i, "of") => {
                i += 1;
                // `one of them owns`: a pronoun names no members.
                if ["them", "us", "you"].iter().any(|w| self.word_is(i, w)) {
                    return None;
                }
                if self
                    .tok(i)
                    .is_some_and(|t| t.is_word() && t.is(Class::DETERMINER))
                {
                    i += 1;
                }
                // `two of their last three visits`, `two of the five judges`: the whole is
                // counted by a number of its own; its noun is the part's too.
                let first = i + usize::from(
                    self.word(i)
                        .is_some_and(|w| matches!(w, "last" | "first" | "next" | "past" | "top")),
                );
                // (`the two million fans`: a numeral of a few words; not a name's, `the Six
                // Nations`.)
                let numeral = |k: usize| {
                    self.tok(k).is_some_and(|t| {
                        t.kind == Kind::Number
                            || t.is_word() && t.is(Class::NUMBER) && !t.is_capitalized()
                    })
                };
                let k = (first..first + 4).find(|&k| !numeral(k)).unwrap_or(first);
                // Not a measure's unit: `one of the 800 metres favourites`.
                if k > first
                    && self.tok(k).is_some_and(|t| {
                        t.is_word() && !t.is(Class::FUNCTION) && !t.is(Class::UNIT)
                    })
                {
                    i = k;
                }
            }
            ClaimKind::Count => {}
            ClaimKind::Percent | ClaimKind::Fraction => {
                if !self.word_is(i, "of") {
                    return None;
                }
                i += 1;
                // `42% of them say`: a pronoun names no whole.
                if ["them", "us", "you"].iter().any(|w| self.word_is(i, w)) {
                    return None;
                }
                // `half of its staff`, `40% of the workers`: the article or possessive before
                // the whole (not a demonstrative, which may open an owner's time, `10% of this
                // year's budget`, or stand for people, `two thirds of those waiting`).
                if self
                    .tok(i)
                    .is_some_and(|t| t.is_word() && t.is(Class::DETERMINER))
                    && !["this", "that", "these", "those"]
                        .iter()
                        .any(|w| self.word_is(i, w))
                {
                    i += 1;
                }
            }
            _ => return None,
        }
        // `13,000 more cases`: the comparison word is not what is counted.
        if self
            .word(i)
            .is_some_and(|w| matches!(w, "more" | "fewer" | "additional" | "extra"))
        {
            i += 1;
        }
        // `from 189,000 last year`, `2,000 next month`: a time after the number, not what it
        // counts.
        // (Not an owner: `one of last year's main concerns`.)
        if self.word(i).is_some_and(|w| matches!(w, "last" | "next"))
            && self.tok(i + 1).is_some_and(|t| t.is(Class::TIME))
            && !self.tok(i + 2).is_some_and(|t| t.kind == Kind::Possessive)
        {
            return None;
        }
        // `a 28-year-old`, `a 10-year deal`, `the 93-minute film`: the word joined by the
        // hyphen is what the number counts.
        if amount.kind == ClaimKind::Count
            && self.tok(i).is_some_and(|h| h.kind == Kind::Hyphen && h.is_attached())
            && self.tok(i + 1).is_some_and(|w| {
                w.is_word() && w.is_attached() && !w.is_capitalized() && !w.is(Class::NUMBER)
            })
            // Not a suffix that qualifies the number: `50-odd`, `50-plus`, `a 12-strong team`.
            && !self.word(i + 1).is_some_and(|w| {
                matches!(w, "odd" | "plus" | "strong" | "rated" | "something" | "ish")
            })
        {
            return Some(self.span(i + 1..i + 2));
        }
        let start = i;
        let mut last_plural = None;
        let mut run_end = None;
        // `one person owns a copy`, `one thing leads to another`: one of something is
        // counted by a singular noun, so an `-s` word after it, before a function word, is
        // its verb (not `one human rights 'opt out'`; after `of` the noun is plural: `one of
        // the key elements`; in `one in 10 adults` the noun counts the ten).
        let one_singular = amount.kind == ClaimKind::Count
            && start == amount.numeral.end
            && amount.value.and_then(|v| v.to_i128()) == Some(1);
        // Words of the phrase, not counting an owner's: `the UK's private housing assets`.
        let mut limit = start + 4;
        let noun_like = |k: usize, t: &Token| {
            t.is_word()
                && !t.is(Class::FUNCTION)
                && (!t.is(Class::CUE) || is_plural(t, self.text))
                && !t.is(Class::ADVERB)
                && !t.is(Class::NUMBER)
                && !t.is(Class::WEEKDAY.with(Class::MONTH))
                && !t.has(Flags::DIGIT)
                // `earns one himself`: a reflexive pronoun names no thing counted.
                && !self.word(k).is_some_and(|w| {
                    let b = w.as_bytes();
                    ["self", "selves"].iter().any(|e| {
                        b.len() > e.len()
                            && b.get(b.len() - e.len()..)
                                .is_some_and(|tail| tail.eq_ignore_ascii_case(e.as_bytes()))
                    })
                })
                // An adverb in `-ly` ends the phrase (`5% annually`, `cases daily in`); a word
                // in `-ly` before a noun modifies it (`three elderly people`, `two family
                // members`, `two assembly lines`).
                && !(self.word(k).is_some_and(|w| w.ends_with("ly"))
                    && !t.is_capitalized()
                    && !self
                        .tok(k + 1)
                        .is_some_and(|n| n.is_word() && !n.is(Class::FUNCTION)))
        };
        while i < end && i < limit {
            let Some(t) = self.tok(i) else { break };
            if t.kind == Kind::Possessive && run_end.is_some() {
                run_end = None;
                limit = (i + 5).min(start + 8);
                i += 1;
                continue;
            }
            if !noun_like(i, t) {
                // `15 deep and surface mines`: words joined by `and` or `or` before one
                // plural noun modify it together. The plural has a word of its own before it
                // or is one by form (`policemen and women`): a lone `-s` word may be a verb
                // (`42 aircraft and runs`), as may an `-ed` word after `and`. Not after one,
                // whose noun is singular.
                let plural_after = |k: usize| {
                    self.tok(k).is_some_and(|w| {
                        is_plural(w, self.text) && (k >= i + 2 || w.is(Class::PLURAL))
                    })
                };
                if run_end.is_some()
                    && !one_singular
                    && amount.value.and_then(|v| v.to_i128()) != Some(1)
                    && (self.word_is(i, "and") || self.word_is(i, "or"))
                    && !self.word(i + 1).is_some_and(|w| w.ends_with("ed"))
                    && let Some(plural) = (i + 1..end.min(i + 4))
                        .take_while(|&k| self.tok(k).is_some_and(|w| noun_like(k, w)))
                        .find(|&k| self.tok(k).is_some_and(|w| is_plural(w, self.text)))
                    && plural_after(plural)
                {
                    last_plural = Some(plural + 1);
                }
                break;
            }
            // `On 12 May, 26 died in the crash`: a past form right after the number, before
            // no noun, is the verb of the number's own (unsaid) noun; not a state that names
            // people (`three million unemployed`, `2,000 injured`).
            if run_end.is_none()
                && i == start
                && !t.is_capitalized()
                && self.word(i).is_some_and(|w| {
                    w.len() >= 4
                        && w.ends_with("ed")
                        && !matches!(
                            w,
                            "unemployed"
                                | "injured"
                                | "wounded"
                                | "displaced"
                                | "infected"
                                | "disabled"
                                | "affected"
                        )
                })
                && !self.tok(i + 1).is_some_and(|n| noun_like(i + 1, n))
            {
                break;
            }
            // `One poster depicted Mr Howard`: a past form after the noun is its verb, unless
            // lower-case words after it lead to a plural noun it modifies (`seven leading
            // industrialised nations`, `three other freed British detainees`) or an adverb
            // before it makes it an adjective (`one heavily congested network`).
            if run_end.is_some()
                && !t.is_capitalized()
                && self
                    .word(i)
                    .is_some_and(|w| w.len() > 4 && w.ends_with("ed"))
                && !self.word(i - 1).is_some_and(|w| w.ends_with("ly"))
                && !(i + 1..end.min(i + 4))
                    .take_while(|&k| self.tok(k).is_some_and(|w| noun_like(k, w)))
                    .any(|k| self.tok(k).is_some_and(|w| is_plural(w, self.text)))
            {
                break;
            }
            // `Only one costs less`: an `-s` word right after `one`, before no noun, is its
            // verb (not `one sports car`).
            if one_singular
                && run_end.is_none()
                && is_plural(t, self.text)
                && !t.is_capitalized()
                && (!self.tok(i + 1).is_some_and(|n| noun_like(i + 1, n))
                    || self
                        .word(i + 1)
                        .is_some_and(|w| matches!(w, "more" | "less" | "most" | "least")))
            {
                break;
            }
            if one_singular
                && run_end.is_some()
                && is_plural(t, self.text)
                && !t.is_capitalized()
                && self
                    .tok(i + 1)
                    .is_some_and(|n| n.is_word() && n.is(Class::FUNCTION))
            {
                break;
            }
            // The noun run so far: `original value`, `family structure`.
            run_end = Some(i + 1);
            if is_plural(t, self.text) {
                // `three drugs tests`, `two sports cars`, `five athletics medals`: a noun in
                // `-s` that modifies the plural noun right after it. Such nouns are a few
                // (and those in `-ics`); after any other plural an `-s` word is a verb
                // (`19 creditors meets`, `one of the problems lies`).
                let modifier = self.word(i).is_some_and(|w| {
                    let w = crate::lexicon::fold(w);
                    w.ends_with("ics")
                        || matches!(
                            w.as_ref(),
                            "arms"
                                | "customs"
                                | "doubles"
                                | "drinks"
                                | "drugs"
                                | "earnings"
                                | "goods"
                                | "news"
                                | "ratings"
                                | "sales"
                                | "savings"
                                | "singles"
                                | "sports"
                                | "telecoms"
                        )
                });
                let compound = modifier
                    && !t.is_capitalized()
                    && self.tok(i + 1).is_some_and(|n| {
                        !n.is_capitalized() && noun_like(i + 1, n) && is_plural(n, self.text)
                    });
                last_plural = Some(i + 1 + usize::from(compound));
                break;
            }
            i += 1;
        }
        let stop = last_plural.or(run_end)?;
        // `one of the best`, `one of the top three`: a superlative alone names no members.
        if stop == start + 1
            && self.word(start).is_some_and(|w| {
                w.ends_with("est")
                    || ["top", "most", "least"]
                        .iter()
                        .any(|s| w.eq_ignore_ascii_case(s))
            })
        {
            return None;
        }
        Some(self.span(start..stop))
    }

    /// The bound that words right after an amount at `at` set (`or more`, `and over`, `or
    /// fewer`), with how many words they are; not words that open the next bound (`200 or
    /// greater than 190`).
    fn trailing_qualifier(&self, at: usize) -> Option<(usize, Bound)> {
        // `50-plus`, `40-odd`: a suffix joined by a hyphen.
        if self
            .tok(at)
            .is_some_and(|h| h.kind == Kind::Hyphen && h.is_attached())
            && self.tok(at + 1).is_some_and(Token::is_attached)
            && let Some(b) = self.word(at + 1).and_then(suffix_bound)
        {
            return Some((2, b));
        }
        TRAILING_QUALIFIERS
            .iter()
            .find(|(words, _)| {
                words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| self.word_is(at + k, w))
                    && !self.word_is(at + words.len(), "than")
            })
            .map(|(words, b)| (words.len(), *b))
    }

    /// The bound that the tail of a compound token at `k` sets, with the tail's span:
    /// `plus` in `m-plus` (`£30m-plus`).
    fn compound_bound(&self, k: usize) -> Option<(Span, Bound)> {
        let t = self.tok(k).filter(|t| t.is_word())?;
        let (_, tail) = t.text(self.text).rsplit_once('-')?;
        let b = suffix_bound(tail)?;
        let end = t.end as usize;
        Some((Span::new(end - tail.len(), end), b))
    }

    /// `As of Thursday`, `as at March 5`: the as-of time of a sentence.
    fn as_of(&self, sentence: Range<usize>) -> Option<Span> {
        let mut i = sentence.start;
        while i + 2 < sentence.end {
            if self.word_is(i, "as") && (self.word_is(i + 1, "of") || self.word_is(i + 1, "at")) {
                let stop = self.time_phrase(i + 2, sentence.end)?;
                return Some(self.span(i..stop));
            }
            i += 1;
        }
        None
    }

    /// Where a claim holds: `outside of China`, `across Europe`, `in Italy`, `worldwide`,
    /// from token `after` (the first after the claim) to the next claim (starting at byte
    /// `next_claim`), the next comma or the sentence's end.
    /// The unit a number is a rate of: `$47 a barrel`, `£20,000 a year`, `30 miles per hour`,
    /// `three meals a day`: `a`, `an` or `per` and a noun right after the amount (`after`
    /// is its next token) or after what it counts. After `a` the noun ends its phrase (`a
    /// year.`, `a share in cash`), and is no time before `earlier` or `ago`.
    fn per(&self, after: usize, counted: Option<Span>, sentence_end: usize) -> Option<Span> {
        let mut k = after;
        if let Some(c) = counted {
            // A noun or two (`meals`, `page views`): a longer counted phrase may have run
            // over a verb (`crime involves a mobile`).
            let start = k;
            while k < sentence_end && self.tok(k).is_some_and(|t| (t.start as usize) < c.end) {
                k += 1;
                if k > start + 2 {
                    return None;
                }
            }
        }
        // `a` in lower case: `Serie A titles` is a name.
        let article = self.word(k).is_some_and(|w| w == "a" || w == "an");
        if !(article || self.word_is(k, "per")) || k + 1 >= sentence_end {
            return None;
        }
        self.tok(k + 1)
            .filter(|t| t.is_word() && !t.is_capitalized() && !t.is(Class::FUNCTION))?;
        if self.word_is(k + 1, "cent") {
            return None;
        }
        if article {
            // Not `a number of`, `a copy of the game`: a noun before `of` heads a phrase.
            let ends_phrase = k + 2 >= sentence_end
                || self
                    .tok(k + 2)
                    .is_some_and(|t| !t.is_word() || t.is(Class::FUNCTION))
                    && !self.word_is(k + 2, "of");
            let time_phrase = ["earlier", "ago", "later", "before", "after", "previously"]
                .iter()
                .any(|w| self.word_is(k + 2, w));
            if !ends_phrase || time_phrase {
                return None;
            }
        }
        Some(self.span(k + 1..k + 2))
    }

    fn scope(&self, after: usize, next_claim: Option<usize>, sentence_end: usize) -> Option<Span> {
        let mut i = after;
        while i < sentence_end {
            let t = self.tok(i)?;
            if next_claim.is_some_and(|n| t.start as usize >= n)
                || matches!(t.kind, Kind::Comma | Kind::Semicolon | Kind::Dash)
                || t.opens()
            {
                return None;
            }
            let w = self.word(i).map(crate::lexicon::fold);
            match w.as_deref() {
                Some("worldwide" | "nationwide" | "globally" | "abroad" | "overseas") => {
                    return Some(self.span(i..i + 1));
                }
                Some("outside" | "across" | "throughout" | "inside" | "within" | "in") => {
                    let mut k = i + 1;
                    if w.as_deref() == Some("outside") && self.word_is(k, "of") {
                        k += 1;
                    }
                    let place_start = k;
                    if self.word_is(k, "the") {
                        k += 1;
                    }
                    let caps_start = k;
                    let name_end = |mut k: usize| {
                        while self.tok(k).is_some_and(|p| {
                            p.is_capitalized() && !p.is(Class::MONTH) && !p.is(Class::WEEKDAY)
                        }) && k < sentence_end
                        {
                            k += 1;
                        }
                        k
                    };
                    k = name_end(k);
                    // `in the US and Europe`: a second place joined by `and` or `or`.
                    if k > caps_start && (self.word_is(k, "and") || self.word_is(k, "or")) {
                        let second = k + 1 + usize::from(self.word_is(k + 1, "the"));
                        let end = name_end(second);
                        if end > second {
                            k = end;
                        }
                    }
                    if k > caps_start {
                        // `in the Sudanese region of Darfur`, `in Asian electronic trade`:
                        // a noun of place or market after the name, one word before it at
                        // most, and the place it is `of`.
                        let place_noun = |j: usize| {
                            self.word(j).is_some_and(|w| {
                                matches!(
                                    w,
                                    "region"
                                        | "province"
                                        | "state"
                                        | "city"
                                        | "county"
                                        | "capital"
                                        | "area"
                                        | "market"
                                        | "markets"
                                        | "trade"
                                        | "trading"
                                        | "economy"
                                        | "sector"
                                        | "town"
                                        | "territory"
                                )
                            })
                        };
                        let lower = |j: usize| {
                            self.tok(j).is_some_and(|t| {
                                t.is_word() && !t.is_capitalized() && !t.is(Class::FUNCTION)
                            })
                        };
                        let noun_end = if place_noun(k) {
                            Some(k + 1)
                        } else if lower(k) && place_noun(k + 1) {
                            Some(k + 2)
                        } else {
                            None
                        };
                        if let Some(mut end) = noun_end.filter(|&e| e <= sentence_end) {
                            if self.word_is(end, "of") {
                                let mut c = end + 1;
                                while c < sentence_end
                                    && self.tok(c).is_some_and(|p| p.is_capitalized())
                                {
                                    c += 1;
                                }
                                if c > end + 1 {
                                    end = c;
                                }
                            }
                            return Some(self.span(i..end));
                        }
                        return Some(self.span(i..k));
                    }
                    if k > place_start
                        && self.word(k).is_some_and(|p| {
                            matches!(p, "country" | "world" | "region" | "city" | "state")
                        })
                    {
                        return Some(self.span(i..k + 1));
                    }
                    let _ = place_start;
                }
                _ => {}
            }
            i += 1;
        }
        None
    }
}

/// The bound a suffix after a hyphen sets: `50-plus` is at least 50, `40-odd` about 40.
fn suffix_bound(word: &str) -> Option<Bound> {
    if word.eq_ignore_ascii_case("plus") {
        Some(Bound::AtLeast)
    } else if word.eq_ignore_ascii_case("odd") || word.eq_ignore_ascii_case("ish") {
        Some(Bound::Approximate)
    } else {
        None
    }
}

/// The exponent of scientific notation written after digits: `e10`, `E-3`; at most 38 either
/// way, the most an exact value holds.
fn exponent(suffix: &str) -> Option<i32> {
    let rest = suffix.strip_prefix(['e', 'E'])?;
    let (negative, digits) = match rest.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, rest.strip_prefix('+').unwrap_or(rest)),
    };
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let e: i32 = digits.parse().ok()?;
    (e <= 38).then_some(if negative { -e } else { e })
}

/// Four digits from 1700 to 2100: a year when nothing says otherwise.
fn is_year_like(digits: &str) -> bool {
    digits.len() == 4
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits
            .parse::<u16>()
            .is_ok_and(|y| (1700..=2100).contains(&y))
}

fn signed(value: Option<Value>, negative: bool) -> Option<Value> {
    if negative {
        value.and_then(Value::checked_neg)
    } else {
        value
    }
}

/// Whether `word` is a span of time a count may measure: `years`, `days`.
fn is_time_span(word: &str) -> bool {
    [
        "years", "months", "weeks", "days", "hours", "minutes", "decades",
    ]
    .iter()
    .any(|d| word.eq_ignore_ascii_case(d))
}

/// Whether a word names a dimension a length is measured along: `5m long`, `2 in thick`.
fn is_dimension(word: &str) -> bool {
    ["long", "high", "wide", "deep", "tall", "thick"]
        .iter()
        .any(|d| word.eq_ignore_ascii_case(d))
}

/// Words that follow a distance in metres in sports reports: `200m champion`, `60m hurdles`.
const RACE_WORDS: &[&str] = &[
    "backstroke",
    "breaststroke",
    "bronze",
    "butterfly",
    "champion",
    "championship",
    "course",
    "crown",
    "event",
    "events",
    "final",
    "finals",
    "freestyle",
    "gold",
    "heat",
    "heats",
    "hope",
    "hurdler",
    "hurdles",
    "indoor",
    "legend",
    "line",
    "medal",
    "medallist",
    "penalty",
    "personal",
    "race",
    "races",
    "record",
    "relay",
    "road",
    "run",
    "runner",
    "runners",
    "silver",
    "specialist",
    "sprint",
    "sprinter",
    "squad",
    "stage",
    "star",
    "title",
    "titles",
    "track",
    "victory",
    "walk",
    "world",
];

/// Where a qualifier that ends right before token `i` starts (`up to` 45%, `more than` 40):
/// the earliest start from which the grammar reads one that ends there.
pub(crate) fn qualifier_before(v: &View<'_>, i: usize) -> Option<usize> {
    let reader = Reader(*v);
    (i.saturating_sub(crate::lexicon::numbers::MAX_QUALIFIER_WORDS)..i)
        .find(|&k| reader.qualifier_at(k).is_some_and(|(r, _)| r.end == i))
}

/// One past a qualifier that opens at token `i` before a numeral (`as many as` 3,000, `at
/// least` seven): the grammar's qualifier there, with a number right after it.
pub(crate) fn qualifier_at_number(v: &View<'_>, i: usize) -> Option<usize> {
    Reader(*v).qualifier_at(i).map(|(r, _)| r.end).filter(|&e| {
        v.tok(e)
            .is_some_and(|t| t.kind == Kind::Number || t.is_word() && t.is(Class::NUMBER))
    })
}

/// Whether a word is a plural noun: in the plural table, or ending in `s` but not `ss`, `us`,
/// `is` or an apostrophe form.
pub(crate) fn is_plural(t: &Token, text: &str) -> bool {
    if !t.is_word() {
        return false;
    }
    if t.is(Class::PLURAL) {
        return true;
    }
    let w = t.text(text);
    let lower = w.as_bytes();
    let n = lower.len();
    n > 2
        && lower.last().is_some_and(|&b| b == b's' || b == b'S')
        && !matches!(
            lower.get(n - 2).map(u8::to_ascii_lowercase),
            Some(b's' | b'u' | b'i' | b'\'')
        )
        && !t.is(Class::FUNCTION)
        // A cue is a noun after a number (`1890 plans`, `300 reports`, `20 warnings`) unless
        // it is only ever a verb.
        && !(t.is(Class::CUE)
            && matches!(
                w.fold_ascii().as_str(),
                "says"
                    | "adds"
                    | "argues"
                    | "insists"
                    | "believes"
                    | "thinks"
                    | "suggests"
                    | "explains"
                    | "tells"
                    | "asks"
                    | "admits"
                    | "agrees"
                    | "denies"
                    | "seems"
                    | "appears"
                    | "warns"
                    | "expects"
                    | "reveals"
                    | "concludes"
                    | "confirms"
                    | "predicts"
                    | "reckons"
                    | "acknowledges"
                    | "concedes"
                    | "maintains"
                    | "remembers"
                    | "understands"
                    | "knows"
                    | "feels"
                    | "assumes"
                    | "indicates"
                    | "implies"
                    | "wants"
            ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Diagnostics;
    use crate::segment::segment;

    #[derive(Debug, PartialEq)]
    struct Seen {
        text: String,
        value: Option<f64>,
        kind: ClaimKind,
        bound: Bound,
        counted: Option<String>,
    }

    fn found(text: &str) -> Vec<Seen> {
        let mut d = Diagnostics::new(8);
        let seg = segment(text, 8, &mut d);
        claims(&seg, text, &mut d)
            .into_iter()
            .map(|c| Seen {
                text: c.span.text_in(text).unwrap_or("").to_string(),
                value: c.value.map(|v| v.to_f64()),
                kind: c.kind,
                bound: c.bound,
                counted: c.counted.and_then(|s| s.text_in(text)).map(str::to_string),
            })
            .collect()
    }

    #[test]
    fn metres_in_a_race_and_millions_elsewhere() {
        assert!(RACE_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(STREET_WORDS.windows(2).all(|w| w[0] < w[1]));
        let all = found(
            "Olympic 200m champion Ida Berg won the 60m in Hull. The port has 10m users and \
             sold the 5m shares. Sales hit 3m last year. It cut the 100m budget. Her win in \
             the 800m also earned a prize.",
        );
        let kinds: Vec<(&str, ClaimKind)> = all.iter().map(|s| (s.text.as_str(), s.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("200m", ClaimKind::Measure),
                ("60m", ClaimKind::Measure),
                ("10m", ClaimKind::Count),
                ("5m", ClaimKind::Count),
                ("3m", ClaimKind::Count),
                ("100m", ClaimKind::Count),
                ("800m", ClaimKind::Measure)
            ]
        );
        assert_eq!(all[0].value, Some(200.0));
        assert_eq!(all[2].value, Some(10_000_000.0));
    }

    #[test]
    fn the_first_of_two_race_distances_is_metres_too() {
        let kinds = |text: &str| -> Vec<(String, ClaimKind)> {
            found(text).into_iter().map(|s| (s.text, s.kind)).collect()
        };
        let m = |t: &str| (t.to_string(), ClaimKind::Measure);
        let n = |t: &str| (t.to_string(), ClaimKind::Count);
        assert_eq!(
            kinds(
                "The 800m and 1500m champion won. US 400m and 200m legend Ida Berg ran. \
                 Our 800m hope was out."
            ),
            [m("800m"), m("1500m"), m("400m"), m("200m"), m("800m")]
        );
        // Two counts of millions stay counts.
        assert_eq!(
            kinds("The firm has 20m and 30m users."),
            [n("20m"), n("30m")]
        );
    }

    #[test]
    fn over_a_span_after_an_amount_is_its_period() {
        // After an amount, `over` and a span of time give the period the amount covers;
        // elsewhere `over` bounds the span.
        let seen = |text: &str| -> Vec<(String, Bound)> {
            found(text).into_iter().map(|s| (s.text, s.bound)).collect()
        };
        let expect = |list: &[(&str, Bound)]| -> Vec<(String, Bound)> {
            list.iter().map(|&(t, b)| (t.to_string(), b)).collect()
        };
        assert_eq!(
            seen(
                "He pledged £900m over 15 years. It raised $13m ($7m) over three days. She has \
                 taught for over 48 years."
            ),
            expect(&[
                ("£900m", Bound::Exact),
                ("15", Bound::Exact),
                ("$13m", Bound::Exact),
                ("$7m", Bound::Exact),
                ("three", Bound::Exact),
                ("over 48", Bound::Above),
            ])
        );
    }

    #[test]
    fn metres_of_an_event_a_stretch_a_mark_or_a_dimension() {
        // Each claim's text, kind and value.
        let seen = |text: &str| -> Vec<(String, ClaimKind, Option<f64>)> {
            found(text)
                .into_iter()
                .map(|s| (s.text, s.kind, s.value))
                .collect()
        };
        let expect = |list: &[(&str, ClaimKind, f64)]| -> Vec<(String, ClaimKind, Option<f64>)> {
            list.iter()
                .map(|&(t, k, v)| (t.to_string(), k, Some(v)))
                .collect()
        };
        assert_eq!(
            seen(
                "She won the women's 5,000m and led over the final 200m. He cleared a leap of \
                 6.63m, then ran his 1500m. The 10,000m hope was out. The screen is 2.5m high. \
                 The firm has 1.25m viewers and their 14m customers. Profit rose to 2.25m. She \
                 went with 500m to go. The lift climbs 426m per minute."
            ),
            expect(&[
                ("5,000m", ClaimKind::Measure, 5000.0),
                ("200m", ClaimKind::Measure, 200.0),
                ("6.63m", ClaimKind::Measure, 6.63),
                ("1500m", ClaimKind::Measure, 1500.0),
                ("10,000m", ClaimKind::Measure, 10_000.0),
                ("2.5m", ClaimKind::Measure, 2.5),
                ("1.25m", ClaimKind::Count, 1_250_000.0),
                ("14m", ClaimKind::Count, 14_000_000.0),
                ("2.25m", ClaimKind::Count, 2_250_000.0),
                ("500m", ClaimKind::Measure, 500.0),
                ("426m", ClaimKind::Measure, 426.0),
            ])
        );
        // A race run indoors, four digits with a noun after them, and a length converted
        // from feet; millions after a number in other words.
        assert_eq!(
            seen(
                "He ran the fastest indoor 400m. He missed the 1500m qualifying mark. It fell \
                 30ft (10m) to the road. Sales reached 30 million (10m) units."
            ),
            expect(&[
                ("400m", ClaimKind::Measure, 400.0),
                ("1500m", ClaimKind::Measure, 1500.0),
                ("30ft", ClaimKind::Measure, 30.0),
                ("10m", ClaimKind::Measure, 10.0),
                ("30 million", ClaimKind::Count, 30_000_000.0),
                ("10m", ClaimKind::Count, 10_000_000.0),
            ])
        );
        // Four digits with no separator and no noun after them; a race run `over` its
        // distance, which a height `over` it is not.
        let all = found("He was bronze medallist over 3000m. The mast is over 300m tall.");
        let got: Vec<(&str, ClaimKind, Option<f64>, Bound)> = all
            .iter()
            .map(|s| (s.text.as_str(), s.kind, s.value, s.bound))
            .collect();
        assert_eq!(
            got,
            [
                ("3000m", ClaimKind::Measure, Some(3000.0), Bound::Exact),
                ("over 300m", ClaimKind::Measure, Some(300.0), Bound::Above),
            ]
        );
        // (Thousands written `K` are no metres: `3000K` is three million.)
        assert_eq!(
            seen("They want 3000K."),
            expect(&[("3000K", ClaimKind::Count, 3_000_000.0)])
        );
        // Kilometres of a race; thousands elsewhere.
        assert_eq!(
            seen("She won the 10K race and the 5K road run. The chip has 16K of memory."),
            expect(&[
                ("10K", ClaimKind::Measure, 10.0),
                ("5K", ClaimKind::Measure, 5.0),
                ("16K", ClaimKind::Count, 16_000.0),
            ])
        );
    }

    #[test]
    fn one_as_a_pronoun_is_no_claim() {
        let all = found(
            "No one came. Each one they lose costs them. Which one is best? He has one car and \
             a new one. It was one of the best. The new one costs more. Only one costs less.",
        );
        let texts: Vec<&str> = all.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["one", "one", "one"]);
        assert_eq!(all[0].counted.as_deref(), Some("car"));
        // A plural form right after `one` is its verb.
        assert_eq!(all[2].counted, None);
        // `the` and no noun; the pronoun of anyone before a modal.
        let all = found(
            "It hit the one the thieves wanted. One can only hope. Only one can win. It was the \
             one thing left. The one million sailors waited. One has been sold.",
        );
        let texts: Vec<&str> = all.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["one", "one", "one million", "One"]);
        // The object of a verb of having or getting, with no noun after it; not a share or a
        // range.
        let all = found(
            "If you don't have one, find one. Few are buying one. We got one in five votes. \
             We had one or two chances. He has one goal.",
        );
        let texts: Vec<&str> = all.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["one in five", "one", "two", "one"]);
    }

    #[test]
    fn a_second_of_time_is_no_ordinal() {
        // One part of a hundred, before `of`; not `the one hundredth` in a rank. A second of
        // time may be followed by how far or how fast, a second visit is the second one.
        let all = found(
            "She won by one hundredth of a second ahead of Ana. Wait for a second. He won a \
             second term. It was the one hundredth anniversary. He spoke of a second visit.",
        );
        let texts: Vec<(&str, ClaimKind, f64)> = all
            .iter()
            .map(|s| (s.text.as_str(), s.kind, s.value.unwrap_or(f64::NAN)))
            .collect();
        assert_eq!(
            texts,
            [
                ("one hundredth", ClaimKind::Fraction, 0.01),
                ("second", ClaimKind::Ordinal, 2.0),
                ("one hundredth", ClaimKind::Ordinal, 100.0),
                ("second", ClaimKind::Ordinal, 2.0)
            ]
        );
    }

    #[test]
    fn first_as_an_adverb_of_time_ranks_nothing() {
        let all = found(
            "The show was first aired in 2003. When I first walked in, she first appeared. He \
             came first. It was the first elected mayor. He was first in line.",
        );
        let texts: Vec<&str> = all.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["first", "first", "first"]);
        assert!(all.iter().all(|c| c.kind == ClaimKind::Ordinal));
        let all = found("Why pass it in the first place? She took first place in the race.");
        let texts: Vec<&str> = all.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["first"]);
    }

    #[test]
    fn a_number_word_inside_a_name_is_no_claim() {
        let all = found(
            "Hare told Radio Five Live that Formula One had lost viewers to the Big Four. Five \
             people died. About Five Hundred fans came.",
        );
        let texts: Vec<&str> = all.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["Five", "About Five Hundred"]);
    }

    #[test]
    fn a_number_word_before_a_capitalized_unit_is_a_name() {
        // Units are written in lower case, but for those named after people.
        let all = found(
            "Fans of the Three Degrees cheered. Eight Mile star Ruiz sang. Three miles away it \
             was 40 Degrees. It reached thirty degrees Celsius.",
        );
        let texts: Vec<&str> = all.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Three miles", "40 Degrees", "thirty degrees Celsius"]
        );
    }

    #[test]
    fn a_part_of_a_whole_with_a_number_of_its_own_counts_its_noun() {
        let texts = |text: &str| -> Vec<(String, Option<String>)> {
            found(text)
                .into_iter()
                .map(|c| (c.text, c.counted))
                .collect()
        };
        let some = |a: &str, b: &str| (a.to_string(), Some(b.to_string()));
        assert_eq!(
            texts("They won two of their last three visits."),
            [some("two", "visits"), some("three", "visits")]
        );
        assert_eq!(
            texts("One of the two million fans came."),
            [some("One", "fans"), some("two million", "fans")]
        );
        // Not a unit's measure: the part is of the favourites, not of metres.
        assert_eq!(
            texts("She is one of the 800 metres favourites.")
                .first()
                .map(|c| c.1.clone()),
            Some(None)
        );
    }

    #[test]
    fn a_word_in_ly_before_a_noun_modifies_it() {
        let counted = |text: &str| one(text).counted;
        for (text, want) in [
            ("Three elderly people died.", Some("elderly people")),
            ("Two family members spoke.", Some("family members")),
            (
                "It has one heavily congested network.",
                Some("heavily congested network"),
            ),
            // An adverb ends the phrase.
            ("It had 20 cases daily in May.", Some("cases")),
        ] {
            assert_eq!(counted(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn a_noun_in_s_that_modifies_a_plural_is_counted_with_it() {
        let counted = |text: &str| one(text).counted;
        for (text, want) in [
            ("She missed three drugs tests.", "drugs tests"),
            ("It sold 900 sports cars.", "sports cars"),
            ("He won five athletics medals.", "athletics medals"),
            // After any other plural an `-s` word is the verb.
            ("The 19 creditors meets in May.", "creditors"),
            ("His 12 problems lies elsewhere.", "problems"),
        ] {
            assert_eq!(counted(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn what_is_counted_runs_over_an_owner_and_a_noun_run() {
        let counted = |text: &str| one(text).counted;
        for (text, want) in [
            (
                "More than a third of the port's private housing assets are old.",
                Some("port's private housing assets"),
            ),
            (
                "Up to 70% of the original value was lost.",
                Some("original value"),
            ),
            // A possessive before the whole is passed over as the article is; a
            // demonstrative, which may stand for people, is not.
            ("The firm fired about half of its staff.", Some("staff")),
            ("About 40% of their workers left.", Some("workers")),
            ("Two thirds of those waiting are old.", None),
            ("It had 13,000 cases on Monday.", Some("cases")),
            // A time after the number is not what it counts; an owner's time is.
            ("Sales fell to 81 last year.", None),
            ("He wants a couple next month.", None),
            (
                "It was one of last year's main concerns.",
                Some("last year's main concerns"),
            ),
        ] {
            assert_eq!(counted(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn half_of_a_whole_is_a_share_and_a_half_of_a_time_or_thing_is_not() {
        let seen = one("Half of all voters backed it.");
        assert_eq!(
            (seen.text.as_str(), seen.value, seen.kind, seen.bound),
            ("Half", Some(0.5), ClaimKind::Fraction, Bound::Exact)
        );
        assert_eq!(seen.counted.as_deref(), Some("voters"));
        assert_eq!(
            one("The firm underwrites half of all house sales.")
                .counted
                .as_deref(),
            Some("house sales")
        );
        for text in [
            "Sales rose in the first half of the year.",
            "They are in the bottom half of the table.",
            "He is in the opposite half of the draw.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    fn one(text: &str) -> Seen {
        let mut all = found(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.remove(0)
    }

    #[test]
    fn table_of_forms() {
        use Bound::*;
        use ClaimKind::*;
        type Case<'a> = (&'a str, &'a str, f64, ClaimKind, Bound, Option<&'a str>);
        let cases: &[Case<'_>] = &[
            (
                "It has 62 countries.",
                "62",
                62.0,
                Count,
                Exact,
                Some("countries"),
            ),
            (
                "more than 13,000 coronavirus cases have",
                "more than 13,000",
                13000.0,
                Count,
                Above,
                Some("coronavirus cases"),
            ),
            (
                "seven international organizations had",
                "seven",
                7.0,
                Count,
                Exact,
                Some("international organizations"),
            ),
            (
                "It cost $1.5 billion.",
                "$1.5 billion",
                1.5e9,
                Money,
                Exact,
                None,
            ),
            ("It cost $4.2m.", "$4.2m", 4.2e6, Money, Exact, None),
            // A reflexive pronoun is no thing counted.
            ("He then won one himself.", "one", 1.0, Count, Exact, None),
            // An age counts no thing.
            ("The 28-year-old signed.", "28", 28.0, Age, Exact, None),
            ("Ida Berg, 26, said it.", "26", 26.0, Age, Exact, None),
            ("Okafor, 31, won gold.", "31", 31.0, Age, Exact, None),
            ("The prince, 20, apologised.", "20", 20.0, Age, Exact, None),
            // A word the lexicon knows opening the sentence is no surname.
            ("Overall, 26, a record.", "26", 26.0, Count, Exact, None),
            ("She died aged 87.", "87", 87.0, Age, Exact, None),
            (
                "He left school at the age of seven.",
                "seven",
                7.0,
                Age,
                Exact,
                None,
            ),
            ("A boy of 12 was hurt.", "12", 12.0, Age, Exact, None),
            ("Mr Lund is 26 years old.", "26", 26.0, Age, Exact, None),
            // A range of ages, after `aged` or as `the ages of`; a range of people counts.
            (
                "Pupils between the ages of 16 and 18 sat it.",
                "between the ages of 16 and 18",
                16.0,
                Age,
                Range,
                None,
            ),
            (
                "Men aged 30 to 40 were seen.",
                "30 to 40",
                30.0,
                Age,
                Range,
                None,
            ),
            (
                "Between 5 and 11 children were hurt.",
                "Between 5 and 11",
                5.0,
                Count,
                Range,
                Some("children"),
            ),
            // Not after a month: `12 May, 26 died` counts the dead.
            ("On 12 May, 26 died.", "26", 26.0, Count, Exact, None),
            // Nor a number too large for an age.
            (
                "The firm, Berg, 300, was sold.",
                "300",
                300.0,
                Count,
                Exact,
                None,
            ),
            (
                "It was a 10-year deal.",
                "10",
                10.0,
                Count,
                Exact,
                Some("year"),
            ),
            (
                "The 50-odd staff left.",
                "50-odd",
                50.0,
                Count,
                Approximate,
                Some("staff"),
            ),
            (
                "It is 10^6 times.",
                "10^6",
                1e6,
                Count,
                Exact,
                Some("times"),
            ),
            (
                "It took one one-hundredth.",
                "one one-hundredth",
                0.01,
                Fraction,
                Exact,
                None,
            ),
            (
                "Two in five or more agreed.",
                "Two in five or more",
                0.4,
                Fraction,
                AtLeast,
                None,
            ),
            ("It weighs 45g.", "45g", 45.0, Measure, Exact, None),
            ("He ran 7.09secs.", "7.09secs", 7.09, Measure, Exact, None),
            ("She landed 17.30m.", "17.30m", 17.3, Measure, Exact, None),
            ("It cost £600m.", "£600m", 6e8, Money, Exact, None),
            ("It cost US$40.", "US$40", 40.0, Money, Exact, None),
            ("A £20 fee applies.", "£20", 20.0, Money, Exact, None),
            (
                "It cost at least A$30m.",
                "at least A$30m",
                30_000_000.0,
                Money,
                AtLeast,
                None,
            ),
            ("It cost CHF3.50.", "CHF3.50", 3.5, Money, Exact, None),
            ("Views rose to 2.5 k.", "2.5 k", 2500.0, Count, Exact, None),
            ("It cost GBP2.5m.", "GBP2.5m", 2.5e6, Money, Exact, None),
            (
                "Sales were MSEK 250.",
                "MSEK 250",
                2.5e8,
                Money,
                Exact,
                None,
            ),
            ("Sales were 40 KEUR.", "40 KEUR", 4e4, Money, Exact, None),
            ("It cost Rs 300 cr.", "Rs 300 cr", 3e9, Money, Exact, None),
            ("It has 12 lkhs.", "12 lkhs", 1.2e6, Count, Exact, None),
            (
                "It took three twenty-fifths of it.",
                "three twenty-fifths",
                0.12,
                Fraction,
                Exact,
                None,
            ),
            (
                "It took five thirty-seconds of it.",
                "five thirty-seconds",
                0.15625,
                Fraction,
                Exact,
                None,
            ),
            (
                "It cost 3 trillion yen.",
                "3 trillion yen",
                3e12,
                Money,
                Exact,
                None,
            ),
            ("It cost 50 cents.", "50 cents", 50.0, Money, Exact, None),
            ("Sales rose 5%.", "5%", 5.0, Percent, Exact, None),
            (
                "Sales rose 5 per cent.",
                "5 per cent",
                5.0,
                Percent,
                Exact,
                None,
            ),
            (
                "up 3 percentage points",
                "3 percentage points",
                3.0,
                Percent,
                Exact,
                None,
            ),
            (
                "about 40 percent of voters",
                "about 40 percent",
                40.0,
                Percent,
                Approximate,
                Some("voters"),
            ),
            ("It is 5 km away.", "5 km", 5.0, Measure, Exact, None),
            (
                "It has a 102-inch screen.",
                "102-inch",
                102.0,
                Measure,
                Exact,
                None,
            ),
            (
                "It sends 384 kilobits per second.",
                "384 kilobits per second",
                384.0,
                Measure,
                Exact,
                None,
            ),
            (
                "It has a 3.2 megapixel camera.",
                "3.2 megapixel",
                3.2,
                Measure,
                Exact,
                None,
            ),
            (
                "It runs at 70.72 teraflops.",
                "70.72 teraflops",
                70.72,
                Measure,
                Exact,
                None,
            ),
            ("It is 5km away.", "5km", 5.0, Measure, Exact, None),
            (
                "at least 20k people",
                "at least 20k",
                20000.0,
                Count,
                AtLeast,
                Some("people"),
            ),
            (
                "up to 3bn users",
                "up to 3bn",
                3e9,
                Count,
                AtMost,
                Some("users"),
            ),
            (
                "The under 14 boys won the cup.",
                "under 14",
                14.0,
                Count,
                Below,
                Some("boys"),
            ),
            (
                "It ordered 30 Airbus jets.",
                "30",
                30.0,
                Count,
                Exact,
                Some("Airbus jets"),
            ),
            (
                "Some 1800 workers were hired.",
                "Some 1800",
                1800.0,
                Count,
                Approximate,
                Some("workers"),
            ),
            (
                "fewer than twenty-one people",
                "fewer than twenty-one",
                21.0,
                Count,
                Below,
                Some("people"),
            ),
            (
                "nearly two hundred cars",
                "nearly two hundred",
                200.0,
                Count,
                Approximate,
                Some("cars"),
            ),
            ("a dozen eggs", "a dozen", 12.0, Count, Exact, Some("eggs")),
            // A vague count of a scale word is more than one of it; not of a number.
            (
                "several hundred delegates",
                "several hundred",
                100.0,
                Count,
                Above,
                Some("delegates"),
            ),
            (
                "a few dozen eggs",
                "a few dozen",
                12.0,
                Count,
                Above,
                Some("eggs"),
            ),
            ("a few 10 cent coins", "10 cent", 10.0, Money, Exact, None),
            ("He came 21st.", "21st", 21.0, Ordinal, Exact, None),
            ("He won a second term.", "second", 2.0, Ordinal, Exact, None),
            (
                "How about 20 seats?",
                "20",
                20.0,
                Count,
                Exact,
                Some("seats"),
            ),
            (
                "It had its trillionth visitor.",
                "trillionth",
                1e12,
                Ordinal,
                Exact,
                None,
            ),
            ("It fell to −5%.", "−5%", -5.0, Percent, Exact, None),
            (
                "two-thirds of members",
                "two-thirds",
                2.0 / 3.0,
                Fraction,
                Exact,
                Some("members"),
            ),
            (
                "The door is 2 1/2 in thick.",
                "2 1/2 in",
                2.5,
                Measure,
                Exact,
                None,
            ),
            (
                "It covers 20 sq km.",
                "20 sq km",
                20.0,
                Measure,
                Exact,
                None,
            ),
            (
                "It went 30 miles per hour.",
                "30 miles per hour",
                30.0,
                Measure,
                Exact,
                None,
            ),
            ("It was -10C outside.", "-10C", -10.0, Measure, Exact, None),
            ("It was 30 °F outside.", "30 °F", 30.0, Measure, Exact, None),
            ("The tip is 1.5mm wide.", "1.5mm", 1.5, Measure, Exact, None),
            ("It cost $5mm.", "$5mm", 5e6, Money, Exact, None),
            (
                "It holds 12 terabytes.",
                "12 terabytes",
                12.0,
                Measure,
                Exact,
                None,
            ),
            (
                "They paid 75 USD million.",
                "75 USD million",
                75e6,
                Money,
                Exact,
                None,
            ),
            (
                "It sold for 100,000 ₭.",
                "100,000 ₭",
                1e5,
                Money,
                Exact,
                None,
            ),
            (
                "It cost HK $ 10 billion.",
                "HK $ 10 billion",
                1e10,
                Money,
                Exact,
                None,
            ),
            (
                "It cost exactly 42 bucks.",
                "exactly 42 bucks",
                42.0,
                Money,
                Exact,
                None,
            ),
            (
                "Deaths exceeded 3,000.",
                "exceeded 3,000",
                3000.0,
                Count,
                Above,
                None,
            ),
            (
                "It was less than or equal to 40 days.",
                "less than or equal to 40",
                40.0,
                Count,
                AtMost,
                Some("days"),
            ),
            (
                "It weighs 1 234 567.89 kg.",
                "1 234 567.89 kg",
                1_234_567.89,
                Measure,
                Exact,
                None,
            ),
            (
                "It had two million and one half",
                "two million and one half",
                2.5e6,
                Count,
                Exact,
                None,
            ),
            (
                "More than half of voters agreed.",
                "More than half",
                0.5,
                Fraction,
                Above,
                Some("voters"),
            ),
        ];
        for (text, expr, value, kind, bound, counted) in cases {
            let seen = one(text);
            assert_eq!(seen.text, *expr, "{text}");
            let v = seen.value.unwrap_or(f64::NAN);
            assert!(
                (v - value).abs() <= 1e-9 * value.abs().max(1.0),
                "{text}: {v}"
            );
            assert_eq!(seen.kind, *kind, "{text}");
            assert_eq!(seen.bound, *bound, "{text}");
            assert_eq!(seen.counted.as_deref(), *counted, "{text}");
        }
    }

    #[test]
    fn ranges() {
        for (text, expr) in [
            ("It took 10-20 days.", "10-20"),
            ("It took 10–20 days.", "10–20"),
            ("It took 10 to 20 days.", "10 to 20"),
            ("It took between 10 and 20 days.", "between 10 and 20"),
            ("It took from 10 to 20 days.", "from 10 to 20"),
            (
                "It took more than 10, less than 20 days.",
                "more than 10, less than 20",
            ),
        ] {
            let seen = one(text);
            assert_eq!(seen.text, expr, "{text}");
            assert_eq!(seen.bound, Bound::Range, "{text}");
            assert_eq!(seen.counted.as_deref(), Some("days"), "{text}");
        }
        // A conversion in brackets after the low end is part of the range.
        for (text, expr) in [
            (
                "They were paid between $60,000 (£30,800) and $150,000 a year.",
                "between $60,000 (£30,800) and $150,000",
            ),
            (
                "Fares run from 250 euros (£173) to 600 euros.",
                "from 250 euros (£173) to 600 euros",
            ),
        ] {
            let seen = one(text);
            assert_eq!(seen.text, expr, "{text}");
            assert_eq!(seen.bound, Bound::Range, "{text}");
        }
        // A scale written once serves both ends; an end with its own scale, or digits above
        // the other end's, keeps its value.
        for (text, expr, low) in [
            ("There are 1 to 2 thousand people.", "1 to 2 thousand", 1e3),
            ("It hit 3-4 million homes.", "3-4 million", 3e6),
            (
                "between 1 and 2 million people",
                "between 1 and 2 million",
                1e6,
            ),
            ("It costs $89 to $93 billion.", "$89 to $93 billion", 89e9),
            ("It hit 500 to 2 million homes.", "500 to 2 million", 500.0),
            (
                "It hit 5 million to 6 million homes.",
                "5 million to 6 million",
                5e6,
            ),
        ] {
            let seen = one(text);
            assert_eq!(seen.text, expr, "{text}");
            assert_eq!(seen.value, Some(low), "{text}");
        }
        // An order of magnitude runs from its power of ten to the next.
        for (text, expr, low, kind, counted) in [
            (
                "Thousands of workers marched.",
                "Thousands",
                1e3,
                ClaimKind::Count,
                Some("workers"),
            ),
            (
                "It hit tens of thousands of homes.",
                "tens of thousands",
                1e4,
                ClaimKind::Count,
                Some("homes"),
            ),
            (
                "They lost hundreds of millions of dollars.",
                "hundreds of millions of dollars",
                1e8,
                ClaimKind::Money,
                None,
            ),
        ] {
            let claims = crate::parse(text).expect("parses");
            let c = &claims.numeric_claims()[0];
            assert_eq!(claims.numeric_claims().len(), 1, "{text}");
            assert_eq!(c.text(), expr, "{text}");
            assert_eq!(c.bound(), Bound::Range, "{text}");
            assert_eq!(c.low().map(|v| v.to_f64()), Some(low), "{text}");
            assert_eq!(c.high().map(|v| v.to_f64()), Some(low * 10.0), "{text}");
            assert_eq!(c.kind(), kind, "{text}");
            assert_eq!(c.counted().map(|s| s.text()), counted, "{text}");
        }
        // `dozens of` runs from a dozen to a dozen dozen; `doz` is a dozen.
        let claims = crate::parse("Dozens of homes and 3 doz. eggs.").expect("parses");
        type Seen<'a> = (&'a str, Option<f64>, Option<f64>, Option<f64>);
        let seen: Vec<Seen<'_>> = claims
            .numeric_claims()
            .iter()
            .map(|c| {
                (
                    c.text(),
                    c.value().map(|v| v.to_f64()),
                    c.low().map(|v| v.to_f64()),
                    c.high().map(|v| v.to_f64()),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                ("Dozens", Some(12.0), Some(12.0), Some(144.0)),
                ("3 doz", Some(36.0), None, None)
            ]
        );
        // A `-fold` word or numeral is a multiple.
        for (text, expr, value, bound) in [
            ("Sales grew threefold.", "threefold", 3.0, Bound::Exact),
            ("It saw a 10-fold rise.", "10-fold", 10.0, Bound::Exact),
            (
                "It grew more than six-fold.",
                "more than six-fold",
                6.0,
                Bound::Above,
            ),
        ] {
            let seen = one(text);
            assert_eq!(seen.text, expr, "{text}");
            assert_eq!(seen.value, Some(value), "{text}");
            assert_eq!(seen.kind, ClaimKind::Multiple, "{text}");
            assert_eq!(seen.bound, bound, "{text}");
        }
        assert!(found("The manifold folded.").is_empty());
        // `a third` is a share before `of` or nothing, a rank before a noun.
        for (text, expr, value, kind) in [
            ("He won a third term.", "third", 3.0, ClaimKind::Ordinal),
            (
                "The album went in at number four.",
                "four",
                4.0,
                ClaimKind::Ordinal,
            ),
            (
                "It is the number 2 carrier, aides at Number 10 said.",
                "2",
                2.0,
                ClaimKind::Ordinal,
            ),
            (
                "It took a fifth of the vote.",
                "a fifth",
                0.2,
                ClaimKind::Fraction,
            ),
            (
                "Each got a twenty-first.",
                "a twenty-first",
                1.0 / 21.0,
                ClaimKind::Fraction,
            ),
        ] {
            let seen = one(text);
            assert_eq!(seen.text, expr, "{text}");
            assert_eq!(seen.value, Some(value), "{text}");
            assert_eq!(seen.kind, kind, "{text}");
        }
        // `a quarter of a million`
        assert_eq!(
            one("A quarter of a million people fled.").value,
            Some(250_000.0)
        );
        // A scale that opens a compound still scales: `400 million-year-old`.
        let seen = one("It is 400 million-year-old rock.");
        assert_eq!(seen.value, Some(4e8), "{seen:?}");
        // Digits after number words are a number of their own.
        let seen = found("They made eight million 250ml bottles.");
        let values: Vec<_> = seen.iter().map(|s| s.value).collect();
        assert_eq!(values, [Some(8e6), Some(250.0)], "{seen:?}");
        // A number before it makes it a scale; without `of` it counts nothing.
        assert_eq!(one("It cost three thousand millions.").value, Some(3e9));
        assert!(found("Read the tens digit.").is_empty());
        // A share before a count is a change between them: two claims.
        let seen = found("Users rose by 12% to 100 million.");
        assert_eq!(seen.len(), 2, "{seen:?}");
        assert_eq!(seen[0].text, "12%");
        assert_eq!(seen[1].value, Some(1e8));
        // A range's opener bounds nothing: it is no qualifier, and the span keeps it.
        let text = "It cost between $10 and $20.";
        let claims = crate::parse(text).expect("parses");
        let c = &claims.numeric_claims()[0];
        assert_eq!(c.text(), "between $10 and $20");
        assert!(c.qualifier().is_none());
    }

    #[test]
    fn a_count_after_a_date_and_its_comma_is_a_claim() {
        let all = found("On June 24, 25 people were hurt. On June 24 and 25 people came.");
        let texts: Vec<&str> = all.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["25", "25"]);
    }

    #[test]
    fn numbers_that_are_not_claims() {
        for text in [
            "It happened in 2020.",
            "It happened on March 5.",
            "It happened on Nov. 19 in Paris.",
            "It happened on 5 March.",
            "It runs Sept. 20-24 and 5-7 March.",
            "It runs from 6 to 9 January.",
            "It plays on 14, 20 and 27 April and between 24 and 26 December.",
            "It plays on June 24 and 25, and on March 3, 4 and 5.",
            "Ties are played on 19/20 February or on 6 or 7 March.",
            "Children born after 1st September or before May 2nd are eligible.",
            "It dates from 190 A.D. and 500 BC.",
            "It happened on 3/4/2020.",
            "It happened at 10:30 a.m.",
            "It happened at 10 a.m.",
            "Install version 1.5.2 now.",
            "Version 1.0 of the browser is out, after version 2 of the app.",
            "He lives at 10 Downing Street, near 16-18 Industrial Avenue.",
            "It is for the risqu&#233; consumer.",
            "The COVID-19 virus and a G7 summit and an F-35 jet.",
            "An MP3 player and an F35 and the M4 motorway.",
            "It lasted a second, no more.",
            "He flew a Boeing 737 there.",
            "The airline chose the 7E7 over its rival.",
            "The base iPhone 11 has arrived.",
            "It was the 1990s.",
            "It will report 2004 results, restate 2000 and 2003 figures and grow from 2007 onwards.",
            "The 1994 champion won the final.",
            "Rapper 50 Cent has signed to 19 Entertainment, not to Fathers 4 Justice.",
            "Seeds: 2 Ida Berg (Norway) and 3 Tom Lee (US).",
            "It was the '90s.",
            "Call 020 7946 0000 now.",
            "He is No. 5 on the list.",
            "Bristol beat Charlton 2-1 on Sunday.",
            "She won 6-3 6-7 (4-7) 7-6 (9-7).",
            "He beat Ann 3-6 6-4 and then Bo 6-7 (5-7) 6-2.",
            "It passed the ISO 3888-2 test.",
            "Products with wireless USB 2.0 connections ship soon.",
            "Ocean's Twelve raids the box office, and we spent a day with Five.",
            "He told the World at One.",
            "Million Dollar Baby has become the new favourite.",
            "The device selects the fastest one itself.",
            "Radio 1 said the show would go on. Doom 3 was developed fast. Maroon 5's album sold.",
            "Section 404 of the act applies. Goals: Terry 17, Gudjohnsen 46.",
        ] {
            assert_eq!(found(text), vec![], "{text}");
        }
        // Digits after a capitalized word that lead to a noun count it.
        let seen = found("But 34 years later the FA Cup 45 times winner left.");
        assert_eq!(seen.len(), 2, "{seen:?}");
        // A headline in title case keeps its amount.
        let seen = found("Three Million Dollars Raised for Charity");
        assert_eq!(seen.len(), 1, "{seen:?}");
        assert_eq!(seen[0].value, Some(3_000_000.0));
    }

    #[test]
    fn days_run_to_their_month_only_through_joiners_and_days() {
        assert_eq!(
            one("Prices rose 6 to 9 percent in January.").kind,
            ClaimKind::Percent
        );
        assert_eq!(one("He scored 2 goals in May.").value, Some(2.0));
        assert_eq!(one("It cut 40 to 50 jobs in March.").kind, ClaimKind::Count);
        // A day's list ends at its month; the count after it is read.
        assert_eq!(one("On 6 and 7 May, 300 people came.").value, Some(300.0));
    }

    #[test]
    fn currency_words_that_are_not_money() {
        assert_eq!(found("Euro 2004 began."), vec![]);
        // A number word that opens a sentence, a list's item or a quote is a count.
        assert_eq!(
            one("Bail was set.\n - Two crooks robbed a bank.").value,
            Some(2.0)
        );
        assert_eq!(one("\"Five went in,\" he said.").value, Some(5.0));
        // A decimal after a currency's code stays money.
        assert_eq!(one("It cost CHF 2.5 a share.").kind, ClaimKind::Money);
        // A name, neither money nor a count.
        assert!(found("The rapper 50 Cent is on tour.").is_empty());
        assert_eq!(one("He scored one try.").kind, ClaimKind::Count);
        assert_eq!(one("Firms pay $300m a year.").text, "$300m");
        assert_eq!(one("It cut £35bn.").text, "£35bn");
        assert_eq!(one("It costs 20 Euro.").kind, ClaimKind::Money);
        // Pence touching their digits; not a screen's lines.
        let pence = one("A stamp costs 68p.");
        assert_eq!((pence.kind, pence.value), (ClaimKind::Money, Some(68.0)));
        assert!(found("It films 1080p video.").is_empty());
        // The part of a whole counts the whole's members.
        assert_eq!(
            one("Eight of Alitalia's rivals complained.")
                .counted
                .as_deref(),
            Some("Alitalia's rivals")
        );
        assert_eq!(
            one("Three of the firms quit.").counted.as_deref(),
            Some("firms")
        );
        assert_eq!(one("It is one of the best.").counted, None);
        // Scores: level, or a hyphen between two names.
        assert!(found("They drew 1-1. Borders 19-20 Ulster").is_empty());
        assert_eq!(one("Some 10-20 people came.").bound, Bound::Range);
        // A slash that writes no share; one that does.
        assert!(found("The shop is open 24/7. It was a reaction to 9/11.").is_empty());
        // Betting odds, where the words around say so.
        let odds = found("She is the 5/4 favourite. He was quoted at odds of 40-1. It won 2-1.");
        let odds: Vec<(&str, ClaimKind, Option<f64>)> = odds
            .iter()
            .map(|s| (s.text.as_str(), s.kind, s.value))
            .collect();
        assert_eq!(
            odds,
            [
                ("5/4", ClaimKind::Odds, Some(1.25)),
                ("40-1", ClaimKind::Odds, Some(40.0))
            ]
        );
        assert_eq!(
            one("After 3/16 of a second it fell.").kind,
            ClaimKind::Fraction
        );
        assert_eq!(one("About 3/4 of voters agree.").kind, ClaimKind::Fraction);
        // A scale heading a compound, its tail perhaps the currency.
        let hole = one("They found a 6bn-euro hole.");
        assert_eq!((hole.kind, hole.value), (ClaimKind::Money, Some(6e9)));
        let sale = one("It plans a $300m-share sale.");
        assert_eq!((sale.kind, sale.value), (ClaimKind::Money, Some(3e8)));
        assert_eq!(one("They dug a 40m-long tunnel.").kind, ClaimKind::Measure);
        let crowd = one("A 2m-strong crowd came.");
        assert_eq!((crowd.kind, crowd.value), (ClaimKind::Count, Some(2e6)));
        assert_eq!(one("It has a 256kbps link.").kind, ClaimKind::Measure);
        // A suffix bound joined by a hyphen, alone or closing a compound.
        assert_eq!(one("A 60-plus crowd came.").bound, Bound::AtLeast);
        assert_eq!(one("The 30-odd staff left.").bound, Bound::Approximate);
        let bid = one("It made a £20m-plus bid.");
        assert_eq!((bid.kind, bid.bound), (ClaimKind::Money, Bound::AtLeast));
    }

    #[test]
    fn a_trailing_bound_does_not_take_the_next_comparison() {
        let texts: Vec<String> = found("His score is 200 or greater than 190.")
            .into_iter()
            .map(|s| s.text)
            .collect();
        assert_eq!(texts, vec!["200", "greater than 190"]);
    }

    #[test]
    fn year_like_counts_stay_claims() {
        assert_eq!(one("About 2000 people came.").value, Some(2000.0));
        assert_eq!(one("Ford has 13000 workers.").value, Some(13000.0));
        // After a determiner or an owner, a year before a plural noun is a year.
        assert!(found("Its 2003 results were good.").is_empty());
        assert!(found("Full year 2004 gains were weak.").is_empty());
    }

    #[test]
    fn to_between_hyphens_joins_a_range_or_a_tally() {
        // A tally runs downwards, as a score does: no claim.
        assert!(found("The court ruled by a 5-to-4 vote.").is_empty());
        let all = found("It will take 10-to-12 weeks.");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].text, "10-to-12");
        assert_eq!(all[0].value, Some(10.0));
        assert_eq!(all[0].counted.as_deref(), Some("weeks"));
    }

    #[test]
    fn the_end_of_a_span_of_years_is_a_year() {
        for text in [
            "He hosted the show from 1956-87.",
            "The 2005-6 target was missed.",
            "The budget for 2007-13 was cut.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
        // Not apart from the year.
        assert_eq!(one("In 2004 - 15 people came.").value, Some(15.0));
    }

    #[test]
    fn as_of_and_scope() {
        let text = "As of Thursday, more than 13,000 cases have been reported outside of China, with Italy hit.";
        let mut d = Diagnostics::new(8);
        let seg = segment(text, 8, &mut d);
        let c = claims(&seg, text, &mut d);
        assert_eq!(c.len(), 1);
        assert_eq!(
            c[0].as_of.and_then(|s| s.text_in(text)),
            Some("As of Thursday")
        );
        assert_eq!(
            c[0].scope.and_then(|s| s.text_in(text)),
            Some("outside of China")
        );
        // A noun of place or market after the name belongs to the scope, with what it is
        // `of`.
        for (text, want) in [
            (
                "Millions of refugees live in the Sudanese region of Darfur.",
                "in the Sudanese region of Darfur",
            ),
            (
                "Crude was trading at $51.39 in Asian electronic trade.",
                "in Asian electronic trade",
            ),
            ("It has 3,000 shops in France.", "in France"),
            // A second place joined by `and` or `or`.
            (
                "Some 200 million tracks were bought in the US and Europe in 12 months.",
                "in the US and Europe",
            ),
            (
                "About 3,500 people died in England or Wales.",
                "in England or Wales",
            ),
        ] {
            let mut d = Diagnostics::new(8);
            let seg = segment(text, 8, &mut d);
            let c = claims(&seg, text, &mut d);
            assert_eq!(
                c.first()
                    .and_then(|c| c.scope)
                    .and_then(|s| s.text_in(text)),
                Some(want),
                "{text}"
            );
        }
    }

    #[test]
    fn one_counts_a_singular_noun_and_its_verb_is_not_counted() {
        for (text, want) in [
            ("Just one person owns a copy.", Some("person")),
            ("One thing leads to another.", Some("thing")),
            ("One thing seems sure.", Some("thing")),
            ("One of them owns a copy.", None),
            // A plural word in a compound stays when no function word follows it.
            (
                "It was one human rights 'opt out' too many.",
                Some("human rights"),
            ),
            ("One of the key elements is cost.", Some("key elements")),
            (
                "One in five European workers are at risk.",
                Some("European workers"),
            ),
            ("A third of them read it.", None),
            ("One poster depicted the minister.", Some("poster")),
            (
                "Seven leading industrialised nations met.",
                Some("leading industrialised nations"),
            ),
        ] {
            assert_eq!(one(text).counted.as_deref(), want, "{text}");
        }
    }

    #[test]
    fn words_joined_before_one_plural_are_counted_together() {
        for (text, want) in [
            (
                "It runs 15 deep and surface mines.",
                Some("deep and surface mines"),
            ),
            (
                "It hired 300 policemen and women.",
                Some("policemen and women"),
            ),
            (
                "Some 2,000 business and political leaders came.",
                Some("business and political leaders"),
            ),
            // A lone `-s` word after `and` may be a verb; a number after it counts anew.
            ("It flies 42 aircraft and runs a hotel.", Some("aircraft")),
            ("He sold 20 red and 30 blue cars.", Some("red")),
        ] {
            assert_eq!(found(text)[0].counted.as_deref(), want, "{text}");
        }
    }

    #[test]
    fn what_a_number_is_a_rate_of() {
        let per = |text: &str| {
            let mut d = Diagnostics::new(8);
            let seg = segment(text, 8, &mut d);
            claims(&seg, text, &mut d)
                .iter()
                .map(|c| c.per.and_then(|s| s.text_in(text)).map(str::to_string))
                .collect::<Vec<_>>()
        };
        for (text, want) in [
            ("Oil cost $47 a barrel.", Some("barrel")),
            ("She earns £20,000 a year for the job.", Some("year")),
            ("It paid 17 cents a share in cash.", Some("share")),
            ("They eat three meals a day.", Some("day")),
            ("Aid reached $40 per head.", Some("head")),
            ("Prices rose 4% an hour, then fell.", Some("hour")),
            // A time before `earlier`, a noun heading a phrase, a name and a percent are
            // no rates.
            ("Sales rose 5% a year earlier.", None),
            ("He led for 15 years a number of firms.", None),
            ("They won two Serie A titles.", None),
            ("Output grew 5 per cent.", None),
            ("He paid $5 a pound of apples.", None),
        ] {
            assert_eq!(per(text), vec![want.map(str::to_string)], "{text}");
        }
    }

    #[test]
    fn long_numerals_have_no_value() {
        let text = format!("It was {} units.", "9".repeat(200));
        let seen = one(&text);
        assert_eq!(seen.value, None);
    }
}
