//! Quote pairing: which marks open and close quotes, in one pass over each paragraph.
//!
//! A stack of open quotes, bounded by the depth limit, pairs each closing mark with the nearest
//! open quote of its family, so the pass is linear whatever the marks: a closer never rescans
//! the text. Straight marks take their direction from the characters around them; an apostrophe
//! that looks like a closing single quote (`the dogs’ owners`) stays an apostrophe. A quote left
//! open at the end of a paragraph continues into the next one when that paragraph opens with a
//! mark of the same family (the news convention for quotes that run over paragraphs); otherwise
//! it is unclosed, read to the end of its paragraph, and reported.

use super::token::{Kind, Mark, Role, Token};
use crate::diagnostics::Diagnostics;
use crate::lexicon::Class;
use crate::model::{DiagnosticKind, QuoteMarks};
use std::ops::Range;

/// A quote: its marks and where its content lies, in tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Quote {
    /// The token of the opening mark.
    pub open: usize,
    /// The token of the closing mark; `None` when the quote is not closed in its paragraph.
    pub close: Option<usize>,
    /// One past the last content token: the closing mark, or the end of the paragraph.
    pub end: usize,
    pub marks: QuoteMarks,
    /// 0 for a quote inside no other.
    pub depth: u8,
    /// The quote runs on into the next paragraph, which opens with a continuation mark.
    pub continued: bool,
    /// The quote continues one from the previous paragraph.
    pub continues: bool,
}

impl Quote {
    /// The content tokens, between the marks.
    pub fn content(&self) -> Range<usize> {
        self.open + 1..self.end
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    Angle,
}

fn family(mark: Mark) -> Family {
    match mark {
        Mark::Straight | Mark::LeftDouble | Mark::RightDouble | Mark::LowDouble => Family::Double,
        Mark::StraightSingle | Mark::LeftSingle | Mark::RightSingle | Mark::LowSingle => {
            Family::Single
        }
        Mark::LeftGuillemet | Mark::RightGuillemet => Family::Guillemet,
        Mark::LeftAngle | Mark::RightAngle => Family::Angle,
    }
}

fn marks_of(mark: Mark) -> QuoteMarks {
    match mark {
        Mark::Straight => QuoteMarks::StraightDouble,
        Mark::StraightSingle => QuoteMarks::StraightSingle,
        Mark::LeftDouble | Mark::RightDouble | Mark::LowDouble => QuoteMarks::CurlyDouble,
        Mark::LeftSingle | Mark::RightSingle | Mark::LowSingle => QuoteMarks::CurlySingle,
        Mark::LeftGuillemet | Mark::RightGuillemet | Mark::LeftAngle | Mark::RightAngle => {
            QuoteMarks::Guillemets
        }
    }
}

/// Which way a mark may face.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Facing {
    Open,
    Close,
    /// Either, by what is open.
    Either,
    /// Not a quote mark here.
    Literal,
}

#[derive(Clone, Copy, Debug)]
struct Open {
    token: usize,
    family: Family,
    mark: Mark,
    /// Continues a quote of the previous paragraph.
    continues: bool,
}

