//! Number words: cardinals, scales, ordinals and fractions, as the number grammar reads them.

/// What a number word contributes to the value of a spelled-out number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumberWord {
    /// `zero` to `nine`.
    Unit(u8),
    /// `ten` to `nineteen`.
    Teen(u8),
    /// `twenty`, `thirty` ... `ninety`.
    Tens(u8),
    /// `hundred`: multiplies what stands before it, below a thousand.
    Hundred,
    /// `thousand`, `million`, `billion`, `trillion`: a power of ten.
    Scale(u8),
    /// `dozen`: twelve, or twelve times what stands before it.
    Dozen,
    /// `first`, `twenty-first` (read by parts), `hundredth`: an ordinal; `tens` for `twentieth`..,
    /// which can end a compound (`one hundred and twentieth`).
    Ordinal(u64),
    /// `half`, `halves`, `quarter`, `quarters`: a fraction's denominator only.
    Denominator(u64),
    /// `couple`, `pair`: two, after `a`.
    Couple,
    /// `tens`, `hundreds`, `thousands`, `millions`: an order of magnitude in the plural, the
    /// power of ten it counts in (`tens of thousands of people`); a scale after a number
    /// (`three thousand millions`).
    Magnitude(u8),
    /// `threefold`, `tenfold`: a multiple in one word (`three-fold` is read by its parts).
    Multiple(u16),
    /// `doubled`, `tripled`, `halved`: a verb that multiplies a quantity by a numerator over a
    /// denominator, a change of its own.
    Factor(u8, u8),
}

/// The number words, sorted. Ordinals that double as denominators (`third`, `fifths`) are listed
/// as ordinals; the grammar reads them as denominators after a cardinal (`two thirds`).
pub(crate) const NUMBER_WORDS: &[(&str, NumberWord)] = {
    use NumberWord::*;
    &[
        ("billion", Scale(9)),
        ("billions", Magnitude(9)),
        ("billionth", Ordinal(1_000_000_000)),
        ("billionths", Ordinal(1_000_000_000)),
        ("couple", Couple),
        ("cr", Scale(7)),
        ("crore", Scale(7)),
        ("crores", Scale(7)),
        ("doubled", Factor(2, 1)),
        ("doubling", Factor(2, 1)),
        ("doz", Dozen),
        ("dozen", Dozen),
        ("dozens", Dozen),
        ("dozs", Dozen),
        ("eight", Unit(8)),
        ("eighteen", Teen(18)),
        ("eighteenth", Ordinal(18)),
        ("eightfold", Multiple(8)),
        ("eighth", Ordinal(8)),
        ("eighths", Ordinal(8)),
        ("eightieth", Ordinal(80)),
        ("eighty", Tens(80)),
        ("eleven", Teen(11)),
        ("eleventh", Ordinal(11)),
        ("fifteen", Teen(15)),
        ("fifteenth", Ordinal(15)),
        ("fifth", Ordinal(5)),
        ("fifths", Ordinal(5)),
        ("fiftieth", Ordinal(50)),
        ("fifty", Tens(50)),
        ("fiftyfold", Multiple(50)),
        ("first", Ordinal(1)),
        ("five", Unit(5)),
        ("fivefold", Multiple(5)),
        ("fortieth", Ordinal(40)),
        ("forty", Tens(40)),
        ("four", Unit(4)),
        ("fourfold", Multiple(4)),
        ("fourteen", Teen(14)),
        ("fourteenth", Ordinal(14)),
        ("fourth", Ordinal(4)),
        ("fourths", Ordinal(4)),
        ("half", Denominator(2)),
        ("halve", Factor(1, 2)),
        ("halved", Factor(1, 2)),
        ("halves", Denominator(2)),
        ("halving", Factor(1, 2)),
        ("hundred", Hundred),
        ("hundredfold", Multiple(100)),
        ("hundreds", Magnitude(2)),
        ("hundredth", Ordinal(100)),
        ("hundredths", Ordinal(100)),
        ("lacs", Scale(5)),
        ("lakh", Scale(5)),
        ("lakhs", Scale(5)),
        ("lkh", Scale(5)),
        ("lkhs", Scale(5)),
        ("million", Scale(6)),
        ("millions", Magnitude(6)),
        ("millionth", Ordinal(1_000_000)),
        ("millionths", Ordinal(1_000_000)),
        ("naught", Unit(0)),
        ("nil", Unit(0)),
        ("nine", Unit(9)),
        ("ninefold", Multiple(9)),
        ("nineteen", Teen(19)),
        ("nineteenth", Ordinal(19)),
        ("nineth", Ordinal(9)),
        ("ninetieth", Ordinal(90)),
        ("ninety", Tens(90)),
        ("ninth", Ordinal(9)),
        ("ninths", Ordinal(9)),
        ("nought", Unit(0)),
        ("one", Unit(1)),
        ("pair", Couple),
        ("quadrupled", Factor(4, 1)),
        ("quadrupling", Factor(4, 1)),
        ("quarter", Denominator(4)),
        ("quarters", Denominator(4)),
        ("second", Ordinal(2)),
        ("seven", Unit(7)),
        ("sevenfold", Multiple(7)),
        ("seventeen", Teen(17)),
        ("seventeenth", Ordinal(17)),
        ("seventh", Ordinal(7)),
        ("sevenths", Ordinal(7)),
        ("seventieth", Ordinal(70)),
        ("seventy", Tens(70)),
        ("six", Unit(6)),
        ("sixfold", Multiple(6)),
        ("sixteen", Teen(16)),
        ("sixteenth", Ordinal(16)),
        ("sixth", Ordinal(6)),
        ("sixths", Ordinal(6)),
        ("sixtieth", Ordinal(60)),
        ("sixty", Tens(60)),
        ("ten", Teen(10)),
        ("tenfold", Multiple(10)),
        ("tens", Magnitude(1)),
        ("tenth", Ordinal(10)),
        ("tenths", Ordinal(10)),
        ("third", Ordinal(3)),
        ("thirds", Ordinal(3)),
        ("thirteen", Teen(13)),
        ("thirteenth", Ordinal(13)),
        ("thirtieth", Ordinal(30)),
        ("thirty", Tens(30)),
        ("thousand", Scale(3)),
        ("thousandfold", Multiple(1000)),
        ("thousands", Magnitude(3)),
        ("thousandth", Ordinal(1000)),
        ("thousandths", Ordinal(1000)),
        ("three", Unit(3)),
        ("threefold", Multiple(3)),
        ("trebled", Factor(3, 1)),
        ("trebling", Factor(3, 1)),
        ("trillion", Scale(12)),
        ("trillions", Magnitude(12)),
        ("trillionth", Ordinal(1_000_000_000_000)),
        ("trillionths", Ordinal(1_000_000_000_000)),
        ("tripled", Factor(3, 1)),
        ("tripling", Factor(3, 1)),
        ("twelfth", Ordinal(12)),
        ("twelve", Teen(12)),
        ("twelvefold", Multiple(12)),
        ("twentieth", Ordinal(20)),
        ("twenty", Tens(20)),
        ("twentyfold", Multiple(20)),
        ("two", Unit(2)),
        ("twofold", Multiple(2)),
        ("zero", Unit(0)),
    ]
};

