//! Measures peak memory for one large input: reads the `.txt` files under DIR, joins them
//! (repeating them) into one text of about MB megabytes, parses it once, and prints the peak
//! resident memory (`VmHWM` from `/proc/self/status`, Linux only), the input size, and an
//! estimate of the model's own size.
//!
//! ```text
//! cargo run --release --example memory -- DIR [MB]
//! ```

use std::path::Path;
use std::process::ExitCode;

/// The peak resident memory of this process, in bytes, where the system tells it.
fn peak_rss() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: memory DIR [MB]");
        return ExitCode::from(2);
    };
    let megabytes: usize = args.next().and_then(|m| m.parse().ok()).unwrap_or(100);
    let mut texts = Vec::new();
    let Ok(entries) = std::fs::read_dir(Path::new(&dir)) else {
        eprintln!("memory: cannot read {dir}");
        return ExitCode::FAILURE;
    };
    for entry in entries.flatten() {
        if let Ok(t) = std::fs::read_to_string(entry.path()) {
            texts.push(t);
        }
    }
    if texts.is_empty() {
        eprintln!("memory: no text under {dir}");
        return ExitCode::FAILURE;
    }
    let target = megabytes * 1_000_000;
    let mut input = String::with_capacity(target + 100_000);
    'fill: loop {
        for t in &texts {
            input.push_str(t);
            input.push_str("\n\n");
            if input.len() >= target {
                break 'fill;
            }
        }
    }
    let before = peak_rss().unwrap_or(0);
    let article = match reportage::ParseOptions::new()
        .max_input_bytes(usize::MAX)
        .parse(&input)
    {
        Ok(a) => a,
        Err(e) => {
            eprintln!("memory: {e}");
            return ExitCode::FAILURE;
        }
    };
    let after = peak_rss().unwrap_or(0);
    // The model's own size: its vectors' elements (the text is borrowed, not copied).
    let model = std::mem::size_of_val(article.paragraphs())
        + std::mem::size_of_val(article.sentences())
        + std::mem::size_of_val(article.statements())
        + article
            .statements()
            .iter()
            .map(|s| std::mem::size_of_val(s.content().fragments()))
            .sum::<usize>()
        + std::mem::size_of_val(article.speakers())
        + article
            .speakers()
            .iter()
            .map(|s| std::mem::size_of_val(s.mentions()) + std::mem::size_of_val(s.titles()))
            .sum::<usize>()
        + std::mem::size_of_val(article.numeric_claims());
    let mb = |b: usize| b as f64 / 1e6;
    println!(
        "input {:.1} MB; peak resident {:.1} MB before parsing (the input and the program), {:.1} MB after; \
         parsing added {:.1} MB ({:.2} per input byte); model {:.1} MB ({:.3} bytes per input byte); \
         {} statements, {} claims",
        mb(input.len()),
        mb(before),
        mb(after),
        mb(after.saturating_sub(before)),
        after.saturating_sub(before) as f64 / input.len() as f64,
        mb(model),
        model as f64 / input.len() as f64,
        article.statements().len(),
        article.numeric_claims().len()
    );
    ExitCode::SUCCESS
}
