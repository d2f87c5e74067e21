//! Builds one adversarial input and parses it once: the program that `scripts/growth.sh` runs
//! under an instruction counter at two sizes to check that work grows linearly.
//!
//! ```text
//! cargo run --release --example growth -- GENERATOR N
//! cargo run --release --example growth -- --list
//! ```

use std::process::ExitCode;

/// Builds the input of a generator for a size `n`.
type Build = fn(usize) -> String;

/// The adversarial generators: a name and the input for a size `n`.
const GENERATORS: &[(&str, Build)] = &[
    ("newlines", |n| "\n".repeat(n)),
    ("words", |n| "word ".repeat(n)),
    ("curly-openers", |n| "\u{201C}ab ".repeat(n)),
    ("guillemet-openers", |n| "\u{AB} ".repeat(n)),
    ("straight-openers", |n| "\"ab ".repeat(n)),
    ("interleaved", |n| "\u{201C}a \u{2018}b ".repeat(n)),
    ("said", |n| "said ".repeat(n)),
    ("he-said", |n| "he said. ".repeat(n)),
    ("according-to", |n| "according to ".repeat(n)),
    ("who-said", |n| "Smith, who said ".repeat(n)),
    ("quote-said", |n| "\"a,\" he said, ".repeat(n)),
    // One sentence of reported words with many clause tails: `, a ...`, `, who ...`.
    ("said-tails", |n| {
        "Dale said the plan, a plan, who ran, ".repeat(n)
    }),
    ("asked-to", |n| "Dale urged them to ask him to ".repeat(n)),
    ("one-and", |n| "one and ".repeat(n)),
    ("commas", |n| "1,".repeat(n)),
    ("dots", |n| "1.".repeat(n)),
    ("nines", |n| "9".repeat(n)),
    ("dollars", |n| "$".repeat(n)),
    ("percents", |n| "%".repeat(n)),
    ("more-than", |n| "more than ".repeat(n)),
    ("zero-lines", |n| "2\n0".repeat(n)),
    ("zero-ranges", |n| "-00 ".repeat(n)),
    ("us", |n| "U.S. ".repeat(n)),
    ("dr", |n| "Dr. ".repeat(n)),
    ("ellipses", |n| "... ".repeat(n)),
    ("sandwich", |n| {
        format!("{}x{}", "\u{201C}".repeat(n), "\u{201D}".repeat(n))
    }),
    ("shared-name-word", |n| {
        (0..n)
            .map(|i| format!("Ann Lee{i} said the plan worked. "))
            .collect()
    }),
    ("subject-pronoun", |n| {
        (0..n)
            .map(|i| format!("Ann Lee{i} runs the port. She said it was fine. He said so. "))
            .collect()
    }),
    ("same-subject-pronoun", |n| {
        "Mr Ann Lee runs the port. He said it was fine. ".repeat(n)
    }),
    ("but-officials-said", |n| {
        "it rose but U.S. officials have said ".repeat(n)
    }),
    ("quoted-words-said", |n| {
        "we seek \"a deal\" and ".repeat(n) + "\"a trap\", he said."
    }),
    ("as-reported", |n| {
        "As reported by the Post, ".repeat(n) + "it rose."
    }),
    ("which-commas", |n| {
        "Berg, which a, ".repeat(n) + "said the plan was dead."
    }),
    ("and-name-says", |n| "x and Ida Berg says ".repeat(n)),
    ("dash-asides", |n| {
        "Berg - after a pause - ".repeat(n) + "told me it was over."
    }),
    ("share-said", |n| "more than 4 in 10 said ".repeat(n)),
    ("point-digits", |n| "one point 25 point eleven ".repeat(n)),
    ("described-quotes", |n| {
        "Ida Berg spoke. \"It is late.\" ".repeat(n)
    }),
    ("magnitudes-and-multiples", |n| {
        "tens of thousands of hundreds of millions of a third of sixfold 1 to 2 thousand ".repeat(n)
    }),
    ("particles-and-powers", |n| {
        "pointed out that made it clear that 9^128 one one hundred fifth dozens of ".repeat(n)
    }),
    ("office-titles-and-verbs", |n| {
        "Chancellor of the Exchequer Ida Berg issued a statement saying Labour MP Roe MP ".repeat(n)
    }),
    ("inversions-without-commas", |n| {
        "The pier is old thinks Ida Berg, an engineer at Hull. The port is shut while the Lib \
         Dems say it is open. Engineers fear that the pier is failing and warn that it is. "
            .repeat(n)
    }),
    ("pronoun-subjects", |n| {
        "There was an outcry. It said so. Five unions will meet the mayor. They want more pay. \
         However, Ida Berg voted no. She said the plan was bad. "
            .repeat(n)
    }),
    ("appositives-and-bounds", |n| {
        "However, Ida Berg, a diver at Hull said at least 5 left. Head of Surveys, Dr Roe, \
         said between $5 (£3) and $9. ''I said 'yes,''' said FranA\u{303}\u{83}ois, 6'2\". "
            .repeat(n)
    }),
    ("floating-quantifiers", |n| {
        format!(
            "{}They {}said the pier was shut.",
            "They have both said it was shut. ".repeat(n),
            "have both all ".repeat(n)
        )
    }),
    ("poll-phrases", |n| {
        // One sentence of clauses each closed by a poll, and one of `in`s before a poll noun.
        format!(
            "{}Okafor leads in a new poll. Varga gains {}in the Tribune poll.",
            "Okafor leads in a new poll, although Varga gains in a later survey, and ".repeat(n),
            "in ".repeat(n)
        )
    }),
    ("attitudes-and-targets", |n| {
        format!(
            "{}{}",
            "Varga expressed concern about the pier and blasted Okafor for the delay, voicing \
             doubts over the budget. "
                .repeat(n),
            "The figures point to a slowdown and the surveys point to ".repeat(n)
        )
    }),
    ("conditions-and-writings", |n| {
        // One sentence of conditional reports with no comma, and one of things written and
        // prizes claimed, each with a pronoun and an auxiliary far from its cue.
        format!(
            "{}{}",
            "Varga says if the pier shuts the town would suffer and it'd be a shame and ".repeat(n),
            "Okafor wrote the score and claimed a draw and wrote a letter and ".repeat(n)
        )
    }),
    ("quotes-naming-speakers", |n| {
        // Quotes of several sentences, each naming someone, attributed by a pronoun: the
        // antecedent is looked for over the quote's sentences and the names inside it.
        "Ida Berg is suing the port. She arrived early. ".to_string()
            + &"\"It is unsafe, Tom. Ask Ida Berg.\" she said. ".repeat(n)
    }),
    ("relative-antecedents", |n| {
        // One long sentence of names, each with a relative clause, and pronouns that attribute
        // with no speaker before them: each pronoun looks back at the clauses before it.
        "The cheer was for Ida Berg, who paused".to_string()
            + &", and he said it was loud, and Tom Okafor, who paused".repeat(n)
            + "."
    }),
    ("pronouns-after-relative", |n| {
        // A long sentence that ends on a bare surname and its relative clause, which no
        // pronoun takes, then a sentence of many `he said`: each pronoun looks back a bounded
        // way before the clause, never over the whole sentence.
        "Tom ran and ".repeat(n) + "met Berg, who ran. " + &"\"Yes,\" he said, ".repeat(n) + "."
    }),
    ("aged-and-titled-subjects", |n| {
        // Ages, roles over a field, a demonstrative `that`, `as`, a titled name after an
        // opening phrase, and a one-word body spoken of as `it`.
        "Director of rugby Ida Berg said that could go. The 31-year-old said the latest plan \
         to go failed as experts predict a fall. On that day's show Mr Marsh was asked. He \
         replied: \"No.\" Acmesoft said it would. "
            .repeat(n)
    }),
    ("run-on-quotes", |n| {
        "\"I train daily. ".repeat(n) + "\"I race in March,\" she said. Berg's race."
    }),
    ("same-pronoun-sentences", |n| {
        format!(
            "Ida Berg spoke. {}She said it was late.",
            "She ran. ".repeat(n)
        )
    }),
    ("name-run-commas", |n| {
        format!("{}who say{}", "B ,  ".repeat(n), " B".repeat(n))
    }),
    ("titles-and-lines", |n| {
        "O?Dr. S. adding::h~WWWn\r\nS\nSSoS\nU".repeat(n)
    }),
    ("percent-said", |n| "-7%7 sa'd~\u{1}\0|".repeat(n)),
    ("who-said-marks", |n| {
        "noN. , who said d \u{12}S. sa\u{12}S. said\"id".repeat(n)
    }),
    ("dash-according", |n| {
        "-- according to 2U adding tha-- acc-- accow.ow".repeat(n)
    }),
    ("long-title-said", |n| {
        format!(
            "{}QQQQ bnQQQQsmQQalmopaalmopgdQQQQQQ {}",
            "lclomopealmopgdQQ".repeat(n),
            "bnQQ2QQsmQQQQQQsr otfes said otdes said trte".repeat(n)
        )
    }),
    ("who-said-adding", |n| {
        "S,, said S , who said(\0, adding |hat su/mill".repeat(n)
    }),
    ("dash-digits", |n| "-3-".repeat(n)),
    ("report-to", |n| " to  to&ld report".repeat(n)),
    ("money-quotes", |n| ",,113, o15$11qu.t.'M in nh ".repeat(n)),
    ("saw-as", |n| "w\thokkkokkke as ousai,ho sa".repeat(n)),
    ("long-word-said", |n| {
        format!("{}ha{}", "rd0t".repeat(n), " he said".repeat(n))
    }),
    ("said-bangs", |n| {
        format!("{}V{}", ". e said.".repeat(n), "!".repeat(n))
    }),
    ("tree", |n| {
        (0..n)
            .map(|i| format!("{}a\n", "> ".repeat(i % 64)))
            .collect()
    }),
    ("crs", |n| "\r".repeat(n)),
    ("crlfs", |n| "\r\n".repeat(n)),
    ("names", |n| {
        (0..n)
            .map(|i| format!("Name{i} Person{i} said the plan worked. "))
            .collect()
    }),
    ("nuls", |n| "\0".repeat(n)),
    ("closers", |n| "\u{201D}".repeat(n)),
    ("marks-but-said", |n| {
        format!(
            "{}'N]NNNNNNNs{}",
            "'".repeat(n),
            "buu'alm b.but said ".repeat(n)
        )
    }),
    ("marks-adding", |n| {
        format!("{}'gnot{}", "'".repeat(n), "n*dr to AA adding t".repeat(n))
    }),
    ("dollar-zero", |n| "$0".repeat(n)),
    ("capitalized-run-said", |n| {
        format!(
            "{}ghlyrOughremlyeqh wo,, sauNnnnnn\u{c}Q Qnnnrough\u{2014}lnnnnnnn`?Q {}",
            "QQ Qnnnnnnnnnnnnnnnnnn\u{c}Q Qnnnrou".repeat(n),
            "said#/Q said#my".repeat(n)
        )
    }),
    ("titled-name-run", |n| {
        format!("{}Dr. HEEE said$US told :", "Dr. HEEE ".repeat(n))
    }),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--list") {
        for (name, _) in GENERATORS {
            println!("{name}");
        }
        return ExitCode::SUCCESS;
    }
    let (Some(name), Some(n)) = (args.first(), args.get(1).and_then(|n| n.parse().ok())) else {
        eprintln!("usage: growth GENERATOR N | growth --list");
        return ExitCode::from(2);
    };
    let Some((_, build)) = GENERATORS.iter().find(|(g, _)| g == name) else {
        eprintln!("growth: no generator {name} (try --list)");
        return ExitCode::from(2);
    };
    let text = build(n);
    match reportage::ParseOptions::new()
        .max_input_bytes(usize::MAX)
        .parse(&text)
    {
        Ok(article) => {
            println!(
                "{name} n={n}: {} bytes, {} statements, {} claims",
                text.len(),
                article.statements().len(),
                article.numeric_claims().len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("growth: {e}");
            ExitCode::FAILURE
        }
    }
}
