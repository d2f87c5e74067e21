//! Every input the fuzzers found a fault with, replayed: each file of `tests/fuzz_regressions/`
//! (named `crash-<target>-<hash>` or `slow-<target>-<hash>`) must parse, hold the invariants,
//! round-trip through JSON, and parse within a second.

// Tests may panic: a panic is how they fail.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::time::Instant;

fn replay(bytes: &[u8], name: &str) {
    let start = Instant::now();
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            let article = reportage::parse(text).expect("parses");
            if let Err(e) = reportage::check_invariants(text, &article) {
                panic!("{name}: {e}");
            }
            let json = serde_json::to_string(&article).unwrap();
            let owned: reportage::Article<'static> = serde_json::from_str(&json).unwrap();
            assert_eq!(serde_json::to_string(&owned).unwrap(), json, "{name}");
        }
        Err(e) => {
            let err = reportage::parse_bytes(bytes).unwrap_err();
            assert!(
                matches!(err.kind(), reportage::ErrorKind::InvalidUtf8 { valid_up_to, .. } if *valid_up_to == e.valid_up_to()),
                "{name}"
            );
        }
    }
    assert!(start.elapsed().as_secs_f64() < 1.0, "{name} is slow");
}

#[test]
fn every_fuzz_find_stays_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("the regressions folder") {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        replay(&std::fs::read(&path).unwrap(), &name);
        count += 1;
    }
    assert!(count > 0, "no regression files in {}", dir.display());
}

/// Found by the `structured` target: a count before a noun that is also a cue word (`1,890
/// plans`) must count that noun; a bare year-like number there (`1890 plans`) reads as a year,
/// as in `report 2004 results`.
#[test]
fn structured_count_before_a_cue_noun() {
    let text = "Haddad said that the river had 1,890 plans.\n\n\
                \u{2018}the budget plan,\u{2019} Lindqvist said.\n\n\
                Moreau said that the river had 104,052 plans and 1890 plans.\n\n\
                The plan drew 65,537 visitors on Friday.";
    let article = reportage::parse(text).unwrap();
    let values: Vec<Option<i128>> = article
        .numeric_claims()
        .iter()
        .map(|c| c.value().and_then(|v| v.to_i128()))
        .collect();
    assert_eq!(values, vec![Some(1890), Some(104_052), Some(65_537)]);
    let counted: Vec<Option<&str>> = article
        .numeric_claims()
        .iter()
        .map(|c| c.counted().map(|s| s.text()))
        .collect();
    assert_eq!(
        counted,
        vec![Some("plans"), Some("plans"), Some("visitors")]
    );
}