/// Scale suffixes written right after digits or a currency amount: `20k`, `$4.2m`, `3bn`.
/// The exponent is the power of ten.
pub(crate) const SCALE_SUFFIXES: &[(&str, u8)] = &[
    ("b", 9),
    ("bil", 9),
    ("bln", 9),
    ("bn", 9),
    ("k", 3),
    ("m", 6),
    ("mil", 6),
    ("mill", 6),
    ("mln", 6),
    ("mm", 6),
    ("mn", 6),
    ("t", 12),
    ("tn", 12),
    ("tr", 12),
    ("trn", 12),
];

/// The most words of a row of [`QUALIFIERS`]: the claim scanner looks back no further from a
/// numeral.
pub(crate) const MAX_QUALIFIER_WORDS: usize = 5;

/// Words before a number that bound it, longest first within each opening word, with the bound
/// they give. `between` and `from` open ranges and are read by the range grammar. `a few` and
/// `several` bound only a scale word (`several hundred` is more than a hundred).
pub(crate) const QUALIFIERS: &[(&[&str], crate::model::Bound)] = {
    use crate::model::Bound::*;
    &[
        (&["a", "few"], Above),
        (&["a", "maximum", "of"], AtMost),
        (&["a", "minimum", "of"], AtLeast),
        (&["about"], Approximate),
        (&["above"], Above),
        (&["almost"], Approximate),
        (&["an", "estimated"], Approximate),
        (&["approximately"], Approximate),
        (&["around"], Approximate),
        (&["as", "few", "as"], AtLeast),
        (&["as", "many", "as"], AtMost),
        (&["as", "much", "as"], AtMost),
        (&["at", "least"], AtLeast),
        (&["at", "most"], AtMost),
        (&["below"], Below),
        (&["bigger", "than"], Above),
        (&["close", "to"], Approximate),
        (&["equal", "to", "or", "greater", "than"], AtLeast),
        (&["equal", "to", "or", "less", "than"], AtMost),
        (&["equal", "to", "or", "more", "than"], AtLeast),
        (&["estimated"], Approximate),
        (&["exactly"], Exact),
        (&["exceed"], Above),
        (&["exceeded"], Above),
        (&["exceeding"], Above),
        (&["exceeds"], Above),
        (&["fewer", "than"], Below),
        (&["greater", "or", "equal", "than"], AtLeast),
        (&["greater", "or", "equal", "to"], AtLeast),
        (&["greater", "than"], Above),
        (&["greater", "than", "or", "equal", "to"], AtLeast),
        (&["higher", "or", "equal", "than"], AtLeast),
        (&["higher", "than"], Above),
        (&["higher", "than", "or", "equal", "to"], AtLeast),
        (&["in", "excess", "of"], Above),
        (&["just", "over"], Above),
        (&["just", "under"], Below),
        (&["larger", "or", "equal", "than"], AtLeast),
        (&["larger", "than"], Above),
        (&["less", "or", "equal", "than"], AtMost),
        (&["less", "or", "equal", "to"], AtMost),
        (&["less", "than"], Below),
        (&["less", "than", "or", "equal", "to"], AtMost),
        (&["lower", "or", "equal", "than"], AtMost),
        (&["lower", "than"], Below),
        (&["lower", "than", "or", "equal", "to"], AtMost),
        (&["more", "than"], Above),
        (&["more", "than", "or", "equal", "to"], AtLeast),
        (&["nearly"], Approximate),
        (&["no", "fewer", "than"], AtLeast),
        (&["no", "less", "than"], AtLeast),
        (&["no", "more", "than"], AtMost),
        (&["not", "more", "than"], AtMost),
        (&["over"], Above),
        (&["precisely"], Exact),
        (&["roughly"], Approximate),
        (&["several"], Above),
        (&["smaller", "or", "equal", "than"], AtMost),
        (&["smaller", "than"], Below),
        (&["smaller", "than", "or", "equal", "to"], AtMost),
        (&["some"], Approximate),
        (&["surpass"], Above),
        (&["surpassed"], Above),
        (&["surpasses"], Above),
        (&["surpassing"], Above),
        (&["under"], Below),
        (&["up", "to"], AtMost),
        (&["upwards", "of"], Above),
    ]
};

