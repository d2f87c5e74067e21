//! Exact numeric values.
//!
//! News numbers are integers (`13,000`), decimals (`1.5 million`) and fractions (`two-thirds`).
//! A float would lose digits of large counts and turn `0.1` into a near value; an exact
//! rational with an `i128` numerator keeps every integer up to 1.7e38 and every decimal and
//! fraction exactly. Arithmetic is checked: a value that would overflow is no value, never a
//! wrong one.

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// An exact rational number: the value of a numeral.
///
/// Serializes as a JSON number when a double holds it well: an integer up to 2^53 either way
/// exactly, a smaller non-integer as the nearest float. Beyond 2^53, where a double would drop
/// digits, it serializes as a string of its decimal digits, which no JSON reader rounds. It
/// reads back from numbers and strings.
///
/// # Example
///
/// ```
/// let article = reportage::parse("It cost $1.5 billion and took two-thirds of the budget.")?;
/// let claims = article.numeric_claims();
/// assert_eq!(claims[0].value().and_then(|v| v.to_i128()), Some(1_500_000_000));
/// let share = claims[1].value().map(|v| v.to_f64());
/// assert!((share.unwrap_or(0.0) - 2.0 / 3.0).abs() < 1e-12);
/// # Ok::<(), reportage::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Value {
    num: i128,
    den: i128,
    /// A value read from JSON that no `i128` fraction holds (a float of thirty decimal places):
    /// kept as the float's bits, so that it writes back as it was read. `num`/`den` are 0/1
    /// then. Values read from text never have one.
    float: Option<u64>,
}

const fn gcd(mut a: i128, mut b: i128) -> i128 {
    // Numbers in text fit a machine word nearly always, and its division is a fraction of the
    // cost of a 128-bit one.
    let (ua, ub) = (a.unsigned_abs(), b.unsigned_abs());
    if ua <= u64::MAX as u128 && ub <= u64::MAX as u128 {
        let (mut x, mut y) = (ua as u64, ub as u64);
        while y != 0 {
            let t = x % y;
            x = y;
            y = t;
        }
        return x as i128;
    }
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    if a < 0 { -a } else { a }
}

impl Value {
    /// Zero.
    pub const ZERO: Value = Value {
        num: 0,
        den: 1,
        float: None,
    };

    /// The integer `n`.
    pub const fn integer(n: i128) -> Value {
        Value {
            num: n,
            den: 1,
            float: None,
        }
    }

    /// A float no fraction of `i128` holds exactly; see the `float` field.
    fn from_float(f: f64) -> Value {
        Value {
            float: Some(f.to_bits()),
            ..Value::ZERO
        }
    }

    /// `num / den`, reduced; `None` when `den` is zero or the reduction overflows.
    pub fn ratio(num: i128, den: i128) -> Option<Value> {
        if den == 0 {
            return None;
        }
        if den == 1 {
            return Some(Value::integer(num));
        }
        let g = gcd(num, den);
        let g = if g == 0 { 1 } else { g };
        let (mut num, mut den) = (num / g, den / g);
        if den < 0 {
            num = num.checked_neg()?;
            den = den.checked_neg()?;
        }
        Some(Value {
            num,
            den,
            float: None,
        })
    }

    /// `10^exp`, when it fits.
    pub fn power_of_ten(exp: u32) -> Option<Value> {
        Some(Value::integer(10i128.checked_pow(exp)?))
    }

    /// The value as a reduced fraction `(numerator, denominator)`, the denominator positive.
    /// `None` only for a value read from JSON as a float that no such fraction holds.
    pub fn as_ratio(&self) -> Option<(i128, i128)> {
        self.float.is_none().then_some((self.num, self.den))
    }

    /// The value as an integer, when it is one.
    pub fn to_i128(&self) -> Option<i128> {
        (self.den == 1 && self.float.is_none()).then_some(self.num)
    }

    /// The nearest float.
    pub fn to_f64(&self) -> f64 {
        /// Integers up to here convert to a double exactly.
        const EXACT: u128 = 1 << 53;
        if let Some(bits) = self.float {
            return f64::from_bits(bits);
        }
        if self.den == 1 {
            return self.num as f64;
        }
        // One correctly rounded division when both parts are exact doubles; otherwise the
        // decimal digits, which the standard parser rounds correctly.
        if self.num.unsigned_abs() <= EXACT && self.den.unsigned_abs() <= EXACT {
            return self.num as f64 / self.den as f64;
        }
        self.decimal_string()
            .and_then(|s| s.parse::<f64>().ok())
            .unwrap_or(self.num as f64 / self.den as f64)
    }

