//! The seed article end to end, against a hand-made reading of it.
//!
//! The expectations below are the reference reading of the seed (fourteen statements, two
//! speakers, four numeric claims), written out here so the crate's tests stand on their own.

// Tests and benchmarks may panic: a panic is how they fail.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use reportage::{Article, Bound, ClaimKind, MentionKind, SpeakerKind, StatementKind};

const SEED: &str = include_str!("../seeds/who-cooperation.txt");

fn article() -> Article<'static> {
    reportage::parse(SEED).expect("the seed parses")
}

/// One expected statement: paragraph (from 1), kind, speaker name, mention, cue, content,
/// when, where.
struct Expected {
    paragraph: usize,
    kind: StatementKind,
    speaker: &'static str,
    mention: &'static str,
    cue: &'static str,
    content: &'static str,
    when: Option<&'static str>,
    place: Option<&'static str>,
}

const MA: &str = "Ma Zhaoxu";
const ZENG: &str = "Zeng Yixin";

fn expected() -> Vec<Expected> {
    use StatementKind::{Direct, Indirect};
    let e = |paragraph, kind, speaker, mention, cue, content| Expected {
        paragraph,
        kind,
        speaker,
        mention,
        cue,
        content,
        when: None,
        place: None,
    };
    vec![
        Expected {
            when: Some("on Thursday"),
            ..e(
                1,
                Indirect,
                MA,
                "a senior official of the Foreign Ministry",
                "said",
                "China will do its utmost to strengthen cooperation with the World Health Organization and offer assistance to meet the urgent needs of countries severely hit by the novel coronavirus pneumonia epidemic",
            )
        },
        Expected {
            place: Some("at a news briefing in Beijing"),
            ..e(
                2,
                Indirect,
                MA,
                "Vice-Foreign Minister Ma Zhaoxu",
                "said",
                "Given the trend of the epidemic's global spread, China has, within its ability, provided test kits to some countries, including Pakistan and Japan, and shared therapeutic solutions with many others",
            )
        },
        e(
            3,
            Indirect,
            MA,
            "Ma",
            "said",
            "the Chinese government will soon provide urgently needed medical materials to South Korea as the number of confirmed cases continues to rise in the country, which has the most infections outside of China",
        ),
        e(
            4,
            Indirect,
            MA,
            "he",
            "said",
            "The two countries are also looking into establishing a joint quarantine procedure to effectively prevent cross-border transmission",
        ),
        e(
            6,
            Indirect,
            MA,
            "Ma",
            "According to",
            "the requests for assistance that China has received from other countries are for virus test kits, protective materials such as masks, drugs and treatment experience",
        ),
        e(
            7,
            Direct,
            MA,
            "Ma",
            "said",
            "In fact, many of these countries have provided donations to China for combating the virus",
        ),
        Expected {
            place: Some("at the news briefing"),
            ..e(
                9,
                Indirect,
                ZENG,
                "Zeng Yixin",
                "said",
                "China will also boost technical cooperation and communications with the international community",
            )
        },
        e(
            10,
            Direct,
            ZENG,
            "Zeng",
            "said",
            "China will continue to support exchanges between Chinese and foreign experts on sharing preventive and treatment techniques through various forms such as videoconferences and teleconferences",
        ),
        e(
            11,
            Indirect,
            ZENG,
            "he",
            "said",
            "China will also support domestic public health and medical institutions to send expert teams to carry out cooperation with institutions in relevant countries and help them train medical professionals",
        ),
        e(
            12,
            Indirect,
            MA,
            "Ma",
            "said",
            "the epidemic has once again made it clear that nations have shared interests in the age of globalization",
        ),
        e(
            13,
            Direct,
            MA,
            "he",
            "said",
            "Faced with the epidemic, all countries should help each other as passengers in the same boat, strengthen cooperation and jointly build a community with a shared future for mankind",
        ),
        e(
            14,
            Indirect,
            MA,
            "He",
            "added",
            "China hopes the World Health Organization will further promote international cooperation, especially by offering more help and assistance to developing countries with weak protective capability",
        ),
        e(
            15,
            Direct,
            MA,
            "Ma",
            "said",
            "China will not be absent from such efforts",
        ),
        e(
            15,
            Indirect,
            MA,
            "Ma",
            "adding",
            "the country is considering donating money to the WHO in response to its appeal to help efforts to fight the virus",
        ),
    ]
}

#[test]
fn every_statement_is_read_with_its_kind_content_cue_mention_and_speaker() {
    let article = article();
    let expected = expected();
    let found = article.statements();
    assert_eq!(found.len(), expected.len(), "statement count");
    for (i, (s, e)) in found.iter().zip(&expected).enumerate() {
        assert_eq!(s.paragraph() + 1, e.paragraph, "statement {i}: paragraph");
        assert_eq!(s.kind(), e.kind, "statement {i}: kind");
        assert_eq!(s.content().text(), e.content, "statement {i}: content");
        assert_eq!(s.cue().map(|c| c.text()), Some(e.cue), "statement {i}: cue");
        assert_eq!(
            s.mention().map(|m| m.text()),
            Some(e.mention),
            "statement {i}: mention"
        );
        let speaker = article.speaker_of(s).and_then(|p| p.name());
        assert_eq!(speaker, Some(e.speaker), "statement {i}: speaker");
        assert_eq!(s.when().map(|w| w.text()), e.when, "statement {i}: when");
        assert_eq!(s.place().map(|w| w.text()), e.place, "statement {i}: where");
    }
}