/// Words after a number that bound it: `5,000 or more`, `20 or fewer`, `65 and over`.
pub(crate) const TRAILING_QUALIFIERS: &[(&[&str], crate::model::Bound)] = {
    use crate::model::Bound::*;
    &[
        (&["and", "above"], AtLeast),
        (&["and", "over"], AtLeast),
        (&["and", "up"], AtLeast),
        (&["or", "fewer"], AtMost),
        (&["or", "greater"], AtLeast),
        (&["or", "higher"], AtLeast),
        (&["or", "less"], AtMost),
        (&["or", "lower"], AtMost),
        (&["or", "more"], AtLeast),
        (&["or", "over"], AtLeast),
    ]
};

/// How a word that says a quantity changed stands beside the number of the change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ChangeUse {
    /// A verb that takes the number right after it or through `by`, `to`, `from`: `rose 5%`,
    /// `fell to 3,000`, `cut prices by 5%`.
    Verb,
    /// A verb whose object may be anything, so it takes the number only through `by`, `to`,
    /// `from`: `raised prices by 5%`, not `raised £5m` (money collected).
    Transitive,
    /// A noun: after the number (`a 5% rise`) or before it with `of`, `by`, `to`, `from` (`a
    /// rise of 5%`).
    Noun,
    /// A verb and a noun: `increase`, `drop`, `cut`.
    Both,
    /// Only after the number: `5% higher`, `3 points lower`.
    After,
    /// A verb's base form that is an adjective too, a change only as a verb (after `to`, an
    /// auxiliary or an adverb) and through a preposition: `will double to $3bn`, not `his
    /// double strike ... from two goals down`.
    Base,
}

impl ChangeUse {
    /// Whether the word may stand right before the number with no preposition.
    pub(crate) fn bare_before(self) -> bool {
        matches!(self, ChangeUse::Verb | ChangeUse::Both)
    }

