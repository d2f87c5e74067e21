//! One fixture per attribution pattern, on sentences written for these tests.

use crate::model::{Article, MentionKind, SpeakerKind, StatementKind};

/// What a test expects of one statement: kind, content, cue, mention, speaker name.
type Row<'a> = (
    StatementKind,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
);

/// A statement as the tests see it: kind, content, cue, mention, speaker name.
type Seen = (
    StatementKind,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn read(text: &str) -> Vec<Seen> {
    let article: Article<'_> = crate::parse(text).expect("parses");
    assert_eq!(crate::check_invariants(text, &article), Ok(()));
    article
        .statements()
        .iter()
        .map(|s| {
            (
                s.kind(),
                s.content().text().to_string(),
                s.cue().map(|c| c.text().to_string()),
                s.mention().map(|m| m.text().to_string()),
                article
                    .speaker_of(s)
                    .and_then(|p| p.name())
                    .map(str::to_string),
            )
        })
        .collect()
}

/// Each statement's content.
fn contents_of(text: &str) -> Vec<String> {
    cue_kinds(text).into_iter().map(|(c, _)| c).collect()
}

/// Each statement's mention of its speaker.
fn mentions_of(text: &str) -> Vec<Option<String>> {
    read(text).into_iter().map(|s| s.3).collect()
}

/// Each statement's content and cue kind.
fn cue_kinds(text: &str) -> Vec<(String, Option<crate::model::CueKind>)> {
    let article: Article<'_> = crate::parse(text).expect("parses");
    article
        .statements()
        .iter()
        .map(|s| (s.content().text().to_string(), s.cue_kind()))
        .collect()
}

/// The kind and the name of the speaker of the first statement of `text`.
fn first_speaker(text: &str) -> (SpeakerKind, Option<String>) {
    let article = crate::parse(text).expect("parses");
    let speaker = article
        .speaker_of(&article.statements()[0])
        .expect("a speaker");
    (speaker.kind(), speaker.name().map(str::to_string))
}

/// The titles and the affiliation of the speaker of the first statement of `text`.
fn first_speakers_roles(text: &str) -> (Vec<String>, Option<String>) {
    let article = crate::parse(text).expect("parses");
    let speaker = article
        .speaker_of(&article.statements()[0])
        .expect("a speaker");
    (
        speaker
            .titles()
            .iter()
            .map(|t| t.text().to_string())
            .collect(),
        speaker.affiliation().map(|a| a.text().to_string()),
    )
}

fn expect(text: &str, rows: &[Row<'_>]) {
    let found = read(text);
    let want: Vec<_> = rows
        .iter()
        .map(|(k, c, cue, m, sp)| {
            (
                *k,
                c.to_string(),
                cue.map(str::to_string),
                m.map(str::to_string),
                sp.map(str::to_string),
            )
        })
        .collect();
    assert_eq!(found, want, "{text}");
}

use StatementKind::{Direct, Indirect, Mixed};

#[test]
fn quote_then_name_and_verb() {
    expect(
        "\"The bridge will open in May,\" Okafor said.",
        &[(
            Direct,
            "The bridge will open in May",
            Some("said"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
}

#[test]
fn quote_then_inverted_verb_and_name_with_role() {
    expect(
        "\"We are ready,\" said Lena Okafor, a spokeswoman for the port authority.",
        &[(
            Direct,
            "We are ready",
            Some("said"),
            Some("Lena Okafor"),
            Some("Lena Okafor"),
        )],
    );
}

#[test]
fn a_place_and_one_of_a_group_set_beside_the_speaker() {
    // Two asides, a phrase a preposition opens and `one of ...`, stand between the name and
    // the cue; who is told is never the speaker.
    expect(
        "\"We need more storage,\" Ida Berg, from Lumen's Leeds Laboratories, one of the founders \
         of the format, told the BBC.",
        &[(
            Direct,
            "We need more storage",
            Some("told the BBC"),
            Some("Ida Berg"),
            Some("Ida Berg"),
        )],
    );
    // A clause that a preposition opens holds the subject itself.
    expect(
        "He kept the delegates in 1976, in what Tom Okafor, treasurer of the campaign, called \
         \"hand-to-hand combat.\"",
        &[(
            Direct,
            "hand-to-hand combat",
            Some("called"),
            Some("Tom Okafor"),
            Some("Tom Okafor"),
        )],
    );
}

#[test]
fn a_second_report_after_but_ends_the_first_and_speaks_on() {
    // `but` and a subject with its name in commas open a second report: the first content
    // ends before it, and `and added` goes on with its speaker.
    expect(
        "Police claimed Tom Okafor was a leader but his lawyer, Ida Berg, told the BBC it was \
         absurd and added: \"He was living on welfare.\"",
        &[
            (
                Indirect,
                "Tom Okafor was a leader",
                Some("claimed"),
                Some("Police"),
                None,
            ),
            (
                Indirect,
                "it was absurd",
                Some("told the BBC"),
                Some("Ida Berg"),
                Some("Ida Berg"),
            ),
            (
                Direct,
                "He was living on welfare",
                Some("added"),
                Some("his lawyer"),
                Some("Ida Berg"),
            ),
        ],
    );
}

#[test]
fn a_trailing_description_then_the_name_in_commas() {
    // `..., her lawyer, NAME, said.`: the description and the name are one subject, and `he`
    // in the next sentence stands for the lawyer.
    expect(
        "Ida Berg is suing the firm, her lawyer, Tom Wander, said. The firm \"failed my \
         client,\" he said.",
        &[
            (
                Indirect,
                "Ida Berg is suing the firm",
                Some("said"),
                Some("Tom Wander"),
                Some("Tom Wander"),
            ),
            (
                Mixed,
                "The firm \"failed my client,\"",
                Some("said"),
                Some("he"),
                Some("Tom Wander"),
            ),
        ],
    );
}

#[test]
fn a_plural_owner_before_a_bodys_noun_is_one_name() {
    // `Bankers' Association` is one body's name, not an association the bankers own (which
    // was taken for the association named before).
    let text = "The Harbour Society Association said lending fell. The Harbour Bankers' \
                Association said lending was weak. The Harbour Farmers\u{2019} Union said \
                prices rose.";
    let article = crate::parse(text).expect("parses");
    let names: Vec<_> = article
        .statements()
        .iter()
        .map(|s| article.speaker_of(s).and_then(|p| p.name()))
        .collect();
    assert_eq!(
        names,
        [
            Some("Harbour Society Association"),
            Some("Harbour Bankers' Association"),
            Some("Harbour Farmers\u{2019} Union")
        ]
    );
}

#[test]
fn a_surname_takes_the_full_name_without_its_titles() {
    // The full name the text gave elsewhere, with the words a mention reads as titles (a
    // party, a nation, a hyphened description) left out of it.
    let name = |n: &str| Some(n.to_string());
    assert_eq!(
        speaker_names(
            "The plan is backed by Tories and by Liberal Democrat Ida Okafor. Okafor said it \
             was fair. The final was won by Swede Tom Berg. Berg said it was fun."
        ),
        [name("Ida Okafor"), name("Tom Berg")]
    );
}

#[test]
fn quote_then_pronoun_resolves_to_the_last_person() {
    expect(
        "Mayor Tom Reyes spoke first. \"Nobody expected this,\" Reyes said. \"We will rebuild,\" he said.",
        &[
            (
                Direct,
                "Nobody expected this",
                Some("said"),
                Some("Reyes"),
                Some("Tom Reyes"),
            ),
            (
                Direct,
                "We will rebuild",
                Some("said"),
                Some("he"),
                Some("Tom Reyes"),
            ),
        ],
    );
}

#[test]
fn he_and_she_skip_a_person_whose_title_says_otherwise() {
    let found = read(
        "Ana Berg said the port would open. Mr Okafor said it would not. \"We will see,\" she \
         said. \"Soon,\" he said.",
    );
    let speakers: Vec<Option<&str>> = found.iter().map(|r| r.4.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            Some("Ana Berg"),
            Some("Okafor"),
            Some("Ana Berg"),
            Some("Okafor")
        ]
    );
}

#[test]
fn an_age_description_resolves_to_the_last_named_person() {
    expect(
        "Ana Berg said she had won. \"I am ready now,\" said the 28-year-old.",
        &[
            (
                Indirect,
                "she had won",
                Some("said"),
                Some("Ana Berg"),
                Some("Ana Berg"),
            ),
            (
                Direct,
                "I am ready now",
                Some("said"),
                Some("the 28-year-old"),
                Some("Ana Berg"),
            ),
        ],
    );
    // An age with a role is a role: the person the lede named, and past the lede a
    // description of its own.
    let found = read("Ana Berg said she had won. \"I am ready,\" said the 28-year-old driver.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].4.as_deref(), Some("Ana Berg"));
    let found = read(
        "The race ended.\n\nIt rained.\n\nAna Berg said she had won. \"I am ready,\" said \
         the 28-year-old driver.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].4, None);
}

#[test]
fn a_bare_role_resolves_to_the_last_unnamed_holder_of_it() {
    let same = |text: &str| {
        let article = crate::parse(text).expect("parses");
        let found: Vec<Option<usize>> = article.statements().iter().map(|s| s.speaker()).collect();
        assert_eq!(found.len(), 2, "{text}");
        found[0].is_some() && found[0] == found[1]
    };
    assert!(same(
        "A Bayern spokesman said the decision was medical. \"He has back pain,\" the \
         spokesman said."
    ));
    assert!(same(
        "An Investment Ministry official said the sale was near. The official said it \
         would be soon."
    ));
    // A role with a word of its own is another holder's.
    assert!(!same(
        "A Labour spokesman said the plan was fair. The Tory spokesman said it was not."
    ));
}

#[test]
fn a_quote_interrupted_by_its_attribution_is_one_statement() {
    let text = "\"We tried,\" she said, \"but the river rose too fast.\"";
    let article = crate::parse(text).expect("parses");
    assert_eq!(article.statements().len(), 1);
    let s = &article.statements()[0];
    assert_eq!(s.kind(), Direct);
    let pieces: Vec<&str> = s
        .content()
        .fragments()
        .iter()
        .filter_map(|f| f.text_in(text))
        .collect();
    assert_eq!(pieces, ["We tried", "but the river rose too fast"]);
}

#[test]
fn a_quote_continued_in_the_next_sentence_is_a_fragment() {
    let text = "\"Prices went up,\" Haddad said. \"Nobody could pay.\"";
    let article = crate::parse(text).expect("parses");
    assert_eq!(article.statements().len(), 1);
    assert_eq!(article.statements()[0].content().fragments().len(), 2);
}

#[test]
fn colon_introduces_a_quote() {
    expect(
        "The minister said: \"There is no deal yet.\"",
        &[(
            Direct,
            "There is no deal yet",
            Some("said"),
            Some("The minister"),
            None,
        )],
    );
}

#[test]
fn quote_only_paragraph_continues_the_last_speaker() {
    // The remarks go on in the next paragraph: one statement in two fragments.
    let text = "\"We will appeal,\" Lindqvist said.\n\n\"The ruling ignores the evidence.\"";
    let article = crate::parse(text).expect("parses");
    let statements = article.statements();
    assert_eq!(statements.len(), 1);
    let fragments: Vec<&str> = statements[0]
        .content()
        .fragments()
        .iter()
        .filter_map(|f| f.text_in(text))
        .collect();
    assert_eq!(
        fragments,
        ["We will appeal", "The ruling ignores the evidence"]
    );
}

#[test]
fn a_bodys_noun_before_a_name_with_its_own_article() {
    use StatementKind::Direct;
    expect(
        "\"Estimates vary,\" the think-tank The Halden Institution says.",
        &[(
            Direct,
            "Estimates vary",
            Some("says"),
            Some("the think-tank The Halden Institution"),
            Some("Halden Institution"),
        )],
    );
    // A think-tank is a body.
    let article = crate::parse("The think-tank said prices would rise.").expect("parses");
    let speaker = article
        .speaker_of(&article.statements()[0])
        .expect("a speaker");
    assert_eq!(speaker.kind(), crate::model::SpeakerKind::Organisation);
}

#[test]
fn a_countrys_media_without_an_article_is_a_body() {
    for text in [
        "Turkish media reported that the talks had failed.",
        "Prices rose. Chinese state media said the plan was ready.",
        "Local television said the plan was ready.",
    ] {
        assert_eq!(
            first_speaker(text),
            (SpeakerKind::Organisation, None),
            "{text}"
        );
    }
    // A lowercase word before the medium that is no state's makes no body.
    assert!(read("Prices rose, and rival media said the plan was ready.").is_empty());
}

#[test]
fn said_with_its_object_after_a_comma_is_no_inverted_report() {
    assert_eq!(
        contents_of("He said that Ana Ruiz, in fact, said as much when the ship left."),
        ["Ana Ruiz, in fact, said as much when the ship left"]
    );
    // `said` and the speaker after the comma still report on their own.
    assert_eq!(
        contents_of("The plan will fail, said an official."),
        ["The plan will fail"]
    );
}

#[test]
fn the_latter_after_the_last_comma_is_the_writers_gloss() {
    assert_eq!(
        contents_of(
            "He said the closures hit public courses and parks, the latter a reference to \
             clubs that let anyone play."
        ),
        ["the closures hit public courses and parks"]
    );
}

#[test]
fn court_papers_are_where_words_were_said() {
    use StatementKind::Indirect;
    let seen = read(
        "Lawyers for the firm opposed the move, saying in court papers that the claim was false.",
    );
    let last = seen.last().expect("a statement");
    assert_eq!(last.0, Indirect);
    assert_eq!(last.1, "the claim was false");
    assert_eq!(last.2.as_deref(), Some("saying in court papers"));
    assert_eq!(last.3.as_deref(), Some("Lawyers for the firm"));
}

#[test]
fn a_bodys_noun_after_an_owner_names_a_body() {
    assert_eq!(
        first_speaker("The band's record company Lumen said the singer would leave."),
        (SpeakerKind::Organisation, Some("Lumen".to_string()))
    );
    // A band is a body, as a team is.
    assert_eq!(
        first_speaker("Pop band Lumen confirmed they plan to take a break."),
        (SpeakerKind::Organisation, Some("Lumen".to_string()))
    );
    // So is a lab, and a forum by its name.
    for text in [
        "Finnish anti-virus lab Lumen said it had reports of the attack.",
        "The Music Managers' Forum said artists face a struggle.",
    ] {
        assert_eq!(first_speaker(text).0, SpeakerKind::Organisation, "{text}");
    }
    // A person's role after an owner names a person.
    assert_eq!(
        first_speaker("Acme's chief executive Ida Berg said the singer would leave."),
        (SpeakerKind::Person, Some("Ida Berg".to_string()))
    );
}

#[test]
fn a_place_after_a_role_and_a_preposition_is_no_name() {
    // The last: a title may hold a preposition before the name.
    for (text, name) in [
        (
            "Lumen's High Commissioner to Britain said the talks had failed.",
            None,
        ),
        (
            "The BBC's correspondent in Jakarta, Ana Ruiz, said the talks had failed.",
            Some("Ana Ruiz"),
        ),
        (
            "Labour's deputy minister for women Ana Ruiz said the talks had failed.",
            Some("Ana Ruiz"),
        ),
    ] {
        assert_eq!(
            first_speaker(text),
            (SpeakerKind::Person, name.map(str::to_string)),
            "{text}"
        );
    }
}

#[test]
fn a_word_in_s_before_a_restrictive_who_is_a_plural_noun() {
    assert_eq!(
        first_speaker("Optimists who study the field predict the gap will close."),
        (SpeakerKind::Group, None)
    );
    // With a comma the clause is on a name.
    let (kind, name) = first_speaker("Sanders, who ran in 2016, predicts the gap will close.");
    assert_ne!(kind, SpeakerKind::Group);
    assert_eq!(name.as_deref(), Some("Sanders"));
}

#[test]
fn who_after_an_aside_in_dashes_stands_for_what_comes_before_it() {
    assert_eq!(
        mentions_of(
            "It was panned by critics in the US - where it reached number eight at the box \
             office - who described the songs as dull."
        ),
        [Some("who".to_string())]
    );
    let article = crate::parse(
        "It was panned by critics in the US - where it reached number eight at the box office \
         - who described the songs as dull.",
    )
    .expect("parses");
    let speaker = article
        .speaker_of(&article.statements()[0])
        .expect("a speaker");
    let mentions: Vec<&str> = speaker.mentions().iter().map(|m| m.text()).collect();
    assert_eq!(mentions, ["critics in the US", "who"]);
}

#[test]
fn shares_of_a_poll_are_each_their_own_speaker() {
    let article = crate::parse(
        "And 87% of the 1,000 adults quizzed said politicians did not deliver.\n\nBut 61% said \
         the issue made no difference. Many said they would not vote.",
    )
    .expect("parses");
    let speakers: Vec<Option<usize>> = article.statements().iter().map(|s| s.speaker()).collect();
    assert_eq!(speakers.len(), 3);
    assert!(speakers.iter().all(Option::is_some));
    assert_ne!(speakers[0], speakers[1]);
    assert_ne!(speakers[1], speakers[2]);
    assert_ne!(speakers[0], speakers[2]);
}

#[test]
fn an_owner_other_than_the_speakers_makes_another_speaker() {
    let article = crate::parse(
        "Prosecution lawyers have argued that Mr Okafor lied. Mr Okafor's lawyers have said he \
         was unaware of the fraud. The lawyers said the trial was unfair.",
    )
    .expect("parses");
    let speakers: Vec<Option<usize>> = article.statements().iter().map(|s| s.speaker()).collect();
    assert_eq!(speakers.len(), 3);
    assert_ne!(speakers[0], speakers[1]);
    // `The lawyers` says no more than either: the last named.
    assert_eq!(speakers[2], speakers[1]);
}

#[test]
fn a_report_on_a_topic_is_the_subject_not_its_topic() {
    // Then: a report by a body names the body; a verb's bare form after a plural subject is
    // the verb.
    for (text, mention) in [
        (
            "A National Audit Office report on the 20 biggest projects says costs have risen.",
            "A National Audit Office report on the 20 biggest projects",
        ),
        ("A report by the OECD says costs have risen.", "the OECD"),
        (
            "Officials report on Monday that costs have risen.",
            "Officials",
        ),
    ] {
        assert_eq!(mentions_of(text), [Some(mention.to_string())], "{text}");
    }
}

#[test]
fn an_aside_in_dashes_may_close_an_opening_phrase() {
    assert_eq!(
        speaker_names(
            "In a speech in Leeds -- which votes on Saturday -- Ida Berg claimed momentum and \
             argued she would win."
        ),
        [Some("Ida Berg".to_string())]
    );
}

#[test]
fn state_before_a_noun_is_no_verb() {
    use StatementKind::Indirect;
    expect(
        "The State Department said it would review the emails.",
        &[(
            Indirect,
            "it would review the emails",
            Some("said"),
            Some("The State Department"),
            Some("State Department"),
        )],
    );
    // The verb takes a clause.
    let seen = read("The rules state that fees will rise.");
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].2.as_deref(), Some("state"));
}

#[test]
fn a_single_mark_left_open_holds_no_quote_after_it() {
    // `picks'` reads as a plural possessive, so the single mark before it closes nothing:
    // the quotes after it in the paragraph are the speakers' own, not quotes within a quote.
    let name = |n: &str| Some(n.to_string());
    let seen = read(
        "The site 'picks' a set of pictures. \"It is like a walk in the gallery,\" said Tom \
         Okafor. \"I went to a store,\" he said, \"and it was no help.\"",
    );
    let found: Vec<(&str, Option<String>)> =
        seen.iter().map(|s| (s.1.as_str(), s.4.clone())).collect();
    assert_eq!(
        found,
        [
            ("It is like a walk in the gallery", name("Tom Okafor")),
            (
                "I went to a store,\" he said, \"and it was no help",
                name("Tom Okafor")
            ),
        ]
    );
}

#[test]
fn a_quote_paragraph_after_the_writers_sentence_is_a_new_statement() {
    use StatementKind::Direct;
    let name = |n: &str| Some(n.to_string());
    // The writer's sentence ends the first statement: the quote after it is not one more
    // fragment of it, but it is still the same speaker's.
    let text = "\"We will appeal,\" Ida Lindqvist said. The court sat for three days.\n\n\"The \
                ruling ignores the evidence.\"";
    assert_eq!(
        fragment_texts(text),
        [
            vec!["We will appeal"],
            vec!["The ruling ignores the evidence"]
        ]
    );
    let seen = read(text);
    assert_eq!(seen[1].0, Direct);
    assert_eq!(seen[1].2, None);
    assert_eq!(seen[1].4, name("Ida Lindqvist"));
    // Someone reported in those sentences is the last speaker named.
    assert_eq!(
        speaker_names(
            "\"We will appeal,\" Ida Lindqvist said. Tom Okafor, her rival, said the court was \
             right. The hearing ended at noon.\n\n\"The ruling is fair.\""
        ),
        [
            name("Ida Lindqvist"),
            name("Tom Okafor"),
            name("Tom Okafor")
        ]
    );
    // Someone reported inside another's report is not: the quote is the reporter's, when
    // the writer's sentence comes between or the report is the sentence right before.
    for text in [
        "\"We will appeal,\" Ida Lindqvist said. The hearing ended. Tom Okafor reminded MPs that \
         Ann Bell last year described the ruling as \"a farce\".\n\n\"How could you forget?\"",
        "The hearing ended. Tom Okafor reminded MPs that Ann Bell last year described the ruling \
         as \"a farce\".\n\n\"How could you forget?\"",
    ] {
        let names = speaker_names(text);
        assert_eq!(names.last(), Some(&name("Tom Okafor")), "{text}");
    }
    // Unless the reporter's words are no speech: `Okafor was asked if he would ...`.
    let names = speaker_names(
        "The hearing ended. Tom Okafor was asked if he would say yes to an appeal.\n\n\"I am \
         sure we will.\"",
    );
    assert_eq!(names.last(), Some(&name("Tom Okafor")));
    assert_eq!(
        read(
            "The hearing ended. Tom Okafor was asked if he would say yes to an appeal.\n\n\"I am \
         sure we will.\"",
        )
        .last()
        .map(|s| s.0),
        Some(StatementKind::Direct)
    );
}

/// The text of each fragment of each statement.
fn fragment_texts(text: &str) -> Vec<Vec<String>> {
    let article = crate::parse(text).expect("parses");
    assert_eq!(crate::check_invariants(text, &article), Ok(()));
    article
        .statements()
        .iter()
        .map(|s| match s.content().fragments() {
            [] => vec![s.content().text().to_string()],
            pieces => pieces
                .iter()
                .filter_map(|f| f.text_in(text).map(str::to_string))
                .collect(),
        })
        .collect()
}

#[test]
fn open_quotes_that_run_on_join_the_statement_they_run_into() {
    // Paragraphs run together: each quote is left open where the next opens.
    assert_eq!(
        fragment_texts(
            "\"It is hard work. I train daily. \"I go to the gym. \"I hope to race in March,\" \
             she said."
        ),
        [[
            "It is hard work. I train daily",
            "I go to the gym",
            "I hope to race in March"
        ]]
    );
    // A quote closed late holds the writer's words: it stays out.
    for text in [
        "\"Get a policy now. Ms Berg said that blogs grew fast. \"Everyone blogs,\" she said.",
        "\"We score goals. Berg's only regret was the rain. \"It was close,\" said Berg.",
    ] {
        let found = fragment_texts(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].len(), 1, "{text}: {found:?}");
    }
}

#[test]
fn reported_speech_before_and_after() {
    expect(
        "The dam held through the night, the engineer said.",
        &[(
            Indirect,
            "The dam held through the night",
            Some("said"),
            Some("the engineer"),
            None,
        )],
    );
    expect(
        "Okafor said that the dam held through the night.",
        &[(
            Indirect,
            "the dam held through the night",
            Some("said"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
    expect(
        "Okafor said the dam held.",
        &[(
            Indirect,
            "the dam held",
            Some("said"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
}

#[test]
fn according_to_before_and_after() {
    expect(
        "According to the ministry, exports fell sharply.",
        &[(
            Indirect,
            "exports fell sharply",
            Some("According to"),
            Some("the ministry"),
            None,
        )],
    );
    expect(
        "Exports fell sharply, according to Haddad.",
        &[(
            Indirect,
            "Exports fell sharply",
            Some("according to"),
            Some("Haddad"),
            Some("Haddad"),
        )],
    );
}

#[test]
fn appositive_roles_on_either_side() {
    let text = "Zeng Yixin, deputy director of the commission, said that tests would double.";
    let article = crate::parse(text).expect("parses");
    let s = &article.statements()[0];
    assert_eq!(s.mention().map(|m| m.text()), Some("Zeng Yixin"));
    let (titles, _) = first_speakers_roles(text);
    assert_eq!(titles, ["deputy director of the commission"]);
}

#[test]
fn roles_the_lexicon_does_not_list_beside_an_untitled_name() {
    use StatementKind::Indirect;
    for (text, title, affiliation) in [
        // A role phrase with its `of` before the name; `State` is part of it, not the verb.
        (
            "The Shadow Secretary of State for Transport, Ida Okafor, said fares would rise.",
            "The Shadow Secretary of State for Transport",
            None,
        ),
        // Unlisted role words after their owner, between commas after the name.
        (
            "Ida Okafor, Tidewater's head of rail policy, said fares would rise.",
            "head of rail policy",
            Some("Tidewater"),
        ),
    ] {
        expect(
            text,
            &[(
                Indirect,
                "fares would rise",
                Some("said"),
                Some("Ida Okafor"),
                Some("Ida Okafor"),
            )],
        );
        let (titles, owner) = first_speakers_roles(text);
        assert_eq!(titles, [title], "{text}");
        assert_eq!(owner.as_deref(), affiliation, "{text}");
    }
}

#[test]
fn an_auxiliary_before_a_name_inside_a_sentence_is_a_first_name() {
    use StatementKind::Direct;
    expect(
        "\"The pier is unsafe,\" Will Okafor, a harbour engineer, said.",
        &[(
            Direct,
            "The pier is unsafe",
            Some("said"),
            Some("Will Okafor"),
            Some("Will Okafor"),
        )],
    );
    // At the start of a sentence, a question.
    assert_eq!(
        contents_of("Will Labour win? Okafor said it would."),
        ["it would"]
    );
}

#[test]
fn a_month_after_a_first_name_is_a_surname() {
    use StatementKind::{Direct, Indirect};
    expect(
        "Transport spokeswoman Ida May said fares would rise. \"It is a scandal,\" she added.",
        &[
            (
                Indirect,
                "fares would rise",
                Some("said"),
                Some("Transport spokeswoman Ida May"),
                Some("Ida May"),
            ),
            (
                Direct,
                "It is a scandal",
                Some("added"),
                Some("she"),
                Some("Ida May"),
            ),
        ],
    );
    // A day after it, or a time word before it: the month.
    expect(
        "Okafor said on Friday May 3 that fares would rise.",
        &[(
            Indirect,
            "fares would rise",
            Some("said"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
}

#[test]
fn appositives_with_a_rank_or_a_state_abbreviation() {
    use StatementKind::Indirect;
    expect(
        "Ida Brandt, the No. 3 Democrat in the state Assembly, said the vote would slip.",
        &[(
            Indirect,
            "the vote would slip",
            Some("said"),
            Some("Ida Brandt"),
            Some("Ida Brandt"),
        )],
    );
    for text in [
        "Lou Varga, a welder from Cobb, Ga., said the plant had hired again.",
        // Four asides: an age, a town, its state and a relative clause.
        "Lou Varga, 59, of Cobb, Ga., who attended the rally, said the plant had hired again.",
        // A body's acronym in brackets, and a place after it, inside the appositive.
        "Lou Varga, plant manager for steel giant Cobb Metals (CM) in Europe, said the plant \
         had hired again.",
        "Lou Varga, the manager for Cobb Metals (CM), said the plant had hired again.",
        // A reflexive that stresses the subject; a body named by its web address.
        "Lou Varga himself said the plant had hired again.",
        "Lou Varga himself has said the plant had hired again.",
        "Lou Varga - himself a welder from Cobb - said the plant had hired again.",
        "Lou Varga, chief officer at Cobbmetals.com, said the plant had hired again.",
        // Any noun phrase between a name that opens the clause and its verb, with a head
        // the lexicon does not know and a phrase after it, or a real name in it.
        "Lou Varga, the port's first global superstar after his exploits in the 1995 Cup, \
         said the plant had hired again.",
        "Lou Varga, real name Louis Vargas, said the plant had hired again.",
        // A long role of a kind the lexicon knows (`coordinator`) after a possessive.
        "The United Nations' emergency relief coordinator, Lou Varga, said the plant had \
         hired again.",
    ] {
        expect(
            text,
            &[(
                Indirect,
                "the plant had hired again",
                Some("said"),
                Some("Lou Varga"),
                Some("Lou Varga"),
            )],
        );
    }
}

#[test]
fn adding_that_chains_a_second_statement() {
    expect(
        "\"We are not done,\" Reyes said, adding that the city would borrow more.",
        &[
            (
                Direct,
                "We are not done",
                Some("said"),
                Some("Reyes"),
                Some("Reyes"),
            ),
            (
                Indirect,
                "the city would borrow more",
                Some("adding"),
                Some("Reyes"),
                Some("Reyes"),
            ),
        ],
    );
}

#[test]
fn a_quote_after_adding_and_a_comma_is_read_once() {
    // The chained reader leaves the quote to the quote reader: one direct statement, not a
    // second one holding the quote marks.
    expect(
        "Okafor said the ferry was late again, adding, \u{201c}Nobody told us why.\u{201d}",
        &[
            (
                Indirect,
                "the ferry was late again",
                Some("said"),
                Some("Okafor"),
                Some("Okafor"),
            ),
            (
                Direct,
                "Nobody told us why",
                Some("adding"),
                Some("Okafor"),
                Some("Okafor"),
            ),
        ],
    );
}

#[test]
fn a_participle_after_a_belief_is_read_once() {
    // The speech pass reads `warning`; the belief read later chains to the same participle.
    let text =
        "The board hoped to allay the fears of investors, warning that the merger would slip.";
    let found = read(text);
    let warning: Vec<_> = found
        .iter()
        .filter(|s| s.2.as_deref() == Some("warning"))
        .collect();
    assert_eq!(warning.len(), 1, "{found:?}");
    assert_eq!(warning[0].1, "the merger would slip", "{found:?}");
}

#[test]
fn an_amount_after_add_or_decline_is_a_change_in_a_figure() {
    // The figure changes; nobody is reported.
    expect(
        "Shares in Dunmore added 4.1% to 610p, the exchange said.",
        &[(
            Indirect,
            "Shares in Dunmore added 4.1% to 610p",
            Some("said"),
            Some("the exchange"),
            None,
        )],
    );
    expect("Exports declined 0.4% in March.", &[]);
    expect("Copper rose, adding $12 to $7,410 a tonne.", &[]);
    expect("The mill added only 140 jobs in May.", &[]);
    // An amount that opens a clause is reported.
    expect(
        "Varga added two more crew had left.",
        &[(
            Indirect,
            "two more crew had left",
            Some("added"),
            Some("Varga"),
            Some("Varga"),
        )],
    );
}

#[test]
fn a_verb_form_after_an_article_and_a_modifier_is_a_noun() {
    expect(
        "The station will raise funds during an hour-long show featuring local bands.",
        &[],
    );
    expect(
        "Ruiz said the 90p a share offer provided fair value for holders.",
        &[(
            Indirect,
            "the 90p a share offer provided fair value for holders",
            Some("said"),
            Some("Ruiz"),
            Some("Ruiz"),
        )],
    );
    // The verb after a plural subject stays a cue.
    expect(
        "Two recent surveys show that most tenants pay more.",
        &[(
            Indirect,
            "most tenants pay more",
            Some("show"),
            Some("Two recent surveys"),
            None,
        )],
    );
}

#[test]
fn a_verdict_is_not_a_finding() {
    expect("Berg was found guilty of fraud in May.", &[]);
    expect("A jury found him not guilty of arson.", &[]);
    expect("Divers found the skipper alive on Tuesday.", &[]);
    // What a study finds is reported.
    expect(
        "The audit found that the dead weight of old loans was growing.",
        &[(
            Indirect,
            "the dead weight of old loans was growing",
            Some("found"),
            Some("The audit"),
            None,
        )],
    );
}

#[test]
fn where_one_ends_up_or_a_means_found_is_not_a_finding() {
    use crate::model::CueKind::Evidence;
    expect("The visitors found themselves trailing again.", &[]);
    expect("Engineers found a way to cool the chips.", &[]);
    expect("The council must find ways to cut costs.", &[]);
    // An object judged with `to be`, and a finding of an amount, stay findings.
    assert_eq!(
        cue_kinds("Inspectors found the hull to be sound. The survey found more than 40 faults."),
        [
            ("the hull to be sound".to_string(), Some(Evidence)),
            ("more than 40 faults".to_string(), Some(Evidence)),
        ]
    );
}

#[test]
fn what_a_person_shows_or_finds_is_a_clause_never_a_thing() {
    use crate::model::CueKind::Evidence;
    // A person who shows or finds a thing acts: form, fame, space on a pitch.
    expect(
        "Ida Berg showed no sign of the injury in the final set.",
        &[],
    );
    expect("Mr Ruiz found fame in the 1960s.", &[]);
    expect("Berg won the toss. He found space on the left wing.", &[]);
    expect("The veteran striker showed his class again.", &[]);
    // A verb after `and` or `but` is the person's own, not a clause's.
    expect(
        "The teenager showed more poise and engaged Berg in long rallies.",
        &[],
    );
    // What a person shows or finds as a clause is reported, with or without `that`.
    assert_eq!(
        cue_kinds(
            "Ida Berg showed she can still win on clay. Mr Ruiz found the ledger was missing \
             pages."
        ),
        [
            ("she can still win on clay".to_string(), Some(Evidence)),
            ("the ledger was missing pages".to_string(), Some(Evidence)),
        ]
    );
    // Figures and studies show a thing, and a lone word opening a sentence may be one.
    assert_eq!(
        cue_kinds("Figures showed a fall in growth. The study found high levels of lead."),
        [
            ("a fall in growth".to_string(), Some(Evidence)),
            ("high levels of lead".to_string(), Some(Evidence)),
        ]
    );
}

#[test]
fn a_finding_learned_or_accepted_is_a_clause_never_an_object() {
    use crate::model::CueKind::{Belief, Evidence};
    assert_eq!(
        cue_kinds(
            "Berg learned that the pier was closed. Ruiz accepted that the plan had failed. \
             Divers discovered that the hull was cracked."
        ),
        [
            ("the pier was closed".to_string(), Some(Evidence)),
            ("the plan had failed".to_string(), Some(Belief)),
            ("the hull was cracked".to_string(), Some(Evidence)),
        ]
    );
    // A thing learned, accepted or found in the passive is no attribution.
    expect("Berg learned the trade in Leeds.", &[]);
    expect("Ruiz accepted the offer on Monday.", &[]);
    expect("The wreck was discovered only days later.", &[]);
    // Nor does a finding invert: the verb after the comma is the subject's own.
    expect(
        "The awards, which were started in 1997, recognise the best websites.",
        &[],
    );
}

#[test]
fn a_bound_on_a_number_opens_the_reported_clause() {
    expect(
        "Berg said at least 40 people had left the island.",
        &[(
            Indirect,
            "at least 40 people had left the island",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    expect(
        "Now, she says, at most six boats are still working.",
        &[(
            Indirect,
            "at most six boats are still working",
            Some("says"),
            Some("she"),
            None,
        )],
    );
    // So does any qualifier of the number grammar before its number; not `as` alone.
    assert_eq!(
        contents_of(
            "Berg said as many as 40 people had left. Roe said in excess of 200 jobs would \
             go. Lee said as much."
        ),
        [
            "as many as 40 people had left",
            "in excess of 200 jobs would go"
        ]
    );
    // The claim's bound is inside the statement, so the speaker claims it.
    let article = crate::parse("Berg said at least 40 people had left.").expect("parses");
    let claim = &article.numeric_claims()[0];
    assert_eq!(claim.text(), "at least 40");
    assert!(claim.statement().is_some());
}

#[test]
fn an_adjunct_set_off_by_commas_before_that() {
    expect(
        "Ruiz agrees with other experts, like the harbour engineer Ida Berg, that the pier \
         must close.",
        &[(
            Indirect,
            "the pier must close",
            Some("agrees"),
            Some("Ruiz"),
            Some("Ruiz"),
        )],
    );
    // `that` right after a noun, or before a verb, is no clause of the cue's.
    expect(
        "The port made no comment about the future of the pier despite recent speculation \
         that the council had sold it.",
        &[],
    );
    expect(
        "Kestrela is showing off a new crane, a machine with a long arm, that can lift ships.",
        &[],
    );
    // After `no`, a cue word is a noun, and nothing is said.
    expect("There is no doubt that the pier is old.", &[]);
}

#[test]
fn a_conjunction_opening_the_sentence_is_no_part_of_the_speaker() {
    let found = read(
        "The port said the pier was safe. But Ida Roe met the mayor and said the pier \
         was unsafe. And Mr Berg met the trust and said the council should decide.",
    );
    let mentions: Vec<_> = found.iter().map(|s| s.3.as_deref()).collect();
    assert_eq!(
        mentions,
        [Some("The port"), Some("Ida Roe"), Some("Mr Berg")]
    );
    assert_eq!(found[2].4.as_deref(), Some("Berg"));
}

#[test]
fn an_s_form_after_an_ing_word_or_before_a_report_is_a_noun() {
    expect(
        "The mayor rejected the plan amid growing calls for an inquiry.",
        &[],
    );
    expect(
        "The rally was driven by mounting fears that rates may rise.",
        &[],
    );
    expect(
        "The port will close its north pier in May, newspaper reports claim.",
        &[(
            Indirect,
            "The port will close its north pier in May",
            Some("claim"),
            Some("newspaper reports"),
            None,
        )],
    );
    // After a pronoun the -s form is the verb: `whom he says feel let down`.
    let found = read("There are many people whom he says feel let down by the council.");
    assert!(
        found.iter().any(|s| s.2.as_deref() == Some("says")),
        "{found:?}"
    );
}

#[test]
fn an_indefinite_role_without_its_closing_comma_belongs_to_the_name() {
    for text in [
        "Ida Berg, a harbour engineer at Kestrela said the pier was unsafe.",
        "However, Ida Berg, a harbour engineer at Kestrela said the pier was unsafe.",
    ] {
        expect(
            text,
            &[(
                Indirect,
                "the pier was unsafe",
                Some("said"),
                Some("Ida Berg"),
                Some("Ida Berg"),
            )],
        );
    }
}

#[test]
fn a_titled_name_after_a_role_is_the_speaker() {
    for (text, name) in [
        (
            "The chairman of the harbour trust, Sir Tom Okafor, said the pier was unsafe.",
            "Sir Tom Okafor",
        ),
        (
            "Head of surveys at the port, Dr Ida Berg, said the pier was unsafe.",
            "Dr Ida Berg",
        ),
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].3.as_deref(), Some(name), "{text}");
    }
    // A name before the role is no role phrase: the role is not the speaker.
    let found = read(
        "\"The losers will be the workers in ports such as Hull, Leith and Dover,\" Tom Okafor, \
         Kestrela's head of Harbour Safety, said.",
    );
    assert!(
        found
            .iter()
            .all(|s| s.3.as_deref() != Some("Kestrela's head of Harbour Safety")),
        "{found:?}"
    );
}

#[test]
fn an_inversion_that_lost_its_comma() {
    expect(
        "The pier could close within a year thinks Ida Berg, an engineer at the port.",
        &[(
            Indirect,
            "The pier could close within a year",
            Some("thinks"),
            Some("Ida Berg"),
            Some("Ida Berg"),
        )],
    );
    // A verb with its subject before it and its object or audience after it is no inversion.
    let found = read("The port has told Reuters. The ferry company told Ida Berg.");
    assert!(found.is_empty(), "{found:?}");
    // Nor is a name that a clause goes on from.
    let found = read("The mayor said Tom Okafor would decide on Monday.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].3.as_deref(), Some("The mayor"));
}

#[test]
fn a_contrast_with_a_report_of_its_own_ends_the_content() {
    let contents = contents_of(
        "The Tories say the port is acting too late while the Lib Dems say the plan may fail.",
    );
    assert_eq!(
        contents,
        ["the port is acting too late", "the plan may fail"]
    );
    // `and` and a plural's second report end the first.
    assert_eq!(
        contents_of(
            "Harbour engineers fear that the pier is failing and warn that repairs will cost more."
        ),
        ["the pier is failing", "repairs will cost more"]
    );
    // A `while` of time belongs to what was said.
    assert_eq!(
        contents_of("Berg vowed the pier would stay shut while the law was being reviewed."),
        ["the pier would stay shut while the law was being reviewed"]
    );
}

#[test]
fn a_lone_modifier_before_a_belief_is_no_subject() {
    for text in [
        "The port will unveil plans to close the pier.",
        "The report cast doubt over the future of the pier.",
        "Kestrela said it would appeal and did not expect the ruling to hurt sales.",
        "The mayor will almost certainly refuse to sign the deal.",
    ] {
        let found = read(text);
        assert!(
            found
                .iter()
                .all(|s| !matches!(s.3.as_deref(), Some("unveil" | "cast" | "not" | "almost"))),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_thing_sent_or_released_says_nothing_its_sender_does() {
    let found = read(
        "Tom Okafor, the port's director, released a statement confirming that the pier was \
         shut. Later she sent an email saying the ferry was late.",
    );
    let mentions: Vec<_> = found.iter().map(|s| s.3.as_deref()).collect();
    assert_eq!(mentions, [Some("Tom Okafor"), Some("she")]);
    // A verb and its object are no speaker either.
    let found =
        read("The row has highlighted concerns amongst the growing blogging community about pay.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_floating_quantifier_stands_for_the_subject_before_it() {
    let found = read(
        "The harbour trust and the council both say the pier is unsafe. They have both \
         warned that repairs will be costly.",
    );
    let mentions: Vec<_> = found.iter().map(|s| s.3.as_deref()).collect();
    assert_eq!(
        mentions,
        [Some("The harbour trust and the council"), Some("They")]
    );
    // Alone, the quantifier is the subject.
    let found = read("Both said the pier was unsafe.");
    assert_eq!(found[0].3.as_deref(), Some("Both"));
}

#[test]
fn a_manner_adverb_before_a_coordinated_cue_is_no_subject() {
    expect(
        "Ruiz met the growers and formally endorsed Varga.",
        &[(
            Indirect,
            "Varga",
            Some("endorsed"),
            Some("Ruiz"),
            Some("Ruiz"),
        )],
    );
}

#[test]
fn the_subject_comes_after_two_opening_phrases() {
    expect(
        "On Friday, after weeks of silence in the capital, Ruiz visited the port and \
         warmly endorsed Varga, saying, \u{201c}She is the one we need.\u{201d}",
        &[
            (
                Indirect,
                "Varga",
                Some("endorsed"),
                Some("Ruiz"),
                Some("Ruiz"),
            ),
            (
                Direct,
                "She is the one we need",
                Some("saying"),
                Some("Ruiz"),
                Some("Ruiz"),
            ),
        ],
    );
}

#[test]
fn a_sentence_opening_with_a_participle_goes_on_with_the_last_speaker() {
    expect(
        "Later, Berg said the audit \u{201c}was not good.\u{201d} Adding, \u{201c}It is \
         always how they handle it.\u{201d}",
        &[
            (
                Mixed,
                "the audit \u{201c}was not good.\u{201d}",
                Some("said"),
                Some("Berg"),
                Some("Berg"),
            ),
            (
                Direct,
                "It is always how they handle it",
                Some("Adding"),
                Some("Berg"),
                Some("Berg"),
            ),
        ],
    );
    // With no statement before it, the quote has no speaker to go on with.
    expect(
        "Adding: \u{201c}It is always how they handle it.\u{201d}",
        &[],
    );
}

#[test]
fn a_long_prepositional_aside_between_subject_and_cue() {
    expect(
        "Ida Berg, in an effort to draw notice to the council\u{2019}s lack of public hearings, \
         wrote, \u{201c}The board met twice in a year.\u{201d}",
        &[(
            Direct,
            "The board met twice in a year",
            Some("wrote"),
            Some("Ida Berg"),
            Some("Ida Berg"),
        )],
    );
}

#[test]
fn an_opening_phrase_before_a_parenthetical_attribution_is_content() {
    let text = "In a merger, Berg said, the brand would survive.";
    let article = crate::parse(text).expect("parses");
    let st = &article.statements()[0];
    assert_eq!(
        st.content().text(),
        "In a merger, Berg said, the brand would survive"
    );
    let fragments: Vec<_> = st
        .content()
        .fragments()
        .iter()
        .map(|f| f.text_in(text))
        .collect();
    assert_eq!(
        fragments,
        [Some("In a merger"), Some("the brand would survive")]
    );
    // A time, a medium or a bare adverb stays outside.
    for text in [
        "On Monday, Berg said, the brand would survive.",
        "In a statement, Berg said, the brand would survive.",
        "Still, Berg said, the brand would survive.",
    ] {
        expect(
            text,
            &[(
                Indirect,
                "the brand would survive",
                Some("said"),
                Some("Berg"),
                Some("Berg"),
            )],
        );
    }
}

#[test]
fn the_clause_a_parenthetical_attribution_interrupts() {
    // A relative clause opens at its pronoun.
    expect(
        "The pier is near the old mill, which, Berg said, is shut on Sundays.",
        &[(
            Indirect,
            "which, Berg said, is shut on Sundays",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    // A clause after a dash opens after it and its conjunction.
    expect(
        "The ferry ran late - and the permit, the council said, had lapsed.",
        &[(
            Indirect,
            "the permit, the council said, had lapsed",
            Some("said"),
            Some("the council"),
            None,
        )],
    );
}

#[test]
fn a_relative_clause_between_subject_and_cue() {
    let row = |text: &'static str, mention: &'static str, speaker: Option<&'static str>| {
        expect(
            text,
            &[(
                Indirect,
                "the levy was fair",
                Some("said"),
                Some(mention),
                speaker,
            )],
        );
    };
    // Whatever the head, a relative clause follows the subject.
    row(
        "The mills, which in most years gave short answers to the council, said the levy was fair.",
        "The mills",
        None,
    );
    // A relative clause holding commas of its own.
    row(
        "Mr. Okafor, whose new firm, Tidewell, sells boats, said the levy was fair.",
        "Mr. Okafor",
        Some("Okafor"),
    );
    // Between dashes.
    row(
        "The harbour master -- who has quarrelled with the mayor for weeks -- said the levy was fair.",
        "The harbour master",
        None,
    );
    // A name between dashes, with its own relative clause, is the speaker.
    row(
        "A former mayor -- Ida Berg, who lost the 2019 race -- said the levy was fair.",
        "Ida Berg",
        Some("Ida Berg"),
    );
    // A role with a long relative clause on it.
    row(
        "Tom Reyes, a dock foreman who worked on the old pier for twenty years and is now \
         running the night shift at the new terminal in the bay, said the levy was fair.",
        "Tom Reyes",
        Some("Tom Reyes"),
    );
}

#[test]
fn a_share_of_those_a_relative_pronoun_stands_for() {
    let article = crate::parse("The plan angered farmers, most of whom said the levy was unfair.")
        .expect("parses");
    let st = &article.statements()[0];
    assert_eq!(st.mention().map(|m| m.text()), Some("most of whom"));
    let speaker = article.speaker_of(st).expect("a speaker");
    let mentions: Vec<_> = speaker.mentions().iter().map(|m| m.text()).collect();
    assert_eq!(mentions, ["farmers", "most of whom"]);
}

#[test]
fn that_of_after_an_infinitive_is_no_clause() {
    expect(
        "The growers have promised to set a price close to that of the market.",
        &[(
            Indirect,
            "to set a price close to that of the market",
            Some("promised"),
            Some("The growers"),
            None,
        )],
    );
}

#[test]
fn a_share_of_those_polled_is_a_group_speaker() {
    for (text, mention) in [
        ("Nearly half said the levy was fair.", "Nearly half"),
        (
            "Rents rose, and more than 4 in 10 said the levy was fair.",
            "more than 4 in 10",
        ),
        (
            "About one in five say the levy was fair.",
            "About one in five",
        ),
        ("A majority said the levy was fair.", "A majority"),
        ("Two-thirds said the levy was fair.", "Two-thirds"),
    ] {
        let article = crate::parse(text).expect("parses");
        let st = &article.statements()[0];
        assert_eq!(st.content().text(), "the levy was fair", "{text}");
        assert_eq!(st.mention().map(|m| m.text()), Some(mention), "{text}");
        let speaker = article.speaker_of(st).expect("a speaker");
        assert_eq!(speaker.kind(), SpeakerKind::Group, "{text}");
    }
}

#[test]
fn a_one_word_answer_is_reported() {
    expect(
        "Asked whether the pier was safe, 46 percent of tenants said yes.",
        &[
            (
                Indirect,
                "whether the pier was safe",
                Some("Asked"),
                None,
                None,
            ),
            (
                Indirect,
                "yes",
                Some("said"),
                Some("46 percent of tenants"),
                None,
            ),
        ],
    );
    // Any other single word is too little to report.
    expect("The mayor said so.", &[]);
}

#[test]
fn a_name_after_a_partitive_role() {
    expect(
        "One of the authors of the 2019 audit, Ida Berg, said the levy was fair.",
        &[(
            Indirect,
            "the levy was fair",
            Some("said"),
            Some("Ida Berg"),
            Some("Ida Berg"),
        )],
    );
}

#[test]
fn a_year_after_the_cue_is_its_time() {
    let text = "The fund closed after the 2008 crash, the Courier reported in 2014.";
    let article = crate::parse(text).expect("parses");
    let st = &article.statements()[0];
    assert_eq!(st.content().text(), "The fund closed after the 2008 crash");
    assert_eq!(st.when().map(|t| t.text()), Some("in 2014"));
    // A year before a verb belongs to a noun phrase: `the claims filed in 2004 exceeded`.
    expect("The claims filed in 2004 exceeded the total of 2001.", &[]);
}

#[test]
fn a_short_weekday_after_the_is_a_name() {
    expect(
        "The pier reopened in May, The Sun reported.",
        &[(
            Indirect,
            "The pier reopened in May",
            Some("reported"),
            Some("The Sun"),
            Some("Sun"),
        )],
    );
}

#[test]
fn an_as_clause_attributes_the_clause_after_it() {
    for (text, cue, mention) in [
        (
            "As the Courier reported on Monday, the fund will close in May.",
            "reported",
            "the Courier",
        ),
        (
            "As reported by the Courier, the fund will close in May.",
            "reported",
            "the Courier",
        ),
        (
            "As Berg noted, the fund will close in May.",
            "noted",
            "Berg",
        ),
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1, "the fund will close in May", "{text}");
        assert_eq!(found[0].2.as_deref(), Some(cue), "{text}");
        assert_eq!(found[0].3.as_deref(), Some(mention), "{text}");
    }
    expect("As expected, the fund will close in May.", &[]);
}

#[test]
fn a_cue_with_its_own_clause_after_a_quote() {
    // The quote before the subject is the writer's; the cue reports its `that` clause.
    expect(
        "Citing \u{201c}family reasons,\u{201d} the mayor\u{2019}s aide told the Courier \
         that Berg will skip the vote.",
        &[(
            Indirect,
            "Berg will skip the vote",
            Some("told the Courier"),
            Some("the mayor\u{2019}s aide"),
            None,
        )],
    );
    // `that day` is a time, and the quote is the cue's.
    expect(
        "\u{201c}We will win,\u{201d} Berg told reporters that day.",
        &[(
            Direct,
            "We will win",
            Some("told reporters"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn asides_between_subject_and_cue() {
    // A long prepositional aside holding a number.
    expect(
        "Berg, in the wake of a poll putting her lead over Varga down to 4 percent, told \
         reporters that she would win.",
        &[(
            Indirect,
            "she would win",
            Some("told reporters"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    // An aside between dashes.
    expect(
        "Berg \u{2014} after a long pause \u{2014} told me she would win.",
        &[(
            Indirect,
            "she would win",
            Some("told me"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn where_reported_words_end_around_but_and_dashes() {
    // `, but` and a verb with no subject: the speaker's next predicate.
    expect(
        "Varga praised the plan on Monday, but also used the praise to press the council.",
        &[(
            Indirect,
            "the plan on Monday",
            Some("praised"),
            Some("Varga"),
            Some("Varga"),
        )],
    );
    // A pair of dashes around an aside keeps the clause whole.
    expect(
        "Berg said the old - and previously unknown - letters were found in May.",
        &[(
            Indirect,
            "the old - and previously unknown - letters were found in May",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    // A coordinated predicate has no subject for a raising verb.
    expect(
        "Berg suggested that the tolls were fair, but appeared to regret it.",
        &[(
            Indirect,
            "the tolls were fair",
            Some("suggested"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn a_participle_after_a_preposition_is_no_cue() {
    expect(
        "Ruiz gave details of planned cuts in a speech on Monday.",
        &[],
    );
    expect("The firm is accused of alleged fraud in two states.", &[]);
    // A bare or -s form after a preposition is a noun too.
    expect(
        "The banks held back through fear that the state was dragging its feet.",
        &[],
    );
    expect(
        "Parents buy the games in a belief that such games help pupils learn.",
        &[],
    );
}

#[test]
fn a_participle_in_a_fronted_clause_reports_up_to_its_comma() {
    assert_eq!(
        contents_of(
            "When he shocked MPs by announcing the closure, Tom Okafor said: \"It is over.\""
        ),
        ["the closure", "It is over"]
    );
    // A participle of the main clause runs to the sentence's end.
    assert_eq!(
        contents_of(
            "Tom Okafor shocked MPs by announcing the pier, the port and the dock would close."
        ),
        ["the pier, the port and the dock would close"]
    );
}

#[test]
fn an_s_word_after_a_verb_and_its_object_is_a_plural_noun() {
    expect("He attacked Tory plans to process claims abroad.", &[]);
    expect("It is speeding up plans to hire 500 officers.", &[]);
    // An adjective in `-ing` or `-ed` may open a subject.
    assert_eq!(
        contents_of("Retiring workers say the scheme is unfair."),
        ["the scheme is unfair"]
    );
}

#[test]
fn a_role_for_an_owned_organisation_is_no_name() {
    let text = "A spokeswoman for the Harbour Commissioner's Office said it would look again.";
    let article = crate::parse(text).expect("parses");
    let speaker = article
        .speaker_of(&article.statements()[0])
        .expect("a speaker");
    assert_eq!(speaker.name(), None);
    // An owner that is a name keeps the name after it.
    let text = "The Courier's Ida Berg said it would look again.";
    let article = crate::parse(text).expect("parses");
    let speaker = article
        .speaker_of(&article.statements()[0])
        .expect("a speaker");
    assert_eq!(speaker.name(), Some("Ida Berg"));
}

#[test]
fn a_participle_phrase_in_ed_is_an_aside() {
    expect(
        "And Varga, nicknamed Ace, admitted: \"The cup is my dream.\"",
        &[(
            Direct,
            "The cup is my dream",
            Some("admitted"),
            Some("Varga"),
            Some("Varga"),
        )],
    );
}

#[test]
fn a_name_before_a_role_without_its_closing_comma() {
    // The role ends in a name of its own, and the comma before the cue is missing.
    for text in [
        "\"The ferries are full,\" Ida Berg, head of Harbourline told the Courier.",
        "Ida Berg, head of Harbourline told the Courier that the ferries were full.",
        // The role as the only role of the name: the name opens a clause after `but`.
        "The crossing is short, but Ida Berg, president of the ferry arm at the firm said that the \
         ferries were full.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].3.as_deref(), Some("Ida Berg"), "{text}");
        assert_eq!(found[0].4.as_deref(), Some("Ida Berg"), "{text}");
    }
}

#[test]
fn a_quote_after_a_sentence_about_a_named_person() {
    let text = "Mr Okafor toured the ferry terminal on Monday. \"I worry that nobody \
                checks the boats.\"";
    let article = crate::parse(text).expect("parses");
    let st = &article.statements()[0];
    assert_eq!(st.kind(), Direct);
    assert_eq!(st.content().text(), "I worry that nobody checks the boats");
    assert!(st.cue().is_none());
    assert_eq!(st.mention().map(|m| m.text()), Some("Mr Okafor"));
    // A subject that already names the speaker of its own sentence's report.
    let text = "Ida Berg opened the pier. She said boats were thought to be late. \"Nobody \
                checks them.\"";
    let article = crate::parse(text).expect("parses");
    let last = article.statements().last().expect("statements");
    assert_eq!(last.content().text(), "Nobody checks them");
    assert_eq!(
        article.speaker_of(last).and_then(|p| p.name()),
        Some("Ida Berg")
    );
    // Not after a sentence whose subject is no person, nor after one in another paragraph.
    expect(
        "The council closed the pier. \"We are investigating.\"",
        &[],
    );
    expect(
        "Mr Okafor voiced concern.\n\n\"I worry that nobody checks the boats.\"",
        &[],
    );
}

#[test]
fn a_named_second_report_after_and_ends_the_first() {
    let found =
        read("The Tories say the plan would raise taxes and Ida Berg says the sums do not add up.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, "the plan would raise taxes");
    assert_eq!(found[1].1, "the sums do not add up");
    assert_eq!(found[1].3.as_deref(), Some("Ida Berg"));
    // Two names joined by `and` are one subject.
    let found = read("He said Berg and Varga told him that the pier was shut.");
    assert_eq!(found[0].1, "Berg and Varga told him that the pier was shut");
}

#[test]
fn a_thing_called_so_after_a_preposition_is_no_statement() {
    // A verb of naming right after a noun that a preposition governs is a participle.
    assert_eq!(
        contents_of(
            "The system relies on links called \"trackers\". Files sit on websites called \
             hubs. The offer gives free phone calls anywhere in the UK."
        ),
        Vec::<String>::new()
    );
    // Nor after an indefinite noun phrase, a name after it: the name is the subject.
    assert_eq!(
        contents_of("He sailed. A Dutch ex-pat called Ida Berg decided to gather a team."),
        ["to gather a team"]
    );
    // A subject calls: a name, or the people of `one of`.
    assert_eq!(
        contents_of(
            "Mr Okafor called the plan \"reckless\". One of her colleagues called the women \
             \"Betty\"."
        ),
        ["the plan \"reckless\"", "the women \"Betty\""]
    );
}

#[test]
fn what_is_added_without_a_clause_is_no_statement() {
    // A thing added is a deed; words added are a clause.
    assert_eq!(
        contents_of("Berg scored the try, Tom Okafor adding the conversion."),
        Vec::<String>::new()
    );
    assert_eq!(
        contents_of(
            "The radio duo are taking over the show, adding celebrity interviews and news."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        contents_of("Berg said the pier was shut, adding the ferry would run later."),
        ["the pier was shut", "the ferry would run later"]
    );
    // So in the past: a clause has its verb before a comma, or an auxiliary right after one.
    assert_eq!(
        contents_of("Okafor again added the extras. Okafor added a penalty for a 10-3 lead."),
        Vec::<String>::new()
    );
    assert_eq!(
        contents_of(
            "The bank added lending rose by 4% in May. It added some ports, such as Leith and \
             Hull, were busy."
        ),
        [
            "lending rose by 4% in May",
            "some ports, such as Leith and Hull, were busy"
        ]
    );
}

#[test]
fn a_quote_after_adding_continues_the_same_speaker() {
    expect(
        "\"The depot stays open for now, whatever the council may decide next year,\" Varga \
         said before adding: \"The yard may not.\"",
        &[
            (
                Direct,
                "The depot stays open for now, whatever the council may decide next year",
                Some("said"),
                Some("Varga"),
                Some("Varga"),
            ),
            (
                Direct,
                "The yard may not",
                Some("adding"),
                Some("Varga"),
                Some("Varga"),
            ),
        ],
    );
}

#[test]
fn a_plural_possessive_inside_an_appositive() {
    expect(
        "\"We will appeal,\" Ida Ruiz, the Greens' lawyer, said on Monday.",
        &[(
            Direct,
            "We will appeal",
            Some("said"),
            Some("Ida Ruiz"),
            Some("Ida Ruiz"),
        )],
    );
}

#[test]
fn mixed_quote_in_reported_speech() {
    let found = read("Haddad said the plan was \"dead on arrival\" and walked out.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, Mixed);
    // Branding and labelling with quoted words report them; without quotes, nothing.
    expect(
        "Berg branded the port plan \"fantasy economics\".",
        &[(
            Mixed,
            "the port plan \"fantasy economics\"",
            Some("branded"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    expect(
        "The firm labelled the report \"misleading\".",
        &[(
            Mixed,
            "the report \"misleading\"",
            Some("labelled"),
            Some("The firm"),
            None,
        )],
    );
    expect("He branded the cattle.", &[]);
}

#[test]
fn time_place_and_medium() {
    let text = "The ministry said in a statement on Friday that talks would resume.";
    let article = crate::parse(text).expect("parses");
    let s = &article.statements()[0];
    assert_eq!(s.cue().map(|c| c.text()), Some("said in a statement"));
    assert_eq!(s.when().map(|w| w.text()), Some("on Friday"));
    assert_eq!(s.content().text(), "talks would resume");
    let text = "Okafor told reporters at a briefing in Lagos that the port would reopen.";
    let article = crate::parse(text).expect("parses");
    let s = &article.statements()[0];
    assert_eq!(s.cue().map(|c| c.text()), Some("told reporters"));
    assert_eq!(s.place().map(|w| w.text()), Some("at a briefing in Lagos"));
}

#[test]
fn titles_before_names() {
    let text = "Sen. Maria Lopez said the bill was dead. Dr. Ken Ito said it was not.";
    let article = crate::parse(text).expect("parses");
    let names: Vec<Option<&str>> = article.speakers().iter().map(|s| s.name()).collect();
    assert_eq!(names, [Some("Maria Lopez"), Some("Ken Ito")]);
    assert_eq!(
        article.statements()[0].mention().map(|m| m.kind()),
        Some(MentionKind::TitledName)
    );
    // A role with a prefix is the role: `co-chairman`, `Vice-President`.
    let text = "Party co-chairman Liam Fox opened the event. The party would win, he said.";
    let article = crate::parse(text).expect("parses");
    let names: Vec<Option<&str>> = article.speakers().iter().map(|s| s.name()).collect();
    assert_eq!(names, [Some("Liam Fox")]);
    let text = "Vice-President Dick Cheney said the budget was tough.";
    let article = crate::parse(text).expect("parses");
    let names: Vec<Option<&str>> = article.speakers().iter().map(|s| s.name()).collect();
    assert_eq!(names, [Some("Dick Cheney")]);
}

#[test]
fn organisations_and_groups() {
    let text = "The White House said the visit was off. Officials said the talks failed.";
    let article = crate::parse(text).expect("parses");
    let kinds: Vec<SpeakerKind> = article.speakers().iter().map(|s| s.kind()).collect();
    assert_eq!(kinds, [SpeakerKind::Organisation, SpeakerKind::Group]);
}

#[test]
fn a_person_pronoun_never_lands_on_an_organisation() {
    let text = "The ministry said the border was closed. He said it would reopen soon.";
    let article = crate::parse(text).expect("parses");
    let he = &article.statements()[1];
    assert_eq!(he.mention().map(|m| m.text()), Some("He"));
    assert_eq!(he.speaker(), None);
}

#[test]
fn headlines_and_datelines_make_no_statements() {
    let text = "Mayor Says Bridge Will Open\n\nLAGOS, May 3 (Reuters) - The bridge will open in June, the mayor said.";
    let article = crate::parse(text).expect("parses");
    assert_eq!(article.statements().len(), 1);
    assert_eq!(
        article.statements()[0].content().text(),
        "The bridge will open in June"
    );
    assert_eq!(
        article
            .header()
            .dateline()
            .and_then(|d| d.agency())
            .map(|a| a.text()),
        Some("Reuters")
    );
}

#[test]
fn scare_quotes_alone_are_not_statements() {
    assert!(read("The so-called \"reform\" stalled in the senate.").is_empty());
}

#[test]
fn an_unbalanced_mark_gives_a_flagged_best_effort_statement() {
    let text = "\"We will fight on,\" the union said. \"The strike goes on";
    let article = crate::parse(text).expect("parses");
    assert!(!article.diagnostics().is_empty());
    // The unclosed quote opening the next sentence continues the statement, flagged.
    let s = &article.statements()[0];
    let first = s
        .content()
        .fragments()
        .first()
        .and_then(|f| f.text_in(text));
    assert_eq!(first, Some("We will fight on"));
    assert_eq!(s.quote().map(|q| q.closed()), Some(false));
}

#[test]
fn asides_between_the_speaker_and_the_cue() {
    use StatementKind::Indirect;
    expect(
        "The hall was full on Monday.\n\nTomas Berg, 34, a nurse from Oslo, said the queue grew all night.",
        &[(
            Indirect,
            "the queue grew all night",
            Some("said"),
            Some("Tomas Berg"),
            Some("Tomas Berg"),
        )],
    );
    expect(
        "The hall was full on Monday.\n\nBerg, however, says that the queue grew.",
        &[(
            Indirect,
            "the queue grew",
            Some("says"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    expect(
        "The hall was full on Monday.\n\nSen. Ana Ruiz, D-Ore., a member of the panel, said funding would rise.",
        &[(
            Indirect,
            "funding would rise",
            Some("said"),
            Some("Sen. Ana Ruiz"),
            Some("Ana Ruiz"),
        )],
    );
}

#[test]
fn noun_phrases_after_said_and_audiences_after_told() {
    use StatementKind::Indirect;
    expect(
        "The hall was full on Monday.\n\nBerg said praise from the mayor would not change the plan.",
        &[(
            Indirect,
            "praise from the mayor would not change the plan",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    expect(
        "The hall was full on Monday.\n\nThe queue grew all night, Berg told a Senate panel Wednesday.",
        &[(
            Indirect,
            "The queue grew all night",
            Some("told a Senate panel"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    expect(
        "The hall was full on Monday.\n\nBerg said, among other things, that the queue grew.",
        &[(
            Indirect,
            "the queue grew",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    expect(
        "The hall was full on Monday.\n\nThe spokesman declined to comment but said the queue grew.",
        &[
            (
                Indirect,
                "to comment",
                Some("declined"),
                Some("The spokesman"),
                None,
            ),
            (
                Indirect,
                "the queue grew",
                Some("said"),
                Some("The spokesman"),
                None,
            ),
        ],
    );
}

#[test]
fn modifiers_before_an_inverted_speaker_and_manner_adverbs_before_the_cue() {
    use StatementKind::Direct;
    expect(
        "\"The rules are wrong,\" said 26-year-old nurse Ana Ruiz.",
        &[(
            Direct,
            "The rules are wrong",
            Some("said"),
            Some("26-year-old nurse Ana Ruiz"),
            Some("Ana Ruiz"),
        )],
    );
    // A place's name and lowercase role words (one of them a verb's form) before the name.
    expect(
        "\"The rules are wrong,\" said Hull state archivist Ana Ruiz.",
        &[(
            Direct,
            "The rules are wrong",
            Some("said"),
            Some("Hull state archivist Ana Ruiz"),
            Some("Ana Ruiz"),
        )],
    );
    // A noun that is also a bare verb of speech, right after the cue.
    expect(
        "\"The rules are wrong,\" said report author Ana Ruiz.",
        &[(
            Direct,
            "The rules are wrong",
            Some("said"),
            Some("report author Ana Ruiz"),
            Some("Ana Ruiz"),
        )],
    );
    // Not past a preposition: the name before it is the speaker's.
    expect(
        "\"The rules are wrong,\" says Ana Ruiz of IT firm Tidewater Data.",
        &[(
            Direct,
            "The rules are wrong",
            Some("says"),
            Some("Ana Ruiz of IT"),
            Some("Ana Ruiz"),
        )],
    );
    expect(
        "Ruiz, exasperated, famously replied: \"What difference does it make?\"",
        &[(
            Direct,
            "What difference does it make?",
            Some("replied"),
            Some("Ruiz"),
            Some("Ruiz"),
        )],
    );
}

#[test]
fn a_quote_of_several_sentences_after_its_attribution_is_one_statement() {
    use StatementKind::Direct;
    expect(
        "Berg said: \"The queue grew all night. Nobody left.\"",
        &[(
            Direct,
            "The queue grew all night. Nobody left",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn trailing_speakers_with_clauses_owners_and_numbers() {
    use StatementKind::Direct;
    expect(
        "\"The queue grew,\" Berg, who has proposed a second door, said.",
        &[(
            Direct,
            "The queue grew",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    expect(
        "\"The queue grew,\" the mayor's senior adviser Ana Ruiz said.",
        &[(
            Direct,
            "The queue grew",
            Some("said"),
            Some("the mayor's senior adviser Ana Ruiz"),
            Some("Ana Ruiz"),
        )],
    );
    expect(
        "One man wrote, \"The queue grew.\"",
        &[(
            Direct,
            "The queue grew",
            Some("wrote"),
            Some("One man"),
            None,
        )],
    );
}

#[test]
fn a_programme_title_in_quotes_is_no_statement() {
    use StatementKind::Indirect;
    expect(
        "In an interview on CBS's \"Face the Nation,\" Berg said the queue grew all night.",
        &[(
            Indirect,
            "the queue grew all night",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn a_comma_aside_between_the_cue_and_a_colon() {
    use StatementKind::Direct;
    expect(
        "Berg replied pointedly, with a smile: \"It can happen at 45.\"",
        &[(
            Direct,
            "It can happen at 45",
            Some("replied pointedly"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn speakers_behind_several_asides() {
    use StatementKind::Indirect;
    expect(
        "Another economist, Ruth Okafor of Lagos University, said rents would fall.",
        &[(
            Indirect,
            "rents would fall",
            Some("said"),
            Some("Ruth Okafor of Lagos University"),
            Some("Ruth Okafor"),
        )],
    );
    expect(
        "Tom Adler, a former chairman of the Harbour Board, whose family built the pier, said the \
         repairs were late.",
        &[(
            Indirect,
            "the repairs were late",
            Some("said"),
            Some("Tom Adler"),
            Some("Tom Adler"),
        )],
    );
    expect(
        "Mayor Ida Berg, one of the few founders still in office, said the fund was empty.",
        &[(
            Indirect,
            "the fund was empty",
            Some("said"),
            Some("Mayor Ida Berg"),
            Some("Ida Berg"),
        )],
    );
    // A place before the comma is no name for the speaker.
    expect(
        "In Oslo, a spokesman, who declined to be named, said the talks had stalled.",
        &[
            (Indirect, "to be named", Some("declined"), Some("who"), None),
            (
                Indirect,
                "the talks had stalled",
                Some("said"),
                Some("a spokesman"),
                None,
            ),
        ],
    );
}

#[test]
fn a_document_may_be_the_source() {
    use StatementKind::Indirect;
    expect(
        "A police report said the driver had been speeding.",
        &[(
            Indirect,
            "the driver had been speeding",
            Some("said"),
            Some("A police report"),
            None,
        )],
    );
}

#[test]
fn a_relative_clause_statement_ends_at_its_comma() {
    use StatementKind::Indirect;
    let found =
        read("Berg, who says the port needs dredging, wrote that the budget was too small.");
    let contents: Vec<_> = found.iter().map(|s| s.1.as_str()).collect();
    assert_eq!(
        contents,
        ["the port needs dredging", "the budget was too small"]
    );
    assert!(found.iter().all(|s| s.0 == Indirect));
}

#[test]
fn an_elliptic_passive_question_has_no_speaker() {
    use StatementKind::{Direct, Indirect};
    expect(
        "Asked whether he would run again, Berg said he had not decided.",
        &[
            (
                Indirect,
                "whether he would run again",
                Some("Asked"),
                None,
                None,
            ),
            (
                Indirect,
                "he had not decided",
                Some("said"),
                Some("Berg"),
                Some("Berg"),
            ),
        ],
    );
    expect(
        "\"Not this year,\" Berg said when asked why the bridge was closed.",
        &[
            (
                Direct,
                "Not this year",
                Some("said"),
                Some("Berg"),
                Some("Berg"),
            ),
            (
                Indirect,
                "why the bridge was closed",
                Some("asked"),
                None,
                None,
            ),
        ],
    );
}

#[test]
fn a_passive_cue_reports_an_infinitive_not_a_place() {
    use StatementKind::Indirect;
    expect(
        "The crews were told to leave the pier by noon.",
        &[(
            Indirect,
            "to leave the pier by noon",
            Some("told"),
            None,
            None,
        )],
    );
    // Added to a list, shown to a user: a passive of placing, with nothing reported.
    expect(
        "The singer Ana Berg is the latest name to be added to the list of guests.",
        &[],
    );
    expect("The banner is shown to every visitor of the site.", &[]);
}

#[test]
fn mixed_quotes_end_where_a_new_report_starts() {
    use StatementKind::{Indirect, Mixed};
    expect(
        "Berg said the fund was \"nearly empty,\" adding that the council would meet on Monday.",
        &[
            (
                Mixed,
                "the fund was \"nearly empty,\"",
                Some("said"),
                Some("Berg"),
                Some("Berg"),
            ),
            (
                Indirect,
                "the council would meet on Monday",
                Some("adding"),
                Some("Berg"),
                Some("Berg"),
            ),
        ],
    );
    // A cue word used as a noun (`secretary of state`) leaves the words before a quote mixed.
    expect(
        "The secretary of state will make the \"final call,\" Berg said.",
        &[(
            Mixed,
            "The secretary of state will make the \"final call,\"",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn verbs_whose_object_says_what_was_said() {
    use StatementKind::Indirect;
    expect(
        "Berg accused the council of hiding the report.",
        &[(
            Indirect,
            "the council of hiding the report",
            Some("accused"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    expect(
        "The mayor described the bridge as a danger to drivers.",
        &[(
            Indirect,
            "the bridge as a danger to drivers",
            Some("described"),
            Some("The mayor"),
            None,
        )],
    );
    expect(
        "The unions called for a new vote on the budget.",
        &[(
            Indirect,
            "a new vote on the budget",
            Some("called"),
            Some("The unions"),
            None,
        )],
    );
    expect(
        "The port reported a sharp fall in container traffic.",
        &[(
            Indirect,
            "a sharp fall in container traffic",
            Some("reported"),
            Some("The port"),
            None,
        )],
    );
    // Acting on an object, or naming something, is no statement.
    expect("Berg joined the mayor on Monday.", &[]);
    expect("Berg joined a group called Friends of the Pier.", &[]);
    expect(
        "Donors heard from a small harbour trust called Friends of the Pier.",
        &[],
    );
    // After a possessive, a cue word is a modifier or a noun.
    expect(
        "Critics tried to shift the attention to Berg's alleged ties to the trust.",
        &[],
    );
    expect("The board, called trustees, met the mayor on Monday.", &[]);
    expect("They favour what are called green levies on fuel.", &[]);
}

#[test]
fn reported_words_that_open_with_a_condition_or_a_time() {
    use StatementKind::Indirect;
    expect(
        "Varga said if the depot closes, the town will lose its buses.",
        &[(
            Indirect,
            "if the depot closes, the town will lose its buses",
            Some("said"),
            Some("Varga"),
            Some("Varga"),
        )],
    );
    // The clause after the comma is a report of its own: the first clause is no content.
    expect(
        "The city did not object when the depot was sold, an aide said.",
        &[(
            Indirect,
            "The city did not object when the depot was sold",
            Some("said"),
            Some("an aide"),
            None,
        )],
    );
    // No comma: the main clause opens with a pronoun and its auxiliary.
    expect(
        "Varga says if the depot closes the town would lose its buses and it'd be a shame.",
        &[(
            Indirect,
            "if the depot closes the town would lose its buses and it'd be a shame",
            Some("says"),
            Some("Varga"),
            Some("Varga"),
        )],
    );
    expect(
        "Okafor said unless the fund pays out by May they will sue.",
        &[(
            Indirect,
            "unless the fund pays out by May they will sue",
            Some("said"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
    // With no main clause, or after a denial, `if` asks whether.
    expect("The council would not say if it was pleased.", &[]);
    expect(
        "Okafor did not say if the fund was late or it would pay.",
        &[],
    );
}

#[test]
fn an_object_ends_at_the_subjects_next_verb() {
    use StatementKind::Indirect;
    expect(
        "Varga praised the depot plan and thanked the council for its work.",
        &[(
            Indirect,
            "the depot plan",
            Some("praised"),
            Some("Varga"),
            Some("Varga"),
        )],
    );
    expect(
        "Varga accused the council of waste and demanded its resignation.",
        &[(
            Indirect,
            "the council of waste",
            Some("accused"),
            Some("Varga"),
            Some("Varga"),
        )],
    );
    expect(
        "Varga vowed to fight the sale and thanked the council for its work.",
        &[(
            Indirect,
            "to fight the sale",
            Some("vowed"),
            Some("Varga"),
            Some("Varga"),
        )],
    );
    // Within a reported clause, a second verb may be the clause's own.
    expect(
        "Varga said the council sold the depot and leased the yard.",
        &[(
            Indirect,
            "the council sold the depot and leased the yard",
            Some("said"),
            Some("Varga"),
            Some("Varga"),
        )],
    );
}

#[test]
fn a_dash_and_a_clause_of_the_writers_end_the_reported_words() {
    use StatementKind::Indirect;
    expect(
        "Varga said the depot would close \u{2014} and he named the buyer.",
        &[(
            Indirect,
            "the depot would close",
            Some("said"),
            Some("Varga"),
            Some("Varga"),
        )],
    );
}

#[test]
fn a_summing_up_of_the_writers_ends_the_reported_words() {
    use StatementKind::Indirect;
    expect(
        "Varga said the depot was badly run, a swipe at the council.",
        &[(
            Indirect,
            "the depot was badly run",
            Some("said"),
            Some("Varga"),
            Some("Varga"),
        )],
    );
    // After a dash too.
    expect(
        "Varga said the depot should close \u{2014} a plan he has floated before.",
        &[(
            Indirect,
            "the depot should close",
            Some("said"),
            Some("Varga"),
            Some("Varga"),
        )],
    );
    // An appositive of a name stays in the reported words.
    expect(
        "Varga said he had met Ruiz, a lawyer from the port.",
        &[(
            Indirect,
            "he had met Ruiz, a lawyer from the port",
            Some("said"),
            Some("Varga"),
            Some("Varga"),
        )],
    );
}

#[test]
fn an_attribution_inside_the_reported_words() {
    use StatementKind::Indirect;
    // After a short opener, the words after the attribution are what was said; the opener
    // with its attribution is no content of the verb that follows.
    expect(
        "Still, she said, the council must decide.",
        &[(
            Indirect,
            "the council must decide",
            Some("said"),
            Some("she"),
            None,
        )],
    );
    // A prepositional opener belongs to the reported clause.
    expect(
        "On top of that, critics say, the levy will raise fares.",
        &[(
            Indirect,
            "On top of that, critics say, the levy will raise fares",
            Some("say"),
            Some("critics"),
            None,
        )],
    );
    // A short subject before the attribution and its predicate after it: one statement in
    // two fragments.
    let found = read("That, they say, will be harder once the depot closes.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].1,
        "That, they say, will be harder once the depot closes"
    );
    // A phrase before a subordinate clause is no opener of the reported words.
    expect(
        "Later that day, after the hearing ended, Varga said the depot would close.",
        &[(
            Indirect,
            "the depot would close",
            Some("said"),
            Some("Varga"),
            Some("Varga"),
        )],
    );
}

#[test]
fn a_year_between_speaker_and_cue() {
    use StatementKind::Indirect;
    expect(
        "Varga in 2010 said the depot would close.",
        &[(
            Indirect,
            "the depot would close",
            Some("said"),
            Some("Varga"),
            Some("Varga"),
        )],
    );
}

#[test]
fn a_quote_before_a_report_of_its_own() {
    use StatementKind::Mixed;
    // The chant is no statement: the senator reports the clause after the cue.
    expect(
        "To chants of \"Four more years!,\" the senator said her lead was \"real.\"",
        &[(
            Mixed,
            "her lead was \"real.\"",
            Some("said"),
            Some("the senator"),
            None,
        )],
    );
}

#[test]
fn an_adverb_after_an_inverted_speaker_is_no_part_of_the_name() {
    let name = |n: &str| Some(n.to_string());
    assert_eq!(
        speaker_names(
            "Ida Berg won the final. \"It was hard,\" said Berg afterwards. \"I am tired,\" \
             said Tom Okafor later."
        ),
        [name("Ida Berg"), name("Tom Okafor")]
    );
}

#[test]
fn who_stands_for_the_name_before_a_role_or_the_people_of_a_phrase() {
    let name = |n: &str| Some(n.to_string());
    // Past a role set after a name.
    assert_eq!(
        speaker_names(
            "It was blocked by Ida Berg, the widow of singer Tom Okafor, who said the song was \
             hers."
        ),
        [name("Ida Berg")]
    );
    // The people that end a phrase of a thing.
    let article =
        crate::parse("It faces the scorn of experts who say the plan will fail.").expect("parses");
    let speaker = article
        .speaker_of(&article.statements()[0])
        .expect("a speaker");
    assert_eq!(speaker.kind(), crate::model::SpeakerKind::Group);
    // The agent of a thing shared or held.
    assert_eq!(
        speaker_names("It is a view shared by Okafor, who believes the club can win."),
        [name("Okafor")]
    );
}

#[test]
fn an_inverted_speaker_with_a_relative_clause() {
    use StatementKind::Indirect;
    expect(
        "The talks will resume in May, said an official who was briefed on the plan.",
        &[(
            Indirect,
            "The talks will resume in May",
            Some("said"),
            Some("an official"),
            None,
        )],
    );
}

#[test]
fn requests_made_of_someone() {
    use StatementKind::Indirect;
    expect(
        "Okafor urged the port authority not to raise its fees.",
        &[(
            Indirect,
            "not to raise its fees",
            Some("urged"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
    // A question asked is no request, though an infinitive follows.
    expect(
        "Okafor asked how much the port was paid to stay open.",
        &[(
            Indirect,
            "how much the port was paid to stay open",
            Some("asked"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
    expect(
        "The unions called on the council to reopen the depot.",
        &[(
            Indirect,
            "to reopen the depot",
            Some("called"),
            Some("The unions"),
            None,
        )],
    );
    // What is asked for, of someone, is the request.
    expect(
        "Okafor asked the depot manager for a copy.",
        &[(
            Indirect,
            "a copy",
            Some("asked the depot manager"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
}

#[test]
fn a_clause_with_its_own_verb_after_a_verb_of_warning_or_telling_is_no_request() {
    use StatementKind::Indirect;
    for (text, content, cue) in [
        // An auxiliary before `to` belongs to the reported clause.
        (
            "Okafor warned it might have to restate its results.",
            "it might have to restate its results",
            "warned",
        ),
        (
            "Okafor told investors the port will have to shed jobs.",
            "the port will have to shed jobs",
            "told investors",
        ),
        // A name with its verb right after `warned` is the clause's subject, not the one
        // warned.
        (
            "Okafor warned Hull could soon stop funding the port.",
            "Hull could soon stop funding the port",
            "warned",
        ),
        (
            "Okafor warned Asian states could soon stop funding the port.",
            "Asian states could soon stop funding the port",
            "warned",
        ),
        // After `told`, the name before the auxiliary leaves the audience's name: the last
        // word, or from a given name, a title or a party's word on.
        (
            "Okafor told the BBC Hull were unlikely to win.",
            "Hull were unlikely to win",
            "told the BBC",
        ),
        (
            "Okafor told the BBC Michael Reyes had always backed the plan.",
            "Michael Reyes had always backed the plan",
            "told the BBC",
        ),
        (
            "Okafor told BBC News Labour MPs would not get a free vote.",
            "Labour MPs would not get a free vote",
            "told BBC News",
        ),
    ] {
        expect(
            text,
            &[(Indirect, content, Some(cue), Some("Okafor"), Some("Okafor"))],
        );
    }
}

#[test]
fn an_attribution_with_a_colon_after_a_closed_sentence_introduces_the_next_quote() {
    let seen =
        read("Berg responded: \"I spoke to Tom. Why not?\" She said: \"We need winners here.\"");
    let rows: Vec<_> = seen
        .iter()
        .map(|s| (s.1.as_str(), s.2.as_deref(), s.3.as_deref()))
        .collect();
    assert_eq!(
        rows,
        [
            ("I spoke to Tom. Why not?", Some("responded"), Some("Berg")),
            ("We need winners here", Some("said"), Some("She")),
        ]
    );
    // After a comma the attribution is the quote's before it, colon or not.
    let seen = read("\"This is the lie the port is built on,\" Okafor said: that it is safe.");
    assert_eq!(seen[0].1, "This is the lie the port is built on");
    assert_eq!(seen[0].3.as_deref(), Some("Okafor"));
}

#[test]
fn a_phrase_that_opens_the_sentence_is_neither_content_nor_subject() {
    // A place adverb before the preposition, or `Following`, opens the phrase too.
    assert_eq!(
        speaker_names(
            "Here in Hull, Tom Okafor stepped up his campaign, saying, \"We have got to win.\""
        ),
        [Some("Tom Okafor".to_string())]
    );
    // A long phrase with no verb before the subject and its cue reports nothing.
    for text in [
        "Following an animated town hall meeting in Hull last week, Okafor boasted to \
         reporters.",
        "After the long meeting in Hull on the port plan, Okafor said.",
    ] {
        assert!(read(text).is_empty(), "{text}: {:?}", read(text));
    }
    // But a clause goes on after the attribution, or holds a second noun phrase.
    for text in [
        "Without a rise in trade at the port, they say, the docks could close.",
        "Despite the rebalancing of the trade the overall picture remains strong, said \
         economists.",
    ] {
        assert_eq!(read(text).len(), 1, "{text}");
    }
}

#[test]
fn a_medium_after_a_preposition_between_a_name_and_its_cue_is_not_the_speaker() {
    assert_eq!(
        mentions_of(
            "Ida Berg in a statement said the port was safe. Meanwhile Tom \
             Okafor in a post said the port was unsafe."
        ),
        [Some("Ida Berg".to_string()), Some("Tom Okafor".to_string())]
    );
    // `blog` before a noun after an article is a noun too, not a cue.
    assert_eq!(
        mentions_of(
            "The blog entry said the port was safe. Tom Okafor in a blog post said it was not."
        ),
        [
            Some("The blog entry".to_string()),
            Some("Tom Okafor".to_string())
        ]
    );
    // Not a name that a verb before it takes as its object.
    let mentions = mentions_of(
        "Ida Berg weighed in, telling Kestrel in an interview published on Monday that the port \
         was safe.",
    );
    assert!(
        !mentions.contains(&Some("Kestrel".to_string())),
        "{mentions:?}"
    );
}

#[test]
fn whereas_and_whilst_open_a_clause_and_name_no_one() {
    for opener in ["whereas", "whilst"] {
        assert_eq!(
            mentions_of(&format!(
                "The port lacked cranes, {opener} Okafor acknowledged that the docks were full."
            )),
            [Some("Okafor".to_string())],
            "{opener}"
        );
    }
}

#[test]
fn wishes_plans_and_promises_with_to() {
    use crate::model::CueKind;
    let text = "Berg vowed to rebuild the pier. The council declined to comment. Its plans to \
                sell the land were dropped.";
    let kinds = cue_kinds(text);
    let seen: Vec<_> = kinds.iter().map(|(c, k)| (c.as_str(), *k)).collect();
    assert_eq!(
        seen,
        [
            ("to rebuild the pier", Some(CueKind::Speech)),
            ("to comment", Some(CueKind::Belief)),
        ]
    );
}

#[test]
fn an_attribution_after_a_short_opener_reports_what_follows() {
    use StatementKind::Indirect;
    expect(
        "Still, the mayor said, the bridge is closed.",
        &[(
            Indirect,
            "the bridge is closed",
            Some("said"),
            Some("the mayor"),
            None,
        )],
    );
    // A clause before the attribution is still the content.
    expect(
        "Crime fell, Berg said, because of the patrols.",
        &[(
            Indirect,
            "Crime fell, Berg said, because of the patrols",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn a_second_report_after_and_ends_the_first() {
    use StatementKind::Indirect;
    let found = read(
        "Most voters said they were worried about prices, and many parents said the mayor \
         would do best.",
    );
    let contents: Vec<_> = found.iter().map(|s| s.1.as_str()).collect();
    assert_eq!(
        contents,
        ["they were worried about prices", "the mayor would do best"]
    );
    assert!(found.iter().all(|s| s.0 == Indirect));
    // A plural group noun with no determiner opens the second subject too.
    let found = read(
        "Ida Berg said the stores would remain open, but analysts said the firm would sell \
         some sites.",
    );
    let contents: Vec<_> = found.iter().map(|s| s.1.as_str()).collect();
    assert_eq!(
        contents,
        [
            "the stores would remain open",
            "the firm would sell some sites"
        ]
    );
}

#[test]
fn interview_turns_are_statements_of_two_roles() {
    let text = "The interview was edited.\n\nQ: Where did you grow up?\n\nA: In Bergen. We moved \
                often.\n\nQ: Why?\n\nA. Smith took the photographs.";
    let article = crate::parse(text).expect("parses");
    let turns: Vec<_> = article
        .statements()
        .iter()
        .map(|s| {
            (
                s.mention().map(|m| m.text()),
                s.content().text(),
                s.speaker(),
            )
        })
        .collect();
    let (q, a) = (turns[0].2, turns[1].2);
    assert_ne!(q, a);
    assert_eq!(
        turns,
        [
            (Some("Q"), "Where did you grow up?", q),
            (Some("A"), "In Bergen. We moved often", a),
            (Some("Q"), "Why?", q),
        ]
    );
}

#[test]
fn reported_words_run_on_with_their_quote() {
    use StatementKind::Mixed;
    let text = "Berg said the pier \"shows what a town can do. It was built on time.\" She left.";
    expect(
        text,
        &[(
            Mixed,
            "the pier \"shows what a town can do. It was built on time.\"",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    // The comma inside a closing quote still ends the reported clause before `but he`.
    expect(
        "Berg said both plans are \"dead on arrival,\" but she left early.",
        &[(
            Mixed,
            "both plans are \"dead on arrival,\"",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn a_participle_quote_after_a_long_opener_or_a_scare_quote() {
    use StatementKind::Direct;
    expect(
        "During a long speech earlier in the day, Berg attacked the council for its plans, \
         saying, \"They are reckless.\"",
        &[(
            Direct,
            "They are reckless",
            Some("saying"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    expect(
        "Berg needled the paper's \"experts,\" saying, \"Experts who never visit!\"",
        &[(
            Direct,
            "Experts who never visit!",
            Some("saying"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn an_audience_after_to_is_part_of_the_cue() {
    use StatementKind::{Direct, Indirect};
    expect(
        "Berg said to reporters: \"The pier is safe.\"",
        &[(
            Direct,
            "The pier is safe",
            Some("said to reporters"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    // A time word may open the audience's name.
    expect(
        "Berg told the Evening Gazette: \"The pier is safe.\"",
        &[(
            Direct,
            "The pier is safe",
            Some("told the Evening Gazette"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    // `added to` and `responded to` take an object, not an audience.
    expect(
        "Berg said the win added to her lead in the polls.",
        &[(
            Indirect,
            "the win added to her lead in the polls",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn a_short_aside_in_brackets_after_the_cue() {
    use StatementKind::{Direct, Indirect};
    expect(
        "Berg told the Harbour Gazette (HG), \"The pier is safe.\"",
        &[(
            Direct,
            "The pier is safe",
            Some("told the Harbour Gazette"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    expect(
        "Berg said (in a letter to the board) that the pier was safe.",
        &[(
            Indirect,
            "the pier was safe",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn times_between_the_speaker_and_the_cue_and_subordinate_reports() {
    use StatementKind::Indirect;
    expect(
        "Berg on Friday said the stories were false.",
        &[(
            Indirect,
            "the stories were false",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    // A report inside an opening `When ...` clause ends at its comma.
    expect(
        "When Berg a month later announced the closure, some workers felt betrayed.",
        &[(
            Indirect,
            "the closure",
            Some("announced"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn a_participle_of_the_writer_ends_the_reported_words() {
    use StatementKind::Indirect;
    expect(
        "Officials announced they had raised $5 million, cementing the group's lead.",
        &[(
            Indirect,
            "they had raised $5 million",
            Some("announced"),
            Some("Officials"),
            None,
        )],
    );
}

#[test]
fn a_closing_relative_clause_of_the_writer_ends_the_reported_words() {
    use StatementKind::Indirect;
    expect(
        "Dale said the ferry should stop at Lorne, where the pier was rebuilt in 1998.",
        &[(
            Indirect,
            "the ferry should stop at Lorne",
            Some("said"),
            Some("Dale"),
            Some("Dale"),
        )],
    );
    // Closed by a later comma, the relative clause is inside the reported words.
    expect(
        "Dale said the mayor, who was there, never saw the ferry.",
        &[(
            Indirect,
            "the mayor, who was there, never saw the ferry",
            Some("said"),
            Some("Dale"),
            Some("Dale"),
        )],
    );
}

#[test]
fn a_verb_outside_the_lexicon_after_a_quote() {
    use StatementKind::Direct;
    let text = "\"The pier will open in May,\" Berg sighed.";
    expect(
        text,
        &[(
            Direct,
            "The pier will open in May",
            Some("sighed"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    let article = crate::parse(text).expect("parses");
    assert_eq!(
        article.statements()[0].cue().map(|c| c.lemma()),
        Some("sighed")
    );
    // Not after a scare quote, nor with a verb that does not end the sentence.
    expect("The \"reform,\" the senator voted.", &[]);
    expect(
        "\"The pier will open in May,\" Berg said to nobody.",
        &[(
            Direct,
            "The pier will open in May",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn what_seems_or_appears_is_attributed_with_its_subject() {
    use crate::model::CueKind;
    let text = "Berg seems to favour the new pier. She appeared on television on Monday. The \
                council appeared ready to vote.";
    let article = crate::parse(text).expect("parses");
    let seen: Vec<_> = article
        .statements()
        .iter()
        .map(|s| (s.content().text(), s.cue_kind(), s.mention().is_none()))
        .collect();
    assert_eq!(
        seen,
        [
            (
                "Berg seems to favour the new pier",
                Some(CueKind::Evidence),
                true
            ),
            (
                "The council appeared ready to vote",
                Some(CueKind::Evidence),
                true
            ),
        ]
    );
}

#[test]
fn a_stance_on_an_object_is_a_belief() {
    use crate::model::CueKind;
    let text = "Reid, who endorsed Clinton in February, said the race was over.";
    let kinds = cue_kinds(text);
    let seen: Vec<_> = kinds.iter().map(|(c, k)| (c.as_str(), *k)).collect();
    assert_eq!(
        seen,
        [
            ("Clinton", Some(CueKind::Belief)),
            ("the race was over", Some(CueKind::Speech)),
        ]
    );
    // Defending and dismissing are stances; citing points to evidence; seeing something as
    // something is a belief, seeing a game is not.
    let text = "Varga defended the depot plan. The mayor dismissed the petition. The report \
                cited a 2019 audit. Unions see the levy as a tax on work. We saw the game. A late \
                try saw Leeds leading 18-12 as the game ended. The closing moments saw \
                stout defence as Leeds turned down a penalty. A viewer poll saw the film emerge \
                as the favourite. The \
                board agreed that the depot should close. The audit concluded that fares were \
                too low. She sees him as a rival.";
    let kinds = cue_kinds(text);
    let seen: Vec<_> = kinds.iter().map(|(c, k)| (c.as_str(), *k)).collect();
    assert_eq!(
        seen,
        [
            ("the depot plan", Some(CueKind::Belief)),
            ("the petition", Some(CueKind::Belief)),
            ("a 2019 audit", Some(CueKind::Evidence)),
            ("the levy as a tax on work", Some(CueKind::Belief)),
            ("the depot should close", Some(CueKind::Belief)),
            ("fares were too low", Some(CueKind::Belief)),
            ("him as a rival", Some(CueKind::Belief)),
        ]
    );
}

#[test]
fn restrictive_relatives_idioms_and_coordinated_beliefs() {
    use StatementKind::Indirect;
    expect(
        "Berg leads among voters who say the economy is rigged.",
        &[(
            Indirect,
            "the economy is rigged",
            Some("say"),
            Some("who"),
            None,
        )],
    );
    // `Having said that` reports nothing.
    expect("Having said that, the pier is safe.", &[]);
    // A belief verb coordinated inside the reported clause does not end it.
    expect(
        "Berg said she was tired of waiting and wanted a new pier.",
        &[(
            Indirect,
            "she was tired of waiting and wanted a new pier",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn a_quote_after_an_adding_clause_continues_the_direct_statement() {
    let text = "\"The pier is safe,\" Berg said, adding that repairs would end in May. \"We \
                checked every beam.\"";
    let article = crate::parse(text).expect("parses");
    let seen: Vec<_> = article
        .statements()
        .iter()
        .map(|s| {
            (
                s.kind(),
                s.content()
                    .fragments()
                    .iter()
                    .map(|f| f.text_in(text).unwrap_or_default())
                    .collect::<Vec<_>>(),
                s.content().text(),
            )
        })
        .collect();
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert_eq!(seen[0].0, StatementKind::Direct);
    assert_eq!(seen[0].1, ["The pier is safe", "We checked every beam"]);
    assert_eq!(seen[1].0, StatementKind::Indirect);
    assert_eq!(seen[1].2, "repairs would end in May");
}

#[test]
fn quotes_introduced_after_asides_and_verb_phrases() {
    use StatementKind::Direct;
    expect(
        "Ruiz, in an attempt to settle the matter, wrote, \"The pier is safe.\"",
        &[(
            Direct,
            "The pier is safe",
            Some("wrote"),
            Some("Ruiz"),
            Some("Ruiz"),
        )],
    );
    expect(
        "Berg went on to say, \"The pier is safe.\"",
        &[(
            Direct,
            "The pier is safe",
            Some("say"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    // Reported speech after `went on to` and `continued to`, with its `that`.
    expect(
        "The port's chief went on to claim that the pier was safe.",
        &[(
            Indirect,
            "the pier was safe",
            Some("claim"),
            Some("The port's chief"),
            None,
        )],
    );
    expect(
        "Berg continued to insist that the pier was safe.",
        &[(
            Indirect,
            "the pier was safe",
            Some("insist"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    // Without a clause, `went on to claim` is winning: `claimed the Cup`.
    expect("The Kiwis went on to claim the Cup.", &[]);
    let found = read(
        "In May, the mayor, Ida Berg, wrote to the council, saying in a letter: \"The pier is \
         safe.\"",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "The pier is safe");
    assert!(found[0].3.is_some());
}

#[test]
fn a_programme_in_quotes_after_its_network_is_the_audience() {
    use StatementKind::Indirect;
    expect(
        "Berg told NBC's \"Meet the Press\" that the pier was safe.",
        &[(
            Indirect,
            "the pier was safe",
            Some("told NBC's \"Meet the Press\""),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn quantifiers_and_long_parentheticals_as_speakers() {
    use StatementKind::Indirect;
    let found = read("One says the pier is safe, while another says it is not.");
    let seen: Vec<_> = found
        .iter()
        .map(|s| (s.1.as_str(), s.3.as_deref()))
        .collect();
    assert_eq!(
        seen,
        [
            ("the pier is safe", Some("One")),
            ("it is not", Some("another"))
        ]
    );
    expect(
        "Sen. Ida Berg (a Democrat so young she is mistaken for an aide) says the pier is safe.",
        &[(
            Indirect,
            "the pier is safe",
            Some("says"),
            Some("Sen. Ida Berg"),
            Some("Ida Berg"),
        )],
    );
    // `having ...` after a comma goes on with the reported words.
    expect(
        "Forbes says she is no longer a billionaire, having given her shares away.",
        &[(
            Indirect,
            "she is no longer a billionaire, having given her shares away",
            Some("says"),
            Some("Forbes"),
            Some("Forbes"),
        )],
    );
}

#[test]
fn writer_words_around_a_quote_make_it_mixed() {
    use StatementKind::Mixed;
    expect(
        "Berg said, \"we do not know the cost\" of the repairs to the old pier.",
        &[(
            Mixed,
            "\"we do not know the cost\" of the repairs to the old pier",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    // A cue noun after a possessive leaves the lead the writer's.
    expect(
        "The mayor's remarks were \"a disgrace to the city,\" Berg said.",
        &[(
            Mixed,
            "The mayor's remarks were \"a disgrace to the city,\"",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    // Any verb ends an attribution after a quote when a person is named.
    let found = read(
        "\"It is over,\" Berg claimed.\n\"It is not over,\" an angry Ida Ruiz retorted. \"Not yet.\"",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].3.as_deref(), Some("an angry Ida Ruiz"));
}

#[test]
fn a_new_clause_after_a_quote_with_its_comma_ends_mixed_words() {
    let found = read(
        "Most voters say the plan is \"completely unacceptable,\" while 31 percent call it \
         \"typical.\"",
    );
    assert_eq!(
        found.first().map(|s| s.1.as_str()),
        Some("the plan is \"completely unacceptable,\"")
    );
}

#[test]
fn a_trailing_according_to_after_a_dash_a_quote_or_with_a_long_source() {
    use StatementKind::{Indirect, Mixed};
    let found = read(
        "Berg leads by 11 points, according to a survey conducted by the university's polling \
         institute immediately after the debate was over on Friday night.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Berg leads by 11 points");
    expect(
        "In 2014, the town had 115 burglaries \u{2014} according to the police.",
        &[(
            Indirect,
            "In 2014, the town had 115 burglaries",
            Some("according to"),
            Some("the police"),
            None,
        )],
    );
    expect(
        "The visit was \"the high point of the year,\" according to Berg.",
        &[(
            Mixed,
            "The visit was \"the high point of the year,\"",
            Some("according to"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn a_new_clause_with_its_own_subject_after_comma_and_ends_the_reported_words() {
    use StatementKind::Indirect;
    expect(
        "Okafor said the fees were too high, and the port authority has already cut them.",
        &[(
            Indirect,
            "the fees were too high",
            Some("said"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
    // `and that ...` is a second reported clause, and a noun phrase without a verb of its
    // own is more of the first.
    expect(
        "Okafor said the fees were too high, and that the port would lose trade.",
        &[(
            Indirect,
            "the fees were too high, and that the port would lose trade",
            Some("said"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
    expect(
        "Okafor said the fees hurt farmers, and the ferries that carry their goods.",
        &[(
            Indirect,
            "the fees hurt farmers, and the ferries that carry their goods",
            Some("said"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
}

#[test]
fn a_second_that_clause_after_but_goes_on_with_the_reported_words() {
    use StatementKind::Indirect;
    expect(
        "Okafor said the fees were too high, but that the port would stay open.",
        &[(
            Indirect,
            "the fees were too high, but that the port would stay open",
            Some("said"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
    // A new clause of the writer's after `but` still ends them.
    expect(
        "Okafor said the fees were too high, but the port kept them.",
        &[(
            Indirect,
            "the fees were too high",
            Some("said"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
}

#[test]
fn a_comparison_or_contrast_of_the_writers_ends_the_reported_words() {
    use StatementKind::Indirect;
    expect(
        "Most farmers said the fees were fair, compared with a third of traders.",
        &[(
            Indirect,
            "the fees were fair",
            Some("said"),
            Some("Most farmers"),
            None,
        )],
    );
    expect(
        "Okafor said he backs the fees, even as his union fights them.",
        &[(
            Indirect,
            "he backs the fees",
            Some("said"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
}

#[test]
fn the_subject_of_a_coordinated_report_ends_at_the_first_reporting_verb() {
    use StatementKind::Indirect;
    expect(
        "And the harbour official believes Okafor is suited to the job and says the pier is \
         safe.",
        &[
            (
                Indirect,
                "Okafor is suited to the job",
                Some("believes"),
                Some("the harbour official"),
                None,
            ),
            (
                Indirect,
                "the pier is safe",
                Some("says"),
                Some("the harbour official"),
                None,
            ),
        ],
    );
}

#[test]
fn a_relative_pronoun_is_the_subject_of_both_coordinated_verbs() {
    use StatementKind::Indirect;
    expect(
        "Okafor, who toured the depot in May and said it would close, did not return.",
        &[(
            Indirect,
            "it would close",
            Some("said"),
            Some("who"),
            Some("Okafor"),
        )],
    );
}

#[test]
fn a_share_of_those_polled_is_a_speaker_with_its_number() {
    use StatementKind::Indirect;
    expect(
        "In the survey, 57 percent of farmers said the fees were fair.",
        &[(
            Indirect,
            "the fees were fair",
            Some("said"),
            Some("57 percent of farmers"),
            None,
        )],
    );
}

#[test]
fn an_inverted_attribution_after_a_short_opener() {
    use StatementKind::Indirect;
    expect(
        "Later, says Mr Okafor, the council found out.",
        &[(
            Indirect,
            "the council found out",
            Some("says"),
            Some("Mr Okafor"),
            Some("Okafor"),
        )],
    );
    // A clause that could be read as an appositive of the speaker is the reported words.
    expect(
        "Then, says Mr Okafor, the ruling party lost.",
        &[(
            Indirect,
            "the ruling party lost",
            Some("says"),
            Some("Mr Okafor"),
            Some("Okafor"),
        )],
    );
    expect(
        "Still, says the mayor, the port must close.",
        &[(
            Indirect,
            "the port must close",
            Some("says"),
            Some("the mayor"),
            None,
        )],
    );
}

#[test]
fn a_participle_and_a_time_between_subject_and_cue() {
    use StatementKind::Indirect;
    expect(
        "A study released Monday said the depot was badly run.",
        &[(
            Indirect,
            "the depot was badly run",
            Some("said"),
            Some("A study"),
            None,
        )],
    );
}

#[test]
fn a_stray_comma_between_a_name_and_its_cue() {
    use StatementKind::Indirect;
    expect(
        "Sen. Ann Okafor (D-Ore.), said that the depot would close.",
        &[(
            Indirect,
            "the depot would close",
            Some("said"),
            Some("Sen. Ann Okafor"),
            Some("Ann Okafor"),
        )],
    );
}

#[test]
fn two_speakers_joined_by_and_are_one_group() {
    expect(
        "\"The depot stays open,\" Okafor and Lindqvist said.",
        &[(
            Direct,
            "The depot stays open",
            Some("said"),
            Some("Okafor and Lindqvist"),
            None,
        )],
    );
    expect(
        "The mayor and her deputy said the depot would close.",
        &[(
            Indirect,
            "the depot would close",
            Some("said"),
            Some("The mayor and her deputy"),
            None,
        )],
    );
    // Two people of one organisation; an organisation named with a possessive.
    expect(
        "\"The depot stays open,\" Okafor and Lindqvist of the Harbour Trust wrote.",
        &[(
            Direct,
            "The depot stays open",
            Some("wrote"),
            Some("Okafor and Lindqvist of the Harbour Trust"),
            None,
        )],
    );
    expect(
        "\"The depot stays open,\" Mira Okafor of Oslo's Harbour Trust wrote.",
        &[(
            Direct,
            "The depot stays open",
            Some("wrote"),
            Some("Mira Okafor of Oslo's Harbour Trust"),
            Some("Mira Okafor"),
        )],
    );
    // The left side must open the clause: an object before `and` is no speaker.
    expect(
        "Okafor thanked the crews and Lindqvist said the depot would close.",
        &[(
            Indirect,
            "the depot would close",
            Some("said"),
            Some("Lindqvist"),
            Some("Lindqvist"),
        )],
    );
}

#[test]
fn a_determiner_and_a_role_before_a_name() {
    expect(
        "\"Can the depot stay open?\" her chief aide Mira Okafor wrote to the board.",
        &[(
            Direct,
            "Can the depot stay open?",
            Some("wrote to the board"),
            Some("her chief aide Mira Okafor"),
            Some("Mira Okafor"),
        )],
    );
}

#[test]
fn a_second_report_joined_to_the_first_takes_its_subject() {
    // `but went on to say, "..."`: the first report's words end before it.
    expect(
        "Okafor joked that the depot was haunted, but went on to say, \"We will keep it open.\"",
        &[
            (
                Indirect,
                "the depot was haunted",
                Some("joked"),
                Some("Okafor"),
                Some("Okafor"),
            ),
            (
                Direct,
                "We will keep it open",
                Some("say"),
                Some("Okafor"),
                Some("Okafor"),
            ),
        ],
    );
    // A participle after `upon`, and one after a sentence that opens with a quote.
    expect(
        "Okafor, a planner, drew boos upon saying, \"The depot will close.\"",
        &[(
            Direct,
            "The depot will close",
            Some("saying"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
    expect(
        "\"Keep the lights on,\" Okafor sings to the crowd before asking them, \"Where do we go now?\"",
        &[(
            Direct,
            "Where do we go now?",
            Some("asking them"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
}

#[test]
fn quoted_as_saying_reports_the_words_of_the_one_quoted() {
    expect(
        "\"We had no warning,\" the Daily Ledger quoted Ms. Okafor, the depot manager, as saying.",
        &[(
            Direct,
            "We had no warning",
            Some("quoted Ms. Okafor, the depot manager, as saying"),
            Some("the Daily Ledger"),
            Some("Daily Ledger"),
        )],
    );
    expect(
        "The Daily Ledger quoted her as saying the depot would close.",
        &[(
            Indirect,
            "the depot would close",
            Some("quoted her as saying"),
            Some("The Daily Ledger"),
            Some("Daily Ledger"),
        )],
    );
    // Quoting a text is no report of new words.
    expect("The mayor quoted Lincoln at length.", &[]);
}

#[test]
fn the_passive_quoted_as_saying_reports_its_subject() {
    expect(
        "The depot will close next year, Mayor Ida Okafor has been reported as saying.",
        &[(
            Indirect,
            "The depot will close next year",
            Some("reported as saying"),
            Some("Mayor Ida Okafor"),
            Some("Ida Okafor"),
        )],
    );
    expect(
        "Ms. Okafor was quoted as telling reporters she would stay.",
        &[(
            Indirect,
            "she would stay",
            Some("quoted as telling reporters"),
            Some("Ms. Okafor"),
            Some("Okafor"),
        )],
    );
    // Where the words were quoted may come before `as`.
    expect(
        "Tom Okafor was quoted in a Dutch newspaper as saying he would leave.",
        &[(
            Indirect,
            "he would leave",
            Some("quoted in a Dutch newspaper as saying"),
            Some("Tom Okafor"),
            Some("Tom Okafor"),
        )],
    );
    // Reported as a fact, or quoted as a source, is no report of words.
    expect("The loss was reported as a one-off.", &[]);
    expect("The loss was reported in the press as a one-off.", &[]);
}

#[test]
fn a_report_inside_a_relative_clause_runs_from_the_relative_pronoun() {
    expect(
        "The council approved a levy, which Okafor said would cut costs by half.",
        &[(
            Indirect,
            "which Okafor said would cut costs by half",
            Some("said"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
    expect(
        "Crews left early, in what residents say was a sign of trouble.",
        &[(
            Indirect,
            "what residents say was a sign of trouble",
            Some("say"),
            Some("residents"),
            None,
        )],
    );
    // The main clause's verb after a comma closes the relative clause.
    expect(
        "The levy, which critics argued was a ploy, was approved.",
        &[(
            Indirect,
            "which critics argued was a ploy",
            Some("argued"),
            Some("critics"),
            None,
        )],
    );
    // A verb that takes no clause has its object in the relative pronoun: no report.
    expect(
        "The records that Okafor questioned are stored in Lyon.",
        &[],
    );
}

#[test]
fn a_partitive_aside_after_a_name() {
    expect(
        "\"The depot is safe,\" engineer Mira Okafor, part of the team that built it, told the council.",
        &[(
            Direct,
            "The depot is safe",
            Some("told the council"),
            Some("engineer Mira Okafor"),
            Some("Mira Okafor"),
        )],
    );
}

#[test]
fn a_progressive_report_and_a_participle_after_but() {
    expect(
        "Okafor is telling supporters that the depot will stay open.",
        &[(
            Indirect,
            "the depot will stay open",
            Some("telling supporters"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
    // `but suggesting` is a second report: the first one's words end before it.
    expect(
        "The union hit back, saying the depot is safe but suggesting that repairs are late.",
        &[
            (
                Indirect,
                "the depot is safe",
                Some("saying"),
                Some("The union"),
                None,
            ),
            (
                Indirect,
                "repairs are late",
                Some("suggesting"),
                Some("The union"),
                None,
            ),
        ],
    );
}

#[test]
fn a_role_between_dashes_after_a_name() {
    expect(
        "Mira Okafor \u{2014} a planner from Lyon \u{2014} says the depot will close.",
        &[(
            Indirect,
            "the depot will close",
            Some("says"),
            Some("Mira Okafor"),
            Some("Mira Okafor"),
        )],
    );
}

#[test]
fn a_quote_closed_by_a_period_before_its_attribution() {
    expect(
        "\"He said, 'We won.'\" Okafor said.",
        &[(
            Direct,
            "He said, 'We won.'",
            Some("said"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
}

#[test]
fn the_subject_of_a_verb_joined_to_the_cue() {
    // The subject right before an intransitive past verb, past an opening clause with a
    // report of its own.
    expect(
        "When the clerk mentioned the fee, I laughed and said, \"We will pay.\"",
        &[
            (
                Indirect,
                "the fee",
                Some("mentioned"),
                Some("the clerk"),
                None,
            ),
            (Direct, "We will pay", Some("said"), Some("I"), None),
        ],
    );
    // A main clause with an object: its subject ends where its verb starts.
    expect(
        "Okafor met the crews and said the depot would close.",
        &[(
            Indirect,
            "the depot would close",
            Some("said"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
}

#[test]
fn a_name_of_an_organisation_with_its_article_and_inner_words() {
    let text = "\"The depot is safe,\" Mira Okafor of the Institute for Transport Studies wrote.";
    expect(
        text,
        &[(
            Direct,
            "The depot is safe",
            Some("wrote"),
            Some("Mira Okafor of the Institute for Transport Studies"),
            Some("Mira Okafor"),
        )],
    );
    let article = crate::parse(text).expect("parses");
    let speaker = article.speakers().first().expect("a speaker");
    assert_eq!(
        speaker.affiliation().map(|a| a.text()),
        Some("Institute for Transport Studies")
    );
}

#[test]
fn words_describing_an_inverted_source_are_not_reported_words() {
    // Each statement's content, and with its fragments.
    let contents = |text: &str| -> Vec<String> {
        crate::parse(text)
            .expect("parses")
            .statements()
            .iter()
            .map(|s| s.content().text().to_string())
            .collect()
    };
    let one = |text: &str| -> Vec<(String, Vec<String>)> {
        let article = crate::parse(text).expect("parses");
        article
            .statements()
            .iter()
            .map(|s| {
                let text = article.text();
                let pieces = s
                    .content()
                    .fragments()
                    .iter()
                    .filter_map(|f| text.get(f.start..f.end))
                    .map(str::to_string)
                    .collect();
                (s.content().text().to_string(), pieces)
            })
            .collect()
    };
    // A relative clause on the source, after `according to` and after an inverted `said`.
    assert_eq!(
        contents("The ferry ran late all winter, according to Ines Varga, who rides it every day."),
        ["The ferry ran late all winter"]
    );
    assert_eq!(
        contents(
            "The dam needs repairs, said a former engineer of the water board, Tomas Lind, \
             whose reports were never published."
        ),
        ["The dam needs repairs"]
    );
    // A description beside the source, alone or before a participle of the writer.
    assert_eq!(
        contents("The mill closed in May, according to Ola Brek, a historian at the museum."),
        ["The mill closed in May"]
    );
    assert_eq!(
        contents(
            "The plan was dropped, according to Ada Moe, the mayor's former deputy, referring to \
             the bypass."
        ),
        ["The plan was dropped"]
    );
    // Guards: the reported words do go on after the source and its description.
    let found = one(
        "At the root of the dispute, according to Ola Brek, a retired judge, was a map drawn \
         in 1911.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].1,
        ["At the root of the dispute", "was a map drawn in 1911"]
    );
    let found = one("In the long run, according to the budget office, the deficit will grow.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, ["In the long run", "the deficit will grow"]);
}

#[test]
fn a_quote_of_several_sentences_after_that() {
    use StatementKind::Direct;
    expect(
        "Berg told reporters that \"the pier is safe. The ferry will run all winter.\"",
        &[(
            Direct,
            "the pier is safe. The ferry will run all winter",
            Some("told reporters"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    // Within one sentence the quote is read with the reported words, as before.
    expect(
        "Berg said that \"the pier is safe\" and the ferry would run.",
        &[(
            StatementKind::Mixed,
            "\"the pier is safe\" and the ferry would run",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    // A colon after `that` still introduces the quote: its words alone are the content.
    expect(
        "Berg told reporters that: \"The pier is safe.\"",
        &[(
            Direct,
            "The pier is safe",
            Some("told reporters"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn a_time_before_the_subject_without_a_comma_is_not_the_speaker() {
    use StatementKind::Indirect;
    for (text, mention) in [
        (
            "On Monday the mayor said the port would close.",
            "the mayor",
        ),
        (
            "Last week officials said the port would close.",
            "officials",
        ),
        (
            "Earlier this month figures showed the port would close.",
            "figures",
        ),
        // A name that opens with a day is still a name.
        (
            "Monday Night Football said the port would close.",
            "Monday Night Football",
        ),
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, Indirect, "{text}");
        assert_eq!(found[0].3.as_deref(), Some(mention), "{text}");
    }
}

#[test]
fn evidence_verbs_are_not_inverted_after_a_comma() {
    // `..., said Ma` inverts a speech verb; `shows` after a comma has its own subject.
    let found = read("The recovery, the strongest in years, shows signs of strength.");
    assert_eq!(found, []);
}

#[test]
fn a_month_before_a_surname_is_a_first_name() {
    use StatementKind::Indirect;
    expect(
        "Jan Bolz said the firm would grow.",
        &[(
            Indirect,
            "the firm would grow",
            Some("said"),
            Some("Jan Bolz"),
            Some("Jan Bolz"),
        )],
    );
    // After a preposition the month is a date.
    expect(
        "In May Berg said prices would rise.",
        &[(
            Indirect,
            "prices would rise",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn an_acronym_in_brackets_after_a_name_names_the_same_speaker() {
    let article =
        crate::parse("Harbour Freight Lines (HFL) said it would grow. HFL said it would hire.")
            .expect("parses");
    assert_eq!(article.speakers().len(), 1, "{:?}", article.speakers());
    let mentions: Vec<&str> = article.speakers()[0]
        .mentions()
        .iter()
        .map(|m| m.text())
        .collect();
    assert_eq!(mentions, ["Harbour Freight Lines", "HFL"]);
    // Letters that are not the initials name someone else.
    let article =
        crate::parse("Harbour Freight Lines (HFL) said it would grow. HBL said it would hire.")
            .expect("parses");
    assert_eq!(article.speakers().len(), 2);
}

#[test]
fn an_adverb_before_the_subject_is_not_the_speaker() {
    let found = read("Later the mayor said the port would close.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].3.as_deref(), Some("the mayor"));
}

#[test]
fn a_cue_word_after_have_no_is_a_noun() {
    let found = read(
        "Berg has no immediate plans to sell the pier. Okafor had no claims to make. The \
         council plans to sell the pier.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].3.as_deref(), Some("The council"));
}

#[test]
fn a_function_word_in_capitals_amid_lowercase_is_an_acronym() {
    use StatementKind::Indirect;
    expect(
        "The pier is safe, the WHO said on Monday. IT firm Kestrel said sales rose. IS \
         fighters said they held the port.",
        &[
            (
                Indirect,
                "The pier is safe",
                Some("said"),
                Some("the WHO"),
                Some("WHO"),
            ),
            (
                Indirect,
                "sales rose",
                Some("said"),
                Some("IT firm Kestrel"),
                Some("Kestrel"),
            ),
            (
                Indirect,
                "they held the port",
                Some("said"),
                Some("IS fighters"),
                None,
            ),
        ],
    );
    // In a run of capitals the words keep their meaning: a headline is no statement.
    assert!(read("WHO SAID THE PIER IS SAFE").is_empty());
    // Without the rule, `WHO` read as the relative pronoun and no statement was found.
    assert_eq!(read("WHO said the pier was safe.").len(), 1);
}

#[test]
fn a_dj_is_a_title_and_no_title_runs_over_a_line_break() {
    let article = crate::parse(
        "Pier not dead says Kestrel\n\nRadio DJ Ida Berg has been busy.\n\nBerg said the pier \
         was fine. She said it was good. The DJ admitted, however, that it was old.",
    )
    .expect("parses");
    let speakers = article.speakers();
    assert_eq!(speakers.len(), 1, "{speakers:?}");
    assert_eq!(speakers[0].name(), Some("Ida Berg"));
    let titles: Vec<&str> = speakers[0].titles().iter().map(|t| t.text()).collect();
    assert!(titles.contains(&"Radio DJ"), "{titles:?}");
    assert!(titles.iter().all(|t| !t.contains("Kestrel")), "{titles:?}");
    assert_eq!(article.statements().len(), 3);
    assert!(article.statements().iter().all(|s| s.speaker() == Some(0)));
    // A role the text has used before for someone unnamed is theirs.
    assert_eq!(
        speaker_names(
            "Ida Berg says it is the mayor who is to blame.\n\nThe mayor said the pier was safe."
        ),
        [Some("Ida Berg".to_string()), None]
    );
}

#[test]
fn an_owner_before_titles_and_a_name_is_the_affiliation() {
    let article = crate::parse(
        "Kestrel's Mr Okafor said the bid would rise. \"Our cash flow is good,\" he told \
         reporters.",
    )
    .expect("parses");
    let speakers = article.speakers();
    assert_eq!(speakers.len(), 1, "{speakers:?}");
    assert_eq!(speakers[0].name(), Some("Okafor"));
    assert_eq!(speakers[0].affiliation().map(|a| a.text()), Some("Kestrel"));
    let titles: Vec<&str> = speakers[0].titles().iter().map(|t| t.text()).collect();
    assert_eq!(titles, ["Mr"]);
    // The pronoun of the next sentence is the same person.
    let statements = article.statements();
    assert_eq!(statements.len(), 2);
    assert!(statements.iter().all(|s| article.speaker_of(s).is_some()));
}

#[test]
fn a_bare_name_after_a_description_names_the_speaker() {
    use StatementKind::Indirect;
    expect(
        "The chief executive, Ida Berg, said the pier was safe. Acme's boss, Tom Okafor, \
         said sales rose.",
        &[
            (
                Indirect,
                "the pier was safe",
                Some("said"),
                Some("Ida Berg"),
                Some("Ida Berg"),
            ),
            (
                Indirect,
                "sales rose",
                Some("said"),
                Some("Tom Okafor"),
                Some("Tom Okafor"),
            ),
        ],
    );
    // A role between the commas is still the description's appositive.
    let found = read("The mayor, a former teacher, said the pier was safe.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].3.as_deref(), Some("The mayor"));
}

#[test]
fn a_titled_name_after_a_description_names_the_speaker() {
    let name = |n: &str| Some(n.to_string());
    // A plain title before the name, and an article after a role that opens the clause.
    assert_eq!(
        speaker_names(
            "The star witness, former finance chief Ida Berg, said the books were false. The \
             Bishop of Leeds, the Rt Rev Tom Okafor, said the vote was close. Dockers' \
             union, the TGWU, said the strike would go on."
        ),
        [name("Ida Berg"), name("Tom Okafor"), name("TGWU")]
    );
    // Not a phrase of a preposition, an owner or a participle, and not the second aside
    // after a name: there the name that opens the clause speaks.
    assert_eq!(
        speaker_names(
            "Other carriers, including Delta, have said they will cut fares. A senior \
             official, speaking to reporter Ida Berg, said the plan was late. Tom Okafor, a \
             director of the central bank, the Fed, said rates would hold."
        ),
        [None, None, name("Tom Okafor")]
    );
}

/// The name of the speaker of each statement.
fn speaker_names(text: &str) -> Vec<Option<String>> {
    read(text).into_iter().map(|s| s.4).collect()
}

#[test]
fn a_role_after_the_lede_is_the_person_it_named() {
    let name = |n: &str| Some(n.to_string());
    // The subject of the sentence before, behind its titles.
    assert_eq!(
        speaker_names(
            "Brown backs plan\n\nTeam GB coach Ida Berg has backed the new track.\n\nThe \
             coach said the surface was fast."
        ),
        [name("Ida Berg")]
    );
    // The speaker of the sentence before comes before its subject.
    assert_eq!(
        speaker_names(
            "Tom Okafor has failed the city, Ida Berg has said.\n\nThe mayor said the roads \
             were worse."
        ),
        [name("Ida Berg"), name("Ida Berg")]
    );
    // A name that is no subject, a person who holds another office, a generic role and an
    // office's shadow are someone else.
    for text in [
        "The race was won ahead of Ida Berg, who fell.\n\nThe coach said it was fast.",
        "Mayor Ida Berg has backed the track.\n\nThe coach said it was fast.",
        "Ida Berg has backed the track.\n\nThe spokesman said it was fast.",
        "Ida Berg has backed the track.\n\nThe shadow chancellor said it was fast.",
        // A former office is not the one the person holds now.
        "Mayor Ida Berg has backed the track.\n\nThe former mayor said it was fast.",
    ] {
        assert_eq!(speaker_names(text), [None], "{text}");
    }
    // A former office the person is not known to hold now may be theirs.
    assert_eq!(
        speaker_names(
            "Ida Berg, who runs the club, has backed the track.\n\nThe former teacher said \
             it was fast."
        ),
        [name("Ida Berg")]
    );
    // Past the lede, a role is not read so.
    assert_eq!(
        speaker_names(
            "Ida Berg has backed the track.\n\nIt opens in May.\n\nTom Okafor has run on it.\n\n\
             The coach said it was fast."
        ),
        [None]
    );
}

#[test]
fn he_after_when_or_as_is_the_person_named_before_it() {
    let name = |n: &str| Some(n.to_string());
    assert_eq!(
        speaker_names(
            "Tom Okafor said the plan was fine. At a dinner, former president Ida Berg backed \
             the plan when she urged ministers to act."
        ),
        [name("Tom Okafor"), name("Ida Berg")]
    );
    // Not a place, nor a name after a pronoun carried on from before.
    assert_eq!(
        speaker_names(
            "Tom Okafor said the plan was fine. He sees Ivo as the heir to Mayor Kim Tate, \
             although he hopes to keep him. The club handed in a request at Dunmore Park as he sought a move."
        ),
        [
            name("Tom Okafor"),
            name("Tom Okafor"),
            name("Tom Okafor"),
            name("Tom Okafor")
        ]
    );
}

#[test]
fn he_after_when_may_look_past_a_few_quoted_words() {
    let name = |n: &str| Some(n.to_string());
    // A particle joined to a capitalized part belongs to the name, and a few quoted words
    // between the name and `when he` do not hide it.
    assert_eq!(
        speaker_names(
            "Tom Okafor said the plan was fine. The paper said Energy Minister Ghazi al-Rahim \
             had \"caused uproar\" when he said prices would rise."
        ),
        [name("Tom Okafor"), None, name("Ghazi al-Rahim")]
    );
}

#[test]
fn the_paper_is_the_publication_named_before() {
    let name = |n: &str| Some(n.to_string());
    assert_eq!(
        speaker_names("The Daily Ledger said the plant would close. Jobs will go, the paper said."),
        [name("Daily Ledger"), name("Daily Ledger")]
    );
    // Named as no speaker: an audience, or a noun beside the name says what it is.
    assert_eq!(
        speaker_names(
            "Ida Okafor told the Evening Post that she would stay. The newspaper said the club \
             had agreed."
        ),
        [name("Ida Okafor"), name("Evening Post")]
    );
    assert_eq!(
        speaker_names(
            "The list was drawn up by US magazine Harbour Voice. Sales fell, the magazine said."
        ),
        [name("Harbour Voice")]
    );
    // A body named by a word that ends no paper's name is no paper (`News Corp`).
    assert_eq!(
        speaker_names("News Corp said sales fell. The paper said that talks had failed."),
        [name("News Corp"), None]
    );
}

#[test]
fn she_after_an_office_and_its_holder_set_off_by_commas() {
    let name = |n: &str| Some(n.to_string());
    // An office with its remit, then the name between commas, is the subject `she` stands
    // for; `State` in the office is no verb.
    assert_eq!(
        speaker_names(
            "Tom Okafor said the plan was fine.\n\nThe Secretary of State for Parks, Roads and \
             Water, Ida Berg, has hit out at critics.\n\nShe told the paper there would be no \
             new roads."
        ),
        [name("Tom Okafor"), name("Ida Berg")]
    );
    // The paper she told is the audience, not the start of what she said.
    expect(
        "Ida Berg told the paper there would be no new roads.",
        &[(
            Indirect,
            "there would be no new roads",
            Some("told the paper"),
            Some("Ida Berg"),
            Some("Ida Berg"),
        )],
    );
}

#[test]
fn a_role_set_before_a_name_in_commas_wins_over_a_speaker_of_the_paragraph() {
    let name = |n: &str| Some(n.to_string());
    // `he` stands for the subject named with a role before it, not for the speaker the
    // paragraph quoted first: the role titles the name as `Shadow Secretary` would.
    assert_eq!(
        speaker_names(
            "Health Secretary Tom Okafor said the men would be freed. The shadow health \
             secretary, Ivo Tate, welcomed the move. But he said there were \"serious \
             questions\" left."
        ),
        [name("Tom Okafor"), name("Ivo Tate")]
    );
}

#[test]
fn a_body_called_by_its_trade_is_the_body_named_and_described_so() {
    let name = |n: &str| Some(n.to_string());
    // Described in an appositive, over a nearer name that merely holds the noun.
    assert_eq!(
        speaker_names(
            "Tidewell Amro, the country's largest bank, is to cut 2,000 jobs. It follows cuts \
             at Northgate Bank. The bank said it was on course for a rise."
        ),
        [name("Tidewell Amro")]
    );
    // Described by the noun before the name, or by any trade for a firm or a company.
    assert_eq!(
        speaker_names("US insurer Marsh Coyle is to cut 2,500 jobs. The insurer said costs rose."),
        [name("Marsh Coyle")]
    );
    assert_eq!(
        speaker_names(
            "Revenues at media group Ravel slipped 11% in 2004. The company said it was \
             optimistic."
        ),
        [name("Ravel")]
    );
    // Described by the noun after it, and a place's adjective is no name of it.
    assert_eq!(
        speaker_names("The story was carried by Ledger news agency. The agency said talks failed."),
        [name("Ledger")]
    );
    assert_eq!(
        speaker_names(
            "Shares rose at Velox Foods, the largest US food maker. The firm said jobs would go."
        ),
        [name("Velox Foods")]
    );
    assert_eq!(
        speaker_names(
            "Velox, the US investment bank, lost the case. The bank said it would appeal."
        ),
        [name("Velox")]
    );
    // A name that holds the noun, with what `of` joins to it.
    assert_eq!(
        speaker_names(
            "The Bank of Tarland has left rates on hold. The bank said inflation was low."
        ),
        [name("Bank of Tarland")]
    );
    // Else the body that is the subject of the sentence or the one before, by a noun with
    // a word before it too.
    assert_eq!(
        speaker_names("Shares in Velox Mining have fallen after the mining group said costs rose."),
        [name("Velox Mining")]
    );
    assert_eq!(
        speaker_names(
            "Velox saw its shares rise 14% on Tuesday. The Swedish firm said it would move \
             plants."
        ),
        [name("Velox")]
    );
    // Past a body that spoke, only a name described by the very noun.
    assert_eq!(
        speaker_names(
            "Unilor Foods said profits fell. Oil giant Petrel also cut jobs. The company said its \
             focus would be on profits."
        ),
        [name("Unilor Foods"), name("Unilor Foods")]
    );
    // A lone name that spoke, with no title or gender to make it a person's, is the body
    // its trade's noun stands for in the next sentence.
    assert_eq!(
        speaker_names("Velair said fuel cost more. The carrier said it would cut fares."),
        [name("Velair"), name("Velair")]
    );
    // Not a person's: a title keeps a lone name a person.
    assert_eq!(
        speaker_names("Mr Velair said fuel cost more. The carrier said it would cut fares."),
        [name("Velair"), None]
    );
}

#[test]
fn an_adverb_and_its_comma_open_no_subject_for_it() {
    // `Right now,` fronts the sentence: `Right` is no body that `it` could stand for.
    assert_eq!(
        speaker_names(
            "Dan Lane calls it a test. Right now, the cache can only take text. In future, it \
             says it hopes to take in messages."
        ),
        [Some("Dan Lane".to_string()), None]
    );
}

#[test]
fn a_fronted_time_and_its_comma_open_no_subject_of_a_participle() {
    expect(
        "Last week, the group rejected a takeover offer, claiming that it undervalued the firm.",
        &[(
            Indirect,
            "it undervalued the firm",
            Some("claiming"),
            Some("the group"),
            None,
        )],
    );
}

#[test]
fn a_clause_of_time_ends_the_phrase_before_its_subject() {
    // `after` after a verb opens a clause: its subject alone speaks.
    expect(
        "Shares in Velox rose after the group said losses fell.",
        &[(
            Indirect,
            "losses fell",
            Some("said"),
            Some("the group"),
            Some("Velox"),
        )],
    );
    expect(
        "The talks stalled before France and Germany vowed to cut their deficits.",
        &[(
            Indirect,
            "to cut their deficits",
            Some("vowed"),
            Some("France and Germany"),
            None,
        )],
    );
}

#[test]
fn a_former_role_leaves_its_bearer_free_for_a_present_one() {
    // A compound in capitals before `show` is a noun (`Ex-chat show host`), no speaker.
    assert!(read("Ex-chat show host Ida Berg has quit the party.").is_empty());
    // A former role is no office held: the role of the lede's subject is still hers.
    assert_eq!(
        speaker_names(
            "Berg quits party\n\nFormer chat show host Ida Berg has quit the party.\n\nThe \
             MEP said she was ashamed to have joined it."
        ),
        [Some("Ida Berg".to_string())]
    );
    // But not a role she held before (`Former Tory leader ... The Tory leader`).
    assert_eq!(
        speaker_names(
            "Berg quits party\n\nFormer party leader Ida Berg has quit the party.\n\nThe \
             party leader said she was ashamed."
        ),
        [None]
    );
}

#[test]
fn letters_after_a_name_are_no_part_of_it_and_after_a_place_make_a_seat() {
    let name = |n: &str| Some(n.to_string());
    // `QC` after a full name: the name is the person's, whom `Mr Okafor` names again.
    assert_eq!(
        speaker_names("Guy Okafor QC said the case was weak. Mr Okafor added that it would fail."),
        [name("Guy Okafor"), name("Guy Okafor")]
    );
    // A place and `MP` is a seat, which names the person just named.
    assert_eq!(
        speaker_names(
            "Ida Berg said checks would rise. \"The threat is real,\" the Salford MP told \
             the committee."
        ),
        [name("Ida Berg"), name("Ida Berg")]
    );
    assert_eq!(
        speaker_names("Tom Okafor, the Manchester Central MP, has pledged to fight the plan."),
        [name("Tom Okafor")]
    );
    // A party and `MP` is someone unnamed, not a person called `Plaid Cymru`.
    assert_eq!(
        speaker_names("A Plaid Cymru MP said the claims were false."),
        [None]
    );
}

#[test]
fn a_nationality_before_a_full_name_is_a_title() {
    let name = |n: &str| Some(n.to_string());
    assert_eq!(
        speaker_names(
            "Russian Dmitriy Okafor won and then claimed the race was his. Mr Okafor added that \
             he felt fine."
        ),
        [name("Dmitriy Okafor"), name("Dmitriy Okafor")]
    );
    // Not in a body's name, nor before one name word.
    assert_eq!(
        speaker_names(
            "The American Film Institute said the film was fine. German Gref said it was not. \
             The American Life Project said most people agreed."
        ),
        [
            name("American Film Institute"),
            name("German Gref"),
            name("American Life Project")
        ]
    );
}

#[test]
fn it_after_a_trade_noun_opening_the_sentence_is_that_body() {
    // `it` stands for the body that `The company` opening the sentence stands for.
    assert_eq!(
        first_mentions(
            "Velox Systems launched a grid on Monday. The company will have to persuade \
             managers, but it said it had interest."
        ),
        [Some("Velox Systems".to_string())]
    );
    // Named or not.
    assert_eq!(
        first_mentions(
            "The grid was launched on Monday. The company will have to persuade managers, but \
             it said it had interest."
        ),
        [Some("The company".to_string())]
    );
}

#[test]
fn a_body_named_then_called_what_it_is_in_lower_case_is_named() {
    assert_eq!(
        names_and_kinds(
            "Talks failed, Tarvik news agency reported. The Harbour Ledger newspaper said the \
             port was sold. The French statistics agency said growth slowed."
        ),
        [
            (Some("Tarvik".into()), SpeakerKind::Organisation),
            (Some("Harbour Ledger".into()), SpeakerKind::Organisation),
            (None, SpeakerKind::Organisation),
        ]
    );
}

#[test]
fn a_subject_after_a_fronted_time_is_the_pronouns_antecedent() {
    let name = |n: &str| Some(n.to_string());
    assert_eq!(
        speaker_names(
            "Police are hunting a man. In January, Mr Ivo Tate quit his show for remarks he \
             made about bankers, who he called \"thieves\"."
        ),
        [name("Ivo Tate")]
    );
    assert_eq!(
        speaker_names(
            "Tom Okafor said the deal was bad. Earlier this year, lawyer Ida Berg tried to \
             help. \"It was a fair deal,\" she said."
        ),
        [name("Tom Okafor"), name("Ida Berg")]
    );
    // A preposition and its noun phrase open the sentence as a time does; a clause does not.
    assert_eq!(
        speaker_names(
            "Tom Okafor said it was fine. In his speech, Mr Ivo Tate attacked the rival plan, \
             which he said would fail."
        ),
        [name("Tom Okafor"), name("Ivo Tate")]
    );
}

#[test]
fn roles_before_names_and_a_title_word_as_a_surname() {
    let name = |n: &str| Some(n.to_string());
    // `icon`, `keeper`, `frontman` are roles before a name: the name is the subject.
    assert_eq!(
        speaker_names(
            "Tom Okafor said the show was fine. Feminist icon Ida Berg quit the show over \
             what she called \"bullying\"."
        ),
        [name("Tom Okafor"), name("Ida Berg")]
    );
    assert_eq!(
        speaker_names(
            "\"We want him to stay,\" said Tom Okafor. Keeper Ivo Tate echoed the words. \
             \"We are all behind him,\" he added."
        ),
        [name("Tom Okafor"), name("Ivo Tate")]
    );
    // A title word after a first name is a surname: `King`, `Major`.
    assert_eq!(
        speaker_names(
            "Last year's honorary winner, Stephen King, accused the industry of snobbery. \
             Mr King said that it was true."
        ),
        [name("Stephen King"), name("Stephen King")]
    );
}

/// For each statement, the first mention of its speaker, if it has one.
fn first_mentions(text: &str) -> Vec<Option<String>> {
    let article = crate::parse(text).expect("parses");
    article
        .statements()
        .iter()
        .map(|s| {
            article
                .speaker_of(s)
                .and_then(|sp| sp.mentions().first().map(|m| m.text().to_string()))
        })
        .collect()
}

#[test]
fn they_after_a_plural_subject_with_an_irregular_past() {
    let first = |n: &str| Some(n.to_string());
    // `met` is a verb as `-ed` pasts are: the subject before it is who `they` are.
    assert_eq!(
        first_mentions("Five port unions met the minister. They want the plan dropped."),
        [first("Five port unions")]
    );
    // A time opening the sentence is no part of that subject.
    assert_eq!(
        first_mentions(
            "Last week Ida Berg and Tom Okafor met the mayor. They said a summit would follow."
        ),
        [first("Ida Berg and Tom Okafor")]
    );
    // `Other` unions are not the ones named before, nor those that `the five unions` are.
    assert_eq!(
        first_mentions(
            "Five port unions met the minister. They want the plan dropped. Other port \
             unions said they would follow. The five port unions said the plan was unfair."
        ),
        [
            first("Five port unions"),
            first("Other port unions"),
            first("Five port unions")
        ]
    );
}

#[test]
fn a_star_is_a_person_named_before() {
    assert_eq!(
        speaker_names(
            "The show ended.\n\nIt rained.\n\nIt was late.\n\nRock star Ivo Marsh was \
             there. \"It was fun,\" said the pop star."
        ),
        [Some("Ivo Marsh".to_string())]
    );
}

#[test]
fn that_after_a_preposition_and_before_a_noun_is_a_determiner() {
    assert_eq!(
        speaker_names(
            "The head of that tribunal, Ida Berg, said the charge was weak. The chair of that \
             panel said it would meet. Officials said that ministers knew."
        ),
        [Some("Ida Berg".to_string()), None, None]
    );
    assert_eq!(
        mentions_of("The chair of that panel said it would meet."),
        [Some("The chair of that panel".to_string())]
    );
}

#[test]
fn a_body_after_of_may_open_with_words_that_describe_it() {
    assert_eq!(
        names_and_affiliations(
            "\"The programme is vital,\" said Rafael Marques of the pro-democracy Soros \
             Foundation."
        ),
        [(
            Some("Rafael Marques".to_string()),
            Some("Soros Foundation".to_string())
        )]
    );
}

#[test]
fn much_between_the_subject_and_its_verb_is_no_part_of_the_subject() {
    assert_eq!(
        mentions_of(
            "I very much doubt that it was the best song. He much preferred the old rules."
        ),
        [Some("I".to_string()), Some("He".to_string())]
    );
}

#[test]
fn a_lower_case_word_before_an_article_ends_the_subject() {
    assert_eq!(
        mentions_of("As it happens the Labour Party feels happier about debt."),
        [Some("the Labour Party".to_string())]
    );
    // The object of the verb before is no left part of a subject with `and`.
    assert_eq!(
        mentions_of("The row dominated the headlines in France and analysts feared a split."),
        [Some("analysts".to_string())]
    );
    // A thing after a verb in the past: the verb's subject speaks.
    assert_eq!(
        mentions_of("The Acme campaign issued a statement saying the remark was a joke."),
        [Some("The Acme campaign".to_string())]
    );
    // Not `half the UK`, `officials at the port`.
    assert_eq!(
        mentions_of("Officials at the port said half the staff would go."),
        [Some("Officials at the port".to_string())]
    );
}

#[test]
fn recent_years_before_the_subject_are_a_time() {
    assert_eq!(
        mentions_of(
            "Prices rose, but in recent years governments have favoured cuts. Over recent \
             months analysts have said prices would rise."
        ),
        [
            Some("governments".to_string()),
            Some("analysts".to_string())
        ]
    );
}

#[test]
fn what_is_spoken_of_and_a_time_are_not_the_speakers() {
    assert_eq!(
        mentions_of("\"It is the Brazil business,\" said analyst Ida Berg of Acme's profits."),
        [Some("analyst Ida Berg".to_string())]
    );
    assert_eq!(
        mentions_of("And last week Only Fools and Horses star Tom Lund said TV was too safe."),
        [Some("Only Fools and Horses star Tom Lund".to_string())]
    );
}

#[test]
fn a_kind_of_body_before_a_name_makes_it_a_body() {
    for text in [
        "City consultancy Okafor has warned that growth will slow.",
        "Handset maker Okafor said sales rose.",
        "Record label Okafor said the album was due.",
    ] {
        assert_eq!(
            names_and_kinds(text),
            [(Some("Okafor".to_string()), SpeakerKind::Organisation)],
            "{text}"
        );
    }
}

#[test]
fn an_acronym_names_the_body_whose_initials_it_holds() {
    assert_eq!(
        names_and_kinds(
            "General Electric said profits rose. GE said it would hire staff. The Royal Bank \
             of Scotland said rates would rise. RBS said it would cut jobs. BT said it would \
             grow."
        ),
        [
            (
                Some("General Electric".to_string()),
                SpeakerKind::Organisation
            ),
            (
                Some("Royal Bank of Scotland".to_string()),
                SpeakerKind::Organisation
            ),
            (Some("BT".to_string()), SpeakerKind::Organisation)
        ]
    );
}

#[test]
fn a_name_may_end_in_a_number() {
    assert_eq!(
        names_and_kinds(
            "Number 10 said the plan was sound. BBC Radio 4 said the show would end. A Channel \
             4 spokeswoman said it would appeal."
        ),
        [
            (Some("Number 10".to_string()), SpeakerKind::Organisation),
            (Some("BBC Radio 4".to_string()), SpeakerKind::Organisation),
            (None, SpeakerKind::Person)
        ]
    );
    assert_eq!(
        mentions_of("A Channel 4 spokeswoman said it would appeal."),
        [Some("A Channel 4 spokeswoman".to_string())]
    );
    // `show` after such a name is a programme; not a date (`On May 5 officials said`) nor a
    // number with its unit.
    assert_eq!(
        contents_of("The Channel 4 show Faking It won. On May 5 officials said the port was shut."),
        ["the port was shut"]
    );
}

#[test]
fn a_quote_after_a_report_through_which_is_not_its_words() {
    let seen = read(
        "The show will be close to the Radio 1 chart show, which suggests it may move to \
         Sundays. \"Hopefully the audience will find it,\" the producer said.",
    );
    let direct: Vec<_> = seen
        .iter()
        .filter(|s| s.0 == StatementKind::Direct)
        .map(|s| s.3.clone())
        .collect();
    assert_eq!(direct, [Some("the producer".to_string())]);
}

#[test]
fn a_pronoun_stands_for_the_owner_opening_the_sentence() {
    assert_eq!(
        speaker_names(
            "Mr Tom Lund's trip is meant to show that Leeds cares. He will see a school. In \
             Hull he said the port needed work."
        ),
        [Some("Tom Lund".to_string())]
    );
    // Not over a speaker that the pronoun stands for already.
    assert_eq!(
        speaker_names(
            "Ida Berg said the port was shut. Mr Tom Lund's plan is to open it. She said it \
             would cost too much."
        ),
        [Some("Ida Berg".to_string()), Some("Ida Berg".to_string())]
    );
}

#[test]
fn a_pronoun_stands_for_a_name_set_off_after_a_role() {
    assert_eq!(
        speaker_names(
            "Its maker, Ida Berg, lecturer at the Centre for Vision, Speech and Signal \
             Processing at the University of Leeds, calls the robot Jeremiah. \"Jeremiah \
             likes faces. Jeremiah is shy,\" she told the BBC."
        ),
        [Some("Ida Berg".to_string())]
    );
}

#[test]
fn a_pronoun_stands_for_a_person_named_after_an_owner() {
    assert_eq!(
        speaker_names(
            "Leeds United's Ida Berg is out of contract in June. She feels she can play on."
        ),
        [Some("Ida Berg".to_string())]
    );
    // The `Mr` is the owner's, not the title of the name after it.
    assert_eq!(
        speaker_names(
            "Mr Okafor's former aide Ida Berg is out of contract in June. She feels she can \
             play on."
        ),
        [Some("Ida Berg".to_string())]
    );
    // A body's name with an ampersand may come before the title.
    assert_eq!(
        speaker_names(
            "Rail & Maritime Union general secretary Ida Berg repeated her view. She said \
             jobs were at risk."
        ),
        [Some("Ida Berg".to_string())]
    );
}

#[test]
fn a_pronoun_stands_for_the_person_named_as_the_last_subject() {
    // The person was never a speaker before the pronoun.
    assert_eq!(
        speaker_names("Ida Berg is suing the port of Hull. She said the pier was unsafe."),
        [Some("Ida Berg".to_string())]
    );
    // A titled subject in a later paragraph wins over an earlier speaker.
    assert_eq!(
        speaker_names(
            "Tom Okafor said the port was open.\n\nCouncillor Ida Berg disagreed. She \
             said the pier was unsafe."
        ),
        [Some("Tom Okafor".to_string()), Some("Ida Berg".to_string())]
    );
    // A given name alone, of the pronoun's gender, names a person.
    assert_eq!(
        speaker_names(
            "Tom Okafor runs the port.\n\nJane, who runs the harbour blog, compiles a chronicle \
             of stories. \"It is sad,\" she said."
        ),
        [Some("Jane".to_string())]
    );
    // Two roles joined by `and` title one name.
    assert_eq!(
        speaker_names(
            "Playwright and producer Ida Berg, best known for her work on Hull Harbour, has \
             died.\n\nShe was regarded as a pioneer. \"I was never assumed to be the writer,\" \
             she said in 2003."
        ),
        [Some("Ida Berg".to_string())]
    );
    // Not a name and a role: the last of two people named is not the subject.
    assert_ne!(
        speaker_names(
            "Front-runner Ida Berg and Vice President Tom Okafor will speak there as well.\n\n\
             The visit is a chance for the candidate as he seeks to be seen as the leader."
        ),
        [Some("Tom Okafor".to_string())]
    );
    // `boss` is a role before a name, as `coach` and `manager` are.
    assert_eq!(
        speaker_names(
            "Hull boss Ida Berg is lining up a move for a striker. She said the deal was close."
        ),
        [Some("Ida Berg".to_string())]
    );
    // A connective and its comma may open the sentence before the subject.
    assert_eq!(
        speaker_names(
            "However, harbour engineer Ida Berg voted against the plan. She said the pier \
             was unsafe."
        ),
        [Some("Ida Berg".to_string())]
    );
    // A sentence that opens with the pronoun after a connective carries the subject on
    // over a speaker named before.
    assert_eq!(
        speaker_names(
            "Hull port row\n\nA council spokesman said: \"He took his seat.\"\n\nMr Tom \
             Okafor, a councillor, quit the board in May. However, he remains a member. He \
             said he hoped to lead it."
        ),
        [None, Some("Tom Okafor".to_string())]
    );
    // A surname whose full name was given, of the pronoun's gender, opening the sentence
    // right before, wins over the paragraph's speaker; not a name inside a quote.
    assert_eq!(
        speaker_names(
            "Hull tennis news\n\nMary Berg and Jane Okafor both lost on Monday.\n\n\"She is \
             great,\" Okafor said. Berg though blamed injuries. \"My knee was sore,\" she \
             said. \"I am fine. Okafor is fine.\" She said she would play on."
        ),
        [
            Some("Jane Okafor".to_string()),
            Some("Mary Berg".to_string()),
            Some("Mary Berg".to_string())
        ]
    );
    // A name in the words the pronoun attributes is not its antecedent.
    assert_eq!(
        speaker_names("Tom Okafor spoke on Monday.\n\nMr Berg has failed the port, he said."),
        [Some("Tom Okafor".to_string())]
    );
    // An owner opening the sentence is its topic when no speaker stands for the pronoun
    // (see `a_pronoun_stands_for_the_owner_opening_the_sentence`); a subject that is no
    // name (`No Hull team`) is not, nor a name across a line break.
    assert_eq!(
        speaker_names("Mr Berg's port is old. He said the pier was unsafe."),
        [Some("Berg".to_string())]
    );
    assert_eq!(
        speaker_names("No Hull team has won. He said the pier was unsafe."),
        [None]
    );
    assert_eq!(
        speaker_names("Port of Hull\n\nIda Berg is suing the port. She said it was unsafe."),
        [Some("Ida Berg".to_string())]
    );
    // A sentence that opens with the same pronoun carries the subject on.
    assert_eq!(
        speaker_names(
            "Ida Berg is suing the port. She will also sue the council. She said it was unsafe."
        ),
        [Some("Ida Berg".to_string())]
    );
    // A clause joined by `and` or `but` may name the subject; a name that ends a list may
    // not.
    assert_eq!(
        speaker_names(
            "The port shut last year and port director Ida Berg has sued the council. She \
             said the pier was unsafe."
        ),
        [Some("Ida Berg".to_string())]
    );
    // So may one with a description set beside the name before its verb.
    assert_eq!(
        speaker_names(
            "The port shut last year but Reidar Wasenius, a senior manager at Kestrel, was \
             adamant it was safe. He said: \"It will open again.\""
        ),
        [Some("Reidar Wasenius".to_string())]
    );
    assert_eq!(
        speaker_names(
            "Tom Okafor said the port would shut.\n\nThe mayor of Hull and Ivo Marsh have met. He \
             said the pier was unsafe."
        ),
        [
            Some("Tom Okafor".to_string()),
            Some("Tom Okafor".to_string())
        ]
    );
    // So does a sentence that describes the subject by age, not one that names a role,
    // which may be someone else's.
    assert_eq!(
        speaker_names(
            "Hull captain Ida Berg is happy at the club.\n\nThe 24-year-old is set to sign a new deal. \
             She said the club was her home."
        ),
        [Some("Ida Berg".to_string())]
    );
    // A position names the subject just named, or the last speaker: `the striker said`.
    assert_eq!(
        speaker_names(
            "Hull boss Tom Okafor said the side was tired. Ida Berg was full of \
             praise. \"It was a great cross,\" said the Hull striker. England prop Ivo Marsh \
             is injured.\n\nThe 28-year-old fractured his arm. He said the club had been kind."
        ),
        [
            Some("Tom Okafor".to_string()),
            Some("Ida Berg".to_string()),
            Some("Ivo Marsh".to_string())
        ]
    );
    // So does a sentence opening with `the` and a position or an art, its verb after it;
    // not one opening with an office, which may be another's.
    assert_eq!(
        speaker_names(
            "Ida Berg cancelled her tour of Asia.\n\nThe actress and singer pulled out at the \
             last minute. She said: \"I am not well.\" Tom Okafor opened the show. The veteran \
             pop star played for an hour. He said he was tired."
        ),
        [Some("Ida Berg".to_string()), Some("Tom Okafor".to_string())]
    );
    // A titled name after a phrase set before it with a comma is the subject.
    assert_eq!(
        speaker_names(
            "Tom Okafor said the plan was good.\n\nDuring the long years in opposition, Mr \
             Marsh held many roles. As minister he decided to ban the sale."
        ),
        [Some("Tom Okafor".to_string()), Some("Marsh".to_string())]
    );
    // So does a ranking, or a shirt: `the world number one`, `the Munster number 10`.
    assert_eq!(
        speaker_names(
            "Top seed Ida Berg won in Doha. Berg beat Ana Costa. The world number one was \
             pushed hard by Zoe Marsh in the semi-final. \"I was tired,\" she said."
        ),
        [Some("Ida Berg".to_string())]
    );
    assert_eq!(
        speaker_names(
            "John Marsh led Leeds.\n\nTom Okafor hailed the win over Leeds. The Hull number 10 \
             kicked 14 points. He told reporters: \"It was hard.\""
        ),
        [Some("Tom Okafor".to_string())]
    );
    assert_eq!(
        speaker_names(
            "Tom Okafor opened the debate. The party leader spoke next. He said the plan was \
             dead."
        ),
        [None]
    );
    // The subject of a clause of time or condition that opens the sentence, and the person
    // `For` opens it with, stand for a pronoun past the clause's comma, over a speaker of the
    // same paragraph; not one whose clause is the words the pronoun attributes.
    assert_eq!(
        speaker_names(
            "Prices rose.\n\nWhen Tom Okafor reached the pier, he said it was shut. Ida Berg \
             said the pier was safe. For Jupiter analyst Ivo Marsh, the plan was an error. \
             \"It was a mistake,\" he said."
        ),
        [
            Some("Tom Okafor".to_string()),
            Some("Ida Berg".to_string()),
            Some("Ivo Marsh".to_string())
        ]
    );
    assert_eq!(
        speaker_names(
            "Prices rose.\n\nIf Tom Okafor wins, it will be huge, he said. If Tom Okafor \
             wins, he said, it will be huge."
        ),
        [None, None]
    );
    // A team's player and a seed are positions too.
    assert_eq!(
        speaker_names(
            "Mark Okafor was puzzled by the decision. \"I was onside,\" said the Hull player. \
             Ida Berg was happy with her form. \"I played well,\" said the top seed."
        ),
        [
            Some("Mark Okafor".to_string()),
            Some("Ida Berg".to_string())
        ]
    );
    // So do the sentences of the quote the pronoun attributes.
    assert_eq!(
        speaker_names(
            "Ida Berg is suing the port. She arrived early. \"It is unsafe. It always was,\" \
             she told reporters."
        ),
        [Some("Ida Berg".to_string())]
    );
    // No one names themselves in their own quote: the subject named in it is not the one
    // the pronoun stands for.
    assert_eq!(
        speaker_names(
            "Tom Okafor said the port was open.\n\nMeanwhile, Okafor has fined the skipper, \
             Ivo Marsh.\n\nMarsh spoke of his anger. \"I have had a word with Ivo. It was said \
             to the crew,\" he told the club website."
        ),
        [
            Some("Tom Okafor".to_string()),
            Some("Tom Okafor".to_string())
        ]
    );
    // A surname alone names the person named in full before it.
    assert_eq!(
        speaker_names(
            "Kelly Holmes will start the season in Glasgow.\n\nHolmes will run in \
             Birmingham too. She said she was ready."
        ),
        [Some("Kelly Holmes".to_string())]
    );
    // A name before a noun and its verb is no subject: `United fans have ...`.
    assert_eq!(
        speaker_names(
            "Tom Okafor said the club was sold.\n\nHull City fans have protested. He said it was \
             final."
        ),
        [
            Some("Tom Okafor".to_string()),
            Some("Tom Okafor".to_string())
        ]
    );
    // Another pronoun does not.
    assert_eq!(
        speaker_names("Ida Berg is suing the port. He sued too. She said it was unsafe."),
        [None]
    );
}

#[test]
fn a_titled_surname_of_the_other_gender_is_someone_else() {
    assert_eq!(
        speaker_names(
            "Michael Roe said the port was open. He said it was safe. Mrs Roe said the pier \
             was unsafe."
        ),
        [
            Some("Michael Roe".to_string()),
            Some("Michael Roe".to_string()),
            Some("Roe".to_string())
        ]
    );
}

#[test]
fn it_makes_a_one_word_untitled_speaker_an_organisation() {
    let article =
        crate::parse("Kestrela said the offer was too low. However, it said talks would go on.")
            .expect("parses");
    let speakers = article.speakers();
    assert_eq!(speakers.len(), 1, "{speakers:?}");
    assert_eq!(speakers[0].kind(), SpeakerKind::Organisation);
    assert!(
        article
            .statements()
            .iter()
            .all(|s| article.speaker_of(s).is_some())
    );
    // A person named in full is no company: `it` finds no speaker.
    let article = crate::parse("Ida Berg said the offer was too low. It said talks would go on.")
        .expect("parses");
    assert_eq!(article.speakers().len(), 1);
    assert_eq!(article.speakers()[0].kind(), SpeakerKind::Person);
    // A role that names an organisation makes the name before it one.
    let article = crate::parse("Kestrela, the mobile operator, said sales rose.").expect("parses");
    assert_eq!(article.speakers()[0].kind(), SpeakerKind::Organisation);
    // Not a body that a preposition places the person in.
    let article = crate::parse("\"It is dear,\" Ida Berg, from Kestrel investment bank, said.")
        .expect("parses");
    assert_eq!(article.speakers()[0].kind(), SpeakerKind::Person);
    // So does reporting of itself as `it` with a verb; not `it` before an auxiliary, which
    // may be the situation.
    let kind_of = |text: &str| crate::parse(text).expect("parses").speakers()[0].kind();
    assert_eq!(
        kind_of("Pine Hill said it now owns 8% of the port."),
        SpeakerKind::Organisation
    );
    assert_eq!(
        kind_of("Ida Berg said it would make the port safer."),
        SpeakerKind::Person
    );
}

#[test]
fn it_and_they_stand_for_a_reporting_thing_when_no_organisation_is_near() {
    let article = crate::parse(
        "The harbour survey said the piers were unsafe. It also found that the cranes were old.",
    )
    .expect("parses");
    let statements = article.statements();
    assert_eq!(statements.len(), 2, "{statements:?}");
    let first = statements[0].speaker().expect("the survey speaks");
    assert_eq!(statements[1].speaker(), Some(first));
    // A plural head is `they`, not `it`.
    let article = crate::parse(
        "The port figures showed a fall in traffic. They said the piers were busy. It said \
         nothing.",
    )
    .expect("parses");
    let statements = article.statements();
    let figures = statements[0].speaker().expect("the figures speak");
    assert_eq!(statements[1].speaker(), Some(figures));
    assert!(statements.iter().skip(2).all(|s| s.speaker().is_none()));
    // An organisation named before wins over the thing.
    let article = crate::parse(
        "The Port Authority said the piers were unsafe. The harbour survey said the cranes \
         were old. It added that repairs would start soon.",
    )
    .expect("parses");
    let statements = article.statements();
    assert_eq!(statements.len(), 3, "{statements:?}");
    assert_eq!(statements[2].speaker(), statements[0].speaker());
    assert!(statements[0].speaker().is_some());
}

#[test]
fn they_may_stand_for_a_body_named_as_subject_of_the_sentence_before() {
    let name = |n: &str| Some(n.to_string());
    // British news speaks of a body in the plural.
    assert_eq!(
        speaker_names(
            "Less than half the UK wants a ban, the survey suggests.\n\nPolling company Kestrel \
             carried out both surveys. In July they asked 801 adults if they backed the ban."
        ),
        [None, name("Kestrel")]
    );
    // Not inside a clause that hangs on another noun.
    assert_eq!(
        speaker_names(
            "The Hull Athletics Board warned the trio after they were found in Qatar, where \
             they had said they would be."
        ),
        [None]
    );
}

#[test]
fn a_couple_is_a_group_that_they_stands_for() {
    let article = crate::parse(
        "The couple, who married in Hull last year, claimed staff took photographs of them.\n\n\
         They said they allowed the pictures to be taken.",
    )
    .expect("parses");
    let statements = article.statements();
    assert_eq!(statements.len(), 2, "{statements:?}");
    let couple = statements[0].speaker().expect("the couple speaks");
    assert_eq!(statements[1].speaker(), Some(couple));
    assert_eq!(article.speakers()[couple].kind(), SpeakerKind::Group);
}

#[test]
fn it_stands_for_a_body_named_as_subject_after_the_last_speaker() {
    let name = |n: &str| Some(n.to_string());
    // The last speaker is a body; the subject of the sentence before is another.
    assert_eq!(
        speaker_names(
            "The Kestrela Group said profits rose. Portco was renamed in May. It hit the headlines \
             after admitting it hid losses."
        ),
        [name("Kestrela Group"), name("Portco")]
    );
    // After a fronted time too; but not the subject of the words `it` attributes.
    assert_eq!(
        speaker_names(
            "The Kestrela Group said profits rose. Portco could face a fine. Last week, it denied that \
             the pier was unsafe."
        ),
        [name("Kestrela Group"), name("Portco")]
    );
    assert_eq!(
        speaker_names(
            "The Kestrela Group said profits rose. The Portco Union, in particular, was imposing new \
             rules, it said."
        ),
        [name("Kestrela Group"), name("Kestrela Group")]
    );
}

#[test]
fn it_stands_for_the_organisation_named_as_the_subject() {
    let article =
        crate::parse("Kestrela saw its shares rise after it said sales were up by a fifth.")
            .expect("parses");
    let statements = article.statements();
    assert_eq!(statements.len(), 1, "{statements:?}");
    let speaker = article.speaker_of(&statements[0]).expect("resolved");
    assert_eq!(speaker.name(), Some("Kestrela"));
    assert_eq!(speaker.kind(), SpeakerKind::Organisation);
    // So is a name that a few words ending in a body's noun describe, and a body's name
    // with its acronym in brackets, or with an aside between commas, before its verb.
    for (text, name) in [
        (
            "French port regulator ZRK has fined Kestrela.\n\nIt believes the pier was unsafe.",
            "ZRK",
        ),
        (
            "Search engine firm ZRK has released a tool. It said the pier was unsafe.",
            "ZRK",
        ),
        (
            "The Kestrela Port Institute (ZRK) fined the firm. It claimed the pier was unsafe.",
            "Kestrela Port Institute",
        ),
        (
            "ZRK, once among the biggest of the port's owners, closed. It said the pier was \
             unsafe.",
            "ZRK",
        ),
    ] {
        let article = crate::parse(text).expect("parses");
        let statements = article.statements();
        assert_eq!(statements.len(), 1, "{text}");
        let speaker = article.speaker_of(&statements[0]).expect("resolved");
        assert_eq!(speaker.kind(), SpeakerKind::Organisation, "{text}");
        assert_eq!(speaker.name(), Some(name), "{text}");
    }
    // A name of several words whose first is no given name, with no one known as a person
    // by it, is a body too, and its name read again as a person's is the same body; not a
    // titled person's name.
    let text = "Kestrela Docks is the latest owner to fight the plan. It said the pier was \
                unsafe.\n\nKestrela Docks told the inquiry the plan was flawed.";
    let article = crate::parse(text).expect("parses");
    let statements = article.statements();
    assert_eq!(statements.len(), 2, "{statements:?}");
    for s in statements {
        let speaker = article.speaker_of(s).expect("resolved");
        assert_eq!(speaker.name(), Some("Kestrela Docks"));
        assert_eq!(speaker.kind(), SpeakerKind::Organisation);
    }
    assert_eq!(article.speakers().len(), 1);
    let article = crate::parse(
        "Mayor Ida Berg is the latest owner to fight the plan. It said the pier was unsafe.",
    )
    .expect("parses");
    assert!(
        article
            .statements()
            .iter()
            .all(|s| article.speaker_of(s).is_none()),
        "{:?}",
        article.statements()
    );
    // A plural noun or an expletive opening the sentence is no name.
    for text in [
        "Sales rose in May. It said the pier was closed.",
        "There was an outcry in May. It said the pier was closed.",
    ] {
        let article = crate::parse(text).expect("parses");
        assert!(article.speakers().is_empty(), "{text}");
    }
}

#[test]
fn they_stands_for_the_plural_subject_before() {
    let article = crate::parse(
        "Five dock unions will meet the mayor on Monday. They want the council to drop the plan.",
    )
    .expect("parses");
    let statements = article.statements();
    assert_eq!(statements.len(), 1, "{statements:?}");
    let speaker = article.speaker_of(&statements[0]).expect("resolved");
    assert_eq!(speaker.kind(), SpeakerKind::Group);
    assert_eq!(speaker.mentions()[0].text(), "Five dock unions");
    // Things are not `they` of a report: `The proposals were ...`.
    let article =
        crate::parse("The proposals were published on Monday. They said the pier would close.")
            .expect("parses");
    assert!(article.speakers().is_empty());
}

#[test]
fn a_closed_bracket_holds_no_break() {
    use StatementKind::Indirect;
    expect(
        "Berg said the port would spend 400m pesos ($136m; £72.3m) on its piers.",
        &[(
            Indirect,
            "the port would spend 400m pesos ($136m; £72.3m) on its piers",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
    // An unclosed bracket still ends at the semicolon.
    expect(
        "Berg said the port would spend 400m pesos ($136m; the piers are old.",
        &[(
            Indirect,
            "the port would spend 400m pesos ($136m",
            Some("said"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn a_sentence_adverb_before_a_name_is_not_the_speaker() {
    let found = read(
        "Meanwhile Ms Berg defended the plan. Earlier Councillor Tom Okafor said the pier \
         was safe. First Minister Ida Roe said the port was open.",
    );
    let mentions: Vec<_> = found.iter().map(|s| s.3.as_deref()).collect();
    assert_eq!(
        mentions,
        [
            Some("Ms Berg"),
            Some("Councillor Tom Okafor"),
            Some("First Minister Ida Roe")
        ]
    );
}

#[test]
fn a_role_after_a_name_without_its_closing_comma_is_the_appositive() {
    use StatementKind::Indirect;
    expect(
        "Ida Berg, executive partner of Kestrel Lines said the pier was safe.",
        &[(
            Indirect,
            "the pier was safe",
            Some("said"),
            Some("Ida Berg"),
            Some("Ida Berg"),
        )],
    );
    // A sentence adverb before a determined subject is no name.
    let found = read("Overall, the analyst predicted that trade would grow.");
    assert_eq!(found[0].3.as_deref(), Some("the analyst"), "{found:?}");
    // A group between commas attributes the clause around it.
    let found = read("Mr. Okafor, officials said, has grown wary of the plan.");
    assert!(
        found.iter().all(|s| s.3.as_deref() == Some("officials")),
        "{found:?}"
    );
}

#[test]
fn a_title_after_an_owner_may_hold_a_preposition() {
    assert_eq!(
        names_and_affiliations(
            "Labour's deputy minister for women Ida Berg said the sums did not add up. Tom \
             Okafor, harbour master and councillor said: \"The pier is safe.\""
        ),
        [
            (Some("Ida Berg".into()), Some("Labour".into())),
            (Some("Tom Okafor".into()), None)
        ]
    );
}

/// Each speaker's name and affiliation.
fn names_and_affiliations(text: &str) -> Vec<(Option<String>, Option<String>)> {
    let article = crate::parse(text).expect("parses");
    article
        .speakers()
        .iter()
        .map(|s| {
            (
                s.name().map(str::to_string),
                s.affiliation().map(|a| a.text().to_string()),
            )
        })
        .collect()
}

/// Each speaker's name and kind, in order of first mention.
fn names_and_kinds(text: &str) -> Vec<(Option<String>, SpeakerKind)> {
    let article = crate::parse(text).expect("parses");
    article
        .speakers()
        .iter()
        .map(|s| (s.name().map(str::to_string), s.kind()))
        .collect()
}

#[test]
fn a_quote_after_reported_speech_is_the_same_speakers() {
    let article = crate::parse(
        "Ida Berg says the pier has pros and cons. \"It is simple to build, but it is also \
         a one-way road.\"\n\nThe pier opens in May.",
    )
    .expect("parses");
    let statements = article.statements();
    assert_eq!(statements.len(), 2, "{statements:?}");
    assert_eq!(statements[1].kind(), StatementKind::Direct);
    assert_eq!(
        statements[1].content().text(),
        "It is simple to build, but it is also a one-way road"
    );
    assert_eq!(
        article.speaker_of(&statements[1]).and_then(|s| s.name()),
        Some("Ida Berg")
    );
    // Not when a direct statement of that sentence came first: the quote continues it,
    // and `according to` names no speaker of it.
    let article =
        crate::parse("\"We won,\" Ida Berg said, according to the Courier. \"We will win again.\"")
            .expect("parses");
    let statements = article.statements();
    let direct: Vec<_> = statements
        .iter()
        .filter(|s| s.kind() == StatementKind::Direct)
        .collect();
    assert_eq!(direct.len(), 1, "{statements:?}");
    assert_eq!(
        article.speaker_of(direct[0]).and_then(|s| s.name()),
        Some("Ida Berg")
    );
}

#[test]
fn a_role_the_lexicon_does_not_list_is_known_by_its_shape() {
    use StatementKind::Direct;
    expect(
        "Ida Berg, controller of harbour works, said, \"The pier is safe.\"",
        &[(
            Direct,
            "The pier is safe",
            Some("said"),
            Some("Ida Berg"),
            Some("Ida Berg"),
        )],
    );
}

#[test]
fn an_audience_may_be_an_owners_programme() {
    use StatementKind::{Direct, Indirect};
    expect(
        "He told the Courier's Today programme: \"We have 32 piers.\" She told Radio \
         Hull's Sunday Live that the piers would merge.",
        &[
            (
                Direct,
                "We have 32 piers",
                Some("told the Courier's Today programme"),
                Some("He"),
                None,
            ),
            (
                Indirect,
                "the piers would merge",
                Some("told Radio Hull's Sunday Live"),
                Some("She"),
                None,
            ),
        ],
    );
}

#[test]
fn a_day_after_a_word_of_time_is_no_part_of_the_subject() {
    use StatementKind::Indirect;
    for text in [
        "On Monday Mayor Ida Berg said the pier was unsafe.",
        "Last Friday Mayor Ida Berg said the pier was unsafe.",
    ] {
        expect(
            text,
            &[(
                Indirect,
                "the pier was unsafe",
                Some("said"),
                Some("Mayor Ida Berg"),
                Some("Ida Berg"),
            )],
        );
    }
    // A day in a name, or before the owner's mark, stays in the phrase.
    assert_eq!(
        contents_of("The Courier on Sunday survey found the pier was unsafe."),
        ["the pier was unsafe"]
    );
}

#[test]
fn claiming_a_prize_reports_nothing() {
    for text in [
        "Hull claimed a draw at the Boulevard.",
        "Okafor claimed her first national title over the distance.",
        "Berg won in Leeds, claiming the second set 6-4.",
    ] {
        assert_eq!(contents_of(text), Vec::<String>::new(), "{text}");
    }
    // A clause, even one that opens with a prize, and a stance are reported.
    for (text, content) in [
        (
            "Critics claim the record is at best patchy.",
            "the record is at best patchy",
        ),
        (
            "The group claimed responsibility for the attack.",
            "responsibility for the attack",
        ),
    ] {
        assert_eq!(contents_of(text), [content], "{text}");
    }
}

#[test]
fn writing_a_thing_reports_nothing() {
    use StatementKind::Indirect;
    for text in [
        "Okafor wrote the score for a musical about the docks.",
        "The band is writing their third album, their first in years.",
        "Fans have written emulators for old consoles.",
        "A mistake in the way the program was written meant that it spread.",
        "Berg, who wrote the authorised biography of the mayor, lives in Hull.",
    ] {
        assert_eq!(contents_of(text), Vec::<String>::new(), "{text}");
    }
    // A clause, a document, a `that` after a phrase, or what the writing is about.
    expect(
        "Okafor writes the mayor then changed his mind.",
        &[(
            Indirect,
            "the mayor then changed his mind",
            Some("writes"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
    for (text, content) in [
        (
            "Okafor wrote a lashing dissent on the case.",
            "a lashing dissent on the case",
        ),
        (
            "Okafor wrote the Courier, a local paper, that the pier was unsafe.",
            "the Courier, a local paper, that the pier was unsafe",
        ),
        ("Okafor wrote about the pier.", "about the pier"),
    ] {
        assert_eq!(contents_of(text), [content], "{text}");
    }
}

#[test]
fn a_span_of_time_later_after_the_cue_is_no_reported_word() {
    use StatementKind::Indirect;
    expect(
        "Berg told reporters two days later that the piers would merge.",
        &[(
            Indirect,
            "the piers would merge",
            Some("told reporters"),
            Some("Berg"),
            Some("Berg"),
        )],
    );
}

#[test]
fn a_gathering_told_is_the_audience() {
    use StatementKind::{Direct, Indirect, Mixed};
    expect(
        "Okafor told the crowd: \"We will rebuild the pier.\" Berg told a meeting in Hull \
         that the pier was safe. A steward informed the crowd Varga was \"on the way\".",
        &[
            (
                Direct,
                "We will rebuild the pier",
                Some("told the crowd"),
                Some("Okafor"),
                Some("Okafor"),
            ),
            (
                Indirect,
                "the pier was safe",
                Some("told a meeting"),
                Some("Berg"),
                Some("Berg"),
            ),
            (
                Mixed,
                "Varga was \"on the way\"",
                Some("informed the crowd"),
                Some("A steward"),
                None,
            ),
        ],
    );
    // `that` and a verb after the audience is a relative clause on it: no words said, and
    // the quote before is what the speaker told them.
    assert_eq!(
        contents_of("Okafor told a crowd at the pier that spilled onto the road."),
        Vec::<String>::new()
    );
    expect(
        "\"We will rebuild,\" Okafor told a crowd at the pier that spilled onto the road.",
        &[(
            Direct,
            "We will rebuild",
            Some("told a crowd"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
    // A writer's gloss after a dash names no speaker.
    expect(
        "Okafor told the crowd: \"My drug is called Ida\" - a reference to his wife.",
        &[(
            Direct,
            "My drug is called Ida",
            Some("told the crowd"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
}

#[test]
fn a_small_number_may_end_the_audiences_name() {
    use StatementKind::{Direct, Indirect};
    expect(
        "Berg told Hull News 24 that the piers would merge. Okafor told Radio 5: \"We \
         have 32 piers.\"",
        &[
            (
                Indirect,
                "the piers would merge",
                Some("told Hull News 24"),
                Some("Berg"),
                Some("Berg"),
            ),
            (
                Direct,
                "We have 32 piers",
                Some("told Radio 5"),
                Some("Okafor"),
                Some("Okafor"),
            ),
        ],
    );
}

#[test]
fn a_name_and_a_colon_opening_a_paragraph_attribute_the_quote() {
    use StatementKind::Direct;
    expect(
        "Hull won 2-0 on Saturday.\n\n- Hull boss Ida Berg: \"We were the better side.\"\n\n\
         - Leeds coach Tom Okafor: \"We were poor.\"",
        &[
            (
                Direct,
                "We were the better side",
                Some(":"),
                Some("Hull boss Ida Berg"),
                Some("Ida Berg"),
            ),
            (
                Direct,
                "We were poor",
                Some(":"),
                Some("Leeds coach Tom Okafor"),
                Some("Tom Okafor"),
            ),
        ],
    );
    // A description before the colon is no name: the writer introduces the quote.
    assert!(read("Hull won.\n\nThe verdict of the night: \"We were poor.\"").is_empty());
}

#[test]
fn the_words_before_a_quote_run_over_short_quotes_and_beliefs() {
    use StatementKind::Mixed;
    expect(
        "We should seek a \"fair deal\" without turning the port into \"a trap\", he said.",
        &[(
            Mixed,
            "We should seek a \"fair deal\" without turning the port into \"a trap\"",
            Some("said"),
            Some("he"),
            None,
        )],
    );
    // A quote ending in punctuation is speech of its own: the words start after it.
    let found = read("\"We won.\" The plan is \"dead on arrival,\" he said.");
    assert!(
        found
            .iter()
            .any(|s| s.1 == "The plan is \"dead on arrival,\""),
        "{found:?}"
    );
}

#[test]
fn a_phrase_with_a_preposition_before_its_head_is_no_description() {
    let found = read(
        "Its comments came after the harbour master of Hull's east dock said the pier was \
         safe. Meanwhile Tom Okafor, the port's spokesman, said: \"We agree.\"",
    );
    let mentions: Vec<_> = found.iter().map(|s| s.3.as_deref()).collect();
    assert_eq!(
        mentions,
        [
            Some("the harbour master of Hull's east dock"),
            Some("Tom Okafor")
        ]
    );
}

#[test]
fn rarer_speech_verbs_report_speech() {
    use StatementKind::{Direct, Indirect};
    expect(
        "\"Go and vote,\" Berg implored. \"We are done,\" Okafor whispered. Roe pleaded \
         that her son was innocent. Ida Lund pleaded guilty to fraud.",
        &[
            (
                Direct,
                "Go and vote",
                Some("implored"),
                Some("Berg"),
                Some("Berg"),
            ),
            (
                Direct,
                "We are done",
                Some("whispered"),
                Some("Okafor"),
                Some("Okafor"),
            ),
            (
                Indirect,
                "her son was innocent",
                Some("pleaded"),
                Some("Roe"),
                Some("Roe"),
            ),
        ],
    );
}

#[test]
fn a_capitalized_cue_word_after_a_name_word_is_a_surname() {
    use StatementKind::Indirect;
    expect(
        "Team member Ida Yelling said the pier was safe. Kestrel State claimed the port.",
        &[
            (
                Indirect,
                "the pier was safe",
                Some("said"),
                Some("Team member Ida Yelling"),
                Some("Ida Yelling"),
            ),
            (
                Indirect,
                "the port",
                Some("claimed"),
                Some("Kestrel State"),
                Some("Kestrel State"),
            ),
        ],
    );
}

#[test]
fn a_second_subject_and_report_end_the_first_content() {
    let found = read(
        "Kestrel claimed the attack but U.S. officials have said the port was safe. Berg said \
         the port was safe and the ministry said the pier was not. Okafor said both he and \
         Roe promised to help.",
    );
    let rows: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|s| (s.1.as_str(), s.3.as_deref()))
        .collect();
    assert_eq!(
        rows,
        [
            ("the attack", Some("Kestrel")),
            ("the port was safe", Some("U.S. officials")),
            ("the port was safe", Some("Berg")),
            ("the pier was not", Some("the ministry")),
            ("both he and Roe promised to help", Some("Okafor")),
            ("to help", Some("Roe")),
        ]
    );
}

#[test]
fn common_plural_roles_are_groups() {
    let article =
        crate::parse("Opponents say the plan is unfair. They say it will fail.").expect("parses");
    let speakers = article.speakers();
    assert_eq!(speakers.len(), 1, "{speakers:?}");
    assert_eq!(speakers[0].kind(), SpeakerKind::Group);
    assert_eq!(speakers[0].mentions().len(), 2);
}

#[test]
fn according_to_after_a_colon_or_a_short_lead_in_is_fronted() {
    let found = read(
        "It has not gone unnoticed: According to recent polls, the port is losing trade. \
         However, according to the ministry, the pier is safe. According to a 2016 study by \
         the Harbour Institute based on census data from 2014, trade will grow.",
    );
    let rows: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|s| (s.1.as_str(), s.3.as_deref()))
        .collect();
    assert_eq!(
        rows,
        [
            ("the port is losing trade", Some("recent polls")),
            ("the pier is safe", Some("the ministry")),
            (
                "trade will grow",
                Some("a 2016 study by the Harbour Institute")
            ),
        ]
    );
}

#[test]
fn an_organisation_noun_before_of_heads_one_name() {
    assert_eq!(
        names_and_affiliations(
            "The Bank of Hull said rates would rise. Ida Berg of the Harbour Institute said \
             it was fine."
        ),
        [
            (Some("Bank of Hull".into()), None),
            (Some("Ida Berg".into()), Some("Harbour Institute".into()))
        ]
    );
}

#[test]
fn a_subject_titled_for_the_pronoun_wins_over_a_later_name_of_unknown_gender() {
    assert_eq!(
        speaker_names(
            "Mrs Lund was the relative with whom Kestor planned to stay. She said it was a \
             relief."
        ),
        [Some("Kestor".to_string()), Some("Lund".to_string())]
    );
    // A later speaker known to fit the pronoun keeps it.
    assert_eq!(
        speaker_names(
            "Mrs Lund runs the port. Ida Berg, a spokeswoman, said the pier was safe. She said \
             it was a relief."
        ),
        [Some("Ida Berg".to_string()), Some("Ida Berg".to_string())]
    );
}

#[test]
fn a_verb_with_its_particle_reports_and_alone_does_not() {
    use StatementKind::{Direct, Indirect};
    expect(
        "Ida Berg pointed out that the pier was closed. \"The port is full,\" points out \
         harbour master Tom Okafor. Roe pointed at the map. At one point the Talking Point \
         show said the tide was high. Lund pointed out the flaws.",
        &[
            (
                Indirect,
                "the pier was closed",
                Some("pointed out"),
                Some("Ida Berg"),
                Some("Ida Berg"),
            ),
            (
                Direct,
                "The port is full",
                Some("points out"),
                Some("harbour master Tom Okafor"),
                Some("Tom Okafor"),
            ),
            (
                Indirect,
                "the tide was high",
                Some("said"),
                Some("the Talking Point show"),
                None,
            ),
        ],
    );
}

#[test]
fn a_sentence_connective_is_never_the_speaker() {
    use StatementKind::Indirect;
    expect(
        "However, many experts, including the Harbour Institute, have said that the pier is \
         unsafe. Currently the ministry says it is fine. Instead, Ida Berg, the mayor, said \
         the port would close.",
        &[
            (
                Indirect,
                "the pier is unsafe",
                Some("said"),
                Some("many experts"),
                None,
            ),
            (
                Indirect,
                "it is fine",
                Some("says"),
                Some("the ministry"),
                None,
            ),
            (
                Indirect,
                "the port would close",
                Some("said"),
                Some("Ida Berg"),
                Some("Ida Berg"),
            ),
        ],
    );
}

#[test]
fn made_clear_reports_with_its_particle_after_it() {
    let rows: Vec<(String, Option<crate::model::CueKind>)> = cue_kinds(
        "Ida Berg made it clear that the pier would close. The ministry has made clear that \
         it will pay. Roe made a loss.",
    );
    assert_eq!(
        rows,
        [
            (
                "the pier would close".to_string(),
                Some(crate::model::CueKind::Evidence)
            ),
            (
                "it will pay".to_string(),
                Some(crate::model::CueKind::Evidence)
            ),
        ]
    );
    let found = read("Ida Berg made it clear that the pier would close.");
    assert_eq!(found[0].2.as_deref(), Some("made it clear"));
    assert_eq!(found[0].3.as_deref(), Some("Ida Berg"));
}

#[test]
fn a_belief_or_finding_in_the_perfect_is_attributed_and_after_a_modal_is_not() {
    use crate::model::CueKind::{Belief, Evidence};
    assert_eq!(
        cue_kinds(
            "Studies have shown that the pier is unsafe. Ida Berg has concluded that the port \
             must close. The port will support the plan. The port has seen rapid growth."
        ),
        [
            ("the pier is unsafe".to_string(), Some(Evidence)),
            ("the port must close".to_string(), Some(Belief)),
        ]
    );
}

#[test]
fn the_topic_of_a_question_put_to_a_speaker_is_attributed() {
    use crate::model::CueKind::{Question, Speech};
    assert_eq!(
        cue_kinds(
            "Asked about the closure of the pier, Ida Berg said it was the tide. Roe was asked \
             about the vagueness in an interview. Lund was worried about prices."
        ),
        [
            ("the closure of the pier".to_string(), Some(Question)),
            ("it was the tide".to_string(), Some(Speech)),
            ("the vagueness in an interview".to_string(), Some(Question)),
        ]
    );
}

#[test]
fn a_name_with_of_after_the_article_is_one_organisation() {
    assert_eq!(
        names_and_affiliations(
            "Growth will slow, the British Chamber of Commerce (BCC) has said. The University \
             of Leeds said fees would rise. The mayor of Hull said the pier was safe."
        ),
        [
            (Some("British Chamber of Commerce".into()), None),
            (Some("University of Leeds".into()), None),
            (None, Some("Hull".into())),
        ]
    );
}

#[test]
fn a_role_of_an_office_before_a_name_is_its_title() {
    assert_eq!(
        speaker_names(
            "Chancellor of the Exchequer Ida Berg said the pier was safe. The new chair of the \
             Harbour Safety Task Force said the tide was high."
        ),
        [Some("Ida Berg".to_string()), None]
    );
}

#[test]
fn a_name_ending_on_yard_or_project_is_a_body() {
    assert_eq!(
        names_and_kinds(
            "Harbour Yard said the review was done. The Tarvik Life Project said most agreed."
        ),
        [
            (Some("Harbour Yard".into()), SpeakerKind::Organisation),
            (
                Some("Tarvik Life Project".into()),
                SpeakerKind::Organisation
            ),
        ]
    );
}

#[test]
fn names_of_bodies_papers_and_members_of_parliament() {
    assert_eq!(
        speaker_names(
            "Prices rose, the Office for National Statistics said. The Sunday Times reported \
             that the port was sold. Labour MP Ida Berg said fees would rise. Former minister \
             Tom Okafor MP said the pier was safe."
        ),
        [
            Some("Office for National Statistics".to_string()),
            Some("Sunday Times".to_string()),
            Some("Ida Berg".to_string()),
            Some("Tom Okafor".to_string()),
        ]
    );
}

#[test]
fn an_s_form_after_a_past_verb_or_a_preposition_and_noun_is_a_noun() {
    assert_eq!(
        cue_kinds(
            "Ministers backed plans to close the pier. Berg held talks over harbour plans to \
             close the port. The news calmed fears that the pier would close. The firm plans \
             to cut jobs."
        ),
        [(
            "to cut jobs".to_string(),
            Some(crate::model::CueKind::Belief)
        )]
    );
}

#[test]
fn a_verb_in_the_past_after_a_name_ends_the_speakers_mention() {
    use StatementKind::Indirect;
    expect(
        "Ida Berg issued a statement saying the pier was safe. Harbour firm Okafor analysed \
         the tides and found the port was full.",
        &[
            (
                Indirect,
                "the pier was safe",
                Some("saying"),
                Some("Ida Berg"),
                Some("Ida Berg"),
            ),
            (
                Indirect,
                "the port was full",
                Some("found"),
                Some("Harbour firm Okafor"),
                Some("Okafor"),
            ),
        ],
    );
}

#[test]
fn a_stance_in_the_progressive_is_attributed_and_prove_needs_a_clause() {
    use crate::model::CueKind::{Belief, Evidence};
    assert_eq!(
        cue_kinds(
            "Ida Berg was hoping that the port would reopen. The firm is planning to cut jobs. \
             The law is proving controversial. The tests proved that the pier was unsafe."
        ),
        [
            ("the port would reopen".to_string(), Some(Belief)),
            ("to cut jobs".to_string(), Some(Belief)),
            ("the pier was unsafe".to_string(), Some(Evidence)),
        ]
    );
}

#[test]
fn what_an_object_is_cited_or_dismissed_as_belongs_to_it() {
    let contents = contents_of(
        "Her critics cited the vote as evidence of a split. Ida Berg dismissed the claims as \
         nonsense.",
    );
    assert_eq!(
        contents,
        [
            "the vote as evidence of a split".to_string(),
            "the claims as nonsense".to_string(),
        ]
    );
}

#[test]
fn a_trailing_source_vouches_for_the_main_clause_after_a_concession() {
    let contents = contents_of(
        "Although the week was hard, the port remains open, according to the ministry. \
         Although the week was hard, the pier is safe, Ida Berg said.",
    );
    assert_eq!(
        contents,
        [
            "the port remains open".to_string(),
            "Although the week was hard, the pier is safe".to_string(),
        ]
    );
}

#[test]
fn peerage_titles_are_titles() {
    assert_eq!(
        speaker_names(
            "Betty Boothroyd spoke first. Baroness Boothroyd said the pier was safe. Lady \
             Boothroyd said it would stay open."
        ),
        [
            Some("Betty Boothroyd".to_string()),
            Some("Betty Boothroyd".to_string())
        ]
    );
}

#[test]
fn stressed_mentioned_and_promised_report_their_object_or_clause() {
    let contents = contents_of(
        "Ida Berg stressed the need for a new pier. Okafor mentioned the storm twice. The \
         mayor promised a safer port. Roe stressed the tide was high.",
    );
    assert_eq!(
        contents,
        [
            "the need for a new pier".to_string(),
            "the storm twice".to_string(),
            "a safer port".to_string(),
            "the tide was high".to_string(),
        ]
    );
}

#[test]
fn a_role_that_opens_a_sentence_before_a_name_is_its_title() {
    assert_eq!(
        speaker_names(
            "Teenager Ida Berg said she was happy. Founder Tom Okafor said the port was safe."
        ),
        [Some("Ida Berg".to_string()), Some("Tom Okafor".to_string())]
    );
    // After a quote that ends a sentence, and after a capitalized title.
    assert_eq!(
        speaker_names(
            "Ms Lund said: \"It was fine.\" Lawyer Ida Berg said the port was safe. \
             Chief Economist Tom Okafor said the tide was high."
        ),
        [
            Some("Lund".to_string()),
            Some("Ida Berg".to_string()),
            Some("Tom Okafor".to_string())
        ]
    );
}

#[test]
fn an_age_stands_for_the_subject_just_named() {
    // Over the last speaker: news describes by age the person it has just named.
    assert_eq!(
        speaker_names(
            "\"It was fine,\" Ida Berg said. Tom Lee is free on bail and awaits trial. The \
             64-year-old has denied the charge."
        ),
        [Some("Ida Berg".to_string()), Some("Tom Lee".to_string())]
    );
}

#[test]
fn a_cue_in_s_after_an_adjective_is_a_plural_noun() {
    expect(
        "Ida Berg on Monday launched new plans to rebuild the pier. He regretted his own \
         remarks about the port.",
        &[],
    );
    // So after `following` and `other` (not the other of a pair, which reports).
    expect(
        "Following claims that the pier was unsafe, the port closed. Other plans include a \
         new dock.",
        &[],
    );
    assert_eq!(
        contents_of("The pilots disagree. One says the pier is safe; the other says it is not."),
        ["the pier is safe", "it is not"]
    );
}

#[test]
fn a_thing_that_tells_a_story_says_nothing() {
    expect(
        "The film tells the story of two boys. Ida Berg told the story of a sailor who swam home.",
        &[(
            Indirect,
            "the story of a sailor who swam home",
            Some("told"),
            Some("Ida Berg"),
            Some("Ida Berg"),
        )],
    );
}

#[test]
fn a_report_named_for_its_author_is_the_subject() {
    // `the Acme report said`: `report` is the noun before the verb, not a cue after `the
    // Acme`.
    expect(
        "\"The port is safe,\" the Acme report said.",
        &[(
            Direct,
            "The port is safe",
            Some("said"),
            Some("the Acme report"),
            None,
        )],
    );
}

#[test]
fn a_naming_verb_closing_a_clause_is_a_noun() {
    // `brands`, `calls`, `labels` need an object: at a clause's end they are plural nouns.
    expect(
        "Acme bought a stake in Bolt, the maker behind the Penfolds, Lindemans and Rosemount brands.",
        &[],
    );
}

#[test]
fn a_subject_with_its_appositive_is_no_inverted_content() {
    // The words before the comma are the cue's subject, not words it reports.
    expect(
        "Ida Berg, the city's former mayor, acknowledged the point.",
        &[(
            Indirect,
            "the point",
            Some("acknowledged"),
            Some("Ida Berg"),
            Some("Ida Berg"),
        )],
    );
    // So is a party to a suit with no article, then the name.
    expect(
        "Lead plaintiff, the University of Hull, announced the deal.",
        &[(
            Indirect,
            "the deal",
            Some("announced"),
            Some("the University of Hull"),
            Some("University of Hull"),
        )],
    );
}

#[test]
fn calling_by_a_name_alone_names_and_does_not_say() {
    // A name or a quoted term alone after `called` names the thing; a second phrase, or an
    // object moved before the speaker, makes it a statement.
    expect(
        "The school uses handheld computers called Slates. The format called RSS (Rich Site \
         Summary) is open. Critics called Nimbus a gimmick.",
        &[(
            Indirect,
            "Nimbus a gimmick",
            Some("called"),
            Some("Critics"),
            None,
        )],
    );
    expect(
        "The film shows him singing, which he calls \"good fun\".",
        &[
            // The relative clause that closes the sentence is the writer's.
            (
                Indirect,
                "him singing",
                Some("shows"),
                Some("The film"),
                None,
            ),
            (Direct, "good fun", Some("calls"), Some("he"), None),
        ],
    );
}

#[test]
fn a_participle_after_a_dash_hangs_on_the_clause() {
    // A dash joins the participle to its clause as a comma would.
    expect(
        "Ms Adeyemi changed her mind on the spot – saying the ferry would sail at dawn.",
        &[(
            Indirect,
            "the ferry would sail at dawn",
            Some("saying"),
            Some("Ms Adeyemi"),
            Some("Adeyemi"),
        )],
    );
    // An adverb in -ly between the joining word and the participle.
    expect(
        "The council backed down, and eventually saying the bridge would reopen in May.",
        &[(
            Indirect,
            "the bridge would reopen in May",
            Some("saying"),
            Some("The council"),
            None,
        )],
    );
}

#[test]
fn an_attack_on_a_person_or_body_is_a_stance() {
    use crate::model::CueKind;
    // The target is a person or a body: a stance, its reason and its label with it.
    let text = "Ms Okafor blasted the council for its silence. The mayor slammed Okafor as out \
                of touch. Lee denounced them at a rally.";
    let kinds = cue_kinds(text);
    let seen: Vec<_> = kinds.iter().map(|(c, k)| (c.as_str(), *k)).collect();
    assert_eq!(
        seen,
        [
            ("the council for its silence", Some(CueKind::Belief)),
            ("Okafor as out of touch", Some(CueKind::Belief)),
            ("them", Some(CueKind::Belief)),
        ]
    );
    // A thing struck, or a side sent to its fate, is a deed; a clause after the verb is
    // still what was said.
    let text = "Diaz blasted the ball over the bar. Reyes slammed his racket onto the court. A \
                late goal condemned Leeds to a fifth defeat. The union slammed the plan, saying \
                it was rushed.";
    let kinds = cue_kinds(text);
    let seen: Vec<_> = kinds.iter().map(|(c, k)| (c.as_str(), *k)).collect();
    assert_eq!(seen, [("it was rushed", Some(CueKind::Speech))]);
}

#[test]
fn a_poll_named_in_an_in_phrase_stands_behind_its_clause() {
    use crate::model::CueKind::Evidence;
    let text = "In a new Tribune poll, Okafor leads by four points. Varga came second in January \
                polls, although Ruiz moved up in a later survey by the college. As a result, \
                only 18 percent back the levy in the latest Metro/Ipsos poll released Sunday.";
    let kinds = cue_kinds(text);
    let seen: Vec<_> = kinds.iter().map(|(c, k)| (c.as_str(), *k)).collect();
    assert_eq!(
        seen,
        [
            ("Okafor leads by four points", Some(Evidence)),
            ("Varga came second", Some(Evidence)),
            ("Ruiz moved up", Some(Evidence)),
            ("only 18 percent back the levy", Some(Evidence)),
        ]
    );
    let article = crate::parse(text).expect("parses");
    let sources: Vec<_> = article
        .statements()
        .iter()
        .filter_map(|s| s.mention().map(|m| m.text()))
        .collect();
    assert_eq!(
        sources,
        [
            "a new Tribune poll",
            "January polls",
            "a later survey by the college",
            "the latest Metro/Ipsos poll",
        ]
    );
    // Another attribution in the sentence that leaves the clause alone does not stop it.
    assert_eq!(
        cue_kinds("Okafor is ahead in regional polls in the north; the race appears closer."),
        [
            ("Okafor is ahead".to_string(), Some(Evidence)),
            ("the race appears closer".to_string(), Some(Evidence)),
        ]
    );
    // The standings in general, a part taken in a survey, and a sentence that names its own
    // source are no poll's findings.
    assert!(cue_kinds("Varga trails in the polls. Ten firms took part in the survey.").is_empty());
    // A phrase that ends an aside on a noun names no source of a clause.
    assert!(cue_kinds("The race is open to Okafor, the leader in Tribune polls.").is_empty());
    assert_eq!(
        cue_kinds("Okafor said she leads in the latest poll."),
        [(
            "she leads in the latest poll".to_string(),
            Some(crate::model::CueKind::Speech)
        )]
    );
}

#[test]
fn pointing_to_something_cites_it() {
    use crate::model::CueKind::{Evidence, Speech};
    let text = "Varga pointed to the council's own audit. The figures point to a slowdown. She \
                pointed out that the pier was closed.";
    assert_eq!(
        cue_kinds(text),
        [
            ("the council's own audit".to_string(), Some(Evidence)),
            ("a slowdown".to_string(), Some(Evidence)),
            ("the pier was closed".to_string(), Some(Speech)),
        ]
    );
    // A point counted or measured is a noun.
    assert!(
        cue_kinds(
            "The bank raised rates by a quarter percentage point to 2%. She won two points to nil."
        )
        .is_empty()
    );
}

#[test]
fn a_think_tank_and_an_acquaintance_report_nothing() {
    use crate::model::CueKind::{Belief, Speech};
    assert_eq!(
        cue_kinds(
            "The Paris-based think tank said it believed the economy would grow. Varga has \
             known him for years. I know them well. Ruiz knew the pier was closed."
        ),
        [
            (
                "it believed the economy would grow".to_string(),
                Some(Speech)
            ),
            ("the pier was closed".to_string(), Some(Belief)),
        ]
    );
}

#[test]
fn an_attitude_expressed_voiced_or_raised_is_a_belief() {
    use crate::model::CueKind::Belief;
    let text = "Union leaders expressed concern that the depot would close. Varga voiced support \
                for the levy. The audit raised fresh questions about the pier, voicing doubts \
                over the budget. Okafor expressed confidence the vote would pass.";
    let article = crate::parse(text).expect("parses");
    let seen: Vec<_> = article
        .statements()
        .iter()
        .map(|s| (s.content().text(), s.cue().map(|c| c.text()), s.cue_kind()))
        .collect();
    assert_eq!(
        seen,
        [
            (
                "the depot would close",
                Some("expressed concern"),
                Some(Belief)
            ),
            ("the levy", Some("voiced support"), Some(Belief)),
            ("the pier", Some("raised fresh questions"), Some(Belief)),
            ("the budget", Some("voicing doubts"), Some(Belief)),
            (
                "the vote would pass",
                Some("expressed confidence"),
                Some(Belief)
            ),
        ]
    );
    // Without an attitude the verbs report nothing; an attitude raised is never inverted.
    assert!(
        cue_kinds(
            "The bank raised rates. His voice was calm. She expressed the parcel. The plan, \
             which came late, raises ethical questions."
        )
        .is_empty()
    );
}

#[test]
fn the_kinds_of_programme_are_sorted_for_binary_search() {
    assert!(super::SHOW_KINDS.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn a_show_after_a_singular_noun_is_a_programme() {
    use crate::model::CueKind::Evidence;
    assert!(
        cue_kinds(
            "The talk show host Tom Ruiz quit. She joined the TV show Harbour Lives in May. \
             It beat the hit show Pier Ten."
        )
        .is_empty()
    );
    // `shows` after a kind of programme is their plural; after a thing it is the verb.
    assert!(
        cue_kinds(
            "She presented children's TV shows Pier Ten and Dock Life. Remakes of old chat \
             shows make me angry."
        )
        .is_empty()
    );
    assert_eq!(
        cue_kinds("The poster shows the two men as pigs."),
        [("the two men as pigs".to_string(), Some(Evidence))]
    );
    // A plural subject, near or before a phrase, shows what follows.
    assert_eq!(
        cue_kinds(
            "Figures from the trade ministry show exports grew by 8%. Surveys also show that \
             fares are rising."
        ),
        [
            ("exports grew by 8%".to_string(), Some(Evidence)),
            ("fares are rising".to_string(), Some(Evidence)),
        ]
    );
}

#[test]
fn agreeing_with_someone_or_on_something_is_a_stance() {
    use crate::model::CueKind::Belief;
    assert_eq!(
        cue_kinds(
            "Many voters agreed with Okafor. The two camps agreed on a new commission and closed \
             the talks. Ruiz agreed with the mayor that the pier was unsafe."
        ),
        [
            ("Okafor".to_string(), Some(Belief)),
            ("a new commission".to_string(), Some(Belief)),
            ("the pier was unsafe".to_string(), Some(Belief)),
        ]
    );
}

#[test]
fn according_to_after_a_quote_of_several_sentences_reports_it_whole() {
    let text = "\"The pier is safe. The boats are full. We will open in May,\" Okafor said, \
                according to the Courier.";
    let article = crate::parse(text).expect("parses");
    let according = article
        .statements()
        .iter()
        .find(|s| s.cue().is_some_and(|c| c.text() == "according to"))
        .expect("an according-to statement");
    assert_eq!(
        according.content().text(),
        "\"The pier is safe. The boats are full. We will open in May,\" Okafor said"
    );
}

#[test]
fn a_quote_before_according_to_a_source_with_an_aside() {
    use StatementKind::Direct;
    for text in [
        "\"The port is the largest in Europe,\" according to Ida Berg, director of Acme.",
        "\"The port is the largest in Europe,\" according to Ida Berg, who runs Acme.",
        "\"The port is the largest in Europe,\" according to Ida Berg, director of Acme, \
         which runs it.",
    ] {
        expect(
            text,
            &[(
                Direct,
                "The port is the largest in Europe",
                Some("according to"),
                Some("Ida Berg"),
                Some("Ida Berg"),
            )],
        );
    }
}

#[test]
fn an_s_form_after_a_quantity_is_a_plural_noun() {
    assert!(
        cue_kinds(
            "She posted several negative comments about the port. Four other plans were \
             shelved. Most of the money came from the two states that vote first."
        )
        .is_empty()
    );
    // After a plural noun the -s form is the verb of the phrase's head.
    assert_eq!(
        cue_kinds("A survey of 1,000 people suggests fares are too high.")
            .iter()
            .map(|(c, _)| c.as_str())
            .collect::<Vec<_>>(),
        ["fares are too high"]
    );
}

#[test]
fn that_before_a_finite_verb_is_the_subject_of_the_clause_or_a_relative_pronoun() {
    use crate::model::CueKind::{Belief, Evidence, Speech};
    // After a verb, `that` with a verb of its own is the reported clause's subject.
    assert_eq!(
        cue_kinds(
            "Okafor said that could turn into a trend. I hope that's right. Critics say that \
             was never the plan. Recent polls show that has reversed. Ruiz said that the pier \
             was unsafe."
        ),
        [
            ("that could turn into a trend".to_string(), Some(Speech)),
            ("that's right".to_string(), Some(Belief)),
            ("that was never the plan".to_string(), Some(Speech)),
            ("that has reversed".to_string(), Some(Evidence)),
            ("the pier was unsafe".to_string(), Some(Speech)),
        ]
    );
    // After a noun that is a cue only with a clause, or a phrase the report does not read,
    // it is a relative pronoun, and nothing is reported.
    assert!(
        cue_kinds(
            "The civil protests that had tried to keep him in power faded. Cheap voice calls \
             that will have to be matched by rivals drew users. The virus was discovered that \
             can hop from phone to phone. He watched the TV show That's Life."
        )
        .is_empty()
    );
    assert_eq!(
        cue_kinds("Security firms are warning about several viruses that can spread fast."),
        [(
            "about several viruses that can spread fast".to_string(),
            Some(Speech)
        )]
    );
}

#[test]
fn as_and_in_case_open_a_clause_before_its_subject() {
    use StatementKind::Indirect;
    expect(
        "Shoppers should buy their gifts early as experts predict a shortage of consoles. \
         The band kept two tapes in case the producers wanted more changes.",
        &[
            (
                Indirect,
                "a shortage of consoles",
                Some("predict"),
                Some("experts"),
                None,
            ),
            (
                Indirect,
                "more changes",
                Some("wanted"),
                Some("the producers"),
                None,
            ),
        ],
    );
    // `such as` and `as well as` are inside the subject; the paper `AS` is a name.
    expect(
        "Rivals such as Okafor say the pier is unsafe. AS offers a blunt verdict: \"We lost.\"",
        &[
            (
                Indirect,
                "the pier is unsafe",
                Some("say"),
                Some("Okafor"),
                Some("Okafor"),
            ),
            (
                StatementKind::Mixed,
                "a blunt verdict: \"We lost.\"",
                Some("offers"),
                Some("AS"),
                Some("AS"),
            ),
        ],
    );
}

#[test]
fn a_cue_form_before_a_verb_in_ed_and_a_preposition_is_a_noun() {
    assert!(
        cue_kinds(
            "The number of jobless claims jumped to 300,000. The aviation plans outlined in the \
             paper were cut. Viewers move TV shows recorded on their players. The latest \
             reports heralded a deal."
        )
        .is_empty()
    );
    // Before a noun the word in -ed modifies it; after a name or a pronoun, and in a raising
    // verb, the form is the verb.
    assert_eq!(
        contents_of(
            "Collins says suspended sprinter Chambers should return. The firm reports increased \
             sales. Okafor feels embarrassed to be seen there. The pier seems destined for \
             demolition."
        ),
        [
            "suspended sprinter Chambers should return",
            "increased sales",
            "embarrassed to be seen there",
            "The pier seems destined for demolition",
        ]
    );
}

#[test]
fn a_role_over_a_field_in_lowercase_words_titles_the_name_after_it() {
    use StatementKind::Indirect;
    expect(
        "Director of rugby Ida Berg said the side was tired. The head of policy Tom Okafor said \
         fares would rise.",
        &[
            (
                Indirect,
                "the side was tired",
                Some("said"),
                Some("Director of rugby Ida Berg"),
                Some("Ida Berg"),
            ),
            (
                Indirect,
                "fares would rise",
                Some("said"),
                Some("The head of policy Tom Okafor"),
                Some("Tom Okafor"),
            ),
        ],
    );
    // A field that names a person or a body is no field: the speaker is the one described.
    expect(
        "Ann Lee, spokeswoman for software firm Acme said sales rose.",
        &[(
            Indirect,
            "sales rose",
            Some("said"),
            Some("Ann Lee"),
            Some("Ann Lee"),
        )],
    );
}

#[test]
fn a_name_with_a_relative_clause_that_ends_its_sentence_may_be_the_antecedent() {
    use StatementKind::Direct;
    let quoted = |by: &'static str, name: Option<&'static str>| -> Row<'static> {
        (Direct, "It was loud", Some("said"), Some(by), name)
    };
    // No speaker before: the one the relative clause is about.
    expect(
        "The biggest cheer was for the film star Ida Berg, who paused to sign autographs. \
         \"It was loud,\" she said.",
        &[quoted("she", Some("Ida Berg"))],
    );
    // Not when the sentence goes on to its own subject after the clause, nor when the same
    // pronoun before the name is the sentence's subject.
    expect(
        "Having worked with Ida Berg, who ran the firm, Mr Okafor left. \"It was loud,\" he said.",
        &[quoted("he", None)],
    );
    expect(
        "The crowd cheered when he passed Tom Okafor, who won in 1990. \"It was loud,\" he said.",
        &[quoted("he", None)],
    );
}

#[test]
fn an_age_joined_by_hyphens_belongs_to_the_subject_it_opens() {
    use StatementKind::{Direct, Indirect};
    expect(
        "\"It was hard,\" Ida Berg said. The 31-year-old said the track was fast. \"I am \
         tired,\" admitted 19-year-old Okafor.",
        &[
            (
                Direct,
                "It was hard",
                Some("said"),
                Some("Ida Berg"),
                Some("Ida Berg"),
            ),
            (
                Indirect,
                "the track was fast",
                Some("said"),
                Some("The 31-year-old"),
                Some("Ida Berg"),
            ),
            (
                Direct,
                "I am tired",
                Some("admitted"),
                Some("19-year-old Okafor"),
                Some("Okafor"),
            ),
        ],
    );
}

#[test]
fn a_performers_art_is_a_title_and_describes_the_person_just_named() {
    // Before a name the art is a title, not part of the name.
    assert_eq!(
        speaker_names("Singer Ida Berg said the tour was over."),
        [Some("Ida Berg".to_string())]
    );
    // `the singer`, `the British actor` name the subject just named, like a position.
    assert_eq!(
        speaker_names(
            "Guitarist Tom Okafor tackled a burglar at his home. \"I acted on impulse,\" the \
             singer said. Ida Berg was full of praise. \"He was brave,\" said the British actor."
        ),
        [Some("Tom Okafor".to_string()), Some("Ida Berg".to_string())]
    );
}

#[test]
fn a_bodys_name_may_join_its_words_with_and() {
    assert_eq!(
        speaker_names(
            "Tourism is vital, according to the World Travel and Tourism Council. The Food and \
             Drug Administration said the pill was safe. The Smith and Jones families said no."
        ),
        [
            Some("World Travel and Tourism Council".to_string()),
            Some("Food and Drug Administration".to_string()),
            None
        ]
    );
}

#[test]
fn afterwards_between_the_speaker_and_the_cue_is_no_part_of_either() {
    use StatementKind::Indirect;
    expect(
        "Ida Berg afterwards said the side was tired. Tom Okafor admitted afterwards it was \
         hard.",
        &[
            (
                Indirect,
                "the side was tired",
                Some("said"),
                Some("Ida Berg"),
                Some("Ida Berg"),
            ),
            (
                Indirect,
                "it was hard",
                Some("admitted afterwards"),
                Some("Tom Okafor"),
                Some("Tom Okafor"),
            ),
        ],
    );
}

#[test]
fn a_role_that_opens_the_sentence_before_a_surname_is_no_part_of_the_name() {
    assert_eq!(
        speaker_names(
            "Hull have signed Wales scrum-half Ivo Marsh. Scrum-half Marsh said he was happy."
        ),
        [Some("Ivo Marsh".to_string())]
    );
}

#[test]
fn a_month_after_in_is_no_part_of_the_subject() {
    use StatementKind::Indirect;
    expect(
        "In October Tory leader Ida Berg said the plan was bad.",
        &[(
            Indirect,
            "the plan was bad",
            Some("said"),
            Some("Tory leader Ida Berg"),
            Some("Ida Berg"),
        )],
    );
}

#[test]
fn after_a_quote_no_cue_inside_a_name_or_before_to_have_attributes_it() {
    // A capitalized cue between name words, and a passive that reports of its subject.
    assert!(
        cue_kinds(
            "The head of the \"failing\" Child Support Agency is still in post. The \"failing\" \
             agency widely reported to have failed is still open."
        )
        .is_empty()
    );
    assert_eq!(
        contents_of("\"It is over,\" Ida Berg said to reporters."),
        ["It is over"]
    );
}

#[test]
fn a_titled_name_after_an_opening_phrase_may_be_the_antecedent() {
    assert_eq!(
        speaker_names(
            "Tom Okafor quit in May. On that day's radio programme Mr Marsh was asked why \
             Mr Okafor had left. He replied: \"It was time.\""
        ),
        [None, Some("Marsh".to_string())]
    );
}

#[test]
fn a_company_word_at_the_end_of_a_name_makes_it_a_body_of_its_own() {
    let text = "Delta Airlines said fares would rise. The European Regions Airline Association \
                said it was wrong. The European Low-fare Airlines Association said no.";
    assert_eq!(
        names_and_kinds(text),
        [
            (
                Some("Delta Airlines".to_string()),
                SpeakerKind::Organisation
            ),
            (
                Some("European Regions Airline Association".to_string()),
                SpeakerKind::Organisation
            ),
            (
                Some("European Low-fare Airlines Association".to_string()),
                SpeakerKind::Organisation
            ),
        ]
    );
}

#[test]
fn a_one_word_name_spoken_of_as_it_or_which_is_a_body() {
    let text = "Acmesoft said it would cut prices. Tom Okafor said he was happy. Zorbex, which \
                owns oil fields, said the bill was unfair. Okafor said it was late.";
    assert_eq!(
        names_and_kinds(text),
        [
            (Some("Acmesoft".to_string()), SpeakerKind::Organisation),
            (Some("Tom Okafor".to_string()), SpeakerKind::Person),
            (Some("Zorbex".to_string()), SpeakerKind::Organisation),
        ]
    );
}

#[test]
fn a_bare_cue_form_after_a_determiner_and_a_superlative_or_new_is_a_noun() {
    assert!(
        cue_kinds(
            "The new plan brings the projects together. Its central claim is that costs will \
             fall. The biggest claim heard by a tribunal was settled."
        )
        .is_empty()
    );
    // A plural or -s form after them is the verb of the phrase; the noun reports what `to`
    // brings after it.
    assert_eq!(
        contents_of(
            "The new owners say the club is safe. The latest survey found prices rose. The \
             latest plan to stop the merger failed."
        ),
        [
            "the club is safe",
            "prices rose",
            "to stop the merger failed"
        ]
    );
}

#[test]
fn a_subject_after_an_opening_but_may_be_the_antecedent() {
    assert_eq!(
        speaker_names(
            "\"It is fine,\" Tom Okafor said. But Hull manager Ida Berg took a less charitable \
             view. She said the side was poor."
        ),
        [Some("Tom Okafor".to_string()), Some("Ida Berg".to_string())]
    );
}

#[test]
fn a_region_after_a_town_is_no_speaker() {
    expect(
        "Tom Okafor, 24, from Ashby, Nebraska, said the pier was safe. Officials in Ashby, \
         West Yorkshire, said it was not. Ida Berg, a nurse in Ashby, Kent, said it was late.",
        &[
            (
                Indirect,
                "the pier was safe",
                Some("said"),
                Some("Tom Okafor"),
                Some("Tom Okafor"),
            ),
            (
                Indirect,
                "it was not",
                Some("said"),
                Some("Officials in Ashby"),
                None,
            ),
            (
                Indirect,
                "it was late",
                Some("said"),
                Some("Ida Berg"),
                Some("Ida Berg"),
            ),
        ],
    );
    // Two capitalized words that are no region name a person after a description.
    assert_eq!(
        speaker_names("A spokesman for the port in Hull, Ida Berg, said it was late."),
        [Some("Ida Berg".to_string())]
    );
}

#[test]
fn a_titled_or_full_name_from_a_place_is_the_person_with_that_affiliation() {
    assert_eq!(
        names_and_affiliations(
            "Tom Okafor from Ashby said the pier was safe. Mr Berg from the Port Authority \
             said it was not. Help from Ashby said nothing."
        ),
        [
            (Some("Tom Okafor".into()), Some("Ashby".into())),
            (Some("Berg".into()), Some("Port Authority".into())),
        ]
    );
}

#[test]
fn a_website_or_magazine_closes_the_audience() {
    assert_eq!(
        read(
            "Ida Berg told the Hull News website it was a laughable idea. She told Time \
             magazine the pier was safe. The firm said on its website it would close."
        )
        .into_iter()
        .map(|s| (s.1, s.2.unwrap_or_default()))
        .collect::<Vec<_>>(),
        [
            (
                "it was a laughable idea".to_string(),
                "told the Hull News website".to_string()
            ),
            (
                "the pier was safe".to_string(),
                "told Time magazine".to_string()
            ),
            (
                "it would close".to_string(),
                "said on its website".to_string()
            ),
        ]
    );
}

#[test]
fn a_phrase_of_the_topic_after_a_cue_ends_where_the_words_or_the_sentence_start() {
    assert_eq!(
        contents_of(
            "In May the firm warned of annual losses of £6m for the year. He said of the \
             plan: \"It is dead.\" The pier may close within years, the port is warning a \
             committee of MPs."
        ),
        ["It is dead", "The pier may close within years"]
    );
}

#[test]
fn a_title_that_opens_a_bodys_name_is_a_word_of_the_name() {
    assert_eq!(
        names_and_kinds(
            "General Motors said sales fell. The Justice Department said it would appeal. \
             Prof Brewer said the pier was safe. General Tom Okafor said it was not."
        ),
        [
            (Some("General Motors".into()), SpeakerKind::Organisation),
            (Some("Justice Department".into()), SpeakerKind::Organisation),
            (Some("Brewer".into()), SpeakerKind::Person),
            (Some("Tom Okafor".into()), SpeakerKind::Person),
        ]
    );
}

#[test]
fn a_party_word_before_a_full_name_is_a_title() {
    assert_eq!(
        names_and_kinds(
            "Tory Ida Berg said the pier was safe. Fellow Lib Dem Tom Okafor said it was not. \
             Labour MSP Ann Lee said it was late. Tory Burch said it was fine."
        ),
        [
            (Some("Ida Berg".into()), SpeakerKind::Person),
            (Some("Tom Okafor".into()), SpeakerKind::Person),
            (Some("Ann Lee".into()), SpeakerKind::Person),
            (Some("Tory Burch".into()), SpeakerKind::Person),
        ]
    );
}

#[test]
fn a_nationality_after_the_describes_the_person_just_named() {
    assert_eq!(
        speaker_names(
            "Ida Berg won the final in Hull. \"I felt good,\" the American said. The Russian \
             government said the result stood."
        ),
        [Some("Ida Berg".to_string()), None]
    );
    // A nationality before a body's name is a word of that name.
    assert_eq!(
        names_and_kinds("The American Red Cross said it would help."),
        [(Some("American Red Cross".into()), SpeakerKind::Organisation)]
    );
}

#[test]
fn a_bare_name_after_a_description_after_the_cue_names_the_speaker() {
    expect(
        "\"It was late,\" said the port's chief executive, Ida Berg. \"It is,\" said the \
         mayor, a former teacher.",
        &[
            (
                Direct,
                "It was late",
                Some("said"),
                Some("Ida Berg"),
                Some("Ida Berg"),
            ),
            (Direct, "It is", Some("said"), Some("the mayor"), None),
        ],
    );
    let article = crate::parse("\"It was late,\" said the port's chief executive, Ida Berg.")
        .expect("parses");
    let speaker = article
        .speaker_of(&article.statements()[0])
        .expect("a speaker");
    assert_eq!(
        speaker
            .titles()
            .iter()
            .map(|t| t.text())
            .collect::<Vec<_>>(),
        ["chief executive"]
    );
}

#[test]
fn an_object_added_to_something_is_no_report() {
    assert_eq!(
        contents_of(
            "Berg added his voice to those warning of delays. The band added a new sound to \
             the old songs. Berg added the change to the law was overdue. She added the plan \
             to cut jobs was dead. She added that the move to Leeds was wise."
        ),
        [
            "the change to the law was overdue",
            "the plan to cut jobs was dead",
            "the move to Leeds was wise"
        ]
    );
}

#[test]
fn a_word_after_a_modal_is_a_verb_not_part_of_the_subject() {
    let mentions: Vec<_> = read(
        "The rule may mean local firms ask for more time. The merger could take months and \
         Leeds officials warned that jobs would go. Mean people said the rule was unfair.",
    )
    .into_iter()
    .map(|s| s.3)
    .collect();
    assert_eq!(
        mentions,
        [
            Some("local firms".to_string()),
            Some("Leeds officials".to_string()),
            Some("Mean people".to_string())
        ]
    );
}

#[test]
fn a_bare_cue_after_an_owner_or_an_article_and_modifiers_is_a_noun() {
    assert_eq!(
        contents_of(
            "Police said a foreign terror suspect held in Leeds was freed. Its decrepit state \
             was a scandal. Her economic plan promises to lift wages. Sources close to her \
             campaign say she will run. The industry agree the tax is unfair."
        ),
        [
            "a foreign terror suspect held in Leeds was freed",
            "to lift wages",
            "she will run",
            "the tax is unfair"
        ]
    );
}

#[test]
fn a_plural_noun_in_a_phrase_after_a_preposition_is_no_cue() {
    assert_eq!(
        contents_of(
            "Analysts spoke about shareholder worries over the bid. The plan gives users free \
             phone calls. Police said the man faced criminal charges for the theft. Berg \
             claims the bid is low."
        ),
        [
            "the man faced criminal charges for the theft",
            "the bid is low"
        ]
    );
}

#[test]
fn a_count_after_a_determiner_stays_in_the_subject() {
    assert_eq!(
        mentions_of("The 18 former directors deny any wrongdoing."),
        [Some("The 18 former directors".to_string())]
    );
    assert_eq!(
        mentions_of("Finance ministers of the 12 eurozone countries said the rise hurt exports."),
        [Some(
            "Finance ministers of the 12 eurozone countries".to_string()
        )]
    );
}

#[test]
fn a_count_after_of_stays_in_the_subject() {
    assert_eq!(
        read(
            "Sales fell in the quarter, the survey of 5,196 firms found. A poll of 1,313 people \
             suggests most back the plan."
        )
        .into_iter()
        .map(|s| (s.1, s.3))
        .collect::<Vec<_>>(),
        [
            (
                "Sales fell in the quarter".to_string(),
                Some("the survey of 5,196 firms".to_string())
            ),
            (
                "most back the plan".to_string(),
                Some("A poll of 1,313 people".to_string())
            )
        ]
    );
}

#[test]
fn to_and_a_bare_word_after_a_verb_of_wish_is_the_infinitive() {
    assert_eq!(
        read(
            "The council wants to introduce house arrest. They want to give people free \
             music. Berg pledged to the nation that taxes would fall."
        )
        .into_iter()
        .map(|s| (s.1, s.2))
        .collect::<Vec<_>>(),
        [
            (
                "to introduce house arrest".to_string(),
                Some("wants".to_string())
            ),
            (
                "to give people free music".to_string(),
                Some("want".to_string())
            ),
            ("taxes would fall".to_string(), Some("pledged".to_string()))
        ]
    );
}

#[test]
fn a_person_found_or_phoned_is_no_report() {
    assert_eq!(
        contents_of(
            "His wife, who called the police, was asleep. Okafor called Mr Lund on Monday. \
             Berg called the plan a disaster. Okafor called the dip in sales \"mild\". Tom \
             Lund found Ida Berg at the far post. Berg found him to be honest. Lund called her \
             back. Sir Tom Berg called the Liberal leader back to Downing Street. Ida Lund \
             called the move a step back."
        ),
        [
            "the plan a disaster",
            "the dip in sales \"mild\"",
            "him to be honest",
            "the move a step back"
        ]
    );
}

#[test]
fn plans_after_a_particle_or_a_name_and_a_split_infinitive_report_nothing() {
    assert_eq!(
        contents_of(
            "The party put forward plans to cut taxes. He spoke on UK plans to tackle poverty. \
             Okafor became the first man to successfully defend the title. Labour plans to cut \
             fees."
        ),
        ["to cut fees"]
    );
}

#[test]
fn who_is_worried_is_no_worry() {
    assert_eq!(
        contents_of(
            "Some uses for the tags have worried many firms. The delay worries them. Investors \
             worry the outcome of the poll will be close. Berg worried that the plan would fail."
        ),
        [
            "the outcome of the poll will be close",
            "the plan would fail"
        ]
    );
}

#[test]
fn a_person_denied_something_is_no_denial() {
    assert_eq!(
        contents_of(
            "The goalkeeper denied Okafor with a late save. A knee injury denied Berg his first \
             cap. The rules deny him a vote. The board is denying voters the chance to choose. \
             The keeper denied the Leeds striker again. Berg denied the charges. Okafor denied \
             Berg had lied. She denied her involvement in the deal. Okafor was denied a visa \
             last year. It was denied that the men had met."
        ),
        [
            "the charges",
            "Berg had lied",
            "her involvement in the deal",
            "the men had met"
        ]
    );
}

#[test]
fn a_passive_cue_without_that_reports_only_a_clause() {
    assert_eq!(
        contents_of(
            "The firm was declared insolvent in May. Such reforms are considered vital for \
             the port. Berg was offered the job of harbour master. It is thought the men used \
             the pier at night. Okafor was told he would not be able to leave. Visitors have \
             been asked not to bring dogs."
        ),
        [
            "the men used the pier at night",
            "he would not be able to leave",
            "not to bring dogs"
        ]
    );
}

#[test]
fn a_cue_after_than_is_a_comparison() {
    assert!(
        contents_of(
            "The better than expected figures lifted the market. There is no better way to \
             spend a day than say nothing at all."
        )
        .is_empty()
    );
}

#[test]
fn a_unit_glued_to_a_number_ends_the_phrase_before_a_subject() {
    assert_eq!(
        read(
            "World 800m record holder Ida Berg said: \"It is good.\" The port paid 26bn \
             roubles, nowhere near the $27bn Ashby says it owes."
        )
        .into_iter()
        .map(|s| s.3.unwrap_or_default())
        .collect::<Vec<_>>(),
        ["record holder Ida Berg", "Ashby"]
    );
}

#[test]
fn a_correspondent_in_a_place_and_an_audience_of_media() {
    assert_eq!(
        names_and_affiliations(
            "The BBC's Ida Berg in Ashby says most people agree. Tom Okafor told media the \
             pier was safe."
        ),
        [
            (Some("Ida Berg".into()), Some("Ashby".into())),
            (Some("Tom Okafor".into()), None)
        ]
    );
    assert_eq!(
        contents_of("Tom Okafor told media the pier was safe."),
        ["the pier was safe"]
    );
}

#[test]
fn a_name_with_an_initial_after_a_description_after_the_cue() {
    assert_eq!(
        speaker_names("\"It is late,\" said the port's lawyer, Ida J. Berg."),
        [Some("Ida J. Berg".to_string())]
    );
}

#[test]
fn a_trailing_attribution_before_a_dash_or_a_writers_participle() {
    assert_eq!(
        fragment_texts(
            "The target will be 4.3%, Mr Okafor said - falling short of the law. The pier was \
             safe, Ms Berg said, raising the stakes. The walk, she said, including the climb, \
             was long. Sometimes though, he said, spotting the boats was easy."
        ),
        [
            vec!["The target will be 4.3%".to_string()],
            vec!["The pier was safe".to_string()],
            vec![
                "The walk".to_string(),
                "including the climb, was long".to_string()
            ],
            vec![
                "Sometimes though".to_string(),
                "spotting the boats was easy".to_string()
            ],
        ]
    );
}

#[test]
fn a_surname_takes_its_full_name_from_the_body_over_the_headline() {
    assert_eq!(
        speaker_names(
            "Classy Okafor wins opener\n\nTom Okafor opened his season with a win on \
             Wednesday.\n\nOkafor said he was pleased."
        ),
        [Some("Tom Okafor".to_string())]
    );
    // A title-case headline read as the first paragraph: the name that ends with the
    // surname wins over one that holds it inside (and a suffix may follow the surname).
    assert_eq!(
        speaker_names(
            "Tom Okafor Wins Port Vote In Hull.\n\nHarbour engineer Tom Okafor won the vote on \
             Monday. Okafor said the pier was unsafe."
        ),
        [Some("Tom Okafor".to_string())]
    );
    // `Neither` opens a list, not a name.
    assert_eq!(
        speaker_names(
            "Neither Tom Okafor nor his rivals had much appetite for a fight.\n\nOkafor said \
             the pier was unsafe."
        ),
        [Some("Tom Okafor".to_string())]
    );
    assert_eq!(
        speaker_names(
            "Harbour engineer Tom Okafor III won the vote on Monday, with Okafor Jones second. \
             Okafor said the pier was unsafe."
        ),
        [Some("Tom Okafor III".to_string())]
    );
}

#[test]
fn a_titled_name_closing_the_sentence_before_may_be_the_antecedent() {
    // No male speaker stands for `he`; the titled name that ends the sentence before does.
    assert_eq!(
        speaker_names(
            "Ms Berg said the pier was safe. Her words did not convince Labour councillor Tom \
             Okafor. \"She is wrong,\" he said."
        ),
        [Some("Berg".to_string()), Some("Tom Okafor".to_string())]
    );
    // A position is no title: the player named last is not taken over the speaker (whose
    // wish `to sign striker Ann Lee` is a statement too).
    assert_eq!(
        speaker_names(
            "\"We need goals,\" said manager Tom Okafor. He wants to sign striker Ann \
             Lee. \"She is quick,\" he said."
        ),
        [
            Some("Tom Okafor".to_string()),
            Some("Tom Okafor".to_string()),
            Some("Tom Okafor".to_string())
        ]
    );
}

#[test]
fn it_stands_for_a_body_named_after_the_article() {
    assert_eq!(
        speaker_names(
            "The IAEA is aiming to start an upgrade in November. Where possible, it hopes to \
             link the system to satellites."
        ),
        [Some("IAEA".to_string())]
    );
}

#[test]
fn it_stands_for_the_body_whose_shares_open_the_sentence() {
    assert_eq!(
        speaker_names(
            "Shares in Acme Group, which is building the stadium, fell 19% after it said it \
             would not make money."
        ),
        [Some("Acme Group".to_string())]
    );
    assert_eq!(
        speaker_names("Zorbex shares fell 3% after it warned that growth would slow."),
        [Some("Zorbex".to_string())]
    );
}

#[test]
fn an_age_after_an_inverted_cue_goes_before_the_name() {
    assert_eq!(
        speaker_names(
            "\"I would be keen to leave,\" admitted the 28-year-old Okafor. He added: \"I am \
             not in the side.\" \"It is fine,\" said the American."
        ),
        [
            Some("Okafor".to_string()),
            Some("Okafor".to_string()),
            Some("Okafor".to_string())
        ]
    );
}

#[test]
fn an_ampersand_joins_the_words_of_a_bodys_name() {
    assert_eq!(
        names_and_kinds(
            "Marks & Spencer said profits rose. Acme & Zorbex has said it will cut jobs."
        ),
        [
            (Some("Marks & Spencer".into()), SpeakerKind::Organisation),
            (Some("Acme & Zorbex".into()), SpeakerKind::Organisation),
        ]
    );
}

#[test]
fn a_short_name_whose_full_name_tells_a_body_is_a_body() {
    // A role that opens the full name tells nothing of its bearer.
    let found = names_and_kinds(
        "Acme & Zorbex is under investigation.\n\nAcme said it would co-operate. \
         Broadcaster Tom Okafor is a professor.\n\nOkafor said he was pleased.",
    );
    assert_eq!(found[0].0.as_deref(), Some("Acme & Zorbex"));
    assert_eq!(
        found.iter().map(|(_, kind)| *kind).collect::<Vec<_>>(),
        [SpeakerKind::Organisation, SpeakerKind::Person]
    );
}

#[test]
fn a_party_that_ends_a_name_makes_it_a_body() {
    for (text, name) in [
        ("Labour said the plan was dead.", "Labour"),
        ("New Labour said the plan was dead.", "New Labour"),
    ] {
        assert_eq!(
            names_and_kinds(text),
            [(Some(name.into()), SpeakerKind::Organisation)]
        );
    }
}

#[test]
fn a_capitalized_plural_before_a_bare_cue_is_no_name() {
    assert_eq!(
        names_and_kinds(
            "Figures show that prices rose. Bookmakers say Ida Berg will win. Reuters says it \
             is fine."
        ),
        [
            (None, SpeakerKind::Group),
            (None, SpeakerKind::Group),
            (Some("Reuters".into()), SpeakerKind::Organisation),
        ]
    );
}

#[test]
fn a_time_after_a_preposition_or_an_adverb_is_not_the_subject() {
    let found = read(
        "The club grew fast. But by the end of March the club hopes to reach ten towns. And \
         just last week the bank admitted that its site was weak. Also earlier this month the \
         committee said the law was bad.",
    );
    let mentions: Vec<_> = found.iter().map(|s| s.3.as_deref()).collect();
    assert_eq!(
        mentions,
        [Some("the club"), Some("the bank"), Some("the committee")]
    );
}

#[test]
fn a_time_phrase_after_an_auxiliary_stands_between_subject_and_cue() {
    let found = read(
        "China has in the past said the ban was unfair. The club has in recent weeks said \
         the pier was safe. Ida Berg had in 2003 complained about the noise.",
    );
    let mentions: Vec<_> = found.iter().map(|s| s.3.as_deref()).collect();
    assert_eq!(
        mentions,
        [Some("China"), Some("The club"), Some("Ida Berg")]
    );
}

#[test]
fn a_body_named_after_its_kind_or_after_words_of_praise() {
    assert_eq!(
        names_and_kinds(
            "The online bank Cahoot said its site was safe. The influential Joint Budget \
             Committee said the plan was sound."
        ),
        [
            (Some("Cahoot".into()), SpeakerKind::Organisation),
            (
                Some("Joint Budget Committee".into()),
                SpeakerKind::Organisation
            ),
        ]
    );
}

#[test]
fn do_and_its_negations_are_auxiliaries_not_modals() {
    // `don't`, `doesn't`, written with either apostrophe, stand between the subject and its
    // verb like `do not`; `do` bears tense and negation, so a belief after it is held (the
    // negation, and the `do` that carries it, are the cue's).
    for (text, cue) in [
        (
            "Ida Berg doesn't think that the pier is safe.",
            "doesn't think",
        ),
        (
            "Ida Berg doesn’t think that the pier is safe.",
            "doesn’t think",
        ),
        ("Ida Berg does think that the pier is safe.", "think"),
        (
            "Ida Berg does not think that the pier is safe.",
            "does not think",
        ),
    ] {
        expect(
            text,
            &[(
                Indirect,
                "the pier is safe",
                Some(cue),
                Some("Ida Berg"),
                Some("Ida Berg"),
            )],
        );
    }
    // A modal still makes the belief an action.
    expect("Ida Berg won't support that the pier is safe.", &[]);
    // Sums that `add up` report nothing.
    expect(
        "The critics claim the sums don't add up and that the pier is unsafe.",
        &[(
            Indirect,
            "the sums don't add up and that the pier is unsafe",
            Some("claim"),
            Some("The critics"),
            None,
        )],
    );
}

#[test]
fn the_company_stands_for_the_body_named_last() {
    for (text, noun) in [
        (
            "Kestrel Inc said sales rose. The company said it would hire.",
            "The company",
        ),
        (
            "Harbourline said it was selling ferries. Later the firm said it had a buyer.",
            "the firm",
        ),
    ] {
        let article = crate::parse(text).expect("parses");
        let statements = article.statements();
        assert_eq!(statements.len(), 2, "{text}: {statements:?}");
        assert_eq!(statements[1].mention().map(|m| m.text()), Some(noun));
        let first = article.speaker_of(&statements[0]).expect("resolved");
        let second = article.speaker_of(&statements[1]).expect("resolved");
        assert_eq!(first.kind(), SpeakerKind::Organisation, "{text}");
        assert_eq!(second.name(), first.name(), "{text}");
    }
    // A description with words of its own is not the body named last; nor does a body's
    // noun stand for a person.
    for text in [
        "Kestrel Inc said sales rose. The company named in the suit said it would appeal.",
        "Ida Berg, a doctor, said sales rose. The company said it would hire.",
    ] {
        let article = crate::parse(text).expect("parses");
        let statements = article.statements();
        let last = statements.last().expect("statements");
        let speaker = article.speaker_of(last).expect("resolved");
        assert_eq!(speaker.name(), None, "{text}");
    }
}

#[test]
fn a_name_whose_shares_or_profits_the_text_speaks_of_is_a_company() {
    for text in [
        "Kestrel Marine said demand was weak. Kestrel Marine's shares fell 5%.",
        "Kestrel Marine said demand was weak. Shares in Kestrel Marine fell 5%.",
        "Kestrel Marine said demand was weak. Kestrel Marine shareholders were angry.",
        "Profits at Kestrel Marine fell. Kestrel Marine said demand was weak.",
    ] {
        assert_eq!(read(text).len(), 1, "{text}");
        assert_eq!(first_speaker(text).0, SpeakerKind::Organisation, "{text}");
    }
    // What a person has too leaves a person.
    let text = "Ida Berg said demand was weak. Ida Berg's boat was sold.";
    assert_eq!(first_speaker(text).0, SpeakerKind::Person);
}

#[test]
fn an_inverted_bare_verb_agrees_with_a_plural_subject() {
    expect(
        "The ferries will run all winter, say harbour officials.",
        &[(
            Indirect,
            "The ferries will run all winter",
            Some("say"),
            Some("harbour officials"),
            None,
        )],
    );
    // One thing after a bare verb is its object, not its subject.
    expect("Some ports, such as Oban, charge a landing fee.", &[]);
    expect("Some ports, such as Oban, consider a landing fee.", &[]);
}

#[test]
fn a_time_before_the_subject_or_the_cue_is_the_reports_time() {
    for (text, when, mention) in [
        (
            "On Thursday, the council said the pier would close.",
            "On Thursday",
            "the council",
        ),
        (
            "But earlier this year the council said the pier would close.",
            "earlier this year",
            "the council",
        ),
        (
            "Last month Ida Berg said the pier would close.",
            "Last month",
            "Ida Berg",
        ),
        (
            "Ida Berg on Friday said the pier would close.",
            "on Friday",
            "Ida Berg",
        ),
    ] {
        let article = crate::parse(text).expect("parses");
        let st = &article.statements()[0];
        assert_eq!(st.when().map(|w| w.text()), Some(when), "{text}");
        assert_eq!(st.mention().map(|m| m.text()), Some(mention), "{text}");
    }
    // After its content, a report leaves the opening time to the content.
    let text = "On Monday, the pier closed, Ida Berg said.";
    let article = crate::parse(text).expect("parses");
    assert_eq!(article.statements()[0].when(), None);
    // A time that may be part of a name is not split from it.
    let text = "Monday Night Football said the pier would close.";
    let article = crate::parse(text).expect("parses");
    let st = &article.statements()[0];
    assert_eq!(
        st.mention().map(|m| m.text()),
        Some("Monday Night Football")
    );
}

#[test]
fn two_titled_people_joined_by_and_are_a_group() {
    for text in [
        "Singer Ida Berg and drummer Bo Chan said the tour was over.",
        "Mr Okafor and Mr Chan said the tour was over.",
    ] {
        assert_eq!(first_speaker(text), (SpeakerKind::Group, None), "{text}");
    }
    // The `and` of a title stays in it.
    let text = "Trade and Industry Secretary Ida Berg said the tour was over.";
    assert_eq!(first_speaker(text).1.as_deref(), Some("Ida Berg"));
}

#[test]
fn a_courtesy_title_after_a_fronted_phrase_starts_the_subject() {
    // No comma closes the fronted phrase: the title and the name are the subject, what comes
    // before them is the phrase's.
    let cases = [
        (
            "During the long trial Mr Okafor denied the charges.",
            "Mr Okafor",
        ),
        (
            "In a speech to the Harbour Trust Dr Lindqvist said the port would grow.",
            "Dr Lindqvist",
        ),
        (
            "Leaving a Geneva summit Mrs Adebayo said the talks had failed.",
            "Mrs Adebayo",
        ),
        (
            "Meanwhile Ms Lindqvist said the depot would close.",
            "Ms Lindqvist",
        ),
        // A role, a possessive or a pair of names before the title stays in the subject;
        // so does a name after a preposition, which is the object's.
        (
            "Depot boss Mr Okafor said the depot would close.",
            "Depot boss Mr Okafor",
        ),
        (
            "Harbour Secretary Mr Okafor said the depot would close.",
            "Harbour Secretary Mr Okafor",
        ),
        (
            "Labour's Mr Okafor said the depot would close.",
            "Labour's Mr Okafor",
        ),
        (
            "Mr Okafor and Mr Lindqvist said the depot would close.",
            "Mr Okafor and Mr Lindqvist",
        ),
        (
            "A spokesman for Mr Okafor said the depot would close.",
            "A spokesman for Mr Okafor",
        ),
    ];
    for (text, mention) in cases {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].3.as_deref(), Some(mention), "{text}");
    }
}

#[test]
fn a_trailing_report_after_the_writers_word_for_the_clause() {
    expect(
        "Critics say the board hid its losses, something Mr Okafor denies.",
        &[
            (
                Indirect,
                "Critics say the board hid its losses",
                Some("denies"),
                Some("Mr Okafor"),
                Some("Okafor"),
            ),
            (
                Indirect,
                "the board hid its losses",
                Some("say"),
                Some("Critics"),
                None,
            ),
        ],
    );
    expect(
        "Residents accused the firm of hiding its losses, a charge the firm denies.",
        &[
            (
                Indirect,
                "Residents accused the firm of hiding its losses",
                Some("denies"),
                Some("the firm"),
                None,
            ),
            (
                Indirect,
                "the firm of hiding its losses",
                Some("accused"),
                Some("Residents"),
                None,
            ),
        ],
    );
}

#[test]
fn a_shadow_or_former_office_is_not_the_office() {
    expect(
        "Shadow harbour secretary Ana Lindqvist said the plan was wrong. \"It is a disgrace,\" \
         the Harbour Secretary told reporters. Former minister Joe Okafor said it was fine. \
         \"It is,\" the former minister added. \"It is not,\" the minister said.",
        &[
            (
                Indirect,
                "the plan was wrong",
                Some("said"),
                Some("Shadow harbour secretary Ana Lindqvist"),
                Some("Ana Lindqvist"),
            ),
            (
                Direct,
                "It is a disgrace",
                Some("told reporters"),
                Some("the Harbour Secretary"),
                None,
            ),
            (
                Indirect,
                "it was fine",
                Some("said"),
                Some("Former minister Joe Okafor"),
                Some("Joe Okafor"),
            ),
            (
                Direct,
                "It is",
                Some("added"),
                Some("the former minister"),
                Some("Joe Okafor"),
            ),
            (
                Direct,
                "It is not",
                Some("said"),
                Some("the minister"),
                None,
            ),
        ],
    );
}

#[test]
fn requests_after_a_participle_and_what_is_asked_for() {
    expect(
        "The bishop spoke at the rally, urging voters not to fight.",
        &[(
            Indirect,
            "not to fight",
            Some("urging voters"),
            Some("The bishop"),
            None,
        )],
    );
    // What is asked or called for is the content.
    expect(
        "The council asked for more time to study the plan.",
        &[(
            Indirect,
            "more time to study the plan",
            Some("asked"),
            Some("The council"),
            None,
        )],
    );
    expect(
        "Residents marched through the town, calling for a new bridge.",
        &[(
            Indirect,
            "a new bridge",
            Some("calling"),
            Some("Residents"),
            None,
        )],
    );
    // A clause with its own subject is no request of the one told; a number after `to` is
    // no verb.
    expect(
        "Okafor told reporters he had nothing to do with the plan.",
        &[(
            Indirect,
            "he had nothing to do with the plan",
            Some("told reporters"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
}

#[test]
fn a_participle_after_the_object_of_a_preposition_is_the_subjects() {
    expect(
        "Ms Lindqvist has written to Mr Okafor asking for a review of the plan.",
        &[(
            Indirect,
            "a review of the plan",
            Some("asking"),
            Some("Ms Lindqvist"),
            Some("Lindqvist"),
        )],
    );
    // After `with` the one named is the speaker.
    expect(
        "Shares fell, with analysts saying the plan would fail.",
        &[(
            Indirect,
            "the plan would fail",
            Some("saying"),
            Some("analysts"),
            None,
        )],
    );
}

#[test]
fn a_plural_possessive_before_a_name_is_no_quote_mark() {
    expect(
        "'It is close,' said Bookmakers' Ana Lindqvist.",
        &[(
            Direct,
            "It is close",
            Some("said"),
            Some("Bookmakers' Ana Lindqvist"),
            Some("Ana Lindqvist"),
        )],
    );
    expect(
        "\"It is close,\" said Harbours' Joe Okafor.",
        &[(
            Direct,
            "It is close",
            Some("said"),
            Some("Harbours' Joe Okafor"),
            Some("Joe Okafor"),
        )],
    );
}

#[test]
fn an_inverted_subject_may_be_a_noun_that_is_also_a_cue() {
    for (text, mention) in [
        ("Sales rose in May, said the report.", "the report"),
        (
            "Sales rose in May, says a new report by the bank.",
            "a new report by the bank",
        ),
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1, "Sales rose in May", "{text}");
        assert_eq!(found[0].3.as_deref(), Some(mention), "{text}");
    }
}

#[test]
fn after_what_and_its_subject_the_words_after_the_cue_report_nothing() {
    expect("The talk was about what it said about its owner.", &[]);
    expect(
        "Firms must think about what they are offering in new models.",
        &[],
    );
    // A clause with its own subject, quoted words and a name given stay reports.
    expect(
        "It is half of what researchers say they need.",
        &[(
            Indirect,
            "they need",
            Some("say"),
            Some("researchers"),
            None,
        )],
    );
    expect(
        "He spoke of what he called a \"tragedy\".",
        &[(Mixed, "a \"tragedy\"", Some("called"), Some("he"), None)],
    );
}

#[test]
fn a_source_ends_before_a_participle_not_in_ed() {
    expect(
        "According to a table drawn up by the Harbour Trust, the port grew.",
        &[(
            Indirect,
            "the port grew",
            Some("According to"),
            Some("a table"),
            None,
        )],
    );
}

#[test]
fn a_name_of_one_word_that_never_names_a_person_is_a_body() {
    assert_eq!(
        first_speaker("Harbourtel said the plan would work."),
        (SpeakerKind::Organisation, Some("Harbourtel".to_string()))
    );
    // A pronoun, a title or a surname's marks make it a person's.
    assert_eq!(
        first_speaker("Okafor said the plan would work. He said he would stay."),
        (SpeakerKind::Person, Some("Okafor".to_string()))
    );
    assert_eq!(
        first_speaker("Mr Okafor said the plan would work."),
        (SpeakerKind::Person, Some("Okafor".to_string()))
    );
    assert_eq!(
        first_speaker("O'Okafor said the plan would work."),
        (SpeakerKind::Person, Some("O'Okafor".to_string()))
    );
    // The plural of a role or body noun describes a group; a surname that is one was named
    // in full before.
    assert_eq!(
        first_speaker("Insurers said the plan would work."),
        (SpeakerKind::Group, None)
    );
    assert_eq!(
        first_speaker("Companies said the plan would work. It was new."),
        (SpeakerKind::Group, None)
    );
    assert_eq!(
        first_speaker("Goalkeeper Gordon Banks was hurt. Banks said the plan would work."),
        (SpeakerKind::Person, Some("Gordon Banks".to_string()))
    );
}

#[test]
fn a_report_inside_a_trailing_attribution_ends_before_it() {
    expect(
        "Demand is expected to rise, analysts said.",
        &[
            (
                Indirect,
                "Demand is expected to rise",
                Some("said"),
                Some("analysts"),
                None,
            ),
            (Indirect, "to rise", Some("expected"), None, None),
        ],
    );
    // Not a relative clause, nor a noun after `of`, nor a participle with its noun.
    expect(
        "The firm plans to cut jobs in towns where sales were hit by cheap, imported brands.",
        &[(
            Indirect,
            "to cut jobs in towns where sales were hit by cheap, imported brands",
            Some("plans"),
            Some("The firm"),
            None,
        )],
    );
}

#[test]
fn forecasts_are_reports_and_a_noun_in_s_after_an_owner_heads_a_subject() {
    expect(
        "Sales will fall by 2025, the report forecasts.",
        &[(
            Indirect,
            "Sales will fall by 2025",
            Some("forecasts"),
            Some("the report"),
            None,
        )],
    );
    expect(
        "Growth slowed, with forecasts suggesting a fall next year.",
        &[(
            Indirect,
            "a fall next year",
            Some("suggesting"),
            Some("forecasts"),
            None,
        )],
    );
    expect(
        "Budget Office (CBO) forecasts said there would be a shortfall.",
        &[(
            Indirect,
            "there would be a shortfall",
            Some("said"),
            Some("forecasts"),
            None,
        )],
    );
}

#[test]
fn an_object_runs_over_the_commas_of_its_quoted_words() {
    expect(
        "Okafor dismissed the plan as \"build now, pay later\" thinking.",
        &[(
            Mixed,
            "the plan as \"build now, pay later\" thinking",
            Some("dismissed"),
            Some("Okafor"),
            Some("Okafor"),
        )],
    );
}

#[test]
fn those_and_a_participle_are_a_subject() {
    for (text, mention) in [
        (
            "Most of those questioned said the port was full.",
            "those questioned",
        ),
        (
            "Those accused in the case said the port was full.",
            "Those accused in the case",
        ),
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1, "the port was full", "{text}");
        assert_eq!(found[0].3.as_deref(), Some(mention), "{text}");
    }
}

#[test]
fn a_quote_paragraph_after_reported_speech_goes_on_with_its_speaker() {
    expect(
        "Okafor insists he has faith in the keeper.\n\n\"If you look at my career, you will \
         see that I keep faith.\"\n\nThe club lost.",
        &[
            (
                Indirect,
                "he has faith in the keeper",
                Some("insists"),
                Some("Okafor"),
                Some("Okafor"),
            ),
            (
                Direct,
                "If you look at my career, you will see that I keep faith",
                Some("insists"),
                Some("Okafor"),
                Some("Okafor"),
            ),
        ],
    );
}

#[test]
fn a_thing_felt_is_no_belief_and_a_clause_or_state_felt_is() {
    let text = "Varga feels the frustration of missing the final. The riders felt their way into \
                the race. Ida felt it most keenly. Varga felt the result exposed the side. Ida \
                feels she can win. Ida felt betrayed by the board. Ida felt an awful lot happier.";
    assert_eq!(
        contents_of(text),
        [
            "the result exposed the side",
            "she can win",
            "betrayed by the board",
            "an awful lot happier"
        ]
    );
}

#[test]
fn a_closing_dash_of_an_aside_before_and_does_not_end_the_words() {
    // The aside between dashes holds no report: the words run on past it.
    assert_eq!(
        contents_of(
            "Prosecutors allege that Marsh - the biggest broker - and other firms may have \
             fixed bids."
        ),
        ["Marsh - the biggest broker - and other firms may have fixed bids"]
    );
    // The aside holds the report: its closing dash ends the words.
    assert_eq!(
        contents_of(
            "Most backed Ida's claim to see the boy - whom she says she raised - and just 14% \
             disagreed."
        ),
        ["she raised"]
    );
}

#[test]
fn a_paragraph_opening_with_whole_quoted_sentences_goes_on_with_the_last_speaker() {
    let text = "\"It was a fair report,\" said Ida Berg, an analyst at the bank.\n\n\"Pay grew less \
                than forecast.\" That means rates will rise. The bank lifted rates twice.\n\n\
                \"Nobody expected it,\" one trader said.";
    let seen = read(text);
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert_eq!(
        seen[0].1,
        "It was a fair report,\" said Ida Berg, an analyst at the bank.\n\n\"Pay grew less than \
         forecast"
    );
    assert_eq!(seen[0].4.as_deref(), Some("Ida Berg"));
    // A quote that opens its paragraph but runs on into the writer's words is no continuation.
    let text = "\"It was a fair report,\" said Ida Berg.\n\n\"Pay grew\" more than wages did.";
    assert_eq!(read(text).len(), 1);
}

#[test]
fn a_statement_that_ran_into_the_next_paragraph_goes_on_from_there() {
    // The run-on quote of the second paragraph (`"A. "B. "C."`) continues its first
    // sentence, which continued the statement of the paragraph before.
    let text = "\"It was fine,\" said Ida.\n\n\"Missing the game was hard. \"Denis played well. \"It \
                is a good spot.\" She left.";
    let seen = read(text);
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert!(seen[0].1.ends_with("It is a good spot"), "{seen:?}");
}

#[test]
fn a_one_word_name_that_reports_of_itself_as_it_after_an_auxiliary_is_a_body() {
    let text = "Title\n\nKestrela Bank said the case has no place here.\n\nVarnex has claimed \
                it sought help abroad. It has claimed that the tax was unfair.";
    let seen = read(text);
    assert_eq!(seen.len(), 3, "{seen:?}");
    assert_eq!(seen[2].4.as_deref(), Some("Varnex"), "{seen:?}");
    assert_eq!(
        first_speaker("Varnex has claimed it sought help.").0,
        SpeakerKind::Organisation
    );
}

#[test]
fn verbs_of_asserting_report_a_clause_without_that() {
    let text = "Ida Berg maintained the awards only generated excitement in the trade. The bank \
                stated it will appeal. Varga stressed the ferry was late. Ida maintains a large \
                pledged lead.";
    assert_eq!(
        contents_of(text),
        [
            "the awards only generated excitement in the trade",
            "it will appeal",
            "the ferry was late"
        ]
    );
}

#[test]
fn a_one_word_name_whose_quote_says_i_is_a_person() {
    assert_eq!(
        first_speaker("\"I have plenty of players,\" Robson added."),
        (SpeakerKind::Person, Some("Robson".into()))
    );
    // A body speaks as `we`.
    assert_eq!(
        first_speaker("\"We have plenty of stock,\" Kestrela said."),
        (SpeakerKind::Organisation, Some("Kestrela".into()))
    );
}

#[test]
fn the_office_is_not_its_deputy() {
    let text = "Deputy Mayor Ida Berg told reporters the ferry was late. The mayor said the pier \
                would close.";
    let seen = read(text);
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert_eq!(seen[0].4.as_deref(), Some("Ida Berg"));
    assert_eq!(seen[1].4, None, "{seen:?}");
    // The deputy's own title still finds the deputy.
    let text = "Deputy Mayor Ida Berg told reporters the ferry was late. The deputy mayor said \
                the pier would close.";
    assert_eq!(read(text)[1].4.as_deref(), Some("Ida Berg"));
}

#[test]
fn an_acronym_said_alone_keeps_its_own_name() {
    let text = "Users need software known as KTL Communicator. \"It is the easiest way,\" said Ida \
                Berg. KTL said it would add more services.";
    let article = crate::parse(text).expect("parses");
    let names: Vec<_> = article.speakers().iter().filter_map(|s| s.name()).collect();
    assert!(names.contains(&"KTL"), "{names:?}");
    // A surname takes the full name given before.
    assert_eq!(
        first_speaker("Mayor Tom Reyes spoke first. Reyes said the pier would close.").1,
        Some("Tom Reyes".into())
    );
}

#[test]
fn a_subject_with_its_appositive_is_not_inverted_content_before_a_described_object() {
    let text = "His mother, Ida, said her son's coach, Tom Reyes, 47, had lied to the club.";
    let seen = read(text);
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(
        seen[0].1,
        "her son's coach, Tom Reyes, 47, had lied to the club"
    );
    assert_eq!(seen[0].4.as_deref(), Some("Ida"));
    // Content before an inverted, described speaker stays content.
    let seen = read("The plan is dead, said the minister, Tom Reyes, on Monday.");
    assert_eq!(seen[0].1, "The plan is dead");
    // A time or a sentence adverb may open the sentence before the subject.
    for text in [
        "On Tuesday Kestrel, the only port firm in the red, confirmed earlier reports of talks.",
        "Last year, Tom Reyes, the de-facto ruler, told officials to hire more women.",
    ] {
        let seen = read(text);
        assert_eq!(seen.len(), 1, "{text}: {seen:?}");
        assert!(
            matches!(seen[0].3.as_deref(), Some("Kestrel" | "Tom Reyes")),
            "{text}: {seen:?}"
        );
    }
}

#[test]
fn the_people_before_a_participle_speak_not_its_object() {
    let text = "Officials investigating the crash said the pilot was tired. Police investigating \
                Tom's murder dismissed its influence. Most people researching their family \
                history want to find a scandal.";
    let seen = read(text);
    let speakers: Vec<_> = seen.iter().map(|s| s.3.as_deref()).collect();
    assert_eq!(
        speakers,
        [Some("Officials"), Some("Police"), Some("Most people")],
        "{seen:?}"
    );
}

#[test]
fn a_share_written_with_a_percent_sign_speaks_for_those_polled() {
    let text = "In the survey, 47% said they backed the law. Some 8% of voters described \
                themselves as undecided. Rates rose to 2.25% showed the minutes. According to \
                Kestrel Research 44% of users use one engine, 48% use two. According to \
                analysts Kestrel Research up to 45% of mail is spam.";
    let seen = read(text);
    let rows: Vec<_> = seen
        .iter()
        .map(|s| (s.1.as_str(), s.3.as_deref()))
        .collect();
    assert_eq!(
        rows,
        [
            ("they backed the law", Some("47%")),
            ("themselves as undecided", Some("Some 8% of voters")),
            (
                "44% of users use one engine, 48% use two",
                Some("Kestrel Research")
            ),
            // The share's qualifier opens the words, not the source's end.
            (
                "up to 45% of mail is spam",
                Some("analysts Kestrel Research")
            ),
        ]
    );
}

#[test]
fn which_after_a_comma_or_dash_reports_for_the_body_before_it() {
    let text = "The IAAF - which said it was \"very surprised\" by the ruling - is deciding \
                whether to appeal. The union, which said the plan was dead, walked out. Ida Berg \
                - who said she was tired - left.";
    let seen = read(text);
    let rows: Vec<_> = seen
        .iter()
        .map(|s| (s.1.as_str(), s.4.as_deref()))
        .collect();
    assert_eq!(
        rows,
        [
            ("it was \"very surprised\" by the ruling", Some("IAAF")),
            ("the plan was dead", None),
            ("she was tired", Some("Ida Berg")),
        ]
    );
    // A clause before a relative pronoun is no report of its: `..., the CBI, which complains
    // of a lack of skills.`
    let seen = read("A note of concern has been raised by the CBI, which complains of delays.");
    assert!(seen.iter().all(|s| !s.1.starts_with("A note")), "{seen:?}");
    // A relative clause inside the words does not end them.
    assert_eq!(
        contents_of("Data showed spending - which drives the economy - rose 0.8%."),
        ["spending - which drives the economy - rose 0.8%"]
    );
}

#[test]
fn a_title_word_before_a_bodys_name_ending_is_part_of_the_name() {
    assert_eq!(
        first_speaker("US giant General Electric said sales rose."),
        (SpeakerKind::Organisation, Some("General Electric".into()))
    );
    assert_eq!(
        first_speaker("General Jackson said the war was over."),
        (SpeakerKind::Person, Some("Jackson".into()))
    );
}

#[test]
fn a_comma_after_the_attributions_adjuncts_or_a_fronted_place_opens_the_clause() {
    let text = "Officials said on Monday, the race is close. He said in a statement, the firm \
                would appeal. The Greens say in the northern cities, the race is tight. Tests \
                published by Ida Berg, a doctor, show the drug works.";
    assert_eq!(
        contents_of(text),
        [
            "the race is close",
            "the firm would appeal",
            "in the northern cities, the race is tight",
            "the drug works"
        ]
    );
}

#[test]
fn a_quoted_term_named_by_a_relative_call_is_all_that_is_said() {
    let text = "Sales rose for what it calls \"Office in a Pocket\" devices, with 100,000 sold.";
    let seen = read(text);
    assert!(
        seen.iter()
            .any(|s| s.1 == "Office in a Pocket" && s.2.as_deref() == Some("calls")),
        "{seen:?}"
    );
}

#[test]
fn an_object_in_ing_after_a_cue_is_no_inverted_speaker() {
    // `admitted leaking secrets`: the words after the cue are what was admitted, and the
    // name before the comma is the speaker. A person or body after such a word stays one.
    expect(
        "The inquiry widened after its chief engineer, Omar Haddad, admitted leaking \
         design secrets. Prices will rise, say leading economists.",
        &[
            (
                Indirect,
                "leaking design secrets",
                Some("admitted"),
                Some("Omar Haddad"),
                Some("Omar Haddad"),
            ),
            (
                Indirect,
                "Prices will rise",
                Some("say"),
                Some("leading economists"),
                None,
            ),
        ],
    );
}

#[test]
fn a_form_in_s_after_an_owner_or_determiner_and_a_superlative_is_a_plural_noun() {
    // `The largest claims came from`: a superlative modifies a noun, so the `-s` form after it
    // is one; so after an owner's (`the city's highest hopes`).
    assert!(
        cue_kinds(
            "The largest claims came from farmers. The city's highest hopes remain with \
             the mayor. Her biggest fears centre on the vote."
        )
        .is_empty()
    );
    // An `-s` form after a plural subject is still its verb.
    assert_eq!(
        contents_of("The oldest residents say the river has never been so high."),
        ["the river has never been so high"]
    );
}

#[test]
fn being_supposed_to_do_something_is_no_report() {
    // `is supposed to` says what is meant or due, not what anyone supposes; `I suppose`
    // still reports a belief.
    assert_eq!(
        contents_of(
            "The scheme was supposed to allow people to earn money at home. The fund is \
             supposed to be self-funded. I suppose the vote will be close."
        ),
        ["the vote will be close"]
    );
}

#[test]
fn however_after_a_comma_without_one_after_it_is_the_writers() {
    // `, however it did ...` opens the writer's clause and `, however.` closes the sentence;
    // `, however,` set off by commas is inside what is reported.
    assert_eq!(
        contents_of(
            "The firm said sales fell 9%, however it did note that new models sold well. \
             Ida Berg said the risk was always there, however. Tom Okafor said the plan, \
             however, was flawed."
        ),
        [
            "sales fell 9%",
            "new models sold well",
            "the risk was always there",
            "the plan, however, was flawed"
        ]
    );
}

#[test]
fn a_relative_clause_with_which_that_closes_the_sentence_is_the_writers() {
    // `, which ...` to the end of the sentence glosses what was said; closed by a comma
    // inside the sentence it is part of it.
    assert_eq!(
        contents_of(
            "Ida Berg said she was ashamed to have joined the party, which she later left. \
             Tom Okafor said the plan, which was drafted in May, had failed."
        ),
        [
            "she was ashamed to have joined the party",
            "the plan, which was drafted in May, had failed"
        ]
    );
}

#[test]
fn they_stands_for_the_plural_subject_before_it_over_an_older_body() {
    // The body spoke in an earlier paragraph; the critics are the subject of the sentence
    // right before the pronoun.
    let text = "The Harbour Council said the vote was fair.\n\nCritics are worried about the \
                plan. This, they fear, could hurt small firms.";
    let article = crate::parse(text).expect("parses");
    let statement = article.statements().last().expect("a statement");
    assert_eq!(statement.cue().map(|c| c.text()), Some("fear"));
    let mentions: Vec<&str> = article
        .speaker_of(statement)
        .expect("a speaker")
        .mentions()
        .iter()
        .map(|m| m.text())
        .collect();
    assert_eq!(mentions, ["Critics", "they"]);
}

#[test]
fn agreeing_a_deal_is_no_report() {
    // A deal struck is no view shared; agreeing that something is so still is one.
    assert_eq!(
        contents_of(
            "The club agreed a four-year deal with a drinks firm. The crew agreed to a new \
             contract. Analysts agree the trend is down."
        ),
        ["the trend is down"]
    );
}

#[test]
fn a_form_in_s_after_such_is_a_plural_noun() {
    // `such calls` names calls: no cue for the quoted word before it.
    assert!(
        cue_kinds("Local parties say there are \"significant\" numbers of such calls.")
            .iter()
            .all(|(content, _)| content != "significant")
    );
}

#[test]
fn two_people_joined_by_and_with_an_owners_role_are_no_one_person() {
    // Not one person titled `The mayor and his campaign chief`.
    let text = "The mayor and his campaign chief Ida Berg insisted the vote would be won.";
    let article = crate::parse(text).expect("parses");
    let speaker = article
        .speaker_of(&article.statements()[0])
        .expect("a speaker");
    assert_eq!(speaker.kind(), SpeakerKind::Group);
}

#[test]
fn a_person_of_a_body_set_off_by_commas_stays_a_person() {
    let text = "Ida Berg, of the Harbour Union, said she was pleased.";
    let article = crate::parse(text).expect("parses");
    let speaker = article
        .speaker_of(&article.statements()[0])
        .expect("a speaker");
    assert_eq!(speaker.kind(), SpeakerKind::Person);
    assert_eq!(
        speaker.affiliation().map(|a| a.text()),
        Some("Harbour Union")
    );
    // A body's description after the body describes the body, not the person.
    let text = "\"It is a fine plan,\" said Ida Berg of the Harbour Council, a local action group.";
    let article = crate::parse(text).expect("parses");
    let speaker = article
        .speaker_of(&article.statements()[0])
        .expect("a speaker");
    assert_eq!(speaker.kind(), SpeakerKind::Person);
}

#[test]
fn a_negation_before_a_cue_is_part_of_the_cue() {
    // The words of the cue show the report is denied; `never` before an infinitive is part
    // of what is reported.
    let text = "Ida Berg has never said she would back it. Tom Okafor did not explicitly say \
                the plan had failed. He not only said it would rise. Users are warned never to \
                open the files.";
    let article = crate::parse(text).expect("parses");
    let read: Vec<(&str, &str)> = article
        .statements()
        .iter()
        .map(|s| (s.cue().map_or("", |c| c.text()), s.content().text()))
        .collect();
    assert_eq!(
        read,
        [
            ("has never said", "she would back it"),
            ("did not explicitly say", "the plan had failed"),
            ("said", "it would rise"),
            ("warned", "never to open the files"),
        ]
    );
    assert_eq!(
        contents_of("He told them never to return."),
        ["never to return"]
    );
}

#[test]
fn a_verb_of_wish_with_its_own_infinitive_after_a_quote_reports_the_infinitive() {
    // The quote goes on with the speaker before it; the verb after it reports its own
    // infinitive. `said to cheers` still attributes the quote.
    let text = "\"We chose the jet,\" said Ida Berg. \"It fits what we needed.\" The maker \
                continues to enjoy a lead. He spoke of the \"positive campaign\" the party hoped \
                to stage. \"We will win,\" Tom Okafor said to cheers.";
    assert_eq!(
        fragment_texts(text),
        [
            vec!["We chose the jet", "It fits what we needed"],
            vec!["to stage"],
            vec!["We will win"],
        ]
    );
}

#[test]
fn an_industry_is_a_speaker() {
    expect(
        "The steel industry welcomed the report, saying it showed how jobs had grown.",
        &[(
            Indirect,
            "it showed how jobs had grown",
            Some("saying"),
            Some("The steel industry"),
            None,
        )],
    );
}

#[test]
fn a_name_then_a_role_without_its_closing_comma_is_the_speaker() {
    // `Armando Falcon, OFHEO director said`: the comma after the role went missing.
    expect(
        "\"We are encouraged,\" Ida Berg, harbour director said.",
        &[(
            Direct,
            "We are encouraged",
            Some("said"),
            Some("Ida Berg"),
            Some("Ida Berg"),
        )],
    );
}

#[test]
fn the_one_a_relative_clause_before_the_cue_is_on_speaks() {
    // The phrase right before the cue is the object of the `who` clause.
    assert_eq!(
        mentions_of("Officials who have seen the report said it was bad."),
        [Some("Officials".to_string())]
    );
    assert_eq!(
        mentions_of("People who know Ida Berg say she is kind.").last(),
        Some(&Some("People".to_string()))
    );
}

#[test]
fn a_relative_clause_on_the_subject_reports_up_to_the_main_verb() {
    // An infinitive, a clause with its own verb, an object: each stops at the main clause's
    // verb.
    assert_eq!(
        contents_of("Parents who refuse to allow contact with their children could be tagged."),
        ["to allow contact with their children"]
    );
    assert_eq!(
        contents_of("Anybody who says he does not deserve it is jealous."),
        ["he does not deserve it"]
    );
    assert_eq!(
        contents_of("The man who said he got the film made has been shut out of the race."),
        ["he got the film made"]
    );
    // The main clause's reporting verb reports in turn, with the clause's subject.
    assert_eq!(
        read("Several Republicans who said the plan was bad warned that the party would lose.")
            .into_iter()
            .map(|s| (s.1, s.3))
            .collect::<Vec<_>>(),
        [
            ("the plan was bad".to_string(), Some("who".to_string())),
            (
                "the party would lose".to_string(),
                Some("Several Republicans".to_string())
            ),
        ]
    );
    // A clause that reports in turn, or a relative clause on an object, goes on.
    assert_eq!(
        contents_of("People who say they think the plan is bad will vote."),
        ["they think the plan is bad"]
    );
    assert_eq!(
        contents_of("It angered a sheriff who says the deputy was tricked."),
        ["the deputy was tricked"]
    );
}

#[test]
fn a_relative_clause_between_dashes_ends_at_the_second_dash_whatever_its_cue() {
    // A stance or an expectation in the aside ends there; the main clause's report stands.
    assert_eq!(
        contents_of("Ida Berg - who refused to name the player - said he had not scored enough."),
        ["to name the player", "he had not scored enough"]
    );
    assert_eq!(
        contents_of(
            "He heads the firm - which is expected to make a loss in 2004 - in his third year."
        ),
        ["to make a loss in 2004"]
    );
    // Seeing is no report: the clause around the aside goes on.
    assert_eq!(
        contents_of(
            "Analysts added that if the car sector - which saw output fall - had been left out the data would be weak."
        ),
        ["if the car sector - which saw output fall - had been left out the data would be weak"]
    );
}

#[test]
fn a_relative_clause_ending_in_a_quoted_comma_still_sets_off_the_subject() {
    // The aside's closing comma sits inside the quote: the main report keeps its subject,
    // and the pronoun after `said` is the reported clause's subject, not an inverted
    // speaker of the quote.
    assert_eq!(
        read("Ida Berg, who calls the mayor a \"bully,\" said she would not vote.")
            .into_iter()
            .map(|s| (s.1, s.3))
            .collect::<Vec<_>>(),
        [
            (
                "the mayor a \"bully,\"".to_string(),
                Some("who".to_string())
            ),
            (
                "she would not vote".to_string(),
                Some("Ida Berg".to_string())
            ),
        ]
    );
    // A pronoun with nothing after it is inverted as before.
    assert_eq!(
        mentions_of("\"We will win,\" said he."),
        [Some("he".to_string())]
    );
}

#[test]
fn an_appearance_in_time_place_or_number_is_no_claim() {
    for text in [
        "She appeared alongside Ida Berg in the new play.",
        "The virus first appeared last month in Asia.",
        "The band appears more than any other act on the list.",
        "Other acts appearing include a choir from Leeds.",
    ] {
        assert_eq!(contents_of(text), Vec::<String>::new(), "{text}");
    }
    // A comparison of a state is a claim.
    assert_eq!(
        contents_of("The mayor appeared more interested in golf than in the budget."),
        ["The mayor appeared more interested in golf than in the budget"]
    );
}

#[test]
fn what_seems_so_in_a_subordinate_clause_ends_at_its_comma() {
    assert_eq!(
        contents_of("Although the plan seems to work, the mayor is worried about its cost."),
        ["the plan seems to work"]
    );
    assert_eq!(
        contents_of("While debt relief seems to have jumped up the agenda, not everyone agrees."),
        ["debt relief seems to have jumped up the agenda"]
    );
}

#[test]
fn a_definite_role_is_the_name_written_after_that_very_title() {
    let name = |n: &str| Some(n.to_string());
    let text = "Harbour leader Ida Berg has attacked the plan.\n\nVoters were split, a poll \
                found. Fares rose in May.\n\nThe harbour leader said the plan was wrong.";
    assert_eq!(speaker_names(text), [None, name("Ida Berg")]);
    // Another's office is not the role: a shadow, deputy or former holder, a body's
    // chairman named with the body, or an acronym read as a title.
    let text = "Shadow chancellor Tom Okafor has attacked the plan. Fares rose in May.\n\nThe \
                chancellor said the plan was right.";
    assert_eq!(speaker_names(text), [None]);
    let text = "Harbour chairman Tom Okafor has attacked the plan. Fares rose in May.\n\nThe \
                chairman of the Dock Trust said the plan was right.";
    assert_eq!(speaker_names(text), [None]);
}

#[test]
fn a_name_after_a_fronted_phrase_is_the_subject_a_pronoun_stands_for() {
    let name = |n: &str| Some(n.to_string());
    assert_eq!(
        speaker_names(
            "Tom Okafor has attacked the plan. \"It is bad,\" he said.\n\nIn an interview \
             published in May, Ida Berg recalled her years at the port.\n\n\"It is a \
             shame,\" she said."
        ),
        [name("Tom Okafor"), name("Ida Berg")]
    );
    // The phrase holds words only: not a quote or a clause closed by a comma.
    assert_eq!(
        speaker_names(
            "Tom Okafor has attacked the plan. \"It is bad,\" he said.\n\nIn May, when \
             the port shut, Ida Berg recalled her years there.\n\n\"It is a shame,\" she said."
        ),
        [name("Tom Okafor"), None]
    );
}

#[test]
fn a_title_in_the_body_a_role_belongs_to_tells_no_gender() {
    let name = |n: &str| Some(n.to_string());
    assert_eq!(
        speaker_names(
            "\"It will help,\" said Ida Berg, director at the Duke Foundation. \"It will last,\" \
             she added."
        ),
        [name("Ida Berg"), name("Ida Berg")]
    );
}

#[test]
fn the_agent_of_a_passive_main_clause_is_the_subject_a_pronoun_stands_for() {
    let name = |n: &str| Some(n.to_string());
    assert_eq!(
        speaker_names(
            "\"We go on,\" he said.\n\nHis views were echoed by Ida Berg, head of the market. \
             \"We were careful,\" she said."
        ),
        [None, name("Ida Berg")]
    );
    // Not an agent in a clause below the main one.
    assert_eq!(
        speaker_names(
            "Tom Okafor lost the final. He was puzzled as to why his try was disallowed by \
             Ivo Lund. \"I was behind the ball,\" he said."
        ),
        [name("Tom Okafor")]
    );
}

#[test]
fn a_given_name_tells_which_pronoun_may_stand_for_its_bearer() {
    let speakers = |text: &str| read(text).into_iter().map(|s| s.4).collect::<Vec<_>>();
    // `he` is not the woman just named, whom no title marks.
    assert_eq!(
        speakers("Karen Walsh is suing the council. He said it was unfair."),
        [None]
    );
    assert_eq!(
        speakers("Karen Walsh is suing the council. She said it was unfair."),
        [Some("Karen Walsh".to_string())]
    );
    // A man's given name in a body's name before the title is no given name of hers.
    assert_eq!(
        speakers(
            "Acme chairwoman, Ida Berg, said the deal was fair. Later James Hardie chairwoman, \
             Meredith Hellicar, said it was done. She said it was final."
        )
        .last(),
        Some(&Some("Meredith Hellicar".to_string()))
    );
}

#[test]
fn whoever_is_worried_holds_the_belief() {
    assert_eq!(
        mentions_of("Some panel members are worried that the firm would sue."),
        [Some("Some panel members".to_string())]
    );
    assert_eq!(
        mentions_of("Critics were worried that the plan would fail."),
        [Some("Critics".to_string())]
    );
}

#[test]
fn a_time_before_the_subject_is_no_part_of_it() {
    for (text, mention) in [
        (
            "But on Wednesday Prime Minister Ida Berg said the plan was dead.",
            "Prime Minister Ida Berg",
        ),
        (
            "Before he left for Africa on Tuesday the chancellor told reporters he was calm.",
            "the chancellor",
        ),
        ("Last year Acme urged voters to stay at home.", "Acme"),
    ] {
        assert_eq!(
            mentions_of(text).last(),
            Some(&Some(mention.to_string())),
            "{text}"
        );
    }
}

#[test]
fn a_dash_that_opens_a_line_ends_what_is_reported() {
    // A list's items, one per line: the report of the first stops at the second.
    assert_eq!(
        contents_of(
            "Other plans include:\n\n\n - The minister plans to give advice on access, based \
             on real cases that worked \n - Extending conciliation - more informal hearings \n \
             - Better advice by telephone."
        )
        .first()
        .map(String::as_str),
        Some("to give advice on access, based on real cases that worked")
    );
}

#[test]
fn a_word_that_opens_sentences_and_is_written_in_lower_case_elsewhere_is_no_name() {
    assert_eq!(
        names_and_kinds("Businesses warned that costs would rise. Many businesses agree."),
        [(None, SpeakerKind::Group)]
    );
    assert_eq!(
        names_and_kinds("Research found that phones help. More research is planned."),
        [(None, SpeakerKind::Unnamed)]
    );
    // A name never written in lower case stays one; so does one written its own way.
    assert_eq!(
        names_and_kinds("Acme warned that costs would rise. Its rivals agree."),
        [(Some("Acme".to_string()), SpeakerKind::Organisation)]
    );
    assert_eq!(
        names_and_kinds("Ebay announced that fees would rise. Many eBay users agree."),
        [(Some("Ebay".to_string()), SpeakerKind::Organisation)]
    );
}

#[test]
fn a_passive_speech_verb_that_needs_a_clause_reports_nothing_without_one() {
    assert_eq!(
        contents_of("Italy were offered another penalty when Ida Berg was offside."),
        Vec::<String>::new()
    );
    // With `that`, the passive reports.
    assert_eq!(
        contents_of("It was stressed that the penalty had been fair."),
        ["the penalty had been fair"]
    );
}

#[test]
fn a_medium_before_a_name_is_the_lead_ins() {
    // `In a statement` lost its comma: the statement is no title of the body.
    assert_eq!(
        names_and_kinds("In a statement Acme said the feature was only a trial."),
        [(Some("Acme".to_string()), SpeakerKind::Organisation)]
    );
    assert_eq!(
        mentions_of("In its statement Acme said the feature was only a trial."),
        [Some("Acme".to_string())]
    );
    // A day after the medium is the statement's time, not a name.
    assert_eq!(
        mentions_of("Ida Berg issued a statement Tuesday saying she was sorry."),
        [Some("Ida Berg".to_string())]
    );
}

#[test]
fn a_verb_before_a_possessive_opens_no_speakers_phrase() {
    // `boosting their Oscars hopes`: `hopes` is the noun of the phrase the participle takes,
    // not a verb whose subject opens with the participle.
    assert_eq!(
        mentions_of(
            "Tom Okafor and Ida Berg have won the awards, boosting their Oscars hopes this \
             month. Their lawyers hope the film will win."
        ),
        [Some("Their lawyers".to_string())]
    );
}

#[test]
fn a_name_with_its_clitic_before_a_verb_in_the_past_is_a_body() {
    // `Sainsbury's said`, `McDonald's announced it was`: companies named with the clitic;
    // `he's said` stands for `has`. A participle before a noun still modifies it.
    expect(
        "Lumen's said sales rose. Tom Okafor's alleged links to the firm were denied. Sales \
         fell, Harbour's said. He's said he will go.",
        &[
            (
                Indirect,
                "sales rose",
                Some("said"),
                Some("Lumen's"),
                Some("Lumen's"),
            ),
            (
                Indirect,
                "Sales fell",
                Some("said"),
                Some("Harbour's"),
                Some("Harbour's"),
            ),
            (Indirect, "he will go", Some("said"), Some("He"), None),
        ],
    );
}

#[test]
fn people_in_the_plural_told_or_asked_are_the_audience() {
    expect(
        "Ida Lund told friends she will stay. Tom Okafor told his staff the firm would close. \
         Ida Berg moved around the table, asking the directors whether the firm should \
         proceed. Tom Lund urged the board to force brokers to disclose fees.",
        &[
            (
                Indirect,
                "she will stay",
                Some("told friends"),
                Some("Ida Lund"),
                Some("Ida Lund"),
            ),
            (
                Indirect,
                "the firm would close",
                Some("told his staff"),
                Some("Tom Okafor"),
                Some("Tom Okafor"),
            ),
            (
                Indirect,
                "whether the firm should proceed",
                Some("asking the directors"),
                Some("Ida Berg"),
                Some("Ida Berg"),
            ),
            (
                Indirect,
                "to force brokers to disclose fees",
                Some("urged the board"),
                Some("Tom Lund"),
                Some("Tom Lund"),
            ),
        ],
    );
}

#[test]
fn one_capitalized_word_before_a_plural_verb_is_no_person() {
    let text = "Studies have shown that the firms fail. Tom Okafor runs the lab. \"It is a \
                problem,\" he said. Lumen have confirmed that they will split.";
    expect(
        text,
        &[
            (
                Indirect,
                "the firms fail",
                Some("shown"),
                Some("Studies"),
                Some("Studies"),
            ),
            (
                Direct,
                "It is a problem",
                Some("said"),
                Some("he"),
                Some("Tom Okafor"),
            ),
            (
                Indirect,
                "they will split",
                Some("confirmed"),
                Some("Lumen"),
                Some("Lumen"),
            ),
        ],
    );
    assert_eq!(first_speaker(text).0, SpeakerKind::Group);
    let article = crate::parse(text).expect("parses");
    let lumen = article
        .speaker_of(&article.statements()[2])
        .expect("a speaker");
    assert_eq!(lumen.kind(), SpeakerKind::Organisation);
}

#[test]
fn a_time_between_the_subject_and_its_verb_keeps_the_subject_for_a_participle() {
    expect(
        "Tom Okafor on Sunday dismissed claims of broken promises, saying: \"I dealt with \
         this.\"",
        &[
            (
                Indirect,
                "claims of broken promises",
                Some("dismissed"),
                Some("Tom Okafor"),
                Some("Tom Okafor"),
            ),
            (
                Direct,
                "I dealt with this",
                Some("saying"),
                Some("Tom Okafor"),
                Some("Tom Okafor"),
            ),
        ],
    );
}

#[test]
fn an_s_form_after_a_verb_in_es_or_a_particle_is_a_noun() {
    // `makes claims`, `draw up plans`: objects; `a survey of 1,300 bosses suggests` reports.
    assert_eq!(
        contents_of(
            "Tom Okafor makes claims he was beaten at school. Firms fail to draw up plans to \
             cope with floods. A survey of 1,300 bosses suggests growth is slowing."
        ),
        ["growth is slowing"]
    );
}

#[test]
fn a_name_then_a_common_verb_in_s_is_no_plural_phrase() {
    expect(
        "The key is if Tom Okafor comes out and says that he is happy.",
        &[(
            Indirect,
            "he is happy",
            Some("says"),
            Some("Tom Okafor"),
            Some("Tom Okafor"),
        )],
    );
}

#[test]
fn according_to_without_a_comma_ends_where_a_clause_opens() {
    expect(
        "According to Lumen the messages were sent from Kuwait, Kenya and Peru. According \
         to Tom Okafor he was not told. According to the BBC, the plan failed.",
        &[
            (
                Indirect,
                "the messages were sent from Kuwait, Kenya and Peru",
                Some("According to"),
                Some("Lumen"),
                Some("Lumen"),
            ),
            (
                Indirect,
                "he was not told",
                Some("According to"),
                Some("Tom Okafor"),
                Some("Tom Okafor"),
            ),
            (
                Indirect,
                "the plan failed",
                Some("According to"),
                Some("the BBC"),
                Some("BBC"),
            ),
        ],
    );
}

#[test]
fn they_after_the_words_it_attributes_is_not_their_subject() {
    let text = "Researchers say games are a field of study. Pupils should be able to create \
                games, they say.";
    let article = crate::parse(text).expect("parses");
    let statements = article.statements();
    assert_eq!(statements.len(), 2);
    let first = article.speaker_of(&statements[0]).expect("a speaker");
    let second = article.speaker_of(&statements[1]).expect("a speaker");
    assert!(std::ptr::eq(first, second));
    assert_eq!(first.mentions()[0].text(), "Researchers");
}

#[test]
fn a_headline_that_opens_with_a_name_and_a_colon_or_says_reports() {
    let text =
        "Okafor: Bridge Plan Has Failed\n\nLAGOS - Tom Okafor said on Monday the plan failed.";
    let article = crate::parse(text).expect("parses");
    let contents: Vec<&str> = article
        .statements()
        .iter()
        .map(|s| s.content().text())
        .collect();
    assert_eq!(contents, ["Bridge Plan Has Failed", "the plan failed"]);
    let first = article
        .speaker_of(&article.statements()[0])
        .expect("a speaker");
    assert_eq!(first.name(), Some("Tom Okafor"));
    let text = "Okafor says bridge will open in June\n\nLAGOS - Tom Okafor spoke on Monday.";
    let article = crate::parse(text).expect("parses");
    assert_eq!(article.statements().len(), 1);
    assert_eq!(
        article.statements()[0].content().text(),
        "bridge will open in June"
    );
    // A rubric or a description after the colon says nothing; nor does a verb of speech
    // other than `says` (headlines write them with a thing done).
    for text in [
        "Profile: Tom Okafor\n\nTom Okafor was born in Lagos.",
        "Tom Okafor: The acting outlaw\n\nTom Okafor was born in Lagos.",
        "Okafor reveals new models pipeline\n\nTom Okafor was born in Lagos.",
        // A series' label after `the`.
        "The Latest: Okafor says bridge will open\n\nTom Okafor was born in Lagos.",
    ] {
        assert!(
            crate::parse(text).expect("parses").statements().is_empty(),
            "{text}"
        );
    }
}

#[test]
fn a_plain_verb_after_the_and_a_name_a_preposition_governs_is_a_noun() {
    assert_eq!(
        contents_of(
            "Under the plans, unveiled in the Lumen report, 800 jobs will go. His hits have \
             included the West End show Mary Poppins. Observers in the UK claim it is a snub. \
             According to the Harbour report the trend marked teenagers out."
        ),
        ["it is a snub", "the trend marked teenagers out"]
    );
    let article = crate::parse("According to the Harbour report the trend marked teenagers out.")
        .expect("parses");
    assert_eq!(
        article.statements()[0].cue().map(|c| c.text()),
        Some("According to")
    );
}

#[test]
fn a_subordinate_report_ends_at_its_comma_only_when_set_before_the_main_clause() {
    for (text, content) in [
        // After its main clause, the clause runs on past a relative aside.
        (
            "Prices fell after a report suggested the firm, which holds large reserves, would sell its shares.",
            "the firm, which holds large reserves, would sell its shares",
        ),
        // Set before the main clause, it ends at its comma: at the start, after a
        // conjunction, after `that` or `even`, or inside a phrase set before.
        (
            "When the mayor said the plan works, critics laughed.",
            "the plan works",
        ),
        (
            "Critics laughed, and when the mayor said the plan works, they left.",
            "the plan works",
        ),
        (
            "Even as he accused the board of bias, Smith stayed calm.",
            "the board of bias",
        ),
        (
            "At the same time as the mayor announced his plan, the council met.",
            "his plan",
        ),
    ] {
        assert_eq!(contents_of(text), [content], "{text}");
    }
}

#[test]
fn according_to_at_the_end_of_a_sentence_is_no_part_of_what_it_holds() {
    expect(
        "Mook told aides he saw Sanders as a threat, according to someone in the room.",
        &[
            (
                Indirect,
                "Mook told aides he saw Sanders as a threat",
                Some("according to"),
                Some("someone in the room"),
                None,
            ),
            (
                Indirect,
                "he saw Sanders as a threat",
                Some("told aides"),
                Some("Mook"),
                Some("Mook"),
            ),
        ],
    );
    // An aside within the report stays in it, and the source vouches for what follows it,
    // not for the frame of the report it stands in.
    assert_eq!(
        contents_of("The agency said that, according to official data, the economy grew by 2%."),
        [
            "according to official data, the economy grew by 2%",
            "the economy grew by 2%"
        ]
    );
    assert_eq!(
        contents_of("Politico reported, according to two aides, Ma tried to calm the donors."),
        ["Ma tried to calm the donors"]
    );
}

#[test]
fn knowing_a_person_holds_no_belief() {
    for text in [
        "The plan came from Jo Ma, a former aide who has known the mayor for two decades.",
        "Voters have known Jo Ma for years.",
        "Many voters still believe them on the economy.",
    ] {
        assert!(
            cue_kinds(text)
                .iter()
                .all(|(_, kind)| *kind != Some(crate::model::CueKind::Belief)),
            "{text}: {:?}",
            cue_kinds(text)
        );
    }
    // With a clause, the same verbs hold beliefs.
    assert_eq!(
        cue_kinds("Voters have known that the plan failed. Ma believes her rival will win."),
        [
            (
                "the plan failed".to_string(),
                Some(crate::model::CueKind::Belief)
            ),
            (
                "her rival will win".to_string(),
                Some(crate::model::CueKind::Belief)
            ),
        ]
    );
}

#[test]
fn a_role_word_before_a_things_noun_is_no_person_after_according_to() {
    for (text, mention) in [
        (
            "According to official data, exports rose by 5%.",
            "official data",
        ),
        (
            "According to witness accounts, the fire spread fast.",
            "witness accounts",
        ),
        // A role alone, and a body before its document, stay the source.
        (
            "According to a senior official, exports rose.",
            "a senior official",
        ),
        ("According to Acme research, exports rose.", "Acme"),
    ] {
        assert_eq!(mentions_of(text), [Some(mention.to_string())], "{text}");
    }
}

#[test]
fn an_adverb_is_no_source() {
    // An adverb before a participle opens the source; it is not the source alone.
    assert_eq!(
        mentions_of(
            "Hull row\n\nBut according to recently leaked port documents, the pier is unsafe."
        ),
        [Some("recently leaked port documents".to_string())]
    );
    assert_eq!(
        mentions_of("Prices have fallen, according to a report earlier this week."),
        [Some("a report".to_string())]
    );
    // An adverb and a verb in `-ing` open no subject.
    assert_eq!(
        mentions_of("He is still holding out slim hope that he can play."),
        Vec::<Option<String>>::new()
    );
}

#[test]
fn an_adverb_before_an_amount_after_the_cue_is_reported() {
    expect(
        "Mr Okafor said nearly 160,000 people were settling in Hull every year.",
        &[(
            Indirect,
            "nearly 160,000 people were settling in Hull every year",
            Some("said"),
            Some("Mr Okafor"),
            Some("Okafor"),
        )],
    );
    assert_eq!(
        contents_of("The mayor said only half of the piers were safe."),
        ["only half of the piers were safe"]
    );
    // An adverb before anything else still belongs to the cue.
    expect(
        "The mayor said firmly the pier was safe.",
        &[(
            Indirect,
            "the pier was safe",
            Some("said firmly"),
            Some("The mayor"),
            None,
        )],
    );
}

#[test]
fn a_participle_after_an_ordinal_describes_a_noun() {
    assert_eq!(
        contents_of("It was his second alleged violation, having served half of a sentence."),
        Vec::<String>::new()
    );
    // After a name the same form reports.
    assert_eq!(
        contents_of("Okafor alleged violations of the port rules."),
        ["violations of the port rules"]
    );
}

#[test]
fn a_pronoun_with_no_one_else_to_stand_for_is_the_person_the_body_opens_with() {
    let text = "Berg wins in Hull\n\nMary Berg made a winning return to racing in Hull.\n\nThe pair \
                were level for miles before Berg finally sprinted clear. \"It's a good way to \
                end the year,\" she said.";
    assert_eq!(speaker_names(text), [Some("Mary Berg".to_string())]);
    // Not a pronoun of the other gender.
    let text = "Berg wins in Hull\n\nMary Berg made a winning return to racing in Hull.\n\nThe pair \
                were level for miles before Berg finally sprinted clear. \"It's a good way to \
                end the year,\" he said.";
    assert_eq!(speaker_names(text), [None]);
}

#[test]
fn a_share_and_its_verb_of_speech_after_and_start_a_second_report() {
    let text = "A poll finds that 37 percent of voters say the mayor is \"very responsible\" \
                for it, 39 percent blame his aides and 22 percent say he is \"not at all \
                responsible.\"";
    let seen = read(text);
    let blame = seen
        .iter()
        .find(|s| s.2.as_deref() == Some("blame"))
        .expect("a report with `blame`");
    assert_eq!(blame.1, "his aides", "{seen:?}");
}

#[test]
fn a_one_word_subject_before_according_to_is_part_of_the_report() {
    assert_eq!(
        contents_of("Exports, according to the ministry, rose sharply in May."),
        ["Exports, according to the ministry, rose sharply in May"]
    );
    // A short phrase before the source with a subject after it is a lead-in, not a subject.
    assert_eq!(
        mentions_of("In 2015, according to the ministry, exports rose."),
        [Some("the ministry".to_string())]
    );
}

#[test]
fn a_second_subject_and_report_after_a_comma_end_the_first_report() {
    // A name or a count of people, its auxiliaries and a verb of speech that reports words of
    // its own: the first report ends at the comma. Each case names a content found.
    let cases = [
        (
            "Most members have said they back Ida Roe, Tom Okafor has said he backs Ann Bell.",
            "they back Ida Roe",
        ),
        (
            "Already, 52 members have said they back Roe, 39 have said they back Bell.",
            "they back Roe",
        ),
        // No list of names as the subject, no aside, no phrase that opens the words.
        (
            "The minister said Britain, France and Germany have said they would act.",
            "Britain, France and Germany have said they would act",
        ),
        (
            "Ida Roe said the plan, officials said, was dead.",
            "the plan, officials said, was dead",
        ),
        (
            "Turkish media reported that during the visit, President Ida Roe reiterated her \
             request that the talks resume.",
            "during the visit, President Ida Roe reiterated her request that the talks resume",
        ),
    ];
    for (text, first) in cases {
        let contents = contents_of(text);
        assert!(contents.iter().any(|c| c == first), "{text}: {contents:?}");
    }
}

#[test]
fn a_bare_verb_before_a_role_and_a_name_names_the_field() {
    // `Talk show host`: no report of `show`; the name with its titles says.
    expect(
        "Talk show host Ida Berg said the pier was safe.",
        &[(
            Indirect,
            "the pier was safe",
            Some("said"),
            Some("Talk show host Ida Berg"),
            Some("Ida Berg"),
        )],
    );
    // A verb with its subject before a titled name still reports.
    assert_eq!(
        contents_of("Critics of the plan claim president Ida Berg is wrong."),
        ["president Ida Berg is wrong"]
    );
}

#[test]
fn people_of_common_trades_and_states_are_speakers() {
    // `dealer`, `passenger`, `pensioner`: role nouns of one person, counted or described.
    for (text, mention) in [
        (
            "One dealer, who asked not to be named, told Reuters the sales were poor.",
            "One dealer",
        ),
        ("A passenger said the pier was unsafe.", "A passenger"),
        (
            "The pensioner told reporters the pier was unsafe.",
            "The pensioner",
        ),
    ] {
        let seen = read(text);
        assert!(
            seen.iter().any(|s| s.3.as_deref() == Some(mention)),
            "{text}: {seen:?}"
        );
    }
}