/// Pairs the quote marks of `paragraphs` (token ranges, in order), setting each mark's role, and
/// returns the quotes sorted by their opening mark.
pub(crate) fn pair(
    tokens: &mut [Token],
    text: &str,
    paragraphs: &[Range<usize>],
    marks: &[u32],
    max_depth: usize,
    diagnostics: &mut Diagnostics,
) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut carried: Option<Open> = None;
    // The quote marks, from the token index, visited in order alongside the paragraphs.
    let mut cursor = 0;
    for (p, para) in paragraphs.iter().enumerate() {
        stack.clear();
        let paragraph_quotes = quotes.len();
        let mut too_deep_reported = false;
        while marks
            .get(cursor)
            .is_some_and(|&m| (m as usize) < para.start)
        {
            cursor += 1;
        }
        let first = cursor;
        while marks.get(cursor).is_some_and(|&m| (m as usize) < para.end) {
            cursor += 1;
        }
        for i in marks
            .get(first..cursor)
            .unwrap_or_default()
            .iter()
            .map(|&m| m as usize)
        {
            let Some(&t) = tokens.get(i) else { break };
            let Kind::Quote(mark) = t.kind else { continue };
            let fam = family(mark);
            if i == para.start
                && let Some(prev) = carried.take()
                && prev.family == fam
                && facing(tokens, text, i, para, mark, &stack) != Facing::Close
            {
                set_role(tokens, i, Role::Open);
                stack.push(Open {
                    token: i,
                    family: fam,
                    mark,
                    continues: true,
                });
                continue;
            }
            let mut way = facing(tokens, text, i, para, mark, &stack);
            if way == Facing::Either {
                way = if stack.iter().any(|o| o.family == fam) {
                    Facing::Close
                } else {
                    Facing::Open
                };
            }
            match way {
                Facing::Open => {
                    // `"We are ready. "The plan works."`: a double mark opening a sentence
                    // while a double quote is open starts the quote's next sentence, whose
                    // previous one was never closed (paragraphs run together, or a closing
                    // mark lost); quotes within quotes take the other family.
                    if fam == Family::Double
                        && after_sentence_end(tokens, i, para)
                        && let Some(k) = stack.iter().rposition(|o| o.family == fam)
                    {
                        for inner in stack.drain(k + 1..) {
                            set_role(tokens, inner.token, Role::None);
                        }
                        if let Some(open) = stack.pop() {
                            if let Some(t) = tokens.get(open.token) {
                                diagnostics.push(DiagnosticKind::UnclosedQuote, t.span());
                            }
                            quotes.push(Quote {
                                open: open.token,
                                close: None,
                                end: i,
                                marks: marks_of(open.mark),
                                depth: u8::try_from(stack.len()).unwrap_or(u8::MAX),
                                continued: false,
                                continues: open.continues,
                            });
                        }
                    }
                    if stack.len() >= max_depth {
                        if !too_deep_reported {
                            diagnostics.push(DiagnosticKind::QuoteTooDeep, t.span());
                            too_deep_reported = true;
                        }
                        continue;
                    }
                    set_role(tokens, i, Role::Open);
                    stack.push(Open {
                        token: i,
                        family: fam,
                        mark,
                        continues: false,
                    });
                }
                Facing::Close => {
                    match stack.iter().rposition(|o| o.family == fam) {
                        Some(k) => {
                            // Marks opened inside and never closed were apostrophes or strays.
                            for inner in stack.drain(k + 1..) {
                                set_role(tokens, inner.token, Role::None);
                            }
                            if let Some(open) = stack.pop() {
                                let straight =
                                    |m: Mark| matches!(m, Mark::Straight | Mark::StraightSingle);
                                if straight(open.mark) != straight(mark) {
                                    diagnostics
                                        .push(DiagnosticKind::MismatchedQuoteMarks, t.span());
                                }
                                set_role(tokens, i, Role::Close);
                                quotes.push(Quote {
                                    open: open.token,
                                    close: Some(i),
                                    end: i,
                                    marks: marks_of(open.mark),
                                    depth: u8::try_from(stack.len()).unwrap_or(u8::MAX),
                                    continued: false,
                                    continues: open.continues,
                                });
                            }
                        }
                        None if fam == Family::Single => {}
                        None => diagnostics.push(DiagnosticKind::UnpairedCloser, t.span()),
                    }
                }
                Facing::Literal => {
                    // `Sanders' campaign`: a plural possessive reads as one, so the noun
                    // phrase around it holds together; with no single quote open, before a
                    // name too (`Ladbrokes' Warren Lush`).
                    if family(mark) == Family::Single
                        && (plural_possessive(tokens, text, i)
                            || possessive_before_name(tokens, text, i))
                        && let Some(t) = tokens.get_mut(i)
                    {
                        t.kind = Kind::Possessive;
                    }
                }
                Facing::Either => {}
            }
        }
        // What is still open at the end of the paragraph.
        let next_opens = paragraphs.get(p + 1).and_then(|next| {
            let t = tokens.get(next.start)?;
            match t.kind {
                Kind::Quote(m) => Some(family(m)),
                _ => None,
            }
        });
        // An unclosed single mark is an apostrophe far more often than a quote; the quotes
        // closed after it were not within it (`It 'chooses' a selection. "...," said Ms
        // Rellie`, where `chooses'` reads as a plural possessive). The stack runs in the
        // order of the text, so each quote counts the marks before it in one search.
        if stack.iter().any(|o| o.family == Family::Single) {
            let apostrophes: Vec<usize> = stack
                .iter()
                .filter(|o| o.family == Family::Single)
                .map(|o| o.token)
                .collect();
            for q in quotes.get_mut(paragraph_quotes..).unwrap_or_default() {
                let within = apostrophes.partition_point(|&t| t < q.open);
                q.depth = q
                    .depth
                    .saturating_sub(u8::try_from(within).unwrap_or(u8::MAX));
            }
        }
        let mut depth = 0;
        for open in &stack {
            if open.family == Family::Single {
                set_role(tokens, open.token, Role::None);
                continue;
            }
            let continued = depth == 0 && next_opens == Some(open.family);
            if continued {
                carried = Some(*open);
            } else if let Some(t) = tokens.get(open.token) {
                diagnostics.push(DiagnosticKind::UnclosedQuote, t.span());
            }
            quotes.push(Quote {
                open: open.token,
                close: None,
                end: para.end,
                marks: marks_of(open.mark),
                depth: u8::try_from(depth).unwrap_or(u8::MAX),
                continued,
                continues: open.continues,
            });
            depth += 1;
        }
    }
    quotes.sort_unstable_by_key(|q| q.open);
    quotes
}

