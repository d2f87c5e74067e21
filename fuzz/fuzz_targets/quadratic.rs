//! A growth detector: builds an input by repeating a generated unit, doubling its size from
//! 1 KiB, and fails when the time per byte keeps growing (at least 2.5 times over three
//! doublings in a row), the mark of work that grows faster than the input.
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

fn build(shape: &Shape<'_>, n: usize) -> String {
    match shape {
        Shape::Repeat(unit) => unit.repeat(n),
        Shape::Sandwich(open, middle, close) => {
            format!("{}{middle}{}", open.repeat(n), close.repeat(n))
        }
        Shape::Tree(prefix) => (0..n)
            .map(|i| format!("{}a\n", prefix.repeat(i % 32)))
            .collect(),
    }
}

fn seconds_per_byte(text: &str) -> f64 {
    let best = (0..3)
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
    let unit_len = match &shape {
        Shape::Repeat(u) => u.len(),
        Shape::Sandwich(o, m, c) => o.len() + c.len() + m.len() / 64,
        Shape::Tree(p) => p.len() * 16 + 2,
    };
    if unit_len == 0 || unit_len > 64 {
        return;
    }
    let mut n = (1024 / unit_len).max(1);
    let mut previous = seconds_per_byte(&build(&shape, n));
    let mut growing = 0;
    for _ in 0..6 {
        n *= 2;
        let text = build(&shape, n);
        if text.len() > 1 << 20 {
            break;
        }
        let now = seconds_per_byte(&text);
        if now > previous * 1.3 && text.len() > 64 * 1024 {
            growing += 1;
        } else {
            growing = 0;
        }
        if growing >= 3 && now > previous * 2.5 {
            panic!(
                "time per byte keeps growing: {shape:?} at {} bytes",
                text.len()
            );
        }
        previous = previous.min(now);
    }
});
