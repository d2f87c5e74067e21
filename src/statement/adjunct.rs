//! What stands after a reporting verb before the reported words: the audience (`told
//! reporters`), the medium (`in a statement`), the time (`on Thursday`) and the place (`at a news
//! briefing in Beijing`).

use crate::grammar::View;
use crate::lexicon::Class;
use crate::lexicon::FoldAscii;
use crate::model::CueKind;
use crate::segment::token::{Flags, Kind};
use std::ops::Range;

/// The adjuncts after a cue.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Adjuncts {
    /// One past the last adjunct token.
    pub end: usize,
    /// Where the cue ends: the verb, with its audience and medium when they follow it directly.
    pub cue_end: usize,
    pub when: Option<Range<usize>>,
    pub place: Option<Range<usize>>,
}

/// Verbs whose object is the audience: `told reporters`, `asked him`, `warned lawmakers`.
const AUDIENCE_VERBS: &[&str] = &[
    "advise", "ask", "assure", "inform", "instruct", "promise", "remind", "tell", "urge", "warn",
];

/// Whether the verb of lemma `lemma` takes its audience as object: `told reporters`.
pub(crate) fn takes_audience(lemma: &str) -> bool {
    AUDIENCE_VERBS.binary_search(&lemma).is_ok()
}

/// One past the particle `particle` of a cue that ends before `k`, with `it` allowed before
/// it: `pointed out`, `made clear`, `made it clear`.
pub(crate) fn particle_end(v: &View<'_>, k: usize, particle: &str) -> Option<usize> {
    if v.word_is(k, particle) {
        Some(k + 1)
    } else if v.word_is(k, "it") && v.word_is(k + 1, particle) {
        Some(k + 2)
    } else {
        None
    }
}

/// One past the attitude that a verb of lemma `lemma` reports with, when one follows `k`
/// after at most two modifiers: `expressed (deep) concern`, `voiced their support`, `raised
/// fresh questions`.
pub(crate) fn attitude_end(v: &View<'_>, k: usize, lemma: &str) -> Option<usize> {
    let nouns = crate::lexicon::cues::attitudes_of(lemma)?;
    (k..k + 3)
        .take_while(|&i| {
            v.tok(i)
                .is_some_and(|t| t.is_word() && !t.is_capitalized() && !t.is(Class::PREPOSITION))
        })
        .find(|&i| nouns.iter().any(|n| v.word_is(i, n)))
        .map(|i| i + 1)
}

/// Object pronouns.
const OBJECT_PRONOUNS: &[&str] = &["her", "him", "it", "me", "them", "us", "you"];

/// The most tokens inside brackets after a cue: `(AP)`, `(in a statement on Friday)`.
const MAX_BRACKETED: usize = 10;

/// The most tokens the time, place, medium and audience after a cue may span.
const MAX_ADJUNCTS: usize = 32;

