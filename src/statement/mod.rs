//! Attribution: who said what, in each sentence.
//!
//! The rules read the tokens, quotes and sentences the segmentation produced, once per
//! sentence, around two kinds of anchors:
//!
//! * **quotes** (direct speech): an attribution after the closing mark (`"...," Ma said`,
//!   `"...," said Ma`, `"..." — Ma`), or before the opening mark (`Ma said: "..."`); a quote
//!   that continues after its attribution (`"A," he said, "B."`, or in the next sentence) is a
//!   fragment of the same statement, and a quote-only paragraph continues the last speaker;
//!   a quote that fills the sentence after a speaker's reported speech is that speaker's;
//! * **cues** (reported speech) outside quotes: `..., Ma said.` (the clause before),
//!   `Ma said (that) ...` (the clause after), `A, Ma said, B` (around), `According to Ma, ...`,
//!   and chains (`..., adding that ...`).
//!
//! The mention before or after the cue is read by [`crate::speaker::mention`]; what stands after
//! the cue by [`adjunct`]. Every look-around is bounded, so the stage is linear in the text.

pub(crate) mod adjunct;
mod bounds;
mod subject;

use crate::grammar::{Bits, View};
use crate::lexicon::FoldAscii;
use crate::lexicon::{Class, CueWord, VerbForm, lexicon};
use crate::model::{CueKind, Quotation, StatementKind};
use crate::segment::quote::Quote;
use crate::segment::token::{Flags, Kind, Token};
use crate::segment::{ParaRole, Segments};
use crate::speaker::mention::{Form, MAX_MENTION, MentionParse, MentionReader};
use adjunct::{Adjuncts, after_cue};
use std::ops::Range;

/// Reporting verbs whose `-s` form is also a plural noun: `claims`, `plans`, `fears`.
const NOUN_CUES: &[&str] = &[
    "call", "claim", "report", "charge", "worry", "fear", "hope", "plan", "demand", "question",
    "promise", "comment", "estimate", "forecast", "remark", "request", "pledge", "vow", "concern",
    "doubt", "protest",
];

/// The longest content read, in tokens: far beyond any sentence of news, and a bound on the
/// model's size when attributions nest without end in hostile text.
const MAX_CONTENT: usize = 400;

/// How many of the last statements a cue looks back over to know whether it sits in words
/// already reported.
const MAX_STATEMENTS_BACK: usize = 32;

/// How many words after a subject are read for the verb that makes it a clause: `felt the
/// result of the vote exposed`, `maintained the Oscars only generated`.
const MAX_CLAUSE_LOOKAHEAD: usize = 8;

/// The most tokens of a phrase with no verb that opens a sentence before its subject and
/// cue (`After the town hall meeting in Londonderry last week, Kasich boasted`), read as no
/// reported clause.
const MAX_FRONTED_WORDS: usize = 16;

/// Kinds of programme, which make `shows` after them a noun (`TV shows`, `chat shows`).
/// Sorted.
const SHOW_KINDS: &[&str] = &[
    "chat",
    "comedy",
    "cookery",
    "game",
    "quiz",
    "radio",
    "reality",
    "talk",
    "television",
    "tv",
];

/// Reporting verbs that take a clause, so that in `which he said were split` the verb after
/// the cue is the relative clause's own (the relative pronoun is the subject of what was said);
/// `records that Linick questioned are stored` has no such reading.
const CLAUSE_TAKING: &[&str] = &[
    "acknowledge",
    "add",
    "admit",
    "allege",
    "argue",
    "assert",
    "believe",
    "charge",
    "claim",
    "concede",
    "contend",
    "estimate",
    "expect",
    "fear",
    "insist",
    "know",
    "maintain",
    "note",
    "predict",
    "report",
    "say",
    "suggest",
    "think",
    "warn",
    "write",
];

/// A statement, in tokens; the model builder turns it into a [`crate::Statement`].
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Attribution {
    pub kind: StatementKind,
    /// The content's pieces, in order.
    pub fragments: Vec<Range<usize>>,
    pub cue: Option<Range<usize>>,
    pub cue_lemma: &'static str,
    pub cue_kind: CueKind,
    pub mention: Option<MentionParse>,
    /// The statement whose speaker this one shares, when it has no mention of its own (a
    /// quote-only paragraph) or repeats one (`..., adding that`).
    pub same_speaker_as: Option<usize>,
    pub when: Option<Range<usize>>,
    pub place: Option<Range<usize>>,
    pub quote: Option<Quotation>,
    pub sentence: usize,
    pub paragraph: usize,
}

/// What a direct statement that goes on with a speaker named elsewhere says of itself: the
/// reporting words and who names the speaker, and the statement it goes on from.
struct GoesOn {
    cue: Option<Range<usize>>,
    cue_lemma: &'static str,
    cue_kind: CueKind,
    mention: Option<MentionParse>,
    same_speaker_as: Option<usize>,
}

/// Whether the folded word `w` negates the verb after it: `not`, `never`, `didn't`, `won’t`.
fn negation_word(w: &str) -> bool {
    matches!(w, "not" | "never") || w.ends_with("n't") || w.ends_with("n\u{2019}t")
}

/// Finds the statements of an article.
pub(crate) fn attribute(seg: &Segments, text: &str) -> Vec<Attribution> {
    let view = View {
        toks: &seg.tokens,
        text,
    };
    // The depth-0 quotes, and the tokens they hold (marks included).
    let mut quoted = Bits::new(seg.tokens.len());
    let mut top: Vec<usize> = Vec::new();
    let mut top_spans: Vec<(usize, usize)> = Vec::new();
    for (qi, q) in seg.quotes.iter().enumerate() {
        if q.depth != 0 {
            continue;
        }
        top.push(qi);
        let last = q.close.unwrap_or(q.end.saturating_sub(1));
        top_spans.push((q.open, last));
        quoted.set_range(q.open..last + 1);
    }
    let mut a = Attributor {
        v: view,
        m: MentionReader {
            toks: &seg.tokens,
            text,
        },
        seg,
        consumed: vec![false; top.len()],
        quoted,
        top,
        top_spans,
        out: Vec::new(),
        used: Bits::new(seg.tokens.len()),
        last_direct: None,
        breaks: Breaks::default(),
        main_after_relative: None,
        sentence_ends: Vec::new(),
    };
    a.sentence_ends = seg
        .sentences
        .iter()
        .map(|sent| a.walk_sentence_end(sent.tokens.clone()))
        .collect();
    a.run();
    a.join_run_on_quotes();
    a.negations_in_cues();
    in_text_order(a.out)
}

/// Orders the statements of each sentence by where their content starts (speech is read
/// before beliefs, so discovery order is not text order), keeping `same_speaker_as` right.
fn in_text_order(out: Vec<Attribution>) -> Vec<Attribution> {
    let key = |a: &Attribution| (a.sentence, a.fragments.first().map_or(0, |f| f.start));
    if out.windows(2).all(|w| match w {
        [a, b] => key(a) <= key(b),
        _ => true,
    }) {
        return out;
    }
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| out.get(i).map(key));
    let mut new_index = vec![0; out.len()];
    for (new, &old) in order.iter().enumerate() {
        if let Some(slot) = new_index.get_mut(old) {
            *slot = new;
        }
    }
    let mut slots: Vec<Option<Attribution>> = out.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&old| slots.get_mut(old).and_then(Option::take))
        .map(|mut a| {
            a.same_speaker_as = a.same_speaker_as.and_then(|i| new_index.get(i).copied());
            a
        })
        .collect()
}

struct Attributor<'a> {
    v: View<'a>,
    m: MentionReader<'a>,
    seg: &'a Segments,
    /// The tokens inside a depth-0 quote, marks included.
    quoted: Bits,
    /// Indices in `seg.quotes` of the depth-0 quotes, in order.
    top: Vec<usize>,
    /// The first and last token of each depth-0 quote, in order.
    top_spans: Vec<(usize, usize)>,
    out: Vec<Attribution>,
    /// The tokens that are the cue of a statement already.
    used: Bits,
    /// The last direct statement, and the sentence where its last piece ends.
    last_direct: Option<(usize, usize)>,
    /// Depth-0 quotes already read as a fragment of a statement (by index into `top`).
    consumed: Vec<bool>,
    /// Where contents may end in the current sentence, found once per sentence.
    breaks: Breaks,
    /// The end of each sentence's words, by sentence index: every cue of a sentence asks for
    /// it, and finding it walks back over the sentence's closing marks, which a sentence may
    /// have by the thousand.
    sentence_ends: Vec<usize>,
    /// The main clause's reporting verb found past a relative clause on the subject, and
    /// the subject the clause is on: `Republicans who said the plan was bad warned that ...`
    /// gives `warned` the subject `Republicans`.
    main_after_relative: Option<(usize, MentionParse)>,
}

/// Where a forward content may end in one sentence, in token order; see
/// [`Attributor::find_breaks`].
#[derive(Debug, Default)]
struct Breaks {
    sentence: Option<usize>,
    /// The sentence's last comma or semicolon, quoted or not.
    last_pause: Option<usize>,
    hard: Vec<usize>,
    soft: Vec<usize>,
    commas: Vec<usize>,
}

/// What an attribution found around a cue.
#[derive(Clone, Debug)]
struct Found {
    mention: Option<MentionParse>,
    cue: Option<Range<usize>>,
    cue_word: Option<CueWord>,
    adjuncts: Adjuncts,
    /// Where the attribution's own tokens end.
    end: usize,
}

impl Found {
    /// A cue of one token at `cue` (an unknown verb, a colon) after its speaker, the reported
    /// words ending at `end`.
    fn one_token_cue(mention: MentionParse, cue: usize, end: usize) -> Found {
        Found {
            mention: Some(mention),
            cue: Some(cue..cue + 1),
            cue_word: None,
            adjuncts: Adjuncts {
                end: cue + 1,
                cue_end: cue + 1,
                ..Adjuncts::default()
            },
            end,
        }
    }

    /// What a cue verb at `c` found: its speaker, the verb with its adjuncts, and where the
    /// reported words end.
    /// An inverted attribution (`..., said Ma`): the speaker after the one-word cue, and the
    /// time and place read after the speaker; it ends at `end`.
    fn inverted(mention: MentionParse, c: usize, cue: CueWord, adj: Adjuncts, end: usize) -> Found {
        Found {
            mention: Some(mention),
            cue: Some(c..c + 1),
            cue_word: Some(cue),
            adjuncts: Adjuncts {
                end,
                cue_end: c + 1,
                when: adj.when,
                place: adj.place,
            },
            end,
        }
    }

    fn at_cue(
        mention: Option<MentionParse>,
        c: usize,
        cue: CueWord,
        adjuncts: Adjuncts,
        end: usize,
    ) -> Found {
        Found {
            mention,
            cue: Some(c..adjuncts.cue_end),
            cue_word: Some(cue),
            end,
            adjuncts,
        }
    }
}

