//! Any bytes: `parse_bytes` errs exactly when `std::str::from_utf8` does, at the same place.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reportage::ErrorKind;

fuzz_target!(|bytes: &[u8]| {
    match (std::str::from_utf8(bytes), reportage::parse_bytes(bytes)) {
        (Ok(text), Ok(article)) => {
            if let Err(e) = reportage::check_invariants(text, &article) {
                panic!("invariant broken: {e}");
            }
        }
        (Err(std_err), Err(err)) => match err.kind() {
            ErrorKind::InvalidUtf8 {
                valid_up_to,
                error_len,
                line,
                column,
            } => {
                assert_eq!(*valid_up_to, std_err.valid_up_to());
                assert_eq!(*error_len, std_err.error_len());
                assert!(*line >= 1 && *column >= 1);
            }
            other => panic!("unexpected error {other:?}"),
        },
        (a, b) => panic!("std says {:?}, parse_bytes says {:?}", a.is_ok(), b.is_ok()),
    }
});
