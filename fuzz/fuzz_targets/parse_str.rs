//! Any text: the parse never panics, and the model holds its invariants and round-trips.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(article) = reportage::parse(text) else {
        return;
    };
    if let Err(e) = reportage::check_invariants(text, &article) {
        panic!("invariant broken: {e}");
    }
    let json = serde_json::to_string(&article).expect("serializes");
    let owned: reportage::Article<'static> = serde_json::from_str(&json).expect("reads back");
    assert_eq!(serde_json::to_string(&owned).expect("serializes"), json);
});
