//! Numerals: the text of a digit token (`13,000`, `1.5`, `3/4/2020`) and runs of number words
//! (`two hundred and five`, `twenty-one`, `two-thirds`), read into exact values.

use super::value::Value;
use crate::lexicon::numbers::NumberWord;
use crate::lexicon::{Class, FoldAscii, lexicon};
use crate::segment::token::{Flags, Kind, Token};
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n, take_while1};
use nom::character::complete::{char, one_of};
use nom::combinator::{all_consuming, opt, recognize};
use nom::multi::{many1_count, separated_list1};
use nom::{IResult, Parser};

/// Longest digit numeral read for a value; longer ones get no value.
pub(crate) const MAX_NUMERAL_BYTES: usize = 64;

/// The value of a vulgar fraction character: `½` is 1/2.
pub(crate) fn vulgar_fraction(c: char) -> Option<(i128, i128)> {
    Some(match c {
        '½' => (1, 2),
        '⅓' => (1, 3),
        '⅔' => (2, 3),
        '¼' => (1, 4),
        '¾' => (3, 4),
        '⅕' => (1, 5),
        '⅖' => (2, 5),
        '⅗' => (3, 5),
        '⅘' => (4, 5),
        '⅙' => (1, 6),
        '⅚' => (5, 6),
        '⅐' => (1, 7),
        '⅛' => (1, 8),
        '⅜' => (3, 8),
        '⅝' => (5, 8),
        '⅞' => (7, 8),
        '⅑' => (1, 9),
        '⅒' => (1, 10),
        _ => return None,
    })
}

/// What the text of a digit token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DigitForm {
    /// A number: `13,000`, `1.5`, `2020`, `.5`.
    Number(Option<Value>),
    /// A fraction written with a slash: `1/2`.
    Fraction(Option<Value>),
    /// A date: `3/4/2020`, `2020/03/04`.
    Date,
    /// A time or ratio: `10:30`, `2:1`.
    Time,
    /// A version or other identifier: `1.5.2`, `7E7`.
    Version,
    /// Digits whose grouping has no single reading: `1,23`, `3,5`, `1,23,456`, `5 000`.
    Ambiguous,
    /// Several numbers written together: `1,2,3,4`.
    List,
}

type StrResult<'a, O> = IResult<&'a str, O, ()>;

fn digits(input: &str) -> StrResult<'_, &str> {
    take_while1(|c: char| c.is_ascii_digit()).parse(input)
}

/// `1,234,567`: one to three digits, then groups of exactly three after each comma.
fn thousands_separated(input: &str) -> StrResult<'_, &str> {
    recognize((
        take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
        many1_count((
            char(','),
            take_while_m_n(3, 3, |c: char| c.is_ascii_digit()),
        )),
    ))
    .parse(input)
}

/// An integer part: thousands-separated or plain digits.
fn integer_part(input: &str) -> StrResult<'_, &str> {
    alt((thousands_separated, digits)).parse(input)
}

/// `1,234.5`, `1.5`, `13000`, `.5`: an integer part with an optional fraction, or a bare fraction.
fn decimal(input: &str) -> StrResult<'_, &str> {
    alt((
        recognize((integer_part, opt((char('.'), digits)))),
        recognize((char('.'), digits)),
    ))
    .parse(input)
}

/// `1.5e6`, `12E-1`: a decimal and a power of ten of up to four digits. A capital `E` with no
/// sign after an integer names a model (`the Boeing 7E7`), not a power of ten.
fn scientific(input: &str) -> StrResult<'_, (&str, &str)> {
    let (rest, (mantissa, e, exponent)) = (
        decimal,
        one_of("eE"),
        recognize((
            opt(one_of("+-")),
            take_while_m_n(1, 4, |c: char| c.is_ascii_digit()),
        )),
    )
        .parse(input)?;
    if e == 'E' && !exponent.starts_with(['+', '-']) && !mantissa.contains('.') {
        return Err(nom::Err::Error(()));
    }
    Ok((rest, (mantissa, exponent)))
}

/// The value of `mantissa` times ten to `exponent`; none when it does not fit.
fn scientific_value(mantissa: &str, exponent: &str) -> Option<Value> {
    let m = Value::parse_grouped_decimal(mantissa)?;
    let e: i32 = exponent.parse().ok()?;
    let scale = Value::power_of_ten(e.unsigned_abs())?;
    if e >= 0 {
        m.checked_mul(scale)
    } else {
        m.checked_div(scale)
    }
}

