//! A growth detector: builds an input by repeating a generated unit and fails when the time
//! per byte grows with the input, the mark of work that grows faster than the input.
//!
//! Each input first gets a cheap screen: one timing at about 512 bytes and one at eight times
//! that. Work that grows as the square of the input is eight times slower per byte at the
//! larger size, so the screen passes on anything near linear and runs a few thousand inputs a
//! second. Only an input that fails the screen is confirmed, on the best of five timings at
//! 8 KiB and 64 KiB, then 512 KiB when it grew: it panics when the time per byte grows at
//! least 2.5 times over each of the two eightfold steps and sixteenfold over both, in two
//! confirmations one after the other. Work that grows as the square of the input grows
//! eightfold a step once it dominates; a busy machine, or an input of a token every byte or
//! two that outgrows the caches, grew by 2.5 to 3 a step (`-3-` repeated, linear in
//! instruction counts).
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use std::time::Instant;

#[derive(Debug, Arbitrary)]
enum Shape<'a> {
    /// `unit` repeated.
    Repeat(&'a str),
    /// `open` repeated, a middle, `close` repeated.
    Sandwich(&'a str, &'a str, &'a str),
    /// Lines with a prefix repeated a growing number of times.
    Tree(&'a str),
}

impl Shape<'_> {
    /// The bytes one step of `build` adds, or `None` for a shape too small or too large to
    /// repeat meaningfully.
    fn unit_len(&self) -> Option<usize> {
        let len = match self {
            Shape::Repeat(u) => u.len(),
            Shape::Sandwich(o, m, c) => o.len() + c.len() + m.len() / 64,
            Shape::Tree(p) => p.len() * 16 + 2,
        };
        (1..=64).contains(&len).then_some(len)
    }

    /// The input with about `bytes` bytes.
    fn build(&self, bytes: usize) -> String {
        let n = (bytes / self.unit_len().unwrap_or(1)).max(1);
        match self {
            Shape::Repeat(unit) => unit.repeat(n),
            Shape::Sandwich(open, middle, close) => {
                format!("{}{middle}{}", open.repeat(n), close.repeat(n))
            }
            Shape::Tree(prefix) => (0..n)
                .map(|i| format!("{}a\n", prefix.repeat(i % 32)))
                .collect(),
        }
    }
}

/// The best of `rounds` timings of a whole parse, in seconds per byte.
fn seconds_per_byte(text: &str, rounds: usize) -> f64 {
    let best = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            let article = reportage::ParseOptions::new()
                .max_input_bytes(usize::MAX)
                .parse(text);
            std::hint::black_box(article.map(|a| a.statements().len()).ok());
            start.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min);
    best / text.len().max(1) as f64
}

fuzz_target!(|shape: Shape<'_>| {
    if shape.unit_len().is_none() {
        return;
    }
    let small = seconds_per_byte(&shape.build(512), 1);
    let large = seconds_per_byte(&shape.build(4 << 10), 1);
    if large < small * 2.5 {
        return;
    }
    // Growth that stops by 8 KiB (a window filling up) passes here, at the cost of two
    // parses; only growth that goes on is timed at 512 KiB. The whole confirmation runs twice,
    // so a burst of load on a busy machine during one of them does not fail the input.
    let grows = || {
        let at_8k = seconds_per_byte(&shape.build(8 << 10), 5);
        let at_64k = seconds_per_byte(&shape.build(64 << 10), 5);
        if at_64k < at_8k * 2.5 {
            return None;
        }
        let at_512k = seconds_per_byte(&shape.build(512 << 10), 5);
        (at_512k > at_64k * 2.5 && at_512k > at_8k * 16.0).then_some((at_8k, at_64k, at_512k))
    };
    if grows().is_some()
        && let Some((at_8k, at_64k, at_512k)) = grows()
    {
        panic!(
            "time per byte grows with the input: {shape:?}; {:.1} ns/B at 8 KiB, {:.1} at 64 KiB, {:.1} at 512 KiB",
            at_8k * 1e9,
            at_64k * 1e9,
            at_512k * 1e9
        );
    }
});
