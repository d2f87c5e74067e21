//! Tokens: one pass over the text that splits it into words, numerals, quote marks and
//! punctuation, and classifies each word once through the lexicon.
//!
//! Whitespace is not a token: each token records what stood before it (a space, a line break,
//! a blank line), which is all later stages need. The scanner is a byte loop rather than a nom
//! combinator chain because it runs over every byte of every article; the grammars that read
//! its tokens are nom parsers.

use crate::lexicon::{Class, LexId, lexicon};

/// A quote mark, as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mark {
    /// `"`
    Straight,
    /// `'`
    StraightSingle,
    /// `“`
    LeftDouble,
    /// `”`
    RightDouble,
    /// `‘`
    LeftSingle,
    /// `’`
    RightSingle,
    /// `„`
    LowDouble,
    /// `‚`
    LowSingle,
    /// `«`
    LeftGuillemet,
    /// `»`
    RightGuillemet,
    /// `‹`
    LeftAngle,
    /// `›`
    RightAngle,
}

/// The kind of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with inner apostrophes, hyphens, digits and the dots of `U.S.`.
    Word,
    /// A numeral starting with a digit: `13,000`, `1.5`, `3/4/2020`, `10:30`.
    Number,
    /// The clitic `'s` or `’s` after a word.
    Possessive,
    /// A quote mark; its role is decided by the quote pairing.
    Quote(Mark),
    /// An apostrophe that is not a quote mark: `'90s`.
    Apostrophe,
    /// `.`
    Period,
    /// `,`
    Comma,
    /// `:`
    Colon,
    /// `;`
    Semicolon,
    /// `?`
    Question,
    /// `!`
    Exclamation,
    /// `...` or `…`
    Ellipsis,
    /// A dash between words: `—`, `–`, `--`, or ` - ` with spaces.
    Dash,
    /// A hyphen or minus sign touching a word or number: `-5`, `−5`.
    Hyphen,
    /// `(` or `[`
    OpenParen,
    /// `)` or `]`
    CloseParen,
    /// `$`, `€`, `£`, `¥`, `₹`
    Currency,
    /// `%`
    Percent,
    /// `/`
    Slash,
    /// A web address or an e-mail address.
    Url,
    /// Any other character.
    Symbol,
}

/// What stood before a token, and how it is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Flags(u8);

impl Flags {
    /// Whitespace before the token.
    pub const SPACE: Flags = Flags(1);
    /// A line break before the token.
    pub const LINE: Flags = Flags(1 << 1);
    /// A blank line (or a paragraph separator) before the token.
    pub const BLANK: Flags = Flags(1 << 2);
    /// The token starts with an uppercase letter.
    pub const CAPITALIZED: Flags = Flags(1 << 3);
    /// Every letter of the token is uppercase, and it has at least two.
    pub const ALL_CAPS: Flags = Flags(1 << 4);
    /// The word has a dot inside or at its end: `U.S.`, `a.m.`.
    pub const DOTTED: Flags = Flags(1 << 5);
    /// The word holds a digit: `G7`, `COVID-19`.
    pub const DIGIT: Flags = Flags(1 << 6);
    /// A hyphenated word whose first part is a number word: `twenty-one`, `two-thirds`.
    pub const NUMBER_WORDS: Flags = Flags(1 << 7);

    #[inline]
    pub const fn has(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }

    #[inline]
    fn set(&mut self, other: Flags) {
        self.0 |= other.0;
    }
}

/// What a quote mark does, once the quote pairing has read it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Role {
    /// Not a quote mark, or a mark read as a literal character (an apostrophe, an inch sign,
    /// a stray mark).
    #[default]
    None,
    /// Opens a quote.
    Open,
    /// Closes a quote.
    Close,
}

/// A token: its bytes, kind, flags, lexicon entry and, for quote marks, role. Sixteen bytes:
/// the lexicon classes of a word are copied here, so that testing a class is one bit test, and
/// share their word with the role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    pub flags: Flags,
    pub lex: LexId,
    /// The lexicon classes in the low bits, the role in the top two.
    bits: u32,
}

const ROLE_SHIFT: u32 = 30;
const CLASS_MASK: u32 = (1 << ROLE_SHIFT) - 1;

impl Token {
    #[inline]
    pub fn is(&self, class: Class) -> bool {
        Class::from_bits(self.bits & CLASS_MASK).has(class)
    }

    /// What the quote pairing made of the mark.
    #[inline]
    pub fn role(&self) -> Role {
        match self.bits >> ROLE_SHIFT {
            1 => Role::Open,
            2 => Role::Close,
            _ => Role::None,
        }
    }

    #[inline]
    pub fn set_role(&mut self, role: Role) {
        let r = match role {
            Role::None => 0,
            Role::Open => 1,
            Role::Close => 2,
        };
        self.bits = (self.bits & CLASS_MASK) | (r << ROLE_SHIFT);
    }

    #[inline]
    pub fn has(&self, flags: Flags) -> bool {
        self.flags.has(flags)
    }

    /// Forgets the word's lexicon entry and classes: the word is a name, not the word it
    /// spells (`WHO`, `IT` written in capitals amid lowercase text).
    pub fn forget_lexicon(&mut self) {
        self.lex = 0;
        self.bits &= !CLASS_MASK;
    }

    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    #[inline]
    pub fn is_capitalized(&self) -> bool {
        self.kind == Kind::Word && self.flags.has(Flags::CAPITALIZED)
    }