/// `3/4/2020`, `2020/3/4`, `3.4.2020` with a four-digit year.
fn slashed_date(input: &str) -> StrResult<'_, ()> {
    let (rest, parts) = separated_list1(char('/'), digits).parse(input)?;
    if parts.len() == 3 && parts.iter().any(|p| p.len() == 4) {
        Ok((rest, ()))
    } else {
        Err(nom::Err::Error(()))
    }
}

/// `10:30`, `22:15:05`, and ratios `2:1`.
fn clock(input: &str) -> StrResult<'_, ()> {
    let (rest, _) = (digits, many1_count((char(':'), digits))).parse(input)?;
    Ok((rest, ()))
}

/// `1/2`, `3/4`.
fn slash_fraction(input: &str) -> StrResult<'_, (&str, &str)> {
    let (rest, (n, _, d)) = (digits, tag("/"), digits).parse(input)?;
    Ok((rest, (n, d)))
}

/// Reads the text of a digit token.
pub(crate) fn digit_form(text: &str) -> DigitForm {
    // The common case first: plain digits, read without a parser or an allocation.
    if !text.is_empty() && text.len() <= 36 && text.bytes().all(|b| b.is_ascii_digit()) {
        let n = text
            .bytes()
            .fold(0i128, |n, b| n * 10 + i128::from(b - b'0'));
        return DigitForm::Number(Some(Value::integer(n)));
    }
    let mut chars = text.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && let Some((n, d)) = vulgar_fraction(c)
    {
        return DigitForm::Fraction(Value::ratio(n, d));
    }
    if text.len() > MAX_NUMERAL_BYTES {
        return if text.bytes().all(|b| b.is_ascii_digit()) {
            DigitForm::Number(None)
        } else {
            DigitForm::Ambiguous
        };
    }
    if let Ok((_, n)) = all_consuming(decimal).parse(text) {
        return DigitForm::Number(Value::parse_grouped_decimal(n));
    }
    // Thousands grouped by spaces or apostrophes (`40 000`, `5\u{A0}000`, `5'000`): groups of
    // exactly three after the first, as SI and Swiss style write them.
    let spaced = |c: char| matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}' | '\'');
    let grouped: String = if text.contains(spaced) {
        text.chars()
            .map(|c| if spaced(c) { ',' } else { c })
            .collect()
    } else {
        String::new()
    };
    if !grouped.is_empty()
        && grouped != text
        && let Ok((_, n)) =
            all_consuming(recognize((thousands_separated, opt((char('.'), digits)))))
                .parse(grouped.as_str())
    {
        return DigitForm::Number(Value::parse_grouped_decimal(n));
    }
    if let Ok((_, (mantissa, exponent))) = all_consuming(scientific).parse(text) {
        return DigitForm::Number(scientific_value(mantissa, exponent));
    }
    // `7E7`: digits with a capital letter inside name a model.
    if text.bytes().any(|b| b.is_ascii_uppercase()) {
        return DigitForm::Version;
    }
    if all_consuming(slashed_date).parse(text).is_ok() {
        return DigitForm::Date;
    }
    if all_consuming(clock).parse(text).is_ok() {
        return DigitForm::Time;
    }
    if let Ok((_, (n, d))) = all_consuming(slash_fraction).parse(text) {
        let value = match (n.parse::<i128>(), d.parse::<i128>()) {
            (Ok(n), Ok(d)) => Value::ratio(n, d),
            _ => None,
        };
        return DigitForm::Fraction(value);
    }
    if text.matches('.').count() >= 2 && !text.contains(',') {
        return DigitForm::Version;
    }
    // `1,2,3,4`: a list of numbers, not one.
    if text.matches(',').count() >= 2 && text.rsplit(',').next().is_some_and(|g| g.len() != 3) {
        return DigitForm::List;
    }
    DigitForm::Ambiguous
}

/// A number written in words, read from tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SpelledNumber {
    /// Tokens `start..end` of the numeral.
    pub start: usize,
    pub end: usize,
    pub value: Value,
    /// The last word is an ordinal (`twenty-first`) and no cardinal precedes it as a numerator.
    pub ordinal: bool,
    /// The numeral is a fraction (`two-thirds`, `a half`).
    pub fraction: bool,
}

/// The state of a spelled number: what the last word was, to know what may follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Last {
    Start,
    Unit,
    Teen,
    Tens,
    /// Digits below a thousand: `4` in `4 thousand`.
    Small,
    Hundred,
    Scale(u8),
}

impl Last {
    /// Whether the last word was a cardinal below a hundred (or small digits).
    fn is_cardinal(self) -> bool {
        matches!(self, Last::Unit | Last::Teen | Last::Tens | Last::Small)
    }
}

