//! Segmentation: tokens, paragraphs, the article's header (headline, byline, dateline), quote
//! pairing, and sentences.
//!
//! Each step reads what the one before produced: paragraphs are runs of tokens between line
//! breaks, the header is read from the first paragraphs, quotes are paired within and across
//! paragraphs, and sentences are split within paragraphs, knowing which marks close quotes.

pub(crate) mod quote;
pub(crate) mod token;

use crate::diagnostics::Diagnostics;
use crate::grammar::{PResult, Tokens, capitalized, class, kind, tok};
use crate::lexicon::Class;
use crate::span::Span;
use nom::Parser;
use nom::combinator::opt;
use nom::multi::many1_count;
use quote::Quote;
use std::ops::Range;
use token::{Flags, Kind, Token};

/// What a paragraph is to the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ParaRole {
    Body,
    Headline,
    Byline,
    /// `Reporting by X; Editing by Y`.
    Credits,
}

/// A paragraph, in tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Para {
    pub tokens: Range<usize>,
    pub role: ParaRole,
    pub sentences: Range<usize>,
}

/// A sentence, in tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Sent {
    pub tokens: Range<usize>,
    pub paragraph: usize,
}

/// A dateline, in tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DatelineParts {
    pub tokens: Range<usize>,
    pub place: Range<usize>,
    pub date: Option<Range<usize>>,
    pub agency: Option<Range<usize>>,
}

/// The segmented article.
#[derive(Debug, Default)]
pub(crate) struct Segments {
    pub tokens: Vec<Token>,
    /// Where the cues, numerals and capitalized words stand.
    pub index: token::TokenIndex,
    pub paragraphs: Vec<Para>,
    pub sentences: Vec<Sent>,
    pub quotes: Vec<Quote>,
    pub dateline: Option<DatelineParts>,
}

impl Segments {
    /// The byte span of tokens `range`; empty at the start of the range when it has no token.
    pub fn span_of(&self, range: Range<usize>) -> Span {
        span_of(&self.tokens, range)
    }
}

/// The byte span covering tokens `range` of `tokens`.
pub(crate) fn span_of(tokens: &[Token], range: Range<usize>) -> Span {
    let first = tokens.get(range.start);
    let last = range.end.checked_sub(1).and_then(|i| tokens.get(i));
    match (first, last) {
        (Some(f), Some(l)) if range.end > range.start => {
            Span::new(f.start as usize, l.end as usize)
        }
        (Some(f), _) => Span::new(f.start as usize, f.start as usize),
        _ => Span::default(),
    }
}

/// A function word written in capitals amid lowercase words is an acronym (`the WHO said`,
/// `IT firms`, `AM for Aberavon`): it loses the classes that would make it a pronoun, a
/// subordinator or a preposition. Words in a run of capitals (a headline, a shouted phrase)
/// keep theirs, and so does a pronoun or determiner opening a line (`THE minister said`, `HE
/// said`: a house style writes a story's first word in capitals).
fn read_acronyms(tokens: &mut [Token], capitals: &[u32]) {
    let caps = |t: Option<&Token>| t.is_some_and(|t| t.is_word() && t.has(Flags::ALL_CAPS));
    for &i in capitals {
        let i = i as usize;
        let Some(t) = tokens.get(i) else { continue };
        if month_surname(tokens, i) || auxiliary_first_name(tokens, i) {
            if let Some(t) = tokens.get_mut(i) {
                t.forget_lexicon();
            }
            continue;
        }
        if !t.has(Flags::ALL_CAPS) || !t.is(Class::FUNCTION) {
            continue;
        }
        let line_start = i == 0 || t.has(Flags::LINE);
        if line_start && t.is(Class::PRONOUN.with(Class::DETERMINER)) {
            continue;
        }
        if caps(i.checked_sub(1).and_then(|k| tokens.get(k))) || caps(tokens.get(i + 1)) {
            continue;
        }
        if let Some(t) = tokens.get_mut(i) {
            t.forget_lexicon();
        }
    }
}

