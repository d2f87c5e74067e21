//! The catalogue of bad and adversarial inputs (`CATALOGUE.md`), one test per row, named after
//! its id. Rows C90-C98 (growth) live in `linear_time.rs`, rows on limits also in `limits.rs`.
//!
//! Every test also checks the model's invariants through `check_invariants`.

// Tests may panic: a panic is how they fail.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use reportage::{
    Article, Bound, ClaimKind, DiagnosticKind, ErrorKind, ParseOptions, QuoteMarks, StatementKind,
};

fn parse(text: &str) -> Article<'_> {
    let article = reportage::parse(text).expect("valid text within the limits parses");
    if let Err(e) = reportage::check_invariants(text, &article) {
        panic!("invariant broken on {text:?}: {e}");
    }
    article
}

/// Kind, content and speaker name of each statement.
fn statements(text: &str) -> Vec<(StatementKind, String, Option<String>)> {
    let a = parse(text);
    a.statements()
        .iter()
        .map(|s| {
            (
                s.kind(),
                s.content().text().to_string(),
                a.speaker_of(s).and_then(|p| p.name()).map(str::to_string),
            )
        })
        .collect()
}

/// Text, value and kind of each claim.
fn claims(text: &str) -> Vec<(String, Option<f64>, ClaimKind)> {
    parse(text)
        .numeric_claims()
        .iter()
        .map(|c| {
            (
                c.text().to_string(),
                c.value().map(|v| v.to_f64()),
                c.kind(),
            )
        })
        .collect()
}

fn diagnostics(text: &str) -> Vec<DiagnosticKind> {
    parse(text).diagnostics().iter().map(|d| d.kind()).collect()
}

fn one_claim(text: &str) -> (String, Option<f64>, ClaimKind) {
    let mut all = claims(text);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.remove(0)
}

/// The statements of `text` with its line breaks replaced by `sep`, as (kind, content).
fn statements_with_breaks(text: &str, sep: &str) -> Vec<(StatementKind, String)> {
    let changed = text.replace('\n', sep);
    let a = parse(&changed);
    a.statements()
        .iter()
        .map(|s| (s.kind(), s.content().text().to_string()))
        .collect()
}

const TWO_PARAGRAPHS: &str =
    "\"We will rebuild,\" Reyes said.\n\nThe ministry said the border would reopen.";

// A. Empty, whitespace, line endings

#[test]
fn c01_empty() {
    let a = parse("");
    assert!(a.paragraphs().is_empty() && a.statements().is_empty());
    assert!(a.diagnostics().is_empty());
}

#[test]
fn c02_whitespace_only() {
    for text in [" \t\n\n  ".to_string(), "\n".repeat(1_000_000)] {
        let a = parse(&text);
        assert!(a.paragraphs().is_empty());
        assert!(a.sentences().is_empty());
    }
}

#[test]
fn c03_unicode_whitespace() {
    let a = parse("\u{A0}\u{2007}\u{202F}\u{3000}");
    assert!(a.paragraphs().is_empty());
    // U+FEFF inside the text is a literal, not a separator.
    let a = parse("Ma\u{FEFF}said it.");
    assert!(a.statements().is_empty());
}

#[test]
fn c04_crlf_reads_as_lf() {
    let lf = statements_with_breaks(TWO_PARAGRAPHS, "\n");
    assert_eq!(lf.len(), 2);
    assert_eq!(statements_with_breaks(TWO_PARAGRAPHS, "\r\n"), lf);
    let crlf = TWO_PARAGRAPHS.replace('\n', "\r\n");
    assert_eq!(parse(&crlf).paragraphs().len(), 2);
}

#[test]
fn c05_other_line_endings() {
    let lf = statements_with_breaks(TWO_PARAGRAPHS, "\n");
    for sep in ["\r", "\u{2029}", "\u{85}", "\u{2028}"] {
        assert_eq!(statements_with_breaks(TWO_PARAGRAPHS, sep), lf, "{sep:?}");
    }
    let a = parse("First paragraph.\u{2029}Second paragraph.");
    assert_eq!(a.paragraphs().len(), 2);
    assert_eq!(parse("Page one.\u{0C}Page two.").sentences().len(), 2);
}

#[test]
fn c06_no_sentence_punctuation() {
    let text = "word ".repeat(10_000);
    let a = parse(&text);
    assert_eq!(a.paragraphs().len(), 1);
    assert_eq!(a.sentences().len(), 1);
    assert!(a.statements().is_empty());
    let long: Vec<_> = a
        .diagnostics()
        .iter()
        .filter(|d| d.kind() == DiagnosticKind::NoSentenceBoundary)
        .collect();
    assert_eq!(long.len(), 1);
}