    /// Whether the token touches the one before it (no whitespace between).
    #[inline]
    pub fn is_attached(&self) -> bool {
        !self.flags.has(Flags::SPACE)
    }

    #[inline]
    pub fn span(&self) -> crate::Span {
        crate::Span::new(self.start as usize, self.end as usize)
    }

    /// The token's text in `text`.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start as usize..self.end as usize)
            .unwrap_or_default()
    }

    #[inline]
    pub fn is_quote(&self) -> bool {
        matches!(self.kind, Kind::Quote(_))
    }

    #[inline]
    pub fn opens(&self) -> bool {
        self.role() == Role::Open
    }

    #[inline]
    pub fn closes(&self) -> bool {
        self.role() == Role::Close
    }

    /// Whether the token ends a sentence when nothing else says otherwise.
    #[inline]
    pub fn is_terminal(&self) -> bool {
        matches!(
            self.kind,
            Kind::Period | Kind::Question | Kind::Exclamation | Kind::Ellipsis
        )
    }
}

/// Where the tokens that later stages look for stand, recorded as they are made: each stage
/// visits its own few tokens instead of passing over all of them again.
#[derive(Clone, Debug, Default)]
pub(crate) struct TokenIndex {
    /// Tokens after a line break.
    pub breaks: Vec<u32>,
    /// Whether any token follows a blank line.
    pub blank: bool,
    pub quotes: Vec<u32>,
    pub symbols: Vec<u32>,
    /// Sentence punctuation, and words ending in a dot (`U.S.`).
    pub terminals: Vec<u32>,
    /// Reporting verbs and `according`.
    pub cues: Vec<u32>,
    /// Numerals, number words and currency signs.
    pub anchors: Vec<u32>,
    /// Capitalized words.
    pub capitals: Vec<u32>,
}

/// Splits `text` into tokens, appending them to `out` and recording them in `index`.
///
/// Offsets are `u32`; the caller guarantees `text.len() <= u32::MAX`.
pub(crate) fn tokenize(text: &str, out: &mut Vec<Token>, index: &mut TokenIndex) {
    // Room for what news text holds per byte, so the lists rarely grow while scanning: a
    // capitalized word every 40 bytes or so, a sentence end every 100, a numeral every 150.
    let n = text.len();
    index.capitals.reserve(n / 40);
    index.terminals.reserve(n / 100);
    index.anchors.reserve(n / 150);
    index.cues.reserve(n / 250);
    index.breaks.reserve(n / 300);
    index.quotes.reserve(n / 300);
    Scanner {
        bytes: text.as_bytes(),
        text,
        pos: 0,
        pending: Flags::default(),
        out,
        index,
    }
    .run();
}

struct Scanner<'t, 'o> {
    bytes: &'t [u8],
    text: &'t str,
    pos: usize,
    /// Flags for the next token, gathered from the whitespace before it.
    pending: Flags,
    out: &'o mut Vec<Token>,
    index: &'o mut TokenIndex,
}

/// What a character is to the scanner.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CharClass {
    Space,
    LineBreak,
    ParagraphBreak,
    Letter,
    Digit,
    Other,
}

fn classify(c: char) -> CharClass {
    match c {
        ' ' | '\t' | '\u{0B}' | '\u{0C}' => CharClass::Space,
        '\n' | '\r' | '\u{85}' | '\u{2028}' => CharClass::LineBreak,
        '\u{2029}' => CharClass::ParagraphBreak,
        '0'..='9' => CharClass::Digit,
        'a'..='z' | 'A'..='Z' => CharClass::Letter,
        // U+FEFF inside text is a zero-width no-break space: literal, but the BOM at the very
        // start is skipped as whitespace by `run`.
        '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            CharClass::Space
        }
        c if c.is_alphabetic() => CharClass::Letter,
        // Combining marks, joiners and direction marks belong to the letters around them.
        '\u{300}'..='\u{36F}' | '\u{200C}' | '\u{200D}' | '\u{200E}' | '\u{200F}' => {
            CharClass::Letter
        }
        _ => CharClass::Other,
    }
}

impl Scanner<'_, '_> {
    #[inline]
    fn byte(&self, at: usize) -> u8 {
        self.bytes.get(at).copied().unwrap_or(0)
    }

    #[inline]
    fn char_at(&self, at: usize) -> Option<char> {
        self.text.get(at..)?.chars().next()
    }

    /// The character ending just before `at`.
    fn char_before(&self, at: usize) -> Option<char> {
        self.text.get(..at)?.chars().next_back()
    }

    #[inline(always)]
    fn push(&mut self, start: usize, end: usize, kind: Kind, mut flags: Flags, lex: LexId) {
        self.pos = self.pos.max(end);
        flags.set(self.pending);
        self.pending = Flags::default();
        let class = if lex == 0 {
            Class::NONE
        } else {
            lexicon().class(lex)
        };
        let at = u32::try_from(self.out.len()).unwrap_or(u32::MAX);
        let index = &mut *self.index;
        if flags.has(Flags::LINE) {
            index.breaks.push(at);
            index.blank |= flags.has(Flags::BLANK);
        }
        match kind {
            Kind::Word => {
                if flags.has(Flags::CAPITALIZED) {
                    index.capitals.push(at);
                }
                if class.has(Class::CUE.with(Class::ACCORDING).with(Class::PARTICLE_CUE)) {
                    index.cues.push(at);
                }
                if class.has(Class::NUMBER) || flags.has(Flags::NUMBER_WORDS) {
                    index.anchors.push(at);
                }
                if flags.has(Flags::DOTTED) && self.bytes.get(end.wrapping_sub(1)) == Some(&b'.') {
                    index.terminals.push(at);
                }
            }
            Kind::Number | Kind::Currency => index.anchors.push(at),
            Kind::Quote(_) => index.quotes.push(at),
            Kind::Symbol => index.symbols.push(at),
            Kind::Period | Kind::Question | Kind::Exclamation | Kind::Ellipsis => {
                index.terminals.push(at);
            }
            _ => {}
        }
        self.out.push(Token {
            start: start as u32,
            end: end as u32,
            kind,
            flags,
            lex,
            bits: class.bits() & CLASS_MASK,
        });
    }

