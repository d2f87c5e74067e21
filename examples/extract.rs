//! Reads news articles and prints who said what, the speakers, and the numeric claims.
//!
//! ```text
//! cargo run --release --example extract -- ARTICLE.txt...     a readable report
//! cargo run --release --example extract -- --json ARTICLE.txt the model as JSON
//! cargo run --release --example extract -- --jsonl < IN.jsonl one JSON object per input line
//! ```
//!
//! With no file (or `-`), the article is read from standard input. In `--jsonl` mode each
//! input line is an object with `"id"` and `"text"`; each output line is the article's model
//! with that `"id"`, or `{"id": .., "error": ".."}` when the line cannot be read.

use reportage::{Article, NumericClaim, Statement};
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

enum Mode {
    Report,
    Json,
    JsonLines,
}

fn main() -> ExitCode {
    let mut mode = Mode::Report;
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => mode = Mode::Json,
            "--jsonl" => mode = Mode::JsonLines,
            "-h" | "--help" => {
                println!(
                    "usage: extract [--json | --jsonl] [FILE...]\n\
                     Reads news articles (FILE, or standard input) and prints who said what,\n\
                     the speakers and the numeric claims. --json prints the model;\n\
                     --jsonl reads JSON Lines {{\"id\", \"text\"}} and writes one model per line."
                );
                return ExitCode::SUCCESS;
            }
            _ if arg.starts_with("--") => {
                eprintln!("extract: unknown option {arg} (try --help)");
                return ExitCode::from(2);
            }
            _ => files.push(arg),
        }
    }
    let result = match mode {
        Mode::JsonLines => json_lines(&files),
        Mode::Report | Mode::Json => articles(&files, matches!(mode, Mode::Json)),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Reads a file, or standard input for `-`, as bytes.
fn read_input(name: &str) -> io::Result<Vec<u8>> {
    if name == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(name)
    }
}

/// Parses each named article and prints it; `Ok(false)` when one could not be read.
fn articles(files: &[String], json: bool) -> io::Result<bool> {
    let stdin = ["-".to_string()];
    let names = if files.is_empty() { &stdin[..] } else { files };
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut all_ok = true;
    for name in names {
        let bytes = match read_input(name) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("extract: cannot read {name}: {e}");
                all_ok = false;
                continue;
            }
        };
        let article = match reportage::parse_bytes(&bytes) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("extract: {name}: {e}");
                all_ok = false;
                continue;
            }
        };
        if json {
            serde_json::to_writer_pretty(&mut out, &article).map_err(io::Error::other)?;
            writeln!(out)?;
        } else {
            report(&mut out, name, &article)?;
        }
    }
    out.flush()?;
    Ok(all_ok)
}

/// The JSON Lines contract: one output object per input line, in order.
fn json_lines(files: &[String]) -> io::Result<bool> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let input: Box<dyn BufRead> = match files.first() {
        Some(name) if name != "-" => Box::new(io::BufReader::new(std::fs::File::open(name)?)),
        _ => Box::new(io::stdin().lock()),
    };
    for line in input.split(b'\n') {
        let line = line?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let object = match serde_json::from_slice::<serde_json::Value>(&line) {
            Ok(v) => v,
            Err(e) => {
                let error =
                    serde_json::json!({ "id": null, "error": format!("malformed JSON line: {e}") });
                writeln!(out, "{error}")?;
                continue;
            }
        };
        let id = object.get("id").cloned().unwrap_or(serde_json::Value::Null);
        let reply = match object.get("text").and_then(|t| t.as_str()) {
            None => serde_json::json!({ "id": id, "error": "the line has no \"text\" string" }),
            Some(text) => match reportage::parse(text) {
                Err(e) => serde_json::json!({ "id": id, "error": e.to_string() }),
                Ok(article) => match serde_json::to_value(&article) {
                    Ok(serde_json::Value::Object(mut map)) => {
                        map.insert("id".to_string(), id);
                        serde_json::Value::Object(map)
                    }
                    Ok(_) | Err(_) => {
                        serde_json::json!({ "id": id, "error": "the model could not be serialized" })
                    }
                },
            },
        };
        writeln!(out, "{reply}")?;
    }
    out.flush()?;
    Ok(true)
}

/// The text on one line, cut after `max` characters; reads no further than it prints, so a
/// long span costs no more than a short one.
fn short(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut chars = 0;
    for word in text.split_whitespace() {
        let sep = usize::from(!out.is_empty());
        let len = word.chars().count();
        if chars + sep + len > max {
            if sep == 1 && chars < max {
                out.push(' ');
                chars += 1;
            }
            out.extend(word.chars().take(max - chars));
            out.push('…');
            return out;
        }
        if sep == 1 {
            out.push(' ');
        }
        out.push_str(word);
        chars += sep + len;
    }
    out
}