#[test]
fn c07_ten_megabyte_line_and_the_size_limit() {
    let line = "The talks went on. ".repeat(10 * 1024 * 1024 / 19);
    let start = std::time::Instant::now();
    let a = parse(&line);
    assert!(a.sentences().len() > 500_000);
    if !cfg!(debug_assertions) {
        assert!(start.elapsed().as_secs_f64() < 1.5, "{:?}", start.elapsed());
    }
    let big = "a".repeat(11 * 1024 * 1024);
    let err = ParseOptions::new()
        .max_input_bytes(10 * 1024 * 1024)
        .parse(&big)
        .unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::InputTooLarge {
            len: 11 * 1024 * 1024,
            limit: 10 * 1024 * 1024
        }
    );
}

// B. Encoding and Unicode

#[test]
fn c10_byte_order_mark() {
    let text = "\u{FEFF}\"We agree,\" Ma said.";
    let a = parse(text);
    assert_eq!(a.statements().len(), 1);
    assert_eq!(a.statements()[0].content().text(), "We agree");
    // Anywhere else it is a literal character.
    assert_eq!(parse("Ma said \u{FEFF}it.").statements().len(), 0);
}

#[test]
fn c11_nul_bytes() {
    let text = "He said \0\u{201C}hi there now\u{201D}\0";
    let d = diagnostics(text);
    assert_eq!(
        d.iter()
            .filter(|k| **k == DiagnosticKind::ControlChar)
            .count(),
        2
    );
    // Capped, not one per byte.
    let flood = "\0".repeat(10_000);
    assert!(diagnostics(&flood).len() <= 65);
}