/// Whether the capitalized auxiliary at `i` is a first name: `Will Davies`, inside a sentence
/// (after a word or a comma, not at its start, where `Will Labour win?` asks) and before a
/// name word.
fn auxiliary_first_name(tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else { return false };
    t.is(Class::AUXILIARY)
        && !t.has(Flags::ALL_CAPS)
        && !t.has(Flags::LINE)
        && i.checked_sub(1)
            .and_then(|k| tokens.get(k))
            .is_some_and(|p| {
                matches!(p.kind, Kind::Word | Kind::Comma | Kind::Quote(_)) && !p.is_capitalized()
            })
        && tokens.get(i + 1).is_some_and(|n| {
            n.is_capitalized()
                && !n.has(Flags::ALL_CAPS)
                && !n.is(Class::FUNCTION.with(Class::TITLE))
        })
}

/// Whether the capitalized word at `i` is a month's name that is a surname: `Theresa May`,
/// `Prime Minister May`, `Brian May`; after a name or a title, with no day after it (not
/// `LONDON May 5`, `on Friday May 3`, `in late May`). It is then no month and no modal.
fn month_surname(tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else { return false };
    let before = i.checked_sub(1).and_then(|k| tokens.get(k));
    t.is(Class::MONTH)
        && !t.has(Flags::ALL_CAPS)
        && !t.has(Flags::DOTTED)
        && before.is_some_and(|p| {
            p.is_capitalized()
                && !p.has(Flags::ALL_CAPS)
                && !p.has(Flags::DOTTED)
                && !p.is(Class::FUNCTION.with(Class::TIME))
        })
        && tokens
            .get(i + 1)
            .is_none_or(|n| !matches!(n.kind, Kind::Number))
}

/// Segments `text`.
pub(crate) fn segment(
    text: &str,
    max_quote_depth: usize,
    diagnostics: &mut Diagnostics,
) -> Segments {
    // News runs at five to six bytes a token; a quarter of the length leaves room for denser
    // text without the copy a growing vector makes.
    let mut tokens = Vec::with_capacity(text.len() / 4 + 16);
    let mut index = token::TokenIndex::default();
    token::tokenize(text, &mut tokens, &mut index);
    read_acronyms(&mut tokens, &index.capitals);
    let ranges = paragraph_ranges(&tokens, &index);
    let mut paragraphs: Vec<Para> = ranges
        .iter()
        .map(|r| Para {
            tokens: r.clone(),
            role: ParaRole::Body,
            sentences: 0..0,
        })
        .collect();
    mark_header(&tokens, text, &mut paragraphs);
    // The dateline opens the story: the first body paragraph, or one of the next two when
    // short lines before it (a headline without a header mark, a kicker) are header too.
    let mut dateline_at = None;
    for (i, p) in paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.role == ParaRole::Body)
        .take(3)
    {
        if let Some(d) = dateline(&tokens, text, p.tokens.clone()) {
            dateline_at = Some((i, d));
            break;
        }
    }
    let dateline = dateline_at.map(|(i, d)| {
        let mut headline_taken = paragraphs.iter().any(|p| p.role == ParaRole::Headline);
        for p in paragraphs.iter_mut().take(i) {
            if p.role == ParaRole::Body {
                p.role = if headline_taken {
                    ParaRole::Byline
                } else {
                    ParaRole::Headline
                };
                headline_taken = true;
            }
        }
        d
    });
    notice_symbols(&tokens, &index.symbols, text, diagnostics);
    let quotes = quote::pair(
        &mut tokens,
        text,
        &ranges,
        &index.quotes,
        max_quote_depth,
        diagnostics,
    );
    // News sentences run to some twenty-five tokens.
    let mut sentences = Vec::with_capacity(tokens.len() / 24 + 1);
    let mut reported_long = false;
    for (p, para) in paragraphs.iter_mut().enumerate() {
        let mut range = para.tokens.clone();
        if let Some(d) = &dateline
            && d.tokens.start == range.start
        {
            range.start = d.tokens.end;
        }
        let first = sentences.len();
        split_sentences(&tokens, &index.terminals, text, range, p, &mut sentences);
        para.sentences = first..sentences.len();
        if !reported_long
            && let Some(long) = sentences
                .get(first..)
                .unwrap_or_default()
                .iter()
                .find(|s| s.tokens.len() >= LONG_SENTENCE)
        {
            reported_long = true;
            diagnostics.push(
                crate::model::DiagnosticKind::NoSentenceBoundary,
                span_of(&tokens, long.tokens.clone()),
            );
        }
    }
    Segments {
        tokens,
        index,
        paragraphs,
        sentences,
        quotes,
        dateline,
    }
}

