//! Where reported words end: the sentence's breaks (commas before a new clause or a
//! participle, `and` before a second report), subordinate clauses, and what may open a
//! reported clause.

use super::*;

/// The most tokens a bracket may hold and still hide the breaks inside it.
const MAX_BRACKET_TOKENS: usize = 24;

/// The most tokens between the two dashes of a short aside: `Marsh - the biggest broker -`.
const MAX_ASIDE_TOKENS: usize = 8;

/// Where a sentence's last comma, last dash and last `and`/`or` stand.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tail {
    last_comma: Option<usize>,
    last_dash: Option<usize>,
    last_join: Option<usize>,
}

impl Attributor<'_> {
    /// The end of the sentence's words: before its terminal punctuation.
    pub(super) fn sentence_end(&self, sent: Range<usize>) -> usize {
        let k = self
            .seg
            .sentences
            .partition_point(|s| s.tokens.start < sent.start);
        match (self.seg.sentences.get(k), self.sentence_ends.get(k)) {
            (Some(s), Some(&e)) if s.tokens == sent => e,
            _ => self.walk_sentence_end(sent),
        }
    }

    /// [`Self::sentence_end`] found by walking back from the end of `sent`.
    pub(super) fn walk_sentence_end(&self, sent: Range<usize>) -> usize {
        let mut e = sent.end;
        while e > sent.start
            && self
                .v
                .tok(e - 1)
                .is_some_and(|t| t.is_terminal() || (t.closes() && self.quote_at(e - 1).is_none()))
        {
            e -= 1;
        }
        e
    }

    /// The last comma or semicolon of sentence `s`, quoted or not.
    pub(super) fn last_pause(&mut self, s: usize) -> Option<usize> {
        if self.breaks.sentence != Some(s) {
            self.find_breaks(s);
        }
        self.breaks.last_pause
    }

    /// Where a forward content starting at `start` ends: at a chained `, adding ...`, at a
    /// second reporting verb of the same subject (`and warned`), at a new clause with its own
    /// subject (`, but he`), at the first comma when the attribution is itself subordinate
    /// (`while he said X, ...`), or at the end.
    pub(super) fn content_end(&mut self, start: usize, end: usize, subordinate: bool) -> usize {
        let end = end.min(start + MAX_CONTENT);
        let s = self.sentence_of(start);
        if self.breaks.sentence != Some(s) {
            self.find_breaks(s);
        }
        let b = &self.breaks;
        let first_after = |list: &[usize], from: usize| {
            list.get(list.partition_point(|&i| i < from))
                .copied()
                .filter(|&i| i < end)
        };
        let mut stop = end;
        for found in [
            first_after(&b.hard, start),
            first_after(&b.soft, start + 1),
            if subordinate {
                first_after(&b.commas, start)
            } else {
                None
            },
        ]
        .into_iter()
        .flatten()
        {
            stop = stop.min(found);
        }
        stop
    }

    /// `..., but U.S. officials have said ...`, `... and the ministry said ...`: after the
    /// conjunction at `j`, a short subject (capitalized words or a determiner and nouns after
    /// `but`; a determiner and nouns after `and`, as `he and Rubio promised` is one subject),
    /// perhaps an auxiliary, then a speech verb: a second report starts.
    pub(super) fn subject_and_report_at(&self, j: usize, end: usize) -> bool {
        let i = j + 1;
        // Within the sentence: the next paragraph's report is no part of this one.
        let within = |k: usize| k < end;
        // `39 percent blame his supporters and 22 percent say he is ...`: a share of those
        // polled, then its verb of speech (in the plural's bare form too).
        if self.share_at(i) {
            let verb = i + 2;
            return within(verb)
                && self.cue_word(verb).is_some_and(|w| {
                    matches!(w.form, VerbForm::Past | VerbForm::Third | VerbForm::Base)
                        && w.kind == CueKind::Speech
                });
        }
        // After `and`, a determiner opens the second subject, or a capitalized name when no
        // capitalized word stands before the `and` (`he and Rubio promised`, `Smith and Jones
        // told` are one subject; `accuses Obama of "leading from behind" and Donald Trump says`
        // is two reports).
        if self.v.word_is(j, "and")
            && !self.v.is(i, Class::DETERMINER)
            && !(self
                .v
                .tok(i)
                .is_some_and(|t| t.is_capitalized() && !t.is(Class::FUNCTION))
                && j > 0
                && !self
                    .v
                    .tok(j - 1)
                    .is_some_and(|t| t.is_capitalized() || t.is(Class::PRONOUN)))
        {
            return false;
        }
        // `, but analysts said`: a plural group noun opens a subject without a determiner.
        let opens_subject = |t: &crate::segment::token::Token| {
            t.is_capitalized() || t.is(Class::DETERMINER) || t.is(Class::GROUP_NOUN)
        };
        let mut k = i;
        while k < i + 6
            && within(k)
            && self.v.tok(k).is_some_and(|t| {
                t.is_word()
                    && (opens_subject(t) || k > i)
                    && !t.is(Class::PRONOUN
                        .with(Class::SUBORDINATOR)
                        .with(Class::PREPOSITION))
                    && self.cue_word(k).is_none()
                    && !t.is(Class::AUXILIARY)
            })
        {
            k += 1;
        }
        if k == i || !self.v.tok(i).is_some_and(opens_subject) {
            return false;
        }
        // `but his lawyer, Antony Okafor, told the BBC`: a name or a role set off by commas
        // after the subject.
        if self.v.kind(k) == Some(Kind::Comma)
            && let Some(close) = (k + 2..k + 8)
                .take_while(|&n| within(n))
                .find(|&n| !self.v.tok(n).is_some_and(|t| t.is_word()))
                .filter(|&n| self.v.kind(n) == Some(Kind::Comma))
            && self.v.tok(k + 1).is_some_and(|t| t.is_capitalized())
        {
            k = close + 1;
        }
        while k < i + 8 && within(k) && self.v.is(k, Class::AUXILIARY) {
            k += 1;
        }
        within(k)
            && self.cue_word(k).is_some_and(|w| {
                matches!(
                    w.form,
                    VerbForm::Past | VerbForm::Third | VerbForm::Participle
                ) && w.kind == CueKind::Speech
            })
    }

    /// `they back Clinton, Smith has said he backs Sanders`, `..., 39 have said they ...`:
    /// after the comma at `comma`, a second subject (no list: `Britain, France and Germany
    /// have said`), its auxiliaries and a speech verb that reports words of its own (not
    /// `the plan, officials said, is dead`, an aside). Not after a phrase that opens the
    /// words reported before it (`media reported during the visit, Erdogan reiterated ...`).
    fn comma_report_at(&self, comma: usize, sent: Range<usize>) -> bool {
        let end = sent.end;
        let i = comma + 1;
        let verb = if self.v.kind(i) == Some(Kind::Number) && !self.share_at(i) {
            // A count of people as the subject, always with its auxiliary (`39 have said`).
            let mut k = i + 1;
            while k < i + 4 && self.v.is(k, Class::AUXILIARY) {
                k += 1;
            }
            (k > i + 1).then_some(k)
        } else if self.subject_and_report_at(comma, end) {
            (i..(i + 16).min(end)).find(|&k| self.cue_word(k).is_some())
        } else {
            None
        };
        verb.is_some_and(|k| {
            k + 1 < end
                && self.cue_word(k).is_some_and(|w| {
                    w.kind == CueKind::Speech
                        && matches!(
                            w.form,
                            VerbForm::Past | VerbForm::Third | VerbForm::Participle
                        )
                })
                && self.v.tok(k + 1).is_some_and(|t| t.is_word())
                && !(i..k).any(|c| self.v.is(c, Class::CONJUNCTION))
                && !self.fronted_in_report(comma, sent.start)
        })
    }

    /// Whether the words before the comma at `comma` open with a phrase that a report's verb
    /// brings in (`reported that during the visit,`), so the comma closes that phrase.
    fn fronted_in_report(&self, comma: usize, start: usize) -> bool {
        (start.max(comma.saturating_sub(12))..comma)
            .rev()
            .find(|&k| self.cue_word(k).is_some())
            .is_some_and(|c| {
                let first = if self.v.word_is(c + 1, "that") {
                    c + 2
                } else {
                    c + 1
                };
                // (`expected to fall in 2005, Fiat said`: `to` opens an infinitive.)
                self.v
                    .is(first, Class::PREPOSITION.with(Class::SUBORDINATOR))
                    && !self.v.word_is(first, "to")
            })
    }

    /// Finds, once per sentence, where a forward content may end: commas before a reporting
    /// participle or a new clause and semicolons (`hard`), `and`/`but` before a second
    /// reporting verb (`soft`, not at the content's first word), and every comma.
    pub(super) fn find_breaks(&mut self, s: usize) {
        let range = self.seg.sentences.get(s).map_or(0..0, |x| x.tokens.clone());
        // The lists of the sentence before are cleared and reused: no allocation per sentence.
        let mut breaks = std::mem::take(&mut self.breaks);
        breaks.sentence = Some(s);
        breaks.hard.clear();
        breaks.soft.clear();
        breaks.commas.clear();
        // A second report by the speaker (`and added`), not a verb of the reported clause
        // (`she was tired and wanted a change`).
        let finite = |w: Option<CueWord>| {
            w.is_some_and(|w| {
                matches!(w.form, VerbForm::Past | VerbForm::Third)
                    && !matches!(w.kind, CueKind::Belief | CueKind::Evidence)
            })
        };
        // Where the sentence's last comma and last `and`/`or` stand, so that whether a comma
        // is the last one is read in constant time.
        let (mut last_comma, mut last_dash, mut last_join) = (None, None, None);
        breaks.last_pause = None;
        for i in range.clone() {
            let Some(t) = self.v.tok(i) else { continue };
            if matches!(t.kind, Kind::Comma | Kind::Semicolon) {
                breaks.last_pause = Some(i);
            }
            if t.kind == Kind::Comma {
                last_comma = Some(i);
            } else if t.kind == Kind::Dash {
                last_dash = Some(i);
            } else if t.is(Class::CONJUNCTION)
                && (self.v.word_is(i, "and") || self.v.word_is(i, "or"))
            {
                last_join = Some(i);
            }
        }
        let tail = Tail {
            last_comma,
            last_dash,
            last_join,
        };
        // A closed bracket without a cue holds no break: `400m pesos ($136m; £72.3m) in
        // improvements`.
        let mut bracket_end = 0;
        for i in range.clone() {
            if i < bracket_end || !self.outside(i) {
                continue;
            }
            // A break at the last token cuts nothing, and the rules' look-ahead would read
            // past what is read: the next paragraph must not change it.
            if i + 1 >= range.end {
                continue;
            }
            let Some(t) = self.v.tok(i) else { continue };
            match t.kind {
                Kind::OpenParen => {
                    if let Some(close) = (i + 1..range.end.min(i + MAX_BRACKET_TOKENS))
                        .find(|&k| {
                            matches!(self.v.kind(k), Some(Kind::CloseParen | Kind::OpenParen))
                        })
                        .filter(|&k| self.v.kind(k) == Some(Kind::CloseParen))
                        // A bracket with a report of its own keeps its breaks: `(or, as the
                        // Beast called them, "anchors")`.
                        .filter(|&k| (i + 1..k).all(|c| self.cue_word(c).is_none()))
                    {
                        bracket_end = close;
                    }
                }
                Kind::Comma => {
                    breaks.commas.push(i);
                    if self
                        .cue_word(i + 1)
                        .is_some_and(|w| w.form == VerbForm::Gerund)
                        || self.second_predicate_at(i + 1)
                        || self.new_clause_at(i + 1)
                        || self.participle_at(i + 1)
                        || self.writers_aside_at(i + 1)
                        || self.trailing_gloss_at(i, tail)
                        || self.summary_at(i, tail)
                        || self.comma_report_at(i, range.clone())
                        // `..., said an official.`: an inverted report of its own.
                        // (Not a verb with its object: `that Leeds, in fact, said as much`.)
                        || self.cue_word(i + 1).is_some_and(|w| {
                            w.lemma == "say" && matches!(w.form, VerbForm::Past | VerbForm::Third)
                        }) && !matches!(
                            self.v.word(i + 2).map(crate::lexicon::fold).as_deref(),
                            Some("as" | "so" | "nothing")
                        )
                        // `... is expected to increase, analysts said.`
                        || self.trailing_report_at(i + 1)
                        // `..., according to a report.`: the source of the whole sentence
                        // (not `that, according to data, GDP rose`, an aside).
                        || tail.last_comma == Some(i)
                            && self.v.word_is(i + 1, "according")
                            && self.v.word_is(i + 2, "to")
                        // `..., however it did acknowledge that ...`, `... present, however.`:
                        // the writer's contrast (not `..., however, was flawed`, inside).
                        || self.v.word_is(i + 1, "however")
                            && (i + 2 >= range.end || self.v.kind(i + 2) != Some(Kind::Comma))
                    {
                        breaks.hard.push(i);
                    }
                }
                Kind::Semicolon => breaks.hard.push(i),
                // `... in the past \n - Extending in-court conciliation`: a dash opening a
                // line opens a list's next item.
                Kind::Dash if t.has(Flags::LINE) => breaks.hard.push(i),
                // `The IAAF - which said it was surprised - is deciding`: the dash that closes
                // a relative clause opened by a dash ends what the clause reports.
                Kind::Dash if self.closes_relative_dash(i, range.start) => breaks.hard.push(i),
                // `... — a proposal he has raised before.`: the writer sums up.
                Kind::Dash if self.summary_at(i, tail) => breaks.hard.push(i),
                // `... — and he singled out Bennett`: an afterthought of the writer's; not a
                // pair of dashes around an aside (`those old - and previously unreported -
                // postings`, `Marsh - the biggest broker - and other firms`).
                Kind::Dash
                    if (self.v.word_is(i + 1, "and") || self.v.word_is(i + 1, "but"))
                        && i + 2 < range.end
                        && self.clause_opener(i + 2)
                        && !self.dash_pair(i, range.end)
                        && !self.closes_dash_pair(i, range.start) =>
                {
                    breaks.hard.push(i);
                }
                // `... "win this race," adding that ...`, `who calls him a "sociopath," said
                // ...`: the comma sits inside the quote.
                Kind::Word
                    if matches!(self.v.kind(i.wrapping_sub(1)), Some(Kind::Quote(_)))
                        && self.v.kind(i.wrapping_sub(2)) == Some(Kind::Comma)
                        && (self.cue_word(i).is_some_and(|w| {
                            w.form == VerbForm::Gerund
                                || w.lemma == "say"
                                    && matches!(w.form, VerbForm::Past | VerbForm::Third)
                        }) || self.new_clause_at(i)) =>
                {
                    breaks.hard.push(i);
                }
                // `Labour is acting too late while the Lib Dems say ...`: a contrast with a report
                // of its own, by another subject (not `while the law was being reviewed`).
                Kind::Word
                    if matches!(t.end - t.start, 5 | 7)
                        && (self.v.word_is(i, "while") || self.v.word_is(i, "whereas"))
                        && self.v.tok(i + 1).is_some_and(|n| {
                            n.is_capitalized() && !n.is(Class::FUNCTION)
                                || n.is(Class::DETERMINER) && !self.v.word_is(i + 1, "that")
                        })
                        && (i + 2..range.end.min(i + 8)).any(|k| {
                            self.outside(k)
                                && self.cue_word(k).is_some_and(|w| {
                                    w.kind != CueKind::Evidence
                                        && (matches!(w.form, VerbForm::Past | VerbForm::Third)
                                            // `the Lib Dems say`, not `a recovery plan`.
                                            || w.form == VerbForm::Base
                                                && self.v.tok(k - 1).is_some_and(|p| {
                                                    p.is_capitalized()
                                                        || p.text(self.v.text).ends_with('s')
                                                }))
                                })
                        }) =>
                {
                    breaks.soft.push(i);
                }
                // `... on Twitter before claiming that ...`
                Kind::Word
                    if matches!(t.end - t.start, 5 | 6)
                        && (self.v.word_is(i, "before") || self.v.word_is(i, "after"))
                        && self
                            .cue_word(i + 1)
                            .is_some_and(|w| w.form == VerbForm::Gerund) =>
                {
                    breaks.soft.push(i);
                }
                // `and added`, `and then said`, `but went on to say`, `but suggesting`
                Kind::Word
                    if t.end - t.start == 3
                        && (self.v.word_is(i, "and") || self.v.word_is(i, "but"))
                        && (finite(self.cue_word(i + 1))
                            || self
                                .cue_word(i + 1)
                                .is_some_and(|w| w.form == VerbForm::Gerund)
                            || ((self.v.is(i + 1, Class::ADVERB)
                                || self.v.word_is(i + 1, "then"))
                                && i + 2 < range.end
                                && finite(self.cue_word(i + 2)))
                            || (matches!(
                                self.v.word(i + 1).map(crate::lexicon::fold).as_deref(),
                                Some("went" | "goes" | "continued" | "continues" | "proceeded")
                            ) && (i + 3..=i + 4)
                                .filter(|&c| c < range.end)
                                .any(|c| self.went_on_to(c) == Some(i + 1)))
                            || self.subject_and_report_at(i, range.end)
                            // `fear that ... and warn that ...`: a second report of a plural
                            // subject, whose verb has no ending to tell it by.
                            || self.cue_word(i + 1).is_some_and(|w| {
                                w.form == VerbForm::Base && w.kind != CueKind::Evidence
                            }) && i + 2 < range.end
                                && self.v.word_is(i + 2, "that")) =>
                {
                    breaks.soft.push(i);
                }
                _ => {}
            }
        }
        self.breaks = breaks;
    }

    /// Whether the dash at `i` opens an aside that a second dash closes a few words on, with
    /// the sentence going on after it.
    fn dash_pair(&self, i: usize, end: usize) -> bool {
        (i + 2..end.min(i + MAX_ASIDE_TOKENS))
            .find(|&k| self.v.kind(k) == Some(Kind::Dash))
            .is_some_and(|k| self.v.tok(k + 1).is_some_and(|t| t.is_word()) && k + 1 < end)
    }

    /// Whether the dash at `i` closes a reporting relative clause that a dash opened: `-
    /// which said it was surprised -`, `- who has since said he regrets it -`, `- who
    /// refused to name him -`, `- which is expected to make a loss -` (not `consumer
    /// spending - which drives two thirds of the economy - rose`).
    fn closes_relative_dash(&self, i: usize, start: usize) -> bool {
        (i.saturating_sub(MAX_BRACKET_TOKENS).max(start)..i)
            .rev()
            .find(|&k| self.v.kind(k) == Some(Kind::Dash))
            .is_some_and(|k| {
                (self.v.word_is(k + 1, "which") || self.v.word_is(k + 1, "who"))
                    // `which saw production fall`: seeing reports only as a belief `as`.
                    && (k + 2..(k + 4).min(i))
                        .any(|c| self.cue_word(c).is_some_and(|w| w.lemma != "see"))
            })
    }

    /// Whether the dash at `i` closes an aside without a report of its own that a dash a few
    /// words before opened: `Marsh - the biggest broker - and other firms may have`; not `a
    /// campaign - one he calls "Confident America" - but it is`, where the aside holds the
    /// report and its closing dash ends it.
    fn closes_dash_pair(&self, i: usize, start: usize) -> bool {
        (i.saturating_sub(MAX_ASIDE_TOKENS).max(start)..i.saturating_sub(1))
            .rev()
            .find(|&k| self.v.kind(k) == Some(Kind::Dash))
            .is_some_and(|k| (k + 1..i).all(|c| self.cue_word(c).is_none()))
    }

    /// `..., but also used them to ...`, `..., but appeared to betray ...`: after a comma,
    /// `but` and a verb in the past with no subject of its own: the main subject's next
    /// predicate, not reported words.
    fn second_predicate_at(&self, i: usize) -> bool {
        if !self.v.word_is(i, "but") {
            return false;
        }
        let mut k = i + 1;
        while k < i + 3 && (self.v.is(k, Class::ADVERB) || self.manner_adverb(k)) {
            k += 1;
        }
        // `used`, `opted`: a short verb in `-ed` too.
        let past = self.v.tok(k).is_some_and(|t| {
            let w = t.text(self.v.text);
            t.is_word() && !t.is_capitalized() && w.len() >= 4 && w.ends_with("ed")
        });
        past || self.cue_word(k).is_some_and(|w| w.form == VerbForm::Past)
    }

    /// `that` a few words on, after a phrase the adjunct grammar did not read (`said on MSNBC
    /// that`, `told the committee in Washington that`).
    pub(super) fn that_ahead(&self, start: usize, end: usize) -> Option<usize> {
        let first = self.v.tok(start)?;
        if !(first.is(Class::PREPOSITION) || first.is(Class::TIME) || first.is(Class::ADVERB)) {
            return None;
        }
        // `promised to set an agenda to that of ...`: an infinitive, no adjunct before a clause.
        if self.v.word_is(start, "to")
            && self.v.tok(start + 1).is_some_and(|t| {
                t.is_word() && !t.is_capitalized() && !t.is(Class::DETERMINER.with(Class::PRONOUN))
            })
        {
            return None;
        }
        // `say by a 7-point margin, 49 percent to 42 percent, that ...`: an adjunct may hold
        // a figure set off by commas.
        (start + 1..end.min(start + 16))
            .take_while(|&i| {
                self.v.tok(i).is_some_and(|t| match t.kind {
                    Kind::Word => {
                        self.v.word_is(i, "that")
                            || !(t.is(Class::AUXILIARY)
                                || t.is(Class::SUBORDINATOR)
                                || t.is(Class::CUE)
                                || t.is(Class::PRONOUN))
                    }
                    Kind::Possessive | Kind::Number | Kind::Period | Kind::Hyphen => true,
                    Kind::Comma | Kind::Percent => true,
                    _ => false,
                })
            })
            // `that of the summit` is a pronoun; `warning about viruses that can spread`: a
            // verb right after `that` makes it a relative pronoun on the noun before.
            .find(|&i| {
                self.v.word_is(i, "that")
                    && !self.v.word_is(i + 1, "of")
                    && !self.demonstrative_that(i)
            })
            // A short adjunct runs straight to `that`; a longer one, or one with commas, is
            // set off by a comma right before it, and a verb right after `that` makes it a
            // relative pronoun (`a handset with a hard drive, that can be used`).
            .filter(|&i| {
                let plain = i < start + 10
                    && (start..i)
                        .all(|k| !matches!(self.v.kind(k), Some(Kind::Comma | Kind::Percent)));
                plain
                    || self.v.kind(i - 1) == Some(Kind::Comma)
                        && !self.v.is(i + 1, Class::AUXILIARY)
            })
    }

    /// Whether a new clause with its own subject starts at `i`, after a comma: `but he`,
    /// `while the ministry`, `and they`.
    pub(super) fn new_clause_at(&self, i: usize) -> bool {
        let Some(w) = self.v.word(i).map(crate::lexicon::fold) else {
            return false;
        };
        // The next word must be in the same sentence.
        if self.sentence_of(i + 1) != self.sentence_of(i) {
            return false;
        }
        // `..., but that he would not ...`: a second `that` clause goes on with the words.
        if self.v.word_is(i + 1, "that") {
            return false;
        }
        let subject_next = self.v.is(i + 1, Class::PRONOUN)
            || (w != "and"
                && (self.v.is(i + 1, Class::DETERMINER)
                    || self.v.kind(i + 1) == Some(Kind::Number)
                    || self.v.tok(i + 1).is_some_and(|t| t.is_capitalized())));
        // `... "excited where we stand," as he faces a test`: after a quote's inner comma.
        let after_quote = matches!(self.v.kind(i.wrapping_sub(1)), Some(Kind::Quote(_)));
        match w.as_str() {
            "but" | "while" | "whereas" | "although" | "though" | "yet" => subject_next,
            "as" | "because" | "since" | "when" | "after" | "before" => after_quote && subject_next,
            "and" => {
                self.v.is(i + 1, Class::PRONOUN)
                    || self.reporting_clause_at(i + 1)
                    || (!after_quote && self.subject_and_auxiliary_at(i + 1))
            }
            _ => false,
        }
    }

    /// Whether a clause of its own starts at `i`: a noun phrase that a determiner or a name
    /// opens, then a finite auxiliary (`the city has already sued`, `Wealth-X puts it`, not
    /// `the rules that are`). After `, and` this is the writer's next clause, not more of the
    /// reported words; after a quoted comma (`"...," and Democrats would ...`) and in `and
    /// that ...` the speaker goes on.
    fn subject_and_auxiliary_at(&self, i: usize) -> bool {
        // `and that ...` is a second reported clause.
        let opens = (self.v.is(i, Class::DETERMINER) && !self.v.word_is(i, "that"))
            || self
                .v
                .tok(i)
                .is_some_and(|t| t.is_capitalized() && t.is_word());
        if !opens || self.sentence_of(i) != self.sentence_of(i.saturating_sub(1)) {
            return false;
        }
        for k in i + 1..i + 8 {
            let Some(t) = self.v.tok(k) else { return false };
            if !t.is_word() || !self.outside(k) {
                return false;
            }
            if t.is(Class::AUXILIARY) {
                return !matches!(
                    crate::lexicon::fold(t.text(self.v.text)).as_ref(),
                    "be" | "been" | "being"
                );
            }
            if t.is(Class::PRONOUN)
                || matches!(
                    crate::lexicon::fold(t.text(self.v.text)).as_ref(),
                    "that" | "who" | "which" | "whose" | "to"
                )
            {
                return false;
            }
        }
        false
    }

    /// Whether the sentence opens with a word or two and a comma right before the subject of
    /// cue `c`: `Still, he said`, `In short, the mayor said`.
    pub(super) fn short_lead(&self, c: usize, start: usize) -> bool {
        let Some(comma) = (start..c.min(start + 6)).find(|&i| self.v.kind(i) == Some(Kind::Comma))
        else {
            return false;
        };
        // One or two words (`Still`, `In short`), or a longer phrase that a preposition opens
        // (`On top of that`).
        comma > start
            && self.v.is(
                start,
                Class::ADVERB
                    .with(Class::PREPOSITION)
                    .with(Class::CONJUNCTION),
            )
            && (comma - start <= 3 || self.v.is(start, Class::PREPOSITION))
            && (start..comma).all(|i| self.v.tok(i).is_some_and(|t| t.is_word()))
            && c - comma <= MAX_MENTION
            && (comma + 1..c).all(|i| {
                self.v.tok(i).is_some_and(|t| {
                    !matches!(t.kind, Kind::Comma | Kind::Quote(_))
                        && !t.is(Class::SUBORDINATOR)
                        && !matches!(
                            t.text(self.v.text),
                            "after" | "before" | "as" | "once" | "until" | "since"
                        )
                })
            })
    }

    /// A relative clause of the writer's that closes the sentence after the comma at `comma`:
    /// `..., who has led the party since 2010.`, `..., where he trailed by two points.`, `...,
    /// which he labelled a joke.` A relative clause closed by a later comma sits inside the
    /// reported words (`Smith, who was there, lied`); so does a `which` that is the clause's
    /// subject (`..., which has the most cases`), as often the speaker's words as not.
    pub(super) fn trailing_gloss_at(&self, comma: usize, tail: Tail) -> bool {
        tail.last_comma == Some(comma)
            && (["who", "whose", "where", "when"]
                .iter()
                .any(|w| self.v.word_is(comma + 1, w))
                || self.v.word_is(comma + 1, "which") && self.subject_at(comma + 2))
    }

    /// Whether a subject of its own opens at `i`: a pronoun, a determiner or a capitalized
    /// word (`which he labelled`, `which the government`, `which Ofcom`), not a verb (`which
    /// has the most cases`, which may be the speaker's words).
    fn subject_at(&self, i: usize) -> bool {
        self.v.tok(i).is_some_and(|t| {
            t.is(Class::PRONOUN.with(Class::DETERMINER))
                || t.is_capitalized() && !t.is(Class::FUNCTION)
                || t.kind == Kind::Number
        })
    }

    /// A noun phrase of the writer's that sums up the reported words after the last comma or
    /// the last dash at `comma` and closes the sentence: `..., a swipe at his rivals.`, `... —
    /// a plan he has floated before.`, `..., the latter a reference to clubs.` Not an
    /// appositive of a name (`met Smith, a lawyer`), nor an item of a list.
    pub(super) fn summary_at(&self, comma: usize, tail: Tail) -> bool {
        (tail.last_comma == Some(comma) || tail.last_dash == Some(comma))
            && (self.v.word_is(comma + 1, "a")
                || self.v.word_is(comma + 1, "an")
                || self.v.word_is(comma + 1, "something"))
            && !self
                .v
                .tok(comma.wrapping_sub(1))
                .is_some_and(|t| t.is_capitalized())
            && tail.last_join.is_none_or(|j| j < comma)
            // `..., the latter a reference to clubs that ...`: never a name's appositive
            // nor an item of a list.
            || tail.last_comma == Some(comma)
                && self.v.word_is(comma + 1, "the")
                && (self.v.word_is(comma + 2, "latter") || self.v.word_is(comma + 2, "former"))
    }

    /// A comparison or a contrast of the writer's after a comma: `, compared with 11 percent
    /// of voters`, `, even as he criticized the bill`.
    fn writers_aside_at(&self, i: usize) -> bool {
        (self.v.word_is(i, "compared")
            && (self.v.word_is(i + 1, "with") || self.v.word_is(i + 1, "to")))
            || (self.v.word_is(i, "even")
                && (self.v.word_is(i + 1, "as") || self.v.word_is(i + 1, "though")))
    }

    /// A participle phrase of the writer's after a comma: `, cementing its lead`, `, sending
    /// shares lower`.
    pub(super) fn participle_at(&self, i: usize) -> bool {
        self.v.tok(i).is_some_and(|t| {
            let w = t.text(self.v.text);
            t.is_word()
                && !t.is_capitalized()
                && w.len() > 5
                && w.ends_with("ing")
                && !t.is(Class::FUNCTION)
                && !matches!(
                    w,
                    "including"
                        | "according"
                        | "during"
                        | "nothing"
                        | "something"
                        | "having"
                        | "being"
                )
        })
    }

    /// Whether a short subject and a finite reporting verb start at `i`: `more than 4 in 10
    /// said`, `the mayor's office said`, the second report of a sentence.
    pub(super) fn reporting_clause_at(&self, i: usize) -> bool {
        // Never past the sentence of the word before `i`: what follows a sentence must not
        // change how it reads.
        let sentence_end = self
            .seg
            .sentences
            .get(self.sentence_of(i.saturating_sub(1)))
            .map_or(i, |s| s.tokens.end);
        let limit = (i + 11).min(sentence_end);
        (i + 1..limit)
            .take_while(|&k| {
                self.outside(k)
                    && self
                        .v
                        .tok(k)
                        .is_some_and(|t| !matches!(t.kind, Kind::Comma | Kind::Period))
            })
            .any(|k| {
                self.cue_word(k)
                    .is_some_and(|w| matches!(w.form, VerbForm::Past | VerbForm::Third))
                    && !self.v.is(k - 1, Class::DETERMINER)
            })
    }

    /// Whether a trailing attribution of its own fills the rest of the sentence from `i`: a
    /// short subject, a reporting verb in the past or `-s` form and a few words more at most
    /// (`analysts said.`, `Fiat said this week.`), not a relative clause (`which it had
    /// reported as revenue`).
    pub(super) fn trailing_report_at(&self, i: usize) -> bool {
        let sentence_end = self
            .seg
            .sentences
            .get(self.sentence_of(i.saturating_sub(1)))
            .map_or(i, |s| s.tokens.end);
        // (`the quality of reports has improved`: a noun after a preposition or determiner.)
        let Some(k) = (i + 1..(i + 6).min(sentence_end)).find(|&k| {
            self.cue_word(k).is_some_and(|w| {
                matches!(w.form, VerbForm::Past | VerbForm::Third)
                    && matches!(w.kind, CueKind::Speech | CueKind::Writing)
            }) && !self.v.is(k - 1, Class::PREPOSITION.with(Class::DETERMINER))
        }) else {
            return false;
        };
        let subject = (i..k).all(|j| {
            self.v.tok(j).is_some_and(|t| {
                (t.is_word() || t.kind == Kind::Possessive)
                    && !t.is(Class::SUBORDINATOR
                        .with(Class::CONJUNCTION)
                        .with(Class::AUXILIARY))
                    && !matches!(
                        t.text(self.v.text).fold_ascii().as_str(),
                        "which" | "who" | "whom" | "whose" | "where" | "what"
                    )
            })
        }) && self.v.tok(i).is_some_and(|t| {
            // A noun phrase opens: a determiner, a pronoun, a name or a plural (`analysts`,
            // `sources`), not `imported brands`.
            t.is(Class::DETERMINER.with(Class::PRONOUN))
                || t.is_capitalized()
                || !t.is(Class::FUNCTION) && t.text(self.v.text).ends_with('s')
        });
        // Counted to four at most: the test runs at every comma of a sentence.
        let rest = (k + 1..sentence_end)
            .take_while(|&j| self.v.tok(j).is_some_and(|t| !t.is_terminal()))
            .take(4)
            .count();
        subject
            && rest <= 3
            && (k + 1..k + 1 + rest).all(|j| {
                self.v
                    .tok(j)
                    .is_some_and(|t| t.is_word() && !t.is(Class::AUXILIARY))
            })
    }

    /// Whether the attribution whose subject starts at `subject` is itself in a subordinate
    /// clause set before a main one, so its comma ends it: `While he said ..., the mayor`,
    /// `The plan, as officials said ..., is dead`, `and when she said ..., they`. A clause
    /// after its main one runs on: `The slide began after a report suggested the country,
    /// which has ..., had plans`.
    pub(super) fn subordinate_subject(&self, subject: usize) -> bool {
        /// How far back the clause a subordinator stands in is looked for: a longer run
        /// with no comma before it is a main clause.
        const MAX_CLAUSE_LOOKBACK: usize = 40;
        let Some(p) = subject.checked_sub(1) else {
            return false;
        };
        let subordinator = self.v.word(p).is_some_and(|w| {
            matches!(
                w.fold_ascii().as_str(),
                "while"
                    | "although"
                    | "though"
                    | "because"
                    | "as"
                    | "if"
                    | "when"
                    | "since"
                    | "after"
                    | "before"
                    | "whereas"
                    | "unless"
            )
        });
        if !subordinator {
            return false;
        }
        let sent_start = self
            .seg
            .sentences
            .get(self.sentence_of(p))
            .map_or(0, |s| s.tokens.start);
        let lo = sent_start.max(p.saturating_sub(MAX_CLAUSE_LOOKBACK));
        // The clause the subordinator stands in opens after the last comma or mark.
        let clause_start = (lo..p)
            .rev()
            .find(|&k| {
                self.v.tok(k).is_some_and(|t| {
                    matches!(
                        t.kind,
                        Kind::Comma | Kind::Semicolon | Kind::Colon | Kind::Dash | Kind::OpenParen
                    ) || t.opens()
                })
            })
            .map(|k| k + 1)
            .or((lo == sent_start).then_some(sent_start));
        // `and when she said`, `that if he said`, `Even as he accused`.
        let joined = clause_start == Some(p)
            || self.v.tok(p.wrapping_sub(1)).is_some_and(|b| {
                b.is_word()
                    && (b.is(Class::CONJUNCTION)
                        || matches!(
                            crate::lexicon::fold(b.text(self.v.text)).as_str(),
                            "that" | "even" | "just" | "only"
                        ))
            });
        // `Although wi-fi grows as more people want ..., there`, `At the same time as Nigeria
        // announced ..., Ghana`, `Asked by Starnes if he believed ..., Carson`: inside a
        // clause or phrase set before the main one.
        let inside_fronted = clause_start.is_some_and(|c| {
            self.v.tok(c).is_some_and(|t| {
                let w = t.text(self.v.text);
                t.is_word()
                    && (t.is(Class::SUBORDINATOR.with(Class::PREPOSITION))
                        || w.eq_ignore_ascii_case("even")
                        || w.ends_with("ing")
                        || (c < p && w.ends_with("ed") && self.v.is(c + 1, Class::PREPOSITION)))
            })
        });
        joined || inside_fronted
    }

    /// Where the main clause's verb stands inside the words a relative clause on the
    /// sentence's subject reports: `Parents who refuse to allow contact could be tagged`,
    /// `The man who said he got the film made has been shut out`, `Republicans who praised
    /// his candidacy warned that ...`. The relative pronoun at `rel` follows its noun with no
    /// comma, and no verb stands before it in the sentence from `sent_start`. In the words
    /// `start..end`, once the reported clause has its own finite verb (an auxiliary, or the
    /// word after a subject pronoun; from the start when the words are an object or an
    /// infinitive, `verb_seen`) and no clause has opened since (a cue, `that`, a
    /// subordinator, a relative pronoun), a finite auxiliary or a reporting verb in the past
    /// after a noun or an object pronoun is the main clause's.
    pub(super) fn main_verb_after_relative(
        &self,
        rel: usize,
        sent_start: usize,
        span: Range<usize>,
        verb_seen: bool,
    ) -> Option<usize> {
        // The subject is a few words long: a relative pronoun far into the sentence is on
        // some other noun (and the test below stays bounded).
        let restrictive = rel > sent_start
            && rel - sent_start <= 3 * MAX_MENTION
            && self
                .v
                .tok(rel - 1)
                .is_some_and(|t| t.is_word() && !t.is(Class::FUNCTION.with(Class::CONJUNCTION)))
            && (sent_start..rel)
                // A bullet's dash opens the sentence.
                .skip_while(|&k| self.v.kind(k) == Some(Kind::Dash))
                .all(|k| {
                    !self.v.is(k, Class::AUXILIARY)
                        && self.cue_word(k).is_none()
                        && !matches!(self.v.kind(k), Some(Kind::Comma | Kind::Dash))
                });
        if !restrictive {
            return None;
        }
        let finite_aux = |k: usize| {
            self.v.is(k, Class::AUXILIARY)
                && !matches!(
                    self.v.word(k).map(crate::lexicon::fold).as_deref(),
                    Some("be" | "been" | "being" | "having")
                )
        };
        let subject_pronoun = |k: usize| {
            matches!(
                self.v.word(k).map(crate::lexicon::fold).as_deref(),
                Some("he" | "she" | "they" | "we" | "i" | "you")
            )
        };
        let mut seen = verb_seen;
        for k in span.start + 1..span.end {
            let Some(t) = self.v.tok(k) else { break };
            if !t.is_word() {
                continue;
            }
            let opener = t.is(Class::SUBORDINATOR)
                || matches!(
                    self.v.word(k).map(crate::lexicon::fold).as_deref(),
                    Some("that" | "who" | "which" | "whose" | "whom" | "where" | "what")
                )
                // A verb that reports in turn (`they think the plan is bad`), not a noun
                // after a determiner (`the plan`).
                || self.cue_word(k).is_some()
                    && !self.main_report_at(k)
                    && !self.v.is(k - 1, Class::DETERMINER)
                    && self.v.kind(k - 1) != Some(Kind::Possessive);
            if opener {
                seen = false;
                continue;
            }
            let candidate = finite_aux(k) || self.main_report_at(k);
            if seen
                && candidate
                && self.v.tok(k - 1).is_some_and(|p| {
                    p.is_word() && !p.is(Class::FUNCTION) && !p.is(Class::ADVERB)
                    || matches!(
                        self.v.word(k - 1).map(crate::lexicon::fold).as_deref(),
                        Some("him" | "them" | "us" | "me")
                    )
                    // `deserve it is`: `it` as the object of a verb.
                    || self.v.word_is(k - 1, "it")
                        && self.v.tok(k - 2).is_some_and(|v| {
                            v.is_word() && !v.is_capitalized() && !v.is(Class::FUNCTION)
                        })
                })
            {
                return Some(k);
            }
            if finite_aux(k) || subject_pronoun(k - 1) {
                seen = true;
            }
        }
        None
    }

    /// Whether a reporting verb in the past or the third person stands at `k`, in lower case:
    /// a finite verb of speech or writing.
    fn main_report_at(&self, k: usize) -> bool {
        !self.v.tok(k).is_some_and(|t| t.is_capitalized())
            && self.cue_word(k).is_some_and(|c| {
                matches!(c.form, VerbForm::Past | VerbForm::Third)
                    && matches!(c.kind, CueKind::Speech | CueKind::Writing)
            })
    }

    /// Whether the sentence opens with a subordinate clause that holds the subject at
    /// `subject`: `When Fiorina announced the layoffs, ...`, `At the moment Sanders announced
    /// his candidacy, ...`; no comma stands between.
    pub(super) fn opens_subordinate(&self, start: usize, subject: usize) -> bool {
        let mut k = start;
        if self.v.word_is(k, "but") || self.v.word_is(k, "and") {
            k += 1;
        }
        let opener = matches!(
            self.v.word(k).map(crate::lexicon::fold).as_deref(),
            Some(
                "when"
                    | "as"
                    | "after"
                    | "before"
                    | "since"
                    | "while"
                    | "if"
                    | "although"
                    | "though"
                    | "once"
                    | "until"
                    | "because"
                    | "whenever"
                    | "unless"
            )
        ) || self.v.word_is(k, "at") && self.v.word_is(k + 2, "moment");
        opener
            && subject > k
            && subject - k <= 6
            && (k..subject).all(|i| self.v.kind(i) != Some(Kind::Comma))
    }

    /// Whether token `i` can open a reported clause without `that`: a determiner, pronoun,
    /// name, number or quote.
    pub(super) fn clause_opener(&self, i: usize) -> bool {
        let Some(t) = self.v.tok(i) else { return false };
        match t.kind {
            Kind::Word => {
                // Any word but a preposition, an auxiliary or a clause word: `said about half`,
                // `said most voters`, `said Trump`; not `said to cheers`, `said in Ohio`.
                let lower = t.text(self.v.text).fold_ascii();
                !(t.is(Class::AUXILIARY)
                    || t.is(Class::SUBORDINATOR)
                    || t.is(Class::CONJUNCTION)
                    // `said praised`, `said adding`: a verb, where `said praise from`,
                    // `said talk of` and `said reports` open a noun phrase.
                    || self
                        .cue_word(i)
                        .is_some_and(|w| !matches!(w.form, VerbForm::Third | VerbForm::Base))
                        && !t.is_capitalized()
                    || t.is(Class::PREPOSITION)
                        && !matches!(
                            lower.as_str(),
                            "about" | "over" | "around" | "nearly" | "some"
                        )
                        // `said at least seven have signed`, `said as many as 3,000 firms`: a
                        // bound on a number.
                        && crate::number::qualifier_at_number(&self.v, i).is_none())
            }
            Kind::Number | Kind::Currency => true,
            Kind::Quote(_) => t.opens(),
            _ => false,
        }
    }

    /// Whether the `that` at `i` is the subject of the reported clause, not the word that
    /// introduces it: a finite verb of the singular follows at once (`said that could turn
    /// into a trend`, `said that was not true`, `said that's why`), where a clause brought in
    /// by `that` has a subject of its own first (`said that he could`).
    pub(super) fn demonstrative_that(&self, i: usize) -> bool {
        self.v.word_is(i, "that")
            // `the TV show That's Life`: a title.
            && self.v.tok(i).is_some_and(|t| !t.is_capitalized())
            && self.v.tok(i + 1).is_some_and(|t| {
                t.kind == Kind::Possessive
                    || t.is_word()
                        && t.is(Class::AUXILIARY)
                        // Not a plural or a form that is no finite verb of its own.
                        && !matches!(
                            t.text(self.v.text).fold_ascii().as_str(),
                            "am" | "are" | "were" | "be" | "been" | "being" | "have" | "do"
                        )
            })
    }
}