#[test]
fn c12_invalid_utf8_matches_std() {
    let cases: [&[u8]; 5] = [
        b"abc\xff",
        b"ab\xe2\x80",
        b"\xc0\xaf",
        b"x\xed\xa0\x80",
        b"line\r\nline\xff",
    ];
    for bytes in cases {
        let std_err = std::str::from_utf8(bytes).unwrap_err();
        let err = reportage::parse_bytes(bytes).unwrap_err();
        match err.kind() {
            ErrorKind::InvalidUtf8 {
                valid_up_to,
                error_len,
                ..
            } => {
                assert_eq!(*valid_up_to, std_err.valid_up_to(), "{bytes:?}");
                assert_eq!(*error_len, std_err.error_len(), "{bytes:?}");
            }
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn c13_utf16_is_not_utf8() {
    let utf16: Vec<u8> = "\u{FEFF}He said hi"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let err = reportage::parse_bytes(&utf16).unwrap_err();
    assert!(matches!(
        err.kind(),
        ErrorKind::InvalidUtf8 { valid_up_to: 0, .. }
    ));
}

#[test]
fn c14_combining_marks() {
    for text in [
        "Zoe\u{308} said the vote was close.",
        "\"\u{301}We won,\" Zoe\u{308} said.",
    ] {
        let a = parse(text);
        assert_eq!(a.statements().len(), 1, "{text}");
    }
    let a = parse("Zoe\u{308} said the vote was close.");
    assert_eq!(a.speakers()[0].name(), Some("Zoe\u{308}"));
    // Inside a word too, and in text encoded twice (`FranÃ§ois`, decomposed or not).
    for name in [
        "Franc\u{327}ois Berg",
        "Fran\u{c3}\u{a7}ois Berg",
        "FranA\u{303}\u{83}A\u{302}\u{a7}ois Berg",
    ] {
        let text = format!("{name} said the vote was close.");
        let a = parse(&text);
        assert_eq!(a.speakers()[0].name(), Some(name), "{text}");
    }
}

#[test]
fn c15_rtl_names_with_direction_marks() {
    let text = "\u{645}\u{62D}\u{645}\u{62F}\u{200F} said the talks had failed.";
    let a = parse(text);
    assert_eq!(a.statements().len(), 1);
    let name = a.speakers()[0].mentions()[0].text();
    assert_eq!(name, "\u{645}\u{62D}\u{645}\u{62F}\u{200F}");
}

#[test]
fn c16_bidi_controls_are_reported() {
    let d = diagnostics("He said \u{202E}evil\u{202C} things.");
    assert_eq!(
        d.iter()
            .filter(|k| **k == DiagnosticKind::BidiControl)
            .count(),
        2
    );
}

#[test]
fn c17_emoji_stay_whole_in_quotes() {
    let text = "\"We won \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} today,\" she said.";
    let a = parse(text);
    assert_eq!(
        a.statements()[0].content().text(),
        "We won \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} today"
    );
    // A zero-width space never joins digits into a larger number.
    let c = claims("It cost 1\u{200B}000 dollars.");
    assert!(c.iter().all(|(_, v, _)| *v != Some(1000.0)), "{c:?}");
}

#[test]
fn c18_unicode_digits_get_no_value() {
    // Policy: only ASCII digits carry a value, and vulgar fractions, mapped one by one; other
    // digits make no claim.
    for text in [
        "\u{663}\u{66C}\u{665} people",
        "\u{FF11}\u{FF12}\u{FF13} people",
        "10\u{B2} metres",
    ] {
        let c = claims(text);
        assert!(c.iter().all(|(t, _, _)| t.is_ascii()), "{text}: {c:?}");
    }
    assert_eq!(one_claim("\u{BD} of them came.").1, Some(0.5));
    assert_eq!(one_claim("It took 2 \u{BE} hours.").1, Some(2.75));
}

#[test]
fn c19_unicode_minus_and_dash_ranges() {
    assert_eq!(
        one_claim("Output fell \u{2212}5% last year."),
        ("\u{2212}5%".to_string(), Some(-5.0), ClaimKind::Percent)
    );
    for text in ["It took 10\u{2013}20 days.", "It took 10-20 days."] {
        let a = parse(text);
        let c = &a.numeric_claims()[0];
        assert_eq!(c.bound(), Bound::Range, "{text}");
        assert_eq!(c.low().map(|v| v.to_f64()), Some(10.0));
        assert_eq!(c.high().map(|v| v.to_f64()), Some(20.0));
    }
}

// C. Quote marks

#[test]
fn c20_every_quote_style() {
    let cases = [
        ("\"We will fight,\" he said.", QuoteMarks::StraightDouble),
        (
            "\u{201C}We will fight,\u{201D} he said.",
            QuoteMarks::CurlyDouble,
        ),
        (
            "\u{2018}We will fight,\u{2019} he said.",
            QuoteMarks::CurlySingle,
        ),
        (
            "\u{AB}We will fight,\u{BB} he said.",
            QuoteMarks::Guillemets,
        ),
        (
            "\u{BB}We will fight,\u{AB} he said.",
            QuoteMarks::Guillemets,
        ),
        (
            "\u{201E}We will fight,\u{201C} he said.",
            QuoteMarks::CurlyDouble,
        ),
        (
            "\u{201E}We will fight,\u{201D} he said.",
            QuoteMarks::CurlyDouble,
        ),
        (
            "\u{201A}We will fight,\u{2018} he said.",
            QuoteMarks::CurlySingle,
        ),
    ];
    for (text, marks) in cases {
        let a = parse(text);
        assert_eq!(a.statements().len(), 1, "{text}");
        let s = &a.statements()[0];
        assert_eq!(s.kind(), StatementKind::Direct, "{text}");
        assert_eq!(s.content().text(), "We will fight", "{text}");
        assert_eq!(s.quote().map(|q| q.marks()), Some(marks), "{text}");
    }
}

#[test]
fn c21_mismatched_marks() {
    let text = "\u{201C}Hello there, friends,\" he said.";
    let a = parse(text);
    assert_eq!(a.statements().len(), 1);
    assert_eq!(a.statements()[0].kind(), StatementKind::Direct);
    assert!(
        a.diagnostics()
            .iter()
            .any(|d| d.kind() == DiagnosticKind::MismatchedQuoteMarks)
    );
}

#[test]
fn c22_nested_quotes() {
    for text in [
        "\u{201C}He said \u{2018}go\u{2019} now,\u{201D} she said.",
        "\u{2018}He said \u{201C}go\u{201D} now,\u{2019} she said.",
    ] {
        let s = statements(text);
        assert_eq!(s.len(), 1, "{text}");
        assert!(s[0].1.contains("go"), "{text}");
    }
}

#[test]
fn c23_nesting_past_the_limit() {
    let text = "\u{201C}\u{2018}".repeat(100_000);
    let a = parse(&text);
    assert!(a.statements().is_empty());
    assert!(a.diagnostics().len() <= 65);
    assert!(
        a.diagnostics()
            .iter()
            .any(|d| d.kind() == DiagnosticKind::QuoteTooDeep)
    );
}

#[test]
fn c24_unclosed_at_the_end() {
    let text = "\"We will fight on,\" the union said. \"We will fight";
    let a = parse(text);
    let s = &a.statements()[0];
    assert_eq!(s.quote().map(|q| q.closed()), Some(false));
    assert!(
        a.diagnostics()
            .iter()
            .any(|d| d.kind() == DiagnosticKind::UnclosedQuote)
    );
    // Read to the end of its paragraph, not of the article.
    let text = "\"We will fight\n\nThe strike ended.";
    assert!(
        diagnostics(text).contains(&DiagnosticKind::UnclosedQuote),
        "{text}"
    );
}

#[test]
fn c25_quote_over_paragraphs() {
    let text = "\u{201C}Para one is here.\n\n\u{201C}Para two,\u{201D} he said.";
    let a = parse(text);
    assert_eq!(a.statements().len(), 1);
    let s = &a.statements()[0];
    assert_eq!(s.content().fragments().len(), 2);
    assert!(a.diagnostics().is_empty());
}

#[test]
fn c26_unmatched_closers() {
    let d = diagnostics("\u{201D}\u{201D}\u{201D} and a stray \u{201D} here.");
    assert!(d.iter().all(|k| *k == DiagnosticKind::UnpairedCloser));
    assert_eq!(d.len(), 4);
    assert!(parse("A stray \u{201D} here.").statements().is_empty());
}

#[test]
fn c27_many_unmatched_openers() {
    for mark in ["\u{201C}", "\"", "\u{AB}", "\u{2018}"] {
        let text = format!("{mark}ab ").repeat(100_000);
        let a = parse(&text);
        assert!(a.statements().is_empty(), "{mark}");
        assert!(a.diagnostics().len() <= 65, "{mark}");
    }
}

#[test]
fn c28_empty_quotes() {
    for text in ["\u{201C}\u{201D}".repeat(100_000), "\"\"".repeat(100_000)] {
        let a = parse(&text);
        assert!(a.statements().is_empty());
    }
}

#[test]
fn c29_apostrophes_are_not_quotes() {
    for text in [
        "the dogs' owners",
        "the '90s",
        "rock 'n' roll",
        "don\u{2019}t",
        "O\u{2019}Neill",
        "\u{2019}Tis the season",
        "Jones' said",
    ] {
        let a = parse(text);
        assert!(a.statements().iter().all(|s| s.quote().is_none()), "{text}");
    }
    let s = statements("\u{2018}He\u{2019}s here,\u{2019} she said.");
    assert_eq!(s[0].1, "He\u{2019}s here");
}

#[test]
fn c30_inch_marks() {
    assert!(
        parse("He fitted a 6\" pipe and a 5'11\" frame.")
            .statements()
            .is_empty()
    );
    assert!(diagnostics("He fitted a 6\" pipe.").is_empty());
}

#[test]
fn c31_dash_dialogue_is_not_a_quote_by_default() {
    let text = "\u{2014} We will fight, said the minister.\n\nQ: Will you run?\nA: No.";
    let a = parse(text);
    assert!(
        a.statements()
            .iter()
            .all(|s| s.kind() != StatementKind::Direct)
    );
}

#[test]
fn c32_html_entities_are_literal() {
    let text = "&ldquo;We won,&rdquo; she said. &quot;Yes&quot; &#8220;no&#8221;.";
    let a = parse(text);
    assert!(
        a.statements()
            .iter()
            .all(|s| s.kind() != StatementKind::Direct)
    );
    let entities = a
        .diagnostics()
        .iter()
        .filter(|d| d.kind() == DiagnosticKind::HtmlEntity)
        .count();
    assert_eq!(entities, 1);
}

#[test]
fn c33_punctuation_around_quotes() {
    for (text, content) in [
        ("\"No.\" he said.", "No"),
        ("\"No\", he said.", "No"),
        ("\"Why?\" he asked.", "Why?"),
    ] {
        let a = parse(text);
        assert_eq!(a.sentences().len(), 1, "{text}");
        assert_eq!(a.statements()[0].content().text(), content, "{text}");
    }
}

// D. Speech and speakers

#[test]
fn c40_the_four_direct_patterns() {
    for text in [
        "Jo Smith said the vote was close. \"We are ready,\" said Smith.",
        "Jo Smith said the vote was close. \"We are ready,\" Smith said.",
        "Jo Smith said the vote was close. Smith said: \"We are ready.\"",
        "Jo Smith said the vote was close. \"We are ready,\" he said.",
    ] {
        let a = parse(text);
        let s = a.statements().last().expect("a statement");
        assert_eq!(s.content().text(), "We are ready", "{text}");
        assert_eq!(
            a.speaker_of(s).and_then(|p| p.name()),
            Some("Jo Smith"),
            "{text}"
        );
    }
    // A pronoun with nobody before it stays unresolved, its mention kept.
    let a = parse("\"We are ready,\" he said.");
    assert_eq!(a.statements()[0].speaker(), None);
    assert_eq!(a.statements()[0].mention().map(|m| m.text()), Some("he"));
}

#[test]
fn c41_reported_speech() {
    for text in [
        "Smith said that the plan would work.",
        "According to Smith, the plan would work.",
        "Smith told Reuters the plan would work.",
        "The plan would work, Smith added.",
    ] {
        let s = statements(text);
        assert_eq!(s.len(), 1, "{text}");
        assert_eq!(s[0].0, StatementKind::Indirect, "{text}");
        assert!(
            s[0].1.to_lowercase().starts_with("the plan would work"),
            "{text}"
        );
    }
}

#[test]
fn c42_institutional_speakers() {
    use reportage::SpeakerKind;
    for (text, kind) in [
        (
            "A spokesperson for the ministry said the talks failed.",
            SpeakerKind::Person,
        ),
        ("Officials said the talks failed.", SpeakerKind::Group),
        (
            "The company said in a statement that the talks failed.",
            SpeakerKind::Organisation,
        ),
    ] {
        let a = parse(text);
        assert_eq!(a.statements().len(), 1, "{text}");
        assert_eq!(a.speakers()[0].kind(), kind, "{text}");
    }
}

#[test]
fn c43_titles_with_abbreviations() {
    for (text, name) in [
        ("Dr. Jane Doe said the trial worked.", "Jane Doe"),
        ("Sen. Ann Cole (D-N.Y.) said the bill was dead.", "Ann Cole"),
    ] {
        let a = parse(text);
        assert_eq!(a.sentences().len(), 1, "{text}");
        assert_eq!(a.speakers().len(), 1, "{text}");
        assert_eq!(a.speakers()[0].name(), Some(name), "{text}");
    }
    let a = parse("U.S. Secretary of State John Kerry said the talks would go on.");
    assert_eq!(a.sentences().len(), 1);
    assert_eq!(a.statements().len(), 1);
}

#[test]
fn c44_adversarial_speech_runs_stay_bounded() {
    for text in [
        "said ".repeat(100_000),
        "he said. ".repeat(50_000),
        (0..20_000).map(|i| format!("Name{i} said so. ")).collect(),
    ] {
        let a = parse(&text);
        assert!(a.statements().len() <= text.len() / 5);
    }
}

// E. Numbers and numeric claims

#[test]
fn c50_thousands_and_decimals() {
    assert_eq!(one_claim("It had 1,234 seats.").1, Some(1234.0));
    assert_eq!(one_claim("It had 1,234,567.89 left.").1, Some(1_234_567.89));
}

#[test]
fn c51_lists_and_bad_groups() {
    assert!(claims("Options 1,2,3,4 remain.").is_empty());
    assert_eq!(one_claim("It was 1,23 then.").1, None);
}

#[test]
fn c52_indian_grouping_and_scales() {
    // Policy: the grouping alone is ambiguous; the scale words are read.
    assert_eq!(one_claim("It was 1,23,456 in all.").1, None);
    assert_eq!(one_claim("It cost Rs 5 crore.").1, Some(50_000_000.0));
    assert_eq!(one_claim("It drew 3 lakh people.").1, Some(300_000.0));
}

#[test]
fn c53_decimal_comma_is_ambiguous() {
    let (text, value, _) = one_claim("Inflation was 3,5% last year.");
    assert_eq!((text.as_str(), value), ("3,5%", None));
    assert!(
        claims("It cost 1.234,56 \u{20AC}.")
            .iter()
            .all(|(_, v, _)| *v != Some(1.234) && *v != Some(1234.56))
    );
}

#[test]
fn c54_versions() {
    for text in ["Install 1.5.2 now.", "Install v2.3.1 now."] {
        assert!(claims(text).is_empty(), "{text}: {:?}", claims(text));
    }
}

#[test]
fn c55_dates_are_not_counts() {
    for text in [
        "It fell on 3/4/2020.",
        "It fell on 2020-03-04.",
        "It fell on March 5.",
        "It fell on 5 March 2020.",
        "It fell on Jan. 5.",
    ] {
        assert!(claims(text).is_empty(), "{text}: {:?}", claims(text));
    }
}

#[test]
fn c56_times_scores_ratios() {
    for text in [
        "It began at 10:30.",
        "It began at 10:30 a.m.",
        "It began at 22:15 GMT.",
        "They won 3-1.",
        "The ratio was 2:1.",
    ] {
        assert!(claims(text).is_empty(), "{text}: {:?}", claims(text));
    }
}

#[test]
fn c57_phone_numbers() {
    for text in ["Call +1 (555) 010-0199 today.", "Call 020 7946 0000 today."] {
        assert!(claims(text).is_empty(), "{text}: {:?}", claims(text));
    }
    // A plus sign before a share or a decimal marks a change, not a phone number.
    let seen = claims("The Dow closed +0.2% and the FTSE +1.5%.");
    assert_eq!(seen.len(), 2, "{seen:?}");
}

#[test]
fn c58_identifiers() {
    for text in [
        "COVID-19 spread.",
        "The G7 met.",
        "An F-35 flew.",
        "A Boeing 737 MAX landed.",
        "Microsoft shipped Windows 11 today.",
        "Use A4 paper.",
    ] {
        assert!(claims(text).is_empty(), "{text}: {:?}", claims(text));
    }
}

#[test]
fn c59_money_with_scales() {
    for (text, value) in [
        ("It cost $1.2bn.", 1.2e9),
        ("It cost \u{A3}3m.", 3e6),
        ("It cost \u{20AC}5.", 5.0),
        ("It cost US$40.", 40.0),
        ("It cost 3 trillion yen.", 3e12),
        ("It cost 50 cents.", 50.0),
    ] {
        let (_, v, kind) = one_claim(text);
        assert_eq!(kind, ClaimKind::Money, "{text}");
        assert_eq!(v, Some(value), "{text}");
    }
    assert_eq!(one_claim("It rose 1.5 million.").1, Some(1.5e6));
}

#[test]
fn c60_percent_and_units() {
    for (text, kind) in [
        ("Up 5%.", ClaimKind::Percent),
        ("Up 5 percent.", ClaimKind::Percent),
        ("Up 5 per cent.", ClaimKind::Percent),
        ("Up 5 pct.", ClaimKind::Percent),
        ("It is 5 km.", ClaimKind::Measure),
        ("It is 5\u{B0}C.", ClaimKind::Measure),
        ("It is 5 kg.", ClaimKind::Measure),
    ] {
        let (_, v, k) = one_claim(text);
        assert_eq!((v, k), (Some(5.0), kind), "{text}");
    }
}

#[test]
fn c61_extremely_long_numbers() {
    let nines = format!("It was {} now.", "9".repeat(1_000_000));
    let a = parse(&nines);
    assert_eq!(a.numeric_claims()[0].value(), None);
    assert!(
        a.diagnostics()
            .iter()
            .any(|d| d.kind() == DiagnosticKind::NumberTooLong)
    );
    for text in [
        "1,".repeat(500_000),
        "1.".repeat(500_000),
        "It was 1e999999 now.".to_string(),
        format!("It was 0.{}1 now.", "0".repeat(1_000_000)),
    ] {
        let a = parse(&text);
        assert!(
            a.numeric_claims()
                .iter()
                .all(|c| c.value().is_none_or(|v| v.to_f64().is_finite()))
        );
    }
}

#[test]
fn c62_sign_and_space_tricks() {
    assert_eq!(one_claim("It was - 5 points.").1, Some(5.0));
    assert_eq!(one_claim("It was --5 points.").1, Some(5.0));
    // Policy: digits grouped in threes by spaces or apostrophes (SI and Swiss style) are
    // thousands; a group of another length is no grouping.
    let (text, value, _) = one_claim("It was 5\u{A0}000\u{A0}000 now.");
    assert_eq!((text.as_str(), value), ("5\u{A0}000\u{A0}000", Some(5e6)));
    assert_eq!(one_claim("It was 5'000 francs.").1, Some(5000.0));
    assert_eq!(one_claim("About 40 000 came.").1, Some(40_000.0));
    assert_eq!(claims("In 2019 300 came.").len(), 1);
}

#[test]
fn c63_ordinals_years_decades() {
    assert_eq!(one_claim("He came 21st.").2, ClaimKind::Ordinal);
    assert_eq!(one_claim("He came 1st.").2, ClaimKind::Ordinal);
    for text in ["It was in 2020.", "It was the 1990s.", "It was the '90s."] {
        assert!(claims(text).is_empty(), "{text}");
    }
}

#[test]
fn c64_number_words() {
    assert_eq!(one_claim("It took three days.").1, Some(3.0));
    assert_eq!(one_claim("It took a dozen eggs.").1, Some(12.0));
    assert_eq!(one_claim("It had 1.5 million people.").1, Some(1.5e6));
    let (_, v, k) = one_claim("It took two-thirds of them.");
    assert_eq!(k, ClaimKind::Fraction);
    assert!((v.unwrap() - 2.0 / 3.0).abs() < 1e-12);
}

// F. Sentence boundaries and abbreviations

fn sentence_texts(text: &str) -> Vec<String> {
    let a = parse(text);
    a.sentences()
        .iter()
        .map(|s| a.text_at(s.span()).unwrap().to_string())
        .collect()
}

#[test]
fn c70_us_abbreviation() {
    assert_eq!(sentence_texts("U.S. officials said so.").len(), 1);
    assert_eq!(
        sentence_texts("It was in the U.S. The next day it ended."),
        ["It was in the U.S.", "The next day it ended."]
    );
}

#[test]
fn c71_abbreviations() {
    for text in [
        "Dr. Doe met Mr. Roe and Mrs. Poe.",
        "St. Paul is No. 5 on Jan. 5 today.",
        "Acme Inc. and Beta Ltd. met vs. Gamma.",
        "Bring fruit, e.g. apples, i.e. red ones, at 5 a.m. sharp.",
    ] {
        assert_eq!(sentence_texts(text).len(), 1, "{text}");
    }
    assert!(claims("He is No. 5 today.").is_empty());
}

#[test]
fn c72_ellipses() {
    assert_eq!(
        sentence_texts("He paused... and went on. Then... He stopped."),
        ["He paused... and went on.", "Then...", "He stopped."]
    );
    let s = statements("\"We tried . . . and failed,\" she said.");
    assert_eq!(s.len(), 1);
    let s = statements("\"We tried\u{2026} and failed,\" she said.");
    assert_eq!(s[0].1, "We tried\u{2026} and failed");
}

#[test]
fn c73_stacked_terminals() {
    assert_eq!(sentence_texts("What?! Yes."), ["What?!", "Yes."]);
    assert_eq!(sentence_texts("No!!! Yes."), ["No!!!", "Yes."]);
    assert_eq!(
        sentence_texts("Really\u{203D} Yes."),
        ["Really\u{203D}", "Yes."]
    );
    assert_eq!(
        sentence_texts("\u{201C}Why?\u{201D} Yes."),
        ["\u{201C}Why?\u{201D}", "Yes."]
    );
}

#[test]
fn c74_initials() {
    let a = parse("J. K. Rowling said the book was done.");
    assert_eq!(a.sentences().len(), 1);
    assert_eq!(a.speakers()[0].name(), Some("J. K. Rowling"));
    assert_eq!(sentence_texts("George W. Bush spoke.").len(), 1);
}

#[test]
fn c75_many_abbreviations() {
    let text = "U.S. ".repeat(200_000);
    assert_eq!(sentence_texts(&text).len(), 1);
}

// G. Document structure and leftovers

#[test]
fn c80_datelines() {
    for (text, place, agency) in [
        (
            "BEIJING, March 5 (Reuters) - The talks ended.",
            Some("BEIJING"),
            Some("Reuters"),
        ),
        (
            "BEIJING, March 5 (Reuters) \u{2013} The talks ended.",
            Some("BEIJING"),
            Some("Reuters"),
        ),
        (
            "LONDON (AFP) - The talks ended.",
            Some("LONDON"),
            Some("AFP"),
        ),
        ("(AP) \u{2014} The talks ended.", None, Some("AP")),
    ] {
        let a = parse(text);
        let d = a.header().dateline().expect("a dateline");
        assert_eq!(d.place().map(|p| p.text()), place, "{text}");
        assert_eq!(d.agency().map(|p| p.text()), agency, "{text}");
        assert_eq!(sentence_texts(text), ["The talks ended."], "{text}");
        assert!(a.numeric_claims().is_empty(), "{text}");
    }
}

#[test]
fn c81_headline_byline_credits() {
    let text = "Talks Collapse In Geneva\n\nBy Jane Doe\n\n\"We tried,\" the envoy said.\n\nReporting by Jane Doe; Editing by John Roe";
    let a = parse(text);
    assert_eq!(
        a.header().headline().map(|h| h.text()),
        Some("Talks Collapse In Geneva")
    );
    assert_eq!(a.header().byline().map(|h| h.text()), Some("By Jane Doe"));
    assert_eq!(a.statements().len(), 1);
    assert_eq!(a.statements()[0].content().text(), "We tried");
}

#[test]
fn c82_bullet_lists() {
    let text = "\u{2022} First point here.\n* Second point here.\n- Third point here.\n1. Fourth point here.\na) Fifth point here.";
    let a = parse(text);
    assert_eq!(a.paragraphs().len(), 5);
    // Ordinal words are claims of their own kind; the list marker `1.` is no claim.
    assert!(
        a.numeric_claims()
            .iter()
            .all(|c| c.kind() == ClaimKind::Ordinal)
    );
    assert_eq!(sentence_texts("1. Fourth point here.").len(), 1);
}

#[test]
fn c83_tables() {
    let text = "| name | said |\n| Ma | yes |\nName\tSaid\nMa\tyes";
    assert!(parse(text).statements().is_empty());
}

#[test]
fn c84_html_leftovers() {
    let text = "<p>He said hi.</p><br><script>x()</script><!-- c --> &amp; &nbsp;";
    let d = diagnostics(text);
    assert_eq!(
        d.iter()
            .filter(|k| **k == DiagnosticKind::MarkupDetected)
            .count(),
        1
    );
    let a = parse(text);
    assert_eq!(reportage::check_invariants(text, &a), Ok(()));
}

#[test]
fn c85_markdown_leftovers() {
    let text = "**Bold** and [link](http://x.org/a) and\n> quoted line.";
    let a = parse(text);
    assert!(a.statements().is_empty());
    assert_eq!(a.paragraphs().len(), 2);
}

#[test]
fn c86_urls_and_emails() {
    let text = "See https://x.com/a/1.5.2?q=\"x\" and mail a.b@c.org now.";
    let a = parse(text);
    assert!(a.numeric_claims().is_empty());
    assert!(a.statements().is_empty());
    assert_eq!(a.sentences().len(), 1);
}

#[test]
fn c87_editorial_brackets() {
    let s = statements("\u{201C}We [the party] won,\u{201D} she said.");
    assert_eq!(s[0].1, "We [the party] won");
    assert!(
        parse("(Corrects paragraph 3 to fix the name.)")
            .statements()
            .is_empty()
    );
}

// I. API, options, errors

#[test]
fn c100_zero_size_limit() {
    let options = ParseOptions::new().max_input_bytes(0);
    assert!(options.parse("").is_ok());
    let err = options.parse("a").unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InputTooLarge { len: 1, limit: 0 });
}

#[test]
fn c101_extreme_limits() {
    let text = "\"We agree,\" Ma said. \u{201C}\u{2018}\u{201C} x \u{201D}\u{201D}\u{201D}";
    for limit in [0, 1, usize::MAX] {
        let options = ParseOptions::new()
            .max_quote_depth(limit)
            .max_diagnostics(limit)
            .max_input_bytes(limit.max(text.len()));
        let a = options.parse(text).expect("parses");
        assert_eq!(reportage::check_invariants(text, &a), Ok(()));
        assert!(a.diagnostics().len() <= limit.saturating_add(1));
    }
}

#[test]
fn c102_error_messages() {
    let cases = [
        (
            ParseOptions::new()
                .max_input_bytes(10_485_760)
                .parse(&"a".repeat(11_534_336))
                .unwrap_err(),
            "input is 11534336 bytes, above the limit of 10485760 bytes",
        ),
        (
            reportage::parse_bytes(b"ab\ncd\xff").unwrap_err(),
            "invalid UTF-8 at byte 5 (line 2, column 3)",
        ),
    ];
    for (err, message) in cases {
        assert_eq!(err.to_string(), message);
    }
}

#[test]
fn c103_error_positions() {
    for (bytes, line, column) in [
        (&b"abc\xff"[..], 1, 4),
        (&b"\xc3\xa9\xff"[..], 1, 2),
        (&b"a\r\nb\xff"[..], 2, 2),
        (&b"a\rb\nc\xff"[..], 3, 2),
    ] {
        let err = reportage::parse_bytes(bytes).unwrap_err();
        match err.kind() {
            ErrorKind::InvalidUtf8 {
                line: l, column: c, ..
            } => assert_eq!((*l, *c), (line, column), "{bytes:?}"),
            other => panic!("{other:?}"),
        }
        assert_eq!(err.span().start, bytes.len() - 1);
    }
}

#[test]
fn c104_same_text_on_eight_threads() {
    let text = include_str!("../seeds/who-cooperation.txt");
    let expected = serde_json::to_string(&parse(text)).unwrap();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|_| s.spawn(|| serde_json::to_string(&parse(text)).unwrap()))
            .collect();
        for h in handles {
            assert_eq!(h.join().unwrap(), expected);
        }
    });
}
