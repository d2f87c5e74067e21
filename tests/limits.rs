//! Limits: no stack growth with input, capped diagnostics, the size limit checked first.

// Tests may panic: a panic is how they fail.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use reportage::{DiagnosticKind, ErrorKind, ParseOptions};

/// Parses `text` on a thread with a small stack; a recursion that grows with the input would
/// overflow it. Unoptimised builds have larger frames, so they get a larger (still fixed) stack.
fn parse_on_small_stack(text: String) -> usize {
    let stack = if cfg!(debug_assertions) {
        512 * 1024
    } else {
        64 * 1024
    };
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let article = reportage::parse(&text).expect("parses");
            reportage::check_invariants(&text, &article).expect("invariants hold");
            article.statements().len() + article.diagnostics().len()
        })
        .expect("a thread")
        .join()
        .expect("no stack overflow")
}

#[test]
fn a_million_deep_nesting_on_a_small_stack() {
    parse_on_small_stack("\u{201C}\u{2018}".repeat(500_000));
    parse_on_small_stack(format!(
        "{}x{}",
        "\u{201C}".repeat(1_000_000),
        "\u{201D}".repeat(1_000_000)
    ));
    parse_on_small_stack("(".repeat(1_000_000));
}

#[test]
fn long_chains_on_a_small_stack() {
    parse_on_small_stack("one and ".repeat(200_000));
    parse_on_small_stack("more than ".repeat(200_000));
    parse_on_small_stack("Smith, who said ".repeat(100_000));
    parse_on_small_stack("\"a,\" he said, ".repeat(100_000));
}

#[test]
fn diagnostics_are_capped() {
    let text = "\u{201D} \0 ".repeat(100_000);
    for limit in [0, 5, 64] {
        let a = ParseOptions::new()
            .max_diagnostics(limit)
            .parse(&text)
            .unwrap();
        assert_eq!(a.diagnostics().len(), limit + 1);
        assert_eq!(
            a.diagnostics().last().map(|d| d.kind()),
            Some(DiagnosticKind::Truncated)
        );
    }
}

#[test]
fn the_size_limit_is_checked_before_reading() {
    let limit = 1 << 20;
    let text = "x".repeat(limit + 1);
    let err = ParseOptions::new()
        .max_input_bytes(limit)
        .parse(&text)
        .unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::InputTooLarge {
            len: limit + 1,
            limit
        }
    );
    // Bytes are measured before they are decoded.
    let bytes = vec![0xFFu8; limit + 1];
    let err = ParseOptions::new()
        .max_input_bytes(limit)
        .parse_bytes(&bytes)
        .unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::InputTooLarge { .. }));
}

#[test]
fn quote_depth_limit_makes_deeper_marks_literal() {
    let text = "\u{201C}a \u{2018}b \u{201C}c \u{2018}d";
    let a = ParseOptions::new().max_quote_depth(2).parse(text).unwrap();
    assert!(
        a.diagnostics()
            .iter()
            .any(|d| d.kind() == DiagnosticKind::QuoteTooDeep)
    );
}
