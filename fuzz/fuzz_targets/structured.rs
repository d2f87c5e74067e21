//! Articles rendered from a generated outline of known statements and numbers: every quote
//! attributed to a named speaker comes back as a direct statement by that speaker, with its
//! words, and every number comes back with its value.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use reportage::StatementKind;

const NAMES: [&str; 6] = ["Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Reyes"];
const WORDS: [&str; 12] = [
    "bridge", "budget", "river", "plan", "vote", "market", "harbour", "school", "road", "tax",
    "court", "port",
];
const MARKS: [(&str, &str); 5] = [
    ("\"", "\""),
    ("\u{201C}", "\u{201D}"),
    ("\u{2018}", "\u{2019}"),
    ("\u{AB}", "\u{BB}"),
    ("\u{201E}", "\u{201C}"),
];

#[derive(Debug, Arbitrary)]
enum Paragraph {
    /// `"<words>," <Name> said.` or `"<words>," said <Name>.`
    Quote {
        speaker: u8,
        words: Vec<u8>,
        marks: u8,
        inverted: bool,
    },
    /// `<Name> said that the <word> had <n> <word>s.`
    Reported { speaker: u8, count: u32, thing: u8 },
    /// Plain narration with a number.
    Narration { count: u16, thing: u8 },
}

fn word(i: u8) -> &'static str {
    WORDS[usize::from(i) % WORDS.len()]
}

fuzz_target!(|outline: Vec<Paragraph>| {
    let mut text = String::new();
    // (paragraph text start, expected kind, expected content, expected speaker)
    let mut expected = Vec::new();
    let mut numbers = Vec::new();
    for p in outline.iter().take(40) {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        match p {
            Paragraph::Quote {
                speaker,
                words,
                marks,
                inverted,
            } => {
                let name = NAMES[usize::from(*speaker) % NAMES.len()];
                let content: Vec<&str> = words.iter().take(12).map(|w| word(*w)).collect();
                if content.len() < 2 {
                    continue;
                }
                let content = format!("the {}", content.join(" "));
                let (open, close) = MARKS[usize::from(*marks) % MARKS.len()];
                if *inverted {
                    text.push_str(&format!("{open}{content},{close} said {name}."));
                } else {
                    text.push_str(&format!("{open}{content},{close} {name} said."));
                }
                expected.push((StatementKind::Direct, content, name));
            }
            Paragraph::Reported {
                speaker,
                count,
                thing,
            } => {
                let name = NAMES[usize::from(*speaker) % NAMES.len()];
                let n = u64::from(*count % 1_000_000) + 2;
                let content = format!(
                    "the {} had {} {}s",
                    word(*thing),
                    grouped(n),
                    word(thing.wrapping_add(1))
                );
                text.push_str(&format!("{name} said that {content}."));
                expected.push((StatementKind::Indirect, content, name));
                numbers.push(n);
            }
            Paragraph::Narration { count, thing } => {
                let n = u64::from(*count) + 2;
                text.push_str(&format!(
                    "The {} drew {} visitors on Friday.",
                    word(*thing),
                    grouped(n)
                ));
                numbers.push(n);
            }
        }
    }
    let article = reportage::parse(&text).expect("parses");
    if let Err(e) = reportage::check_invariants(&text, &article) {
        panic!("invariant broken: {e}");
    }
    let found: Vec<(StatementKind, String, Option<&str>)> = article
        .statements()
        .iter()
        .map(|s| {
            (
                s.kind(),
                s.content().text().to_string(),
                article.speaker_of(s).and_then(|p| p.name()),
            )
        })
        .collect();
    assert_eq!(found.len(), expected.len(), "{text}\n{found:?}");
    for ((kind, content, speaker), (k, c, name)) in found.iter().zip(&expected) {
        assert_eq!(kind, k, "{text}");
        assert_eq!(content, c, "{text}");
        assert_eq!(*speaker, Some(*name), "{text}");
    }
    let values: Vec<Option<i128>> = article
        .numeric_claims()
        .iter()
        .map(|c| c.value().and_then(|v| v.to_i128()))
        .collect();
    let want: Vec<Option<i128>> = numbers.iter().map(|n| Some(i128::from(*n))).collect();
    assert_eq!(values, want, "{text}");
});

/// A count as news writes it, with thousands separators (`1,890`): a bare year-like number
/// before a plural (`1890 plans`) reads as a year.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
