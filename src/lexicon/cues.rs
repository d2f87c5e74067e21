//! Reporting verbs: the words that introduce what someone said, wrote, asked, believes or found.
//!
//! One row a verb: its base form, third person singular, past (simple; the participle is listed
//! apart where it differs), present participle, and its kind. Rows are sorted by base form.
//! Statements come from speech, writing and question cues; belief and evidence cues make
//! attributions of their own kind.

use crate::model::CueKind;

/// A reporting verb in all its inflections: base, third person singular, past, past participle,
/// present participle.
pub(crate) struct CueVerb {
    pub forms: [&'static str; 5],
    pub kind: CueKind,
}

const fn verb(forms: [&'static str; 5], kind: CueKind) -> CueVerb {
    CueVerb { forms, kind }
}

use CueKind::{Belief, Evidence, Question, Speech, Writing};

/// The reporting verbs, sorted by base form.
#[rustfmt::skip]
pub(crate) const CUE_VERBS: &[CueVerb] = &[
    verb(["accept", "accepts", "accepted", "accepted", "accepting"], Belief),
    verb(["accuse", "accuses", "accused", "accused", "accusing"], Speech),
    verb(["acknowledge", "acknowledges", "acknowledged", "acknowledged", "acknowledging"], Speech),
    verb(["add", "adds", "added", "added", "adding"], Speech),
    verb(["admit", "admits", "admitted", "admitted", "admitting"], Speech),
    verb(["advise", "advises", "advised", "advised", "advising"], Speech),
    verb(["agree", "agrees", "agreed", "agreed", "agreeing"], Belief),
    verb(["allege", "alleges", "alleged", "alleged", "alleging"], Speech),
    verb(["announce", "announces", "announced", "announced", "announcing"], Speech),
    verb(["answer", "answers", "answered", "answered", "answering"], Speech),
    verb(["appear", "appears", "appeared", "appeared", "appearing"], Evidence),
    verb(["argue", "argues", "argued", "argued", "arguing"], Speech),
    verb(["ask", "asks", "asked", "asked", "asking"], Question),
    verb(["assert", "asserts", "asserted", "asserted", "asserting"], Speech),
    verb(["assure", "assures", "assured", "assured", "assuring"], Speech),
    verb(["beg", "begs", "begged", "begged", "begging"], Speech),
    verb(["believe", "believes", "believed", "believed", "believing"], Belief),
    verb(["blame", "blames", "blamed", "blamed", "blaming"], Speech),
    verb(["blast", "blasts", "blasted", "blasted", "blasting"], Speech),
    verb(["blog", "blogs", "blogged", "blogged", "blogging"], Writing),
    verb(["boast", "boasts", "boasted", "boasted", "boasting"], Speech),
    verb(["brag", "brags", "bragged", "bragged", "bragging"], Speech),
    verb(["brand", "brands", "branded", "branded", "branding"], Speech),
    verb(["call", "calls", "called", "called", "calling"], Speech),
    verb(["caution", "cautions", "cautioned", "cautioned", "cautioning"], Speech),
    verb(["charge", "charges", "charged", "charged", "charging"], Speech),
    verb(["chide", "chides", "chided", "chided", "chiding"], Speech),
    verb(["cite", "cites", "cited", "cited", "citing"], Evidence),
    verb(["claim", "claims", "claimed", "claimed", "claiming"], Speech),
    verb(["comment", "comments", "commented", "commented", "commenting"], Speech),
    verb(["complain", "complains", "complained", "complained", "complaining"], Speech),
    verb(["concede", "concedes", "conceded", "conceded", "conceding"], Speech),
    verb(["conclude", "concludes", "concluded", "concluded", "concluding"], Belief),
    verb(["concur", "concurs", "concurred", "concurred", "concurring"], Belief),
    verb(["condemn", "condemns", "condemned", "condemned", "condemning"], Speech),
    verb(["confess", "confesses", "confessed", "confessed", "confessing"], Speech),
    verb(["confide", "confides", "confided", "confided", "confiding"], Speech),
    verb(["confirm", "confirms", "confirmed", "confirmed", "confirming"], Speech),
    verb(["consider", "considers", "considered", "considered", "considering"], Belief),
    verb(["contend", "contends", "contended", "contended", "contending"], Speech),
    verb(["continue", "continues", "continued", "continued", "continuing"], Speech),
    verb(["counter", "counters", "countered", "countered", "countering"], Speech),
    verb(["criticise", "criticises", "criticised", "criticised", "criticising"], Speech),
    verb(["criticize", "criticizes", "criticized", "criticized", "criticizing"], Speech),
    verb(["decide", "decides", "decided", "decided", "deciding"], Belief),
    verb(["declare", "declares", "declared", "declared", "declaring"], Speech),
    verb(["decline", "declines", "declined", "declined", "declining"], Belief),
    verb(["decry", "decries", "decried", "decried", "decrying"], Speech),
    verb(["defend", "defends", "defended", "defended", "defending"], Belief),
    verb(["demand", "demands", "demanded", "demanded", "demanding"], Speech),
    verb(["demonstrate", "demonstrates", "demonstrated", "demonstrated", "demonstrating"], Evidence),
    verb(["denounce", "denounces", "denounced", "denounced", "denouncing"], Speech),
    verb(["deny", "denies", "denied", "denied", "denying"], Speech),
    verb(["describe", "describes", "described", "described", "describing"], Speech),
    verb(["disclose", "discloses", "disclosed", "disclosed", "disclosing"], Speech),
    verb(["discover", "discovers", "discovered", "discovered", "discovering"], Evidence),
    verb(["dismiss", "dismisses", "dismissed", "dismissed", "dismissing"], Belief),
    verb(["doubt", "doubts", "doubted", "doubted", "doubting"], Belief),
    verb(["emphasise", "emphasises", "emphasised", "emphasised", "emphasising"], Speech),
    verb(["emphasize", "emphasizes", "emphasized", "emphasized", "emphasizing"], Speech),
    verb(["endorse", "endorses", "endorsed", "endorsed", "endorsing"], Belief),
    verb(["enthuse", "enthuses", "enthused", "enthused", "enthusing"], Speech),
    verb(["estimate", "estimates", "estimated", "estimated", "estimating"], Evidence),
    verb(["exclaim", "exclaims", "exclaimed", "exclaimed", "exclaiming"], Speech),
    verb(["expect", "expects", "expected", "expected", "expecting"], Belief),
    verb(["explain", "explains", "explained", "explained", "explaining"], Speech),
    verb(["express", "expresses", "expressed", "expressed", "expressing"], Belief),
    verb(["favor", "favors", "favored", "favored", "favoring"], Belief),
    verb(["favour", "favours", "favoured", "favoured", "favouring"], Belief),
    verb(["fear", "fears", "feared", "feared", "fearing"], Belief),
    verb(["feel", "feels", "felt", "felt", "feeling"], Belief),
    verb(["find", "finds", "found", "found", "finding"], Evidence),
    verb(["forecast", "forecasts", "forecast", "forecast", "forecasting"], Speech),
    verb(["grumble", "grumbles", "grumbled", "grumbled", "grumbling"], Speech),
    verb(["gush", "gushes", "gushed", "gushed", "gushing"], Speech),
    verb(["hope", "hopes", "hoped", "hoped", "hoping"], Belief),
    verb(["implore", "implores", "implored", "implored", "imploring"], Speech),
    verb(["indicate", "indicates", "indicated", "indicated", "indicating"], Evidence),
    verb(["inform", "informs", "informed", "informed", "informing"], Speech),
    verb(["inquire", "inquires", "inquired", "inquired", "inquiring"], Question),
    verb(["insist", "insists", "insisted", "insisted", "insisting"], Speech),
    verb(["instruct", "instructs", "instructed", "instructed", "instructing"], Speech),
    verb(["intend", "intends", "intended", "intended", "intending"], Belief),
    verb(["joke", "jokes", "joked", "joked", "joking"], Speech),
    verb(["know", "knows", "knew", "known", "knowing"], Belief),
    verb(["label", "labels", "labelled", "labelled", "labelling"], Speech),
    verb(["lament", "laments", "lamented", "lamented", "lamenting"], Speech),
    verb(["learn", "learns", "learned", "learned", "learning"], Evidence),
    verb(["maintain", "maintains", "maintained", "maintained", "maintaining"], Speech),
    verb(["make", "makes", "made", "made", "making"], Evidence),
    verb(["marvel", "marvels", "marvelled", "marvelled", "marvelling"], Speech),
    verb(["mention", "mentions", "mentioned", "mentioned", "mentioning"], Speech),
    verb(["muse", "muses", "mused", "mused", "musing"], Speech),
    verb(["mutter", "mutters", "muttered", "muttered", "muttering"], Speech),
    verb(["note", "notes", "noted", "noted", "noting"], Speech),
    verb(["object", "objects", "objected", "objected", "objecting"], Speech),
    verb(["observe", "observes", "observed", "observed", "observing"], Speech),
    verb(["offer", "offers", "offered", "offered", "offering"], Speech),
    verb(["opine", "opines", "opined", "opined", "opining"], Speech),
    verb(["oppose", "opposes", "opposed", "opposed", "opposing"], Belief),
    verb(["plan", "plans", "planned", "planned", "planning"], Belief),
    verb(["plead", "pleads", "pleaded", "pleaded", "pleading"], Speech),
    verb(["pledge", "pledges", "pledged", "pledged", "pledging"], Speech),
    verb(["point", "points", "pointed", "pointed", "pointing"], Speech),
    verb(["praise", "praises", "praised", "praised", "praising"], Speech),
    verb(["predict", "predicts", "predicted", "predicted", "predicting"], Speech),
    verb(["prefer", "prefers", "preferred", "preferred", "preferring"], Belief),
    verb(["proclaim", "proclaims", "proclaimed", "proclaimed", "proclaiming"], Speech),
    verb(["promise", "promises", "promised", "promised", "promising"], Speech),
    verb(["propose", "proposes", "proposed", "proposed", "proposing"], Speech),
    verb(["protest", "protests", "protested", "protested", "protesting"], Speech),
    verb(["prove", "proves", "proved", "proven", "proving"], Evidence),
    verb(["publish", "publishes", "published", "published", "publishing"], Writing),
    verb(["query", "queries", "queried", "queried", "querying"], Question),
    verb(["question", "questions", "questioned", "questioned", "questioning"], Question),
    verb(["quip", "quips", "quipped", "quipped", "quipping"], Speech),
    verb(["quote", "quotes", "quoted", "quoted", "quoting"], Speech),
    verb(["raise", "raises", "raised", "raised", "raising"], Belief),
    verb(["realise", "realises", "realised", "realised", "realising"], Belief),
    verb(["realize", "realizes", "realized", "realized", "realizing"], Belief),
    verb(["recall", "recalls", "recalled", "recalled", "recalling"], Speech),
    verb(["reckon", "reckons", "reckoned", "reckoned", "reckoning"], Belief),
    verb(["recognise", "recognises", "recognised", "recognised", "recognising"], Belief),
    verb(["recognize", "recognizes", "recognized", "recognized", "recognizing"], Belief),
    verb(["recount", "recounts", "recounted", "recounted", "recounting"], Speech),
    verb(["refuse", "refuses", "refused", "refused", "refusing"], Belief),
    verb(["reiterate", "reiterates", "reiterated", "reiterated", "reiterating"], Speech),
    verb(["remark", "remarks", "remarked", "remarked", "remarking"], Speech),
    verb(["remind", "reminds", "reminded", "reminded", "reminding"], Speech),
    verb(["repeat", "repeats", "repeated", "repeated", "repeating"], Speech),
    verb(["reply", "replies", "replied", "replied", "replying"], Speech),
    verb(["report", "reports", "reported", "reported", "reporting"], Speech),
    verb(["respond", "responds", "responded", "responded", "responding"], Speech),
    verb(["retort", "retorts", "retorted", "retorted", "retorting"], Speech),
    verb(["reveal", "reveals", "revealed", "revealed", "revealing"], Speech),
    verb(["say", "says", "said", "said", "saying"], Speech),
    verb(["scoff", "scoffs", "scoffed", "scoffed", "scoffing"], Speech),
    verb(["scream", "screams", "screamed", "screamed", "screaming"], Speech),
    verb(["see", "sees", "saw", "seen", "seeing"], Belief),
    verb(["seek", "seeks", "sought", "sought", "seeking"], Belief),
    verb(["seem", "seems", "seemed", "seemed", "seeming"], Evidence),
    verb(["shout", "shouts", "shouted", "shouted", "shouting"], Speech),
    verb(["show", "shows", "showed", "shown", "showing"], Evidence),
    verb(["slam", "slams", "slammed", "slammed", "slamming"], Speech),
    verb(["speculate", "speculates", "speculated", "speculated", "speculating"], Speech),
    verb(["state", "states", "stated", "stated", "stating"], Speech),
    verb(["stress", "stresses", "stressed", "stressed", "stressing"], Speech),
    verb(["suggest", "suggests", "suggested", "suggested", "suggesting"], Speech),
    verb(["support", "supports", "supported", "supported", "supporting"], Belief),
    verb(["suppose", "supposes", "supposed", "supposed", "supposing"], Belief),
    verb(["suspect", "suspects", "suspected", "suspected", "suspecting"], Belief),
    verb(["swear", "swears", "swore", "sworn", "swearing"], Speech),
    verb(["tell", "tells", "told", "told", "telling"], Speech),
    verb(["testify", "testifies", "testified", "testified", "testifying"], Speech),
    verb(["think", "thinks", "thought", "thought", "thinking"], Belief),
    verb(["threaten", "threatens", "threatened", "threatened", "threatening"], Speech),
    verb(["tweet", "tweets", "tweeted", "tweeted", "tweeting"], Writing),
    verb(["underline", "underlines", "underlined", "underlined", "underlining"], Speech),
    verb(["urge", "urges", "urged", "urged", "urging"], Speech),
    verb(["voice", "voices", "voiced", "voiced", "voicing"], Belief),
    verb(["vow", "vows", "vowed", "vowed", "vowing"], Speech),
    verb(["want", "wants", "wanted", "wanted", "wanting"], Belief),
    verb(["warn", "warns", "warned", "warned", "warning"], Speech),
    verb(["whisper", "whispers", "whispered", "whispered", "whispering"], Speech),
    verb(["wonder", "wonders", "wondered", "wondered", "wondering"], Question),
    verb(["worry", "worries", "worried", "worried", "worrying"], Belief),
    verb(["write", "writes", "wrote", "written", "writing"], Writing),
    verb(["yell", "yells", "yelled", "yelled", "yelling"], Speech),
];

/// Verbs that only report speech when a clause or quote follows them directly; alone they are
/// too often something else (`found a job`, `showed up`, `continued to fight`). The attribution
/// rules ask for a `that`-clause, a colon or a quote after these.
#[rustfmt::skip]
pub(crate) const NEEDS_CLAUSE: &[&str] = &[
    "accept", "accuse", "advise", "agree", "answer", "beg", "blame", "blast", "brag", "brand",
    "call", "charge", "chide", "cite", "condemn", "confess", "consider", "continue",
    "criticise", "criticize", "decide", "decline", "decry", "defend", "demand", "demonstrate",
    "denounce", "describe", "discover", "dismiss", "emphasise", "emphasize", "endorse",
    "estimate", "expect", "favor", "favour", "fear", "feel", "find", "forecast", "gush", "hope",
    "implore", "indicate", "inform", "instruct", "intend", "know", "label", "learn", "maintain",
    "make",
    "marvel", "mention", "muse", "object", "offer", "oppose", "plan", "plead", "pledge",
    "point", "praise", "prefer", "promise", "propose", "protest", "prove", "publish",
    "question", "realise", "realize", "recall", "recognise", "recognize", "recount", "refuse",
    "reiterate", "remind", "repeat", "report", "scream", "see", "seek", "show", "slam", "state",
    "stress", "support", "suppose", "threaten", "urge", "want", "worry", "yell",
];

/// Verbs that report only with their particle right after them, or after `it`: `pointed out
/// that ...`, `made it clear that ...` (and never `pointed to the polls`, `at one point`,
/// `made a loss`). Sorted by verb.
pub(crate) const PARTICLES: &[(&str, &str)] = &[("make", "clear"), ("point", "out")];

/// Verbs that cite evidence with a particle other than their own: `pointed to the polls`,
/// `points to his record`. The object after the particle is what is cited. Sorted by verb.
pub(crate) const CITING_PARTICLES: &[(&str, &str)] = &[("point", "to")];

/// The attitudes a speaker may express or voice: `expressed concern that ...`, `voiced
/// support for ...`. Sorted.
const ATTITUDES: &[&str] = &[
    "alarm",
    "anger",
    "concern",
    "concerns",
    "confidence",
    "disappointment",
    "dismay",
    "displeasure",
    "doubt",
    "doubts",
    "enthusiasm",
    "fear",
    "fears",
    "frustration",
    "hope",
    "hopes",
    "opposition",
    "optimism",
    "outrage",
    "regret",
    "reservations",
    "scepticism",
    "skepticism",
    "support",
    "surprise",
    "sympathy",
    "worries",
];

/// What may be raised: `raised concerns that ...`, `raised questions about ...`. Sorted.
const RAISED: &[&str] = &["concerns", "doubts", "fears", "questions", "worries"];

/// Verbs that report only with an attitude as their object (`expressed concern that ...`,
/// `voiced support for ...`, `raised questions about ...`), and the attitudes each takes; what
/// follows the attitude (a clause, or a phrase after `about`, `for`, `over`) is the content.
/// Sorted by verb.
pub(crate) const EXPRESSIVE: &[(&str, &[&str])] = &[
    ("express", ATTITUDES),
    ("raise", RAISED),
    ("voice", ATTITUDES),
];

/// The attitudes the verb of lemma `lemma` reports with, if it reports only with one.
pub(crate) fn attitudes_of(lemma: &str) -> Option<&'static [&'static str]> {
    of_verb(EXPRESSIVE, lemma)
}

/// The particle with which the verb of lemma `lemma` cites evidence, if any: `to` for
/// `point`.
pub(crate) fn citing_particle_of(lemma: &str) -> Option<&'static str> {
    of_verb(CITING_PARTICLES, lemma)
}

