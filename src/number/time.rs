//! The time a claim holds for, beyond `As of`: a time phrase after the claim in its clause
//! (`grew 2.6% last year`, `rose 5% in the first quarter`, `fell to $3m in 2004`), or one that
//! opens its sentence (`On Tuesday, shares rose 3%`).
//!
//! Each claim reads at most a few tokens after it, up to the next claim or clause mark, so the
//! work stays linear in the sentence.

use super::{Reader, is_year_like};
use crate::lexicon::Class;
use crate::segment::token::Kind;
use crate::span::Span;
use std::ops::Range;

/// How far after a claim its time may start: `rose 5% to $3m in 2004`.
const MAX_GAP: usize = 6;

/// Words that lead to a time: `in 2004`, `on Tuesday`, `by 2008`, `during the quarter`.
const TIME_PREPOSITIONS: &[&str] = &[
    "at",
    "by",
    "during",
    "for",
    "in",
    "on",
    "over",
    "since",
    "through",
    "throughout",
    "until",
];

/// Words that open a time relative to now without a preposition: `last year`, `this
/// month`, `earlier this week`, `today` (besides time words and numbers: `three days ago`).
const RELATIVE: &[&str] = &[
    "early",
    "earlier",
    "last",
    "late",
    "later",
    "next",
    "this",
    "today",
    "tomorrow",
    "tonight",
    "yesterday",
];

/// Ordinals that name a part of a year: `the first quarter`, `the second half`.
const PART_ORDINALS: &[&str] = &["first", "fourth", "last", "second", "third", "final"];

/// Parts of a year that an ordinal names: `quarter`, `half`.
const PARTS: &[&str] = &["half", "quarter", "year", "month", "week", "season"];