/// Reports the characters that a scraper leaves behind and the parser keeps as literals:
/// control characters, bidirectional controls, markup and character references. Only symbol
/// tokens are looked at, so the pass costs nothing on clean text.
fn notice_symbols(tokens: &[Token], symbols: &[u32], text: &str, diagnostics: &mut Diagnostics) {
    let mut markup = false;
    let mut entity = false;
    for t in symbols.iter().filter_map(|&i| tokens.get(i as usize)) {
        let Some(c) = t.text(text).chars().next() else {
            continue;
        };
        let span = t.span();
        match c {
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
                diagnostics.push(crate::model::DiagnosticKind::BidiControl, span);
            }
            c if c.is_control() => {
                diagnostics.push(crate::model::DiagnosticKind::ControlChar, span);
            }
            '<' if !markup => {
                let rest = text.get(span.end..).unwrap_or_default();
                let tag = rest
                    .starts_with(|n: char| n.is_ascii_alphabetic() || n == '/' || n == '!')
                    && rest
                        .get(..rest.len().min(200))
                        .is_some_and(|r| r.contains('>'));
                if tag {
                    markup = true;
                    diagnostics.push(crate::model::DiagnosticKind::MarkupDetected, span);
                }
            }
            '&' if !entity => {
                let rest = text.get(span.end..).unwrap_or_default();
                let name_len = rest
                    .bytes()
                    .take(10)
                    .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
                    .count();
                if name_len > 0 && rest.as_bytes().get(name_len) == Some(&b';') {
                    entity = true;
                    diagnostics.push(crate::model::DiagnosticKind::HtmlEntity, span);
                }
            }
            _ => {}
        }
    }
}