/// Reads the adjuncts after the cue token `cue` of lemma `lemma`, up to `end`.
pub(crate) fn after_cue(v: &View<'_>, cue: usize, lemma: &str, end: usize) -> Adjuncts {
    // Adjuncts are a few phrases long; a run of them as long as the sentence (`report to ...
    // report to ...`) would be read again by every cue in it.
    let end = end.min(cue + 1 + MAX_ADJUNCTS);
    let mut k = cue + 1;
    let mut out = Adjuncts {
        end: k,
        cue_end: k,
        ..Adjuncts::default()
    };
    // `said in a statement`, `said sarcastically`: the cue runs on while it is contiguous.
    let mut contiguous = true;
    // `quoted Ms. Simonyan, the editor, as saying`: the one quoted and the participle that
    // reports the words belong to the cue.
    let cues = crate::lexicon::cues::particle_of(lemma)
        .and_then(|p| particle_end(v, k, p))
        .or_else(|| {
            crate::lexicon::cues::citing_particle_of(lemma)
                .filter(|p| v.word_is(k, p))
                .map(|_| k + 1)
        })
        .or_else(|| attitude_end(v, k, lemma));
    if let Some(e) = cues {
        // `pointed out that`: the particle is part of the cue.
        k = e;
        out.cue_end = k;
    }
    if let Some((e, said)) = reported_as(v, k, lemma) {
        // `was quoted as saying`, `has been reported as telling reporters`.
        k = e;
        if takes_audience(said)
            && let Some(e) = audience(v, k, end)
        {
            k = e;
        }
        out.cue_end = k;
    } else if lemma == "quote"
        && let Some(e) = quoted_as(v, k, end)
    {
        k = e;
        out.cue_end = k;
    } else if takes_audience(lemma)
        && let Some(e) = audience(v, k, end)
            .map(|e| audience_before_that(v, lemma, e, end).unwrap_or(e))
            .or_else(|| audience_before_that(v, lemma, k, end))
        && !(optional_audience(lemma) && subject_of_clause(v, k, e))
    {
        // `told the BBC Liverpool were unlikely to win`, `told the BBC Michael Howard has`:
        // a name right before an auxiliary is the reported clause's subject, not the last
        // words of the audience's name. It opens on a title, a given name or a party's word
        // (`told BBC News Labour MPs would`), or is the last word alone.
        let capital = |i: usize| v.tok(i).is_some_and(|t| t.is_word() && t.is_capitalized());
        let e = if e >= k + 2
            && v.tok(e)
                .is_some_and(|t| t.is_word() && !t.is_capitalized() && t.is(Class::AUXILIARY))
            && capital(e - 1)
            && capital(e - 2)
        {
            (k + 1..e - 1)
                .skip_while(|&p| !capital(p))
                .skip(1)
                .find(|&p| (p..e).all(capital) && opens_subject_name(v, p))
                .unwrap_or(e - 1)
        } else {
            e
        };
        k = e;
        out.cue_end = k;
    }
    while k < end {
        let Some(t) = v.tok(k) else { break };
        // `told the Associated Press (AP), "..."`, `said (in a statement) that`: a short aside
        // in brackets.
        if t.kind == Kind::OpenParen {
            let Some(close) = (k + 1..end.min(k + 1 + MAX_BRACKETED))
                .find(|&i| v.kind(i) == Some(Kind::CloseParen))
            else {
                break;
            };
            k = close + 1;
            contiguous = false;
            continue;
        }
        if !t.is_word() {
            break;
        }
        if let Some(e) = v.time_phrase(k, end) {
            out.when.get_or_insert(k..e);
            k = e;
            contiguous = false;
            continue;
        }
        let lower = t.text(v.text).fold_ascii();
        // `warned never to open attachments`: a negation before what is reported is part of
        // it, not of the cue.
        if lower == "never" && v.word_is(k + 1, "to") {
            break;
        }
        // `said nearly 160,000 people were settling`, `said only 12 came`: an adverb before an
        // amount qualifies the amount, in the words reported.
        let adverb = t.is(Class::ADVERB)
            || (lower.ends_with("ly") && lower.len() > 4 && !t.is_capitalized());
        let before_amount = v.tok(k + 1).is_some_and(|n| {
            n.kind == Kind::Number || n.is_word() && n.is(Class::NUMBER) && !n.is_capitalized()
        }) || v.word_is(k + 1, "half");
        if adverb && before_amount {
            break;
        }
        if adverb {
            k += 1;
            if contiguous {
                out.cue_end = k;
            }
            continue;
        }
        match lower.as_str() {
            // `said of the plan`, `said of RT`: what the words were about.
            "of" if k == cue + 1 || out.cue_end == k => {
                let mut e = k + 1;
                while e < end
                    && e < k + 16
                    && v.tok(e).is_some_and(|t| {
                        matches!(
                            t.kind,
                            Kind::Word | Kind::Possessive | Kind::Number | Kind::Hyphen
                        ) && !v.word_is(e, "that")
                    })
                {
                    e += 1;
                }
                // The phrase ends where the words start (a comma, colon, dash, quote or `that`)
                // or with the sentence (`is warning a committee of MSPs.`); `warned of losses
                // of £6m` has no reported words after the amount.
                let closed = e >= end
                    || v.word_is(e, "that")
                    || matches!(
                        v.kind(e),
                        Some(
                            Kind::Comma
                                | Kind::Colon
                                | Kind::Semicolon
                                | Kind::Dash
                                | Kind::Quote(_)
                                | Kind::Period
                                | Kind::Question
                                | Kind::Exclamation
                        )
                    );
                if e == k + 1 || !closed {
                    break;
                }
                k = e;
                contiguous = false;
                continue;
            }
            // `said at least 40 people left`: a bound on a number opens the reported clause.
            "at" if v.word_is(k + 1, "least") || v.word_is(k + 1, "most") => break,
            "on" | "in" | "during" | "over" | "at" | "via" | "after" | "before" | "to" => {
                // `reported in 2007.`, `said in 2014 that`: a year closing the attribution
                // (not `the damages claimed in 2004 eclipsed ...`).
                let year = (lower == "in"
                    && is_year(v, k + 1)
                    && (k + 2 >= end
                        || v.tok(k + 2).is_some_and(|t| {
                            !t.is_word() || t.is(Class::PRONOUN.with(Class::DETERMINER))
                        })))
                .then_some(k + 2);
                if matches!(lower.as_str(), "on" | "in" | "during" | "over")
                    && let Some(e) = v.time_phrase(k + 1, end).or(year)
                {
                    out.when.get_or_insert(k..e);
                    k = e;
                    contiguous = false;
                    continue;
                }
                // `said after Saturday's meeting:`: a short time clause before a colon or comma.
                if matches!(lower.as_str(), "after" | "before")
                    && let Some(e) = (k + 2..end.min(k + 8))
                        .find(|&e| matches!(v.kind(e), Some(Kind::Colon | Kind::Comma)))
                    && (k + 1..e).all(|i| {
                        v.tok(i).is_some_and(|t| {
                            matches!(t.kind, Kind::Word | Kind::Possessive | Kind::Number)
                                && !t.is(Class::CUE)
                        })
                    })
                    && v.kind(e) == Some(Kind::Colon)
                {
                    out.when.get_or_insert(k..e);
                    k = e;
                    contiguous = false;
                    continue;
                }
                if lower != "at"
                    && let Some(e) = medium(v, k + 1, end).or_else(|| {
                        (lower == "on")
                            .then(|| owned_medium(v, k + 1, end))
                            .flatten()
                    })
                {
                    k = e;
                    if contiguous {
                        out.cue_end = k;
                    }
                    continue;
                }
                // `said to reporters`, `says to Nevadans`: the audience; not the object of
                // `added to her lead`, `responded to the attack`.
                if lower == "to"
                    && !matches!(
                        lemma,
                        "add"
                            | "respond"
                            | "reply"
                            | "react"
                            | "refer"
                            | "point"
                            | "object"
                            | "agree"
                            | "promise"
                            | "continue"
                    )
                    && !infinitive_at(v, k, cue, lemma)
                    && let Some(e) = audience(v, k + 1, end)
                {
                    k = e;
                    if contiguous {
                        out.cue_end = k;
                    }
                    continue;
                }
                if matches!(lower.as_str(), "at" | "during" | "in")
                    && let Some(e) = place(v, k + 1, end, lower == "in")
                {
                    out.place.get_or_insert(k..e);
                    k = e;
                    contiguous = false;
                    continue;
                }
                break;
            }
            _ => break,
        }
    }
    out.end = k;
    out
}