/// The particle the verb of lemma `lemma` reports with, if it needs one: `out` for `point`.
pub(crate) fn particle_of(lemma: &str) -> Option<&'static str> {
    of_verb(PARTICLES, lemma)
}

/// What a table of verbs, sorted by verb, holds for the verb of lemma `lemma`.
fn of_verb<T: Copy>(table: &[(&str, T)], lemma: &str) -> Option<T> {
    table
        .binary_search_by(|(verb, _)| (*verb).cmp(lemma))
        .ok()
        .and_then(|k| table.get(k))
        .map(|(_, x)| *x)
}

/// Verbs whose object and its complement say what was said, without a clause: `accused the
/// FDIC of a cover-up`, `called the plan a disaster`, `described him as a visionary`,
/// `criticized the state for its gun laws`; and the stances `endorsed Clinton`, `supports the
/// bill`, `opposed the deal`. Verbs of action on an object (`proposed a plan`, `defended his
/// record`) are not among them. Sorted.
pub(crate) const TAKES_OBJECT: &[&str] = &[
    "accuse",
    "blast",
    "call",
    "cite",
    "condemn",
    "criticise",
    "criticize",
    "decry",
    "defend",
    "denounce",
    "describe",
    "dismiss",
    "endorse",
    "favor",
    "favour",
    "mention",
    "oppose",
    "praise",
    "promise",
    "report",
    "see",
    "slam",
    "stress",
    "support",
];