    /// Whether the word may stand before a preposition that leads to the number.
    pub(crate) fn before_preposition(self) -> bool {
        !matches!(self, ChangeUse::After)
    }

    /// Whether the word may stand right after the number.
    pub(crate) fn after(self) -> bool {
        matches!(self, ChangeUse::Noun | ChangeUse::Both | ChangeUse::After)
    }
}

/// Words that say a quantity changed, sorted, with the way it went and how they stand beside
/// the number: verbs in every inflection (`rose`, `falling`), their nouns (`growth`, `a
/// reduction`), `up` and `down`. Verbs that name their factor (`doubled`, `halved`) are number
/// words; their base forms, adjectives too (`a double room`), take a number only through a
/// preposition (`more than double to $21bn`).
pub(crate) const CHANGE_WORDS: &[(&str, crate::model::Direction, ChangeUse)] = {
    use crate::model::Direction::*;
    use ChangeUse::*;
    &[
        ("accelerate", Up, Verb),
        ("accelerated", Up, Verb),
        ("accelerates", Up, Verb),
        ("accelerating", Up, Verb),
        ("advance", Up, Both),
        ("advanced", Up, Verb),
        ("advances", Up, Both),
        ("advancing", Up, Verb),
        ("balloon", Up, Verb),
        ("ballooned", Up, Verb),
        ("ballooning", Up, Verb),
        ("boost", Up, Noun),
        ("boosted", Up, Transitive),
        ("boosting", Up, Transitive),
        ("boosts", Up, Noun),
        ("climb", Up, Both),
        ("climbed", Up, Verb),
        ("climbing", Up, Verb),
        ("climbs", Up, Both),
        ("cut", Down, Both),
        ("cuts", Down, Both),
        ("cutting", Down, Verb),
        ("decline", Down, Both),
        ("declined", Down, Verb),
        ("declines", Down, Both),
        ("declining", Down, Verb),
        ("decrease", Down, Both),
        ("decreased", Down, Verb),
        ("decreases", Down, Both),
        ("decreasing", Down, Verb),
        ("dip", Down, Both),
        ("dipped", Down, Verb),
        ("dipping", Down, Verb),
        ("dips", Down, Both),
        ("double", Up, Base),
        ("down", Down, Both),
        ("drop", Down, Both),
        ("dropped", Down, Verb),
        ("dropping", Down, Verb),
        ("drops", Down, Both),
        ("eased", Down, Verb),
        ("easing", Down, Verb),
        ("expand", Up, Verb),
        ("expanded", Up, Verb),
        ("expanding", Up, Verb),
        ("expands", Up, Verb),
        ("fall", Down, Both),
        ("fallen", Down, Verb),
        ("falling", Down, Verb),
        ("falls", Down, Both),
        ("fell", Down, Verb),
        ("gain", Up, Both),
        ("gained", Up, Verb),
        ("gaining", Up, Verb),
        ("gains", Up, Both),
        ("grew", Up, Verb),
        ("grow", Up, Verb),
        ("growing", Up, Verb),
        ("grown", Up, Verb),
        ("grows", Up, Verb),
        ("growth", Up, Noun),
        ("higher", Up, After),
        ("hike", Up, Noun),
        ("hiked", Up, Transitive),
        ("hikes", Up, Noun),
        ("increase", Up, Both),
        ("increased", Up, Verb),
        ("increases", Up, Both),
        ("increasing", Up, Verb),
        ("jump", Up, Both),
        ("jumped", Up, Verb),
        ("jumping", Up, Verb),
        ("jumps", Up, Both),
        ("leap", Up, Both),
        ("leaped", Up, Verb),
        ("leaping", Up, Verb),
        ("leaps", Up, Both),
        ("leapt", Up, Verb),
        ("lifted", Up, Transitive),
        ("lifting", Up, Transitive),
        ("lose", Down, Transitive),
        ("loses", Down, Transitive),
        ("losing", Down, Transitive),
        ("lost", Down, Transitive),
        ("lower", Down, After),
        ("lowered", Down, Transitive),
        ("lowering", Down, Transitive),
        ("lowers", Down, Transitive),
        ("narrow", Down, Transitive),
        ("narrowed", Down, Transitive),
        ("narrowing", Down, Transitive),
        ("narrows", Down, Transitive),
        ("plummet", Down, Verb),
        ("plummeted", Down, Verb),
        ("plummeting", Down, Verb),
        ("plummets", Down, Verb),
        ("plunge", Down, Both),
        ("plunged", Down, Verb),
        ("plunges", Down, Both),
        ("plunging", Down, Verb),
        ("quadruple", Up, Base),
        ("raise", Up, Transitive),
        ("raised", Up, Transitive),
        ("raises", Up, Transitive),
        ("raising", Up, Transitive),
        ("rebound", Up, Both),
        ("rebounded", Up, Verb),
        ("rebounding", Up, Verb),
        ("rebounds", Up, Both),
        ("reduce", Down, Transitive),
        ("reduced", Down, Transitive),
        ("reduces", Down, Transitive),
        ("reducing", Down, Transitive),
        ("reduction", Down, Noun),
        ("reductions", Down, Noun),
        ("rise", Up, Both),
        ("risen", Up, Verb),
        ("rises", Up, Both),
        ("rising", Up, Verb),
        ("rocketed", Up, Verb),
        ("rocketing", Up, Verb),
        ("rose", Up, Verb),
        ("sank", Down, Verb),
        ("shed", Down, Verb),
        ("shedding", Down, Verb),
        ("sheds", Down, Verb),
        ("shrank", Down, Verb),
        ("shrink", Down, Verb),
        ("shrinking", Down, Verb),
        ("shrinks", Down, Verb),
        ("shrunk", Down, Verb),
        ("sink", Down, Verb),
        ("sinking", Down, Verb),
        ("sinks", Down, Verb),
        ("slashed", Down, Verb),
        ("slashing", Down, Verb),
        ("slid", Down, Verb),
        ("slide", Down, Both),
        ("slides", Down, Both),
        ("sliding", Down, Verb),
        ("slip", Down, Both),
        ("slipped", Down, Verb),
        ("slipping", Down, Verb),
        ("slips", Down, Both),
        ("slow", Down, Transitive),
        ("slowed", Down, Transitive),
        ("slowing", Down, Transitive),
        ("slows", Down, Transitive),
        ("slump", Down, Both),
        ("slumped", Down, Verb),
        ("slumping", Down, Verb),
        ("slumps", Down, Both),
        ("soar", Up, Verb),
        ("soared", Up, Verb),
        ("soaring", Up, Verb),
        ("soars", Up, Verb),
        ("strengthened", Up, Verb),
        ("strengthening", Up, Verb),
        ("sunk", Down, Verb),
        ("surge", Up, Both),
        ("surged", Up, Verb),
        ("surges", Up, Both),
        ("surging", Up, Verb),
        ("swell", Up, Verb),
        ("swelled", Up, Verb),
        ("swelling", Up, Verb),
        ("swells", Up, Verb),
        ("swollen", Up, Verb),
        ("trimmed", Down, Transitive),
        ("triple", Up, Base),
        ("tumble", Down, Both),
        ("tumbled", Down, Verb),
        ("tumbles", Down, Both),
        ("tumbling", Down, Verb),
        ("up", Up, Both),
        ("weakened", Down, Verb),
        ("weakening", Down, Verb),
        ("widen", Up, Transitive),
        ("widened", Up, Transitive),
        ("widening", Up, Transitive),
        ("widens", Up, Transitive),
    ]
};