/// Whether the `to` at `k`, after the cue at `cue` of lemma `lemma`, opens an infinitive
/// rather than an audience. After a verb of wish or plan, `to` and a bare word are the
/// infinitive (`wants to introduce indefinite house arrest`; `pledged to the nation` still
/// names an audience); after the one urged, whatever the verb (`urged people to put Ms
/// Blears' comments ...`), unless the word names people (`said to party members`).
fn infinitive_at(v: &View<'_>, k: usize, cue: usize, lemma: &str) -> bool {
    let Some(t) = v.tok(k + 1).filter(|t| t.is_word() && !t.is_capitalized()) else {
        return false;
    };
    if t.is(Class::DETERMINER.with(Class::PRONOUN)) {
        return false;
    }
    crate::lexicon::cues::TAKES_INFINITIVE.contains(&lemma)
        || k > cue + 1
            && !t.is(Class::PLURAL
                .with(Class::GROUP_NOUN)
                .with(Class::PERSON_NOUN)
                .with(Class::ORG_NOUN)
                .with(Class::MEDIUM))
            && !t.text(v.text).ends_with('s')
}

/// `Ms. Simonyan, the editor, as saying` after `quoted`: a short object, `as` and a reporting
/// participle. Returns one past the participle.
fn quoted_as(v: &View<'_>, k: usize, end: usize) -> Option<usize> {
    let as_at = (k + 1..end.min(k + 16))
        .take_while(|&i| {
            v.tok(i)
                .is_some_and(|t| !matches!(t.kind, Kind::Quote(_) | Kind::Semicolon))
        })
        .find(|&i| v.word_is(i, "as"))?;
    let participle = v.tok(as_at + 1)?;
    let gerund = crate::lexicon::lexicon()
        .entry(participle.lex)
        .and_then(|e| e.cue)
        .is_some_and(|c| c.form == crate::lexicon::VerbForm::Gerund);
    gerund.then_some(as_at + 2)
}

/// The most tokens of where words were quoted before `as saying`: `in a French newspaper`.
const MAX_QUOTED_IN: usize = 8;

/// `as saying` right after `quoted` or `reported` at `k`: the passive whose subject spoke
/// (`Ms. Okafor was quoted as saying`). Returns one past the participle, and its lemma.
pub(crate) fn reported_as(v: &View<'_>, k: usize, lemma: &str) -> Option<(usize, &'static str)> {
    if !matches!(lemma, "quote" | "report") {
        return None;
    }
    // `was quoted in a French newspaper as saying`, `quoted by the Times as saying`: where
    // the words were quoted may come before `as`.
    let k = if ["in", "by", "on"].iter().any(|w| v.word_is(k, w)) {
        (k + 1..k + MAX_QUOTED_IN)
            .take_while(|&i| {
                v.tok(i)
                    .is_some_and(|t| t.is_word() || t.kind == Kind::Possessive)
            })
            .find(|&i| v.word_is(i, "as"))?
    } else {
        k
    };
    if !v.word_is(k, "as") {
        return None;
    }
    let participle = v.tok(k + 1)?;
    crate::lexicon::lexicon()
        .entry(participle.lex)
        .and_then(|e| e.cue)
        .filter(|c| c.form == crate::lexicon::VerbForm::Gerund && c.kind == CueKind::Speech)
        .map(|c| (k + 2, c.lemma))
}

/// A short title in quotes at `k` whose words are capitalized: `"Meet the Press"`. Returns one
/// past its closing mark.
fn quoted_title(v: &View<'_>, k: usize, end: usize) -> Option<usize> {
    let open = v.tok(k)?;
    if !(open.is_quote() && open.opens()) {
        return None;
    }
    let close = (k + 1..(k + 8).min(end)).find(|&i| v.tok(i).is_some_and(|t| t.closes()))?;
    let capitalized = (k + 1..close)
        .filter(|&i| {
            v.tok(i)
                .is_some_and(|t| t.is_word() && !t.is(Class::FUNCTION))
        })
        .all(|i| v.tok(i).is_some_and(|t| t.is_capitalized()));
    (close > k + 1 && capitalized).then_some(close + 1)
}