/// Whether the token before `i` ends a sentence: `.`, `?`, `!` or `...`.
fn after_sentence_end(tokens: &[Token], i: usize, para: &Range<usize>) -> bool {
    i > para.start
        && i.checked_sub(1)
            .and_then(|j| tokens.get(j))
            .is_some_and(|p| {
                matches!(
                    p.kind,
                    Kind::Period | Kind::Question | Kind::Exclamation | Kind::Ellipsis
                )
            })
}

fn set_role(tokens: &mut [Token], i: usize, role: Role) {
    if let Some(t) = tokens.get_mut(i) {
        t.set_role(role);
    }
}

/// Which way the mark at `i` faces, from the mark itself and the tokens around it.
fn facing(
    tokens: &[Token],
    text: &str,
    i: usize,
    para: &Range<usize>,
    mark: Mark,
    stack: &[Open],
) -> Facing {
    let Some(t) = tokens.get(i) else {
        return Facing::Literal;
    };
    let prev = if i > para.start {
        i.checked_sub(1).and_then(|j| tokens.get(j))
    } else {
        None
    };
    let next = tokens.get(i + 1).filter(|_| i + 1 < para.end);
    // Space or an opening context before the mark.
    let open_before = prev.is_none()
        || !t.is_attached()
        || prev.is_some_and(|p| {
            matches!(p.kind, Kind::OpenParen | Kind::Dash | Kind::Colon) || p.opens()
        });
    // Space or a closing context after the mark.
    let close_after = next.is_none_or(|n| {
        !n.is_attached()
            || matches!(
                n.kind,
                Kind::Period
                    | Kind::Comma
                    | Kind::Colon
                    | Kind::Semicolon
                    | Kind::Question
                    | Kind::Exclamation
                    | Kind::CloseParen
                    | Kind::Ellipsis
                    | Kind::Dash
                    | Kind::Quote(_)
                    | Kind::Possessive
            )
    });
    let left_flanking = open_before && !close_after;
    let right_flanking = !open_before && close_after;
    let fam = family(mark);
    let family_open = stack.iter().any(|o| o.family == fam);
    // `he's like 6’2”`, `5'11"`: feet and inches, a height and no quote mark.
    if matches!(mark, Mark::Straight | Mark::RightDouble) && inches(tokens, i) {
        return Facing::Literal;
    }
    match mark {
        Mark::Straight => {
            // An inch or seconds sign: `a 6" pipe`, `5'11"`.
            if prev.is_some_and(|p| p.kind == Kind::Number) && t.is_attached() && !family_open {
                return Facing::Literal;
            }
            if left_flanking {
                Facing::Open
            } else if right_flanking {
                Facing::Close
            } else {
                Facing::Either
            }
        }
        Mark::StraightSingle | Mark::RightSingle => {
            if mark == Mark::StraightSingle && left_flanking {
                return Facing::Open;
            }
            if right_flanking || !left_flanking {
                if !family_open {
                    return Facing::Literal;
                }
                // `the dogs’ owners`: a plural possessive, not the end of a quote.
                if plural_possessive(tokens, text, i) {
                    return Facing::Literal;
                }
                return Facing::Close;
            }
            // A right mark facing a word with nothing open: `’Tis`, or a misused opener.
            if family_open {
                Facing::Close
            } else {
                Facing::Literal
            }
        }
        Mark::LeftDouble => {
            // German style closes `„` with `“`; a `“` facing back with a quote of its family open
            // is a misused closing mark: `“Apparently not,“ he said`.
            if right_flanking
                && (stack
                    .last()
                    .is_some_and(|o| o.mark == Mark::LowDouble || o.mark == Mark::RightDouble)
                    || (family_open && prev.is_some_and(|p| !p.is_quote())))
            {
                Facing::Close
            } else {
                Facing::Open
            }
        }
        Mark::LeftSingle => {
            if right_flanking
                && stack
                    .last()
                    .is_some_and(|o| o.mark == Mark::LowSingle || o.mark == Mark::RightSingle)
            {
                Facing::Close
            } else if right_flanking && !family_open {
                // `On CBS‘ Face the Nation`: a left mark after a word and before a space opens
                // nothing; it is a misused apostrophe.
                Facing::Literal
            } else {
                Facing::Open
            }
        }
        Mark::RightDouble => {
            if left_flanking && !family_open {
                // A closing mark used to open: scrapers and some keyboards do this.
                Facing::Open
            } else {
                Facing::Close
            }
        }
        Mark::LowDouble | Mark::LowSingle => Facing::Open,
        Mark::LeftGuillemet | Mark::LeftAngle => {
            // Danish and Swedish style opens with `»` and closes with `«`.
            if family_open
                && right_flanking
                && stack
                    .last()
                    .is_some_and(|o| matches!(o.mark, Mark::RightGuillemet | Mark::RightAngle))
            {
                Facing::Close
            } else {
                Facing::Open
            }
        }
        Mark::RightGuillemet | Mark::RightAngle => {
            if !family_open && left_flanking {
                Facing::Open
            } else {
                Facing::Close
            }
        }
    }
}