    fn run(&mut self) {
        if self.text.starts_with('\u{FEFF}') {
            self.pos = 3;
            self.pending.set(Flags::SPACE);
        }
        // Line breaks seen since the last token: two make a blank line.
        let mut breaks = 0u8;
        while self.pos < self.bytes.len() {
            let b = self.byte(self.pos);
            if b < 0x80 {
                match b {
                    b' ' | b'\t' | 0x0B | 0x0C => {
                        self.pending.set(Flags::SPACE);
                        self.pos += 1;
                        continue;
                    }
                    b'\n' | b'\r' => {
                        // CRLF is one break.
                        if b == b'\r' && self.byte(self.pos + 1) == b'\n' {
                            self.pos += 1;
                        }
                        self.pos += 1;
                        breaks = breaks.saturating_add(1);
                        self.line_break(breaks);
                        continue;
                    }
                    _ => {}
                }
            } else if let Some(c) = self.char_at(self.pos) {
                match classify(c) {
                    CharClass::Space => {
                        self.pending.set(Flags::SPACE);
                        self.pos += c.len_utf8();
                        continue;
                    }
                    CharClass::LineBreak => {
                        self.pos += c.len_utf8();
                        breaks = breaks.saturating_add(1);
                        self.line_break(breaks);
                        continue;
                    }
                    CharClass::ParagraphBreak => {
                        self.pos += c.len_utf8();
                        breaks = 2;
                        self.line_break(breaks);
                        continue;
                    }
                    _ => {}
                }
            }
            breaks = 0;
            self.token();
        }
    }

    fn line_break(&mut self, breaks: u8) {
        self.pending.set(Flags::SPACE);
        self.pending.set(Flags::LINE);
        if breaks >= 2 {
            self.pending.set(Flags::BLANK);
        }
    }

    /// Scans one token at `self.pos`, which is not whitespace.
    fn token(&mut self) {
        let start = self.pos;
        let b = self.byte(start);
        match b {
            b'0'..=b'9' => return self.number(start),
            b'a'..=b'z' | b'A'..=b'Z' => return self.word(start),
            b'.' if self.byte(start + 1).is_ascii_digit() && !self.prev_is_word_or_number() => {
                return self.number(start);
            }
            b'@' | b'#' if self.byte(start + 1).is_ascii_alphabetic() => {
                return self.word(start);
            }
            _ => {}
        }
        if b < 0x80 {
            let kind = match b {
                b'.' => {
                    if self.bytes.get(start..start + 3) == Some(b"...") {
                        let mut end = start + 3;
                        while self.byte(end) == b'.' {
                            end += 1;
                        }
                        return self.push(start, end, Kind::Ellipsis, Flags::default(), 0);
                    }
                    Kind::Period
                }
                b',' => Kind::Comma,
                b':' => Kind::Colon,
                b';' => Kind::Semicolon,
                b'?' => Kind::Question,
                b'!' => Kind::Exclamation,
                b'(' | b'[' | b'{' => Kind::OpenParen,
                b')' | b']' | b'}' => Kind::CloseParen,
                b'$' => Kind::Currency,
                b'%' => Kind::Percent,
                b'/' => Kind::Slash,
                b'"' => Kind::Quote(Mark::Straight),
                // `''I said 'no,''' he said`: three apostrophes after a word close a single
                // mark and then a double one.
                b'\''
                    if self.byte(start + 1) == b'\''
                        && self.byte(start + 2) == b'\''
                        && start > 0
                        && !self.byte(start - 1).is_ascii_whitespace() =>
                {
                    return self.apostrophe(start, 1, Mark::StraightSingle);
                }
                // Two apostrophes (or two backticks) make a double mark: `''We won,'' he said`.
                b'\'' if self.byte(start + 1) == b'\'' => {
                    return self.push(
                        start,
                        start + 2,
                        Kind::Quote(Mark::Straight),
                        Flags::default(),
                        0,
                    );
                }
                b'`' if self.byte(start + 1) == b'`' => {
                    return self.push(
                        start,
                        start + 2,
                        Kind::Quote(Mark::LeftDouble),
                        Flags::default(),
                        0,
                    );
                }
                b'\'' => return self.apostrophe(start, 1, Mark::StraightSingle),
                b'-' => {
                    if self.byte(start + 1) == b'-' {
                        let mut end = start + 2;
                        while self.byte(end) == b'-' {
                            end += 1;
                        }
                        return self.push(start, end, Kind::Dash, Flags::default(), 0);
                    }
                    let spaced_before = self.pending.has(Flags::SPACE) || start == 0;
                    // The end of the text counts as space.
                    let spaced_after =
                        matches!(self.byte(start + 1), b' ' | b'\t' | b'\n' | b'\r' | 0);
                    if spaced_before && spaced_after {
                        Kind::Dash
                    } else {
                        Kind::Hyphen
                    }
                }
                _ => Kind::Symbol,
            };
            return self.push(start, start + 1, kind, Flags::default(), 0);
        }
        let Some(c) = self.char_at(start) else {
            // Not on a character boundary: cannot happen for a `&str` walked by characters, but
            // skip a byte rather than loop.
            self.pos += 1;
            return;
        };
        let len = c.len_utf8();
        let kind = match c {
            '“' => Kind::Quote(Mark::LeftDouble),
            '”' => Kind::Quote(Mark::RightDouble),
            '„' => Kind::Quote(Mark::LowDouble),
            '‚' => Kind::Quote(Mark::LowSingle),
            '«' => Kind::Quote(Mark::LeftGuillemet),
            '»' => Kind::Quote(Mark::RightGuillemet),
            '‹' => Kind::Quote(Mark::LeftAngle),
            '›' => Kind::Quote(Mark::RightAngle),
            '‘' => return self.apostrophe(start, len, Mark::LeftSingle),
            '’' => return self.apostrophe(start, len, Mark::RightSingle),
            '…' => Kind::Ellipsis,
            '—' | '–' | '―' => Kind::Dash,
            '−' => Kind::Hyphen,
            // `£`, `¥`, `฿` and the Currency Symbols block: `€`, `₹`, `₩`, `₽`, `₺`, `₦`, `₭`...
            '£' | '¥' | '฿' | '\u{20A0}'..='\u{20C0}' => Kind::Currency,
            '‽' => Kind::Question,
            // Vulgar fractions are numerals: `½`, `2 ¾`.
            c if crate::number::numeral::vulgar_fraction(c).is_some() => Kind::Number,
            _ => match classify(c) {
                CharClass::Letter => return self.word(start),
                CharClass::Digit => return self.number(start),
                _ => Kind::Symbol,
            },
        };
        // A combining mark right after a quote mark belongs to the mark.
        let mut end = start + len;
        while let Some(next) = self.char_at(end) {
            if matches!(next, '\u{300}'..='\u{36F}') {
                end += next.len_utf8();
            } else {
                break;
            }
        }
        self.push(start, end, kind, Flags::default(), 0);
    }

