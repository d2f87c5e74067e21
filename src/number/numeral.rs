//! Numerals: the text of a digit token (`13,000`, `1.5`, `3/4/2020`) and runs of number words
//! (`two hundred and five`, `twenty-one`, `two-thirds`), read into exact values.

use super::value::Value;
use crate::lexicon::numbers::NumberWord;
use crate::lexicon::{Class, lexicon};
use crate::segment::token::Token;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n, take_while1};
use nom::character::complete::char;
use nom::combinator::{all_consuming, opt, recognize};
use nom::multi::{many1_count, separated_list1};
use nom::{IResult, Parser};

/// Longest digit numeral read for a value; longer ones get no value.
pub(crate) const MAX_NUMERAL_BYTES: usize = 64;

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
    /// A version or other dotted identifier: `1.5.2`.
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
    if text.len() > MAX_NUMERAL_BYTES {
        return if text.bytes().all(|b| b.is_ascii_digit()) {
            DigitForm::Number(None)
        } else {
            DigitForm::Ambiguous
        };
    }
    if let Ok((_, n)) = all_consuming(decimal).parse(text) {
        let plain: String = n.chars().filter(|&c| c != ',').collect();
        return DigitForm::Number(Value::parse_decimal(&plain));
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
    Hundred,
    Scale(u8),
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
                    Last::Start | Last::Unit | Last::Teen | Last::Tens
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

/// The number word a lexicon entry holds.
fn number_word(t: &Token) -> Option<NumberWord> {
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
/// Accepts `a hundred`, `a dozen`, `one hundred and three`, `twenty-one`, `three quarters`,
/// `one and a half`, `two-thirds`, `twenty-first`. Digits may open it when a scale follows
/// (`1.5 million` is read by the claim grammar, which calls this with the digits' value).
pub(crate) fn spelled_number(
    tokens: &[Token],
    text: &str,
    start: usize,
    end: usize,
) -> Option<SpelledNumber> {
    spelled_number_within(tokens, text, start, end, 2)
}

/// [`spelled_number`], reading at most `ands` more `and`-joined parts: `one hundred and three
/// and two thirds` needs two, and the bound keeps `one and one and one ...` from recursing
/// without end.
fn spelled_number_within(
    tokens: &[Token],
    text: &str,
    start: usize,
    end: usize,
    ands: u8,
) -> Option<SpelledNumber> {
    let mut acc = Accumulator::new();
    let mut i = start;
    // `a hundred`, `a dozen`, `a million`
    let mut article = false;
    if let Some(t) = tokens.get(i)
        && t.is_word()
        && matches!(t.text(text), "a" | "A" | "an" | "An")
        && tokens.get(i + 1).and_then(number_word).is_some_and(|w| {
            matches!(
                w,
                NumberWord::Hundred
                    | NumberWord::Scale(_)
                    | NumberWord::Dozen
                    | NumberWord::Couple
                    | NumberWord::Denominator(_)
            )
        })
    {
        article = true;
        i += 1;
    }
    let mut last_end = start;
    let mut ordinal = false;
    let mut fraction = false;
    let mut value: Option<Value> = None;
    while i < end {
        let Some(t) = tokens.get(i) else { break };
        let word_text = t.text(text);
        if let Some(w) = number_word(t) {
            match w {
                NumberWord::Dozen => {
                    let base = if acc.words == 0 {
                        Value::integer(1)
                    } else {
                        acc.value()?
                    };
                    value = base.checked_mul(Value::integer(12));
                    last_end = i + 1;
                    break;
                }
                NumberWord::Couple if article => {
                    value = Some(Value::integer(2));
                    last_end = i + 1;
                    break;
                }
                NumberWord::Couple => break,
                NumberWord::Ordinal(n) => {
                    // After a cardinal it is a denominator: `two thirds`; alone an ordinal.
                    if acc.words > 0
                        && matches!(acc.last, Last::Unit | Last::Teen | Last::Tens)
                        && n >= 3
                    {
                        let num = acc.value()?;
                        value = num.checked_div(Value::integer(i128::from(n)));
                        fraction = true;
                    } else if acc.words == 0
                        || matches!(acc.last, Last::Hundred | Last::Scale(_) | Last::Tens)
                    {
                        let base = acc.value()?;
                        value = base.checked_add(Value::integer(i128::from(n)));
                        ordinal = true;
                    } else {
                        break;
                    }
                    last_end = i + 1;
                    break;
                }
                NumberWord::Denominator(d) => {
                    if article || acc.words > 0 {
                        let num = if acc.words == 0 {
                            Value::integer(1)
                        } else {
                            acc.value()?
                        };
                        value = num.checked_div(Value::integer(i128::from(d)));
                        fraction = true;
                        last_end = i + 1;
                    }
                    break;
                }
                _ => {
                    if !acc.push(w) {
                        break;
                    }
                    last_end = i + 1;
                    value = acc.value();
                }
            }
        } else if let Some((a, b)) = hyphenated_parts(word_text) {
            // `twenty-one`, `twenty-first`, `two-thirds`
            match (a, b) {
                (NumberWord::Tens(_), NumberWord::Unit(u)) if u > 0 => {
                    if !(acc.push(a) && acc.push(b)) {
                        break;
                    }
                    value = acc.value();
                    last_end = i + 1;
                }
                (NumberWord::Tens(t), NumberWord::Ordinal(o)) if o < 10 => {
                    let base = acc.value()?;
                    value = base.checked_add(Value::integer(i128::from(t) + i128::from(o)));
                    ordinal = true;
                    last_end = i + 1;
                    break;
                }
                (NumberWord::Unit(n) | NumberWord::Teen(n), NumberWord::Ordinal(d))
                    if acc.words == 0 && d >= 2 =>
                {
                    value = Value::ratio(i128::from(n), i128::from(d));
                    fraction = true;
                    last_end = i + 1;
                    break;
                }
                (NumberWord::Unit(n), NumberWord::Denominator(d)) if acc.words == 0 => {
                    value = Value::ratio(i128::from(n), i128::from(d));
                    fraction = true;
                    last_end = i + 1;
                    break;
                }
                _ => break,
            }
        } else if word_text.eq_ignore_ascii_case("and") && acc.words > 0 && ands > 0 {
            // `one hundred and three`, `one and a half`, `three and two thirds`
            let after = spelled_number_within(tokens, text, i + 1, end, ands - 1);
            match after {
                Some(rest)
                    if rest.fraction
                        || matches!(acc.last, Last::Hundred | Last::Scale(_)) && !rest.ordinal =>
                {
                    if rest.fraction || rest.value.to_i128().is_some_and(|v| v < 100) {
                        value = acc.value()?.checked_add(rest.value);
                        fraction |= rest.fraction;
                        last_end = rest.end;
                    }
                    break;
                }
                Some(rest)
                    if rest.ordinal && matches!(acc.last, Last::Hundred | Last::Scale(_)) =>
                {
                    value = acc.value()?.checked_add(rest.value);
                    ordinal = true;
                    last_end = rest.end;
                    break;
                }
                _ => break,
            }
        } else {
            break;
        }
        i += 1;
    }
    if last_end == start || (article && last_end == start + 1) {
        return None;
    }
    Some(SpelledNumber {
        start,
        end: last_end,
        value: value?,
        ordinal,
        fraction,
    })
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
        assert_eq!(digit_form("5'000"), DigitForm::Ambiguous);
        assert_eq!(digit_form("3,5"), DigitForm::Ambiguous);
        assert_eq!(digit_form("1.5.2"), DigitForm::Version);
        assert_eq!(digit_form("3/4/2020"), DigitForm::Date);
        assert_eq!(digit_form("10:30"), DigitForm::Time);
        assert_eq!(digit_form("1/2"), DigitForm::Fraction(Value::ratio(1, 2)));
        assert_eq!(digit_form(&"9".repeat(100)), DigitForm::Number(None));
        assert_eq!(digit_form(&"9".repeat(50)), DigitForm::Number(None));
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