/// Whether the double mark at `i` closes a height in feet and inches: digits, a single mark,
/// digits and the mark, all touching (`6’2”`, `5'11"`).
fn inches(tokens: &[Token], i: usize) -> bool {
    let at = |k: usize| i.checked_sub(k).and_then(|j| tokens.get(j));
    let (Some(t), Some(inch), Some(foot_mark), Some(feet)) = (at(0), at(1), at(2), at(3)) else {
        return false;
    };
    t.is_attached()
        && inch.kind == Kind::Number
        && inch.is_attached()
        && matches!(
            foot_mark.kind,
            Kind::Quote(Mark::StraightSingle | Mark::RightSingle)
        )
        && foot_mark.is_attached()
        && feet.kind == Kind::Number
}

/// Whether the single mark at `i` ends a plural possessive: attached to a word in `s`, and
/// followed by a lowercase word that does not start an attribution.
fn plural_possessive(tokens: &[Token], text: &str, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|j| tokens.get(j)) else {
        return false;
    };
    let Some(t) = tokens.get(i) else { return false };
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    prev.is_word()
        && t.is_attached()
        && prev.text(text).ends_with(['s', 'S'])
        && next.is_word()
        && !next.is_attached()
        && !next.is_capitalized()
        && !next.is(Class::CUE)
        && !next.is(Class::PRONOUN)
}

