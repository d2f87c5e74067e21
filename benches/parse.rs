//! Throughput of `reportage`: end to end and each stage alone, on the seed article, on a
//! generated article at 1x, 10x and 100x (about 10 KB, 100 KB and 1 MB), and on a directory of
//! real articles when `REPORTAGE_CORPUS` names one (the crate ships no such text).
//!
//! ```text
//! cargo bench --bench parse
//! REPORTAGE_CORPUS=path/to/articles cargo bench --bench parse -- corpus
//! ```

// Benchmarks may panic: a panic is how they fail.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use reportage::stages::{self, Prepared};
use std::hint::black_box;

const SEED: &str = include_str!("../seeds/who-cooperation.txt");

/// A deterministic news-like article of at least `bytes` bytes: quotes, reported speech,
/// numbers and plain sentences, with varied names.
fn generated(bytes: usize) -> String {
    const NAMES: [&str; 6] = ["Ma", "Zeng", "Smith", "Okafor", "Lindqvist", "Haddad"];
    const ROLES: [&str; 3] = [
        "the minister",
        "a spokeswoman for the ministry",
        "officials",
    ];
    let mut out = String::with_capacity(bytes + 512);
    let mut i = 0usize;
    while out.len() < bytes {
        let name = NAMES[i % NAMES.len()];
        let role = ROLES[i % ROLES.len()];
        let n = 1_000 + (i * 7_919) % 90_000;
        let paragraph = match i % 5 {
            0 => {
                format!("\"We will keep working with our partners,\" {name} said on Thursday.\n\n")
            }
            1 => format!(
                "{name} said that more than {n} cases had been reported in {} regions.\n\n",
                i % 40
            ),
            2 => format!(
                "Sales rose {}% to ${}.{} billion, {role} said.\n\n",
                i % 30,
                i % 9,
                i % 10
            ),
            3 => format!("According to {role}, about {n} people were evacuated as of Monday.\n\n"),
            _ => format!(
                "The talks, which began in {}, will resume next week in Geneva.\n\n",
                1990 + i % 30
            ),
        };
        out.push_str(&paragraph);
        i += 1;
    }
    out
}

fn inputs() -> Vec<(String, String)> {
    let mut all = vec![("seed".to_string(), SEED.to_string())];
    for (label, size) in [
        ("gen-1x", 10_000),
        ("gen-10x", 100_000),
        ("gen-100x", 1_000_000),
    ] {
        all.push((label.to_string(), generated(size)));
    }
    all
}

fn bench_end_to_end(c: &mut Criterion) {
    // Check the result once before timing it.
    let seed = reportage::parse(SEED).expect("the seed parses");
    assert_eq!(seed.statements().len(), 14);
    let mut group = c.benchmark_group("end-to-end");
    for (name, text) in inputs() {
        let article = reportage::parse(&text).expect("parses");
        assert!(!article.statements().is_empty(), "{name}");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&name), &text, |b, text| {
            b.iter(|| reportage::parse(black_box(text)).map(|a| a.statements().len()))
        });
    }
    group.finish();
}

fn bench_stages(c: &mut Criterion) {
    for (name, text) in inputs() {
        let prepared = Prepared::new(&text);
        assert!(prepared.attribute() > 0, "{name}");
        let mut group = c.benchmark_group(format!("stage/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("tokens", |b| b.iter(|| stages::tokenize(black_box(&text))));
        group.bench_function("segmentation", |b| {
            b.iter(|| stages::segment(black_box(&text)))
        });
        group.bench_function("quote-pairing", |b| b.iter(|| prepared.pair_quotes()));
        group.bench_function("attribution", |b| b.iter(|| prepared.attribute()));
        group.bench_function("speakers", |b| b.iter(|| prepared.resolve()));
        group.bench_function("numbers", |b| b.iter(|| prepared.claims()));
        group.finish();
    }
}

fn bench_corpus(c: &mut Criterion) {
    let Ok(dir) = std::env::var("REPORTAGE_CORPUS") else {
        return;
    };
    let mut texts = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                texts.push(text);
            }
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function(
        BenchmarkId::from_parameter(format!("{} files", texts.len())),
        |b| {
            b.iter(|| {
                texts
                    .iter()
                    .filter_map(|t| reportage::parse(black_box(t)).ok())
                    .map(|a| a.statements().len())
                    .sum::<usize>()
            })
        },
    );
    group.finish();
}

criterion_group!(benches, bench_end_to_end, bench_stages, bench_corpus);
criterion_main!(benches);