/// Words after a number that make it a percentage.
pub(crate) const PERCENT_WORDS: &[&[&str]] = &[
    &["per", "cent"],
    &["percent"],
    &["percentage", "point"],
    &["percentage", "points"],
    &["percentage"],
    &["percents"],
    &["pct"],
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_qualifier_is_longer_than_five_words() {
        // The claim scanner looks back at most five tokens from a numeral.
        assert!(
            QUALIFIERS
                .iter()
                .all(|(words, _)| words.len() <= MAX_QUALIFIER_WORDS)
        );
    }

    #[test]
    fn tables_are_sorted() {
        for pair in NUMBER_WORDS.windows(2) {
            if let [a, b] = pair {
                assert!(a.0 < b.0, "{} before {}", a.0, b.0);
            }
        }
        for pair in QUALIFIERS.windows(2) {
            if let [a, b] = pair {
                assert!(a.0 < b.0, "{:?} before {:?}", a.0, b.0);
            }
        }
        for pair in CHANGE_WORDS.windows(2) {
            if let [a, b] = pair {
                assert!(a.0 < b.0, "{} before {}", a.0, b.0);
            }
        }
        for pair in SCALE_SUFFIXES.windows(2) {
            if let [a, b] = pair {
                assert!(a.0 < b.0, "{} before {}", a.0, b.0);
            }
        }
    }
}