/// Paragraph token ranges. When the text has blank lines, they separate paragraphs and a single
/// line break continues one (hard-wrapped text); otherwise every line is a paragraph.
fn paragraph_ranges(tokens: &[Token], index: &token::TokenIndex) -> Vec<Range<usize>> {
    let breaks = if index.blank {
        Flags::BLANK
    } else {
        Flags::LINE
    };
    let mut out = Vec::new();
    let mut start = 0;
    for &b in &index.breaks {
        let i = b as usize;
        if i > start && tokens.get(i).is_some_and(|t| t.has(breaks)) {
            out.push(start..i);
            start = i;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// Marks a headline (a short first paragraph without closing punctuation, followed by more
/// text) and a byline (`By Jane Doe`) among the first paragraphs.
fn mark_header(tokens: &[Token], text: &str, paragraphs: &mut [Para]) {
    // Credits close an agency story: `Reporting by Jane Doe; Editing by John Roe`.
    for para in paragraphs.iter_mut() {
        let toks = tokens.get(para.tokens.clone()).unwrap_or_default();
        let starts = |w: &str| toks.first().is_some_and(|t| t.text(text) == w);
        let by_next = toks.get(1).is_some_and(|t| t.text(text) == "by");
        let credit =
            (starts("Reporting") || starts("Editing") || starts("Writing") || starts("Compiled"))
                && by_next
                || starts("Additional") && toks.get(1).is_some_and(|t| t.text(text) == "reporting");
        if credit && toks.len() <= 40 {
            para.role = ParaRole::Credits;
        }
    }
    if paragraphs.len() < 2 {
        return;
    }
    for (p, para) in paragraphs.iter_mut().enumerate().take(3) {
        let toks = tokens.get(para.tokens.clone()).unwrap_or_default();
        let ends_open = toks.last().is_some_and(|t| {
            !(t.is_terminal() || t.has(Flags::DOTTED) || (t.closes() && toks.len() > 1))
        });
        let short = toks.len() <= 25;
        let is_byline = toks
            .first()
            .is_some_and(|t| t.text(text) == "By" || t.text(text) == "BY")
            && toks.get(1).is_some_and(Token::is_capitalized)
            && toks.len() <= 12
            && ends_open;
        if is_byline {
            para.role = ParaRole::Byline;
        } else if p == 0 && short && ends_open {
            para.role = ParaRole::Headline;
        }
    }
}

/// A dateline at the start of `range`: `BEIJING, March 5 (Reuters) -`, `LONDON (AFP) —`,
/// `(CNN) —`.
fn dateline(tokens: &[Token], text: &str, range: Range<usize>) -> Option<DatelineParts> {
    let input = Tokens::new(tokens, range, text);
    let (rest, (place, date, agency, _dash)) = (
        opt(dateline_place),
        opt(dateline_date),
        opt(dateline_agency),
        tok(|t| matches!(t.kind, Kind::Dash | Kind::Hyphen)),
    )
        .parse(input)
        .ok()?;
    // A dateline names a place or an agency, and the story goes on after it.
    if place.is_none() && agency.is_none() {
        return None;
    }
    if !rest
        .first()
        .is_some_and(|t| t.is_capitalized() || t.is_quote())
    {
        return None;
    }
    Some(DatelineParts {
        tokens: input.at..rest.at,
        place: place.unwrap_or(input.at..input.at),
        date,
        agency,
    })
}

/// `NEW YORK`, `WASHINGTON, D.C.`: capitals, then `, STATE` parts.
fn dateline_place(input: Tokens<'_>) -> PResult<'_, Range<usize>> {
    let start = input.at;
    let caps = || tok(|t| t.is_word() && (t.has(Flags::ALL_CAPS) || t.has(Flags::DOTTED)));
    let (mut rest, _) = many1_count(caps()).parse(input)?;
    // `, D.C.` or `, Calif.` after the city.
    if let Ok((r, _)) = (kind(Kind::Comma), many1_count(caps())).parse(rest) {
        rest = r;
    }
    Ok((rest, start..rest.at))
}

/// `, March 5` or `, Nov. 19`.
fn dateline_date(input: Tokens<'_>) -> PResult<'_, Range<usize>> {
    let (rest, (_, month, _, _)) = (
        opt(kind(Kind::Comma)),
        class(Class::MONTH),
        opt(kind(Kind::Period)),
        kind(Kind::Number),
    )
        .parse(input)?;
    Ok((rest, month..rest.at))
}

/// `(Reuters)`.
fn dateline_agency(input: Tokens<'_>) -> PResult<'_, Range<usize>> {
    let (rest, (_, first, _, _)) = (
        kind(Kind::OpenParen),
        capitalized(),
        nom::multi::many0_count(tok(|t| t.is_word())),
        kind(Kind::CloseParen),
    )
        .parse(input)?;
    Ok((rest, first..rest.at - 1))
}

/// Splits the paragraph tokens `range` into sentences.
fn split_sentences(
    tokens: &[Token],
    terminals: &[u32],
    text: &str,
    range: Range<usize>,
    paragraph: usize,
    out: &mut Vec<Sent>,
) {
    let mut start = range.start;
    let mut i = range.start;
    // The terminal tokens of the paragraph, from the index: no other token can end a sentence.
    let mut cursor = terminals.partition_point(|&t| (t as usize) < range.start);
    while i < range.end {
        // The next terminal at or after `i`.
        while terminals.get(cursor).is_some_and(|&t| (t as usize) < i) {
            cursor += 1;
        }
        match terminals.get(cursor) {
            Some(&t) if (t as usize) < range.end => i = t as usize,
            _ => break,
        }
        if tokens.get(i).is_none() {
            break;
        }
        // Closing marks and further terminal punctuation stay with the sentence: `?!`, `."`, `.)`;
        // a mark that closes a quote does even after a stray space (`a great year. " Hayes`).
        let mut j = i + 1;
        while j < range.end {
            match tokens.get(j) {
                Some(n)
                    if (n.is_attached()
                        && (n.is_terminal() || n.closes() || n.kind == Kind::CloseParen))
                        || (n.is_quote() && n.closes()) =>
                {
                    j += 1;
                }
                _ => break,
            }
        }
        if j >= range.end || is_boundary(tokens, text, i, j) {
            out.push(Sent {
                tokens: start..j,
                paragraph,
            });
            start = j;
        }
        i = j;
    }
    if start < range.end {
        out.push(Sent {
            tokens: start..range.end,
            paragraph,
        });
    }
}

/// Sentences this long without punctuation are worth a diagnostic: the text is likely not
/// prose (a list, a table, a scrape without punctuation).
const LONG_SENTENCE: usize = 2_000;

/// The reporting verb of an attribution starting at token `j`: right away (`said Smith`), or
/// after up to four capitalized words (`Mrs. Clinton said`) and perhaps one adverb of
/// attribution when the attribution ends at the verb (`Hailey later recalled.`, not `He also
/// called for ...`, which tells something new).
fn attribution_at(tokens: &[Token], text: &str, j: usize) -> Option<usize> {
    let verb = |t: &Token| {
        t.is_word()
            && t.is(Class::CUE)
            && crate::lexicon::lexicon()
                .entry(t.lex)
                .and_then(|e| e.cue)
                .is_some_and(|c| {
                    matches!(
                        c.form,
                        crate::lexicon::VerbForm::Past | crate::lexicon::VerbForm::Third
                    )
                })
    };
    let mut adverb = false;
    for k in j..j + 6 {
        let t = tokens.get(k)?;
        if k > j && !adverb && t.is_word() && !t.is_capitalized() && t.is(Class::ADVERB) {
            adverb = true;
            continue;
        }
        if verb(t) {
            // `... ." Boeing continues to enjoy ...`: a verb of wish or plan (or `continue`)
            // with an infinitive of its own reports that, not the quote before it (`said to
            // cheers` still attributes).
            let wish = crate::lexicon::lexicon()
                .entry(t.lex)
                .and_then(|e| e.cue)
                .is_some_and(|c| c.takes_infinitive || c.lemma == "continue");
            let infinitive = wish
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.is_word() && n.text(text).eq_ignore_ascii_case("to"))
                && tokens
                    .get(k + 2)
                    .is_some_and(|n| n.is_word() && !n.is_capitalized() && !n.is(Class::FUNCTION));
            let ends_here = tokens
                .get(k + 1)
                .is_some_and(|n| n.is_terminal() || n.kind == Kind::Comma);
            return ((k > j || tokens.get(k + 1).is_some_and(Token::is_capitalized))
                && !infinitive
                && (!adverb || ends_here))
                .then_some(k);
        }
        let name_like = t.is_capitalized() || (t.kind == Kind::Period && t.is_attached());
        if !name_like {
            return None;
        }
    }
    None
}

/// Whether a sentence ends after the terminal token `i`, the next sentence starting at `j`.
fn is_boundary(tokens: &[Token], text: &str, i: usize, j: usize) -> bool {
    let (Some(t), Some(next)) = (tokens.get(i), tokens.get(j)) else {
        return true;
    };
    // `Dr.Smith`, `3.5` and the like never reach here; a terminal touching the next word is
    // not a boundary (`e.g.x`, `?!` handled above).
    if next.is_attached() && next.kind != Kind::Quote(token::Mark::Straight) && !next.opens() {
        return false;
    }
    // `... in Britain.` then a line that opens with a bullet: `- The government should ...`.
    if next.has(Flags::LINE) && matches!(next.kind, Kind::Dash | Kind::Hyphen) {
        return true;
    }
    let starts_upper = next.is_capitalized()
        || next.opens()
        || next.kind == Kind::Number
        || next.kind == Kind::OpenParen
        || next.kind == Kind::Currency
        || (next.is_quote() && next.role() != token::Role::Close);
    if !starts_upper {
        return false;
    }
    // `"Why not?" Smith asked.`, `"Go!" said the mayor.`: a question or exclamation closing a
    // quote is followed by its attribution, not by a new sentence.
    let closed_quote = j > i + 1 && tokens.get(j - 1).is_some_and(Token::closes);
    if closed_quote
        && matches!(t.kind, Kind::Question | Kind::Exclamation)
        && let Some(verb) = attribution_at(tokens, text, j)
    {
        // `"Why?" Mr Blair said he would not respond ...`: a subject and verb that report a
        // clause of their own (a subject pronoun or `that` after the verb) open a new sentence.
        let clause = verb > j
            && tokens.get(verb + 1).is_some_and(|a| {
                a.is_word()
                    && matches!(
                        a.text(text),
                        "he" | "she" | "they" | "we" | "it" | "that" | "there"
                    )
            });
        if !clause {
            return false;
        }
    }
    // `"We will win." Estrada said.`, `"He said, 'We win.'" Estrada said.`, `"I will look at
    // many people…" Clinton said.`: a period or an ellipsis closing a quote before an
    // attribution that ends there (not `Estrada said the plan ...`).
    if closed_quote
        && matches!(t.kind, Kind::Period | Kind::Ellipsis)
        && let Some(verb) = attribution_at(tokens, text, j)
    {
        let after = tokens.get(verb + 1);
        // `"A." He added, "B."`: the attribution introduces the next quote, not this one.
        let introduces = matches!(after.map(|a| a.kind), Some(Kind::Comma | Kind::Colon))
            && tokens.get(verb + 2).is_some_and(Token::opens);
        // A capitalized audience (`told Reuters.`) ends it too, unless a clause follows the
        // name (`She told Radio Hull's Sunday Live that ...` is a report of its own).
        let audience_end = |k: usize| {
            let mut k = k;
            while k < verb + 10
                && tokens
                    .get(k)
                    .is_some_and(|a| a.is_capitalized() || a.kind == Kind::Possessive)
            {
                k += 1;
            }
            tokens.get(k).is_none_or(|a| {
                a.is_terminal()
                    || a.kind == Kind::Comma
                    || a.is_word() && a.is(Class::PREPOSITION.with(Class::ADVERB).with(Class::TIME))
            })
        };
        let ends = !introduces
            && after.is_some_and(|a| {
                a.is_terminal()
                    || a.is_capitalized() && audience_end(verb + 1)
                    || a.is_word() && a.is(Class::PREPOSITION.with(Class::ADVERB))
            });
        if ends {
            return false;
        }
    }
    let opener = next.is_word() && next.is(Class::FUNCTION.with(Class::ADVERB));
    match t.kind {
        Kind::Period => {
            let prev = i.checked_sub(1).and_then(|k| tokens.get(k));
            // A list marker: `1. The first point`.
            if prev.is_some_and(|p| p.kind == Kind::Number && p.has(Flags::LINE) && t.is_attached())
                || (i == 1 && prev.is_some_and(|p| p.kind == Kind::Number))
            {
                return false;
            }
            let Some(prev) = prev.filter(|p| p.is_word() && t.is_attached()) else {
                return true;
            };
            let word = prev.text(text);
            // An initial: `J. K. Rowling`, `George W. Bush`.
            if word.chars().count() == 1 && prev.is_capitalized() {
                return !next.is_capitalized() || opener;
            }
            if prev.is(Class::ABBREVIATION) {
                if prev.is(Class::TITLE) {
                    // `Dr.`, `Sen.`: a name follows.
                    return false;
                }
                if word.eq_ignore_ascii_case("no") || word.eq_ignore_ascii_case("nos") {
                    return next.kind != Kind::Number;
                }
                if prev.is(Class::MONTH) && next.kind == Kind::Number {
                    return false;
                }
                return opener || next.opens();
            }
            true
        }
        // `U.S.` at the end of a word: a boundary only before a word that opens sentences.
        Kind::Word => opener || next.opens() || next.kind == Kind::Number,
        Kind::Ellipsis => next.is_capitalized() || next.opens(),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let mut d = Diagnostics::new(8);
        let seg = segment(text, 8, &mut d);
        seg.sentences
            .iter()
            .map(|s| seg.span_of(s.tokens.clone()).text_in(text).unwrap_or(""))
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("U.S. officials met Dr. Doe on Jan. 5. No. 5 won. He left."),
            vec![
                "U.S. officials met Dr. Doe on Jan. 5.",
                "No. 5 won.",
                "He left."
            ]
        );
        assert_eq!(
            sentences("It was in the U.S. The next day it ended."),
            vec!["It was in the U.S.", "The next day it ended."]
        );
        assert_eq!(
            sentences("J. K. Rowling and George W. Bush met."),
            vec!["J. K. Rowling and George W. Bush met."]
        );
    }

    #[test]
    fn punctuation_inside_quotes() {
        assert_eq!(
            sentences("\"No.\" He left. \"Why?\" he asked. \"Go!\" She went."),
            vec![
                "\"No.\"",
                "He left.",
                "\"Why?\" he asked.",
                "\"Go!\"",
                "She went."
            ]
        );
        assert_eq!(sentences("What?! Yes."), vec!["What?!", "Yes."]);
        // A subject and verb reporting a clause of their own after the question open a new
        // sentence; an attribution of the question does not.
        assert_eq!(
            sentences("\"Why?\" Ida Roe said she would not answer. \"Why?\" Ida Roe asked them."),
            vec![
                "\"Why?\"",
                "Ida Roe said she would not answer.",
                "\"Why?\" Ida Roe asked them."
            ]
        );
        // A period closing a quote before an attribution that ends the sentence, also after a
        // quote inside the quote; not before a report of its own, nor one that brings the next
        // quote.
        assert_eq!(
            sentences("\"We won.\" Ida said. \"He said, 'We won.'\" Ida said on Monday."),
            vec![
                "\"We won.\" Ida said.",
                "\"He said, 'We won.'\" Ida said on Monday."
            ]
        );
        // A line that opens with a bullet starts a sentence.
        assert_eq!(
            sentences("Points:\n\n - No plan should go ahead. \n - The state should act. \n"),
            vec![
                "Points:",
                "- No plan should go ahead.",
                "- The state should act."
            ]
        );
        // An ellipsis closing the quote, likewise.
        assert_eq!(
            sentences("\"We will look at many people…\" Ida said. \"Why…\" Ida said it."),
            vec![
                "\"We will look at many people…\" Ida said.",
                "\"Why…\"",
                "Ida said it."
            ]
        );
        assert_eq!(
            sentences("\"We won.\" Ida told Radio Hull's Sunday Live that it was close."),
            vec![
                "\"We won.\"",
                "Ida told Radio Hull's Sunday Live that it was close."
            ]
        );
        assert_eq!(
            sentences("\"We won.\" Ida told Radio Hull on Monday."),
            vec!["\"We won.\" Ida told Radio Hull on Monday."]
        );
        assert_eq!(
            sentences("\"We won.\" Ida said the vote was close. \"A.\" She added, \"B.\""),
            vec![
                "\"We won.\"",
                "Ida said the vote was close.",
                "\"A.\"",
                "She added, \"B.\""
            ]
        );
        // One adverb between the name and the verb, when the attribution ends there; a verb
        // with more after it after an adverb says something new.
        assert_eq!(
            sentences("\"We won.\" Ida later recalled. \"We won.\" Ida also called for calm."),
            vec![
                "\"We won.\" Ida later recalled.",
                "\"We won.\"",
                "Ida also called for calm."
            ]
        );
        // A closing mark after a stray space stays with its sentence.
        assert_eq!(
            sentences("\"It was a great year. \" Ida said: \"Yes.\""),
            vec!["\"It was a great year. \"", "Ida said: \"Yes.\""]
        );
    }

    #[test]
    fn paragraphs_by_line_or_blank_line() {
        let mut d = Diagnostics::new(8);
        let lines = segment("A b.\nC d.\nE f.", 8, &mut d);
        assert_eq!(lines.paragraphs.len(), 3);
        let blank = segment("A b\nc d.\n\nE f.", 8, &mut d);
        assert_eq!(blank.paragraphs.len(), 2);
        assert_eq!(blank.sentences.len(), 2);
    }

    #[test]
    fn lines_before_a_later_dateline_are_header() {
        let text = "Trump's investments include companies he bashed.\n\nWASHINGTON (AP) \u{2014} \
                    Trump has invested in them. He left.";
        let mut d = Diagnostics::new(8);
        let seg = segment(text, 8, &mut d);
        let roles: Vec<ParaRole> = seg.paragraphs.iter().map(|p| p.role).collect();
        assert_eq!(roles, vec![ParaRole::Headline, ParaRole::Body]);
        let first = seg.sentences.iter().find(|s| s.paragraph == 1);
        assert_eq!(
            first.map(|s| seg.span_of(s.tokens.clone()).text_in(text)),
            Some(Some("Trump has invested in them."))
        );
        // Far into the story, such a line is no dateline.
        let late = "One.\n\nTwo.\n\nThree.\n\nWASHINGTON (AP) \u{2014} Four.";
        let seg = segment(late, 8, &mut d);
        assert!(seg.dateline.is_none());
    }

    #[test]
    fn header_parts() {
        let text = "Clinton calls for more troops\n\nBy Jane Doe\n\nNEW YORK, Nov. 19 (UPI) — Clinton spoke. She left.";
        let mut d = Diagnostics::new(8);
        let seg = segment(text, 8, &mut d);
        let roles: Vec<ParaRole> = seg.paragraphs.iter().map(|p| p.role).collect();
        assert_eq!(
            roles,
            vec![ParaRole::Headline, ParaRole::Byline, ParaRole::Body]
        );
        let Some(dl) = seg.dateline.clone() else {
            panic!("no dateline")
        };
        assert_eq!(seg.span_of(dl.place).text_in(text), Some("NEW YORK"));
        assert_eq!(
            dl.date.map(|r| seg.span_of(r).text_in(text)),
            Some(Some("Nov. 19"))
        );
        assert_eq!(
            dl.agency.map(|r| seg.span_of(r).text_in(text)),
            Some(Some("UPI"))
        );
        let body: Vec<&str> = seg
            .sentences
            .iter()
            .filter(|s| s.paragraph == 2)
            .map(|s| seg.span_of(s.tokens.clone()).text_in(text).unwrap_or(""))
            .collect();
        assert_eq!(body, vec!["Clinton spoke.", "She left."]);
    }
}