/// Whether the single mark at `i`, which closes no quote, ends a plural possessive before a
/// name: attached to a word in `s`, with a capitalized word after it (`Ladbrokes' Warren
/// Lush`, `Barclays' Tim Reed`).
fn possessive_before_name(tokens: &[Token], text: &str, i: usize) -> bool {
    let (Some(prev), Some(t), Some(next)) = (
        i.checked_sub(1).and_then(|j| tokens.get(j)),
        tokens.get(i),
        tokens.get(i + 1),
    ) else {
        return false;
    };
    prev.is_word()
        && prev.is_capitalized()
        && t.is_attached()
        && prev.text(text).ends_with('s')
        && next.is_word()
        && !next.is_attached()
        && next.is_capitalized()
        && !next.is(Class::FUNCTION)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::token::tokenize;

    /// Pairs `text` as one paragraph per line and returns each quote's content text and
    /// whether it is closed.
    fn quotes(text: &str) -> Vec<(String, bool)> {
        let (found, _) = quotes_with_diagnostics(text);
        found
    }

    fn quotes_with_diagnostics(text: &str) -> (Vec<(String, bool)>, Vec<DiagnosticKind>) {
        let mut toks = Vec::new();
        let mut index = crate::segment::token::TokenIndex::default();
        tokenize(text, &mut toks, &mut index);
        let mut paras = Vec::new();
        let mut start = 0;
        for (i, t) in toks.iter().enumerate() {
            if i > 0 && t.has(crate::segment::token::Flags::LINE) {
                paras.push(start..i);
                start = i;
            }
        }
        paras.push(start..toks.len());
        let mut diags = Diagnostics::new(10);
        let qs = pair(&mut toks, text, &paras, &index.quotes, 8, &mut diags);
        let found = qs
            .iter()
            .map(|q| {
                let from = toks.get(q.open + 1).map_or(0, |t| t.start as usize);
                let to = if q.end > q.open + 1 {
                    toks.get(q.end - 1).map_or(0, |t| t.end as usize)
                } else {
                    from
                };
                (
                    text.get(from..to).unwrap_or("").to_string(),
                    q.close.is_some(),
                )
            })
            .collect();
        (found, diags.into_vec().iter().map(|d| d.kind()).collect())
    }

    fn closed(content: &str) -> (String, bool) {
        (content.to_string(), true)
    }

    #[test]
    fn every_family_pairs() {
        for text in [
            "\"We will fight,\" he said.",
            "“We will fight,” he said.",
            "‘We will fight,’ he said.",
            "'We will fight,' he said.",
            "«We will fight,» he said.",
            "»We will fight,« he said.",
            "„We will fight,“ he said.",
        ] {
            assert_eq!(quotes(text), vec![closed("We will fight,")], "{text}");
        }
    }

    #[test]
    fn doubled_apostrophes_pair_as_double_marks() {
        assert_eq!(
            quotes("''I said no,'' he said. ''Fine.''"),
            vec![closed("I said no,"), closed("Fine.")]
        );
        assert_eq!(
            quotes("''I said 'no,''' he said. ''Fine.''"),
            vec![closed("I said 'no,'"), closed("no,"), closed("Fine.")]
        );
    }

    #[test]
    fn feet_and_inches_are_no_quote_marks() {
        assert_eq!(
            quotes("“He is taller than me; he’s like 6’2”,” Rubio said."),
            vec![closed("He is taller than me; he’s like 6’2”,")]
        );
        assert_eq!(
            quotes("\"She is 5'11\" and fast,\" he said."),
            vec![closed("She is 5'11\" and fast,")]
        );
    }

    #[test]
    fn nested_quotes_pair_inside_out() {
        assert_eq!(
            quotes("“He said ‘go’ now,” she said."),
            vec![closed("He said ‘go’ now,"), closed("go")]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quotes("The dogs’ owners and the ’90s rock 'n' roll don’t O’Neill ’Tis."),
            vec![]
        );
        assert_eq!(
            quotes("‘He’s here and the dogs’ owners too,’ she said."),
            vec![closed("He’s here and the dogs’ owners too,")]
        );
        // A left mark misused as an apostrophe opens nothing.
        assert_eq!(
            quotes("On CBS‘ Face the Nation, she stated, “We acted.”"),
            vec![closed("We acted.")]
        );
    }

    #[test]
    fn a_double_mark_opening_a_sentence_in_a_double_quote_starts_its_next_sentence() {
        // Paragraphs run together, each opening with a mark and the one before never closed.
        let (found, diags) = quotes_with_diagnostics(
            "She said: \"We are ready. \"The plan works.\" The board agreed, she added.",
        );
        assert_eq!(
            found,
            vec![
                ("We are ready.".to_string(), false),
                closed("The plan works."),
            ]
        );
        assert_eq!(diags, vec![DiagnosticKind::UnclosedQuote]);
        // Inside a sentence a double mark opens a title or a scare quote as before, and a
        // quote within a quote takes the other family.
        assert_eq!(
            quotes("“We read “Dubliners” today,” she said."),
            vec![closed("We read “Dubliners” today,"), closed("Dubliners")]
        );
        assert_eq!(
            quotes("“He said ‘go.’ Then he left,” she said."),
            vec![closed("He said ‘go.’ Then he left,"), closed("go.")]
        );
    }

    #[test]
    fn inch_marks_are_not_quotes() {
        assert_eq!(quotes("a 6\" pipe and a 5'11\" man"), vec![]);
    }

    #[test]
    fn a_quote_running_over_paragraphs_continues() {
        let text = "“Para one.\n“Para two,” he said.";
        let mut toks = Vec::new();
        let mut index = crate::segment::token::TokenIndex::default();
        tokenize(text, &mut toks, &mut index);
        let paras = vec![0..4, 4..toks.len()];
        let mut diags = Diagnostics::new(10);
        let qs = pair(&mut toks, text, &paras, &index.quotes, 8, &mut diags);
        assert_eq!(qs.len(), 2);
        assert!(qs[0].continued && qs[0].close.is_none());
        assert!(qs[1].continues && qs[1].close.is_some());
        assert!(diags.into_vec().is_empty());
    }

    #[test]
    fn unclosed_and_unpaired_marks_are_reported() {
        let (found, diags) = quotes_with_diagnostics("“We will fight\nNext ” one.");
        assert_eq!(found, vec![("We will fight".to_string(), false)]);
        assert_eq!(
            diags,
            vec![
                DiagnosticKind::UnclosedQuote,
                DiagnosticKind::UnpairedCloser
            ]
        );
    }

    #[test]
    fn depth_is_bounded() {
        let text = "“‘".repeat(20);
        let (found, diags) = quotes_with_diagnostics(&text);
        assert!(found.len() <= 8);
        assert!(diags.contains(&DiagnosticKind::QuoteTooDeep));
    }
}
