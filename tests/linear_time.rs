//! Linear time on adversarial input (catalogue section H and the rows marked L): the time to
//! parse ten times the input stays within twenty times the time for the input.
//!
//! Each generator repeats a unit. Both sizes are timed in the same process, the minimum of five
//! runs each, with the small size grown until it takes at least 5 ms; a ratio above the
//! threshold is retried up to three times before it fails (linear code measures about 10,
//! quadratic code about 100).
//!
//! The timing runs in unoptimised builds (`cargo test`), where parsing is bound by the CPU and
//! the ratio measures the algorithm. An optimised build parses so fast that the sizes a test can
//! afford straddle the caches, and the ratio then measures memory (21 to 25 on this machine for
//! inputs of one token per byte, with instruction counts growing exactly tenfold), so these
//! tests are skipped there; `scripts/growth.sh` counts instructions of the optimised build
//! instead, which is exact.

// Tests may panic: a panic is how they fail.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::sync::Mutex;
use std::time::{Duration, Instant};

const THRESHOLD: f64 = 20.0;

/// Timing tests run one at a time, even under a parallel test runner: two at once on two
/// cores time each other.
static SERIAL: Mutex<()> = Mutex::new(());

fn best_of_five(text: &str) -> Duration {
    (0..5)
        .map(|_| {
            let start = Instant::now();
            let article = reportage::ParseOptions::new()
                .max_input_bytes(usize::MAX)
                .parse(text)
                .expect("parses");
            std::hint::black_box(article.statements().len());
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Asserts that parsing grows linearly with the input built from `unit` by `build`.
fn assert_linear(name: &str, build: impl Fn(usize) -> String) {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    // Grow n until the small input takes at least 5 ms.
    let mut n = 256;
    loop {
        let text = build(n);
        let t = best_of_five(&text);
        if t >= Duration::from_millis(5) || text.len() >= 1 << 24 {
            break;
        }
        n *= 2;
    }
    let small = build(n);
    let large = build(10 * n);
    let mut ratios = Vec::new();
    for _ in 0..3 {
        let t1 = best_of_five(&small).as_secs_f64();
        let t10 = best_of_five(&large).as_secs_f64();
        let ratio = t10 / t1.max(1e-9);
        if ratio <= THRESHOLD {
            return;
        }
        ratios.push(ratio);
    }
    panic!(
        "{name:?}: time at 10n over time at n is {ratios:?} (n = {} bytes), above {THRESHOLD}",
        small.len()
    );
}

fn repeat(unit: &'static str) -> impl Fn(usize) -> String {
    move |n| unit.repeat(n)
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "timed in unoptimised builds; see the module docs"
)]
fn c02_newlines_grow_linearly() {
    assert_linear("newlines", repeat("\n"));
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "timed in unoptimised builds; see the module docs"
)]
fn c06_unpunctuated_words_grow_linearly() {
    assert_linear("words", repeat("word "));
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "timed in unoptimised builds; see the module docs"
)]
fn c27_unmatched_openers_grow_linearly() {
    assert_linear("openers", repeat("\u{201C}ab "));
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "timed in unoptimised builds; see the module docs"
)]
fn c44_speech_runs_grow_linearly() {
    assert_linear("said", repeat("said "));
    assert_linear("he said", repeat("he said. "));
    // One long sentence of `, adding ...` chains: each took the rest of the sentence as its
    // words, so their lengths summed to the square of the input.
    assert_linear(
        "chained reports in one sentence",
        repeat("S,, said S , who said(\0, adding |hat su/mill"),
    );
    // One long sentence of `report to ... report to ...`: each cue read the run of audiences
    // after it to the sentence end.
    assert_linear("audiences after every cue", repeat(" to  to&ld report"));
    // One long sentence of `saw X as Y`: each cue looked over every statement of the sentence
    // for one whose words hold it.
    assert_linear(
        "beliefs in one sentence",
        repeat("w\thokkkokkke as ousai,ho sa"),
    );
    // One long sentence of `-- according to`: each read the rest of the sentence for a comma.
    assert_linear(
        "dashes before according to",
        repeat("-- according to 2U adding tha-- acc-- accow.ow"),
    );
    // One long sentence of short quotes: each quote counted the words to the sentence end.
    assert_linear(
        "quotes in one sentence",
        repeat("noN. , who said d \u{12}S. sa\u{12}S. said\"id"),
    );
    // One long sentence of `who` clauses: each looks for the main clause's verb within its
    // own words, and for the subject only a few words back.
    assert_linear(
        "relative clauses in one sentence",
        repeat("officials who said the plan was bad warned "),
    );
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "timed in unoptimised builds; see the module docs"
)]
fn c75_abbreviations_grow_linearly() {
    assert_linear("U.S.", repeat("U.S. "));
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "timed in unoptimised builds; see the module docs"
)]
fn c90_openers_of_every_family() {
    for unit in ["\u{201C}ab ", "\u{AB} ", "\u{201E} ", "\u{2018}x ", "\"ab "] {
        assert_linear(unit, repeat(unit));
    }
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "timed in unoptimised builds; see the module docs"
)]
fn c91_interleaved_families() {
    assert_linear("interleaved", repeat("\u{201C}a \u{2018}b "));
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "timed in unoptimised builds; see the module docs"
)]
fn c92_cues_without_speakers() {
    for unit in [
        "said ",
        "he said. ",
        "according to ",
        "\"a,\" said ",
        "Smith, who said ",
        "\"a,\" he said, ",
        "one and ",
        "Ma said that ",
    ] {
        assert_linear(unit, repeat(unit));
    }
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "timed in unoptimised builds; see the module docs"
)]
fn c93_number_fragments() {
    // `2\n0` is a paragraph of `02` per line: a number with a leading zero takes the digit
    // groups after it as a phone number's, which once ran to the end of the text each time.
    for unit in [
        "1,",
        "1.",
        "9",
        "$",
        "%",
        "more than ",
        "between 1 and ",
        "2\n0",
        // Each pair is tried as a range, and each try read the digit groups to the end.
        "-00 ",
    ] {
        assert_linear(unit, repeat(unit));
    }
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "timed in unoptimised builds; see the module docs"
)]
fn c94_abbreviation_runs() {
    for unit in ["U.S. ", "Dr. ", "... "] {
        assert_linear(unit, repeat(unit));
    }
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "timed in unoptimised builds; see the module docs"
)]
fn c95_nesting_shapes() {
    assert_linear("sandwich", |n| {
        format!("{}x{}", "\u{201C}".repeat(n), "\u{201D}".repeat(n))
    });
    // Every cue of one long sentence asked where its words end, and each walked back over
    // the same run of closing marks.
    assert_linear("reports before a run of closers", |n| {
        format!("{}V{}", ". e said.".repeat(n), "!".repeat(n))
    });
    // A word as long as the input opens the sentence of every cue, and each cue's rules
    // read it when they test for an opener (`When ...`, `Speaking at ...`).
    assert_linear("one long word before reports", |n| {
        format!("{}ha{}", "rd0t".repeat(n), " he said".repeat(n))
    });
    assert_linear("tree", |n| {
        (0..n)
            .map(|i| format!("{}a\n", "> ".repeat(i % 64)))
            .collect()
    });
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "timed in unoptimised builds; see the module docs"
)]
fn c96_line_breaks() {
    for unit in ["\r", "\r\n", "\n \n"] {
        assert_linear(unit, repeat(unit));
    }
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "timed in unoptimised builds; see the module docs"
)]
fn c97_distinct_names() {
    assert_linear("names", |n| {
        (0..n)
            .map(|i| format!("Name{i} Person{i} said the plan worked. "))
            .collect()
    });
    // Every person shares a first name, so each name is a candidate for every later one.
    assert_linear("names sharing a word", |n| {
        (0..n)
            .map(|i| format!("Ann Lee{i} said the plan worked. "))
            .collect()
    });
    // One entity with a mention per line: ordering the entities read all of its mentions at
    // every comparison.
    assert_linear("one speaker mentioned on every line", |n| {
        "O?Dr. S. adding::h~WWWn\r\nS\nSSoS\nU".repeat(n)
    });
    // Descriptions of one speaker whose title holds a word as long as the input: each was
    // compared with the title by reading the word again.
    assert_linear("a title as long as the input", |n| {
        format!(
            "{}QQQQ bnQQQQsmQQalmopaalmopgdQQQQQQ {}",
            "lclomopealmopgdQQ".repeat(n),
            "bnQQ2QQsmQQQQQQsr otfes said otdes said trte".repeat(n)
        )
    });
    // One-word names, then one name as long as the input that each of them is compared with.
    assert_linear("short names before a long one", |n| {
        format!("{}who say{}", "B ,  ".repeat(n), " B".repeat(n))
    });
    // A run of capitalized words as long as the input, then speakers named by one of its
    // words: each took the whole run as its full name and kept its words (16 s and 2.9 GB at
    // 512 KiB before runs longer than a name were dropped).
    assert_linear("a capitalized run, then its words as speakers", |n| {
        format!(
            "{}ghlyrOughremlyeqh wo,, sauNnnnnn\u{c}Q Qnnnrough\u{2014}lnnnnnnn`?Q {}",
            "QQ Qnnnnnnnnnnnnnnnnnn\u{c}Q Qnnnrou".repeat(n),
            "said#/Q said#my".repeat(n)
        )
    });
    // One paragraph of a named subject, each sentence followed by a role: every role looks
    // for the subject of the sentence before and that person's mention there.
    assert_linear("roles after named subjects in one paragraph", |n| {
        "Ida Berg has backed it. The coach said it was fast. ".repeat(n)
    });
    // One sentence of names, each followed by `when he said`: each pronoun looks back for
    // the one person named before it.
    assert_linear("pronouns after `when` in one sentence", |n| {
        "Mayor Ida Berg backed it when he said it was fine, and ".repeat(n)
    });
    // `the paper` after many names that are no paper's: each looks a bounded way back.
    assert_linear("papers after names of people", |n| {
        "Ida Berg met Tom Okafor and Kim Tate. The paper said it was fine. ".repeat(n)
    });
    // `the bank` after many bodies' names that hold the noun or none: the same bounded look.
    assert_linear("a trade's noun after many names", |n| {
        "Velox Bank of Tarland and Ida Berg met. The bank said it was fine. ".repeat(n)
    });
    // `Dr. X Dr. X ...` and a speaker: the title before each name reached back over the whole
    // run, and its words were kept for every name (quadratic in time and memory).
    assert_linear("a run of titled names", |n| {
        format!("{}Dr. HEEE said$US told :", "Dr. HEEE ".repeat(n))
    });
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "timed in unoptimised builds; see the module docs"
)]
fn c92_reports_joined_after_a_run_of_marks() {
    // A sentence opening with a run of quote marks, then `but said` repeated: the subject of
    // each joined report was sought by walking over the run from the sentence start.
    assert_linear("marks, then joined reports", |n| {
        format!(
            "{}'N]NNNNNNNs{}",
            "'".repeat(n),
            "buu'alm b.but said ".repeat(n)
        )
    });
    // The same run of marks, then `... adding ...` repeated: each report makes one unnamed
    // speaker in the first paragraph, and each of them was compared with every speaker of the
    // article when the lede's descriptions were linked to the names below them.
    assert_linear("marks, then many lede descriptions", |n| {
        format!("{}'gnot{}", "'".repeat(n), "n*dr to AA adding t".repeat(n))
    });
    // `They` with nothing to stand for, sentence after sentence: the plural subject of the
    // sentence before was itself `They`, and its antecedent was looked for in turn, back over
    // every sentence.
    assert_linear("pronouns with no antecedent", |n| {
        "They have both said it was shut. ".repeat(n)
    });
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "timed in unoptimised builds; see the module docs"
)]
fn c98_diagnostic_floods() {
    for unit in ["\0", "\u{201D}", "<b>", "&amp;"] {
        assert_linear(unit, repeat(unit));
    }
}