/// The audience after `told`: `reporters`, `him`, `Reuters`, `the newspaper`, `a news
/// conference`, `The Associated Press`, `a Senate panel`, `The Post and Courier newspaper`.
/// The most tokens of an audience's rest before `that`: `the advisory panel`, `Report`
/// after `World Business`, `TV network Fox News on Sunday` after `US`.
const MAX_AUDIENCE_REST: usize = 8;

/// One past the noun phrase that runs from `k` to a `that` opening the reported clause: the
/// rest of an audience (`told the panel that`, `told US investors that`, `told reporters in
/// the capital that`). Nothing that may start a clause comes before the `that`: a pronoun, a
/// verb, a number, a mark (`told the court he warned Ebbers that`, `told reporters a $1bn
/// package meant that`). A time just before the `that` is left to the adjuncts (`told the
/// panel on Monday that`). Only verbs whose object is the one told: not `urged a limit on
/// quangos that could be set up`.
fn audience_before_that(v: &View<'_>, lemma: &str, k: usize, end: usize) -> Option<usize> {
    if !matches!(
        lemma,
        "tell" | "warn" | "assure" | "inform" | "remind" | "advise"
    ) {
        return None;
    }
    let that = (k..end.min(k + MAX_AUDIENCE_REST + 1)).find(|&i| v.word_is(i, "that"))?;
    // `told the panel last week that`: the audience ends where the time starts.
    let rest = match (k..that).find(|&i| v.time_phrase(i, end) == Some(that)) {
        // `on Wednesday`: the preposition goes with its time.
        Some(i) if i > k && v.is(i - 1, Class::PREPOSITION) => i - 1,
        Some(i) => i,
        None => that,
    };
    if rest == k {
        return None;
    }
    let noun_phrase = (k..rest).all(|i| {
        let Some(t) = v.tok(i) else { return false };
        if t.kind == Kind::Possessive || t.kind == Kind::Hyphen && t.is_attached() {
            return true;
        }
        if !t.is_word() {
            return false;
        }
        let w = t.text(v.text).fold_ascii();
        if matches!(
            w.as_str(),
            "the" | "a" | "an" | "of" | "in" | "on" | "at" | "from" | "and"
        ) {
            return i > k || !matches!(w.as_str(), "of" | "in" | "on" | "at" | "from" | "and");
        }
        let past = !t.is_capitalized() && w.ends_with("ed");
        !(t.is(Class::FUNCTION
            .with(Class::CUE)
            .with(Class::AUXILIARY)
            .with(Class::TIME)
            .with(Class::NUMBER))
            || t.has(Flags::DIGIT)
            || past
            || OBJECT_PRONOUNS.contains(&w.as_str()))
    });
    noun_phrase.then_some(rest)
}

/// Whether token `p` may open a name that is a clause's subject: a title (`Mr`), a given
/// name or a party's word.
fn opens_subject_name(v: &View<'_>, p: usize) -> bool {
    use crate::lexicon::words;
    v.is(p, Class::TITLE)
        || v.word(p).is_some_and(|w| {
            crate::lexicon::given_name(w).is_some()
                || words::PARTY_WORDS
                    .binary_search(&crate::lexicon::fold(w).as_str())
                    .is_ok()
        })
}

/// Whether a verb of lemma `lemma` may report with no audience: `warned China could ...`
/// (not `told`, whose audience is never left out).
fn optional_audience(lemma: &str) -> bool {
    matches!(lemma, "warn" | "assure" | "promise" | "remind" | "advise")
}

/// Whether the audience read from `k` to `e` is rather the subject of the reported clause,
/// its verb right after it: `warned China could soon stop funding`, `warned Asian states
/// could` (a name and one plural noun after it).
fn subject_of_clause(v: &View<'_>, k: usize, e: usize) -> bool {
    let verb = |i: usize| {
        v.tok(i)
            .is_some_and(|t| t.is_word() && !t.is_capitalized() && t.is(Class::AUXILIARY))
    };
    verb(e)
        || e == k + 1
            && v.tok(k).is_some_and(|t| t.is_word() && t.is_capitalized())
            && v.tok(e).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && !t.is(Class::FUNCTION)
                    && t.text(v.text).ends_with('s')
            })
            && verb(e + 1)
}

/// One past the one told from `k`: people or a body (`reporters`, `the BBC`), or a medium
/// with its owner (`told Sunday's programme`), whichever runs further.
fn audience(v: &View<'_>, k: usize, end: usize) -> Option<usize> {
    let told = audience_words(v, k, end);
    match owned_medium(v, k, end) {
        Some(e) if told.is_none_or(|t| t < e) => Some(e),
        _ => told,
    }
}

