//! Properties of the model on generated text: the invariants hold on anything, output is
//! deterministic, the owned model round-trips through JSON, and the reading does not change
//! when the text changes in ways that should not matter.
//!
//! `PROPTEST_CASES` sets the number of cases (256 by default); failures are kept in
//! `tests/properties.proptest-regressions` and replayed first.

// Tests may panic: a panic is how they fail.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use proptest::prelude::*;
use reportage::{Article, StatementKind};

/// Pieces of news-like text, quote marks of every family, numbers, odd characters.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "Ma", "said", "told", "reporters", "the", "minister", "he", "she", "that", "according",
            "to", "more", "than", "about", "percent", "million", "Dr.", "U.S.", "No.", "Reyes",
            "officials", "adding", "who", "and", "was", "will", "in", "on", "Thursday", "March",
            "seven", "twenty-one", "a", "dozen", "two-thirds", "between", "from",
        ])
        .prop_map(str::to_string),
        2 => prop::sample::select(vec![
            "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "\u{AB}", "\u{BB}",
            "\u{201E}", "''", ",", ".", ":", ";", "?", "!", "...", "\u{2026}", "-", "\u{2014}",
            "(", ")", "$", "%", "\u{20AC}", "\u{A3}", "&", "<p>", "\n", "\n\n", "\r\n", "\t",
        ])
        .prop_map(str::to_string),
        1 => "[0-9]{1,4}([,.][0-9]{1,3})?".prop_map(|s| s),
        1 => "\\PC{1,3}".prop_map(|s| s),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), prop::bool::ANY), 0..60).prop_map(|parts| {
        let mut out = String::new();
        for (p, space) in parts {
            out.push_str(&p);
            if space {
                out.push(' ');
            }
        }
        out
    })
}

fn parse(text: &str) -> Article<'_> {
    reportage::parse(text).expect("valid text within the limits parses")
}

/// The statements as kind and content text, for comparisons.
fn readings(article: &Article<'_>) -> Vec<(StatementKind, String)> {
    article
        .statements()
        .iter()
        .map(|s| (s.kind(), s.content().text().to_string()))
        .collect()
}

proptest! {
    #[test]
    fn invariants_hold_on_any_text(text in text()) {
        let article = parse(&text);
        prop_assert_eq!(reportage::check_invariants(&text, &article), Ok(()));
    }

    #[test]
    fn invariants_hold_on_any_string(text in "\\PC{0,200}") {
        let article = parse(&text);
        prop_assert_eq!(reportage::check_invariants(&text, &article), Ok(()));
    }

    #[test]
    fn bytes_agree_with_std(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        match (std::str::from_utf8(&bytes), reportage::parse_bytes(&bytes)) {
            (Ok(_), Ok(_)) => {}
            (Err(e), Err(err)) => match err.kind() {
                reportage::ErrorKind::InvalidUtf8 { valid_up_to, error_len, .. } => {
                    prop_assert_eq!(*valid_up_to, e.valid_up_to());
                    prop_assert_eq!(*error_len, e.error_len());
                }
                other => prop_assert!(false, "{:?}", other),
            },
            (a, b) => prop_assert!(false, "std {:?}, parse_bytes {:?}", a.is_ok(), b.is_ok()),
        }
    }

    #[test]
    fn output_is_deterministic(text in text()) {
        let a = serde_json::to_string(&parse(&text)).unwrap();
        let b = serde_json::to_string(&parse(&text)).unwrap();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn the_owned_model_round_trips(text in text()) {
        let json = serde_json::to_string(&parse(&text)).unwrap();
        let owned: Article<'static> = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(serde_json::to_string(&owned).unwrap(), json);
    }

    #[test]
    fn crlf_reads_as_lf(text in text()) {
        let lf = text.replace("\r\n", "\n");
        let crlf = lf.replace('\n', "\r\n");
        let unify = |r: Vec<(StatementKind, String)>| -> Vec<(StatementKind, String)> {
            r.into_iter().map(|(k, c)| (k, c.replace("\r\n", "\n"))).collect()
        };
        prop_assert_eq!(unify(readings(&parse(&lf))), unify(readings(&parse(&crlf))));
    }

    #[test]
    fn curly_double_quotes_read_as_straight(words in prop::collection::vec("[a-z]{1,8}", 1..8), name in "X[a-z]{2,8}") {
        let body = words.join(" ");
        let straight = format!("\"{body},\" {name} said.");
        let curly = format!("\u{201C}{body},\u{201D} {name} said.");
        let a = parse(&straight);
        let b = parse(&curly);
        prop_assert_eq!(readings(&a), readings(&b));
        prop_assert_eq!(a.statements().len(), 1);
    }

    #[test]
    fn appending_a_paragraph_leaves_earlier_statements(text in text()) {
        // A fixed headline keeps the first paragraph's role the same in both texts.
        let base = format!("Talks Go On\n\n{text}");
        let longer = format!("{base}\n\nThe envoy said the talks were over.");
        let a = parse(&base);
        let b = parse(&longer);
        let before = readings(&a);
        let after = readings(&b);
        // Statements of the earlier text, unless it ended inside an open quote or attribution
        // that the new paragraph may complete.
        let ends_open = a.diagnostics().iter().any(|d| d.kind() == reportage::DiagnosticKind::UnclosedQuote);
        if !ends_open {
            prop_assert!(after.len() >= before.len());
            prop_assert_eq!(&after[..before.len()], &before[..]);
        }
    }
}

/// `base` reads as one statement, and still does with a paragraph appended.
fn appending_keeps_the_one_statement(base: &str) {
    let longer = format!("{base}\n\nThe envoy said the talks were over.");
    let before = readings(&parse(base));
    let after = readings(&parse(&longer));
    assert_eq!(before.len(), 1);
    assert_eq!(&after[..1], &before[..]);
}

/// Found by `appending_a_paragraph_leaves_earlier_statements`: a look-ahead for a second
/// report after `, and` read into the appended paragraph and cut the first statement short.
#[test]
fn regression_a_trailing_and_does_not_look_into_the_next_paragraph() {
    appending_keeps_the_one_statement("Talks Go On\n\nreporters said reporters,and");
}

/// Found by `appending_a_paragraph_leaves_earlier_statements`: the rule for `- and` and a new
/// clause read the first word of the appended paragraph as that clause's and cut the first
/// statement to nothing.
#[test]
fn regression_a_trailing_dash_and_does_not_look_into_the_next_paragraph() {
    appending_keeps_the_one_statement("Talks Go On\n\ntwo-thirds said 0 - and");
}

/// Found by `appending_a_paragraph_leaves_earlier_statements`: `said that` closing a paragraph
/// looked for the clause after `that` in the appended paragraph and let go of the quote.
#[test]
fn regression_said_that_at_a_paragraph_end_keeps_its_quote() {
    appending_keeps_the_one_statement("Talks Go On\n\n\u{201E}Ma''percent said that");
}

/// Found by `curly_double_quotes_read_as_straight`: a name ending like a short adverb
/// (`Xadly`, `Bradly`) after a quote was read as `Sadly`, an adverb opening a sentence.
#[test]
fn regression_a_name_ending_in_dly_after_a_quote_is_a_name() {
    let article = parse("\"a,\" Xadly said.");
    assert_eq!(article.statements().len(), 1);
}