/// Accumulates the value of a spelled number, word by word.
#[derive(Clone, Copy, Debug)]
struct Accumulator {
    total: Value,
    current: Value,
    last: Last,
    /// The smallest scale used so far: a later scale must be smaller (`two million three
    /// thousand`), or the words are two numbers.
    min_scale: u8,
    words: usize,
}

impl Accumulator {
    fn new() -> Accumulator {
        Accumulator {
            total: Value::ZERO,
            current: Value::ZERO,
            last: Last::Start,
            min_scale: u8::MAX,
            words: 0,
        }
    }

    /// Adds a word; `false` when it cannot continue this number.
    fn push(&mut self, word: NumberWord) -> bool {
        let ok = match word {
            NumberWord::Unit(u) => {
                matches!(
                    self.last,
                    Last::Start | Last::Tens | Last::Hundred | Last::Scale(_)
                ) && self.add(i128::from(u))
            }
            NumberWord::Teen(t) => {
                matches!(self.last, Last::Start | Last::Hundred | Last::Scale(_))
                    && self.add(i128::from(t))
            }
            NumberWord::Tens(t) => {
                matches!(self.last, Last::Start | Last::Hundred | Last::Scale(_))
                    && self.add(i128::from(t))
            }
            NumberWord::Hundred => {
                matches!(
                    self.last,
                    Last::Start | Last::Unit | Last::Teen | Last::Tens | Last::Small
                ) && {
                    let base = if self.current == Value::ZERO {
                        Value::integer(1)
                    } else {
                        self.current
                    };
                    match base.checked_mul(Value::integer(100)) {
                        Some(v) => {
                            self.current = v;
                            true
                        }
                        None => false,
                    }
                }
            }
            NumberWord::Scale(e) => e < self.min_scale,
            _ => false,
        };
        if !ok {
            return false;
        }
        if let NumberWord::Scale(e) = word {
            let base = if self.current == Value::ZERO {
                Value::integer(1)
            } else {
                self.current
            };
            let Some(scaled) = Value::power_of_ten(u32::from(e)).and_then(|p| base.checked_mul(p))
            else {
                return false;
            };
            let Some(total) = self.total.checked_add(scaled) else {
                return false;
            };
            self.total = total;
            self.current = Value::ZERO;
            self.min_scale = e;
        }
        self.last = match word {
            NumberWord::Unit(_) => Last::Unit,
            NumberWord::Teen(_) => Last::Teen,
            NumberWord::Tens(_) => Last::Tens,
            NumberWord::Hundred => Last::Hundred,
            NumberWord::Scale(e) => Last::Scale(e),
            _ => self.last,
        };
        self.words += 1;
        true
    }

    /// Adds digits below a thousand, where a cardinal may stand: `4` in `4 thousand`.
    fn push_small(&mut self, n: i128) -> bool {
        if !matches!(self.last, Last::Start | Last::Hundred | Last::Scale(_)) || !self.add(n) {
            return false;
        }
        self.last = Last::Small;
        self.words += 1;
        true
    }

    fn add(&mut self, n: i128) -> bool {
        match self.current.checked_add(Value::integer(n)) {
            Some(v) => {
                self.current = v;
                true
            }
            None => false,
        }
    }

    fn value(&self) -> Option<Value> {
        self.total.checked_add(self.current)
    }
}

/// The number word a token is, from its lexicon entry (`million` is a scale).
pub(crate) fn number_word(t: &Token) -> Option<NumberWord> {
    if !t.is_word() || !t.is(Class::NUMBER) {
        return None;
    }
    lexicon().entry(t.lex)?.number
}

/// The number words of a hyphenated token (`twenty-one`, `two-thirds`), when every part is one.
fn hyphenated_parts(text: &str) -> Option<(NumberWord, NumberWord)> {
    let (a, b) = text.split_once('-')?;
    let lex = lexicon();
    let word = |w: &str| lex.find(w.as_bytes()).and_then(|id| lex.entry(id)?.number);
    Some((word(a)?, word(b)?))
}

/// Reads a spelled number starting at token `start`, reading no further than `end`.
///
/// Accepts `a hundred`, `a dozen`, `one hundred and three`, `two hundred and two thousand`,
/// `twenty-one`, `4 thousand 3 hundred and 21`, `3 dozen`, `three quarters`, `one and a half`,
/// `3 million and a half`, `two-thirds`, `a third`, `half a million`, `a quarter million`,
/// `two hundred point zero three`, `twenty-first`, `two hundredth`, `three thousand millions`.
/// A digit token alone is not a spelled number: the digit grammar reads it.
pub(crate) fn spelled_number(
    tokens: &[Token],
    text: &str,
    start: usize,
    end: usize,
) -> Option<SpelledNumber> {
    Speller { tokens, text, end }.read(start)
}