fn audience_words(v: &View<'_>, k: usize, end: usize) -> Option<usize> {
    let t = v.tok(k)?;
    if !(t.is_word() || t.kind == Kind::Number) || k >= end {
        return None;
    }
    let w = t.text(v.text).fold_ascii();
    if OBJECT_PRONOUNS.contains(&w.as_str()) {
        return Some(k + 1);
    }

    let mut j = k;
    if t.is(Class::DETERMINER) && !t.is(Class::PRONOUN) {
        j += 1;
    }
    let start = j;
    let plain_name = |i: usize| {
        v.tok(i).is_some_and(|n| {
            n.is_capitalized() && !n.is(Class::FUNCTION) && !n.is(Class::TIME) && !n.is(Class::CUE)
        })
    };
    // A time word opens a name before another name word: `the Evening Standard`.
    let name = |i: usize| {
        plain_name(i)
            || (plain_name(i + 1)
                && v.tok(i).is_some_and(|n| {
                    n.is_capitalized() && n.is(Class::TIME) && !n.is(Class::FUNCTION)
                }))
    };
    let head = |i: usize| {
        v.tok(i).is_some_and(|n| {
            n.is(Class::GROUP_NOUN
                .with(Class::MEDIUM)
                .with(Class::PERSON_NOUN)
                .with(Class::ORG_NOUN))
                // `told his staff`, `told friends`: people, irregular or in `-s`, right after
                // the verb or its determiner (not `urged the FSA to force brokers`).
                || i == start
                    && !n.is_capitalized()
                    && (n.is(Class::PLURAL) || person_plural(v, i))
        }) || v.word(i).is_some_and(|x| {
            x.eq_ignore_ascii_case("reporters")
                || x.eq_ignore_ascii_case("journalists")
                || x.eq_ignore_ascii_case("media")
                || x.eq_ignore_ascii_case("paper")
        })
    };
    // What may follow a number inside a name: a name word or the owner's mark.
    let name_goes_on = |i: usize| name(i) || v.kind(i) == Some(Kind::Possessive);
    // A name (`Reuters`, `The Post and Courier`), then a role noun may close the phrase (`a
    // Senate panel`, `the Post newspaper`); or a role noun phrase alone (`reporters`, `a news
    // conference`, `lawmakers`).
    let mut last = None;
    while j < end && j < start + 8 {
        if name(j) {
            j += 1;
            last = Some(j);
        } else if v.word_is(j, "and") && last == Some(j) && name(j + 1) {
            j += 1;
        } else if small_number(v, j) && (last == Some(j) || j == start) && name_goes_on(j + 1) {
            // `BBC Radio 4's Today programme`, `BBC 6 Music`, `Channel 4 News`, `6 Nations
            // rivals`: a small number inside a name.
            j += 1;
            last = Some(j);
        } else if small_number(v, j)
            && last == Some(j)
            && (v.word_is(j + 1, "that")
                || matches!(
                    v.kind(j + 1),
                    Some(Kind::Comma | Kind::Colon | Kind::Period | Kind::Quote(_))
                ))
        {
            // `told BBC News 24 that`, `told Channel 4:`: a small number ends the name.
            j += 1;
            last = Some(j);
            break;
        } else {
            break;
        }
    }
    // `MPs and peers`
    if let Some(l) = last
        && let Some(e) = plural_joined(v, l, end)
    {
        return Some(e);
    }
    // `NBC's "Meet the Press"`, `MSNBC's "Morning Joe"`: a programme after its network.
    if let Some(l) = last
        && v.kind(l) == Some(Kind::Possessive)
    {
        if let Some(close) = quoted_title(v, l + 1, end) {
            return Some(close);
        }
        // `the BBC's Today programme`, `Radio Scotland's Sunday Live`: the owner's named
        // programme or outlet (a time word may name it).
        let mut k = l + 1;
        let title_word = |i: usize| {
            v.tok(i)
                .is_some_and(|n| n.is_capitalized() && !n.is(Class::FUNCTION) && !n.is(Class::CUE))
        };
        while k < end && k < l + 7 {
            if title_word(k) {
                k += 1;
            } else if k > l + 1
                && matches!(
                    v.word(k).map(crate::lexicon::fold).as_deref(),
                    Some("with" | "of" | "and" | "at")
                )
                && title_word(k + 1)
            {
                // `BBC One's Breakfast with Frost`: a small word inside the programme's name.
                k += 2;
            } else {
                break;
            }
        }
        // `the BBC's Breakfast with Frost show`
        if k > l + 1
            && matches!(
                v.word(k).map(crate::lexicon::fold).as_deref(),
                Some("show" | "programme" | "program")
            )
        {
            k += 1;
        }
        if k > l + 1 {
            j = k;
            last = Some(k);
        }
    }
    let mut words = 0;
    while j < end && words < 5 {
        let Some(n) = v.tok(j) else { break };
        // `asked 801 adults if`: a count before the noun.
        if j == start && n.kind == Kind::Number && head(j + 1) {
            j += 1;
            words += 1;
            continue;
        }
        if !n.is_word() || n.is(Class::FUNCTION) || n.is(Class::CUE) || n.is(Class::TIME) {
            break;
        }
        // `Spanish radio station Cadena Ser`, `the newspaper El Pais`: a name after the role
        // noun names the audience.
        if last == Some(j) && j > start && head(j - 1) && name(j) {
            let mut k = j;
            while k < end && k < start + 12 && name(k) {
                k += 1;
            }
            // `informed the crowd Skinner was ...`: a name before its verb opens the clause.
            let verb = v.tok(k).is_some_and(|t| {
                t.is(Class::AUXILIARY)
                    || t.is_word() && !t.is_capitalized() && t.text(v.text).ends_with("ed")
            });
            if !verb {
                last = Some(k);
            }
            break;
        }
        // Any noun right after a name closes it when the phrase ends there: `a Senate panel
        // Wednesday`, `the Senate committee that`.
        let closes = last == Some(j)
            && !n.is(Class::ADVERB)
            && (j + 1 >= end
                || v.time_phrase(j + 1, end).is_some()
                || v.word_is(j + 1, "that")
                || v.tok(j + 1).is_some_and(|x| !x.is_word()));
        if head(j) || closes {
            last = Some(j + 1);
            // `MPs and peers`, `reporters and editors`: a second plural noun joined by `and`
            // closing the phrase.
            if let Some(e) = plural_joined(v, j + 1, end) {
                last = Some(e);
                break;
            }
        } else if n.is_capitalized() && !(head(j + 1) || head(j + 2)) {
            // A capitalized modifier only before its noun: `Spanish radio station`.
            break;
        }
        j += 1;
        words += 1;
    }
    last
}