fn describe(s: &Statement<'_>) -> String {
    let mut parts = vec![format!("{:?}", s.kind()).to_lowercase()];
    if let Some(cue) = s.cue() {
        parts.push(format!("\"{}\"", cue.text()));
    }
    if let Some(m) = s.mention() {
        parts.push(format!("as \"{}\"", m.text()));
    }
    if let Some(w) = s.when() {
        parts.push(w.text().to_string());
    }
    if let Some(p) = s.place() {
        parts.push(p.text().to_string());
    }
    parts.join(", ")
}

fn claim_line(article: &Article<'_>, c: &NumericClaim<'_>) -> String {
    let value = c.value().map_or("?".to_string(), |v| v.to_string());
    let mut line = format!(
        "{:<28} = {value} ({:?}, {:?})",
        format!("\"{}\"", c.text()),
        c.kind(),
        c.bound()
    )
    .to_lowercase();
    if let Some(counted) = c.counted() {
        line.push_str(&format!(" of {}", counted.text()));
    }
    if let Some(per) = c.per() {
        line.push_str(&format!(" per {}", per.text()));
    }
    if let Some(ch) = c.change() {
        let role = match ch.role() {
            reportage::ChangeRole::To => "level after",
            reportage::ChangeRole::From => "level before",
            _ => "change",
        };
        let way = match ch.direction() {
            reportage::Direction::Down => "down",
            _ => "up",
        };
        match ch.quantity() {
            Some(q) => line.push_str(&format!(
                " ({role}, {way}: {} {})",
                q.text(),
                ch.cue().text()
            )),
            None => line.push_str(&format!(" ({role}, {way}: {})", ch.cue().text())),
        }
    }
    if let Some(a) = c.as_of() {
        line.push_str(&format!(" [{}]", a.text()));
    }
    if let Some(s) = c.scope() {
        line.push_str(&format!(" [{}]", s.text()));
    }
    let who = match article.claimant_of(c) {
        Some(s) => article
            .speaker_of(s)
            .and_then(|p| p.name())
            .or(s.mention().map(|m| m.text()))
            .unwrap_or("an unnamed speaker")
            .to_string(),
        None => "the article".to_string(),
    };
    line.push_str(&format!(" — claimed by {who}"));
    line
}

fn report(out: &mut impl Write, name: &str, article: &Article<'_>) -> io::Result<()> {
    writeln!(
        out,
        "== {name}: {} paragraphs, {} sentences, {} statements, {} speakers, {} numeric claims",
        article.paragraphs().len(),
        article.sentences().len(),
        article.statements().len(),
        article.speakers().len(),
        article.numeric_claims().len()
    )?;
    if let Some(h) = article.header().headline() {
        writeln!(out, "headline: {}", short(h.text(), 100))?;
    }
    writeln!(out, "\nSpeakers")?;
    let mut said: Vec<Vec<&Statement<'_>>> = vec![Vec::new(); article.speakers().len()];
    for s in article.statements() {
        if let Some(list) = s.speaker().and_then(|i| said.get_mut(i)) {
            list.push(s);
        }
    }
    for (i, sp) in article.speakers().iter().enumerate() {
        let name = sp.name().unwrap_or("(unnamed)");
        writeln!(out, "  {}. {name} ({:?})", i + 1, sp.kind())?;
        if !sp.titles().is_empty() {
            let titles: Vec<&str> = sp.titles().iter().map(|t| t.text()).collect();
            writeln!(out, "     titles: {}", titles.join("; "))?;
        }
        if let Some(a) = sp.affiliation() {
            writeln!(out, "     affiliation: {}", a.text())?;
        }
        let mentions: Vec<&str> = sp.mentions().iter().map(|m| m.text()).collect();
        writeln!(out, "     mentions: {}", mentions.join(" | "))?;
        for s in said.get(i).into_iter().flatten() {
            writeln!(
                out,
                "     - {} ({})",
                short(s.content().text(), 110),
                describe(s)
            )?;
        }
    }
    let unresolved: Vec<&Statement<'_>> = article
        .statements()
        .iter()
        .filter(|s| s.speaker().is_none())
        .collect();
    if !unresolved.is_empty() {
        writeln!(out, "\nStatements without a resolved speaker")?;
        for s in unresolved {
            writeln!(
                out,
                "  - {} ({})",
                short(s.content().text(), 110),
                describe(s)
            )?;
        }
    }
    writeln!(out, "\nNumeric claims")?;
    for c in article.numeric_claims() {
        writeln!(out, "  {}", claim_line(article, c))?;
    }
    if !article.diagnostics().is_empty() {
        writeln!(out, "\nDiagnostics")?;
        for d in article.diagnostics() {
            writeln!(out, "  {:?} at {}", d.kind(), d.span())?;
        }
    }
    writeln!(out)
}