impl<'a> Attributor<'a> {
    fn quote(&self, top_index: usize) -> Option<&'a Quote> {
        let seg: &'a Segments = self.seg;
        seg.quotes.get(*self.top.get(top_index)?)
    }

    /// The depth-0 quote holding token `i`, as an index into `top`.
    fn quote_at(&self, i: usize) -> Option<usize> {
        if !self.quoted.get(i) {
            return None;
        }
        let k = self
            .top_spans
            .partition_point(|&(open, _)| open <= i)
            .checked_sub(1)?;
        let &(_, last) = self.top_spans.get(k)?;
        (i <= last).then_some(k)
    }

    #[inline]
    fn outside(&self, i: usize) -> bool {
        !self.quoted.get(i)
    }

    fn mark_used(&mut self, cue: usize) {
        self.used.set(cue);
    }

    /// The index of the sentence holding token `i`.
    fn sentence_of(&self, i: usize) -> usize {
        self.seg.sentences.partition_point(|s| s.tokens.end <= i)
    }

    fn cue_word(&self, i: usize) -> Option<CueWord> {
        let t = self.v.tok(i)?;
        if !t.is_word() || !t.is(Class::CUE.with(Class::PARTICLE_CUE)) {
            return None;
        }
        let cue = lexicon().entry(t.lex)?.cue?;
        // `think tank`: a noun.
        if self.m.think_tank(i) {
            return None;
        }
        // `better than expected`, `rather than say`: a comparison, not a report.
        if self.v.word_is(i.wrapping_sub(1), "than") {
            return None;
        }
        // `the sums don't add up`: a total, not a report.
        if cue.lemma == "add" && self.v.word_is(i + 1, "up") {
            return None;
        }
        // `The blog entry said`, `a blog post`: a verb's bare form between an article or a
        // possessive and a lowercase word is a noun that names another.
        if cue.form == VerbForm::Base
            && self.v.tok(i + 1).is_some_and(|n| {
                n.is_word() && !n.is_capitalized() && !n.is(Class::FUNCTION.with(Class::CUE))
            })
            // (Not `The plan angered farmers`: a verb after it.)
            && !self.m.verb_at(i + 1)
            && matches!(
                self.v
                    .word(i.wrapping_sub(1))
                    .map(crate::lexicon::fold)
                    .as_deref(),
                Some("a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "my" | "your")
            )
        {
            return None;
        }
        // `Talk show host Jerry Springer`, `Muse singer Matt Bellamy`: a bare form before a
        // lowercase role and a name, in a run of capitalized words, is a noun that names the
        // role's field (not `Critics of the policy claim president Hugo Chavez is`).
        if cue.form == VerbForm::Base
            && (t.is_capitalized()
                || self
                    .v
                    .tok(i.wrapping_sub(1))
                    .is_some_and(|p| p.is_word() && p.is_capitalized()))
            && self.v.tok(i + 1).is_some_and(|n| {
                n.is_word() && !n.is_capitalized() && n.is(Class::TITLE.with(Class::PERSON_NOUN))
            })
            && self
                .v
                .tok(i + 2)
                .is_some_and(|n| n.is_word() && n.is_capitalized())
        {
            return None;
        }
        // `Chinese state media said`, `state officials`: the bare `state` before a noun (the
        // verb takes a clause or an object with its determiner: `the rules state that`).
        if cue.form == VerbForm::Base
            && cue.lemma == "state"
            && self.v.tok(i + 1).is_some_and(|n| {
                n.is_word() && !n.is(Class::FUNCTION.with(Class::ADVERB)) && !self.m.verb_at(i + 1)
            })
        {
            return None;
        }
        // `the Kok report said`, `the World Bank report doesn't`: a bare `report` or
        // `forecast` after a singular word and right before a verb of its own is a noun, that
        // verb's subject (a bare verb agrees with a plural: `critics say is`, and bodies take
        // one in British use: `Labour say would`, so only these nouns are read so).
        if cue.form == VerbForm::Base
            && matches!(cue.lemma, "report" | "forecast" | "estimate")
            && self.v.tok(i.wrapping_sub(1)).is_some_and(|p| {
                let w = p.text(self.v.text);
                p.is_word()
                    && !w.ends_with('s')
                    && !p.is(Class::PRONOUN
                        .with(Class::AUXILIARY)
                        .with(Class::ADVERB)
                        .with(Class::FUNCTION))
            })
            && self.v.tok(i + 1).is_some_and(|n| {
                n.is_word()
                    && !n.is_capitalized()
                    && (n.is(Class::AUXILIARY)
                        || lexicon()
                            .entry(n.lex)
                            .and_then(|e| e.cue)
                            .is_some_and(|c| matches!(c.form, VerbForm::Past | VerbForm::Third)))
            })
        {
            return None;
        }
        // `launched new plans to`, `amid growing fears`, `renewed calls for`, `numbers of such
        // calls`, `Following claims that`: after an adjective that only modifies nouns (or
        // `following` as a preposition), a form in `-s` is a plural noun.
        if cue.form == VerbForm::Third
            && matches!(
                self.v
                    .word(i.wrapping_sub(1))
                    .map(crate::lexicon::fold)
                    .as_deref(),
                Some(
                    "new"
                        | "fresh"
                        | "further"
                        | "latest"
                        | "recent"
                        | "earlier"
                        | "previous"
                        | "detailed"
                        | "draft"
                        | "initial"
                        | "original"
                        | "similar"
                        | "separate"
                        | "controversial"
                        | "radical"
                        | "ambitious"
                        | "own"
                        | "growing"
                        | "mounting"
                        | "repeated"
                        | "renewed"
                        | "such"
                        | "following"
                )
            )
        {
            return None;
        }
        // `Other plans include`: after `other` too, but for the other one of a pair (`the
        // other says`, `each other claims`).
        if cue.form == VerbForm::Third
            && self
                .v
                .word(i.wrapping_sub(1))
                .map(crate::lexicon::fold)
                .as_deref()
                == Some("other")
            && !matches!(
                self.v
                    .word(i.wrapping_sub(2))
                    .map(crate::lexicon::fold)
                    .as_deref(),
                Some("the" | "each" | "one")
            )
        {
            return None;
        }
        // `his second alleged violation`, `the first reported case`: a participle between an
        // ordinal after a determiner and a noun describes the noun.
        if matches!(cue.form, VerbForm::Past | VerbForm::Participle)
            && self.v.tok(i.wrapping_sub(1)).is_some_and(|p| {
                p.is_word()
                    && lexicon().entry(p.lex).is_some_and(|e| {
                        matches!(
                            e.number,
                            Some(crate::lexicon::numbers::NumberWord::Ordinal(_))
                        )
                    })
            })
            && self.v.is(i.wrapping_sub(2), Class::DETERMINER)
            && self.v.tok(i + 1).is_some_and(|n| {
                n.is_word() && !n.is_capitalized() && !n.is(Class::FUNCTION.with(Class::CUE))
            })
        {
            return None;
        }
        // `expressed concern`: a verb that reports only with an attitude (such verbs are all
        // of the bound class, so a plain cue skips the table).
        if t.is(Class::PARTICLE_CUE) && crate::lexicon::cues::attitudes_of(cue.lemma).is_some() {
            return adjunct::attitude_end(&self.v, i + 1, cue.lemma).map(|_| cue);
        }
        // `pointed out that`: a verb that reports only with its particle; `pointed to the
        // polls` cites them.
        match cue.particle {
            Some(particle) if adjunct::particle_end(&self.v, i + 1, particle).is_none() => {
                let citing = crate::lexicon::cues::citing_particle_of(cue.lemma)?;
                // `a quarter percentage point to 2%`, `two consecutive points to`: a noun.
                let counted = (i.saturating_sub(2)..i).any(|k| {
                    self.v.tok(k).is_some_and(|t| {
                        t.kind == Kind::Number || t.is_word() && t.is(Class::NUMBER)
                    })
                });
                if counted || cue.form == VerbForm::Base && self.singular_noun(i.wrapping_sub(1)) {
                    return None;
                }
                self.v.word_is(i + 1, citing).then_some(CueWord {
                    kind: CueKind::Evidence,
                    particle: Some(citing),
                    needs_clause: false,
                    takes_object: true,
                    ..cue
                })
            }
            _ => Some(cue),
        }
    }

    fn run(&mut self) {
        let seg = self.seg;
        let mut next_top = 0;
        for (s, sent) in seg.sentences.iter().enumerate() {
            let para = seg.paragraphs.get(sent.paragraph);
            let body = para.is_some_and(|p| p.role == ParaRole::Body);
            // Depth-0 quotes whose last token lies in this sentence.
            let mut ending = Vec::new();
            while let Some(q) = self.quote(next_top) {
                let last = q.close.unwrap_or(q.end.saturating_sub(1));
                if last >= sent.tokens.end {
                    break;
                }
                if last >= sent.tokens.start {
                    ending.push(next_top);
                }
                next_top += 1;
            }
            if !body {
                if para.is_some_and(|p| p.role == ParaRole::Headline && p.sentences.start == s) {
                    self.headline(s, sent.tokens.clone(), sent.paragraph);
                }
                continue;
            }
            if let Some(p) = para.filter(|p| p.tokens.start == sent.tokens.start) {
                self.interview_turn(p.tokens.clone(), s, sent.paragraph);
            }
            for top_index in ending {
                self.direct(top_index, s, sent.tokens.clone(), sent.paragraph);
            }
            // The cues of the sentence, from the token index.
            let cues = &seg.index.cues;
            let first = cues.partition_point(|&c| (c as usize) < sent.tokens.start);
            let last = cues.partition_point(|&c| (c as usize) < sent.tokens.end);
            let sentence_cues = cues.get(first..last).unwrap_or_default();
            // Speech first, then beliefs and evidence, which stand aside when they fall in
            // words already reported.
            for attitudes in [false, true] {
                for c in sentence_cues.iter().map(|&c| c as usize) {
                    if self.used.get(c) || !self.outside(c) {
                        continue;
                    }
                    if self.v.word_is(c, "according") && self.v.word_is(c + 1, "to") {
                        if !attitudes {
                            self.according_to(c, s, sent.tokens.clone(), sent.paragraph);
                        }
                        continue;
                    }
                    if let Some(cue) = self.cue_word(c)
                        && matches!(cue.kind, CueKind::Belief | CueKind::Evidence) == attitudes
                        && !self.in_name(c, sent.tokens.start)
                    {
                        self.indirect(c, cue, s, sent.tokens.clone(), sent.paragraph);
                    }
                }
            }
            self.in_a_poll(s, sent.tokens.clone(), sent.paragraph);
        }
    }

    /// Whether the token at `i` is a poll or a survey (read through the lexicon entry: a
    /// token's class bits do not hold [`Class::POLL`]).
    fn poll_at(&self, i: usize) -> bool {
        self.v
            .tok(i)
            .is_some_and(|t| t.is_word() && lexicon().class(t.lex).has(Class::POLL))
    }

    /// `In a new Post-ABC poll, Trump leads by 4 points.`, `Cruz came second in January
    /// polls.`: a sentence with no attribution of its own whose clauses a poll or survey
    /// stands behind, named in an `in` phrase before the clause's comma or after the clause.
    /// The poll is the source, `in` the cue, and the attribution is evidence.
    fn in_a_poll(&mut self, s: usize, sent: Range<usize>, paragraph: usize) {
        // Most sentences name no poll: one test of each word's entry settles them.
        let poll_at = |i: usize| self.poll_at(i);
        if !sent.clone().any(poll_at) {
            return;
        }
        let end = self.sentence_end(sent.clone());
        // Where the phrase after `in` at `k` stops: a comma, semicolon or the sentence end.
        let stop = |k: usize| {
            (k + 1..end.min(k + 2 + MAX_MENTION))
                .find(|&j| matches!(self.v.kind(j), Some(Kind::Comma | Kind::Semicolon)))
                .unwrap_or(end)
        };
        // The source after `in` at `k`, if it is a poll: words before the poll noun that
        // modify it (`a new Washington Post-ABC News`), none a preposition or a verb of
        // report; then anything that qualifies it (`released Sunday`, `of 1,000 voters`).
        // Not `take part in the survey`, `play a part in the poll`: the phrase is the verb's.
        let poll = |k: usize| -> Option<(Range<usize>, usize)> {
            let to = stop(k);
            if to > k + 1 + MAX_MENTION || self.v.word_is(k.wrapping_sub(1), "part") {
                return None;
            }
            let noun = (k + 1..to).find(|&i| poll_at(i))?;
            let modifiers = (k + 1..noun).all(|i| {
                self.outside(i)
                    && self.v.tok(i).is_some_and(|t| {
                        matches!(
                            t.kind,
                            Kind::Word
                                | Kind::Number
                                | Kind::Possessive
                                | Kind::Slash
                                | Kind::Hyphen
                        ) && !t.is(Class::CUE
                            .with(Class::PREPOSITION)
                            .with(Class::SUBORDINATOR))
                            && !t.is(Class::CONJUNCTION)
                    })
            });
            // `in the polls`, `in the latest polls`: the standings, no one poll.
            let standings = self.v.word_is(k + 1, "the")
                && noun <= k + 3
                && self.v.word_is(noun, "polls")
                && (noun + 1 == to || !self.v.word_is(noun + 1, "of"));
            (modifiers && !standings && (noun + 1..to).all(|i| self.outside(i)))
                .then_some((k + 1..to, noun))
        };
        // Past an opening phrase and its comma (`As a result,`, `Despite ...,`).
        let mut first = sent.start;
        if self.v.is(first, Class::CONJUNCTION) {
            first += 1;
        }
        let mut begin = first;
        if self
            .v
            .is(begin, Class::PREPOSITION.with(Class::SUBORDINATOR))
            && !self.v.word_is(begin, "in")
            && let Some(comma) =
                (begin + 1..(begin + 16).min(end)).find(|&i| self.v.kind(i) == Some(Kind::Comma))
        {
            begin = comma + 1;
        }
        let mut found = Vec::new();
        // Fronted: `In ... poll, CLAUSE`.
        if self.v.word_is(first, "in")
            && let Some((source, noun)) = poll(first)
            && self.v.kind(source.end) == Some(Kind::Comma)
            && self.clause_opener(source.end + 1)
        {
            found.push((first, source.clone(), noun, source.end + 1..end));
        } else {
            // After the clause: `CLAUSE in ... poll(s)`, each clause of the sentence with its
            // own (`Cruz came second in January polls, although Rubio moved up in a later
            // survey`).
            let mut from = begin;
            let mut k = begin + 2;
            while k < end {
                if !self.v.word_is(k, "in") {
                    k += 1;
                    continue;
                }
                let Some((source, noun)) = poll(k) else {
                    k += 1;
                    continue;
                };
                // `Donald Trump, the leader in Republican polls`, `Rubio, who is third in
                // many polls`: the phrase ends an aside on a noun, not a clause.
                let aside = (from..k)
                    .rev()
                    .find(|&i| self.v.kind(i) == Some(Kind::Comma))
                    .is_some_and(|comma| {
                        ["who", "which", "the", "a", "an"]
                            .iter()
                            .any(|w| self.v.word_is(comma + 1, w))
                    });
                if self.clause_opener(from) && !aside {
                    found.push((k, source.clone(), noun, from..k));
                }
                // The next clause opens after the comma and its connective; without one, what
                // follows is no clause of its own (`, his worst showing in the survey`).
                from = source.end + 1;
                if self
                    .v
                    .is(from, Class::CONJUNCTION.with(Class::SUBORDINATOR))
                {
                    from += 1;
                } else {
                    from = end;
                }
                k = source.end.max(k + 1);
            }
        }
        for (cue, source, noun, content) in found {
            // Words another attribution of the sentence reports, or holds its source or cue
            // in, are its own (`he said she leads in the latest poll`).
            let taken = self
                .out
                .iter()
                .rev()
                .take(MAX_STATEMENTS_BACK)
                .take_while(|a| a.sentence == s)
                .any(|a| {
                    let (lo, hi) = a
                        .fragments
                        .iter()
                        .chain(a.cue.iter())
                        .fold((usize::MAX, 0), |(lo, hi), f| {
                            (lo.min(f.start), hi.max(f.end))
                        });
                    let ours = content.start.min(source.start)..content.end.max(source.end);
                    lo < ours.end && ours.start < hi
                });
            if taken {
                continue;
            }
            // The source's head ends before a participle phrase after the poll noun
            // (`released Sunday`; not `the governing body's annual poll`).
            let head_end = self.before_participle(noun + 1..source.end);
            // Any words name it: `the latest CNN/ORC poll`.
            let mention =
                MentionParse::bare(source.start..head_end, crate::model::SpeakerKind::Unnamed);
            let (content, kind, quote) = self.clause_content(self.trim(content));
            if !self.substantial(&content) {
                continue;
            }
            let found = Found {
                mention: Some(mention),
                cue: Some(cue..cue + 1),
                cue_word: Some(CueWord::phrase("in", CueKind::Evidence)),
                adjuncts: Adjuncts::default(),
                end: source.end,
            };
            self.push_found(found, vec![content], kind, quote, s, paragraph);
        }
    }

    /// A turn of an interview transcript: a paragraph that opens with `Q:` or `A:` is what
    /// the interviewer or the interviewee said, the whole paragraph long.
    fn interview_turn(&mut self, para: Range<usize>, s: usize, paragraph: usize) {
        let start = para.start;
        let is_turn = self
            .v
            .tok(start)
            .is_some_and(|t| matches!(t.text(self.v.text), "Q" | "A"))
            && self.v.kind(start + 1) == Some(Kind::Colon)
            && self.outside(start);
        if !is_turn {
            return;
        }
        let content = self.trim(start + 2..para.end);
        if content.is_empty() {
            return;
        }
        // `Q` and `A` are roles: every `Q` is the one interviewer, every `A` the one answering.
        let role = MentionParse {
            tokens: start..start + 1,
            form: Form::Description { definite: true },
            name: None,
            title: Some(start..start + 1),
            affiliation: None,
            appositive: None,
            antecedent: None,
            kind: crate::model::SpeakerKind::Person,
        };
        let found = Found {
            mention: Some(role),
            cue: Some(start + 1..start + 2),
            cue_word: None,
            adjuncts: Adjuncts {
                end: start + 2,
                cue_end: start + 2,
                ..Adjuncts::default()
            },
            end: content.end,
        };
        self.push_found(
            found,
            vec![content],
            StatementKind::Indirect,
            None,
            s,
            paragraph,
        );
    }

    /// Whether a capitalized cue word inside a sentence belongs to a name or title: `State
    /// Treasurer Kelly Mitchell`, `Secretary of State Connie Lawson`, `Report Card`.
    fn in_name(&self, c: usize, sentence_start: usize) -> bool {
        let capitalized = |i: usize| self.v.tok(i).is_some_and(|t| t.is_capitalized());
        c > sentence_start
            && capitalized(c)
            && !self.v.tok(c).is_some_and(|t| t.has(Flags::ALL_CAPS))
            && (capitalized(c + 1) || capitalized(c - 1) || self.v.word_is(c - 1, "of"))
    }

    /// The content range of a quote: the tokens between its marks, without a trailing comma or
    /// period.
    fn quote_content(&self, q: &Quote) -> Range<usize> {
        self.trim(q.content())
    }

    /// Drops trailing `,` `.` `:` `;` and dashes from a content range, and leading ones.
    fn trim(&self, mut r: Range<usize>) -> Range<usize> {
        while r.end > r.start
            && matches!(
                self.v.kind(r.end - 1),
                Some(
                    Kind::Comma
                        | Kind::Period
                        | Kind::Colon
                        | Kind::Semicolon
                        | Kind::Dash
                        | Kind::Hyphen
                )
            )
        {
            r.end -= 1;
        }
        while r.start < r.end
            && matches!(
                self.v.kind(r.start),
                Some(Kind::Comma | Kind::Colon | Kind::Semicolon | Kind::Dash)
            )
        {
            r.start += 1;
        }
        r
    }

    /// The chain of depth-0 quote pieces ending with `top_index` (several for a quote that
    /// runs over paragraphs).
    fn chain(&self, top_index: usize) -> Vec<usize> {
        let mut pieces = vec![top_index];
        let mut k = top_index;
        while self.quote(k).is_some_and(|q| q.continues) && k > 0 {
            k -= 1;
            pieces.push(k);
            if !self.quote(k).is_some_and(|q| q.continued) {
                break;
            }
        }
        pieces.reverse();
        pieces
    }

    /// `"It is hard work. "I train daily. "I hope to race in March," she said.`: when
    /// paragraphs run together, a quote left open ends where the next opens. Open quotes that
    /// no statement holds and that run on into a quote a direct statement starts with are the
    /// same speaker's words: they join that statement as its first fragments. A quote that
    /// holds a report of the writer's (`... Mr Hopkins said that ...`) was closed late, not
    /// run on, and stays out.
    fn join_run_on_quotes(&mut self) {
        /// The most open quotes joined to one statement.
        const MAX_RUN_ON: usize = 8;
        let mut held = Bits::new(self.seg.tokens.len());
        for a in &self.out {
            for f in &a.fragments {
                held.set_range(f.clone());
            }
        }
        for j in 0..self.out.len() {
            let Some(a) = self.out.get(j) else { break };
            if a.kind != StatementKind::Direct {
                continue;
            }
            let Some(first) = a.fragments.first().map(|f| f.start) else {
                continue;
            };
            let Some(mut k) = self.quote_at(first) else {
                continue;
            };
            if self.quote(k).map(|q| self.quote_content(q).start) != Some(first) {
                continue;
            }
            let name = a
                .mention
                .as_ref()
                .map_or(0..0, |m| m.name.clone().unwrap_or(0..0));
            let names_speaker = |t: &Token| {
                let w = t.text(self.v.text);
                t.is_capitalized()
                    && name
                        .clone()
                        .any(|n| self.v.tok(n).is_some_and(|m| m.text(self.v.text) == w))
            };
            // The writer's words in an open quote: a report, or the speaker's own name
            // (`... McClaren's only criticism was ...`).
            let writers = |i: usize| {
                self.v.tok(i).is_some_and(names_speaker)
                    || self.cue_word(i).is_some_and(|w| {
                        matches!(w.form, VerbForm::Past | VerbForm::Third)
                            && !matches!(w.kind, CueKind::Belief | CueKind::Evidence)
                    })
            };
            let mut joined = Vec::new();
            while joined.len() < MAX_RUN_ON && k > 0 {
                let (Some(&prev), Some(&next)) = (self.quote(k - 1), self.quote(k)) else {
                    break;
                };
                let content = self.quote_content(&prev);
                let runs_on = prev.close.is_none() && !prev.continued && prev.end == next.open;
                if !runs_on
                    || content.is_empty()
                    || content.clone().any(|i| held.get(i) || writers(i))
                {
                    break;
                }
                held.set_range(content.clone());
                joined.push(content);
                k -= 1;
            }
            if let Some(a) = self.out.get_mut(j)
                && !joined.is_empty()
            {
                joined.reverse();
                joined.append(&mut a.fragments);
                a.fragments = joined;
            }
        }
    }

    /// Whether the depth-0 quote holding token `i` has at least `n` words; never outside
    /// quotes. Counting stops at `n`: the rules ask this of long quotes too, once per cue.
    fn quote_has_words(&self, i: usize, n: usize) -> bool {
        self.quote_at(i)
            .and_then(|k| self.quote(k))
            .is_some_and(|q| {
                q.content()
                    .filter(|&t| self.v.tok(t).is_some_and(|t| t.is_word()))
                    .nth(n.saturating_sub(1))
                    .is_some()
            })
    }

    /// `"...," an angry Hollande retorted.`: after a quote, a mention and one past-tense verb
    /// that end the sentence attribute the quote, though the verb is not in the lexicon.
    fn unknown_verb_after_quote(&self, k: usize, end: usize) -> Option<Found> {
        // A quote of a word or two is a title or a scare quote: `The "reform," he voted.`
        if !self.quote_has_words(k.checked_sub(1)?, 3) {
            return None;
        }
        let v = (k + 1..(k + MAX_MENTION + 1).min(end)).find(|&i| self.past_form(i))?;
        let terminal = v + 1 >= end || self.v.tok(v + 1).is_some_and(|t| t.is_terminal());
        if !terminal {
            return None;
        }
        let mention = self.subject_before(v, k)?;
        // A thing (`the report concluded`) needs a known verb; a person may use any.
        let named = mention
            .tokens
            .clone()
            .skip(1)
            .any(|i| self.v.tok(i).is_some_and(|t| t.is_capitalized()));
        if mention.tokens.start != k
            || matches!(mention.form, Form::Description { .. })
                && mention.kind == crate::model::SpeakerKind::Unnamed
                && !named
        {
            return None;
        }
        Some(Found::one_token_cue(mention, v, v + 1))
    }

    /// A direct statement for the quote ending in sentence `s`, when an attribution stands
    /// after or before it, or it continues the last direct statement.
    fn direct(&mut self, top_index: usize, s: usize, sent: Range<usize>, paragraph: usize) {
        let Some(&q) = self.quote(top_index) else {
            return;
        };
        if q.continued || self.consumed.get(top_index).copied().unwrap_or(false) {
            // Read with the last piece of its chain, or already a fragment of a statement.
            return;
        }
        let pieces = self.chain(top_index);
        let fragments: Vec<Range<usize>> = pieces
            .iter()
            .filter_map(|&k| self.quote(k))
            .map(|p| self.quote_content(p))
            .filter(|r| !r.is_empty())
            .collect();
        if fragments.is_empty() || self.title_quote(&q) {
            return;
        }
        let first = pieces
            .first()
            .and_then(|&k| self.quote(k))
            .copied()
            .unwrap_or(q);
        let quotation = Some(Quotation {
            marks: first.marks,
            closed: q.close.is_some(),
        });
        // After the closing mark.
        if let Some(close) = q.close
            && let Some(found) = self.attribution_after_quote(close + 1, sent.end)
            // `chants of "Marco!," the senator said his campaign was ...`: a cue with a
            // clause of its own after it reports that clause, not the quote.
            && !(found.cue.as_ref().is_some_and(|c| c.start > close + 1)
                && found
                    .cue_word
                    .is_some_and(|w| !crate::statement::adjunct::takes_audience(w.lemma))
                && found.end + 3 <= self.sentence_end(sent.clone())
                && self.v.is(found.end, Class::DETERMINER.with(Class::PRONOUN))
                && self.v.word(found.end).is_some_and(|w| !w.eq_ignore_ascii_case("that")))
            // `...Why not?" He said: "..."`: after a quote that closes no clause with a comma,
            // an attribution with a colon introduces the quote after it, not the one before
            // (`"...," Rubio said: That Cruz is ...` is the one before's).
            && !(self.v.kind(found.end) == Some(Kind::Colon)
                && close
                    .checked_sub(1)
                    .is_some_and(|k| self.v.kind(k) != Some(Kind::Comma)))
        {
            let mut fragments = fragments;
            let mut end_sentence = s;
            // `"A," he said, "B."`: a quote right after the attribution continues the content.
            if self.v.kind(found.end) == Some(Kind::Comma)
                && let Some(next) = self.quote_at(found.end + 1)
                && let Some(nq) = self.quote(next)
                && nq.open == found.end + 1
            {
                let r = self.quote_content(nq);
                if !r.is_empty() {
                    fragments.push(r);
                }
                if let Some(slot) = self.consumed.get_mut(next) {
                    *slot = true;
                }
            }
            // `The plan is "dead on arrival," he said.`: words of the writer's before the
            // quote make the sentence mixed speech.
            if pieces.len() == 1
                && let Some(lead) = self.mixed_lead(first.open, sent.start)
            {
                let (content, kind, quote) = self.clause_content(lead..close + 1);
                self.push_found(found, vec![content], kind, quote, s, paragraph);
                return;
            }
            // The direct statement, not an `..., adding that` read after it, is the one a
            // following quote may continue.
            let index = self.out.len();
            self.push_found(
                found,
                fragments,
                StatementKind::Direct,
                quotation,
                s,
                paragraph,
            );
            if let Some(direct) = self.out.get(index) {
                let tail = direct.fragments.last().map_or(sent.end, |r| r.end);
                if tail >= sent.end {
                    end_sentence = s;
                }
                self.last_direct = Some((index, end_sentence));
            }
            return;
        }
        // Before the opening mark: `Ma said: "..."`, `Ma said, "..."`.
        if let Some(found) = self.attribution_before_quote(first.open) {
            let index = self.out.len();
            // `he said, "we don't know the answer" on how many jobs will go`: the writer's
            // words after the quote make it mixed speech.
            if let Some(tail) = self.mixed_tail(&q, &pieces, sent.clone()) {
                let (content, kind, quote) = self.clause_content(first.open..tail);
                self.push_found(found, vec![content], kind, quote, s, paragraph);
                return;
            }
            self.push_found(
                found,
                fragments,
                StatementKind::Direct,
                quotation,
                s,
                paragraph,
            );
            if index < self.out.len() {
                self.last_direct = Some((index, s));
            }
            return;
        }
        if self.participle_lead(first.open, &fragments, quotation, s, paragraph) {
            return;
        }
        self.continuation(first.open, fragments, quotation, s, sent);
    }

    /// `Maher said the report "wasn't good." Adding, "..."`: a sentence that opens with a
    /// reporting participle and a comma or colon before the quote goes on with the speaker of
    /// the statement just before, in the same paragraph or the one before.
    fn participle_lead(
        &mut self,
        open: usize,
        fragments: &[Range<usize>],
        quotation: Option<Quotation>,
        s: usize,
        paragraph: usize,
    ) -> bool {
        let Some(sent) = self.seg.sentences.get(self.sentence_of(open)) else {
            return false;
        };
        let c = sent.tokens.start;
        let Some(cue) = self.cue_word(c) else {
            return false;
        };
        let colon = open.wrapping_sub(1);
        if cue.form != VerbForm::Gerund
            || !matches!(self.v.kind(colon), Some(Kind::Comma | Kind::Colon))
            || after_cue(&self.v, c, cue.lemma, colon).end != colon
        {
            return false;
        }
        let last = self.out.len().wrapping_sub(1);
        let Some(prev) = self.out.get(last) else {
            return false;
        };
        if prev.mention.is_none() || prev.paragraph + 1 < paragraph {
            return false;
        }
        let on = GoesOn {
            cue: Some(c..colon),
            cue_lemma: cue.lemma,
            cue_kind: cue.kind,
            mention: prev.mention.clone(),
            same_speaker_as: Some(last),
        };
        self.mark_used(c);
        self.push_going_on(on, fragments.to_vec(), quotation, s, paragraph);
        true
    }

    /// Pushes a direct statement with no time or place of its own that goes on with a speaker
    /// named elsewhere, as the last direct statement.
    fn push_going_on(
        &mut self,
        on: GoesOn,
        fragments: Vec<Range<usize>>,
        quote: Option<Quotation>,
        s: usize,
        paragraph: usize,
    ) {
        self.out.push(Attribution {
            kind: StatementKind::Direct,
            fragments,
            cue: on.cue,
            cue_lemma: on.cue_lemma,
            cue_kind: on.cue_kind,
            mention: on.mention,
            same_speaker_as: on.same_speaker_as,
            when: None,
            place: None,
            quote,
            sentence: s,
            paragraph,
        });
        self.last_direct = Some((self.out.len() - 1, s));
    }

    /// Where the sentence ends, when at least three words of the writer's (no cue, no other
    /// quote) follow the one-piece quote `q` in it.
    fn mixed_tail(&self, q: &Quote, pieces: &[usize], sent: Range<usize>) -> Option<usize> {
        let close = q.close?;
        if pieces.len() != 1 {
            return None;
        }
        let end = self.sentence_end(sent);
        // The test for a clean tail stops at the next quote or cue, so a sentence of many
        // quotes is read once over, not once per quote.
        let clean = self.v.tok(close + 1).is_some_and(|t| t.is_word())
            && (close + 1..end).all(|i| {
                self.outside(i) && self.cue_word(i).is_none_or(|w| w.form == VerbForm::Base)
            });
        let three_words = || {
            (close + 1..end)
                .filter(|&i| self.v.tok(i).is_some_and(|t| t.is_word()))
                .nth(2)
                .is_some()
        };
        (clean && three_words()).then_some(end)
    }

    /// Where the words before a quote opening at `open` start, when the sentence runs into
    /// the quote (`The plan is "dead on arrival,"`): back to the sentence start or a colon,
    /// semicolon, dash or quote, with at least two words and no cue between.
    fn mixed_lead(&self, open: usize, start: usize) -> Option<usize> {
        let lower = start.max(open.saturating_sub(MAX_CONTENT));
        // A short quote inside the words (`seek "a solution" without`) is part of them; a
        // quote that ends in punctuation is speech of its own, and the words start after it.
        let mut inside = false;
        let lead = (lower..open)
            .rev()
            .find(|&i| match self.v.tok(i) {
                Some(t) if t.is_quote() && t.closes() => {
                    let speech = self
                        .v
                        .tok(i.wrapping_sub(1))
                        .is_some_and(|p| p.is_terminal() || p.kind == Kind::Comma);
                    inside = !speech;
                    speech
                }
                Some(t) if t.is_quote() => !std::mem::take(&mut inside),
                Some(t) => matches!(t.kind, Kind::Colon | Kind::Semicolon | Kind::Dash),
                None => false,
            })
            .map_or(lower, |i| i + 1);
        let words = (lead..open).filter(|&i| self.v.tok(i).is_some_and(|t| t.is_word()));
        let mut count = 0;
        for i in words {
            // `He said "...," adding`: an attribution before the quote is read elsewhere; a
            // cue word after `the` or `of` is a noun (`the secretary of state`). Beliefs and
            // evidence are the speaker's words (`We should seek a solution`).
            if self
                .cue_word(i)
                .is_some_and(|w| !matches!(w.kind, CueKind::Belief | CueKind::Evidence))
                && !self.v.is(
                    i.wrapping_sub(1),
                    Class::DETERMINER.with(Class::PREPOSITION),
                )
                && self.v.kind(i.wrapping_sub(1)) != Some(Kind::Possessive)
            {
                return None;
            }
            count += 1;
        }
        (count >= 2).then_some(lead)
    }

    /// Whether a quote holds a title rather than speech: a few words, most of them
    /// capitalized, no sentence punctuation (`''A Change Is Gonna Come''`).
    fn title_quote(&self, q: &Quote) -> bool {
        let content = q.content();
        if content.len() > 10 || q.continues || q.continued {
            return false;
        }
        let words: Vec<_> = content
            .clone()
            .filter_map(|i| self.v.tok(i))
            .filter(|t| t.is_word())
            .collect();
        let capitals = words.iter().filter(|t| t.is_capitalized()).count();
        let punctuated = content.clone().any(|i| {
            self.v
                .tok(i)
                .is_some_and(|t| t.is_terminal() || t.kind == Kind::Comma)
        });
        // After `on`, `to` or a possessive, a capitalized name in quotes is a title even with
        // the comma that closes the phrase: `on CBS's "Face the Nation,"`.
        let after_owner = q.open > 0
            && (self.v.kind(q.open - 1) == Some(Kind::Possessive)
                || matches!(
                    self.v.word(q.open - 1).map(crate::lexicon::fold).as_deref(),
                    Some("on" | "to" | "in")
                ));
        // Small words (`the`, `of`) may stay lower case in a title; the others are capitalized.
        let content: Vec<_> = words.iter().filter(|t| !t.is(Class::FUNCTION)).collect();
        let capital_content = content.iter().filter(|t| t.is_capitalized()).count();
        let titled = words.len() >= 2 && capitals * 4 >= words.len() * 3
            || content.len() >= 2 && capital_content == content.len();
        titled && (!punctuated || after_owner && words.len() <= 6)
    }

    /// A quote without an attribution of its own: it continues the last direct statement, as
    /// one more fragment, when it opens the sentence right after that statement's in the same
    /// paragraph, or when it fills the next paragraph on its own (the speaker's remarks go on).
    /// When the writer's own sentences end the paragraph before, that quote is a new statement
    /// of the last speaker named.
    fn continuation(
        &mut self,
        open: usize,
        fragments: Vec<Range<usize>>,
        quotation: Option<Quotation>,
        s: usize,
        sent: Range<usize>,
    ) {
        // The quote must open its sentence; that sentence may come before `s` when the quote
        // runs over several sentences.
        let os = self.sentence_of(open);
        let Some(open_sent) = self.seg.sentences.get(os) else {
            return;
        };
        if open != open_sent.tokens.start {
            return;
        }
        // A cue outside quotes in the closing sentence belongs to another attribution.
        let has_cue = sent
            .clone()
            .any(|i| self.outside(i) && self.cue_word(i).is_some());
        if has_cue {
            return;
        }
        if self.after_reported_speech(os, open_sent.paragraph, fragments.clone(), quotation, s) {
            return;
        }
        let Some((last, last_sentence)) = self.last_direct else {
            self.after_described_speaker(os, open, fragments, quotation, s, sent);
            return;
        };
        let Some(prev) = self.out.get(last) else {
            return;
        };
        let paragraph = open_sent.paragraph;
        // The paragraph where the statement's last fragment ends: a statement that already
        // runs into the next paragraph goes on from there.
        let last_paragraph = self
            .seg
            .sentences
            .get(last_sentence)
            .map_or(prev.paragraph, |x| x.paragraph);
        let same_paragraph = last_paragraph == paragraph;
        let next_paragraph = !same_paragraph && last_paragraph + 1 == paragraph;
        let para = self.seg.paragraphs.get(paragraph);
        let quote_only = para.is_some_and(|p| {
            p.tokens.start == open
                && self
                    .quote_at(open)
                    .and_then(|k| self.quote(k))
                    .is_some_and(|q| q.close.is_none_or(|c| c + 2 >= p.tokens.end))
        });
        // `"Missing the game was hard. "Denis deserved it." O'Connor, who ..., was touted`: a
        // paragraph that opens with whole sentences of quote goes on with the speaker of the
        // paragraph before too, whatever follows the quote.
        let opens_paragraph = para.is_some_and(|p| p.tokens.start == open)
            && self
                .quote_at(open)
                .and_then(|k| self.quote(k))
                .and_then(|q| q.close)
                .is_some_and(|c| c + 2 >= self.sentence_end(sent.clone()));
        // `"...," Trump added. He then had a question for the crowd.` and a paragraph of quote:
        // the writer's own sentence after the statement ends it, and the quote is a new
        // statement of the same speaker rather than one more piece of the old one.
        let writer_between = self
            .seg
            .sentences
            .get(last_sentence + 1)
            .is_some_and(|x| x.paragraph == last_paragraph);
        if next_paragraph && (quote_only || opens_paragraph) && writer_between {
            // Someone reported in those sentences is the last speaker named, and the quote
            // is theirs (`Mr Heath said the judgement ...` and then his words); someone
            // reported inside another's report is not (`Lewis reminded MPs that McCartney
            // described ...`: the quote is Lewis's).
            let speaker = (last + 1..self.out.len())
                .rev()
                .find(|&k| {
                    self.out.get(k).is_some_and(|a| {
                        a.paragraph == last_paragraph
                            && a.cue_kind == CueKind::Speech
                            && a.mention.is_some()
                            && self.reporter_of(k, last + 1).is_none()
                    })
                })
                .unwrap_or(last);
            let on = GoesOn {
                cue: None,
                cue_lemma: "",
                cue_kind: CueKind::Speech,
                mention: self.out.get(speaker).and_then(|a| a.mention.clone()),
                same_speaker_as: Some(speaker),
            };
            self.push_going_on(on, fragments, quotation, s, paragraph);
        } else if (same_paragraph && last_sentence + 1 == os)
            || (next_paragraph && (quote_only || opens_paragraph))
        {
            if let Some(a) = self.out.get_mut(last) {
                a.fragments.extend(fragments);
                if let (Some(q), Some(new)) = (&mut a.quote, quotation) {
                    q.closed &= new.closed;
                }
            }
            self.last_direct = Some((last, s));
        } else {
            self.after_described_speaker(os, open, fragments, quotation, s, sent);
        }
    }

    /// `Mr Bell expressed concern about the schools. "I worry that ..."`: a quote with no
    /// attribution that fills its sentence, right after a sentence in the same paragraph whose
    /// subject is a named person (or `he`, `she`), is that person's direct statement. It has
    /// no cue.
    fn after_described_speaker(
        &mut self,
        os: usize,
        open: usize,
        fragments: Vec<Range<usize>>,
        quotation: Option<Quotation>,
        s: usize,
        sent: Range<usize>,
    ) {
        let (Some(open_sent), Some(prev_sent)) = (
            self.seg.sentences.get(os),
            os.checked_sub(1).and_then(|p| self.seg.sentences.get(p)),
        ) else {
            return;
        };
        if prev_sent.paragraph != open_sent.paragraph || open != open_sent.tokens.start {
            return;
        }
        // The quote fills its sentence: only a closing mark and a full stop may follow.
        let Some(q) = self.quote_at(open).and_then(|k| self.quote(k)) else {
            return;
        };
        let Some(close) = q.close else { return };
        let sent_end = self.sentence_end(sent.clone());
        if close + 1 < sent_end {
            return;
        }
        // The sentence before holds no quote of its own.
        let before = prev_sent.tokens.clone();
        if before
            .clone()
            .any(|i| self.v.tok(i).is_some_and(|t| t.is_quote()))
        {
            return;
        }
        let Some(mention) = self
            .first_subject(before.clone(), before.end)
            .filter(|m| {
                m.tokens.start <= before.start + 2 && m.kind == crate::model::SpeakerKind::Person
            })
            .filter(|m| {
                matches!(
                    m.form,
                    Form::Name
                        | Form::Pronoun(
                            crate::speaker::mention::Pronoun::He
                                | crate::speaker::mention::Pronoun::She
                        )
                )
            })
        else {
            return;
        };
        let paragraph = open_sent.paragraph;
        // The subject may already name the speaker of a statement in its sentence: the quote
        // goes with that speaker.
        // Only the statements of that sentence are looked at, not the whole article again.
        let same_speaker_as = self
            .out
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, a)| a.sentence + 1 >= os)
            .find(|(_, a)| {
                a.mention
                    .as_ref()
                    .is_some_and(|m| m.tokens == mention.tokens)
            })
            .map(|(k, _)| k);
        let on = GoesOn {
            cue: None,
            cue_lemma: "",
            cue_kind: CueKind::Speech,
            mention: Some(mention),
            same_speaker_as,
        };
        self.push_going_on(on, fragments, quotation, s, paragraph);
    }

    /// `Mr Herren says there are pros and cons. "It's very simple to set up."`: a quote that
    /// fills the sentence right after a speaker's reported speech, in the same paragraph, is
    /// that speaker's direct statement. Whether a statement was made there is read when the
    /// quote's sentence `os` is reached, so the reported speech is the last one found.
    fn after_reported_speech(
        &mut self,
        os: usize,
        paragraph: usize,
        fragments: Vec<Range<usize>>,
        quotation: Option<Quotation>,
        s: usize,
    ) -> bool {
        // Someone reported inside the report of the sentence before is not the speaker:
        // the one who reports them is (`Lewis reminded MPs that McCartney described ...`),
        // when that is speech too (not `Fox was asked if he would say ...`).
        let mut last = self.out.len().wrapping_sub(1);
        for _ in 0..2 {
            match self.reporter_of(last, 0).filter(|&o| {
                self.out
                    .get(o)
                    .is_some_and(|a| a.cue_kind == CueKind::Speech && a.mention.is_some())
            }) {
                Some(outer) => last = outer,
                None => break,
            }
        }
        let Some(prev) = self.out.get(last) else {
            return false;
        };
        // (`Wenger insists he has faith in him.` then a paragraph of quotes: the quote opens
        // its sentence, so it opens the next paragraph.)
        let reported = matches!(prev.kind, StatementKind::Indirect | StatementKind::Mixed)
            && prev.cue_kind == CueKind::Speech
            // Not a thing's report through `which` (`the BBC Radio 1 chart show, which
            // suggests the show may move`): quotes are a person's or a body's words.
            && prev.mention.as_ref().is_some_and(|m| {
                !self.v.word_is(m.tokens.start, "which")
                    || m.antecedent.as_ref().is_some_and(|a| {
                        a.form == Form::Name
                            || matches!(
                                a.kind,
                                crate::model::SpeakerKind::Person
                                    | crate::model::SpeakerKind::Organisation
                            )
                    })
            })
            && (prev.paragraph == paragraph || prev.paragraph + 1 == paragraph)
            && prev.sentence + 1 == os
            && prev.same_speaker_as.is_none()
            // A direct statement in that sentence is the one the quote continues, and
            // whatever was reported after it (`..., according to CNN.`) is not its speaker.
            && self
                .last_direct
                .is_none_or(|(d, ds)| d < last && ds < prev.sentence);
        if !reported {
            return false;
        }
        // The words that named the speaker and the verb that introduced the speech are those
        // of the sentence before, as for a chained `..., adding that`.
        let on = GoesOn {
            cue: prev.cue.clone(),
            cue_lemma: prev.cue_lemma,
            cue_kind: CueKind::Speech,
            mention: prev.mention.clone(),
            same_speaker_as: Some(last),
        };
        self.push_going_on(on, fragments, quotation, s, paragraph);
        true
    }

    /// The statement from `from` on, among the few around `k` (a sentence's reports), whose
    /// content holds the cue of statement `k`: the speaker who reports `k`'s speaker.
    fn reporter_of(&self, k: usize, from: usize) -> Option<usize> {
        let a = self.out.get(k)?;
        let cue = a.cue.as_ref()?.start;
        let from = from.max(k.saturating_sub(4));
        (from..self.out.len().min(k + 5)).find(|&o| {
            o != k
                && self.out.get(o).is_some_and(|outer| {
                    outer.sentence == a.sentence && outer.fragments.iter().any(|f| f.contains(&cue))
                })
        })
    }

    /// `- Burnley boss Steve Cotterill: "..."`: a paragraph that opens with a name (after a
    /// dash or bullet, and with its titles), then a colon and the quote, gives the quote to
    /// that name with the colon as its cue, as lists of reactions are written.
    fn named_colon(&self, open: usize) -> Option<Found> {
        let colon = open.checked_sub(1)?;
        if self.v.kind(colon) != Some(Kind::Colon) {
            return None;
        }
        let para = self
            .seg
            .paragraphs
            .get(self.seg.sentences.get(self.sentence_of(colon))?.paragraph)?;
        let mut start = para.tokens.start;
        while start < colon && matches!(self.v.kind(start), Some(Kind::Dash | Kind::Hyphen)) {
            start += 1;
        }
        if colon <= start || colon - start > MAX_MENTION {
            return None;
        }
        let mention = self.whole_name(start..colon)?;
        Some(Found::one_token_cue(mention, colon, open))
    }

    /// The mention of `range` when all of it reads as one name.
    fn whole_name(&self, range: Range<usize>) -> Option<MentionParse> {
        self.m
            .classify(range.clone())
            .filter(|m| m.form == Form::Name && m.tokens == range)
    }

    /// A headline that opens with a name and a colon or `says`: see [`Self::headline_colon`]
    /// and [`Self::headline_says`]. Other headlines make no statements.
    fn headline(&mut self, s: usize, sent: Range<usize>, paragraph: usize) {
        match (sent.start + 1..sent.end.min(sent.start + MAX_MENTION + 1))
            .find(|&k| self.v.kind(k) == Some(Kind::Colon))
        {
            Some(colon) => self.headline_colon(colon, s, sent, paragraph),
            None => self.headline_says(s, sent, paragraph),
        }
    }

    /// `Sanders: Clinton Email Story Has Moved`, `Carson: Cruz taking 'Benghazi' approach`: a
    /// headline that opens with a name and a colon (at `colon`) gives what follows to that
    /// name, as headlines write `says`.
    fn headline_colon(&mut self, colon: usize, s: usize, sent: Range<usize>, paragraph: usize) {
        let Some(mention) = self.whole_name(sent.start..colon) else {
            return;
        };
        // `The Latest: Trump's leaked taxes ...`: a word after `the` alone labels a series
        // of reports; a person has no article, and a body that speaks in a headline drops it.
        if colon == sent.start + 2 && self.v.word_is(sent.start, "the") {
            return;
        }
        let end = self.sentence_end(sent);
        let (content, kind, quote) = self.clause_content(colon + 1..end);
        // What is said has a verb or a quote: `Johnny Depp: The acting outlaw`, `Profile:
        // David Blunkett` describe or file; `Campbell: E-mail row 'silly fuss'` reports.
        let said = (colon + 1..end).any(|k| {
            self.v.tok(k).is_some_and(|t| {
                t.is_quote()
                    || t.is(Class::AUXILIARY)
                    || self.cue_word(k).is_some()
                    || t.is_word() && {
                        let w = t.text(self.v.text);
                        w.len() > 3 && w.ends_with("ed")
                    }
            })
        });
        if !said || !self.substantial(&content) {
            return;
        }
        let found = Found::one_token_cue(mention, colon, end);
        self.push_found(found, vec![content], kind, quote, s, paragraph);
    }

    /// `Trump Says He Never Pledged To Kill ...`, `Sanders says his meeting is not an
    /// endorsement`: a headline that opens with a name and `says` or `said` reports what
    /// follows (`Mayor Says Bridge Will Open` names no one).
    fn headline_says(&mut self, s: usize, sent: Range<usize>, paragraph: usize) {
        let Some((c, cue)) = (sent.start + 1..sent.end.min(sent.start + MAX_MENTION + 1))
            .take_while(|&k| {
                self.v
                    .tok(k)
                    .is_some_and(|t| t.is_word() || t.kind == Kind::Possessive)
            })
            .find_map(|k| {
                self.cue_word(k)
                    // Only `says` and `said`: headlines write other verbs of speech with a
                    // thing done (`BMW reveals new models pipeline`, `India calls for fair
                    // trade rules`, `FDIC Accused Of Covering Up`).
                    .filter(|w| {
                        w.lemma == "say" && matches!(w.form, VerbForm::Third | VerbForm::Past)
                    })
                    .map(|w| (k, w))
            })
        else {
            return;
        };
        let Some(mention) = self.whole_name(sent.start..c) else {
            return;
        };
        let end = self.sentence_end(sent);
        let start = if self.v.word_is(c + 1, "that") {
            c + 2
        } else {
            c + 1
        };
        let (content, kind, quote) = self.clause_content(start..end);
        if !self.substantial(&content) {
            return;
        }
        let adjuncts = Adjuncts {
            end: c + 1,
            cue_end: c + 1,
            ..Adjuncts::default()
        };
        let found = Found::at_cue(Some(mention), c, cue, adjuncts, end);
        self.push_found(found, vec![content], kind, quote, s, paragraph);
    }

    /// Records a statement from what an attribution found.
    fn push_found(
        &mut self,
        found: Found,
        fragments: Vec<Range<usize>>,
        kind: StatementKind,
        quote: Option<Quotation>,
        s: usize,
        paragraph: usize,
    ) {
        // Every word of the cue is used: `show` in `told the BBC's Breakfast with Frost show`
        // is no cue of its own.
        if let Some(c) = found.cue.clone() {
            for i in c {
                self.mark_used(i);
            }
        }
        let cue_lemma = found.cue_word.map_or("", |c| c.lemma);
        let cue_kind = found.cue_word.map_or(CueKind::Speech, |c| c.kind);
        let end = found.end;
        let mention = found.mention.clone();
        let when = found
            .adjuncts
            .when
            .clone()
            .or_else(|| self.time_before_cue(&found, &fragments, s));
        self.out.push(Attribution {
            kind,
            fragments,
            cue: found.cue,
            cue_lemma,
            cue_kind,
            mention,
            same_speaker_as: None,
            when,
            place: found.adjuncts.place,
            quote,
            sentence: s,
            paragraph,
        });
        self.chained(end, s, paragraph);
    }

    /// The time of a report whose subject comes before its cue and its content after: one
    /// between the subject and the cue (`Mr Blunkett on Friday said`), else one opening the
    /// sentence, after a connective (`On Thursday Rangers said`, `But earlier this year,
    /// Microsoft said`, `Last month Wenger said`). Not for a report after its content
    /// (`On Monday, prices rose, he said`), where the time is the content's.
    fn time_before_cue(
        &self,
        found: &Found,
        fragments: &[Range<usize>],
        s: usize,
    ) -> Option<Range<usize>> {
        let cue = found.cue.as_ref()?;
        let mention = found.mention.as_ref()?;
        if mention.tokens.end > cue.start || fragments.first().is_none_or(|f| f.start < cue.end) {
            return None;
        }
        // A time phrase at `k`, with the preposition that opens it, ending by `limit`.
        let timed = |k: usize, limit: usize| -> Option<Range<usize>> {
            let lead = usize::from(matches!(
                self.v.word(k).map(crate::lexicon::fold).as_deref(),
                Some("on" | "in" | "at" | "during" | "late" | "early")
            ));
            let end = self.v.time_phrase(k + lead, limit)?;
            Some(k..end)
        };
        // A few words between them at most: joined reports share a subject far back (`Ma
        // said ... but said`), and the words between are no time of either.
        const MAX_GAP: usize = 6;
        if cue.start - mention.tokens.end <= MAX_GAP
            && let Some(t) = (mention.tokens.end..cue.start)
                .find_map(|k| timed(k, cue.start).filter(|t| t.end == cue.start))
        {
            return Some(t);
        }
        let sent = self.seg.sentences.get(s)?.tokens.clone();
        let mut k = sent.start;
        // `But`, `And`, `However,`, `Also`: a connective before the time.
        while k < mention.tokens.start
            && k < sent.start + 2
            && (self.v.is(k, Class::CONJUNCTION)
                || self.v.is(k, Class::CONNECTIVE)
                || self.v.word_is(k, "also")
                || self.v.kind(k) == Some(Kind::Comma))
        {
            k += 1;
        }
        let t = timed(k, mention.tokens.start)?;
        let comma = usize::from(self.v.kind(t.end) == Some(Kind::Comma));
        (t.end + comma == mention.tokens.start).then_some(t)
    }

    /// `..., adding (that) ...`, `..., saying ...`: a second statement by the same speaker
    /// after an attribution that ends at `end`.
    fn chained(&mut self, end: usize, s: usize, paragraph: usize) {
        if self.v.kind(end) != Some(Kind::Comma) {
            return;
        }
        let g = end + 1;
        let Some(cue) = self.cue_word(g) else { return };
        // A participle already read on its own (speech is read before beliefs) is not
        // read again.
        if cue.form != VerbForm::Gerund || !self.outside(g) || self.used.get(g) {
            return;
        }
        // The participle's own sentence bounds it, whichever sentence the statement before it
        // was read in.
        let Some(sent) = self
            .seg
            .sentences
            .get(self.sentence_of(g))
            .map(|x| x.tokens.clone())
        else {
            return;
        };
        let sent_end = self.sentence_end(sent);
        let adjuncts = after_cue(&self.v, g, cue.lemma, sent_end);
        let mut start = adjuncts.end;
        if self.v.kind(start) == Some(Kind::Colon)
            || self.v.word_is(start, "that")
            || self.attitude_about(cue, start)
        {
            start += 1;
        }
        // `..., saying in a letter: "..."`, `..., adding, "..."`: the quote is read as a
        // direct statement.
        let quote_from = start + usize::from(self.v.kind(start) == Some(Kind::Comma));
        if self.quote_at(quote_from).is_some() {
            return;
        }
        let content = self.trim(start..sent_end.min(start + MAX_CONTENT));
        if content.len() < 2 {
            return;
        }
        let (kind, quote) = self.content_kind(content.clone());
        let source = self.out.len().checked_sub(1);
        let mention = source
            .and_then(|k| self.out.get(k))
            .and_then(|a| a.mention.clone());
        self.mark_used(g);
        self.out.push(Attribution {
            kind,
            fragments: vec![content],
            cue: Some(g..adjuncts.cue_end.max(g + 1)),
            cue_lemma: cue.lemma,
            cue_kind: cue.kind,
            mention,
            same_speaker_as: source,
            when: None,
            place: None,
            quote,
            sentence: s,
            paragraph,
        });
    }

    /// An attribution starting at `k`, right after a closing quote mark: `, Ma said`, `said
    /// Ma`, `Ma, the minister, said on Thursday`, `— Ma, the minister`.
    fn attribution_after_quote(&self, k: usize, end: usize) -> Option<Found> {
        let mut k = k;
        let mut dash = false;
        match self.v.kind(k) {
            Some(Kind::Comma) => k += 1,
            Some(Kind::Dash) => {
                dash = true;
                k += 1;
            }
            _ => {}
        }
        if k >= end {
            return None;
        }
        // Inverted: `said Ma`, `said the minister`.
        if let Some(cue) = self.cue_word(k) {
            let (mention, after) = self.subject_after(k + 1, end)?;
            // `"sociopath," said he would not vote`: a pronoun with a verb after it is the
            // subject of what is said, not an inverted speaker.
            if matches!(mention.form, Form::Pronoun(_))
                && after < end
                && (self.v.is(after, Class::AUXILIARY)
                    || self.past_form(after)
                    || self
                        .cue_word(after)
                        .is_some_and(|w| matches!(w.form, VerbForm::Past | VerbForm::Third)))
            {
                return None;
            }
            let adjuncts = after_cue(&self.v, k, cue.lemma, end);
            let adj = after_cue(&self.v, after.saturating_sub(1), "", end);
            let stop = adj.end.max(after);
            return Some(Found {
                mention: Some(mention),
                cue: Some(k..adjuncts.cue_end.min(after).max(k + 1)),
                cue_word: Some(cue),
                adjuncts: Adjuncts {
                    end: stop,
                    cue_end: k + 1,
                    when: adj.when.or(adjuncts.when),
                    place: adj.place.or(adjuncts.place),
                },
                end: stop,
            });
        }
        if dash {
            // `"..." — Ma, the minister`; not `"..." - a reference to David Furnish`, a
            // writer's gloss on a thing.
            let (mention, after) = self.subject_after(k, end).filter(|(m, _)| {
                m.form == Form::Name || m.kind != crate::model::SpeakerKind::Unnamed
            })?;
            let terminal = after >= end || self.v.tok(after).is_some_and(|t| t.is_terminal());
            return terminal.then_some(Found {
                mention: Some(mention),
                cue: None,
                cue_word: None,
                adjuncts: Adjuncts::default(),
                end: after,
            });
        }
        // `Ma said`, `Ma, the minister, said`, `he also said`, `Cruz, who has proposed ...,
        // said`: the first cue whose subject starts right after the quote.
        let limit = (k + 2 * MAX_MENTION + 4).min(end);
        let found = (k..limit)
            // `the "failing" agency widely reported to have failed`: a passive with `to have`
            // or `to be` after it reports of its subject, not the quote.
            .filter(|&i| {
                !(self.v.word_is(i + 1, "to")
                    && (self.v.word_is(i + 2, "have") || self.v.word_is(i + 2, "be")))
            })
            .filter_map(|i| {
                self.cue_word(i)
                    .filter(|w| w.form != VerbForm::Gerund)
                    // `the "failing" Child Support Agency`: a bare form inside a name (a
                    // headline's `Dean Tells Convention` is a report).
                    .filter(|w| !(w.form == VerbForm::Base && self.in_name(i, k)))
                    .map(|w| (i, w))
            })
            .take(3)
            .find_map(|(c, cue)| {
                let m = self.subject_before(c, k)?;
                let from = m
                    .appositive
                    .as_ref()
                    .map_or(m.tokens.start, |a| a.tokens.start.min(m.tokens.start));
                // `Trump's adviser Jason Miller`, `the mayor's adviser`: an owner before the
                // mention.
                let owner = from > k
                    && from - k <= 5
                    && self.v.kind(from - 1) == Some(Kind::Possessive)
                    && (k..from - 1).all(|i| {
                        self.v
                            .tok(i)
                            .is_some_and(|t| t.is_word() && self.cue_word(i).is_none())
                    });
                (from == k || owner).then_some((c, cue, m))
            });
        let Some((c, cue, mention)) = found else {
            return self.unknown_verb_after_quote(k, end);
        };
        let adjuncts = after_cue(&self.v, c, cue.lemma, end);
        // `Citing "obligations," the spokeswoman told POLITICO that Gore ...`: a cue with a
        // clause of its own reports that clause, not the quote before it.
        if self.v.word_is(adjuncts.end, "that")
            && adjuncts.end + 1 < end
            && self.clause_opener(adjuncts.end + 1)
            // `that day`: a time.
            && !self.v.is(adjuncts.end + 1, Class::TIME.with(Class::WEEKDAY))
            && !self.relative_on_audience(c, &adjuncts, adjuncts.end)
        {
            return None;
        }
        // `the "positive campaign" the party hoped to stage`: an infinitive after a verb of
        // wish or plan is what it reports (`said to cheers` still attributes the quote).
        if (cue.takes_infinitive || cue.lemma == "continue")
            && self.v.word_is(adjuncts.end, "to")
            && self
                .v
                .tok(adjuncts.end + 1)
                .is_some_and(|t| t.is_word() && !t.is_capitalized() && !t.is(Class::FUNCTION))
        {
            return None;
        }
        Some(Found {
            mention: Some(mention),
            cue: Some(c..adjuncts.cue_end),
            cue_word: Some(cue),
            end: adjuncts.end,
            adjuncts,
        })
    }

    /// The speaker of the last report before `c` in its sentence, outside quotes: in `"A," he
    /// said, adding: "B."`, the one who adds is `he`.
    fn subject_of_report_before(&self, region: usize, c: usize) -> Option<MentionParse> {
        let k = (region.max(c.saturating_sub(2 * MAX_MENTION))..c)
            .rev()
            .find(|&k| {
                self.outside(k)
                    && self
                        .cue_word(k)
                        .is_some_and(|w| matches!(w.form, VerbForm::Past | VerbForm::Third))
            })?;
        let cue = self.cue_word(k)?;
        if matches!(cue.kind, CueKind::Belief | CueKind::Evidence) {
            return None;
        }
        // Only a comma or a joining word stands between that report and `c`.
        let joined = |from: usize| {
            (from..c).all(|i| {
                self.v.kind(i) == Some(Kind::Comma)
                    || self.v.word(i).is_some_and(|w| {
                        matches!(w.fold_ascii().as_str(), "before" | "after" | "and" | "then")
                    })
            })
        };
        // The subject stands between the quote before and the cue, or right after the cue.
        let limit = (region..k)
            .rev()
            .find(|&i| !self.outside(i))
            .map_or(region, |i| i + 1);
        if let Some(m) = self
            .subject_before(k, limit)
            .filter(|m| m.tokens.start >= limit)
        {
            return joined(after_cue(&self.v, k, cue.lemma, c).end).then_some(m);
        }
        let (m, after) = self.subject_after(k + 1, c)?;
        joined(after).then_some(m)
    }

    /// An attribution ending right before the opening mark `open`: `Ma said: "`, `Ma said, "`,
    /// `Ma told reporters "`.
    fn attribution_before_quote(&self, open: usize) -> Option<Found> {
        let os = self.sentence_of(open);
        let opens_sentence = self
            .seg
            .sentences
            .get(os)
            .is_some_and(|x| x.tokens.start == open);
        let mut j = open;
        let intro = open > 0 && matches!(self.v.kind(open - 1), Some(Kind::Colon | Kind::Comma));
        if intro {
            j -= 1;
        }
        // `told reporters that "... . ..."`: the complementizer joins the cue to a quote of
        // several sentences (a quote within one sentence is reported words read with it).
        let that = !intro
            && open > 0
            && self.v.word_is(open - 1, "that")
            && self
                .quote_at(open)
                .and_then(|k| self.quote(k))
                .is_some_and(|q| {
                    self.sentence_of(q.end.saturating_sub(1)) != self.sentence_of(open)
                });
        if that {
            j -= 1;
        }
        // A quote opening its sentence or paragraph takes an attribution that ends the one
        // before with a colon or comma: `He added:`, `..., saying,`.
        if opens_sentence && !intro && !that {
            return None;
        }
        // Without a colon or comma, only a quote of a few words is reported speech: a word or
        // two right after a verb is a title or a scare quote (`warning of an "atrocity"`).
        if !intro && !self.quote_has_words(open, 4) {
            return None;
        }
        let region = self
            .seg
            .sentences
            .get(self.sentence_of(j.saturating_sub(1)))
            .map_or(0, |x| x.tokens.start);
        let lower = region.max(open.saturating_sub(14));
        let Some(c) = (lower..j)
            .rev()
            .find(|&i| self.outside(i) && self.cue_word(i).is_some())
        else {
            return self.named_colon(open);
        };
        let cue = self.cue_word(c)?;
        let adjuncts = after_cue(&self.v, c, cue.lemma, j);
        let clause = self.clause_start(c, region);
        // `Kelly responded pointedly, with a smile:`: a short phrase set off by a comma.
        let aside_to_j = self.v.kind(adjuncts.end) == Some(Kind::Comma)
            && j > adjuncts.end + 1
            && j - adjuncts.end <= 7
            && self.v.is(adjuncts.end + 1, Class::PREPOSITION)
            && (adjuncts.end + 1..j).all(|i| self.v.tok(i).is_some_and(|t| t.is_word()));
        let mention = if adjuncts.end == j || aside_to_j {
            if cue.form == VerbForm::Gerund {
                if self.gerund_joined(c) {
                    self.first_subject(region..c, c)
                        .or_else(|| self.subject_of_report_before(region, c))?
                } else {
                    self.participle_subject(c, clause)?
                }
            } else {
                // `..., but went on to say, "..."`: the subject of the main clause.
                self.subject_before(c, clause).or_else(|| {
                    intro
                        .then(|| self.coordinated_subject(c, region..c))
                        .flatten()
                })?
            }
        } else if c == clause && intro {
            // `Said Comey, "..."`: the verb first, then its subject.
            let (m, after) = self.subject_after(c + 1, j)?;
            if after != j {
                return None;
            }
            m
        } else {
            return None;
        };
        Some(Found {
            mention: Some(mention),
            cue: Some(c..adjuncts.cue_end.min(j).max(c + 1)),
            cue_word: Some(cue),
            end: open,
            adjuncts,
        })
    }

    /// Whether a content range reads as a statement: at least two words, or one quote.
    fn substantial(&self, r: &Range<usize>) -> bool {
        r.clone()
            .filter(|&i| {
                self.v
                    .tok(i)
                    .is_some_and(|t| t.is_word() || t.kind == Kind::Number)
            })
            .nth(1)
            .is_some()
    }

    /// Direct when the content is one quote, mixed when it holds quoted words, else indirect.
    fn content_kind(&self, r: Range<usize>) -> (StatementKind, Option<Quotation>) {
        let first = self.quote_at(r.start);
        if let Some(k) = first
            && let Some(q) = self.quote(k)
            && q.open == r.start
        {
            let last = q.close.unwrap_or(q.end.saturating_sub(1));
            let rest_empty = (last + 1..r.end).all(|i| {
                matches!(
                    self.v.kind(i),
                    Some(Kind::Period | Kind::Comma | Kind::Question | Kind::Exclamation)
                )
            });
            if rest_empty {
                return (
                    StatementKind::Direct,
                    Some(Quotation {
                        marks: q.marks,
                        closed: q.close.is_some(),
                    }),
                );
            }
        }
        let quoted = self
            .quoted
            .next_set(r.start, r.end)
            .and_then(|j| self.quote_at(j))
            .and_then(|k| self.quote(k));
        match quoted {
            Some(q) => (
                StatementKind::Mixed,
                Some(Quotation {
                    marks: q.marks,
                    closed: q.close.is_some(),
                }),
            ),
            None => (StatementKind::Indirect, None),
        }
    }

    /// Content of a direct statement given as a clause that is one quote: its inside.
    fn clause_content(&self, r: Range<usize>) -> (Range<usize>, StatementKind, Option<Quotation>) {
        let (kind, quote) = self.content_kind(r.clone());
        if kind == StatementKind::Direct
            && let Some(q) = self.quote_at(r.start).and_then(|k| self.quote(k))
        {
            return (self.quote_content(q), kind, quote);
        }
        (self.trim(r), kind, quote)
    }

    /// Whether the verb of a relative clause stands at `i`, right after its reporting cue: an
    /// auxiliary (`would`, `was`) or a past form (`went`, `defied`).
    fn relative_verb_at(&self, i: usize) -> bool {
        self.v.tok(i).is_some_and(|t| {
            let w = t.text(self.v.text);
            t.is_word()
                && !t.is_capitalized()
                && (t.is(Class::AUXILIARY)
                    || !t.is(Class::FUNCTION)
                        && self.cue_word(i).is_none()
                        && (w.ends_with("ed") || matches!(w, "went" | "came" | "made" | "got")))
        })
    }

    /// The relative pronoun before the cue `c` and the subject between them: `which he said`,
    /// `what many analysts said`, `who U.S. officials say`.
    fn relative_subject(&self, c: usize, start: usize) -> Option<(usize, MentionParse)> {
        let lower = start.max(c.saturating_sub(MAX_MENTION + 2));
        let rel = (lower..c).rev().find(|&i| {
            matches!(
                self.v.word(i).map(crate::lexicon::fold).as_deref(),
                Some("which" | "what" | "that" | "who" | "whom")
            ) && !self.m.determiner_that(i)
        })?;
        if !self.outside(rel) || rel + 1 >= c {
            return None;
        }
        let mention = self
            .subject_before(c, rel + 1)
            .filter(|m| m.tokens.start == rel + 1)?;
        Some((rel, mention))
    }

    /// Reported speech around the cue token `c`.
    fn indirect(
        &mut self,
        c: usize,
        mut cue: CueWord,
        s: usize,
        sent: Range<usize>,
        paragraph: usize,
    ) {
        if self.as_reported(c, cue, s, sent.clone(), paragraph) {
            return;
        }
        // `Trump is telling supporters that ...`: a progressive is a finite report.
        let progressive = cue.form == VerbForm::Gerund
            && matches!(
                self.v
                    .word(c.wrapping_sub(1))
                    .map(crate::lexicon::fold)
                    .as_deref(),
                Some("is" | "are" | "was" | "were")
            );
        if cue.form == VerbForm::Gerund && !progressive {
            // `Other acts appearing include ...`: seeming or appearing claims only with an
            // infinitive (`appearing to confirm`).
            if crate::lexicon::cues::RAISING.contains(&cue.lemma) && !self.v.word_is(c + 1, "to") {
                return;
            }
            return self.gerund(c, cue, s, sent, paragraph);
        }
        if cue.form == VerbForm::Participle && !self.v.is(c.wrapping_sub(1), Class::AUXILIARY) {
            return;
        }
        // `to say`, `the report`, `a claim`: not a reporting verb here.
        // A quantifier standing alone is a subject: `another says`, `some argue`.
        let quantifier = matches!(cue.form, VerbForm::Third | VerbForm::Past | VerbForm::Base)
            && matches!(
                self.v
                    .word(c.wrapping_sub(1))
                    .map(crate::lexicon::fold)
                    .as_deref(),
                Some("another" | "some" | "many" | "most" | "both" | "few" | "several")
            );
        // `went on to say that`, `continued to insist that`: a report, though after `to`.
        let goes_on = self.goes_on_to(c).is_some();
        if c > sent.start
            && !quantifier
            && !goes_on
            && self.v.tok(c - 1).is_some_and(|p| {
                p.is_word()
                    && (p.is(Class::DETERMINER)
                        || self.v.word_is(c - 1, "to")
                        // `the first man to successfully defend the title`: a split
                        // infinitive.
                        || p.text(self.v.text).ends_with("ly")
                            && !p.is_capitalized()
                            && self.v.word_is(c.wrapping_sub(2), "to")
                        // `made no comment`, `gave no answer`: a noun, and nothing said.
                        || self.v.word_is(c - 1, "no") && cue.form != VerbForm::Gerund)
                    // `Trump's alleged ties`, `the group's reports`: a modifier or a noun.
                    || p.kind == Kind::Possessive && !self.clitic_subject(c, cue)
                    // `details of planned reforms`, `in alleged fraud`: a participle after a
                    // preposition modifies a noun; `of support`, `with reports`: a bare or
                    // -s form after one is a noun.
                    || p.is_word()
                        && p.is(Class::PREPOSITION)
                        && cue.form != VerbForm::Gerund
            })
        {
            return;
        }
        // `unveiled in the Gershon report, some ...`, `included the West End show Mary
        // Poppins`: a plain form after `the` and a name that a preposition or a verb governs
        // is a noun of the name, when its phrase ends there (but `and the Tories say`,
        // `because the Lib Dems believe`, `as the Gunners seek`).
        if cue.form == VerbForm::Base
            && let Some(the) = (c.saturating_sub(5)..c)
                .rev()
                .take_while(|&k| {
                    self.v
                        .tok(k)
                        .is_some_and(|t| t.is_capitalized() || self.v.word_is(k, "the"))
                })
                .find(|&k| self.v.word_is(k, "the"))
            && the + 1 < c
            && self.v.tok(the.wrapping_sub(1)).is_some_and(|p| {
                p.is_word()
                    && !p.is_capitalized()
                    && !matches!(p.text(self.v.text), "as" | "than" | "like")
                    && (p.is(Class::PREPOSITION) || self.past_form(the - 1))
            })
            // (The noun closes its phrase: `observers in the UK claim it is` reports.)
            && self.v.tok(c + 1).is_none_or(|n| {
                n.is_capitalized()
                    || matches!(
                        n.kind,
                        Kind::Comma | Kind::Quote(_) | Kind::Colon | Kind::CloseParen
                    )
                    || n.is_terminal()
            })
        {
            return;
        }
        // `McFadden makes claims`, `Mercedes faces hopes`, `played down fears`, `draw up
        // plans`: an -s form right after a verb in `-es` (a plural subject would take the
        // plain form: `figures show`) or after a verb's particle is its object, a noun.
        if cue.form == VerbForm::Third
            && self.v.tok(c.wrapping_sub(1)).is_some_and(|p| {
                p.is_word() && !p.is_capitalized() && {
                    let w = p.text(self.v.text).fold_ascii();
                    // (A verb after its subject's name or pronoun, not the plural closing a
                    // phrase: `a survey of 1,300 bosses suggests`.)
                    w.len() > 4
                        && w.ends_with("es")
                        && self.v.tok(c.wrapping_sub(2)).is_some_and(|s| {
                            s.is_word() && (s.is_capitalized() || s.is(Class::PRONOUN))
                        })
                        || matches!(w.as_str(), "up" | "down" | "out" | "off")
                            && NOUN_CUES.contains(&cue.lemma)
                }
            })
        {
            return;
        }
        // `ministers backed plans to`, `talks over government plans to`: an -s form before
        // `to` after a verb in the past, or after a preposition and a noun, is the noun; so is
        // a belief's after a verb in the past (`raised hopes that`, `calmed worries`).
        let to = self.v.word_is(c + 1, "to");
        if cue.form == VerbForm::Third && (to || cue.kind == CueKind::Belief) && c > sent.start {
            let plain = |i: usize| {
                self.v
                    .tok(i)
                    .is_some_and(|t| t.is_word() && !t.is_capitalized() && !t.is(Class::FUNCTION))
            };
            let past_verb = plain(c - 1)
                && self
                    .v
                    .word(c - 1)
                    .is_some_and(|w| w.len() > 4 && w.ends_with("ed"));
            let after_preposition =
                to && plain(c - 1) && c >= sent.start + 2 && self.v.is(c - 2, Class::PREPOSITION);
            // `put forward plans to`, `a speech on UK plans to`: after a verb's particle, or
            // after a preposition and a name.
            let after_particle = to
                && c >= sent.start + 2
                && matches!(
                    self.v.word(c - 1).map(crate::lexicon::fold).as_deref(),
                    Some("forward" | "out" | "up")
                )
                && (self.past_form(c - 2)
                    || matches!(
                        self.v.word(c - 2).map(crate::lexicon::fold).as_deref(),
                        Some("put" | "set" | "laid" | "drew" | "drawn")
                    ));
            let after_named = to
                && c >= sent.start + 2
                && self
                    .v
                    .tok(c - 1)
                    .is_some_and(|t| t.is_word() && t.has(Flags::ALL_CAPS))
                && self.v.is(c - 2, Class::PREPOSITION);
            if past_verb || after_preposition || after_particle || after_named {
                return;
            }
        }
        // `entitles customers to free telephone calls.`, `with charges of fraud`: a plural
        // that is also a noun, in a phrase a preposition opens, with no clause after it, is
        // the noun.
        if cue.form == VerbForm::Third
            && NOUN_CUES.contains(&cue.lemma)
            && self.v.tok(c + 1).is_none_or(|n| {
                n.is_terminal()
                    || matches!(n.kind, Kind::Comma | Kind::CloseParen)
                    || n.is(Class::PREPOSITION) && !self.v.word_is(c + 1, "to")
                    || n.is(Class::ADVERB)
                    || self.v.word_is(c + 1, "and")
            })
        {
            let plain = |i: usize| {
                self.v.tok(i).is_some_and(|t| {
                    t.is_word() && !t.is_capitalized() && !t.is(Class::FUNCTION.with(Class::CUE))
                })
            };
            let mut k = c;
            while k > sent.start + 1 && c - k < 3 && plain(k - 1) {
                k -= 1;
            }
            if k < c && self.v.is(k - 1, Class::PREPOSITION) {
                return;
            }
        }
        // `amid growing calls for`, `mounting fears`: an -s form after a word in `-ing` is a
        // noun; so is one right before a verb of report (`newspaper reports claim`, `reports
        // suggest`), which is the noun's own.
        if cue.form == VerbForm::Third
            && (self.v.tok(c.wrapping_sub(1)).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && t.text(self.v.text).len() > 5
                    && t.text(self.v.text).ends_with("ing")
                    && !t.is(Class::CUE)
            }) || self
                .cue_word(c + 1)
                .is_some_and(|w| w.form == VerbForm::Base)
                // Not `whom he says feel let down`.
                && !self.v.is(c.wrapping_sub(1), Class::PRONOUN))
        {
            return;
        }
        // `jobless claims jumped to`, `aviation plans outlined in`, `TV shows recorded on`: a
        // bare or -s form before a word in -ed that a preposition, a number or a stop follows is
        // a noun with a verb of its own; `says suspended sprinter`, `reports increased sales`:
        // a word in -ed before a noun is a modifier in what is reported. After a pronoun or a
        // name (`Kilroy-Silk feels embarrassed to`), and in a raising verb (`seems assured of`),
        // the form is the verb.
        if matches!(cue.form, VerbForm::Base | VerbForm::Third)
            && !crate::lexicon::cues::RAISING.contains(&cue.lemma)
            && !self.v.tok(c.wrapping_sub(1)).is_some_and(|p| {
                p.is_word()
                    && (p.is(Class::PRONOUN) || p.is_capitalized() && !p.has(Flags::ALL_CAPS))
            })
            && self.v.tok(c + 1).is_some_and(|t| {
                let w = t.text(self.v.text);
                t.is_word() && !t.is_capitalized() && w.len() > 4 && w.ends_with("ed")
            })
            && self.v.tok(c + 2).is_none_or(|t| {
                !t.is_word() && !t.opens() && !matches!(t.kind, Kind::Currency | Kind::Apostrophe)
                    || t.is(Class::PREPOSITION.with(Class::DETERMINER))
            })
        {
            return;
        }
        // `several negative comments about`, `the two states that`: an -s form after a
        // quantity (and perhaps a modifier) is a plural noun.
        if cue.form == VerbForm::Third && c > sent.start {
            let quantity = |i: usize| {
                self.v.tok(i).is_some_and(|t| {
                    t.kind == Kind::Number
                        || t.is_word()
                            && (t.is(Class::NUMBER) && !self.v.word_is(i, "one")
                                || ["several", "many", "numerous", "various", "few"]
                                    .iter()
                                    .any(|w| self.v.word_is(i, w)))
                })
            };
            // Not a plural noun (`a survey of 1,000 people suggests`: the verb of `survey`).
            let modifier = self.v.tok(c - 1).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && !t.text(self.v.text).ends_with('s')
                    && !t.is(Class::FUNCTION.with(Class::CUE).with(Class::PLURAL))
            });
            if quantity(c - 1) || modifier && c >= sent.start + 2 && quantity(c - 2) {
                return;
            }
        }
        // `has no immediate plans to`, `had no claims`: a noun after `have no`.
        let have_no = |n: usize| {
            self.v.word_is(n, "no")
                && ["has", "have", "had", "having"]
                    .iter()
                    .any(|w| self.v.word_is(n.wrapping_sub(1), w))
        };
        if have_no(c.wrapping_sub(1))
            || (have_no(c.wrapping_sub(2))
                && self
                    .v
                    .tok(c - 1)
                    .is_some_and(|t| t.is_word() && !t.is_capitalized() && !t.is(Class::FUNCTION)))
        {
            return;
        }
        // `an hour-long show`, `a damning report`: a base form after an article and a
        // modifier is a noun (a verb after `a ...` would take `-s`).
        if cue.form == VerbForm::Base
            && c >= sent.start + 2
            && (self.v.word_is(c - 2, "a") || self.v.word_is(c - 2, "an"))
            && self.v.tok(c - 1).is_some_and(|t| {
                t.is_word() && !t.is_capitalized() && !t.is(Class::FUNCTION) && !t.is(Class::CUE)
            })
        {
            return;
        }
        // `the latest plan`, `its central claim`, `the UK's highest hopes`: a bare or `-s`
        // form after a determiner or an owner and an adjective that never heads a subject (a
        // superlative, `new`, `central`, ...) is a noun, which reports only what `to` or
        // `that` brings after it (`the latest plan to stop Trump`).
        if matches!(cue.form, VerbForm::Base | VerbForm::Third)
            && c >= sent.start + 2
            && !(self.v.word_is(c + 1, "to") || self.v.word_is(c + 1, "that"))
            && (matches!(
                self.v.word(c - 2).map(crate::lexicon::fold).as_deref(),
                Some("the" | "its" | "his" | "her" | "their" | "this" | "our" | "my" | "your")
            ) || self.v.kind(c - 2) == Some(Kind::Possessive))
            && self.v.tok(c - 1).is_some_and(|t| {
                let w = t.text(self.v.text);
                t.is_word()
                    && !t.is_capitalized()
                    && (w.len() > 5 && w.ends_with("est") && !w.ends_with("rest")
                        || matches!(
                            w,
                            "new"
                                | "first"
                                | "last"
                                | "same"
                                | "whole"
                                | "main"
                                | "central"
                                | "original"
                                | "initial"
                                | "final"
                                | "previous"
                                | "current"
                                | "recent"
                                | "next"
                                | "only"
                        ))
            })
        {
            return;
        }
        if self.show_noun(c, cue, sent.start) {
            return;
        }
        if self.verdict(c, cue) || self.no_report(c, cue) {
            return;
        }
        if crate::lexicon::cues::RAISING.contains(&cue.lemma) {
            return self.raising(c, cue, s, sent, paragraph);
        }
        // The passive (`Reagan was once asked how ...`) names who was told, not who spoke: the
        // statement has no speaker unless `by` names one.
        if self.passive(c) {
            return self.passive_statement(c, cue, s, sent, paragraph);
        }
        // `Rust Belt states that have suffered`: a noun and a relative clause, not a verb.
        if cue.form == VerbForm::Third
            && self.v.word_is(c + 1, "that")
            && self.v.is(c + 2, Class::AUXILIARY)
        {
            return;
        }
        let end = self.sentence_end(sent.clone());
        let adjuncts = after_cue(&self.v, c, cue.lemma, end);
        // `quoted him as saying ...` reports words; `quoted Lincoln` alone does not.
        if cue.lemma == "quote" && adjuncts.cue_end == c + 1 {
            return;
        }
        let after = adjuncts.end;
        if self.quantity_change(cue, after) {
            return;
        }
        // `a plan that officials said would cut costs`, `in what analysts said was a sign`: the
        // cue stands in a relative clause whose own verb follows it; the reported words run
        // from the relative pronoun.
        if matches!(cue.form, VerbForm::Past | VerbForm::Third | VerbForm::Base)
            && CLAUSE_TAKING.contains(&cue.lemma)
            && self.relative_verb_at(after)
            && let Some((rel, mention)) = self.relative_subject(c, sent.start)
        {
            let content_end = self.content_end(after, end.min(after + MAX_CONTENT), false);
            // `the announcement, which some argued was a ploy, was an insult`: the main
            // clause's verb after a comma closes the relative clause.
            let content_end = (after..content_end)
                .find(|&k| {
                    self.v.kind(k) == Some(Kind::Comma)
                        && self.outside(k)
                        && self.v.is(k + 1, Class::AUXILIARY)
                })
                .unwrap_or(content_end);
            let (content, kind, quote) = self.clause_content(rel..content_end);
            if self.substantial(&content) {
                let found = Found::at_cue(Some(mention), c, cue, adjuncts, content_end);
                self.push_found(found, vec![content], kind, quote, s, paragraph);
                return;
            }
        }
        // `about what it said about its owner`, `what they are offering in new models`: after
        // `what` and its subject, `what` is the cue's object and the words after the cue
        // report nothing (`what he called "a tragedy"` names it, and stays).
        // (`what analysts knew: that ...` says it after a colon; in `what researchers say
        // they need` a clause with its own subject follows, whose object `what` is.)
        let own_clause = || {
            self.v.kind(after) == Some(Kind::Colon)
            || self.v.tok(after).is_some_and(|t| {
                t.is_capitalized()
                    || t.is(Class::PRONOUN)
                        && !matches!(
                            t.text(self.v.text).fold_ascii().as_str(),
                            "him" | "her" | "them" | "us" | "me"
                        )
            })
            || self.verb_soon(after..end.min(after + 5))
            // `what he said about Romney's phrase "self-deportation"`: quoted words are
            // reported, whatever the grammar around them.
                || (after..end.min(after + 12)).any(|k| self.quote_at(k).is_some())
        };
        if cue.lemma != "call" && self.free_relative_subject(c, sent.start) && !own_clause() {
            return;
        }
        // `..., Ma said.` and `..., said Ma.`: the clause before.
        if let Some(found) = self.trailing(c, cue, &adjuncts, sent.clone(), end) {
            let comma = found.1;
            let mut start = self.lead_start(sent.start, comma);
            // `A, Ma said, B`: the words before the attribution are the subject of the
            // clause that goes on after it, and that clause opens at a relative pronoun
            // (`the stadium, which, Tompkins said, is full`) or after a dash or semicolon
            // (`... - and the permit, his campaign said, had been hard to get`).
            if found.0.end < end && self.v.kind(found.0.end) == Some(Kind::Comma) {
                start = self.parenthetical_clause_start(start, comma);
            }
            let (content, kind, quote) = self.clause_content(start..comma);
            // `In May, the mayor, Ida Berg, wrote to the council`: a time or place before the
            // subject is no content.
            // (`After a town hall meeting in Londonderry last week, Kasich boasted`: so is a
            // longer phrase with no verb of its own, that no clause goes on from after the
            // attribution (`Without a pick up in growth, they say, the money could run out`)
            // and that holds no second noun phrase with no mark before it (`Despite the
            // rebalancing of the economy the growth picture remains strong, said ...`).)
            let goes_on = found.0.end < end && self.v.kind(found.0.end) == Some(Kind::Comma);
            let adverbial = content.len() <= 4
                && (self.v.time_phrase(content.start, content.end) == Some(content.end)
                    || self.v.is(content.start, Class::PREPOSITION))
                || !goes_on
                    && content.len() <= MAX_FRONTED_WORDS
                    && !(content.start + 2..content.end).any(|i| {
                        self.v.is(i, Class::DETERMINER)
                            && self
                                .v
                                .tok(i - 1)
                                .is_some_and(|p| p.is_word() && !p.is(Class::FUNCTION))
                    })
                    && (self.v.is(content.start, Class::PREPOSITION)
                        || self.v.word_is(content.start, "following"))
                    && !self.v.word_is(content.start, "of")
                    && content.clone().all(|i| {
                        self.v.tok(i).is_some_and(|t| {
                            (t.is_word() && !t.is(Class::PRONOUN.with(Class::SUBORDINATOR)))
                                || matches!(t.kind, Kind::Number | Kind::Possessive | Kind::Hyphen)
                        })
                    })
                    && !self.verb_soon(content.clone())
                    && !self.past_after_first(content.clone());
            // `Still, he said, officials must decide`: the words before are an attribution of
            // their own, not what `decide` reports.
            let attribution = content.end > content.start + 1
                && self.cue_word(content.end - 1).is_some_and(|w| {
                    matches!(w.form, VerbForm::Past | VerbForm::Third)
                        && !matches!(w.kind, CueKind::Belief | CueKind::Evidence)
                })
                && self.v.tok(content.end - 2).is_some_and(|t| {
                    t.is(Class::PRONOUN) || t.is_capitalized() && !t.is(Class::FUNCTION)
                });
            if self.substantial(&content)
                && !self.short_lead(c, sent.start)
                && !adverbial
                && !attribution
            {
                // `A, Ma said, B.`: the clause after belongs to the content too.
                let mut fragments = vec![content];
                if found.0.end < end && self.v.kind(found.0.end) == Some(Kind::Comma) {
                    let more = self.trim(found.0.end + 1..end.min(found.0.end + 1 + MAX_CONTENT));
                    // `..., said Ma, a former adviser.`: what follows the inverted speaker may
                    // describe it.
                    let inverted = found.0.mention.as_ref().is_some_and(|m| m.tokens.start > c);
                    let more = if inverted {
                        self.after_source_asides(more)
                    } else {
                        Some(more)
                    };
                    // Not a participle's phrase of the writer's (`..., Ma said, falling short
                    // of the target`).
                    if let Some(more) = more
                        && self
                            .cue_word(more.start)
                            .is_none_or(|w| w.form != VerbForm::Gerund)
                        && !self.writers_participle(more.start)
                        && self.substantial(&more)
                    {
                        fragments.push(more);
                    }
                }
                self.push_found(found.0, fragments, kind, quote, s, paragraph);
                return;
            }
            // `That, they say, will be easier`: a short subject before the attribution and
            // its predicate after it.
            if !content.is_empty()
                && content.len() <= 3
                && !adverbial
                && found
                    .0
                    .mention
                    .as_ref()
                    .is_some_and(|m| m.form != Form::Pronoun(crate::speaker::mention::Pronoun::Who))
                && self.v.kind(found.0.end) == Some(Kind::Comma)
                && self.v.is(found.0.end + 1, Class::AUXILIARY)
            {
                let more = self.trim(found.0.end + 1..end.min(found.0.end + 1 + MAX_CONTENT));
                if self.substantial(&more) {
                    self.push_found(found.0, vec![content, more], kind, quote, s, paragraph);
                    return;
                }
            }
            // `Then, says Mr Ma, the world found out`: an inverted attribution after a short
            // opener; the clause after it is what was said, as after `Still, he said,`.
            // An appositive read to the sentence end is the clause instead: `Then, says Mr
            // Ma, the ruling party lost`.
            let mut found = found.0;
            if found.end >= end
                && let Some(m) = found.mention.as_mut()
                && let Some(comma) = m
                    .appositive
                    .as_ref()
                    .map(|a| a.tokens.start.saturating_sub(1))
                && self.v.kind(comma) == Some(Kind::Comma)
            {
                m.appositive = None;
                found.end = comma;
                found.adjuncts.end = comma;
            }
            if found.mention.as_ref().is_some_and(|m| m.tokens.start > c)
                && self.short_lead(c, sent.start)
                && self.v.kind(found.end) == Some(Kind::Comma)
            {
                let more = self.trim(found.end + 1..end.min(found.end + 1 + MAX_CONTENT));
                if self.substantial(&more) {
                    let (content, kind, quote) = self.clause_content(more);
                    self.push_found(found, vec![content], kind, quote, s, paragraph);
                    return;
                }
            }
        }
        // `Ma said (that) ...`: the clause after.
        let mut start = after;
        let mut introduced = false;
        // `In a merger, he said, the brand would survive`: a phrase of the reported clause
        // before a parenthetical attribution.
        let mut opening = None;
        if self.v.kind(start) == Some(Kind::Comma) && self.quote_at(start + 1).is_some() {
            start += 1;
        } else if self.v.kind(start) == Some(Kind::Comma)
            && adjuncts.end > c + 1
            && start == adjuncts.end
            && self.v.tok(start + 1).is_some_and(|t| {
                t.is(Class::DETERMINER.with(Class::PRONOUN)) && !self.v.word_is(start + 1, "which")
            })
            && self.verb_soon(start + 2..end)
        {
            // `said on Monday, the talks had failed`, `said in a statement, the firm would
            // appeal`: a comma closing the attribution's time, place or medium before the
            // clause.
            start += 1;
        } else if self.v.kind(start) == Some(Kind::Comma) && self.short_lead(c, sent.start) {
            // `Still, he said, officials must decide`: the attribution sits after a short
            // opener, and the clause after it is what was said.
            start += 1;
            introduced = self.clause_opener(start);
            opening = self.content_lead(sent.start, c);
        }
        // `said, among other things, that ...`: an aside between commas before `that`.
        if self.v.kind(start) == Some(Kind::Comma)
            && let Some(close) =
                (start + 2..(start + 7).min(end)).find(|&i| self.v.kind(i) == Some(Kind::Comma))
            && self.v.word_is(close + 1, "that")
        {
            start = close + 1;
        }
        if self.v.kind(start) == Some(Kind::Colon) {
            start += 1;
            introduced = true;
        }
        // `called for new talks`, `asked for more time`: what is called or asked for is the
        // content; so is what an attitude
        // is about (`expressed concern about the cost`, `voiced support for the bill`).
        // `agrees with Dean`, `agreed on a commission`: the one agreed with, or the thing
        // agreed on, unless a clause follows (`agreed with the President that ...`).
        let agreed_with = cue.lemma == "agree"
            && (self.v.word_is(start, "with") || self.v.word_is(start, "on"))
            && self.that_ahead(start, end).is_none();
        let called_for = matches!(cue.lemma, "call" | "ask") && self.v.word_is(start, "for")
            || self.attitude_about(cue, start)
            || agreed_with;
        if called_for {
            start += 1;
            introduced = true;
        } else if let Some(to) = self.request_after(c, cue.lemma, end) {
            start = to;
            introduced = true;
        } else if !self.v.word_is(start, "that")
            && let Some(that) = self.that_ahead(start, end)
        {
            start = that;
        }
        // `Having said that, ...`, `He said that.`: `that` is the object, not a clause.
        if self.v.word_is(start, "that")
            && (start + 1 >= end
                || self.v.tok(start + 1).is_some_and(|t| {
                    matches!(t.kind, Kind::Period | Kind::Semicolon) || t.is_terminal()
                })
                || self.v.kind(start + 1) == Some(Kind::Comma)
                    && self.v.word_is(c.wrapping_sub(1), "having")
                || self.relative_on_audience(c, &adjuncts, start))
        {
            return;
        }
        if self.demonstrative_that(start) {
            // `said that could turn into a trend`, `I hope that's right`; but a word that
            // reports only with a clause after it is a noun before a relative clause when its
            // verb reading is not made certain by a pronoun or a poll before it (`the civil
            // protests that had tried`, `voice calls that will be matched`; but `polls show
            // that has reversed`).
            let verb = matches!(cue.form, VerbForm::Past | VerbForm::Participle)
                || !cue.needs_clause
                || self.v.is(c.wrapping_sub(1), Class::PRONOUN)
                || self.poll_at(c.wrapping_sub(1));
            if !verb {
                return;
            }
            introduced = true;
        } else if self.v.word_is(start, "that") {
            start += 1;
            // `said that: "..."`: a colon between the complementizer and its quote.
            if self.v.kind(start) == Some(Kind::Colon) && self.quote_at(start + 1).is_some() {
                start += 1;
            }
            introduced = true;
        } else if matches!(
            self.v.word(start).map(crate::lexicon::fold).as_deref(),
            Some("whether" | "if" | "why" | "how" | "what" | "when")
        ) && cue.kind == CueKind::Question
        {
            introduced = true;
        }
        if let Some(k) = self.quote_at(start) {
            // A quote that runs past this sentence is read whole, as a direct statement, in
            // the sentence where it ends.
            if self
                .quote(k)
                .is_some_and(|q| q.close.unwrap_or(q.end) >= sent.end)
            {
                return;
            }
            introduced = true;
        }
        // Beliefs and evidence take any complement (`polls show Trump ahead`, `they want a
        // wall`); speech verbs that also take plain objects need a clause or a quote.
        let mut attitude = matches!(cue.kind, CueKind::Belief | CueKind::Evidence);
        // A belief after a modal is an action (`China will support`), and a belief inside words
        // already reported is part of them (`Ma said China hopes ...`).
        if attitude && (self.after_modal(c) || self.reported(c, s)) {
            return;
        }
        // `He called the plan "dead on arrival"`: quoted words in the complement make it
        // reported speech too.
        let quoted_words = self
            .quoted
            .next_set(start, end.min(start + MAX_CONTENT))
            .is_some();
        // `said if Trump wins, he would ...`: the reported clause opens with a clause of
        // condition or time, closed by a comma before its own subject.
        let fronted = if introduced {
            None
        } else {
            self.fronted_clause(c, start, end)
        };
        if fronted.is_some() {
            introduced = true;
        }
        // `vowed to build a wall`: `to` and a verb.
        if cue.takes_infinitive
            && self.v.word_is(start, "to")
            && self
                .v
                .tok(start + 1)
                .is_some_and(|t| t.is_word() && !t.is_capitalized() && !t.is(Class::DETERMINER))
        {
            introduced = true;
        }
        let finite = matches!(cue.form, VerbForm::Past | VerbForm::Third)
            || cue.form == VerbForm::Base
                && (self.v.is(c.wrapping_sub(1), Class::PRONOUN)
                    || self.v.word_is(c.wrapping_sub(1), "who"));
        let object = cue.takes_object
            && finite
            && self.clause_opener(start)
            && (!cue.target_only || self.names_party(start, end));
        // `blasted Rubio for his vote`: no words are reported, a stance on a target is, like
        // `opposed the deal`.
        if cue.target_only && object && !introduced && !quoted_words {
            if self.after_modal(c) || self.reported(c, s) {
                return;
            }
            cue.kind = CueKind::Belief;
            attitude = true;
        }
        // `maintained the Oscars only generated excitement`: a clause without `that`, told by
        // a finite verb after its subject.
        let clause = cue.needs_clause
            && !introduced
            && matches!(cue.form, VerbForm::Past | VerbForm::Third)
            // Verbs of asserting, which drop `that` as `say` does; `answered the question`,
            // `offers a reminder`, `repeated his pledge` name a thing said.
            && matches!(
                cue.lemma,
                "emphasise" | "emphasize" | "maintain" | "reiterate" | "state" | "stress"
            )
            && self.bare_clause_at(start, end);
        if cue.needs_clause && !introduced && !attitude && !quoted_words && !object && !clause {
            return;
        }
        // `who has known Mr. Ryan for two decades`, `I believe him`: a verb of knowing in the
        // perfect, or with a person as its object, holds no belief (the perfect of `know`
        // reports only with `that`).
        if matches!(cue.lemma, "know" | "believe")
            && !introduced
            && !quoted_words
            && fronted.is_none()
            // (`her` may be a possessive: `believes her win will cut little ice`.)
            && (self.object_pronoun(start) && !self.v.word_is(start, "her")
                || cue.lemma == "know"
                    && cue.form == VerbForm::Participle
                    && self.v.tok(c.wrapping_sub(1)).is_some_and(|p| {
                        p.is_word()
                            && matches!(
                                crate::lexicon::fold(p.text(self.v.text)).as_str(),
                                "has" | "have" | "had"
                            )
                    }))
        {
            return;
        }
        // `wrote the score for a musical`, `is writing their third album`: writing makes a
        // thing; it reports only a clause (`writes Mr Blair then changed his mind`, `wrote the
        // paper, The Chief, that ...`), quoted words, a document (`wrote a letter`) or what it
        // is about.
        if cue.kind == CueKind::Writing
            && !introduced
            && !quoted_words
            && !self.writing_reports(start, end)
        {
            return;
        }
        // `claimed the title`, `claiming a draw`: a prize taken, no words.
        if cue.lemma == "claim" && !introduced && !quoted_words && self.prize_at(start, end) {
            return;
        }
        // `proved popular`, `learned the trade`: a state reached or a thing got, not a finding;
        // these attribute only a clause.
        if !introduced && cue.clause_only {
            return;
        }
        // `feels the frustration of missing out`, `feel their way into the set`, `felt it most
        // acutely`: a thing felt is no belief; a clause (`feels the plan is flawed`, `felt the
        // result exposed his side`) or a state (`felt betrayed`) is.
        if cue.lemma == "feel"
            && !introduced
            && !quoted_words
            && (self.v.is(start, Class::DETERMINER)
                && !self.v.word_is(start, "a")
                && !self.v.word_is(start, "an")
                || self.v.word_is(start, "it"))
            && !self.verb_soon(start..end)
            && !self.past_after_first(start..end)
        {
            return;
        }
        // `went on to claim that ...`, not `went on to claim the Cup`.
        if !introduced && !quoted_words && goes_on {
            return;
        }
        if !introduced && !self.clause_opener(start) {
            return;
        }
        let lead = self.clause_start_for_subject(c, sent.start);
        let Some(mention) = self
            .subject_before(c, lead)
            .or_else(|| {
                self.main_after_relative
                    .take()
                    .filter(|(k, _)| *k == c)
                    .map(|(_, head)| head)
            })
            .or_else(|| self.coordinated_subject(c, sent.clone()))
            .or_else(|| attitude.then(|| self.any_subject(c, lead)).flatten())
        else {
            return;
        };
        // `a company called Sansun`, `an advocacy group called Color of Change`, `what are
        // called superdelegates`: naming, not saying.
        let passive = matches!(
            self.v
                .word(c.wrapping_sub(1))
                .map(crate::lexicon::fold)
                .as_deref(),
            Some("is" | "are" | "was" | "were" | "be" | "been" | "being")
        );
        if cue.lemma == "call"
            && (passive
                // `which he calls "good fun"`, `Arabs, who he called "suicide bombers"`: the
                // object goes before the speaker, so the quoted term is what is said.
                || self.naming_call(c)
                    && !mention.tokens.start.checked_sub(1).is_some_and(|k| {
                        matches!(
                            self.v.word(k).map(crate::lexicon::fold).as_deref(),
                            Some("which" | "what" | "who" | "whom" | "that")
                        )
                    })
                || (c.saturating_sub(5)..c).any(|i| {
                    matches!(
                        self.v.word(i).map(crate::lexicon::fold).as_deref(),
                        Some("a" | "an" | "another")
                    ) && (i + 1..c).all(|k| {
                        self.v
                            .tok(k)
                            .is_some_and(|t| t.is_word() && !t.is_capitalized())
                    })
                }))
        {
            return;
        }
        // `He attacked Tory plans to ...`, `boosting their Oscars hopes`: no subject opens
        // with a verb and its object, so the `-s` word after them is a plural noun.
        if matches!(cue.form, VerbForm::Third | VerbForm::Base)
            && self.verb_and_object_at(mention.tokens.start)
        {
            return;
        }
        // `Graham, who says ..., tweeted that ...`: a relative clause ends at a comma too.
        let subordinate = self.subordinate_subject(mention.tokens.start)
            || self.opens_subordinate(sent.start, mention.tokens.start)
            || mention.form == Form::Pronoun(crate::speaker::mention::Pronoun::Who);
        let content_end = self.content_end(fronted.map_or(start, |k| k + 1), end, subordinate);
        let content_end = self.through_open_quote(start, content_end, end);
        // `what it calls "Office in a Pocket" devices, with ...`: with the object moved before
        // the speaker, the quoted term alone is what is said.
        let relative_object = cue.lemma == "call"
            && mention.tokens.start.checked_sub(1).is_some_and(|k| {
                matches!(
                    self.v.word(k).map(crate::lexicon::fold).as_deref(),
                    Some("which" | "what" | "who" | "whom" | "that")
                )
            });
        let content_end = match self.quote_at(start).and_then(|k| self.quote(k)) {
            Some(q) if relative_object => q.close.map_or(content_end, |c| (c + 1).min(content_end)),
            _ => content_end,
        };
        // `saw the game`: no `as` at all, no belief (checked again below, on the object); this
        // cheap test first spares the object's reading, which tests every word for a time.
        // `A viewer poll saw Hero emerge as the favourite`, `The closing moments saw ...`: a
        // thing sees nothing, and holds no belief.
        if cue.lemma == "see"
            && (mention.kind == crate::model::SpeakerKind::Unnamed
                || !introduced && !self.sees_as(start, content_end))
        {
            return;
        }
        // `showed no sign of the injury`, `found fame in the 1960s`, `found space in the area`:
        // a person who shows or finds a thing acts; a person's finding is a clause (`showed he
        // can control a game`, `found a chain of events linked him to ...`) or quoted words,
        // while figures and studies show a thing (`figures showed a fall in growth`).
        if matches!(cue.lemma, "show" | "find")
            && !introduced
            && !quoted_words
            && self.personal(&mention, c, cue.form)
            && !self.finding_clause(start, content_end)
        {
            return;
        }
        // `relies on links called "trackers"`, `the conference called in Jakarta`: a verb of
        // naming right after a noun that a preposition governs is a participle on that noun.
        if matches!(cue.lemma, "call" | "name" | "dub" | "label" | "term") && self.named_thing(c) {
            return;
        }
        // `Larkin again added the extras`: what is added without a clause is a thing done.
        if cue.lemma == "add"
            && !introduced
            && !quoted_words
            && !self.adds_words(start, content_end)
        {
            return;
        }
        // A stance's object is a noun phrase: `endorsed Canova in late May`.
        let content_end = if attitude && object && !introduced || agreed_with {
            self.object_end(
                start,
                content_end,
                cue.target_only
                    || matches!(
                        cue.lemma,
                        "see" | "cite" | "describe" | "dismiss" | "praise" | "brand" | "label"
                    ),
            )
        } else {
            content_end
        };
        // `praised the plan and embraced its aims`, `vowed to win and cast doubt on ...`: an
        // object or an infinitive ends where the subject's next verb starts.
        let content_end = if (object && !introduced) || agreed_with || self.v.word_is(start, "to") {
            (start + 1..content_end)
                .find(|&k| self.v.word_is(k, "and") && self.next_predicate(k + 1))
                .unwrap_or(content_end)
        } else {
            content_end
        };
        // `Parents who refuse to allow contact could be tagged`: a relative clause on the
        // subject reports no further than the main clause's verb.
        let main_verb = (mention.form == Form::Pronoun(crate::speaker::mention::Pronoun::Who))
            .then(|| {
                self.main_verb_after_relative(
                    mention.tokens.start,
                    sent.start,
                    start..content_end,
                    (object && !introduced) || self.v.word_is(start, "to"),
                )
            })
            .flatten();
        if let Some(k) = main_verb
            && let Some(head) = &mention.antecedent
        {
            self.main_after_relative = Some((k, (**head).clone()));
        }
        let content_end = main_verb.unwrap_or(content_end);
        // `sees Cruz as a uniter`: seeing is a belief only when it sees its object as
        // something (not `saw the game`).
        if cue.lemma == "see" && !introduced && !self.sees_as(start, content_end) {
            return;
        }
        let (content, kind, quote) = self.clause_content(start..content_end);
        // `The film tells the story of two boys`: a thing that tells a story narrates;
        // nothing is said (a person who tells one reports it: `Rubio told the story of a
        // supporter`).
        if cue.lemma == "tell"
            && !matches!(
                mention.kind,
                crate::model::SpeakerKind::Person | crate::model::SpeakerKind::Group
            )
            && self.v.is(content.start, Class::DETERMINER)
            && (content.start + 1..(content.start + 3).min(content.end)).any(|k| {
                matches!(
                    self.v.word(k).map(crate::lexicon::fold).as_deref(),
                    Some("story" | "stories" | "tale" | "tales")
                )
            })
        {
            return;
        }
        // An object may be one word: `endorsed Clinton`, `opposed it`.
        let one_word_object = (object && !introduced || agreed_with) && !content.is_empty();
        // `46 percent said yes`, `the candidate said no`: a one-word answer.
        let answer = content.len() == 1
            && matches!(
                self.v
                    .word(content.start)
                    .map(crate::lexicon::fold)
                    .as_deref(),
                Some("yes" | "no")
            );
        if !(self.substantial(&content) || one_word_object || answer)
            && kind != StatementKind::Direct
        {
            return;
        }
        let mut adjuncts = adjuncts;
        if adjuncts.place.is_none() {
            adjuncts.place = self.lead_in_place(sent.start, mention.tokens.start);
        }
        let fragments = match opening {
            // The subject stands right after the opening's comma: the attribution is set off.
            Some(opening) if opening.end + 1 == mention.tokens.start => vec![opening, content],
            _ => vec![content],
        };
        let found = Found::at_cue(Some(mention), c, cue, adjuncts, content_end);
        self.push_found(found, fragments, kind, quote, s, paragraph);
    }

    /// `As Politico reported Tuesday, the PAC will ...`, `As reported by the Post, ...`: an
    /// attribution in an `as` clause that opens the sentence reports the clause after its
    /// comma. Returns whether a statement was made.
    fn as_reported(
        &mut self,
        c: usize,
        cue: CueWord,
        s: usize,
        sent: Range<usize>,
        paragraph: usize,
    ) -> bool {
        if !(self.v.word_is(sent.start, "as") && c > sent.start && c - sent.start <= MAX_MENTION) {
            return false;
        }
        if !matches!(
            cue.kind,
            CueKind::Speech | CueKind::Writing | CueKind::Evidence
        ) || matches!(cue.form, VerbForm::Gerund | VerbForm::Base)
        {
            return false;
        }
        let end = self.sentence_end(sent.clone());
        let (mention, comma, adjuncts) = if c == sent.start + 1 && self.v.word_is(c + 1, "by") {
            // `As reported by the Post,`
            let Some(comma) = (c + 2..end.min(c + 2 + MAX_MENTION))
                .find(|&k| self.v.kind(k) == Some(Kind::Comma))
            else {
                return false;
            };
            let Some(mention) = self
                .longest_prefix_mention(c + 2, comma)
                .or_else(|| self.m.source(c + 2..comma))
            else {
                return false;
            };
            let adjuncts = Adjuncts {
                end: comma,
                cue_end: c + 1,
                ..Adjuncts::default()
            };
            (mention, comma, adjuncts)
        } else {
            // `As Politico reported Tuesday night,`
            let adjuncts = after_cue(&self.v, c, cue.lemma, end);
            if self.v.kind(adjuncts.end) != Some(Kind::Comma) {
                return false;
            }
            let Some(mention) = self
                .subject_before(c, sent.start + 1)
                .filter(|m| m.tokens.start == sent.start + 1)
            else {
                return false;
            };
            (mention, adjuncts.end, adjuncts)
        };
        let start = comma + 1;
        if !self.clause_opener(start) {
            return false;
        }
        let content_end = self.content_end(start, end, false);
        let (content, kind, quote) = self.clause_content(start..content_end);
        if !self.substantial(&content) {
            return false;
        }
        let found = Found::at_cue(Some(mention), c, cue, adjuncts, content_end);
        self.push_found(found, vec![content], kind, quote, s, paragraph);
        true
    }

    /// The opening phrase before a parenthetical attribution at cue `c` when it belongs to
    /// what was said: a phrase of two words or more that a preposition opens (`In a merger`,
    /// `In other words`), not a time (`On Monday`) or the medium (`In a statement`).
    fn content_lead(&self, start: usize, c: usize) -> Option<Range<usize>> {
        let comma = (start..c).find(|&i| self.v.kind(i) == Some(Kind::Comma))?;
        let words = comma - start;
        let prepositional = words >= 2
            && self.v.is(start, Class::PREPOSITION)
            && self.v.time_phrase(start, comma) != Some(comma)
            && self.v.time_phrase(start + 1, comma) != Some(comma)
            && !(start + 1..comma).any(|i| self.v.is(i, Class::MEDIUM));
        prepositional.then_some(start..comma)
    }

    /// Whether a finite verb of the sentence's subject starts at `k`: a lower-case past form
    /// in `-ed` with its own object (`embraced his argument`), or a reporting verb in the past
    /// or third person (`points out`).
    fn next_predicate(&self, k: usize) -> bool {
        // with an object of its own: `embraced his argument`, `ranked Fiorina`
        self.past_form(k)
            && self
                .v
                .tok(k + 1)
                .is_some_and(|o| o.is(Class::DETERMINER.with(Class::PRONOUN)) || o.is_capitalized())
            || !self.v.tok(k).is_some_and(|t| t.is_capitalized())
                && self
                    .cue_word(k)
                    .is_some_and(|c| matches!(c.form, VerbForm::Past | VerbForm::Third))
    }

    /// Whether token `i` looks like a verb in the past: a lower-case word in `-ed` of more
    /// than four letters that is no function word (`retorted`, `embraced`).
    fn past_form(&self, i: usize) -> bool {
        self.v.tok(i).is_some_and(|t| {
            let w = t.text(self.v.text);
            t.is_word()
                && !t.is_capitalized()
                && w.len() > 4
                && w.ends_with("ed")
                && !t.is(Class::FUNCTION)
        })
    }

    /// Where the comma is that closes a clause of condition or time opening at `start` (after
    /// the cue at `c`), when a new subject follows it: `if Trump wins, he would ...`, `when the
    /// plant closes, the town ...`; with no comma, the token before the main clause's subject.
    fn fronted_clause(&self, c: usize, start: usize, end: usize) -> Option<usize> {
        // `say in the northern cities, the race is between them and Labour`: a short phrase
        // of place or time fronted in the reported clause, closed by a comma before its
        // subject and verb.
        if matches!(
            self.v.word(start).map(crate::lexicon::fold).as_deref(),
            Some(
                "in" | "on" | "at" | "during" | "after" | "before" | "since" | "across" | "within"
            )
        ) {
            return (start + 2..end.min(start + 10))
                .take_while(|&k| {
                    self.outside(k)
                        && (self.v.kind(k) == Some(Kind::Comma)
                            || self.v.tok(k).is_some_and(|t| {
                                matches!(t.kind, Kind::Word | Kind::Possessive | Kind::Number)
                                    && !t.is(Class::CUE)
                            }))
                })
                .find(|&k| self.v.kind(k) == Some(Kind::Comma))
                .filter(|&k| {
                    self.v.tok(k + 1).is_some_and(|t| {
                        t.is(Class::DETERMINER.with(Class::PRONOUN))
                            && !self.v.word_is(k + 1, "which")
                    }) && self.verb_soon(k + 2..end)
                        && !self.reporting_clause_at(k + 1)
                });
        }
        let opens = matches!(
            self.v.word(start).map(crate::lexicon::fold).as_deref(),
            Some("if" | "when" | "once" | "unless" | "because" | "although" | "while" | "until")
        );
        if !(opens && self.clause_opener(start + 1)) {
            return None;
        }
        let window = || {
            (start + 2..end.min(start + 24))
                .take_while(|&k| self.outside(k) && self.v.kind(k) != Some(Kind::Semicolon))
        };
        if let Some(comma) = window().find(|&k| self.v.kind(k) == Some(Kind::Comma)) {
            return Some(comma).filter(|&k| {
                self.clause_opener(k + 1)
                    && !self.v.is(k + 1, Class::CONJUNCTION)
                    && !self.reporting_clause_at(k + 1)
            });
        }
        // `says if he went there he'd be doing nothing`: no comma, but the main clause opens
        // with a pronoun and its auxiliary after the clause's own subject and verb. Without
        // one, or after a denial, the clause is a question (`would not say if he was pleased`,
        // `did not say if they think they're close`).
        let denied = (c.saturating_sub(3)..c).any(|k| {
            self.v
                .word(k)
                .is_some_and(|w| negation_word(&crate::lexicon::fold(w)))
        });
        if denied {
            return None;
        }
        window()
            .skip(1)
            .find(|&k| self.pronoun_and_auxiliary(k))
            .map(|k| k - 1)
    }

    /// Whether a subject pronoun and an auxiliary open a clause at `k`: `it would`, `you are`,
    /// `he'd`, `they'll`.
    fn pronoun_and_auxiliary(&self, k: usize) -> bool {
        const SUBJECTS: [&str; 8] = ["i", "you", "he", "she", "it", "we", "they", "there"];
        let Some(word) = self.v.word(k) else {
            return false;
        };
        let folded = crate::lexicon::fold(word);
        if SUBJECTS.contains(&folded.as_str()) {
            return self.v.is(k + 1, Class::AUXILIARY);
        }
        let Some((head, tail)) = folded.split_once(['\'', '’']) else {
            return false;
        };
        SUBJECTS.contains(&head) && matches!(tail, "d" | "ll" | "re" | "ve" | "m")
    }

    /// Where the request after a verb of asking starts: `urged the council to act`, `asked
    /// him not to run` and `told them never to return` ask `to act`, `not to run` and `never
    /// to return` of someone; so does `called on Congress to pass the bill`. The one asked is
    /// a short noun phrase after the verb.
    fn request_after(&self, c: usize, lemma: &str, end: usize) -> Option<usize> {
        let from = match lemma {
            "ask" | "urge" | "advise" | "instruct" | "remind" | "warn" | "tell" | "beg"
            | "encourage" | "implore" => c + 1,
            "call" if self.v.word_is(c + 1, "on") || self.v.word_is(c + 1, "upon") => c + 2,
            _ => return None,
        };
        // `asked for clarification on the move to allow ...`: what is asked for, not the one
        // asked.
        if self.v.is(from, Class::PREPOSITION) {
            return None;
        }
        let to = (from..end.min(from + 9))
            .take_while(|&k| {
                self.v
                    .tok(k)
                    .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Possessive))
                    && !self.v.word_is(k, "that")
                    // `warned it might have to restate`, `warned the government would have
                    // to work`: a clause with its own verb.
                    && !self.v.is(k, Class::AUXILIARY)
                    // `telling them she had nothing to do with it`: a clause with its own
                    // subject.
                    && !matches!(
                        self.v.word(k).map(crate::lexicon::fold).as_deref(),
                        Some("he" | "she" | "they" | "we" | "i")
                    )
                    // `asked how much he was paid to ...`: a question, not a request.
                    && !matches!(
                        self.v.word(k).map(crate::lexicon::fold).as_deref(),
                        Some("how" | "what" | "why" | "whether" | "if" | "who" | "which" | "where")
                    )
            })
            .find(|&k| {
                k > c + 1
                    && self.v.word_is(k, "to")
                    // `to act`; not `delays to two releases`, `to the council`.
                    && self.v.tok(k + 1).is_some_and(|t| {
                        t.is_word()
                            && !t.is_capitalized()
                            && !t.is(Class::DETERMINER.with(Class::NUMBER))
                    })
            })?;
        Some(
            if self.v.word_is(to - 1, "not") || self.v.word_is(to - 1, "never") {
                to - 1
            } else {
                to
            },
        )
    }

    /// Whether the subject of the cue at `c` follows `what` or `whatever`: `what it said`,
    /// `what they are offering`.
    fn free_relative_subject(&self, c: usize, lower: usize) -> bool {
        let what = |i: usize| self.v.word_is(i, "what") || self.v.word_is(i, "whatever");
        // Only when `what` stands a few words before the cue.
        if !(c.saturating_sub(6).max(lower)..c).any(what) {
            return false;
        }
        self.subject_before(c, lower)
            .is_some_and(|m| m.tokens.start > lower && what(m.tokens.start - 1))
    }

    /// Where the noun phrase at `start` ends, before `end`: at a comma, dash or semicolon, a
    /// time, a preposition of time or place, or `and`/`but` before a new clause; `as` ends it
    /// unless it says what the object is `seen_as` (`sees the levy as a tax`, `cited it as
    /// proof`, `dismissed the claims as nonsense`).
    fn object_end(&self, start: usize, end: usize, seen_as: bool) -> usize {
        (start + 1..end)
            .find(|&i| {
                // `sees the levy as a tax`: what it is seen as belongs to the object; quoted
                // words hold no end (`dismissed the Budget as "vote now, pay later" plans`).
                if seen_as && self.v.word_is(i, "as") || !self.outside(i) {
                    return false;
                }
                matches!(
                    self.v.kind(i),
                    Some(Kind::Comma | Kind::Dash | Kind::Semicolon | Kind::Colon)
                ) || self.v.time_phrase(i, end).is_some()
                    || matches!(
                        self.v.word(i).map(crate::lexicon::fold).as_deref(),
                        Some(
                            "in" | "on"
                                | "at"
                                | "during"
                                | "after"
                                | "before"
                                | "since"
                                | "over"
                                | "because"
                                | "when"
                                | "while"
                                | "as"
                                | "despite"
                        )
                    )
                    || (self.v.word_is(i, "and") || self.v.word_is(i, "but"))
                        && self.v.tok(i + 1).is_some_and(|t| {
                            t.is(Class::PRONOUN)
                                || t.is_capitalized()
                                    && self.v.tok(i + 2).is_some_and(|n| n.is_capitalized())
                        })
            })
            .unwrap_or(end)
    }

    /// `said the project "shows how to get things done. My theme is five words."`: reported
    /// words whose quote runs on past the sentence end where the quote closes, in the same
    /// paragraph; the quote is then read as part of this statement, not on its own.
    fn through_open_quote(&mut self, start: usize, content_end: usize, sent_end: usize) -> usize {
        if content_end < sent_end || content_end == 0 {
            return content_end;
        }
        let Some(k) = self.quote_at(content_end - 1) else {
            return content_end;
        };
        let Some(&q) = self.quote(k) else {
            return content_end;
        };
        let Some(close) = q.close else {
            return content_end;
        };
        if q.open <= start || q.continued || q.continues || close < sent_end {
            return content_end;
        }
        if close - start > MAX_CONTENT {
            return content_end;
        }
        if let Some(slot) = self.consumed.get_mut(k) {
            *slot = true;
        }
        close + 1
    }

    /// `Trump appeared poised to win`, `which seems to be a polarizing question`: the subject
    /// and what follows the verb are what is attributed, and no source is named. Not `she
    /// appeared on television`: a preposition or a determiner after the verb is no claim.
    fn raising(&mut self, c: usize, cue: CueWord, s: usize, sent: Range<usize>, paragraph: usize) {
        if self.reported(c, s) {
            return;
        }
        let end = self.sentence_end(sent.clone());
        let mut after = c + 1;
        while self.v.is(after, Class::ADVERB) && after < c + 3 {
            after += 1;
        }
        if after >= end {
            return;
        }
        let Some(next) = self.v.tok(after) else {
            return;
        };
        // `she appeared alongside Richard Wilson`, `it first appeared last month`, `Osbourne
        // appears more than any other act`: an appearance, in time, place or number, is no
        // claim.
        let appearance = next.is(Class::TIME)
            || matches!(
                self.v.word(after).map(crate::lexicon::fold).as_deref(),
                Some(
                    "last" | "next" | "early" | "alongside" | "live" | "twice" | "once"
                        | "together" | "briefly" | "onstage" | "opposite"
                )
            )
            // (`appeared more interested` is a claim.)
            || (self.v.word_is(after, "more") || self.v.word_is(after, "less"))
                && self.v.word_is(after + 1, "than");
        let complement = next.is_word()
            && !next.is_capitalized()
            && !appearance
            && (self.v.word_is(after, "to") && self.v.tok(after + 1).is_some_and(|t| t.is_word())
                || self.v.word_is(after, "that")
                || !next.is(Class::FUNCTION) && !next.is(Class::PRONOUN));
        if !complement {
            return;
        }
        let lead = self.clause_start_for_subject(c, sent.start);
        let mut k = c;
        while k > lead && self.v.is(k - 1, Class::ADVERB.with(Class::AUXILIARY)) && c - k < 3 {
            k -= 1;
        }
        // `..., but appeared to betray ...`: a predicate coordinated with the one before has
        // no subject of its own to attribute.
        if k > sent.start + 1
            && (self.v.word_is(k - 1, "but") || self.v.word_is(k - 1, "and"))
            && self.v.kind(k - 2) == Some(Kind::Comma)
        {
            return;
        }
        let start = self.np_start(k, lead);
        let Some(subject) = (start..k)
            .filter(|&i| !self.v.is(i, Class::PREPOSITION.with(Class::CONJUNCTION)))
            .find_map(|i| self.m.source(i..k))
            .or_else(|| self.coordinated_subject(c, sent.clone()))
        else {
            return;
        };
        // `While the plan seems to work, the mayor ...`: a subordinate clause ends at its
        // comma.
        let subordinate =
            self.subordinate_subject(start) || self.opens_subordinate(sent.start, start);
        let content_end = self.content_end(after, end, subordinate);
        let content = self.trim(subject.tokens.start..content_end);
        let (kind, quote) = self.content_kind(content.clone());
        if !self.substantial(&content) {
            return;
        }
        let found = Found {
            mention: None,
            cue: Some(c..c + 1),
            cue_word: Some(cue),
            end: content_end,
            adjuncts: Adjuncts {
                end: c + 1,
                cue_end: c + 1,
                ..Adjuncts::default()
            },
        };
        self.push_found(found, vec![content], kind, quote, s, paragraph);
    }

    /// Whether the object of `see` that starts at `start` is seen `as` something: the `as`
    /// closes a short object with no number in it (`sees the merger as a rescue`, `see
    /// reforming the banks as vital`); not a later clause (`saw Ireland leading 18-12 as the
    /// game entered`, `saw its majority cut to just 14 as an amendment was passed`).
    fn sees_as(&self, start: usize, end: usize) -> bool {
        /// The longest object seen as something, in tokens.
        const MAX_OBJECT: usize = 12;
        (start + 1..end.min(start + MAX_OBJECT + 1))
            .take_while(|&k| self.v.kind(k) != Some(Kind::Number))
            .find(|&k| self.v.word_is(k, "as"))
            // `saw desperate defence as Wasps turned down penalties`: an `as` that opens a
            // clause of its own is a conjunction.
            .is_some_and(|k| {
                !(self
                    .v
                    .tok(k + 1)
                    .is_some_and(|t| t.is_capitalized() || t.is(Class::PRONOUN))
                    && self.past_form(k + 2))
            })
    }

    /// Whether `call` at `c` names or summons rather than says: its object is a name or a
    /// quoted term alone, then the clause goes on or ends (`a virus called Bofra is spreading`,
    /// `links called "trackers" that point`, `a format called RSS (Really Simple
    /// Syndication)`, `she called Mr Lee.`). Saying takes a second phrase: `called Lee a
    /// liar`, `called it "dead"`.
    fn naming_call(&self, c: usize) -> bool {
        let mut k = c + 1;
        if self.v.word_is(k, "the") {
            k += 1;
        }
        let start = k;
        if self.v.tok(k).is_some_and(Token::opens) {
            // A quoted term of a few words.
            k = match (k + 1..(k + 6).min(self.v.toks.len()))
                .find(|&j| self.v.tok(j).is_some_and(|t| t.closes()))
            {
                Some(close) => close + 1,
                None => return false,
            };
        } else {
            // A name is a mention long at most: a title-case run longer than that is no name.
            while k < start + MAX_MENTION
                && self.v.tok(k).is_some_and(|t| {
                    t.is_word() && t.is_capitalized() && !t.is(Class::PRONOUN)
                        || t.kind == Kind::Symbol && t.text(self.v.text) == "&"
                })
            {
                k += 1;
            }
        }
        if k == start {
            return false;
        }
        let Some(next) = self.v.tok(k) else {
            return true;
        };
        // In a quote, the term's closing comma or stop may come before the mark.
        matches!(
            next.kind,
            Kind::Period
                | Kind::Comma
                | Kind::Semicolon
                | Kind::OpenParen
                | Kind::Question
                | Kind::Exclamation
        ) || matches!(
            self.v.word(k).map(crate::lexicon::fold).as_deref(),
            Some(
                "that"
                    | "which"
                    | "who"
                    | "and"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
            )
        )
    }

    /// A statement of a passive cue: what follows it, with no speaker.
    fn passive_statement(
        &mut self,
        c: usize,
        cue: CueWord,
        s: usize,
        sent: Range<usize>,
        paragraph: usize,
    ) {
        // `what are called progressive taxes`: naming, not saying.
        if cue.lemma == "call" && !self.v.word_is(c + 1, "for") {
            return;
        }
        let sentence_start = sent.start;
        let end = self.sentence_end(sent);
        let adjuncts = after_cue(&self.v, c, cue.lemma, end);
        let mut start = adjuncts.end;
        let wh = cue.kind == CueKind::Question
            && self.v.word(start).is_some_and(|w| {
                matches!(
                    w.fold_ascii().as_str(),
                    "whether" | "if" | "why" | "what" | "which" | "who" | "how" | "when" | "where"
                )
            });
        // `were worried about prices`: a preposition opens no clause unless a number follows.
        let preposition = self.v.is(start, Class::PREPOSITION)
            && !self.v.word_is(start, "to")
            && self.v.kind(start + 1) != Some(Kind::Number)
            && !wh;
        // `Asked about her vote, she said`: the topic of a question put to the speaker.
        let topic = cue.kind == CueKind::Question
            && self.v.word_is(start, "about")
            && self.v.tok(start + 1).is_some_and(|t| t.is_word());
        // `was told to leave`, not `was added to the list`: `to` opens an infinitive.
        let infinitive = self.v.word_is(start, "to")
            && self.v.tok(start + 1).is_some_and(|t| {
                t.is_word() && !t.is_capitalized() && !t.is(Class::DETERMINER.with(Class::PRONOUN))
                    || t.opens()
            });
        // `the virus was discovered that can hop from phone to phone`: a relative clause.
        if self.demonstrative_that(start) {
            return;
        }
        if self.v.word_is(start, "that") || self.v.kind(start) == Some(Kind::Colon) || topic {
            start += 1;
        } else if preposition
            || (self.v.word_is(start, "to") && !infinitive)
            || !(wh
                || self.clause_opener(start)
                || infinitive
                || self.v.is(start, Class::SUBORDINATOR))
        {
            return;
        }
        // `was declared insolvent`, `is considered a key indicator`, `had been offered 20% of
        // the firm`: with no `that`, what follows a passive is a clause only with a subject
        // and its verb (`was told he would leave`, `was told the plan was off`).
        let bare = !(wh
            || infinitive
            || topic
            || self.v.word_is(adjuncts.end, "that")
            || self.v.kind(adjuncts.end) == Some(Kind::Colon)
            || self.quote_at(start).is_some()
            || self.v.is(start, Class::SUBORDINATOR)
            // `asked not to bring`, `expected soon to top`: an infinitive after an adverb.
            || (self.v.word_is(start, "not") || self.v.is(start, Class::ADVERB))
                && self.v.word_is(start + 1, "to")
            // `was quoted in the Herald newspaper saying: "..."`: words after a colon.
            || (start..start + 6).any(|i| self.v.kind(i) == Some(Kind::Colon)));
        // (`It is thought the men used ...`: after an empty `it` the words are a clause.)
        if bare
            && !self.v.is(start, Class::PRONOUN)
            && !self.empty_it_before(c)
            && !self.verb_soon(start + 1..start + 8)
        {
            return;
        }
        // `Italy were offered another penalty when ... was offside`: a verb of speech that
        // reports only with a clause after it has none in the passive without `that`.
        if bare
            && cue.needs_clause
            && matches!(cue.kind, CueKind::Speech | CueKind::Writing)
            && !self.empty_it_before(c)
        {
            return;
        }
        // `was discovered only days later`: a finding in the passive reports a clause; so
        // does a writing (`it was written that ...`, not `the way it was written meant ...`).
        if (cue.clause_only || cue.kind == CueKind::Writing)
            && !(self.v.word_is(adjuncts.end, "that") || wh)
        {
            return;
        }
        let elliptic = topic || self.elliptic_passive(c, c);
        let content_end = self.content_end(start, end, elliptic);
        let (content, kind, quote) = self.clause_content(start..content_end);
        if !(self.substantial(&content) || elliptic) && kind != StatementKind::Direct {
            return;
        }
        // `Some members are worried that ...`: being worried is a state of the subject, who
        // holds the belief (not a passive whose agent is unnamed).
        let holder = (cue.lemma == "worry")
            .then(|| {
                let lead = self.clause_start_for_subject(c, sentence_start);
                self.subject_before(c, lead)
            })
            .flatten();
        let found = Found::at_cue(holder, c, cue, adjuncts, content_end);
        self.push_found(found, vec![content], kind, quote, s, paragraph);
    }

    /// Whether a finite verb stands among the words of `range` before any mark: an auxiliary
    /// in lowercase (not the month `May`) or a reporting verb in the past or `-s` form. A
    /// clause has one near its start; a noun phrase has none.
    fn verb_soon(&self, range: Range<usize>) -> bool {
        range
            .take_while(|&i| {
                self.v.tok(i).is_some_and(|t| {
                    t.is_word() || matches!(t.kind, Kind::Number | Kind::Possessive)
                })
            })
            .any(|i| {
                self.v
                    .tok(i)
                    .is_some_and(|t| t.is(Class::AUXILIARY) && !t.is_capitalized())
                    || self
                        .cue_word(i)
                        .is_some_and(|w| matches!(w.form, VerbForm::Past | VerbForm::Third))
            })
    }

    /// Whether a clause without `that` starts at `start`: a subject opened by a pronoun, a
    /// determiner or a capital, and a finite verb a few words on, before any conjunction or
    /// relative word (`the Oscars only generated excitement`, `he will incur costs`; not
    /// `guilty to fraud and is assisting`, `legal action against any firm which has`, `his
    /// critics as he scored`, `the times he produced`).
    fn bare_clause_at(&self, start: usize, end: usize) -> bool {
        let opens = self.v.tok(start).is_some_and(|t| {
            t.is_word()
                && (t.is(Class::PRONOUN.with(Class::DETERMINER)) || t.is_capitalized())
                && !t.is(Class::PREPOSITION.with(Class::CONJUNCTION))
        })
            // `maintains a large pledged delegate lead`: an indefinite opens an object.
            && !self.v.word_is(start, "a")
            && !self.v.word_is(start, "an");
        if !opens {
            return false;
        }
        let stop = (start + 1..end.min(start + MAX_CLAUSE_LOOKAHEAD))
            .find(|&i| {
                self.v.is(i, Class::CONJUNCTION.with(Class::SUBORDINATOR))
                    || matches!(
                        self.v.word(i).map(crate::lexicon::fold).as_deref(),
                        Some("which" | "who" | "that" | "whose" | "where" | "as" | "if")
                    )
                    // `repeats the times he produced`: a subject of its own inside the object
                    // opens a relative clause.
                    || self.v.is(i, Class::PRONOUN) && !self.v.is(i, Class::DETERMINER)
            })
            .unwrap_or(end.min(start + MAX_CLAUSE_LOOKAHEAD));
        // An auxiliary or a reporting verb in the past (an `-s` form is too often a plural:
        // `these questions`, `a stream of remarks`), or a verb in `-ed`.
        (start + 1..stop).any(|i| {
            self.v
                .tok(i)
                .is_some_and(|t| t.is(Class::AUXILIARY) && !t.is_capitalized())
                || self.cue_word(i).is_some_and(|w| w.form == VerbForm::Past)
        }) || self.past_after_first(start..stop)
    }

    /// Whether a share of those polled starts at `i`: a number and `%` or `percent`.
    pub(super) fn share_at(&self, i: usize) -> bool {
        self.v.kind(i) == Some(Kind::Number)
            && (self.v.kind(i + 1) == Some(Kind::Percent) || self.v.word_is(i + 1, "percent"))
    }

    /// Whether tokens `start..comma` are a description, a comma and a name: `His mother,
    /// Giselle`, `The club's chairman, Tom Reyes`.
    fn role_then_name(&self, start: usize, comma: usize) -> bool {
        let Some(first_comma) = (start + 1..comma.min(start + MAX_MENTION + 1))
            .find(|&i| self.v.kind(i) == Some(Kind::Comma))
        else {
            return false;
        };
        let whole = |r: Range<usize>, name: bool| {
            self.m
                .classify(r.clone())
                .is_some_and(|m| m.tokens == r && (m.form == Form::Name) == name)
        };
        first_comma + 1 < comma
            && whole(start..first_comma, false)
            && whole(first_comma + 1..comma, true)
    }

    /// Whether a lowercase word in `-ed` stands among the words of `range` after the first,
    /// not after a determiner: the past verb of a clause (`the result exposed his side`), where
    /// a participle first is a state (`felt undermined`) and one after an article a modifier.
    fn past_after_first(&self, range: Range<usize>) -> bool {
        let start = range.start;
        range
            .take(MAX_CLAUSE_LOOKAHEAD)
            .take_while(|&i| {
                self.v
                    .tok(i)
                    .is_some_and(|t| t.is_word() || t.kind == Kind::Possessive)
            })
            .any(|i| i > start && !self.v.is(i - 1, Class::DETERMINER) && self.past_form(i))
    }

    /// Whether an empty `it` is the subject of the passive cue at `c`: `It is thought`, `it
    /// has been widely reported`, `It was also hoped`.
    fn empty_it_before(&self, c: usize) -> bool {
        let mut k = c;
        while k > 0
            && c - k < 4
            && (self.v.is(k - 1, Class::ADVERB.with(Class::AUXILIARY))
                || self.v.word_is(k - 1, "not"))
        {
            k -= 1;
        }
        k < c
            && self
                .v
                .word(k.wrapping_sub(1))
                .is_some_and(|w| w.eq_ignore_ascii_case("it"))
    }

    /// Whether what a person shows or finds at `start..end` is a clause, with its verb before
    /// any conjunction (`showed he can control a game`, `found the ledger was missing`; not
    /// `showed more confidence and engaged his rival`, whose verb is the subject's own).
    fn finding_clause(&self, start: usize, end: usize) -> bool {
        let end = (start..end)
            .find(|&k| self.v.is(k, Class::CONJUNCTION))
            .unwrap_or(end);
        self.bare_clause_at(start, end)
            || self.past_after_first(start..end)
            || self.verb_soon(start..end.min(start + MAX_CLAUSE_LOOKAHEAD))
    }

    /// Whether the cue at `c` follows a lower-case noun phrase (a determiner and a few words)
    /// that a preposition other than `of` governs (`on links called`, `at the international
    /// conference called`; not `one of her colleagues called`, `Mr Howard called`), or an
    /// indefinite one with a name after the cue (`an English ex-pat called Tom Eyton`).
    fn named_thing(&self, c: usize) -> bool {
        let mut k = c;
        while k > 0
            && c - k < 5
            && self.v.tok(k - 1).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && (!t.is(Class::FUNCTION) || t.is(Class::DETERMINER))
                    && !t.is(Class::PRONOUN)
            })
        {
            k -= 1;
        }
        let governed = k < c
            && k > 0
            && self
                .v
                .tok(k - 1)
                .is_some_and(|t| t.is_word() && !t.is_capitalized() && t.is(Class::PREPOSITION))
            && !self.v.word_is(k - 1, "of");
        // `an English ex-pat called Thomas Eyton decided`: a thing or person named by an
        // indefinite noun phrase, the name after the verb.
        let indefinite = (c.saturating_sub(4)..c.saturating_sub(1))
            .rev()
            .find(|&a| self.v.word_is(a, "a") || self.v.word_is(a, "an"))
            .is_some_and(|a| {
                (a + 1..c).all(|j| {
                    self.v
                        .tok(j)
                        .is_some_and(|t| t.is_word() && !t.is(Class::FUNCTION))
                })
            })
            && self
                .v
                .tok(c + 1)
                .is_some_and(|t| t.is_word() && t.is_capitalized() && !t.is(Class::FUNCTION));
        governed || indefinite
    }

    /// Whether what is added at `start..end` is words, a clause, rather than a thing (`added
    /// the extras`): a clause whose verb comes in its first words, or a finite verb before a
    /// pause. Both read a few words only: a sentence of many `adding` is not read to its end
    /// for each.
    fn adds_words(&self, start: usize, end: usize) -> bool {
        self.finding_clause(start, end.min(start + 2 * MAX_CLAUSE_LOOKAHEAD))
            || self.verb_before_pause(start, end)
    }

    /// Whether a finite verb stands in the few words from `start`, before the end of the
    /// sentence: before any comma, an auxiliary, a past or a reporting verb in the past or
    /// `-s` form (`the BBA added underlying lending rose by £4m`); after one, an auxiliary
    /// right after a comma (`he added some projects, such as ..., were showing`).
    fn verb_before_pause(&self, start: usize, end: usize) -> bool {
        let mut paused = false;
        for i in start..end.min(start + 3 * MAX_CLAUSE_LOOKAHEAD) {
            let Some(t) = self.v.tok(i) else { break };
            match t.kind {
                Kind::Comma => {
                    paused = true;
                    continue;
                }
                Kind::OpenParen
                | Kind::CloseParen
                | Kind::Number
                | Kind::Possessive
                | Kind::Symbol
                | Kind::Hyphen => continue,
                _ if !t.is_word() => break,
                _ => {}
            }
            let auxiliary = t.is(Class::AUXILIARY) && !t.is_capitalized();
            let after_comma = self.v.kind(i.wrapping_sub(1)) == Some(Kind::Comma);
            if paused {
                if auxiliary && after_comma {
                    return true;
                }
                continue;
            }
            if auxiliary
                || !t.is_capitalized() && crate::lexicon::lexicon().class(t.lex).has(Class::PAST)
                || i > start && !self.v.is(i - 1, Class::DETERMINER) && self.past_form(i)
                || self
                    .cue_word(i)
                    .is_some_and(|w| matches!(w.form, VerbForm::Past | VerbForm::Third))
            {
                return true;
            }
        }
        false
    }

    /// Whether a verb in `-ed` or `-ing` at `k` opens a phrase with its object or particle:
    /// `attacked Tory plans`, `boosting their hopes`, `speeding up plans` (not an adjective
    /// before a noun: `retiring workers`, `managing director Ann Lee`).
    fn verb_and_object_at(&self, k: usize) -> bool {
        let verb = self.v.tok(k).is_some_and(|t| {
            let w = t.text(self.v.text);
            t.is_word()
                && !t.is_capitalized()
                && w.len() > 4
                && (w.ends_with("ed") || w.ends_with("ing"))
                && !t.is(Class::TITLE.with(Class::PERSON_NOUN).with(Class::FUNCTION))
        });
        verb && self.v.tok(k + 1).is_some_and(|t| {
            t.is_word()
                && (t.is_capitalized() && !t.is(Class::TITLE)
                    || t.is(Class::DETERMINER)
                    || matches!(
                        t.text(self.v.text).fold_ascii().as_str(),
                        "up" | "down" | "out" | "off"
                    ))
        })
    }

    /// Whether a mention is a person that is the subject of the verb at `c` in `form`: a
    /// personal pronoun other than `it` and `they`, or a person's description or name. A lone
    /// name opening its sentence may be a common noun (`Figures showed ...`), and one person
    /// before a plural verb is not its subject (`Tests published by Ida Berg, a doctor,
    /// show ...`).
    fn personal(&self, mention: &MentionParse, c: usize, form: VerbForm) -> bool {
        use crate::speaker::mention::Pronoun;
        let plural_verb = form == VerbForm::Base
            && (mention.tokens.end..c).all(|k| !self.v.is(k, Class::AUXILIARY));
        match mention.form {
            Form::Pronoun(Pronoun::I | Pronoun::We | Pronoun::You) => true,
            Form::Pronoun(Pronoun::He | Pronoun::She) => !plural_verb,
            Form::Pronoun(_) => false,
            _ if mention.kind != crate::model::SpeakerKind::Person || plural_verb => false,
            Form::Name => {
                mention.tokens.len() > 1
                    || mention
                        .tokens
                        .start
                        .checked_sub(1)
                        .and_then(|k| self.v.tok(k))
                        .is_some_and(|t| !t.is_terminal() && !t.opens())
            }
            Form::Description { .. } => true,
        }
    }

    /// Whether the past participle at `c` is passive: a form of `be` before it, adverbs and
    /// `not` aside.
    fn passive(&self, c: usize) -> bool {
        let Some(cue) = self.cue_word(c) else {
            return false;
        };
        if !matches!(cue.form, VerbForm::Past | VerbForm::Participle) {
            return false;
        }
        // `Ms. Okafor was quoted as saying`: the one quoted spoke.
        if adjunct::reported_as(&self.v, c + 1, cue.lemma).is_some() {
            return false;
        }
        let mut k = c;
        while k > 0
            && (self.v.is(k - 1, Class::ADVERB) || self.v.word_is(k - 1, "not"))
            && c - k < 3
        {
            k -= 1;
        }
        self.elliptic_passive(c, k)
            || self.v.word(k.wrapping_sub(1)).is_some_and(|w| {
                matches!(
                    w.fold_ascii().as_str(),
                    "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am" | "get" | "got"
                )
            })
    }

    /// `When asked whether ...`, `Asked why ...`, `Asked about ...`: a passive question with its
    /// `be` left out,
    /// a subordinate clause that ends at its comma. `k` is where the cue's adverbs start.
    fn elliptic_passive(&self, c: usize, k: usize) -> bool {
        self.cue_word(c)
            .is_some_and(|w| w.kind == CueKind::Question)
            && (k == 0
                || self.sentence_of(k - 1) != self.sentence_of(k)
                || self.v.word(k - 1).is_some_and(|w| {
                    matches!(
                        w.fold_ascii().as_str(),
                        "when" | "once" | "after" | "if" | "unless"
                    )
                }))
            && self.v.word(c + 1).is_some_and(|w| {
                matches!(
                    w.fold_ascii().as_str(),
                    "whether"
                        | "if"
                        | "why"
                        | "what"
                        | "which"
                        | "who"
                        | "how"
                        | "when"
                        | "where"
                        | "about"
                )
            })
    }

    /// Whether the `that` at `that` after the cue `c` opens a relative clause on the cue's
    /// audience (`told a crowd at the bar that spilled onto the street`): the audience read
    /// into the cue, then `that` and a verb in the past. No words said follow.
    fn relative_on_audience(&self, c: usize, adjuncts: &Adjuncts, that: usize) -> bool {
        adjuncts.cue_end > c + 1 && self.past_form(that + 1)
    }

    /// Whether a noun phrase from `start` names a prize (`the first set`, `a 5-0 win`, `top
    /// spot in Group A`): among its first few words, before any verb or punctuation, one of
    /// the lexicon's prizes.
    fn prize_at(&self, start: usize, end: usize) -> bool {
        let limit = end.min(start + 6);
        let phrase = |k: usize| {
            self.v.tok(k).is_some_and(|t| {
                matches!(
                    t.kind,
                    Kind::Word | Kind::Number | Kind::Possessive | Kind::Hyphen
                ) && !t.is(Class::AUXILIARY)
                    && !self.past_form(k)
            })
        };
        let np_end = (start..limit).find(|&k| !phrase(k)).unwrap_or(limit);
        // `claim the record is patchy`: a verb after the phrase makes it a clause's subject.
        if self.v.is(np_end, Class::AUXILIARY) || self.past_form(np_end) {
            return false;
        }
        (start..np_end).any(|k| {
            self.v.word(k).is_some_and(|w| {
                crate::lexicon::cues::PRIZES
                    .binary_search(&crate::lexicon::fold(w).as_str())
                    .is_ok()
            })
        })
    }

    /// Whether what a verb of writing is followed by at `start` is reported: what it is
    /// about, a clause, a document or a `that` clause after a phrase, not a thing made.
    fn writing_reports(&self, start: usize, end: usize) -> bool {
        self.v.word_is(start, "about")
            || self.clause_shape(start, end)
            || self.document_or_clause_after(start, end)
    }

    /// Whether the few words from `start` name a document (`a lashing dissent`, `critical
    /// articles`) or lead to a `that` clause after a comma or a phrase (`the paper, The Chief,
    /// that ...`, `in his book Going Home that ...`).
    fn document_or_clause_after(&self, start: usize, end: usize) -> bool {
        let limit = end.min(start + 10);
        (start..limit)
            .take_while(|&k| {
                self.v
                    .tok(k)
                    .is_some_and(|t| !matches!(t.kind, Kind::Period | Kind::Semicolon))
            })
            .any(|k| {
                self.v.word(k).is_some_and(|w| {
                    let w = crate::lexicon::fold(w);
                    crate::lexicon::cues::DOCUMENTS
                        .binary_search(&w.as_str())
                        .is_ok()
                        || w == "that" && k > start + 1
                })
            })
    }

    /// Whether a clause opens at `start`: a short subject, then (adverbs aside) an auxiliary,
    /// a finite reporting verb or a past in `-ed` (`Mr Blair then changed`, `he was`).
    fn clause_shape(&self, start: usize, end: usize) -> bool {
        let limit = end.min(start + 8);
        let verb = |k: usize| {
            self.v.is(k, Class::AUXILIARY)
                // `the authorised biography`: after a determiner, an adjective.
                || self.past_form(k) && !self.v.is(k.wrapping_sub(1), Class::DETERMINER)
                || self
                    .cue_word(k)
                    .is_some_and(|w| matches!(w.form, VerbForm::Past | VerbForm::Third))
        };
        // `was written meant that ...`: a subject does not open with a verb.
        if verb(start) {
            return false;
        }
        let mut k = start;
        while k < limit
            && self.v.tok(k).is_some_and(|t| {
                matches!(t.kind, Kind::Word | Kind::Possessive | Kind::Number)
                    && !t.is(Class::PREPOSITION.with(Class::CONJUNCTION))
            })
            && !(k > start && verb(k))
        {
            k += 1;
        }
        while k < limit && self.v.is(k, Class::ADVERB) {
            k += 1;
        }
        k > start && k < limit && verb(k)
    }

    /// Whether an auxiliary stands before token `c`, adverbs aside: `will also support`.
    fn after_modal(&self, c: usize) -> bool {
        let mut k = c;
        while k > 0 && self.v.is(k - 1, Class::ADVERB) && c - k < 3 {
            k -= 1;
        }
        // `have shown that`, `has concluded that`: the perfect is a finding, not an action
        // (but `has seen` is what happened: `has seen rapid growth`).
        let aux_is = |words: &[&str]| words.iter().any(|w| self.v.word_is(k.wrapping_sub(1), w));
        let perfect = aux_is(&["has", "have", "had", "having"]);
        // `was hoping that`, `is supporting Sanders`: the progressive is a stance held.
        let progressive = aux_is(&["is", "are", "was", "were", "am", "been", "be"]);
        // `does believe`, `don't think`: `do` bears tense and negation, not a modality.
        let support = aux_is(&[
            "do",
            "does",
            "did",
            "don't",
            "doesn't",
            "didn't",
            "don’t",
            "doesn’t",
            "didn’t",
        ]);
        let cue = self.cue_word(c);
        if support {
            return false;
        }
        self.v.is(k.wrapping_sub(1), Class::AUXILIARY)
            && !(perfect && cue.is_some_and(|w| w.lemma != "see"))
            && !(progressive && cue.is_some_and(|w| w.form == VerbForm::Gerund))
    }

    /// Whether token `c` lies in the content of a statement of sentence `s` found before.
    fn reported(&self, c: usize, s: usize) -> bool {
        // The sentence's last statements only: a sentence of thousands of cues must not
        // compare each with all the others.
        self.out
            .iter()
            .rev()
            .take(MAX_STATEMENTS_BACK)
            .take_while(|a| a.sentence == s)
            .any(|a| a.fragments.iter().any(|f| f.contains(&c)))
    }

    /// Whether the object at `k` names a person or a body (`Rubio`, `the ministry`, `him`),
    /// not sent somewhere or to some fate (`condemned the side to defeat`).
    fn names_party(&self, k: usize, end: usize) -> bool {
        let after = if self.v.word(k).is_some_and(|w| {
            ["him", "her", "them", "us"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        }) {
            k + 1
        } else {
            match self.subject_after(k, end) {
                Some((m, after))
                    if m.tokens.start == k
                        && !matches!(m.form, Form::Pronoun(_))
                        && matches!(
                            m.kind,
                            crate::model::SpeakerKind::Person
                                | crate::model::SpeakerKind::Organisation
                        ) =>
                {
                    after
                }
                _ => return false,
            }
        };
        !self.v.word_is(after, "to")
    }

    /// Whether the gerund cue `c` hangs on the main clause, whose subject is its speaker: after
    /// a comma (also one inside a closing quote: `the "reporter," saying`) or `by`, `and`,
    /// `while`, `before`, `after`, `when`, `in`, or a dash (`flipped his choice – saying`);
    /// an adverb in -ly may stand between (`after initially saying`).
    fn gerund_joined(&self, c: usize) -> bool {
        let adverb = self.v.tok(c.wrapping_sub(1)).is_some_and(|t| {
            t.is_word() && !t.is_capitalized() && {
                let w = t.text(self.v.text);
                w.len() > 4 && w.ends_with("ly")
            }
        });
        let c = if adverb { c - 1 } else { c };
        let before = c.wrapping_sub(1);
        matches!(self.v.kind(before), Some(Kind::Comma | Kind::Dash))
            || matches!(self.v.kind(before), Some(Kind::Quote(_)))
                && self.v.kind(c.wrapping_sub(2)) == Some(Kind::Comma)
            || self.v.word(before).is_some_and(|w| {
                matches!(
                    w.fold_ascii().as_str(),
                    "by" | "and" | "but" | "while" | "before" | "after" | "when" | "in" | "upon"
                )
            })
    }

    /// `was found guilty`, `found him dead`, `finding the firm liable`: `find` with a verdict
    /// or a state, not what someone found out.
    fn verdict(&self, c: usize, cue: CueWord) -> bool {
        const STATES: &[&str] = &[
            "alive",
            "dead",
            "guilty",
            "innocent",
            "liable",
            "missing",
            "negligent",
            "responsible",
            "unconscious",
            "unfit",
        ];
        let state = |i: usize| {
            self.v
                .word(i)
                .is_some_and(|w| STATES.contains(&crate::lexicon::fold(w).as_ref()))
        };
        let state = |i: usize| state(i) || self.v.word_is(i, "not") && state(i + 1);
        // The object before the state: `him`, `Ruiz`, `the firm`.
        let object = |i: usize| {
            self.v.tok(i).is_some_and(|t| {
                t.is(Class::PRONOUN)
                    || t.is_capitalized()
                    || matches!(t.text(self.v.text), "him" | "her" | "them" | "it" | "us")
            })
        };
        // `found himself in trouble`, `find themselves trailing`: where the subject ended up.
        let reflexive = |i: usize| {
            self.v.word(i).is_some_and(|w| {
                let w = crate::lexicon::fold(w);
                w.len() > 4 && (w.ends_with("self") || w.ends_with("selves"))
            })
        };
        // `found a way to`, `find ways to cut costs`, `found time to`: a means got to an end,
        // not a finding.
        let means = |i: usize| {
            let noun = |k: usize| {
                self.v.tok(k).is_some_and(|t| {
                    t.is_word() && !t.is_capitalized() && !t.is(Class::FUNCTION.with(Class::CUE))
                })
            };
            let determiner = ["a", "the", "no", "new", "other"]
                .iter()
                .any(|d| self.v.word_is(i, d));
            let at = if determiner { i + 1 } else { i };
            // Not `found him to be realistic`, `found shaking to be a barrier`: a judgment.
            noun(at)
                && !self.v.is(at, Class::PRONOUN)
                && self.v.word_is(at + 1, "to")
                && !self.v.word_is(at + 2, "be")
                && self
                    .v
                    .tok(at + 2)
                    .is_some_and(|t| t.is_word() && !t.is_capitalized() && !t.is(Class::DETERMINER))
        };
        cue.lemma == "find"
            && (state(c + 1)
                || object(c + 1) && state(c + 2)
                || ["the", "a", "an", "his", "her", "its", "their"]
                    .iter()
                    .any(|d| self.v.word_is(c + 1, d))
                    && state(c + 3)
                || reflexive(c + 1)
                || means(c + 1))
    }

    /// Whether the word at `start` opens what the attitude a verb reports with is about:
    /// `expressed concern about the cost`, `voiced support for the bill`.
    fn attitude_about(&self, cue: CueWord, start: usize) -> bool {
        crate::lexicon::cues::attitudes_of(cue.lemma).is_some()
            && ["about", "over", "at", "for", "with", "on", "regarding"]
                .iter()
                .any(|p| self.v.word_is(start, p))
    }

    /// Whether token `i` is a singular noun that a base form after it cannot have as its
    /// subject: a lower-case word (or a short acronym, `TV`, or a capitalized compound,
    /// `Ex-chat`) not in `-s`, no pronoun, auxiliary, adverb or function word (`the talk
    /// show`, `a percentage point`).
    fn singular_noun(&self, i: usize) -> bool {
        self.v.tok(i).is_some_and(|t| {
            let w = t.text(self.v.text);
            // `Ex-chat show host`: a capitalized word whose last part after a hyphen is in
            // lower case is no name (names capitalize every part: `Kilroy-Silk`).
            let compound = w
                .rsplit_once('-')
                .is_some_and(|(_, last)| last.starts_with(|c: char| c.is_ascii_lowercase()));
            t.is_word()
                && (!t.is_capitalized() || t.has(Flags::ALL_CAPS) && w.len() <= 3 || compound)
                && !w.ends_with('s')
                && !w.ends_with("ly")
                && !w.ends_with("n't")
                && !t.is(Class::PRONOUN
                    .with(Class::AUXILIARY)
                    .with(Class::PLURAL)
                    .with(Class::ADVERB)
                    .with(Class::FUNCTION))
                && !["to", "not", "all", "both", "who", "that", "which"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
                // Object pronouns (`42% of them say`); not `US`.
                && !matches!(w, "them" | "him" | "her" | "us" | "me")
        })
    }

    /// `the TV show Shark Tank`, `a talk show host`, `Mel Brooks' hit show`: `show` after a
    /// singular noun is a noun (the verb would take `-s`), unless the noun closes a phrase
    /// on a plural head (`figures from the trade ministry show`). `shows` after a kind of
    /// programme is their plural (`presented children's TV shows`, `chat shows such as`).
    fn show_noun(&self, c: usize, cue: CueWord, first: usize) -> bool {
        if cue.lemma == "show"
            && cue.form == VerbForm::Third
            && c > first
            && self
                .v
                .word(c - 1)
                .map(crate::lexicon::fold)
                .is_some_and(|w| SHOW_KINDS.binary_search(&w.as_str()).is_ok())
        {
            return true;
        }
        if cue.form != VerbForm::Base || c <= first {
            return false;
        }
        // `the Channel 4 show Faking It`: a body's name before `show` makes it a programme.
        if cue.lemma == "show" && self.number_closes_name(c - 1) {
            return true;
        }
        if !self.singular_noun(c - 1) {
            return false;
        }
        // Any other cue is a noun when a determiner, an owner or a preposition opens its
        // phrase: `a foreign terror suspect held`, `his party's previous pledge to`, `on
        // criminal charge`.
        if cue.lemma != "show" {
            // `the latest plan to`, `its claim that`: a noun that reports what follows.
            if self.v.word_is(c + 1, "to") || self.v.word_is(c + 1, "that") {
                return false;
            }
            let mut k = c - 1;
            while k > first && c - k <= 3 && self.singular_noun(k) {
                k -= 1;
            }
            // Not `the`: `the industry agree`, `The pair claim` take a plural verb after a
            // collective noun. Nor a phrase inside another one's preposition, which may close
            // a subject (`sources close to her campaign say`, `the people on the capital's
            // bid team think`, `Republicans clamoring for less involvement in education
            // support`).
            let opened = self.v.tok(k).is_some_and(|t| {
                t.kind == Kind::Possessive
                    || ["a", "an", "his", "her", "its", "their", "our", "my", "your"]
                        .iter()
                        .any(|w| self.v.word_is(k, w))
            });
            let in_phrase = (k.saturating_sub(3).max(first)..k).any(|p| {
                self.v.is(p, Class::PREPOSITION)
                    && !["after", "before", "since", "until"]
                        .iter()
                        .any(|w| self.v.word_is(p, w))
            });
            return opened && !in_phrase;
        }
        // A plural head before a preposition a few words back is the subject.
        let plural_head = (c.saturating_sub(6).max(first + 1)..c - 1).any(|p| {
            self.v.is(p, Class::PREPOSITION)
                && self.v.tok(p - 1).is_some_and(|t| {
                    t.is_word()
                        && (t.text(self.v.text).ends_with('s') || t.is(Class::PLURAL))
                        && !t.is(Class::FUNCTION)
                })
        });
        !plural_head
    }

    /// Whether the words after the cue make it no report at all: `has known him for years`
    /// is an acquaintance (no clause starts with an object pronoun).
    fn no_report(&self, c: usize, cue: CueWord) -> bool {
        match cue.lemma {
            "know" => self.object_pronoun(c + 1),
            // `some uses for them worries many organisations`, `worried the owners`: who is
            // worried, not what.
            "worry" => {
                self.object_pronoun(c + 1)
                    || self.v.is(c + 1, Class::DETERMINER)
                        && !self.v.word_is(c + 1, "that")
                        && (c + 2..c + 5)
                            .take_while(|&k| {
                                self.v.tok(k).is_some_and(|t| {
                                    t.is_terminal()
                                        || t.is_word()
                                            && !t.is(Class::AUXILIARY.with(Class::FUNCTION))
                                            && self.cue_word(k).is_none()
                                })
                            })
                            .any(|k| self.v.tok(k).is_some_and(|t| t.is_terminal()))
            }
            // `Joe Shaw found Dave Walder`, `found him a job`: a person found is no finding
            // (but `found him to be realistic` is a judgment).
            "find" => {
                self.denied_someone(c + 1) && !(c + 2..c + 7).any(|k| self.v.word_is(k, "to"))
            }
            // `who called the police,`, `called Mr Lund on Monday`, `called a meeting.`: an
            // object with no complement after it was phoned or convened, not named.
            "call" => {
                // A phrase with a noun may run on with a preposition (`called the dip in
                // February's figure "a very mild decline"`); a person named may not.
                let ends = |k: usize, person: bool| {
                    self.v.tok(k).is_none_or(|t| {
                        t.is_terminal()
                            || t.kind == Kind::Comma
                            || person && t.is(Class::PREPOSITION) && !self.v.word_is(k, "as")
                    })
                };
                // `called him back`, `called the Liberal leader back to Downing Street`: a
                // call returned or a person summoned (but `called it a step back` names).
                let called_back = (c + 1..c + 6)
                    .take_while(|&k| {
                        self.v.tok(k).is_some_and(|t| t.is_word())
                            && !self.v.word_is(k, "a")
                            && !self.v.word_is(k, "an")
                    })
                    .any(|k| self.v.word_is(k, "back"));
                if called_back {
                    true
                } else if self.object_pronoun(c + 1) {
                    ends(c + 2, true)
                } else if self.capital_word(c + 1) {
                    (c + 1..c + 4)
                        .find(|&k| !self.capital_word(k))
                        .is_some_and(|k| ends(k, true))
                } else {
                    self.v.is(c + 1, Class::DETERMINER)
                        && self
                            .v
                            .tok(c + 2)
                            .is_some_and(|t| t.is_word() && !t.is_capitalized())
                        && ends(c + 3, false)
                }
            }
            // `people will be denied a visa`: the passive's subject is who is denied.
            "deny" => {
                self.denied_someone(c + 1)
                    || self.passive(c)
                        && !self.empty_it_before(c)
                        && self.v.is(c + 1, Class::DETERMINER)
                        && !self.v.word_is(c + 1, "that")
            }
            // `was supposed to allow people to earn`, `is supposed to be self-funded`: what
            // is meant or due to happen, not what anyone supposes.
            "suppose" => self.passive(c) && self.v.word_is(c + 1, "to"),
            // `agreed a four-year deal with`, `agreed to a new contract`: a deal struck, not a
            // view shared (`agreed on a new commission` is read as the stance it attributes).
            "agree" => {
                self.v.word_is(c + 1, "a")
                    || self.v.word_is(c + 1, "an")
                    || self.v.word_is(c + 1, "to") && self.v.is(c + 2, Class::DETERMINER)
            }
            _ => false,
        }
    }

    /// `Sainsbury's said sales rose`, `McDonald's announced it was`, `he's told friends he
    /// will`: a verb in the past after a name's or a pronoun's clitic reports, when it is `say`
    /// or `tell` (never a modifier before a noun) or a clause or the sentence's end follows
    /// it; the clitic is a company's name's own or stands for `has`. (`Trump's alleged ties`,
    /// `the group's reported profits`: a participle before a noun modifies it.)
    pub(super) fn clitic_subject(&self, c: usize, cue: CueWord) -> bool {
        let owner = c.wrapping_sub(2);
        cue.form == VerbForm::Past
            && self.v.tok(owner).is_some_and(|t| {
                t.is_word()
                    && (t.is_capitalized() && !t.is(Class::FUNCTION)
                        || ["he", "she"].iter().any(|w| self.v.word_is(owner, w)))
            })
            && (matches!(cue.lemma, "say" | "tell")
                || self.v.word_is(c + 1, "that")
                || self.v.is(c + 1, Class::PRONOUN)
                || self
                    .v
                    .tok(c + 1)
                    .is_none_or(|t| t.is_terminal() || t.kind == Kind::Comma))
    }

    /// `has never said`, `did not explicitly say`, `didn't report`: a negation before a cue,
    /// and the auxiliary that carries it, belong to the cue, so that its words show the report
    /// is denied (`not only said` is no negation).
    fn negations_in_cues(&mut self) {
        for k in 0..self.out.len() {
            let Some(start) = self
                .out
                .get(k)
                .and_then(|a| a.cue.as_ref())
                .map(|c| c.start)
            else {
                continue;
            };
            if let Some(n) = self.negation_before(start) {
                let from = if self.v.is(n.wrapping_sub(1), Class::AUXILIARY) {
                    n - 1
                } else {
                    n
                };
                if let Some(cue) = self.out.get_mut(k).and_then(|a| a.cue.as_mut()) {
                    cue.start = from;
                }
            }
        }
    }

    /// Where a negation stands before the cue at `c`, past an adverb or two: `never`, `not`,
    /// `didn't`, `cannot`.
    fn negation_before(&self, c: usize) -> Option<usize> {
        let mut k = c;
        for _ in 0..3 {
            let p = k.checked_sub(1)?;
            let w = self.v.word(p).map(crate::lexicon::fold)?;
            if negation_word(&w) || w == "cannot" {
                return (!self.v.word_is(p + 1, "only")).then_some(p);
            }
            let adverb = self.v.is(p, Class::ADVERB)
                || matches!(w.as_str(), "even" | "ever" | "yet" | "really")
                || w.len() > 4 && w.ends_with("ly");
            if !adverb {
                return None;
            }
            k = p;
        }
        None
    }

    /// Whether token `i` is an object pronoun: `him`, `her`, `them`, `me`, `us`.
    fn object_pronoun(&self, i: usize) -> bool {
        ["him", "her", "them", "me", "us"]
            .iter()
            .any(|w| self.v.word_is(i, w))
    }

    /// Whether token `i` is a capitalized word that is no function word: a word of a name.
    fn capital_word(&self, i: usize) -> bool {
        self.v
            .tok(i)
            .is_some_and(|t| t.is_word() && t.is_capitalized() && !t.is(Class::FUNCTION))
    }

    /// Whether the words at `at`, after `deny`, name who is denied something rather than
    /// what is denied: `denied him a drink`, `denied Elvis his fourth number one`, `denied
    /// Gerrard with a late tackle`, `denied the England striker`. A person is never what a
    /// denial says; a person followed by a verb opens the clause denied (`denied Smith had
    /// lied`, `denied Mr Yeo, his spokesman, said ...`).
    fn denied_someone(&self, at: usize) -> bool {
        // What may follow the person denied: the thing withheld, how, or the next clause.
        let after_object = |k: usize| {
            self.v.tok(k).is_some_and(|t| {
                t.is_terminal()
                    || t.is(Class::DETERMINER.with(Class::PREPOSITION))
                    || ["again", "his", "her", "their", "its"]
                        .iter()
                        .any(|w| self.v.word_is(k, w))
                    || self.v.word_is(k, "and") && self.past_form(k + 1)
            })
        };
        if self.v.word_is(at, "her") {
            return self.v.is(at + 1, Class::DETERMINER);
        }
        if self.object_pronoun(at) {
            return true;
        }
        // A name: its capitalized words, then no verb.
        if self.capital_word(at) {
            let end = (at..at + 4)
                .find(|&k| !self.capital_word(k))
                .unwrap_or(at + 4);
            return after_object(end);
        }
        // `denied voters the chance`: people without a determiner.
        if self.v.is(at, Class::PERSON_NOUN.with(Class::GROUP_NOUN)) {
            return after_object(at + 1);
        }
        // `the England striker`, `the same player`: a person noun closing a short phrase.
        if self.v.is(at, Class::DETERMINER) {
            return (at + 1..at + 4)
                .find(|&k| self.v.is(k, Class::PERSON_NOUN))
                .is_some_and(|k| after_object(k + 1));
        }
        false
    }

    /// Whether the cue is a verb of quantity whose complement at `at` opens with an amount:
    /// `added 146,000 jobs`, `shares added 5.3%`, `exports declined 0.2%`, `adding $1.89 to
    /// $48.62`; or an object added to something ([`Attributor::object_added`]). The words
    /// after it are a change, not words reported.
    fn quantity_change(&self, cue: CueWord, at: usize) -> bool {
        if !matches!(cue.lemma, "add" | "decline") {
            return false;
        }
        let mut k = at;
        // `added only 146,000`, `added another 2%`, `added a further $5m`.
        while k < at + 2
            && matches!(
                self.v.word(k).map(crate::lexicon::fold).as_deref(),
                Some("only" | "another" | "a" | "an" | "further" | "extra" | "some" | "nearly")
                    | Some("almost" | "about" | "around" | "just" | "roughly" | "more" | "than")
            )
        {
            k += 1;
        }
        let amount = self.v.tok(k).is_some_and(|t| {
            matches!(t.kind, Kind::Number | Kind::Currency)
                || t.is_word() && t.is(Class::NUMBER) && !self.v.word_is(k, "one")
        });
        // `added two more people had died`: the amount opens a clause whose verb follows.
        let clause = (k + 1..k + 6)
            .take_while(|&i| {
                self.v
                    .tok(i)
                    .is_some_and(|t| !t.is(Class::PREPOSITION) && t.kind != Kind::Comma)
            })
            .any(|i| self.v.is(i, Class::AUXILIARY));
        amount && !clause || self.object_added(cue, at)
    }

    /// Whether `add` at `at` takes an object added to something: `added his voice to those
    /// warning`, `added an electronic element to the sound`, `has added Pacific Assault to its
    /// catalogue`. A noun phrase with no verb runs to `to` before a determiner, pronoun or
    /// name, and no verb follows it (`added the plan to cut jobs was dead`, `added the change
    /// to the law was overdue` report a clause).
    fn object_added(&self, cue: CueWord, at: usize) -> bool {
        if cue.lemma != "add" || self.v.is(at, Class::SUBORDINATOR) {
            return false;
        }
        let Some(to) = (at + 1..at + 8)
            .take_while(|&i| {
                self.v.tok(i).is_some_and(|t| {
                    matches!(
                        t.kind,
                        Kind::Word | Kind::Possessive | Kind::Number | Kind::Hyphen
                    ) && !t.is(Class::AUXILIARY.with(Class::SUBORDINATOR))
                })
            })
            .find(|&i| self.v.word_is(i, "to"))
        else {
            return false;
        };
        let no_verb = (at..to).all(|i| {
            self.v.tok(i).is_some_and(|t| {
                !t.is(Class::CUE) && !t.text(self.v.text).ends_with("ed") || t.is(Class::DETERMINER)
            })
        });
        // `added the change to the law was overdue`: the phrase is the subject of a verb.
        let verb_after = (to + 1..to + 8)
            .take_while(|&i| {
                self.v
                    .tok(i)
                    .is_some_and(|t| t.is_word() && !t.is(Class::SUBORDINATOR))
            })
            .any(|i| self.v.is(i, Class::AUXILIARY));
        no_verb
            && !verb_after
            && self.v.tok(to + 1).is_some_and(|t| {
                t.is(Class::DETERMINER.with(Class::PRONOUN))
                    || t.is_capitalized()
                    || matches!(t.text(self.v.text), "those" | "these" | "this" | "that")
            })
    }

    /// A reporting participle: `..., saying that ...`, `by saying ...`, `voters saying ...`.
    /// Its speaker is the main clause's subject, or the noun phrase right before it.
    fn gerund(&mut self, c: usize, cue: CueWord, s: usize, sent: Range<usize>, paragraph: usize) {
        if c <= sent.start || self.no_report(c, cue) {
            return;
        }
        let end = self.sentence_end(sent.clone());
        let adjuncts = after_cue(&self.v, c, cue.lemma, end);
        let mut start = adjuncts.end;
        if self.v.kind(start) == Some(Kind::Colon)
            || self.v.word_is(start, "that")
            || self.attitude_about(cue, start)
            || matches!(cue.lemma, "call" | "ask") && self.v.word_is(start, "for")
        {
            start += 1;
        } else if let Some(to) = self
            .request_after(c, cue.lemma, end)
            .filter(|_| self.gerund_joined(c))
        {
            // `..., urging them not to fight`: a request of the one asked.
            start = to;
        } else if self.quote_at(start).is_none()
            // `..., asking the directors whether HP should proceed`: a question's clause.
            && !(cue.kind == CueKind::Question
                && matches!(
                    self.v.word(start).map(crate::lexicon::fold).as_deref(),
                    Some("whether" | "if" | "why" | "how" | "what" | "when")
                ))
            && (cue.needs_clause
                || !self.clause_opener(start)
                || self.quantity_change(cue, start)
                || cue.kind == CueKind::Writing && !self.writing_reports(start, end)
                || cue.lemma == "claim" && self.prize_at(start, end)
                // `Jones adding the conversion`: what is added without a clause is a thing
                // done, not words.
                || cue.lemma == "add" && !self.adds_words(start, end))
        {
            return;
        }
        let mention = if self.gerund_joined(c) {
            self.first_subject(sent.clone(), c)
        } else {
            self.participle_subject(c, sent.start)
                .filter(|m| m.kind != crate::model::SpeakerKind::Unnamed)
        };
        let Some(mention) = mention else { return };
        // `when he surprised MPs by announcing the plan, Mr Johnson said`, `After announcing
        // the cuts, the firm ...`: a participle in a clause or phrase set before the main one
        // reports no further than its comma.
        let subordinate = self.subordinate_subject(mention.tokens.start)
            || self.opens_subordinate(sent.start, mention.tokens.start)
            || c == sent.start + 1
                && matches!(
                    self.v.word(sent.start).map(crate::lexicon::fold).as_deref(),
                    Some("after" | "before" | "by" | "on" | "upon" | "since" | "while")
                );
        let content_end = self.content_end(start, end, subordinate);
        let content_end = self.through_open_quote(start, content_end, end);
        let (content, kind, quote) = self.clause_content(start..content_end);
        if !self.substantial(&content) && kind != StatementKind::Direct {
            return;
        }
        let found = Found::at_cue(Some(mention), c, cue, adjuncts, content_end);
        self.push_found(found, vec![content], kind, quote, s, paragraph);
    }

    /// The speaker of a reporting participle that no comma or conjunction joins to the clause
    /// before: the noun phrase right before it (`officials saying`), or, when that phrase is
    /// the object of a verb in the past, the verb's subject (`Ida Berg issued a statement
    /// saying`, `Chris Carr, the director, released a statement confirming`).
    fn participle_subject(&self, c: usize, lower: usize) -> Option<MentionParse> {
        let np = self.np_start(c, lower);
        let object = self.longest_mention(np, c)?;
        let mut start = object.tokens.start;
        // `released a statement` read as one phrase: the verb opens it.
        let verb_inside = self.past_form(start) && self.v.is(start + 1, Class::DETERMINER);
        if verb_inside {
            start += 1;
        }
        // A thing (`a statement`, `an email`) after any verb (`sent`, `issued`).
        let article = matches!(
            self.v.word(start).map(crate::lexicon::fold).as_deref(),
            Some("a" | "an")
        );
        let thing_after_verb =
            (object.kind == crate::model::SpeakerKind::Unnamed || verb_inside || article)
                && self.v.is(start, Class::DETERMINER)
                && self
                    .v
                    .tok(start.wrapping_sub(1))
                    .is_some_and(|t| t.is_word() && !t.is_capitalized() && !t.is(Class::FUNCTION));
        // `Ms Sturgeon has written to Mr McConnell asking`: the object of a preposition after
        // a verb is not the one asking; the verb's subject is.
        // (`with analysts saying`, `endorsed by polls suggesting`: the one after `with` or
        // `by` is.)
        let verb = start.wrapping_sub(2);
        let verb_then_preposition = start > lower + 1
            && self.v.is(start - 1, Class::PREPOSITION)
            && !self.v.word_is(start - 1, "with")
            && !self.v.word_is(start - 1, "by")
            && self
                .v
                .tok(verb)
                .is_some_and(|t| t.is_word() && !t.is_capitalized() && !t.is(Class::FUNCTION))
            && self
                .v
                .word(verb)
                .is_some_and(|w| w.ends_with("ed") || w.ends_with("en") || w.ends_with("ote"));
        let subject = if verb_then_preposition {
            self.subject_before(verb, lower)?
        } else if start > lower && (self.m.past_after_name(start - 1) || thing_after_verb) {
            self.subject_before(start - 1, lower)?
        } else {
            object
        };
        // `has highlighted concerns amongst the blogging community`: a verb and its object,
        // no speaker.
        (!self.past_form(subject.tokens.start)).then_some(subject)
    }

    /// Whether the words after a cue are its object in `-ing` rather than an inverted speaker:
    /// `..., Abdul Khan, admitted leaking secrets`, `deny collecting votes`. A person or a body
    /// after such a word is a speaker (`said managing director Rodrigo Rato`, `say leading
    /// economists`).
    fn gerund_object(&self, m: &MentionParse) -> bool {
        let first = m.tokens.start;
        matches!(m.form, Form::Description { .. })
            && self.v.tok(first).is_some_and(|t| {
                t.is_word() && !t.is_capitalized() && t.text(self.v.text).ends_with("ing")
            })
            && !m.tokens.clone().any(|k| {
                self.v.is(
                    k,
                    Class::PERSON_NOUN
                        .with(Class::GROUP_NOUN)
                        .with(Class::ORG_NOUN)
                        .with(Class::TITLE),
                ) || self.m.plural_of_role(k)
            })
    }

    /// A trailing attribution: the cue with its adjuncts reaches the end of the sentence (or a
    /// comma), and a subject stands between the clause's comma and the cue, or right after the
    /// cue. Returns what was found and the clause's comma.
    fn trailing(
        &self,
        c: usize,
        cue: CueWord,
        adjuncts: &Adjuncts,
        sent: Range<usize>,
        end: usize,
    ) -> Option<(Found, usize)> {
        // `..., said Ma.` (not `..., called superdelegates,`: a verb taking an object is
        // not inverted)
        if c > sent.start
            && self.v.kind(c - 1) == Some(Kind::Comma)
            && !cue.takes_object
            && cue.kind != CueKind::Evidence
            // `..., recognise the best websites`: a finding is not inverted; nor is an
            // attitude raised (`..., raises ethical questions`).
            && !cue.clause_only
            && crate::lexicon::cues::attitudes_of(cue.lemma).is_none()
            // `..., told the BBC`: who is told is the audience, never the speaker.
            && cue.lemma != "tell"
        {
            // A bare form agrees with a plural subject (`..., say analysts`), not with one
            // thing (`Other sites, such as Pixagogo, charge a monthly fee`).
            let agrees = |m: &MentionParse| {
                cue.form != VerbForm::Base
                    || !(["a", "an", "one"]
                        .iter()
                        .any(|w| self.v.word_is(m.tokens.start, w))
                        || m.form == Form::Name && m.kind == crate::model::SpeakerKind::Person)
            };
            // `Ida Berg, the daughter of Tom Lee, recalled the eulogy`, `His mother, Giselle,
            // said her son's killer, Warren Leblanc, had ...`: the words before the comma are
            // the subject and its appositive, not a clause, when what follows the cue is
            // described rather than named.
            // (`On Tuesday Mitsubishi, the only Japanese car firm in the red, confirmed
            // earlier reports`: after a time or a sentence adverb that opens the sentence.)
            let opening = || {
                let s = self.past_sentence_adverb(sent.start, c - 1);
                let time = if self.v.is(s, Class::PREPOSITION) {
                    self.v.time_phrase(s + 1, c - 1)
                } else {
                    self.v.time_phrase(s, c - 1)
                };
                time.map_or(s, |e| e + usize::from(self.v.kind(e) == Some(Kind::Comma)))
            };
            let subject_first = || {
                self.subject_with_appositive(c - 1, sent.start)
                    .is_some_and(|m| m.tokens.start == sent.start || m.tokens.start == opening())
                    || self.role_then_name(sent.start, c - 1)
            };
            if let Some((mention, after)) = self
                .subject_after(c + 1, end)
                .filter(|(m, _)| agrees(m))
                .filter(|(m, _)| !self.gerund_object(m))
                .filter(|(m, _)| m.form == Form::Name || !subject_first())
            {
                let adj = after_cue(&self.v, after.saturating_sub(1), "", end);
                let stop = adj.end.max(after);
                // `..., said an official who was briefed on the talks.`: a relative clause
                // on the speaker closes the sentence.
                let relative = self.v.word_is(stop, "who") || self.v.word_is(stop, "whose");
                if stop >= end || self.v.kind(stop) == Some(Kind::Comma) || relative {
                    return Some((Found::inverted(mention, c, cue, adj, stop), c - 1));
                }
            }
            // `..., Ma, the minister, said.` is read below.
        }
        // `... the tip of the iceberg thinks Tim Danton, editor of PC Pro.`: an inversion that
        // lost its comma. The name must end the sentence, or only asides on it may follow.
        // Not a verb with its subject before it and its object or audience after it (`he
        // wrote the score`, `the firm has told Reuters`).
        if c > sent.start + 3
            && self.v.tok(c - 1).is_some_and(|t| {
                t.is_word() && !t.is(Class::PRONOUN.with(Class::AUXILIARY).with(Class::FUNCTION))
            })
            && matches!(cue.form, VerbForm::Past | VerbForm::Third)
            && !cue.takes_object
            && !cue.needs_clause
            && !crate::statement::adjunct::takes_audience(cue.lemma)
            && matches!(cue.kind, CueKind::Speech | CueKind::Belief)
            && let Some((mention, after)) = self.subject_after(c + 1, end)
            && mention.form == Form::Name
            && mention.kind == crate::model::SpeakerKind::Person
            && mention.tokens.start == c + 1
            && self.v.tok(c + 1).is_some_and(|t| t.is_capitalized())
        {
            let adj = after_cue(&self.v, after.saturating_sub(1), "", end);
            let stop = adj.end.max(after);
            // A full stop ends the sentence: not a sentence cut by a stray line break.
            let full_stop = self.v.tok(stop).is_some_and(|t| t.is_terminal());
            let only_asides = || {
                self.v.kind(stop) == Some(Kind::Comma)
                    && !["who", "whose", "whom"]
                        .iter()
                        .any(|w| self.v.word_is(stop + 1, w))
                    && self.after_source_asides(self.trim(stop + 1..end)).is_none()
            };
            if full_stop || only_asides() {
                return Some((Found::inverted(mention, c, cue, adj, end.max(stop)), c));
            }
        }
        let after = adjuncts.end;
        // `..., Mr Ma said - falling short of ...`: a dash after the cue opens the writer's
        // words, as a comma may.
        if after < end && !matches!(self.v.kind(after), Some(Kind::Comma | Kind::Dash)) {
            return None;
        }
        let comma = self.comma_before_subject(c, sent.start)?;
        // `..., the CBI, which complains of a lack of skills`: what stands before a relative
        // pronoun is what it stands for, never its words.
        let mention = self
            .subject_before(c, comma + 1)
            .filter(|m| m.form != Form::Pronoun(crate::speaker::mention::Pronoun::Who))?;
        // `..., something Mr Sullivan denies`, `..., a claim Mr Sullivan denies`: the
        // writer's word for the clause before the comma, then the subject.
        let summed_up = match mention.tokens.start.checked_sub(comma + 1) {
            Some(1) => self.v.word_is(comma + 1, "something"),
            Some(2) => {
                matches!(
                    self.v.word(comma + 1).map(crate::lexicon::fold).as_deref(),
                    Some("a" | "an")
                ) && self
                    .v
                    .tok(comma + 2)
                    .is_some_and(|t| t.is_word() && !t.is_capitalized() && !t.is(Class::FUNCTION))
            }
            _ => false,
        };
        // (`..., her lawyer, Tom Wander, said`: the description the name is set after opens
        // the subject.)
        let described = mention
            .appositive
            .as_ref()
            .is_some_and(|a| a.tokens.start == comma + 1);
        if mention.tokens.start != comma + 1 && !summed_up && !described {
            return None;
        }
        // `..., the Penfolds, Lindemans and Rosemount brands.`: a verb that names its object
        // as something (`brand`, `call`, `label`) cannot close its clause; the word is a noun.
        if matches!(
            cue.lemma,
            "brand" | "call" | "label" | "dub" | "term" | "describe"
        ) && !summed_up
        {
            return None;
        }
        Some((
            Found {
                mention: Some(mention),
                cue: Some(c..adjuncts.cue_end),
                cue_word: Some(cue),
                adjuncts: adjuncts.clone(),
                end: after,
            },
            comma,
        ))
    }

    /// Whether a participle's phrase of the writer's opens at `i`: a word in `-ing` whose
    /// phrase has no verb of its own (`falling short of the target`, `taking into account
    /// prices`), where a gerund subject has one (`spotting the next victim was easy`).
    fn writers_participle(&self, i: usize) -> bool {
        // (`including speeches and meetings` goes on with the list of what was said.)
        let participle = self.v.tok(i).is_some_and(|t| {
            let w = t.text(self.v.text);
            t.is_word()
                && !t.is_capitalized()
                && w.ends_with("ing")
                && !matches!(w, "including" | "excluding")
        });
        participle
            && !(i + 1..i + 7)
                .take_while(|&k| {
                    self.v
                        .tok(k)
                        .is_some_and(|t| t.is_word() && !t.is(Class::SUBORDINATOR))
                })
                .any(|k| self.v.is(k, Class::AUXILIARY))
    }

    /// The comma that ends the reported clause before a trailing subject and cue at `c`.
    fn comma_before_subject(&self, c: usize, start: usize) -> Option<usize> {
        let lower = start.max(c.saturating_sub(3 * MAX_MENTION + 4));
        let mut commas = (lower..c)
            .rev()
            .filter(|&i| self.v.kind(i) == Some(Kind::Comma) && self.outside(i));
        let last = commas.next()?;
        // `..., Ma, the minister, said`: the clause ends at the comma before the name.
        if last + 1 == c
            || self.v.tok(last + 1).is_some_and(|t| t.is(Class::ADVERB)) && last + 2 == c
        {
            let appositive_open = commas.next()?;
            return (lower..appositive_open)
                .rev()
                .find(|&i| self.v.kind(i) == Some(Kind::Comma) && self.outside(i));
        }
        Some(last)
    }

    /// Where the subject of a forward attribution may start: the sentence start, or after a
    /// lead-in phrase closed by a comma (`In a statement, the ministry said`).
    fn clause_start_for_subject(&self, c: usize, start: usize) -> usize {
        let lower = start.max(c.saturating_sub(3 * MAX_MENTION + 4));
        // The comma of an appositive right before the cue belongs to the subject.
        let mut commas = (lower..c).rev().filter(|&i| {
            matches!(
                self.v.kind(i),
                Some(Kind::Comma | Kind::Colon | Kind::Semicolon | Kind::Dash)
            ) && self.outside(i)
        });
        let Some(last) = commas.next() else {
            return lower;
        };
        let before_cue = (last + 1..c).all(|i| {
            self.v
                .tok(i)
                .is_some_and(|t| t.is(Class::ADVERB) || t.is(Class::AUXILIARY))
        });
        if before_cue {
            // `X, ROLE, said`: the subject starts after the comma before X, or before up to
            // three more asides (`X, 21, ROLE, said`, `X, 59, of Ashton, Md., who ..., said`);
            // the mention reader finds where.
            let _ = commas.next();
            return commas.nth(3).map_or(lower, |i| i + 1);
        }
        // `X, who calls Trump a "sociopath," said`: the relative clause's closing comma is
        // quoted, so the last comma outside quotes opens the aside.
        if c >= 2
            && matches!(self.v.kind(c - 1), Some(Kind::Quote(_)))
            && self.v.kind(c - 2) == Some(Kind::Comma)
            && self.relative_opener(last + 1)
        {
            return commas.nth(2).map_or(lower, |i| i + 1);
        }
        last + 1
    }

    /// Past a clause of concession, time or condition that opens `start..end` and ends at its
    /// comma (`Although the week was hard, he remains ahead, according to polls`): what the
    /// source vouches for is the main clause.
    fn past_fronted_clause(&self, start: usize, end: usize) -> usize {
        let opens = self.v.word(start).is_some_and(|w| {
            matches!(
                w.fold_ascii().as_str(),
                "although" | "though" | "while" | "whereas" | "if" | "unless" | "because"
            )
        });
        if !opens {
            return start;
        }
        (start + 2..end)
            .find(|&i| self.v.kind(i) == Some(Kind::Comma) && self.outside(i))
            .filter(|&comma| comma + 3 < end && self.clause_opener(comma + 1))
            .map_or(start, |comma| comma + 1)
    }

    /// Where a trailing content starts: the sentence start, at most [`MAX_CONTENT`] tokens
    /// before the clause's comma.
    fn lead_start(&self, start: usize, comma: usize) -> usize {
        start.max(comma.saturating_sub(MAX_CONTENT))
    }

    /// Where the clause that a parenthetical attribution interrupts opens, in `start..comma`:
    /// at a relative pronoun right before the comma, or after the last dash or semicolon
    /// (and the conjunction after it) when two words or more follow.
    fn parenthetical_clause_start(&self, start: usize, comma: usize) -> usize {
        if comma > start + 1
            && matches!(
                self.v.word(comma - 1).map(crate::lexicon::fold).as_deref(),
                Some("which" | "who" | "where" | "whom")
            )
            && self.v.kind(comma - 2) == Some(Kind::Comma)
        {
            return comma - 1;
        }
        let Some(break_at) = (start..comma).rev().find(|&i| {
            self.outside(i) && matches!(self.v.kind(i), Some(Kind::Dash | Kind::Semicolon))
        }) else {
            return start;
        };
        let mut from = break_at + 1;
        if self.v.word_is(from, "and") || self.v.word_is(from, "but") {
            from += 1;
        }
        if comma >= from + 2 { from } else { start }
    }

    /// `Speaking at the news briefing, ...`: the place a participle lead-in gives.
    fn lead_in_place(&self, start: usize, subject: usize) -> Option<Range<usize>> {
        let w = self.v.word(start)?.fold_ascii();
        if !matches!(
            w.as_str(),
            "speaking" | "addressing" | "talking" | "testifying" | "writing"
        ) {
            return None;
        }
        let p = start + 1;
        if !matches!(
            self.v.word(p).map(crate::lexicon::fold).as_deref(),
            Some("at" | "in" | "during" | "before" | "to")
        ) {
            return None;
        }
        let comma = (p..subject).find(|&i| self.v.kind(i) == Some(Kind::Comma))?;
        Some(p..comma)
    }

    /// `According to Ma, ...` and `..., according to Ma.`
    fn according_to(&mut self, c: usize, s: usize, sent: Range<usize>, paragraph: usize) {
        let end = self.sentence_end(sent.clone());
        let source_start = c + 2;
        // A source may run past a mention's length before its comma (`a January 2016 study by
        // the Pew Research Center based on census data from 2014,`); the mention is its head.
        let source_end = (source_start..end.min(source_start + 2 * MAX_MENTION))
            .find(|&i| {
                matches!(self.v.kind(i), Some(Kind::Comma | Kind::Semicolon)) || !self.outside(i)
            })
            .unwrap_or(end.min(source_start + MAX_MENTION));
        // `According to Pew Research 44% of searchers use ...`: with no comma, a share opens
        // the words.
        // (`According to Radicati up to 45% of ...`: with the share's qualifier.)
        let share = (source_start + 1..source_end)
            .find(|&i| self.share_at(i))
            .map(|i| {
                crate::number::qualifier_before(&self.v, i)
                    .filter(|&q| q > source_start)
                    .unwrap_or(i)
            });
        let source_end = share.unwrap_or(source_end);
        // The head ends before a participle phrase (`based on`, `conducted after`); not a
        // participle after an adverb that opens the source (`recently hacked documents`).
        let lead = source_start
            + usize::from(
                self.v
                    .tok(source_start)
                    .is_some_and(|t| t.is(Class::ADVERB) && !t.is_capitalized()),
            );
        let head_end = self
            .before_participle(lead + 1..source_end)
            .min(source_start + MAX_MENTION);
        // The source is any noun phrase: `exit polls`, `F.A.A. records`, `Ma`; a person's role
        // used of a thing is no person (`official data`, `witness accounts`: the whole phrase,
        // when at most two lower-case nouns follow the role; a body before its document stays
        // the source, `CEA research`).
        let Some(mut mention) = self
            .longest_prefix_mention(source_start, head_end)
            .filter(|m| {
                let rest = m.tokens.end..head_end;
                rest.is_empty()
                    || m.kind != crate::model::SpeakerKind::Person
                    || m.form == Form::Name
                    || rest.len() > 2
                    || !rest.clone().all(|k| {
                        self.v.tok(k).is_some_and(|t| {
                            t.is_word()
                                && !t.is_capitalized()
                                && !t.is(Class::FUNCTION
                                    .with(Class::TIME)
                                    .with(Class::ADVERB)
                                    .with(Class::CUE))
                        }) && !self.m.verb_at(k)
                    })
            })
            .or_else(|| self.m.source(source_start..head_end))
        else {
            return;
        };
        let mut fragments = Vec::new();
        // Fronted: at the sentence start, after a conjunction, after a colon, semicolon or
        // dash, or after a short lead-in (`However, according to ...`, `In 2015, according
        // to ...`).
        let fronted = c == sent.start
            || (c == sent.start + 1
                && self
                    .v
                    .tok(sent.start)
                    .is_some_and(|t| t.is(Class::CONJUNCTION)))
            || (self.v.kind(source_end) == Some(Kind::Comma)
                && (matches!(
                    self.v.kind(c.wrapping_sub(1)),
                    Some(Kind::Colon | Kind::Semicolon | Kind::Dash)
                ) || (self.v.kind(c.wrapping_sub(1)) == Some(Kind::Comma)
                    && c >= sent.start + 2
                    && c - 1 - sent.start <= 3
                    && !self.substantial(&(sent.start..c - 1))
                    // (Not a subject whose verb follows the source: `Exports, according to
                    // the ministry, rose sharply`.)
                    && !self.m.verb_at(source_end + 1))));
        let (content, kind, quote) = if c == sent.start
            && let Some(share) = share
        {
            self.clause_content(share..end.min(share + MAX_CONTENT))
        } else if let Some((split, source)) = fronted
            .then(|| self.source_without_comma(source_start, source_end, end, &mention))
            .flatten()
        {
            mention = source;
            self.clause_content(split..end.min(split + MAX_CONTENT))
        } else if fronted {
            if self.v.kind(source_end) != Some(Kind::Comma) {
                return;
            }
            self.clause_content(source_end + 1..end.min(source_end + 1 + MAX_CONTENT))
        } else if let Some(lead_end) = self.before_trailing_source(c)
            && (source_end >= end || self.last_pause(s).is_none_or(|p| p < source_end))
        {
            // `..., according to an NBC survey conducted after the tape was released`: the
            // source may run long to the sentence end.
            self.trailing_lead(sent.start, lead_end)
        } else if let Some(lead_end) = self.before_trailing_source(c)
            && self.v.kind(c.wrapping_sub(1)) != Some(Kind::Dash)
            && self.v.kind(source_end) == Some(Kind::Comma)
        {
            // `A, according to X, B`: the content is around the source; so is a quote's
            // (`"The UK is the largest market," according to John Binks, director of GfK`).
            let rest = self.trim(source_end + 1..end.min(source_end + 1 + MAX_CONTENT));
            // `The IMF said that, according to data provided by the Liberians, GDP rose`,
            // `Politico reported, according to sources, Clinton tried`: a lead that ends on a
            // verb of speech (and its `that`) is the frame of another report; the source
            // vouches for what follows it (not `is predicted to continue,`, nor `a site that,
            // according to reports, offered`).
            let speech = |k: usize| {
                self.cue_word(k).is_some_and(|w| {
                    matches!(w.kind, CueKind::Speech | CueKind::Writing)
                        && matches!(w.form, VerbForm::Past | VerbForm::Third)
                })
            };
            let frame = lead_end.checked_sub(1).is_some_and(|k| {
                speech(k) || self.v.word_is(k, "that") && k.checked_sub(1).is_some_and(speech)
            });
            // (What follows is the report, whatever it holds: `the economy grew by 2%` is
            // no aside.)
            if frame && self.substantial(&rest) {
                let (kind, quote) = self.content_kind(rest.clone());
                (rest, kind, quote)
            } else {
                if let Some(after) = self
                    .after_source_asides(rest)
                    .filter(|a| self.substantial(a))
                {
                    fragments.push(after);
                }
                if lead_end == c {
                    self.trailing_lead(sent.start, lead_end)
                } else {
                    self.clause_content(self.lead_start(sent.start, lead_end)..lead_end)
                }
            }
        } else {
            return;
        };
        // (A short lead counts with what follows the source: `Exports, according to the
        // ministry, rose sharply`.)
        if !self.substantial(&content)
            && kind != StatementKind::Direct
            && !fragments.iter().any(|f| self.substantial(f))
        {
            return;
        }
        fragments.insert(0, content);
        self.mark_used(c);
        // A verb inside the source is its noun: `According to the Datamonitor report the
        // trend ...`.
        for k in mention.tokens.clone() {
            self.mark_used(k);
        }
        let found = Found {
            mention: Some(mention),
            cue: Some(c..c + 2),
            cue_word: Some(CueWord::phrase("according to", CueKind::Speech)),
            adjuncts: Adjuncts::default(),
            end: source_end,
        };
        self.push_found(found, fragments, kind, quote, s, paragraph);
    }

    /// `According to Microsoft the messages were sent ...`: with no comma after the source
    /// (or one only past a clause), the source ends where a clause opens on a determiner or a
    /// pronoun with its verb soon after. Where that clause starts, and the source.
    fn source_without_comma(
        &self,
        source_start: usize,
        source_end: usize,
        end: usize,
        mention: &MentionParse,
    ) -> Option<(usize, MentionParse)> {
        if self.v.kind(source_end) == Some(Kind::Comma) && mention.tokens.end == source_end {
            return None;
        }
        (source_start + 1..source_end.min(source_start + MAX_MENTION))
            .filter(|&k| {
                self.v.tok(k).is_some_and(|t| {
                    t.is_word()
                        && !t.is_capitalized()
                        && (t.is(Class::PRONOUN)
                            || matches!(
                                t.text(self.v.text),
                                "the" | "this" | "these" | "its" | "their"
                            ))
                }) && self.bare_clause_at(k, end)
            })
            .find_map(|k| {
                self.longest_prefix_mention(source_start, k)
                    .filter(|m| m.tokens.end == k)
                    .map(|m| (k, m))
            })
    }

    /// The reported words before a trailing source, from the clause that holds them to
    /// `lead_end`: `"A. B," Hewitt said, according to CNN`, where a quote that opened
    /// sentences before is reported whole.
    fn trailing_lead(
        &self,
        sent_start: usize,
        lead_end: usize,
    ) -> (Range<usize>, StatementKind, Option<Quotation>) {
        let from = self.past_fronted_clause(self.lead_start(sent_start, lead_end), lead_end);
        let from = self
            .quote_at(from)
            .and_then(|q| self.top_spans.get(q))
            .filter(|&&(open, last)| {
                open < from && last < lead_end && lead_end - open <= MAX_CONTENT
            })
            .map_or(from, |&(open, _)| open);
        self.clause_content(from..lead_end)
    }

    /// Where a source's head ends in `range`: before the first lower-case word in `-ed` or
    /// `-ing`, which opens a participle phrase on it (`based on`, `released Sunday`), or at
    /// the range's end.
    fn before_participle(&self, range: Range<usize>) -> usize {
        let end = range.end;
        range
            .into_iter()
            .find(|&i| {
                self.v.tok(i).is_some_and(|t| {
                    let w = t.text(self.v.text);
                    t.is_word()
                        && !t.is_capitalized()
                        && (w.ends_with("ed")
                            || w.ends_with("ing")
                            // `a table drawn up by`, `figures given to`: the participles
                            // that do not end in `-ed`.
                            || matches!(
                                w,
                                "drawn"
                                    | "written"
                                    | "taken"
                                    | "given"
                                    | "shown"
                                    | "seen"
                                    | "made"
                                    | "done"
                                    | "held"
                                    | "led"
                                    | "sent"
                                    | "kept"
                                    | "found"
                                    | "brought"
                                    | "built"
                                    | "paid"
                                    | "chosen"
                                    | "driven"
                            ))
                })
            })
            .unwrap_or(end)
    }

    /// What goes on with the reported words after `A, according to X,` or `A, said X,`, once
    /// the words that describe the source are skipped: a relative clause on it (`who prosecuted
    /// the case`, to the end) or descriptions set beside it (`a law professor at Yale`, `Ross,
    /// a former envoy, was ...`), each alone or before a comma. `None` when nothing goes on:
    /// the rest describes the source, or a participle hangs on it (`referring to ...`).
    fn after_source_asides(&self, mut more: Range<usize>) -> Option<Range<usize>> {
        // Each round skips one description and its comma; three are plenty.
        for _ in 0..3 {
            if ["who", "whose", "whom", "which"]
                .iter()
                .any(|w| self.v.word_is(more.start, w))
            {
                return None;
            }
            let stop = (more.start..more.end)
                .find(|&i| self.v.kind(i) == Some(Kind::Comma))
                .unwrap_or(more.end);
            let aside = self
                .longest_prefix_mention(more.start, stop)
                .is_some_and(|m| m.tokens.end == stop && !matches!(m.form, Form::Pronoun(_)));
            if !aside {
                break;
            }
            more = self.trim(stop + 1..more.end);
            if more.is_empty() {
                return None;
            }
        }
        let participle = self.v.word(more.start).is_some_and(|w| {
            w.len() > 4
                && w.ends_with("ing")
                && w.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        });
        // `..., said Tom Reyes, the minister, on Monday.`: a time, place or medium of the
        // attribution closing the sentence.
        let adjuncts_only =
            more.start > 0 && after_cue(&self.v, more.start - 1, "", more.end).end >= more.end;
        (!participle && !adjuncts_only).then_some(more)
    }

    /// The longest mention `start..e'` with `e' <= end`.
    /// Where the reported words end before a trailing `according to` at `c`: its comma or
    /// dash, or a closing quote with its comma inside (`"the high-water mark," according to`).
    fn before_trailing_source(&self, c: usize) -> Option<usize> {
        let p = c.checked_sub(1)?;
        match self.v.kind(p)? {
            Kind::Comma | Kind::Dash => Some(p),
            Kind::Quote(_) if self.v.kind(p.checked_sub(1)?) == Some(Kind::Comma) => Some(c),
            _ => None,
        }
    }

    fn longest_prefix_mention(&self, start: usize, end: usize) -> Option<MentionParse> {
        let end = end.min(start + MAX_MENTION);
        (start + 1..=end)
            .rev()
            .find_map(|e| self.m.classify(start..e))
    }
}

#[cfg(test)]
mod tests;