/// Whether the word at `i` is the plural in `-s` of a noun for a person: `friends`,
/// `colleagues`.
fn person_plural(v: &View<'_>, i: usize) -> bool {
    v.word(i).is_some_and(|w| {
        w.len() > 3
            && w.ends_with('s')
            && crate::lexicon::lexicon()
                .find(w.as_bytes().get(..w.len() - 1).unwrap_or_default())
                .is_some_and(|id| crate::lexicon::lexicon().class(id).has(Class::PERSON_NOUN))
    })
}

/// `and peers`, `and editors` at `i`: `and` and a second plural noun that closes the
/// audience (`MPs and peers:`, `reporters and editors that`); where it ends.
fn plural_joined(v: &View<'_>, i: usize, end: usize) -> Option<usize> {
    let plural = v.tok(i + 1).is_some_and(|t| {
        t.is_word()
            && !t.is_capitalized()
            && !t.is(Class::FUNCTION)
            && t.text(v.text).ends_with('s')
    });
    let closes =
        i + 2 >= end || v.tok(i + 2).is_some_and(|t| !t.is_word()) || v.word_is(i + 2, "that");
    (v.word_is(i, "and") && plural && closes).then_some(i + 2)
}

/// Whether token `i` is a year: four digits from 1800 to 2100 (`in 2014`).
fn is_year(v: &View<'_>, i: usize) -> bool {
    v.tok(i).is_some_and(|t| {
        let w = t.text(v.text);
        t.kind == Kind::Number
            && w.len() == 4
            && w.parse::<u16>().is_ok_and(|y| (1800..=2100).contains(&y))
    })
}

/// Whether token `i` is a number of one to three digits, as names hold (`Radio 4`, `5 Live`).
fn small_number(v: &View<'_>, i: usize) -> bool {
    v.tok(i).is_some_and(|t| {
        t.kind == Kind::Number && t.text(v.text).bytes().all(|b| b.is_ascii_digit()) && {
            let n = t.text(v.text).len();
            (1..=3).contains(&n)
        }
    })
}

/// A medium after a preposition: `a statement`, `an interview with CNN`, `Twitter`, `a
/// speech at the UN`.
/// `Wednesday's Today programme`, `Portsmouth's official website`: a medium after its owner,
/// one capitalized word. Read after `on` and as the one told (`told Sunday's programme`), not
/// after `in`, where the owner is often another's (`wrote in Smith's speech`).
fn owned_medium(v: &View<'_>, k: usize, end: usize) -> Option<usize> {
    let owner = v.tok(k).is_some_and(|t| t.is_word() && t.is_capitalized())
        && v.kind(k + 1) == Some(Kind::Possessive);
    if owner { medium(v, k + 2, end) } else { None }
}

fn medium(v: &View<'_>, k: usize, end: usize) -> Option<usize> {
    let mut j = k;
    if v.tok(j).is_some_and(|t| t.is(Class::DETERMINER)) {
        j += 1;
    }
    // One modifier: `a joint statement`, `a televised speech`.
    let head = if v.is(j, Class::MEDIUM) {
        j
    } else if v.is(j + 1, Class::MEDIUM)
        && v.tok(j)
            .is_some_and(|t| t.is_word() && !t.is(Class::FUNCTION))
    {
        j + 1
    } else {
        return None;
    };
    j = head + 1;
    // `BBC Radio Five Live`, `Radio 4`, `BBC One`: a named medium runs on over capitals and a
    // small number.
    if v.tok(head).is_some_and(|t| t.is_capitalized()) {
        while j < end
            && j < head + 4
            && (small_number(v, j)
                || v.tok(j).is_some_and(|t| {
                    t.is_word() && t.is_capitalized() && !t.is(Class::FUNCTION.with(Class::CUE))
                }))
        {
            j += 1;
        }
    }
    // `with CNN`, `to supporters`, `on Fox News`
    if (v.word_is(j, "with") || v.word_is(j, "to") || v.word_is(j, "on"))
        && let Some(e) = noun_phrase(v, j + 1, end)
    {
        j = e;
    }
    // `a statement issued by his office`, `a letter sent to staff`, `a post shared on
    // Facebook`: the participle that tells how the medium went out belongs to it, and the words
    // start after it.
    if v.tok(j).is_some_and(|t| t.is_word() && !t.is_capitalized())
        && MEDIUM_PARTICIPLES
            .iter()
            .any(|p| v.tok(j).is_some_and(|t| t.text(v.text) == *p))
    {
        j += 1;
        if (v.word_is(j, "by") || v.word_is(j, "to") || v.word_is(j, "on"))
            && let Some(e) = noun_phrase(v, j + 1, end)
        {
            j = e;
        }
    }
    Some(j.min(end))
}