#[test]
fn direct_statements_record_their_quote_marks() {
    let article = article();
    for s in article.statements() {
        match s.kind() {
            StatementKind::Direct => {
                let q = s.quote().expect("a direct statement has quote marks");
                assert!(q.closed());
            }
            _ => assert!(s.quote().is_none()),
        }
    }
}

#[test]
fn two_speakers_with_their_titles_and_every_mention() {
    let article = article();
    let speakers = article.speakers();
    assert_eq!(speakers.len(), 2);

    let ma = &speakers[0];
    assert_eq!(ma.name(), Some(MA));
    assert_eq!(ma.kind(), SpeakerKind::Person);
    let titles: Vec<&str> = ma.titles().iter().map(|t| t.text()).collect();
    assert_eq!(titles, ["Vice-Foreign Minister", "vice-foreign minister"]);
    let mut mentions: Vec<&str> = ma.mentions().iter().map(|m| m.text()).collect();
    mentions.sort_unstable();
    mentions.dedup();
    // The lede's unnamed official is linked to Ma by the news convention the reading prefers.
    assert_eq!(
        mentions,
        [
            "He",
            "Ma",
            "Vice-Foreign Minister Ma Zhaoxu",
            "a senior official of the Foreign Ministry",
            "he",
            "the vice-foreign minister",
        ]
    );
    let kind_of = |text: &str| {
        ma.mentions()
            .iter()
            .find(|m| m.text() == text)
            .map(|m| m.kind())
    };
    assert_eq!(
        kind_of("Vice-Foreign Minister Ma Zhaoxu"),
        Some(MentionKind::TitledName)
    );
    assert_eq!(kind_of("Ma"), Some(MentionKind::Surname));
    assert_eq!(kind_of("he"), Some(MentionKind::Pronoun));
    assert_eq!(
        kind_of("the vice-foreign minister"),
        Some(MentionKind::Appositive)
    );

    let zeng = &speakers[1];
    assert_eq!(zeng.name(), Some(ZENG));
    let titles: Vec<&str> = zeng.titles().iter().map(|t| t.text()).collect();
    assert_eq!(
        titles,
        ["deputy director of the National Health Commission"]
    );
    assert_eq!(
        zeng.affiliation().map(|a| a.text()),
        Some("National Health Commission")
    );
    let mentions: Vec<&str> = zeng.mentions().iter().map(|m| m.text()).collect();
    assert_eq!(mentions, ["Zeng Yixin", "Zeng", "he"]);
}

#[test]
fn four_numeric_claims_with_value_bound_counted_time_scope_and_claimant() {
    let article = article();
    let claims = article.numeric_claims();
    assert_eq!(claims.len(), 4);
    // (text, value, bound, counted, as of, scope, claimant)
    type Row = (
        &'static str,
        i128,
        Bound,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
    );
    let rows: [Row; 4] = [
        ("two", 2, Bound::Exact, "countries", None, None, Some(MA)),
        (
            "more than 13,000",
            13_000,
            Bound::Above,
            "coronavirus cases",
            Some("As of Thursday"),
            Some("outside of China"),
            None,
        ),
        (
            "62",
            62,
            Bound::Exact,
            "countries",
            Some("As of Monday"),
            None,
            None,
        ),
        (
            "seven",
            7,
            Bound::Exact,
            "international organizations",
            Some("As of Monday"),
            None,
            None,
        ),
    ];
    for (c, (text, value, bound, counted, as_of, scope, claimant)) in claims.iter().zip(rows) {
        assert_eq!(c.text(), text);
        assert_eq!(c.kind(), ClaimKind::Count, "{text}");
        assert_eq!(c.value().and_then(|v| v.to_i128()), Some(value), "{text}");
        assert_eq!(c.bound(), bound, "{text}");
        assert_eq!(c.counted().map(|x| x.text()), Some(counted), "{text}");
        assert_eq!(c.as_of().map(|x| x.text()), as_of, "{text}");
        assert_eq!(c.scope().map(|x| x.text()), scope, "{text}");
        let who = article
            .claimant_of(c)
            .and_then(|s| article.speaker_of(s))
            .and_then(|p| p.name());
        assert_eq!(who, claimant, "{text}");
    }
    assert_eq!(claims[1].low().and_then(|v| v.to_i128()), Some(13_000));
    assert_eq!(claims[1].high(), None);
}

#[test]
fn every_span_gives_back_its_text() {
    let article = article();
    assert_eq!(reportage::check_invariants(SEED, &article), Ok(()));
    assert_eq!(article.paragraphs().len(), 15);
    assert_eq!(article.sentences().len(), 15);
    assert!(article.diagnostics().is_empty());
}

#[test]
fn the_model_serializes_and_the_owned_form_reads_back() {
    let article = article();
    let json = serde_json::to_string(&article).expect("serializes");
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value["statements"].as_array().map(Vec::len), Some(14));
    assert_eq!(value["statements"][0]["kind"], "indirect");
    assert_eq!(value["statements"][0]["cue"]["text"], "said");
    assert_eq!(
        value["numeric_claims"][1]["span"]["start"],
        SEED.find("more than").unwrap()
    );
    assert_eq!(value["numeric_claims"][1]["value"], 13000);

    let owned: Article<'static> = serde_json::from_str(&json).expect("the owned form reads back");
    assert_eq!(serde_json::to_string(&owned).expect("serializes"), json);
    let kept = article.clone().into_owned();
    drop(article);
    assert_eq!(kept.statements().len(), 14);
}
