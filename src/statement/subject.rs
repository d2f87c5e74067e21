//! Finding the speaker of a cue: the noun phrase before it (past adverbs, times, asides,
//! appositives and relative pronouns), the main clause's subject, or the mention after an
//! inverted cue.

use super::*;

/// How far back from `and said` a second report that `but` opens is looked for.
const MAX_SECOND_REPORT: usize = 40;

/// Common verbs in `-s` that a name's plural noun never is: `Gerrard comes out and says`.
const LIGHT_VERBS: &[&str] = &[
    "comes", "faces", "gets", "gives", "goes", "looks", "makes", "puts", "stands", "steps",
    "takes", "turns",
];

/// The most words of a body named with its clitic (`Marks & Spencer's` is not read).
const MAX_CLITIC_NAME: usize = 3;

impl Attributor<'_> {
    /// Where the clause holding token `c` starts, looking back to the sentence start `start`:
    /// after the last comma, colon, semicolon, dash or quote outside quotes.
    pub(super) fn clause_start(&self, c: usize, start: usize) -> usize {
        let lower = start.max(c.saturating_sub(3 * MAX_MENTION));
        (lower..c)
            .rev()
            .find(|&i| {
                matches!(
                    self.v.kind(i),
                    Some(Kind::Colon | Kind::Semicolon | Kind::Dash | Kind::Quote(_))
                )
            })
            .map_or(lower, |i| i + 1)
    }

    /// The mention before the cue token `c`, starting at `limit` or after: `Ma`, `he also`,
    /// `Ma, the vice-foreign minister,`, `Zeng Yixin, deputy director of ...,`.
    pub(super) fn subject_before(&self, c: usize, limit: usize) -> Option<MentionParse> {
        let m = self.subject_before_at(c, limit, true)?;
        let m = self.plural_noun_not_name(m, c);
        let m = self.name_before_role(m, limit);
        let m = self.past_relative_clause(m, limit);
        let m = self.speaker_before_medium(m, limit);
        Some(self.agent_before_participle(&m, limit).unwrap_or(m))
    }

    /// `Ida Berg in a statement said`, `Jeb Bush in a Medium post said`: a medium after a
    /// preposition is where the words were said; the subject is the name before it.
    fn speaker_before_medium(&self, m: MentionParse, limit: usize) -> MentionParse {
        let Some(p) = m.tokens.start.checked_sub(1).filter(|&p| p > limit) else {
            return m;
        };
        let medium = m.tokens.end > m.tokens.start
            && self.v.is(m.tokens.end - 1, Class::MEDIUM)
            && matches!(m.form, Form::Description { .. });
        if !medium
            || !matches!(
                self.v.word(p).map(crate::lexicon::fold).as_deref(),
                Some("in" | "on" | "during" | "through" | "via")
            )
        {
            return m;
        }
        // (Not the object of a verb before it: `telling Mic in an interview published on
        // Monday`.)
        self.subject_before_at(p, limit, false)
            .filter(|a| {
                a.tokens.end == p
                    && a.form == Form::Name
                    && a.tokens.start.checked_sub(1).is_none_or(|b| {
                        b < limit
                            || self.v.tok(b).is_some_and(|t| {
                                !t.is_word()
                                    || t.is(Class::CONJUNCTION.with(Class::SUBORDINATOR))
                                    || self.sentence_adverb(b)
                            })
                    })
            })
            .unwrap_or(m)
    }

    /// The subject that ends on the clitic at `clitic`, right before a verb in the past: a
    /// pronoun whose `'s` stands for `has` (`he's said`), or a body named with the clitic
    /// (`Sainsbury's said`, `McDonald's announced`: news writes `has` in full after a name).
    fn clitic_name(&self, clitic: usize, limit: usize) -> Option<MentionParse> {
        let owner = clitic.checked_sub(1)?;
        if self.v.is(owner, Class::PRONOUN) {
            return self.m.classify(owner..clitic);
        }
        let start = (limit.max(clitic.saturating_sub(MAX_CLITIC_NAME))..clitic)
            .rev()
            .take_while(|&k| {
                self.v
                    .tok(k)
                    .is_some_and(|t| t.is_capitalized() && !t.is(Class::FUNCTION))
            })
            .last()?;
        Some(MentionParse {
            name: Some(start..clitic + 1),
            form: Form::Name,
            ..MentionParse::bare(start..clitic + 1, crate::model::SpeakerKind::Organisation)
        })
    }

    /// `Officials who have seen the report said`, `Republicans who backed him warned`: the
    /// phrase before the cue is the object of a relative clause on `who`; the one speaking is
    /// what `who` stands for.
    fn past_relative_clause(&self, m: MentionParse, limit: usize) -> MentionParse {
        let mut j = m.tokens.start;
        let mut verbs = 0;
        let who = loop {
            let Some(p) = j.checked_sub(1).filter(|&p| p > limit && verbs < 5) else {
                return m;
            };
            if self.v.word_is(p, "who") {
                break p;
            }
            let verb_word = self.v.tok(p).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && (t.is(Class::AUXILIARY.with(Class::ADVERB)) || !t.is(Class::FUNCTION))
            });
            if !verb_word {
                return m;
            }
            verbs += 1;
            j = p;
        };
        if verbs == 0 {
            return m;
        }
        self.subject_before_at(who, limit, false)
            .filter(|a| {
                a.tokens.end == who
                    && matches!(
                        a.kind,
                        crate::model::SpeakerKind::Person
                            | crate::model::SpeakerKind::Group
                            | crate::model::SpeakerKind::Organisation
                    )
            })
            .unwrap_or(m)
    }

    /// `"...," Armando Falcon, OFHEO director said`: a bare role right before the cue, set off
    /// by a comma after a name that opens the clause, is that name's appositive (the comma
    /// after the role went missing).
    fn name_before_role(&self, m: MentionParse, limit: usize) -> MentionParse {
        let bare_role = matches!(m.form, Form::Description { .. })
            && m.kind == crate::model::SpeakerKind::Person
            && !self.v.is(m.tokens.start, Class::DETERMINER)
            && m.tokens.start > limit
            && self.v.kind(m.tokens.start - 1) == Some(Kind::Comma);
        if !bare_role {
            return m;
        }
        let name_end = m.tokens.start - 1;
        let name_start = self.np_start(name_end, limit);
        match self.longest_mention(name_start, name_end).filter(|n| {
            n.form == Form::Name
                && n.kind == crate::model::SpeakerKind::Person
                && n.tokens == (limit..name_end)
        }) {
            Some(mut named) => {
                named.appositive = Some(Box::new(m));
                named
            }
            None => m,
        }
    }

    /// `Officials investigating the crash said`: a phrase after a participle in `-ing` is the
    /// participle's object, and the one speaking is the people before it.
    fn agent_before_participle(&self, m: &MentionParse, limit: usize) -> Option<MentionParse> {
        let participle_at = |p: usize| {
            self.participle_at(p) && !self.v.word_is(p, "following") && self.cue_word(p).is_none()
        };
        // The participle read into the phrase (`investigating Stefan's murder`), or before it.
        let p = [Some(m.tokens.start), m.tokens.start.checked_sub(1)]
            .into_iter()
            .flatten()
            .find(|&p| p > limit && participle_at(p))?;
        // (Not the object of a preposition: `In a statement detailing the bans, Valve said`.)
        self.subject_before_at(p, limit, false).filter(|a| {
            a.tokens.end == p
                && !self
                    .v
                    .is(a.tokens.start.wrapping_sub(1), Class::PREPOSITION)
                && matches!(
                    a.kind,
                    crate::model::SpeakerKind::Person
                        | crate::model::SpeakerKind::Group
                        | crate::model::SpeakerKind::Organisation
                )
        })
    }

    /// `Figures show`, `Surveys suggest`, `Companies say`: one capitalized word in `-s`
    /// before a cue in its bare form is a plural noun that opens the sentence, not a name
    /// (a name takes `shows`, `says`).
    fn plural_noun_not_name(&self, m: MentionParse, c: usize) -> MentionParse {
        let plural = m.form == Form::Name
            && m.tokens.len() == 1
            && m.tokens.end == c
            && self.cue_word(c).is_some_and(|w| w.form == VerbForm::Base)
            && self.v.tok(m.tokens.start).is_some_and(|t| {
                !t.has(crate::segment::token::Flags::ALL_CAPS)
                    && t.text(self.v.text).ends_with('s')
                    && !t.text(self.v.text).ends_with("ss")
            })
            && self
                .seg
                .sentences
                .get(self.sentence_of(c))
                .is_some_and(|s| s.tokens.start == m.tokens.start);
        if !plural {
            return m;
        }
        MentionParse {
            form: Form::Description { definite: false },
            title: Some(m.tokens.clone()),
            ..MentionParse::bare(m.tokens, crate::model::SpeakerKind::Group)
        }
    }

    /// [`Attributor::subject_before`], reading a floating quantifier (`both`) as the subject
    /// before it only when `floating` is set.
    fn subject_before_at(&self, c: usize, limit: usize, floating: bool) -> Option<MentionParse> {
        // `went on to say`, `continued to insist`: a verb and `to` before a base-form cue.
        let mut e = self.went_on_to(c).filter(|&k| k > limit).unwrap_or(c);
        // Adverbs and auxiliaries between the subject and the verb: `also`, `has`, `later`.
        while e > limit
            && self.v.tok(e - 1).is_some_and(|t| {
                t.is_word()
                    && (t.is(Class::ADVERB)
                        || t.is(Class::AUXILIARY)
                        || self.v.word_is(e - 1, "not")
                        || self.manner_adverb(e - 1)
                        // `I very much doubt`, `I rather think`.
                        || (self.v.word_is(e - 1, "much") || self.v.word_is(e - 1, "rather"))
                            && e == c
                        || self.v.word_is(e - 1, "very") && self.v.word_is(e, "much"))
                    && !t.is(Class::PRONOUN)
                    // `Henson himself says`, `Blair himself has said`: a reflexive that
                    // stresses the subject.
                    || t.is_word() && crate::lexicon::is_reflexive(t.text(self.v.text))
            })
            && c - e < 4
        {
            e -= 1;
        }
        // `Fiorina a month later announced`, `Trump on Friday said`: a time between them.
        let timely = (e.saturating_sub(1)..c).any(|i| {
            self.v.kind(i) == Some(Kind::Number)
                || self
                    .v
                    .is(i, Class::TIME.with(Class::WEEKDAY).with(Class::MONTH))
                || self.v.tok(i).is_some_and(|t| {
                    matches!(
                        t.text(self.v.text),
                        "later"
                            | "earlier"
                            | "ago"
                            | "today"
                            | "yesterday"
                            | "tonight"
                            | "night"
                            | "morning"
                            | "afternoon"
                            | "evening"
                    )
                })
        });
        if let Some(mut t) = (e.saturating_sub(5).max(limit + 1)..e)
            .filter(|_| timely)
            .find(|&t| {
                self.v.time_phrase(t, c).is_some_and(|r| r >= e)
                    || (e..=c).any(|end| self.later_phrase(t, end))
                    // `China has in the past said`, `has in recent weeks said`.
                    || t + 2 == e
                        && (self.v.word_is(t, "the") && self.v.word_is(t + 1, "past")
                            || self.v.word_is(t, "recent") && self.v.is(t + 1, Class::TIME))
                    // `McConnell in 2010 said`
                    || t + 1 == e
                        && self.v.word_is(t.wrapping_sub(1), "in")
                        && self.v.tok(t).is_some_and(|y| {
                            y.kind == Kind::Number
                                && y.text(self.v.text)
                                    .parse::<u16>()
                                    .is_ok_and(|n| (1800..=2100).contains(&n))
                        })
            })
        {
            if t > limit + 1
                && matches!(
                    self.v.word(t - 1).map(crate::lexicon::fold).as_deref(),
                    Some("on" | "in" | "at" | "during" | "late" | "early" | "earlier")
                )
            {
                t -= 1;
            }
            e = t;
            // `China has in the past said`: the auxiliary before the time.
            while e > limit + 1 && c - e < 8 && self.v.is(e - 1, Class::AUXILIARY) {
                e -= 1;
            }
            // `A report released Monday said`: the participle that the time went with.
            if e > limit + 1
                && self.past_form(e - 1)
                && self
                    .v
                    .tok(e - 2)
                    .is_some_and(|n| n.is_word() && !n.is(Class::FUNCTION))
            {
                e -= 1;
            }
        }
        if e <= limit {
            return None;
        }
        if self.v.kind(e - 1) == Some(Kind::Comma) {
            return self.subject_with_appositive(e - 1, limit);
        }
        if e == c
            && self.v.kind(e - 1) == Some(Kind::Possessive)
            && self.cue_word(c).is_some_and(|w| self.clitic_subject(c, w))
        {
            return self.clitic_name(e - 1, limit);
        }
        // `Smith, who calls Trump a "sociopath," said`: a relative clause whose last words
        // are quoted, with its comma inside the closing mark.
        if e >= 2
            && matches!(self.v.kind(e - 1), Some(Kind::Quote(_)))
            && self.v.kind(e - 2) == Some(Kind::Comma)
            && let Some(m) = self.subject_with_appositive(e - 2, limit)
            && (m.tokens.end..e - 2).any(|k| self.relative_opener(k))
        {
            return Some(m);
        }
        // `Jason Sims — a teacher from Mount Pleasant — says`: a role between dashes.
        if self.v.kind(e - 1) == Some(Kind::Dash) {
            let close = e - 1;
            let open = (limit.max(close.saturating_sub(2 * MAX_MENTION))..close)
                .rev()
                .find(|&i| self.v.kind(i) == Some(Kind::Dash))?;
            let start = self.np_start(open, limit);
            // `The justice -- who has been in a scuffle with him -- said`: a relative clause
            // between the dashes follows the subject, whatever its head.
            if self.relative_opener(open + 1) {
                return self
                    .longest_mention(start, open)
                    .filter(|m| m.tokens.start == start && m.tokens.end == open);
            }
            // `A former candidate -- John McCain, who lost in 2008 -- said`: a name between
            // the dashes, with a relative clause of its own, is the speaker.
            if let Some(comma) = (open + 2..close).find(|&k| self.v.kind(k) == Some(Kind::Comma))
                && self.relative_opener(comma + 1)
                && let Some(mut named) = self
                    .m
                    .classify(open + 1..comma)
                    .filter(|m| m.form == Form::Name && m.tokens == (open + 1..comma))
            {
                if let Some(role) = self
                    .longest_mention(start, open)
                    .filter(|m| matches!(m.form, Form::Description { .. }))
                {
                    named.appositive = Some(Box::new(role));
                }
                return Some(named);
            }
            // `Murphy — after a knock-on-wood gesture — told me`: an aside between dashes.
            if self.aside(open + 1..close)
                && let Some(m) = self
                    .longest_mention(start, open)
                    .filter(|m| m.tokens.start == start && m.tokens.end == open)
            {
                return Some(m);
            }
            let role = self.m.appositive(open + 1..close)?;
            let mut named = self
                .longest_mention(start, open)
                .filter(|m| m.form == Form::Name && m.tokens.end == open)?;
            named.appositive = Some(Box::new(role));
            return Some(named);
        }
        // `family members, many of whom say ...`: a share of those the relative pronoun
        // stands for.
        if e >= 4
            && self.v.word_is(e - 1, "whom")
            && self.v.word_is(e - 2, "of")
            && self.v.kind(e - 4) == Some(Kind::Comma)
            && matches!(
                self.v.word(e - 3).map(crate::lexicon::fold).as_deref(),
                Some("many" | "most" | "some" | "all" | "both" | "several" | "half" | "none")
            )
        {
            let sentence_start = self
                .seg
                .sentences
                .get(self.sentence_of(c))
                .map_or(0, |s| s.tokens.start);
            let ante_end = self.before_parenthetical(e - 4, sentence_start);
            let ante_start = self.past_verb(self.np_start(ante_end, sentence_start), ante_end);
            let antecedent = self.longest_mention(ante_start, ante_end)?;
            return Some(MentionParse {
                tokens: e - 3..e,
                form: Form::Pronoun(crate::speaker::mention::Pronoun::Who),
                name: None,
                title: None,
                affiliation: None,
                appositive: None,
                antecedent: Some(Box::new(antecedent)),
                kind: crate::model::SpeakerKind::Group,
            });
        }
        // `Smith, who said ...`: the relative pronoun is the mention, standing for `Smith`.
        // `voters who say ...`: the same without the comma. `The IAAF - which said ...`,
        // `the union, which said ...`: `which` after a comma or dash stands for a body.
        let which = e >= 2
            && self.v.word_is(e - 1, "which")
            && matches!(self.v.kind(e - 2), Some(Kind::Comma | Kind::Dash));
        if e >= 2
            && (which
                || self
                    .v
                    .word(e - 1)
                    .is_some_and(|w| w.eq_ignore_ascii_case("who"))
                    && (matches!(self.v.kind(e - 2), Some(Kind::Comma | Kind::Dash))
                        || self
                            .v
                            .tok(e - 2)
                            .is_some_and(|t| t.is_word() && !t.is(Class::FUNCTION))))
        {
            let sentence_start = self
                .seg
                .sentences
                .get(self.sentence_of(c))
                .map_or(0, |s| s.tokens.start);
            let comma = usize::from(matches!(self.v.kind(e - 2), Some(Kind::Comma | Kind::Dash)));
            let mut ante_end = self.before_parenthetical(e - 1 - comma, sentence_start);
            // `critics in the US - where it reached number eight - who described`: an aside
            // between dashes stands between `who` and what it stands for.
            if self.v.kind(e - 2) == Some(Kind::Dash)
                && let Some(open) = (sentence_start.max(e.saturating_sub(2 + 3 * MAX_MENTION))
                    ..e - 2)
                    .rev()
                    .find(|&i| self.v.kind(i) == Some(Kind::Dash))
                && open > sentence_start
            {
                ante_end = open;
            }
            let ante_start = self.past_verb(self.np_start(ante_end, sentence_start), ante_end);
            let antecedent = self.longest_mention(ante_start, ante_end).filter(|a| {
                !which
                    || matches!(
                        a.kind,
                        crate::model::SpeakerKind::Organisation | crate::model::SpeakerKind::Group
                    ) && a.tokens.end == ante_end
            })?;
            // `Courtney Love, the widow of Kurt Cobain, who did not want`: past a role set
            // after a name, `who` stands for the name.
            // (Read only for a description after a comma: the appositive's reading goes back
            // over the asides before it.)
            let antecedent = if comma == 1
                && !which
                && matches!(antecedent.form, Form::Description { .. })
                && let Some(named) = self
                    .subject_with_appositive(e - 2, sentence_start)
                    // (Not a name in a phrase that opens the sentence: `In Oslo, a spokesman,
                    // who declined to be named, said`.)
                    .filter(|n| {
                        n.form == Form::Name
                            && self.m.past_connective(sentence_start) <= n.tokens.start
                            && n.appositive
                                .as_ref()
                                .is_some_and(|a| a.tokens == antecedent.tokens)
                    }) {
                named
            } else {
                antecedent
            };
            // `the cynicism of experts who wonder`, `a view shared by Rooney, who believes`:
            // `who` stands for people, the nearest that end the phrase.
            let antecedent = if !which && antecedent.kind == crate::model::SpeakerKind::Unnamed {
                (antecedent.tokens.start + 1..ante_end)
                    .filter(|&k| self.v.word_is(k - 1, "of") || self.v.word_is(k - 1, "by"))
                    .find_map(|k| self.m.classify(k..ante_end))
                    .filter(|a| a.kind != crate::model::SpeakerKind::Unnamed)
                    .unwrap_or(antecedent)
            } else {
                antecedent
            };
            let mut who = MentionParse {
                tokens: e - 1..e,
                form: Form::Pronoun(crate::speaker::mention::Pronoun::Who),
                name: None,
                title: None,
                affiliation: None,
                appositive: None,
                antecedent: None,
                kind: antecedent.kind,
            };
            who.antecedent = Some(Box::new(antecedent));
            return Some(who);
        }
        let e = self.before_parenthetical(e, limit);
        let mut start = self.np_start(e, limit);
        // `Monday the mayor said`, `last week officials said`: a time before the subject,
        // without a comma, is not part of it.
        // Not inside a name: `Monday Night Football said`.
        // The time may follow a preposition and an adverb or two: `on Tuesday the chancellor`,
        // `by the end of March the firm`, `just last week the bank`, `Also earlier this month
        // the committee`.
        let mut lead = start;
        while lead < start + 2
            && lead + 1 < e
            && (self.v.is(lead, Class::ADVERB)
                || matches!(
                    self.v.word(lead).map(crate::lexicon::fold).as_deref(),
                    Some("also" | "just" | "only" | "even" | "then")
                ))
        {
            lead += 1;
        }
        if matches!(
            self.v.word(lead).map(crate::lexicon::fold).as_deref(),
            Some(
                "on" | "in"
                    | "at"
                    | "during"
                    | "by"
                    | "until"
                    | "since"
                    | "over"
                    | "for"
                    | "throughout"
            )
        ) && e > lead + 1
        {
            lead += 1;
        }
        let opens_np = |t: usize| {
            t < e
                && self.v.tok(t).is_some_and(|n| {
                    !n.is_capitalized() || n.is(Class::DETERMINER) || n.is(Class::PRONOUN)
                })
        };
        // A name may follow a time of several words that ends in lower case (`Last month
        // Wenger said`); not one that may be part of the name (`Monday Night Football`).
        let closed_time = |t: usize| {
            t >= lead + 2
                && t < e
                && self
                    .v
                    .tok(t - 1)
                    .is_some_and(|w| w.is_word() && !w.is_capitalized())
        };
        if let Some(t) = self
            .v
            .time_phrase(lead, e)
            .filter(|&t| opens_np(t) || closed_time(t))
        {
            start = t;
        } else if self.v.is(start, Class::ADVERB)
            && (opens_np(start + 1) || (start + 1 < e && self.sentence_adverb(start)))
        {
            // `Later the mayor said`, `Meanwhile Ms Hutt defended`.
            start += 1;
        }
        if let Some(share) = self.share_subject(e, limit) {
            return Some(share);
        }
        let start = self.courtesy_name_start(start, e);
        let mut mention = self.longest_mention(start, e)?;
        // `Annus and Fazelas both refused`, `they have both warned`: a quantifier floating
        // after the subject stands for it.
        if mention.tokens.len() == 1
            && matches!(
                self.v
                    .word(mention.tokens.start)
                    .map(crate::lexicon::fold)
                    .as_deref(),
                Some("both" | "all" | "each")
            )
            && mention.tokens.start > limit + 1
            && self
                .v
                .tok(mention.tokens.start - 1)
                .is_some_and(|t| t.is_word() || t.kind == Kind::Possessive)
            // Read once: a quantifier before this one is not followed again, so a run of them
            // costs no more than one.
            && floating
            && let Some(subject) = self.subject_before_at(mention.tokens.start, limit, false)
        {
            return Some(subject);
        }
        // `Ma and Zeng said`: the `and` that ends the noun phrase above may join two subjects;
        // the left one must open the clause.
        if mention.tokens.start == start
            && start >= limit + 2
            && self.v.word_is(start - 1, "and")
            && self.outside(start - 1)
        {
            let left = self.np_start(start - 1, limit);
            // `last week Only Fools and Horses star David Jason`: not the time before it.
            let left = self
                .v
                .time_phrase(left, start - 1)
                .filter(|&t| t < start - 1)
                .unwrap_or(left);
            // The left conjunct opens a noun phrase (`Ma`, `union members`), not the end of a
            // clause (`was safe and`).
            if left + 1 < start
                && !(left > 0
                    && (self.v.is(left - 1, Class::AUXILIARY)
                        || self.after_modal_word(left - 1)
                        // `dominated the headlines in France and analysts feared`: an
                        // article right after a verb opens the verb's object.
                        || matches!(
                            self.v.word(left).map(crate::lexicon::fold).as_deref(),
                            Some("the" | "a" | "an")
                        ) && self.v.tok(left - 1).is_some_and(|t| {
                            t.is_word()
                                && !t.is_capitalized()
                                && !t.is(Class::FUNCTION.with(Class::PREPOSITION))
                        })))
                && let Some(joint) = self.m.classify(left..e)
            {
                mention = joint;
            }
        }
        // `Peter Roe, executive partner of Tods Murray said`: the closing comma is missing,
        // and the role is the appositive of the name that opens the clause.
        // The name opens the sentence; the clause that the comma starts excludes it.
        let m0 = mention.tokens.start;
        // `However, Matt Williams, a fund manager at X said`: a connective and its comma
        // before the name.
        let sentence_start = self.m.past_connective(
            self.seg
                .sentences
                .get(self.sentence_of(m0))
                .map_or(m0, |s| s.tokens.start),
        );
        // An indefinite role (`a fund manager at X`) after a full name.
        let indefinite = self.v.word_is(m0, "a") || self.v.word_is(m0, "an");
        // Not a group set between commas (`Mr. Obama, officials said, has become`).
        if matches!(mention.form, Form::Description { .. })
            && matches!(
                mention.kind,
                crate::model::SpeakerKind::Person | crate::model::SpeakerKind::Unnamed
            )
            && self.v.kind(c + 1) != Some(Kind::Comma)
            && m0 >= sentence_start + 2
            // A bare role, not `Overall, the fund predicted`.
            && (!self.v.is(m0, Class::DETERMINER) || indefinite)
            && self.v.kind(m0 - 1) == Some(Kind::Comma)
            && self.outside(m0 - 1)
        {
            let role = self.m.appositive(m0..e).unwrap_or_else(|| mention.clone());
            let name_end = m0 - 1;
            let name_start = self.np_start(name_end, sentence_start);
            // The name opens the sentence or a clause joined by `but`, `and` or `yet` after
            // a comma (`It is fast, but Ann Lee, head of research at the firm says`).
            let opens_clause = name_start == sentence_start
                || name_start >= sentence_start + 2
                    && self.v.kind(name_start - 2) == Some(Kind::Comma)
                    && ["but", "and", "yet"]
                        .iter()
                        .any(|w| self.v.word_is(name_start - 1, w));
            if opens_clause
                && let Some(mut named) = self
                    .longest_mention(name_start, name_end)
                    .filter(|n| n.form == Form::Name && n.tokens == (name_start..name_end))
                    .filter(|n| {
                        n.tokens.len() >= 2
                            || !indefinite
                                && self
                                    .v
                                    .tok(n.tokens.start)
                                    .is_some_and(|t| !crate::lexicon::lexicon().knows(t.lex))
                    })
            {
                named.appositive = Some(Box::new(role));
                return Some(named);
            }
        }
        // `Paul Goosens, head of Preventon told`: the same with a name ending the role, read
        // as the subject on its own; also right after a quote (`"...," Jeff Joseph, from the
        // association (CEA) told`).
        let from = limit
            .min(sentence_start)
            .max(m0.saturating_sub(MAX_MENTION));
        if mention.form == Form::Name
            && m0 > from + 2
            && self.v.kind(m0 - 1) != Some(Kind::Comma)
            && self.v.kind(c + 1) != Some(Kind::Comma)
            && let Some(comma) = (from..m0)
                .rev()
                .find(|&k| self.v.kind(k) == Some(Kind::Comma))
            && self
                .v
                .tok(comma + 1)
                .is_some_and(|t| t.is_word() && !t.is_capitalized())
            && let Some(role) = self.m.appositive(comma + 1..e)
        {
            let name_start = self.np_start(comma, from);
            if (name_start == sentence_start || name_start == limit)
                && let Some(mut named) = self
                    .longest_mention(name_start, comma)
                    .filter(|n| n.form == Form::Name && n.tokens == (name_start..comma))
                    .filter(|n| n.tokens.len() >= 2)
            {
                // A role, not the organisation the person is from.
                if role.kind != crate::model::SpeakerKind::Organisation {
                    named.appositive = Some(Box::new(role));
                }
                return Some(named);
            }
        }
        Some(mention)
    }

    /// `a month later`, `two days later`, `weeks earlier`: a span of time and `later` or
    /// `earlier`, ending at `e`.
    pub(super) fn later_phrase(&self, t: usize, e: usize) -> bool {
        e >= t + 2
            && e <= t + 3
            && matches!(
                self.v.word(e - 1).map(crate::lexicon::fold).as_deref(),
                Some("later" | "earlier" | "ago")
            )
            && matches!(
                self.v.word(e - 2).map(crate::lexicon::fold).as_deref(),
                Some(
                    "day"
                        | "days"
                        | "week"
                        | "weeks"
                        | "month"
                        | "months"
                        | "year"
                        | "years"
                        | "hour"
                        | "hours"
                        | "minutes"
                        | "moments"
                )
            )
    }

    /// Any noun phrase right before the cue, for beliefs and evidence, whose sources are often
    /// things: `a new poll indicates`, `the emails showed`.
    pub(super) fn any_subject(&self, c: usize, limit: usize) -> Option<MentionParse> {
        let mut e = c;
        while e > limit
            && (self.v.is(e - 1, Class::ADVERB.with(Class::AUXILIARY))
                || self.v.word_is(e - 1, "not")
                || self.manner_adverb(e - 1))
            && c - e < 4
        {
            e -= 1;
        }
        let start = self.np_start(e, limit);
        (start..e)
            .filter(|&s| {
                self.v
                    .tok(s)
                    .is_some_and(|t| t.is_word() && !t.is(Class::PREPOSITION))
            })
            .find_map(|s| self.m.source(s..e))
            // `may even believe`, `will almost certainly refuse`: one lower-case word of no
            // known kind is a modifier of the verb, not its subject.
            .filter(|m| {
                !(m.tokens.len() == 1
                    && m.kind == crate::model::SpeakerKind::Unnamed
                    && self
                        .v
                        .tok(m.tokens.start)
                        .is_some_and(|t| !t.is_capitalized()))
            })
    }

    /// The subject of a verb phrase coordinated with the cue: `Obama met survivors and said
    /// ...` gives `Obama`. The sentence's first mention that a verb follows.
    pub(super) fn coordinated_subject(&self, c: usize, sent: Range<usize>) -> Option<MentionParse> {
        let mut k = self.went_on_to(c).unwrap_or(c);
        // `and then said`, `and officially endorsed`.
        while k > sent.start
            && (self.v.is(k - 1, Class::ADVERB)
                || self.v.word_is(k - 1, "then")
                || self.manner_adverb(k - 1))
        {
            k -= 1;
        }
        if !(k > sent.start && (self.v.word_is(k - 1, "and") || self.v.word_is(k - 1, "but"))) {
            return None;
        }
        // `Sanders, who endorsed Canova and said ...`: the relative pronoun is the subject of
        // both verbs, when no comma stands between it and the `and`.
        let who = (sent.start.max(k.saturating_sub(16))..k - 1)
            .rev()
            .take_while(|&i| {
                self.outside(i)
                    && !matches!(
                        self.v.kind(i),
                        Some(Kind::Comma | Kind::Semicolon | Kind::Dash)
                    )
            })
            .find(|&i| self.v.word_is(i, "who"));
        if let Some(w) = who
            && let Some(m) = self.subject_before(w + 1, sent.start)
        {
            return Some(m);
        }
        // `Police claimed ... but his lawyer, Ida Berg, told the BBC it was absurd and added`:
        // the subject of a second report that `but` opens in the sentence is the cue's.
        if let Some(j) = (sent.start.max(k.saturating_sub(MAX_SECOND_REPORT))..k - 1)
            .rev()
            .filter(|&j| self.outside(j) && self.v.word_is(j, "but"))
            .find(|&j| self.subject_and_report_at(j, k - 1))
            && let Some(m) = self.first_subject(j + 1..sent.end, k - 1)
        {
            return Some(m);
        }
        // `..., I laughed and said`, `she paused and added`: a name or pronoun right before an
        // intransitive past verb is that verb's subject, and so the cue's.
        let verb = k - 1;
        if verb >= sent.start + 2
            && self.v.tok(verb - 1).is_some_and(|t| {
                let w = t.text(self.v.text);
                t.is_word() && !t.is_capitalized() && !t.is(Class::FUNCTION) && w.ends_with("ed")
            })
            && let Some(m) = self
                .longest_mention(self.np_start(verb - 1, sent.start), verb - 1)
                .filter(|m| m.tokens.end == verb - 1 && !matches!(m.form, Form::Description { .. }))
        {
            return Some(m);
        }
        self.first_subject(sent, k)
    }

    /// Where the verb group of the base-form cue `c` starts when a verb and `to` come before
    /// it: `went on to say`, `continued to insist`, `goes on to argue`.
    pub(super) fn went_on_to(&self, c: usize) -> Option<usize> {
        if !(self.cue_word(c).is_some_and(|w| w.form == VerbForm::Base)
            && c >= 2
            && self.v.word_is(c - 1, "to"))
        {
            return None;
        }
        // `The England coach went on to claim`: the verb group starts at `went`.
        if let Some(k) = self.goes_on_to(c) {
            return Some(k);
        }
        let mut k = c - 1;
        while k > 0
            && c - k <= 3
            && self.v.tok(k - 1).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && !t.is(Class::DETERMINER
                        .with(Class::PRONOUN)
                        .with(Class::CONJUNCTION))
            })
        {
            k -= 1;
        }
        (k < c - 1).then_some(k)
    }

    /// `went on to say`, `continued to insist`: a verb that carries the speaker on to a
    /// base-form cue, which reports as its finite verb would. Where that verb stands.
    pub(super) fn goes_on_to(&self, c: usize) -> Option<usize> {
        if c < 3 || !self.v.word_is(c - 1, "to") {
            return None;
        }
        let word = |k: usize| self.v.word(k).map(crate::lexicon::fold);
        if self.v.word_is(c - 2, "on")
            && matches!(
                word(c - 3).as_deref(),
                Some("went" | "go" | "goes" | "going" | "gone")
            )
        {
            return Some(c - 3);
        }
        matches!(
            word(c - 2).as_deref(),
            Some("continued" | "continues" | "continue" | "proceeded" | "proceeds")
        )
        .then_some(c - 2)
    }

    /// The sentence's first mention that a verb follows, starting within its first eight
    /// tokens and before `k`: the subject of the main clause.
    pub(super) fn first_subject(&self, sent: Range<usize>, k: usize) -> Option<MentionParse> {
        // `"...," Blige sings before asking her`: past a quote that opens the sentence, found
        // from the quote spans (a walk over it, for every cue of a long sentence, was
        // quadratic), then past its closing mark and comma.
        let mut sent = sent;
        if let Some(q) = self.quote_at(sent.start)
            && let Some(&(_, last)) = self.top_spans.get(q)
        {
            sent.start = (last + 1).min(k);
        }
        let mut marks = 0;
        while sent.start < k
            && marks < 4
            && matches!(self.v.kind(sent.start), Some(Kind::Quote(_) | Kind::Comma))
        {
            sent.start += 1;
            marks += 1;
        }
        // `During a speech earlier in the day, Trump attacked ...`: past an opening phrase, or
        // two (`On Thursday, after remaining neutral, Warren endorsed ...`).
        let mut begin = sent.start;
        for _ in 0..2 {
            // `Last week, the group rejected ...`: a time and its comma open the sentence too.
            if let Some(end) = self.v.time_phrase(begin, k)
                && self.v.kind(end) == Some(Kind::Comma)
            {
                begin = end + 1;
                continue;
            }
            // (`Here in Columbia,`, `Back in London,`: a place adverb before the preposition;
            // `Following the debate,`: a participle that works as one.)
            let placed = matches!(
                self.v.word(begin).map(crate::lexicon::fold).as_deref(),
                Some("here" | "there" | "back" | "elsewhere")
            ) && self.v.is(begin + 1, Class::PREPOSITION);
            if !(placed
                || self.v.word_is(begin, "following")
                || self
                    .v
                    .is(begin, Class::PREPOSITION.with(Class::SUBORDINATOR)))
            {
                break;
            }
            // (`In a victory speech from Wyoming -- which holds a caucus on Saturday --
            // Sanders claimed ...`: an aside in dashes may close the phrase.)
            let pause = (begin + 1..(begin + 16).min(k))
                .find(|&i| matches!(self.v.kind(i), Some(Kind::Comma | Kind::Dash)));
            let close = match pause {
                Some(dash) if self.v.kind(dash) == Some(Kind::Dash) => {
                    (dash + 1..(dash + 16).min(k)).find(|&j| self.v.kind(j) == Some(Kind::Dash))
                }
                comma => comma,
            };
            match close {
                Some(end) => begin = end + 1,
                None => break,
            }
        }
        let upper = (begin + 8).min(k);
        (begin..upper)
            .filter(|&st| self.outside(st))
            .find_map(|st| {
                let stop = (st + MAX_MENTION).min(k);
                (st + 1..=stop).rev().find_map(|e| {
                    let verb_at = |i: usize| {
                        self.v.tok(i).is_some_and(|next| {
                            next.is_word()
                                && !next.is_capitalized()
                                && !next.is(Class::PREPOSITION)
                                && !next.is(Class::DETERMINER)
                                && !next.is(Class::CONJUNCTION)
                        })
                    };
                    // `Mr Blair on Sunday dismissed`: a time between the subject and its verb.
                    let timed_verb = || {
                        let from = if self.v.is(e, Class::PREPOSITION) {
                            e + 1
                        } else {
                            e
                        };
                        self.v
                            .time_phrase(from, k)
                            .is_some_and(|r| r > from && verb_at(r))
                    };
                    // `the director, Mike Rubino, reached out`: an appositive between.
                    let verb_next = verb_at(e)
                        || timed_verb()
                        || self.v.kind(e) == Some(Kind::Comma)
                            && (e + 2..(e + 14).min(k))
                                .find(|&i| self.v.kind(i) == Some(Kind::Comma))
                                .is_some_and(|i| verb_at(i + 1));
                    // `the defender believes Mourinho is ...`: a verb of belief or evidence ends
                    // the subject (a speech verb's forms are nouns too often: `the charges`).
                    if !verb_next
                        || (st..e).any(|i| {
                            self.cue_word(i).is_some_and(|w| {
                                matches!(w.form, VerbForm::Past | VerbForm::Third)
                                    && matches!(w.kind, CueKind::Belief | CueKind::Evidence)
                            }) && !self.v.tok(i).is_some_and(|t| t.is_capitalized())
                        })
                    {
                        return None;
                    }
                    let m = self.m.classify(st..e).filter(|m| {
                        !matches!(m.form, Form::Description { .. })
                            || m.kind != crate::model::SpeakerKind::Unnamed
                    })?;
                    // `Gerrard comes out and says`, `McFadden makes claims ..., saying`: a
                    // person's name, then a common verb in `-s`, not a phrase of the name and
                    // a plural.
                    if matches!(m.form, Form::Description { .. })
                        && e > st + 1
                        && self.v.tok(e - 1).is_some_and(|t| {
                            t.is_word()
                                && !t.is_capitalized()
                                && LIGHT_VERBS.contains(&t.text(self.v.text))
                        })
                        && let Some(name) = self.m.classify(st..e - 1).filter(|n| {
                            n.form == Form::Name && n.kind == crate::model::SpeakerKind::Person
                        })
                    {
                        return Some(name);
                    }
                    Some(m)
                })
            })
    }

    /// `NAME, ROLE,` before a cue; `comma` is the comma right before the cue. Up to four
    /// asides may stand between the name and the cue: `Marley Anderson, 21, a junior from Las
    /// Vegas,`, `Sen. Lindsey Graham, R-S.C., a presidential candidate,`, `Humphrey, for
    /// example,`; the one nearest the cue that reads as a role is the appositive.
    /// `studio general manager for games giant Electronic Arts (EA) in Europe`: an appositive
    /// whose body's name is followed by its acronym in brackets, and perhaps a phrase that a
    /// preposition opens, is the appositive before the brackets.
    fn appositive_before_acronym(&self, segment: Range<usize>) -> Option<MentionParse> {
        let open = segment
            .clone()
            .find(|&i| self.v.kind(i) == Some(Kind::OpenParen))?;
        let acronym = self
            .v
            .tok(open + 1)
            .is_some_and(|t| t.is_word() && t.has(Flags::ALL_CAPS));
        let close = open + 2;
        let rest = close + 1..segment.end;
        let rest_ok = rest.is_empty()
            || self.v.is(rest.start, Class::PREPOSITION)
                && rest
                    .clone()
                    .all(|i| self.v.tok(i).is_some_and(|t| t.is_word()));
        (acronym && self.v.kind(close) == Some(Kind::CloseParen) && rest_ok)
            .then(|| self.m.appositive(segment.start..open))
            .flatten()
    }

    /// `Lomu, rugby union's first global superstar after his exploits in the 1995 World Cup,
    /// said`: between a name that opens the clause and its verb, a noun phrase of any head
    /// (the lexicon need not know `superstar`) is the name's appositive: words, possessives
    /// and numbers, a lowercase word first or second, and no verb, pronoun, conjunction or
    /// clause word in it.
    fn appositive_after_name(
        &self,
        limit: usize,
        first_comma: usize,
        segment: Range<usize>,
    ) -> Option<MentionParse> {
        let named = self
            .m
            .classify(limit..first_comma)
            .is_some_and(|m| m.form == Form::Name && m.tokens == (limit..first_comma));
        if !named || segment.len() < 2 || segment.len() > MAX_MENTION {
            return None;
        }
        let plain = segment.clone().all(|i| {
            self.v.tok(i).is_some_and(|t| match t.kind {
                Kind::Possessive | Kind::Hyphen | Kind::Number => true,
                Kind::Word => {
                    // (A possessive determiner is a pronoun too: `his exploits`.)
                    let pronoun = t.is(Class::PRONOUN) && !t.is(Class::DETERMINER);
                    let clause_word = t.is(Class::AUXILIARY
                        .with(Class::CONJUNCTION)
                        .with(Class::SUBORDINATOR)
                        .with(Class::CONNECTIVE));
                    !pronoun
                        && !clause_word
                        && (t.is_capitalized() || self.cue_word(i).is_none())
                        && !self.past_form(i)
                }
                _ => false,
            })
        });
        let lowercase_early = segment.clone().take(2).any(|i| {
            self.v
                .tok(i)
                .is_some_and(|t| t.is_word() && !t.is_capitalized())
        });
        let opens = self
            .v
            .tok(segment.start)
            .is_some_and(|t| !t.is(Class::PREPOSITION));
        (plain && lowercase_early && opens)
            .then(|| MentionParse::bare(segment, crate::model::SpeakerKind::Unnamed))
    }

    pub(super) fn subject_with_appositive(
        &self,
        comma: usize,
        limit: usize,
    ) -> Option<MentionParse> {
        let lower = limit.max(comma.saturating_sub(3 * MAX_MENTION + 4));
        let mut right = comma;
        let mut appositive: Option<MentionParse> = None;
        for _ in 0..4 {
            let first_comma = (lower..right)
                .rev()
                .find(|&i| self.v.kind(i) == Some(Kind::Comma));
            let Some(first_comma) = first_comma else {
                // `Sen. Jack Reed (D-R.I.), said`: a stray comma after a name that opens the
                // clause.
                if right != comma {
                    return None;
                }
                let name_end = self.before_parenthetical(comma, limit);
                let start = self.past_sentence_adverb(self.np_start(name_end, limit), name_end);
                return self
                    .longest_mention(start, name_end)
                    .filter(|m| m.form == Form::Name && m.tokens.start == start && start == limit);
            };
            let segment = first_comma + 1..right;
            // `Andrew Fisher, from Omaha, Nebraska, said`: a region after a town names no one;
            // the town's phrase before it is the aside to read.
            if self.region_after_town(first_comma, segment.clone(), lower) {
                if !(lower..first_comma).any(|i| self.v.kind(i) == Some(Kind::Comma)) {
                    // `Officials in Lagos, Nigeria, said`: the subject holds the town.
                    return self.subject_before_at(first_comma, limit, false);
                }
                right = first_comma;
                continue;
            }
            // `The chief executive, Ida Berg, said`, `The star witness, former finance chief
            // Scott Sullivan, said`: a name, bare or titled, after a description is the
            // speaker, not a role of the description.
            if right == comma
                && self.m.classify(segment.clone()).is_some_and(|m| {
                    m.form == Form::Name
                        && m.tokens == segment
                        && (segment
                            .clone()
                            .all(|i| self.v.tok(i).is_some_and(|t| t.is_capitalized()))
                            || m.name.as_ref().is_some_and(|n| {
                                // `The Bishop of Durham, the Rt Rev Tom Wright,`: an article
                                // too, after a role that opens the clause (not after a
                                // name's role: `Ida Berg, a director of the bank, the Fed,`).
                                let the = self.v.word_is(segment.start, "the")
                                    && !(limit..first_comma)
                                        .any(|i| self.v.kind(i) == Some(Kind::Comma));
                                n.end == segment.end
                                    && (the && segment.start + 1 == n.start
                                        || self
                                            .plain_title(segment.start + usize::from(the)..n.start))
                            }))
                })
                && let Some(named) =
                    self.name_after_description(first_comma, segment.clone(), limit)
            {
                return Some(named);
            }
            // `The companies, which provided answers, said`: what a relative clause follows is
            // the subject, whatever its head.
            let relative = self.relative_opener(first_comma + 1);
            match self
                .m
                .appositive(segment.clone())
                .or_else(|| self.appositive_before_acronym(segment.clone()))
                .or_else(|| self.appositive_after_name(limit, first_comma, segment.clone()))
            {
                Some(a) => {
                    appositive.get_or_insert(a);
                }
                None if self.aside(segment.clone()) => {}
                None => {
                    return self
                        .name_after_description(first_comma, segment, limit)
                        .or_else(|| self.before_relative_clause(lower, first_comma, limit));
                }
            }
            // `Richard Doherty, from Panasonic, one of the pioneers, said`: a phrase that a
            // preposition opens after a comma is one more aside, not the subject.
            if let Some(before) = (lower..first_comma)
                .rev()
                .find(|&i| self.v.kind(i) == Some(Kind::Comma))
                && self.v.tok(before + 1).is_some_and(|t| {
                    t.is_word() && !t.is_capitalized() && t.is(Class::PREPOSITION)
                })
                // A name closes the words before it (not `..., in what Ms Bay, ...`), or an
                // age set after one (`Donna Rawlings, 59, of Ashton, Md., who ..., said`).
                && before > lower
                && self.v.tok(before - 1).is_some_and(|t| {
                    t.is_word() && t.is_capitalized() || t.kind == Kind::Number
                })
                && !(before + 1..first_comma).any(|i| self.v.is(i, Class::SUBORDINATOR))
                && (self.aside(before + 1..first_comma)
                    || self.m.appositive(before + 1..first_comma).is_some())
            {
                right = first_comma;
                continue;
            }
            let name_end = self.before_parenthetical(first_comma, limit);
            let start = self.past_sentence_adverb(self.np_start(name_end, limit), name_end);
            if let Some(mut mention) = self.longest_mention(start, name_end) {
                let description = matches!(mention.form, Form::Description { .. });
                if description
                    && !(relative && mention.tokens.start == start)
                    && mention.kind != crate::model::SpeakerKind::Person
                    && mention.kind != crate::model::SpeakerKind::Organisation
                    && mention.kind != crate::model::SpeakerKind::Group
                {
                    // No speaker, but it may be a role set after one: `Varga, a welder from
                    // Cobb, Ga., said`.
                    right = first_comma;
                    continue;
                }
                // `Gidley, a former director of ..., whose roots are ..., said`: a role
                // after a comma may itself be the appositive of a name before it.
                if description
                    && mention.tokens.start == start
                    && start > lower
                    && self.v.kind(start - 1) == Some(Kind::Comma)
                {
                    let name_end = self.before_parenthetical(start - 1, limit);
                    let name_start = self.np_start(name_end, limit);
                    if let Some(mut named) = self
                        .longest_mention(name_start, name_end)
                        .filter(|n| n.form == Form::Name && n.tokens.start == name_start)
                    {
                        named.appositive = Some(Box::new(mention));
                        return Some(named);
                    }
                }
                mention.appositive = appositive.map(Box::new);
                return Some(mention);
            }
            right = first_comma;
        }
        None
    }

    /// Past a verb in the past that opens the noun phrase `start..end`: `angered farmers`
    /// is the object `farmers`.
    fn past_verb(&self, start: usize, end: usize) -> usize {
        if start + 1 < end && self.past_form(start) {
            start + 1
        } else {
            start
        }
    }

    /// A share of those polled that ends at `e` and opens its clause: `Nearly half said`,
    /// `more than 4 in 10 said`, `about one in five say`, `a majority say`, `two-thirds said`.
    /// A group of unnamed people.
    fn share_subject(&self, e: usize, limit: usize) -> Option<MentionParse> {
        let word = |i: usize| self.v.word(i).map(crate::lexicon::fold);
        let number = |i: usize| {
            self.v
                .tok(i)
                .is_some_and(|t| t.kind == Kind::Number || t.is_word() && t.is(Class::NUMBER))
        };
        let last = e.checked_sub(1)?;
        let mut s = last;
        let core = word(last);
        match core.as_deref() {
            // `4 in 10`, `one in five`
            _ if number(last) && last >= 2 && word(last - 1).as_deref() == Some("in") => {
                if !number(last - 2) {
                    return None;
                }
                s = last - 2;
            }
            Some("half" | "most") => {}
            Some("third" | "quarter" | "majority" | "minority") => {
                if !matches!(word(last.checked_sub(1)?).as_deref(), Some("a" | "one")) {
                    return None;
                }
                s = last - 1;
            }
            Some(w) if w.ends_with("-thirds") || w.ends_with("-quarters") => {}
            _ => return None,
        }
        // The qualifiers before the share: `nearly`, `more than`, `at least`.
        for _ in 0..3 {
            let Some(before) = s.checked_sub(1) else {
                break;
            };
            match word(before).as_deref() {
                Some(
                    "nearly" | "almost" | "about" | "around" | "roughly" | "some" | "over" | "just"
                    | "only" | "well" | "under" | "barely",
                ) => s = before,
                Some("than")
                    if before >= 1
                        && matches!(
                            word(before - 1).as_deref(),
                            Some("more" | "fewer" | "less")
                        ) =>
                {
                    s = before - 1;
                }
                Some("least") if before >= 1 && word(before - 1).as_deref() == Some("at") => {
                    s = before - 1;
                }
                _ => break,
            }
        }
        if s < limit {
            return None;
        }
        // The share opens its clause.
        let opens = s == limit
            || matches!(
                self.v.kind(s - 1),
                Some(Kind::Comma | Kind::Semicolon | Kind::Colon | Kind::Dash)
            )
            || matches!(
                word(s - 1).as_deref(),
                Some("and" | "but" | "while" | "whereas")
            )
            || self
                .seg
                .sentences
                .get(self.sentence_of(s))
                .is_some_and(|x| x.tokens.start == s);
        opens.then(|| MentionParse::bare(s..e, crate::model::SpeakerKind::Group))
    }

    /// Whether a relative pronoun opens a clause at `i`: `which`, `who`, `whose`, `whom`.
    pub(super) fn relative_opener(&self, i: usize) -> bool {
        matches!(
            self.v.word(i).map(crate::lexicon::fold).as_deref(),
            Some("which" | "who" | "whose" | "whom")
        )
    }

    /// `Mr. Slinker, whose latest start-up, Paradata, uses big data, said`: a relative clause
    /// holding commas of its own, opened after a comma in `lower..comma`; the subject is the
    /// noun phrase before that comma.
    fn before_relative_clause(
        &self,
        lower: usize,
        comma: usize,
        limit: usize,
    ) -> Option<MentionParse> {
        let open = (lower..comma).rev().find(|&k| {
            self.v.kind(k) == Some(Kind::Comma) && self.outside(k) && self.relative_opener(k + 1)
        })?;
        let start = self.past_sentence_adverb(self.np_start(open, limit), open);
        self.longest_mention(start, open)
            .filter(|m| m.tokens.start == start && m.tokens.end == open)
    }

    /// Whether the words `range` before a name are a plain title, with no article, owner,
    /// preposition or participle (`former finance chief`; not `the`, `Brown's`, `including`,
    /// `executive vice-president of`).
    fn plain_title(&self, range: Range<usize>) -> bool {
        !range.is_empty()
            && range.clone().all(|i| {
                self.v.tok(i).is_some_and(|t| {
                    t.is_word()
                        && !t.is(Class::FUNCTION)
                        && !t.text(self.v.text).ends_with("ing")
                        && self.v.kind(i + 1) != Some(Kind::Possessive)
                })
            })
    }

    /// `Another pollster, David Woodard of Clemson University, said`: a name set after a
    /// description is the speaker, and the description its role.
    pub(super) fn name_after_description(
        &self,
        comma: usize,
        segment: Range<usize>,
        limit: usize,
    ) -> Option<MentionParse> {
        let mut named = self.m.classify(segment)?;
        if named.form != Form::Name {
            return None;
        }
        // `One of the authors of that 2013 report, Ari Fleischer, said`: a partitive that
        // opens the clause names the role.
        if comma > limit + 2
            && matches!(
                self.v.word(limit).map(crate::lexicon::fold).as_deref(),
                Some("one" | "another")
            )
            && self.v.word_is(limit + 1, "of")
            && comma - limit <= MAX_MENTION
            && (limit..comma).all(|i| {
                self.v.tok(i).is_some_and(|t| {
                    t.is_word() || matches!(t.kind, Kind::Number | Kind::Possessive)
                })
            })
        {
            named.appositive = Some(Box::new(MentionParse::bare(
                limit..comma,
                crate::model::SpeakerKind::Person,
            )));
            return Some(named);
        }
        let start = self.np_start(comma, limit);
        if let Some(role) = self
            .longest_mention(start, comma)
            .filter(|r| matches!(r.form, Form::Description { .. }) && start + 1 < comma)
        {
            named.appositive = Some(Box::new(role));
            return Some(named);
        }
        // `Head of genetics at the institute, Professor Robin Lovell-Badge, said`: a titled
        // name after a role phrase that opens the clause, with no verb in it.
        let titled = named.title.is_some();
        let role_words = comma > limit + 1
            && comma - limit <= MAX_MENTION
            && self.v.tok(limit).is_some_and(|t| t.is_capitalized())
            && (limit..comma).all(|i| {
                self.v.tok(i).is_some_and(|t| {
                    (t.is_word() || t.kind == Kind::Possessive)
                        // `Secretary of State`: a capital makes a verb part of the role.
                        && (self.cue_word(i).is_none() || t.is_capitalized() && i > limit)
                        && !t.is(Class::AUXILIARY)
                })
            });
        // Not `Andrew Pendleton, Christian Aid's head of Trade Policy, said`.
        let role_phrase = role_words
            && self
                .m
                .classify(limit..comma)
                .is_none_or(|m| m.form != Form::Name);
        // `The Shadow Secretary of State for Health, Ida Berg, said`: so does an untitled name
        // after a role near the phrase's start with its `of` or `for`; such a phrase reads
        // as a name of its own to the name reader, so that test is not asked of it.
        let role_head = (limit..comma.min(limit + 3)).any(|i| {
            self.v.is(i, Class::TITLE.with(Class::PERSON_NOUN))
                && (self.v.word_is(i + 1, "of") || self.v.word_is(i + 1, "for"))
        });
        if titled && role_phrase || role_head && role_words {
            // The phrase is the speaker's role.
            let mut role = MentionParse::bare(limit..comma, crate::model::SpeakerKind::Person);
            role.title = Some(limit..comma);
            named.appositive = Some(Box::new(role));
            return Some(named);
        }
        None
    }

    /// `Meanwhile Mark Oaten, the spokesman, said`: the subject starts after a sentence adverb
    /// at `start`.
    pub(super) fn past_sentence_adverb(&self, start: usize, e: usize) -> usize {
        if start + 1 < e
            && (self.v.is(start, Class::CONNECTIVE)
                || self.v.is(start, Class::ADVERB) && self.sentence_adverb(start))
        {
            start + 1
        } else {
            start
        }
    }

    /// An adverb that opens a sentence and never a name or title before a capitalized word
    /// (`Meanwhile Ms Hutt`, `Earlier Conservative Graham Brady`; not `First Minister`,
    /// `Long John`).
    fn sentence_adverb(&self, i: usize) -> bool {
        self.v.word(i).is_some_and(|w| {
            let w = crate::lexicon::fold(w);
            w.ends_with("ly")
                || matches!(
                    w.as_str(),
                    "meanwhile"
                        | "later"
                        | "earlier"
                        | "now"
                        | "then"
                        | "yesterday"
                        | "also"
                        | "again"
                        | "already"
                )
        })
    }

    /// A lower-case word in `-ly` that modifies a verb: `famously`, `angrily` (not `Italy`,
    /// `only`, or the nouns `family`, `assembly`, `supply`).
    pub(super) fn manner_adverb(&self, i: usize) -> bool {
        self.v.tok(i).is_some_and(|t| {
            let w = t.text(self.v.text);
            t.is_word()
                && !t.is_capitalized()
                && w.len() > 5
                && w.ends_with("ly")
                && !t.is(Class::FUNCTION)
                && !matches!(
                    w,
                    "family"
                        | "assembly"
                        | "anomaly"
                        | "monopoly"
                        | "supply"
                        | "homily"
                        | "butterfly"
                )
        })
    }

    /// Whether `region` (one or two capitalized words between commas, `Nebraska`, `New
    /// Mexico`) follows a town that a place preposition opens, ending at `comma`: `from Omaha,
    /// Nebraska`, `of Leeds, West Yorkshire`.
    fn region_after_town(&self, comma: usize, region: Range<usize>, lower: usize) -> bool {
        let place_word = |i: usize| {
            self.v.tok(i).is_some_and(|t| {
                t.is_word() && t.is_capitalized() && !t.is(Class::FUNCTION.with(Class::TIME))
            })
        };
        // Two words when the first is a compass point or `New`: `West Yorkshire`, `New
        // Mexico` (not a person's name after a description: `in London, Ida Berg, said`).
        let one_word = region.len() == 1;
        let compass = region.len() == 2
            && matches!(
                self.v
                    .word(region.start)
                    .map(crate::lexicon::fold)
                    .as_deref(),
                Some(
                    "north"
                        | "south"
                        | "east"
                        | "west"
                        | "northern"
                        | "southern"
                        | "eastern"
                        | "western"
                        | "new"
                )
            );
        if !(one_word || compass) || !region.clone().all(place_word) {
            return false;
        }
        let mut k = comma;
        while k > lower && comma - k < 3 && place_word(k - 1) {
            k -= 1;
        }
        k < comma
            && k > lower
            && matches!(
                self.v.word(k - 1).map(crate::lexicon::fold).as_deref(),
                Some("from" | "of" | "in" | "near")
            )
    }

    /// A short aside between commas that is no role: an age (`21`), a party and state
    /// (`R-S.C.`), an adverbial (`for example`, `however`, `in a statement`).
    pub(super) fn aside(&self, r: Range<usize>) -> bool {
        let Some(first) = self.v.tok(r.start) else {
            return false;
        };
        let len = r.end.saturating_sub(r.start);
        // `in an attempt to draw attention to the issue`: a phrase of words that a
        // preposition opens.
        if len > 4
            && len <= 20
            && first.is_word()
            && !first.is_capitalized()
            && first.is(Class::PREPOSITION)
            && r.clone().all(|i| {
                self.v.tok(i).is_some_and(|t| {
                    t.is_word() || matches!(t.kind, Kind::Possessive | Kind::Number)
                })
            })
        {
            return true;
        }
        // `one of the pioneers of the format`: one of a group, set beside a name.
        if (3..=20).contains(&len)
            && self.v.word_is(r.start, "one")
            && self.v.word_is(r.start + 1, "of")
            && r.clone().all(|i| {
                self.v.tok(i).is_some_and(|t| {
                    t.is_word() || matches!(t.kind, Kind::Possessive | Kind::Number)
                })
            })
        {
            return true;
        }
        if len == 0 || len > 4 {
            return false;
        }
        if len == 1 && first.kind == Kind::Number {
            return true;
        }
        let w = first.text(self.v.text).fold_ascii();
        first.is_word()
            && !first.is_capitalized()
            && (first.is(Class::ADVERB)
                || first.is(Class::PREPOSITION)
                || len == 1 && w.len() > 4 && (w.ends_with("ly") || w.ends_with("ed"))
                || matches!(
                    w.as_str(),
                    "however" | "meanwhile" | "though" | "instead" | "nonetheless" | "nevertheless"
                        | "moreover" | "too" | "alone" | "separately"
                ))
            // `Mo.`, `Calif.`: a state abbreviated after a town (`from Ava, Mo., said`).
            || len == 2
                && first.is_capitalized()
                && w.len() <= 5
                && self
                    .v
                    .tok(r.start + 1)
                    .is_some_and(|p| p.kind == Kind::Period && p.is_attached())
            // `R-S.C.`, `D-Ore.`
            || len <= 3
                && first.is_capitalized()
                && (first.has(Flags::DOTTED) || w.len() <= 8 && w.contains('-'))
    }

    /// Where a mention ends when a short parenthetical closes it: `Rep. Elijah Cummings
    /// (D-Md.)` ends before the parenthesis.
    pub(super) fn before_parenthetical(&self, e: usize, limit: usize) -> usize {
        if e == 0 || self.v.kind(e - 1) != Some(Kind::CloseParen) {
            return e;
        }
        let lower = limit.max(e.saturating_sub(16));
        (lower..e - 1)
            .rev()
            .find(|&i| self.v.kind(i) == Some(Kind::OpenParen))
            .filter(|&i| i > limit)
            .unwrap_or(e)
    }

    /// `During the trial Mr Ebbers denied`, `Leaving a Brussels summit Mr Blair said`: with no
    /// comma after a fronted phrase, a courtesy title (`Mr`, `Dr`, `Lord`) before a name
    /// starts the subject when what comes before it is no role of the name's: the object of a
    /// preposition or a participle, an adverb, or a verb's form. A role (`Qantas boss Mr
    /// Dixon`, `Foreign Secretary Mr Straw`) and a possessive (`Labour's Mr Livingstone`) stay
    /// whole. Returns the mention's start.
    fn courtesy_name_start(&self, start: usize, e: usize) -> usize {
        let courtesy = |i: usize| {
            matches!(
                self.v.word(i).map(crate::lexicon::fold).as_deref(),
                Some("mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "lord" | "lady" | "dame")
            )
        };
        let Some(p) = (start + 1..e).find(|&p| {
            courtesy(p)
                && self
                    .v
                    .tok(p + 1)
                    .is_some_and(|n| n.is_word() && n.is_capitalized() && !n.is(Class::TITLE))
        }) else {
            return start;
        };
        let Some(before) = self.v.tok(p - 1) else {
            return start;
        };
        // `a spokesman for Mr Prescott`: the name is the object of a preposition in the
        // subject; `Ms Hughes' resignation`: the name is not the subject's head.
        if !before.is_word()
            || before.is(Class::PREPOSITION)
            || (p..e).any(|i| self.v.kind(i) == Some(Kind::Possessive))
        {
            return start;
        }
        let lower_verb_form = |i: usize| {
            self.v.tok(i).is_some_and(|t| {
                let w = t.text(self.v.text);
                !t.is_capitalized()
                    && w.len() > 4
                    && (w.ends_with("ed") || w.ends_with("ing"))
                    && !t.is(Class::TITLE
                        .with(Class::PERSON_NOUN)
                        .with(Class::GROUP_NOUN))
            })
        };
        // The word before the title is an adverb, a connective or a verb's form.
        let no_role = !before.is(Class::DETERMINER)
            && (before.is(Class::ADVERB) || before.is(Class::CONNECTIVE) || lower_verb_form(p - 1));
        // The words before the title are a phrase of their own: they follow a preposition (in
        // it or before it, but not `of`: `Chancellor of the Exchequer Mr Brown`) or open with
        // a participle and its object (`Launching the initiative`).
        let preposition = |i: usize| self.v.is(i, Class::PREPOSITION) && !self.v.word_is(i, "of");
        let fronted = (start.saturating_sub(1)..p - 1).any(preposition)
            || self.v.tok(start).is_some_and(|t| {
                t.text(self.v.text).ends_with("ing") && t.text(self.v.text).len() > 5
            }) && self.v.is(start + 1, Class::DETERMINER);
        if no_role || fronted { p } else { start }
    }

    /// Where a noun phrase ending before `e` may start, at `limit` or after: the first token
    /// after a clause boundary or a word that cannot be in a mention.
    /// Whether token `i` stands right after a modal (`may`, `will`, `could`...), perhaps with
    /// `not` or an adverb between: it is then the modal's verb.
    pub(super) fn after_modal_word(&self, i: usize) -> bool {
        const MODALS: &[&str] = &[
            "may", "might", "will", "would", "can", "could", "shall", "should", "must",
        ];
        let mut k = i;
        while k > 0 && i - k < 2 && self.v.is(k - 1, Class::ADVERB) {
            k -= 1;
        }
        k > 0 && !self.v.is(i, Class::FUNCTION) && MODALS.iter().any(|m| self.v.word_is(k - 1, m))
    }

    /// Whether the numeral at `i` closes a name (`Number 10`, `Radio 4`, `Channel 4`; not
    /// `May 5`), as the mention reader reads names.
    pub(super) fn number_closes_name(&self, i: usize) -> bool {
        self.v.kind(i) == Some(Kind::Number) && self.m.name_word(i)
    }

    pub(super) fn np_start(&self, e: usize, limit: usize) -> usize {
        let mut s = e;
        while s > limit && e - s < MAX_MENTION {
            let Some(t) = self.v.tok(s - 1) else { break };
            let boundary = match t.kind {
                // `800m record holder Ceplak`, `the $27bn Russia says`: a unit or scale glued
                // to its number goes with the number, which ends the phrase.
                Kind::Word
                    if t.is_attached()
                        && !t.is_capitalized()
                        && self.v.kind(s.wrapping_sub(2)) == Some(Kind::Number) =>
                {
                    true
                }
                Kind::Word => {
                    // `According to Jupiter Research 40% of homes say`: a share opens its
                    // phrase; a name before it is not part of it.
                    t.is_capitalized() && !t.is(Class::FUNCTION) && self.share_at(s)
                        // `The head of that tribunal said`: after a preposition, `that`
                        // before a noun is a determiner.
                        || t.is(Class::SUBORDINATOR) && !self.m.determiner_that(s - 1)
                        || t.is(Class::AUXILIARY)
                        || t.is(Class::CONJUNCTION)
                        // `However the ministry says`: a connective opens no phrase.
                        || t.is(Class::CONNECTIVE)
                        // `As it happens the Labour Party feels`: a lower-case word before an
                        // article is a verb, not a word of the phrase the article opens (but
                        // `half the UK`, `all the members`, `officials at the ministry`).
                        || !t.is_capitalized()
                            && s < e
                            && matches!(
                                self.v.word(s).map(crate::lexicon::fold).as_deref(),
                                Some(
                                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
                                        | "my" | "your"
                                )
                            )
                            && !t.is(Class::PREPOSITION.with(Class::FUNCTION).with(Class::NUMBER))
                            && !matches!(
                                t.text(self.v.text).fold_ascii().as_str(),
                                "half" | "all" | "both" | "such" | "quite" | "only" | "just"
                                    | "twice" | "including"
                            )
                            // (`the newspaper The Times`: a body's noun before a name that
                            // opens with its own article.)
                            && (!t.is(Class::ORG_NOUN) || self.v.word(s) != Some("The"))
                        // `prices rose as experts predict`, `in case producers wanted`: `as`
                        // and `in case` open a clause, but not in `experts such as Ruiz say`
                        // or `Okafor as well as Ruiz said` (nor is the newspaper `AS` one).
                        || matches!(t.text(self.v.text), "as" | "As")
                            && !self.v.word_is(s, "well")
                            && !(self.v.word_is(s - 2, "such") || self.v.word_is(s - 2, "well"))
                        || t.text(self.v.text) == "case" && self.v.word_is(s - 2, "in")
                        // `Shares in Velox rose after the group said`: `after`, `before` and
                        // `since` after a lower-case word open a clause of time.
                        || matches!(t.text(self.v.text), "after" | "before" | "since")
                            && self.v.tok(s.wrapping_sub(2)).is_some_and(|p| {
                                p.is_word() && !p.is_capitalized() && !p.is(Class::FUNCTION)
                            })
                        // `it may mean Hollywood studios ask`: a word after a modal is its
                        // verb, whatever else it can be (`mean`, `see`, `leave`).
                        || !t.is_capitalized() && self.after_modal_word(s - 1)
                        // `On Monday Mr Brown said`: a day after a word of time is a time (not
                        // in `The Mail on Sunday survey` or `Tuesday's hearing`).
                        || t.is(Class::WEEKDAY.with(Class::MONTH))
                            && s >= 2
                            && s < e
                            && self.v.kind(s) != Some(Kind::Possessive)
                            && self.v.tok(s - 2).is_some_and(|p| {
                                matches!(
                                    p.text(self.v.text).fold_ascii().as_str(),
                                    "on" | "in" | "since" | "until" | "before" | "after" | "during"
                                        | "last" | "this" | "next" | "early" | "late"
                                )
                            })
                            // (`The Mail on Sunday survey` is a name; `But on Wednesday
                            // Prime Minister ...`, `left for Africa on Tuesday the
                            // chancellor told` are not: a function word before, or a
                            // determiner after, the day.)
                            && !(s >= 3
                                && self.v.tok(s - 3).is_some_and(|n| {
                                    n.is_capitalized()
                                        && !n.is(Class::FUNCTION.with(Class::CONNECTIVE))
                                })
                                && !self.v.is(s, Class::DETERMINER))
                        // `In a statement Google said`: a medium with its determiner before
                        // a capitalized word is the lead-in's, not a title of the name.
                        || t.is(Class::MEDIUM)
                            && !t.is_capitalized()
                            && s < e
                            && s >= 2
                            && self.v.is(s - 2, Class::DETERMINER)
                            && self.v.tok(s).is_some_and(|n| {
                                n.is_capitalized() && !n.is(Class::TIME.with(Class::FUNCTION))
                            })
                        // `Last year MAB, which ..., urged`: a lower-case word of time
                        // before a capitalized word is no part of its name.
                        || t.is(Class::TIME)
                            && !t.is_capitalized()
                            && s < e
                            && self.v.tok(s).is_some_and(|n| n.is_capitalized())
                        || self.cue_word(s - 1).is_some_and(|w| {
                            (w.form != VerbForm::Third || !t.is_capitalized())
                                && !self.cue_noun_head(s - 1, e)
                                // `Liz Yelling`: a surname, not a verb.
                                && !self.m.surname_like(s - 1)
                                // `those questioned said`: a participle after `those`.
                                && !self.v.word_is(s.wrapping_sub(2), "those")
                        })
                }
                Kind::Possessive | Kind::Hyphen => false,
                // `57 percent said`, `57% of voters say`: a share of those polled.
                // `the 60-year-old actor said`: a number joined to the next word by a hyphen.
                // `Number 10 said`, `BBC Radio 4 said`, `a Channel 4 spokesman`: a small
                // number after a capitalized word closes a name.
                Kind::Number => {
                    !(self.share_at(s - 1)
                        || self.v.kind(s) == Some(Kind::Hyphen)
                        || self.number_closes_name(s - 1)
                        // `the Mori survey of 2,000 adults suggests`, `a report on the 20
                        // biggest projects says`: a count after `of` or a determiner inside
                        // the phrase.
                        || (self.v.word_is(s.wrapping_sub(2), "of")
                            || self.v.is(s.wrapping_sub(2), Class::DETERMINER))
                            && s < e
                            && self
                                .v
                                .tok(s)
                                .is_some_and(|n| n.is_word() && !n.is_capitalized()))
                }
                // `47% said`, `47% of voters said`: the sign goes with its number when the
                // share is the subject (not `lower than the 11.3% creditors hoped`).
                Kind::Percent => {
                    self.v.kind(s.wrapping_sub(2)) != Some(Kind::Number)
                        || !(s == e || self.v.word_is(s, "of"))
                        // `pushed rates up to 2.25% showed`: a figure after a preposition.
                        || self.v.is(s.wrapping_sub(3), Class::PREPOSITION)
                }
                Kind::Period => !t.is_attached(),
                // `Marks & Spencer said`: an ampersand inside a name.
                Kind::Symbol => !self.m.name_word(s - 1),
                _ => true,
            };
            if boundary || !self.outside(s - 1) {
                break;
            }
            s -= 1;
        }
        s
    }

    /// A cue word that is the noun heading a subject: `a news report said`, `police reports
    /// say`; a determiner or a word of the phrase comes before it.
    pub(super) fn cue_noun_head(&self, i: usize, e: usize) -> bool {
        // `A National Audit Office report on the 20 biggest projects says`: the noun with a
        // phrase of what it is about, after its determiner (`a report by the OECD` and `a
        // report in the Telegraph` name the body that speaks).
        let with_phrase = i + 1 < e
            && ["on", "into", "about"]
                .iter()
                .any(|w| self.v.word_is(i + 1, w))
            && (i.saturating_sub(4)..i)
                .rev()
                .take_while(|&k| self.v.tok(k).is_some_and(|t| t.is_word()))
                .any(|k| self.v.is(k, Class::DETERMINER) && !self.v.is(k, Class::PRONOUN));
        (i + 1 == e || with_phrase)
            && self
                .cue_word(i)
                .is_some_and(|w| matches!(w.form, VerbForm::Base | VerbForm::Third))
            && i > 0
            && self.v.tok(i - 1).is_some_and(|p| {
                // `analysts' forecasts said`, `Budget Office (CBO) forecasts said`, `with
                // forecasts suggesting`: an owner, a bracketed acronym, or a preposition
                // before a noun in `-s` that a participle follows.
                matches!(p.kind, Kind::Possessive | Kind::CloseParen)
                    || p.is_word()
                        && p.is(Class::PREPOSITION)
                        && self.cue_word(i).is_some_and(|w| w.form == VerbForm::Third)
                        && self.cue_word(e).is_some_and(|w| w.form == VerbForm::Gerund)
                    || p.is_word()
                        && !p.is(Class::PRONOUN)
                        && !p.is(Class::AUXILIARY)
                        && (p.is(Class::DETERMINER) || !p.is(Class::FUNCTION))
            })
    }

    /// The longest mention `s'..e` with `s <= s'`: a leading phrase that is no part of the
    /// mention (`On Thursday the ministry`) is dropped.
    pub(super) fn longest_mention(&self, s: usize, e: usize) -> Option<MentionParse> {
        (s..e)
            .filter(|&start| {
                !self
                    .v
                    .is(start, Class::PREPOSITION.with(Class::SUBORDINATOR))
            })
            .find_map(|start| self.m.classify(start..e))
    }

    /// The mention right after an inverted cue, with an appositive after a comma: `Ma`, `the
    /// minister`, `Robert Sinche, head of currency strategy at Bank of America`. Returns the
    /// mention and the token after it.
    pub(super) fn subject_after(&self, k: usize, end: usize) -> Option<(MentionParse, usize)> {
        // `points out Steve Cram`: the cue's particle comes before the speaker.
        let k = self
            .cue_word(k.wrapping_sub(1))
            .and_then(|c| c.particle)
            .and_then(|p| super::adjunct::particle_end(&self.v, k, p))
            .unwrap_or(k);
        if let Some(m) = self
            .m
            .classify(k..k + 1)
            .filter(|m| matches!(m.form, Form::Pronoun(_)))
        {
            return Some((m, k + 1));
        }
        // The run of tokens that may be in a mention, up to an adjunct.
        let mut e = k;
        while e < end && e - k < MAX_MENTION {
            let Some(t) = self.v.tok(e) else { break };
            let stop = match t.kind {
                Kind::Word => {
                    (e > k
                        && (self.v.time_phrase(e, end).is_some()
                            || (matches!(
                                t.text(self.v.text).fold_ascii().as_str(),
                                "on" | "in" | "at" | "during"
                            ) && (self.v.time_phrase(e + 1, end).is_some()
                                || self.v.is(e + 1, Class::MEDIUM)
                                || self.v.is(e + 2, Class::MEDIUM)))))
                        || t.is(Class::AUXILIARY)
                        || t.is(Class::SUBORDINATOR)
                        // `said Williams afterwards`: an adverb after the speaker.
                        || e > k && !t.is_capitalized() && t.is(Class::ADVERB)
                        || self.cue_word(e).is_some_and(|w| {
                            w.form != VerbForm::Third
                                // `said Florida state archivist Jody Norman`: a noun
                                // between a name and the next word.
                                && !(w.form == VerbForm::Base
                                    && e > k
                                    && self.v.tok(e - 1).is_some_and(|p| p.is_capitalized())
                                    && self.v.tok(e + 1).is_some_and(|n| n.is_word()))
                                // `said the report`, `said a new study`: a noun after the
                                // phrase's determiner.
                                && !(w.form == VerbForm::Base
                                    && e > k
                                    && self.v.is(k, Class::DETERMINER))
                                // `said report author Mary Madden`: a bare form right
                                // after the cue is a noun before another word.
                                && !(e == k
                                    && w.form == VerbForm::Base
                                    && self.v.tok(e + 1).is_some_and(|n| n.is_word()))
                        })
                }
                // `9/11 widow Terry Strada`, `26-year-old Ana Ruiz`
                Kind::Possessive | Kind::Hyphen | Kind::Number => false,
                Kind::Period => {
                    !(t.is_attached()
                        && e + 1 < end
                        && self.v.tok(e + 1).is_some_and(|n| n.is_capitalized()))
                }
                _ => true,
            };
            if stop {
                break;
            }
            e += 1;
        }
        // The mention starts the run, or follows a few modifiers before a name: `said 9/11
        // widow Terry Strada` names `Terry Strada`.
        let modifier = |i: usize| {
            self.v.tok(i).is_some_and(|t| {
                matches!(t.kind, Kind::Number | Kind::Hyphen)
                    || t.is_word() && !t.is_capitalized() && !t.is(Class::FUNCTION)
            })
        };
        let longest = |st: usize| {
            (st + 1..=e)
                .rev()
                .find_map(|stop| self.m.classify(st..stop))
        };
        let first = longest(k);
        let named = first.as_ref().is_some_and(|m| m.form == Form::Name);
        // `said Florida state archivist Jody Norman`: a place's name (a word or two, no title),
        // lowercase role words, then the speaker's name (not in `says Cara Diemont of IT firm
        // Dimension Data`).
        let named_after_role = first.as_ref().filter(|_| named).and_then(|m| {
            let f = m.tokens.end;
            let bare = m.tokens.len() <= 2
                && m.title.as_ref().is_none_or(|t| t.is_empty())
                && m.tokens.clone().all(|i| !self.v.is(i, Class::FUNCTION));
            if !bare {
                return None;
            }
            (f..e)
                .find(|&st| !modifier(st))
                .filter(|&st| st > f && self.v.tok(st).is_some_and(|t| t.is_capitalized()))
                .and_then(|st| longest(st).filter(|n| n.form == Form::Name))
        });
        let mut mention = if let Some(n) = named_after_role {
            Some(n)
        } else if named {
            first
        } else {
            // (`the 28-year-old Morientes`: an article may open an age before the name.)
            let aged = |st: usize| {
                self.v.word_is(k, "the")
                    && st > k + 2
                    && self.v.word(st - 1).is_some_and(|w| {
                        w.len() > 4
                            && w.get(w.len() - 4..)
                                .is_some_and(|end| end.eq_ignore_ascii_case("-old"))
                    })
                    && (k + 1..st).all(modifier)
            };
            (k + 1..e)
                .filter(|&st| {
                    self.v.tok(st).is_some_and(|t| t.is_capitalized())
                        && ((k..st).all(modifier) || aged(st))
                })
                .find_map(|st| longest(st).filter(|m| m.form == Form::Name))
                .or(first)
        }?;
        let mut after = mention.tokens.end;
        // `, head of currency strategy at Bank of America in New York`
        if self.v.kind(after) == Some(Kind::Comma) {
            let a_start = after + 1;
            let mut a_end = a_start;
            // (An initial's stop goes on: `Andrew J. Pincus`.)
            let initial = |i: usize| {
                self.v.kind(i) == Some(Kind::Period)
                    && self.m.name_word(i)
                    && self.v.tok(i + 1).is_some_and(|n| n.is_capitalized())
            };
            while a_end < end
                && (initial(a_end)
                    || !matches!(
                        self.v.kind(a_end),
                        Some(
                            Kind::Comma
                                | Kind::Period
                                | Kind::Semicolon
                                | Kind::Quote(_)
                                | Kind::Dash
                        )
                    ))
                && a_end - a_start < 2 * MAX_MENTION
            {
                a_end += 1;
            }
            // `said the firm's chief executive, Ida Berg.`: a bare name after a description
            // is the speaker, the description its role.
            let named = matches!(mention.form, Form::Description { .. })
                && mention.kind != crate::model::SpeakerKind::Unnamed
                && a_end > a_start
                && (a_start..a_end)
                    .all(|i| self.v.tok(i).is_some_and(|t| t.is_capitalized()) || initial(i))
                && !matches!(self.v.kind(a_end), Some(Kind::Comma));
            if let Some(mut name) = self
                .m
                .classify(a_start..a_end)
                .filter(|n| named && n.form == Form::Name && n.tokens == (a_start..a_end))
            {
                name.appositive = Some(Box::new(mention));
                return Some((name, a_end));
            }
            if let Some(app) = self.m.appositive(a_start..a_end) {
                mention.appositive = Some(Box::new(app));
                after = a_end;
            }
        }
        Some((mention, after))
    }
}