struct Speller<'a> {
    tokens: &'a [Token],
    text: &'a str,
    end: usize,
}

/// What one token is to the speller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Word(NumberWord),
    /// `twenty-one`, `two-thirds`: two number words in one token.
    Pair(NumberWord, NumberWord),
    /// Digits without separators, below a thousand: `4` in `4 thousand`.
    Small(i128),
    /// A plural scale: `millions` in `three thousand millions`.
    Scales(u8),
    /// A plural ordinal: `thirds`, `fifths`, a fraction's denominator.
    Denominators(u64),
    And,
    Point,
    Article,
    Other,
}

impl Speller<'_> {
    fn part(&self, i: usize) -> Part {
        if i >= self.end {
            return Part::Other;
        }
        let Some(t) = self.tokens.get(i) else {
            return Part::Other;
        };
        // Most words are no part of a number: a bit test and a length test send them away.
        // A hyphenated number (`twenty-firsts`) carries the tokenizer's flag; what else may
        // join one is `a`, `an`, `oh`, `and` or `point`.
        if t.is_word()
            && !t.is(Class::NUMBER)
            && !t.has(Flags::NUMBER_WORDS)
            && !matches!(t.end - t.start, 1 | 2 | 3 | 5)
        {
            return Part::Other;
        }
        let w = t.text(self.text);
        if t.kind == Kind::Number {
            return match w.parse::<i128>() {
                Ok(n) if n < 1000 && w.bytes().all(|b| b.is_ascii_digit()) => Part::Small(n),
                _ => Part::Other,
            };
        }
        if !t.is_word() {
            return Part::Other;
        }
        if let Some(word) = number_word(t) {
            let plural = w.ends_with(['s', 'S']);
            return match word {
                NumberWord::Magnitude(e) if e >= 3 => Part::Scales(e),
                NumberWord::Magnitude(_) | NumberWord::Multiple(_) | NumberWord::Factor(..) => {
                    Part::Other
                }
                NumberWord::Ordinal(n) if plural => Part::Denominators(n),
                NumberWord::Denominator(n) if plural => Part::Denominators(n),
                _ => Part::Word(word),
            };
        }
        if let Some((a, b)) = hyphenated_parts(w) {
            // `twenty-fifths`: a compound ordinal in the plural is a denominator.
            if let (NumberWord::Tens(t), NumberWord::Ordinal(o)) = (a, b)
                && w.ends_with(['s', 'S'])
            {
                return Part::Denominators(u64::from(t) + o);
            }
            return Part::Pair(a, b);
        }
        // `twenty-firsts`, `thirty-seconds`: the plural of an ordinal that is no
        // denominator alone.
        if let Some(singular) = w.strip_suffix(['s', 'S'])
            && let Some((NumberWord::Tens(t), NumberWord::Ordinal(o))) = hyphenated_parts(singular)
        {
            return Part::Denominators(u64::from(t) + o);
        }
        let lower = w.fold_ascii();
        match lower.as_str() {
            "and" => Part::And,
            "point" => Part::Point,
            "a" | "an" => Part::Article,
            "oh" => Part::Word(NumberWord::Unit(0)),
            _ => Part::Other,
        }
    }

    /// Whether what follows `a third` at `i` makes it a share: a function word (`of`, `to`),
    /// a comparison, a participle, or no word at all; a noun makes it a rank (`a third term`).
    fn part_of_whole(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i).filter(|_| i < self.end) else {
            return true;
        };
        if !t.is_word() || t.is(Class::FUNCTION) {
            return true;
        }
        let w = t.text(self.text).fold_ascii();
        // `nearly a fifth saying`: a participle has the share as its subject.
        w.ends_with("ing")
            || matches!(
                w.as_str(),
                "more"
                    | "less"
                    | "fewer"
                    | "larger"
                    | "smaller"
                    | "bigger"
                    | "higher"
                    | "lower"
                    | "cheaper"
                    | "again"
            )
    }

    fn read(&self, start: usize) -> Option<SpelledNumber> {
        let done = |end: usize, value: Option<Value>, ordinal: bool, fraction: bool| {
            Some(SpelledNumber {
                start,
                end,
                value: value?,
                ordinal,
                fraction,
            })
        };
        let mut i = start;
        // `a hundred`, `a dozen`, `a third`, `a quarter million`, `half a million`.
        let mut article = false;
        if self.part(i) == Part::Article {
            article = true;
            i += 1;
        }
        // `half a million`, `a quarter million`, `half million`
        if let Part::Word(NumberWord::Denominator(d)) = self.part(i) {
            let mut k = i + 1;
            // `a quarter of a million`
            let of = self
                .tokens
                .get(k)
                .is_some_and(|t| t.is_word() && t.text(self.text).eq_ignore_ascii_case("of"));
            if of && self.part(k + 1) == Part::Article {
                k += 1;
            }
            if self.part(k) == Part::Article {
                k += 1;
            }
            if let Part::Word(NumberWord::Scale(e)) = self.part(k) {
                let value = Value::power_of_ten(u32::from(e))
                    .and_then(|p| p.checked_div(Value::integer(i128::from(d))));
                return done(k + 1, value, false, false);
            }
            // `half a dozen`, `a half dozen`: six.
            if self.part(k) == Part::Word(NumberWord::Dozen) {
                let value = Value::integer(12).checked_div(Value::integer(i128::from(d)));
                return done(k + 1, value, false, false);
            }
            if article {
                // `a half`, `a quarter`
                return done(i + 1, Value::ratio(1, i128::from(d)), false, true);
            }
            return None;
        }
        if article {
            match self.part(i) {
                Part::Word(
                    NumberWord::Hundred
                    | NumberWord::Scale(_)
                    | NumberWord::Dozen
                    | NumberWord::Couple,
                ) => {}
                // `a third`, `a fifth of`, `a hundredth`, `a twenty-first`: one part of so
                // many; before a noun an ordinal (`a third term`), read without the article.
                Part::Word(NumberWord::Ordinal(n)) if n >= 3 => {
                    return self
                        .part_of_whole(i + 1)
                        .then(|| done(i + 1, Value::ratio(1, i128::from(n)), false, true))?;
                }
                Part::Pair(NumberWord::Tens(t), NumberWord::Ordinal(o)) if o < 10 => {
                    let n = i128::from(t) + i128::from(o);
                    return self
                        .part_of_whole(i + 1)
                        .then(|| done(i + 1, Value::ratio(1, n), false, true))?;
                }
                _ => return None,
            }
        }
        let mut acc = Accumulator::new();
        let mut last_end = start;
        let mut value: Option<Value> = None;
        let mut only_digits = true;
        // Digits go on a number that opened with digits (`4 thousand 3 hundred and 21`); after
        // words they are a number of their own (`eight million 250ml bottles`).
        let first = i;
        while i < self.end {
            match self.part(i) {
                Part::Small(n) => {
                    let after_words = acc.words > 0 && !matches!(self.part(first), Part::Small(_));
                    if after_words || !acc.push_small(n) {
                        break;
                    }
                    value = acc.value();
                    last_end = i + 1;
                }
                Part::Word(NumberWord::Dozen) => {
                    let base = if acc.words == 0 {
                        Value::integer(1)
                    } else {
                        acc.value()?
                    };
                    return done(i + 1, base.checked_mul(Value::integer(12)), false, false);
                }
                Part::Word(NumberWord::Couple) => {
                    if article && acc.words == 0 {
                        return done(i + 1, Some(Value::integer(2)), false, false);
                    }
                    break;
                }
                Part::Word(NumberWord::Ordinal(n)) => {
                    only_digits = false;
                    let power_of_ten = n >= 100
                        && n.to_string()
                            .trim_start_matches('1')
                            .bytes()
                            .all(|b| b == b'0');
                    if acc.words > 0 && power_of_ten && acc.last.is_cardinal() {
                        // `two hundredth`: the scale made an ordinal.
                        let v = acc.value()?.checked_mul(Value::integer(i128::from(n)));
                        return done(i + 1, v, true, false);
                    }
                    if acc.words > 0 && acc.last.is_cardinal() && n >= 3 {
                        // `two third` (a fraction written singular)
                        let v = acc.value()?.checked_div(Value::integer(i128::from(n)));
                        return done(i + 1, v, false, true);
                    }
                    if acc.words == 0
                        || matches!(acc.last, Last::Hundred | Last::Scale(_) | Last::Tens)
                    {
                        let v = acc.value()?.checked_add(Value::integer(i128::from(n)));
                        return done(i + 1, v, true, false);
                    }
                    break;
                }
                Part::Denominators(d) | Part::Word(NumberWord::Denominator(d)) => {
                    if acc.words > 0 {
                        let v = acc.value()?.checked_div(Value::integer(i128::from(d)));
                        return done(i + 1, v, false, true);
                    }
                    break;
                }
                Part::Scales(e) if acc.words > 0 => {
                    // `three thousand millions`: the whole so far, times the scale.
                    let v = acc
                        .value()
                        .and_then(|v| v.checked_mul(Value::power_of_ten(u32::from(e))?));
                    return done(i + 1, v, false, false);
                }
                Part::Word(w) => {
                    only_digits = false;
                    if !acc.push(w) {
                        break;
                    }
                    value = acc.value();
                    last_end = i + 1;
                }
                Part::Pair(a, b) => {
                    only_digits = false;
                    match (a, b) {
                        (NumberWord::Tens(_), NumberWord::Unit(u)) if u > 0 => {
                            if !(acc.push(a) && acc.push(b)) {
                                break;
                            }
                            value = acc.value();
                            last_end = i + 1;
                        }
                        (NumberWord::Tens(t), NumberWord::Ordinal(o)) if o < 10 => {
                            let v = acc
                                .value()?
                                .checked_add(Value::integer(i128::from(t) + i128::from(o)));
                            return done(i + 1, v, true, false);
                        }
                        (NumberWord::Unit(n) | NumberWord::Teen(n), NumberWord::Ordinal(d))
                            if acc.words == 0 && d >= 2 =>
                        {
                            return done(
                                i + 1,
                                Value::ratio(i128::from(n), i128::from(d)),
                                false,
                                true,
                            );
                        }
                        (NumberWord::Unit(n), NumberWord::Denominator(d)) if acc.words == 0 => {
                            return done(
                                i + 1,
                                Value::ratio(i128::from(n), i128::from(d)),
                                false,
                                true,
                            );
                        }
                        _ => break,
                    }
                }
                Part::And if acc.words > 0 => {
                    let next = self.part(i + 1);
                    // `and a half`, `and a quarter`, `and two thirds`: a fraction added, of
                    // the scale when one closes the number (`3 million and a half`).
                    let unit = match acc.last {
                        Last::Scale(e) => Value::power_of_ten(u32::from(e))?,
                        _ => Value::integer(1),
                    };
                    let scaled = matches!(acc.last, Last::Scale(_));
                    if next == Part::Article
                        && let Some(frac) = self.fraction_at(i + 2)
                    {
                        let v = acc.value()?.checked_add(frac.checked_mul(unit)?);
                        return done(i + 3, v, false, !scaled);
                    }
                    if let Some((frac, after)) = self.counted_fraction_at(i + 1) {
                        let v = acc.value()?.checked_add(frac.checked_mul(unit)?);
                        return done(after, v, false, !scaled);
                    }
                    // `one hundred and three`, `two thousand and two hundred`
                    let continues = matches!(
                        next,
                        Part::Word(
                            NumberWord::Unit(_)
                                | NumberWord::Teen(_)
                                | NumberWord::Tens(_)
                                | NumberWord::Ordinal(_)
                        ) | Part::Pair(NumberWord::Tens(_), _)
                            | Part::Small(_)
                    ) && matches!(acc.last, Last::Hundred | Last::Scale(_))
                        // `between 100 million and 118 million`: a scale no smaller than one
                        // already read opens a second number.
                        && !matches!(
                            self.part(i + 2),
                            Part::Word(NumberWord::Scale(e)) | Part::Scales(e) if e >= acc.min_scale
                        );
                    if !continues {
                        break;
                    }
                }
                Part::Point if acc.words > 0 => {
                    // `two hundred point zero three`: digits after the point, one word each.
                    let mut k = i + 1;
                    let mut digits = String::new();
                    match self.part(k) {
                        // `one point 25`: digits after a spelled point.
                        Part::Small(_) => {
                            if let Some(t) = self.tokens.get(k) {
                                digits.push_str(t.text(self.text));
                            }
                            k += 1;
                        }
                        // `nought point eleven`: a teen read as its two digits.
                        Part::Word(NumberWord::Teen(n)) => {
                            digits.push_str(&n.to_string());
                            k += 1;
                        }
                        _ => {
                            while let Part::Word(NumberWord::Unit(d)) = self.part(k) {
                                digits.push(char::from(b'0' + d));
                                k += 1;
                            }
                        }
                    }
                    if digits.is_empty() {
                        break;
                    }
                    let frac = Value::parse_decimal(&format!("0.{digits}"))?;
                    let v = acc.value()?.checked_add(frac);
                    return done(k, v, false, false);
                }
                _ => break,
            }
            i += 1;
        }
        if last_end == start || (only_digits && !article) {
            return None;
        }
        done(last_end, value, false, false)
    }

    /// `half`, `quarter`, `fifth`: the fraction after `and a`.
    fn fraction_at(&self, i: usize) -> Option<Value> {
        match self.part(i) {
            Part::Word(NumberWord::Denominator(d)) => Value::ratio(1, i128::from(d)),
            Part::Word(NumberWord::Ordinal(n)) if n >= 3 => Value::ratio(1, i128::from(n)),
            _ => None,
        }
    }

    /// `two thirds`, `two-thirds` at `i`: the fraction and the token after it.
    fn counted_fraction_at(&self, i: usize) -> Option<(Value, usize)> {
        match (self.part(i), self.part(i + 1)) {
            (
                Part::Word(NumberWord::Unit(n) | NumberWord::Teen(n)),
                Part::Denominators(d)
                | Part::Word(NumberWord::Ordinal(d) | NumberWord::Denominator(d)),
            ) if d >= 2 => Some((Value::ratio(i128::from(n), i128::from(d))?, i + 2)),
            (
                Part::Pair(
                    NumberWord::Unit(n),
                    NumberWord::Ordinal(d) | NumberWord::Denominator(d),
                ),
                _,
            ) => Some((Value::ratio(i128::from(n), i128::from(d))?, i + 1)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::token::tokenize;

    #[test]
    fn digit_forms() {
        let n = |s: &str| match digit_form(s) {
            DigitForm::Number(v) => v.map(|v| v.to_f64()),
            _ => None,
        };
        assert_eq!(n("13,000"), Some(13000.0));
        assert_eq!(n("1,234,567.89"), Some(1_234_567.89));
        assert_eq!(n("1.5"), Some(1.5));
        assert_eq!(n(".5"), Some(0.5));
        assert_eq!(n("2020"), Some(2020.0));
        assert_eq!(digit_form("1,23"), DigitForm::Ambiguous);
        assert_eq!(digit_form("1,2,3,4"), DigitForm::List);
        assert_eq!(digit_form("1,23,456"), DigitForm::Ambiguous);
        assert_eq!(
            digit_form("5'000"),
            DigitForm::Number(Some(Value::integer(5000)))
        );
        assert_eq!(
            digit_form("40 000\u{A0}000"),
            DigitForm::Number(Some(Value::integer(40_000_000)))
        );
        assert_eq!(n("1\u{202F}234\u{202F}567.89"), Some(1_234_567.89));
        assert_eq!(digit_form("3,5"), DigitForm::Ambiguous);
        assert_eq!(digit_form("1.5.2"), DigitForm::Version);
        // Scientific notation, but not a model's name with a capital `E`.
        assert_eq!(digit_form("2E-3"), DigitForm::Number(Value::ratio(2, 1000)));
        assert_eq!(
            digit_form("1e6"),
            DigitForm::Number(Some(Value::integer(1_000_000)))
        );
        assert_eq!(digit_form("7E7"), DigitForm::Version);
        assert_eq!(digit_form("3/4/2020"), DigitForm::Date);
        assert_eq!(digit_form("10:30"), DigitForm::Time);
        assert_eq!(digit_form("1/2"), DigitForm::Fraction(Value::ratio(1, 2)));
        assert_eq!(digit_form(&"9".repeat(100)), DigitForm::Number(None));
        assert_eq!(digit_form(&"9".repeat(50)), DigitForm::Number(None));
        // Scientific notation, exact: `12e-1` is 6/5, not a float near it.
        assert_eq!(digit_form("12e-1"), DigitForm::Number(Value::ratio(6, 5)));
        assert_eq!(n("1.5E6"), Some(1_500_000.0));
        assert_eq!(n("2e+3"), Some(2000.0));
        assert_eq!(digit_form("1e99999"), DigitForm::Ambiguous);
    }

    fn spelled(text: &str) -> Option<(f64, &str, bool, bool)> {
        let mut toks = Vec::new();
        tokenize(text, &mut toks, &mut Default::default());
        let n = spelled_number(&toks, text, 0, toks.len())?;
        let from = toks.get(n.start)?.start as usize;
        let to = toks.get(n.end - 1)?.end as usize;
        Some((n.value.to_f64(), text.get(from..to)?, n.ordinal, n.fraction))
    }

    #[test]
    fn and_before_a_scale_as_large_opens_a_second_number() {
        // `100 million and 118 million` is two numbers, not `100,000,118` millions.
        assert_eq!(
            spelled("100 million and 118 million"),
            Some((100_000_000.0, "100 million", false, false))
        );
        assert_eq!(
            spelled("two million and three million"),
            Some((2_000_000.0, "two million", false, false))
        );
        // A smaller scale goes on the number.
        assert_eq!(
            spelled("two million and three thousand"),
            Some((2_003_000.0, "two million and three thousand", false, false))
        );
    }

    #[test]
    fn spelled_cardinals() {
        assert_eq!(spelled("seven cases"), Some((7.0, "seven", false, false)));
        assert_eq!(
            spelled("twenty-one"),
            Some((21.0, "twenty-one", false, false))
        );
        assert_eq!(
            spelled("two hundred and five people"),
            Some((205.0, "two hundred and five", false, false))
        );
        assert_eq!(
            spelled("nine hundred ninety-nine trillion"),
            Some((999e12, "nine hundred ninety-nine trillion", false, false))
        );
        assert_eq!(
            spelled("two million three hundred thousand"),
            Some((
                2_300_000.0,
                "two million three hundred thousand",
                false,
                false
            ))
        );
        assert_eq!(
            spelled("a hundred"),
            Some((100.0, "a hundred", false, false))
        );
        assert_eq!(
            spelled("a dozen eggs"),
            Some((12.0, "a dozen", false, false))
        );
        assert_eq!(spelled("a couple"), Some((2.0, "a couple", false, false)));
        assert_eq!(spelled("a man"), None);
        assert_eq!(spelled("five twenty"), Some((5.0, "five", false, false)));
    }

    #[test]
    fn spelled_compounds() {
        assert_eq!(
            spelled("two hundred and two thousand").map(|s| s.0),
            Some(202_000.0)
        );
        assert_eq!(
            spelled("two thousand and two hundred").map(|s| s.0),
            Some(2_200.0)
        );
        assert_eq!(
            spelled("4 thousand 3 hundred and 21").map(|s| s.0),
            Some(4_321.0)
        );
        assert_eq!(spelled("3 dozens").map(|s| s.0), Some(36.0));
        assert_eq!(
            spelled("3 million and a half").map(|s| s.0),
            Some(3_500_000.0)
        );
        assert_eq!(
            spelled("two million and one half").map(|s| s.0),
            Some(2_500_000.0)
        );
        assert_eq!(spelled("half a million").map(|s| s.0), Some(500_000.0));
        assert_eq!(spelled("half a dozen").map(|s| s.0), Some(6.0));
        assert_eq!(spelled("a half dozen").map(|s| s.0), Some(6.0));
        assert_eq!(spelled("a quarter million").map(|s| s.0), Some(250_000.0));
        assert_eq!(
            spelled("two hundred point zero three").map(|s| s.0),
            Some(200.03)
        );
        // Digits or a teen after a spelled point.
        assert_eq!(spelled("one point 25").map(|s| s.0), Some(1.25));
        assert_eq!(spelled("nought point eleven").map(|s| s.0), Some(0.11));
        assert_eq!(spelled("three thousand millions").map(|s| s.0), Some(3e9));
        assert_eq!(
            spelled("two hundredth").map(|s| (s.0, s.2)),
            Some((200.0, true))
        );
        assert_eq!(
            spelled("a third").map(|s| (s.0, s.3)),
            Some((1.0 / 3.0, true))
        );
        assert_eq!(spelled("three and a fifth").map(|s| s.0), Some(3.2));
        assert_eq!(spelled("millions of people"), None);
        assert_eq!(spelled("42"), None);
    }

    #[test]
    fn spelled_fractions_and_ordinals() {
        assert_eq!(
            spelled("two-thirds"),
            Some((2.0 / 3.0, "two-thirds", false, true))
        );
        assert_eq!(
            spelled("two thirds"),
            Some((2.0 / 3.0, "two thirds", false, true))
        );
        assert_eq!(
            spelled("one and a half"),
            Some((1.5, "one and a half", false, true))
        );
        let (v, s, _, f) = spelled("one hundred and three and two thirds").unwrap_or_default();
        assert!((v - (103.0 + 2.0 / 3.0)).abs() < 1e-9);
        assert_eq!((s, f), ("one hundred and three and two thirds", true));
        assert_eq!(spelled("third"), Some((3.0, "third", true, false)));
        assert_eq!(
            spelled("twenty-first"),
            Some((21.0, "twenty-first", true, false))
        );
        assert_eq!(
            spelled("one hundred and twentieth"),
            Some((120.0, "one hundred and twentieth", true, false))
        );
    }
}