/// Past participles that say how a statement, letter or post went out.
const MEDIUM_PARTICIPLES: &[&str] = &[
    "broadcast",
    "circulated",
    "distributed",
    "e-mailed",
    "emailed",
    "issued",
    "posted",
    "provided",
    "published",
    "released",
    "sent",
    "shared",
];

/// A place after `at`, `during` or `in`: `a news briefing in Beijing`, `the White House`;
/// after `in` only a capitalized name (`in Beijing`).
fn place(v: &View<'_>, k: usize, end: usize, names_only: bool) -> Option<usize> {
    let mut j = if names_only {
        let start = k;
        let mut j = k;
        if v.word_is(j, "the") {
            j += 1;
        }
        let caps = j;
        // A time word inside a name goes with it: `the Sydney Morning Herald`.
        while j < end
            && v.tok(j).is_some_and(|t| {
                t.is_capitalized()
                    && (!t.is(Class::TIME)
                        || j > caps
                            && v.tok(j + 1)
                                .is_some_and(|n| n.is_capitalized() && !n.is(Class::TIME)))
            })
        {
            j += 1;
        }
        if j == caps {
            return None;
        }
        let _ = start;
        j
    } else {
        noun_phrase(v, k, end)?
    };
    // `in Beijing`, `of the United Nations` chained on.
    while (v.word_is(j, "in") || v.word_is(j, "of"))
        && v.tok(j + 1)
            .is_some_and(|t| t.is_capitalized() || t.is(Class::DETERMINER))
    {
        let Some(e) = noun_phrase(v, j + 1, end) else {
            break;
        };
        if !v
            .tok(e.saturating_sub(1))
            .is_some_and(|t| t.is_capitalized())
        {
            break;
        }
        j = e;
    }
    Some(j)
}