    /// `self + other`, or `None` on overflow.
    pub fn checked_add(self, other: Value) -> Option<Value> {
        if self.float.is_some() || other.float.is_some() {
            return None;
        }
        if self.den == 1 && other.den == 1 {
            return Some(Value::integer(self.num.checked_add(other.num)?));
        }
        let num = self
            .num
            .checked_mul(other.den)?
            .checked_add(other.num.checked_mul(self.den)?)?;
        Value::ratio(num, self.den.checked_mul(other.den)?)
    }

    /// `self * other`, or `None` on overflow.
    pub fn checked_mul(self, other: Value) -> Option<Value> {
        if self.float.is_some() || other.float.is_some() {
            return None;
        }
        if self.den == 1 && other.den == 1 {
            return Some(Value::integer(self.num.checked_mul(other.num)?));
        }
        // Cross-reduce first to keep the numbers small.
        let g1 = gcd(self.num, other.den).max(1);
        let g2 = gcd(other.num, self.den).max(1);
        let num = (self.num / g1).checked_mul(other.num / g2)?;
        let den = (self.den / g2).checked_mul(other.den / g1)?;
        Value::ratio(num, den)
    }

    /// `self / other`, or `None` on overflow or division by zero.
    pub fn checked_div(self, other: Value) -> Option<Value> {
        if other.num == 0 {
            return None;
        }
        self.checked_mul(Value::ratio(other.den, other.num)?)
    }

    /// `-self`, or `None` on overflow.
    pub fn checked_neg(self) -> Option<Value> {
        if let Some(bits) = self.float {
            return Some(Value::from_float(-f64::from_bits(bits)));
        }
        Some(Value {
            num: self.num.checked_neg()?,
            den: self.den,
            float: None,
        })
    }

    /// Whether the value is below zero.
    pub fn is_negative(&self) -> bool {
        self.to_f64() < 0.0
    }

    /// Reads a decimal numeral of ASCII digits with an optional `.` fraction (`1234.5`), with no
    /// separators; `None` when it holds anything else or does not fit.
    pub fn parse_decimal(digits: &str) -> Option<Value> {
        Self::parse_digits(digits, false)
    }

    /// [`Value::parse_decimal`] of digits whose integer part may group thousands with commas
    /// (`13,000.5`), read without copying them.
    pub(crate) fn parse_grouped_decimal(digits: &str) -> Option<Value> {
        Self::parse_digits(digits, true)
    }

    fn parse_digits(digits: &str, commas: bool) -> Option<Value> {
        let (int, frac) = match digits.split_once('.') {
            Some((i, f)) => (i, f),
            None => (digits, ""),
        };
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        let mut num: i128 = 0;
        let int = int.bytes().filter(|&b| !(commas && b == b','));
        for b in int.chain(frac.bytes()) {
            if !b.is_ascii_digit() {
                return None;
            }
            num = num.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
        }
        let den = 10i128.checked_pow(u32::try_from(frac.len()).ok()?)?;
        Value::ratio(num, den)
    }
}

impl Value {
    /// The value as exact decimal digits, when its denominator is a power of ten.
    fn decimal_string(&self) -> Option<String> {
        let mut places = 0u32;
        let mut den = self.den;
        while den % 10 == 0 {
            den /= 10;
            places += 1;
        }
        if den != 1 {
            return None;
        }
        let sign = if self.num < 0 { "-" } else { "" };
        let digits = self.num.unsigned_abs().to_string();
        if places == 0 {
            return Some(format!("{sign}{digits}"));
        }
        let places = places as usize;
        let padded = format!("{digits:0>width$}", width = places + 1);
        let (int, frac) = padded.split_at(padded.len() - places);
        Some(format!("{sign}{int}.{frac}"))
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.den == 1 && self.float.is_none() {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}", self.to_f64())
        }
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// The largest integer a double holds exactly.
        const EXACT: i128 = 1 << 53;
        if let Some(bits) = self.float {
            return serializer.serialize_f64(f64::from_bits(bits));
        }
        let small = self
            .num
            .checked_abs()
            .is_some_and(|n| n / self.den <= EXACT);
        match self.to_i128() {
            Some(n) if small => serializer.serialize_i64(i64::try_from(n).unwrap_or_default()),
            None if small => {
                // A fraction whose nearest double is whole is written as that whole number, so
                // that reading it back and writing it again gives the same text.
                let f = self.to_f64();
                if f.fract() == 0.0 {
                    serializer.serialize_i64(f as i64)
                } else {
                    serializer.serialize_f64(f)
                }
            }
            _ => match self.decimal_string() {
                Some(exact) => serializer.serialize_str(&exact),
                None => serializer.collect_str(&self.to_f64()),
            },
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
        struct ValueVisitor;

        impl Visitor<'_> for ValueVisitor {
            type Value = Value;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number")
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
                Ok(Value::integer(i128::from(v)))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
                Ok(Value::integer(i128::from(v)))
            }

            fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value, E> {
                Ok(Value::integer(v))
            }

            fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value, E> {
                i128::try_from(v)
                    .map(Value::integer)
                    .map_err(|_| E::custom("integer too large"))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
                let (negative, digits) = match v.strip_prefix('-') {
                    Some(rest) => (true, rest),
                    None => (false, v),
                };
                let value = Value::parse_decimal(digits)
                    .ok_or_else(|| E::custom(format!("{v:?} is not a number")))?;
                if negative {
                    value.checked_neg().ok_or_else(|| E::custom("overflow"))
                } else {
                    Ok(value)
                }
            }

            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
                // The float's shortest decimal form, read exactly: it serializes back to the
                // same float.
                let text = format!("{v}");
                let (negative, digits) = match text.strip_prefix('-') {
                    Some(rest) => (true, rest),
                    None => (false, text.as_str()),
                };
                let exact = Value::parse_decimal(digits).and_then(|value| {
                    if negative {
                        value.checked_neg()
                    } else {
                        Some(value)
                    }
                });
                // The exact fraction when it writes back as the same float; the float itself
                // when no `i128` fraction holds it.
                Ok(match exact {
                    Some(value) if value.to_f64().to_bits() == v.to_bits() => value,
                    _ => Value::from_float(v),
                })
            }
        }

        deserializer.deserialize_any(ValueVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_exact() {
        let v = Value::parse_decimal("1234567.89");
        assert_eq!(v, Value::ratio(123_456_789, 100));
        assert_eq!(Value::parse_decimal(".5"), Value::ratio(1, 2));
        assert_eq!(Value::parse_decimal("1,000"), None);
        assert_eq!(Value::parse_decimal(""), None);
        assert_eq!(Value::parse_decimal("."), None);
    }

    #[test]
    fn scaling_keeps_every_digit() {
        let v = Value::parse_decimal("1.5").and_then(|v| v.checked_mul(Value::power_of_ten(9)?));
        assert_eq!(v.and_then(|v| v.to_i128()), Some(1_500_000_000));
        let big = Value::parse_decimal("999999999999999999999")
            .and_then(|v| v.checked_mul(Value::power_of_ten(12)?));
        assert_eq!(
            big.and_then(|v| v.to_i128()),
            Some(999_999_999_999_999_999_999_000_000_000_000)
        );
    }

    #[test]
    fn overflow_is_no_value() {
        let nines = "9".repeat(60);
        assert_eq!(Value::parse_decimal(&nines), None);
        let max = Value::integer(i128::MAX);
        assert_eq!(max.checked_add(Value::integer(1)), None);
        assert_eq!(max.checked_mul(Value::integer(2)), None);
        assert_eq!(Value::ratio(1, 0), None);
        assert_eq!(Value::integer(1).checked_div(Value::ZERO), None);
    }

    #[test]
    fn fractions_reduce() {
        let two_thirds = Value::ratio(4, 6);
        assert_eq!(two_thirds.and_then(|v| v.as_ratio()), Some((2, 3)));
        assert_eq!(Value::ratio(3, -6), Value::ratio(-1, 2));
    }

    #[test]
    fn json_round_trip() {
        for v in [
            Value::integer(13_000),
            Value::integer(100_000_000_000_000_000_000),
            Value::integer(111_111_111_111_111_111_111),
            Value::integer(-(1 << 60)),
            Value::integer(i128::MAX),
            Value::ratio(6_666_666_666_666_666_666, 10).unwrap_or(Value::ZERO),
            Value::ratio(-1, 3).unwrap_or(Value::ZERO),
            Value::ratio(10_000_000_000_000_000_001, 3).unwrap_or(Value::ZERO),
            Value::ratio(9_999_999_999_000_001, 10i128.pow(37)).unwrap_or(Value::ZERO),
            Value::from_float(1e-300),
            Value::ratio(3, 2).unwrap_or(Value::ZERO),
            Value::ratio(-2, 3).unwrap_or(Value::ZERO),
        ] {
            let json = serde_json::to_string(&v).unwrap_or_default();
            let back: Value = serde_json::from_str(&json).unwrap_or(Value::ZERO);
            assert_eq!(serde_json::to_string(&back).unwrap_or_default(), json);
        }
        assert_eq!(
            serde_json::to_string(&Value::integer(13_000)).unwrap_or_default(),
            "13000"
        );
        assert_eq!(
            serde_json::to_string(&Value::integer(111_111_111_111_111_111_111)).unwrap_or_default(),
            "\"111111111111111111111\""
        );
    }
}
