//! nom over tokens: the input type and the small parsers the token grammars are built from.
//!
//! The lexical stage turns text into [`Token`]s once; the grammars of datelines, attributions,
//! mentions and numbers then read token slices with nom combinators. [`Tokens`] implements
//! [`nom::Input`] so every combinator works on it, and its parsers return absolute token
//! indices, which later stages store instead of copying text.

use crate::lexicon::Class;
use crate::segment::token::{Kind, Token};
use nom::{IResult, Input, Needed, Offset, Parser};
use std::iter::Enumerate;
use std::slice::Iter;

/// A run of tokens of the document, with the text they point into.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tokens<'a> {
    /// The tokens left to read.
    pub toks: &'a [Token],
    /// The index of `toks[0]` in the document's token list.
    pub at: usize,
    /// The document's text.
    pub text: &'a str,
}

/// The error of token parsers: which parse failed is all the grammars need.
pub(crate) type PResult<'a, O> = IResult<Tokens<'a>, O, ()>;

impl<'a> Tokens<'a> {
    /// The tokens `range` of `all`, with their absolute position.
    pub fn new(all: &'a [Token], range: std::ops::Range<usize>, text: &'a str) -> Tokens<'a> {
        let start = range.start.min(all.len());
        let end = range.end.clamp(start, all.len());
        Tokens {
            toks: all.get(start..end).unwrap_or_default(),
            at: start,
            text,
        }
    }

    /// The first token, if any.
    #[inline]
    pub fn first(&self) -> Option<&'a Token> {
        self.toks.first()
    }
}

impl<'a> Input for Tokens<'a> {
    type Item = &'a Token;
    type Iter = Iter<'a, Token>;
    type IterIndices = Enumerate<Self::Iter>;

    fn input_len(&self) -> usize {
        self.toks.len()
    }

    fn take(&self, index: usize) -> Self {
        Tokens {
            toks: self.toks.get(..index).unwrap_or(self.toks),
            ..*self
        }
    }

    fn take_from(&self, index: usize) -> Self {
        let index = index.min(self.toks.len());
        Tokens {
            toks: self.toks.get(index..).unwrap_or_default(),
            at: self.at + index,
            text: self.text,
        }
    }

    fn take_split(&self, index: usize) -> (Self, Self) {
        (self.take_from(index), self.take(index))
    }

    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(Self::Item) -> bool,
    {
        self.toks.iter().position(predicate)
    }

    fn iter_elements(&self) -> Self::Iter {
        self.toks.iter()
    }

    fn iter_indices(&self) -> Self::IterIndices {
        self.toks.iter().enumerate()
    }

    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        if self.toks.len() >= count {
            Ok(count)
        } else {
            Err(Needed::new(count - self.toks.len()))
        }
    }
}

impl Offset for Tokens<'_> {
    fn offset(&self, second: &Self) -> usize {
        second.at.saturating_sub(self.at)
    }
}

/// One token satisfying `pred`; yields its absolute index.
pub(crate) fn tok<'a>(
    pred: impl Fn(&Token) -> bool,
) -> impl Parser<Tokens<'a>, Output = usize, Error = ()> {
    move |input: Tokens<'a>| match input.first() {
        Some(t) if pred(t) => Ok((input.take_from(1), input.at)),
        _ => Err(nom::Err::Error(())),
    }
}

/// One token of kind `kind`.
pub(crate) fn kind<'a>(kind: Kind) -> impl Parser<Tokens<'a>, Output = usize, Error = ()> {
    tok(move |t| t.kind == kind)
}

/// One word in `class`.
pub(crate) fn class<'a>(class: Class) -> impl Parser<Tokens<'a>, Output = usize, Error = ()> {
    tok(move |t| t.is_word() && t.is(class))
}

/// A capitalized word.
pub(crate) fn capitalized<'a>() -> impl Parser<Tokens<'a>, Output = usize, Error = ()> {
    tok(Token::is_capitalized)
}