    fn prev_is_word_or_number(&self) -> bool {
        !self.pending.has(Flags::SPACE)
            && self
                .out
                .last()
                .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Number))
    }

    /// A single quote mark or an apostrophe at `start`, `len` bytes long.
    fn apostrophe(&mut self, start: usize, len: usize, mark: Mark) {
        let after = self.char_at(start + len);
        // An elision before digits: '90s.
        if after.is_some_and(|c| c.is_ascii_digit()) && !self.prev_is_word_or_number() {
            return self.push(start, start + len, Kind::Apostrophe, Flags::default(), 0);
        }
        // rock 'n' roll
        if self.pending.has(Flags::SPACE)
            && matches!(after, Some('n'))
            && self
                .text
                .get(start + len + 1..)
                .is_some_and(|rest| rest.starts_with(['\'', '’']))
        {
            let end = start + len + 1 + self.char_at(start + len + 1).map_or(1, char::len_utf8);
            return self.push(start, end, Kind::Word, Flags::default(), 0);
        }
        self.push(start, start + len, Kind::Quote(mark), Flags::default(), 0)
    }

    /// A word starting at `start`: letters, digits after letters, and inner `'`, `’`, `-`,
    /// `.` (in `U.S.`-like abbreviations), `&` (in `AT&T`).
    /// Whether the three capitals at `start` are a currency code (they touch digits: `USD3`).
    /// Kept out of line: it runs only on words with digits, and the word scanner stays small.
    #[inline(never)]
    fn code_before_digits(&self, start: usize) -> bool {
        (start..start + 3).all(|k| self.byte(k).is_ascii_uppercase())
            && self.byte(start + 3).is_ascii_digit()
            && self
                .bytes
                .get(start..start + 3)
                .and_then(|code| lexicon().find(code))
                .is_some_and(|id| lexicon().class(id).has(Class::CURRENCY))
    }

    fn word(&mut self, start: usize) {
        /// The longest word, in bytes, whose curly apostrophes are folded for a lookup: no
        /// lexicon word is longer.
        const MAX_APOSTROPHE_WORD: usize = 48;
        let mut end = start;
        let mut flags = Flags::default();
        let mut upper = 0usize;
        let mut lower = 0usize;
        // Letters since the last inner dot, to recognise `U.S.` and `Ph.D.`.
        let mut run = 0usize;
        let mut dotted = false;
        let first_byte = self.byte(start);
        let first = if first_byte < 0x80 {
            Some(char::from(first_byte))
        } else {
            self.char_at(start)
        };
        if matches!(first, Some('@' | '#')) {
            end += 1;
        }
        let mut ascii = true;
        // The fast path: a run of ASCII letters and digits, the bulk of every text.
        while let Some(&b) = self.bytes.get(end) {
            match b {
                b'a'..=b'z' => lower += 1,
                b'A'..=b'Z' => upper += 1,
                b'0'..=b'9' => {
                    // `USD3.03`, `CHF50`: a currency code touching its amount is a word of its
                    // own, so the amount is read (other letters before digits stay one word:
                    // `G7`, `MP3`).
                    if end == start + 3 && upper == 3 && self.code_before_digits(start) {
                        break;
                    }
                    flags.set(Flags::DIGIT);
                }
                _ => break,
            }
            run += 1;
            end += 1;
        }
        let stop = self.byte(end);
        let mut special = stop >= 0x80 || matches!(stop, b'\'' | b'-' | b'.' | b'&');
        // Inner apostrophes, hyphens, dots and non-ASCII letters: the general path.
        while special {
            special = end < self.bytes.len();
            let b = self.byte(end);
            if b.is_ascii_alphabetic() {
                if b.is_ascii_uppercase() {
                    upper += 1;
                } else {
                    lower += 1;
                }
                run += 1;
                end += 1;
                continue;
            }
            if b.is_ascii_digit() {
                flags.set(Flags::DIGIT);
                run += 1;
                end += 1;
                continue;
            }
            if b >= 0x80 {
                match self.char_at(end) {
                    Some(c) if classify(c) == CharClass::Letter => {
                        ascii = false;
                        if c.is_uppercase() {
                            upper += 1;
                        } else if c.is_lowercase() {
                            lower += 1;
                        }
                        run += 1;
                        end += c.len_utf8();
                        continue;
                    }
                    // `Franc\u{327}ois`: a combining mark belongs to the letter before it.
                    // `FranÃ§ois`: UTF-8 read as Latin-1 writes a letter as `Ã` or `Â` (perhaps
                    // decomposed, `A` and a combining tilde) and a sign; the sign is part of the
                    // word.
                    Some(c @ '\u{300}'..='\u{36f}') => {
                        ascii = false;
                        end += c.len_utf8();
                        continue;
                    }
                    Some(c @ '\u{80}'..='\u{bf}')
                        if matches!(
                            self.char_before(end),
                            Some('Ã' | 'Â' | '\u{300}'..='\u{36f}')
                        ) =>
                    {
                        ascii = false;
                        run += 1;
                        end += c.len_utf8();
                        continue;
                    }
                    // A left mark between letters is a misused apostrophe (`Trump‘s`): a
                    // quote never opens inside a word.
                    Some('’' | '‘') => {
                        if self.inner_apostrophe(start, end, 3) {
                            // The possessive clitic is a token of its own.
                            if self.possessive_at(end, 3) {
                                break;
                            }
                            ascii = false;
                            end += 3;
                            run = 0;
                            continue;
                        }
                        break;
                    }
                    _ => break,
                }
            }
            match b {
                b'\'' if self.inner_apostrophe(start, end, 1) => {
                    if self.possessive_at(end, 1) {
                        break;
                    }
                    end += 1;
                    run = 0;
                }
                // `5k-20k`: a suffix touching digits ends at a hyphen before digits.
                b'-' if self.prev_is_word_or_number()
                    && self.out.last().is_some_and(|t| t.kind == Kind::Number)
                    && self.byte(end + 1).is_ascii_digit() =>
                {
                    break;
                }
                // `5-to-4`: a tally's `to` between hyphens stands apart from its digits.
                b'-' if self.byte(end + 1).is_ascii_digit()
                    && end == start + 2
                    && self
                        .text
                        .get(start..end)
                        .is_some_and(|w| w.eq_ignore_ascii_case("to"))
                    && self.out.last().is_some_and(|t| t.kind == Kind::Hyphen) =>
                {
                    break;
                }
                b'-' | b'&' if self.next_is_alnum(end + 1) => {
                    end += 1;
                    run = 0;
                }
                // `Shopping.com`, `lastminute.com`: a name with its web domain is one word.
                b'.' if !dotted && let Some(e) = self.domain_end(end) => {
                    end = e;
                    break;
                }
                b'.' if run <= 2 && run > 0 => {
                    // `U.S.`, `e.g.`, `a.m.`, `Ph.D.`: short letter runs joined by dots.
                    let next = self.byte(end + 1);
                    if next.is_ascii_alphabetic() && {
                        let mut k = end + 1;
                        while self.byte(k).is_ascii_alphabetic() && k < end + 4 {
                            k += 1;
                        }
                        self.byte(k) == b'.' && k - (end + 1) <= 2
                    } {
                        dotted = true;
                        end += 1;
                        run = 0;
                    } else if dotted {
                        // The final dot of `U.S.`.
                        end += 1;
                        break;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        if end == start {
            // Defensive: consume one character so the scan always advances.
            end = start + self.char_at(start).map_or(1, char::len_utf8);
        }
        if dotted {
            flags.set(Flags::DOTTED);
        }
        // Scripts without case (Arabic, Hebrew, Chinese) write names like any word: their
        // words count as capitalized, so names in them are found.
        if let Some(c) = first
            && (c.is_uppercase() || (!c.is_ascii() && !c.is_lowercase()))
        {
            flags.set(Flags::CAPITALIZED);
        }
        if upper >= 2 && lower == 0 {
            flags.set(Flags::ALL_CAPS);
        }
        // Web and e-mail addresses run to the next whitespace.
        if matches!(self.byte(end), b':' | b'.' | b'@')
            && let Some(url_end) = self.address_end(start, end)
        {
            return self.push(start, url_end, Kind::Url, flags, 0);
        }
        let lex = match self.text.get(start..end) {
            Some(w) if !dotted && ascii => {
                let mut lex = lexicon().find_in(self.bytes, start, end).unwrap_or(0);
                if lex == 0
                    && run != w.len()
                    && let Some((first, rest)) = w.split_once('-')
                {
                    let first_id = lexicon().find(first.as_bytes());
                    if first_id.is_some_and(|id| lexicon().class(id).has(Class::NUMBER)) {
                        flags.set(Flags::NUMBER_WORDS);
                    } else if first_id
                        .is_some_and(|id| lexicon().class(id).has(Class::NAME_PARTICLE))
                        && rest.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
                    {
                        // `Ghazi al-Gosaibi`, `Osama bin-Laden`: a particle joined to a
                        // capitalized part is a name word.
                        flags.set(Flags::CAPITALIZED);
                    } else if ["co", "vice", "ex", "deputy", "under"]
                        .iter()
                        .any(|p| first.eq_ignore_ascii_case(p))
                        && let Some(id) = lexicon().find(rest.as_bytes())
                        && lexicon()
                            .class(id)
                            .has(Class::TITLE.with(Class::PERSON_NOUN))
                    {
                        // `co-chairman`, `ex-minister`: a role with a prefix is the role.
                        lex = id;
                    }
                }
                lex
            }
            // `don’t`, `O’Brien`: a word whose only non-ASCII characters are right single
            // marks used as apostrophes is looked up as written with `'`.
            Some(w) if !dotted && w.len() <= MAX_APOSTROPHE_WORD => {
                let mut buf = [0u8; MAX_APOSTROPHE_WORD];
                let mut n = 0;
                let mut plain = true;
                for c in w.chars() {
                    let c = if c == '’' { '\'' } else { c };
                    match (c.is_ascii(), buf.get_mut(n)) {
                        (true, Some(b)) => {
                            *b = c as u8;
                            n += 1;
                        }
                        _ => {
                            plain = false;
                            break;
                        }
                    }
                }
                if plain {
                    lexicon()
                        .find(buf.get(..n).unwrap_or_default())
                        .unwrap_or(0)
                } else {
                    0
                }
            }
            _ => 0,
        };
        self.push(start, end, Kind::Word, flags, lex);
        self.clitic(end);
    }

    /// The possessive clitic `'s` (or `’s`) right at `end`, as a token of its own.
    #[inline]
    fn clitic(&mut self, end: usize) {
        match self.byte(end) {
            b'\'' if self.possessive_at(end, 1) => {
                self.push(end, end + 2, Kind::Possessive, Flags::default(), 0);
            }
            0xE2 if self.possessive_at(end, 3) => {
                self.push(end, end + 4, Kind::Possessive, Flags::default(), 0);
            }
            _ => {}
        }
    }

    /// Whether an apostrophe of `len` bytes at `at` sits between two letters of a word.
    fn inner_apostrophe(&self, start: usize, at: usize, len: usize) -> bool {
        at > start
            && self.char_before(at).is_some_and(char::is_alphabetic)
            && self.char_at(at + len).is_some_and(char::is_alphabetic)
    }

    /// Whether `'s` (apostrophe of `len` bytes) stands at `at` and ends there.
    fn possessive_at(&self, at: usize, len: usize) -> bool {
        let apostrophe = if len == 1 {
            self.byte(at) == b'\''
        } else {
            self.text
                .get(at..)
                .is_some_and(|r| r.starts_with(['’', '‘']))
        };
        apostrophe
            && matches!(self.byte(at + len), b's' | b'S')
            && !self
                .char_at(at + len + 1)
                .is_some_and(|c| c.is_alphanumeric())
    }

    fn next_is_alnum(&self, at: usize) -> bool {
        self.char_at(at).is_some_and(char::is_alphanumeric)
    }

    /// Where a web or e-mail address that starts at `start` ends, if the word `start..end`
    /// opens one.
    fn address_end(&self, start: usize, end: usize) -> Option<usize> {
        let rest = self.text.get(end..)?;
        let word = self.text.get(start..end)?;
        let is_address = rest.starts_with("://")
            || (word.eq_ignore_ascii_case("www") && rest.starts_with('.'))
            || (rest.starts_with('@') && self.byte(end + 1).is_ascii_alphanumeric());
        if !is_address {
            return None;
        }
        let mut stop = end;
        for (i, c) in rest.char_indices() {
            if c.is_whitespace() || matches!(c, '"' | '“' | '”' | '<' | '>') {
                break;
            }
            stop = end + i + c.len_utf8();
        }
        // Trailing punctuation belongs to the sentence.
        while stop > end
            && matches!(
                self.byte(stop - 1),
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b'\''
            )
        {
            stop -= 1;
        }
        Some(stop)
    }

    /// One past a web domain's ending at the dot `dot` (`.com`, `.co.uk`), when no letter or
    /// digit follows it. Kept out of line: inlined, it slowed the word scanner's main loop.
    #[inline(never)]
    fn domain_end(&self, dot: usize) -> Option<usize> {
        const DOMAINS: [&[u8]; 5] = [b".com", b".co.uk", b".net", b".org", b".org.uk"];
        let rest = self.bytes.get(dot..)?;
        DOMAINS
            .iter()
            .filter(|d| rest.starts_with(d))
            .map(|d| dot + d.len())
            .filter(|&e| !self.byte(e).is_ascii_alphanumeric())
            .max()
    }

    /// Whether exactly three ASCII digits stand at `at`, and no fourth.
    fn three_digits(&self, at: usize) -> bool {
        (at..at + 3).all(|k| self.byte(k).is_ascii_digit()) && !self.byte(at + 3).is_ascii_digit()
    }

    /// The length of a no-break or thin space at `at` that sits between digit groups, when
    /// three digits follow it.
    fn group_space(&self, at: usize, group_start: usize) -> Option<usize> {
        let c = self.char_at(at)?;
        let len = c.len_utf8();
        match c {
            '\u{A0}' | '\u{202F}' | '\u{2009}' => {}
            // A plain space joins only a first group of one to three digits: `40 000`, never
            // `2019 300`.
            ' ' if at - group_start <= 3 || self.byte(at.wrapping_sub(4)) == b' ' => {}
            _ => return None,
        }
        // The next group is exactly three digits, and neither a word nor another comma group
        // follows it (`May 5 300,000` is a date and a number); decimals may (`1 234 567.89`).
        let after = at + len + 3;
        let comma_group = self.byte(after) == b',' && self.byte(after + 1).is_ascii_digit();
        (self.three_digits(at + len) && !comma_group && !self.byte(after).is_ascii_alphabetic())
            .then_some(len)
    }

    /// A numeral at `start`: digits, joined by `,` `.` `:` `/` when a digit follows each.
    fn number(&mut self, start: usize) {
        let mut end = start;
        loop {
            let b = self.byte(end);
            if b.is_ascii_digit() {
                end += 1;
            } else if matches!(b, b',' | b'.' | b':' | b'/' | b'\'')
                && self.byte(end + 1).is_ascii_digit()
                && (b != b'\'' || self.three_digits(end + 1))
            {
                // `5'000` (Swiss grouping) joins like `5,000`; the number grammar reads it.
                end += 2;
            } else if let Some(gap) = self.group_space(end, start) {
                // `5 000 000` with no-break or thin spaces: one numeral, read as ambiguous.
                end += gap;
            } else {
                break;
            }
        }
        // `1.5e6`, `-12e-1`: an exponent, when digits follow the `e` (and its sign).
        if end > start && matches!(self.byte(end), b'e' | b'E') {
            let sign = usize::from(matches!(self.byte(end + 1), b'+' | b'-'));
            let mut k = end + 1 + sign;
            while self.byte(k).is_ascii_digit() && k < end + 5 + sign {
                k += 1;
            }
            if k > end + 1 + sign && !self.byte(k).is_ascii_alphanumeric() {
                end = k;
            }
        }
        if end == start {
            // Defensive: a non-ASCII digit is read as one character.
            end = start + self.char_at(start).map_or(1, char::len_utf8);
        }
        self.push(start, end, Kind::Number, Flags::default(), 0);
        // `Radio 4's`, `the 1990's`: the clitic after digits is no quote mark.
        self.clitic(end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, &str)> {
        let mut out = Vec::new();
        tokenize(text, &mut out, &mut TokenIndex::default());
        out.iter().map(|t| (t.kind, t.text(text))).collect()
    }

    #[test]
    fn a_token_is_sixteen_bytes() {
        assert_eq!(std::mem::size_of::<Token>(), 16);
    }

    #[test]
    fn words_numbers_and_punctuation() {
        assert_eq!(
            kinds("Ma said 13,000 cases."),
            vec![
                (Kind::Word, "Ma"),
                (Kind::Word, "said"),
                (Kind::Number, "13,000"),
                (Kind::Word, "cases"),
                (Kind::Period, "."),
            ]
        );
    }

    #[test]
    fn abbreviations_with_inner_dots_are_one_word() {
        assert_eq!(
            kinds("U.S. officials, e.g. Dr. Doe"),
            vec![
                (Kind::Word, "U.S."),
                (Kind::Word, "officials"),
                (Kind::Comma, ","),
                (Kind::Word, "e.g."),
                (Kind::Word, "Dr"),
                (Kind::Period, "."),
                (Kind::Word, "Doe"),
            ]
        );
    }

    #[test]
    fn a_possessive_after_digits_is_no_quote_mark() {
        assert_eq!(
            kinds("Radio 9's show, the 1980’s"),
            vec![
                (Kind::Word, "Radio"),
                (Kind::Number, "9"),
                (Kind::Possessive, "'s"),
                (Kind::Word, "show"),
                (Kind::Comma, ","),
                (Kind::Word, "the"),
                (Kind::Number, "1980"),
                (Kind::Possessive, "’s"),
            ]
        );
    }

    #[test]
    fn a_letter_written_twice_encoded_stays_in_its_word() {
        assert_eq!(
            kinds("FranÃ§ois FranÃ\u{83}Â§ois FranA\u{303}\u{83}A\u{302}§ois Franc\u{327}ois said"),
            vec![
                (Kind::Word, "FranÃ§ois"),
                (Kind::Word, "FranÃ\u{83}Â§ois"),
                (Kind::Word, "FranA\u{303}\u{83}A\u{302}§ois"),
                (Kind::Word, "Franc\u{327}ois"),
                (Kind::Word, "said"),
            ]
        );
    }

    #[test]
    fn three_apostrophes_after_a_word_close_a_single_then_a_double_mark() {
        assert_eq!(
            kinds("''I said 'no,''' he said"),
            vec![
                (Kind::Quote(Mark::Straight), "''"),
                (Kind::Word, "I"),
                (Kind::Word, "said"),
                (Kind::Quote(Mark::StraightSingle), "'"),
                (Kind::Word, "no"),
                (Kind::Comma, ","),
                (Kind::Quote(Mark::StraightSingle), "'"),
                (Kind::Quote(Mark::Straight), "''"),
                (Kind::Word, "he"),
                (Kind::Word, "said"),
            ]
        );
    }

    #[test]
    fn a_curly_apostrophe_finds_the_word_written_with_a_straight_one() {
        let lex = |text: &str| {
            let mut out = Vec::new();
            tokenize(text, &mut out, &mut TokenIndex::default());
            out.first().map(|t| t.lex)
        };
        assert_ne!(lex("don't"), Some(0));
        assert_eq!(lex("don’t"), lex("don't"));
        assert_eq!(lex("Zürich"), Some(0));
    }

    #[test]
    fn apostrophes_inside_words_and_possessives() {
        assert_eq!(
            kinds("don’t China's O'Neill dogs' '90s"),
            vec![
                (Kind::Word, "don’t"),
                (Kind::Word, "China"),
                (Kind::Possessive, "'s"),
                (Kind::Word, "O'Neill"),
                (Kind::Word, "dogs"),
                (Kind::Quote(Mark::StraightSingle), "'"),
                (Kind::Apostrophe, "'"),
                (Kind::Number, "90"),
                (Kind::Word, "s"),
            ]
        );
        assert_eq!(
            kinds("rock 'n' roll"),
            vec![
                (Kind::Word, "rock"),
                (Kind::Word, "'n'"),
                (Kind::Word, "roll")
            ]
        );
        // A left mark misused as an apostrophe inside a word opens no quote.
        assert_eq!(
            kinds("Trump\u{2018}s rock\u{2018}n ‘yes’"),
            vec![
                (Kind::Word, "Trump"),
                (Kind::Possessive, "\u{2018}s"),
                (Kind::Word, "rock\u{2018}n"),
                (Kind::Quote(Mark::LeftSingle), "‘"),
                (Kind::Word, "yes"),
                (Kind::Quote(Mark::RightSingle), "’"),
            ]
        );
    }

    #[test]
    fn quote_marks_and_dashes() {
        assert_eq!(
            kinds("“Go,” she said — «oui» - x-ray -5"),
            vec![
                (Kind::Quote(Mark::LeftDouble), "“"),
                (Kind::Word, "Go"),
                (Kind::Comma, ","),
                (Kind::Quote(Mark::RightDouble), "”"),
                (Kind::Word, "she"),
                (Kind::Word, "said"),
                (Kind::Dash, "—"),
                (Kind::Quote(Mark::LeftGuillemet), "«"),
                (Kind::Word, "oui"),
                (Kind::Quote(Mark::RightGuillemet), "»"),
                (Kind::Dash, "-"),
                (Kind::Word, "x-ray"),
                (Kind::Hyphen, "-"),
                (Kind::Number, "5"),
            ]
        );
    }

    #[test]
    fn digit_groups_join_across_spaces() {
        let numbers = |text: &'static str| -> Vec<&'static str> {
            kinds(text)
                .into_iter()
                .filter(|(k, _)| *k == Kind::Number)
                .map(|(_, t)| t)
                .collect()
        };
        assert_eq!(numbers("1 234 567.89 m"), vec!["1 234 567.89"]);
        assert_eq!(numbers("1\u{202F}234.5"), vec!["1\u{202F}234.5"]);
        // A full stop after the last group ends the sentence; a word after it is no group.
        assert_eq!(numbers("It cost 40 000. Then"), vec!["40 000"]);
        assert_eq!(numbers("in 2019 300 people"), vec!["2019", "300"]);
        assert_eq!(numbers("40 000, he said"), vec!["40 000"]);
        assert_eq!(numbers("May 5 300,000 people"), vec!["5", "300,000"]);
    }

    #[test]
    fn line_breaks_are_flags() {
        let text = "A\nB\r\n\r\nC\u{2029}D";
        let mut out = Vec::new();
        tokenize(text, &mut out, &mut TokenIndex::default());
        let flags: Vec<(bool, bool)> = out
            .iter()
            .map(|t| (t.has(Flags::LINE), t.has(Flags::BLANK)))
            .collect();
        assert_eq!(
            flags,
            vec![(false, false), (true, false), (true, true), (true, true)]
        );
    }

    #[test]
    fn addresses_are_one_token() {
        assert_eq!(
            kinds("see https://x.com/a/1.5.2?q=1. Or mail a@b.org"),
            vec![
                (Kind::Word, "see"),
                (Kind::Url, "https://x.com/a/1.5.2?q=1"),
                (Kind::Period, "."),
                (Kind::Word, "Or"),
                (Kind::Word, "mail"),
                (Kind::Url, "a@b.org"),
            ]
        );
        // A name with its web domain is one word; a sentence may end after it.
        assert_eq!(
            kinds("Shopping.com, Plus.net and Argos.co.uk. Flickr.community"),
            vec![
                (Kind::Word, "Shopping.com"),
                (Kind::Comma, ","),
                (Kind::Word, "Plus.net"),
                (Kind::Word, "and"),
                (Kind::Word, "Argos.co.uk"),
                (Kind::Period, "."),
                (Kind::Word, "Flickr"),
                (Kind::Period, "."),
                (Kind::Word, "community"),
            ]
        );
    }

    #[test]
    fn every_byte_outside_whitespace_is_in_a_token() {
        let text = "\u{FEFF}“x” ‘y’ 3/4 a.m. ‽ é\u{301} 👨‍👩‍👧 \0";
        let mut out = Vec::new();
        tokenize(text, &mut out, &mut TokenIndex::default());
        let mut covered = vec![false; text.len()];
        for t in &out {
            assert!(text.is_char_boundary(t.start as usize));
            assert!(text.is_char_boundary(t.end as usize));
            for c in covered
                .iter_mut()
                .take(t.end as usize)
                .skip(t.start as usize)
            {
                *c = true;
            }
        }
        for (i, c) in text.char_indices() {
            if !c.is_whitespace() && c != '\u{FEFF}' {
                assert!(covered[i], "{c:?} at {i} is in no token");
            }
        }
    }
}