/// Verbs of attack whose object is a stance's target only when it names a person or a body
/// (`blasted Rubio`, `slammed the ministry for its silence`): of a thing they tell a deed
/// (`blasted the ball over the bar`, `slammed his racket down`). Sorted; each also takes an
/// object.
pub(crate) const TARGET_ONLY: &[&str] = &["blast", "condemn", "decry", "denounce", "slam"];

/// What is won or taken, the object of a verb that also reports (`claimed the title`,
/// `claimed a draw`; but `claimed Labour had lied`, and `claimed responsibility for the
/// attack` or `claimed credit for it` report a stance). Sorted.
pub(crate) const PRIZES: &[&str] = &[
    "award", "awards", "break", "bronze", "crown", "cup", "draw", "gold", "honours", "lead",
    "life", "lives", "medal", "medals", "place", "point", "points", "prize", "record", "set",
    "silver", "slam", "spot", "title", "titles", "trophy", "victim", "victims", "victory", "win",
    "wins",
];

/// Writings that hold what their writer says, so that writing one reports it (`wrote a letter
/// to the council`, `wrote a lashing dissent`), where writing a song or a program makes a
/// thing. Sorted.
pub(crate) const DOCUMENTS: &[&str] = &[
    "article",
    "articles",
    "assessment",
    "column",
    "columns",
    "dissent",
    "editorial",
    "email",
    "emails",
    "essay",
    "essays",
    "letter",
    "letters",
    "memo",
    "memoir",
    "memos",
    "note",
    "notes",
    "op-ed",
    "opinion",
    "piece",
    "post",
    "posts",
    "report",
    "reports",
    "review",
    "statement",
    "tweet",
    "tweets",
];

