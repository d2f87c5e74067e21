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
/// Serializes as a JSON integer when it is one (exactly, whatever its size), and otherwise as
/// the nearest float.
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
}

const fn gcd(mut a: i128, mut b: i128) -> i128 {
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    if a < 0 { -a } else { a }
}

impl Value {
    /// Zero.
    pub const ZERO: Value = Value { num: 0, den: 1 };

    /// The integer `n`.
    pub const fn integer(n: i128) -> Value {
        Value { num: n, den: 1 }
    }

    /// `num / den`, reduced; `None` when `den` is zero or the reduction overflows.
    pub fn ratio(num: i128, den: i128) -> Option<Value> {
        if den == 0 {
            return None;
        }
        let g = gcd(num, den);
        let g = if g == 0 { 1 } else { g };
        let (mut num, mut den) = (num / g, den / g);
        if den < 0 {
            num = num.checked_neg()?;
            den = den.checked_neg()?;
        }
        Some(Value { num, den })
    }

    /// `10^exp`, when it fits.
    pub fn power_of_ten(exp: u32) -> Option<Value> {
        Some(Value::integer(10i128.checked_pow(exp)?))
    }

    /// The numerator of the reduced fraction.
    pub fn numerator(&self) -> i128 {
        self.num
    }

    /// The denominator of the reduced fraction, always positive.
    pub fn denominator(&self) -> i128 {
        self.den
    }

    /// The value as an integer, when it is one.
    pub fn to_i128(&self) -> Option<i128> {
        (self.den == 1).then_some(self.num)
    }

    /// The nearest float.
    pub fn to_f64(&self) -> f64 {
        if self.den == 1 {
            self.num as f64
        } else {
            self.num as f64 / self.den as f64
        }
    }

    /// `self + other`, or `None` on overflow.
    pub fn checked_add(self, other: Value) -> Option<Value> {
        let num = self
            .num
            .checked_mul(other.den)?
            .checked_add(other.num.checked_mul(self.den)?)?;
        Value::ratio(num, self.den.checked_mul(other.den)?)
    }

    /// `self * other`, or `None` on overflow.
    pub fn checked_mul(self, other: Value) -> Option<Value> {
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
        Some(Value {
            num: self.num.checked_neg()?,
            den: self.den,
        })
    }

    /// Whether the value is below zero.
    pub fn is_negative(&self) -> bool {
        self.num < 0
    }

    /// Reads a decimal numeral of ASCII digits with an optional `.` fraction (`1234.5`), with no
    /// separators; `None` when it holds anything else or does not fit.
    pub fn parse_decimal(digits: &str) -> Option<Value> {
        let (int, frac) = match digits.split_once('.') {
            Some((i, f)) => (i, f),
            None => (digits, ""),
        };
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        let mut num: i128 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            if !b.is_ascii_digit() {
                return None;
            }
            num = num.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
        }
        let den = 10i128.checked_pow(u32::try_from(frac.len()).ok()?)?;
        Value::ratio(num, den)
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}", self.to_f64())
        }
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.to_i128() {
            Some(n) => match i64::try_from(n) {
                Ok(small) => serializer.serialize_i64(small),
                Err(_) => serializer.serialize_i128(n),
            },
            None => serializer.serialize_f64(self.to_f64()),
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

            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
                // The float's shortest decimal form, read exactly: it serializes back to the
                // same float.
                let text = format!("{v}");
                let (negative, digits) = match text.strip_prefix('-') {
                    Some(rest) => (true, rest),
                    None => (false, text.as_str()),
                };
                let value = Value::parse_decimal(digits)
                    .ok_or_else(|| E::custom(format!("number {v} cannot be read exactly")))?;
                if negative {
                    value.checked_neg().ok_or_else(|| E::custom("overflow"))
                } else {
                    Ok(value)
                }
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
        assert_eq!(
            two_thirds.map(|v| (v.numerator(), v.denominator())),
            Some((2, 3))
        );
        assert_eq!(Value::ratio(3, -6), Value::ratio(-1, 2));
    }

    #[test]
    fn json_round_trip() {
        for v in [
            Value::integer(13_000),
            Value::integer(100_000_000_000_000_000_000),
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
    }
}
