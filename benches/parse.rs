//! Throughput of `reportage::parse`: on the seed article, on a generated 1 MB article, and on
//! a directory of real articles when `REPORTAGE_CORPUS` names one.

// Tests and benchmarks may panic: a panic is how they fail.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
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

fn bench_parse(c: &mut Criterion) {
    let big = generated(1 << 20);
    // Check the result once before timing it.
    let seed = reportage::parse(SEED).expect("the seed parses");
    assert_eq!(seed.statements().len(), 14);
    let article = reportage::parse(&big).expect("the generated article parses");
    assert!(article.statements().len() > 1_000);

    let mut group = c.benchmark_group("parse");
    for (name, text) in [("seed", SEED), ("generated-1MB", big.as_str())] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| reportage::parse(black_box(text)).map(|a| a.statements().len()))
        });
    }
    group.finish();

    if let Ok(dir) = std::env::var("REPORTAGE_CORPUS") {
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
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
