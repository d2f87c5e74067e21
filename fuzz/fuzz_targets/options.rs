//! Any options with small limits, and any text: no panic; the size limit errs exactly when
//! the text is over it; diagnostics never exceed their cap.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use reportage::{ErrorKind, ParseOptions};

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    max_input_bytes: u16,
    max_quote_depth: u8,
    max_diagnostics: u8,
    text: &'a str,
}

fuzz_target!(|input: Input<'_>| {
    let limit = usize::from(input.max_input_bytes);
    let options = ParseOptions::new()
        .max_input_bytes(limit)
        .max_quote_depth(usize::from(input.max_quote_depth))
        .max_diagnostics(usize::from(input.max_diagnostics));
    match options.parse(input.text) {
        Ok(article) => {
            assert!(input.text.len() <= limit);
            assert!(article.diagnostics().len() <= usize::from(input.max_diagnostics) + 1);
            if let Err(e) = reportage::check_invariants(input.text, &article) {
                panic!("invariant broken: {e}");
            }
        }
        Err(err) => {
            assert_eq!(
                err.kind(),
                &ErrorKind::InputTooLarge {
                    len: input.text.len(),
                    limit
                }
            );
        }
    }
});