impl Reader<'_> {
    /// The time phrase at `k`, before `end`, with the preposition that leads to it, if any:
    /// `in 2004`, `last year`, `in the first quarter`, `on Tuesday`, `in the year to October`.
    fn time_at(&self, k: usize, end: usize) -> Option<Range<usize>> {
        // Most tokens after a claim open no time: a cheap test of the token's classes first,
        // before any word is compared.
        let t = self.tok(k).filter(|t| t.is_word())?;
        let word = crate::lexicon::fold(t.text(self.text));
        let led = t.is(Class::PREPOSITION) && TIME_PREPOSITIONS.contains(&word.as_str());
        if !led && !t.is(Class::TIME.with(Class::NUMBER)) && !RELATIVE.contains(&word.as_str()) {
            return None;
        }
        // `up £40m on last year`, `up 2.9% on a year earlier`: the base of a comparison, not a
        // time the number holds for.
        if self.word_is(k, "on")
            && ["last", "this", "the", "a"]
                .iter()
                .any(|w| self.word_is(k + 1, w))
        {
            return None;
        }
        // Nor `than last year`, `with last year`: what a number is compared to.
        if !led
            && k.checked_sub(1)
                .is_some_and(|p| ["on", "than", "with"].iter().any(|w| self.word_is(p, w)))
        {
            return None;
        }
        let at = if led { k + 1 } else { k };
        if at >= end {
            return None;
        }
        // Without a preposition only a time relative to now (`last year`, `this month`,
        // `three days ago`), not a month or a day that may belong to a phrase (`from their July
        // peaks`, `between October and December`).
        if !led
            && self
                .tok(at)
                .is_some_and(|t| t.kind == Kind::Number || t.is(Class::MONTH.with(Class::WEEKDAY)))
        {
            return None;
        }
        let stop = if let Some(e) = self.time_phrase(at, end) {
            e
        } else if !led {
            return None;
        } else if self
            .tok(at)
            .is_some_and(|t| t.kind == Kind::Number && is_year_like(t.text(self.text)))
        {
            // `in 2004`
            at + 1
        } else if self.word_is(at, "the") {
            // `the first quarter`, `the second half of 2004`, `the year to October`
            let part = if PART_ORDINALS.iter().any(|w| self.word_is(at + 1, w))
                && PARTS.iter().any(|w| self.word_is(at + 2, w))
            {
                at + 3
            } else if PARTS.iter().any(|w| self.word_is(at + 1, w)) && self.word_is(at + 2, "to") {
                // `the year to October`, `the year to May`: a month after `to`.
                let e = self.time_phrase(at + 3, end).or_else(|| {
                    self.tok(at + 3)
                        .filter(|t| t.is(Class::MONTH) && t.is_capitalized())
                        .map(|_| at + 4)
                })?;
                return Some(k..e);
            } else {
                return None;
            };
            // `of 2004`
            if self.word_is(part, "of")
                && self
                    .tok(part + 1)
                    .is_some_and(|t| t.kind == Kind::Number && is_year_like(t.text(self.text)))
            {
                part + 2
            } else {
                part
            }
        } else {
            return None;
        };
        // Not an owner: `at Wednesday's event`.
        (stop <= end && self.kind(stop) != Some(Kind::Possessive)).then_some(k..stop)
    }

    /// The time after a claim, from token `after` (the first after it) to the next claim
    /// (starting at byte `next_claim`), the end of its clause or the sentence's end.
    pub(super) fn time_after(
        &self,
        after: usize,
        next_claim: Option<usize>,
        sentence_end: usize,
    ) -> Option<Span> {
        let start = after;
        let mut end = sentence_end.min(start + MAX_GAP + 4);
        // The clause: up to the next claim, comma, semicolon, dash, quote or bracket.
        let mut k = start;
        while k < end {
            let Some(t) = self.tok(k) else { break };
            if next_claim.is_some_and(|n| t.start as usize >= n)
                || matches!(
                    t.kind,
                    Kind::Comma | Kind::Semicolon | Kind::Dash | Kind::OpenParen
                )
                || t.is_quote()
                || t.is_terminal()
            {
                end = k;
                break;
            }
            k += 1;
        }
        (start..end.min(start + MAX_GAP))
            .find_map(|k| self.time_at(k, end))
            .map(|r| self.span(r))
    }

    /// The time that opens a sentence before a comma: `On Tuesday, shares rose 3%`, `In 2004,
    /// sales grew`, `Last year, ...`.
    pub(super) fn time_opening(&self, sentence: Range<usize>) -> Option<Span> {
        let r = self.time_at(sentence.start, sentence.end)?;
        (self.kind(r.end) == Some(Kind::Comma)).then(|| self.span(r))
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Diagnostics;
    use crate::segment::segment;

    /// Each claim's words and the words of its time.
    fn times(text: &str) -> Vec<(String, Option<String>)> {
        let mut d = Diagnostics::new(8);
        let seg = segment(text, 8, &mut d);
        super::super::claims(&seg, text, &mut d)
            .into_iter()
            .map(|c| {
                let words = c.span.text_in(text).unwrap_or("").to_string();
                let time = c.as_of.and_then(|a| a.text_in(text)).map(str::to_string);
                (words, time)
            })
            .collect()
    }

    /// A sentence and each of its claims with its time.
    type Row<'a> = (&'a str, &'a [(&'a str, Option<&'a str>)]);

    #[test]
    fn the_time_a_claim_holds_for() {
        let table: &[Row] = &[
            (
                "Exports grew 3.1% last year.",
                &[("3.1%", Some("last year"))],
            ),
            (
                "Output fell 2% in the second quarter.",
                &[("2%", Some("in the second quarter"))],
            ),
            ("Losses hit $4m in 2003.", &[("$4m", Some("in 2003"))]),
            (
                "Wages rose 4% in the year to May.",
                &[("4%", Some("in the year to May"))],
            ),
            ("On Friday, shares fell 3%.", &[("3%", Some("On Friday"))]),
            ("In 2002, it sold 900 cars.", &[("900", Some("In 2002"))]),
            (
                "Sales rose 8% to $2bn in 2004.",
                &[("8%", Some("in 2004")), ("$2bn", Some("in 2004"))],
            ),
            (
                "As of Monday, 40 cases were known.",
                &[("40", Some("As of Monday"))],
            ),
            // Not a time: the base of a comparison, a month inside a phrase, an owner.
            ("Profits were up £4m on last year.", &[("£4m", None)]),
            ("Prices are 3% below their July peak.", &[("3%", None)]),
            ("He met 20 fans at Sunday's game.", &[("20", None)]),
            ("Ten years ago, it was rare.", &[("Ten", None)]),
            ("Sales were up 2.9% on a year earlier.", &[("2.9%", None)]),
            ("I met him a couple of years ago.", &[("a couple", None)]),
        ];
        for (text, expected) in table {
            let seen = times(text);
            let seen: Vec<(&str, Option<&str>)> = seen
                .iter()
                .map(|(w, t)| (w.as_str(), t.as_deref()))
                .collect();
            assert_eq!(seen, *expected, "{text}");
        }
    }
}