/// Indexed access to the document's tokens, for grammars that look around a position rather
/// than consume a run (the claim and attribution grammars look both ways from a cue or a
/// numeral).
#[derive(Clone, Copy, Debug)]
pub(crate) struct View<'a> {
    pub toks: &'a [Token],
    pub text: &'a str,
}

impl<'a> View<'a> {
    #[inline]
    pub fn tok(&self, i: usize) -> Option<&'a Token> {
        self.toks.get(i)
    }

    /// The text of the word at `i`; `None` when it is not a word.
    #[inline]
    pub fn word(&self, i: usize) -> Option<&'a str> {
        self.toks
            .get(i)
            .filter(|t| t.is_word())
            .map(|t| t.text(self.text))
    }

    /// Whether the token at `i` is the word `w`, in any ASCII case.
    #[inline]
    pub fn word_is(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|x| x.eq_ignore_ascii_case(w))
    }

    #[inline]
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Whether the token at `i` is a word in `class`.
    #[inline]
    pub fn is(&self, i: usize, class: Class) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_word() && t.is(class))
    }

    pub fn span(&self, range: std::ops::Range<usize>) -> crate::Span {
        crate::segment::span_of(self.toks, range)
    }

    /// Whether the word at `i` places a span of time before or after another time: `ago`,
    /// `later`, `earlier` (`three days ago`, `24 hours later`).
    fn relative_to(&self, i: usize) -> bool {
        self.word_is(i, "ago") || self.word_is(i, "later") || self.word_is(i, "earlier")
    }

    /// The end of a time expression at `i`, reading no further than `end`: `Thursday`,
    /// `Monday night`, `March 5, 2020`, `Nov. 19`, `5 March`, `last week`, `earlier this
    /// month`, `today`, `the end of June`, `three days ago`, `24 hours later`, `a week
    /// later`, `days later`.
    pub fn time_phrase(&self, i: usize, end: usize) -> Option<usize> {
        let stop = |k: usize| Some(k.min(end)).filter(|&k| k > i);
        let mut k = i;
        if self.word_is(k, "the") && self.word_is(k + 1, "end") && self.word_is(k + 2, "of") {
            k += 3;
        }
        let part_of_day = |v: &View<'_>, k: usize| {
            v.word(k).is_some_and(|w| {
                matches!(
                    crate::lexicon::fold(w).as_str(),
                    "morning" | "afternoon" | "evening" | "night"
                )
            })
        };
        // `The Sun`: a weekday's short form after `the` is a name.
        let named =
            k > 0 && self.word_is(k - 1, "the") && self.word(k).is_some_and(|w| w.len() <= 4);
        // `Thursday's report`, `June's figures`: a time that owns a noun is no adjunct of time
        // but part of a noun phrase.
        if self.is(k, Class::WEEKDAY.with(Class::MONTH))
            && self.kind(k + 1) == Some(Kind::Possessive)
        {
            return None;
        }
        if self.is(k, Class::WEEKDAY) && self.tok(k).is_some_and(|t| t.is_capitalized()) && !named {
            k += 1;
            if part_of_day(self, k) {
                k += 1;
            }
            if !(self.kind(k) == Some(Kind::Comma) && self.is(k + 1, Class::MONTH)) {
                return stop(k);
            }
            k += 1;
        }
        if self.is(k, Class::MONTH) && self.tok(k).is_some_and(|t| t.is_capitalized()) {
            let dated = self.kind(k + 1) == Some(Kind::Number)
                || (self.kind(k + 1) == Some(Kind::Period)
                    && self.kind(k + 2) == Some(Kind::Number));
            // `May` and `March` alone are too often a verb; not after `the end of`.
            if !dated && k == i && (self.word_is(k, "may") || self.word_is(k, "march")) {
                return None;
            }
            // The period of a short form (`Nov. 19`, `in Nov.`), not the one that ends the
            // sentence after a full name (`in February.`).
            let full = self.word(k).is_some_and(|w| {
                w.len() > 4 || matches!(crate::lexicon::fold(w).as_str(), "may" | "june" | "july")
            });
            k += 1;
            if self.kind(k) == Some(Kind::Period)
                && (!full || self.kind(k + 1) == Some(Kind::Number))
            {
                k += 1;
            }
            if self.kind(k) == Some(Kind::Number) {
                k += 1;
                if self.kind(k) == Some(Kind::Comma) && self.kind(k + 1) == Some(Kind::Number) {
                    k += 2;
                }
            }
            return stop(k);
        }
        if self.kind(k) == Some(Kind::Number) {
            if self.is(k + 1, Class::MONTH) {
                k += 2;
                if self.kind(k) == Some(Kind::Number) {
                    k += 1;
                }
                return stop(k);
            }
            // `three days ago` is read below for words; digits: `3 days ago`, `24 hours
            // later`.
            if self.is(k + 1, Class::TIME) && self.relative_to(k + 2) {
                return stop(k + 3);
            }
            return None;
        }
        let w = crate::lexicon::fold(self.word(k)?);
        match w.as_str() {
            "today" | "yesterday" | "tonight" | "tomorrow" => {
                k += 1;
                if part_of_day(self, k) {
                    k += 1;
                }
                stop(k)
            }
            // `recent years`, `recent months`.
            "recent" => {
                let mut j = k + 1;
                if self.word_is(j, "few") || self.word_is(j, "two") || self.word_is(j, "three") {
                    j += 1;
                }
                (self.is(j, Class::TIME) && !self.word_is(j, "earlier") && !self.word_is(j, "last"))
                    .then(|| stop(j + 1))
                    .flatten()
            }
            "last" | "this" | "next" | "early" | "late" | "earlier" | "later" => {
                // `earlier this week`, `late last year`, `last Tuesday`
                let mut j = k + 1;
                if matches!(
                    self.word(j).map(crate::lexicon::fold).as_deref(),
                    Some("this" | "last" | "next")
                ) {
                    j += 1;
                }
                if self.is(j, Class::TIME)
                    && !self.word_is(j, "earlier")
                    && !self.word_is(j, "last")
                {
                    stop(j + 1)
                } else {
                    None
                }
            }
            _ if self.is(k, Class::NUMBER)
                && self.is(k + 1, Class::TIME)
                && self.relative_to(k + 2) =>
            {
                stop(k + 3)
            }
            // `a week later`, `an hour earlier`, `a few days later`, `several years ago`.
            "a" | "an" | "several" => {
                let j = k + 1 + usize::from(self.word_is(k + 1, "few"));
                (self.is(j, Class::TIME) && !self.relative_to(j) && self.relative_to(j + 1))
                    .then(|| stop(j + 2))
                    .flatten()
            }
            // `days later`, `years earlier`: a plural unit of time alone (not the end of
            // `ten years ago` or `a couple of years ago`).
            _ if w.ends_with('s')
                && !k.checked_sub(1).is_some_and(|p| {
                    self.is(p, Class::NUMBER)
                        || self.kind(p) == Some(Kind::Number)
                        || self.word_is(p, "of")
                })
                && self.is(k, Class::TIME)
                && !self.relative_to(k)
                && self.relative_to(k + 1) =>
            {
                stop(k + 2)
            }
            _ => None,
        }
    }
}

