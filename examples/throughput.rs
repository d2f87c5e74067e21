//! Measures end-to-end parsing throughput over a directory of articles.
//!
//! ```text
//! cargo run --release --example throughput -- DIR [ROUNDS] [--threads N]
//! ```
//!
//! Reads every `.txt` file under DIR (recursively), parses all of them once to warm up, then
//! for ROUNDS rounds (default 5) on N threads (default 1) through `ParseOptions::parse_many`,
//! reporting each round on standard error, and prints the best round as the last line:
//! `throughput: <MB/s> MB/s over <bytes> bytes in <files> files`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut threads = 1usize;
    if let Some(k) = args.iter().position(|a| a == "--threads") {
        threads = args
            .get(k + 1)
            .and_then(|n| n.parse().ok())
            .unwrap_or(1)
            .max(1);
        args.drain(k..(k + 2).min(args.len()));
    }
    let mut args = args.into_iter();
    let Some(dir) = args.next() else {
        eprintln!("usage: throughput DIR [ROUNDS] [--threads N]");
        return ExitCode::from(2);
    };
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5).max(1);
    let mut paths = Vec::new();
    if let Err(e) = collect(Path::new(&dir), &mut paths) {
        eprintln!("throughput: cannot read {dir}: {e}");
        return ExitCode::FAILURE;
    }
    paths.sort();
    let mut texts = Vec::with_capacity(paths.len());
    for p in &paths {
        match std::fs::read(p) {
            Ok(bytes) => texts.push(bytes),
            Err(e) => eprintln!("throughput: skipping {}: {e}", p.display()),
        }
    }
    let bytes: usize = texts.iter().map(Vec::len).sum();
    if bytes == 0 {
        eprintln!("throughput: no .txt files under {dir}");
        return ExitCode::FAILURE;
    }
    // Texts that are not UTF-8 are counted and left out.
    let valid: Vec<&str> = texts
        .iter()
        .filter_map(|t| std::str::from_utf8(t).ok())
        .collect();
    let not_utf8 = texts.len() - valid.len();
    let options = reportage::ParseOptions::new();
    let parse_all = || {
        let mut items = 0usize;
        let mut failed = not_utf8;
        for result in options.parse_many(&valid, threads) {
            match result {
                Ok(a) => {
                    items += a.statements().len() + a.numeric_claims().len() + a.speakers().len()
                }
                Err(_) => failed += 1,
            }
        }
        (items, failed)
    };
    let (items, failed) = parse_all();
    eprintln!(
        "{} files, {bytes} bytes, {items} items, {failed} not parsed; {rounds} rounds on {threads} thread(s)",
        texts.len()
    );
    let mut best = f64::INFINITY;
    for round in 1..=rounds {
        let start = Instant::now();
        let (n, _) = parse_all();
        let secs = start.elapsed().as_secs_f64();
        std::hint::black_box(n);
        eprintln!(
            "round {round}: {:.1} MB/s",
            bytes as f64 / 1e6 / secs.max(f64::MIN_POSITIVE)
        );
        best = best.min(secs);
    }
    let mbps = bytes as f64 / 1e6 / best.max(f64::MIN_POSITIVE);
    println!(
        "throughput: {mbps:.1} MB/s over {bytes} bytes in {} files",
        texts.len()
    );
    ExitCode::SUCCESS
}