/// A short noun phrase: an optional determiner and up to five words that are not function
/// words, verbs or time words.
pub(crate) fn noun_phrase(v: &View<'_>, k: usize, end: usize) -> Option<usize> {
    let mut j = k;
    if v.tok(j).is_some_and(|t| t.is(Class::DETERMINER)) {
        j += 1;
    }
    let start = j;
    while j < end && j < start + 5 {
        let Some(t) = v.tok(j) else { break };
        let ok = match t.kind {
            Kind::Word => {
                !t.is(Class::FUNCTION) && !t.is(Class::CUE) && !t.is(Class::TIME)
                    || t.is(Class::MEDIUM)
                    || t.is(Class::ORG_NOUN)
                    // `the Detroit Motor Show`: a capitalized word inside a name is no verb.
                    || j > start
                        && t.is_capitalized()
                        && !t.is(Class::FUNCTION.with(Class::TIME))
                        && v.tok(j - 1).is_some_and(|p| p.is_capitalized())
            }
            Kind::Possessive => j > start,
            _ => false,
        };
        if !ok {
            break;
        }
        j += 1;
    }
    (j > start).then_some(j)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::token::tokenize;

    fn read(text: &str, lemma: &str) -> (String, Option<String>, Option<String>, String) {
        let mut toks = Vec::new();
        tokenize(text, &mut toks, &mut Default::default());
        let v = View { toks: &toks, text };
        let a = after_cue(&v, 0, lemma, toks.len());
        let s = |r: Range<usize>| v.span(r).text_in(text).unwrap_or("").to_string();
        (
            s(0..a.cue_end),
            a.when.map(s),
            a.place.map(s),
            s(a.end..toks.len()),
        )
    }

    #[test]
    fn a_place_name_may_hold_a_time_word() {
        assert_eq!(
            read("continued in the Sydney Morning Herald: \"We", "continue"),
            (
                "continued".into(),
                None,
                Some("in the Sydney Morning Herald".into()),
                ": \"We".into()
            )
        );
        // A time word after the name is the time.
        assert_eq!(
            read("said in Hull Monday that", "say").1.as_deref(),
            Some("Monday")
        );
    }

    #[test]
    fn an_audience_named_after_its_role_noun() {
        assert_eq!(
            read(
                "told private Spanish radio station Cadena Ser: \"We",
                "tell"
            ),
            (
                "told private Spanish radio station Cadena Ser".into(),
                None,
                None,
                ": \"We".into()
            )
        );
        assert_eq!(
            read("told radio host Hugh Hewitt that it", "tell").0,
            "told radio host Hugh Hewitt"
        );
        assert_eq!(
            read("told Radio Hull's Sunday Live that it", "tell").0,
            "told Radio Hull's Sunday Live"
        );
    }

    #[test]
    fn a_short_time_clause_before_a_colon() {
        assert_eq!(
            read("said after Friday's talks: \"We", "say"),
            (
                "said".into(),
                Some("after Friday's talks".into()),
                None,
                ": \"We".into()
            )
        );
    }

    #[test]
    fn audiences_with_numbers_small_words_and_two_nouns() {
        for (text, lemma, cue) in [
            // A small number inside a name, before a name word or the owner's mark.
            (
                "told BBC Radio 9's Early programme the port",
                "tell",
                "told BBC Radio 9's Early programme",
            ),
            ("told Kanal 7 News that it", "tell", "told Kanal 7 News"),
            (
                "warned 5 Counties rivals that it",
                "warn",
                "warned 5 Counties rivals",
            ),
            // A number that is no name's: the content.
            ("told 40 of them", "tell", "told"),
            // A small word inside a programme's name, and the programme noun.
            (
                "told Radio Hull's Morning with Ida show the port",
                "tell",
                "told Radio Hull's Morning with Ida show",
            ),
            // A second plural noun joined by `and`; not `and` opening a clause.
            ("told MPs and peers: \"We", "tell", "told MPs and peers"),
            (
                "told reporters and editors that it",
                "tell",
                "told reporters and editors",
            ),
            ("told MPs and it was", "tell", "told MPs"),
            // After the one urged, `to` and a bare word are the infinitive, whatever the
            // verb; people after `to` are still an audience.
            (
                "urged people to put Ms Roe's remarks in context",
                "urge",
                "urged people",
            ),
            (
                "said to party members that it",
                "say",
                "said to party members",
            ),
            // A named medium with a number word or a small number in its name.
            (
                "added on BBC Radio Five Live: \"We",
                "add",
                "added on BBC Radio Five Live",
            ),
            ("said on BBC Radio 4 that it", "say", "said on BBC Radio 4"),
            // The rest of a noun phrase up to `that`, its time left out.
            (
                "told the advisory panel that it",
                "tell",
                "told the advisory panel",
            ),
            ("told US investors that it", "tell", "told US investors"),
            (
                "warned banks and other lenders that it",
                "warn",
                "warned banks and other lenders",
            ),
            (
                "told a jury in Leeds on Monday that it",
                "tell",
                "told a jury in Leeds",
            ),
            // Not a clause before `that`, nor the object of a verb that urges.
            (
                "told the court he warned Lee that it",
                "tell",
                "told the court",
            ),
            (
                "told reporters the plan was so bad that it",
                "tell",
                "told reporters",
            ),
            ("urged a limit on bodies that can", "urge", "urged"),
        ] {
            assert_eq!(read(text, lemma).0, cue, "{text}");
        }
        // A count before the people asked.
        assert_eq!(
            read("asked 650 adults whether they", "ask"),
            ("asked 650 adults".into(), None, None, "whether they".into())
        );
    }

    #[test]
    fn audience_medium_time_place() {
        assert_eq!(
            read("said on Thursday", "say"),
            ("said".into(), Some("on Thursday".into()), None, "".into())
        );
        // A medium after its owner, on it or told; not after `in` (another's speech), and a
        // day that owns a noun is no time.
        for (text, lemma, cue, rest) in [
            (
                "said on Wednesday's Today programme: \"We",
                "say",
                "said on Wednesday's Today programme",
                ": \"We",
            ),
            (
                "told Villa's official website the club",
                "tell",
                "told Villa's official website",
                "the club",
            ),
            (
                "said Thursday's report was",
                "say",
                "said",
                "Thursday's report was",
            ),
        ] {
            let (got_cue, when, _, got_rest) = read(text, lemma);
            assert_eq!((got_cue.as_str(), got_rest.as_str()), (cue, rest), "{text}");
            assert_eq!(when, None, "{text}");
        }
        assert_eq!(read("wrote in Smith's speech about it", "write").0, "wrote");
        // A capitalized word inside a place's name is no verb (`Show`).
        assert_eq!(
            read("said at the Detroit Motor Show.", "say"),
            (
                "said".into(),
                None,
                Some("at the Detroit Motor Show".into()),
                ".".into()
            )
        );
        assert_eq!(
            read("said at a news briefing in Beijing", "say"),
            (
                "said".into(),
                None,
                Some("at a news briefing in Beijing".into()),
                "".into()
            )
        );
        assert_eq!(
            read("told reporters on Monday that it", "tell"),
            (
                "told reporters".into(),
                Some("on Monday".into()),
                None,
                "that it".into()
            )
        );
        assert_eq!(
            read("said in a statement that it", "say"),
            ("said in a statement".into(), None, None, "that it".into())
        );
        assert_eq!(
            read("said in an interview with CNN Sunday the plan", "say"),
            (
                "said in an interview with CNN".into(),
                Some("Sunday".into()),
                None,
                "the plan".into()
            )
        );
        // The participle that sends the medium out is no part of the words.
        assert_eq!(
            read("said in a statement issued by his office that the", "say"),
            (
                "said in a statement issued by his office".into(),
                None,
                None,
                "that the".into()
            )
        );
        assert_eq!(
            read("said in a statement released on Monday", "say"),
            (
                "said in a statement released".into(),
                Some("on Monday".into()),
                None,
                "".into()
            )
        );
        assert_eq!(
            read("said the plan was dead", "say"),
            ("said".into(), None, None, "the plan was dead".into())
        );
    }
}