/// A set of token indices, one bit each: an eighth of a byte per token where a `Vec<bool>`
/// spends a byte and an index table four.
#[derive(Clone, Debug, Default)]
pub(crate) struct Bits {
    words: Vec<u64>,
}

impl Bits {
    /// An empty set for indices below `n`.
    pub fn new(n: usize) -> Bits {
        Bits {
            words: vec![0; n.div_ceil(64)],
        }
    }

    #[inline]
    pub fn get(&self, i: usize) -> bool {
        self.words
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    #[inline]
    pub fn set(&mut self, i: usize) {
        if let Some(w) = self.words.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    /// Sets every index of `range`.
    pub fn set_range(&mut self, range: std::ops::Range<usize>) {
        for i in range {
            self.set(i);
        }
    }

    /// The first index in `from..to` in the set, a word at a time.
    pub fn next_set(&self, from: usize, to: usize) -> Option<usize> {
        let mut i = from;
        while i < to {
            let w = self.words.get(i / 64)? >> (i % 64);
            if w != 0 {
                let found = i + w.trailing_zeros() as usize;
                return (found < to).then_some(found);
            }
            i = (i / 64 + 1) * 64;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::token::tokenize;
    use nom::combinator::opt;
    use nom::multi::many1_count;

    #[test]
    fn combinators_run_over_tokens() {
        let text = "Vice-Foreign Minister Ma Zhaoxu said";
        let mut toks = Vec::new();
        tokenize(text, &mut toks, &mut Default::default());
        let input = Tokens::new(&toks, 0..toks.len(), text);
        let mut name = (many1_count(capitalized()), opt(class(Class::CUE)));
        let (rest, (count, cue)) = name.parse(input).unwrap_or((input, (0, None)));
        assert_eq!(count, 4);
        assert_eq!(cue, Some(4));
        assert_eq!(rest.input_len(), 0);
        assert_eq!(rest.at, 5);
    }

    #[test]
    fn bits_find_the_next_member() {
        let mut b = Bits::new(200);
        b.set(3);
        b.set_range(130..132);
        assert!(b.get(3) && !b.get(4) && b.get(131));
        assert_eq!(b.next_set(0, 200), Some(3));
        assert_eq!(b.next_set(4, 200), Some(130));
        assert_eq!(b.next_set(4, 130), None);
        assert_eq!(b.next_set(132, 1000), None);
        assert!(!b.get(10_000));
    }

    #[test]
    fn time_phrases() {
        for (text, phrase) in [
            ("Thursday, he said", "Thursday"),
            ("Monday night in", "Monday night"),
            ("March 5, 2020 and", "March 5, 2020"),
            ("Nov. 19 (UPI)", "Nov. 19"),
            ("February. The", "February"),
            ("June. 5", "June. 5"),
            ("Feb. The", "Feb."),
            ("5 March", "5 March"),
            ("last week", "last week"),
            ("earlier this month", "earlier this month"),
            ("today", "today"),
            ("the end of June", "the end of June"),
            ("the end of March the", "the end of March"),
            ("three days ago", "three days ago"),
            ("two weeks later that", "two weeks later"),
            ("24 hours earlier", "24 hours earlier"),
            ("a week later that", "a week later"),
            ("an hour earlier", "an hour earlier"),
            ("a few days later", "a few days later"),
            ("several years ago", "several years ago"),
            ("days later, he", "days later"),
        ] {
            let mut toks = Vec::new();
            tokenize(text, &mut toks, &mut Default::default());
            let view = View { toks: &toks, text };
            let end = view.time_phrase(0, toks.len());
            let got = end.and_then(|e| view.span(0..e).text_in(text));
            assert_eq!(got, Some(phrase), "{text}");
        }
        for text in [
            "the plan",
            "last",
            "May I",
            "a week",
            "a later plan",
            "days of",
            // A time that owns a noun is part of a noun phrase.
            "Thursday's report",
            "June's figures",
        ] {
            let mut toks = Vec::new();
            tokenize(text, &mut toks, &mut Default::default());
            let view = View { toks: &toks, text };
            assert_eq!(view.time_phrase(0, toks.len()), None, "{text}");
        }
    }

    #[test]
    fn take_and_take_from_keep_absolute_positions() {
        let text = "a b c d";
        let mut toks = Vec::new();
        tokenize(text, &mut toks, &mut Default::default());
        let input = Tokens::new(&toks, 1..4, text);
        assert_eq!(input.at, 1);
        assert_eq!(input.take_from(2).at, 3);
        assert_eq!(input.take(2).input_len(), 2);
        assert_eq!(input.take_from(10).input_len(), 0);
    }
}