/// The documents of counted opinion that stand behind a clause named in an `in` phrase (`in
/// a new Post-ABC poll`, `in most surveys`). Sorted.
pub(crate) const POLLS: &[&str] = &["poll", "polls", "survey", "surveys"];

/// Verbs that report a wish, plan or promise with `to` and a verb: `vowed to build a wall`,
/// `declined to comment`, `plans to run`. Sorted.
pub(crate) const TAKES_INFINITIVE: &[&str] = &[
    "decide", "decline", "hope", "intend", "plan", "pledge", "promise", "refuse", "seek",
    "threaten", "vow", "want",
];

/// Beliefs and findings that attribute only a clause, never a plain object: `proved that ...`
/// but `proved popular`, `learned that ...` but `learned the trade`, `accepted the offer`.
/// Sorted.
pub(crate) const CLAUSE_ONLY: &[&str] = &[
    "accept",
    "discover",
    "learn",
    "prove",
    "realise",
    "realize",
    "recognise",
    "recognize",
];

/// Verbs whose subject belongs to what is attributed, with no source named: `Trump appeared
/// poised to win`, `Carson seems to recognize the problem`. Sorted.
pub(crate) const RAISING: &[&str] = &["appear", "seem"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_sorted_and_unique() {
        for pair in CUE_VERBS.windows(2) {
            if let [a, b] = pair {
                assert!(
                    a.forms[0] < b.forms[0],
                    "{} before {}",
                    a.forms[0],
                    b.forms[0]
                );
            }
        }
        for pair in NEEDS_CLAUSE
            .windows(2)
            .chain(TAKES_OBJECT.windows(2))
            .chain(TAKES_INFINITIVE.windows(2))
            .chain(CLAUSE_ONLY.windows(2))
            .chain(TARGET_ONLY.windows(2))
            .chain(DOCUMENTS.windows(2))
            .chain(PRIZES.windows(2))
            .chain(ATTITUDES.windows(2))
            .chain(RAISED.windows(2))
            .chain(RAISING.windows(2))
        {
            if let [a, b] = pair {
                assert!(a < b, "{a} before {b}");
            }
        }
    }

    #[test]
    fn particle_verbs_are_sorted_cues() {
        for pair in PARTICLES.windows(2).chain(CITING_PARTICLES.windows(2)) {
            if let [(a, _), (b, _)] = pair {
                assert!(a < b, "{a} before {b}");
            }
        }
        for (lemma, _) in PARTICLES {
            assert!(CUE_VERBS.iter().any(|v| v.forms[0] == *lemma), "{lemma}");
        }
        for pair in EXPRESSIVE.windows(2) {
            if let [(a, _), (b, _)] = pair {
                assert!(a < b, "{a} before {b}");
            }
        }
        for (lemma, _) in EXPRESSIVE {
            assert!(CUE_VERBS.iter().any(|v| v.forms[0] == *lemma), "{lemma}");
        }
        // A citing particle is an alternative to the verb's own.
        for (lemma, _) in CITING_PARTICLES {
            assert!(particle_of(lemma).is_some(), "{lemma}");
        }
    }

    #[test]
    fn every_clause_verb_is_a_cue() {
        for lemma in NEEDS_CLAUSE
            .iter()
            .chain(TAKES_OBJECT)
            .chain(TAKES_INFINITIVE)
            .chain(CLAUSE_ONLY)
            .chain(TARGET_ONLY)
        {
            assert!(CUE_VERBS.iter().any(|v| v.forms[0] == *lemma), "{lemma}");
        }
    }
}
