"""Which parts of an article are quotable news: page furniture, bios and legal notices are dropped by general rules."""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from index.byline import authors_of, credited_reporters, read_byline
from index.corpus import Article
from index.lexicon import OFFICER_ROLES, ROLE_NOUNS


@dataclasses.dataclass(frozen=True)
class Block:
    """A quotable paragraph: `article.text[start:end]`. A `byline` block names the author and nothing else."""

    start: int
    end: int
    kind: str = "text"  # "text" | "byline"


@dataclasses.dataclass(frozen=True)
class Dropped:
    """A line left out of the index, and the rule that left it out."""

    start: int
    end: int
    reason: str


@dataclasses.dataclass(frozen=True)
class Cleaned:
    blocks: tuple[Block, ...]
    dropped: tuple[Dropped, ...]


# Whole lines that are labels of the page, not news.
_FURNITURE = re.compile(
    r"(advertisement|advertising|sponsored( content)?|comments?|\d+ comments?|breaking( news)?|"
    r"accessibility links|skip to (main )?content|share( this)?( article| story)?|print|e-?mail|"
    r"related( articles| stories| content)?|read more|more stories|recommended|trending( now)?|"
    r"(\d+x\d+|\d+:\d+) (image|video|photo)|image|photo|video|loading\.*|close|menu|search|"
    r"(xs|sm|md|lg|xl)( (xs|sm|md|lg|xl))*)"
)
# The heading of the readers' comments a page closes with ("12 comments", "Comments (12)", "Leave a comment"): what
# follows it is readers' words. Only in the page's last part (past COMMENTS_AFTER of its text), since a comment count
# also stands among the share buttons at its top.
_COMMENTS_HEADING = re.compile(
    r"(?:\d+\s+)?(?:reader\s+)?comments?(?:\s*\(\d+\))?|\d+\s+(?:responses?|replies)|leave a (?:comment|reply)|"
    r"join the (?:discussion|conversation)|show comments"
)
COMMENTS_AFTER = 0.5
# Phrases that mark site notices wherever they stand.
_NOTICES = (
    "having issues with commenting",
    "click here",
    "all rights reserved",
    "privacy policy",
    "terms of use",
    "terms of service",
    "cookie",
    "sign up for our",
    "subscribe to our",
    "our newsletter",
    "undesirable organization",
    "could face fines",
    "follow us on",
    "this article was originally published",
    "©",
    "sign in to comment",
    "log in to comment",
    "login to comment",
    "register to comment",
    "enable javascript",
    "view the comments",
    "join the conversation",
    "send us your",
    "get in touch with our",
    "get in touch with us",
    "trust principles",  # a wire's statement of its standards, under every story
)
# An editor's note about the article itself, not news: "This story has been updated ...", "Correction: ...".
_EDITORS_NOTE = re.compile(
    r"^(?:editor'?s note|correction|clarification|our (?:editorial |journalistic )?standards)\s*:|"
    r"^this (?:story|article|report|post|piece) (?:has been|was|is being) (?:updated|corrected|amended)\b|"
    r"^this (?:story|article) is (?:more than|over) [\w-]+ (?:days?|weeks?|months?|years?) old\b|"
    r"^an earlier version of this (?:story|article)\b"
)
# A broadcaster's sign-off for its correspondent's report: "Coastal TV's Ana Silva reports from Kiel.", "Ana Silva
# has more."
_SIGN_OFF = re.compile(
    r"^(?:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}['’]s )?(?:[A-Z][\w'’.-]+ ){1,3}"
    r"(?:reports|reported|has more|reports from [A-Z][\w'’.-]*(?:[ ,]+[A-Z][\w'’.-]*){0,4}|"
    r"has more from [A-Z][\w'’.-]*(?:[ ,]+[A-Z][\w'’.-]*){0,4})\.?$"
)
# A live page greeting its readers: "Welcome to our live coverage of ...", "We will bring you the latest ...".
_LIVE_GREETING = re.compile(
    r"^(?:welcome to (?:our|the) live (?:coverage|blog|updates|page|reporting)\b|"
    r"we(?:'ll| will) (?:bring|keep) you (?:the latest|updated|all the latest|up to date)\b)"
)
# A contact or a handle: an e-mail address, "Follow X on Twitter".
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|^follow [^,.;:]{1,40} on (?:twitter|x|facebook|instagram|bluesky)\b")
# A reader appeal: the outlet asking for support, donations or subscriptions (any outlet's wording of it). Giving
# is an appeal when it is asked of the reader: opening a sentence ("Donate today."), after "please", "you can",
# "consider" and the like, or as "your donation"; "We will make a donation of £2,000 to the rescue team" and "the
# club said it would donate the takings" are news.
_APPEAL = re.compile(
    r"\b(?:your (?:support|donation|contribution|subscription)|"
    r"(?:(?<![\w,;'’-] )(?<![\w,;'’-])|(?:please|you can|you could|consider|why not|help us by|click here to) )"
    r"(?:donate|donating|make a (?:donation|contribution)|making a (?:donation|contribution))|"
    r"paywalls?|support (?:us|our (?:journalism|reporting|work))|independent journalism|become a (?:member|subscriber)|"
    r"sent to your (?:e-?mail|inbox)|delivered to your inbox)\b"
)
# A photo or video caption: a credit in brackets at its end, an agency credit, a photo/video label, or a wire
# caption's own opening or closing.
_CAPTION = re.compile(
    r"\((?:file )?(?:photo|picture|image|video|pictured)\b[^()]*\)\.?$|\(photo[^()]*\)|"
    r"\b(?:file photo|photo by|photo:|photograph:|image:|picture:|video:|watch(?: above)?:|click to play video|"
    r"license photo|ap photo|afp photo|getty images)|"
    r"\b(?:reuters|ap|afp|epa|getty|tass|ria novosti|sputnik)\s*/\s*[A-Z]|"
    # a wire caption: "In this photo provided by ...", "... (Ministry Press Service via AP)"
    r"^(?:file\s*[-–—:]\s*)?in this (?:file |undated |handout )?(?:photo|image|picture|video|photograph)\b|"
    r"^(?:media|image|video|photo) (?:caption|copyright)\b|"
    r"\([^()]{0,80}\bvia (?:ap|afp|reuters|getty images|epa)\)\.?$",
    re.IGNORECASE,
)
# A line that is nothing but a photo credit ("REUTERS/Maria Lopes", "Photo: Coastal Wire"): it ends the caption
# on the line before it.
_CREDIT_ONLY = re.compile(
    r"(?:reuters|ap|afp|epa|getty images|tass|ria novosti|sputnik|anadolu agency|xinhua)\s*/\s*"
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|(?:photo|picture|image|photograph)(?: by)?\s*:?\s+\S.{0,60}",
    re.IGNORECASE,
)
# A caption is short and reports nothing: a line with a reporting verb is news, whatever follows it.
CAPTION_WORDS = 30
# Labels that introduce a list of links to other stories; the short lines after one are those links.
_LINK_LIST = re.compile(
    r"(?:read (?:also|more)|see also|related(?: stories| articles| coverage)?|recommended|"
    r"more (?:on this|stories|from)|most read|you (?:may|might) also (?:like|be interested in)|latest|top stories)\W*"
)
# A label of links with the one story it links to on its line: "Related: How old is the dam?", "Read also: ...".
_LINK_LINE = re.compile(
    r"(?:read (?:also|more)|see also|related(?: stories| articles| coverage)?|more on this)\s*:\s*\S"
)
# The heading of a list of works cited that closes a page ("References", "Further reading"): what follows it
# names papers and books, it does not report. Only in the page's last part (past COMMENTS_AFTER of its text).
_REFERENCES_HEADING = re.compile(r"(?:references|bibliography|works cited|footnotes|citations|further reading)\W*")
# The article's own sources, which readers ask about ("With reporting by ..."): news about the news, kept.
_SOURCES_LINE = re.compile(r"(?:with |additional )?reporting by\b|.*\bcontributed to this report\b")
# A fact check's rating of the claim it checks ("Verdict: Unproven", "Our ruling: False"): its finding, not a label.
_RATING = re.compile(r"(?:the |our )?(?:verdict|rating|ruling|conclusion|bottom line)\s*:\s*\w")


def rates_a_claim(line: str) -> bool:
    """Whether a line is a fact check's rating of the claim it checks ("Verdict: Unproven")."""
    return bool(_RATING.match(_label(line)))


# A line of no more than this many words without a sentence's ending is a heading, a link or a label: news
# paragraphs end in punctuation, and a headline of other news rarely runs longer.
HEADING_WORDS = 16
_BIO = re.compile(
    r"^(?:[A-Z][\w'’.-]+ ){1,3}(?:is|was|has been) "
    r"(?:(?i:an?|the)|[A-Z][\w'’.-]+(?: [A-Z][\w.-]+)*['’]s) [^.]{0,120}?\b"
    r"(journalist|reporter|correspondent|editor|writer|columnist|contributor|author|producer|analyst)\b|"
    # "Jane Doe covers the harbour for The Gazette."
    r"^(?:[A-Z][\w'’.-]+ ){1,3}(?:covers|reports on|writes about) [^.]{0,120}\bfor (?:the )?[A-Z]"
)
_TRAILING_LINK = re.compile(r"(?:\s+(?:https?://|pic\.twitter\.com/|www\.)\S+)+\s*$")
_SENTENCE_END = re.compile(r"[.!?:…][\"'”’)\]]*$")


_FOLD = {ord("‘"): "'", ord("’"): "'", ord("“"): '"', ord("”"): '"', ord("–"): "-", ord("—"): "-"}


def normalize(text: str) -> str:
    """Fold case, quotes, dashes and spaces, so that copies of a passage compare equal."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate(_FOLD)
    return re.sub(r"\s+", " ", text).strip()


def _label(line: str) -> str:
    return normalize(line).strip(" •·*-–—|>")


def furniture_reason(line: str, title: str | None = None) -> str | None:
    """Why a stripped line is page furniture rather than news, or None if it is news."""
    label = _label(line)
    if not label:
        return "empty"
    if _FURNITURE.fullmatch(label):
        return "page label"
    if any(p in label for p in _NOTICES):
        return "site notice"
    if title and label == _label(title):
        return "headline"
    if _BIO.match(line):
        return "author bio"
    if _EDITORS_NOTE.match(label):
        return "editor's note"
    if _SIGN_OFF.match(line.strip()):
        return "correspondent's sign-off"
    if _LIVE_GREETING.match(label):
        return "live page greeting"
    if _LINK_LINE.match(label):
        return "link to another story"
    if _CONTACT.search(label):
        return "contact"
    if _APPEAL.search(label):
        return "reader appeal"
    if _CAPTION.search(line):
        return "caption or credit"
    words = label.split()
    ending = _TRAILING_LINK.sub("", line)  # a post ends in its picture's link: "... crews! pic.twitter.com/x1"
    if (
        len(words) <= HEADING_WORDS
        and not _SENTENCE_END.search(ending)
        and not _SOURCES_LINE.match(label)
        and not _RATING.match(label)
    ):
        return "heading or caption"
    if len(words) <= 2 and not _RATING.match(label):
        return "fragment"
    if not any(c.isalpha() for c in label):
        return "no words"
    return None


def _appeal_parts(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """A line holding a reader appeal, cut where pages glue one element to the next with no space ("... all the
    difference.Donald Trump said"): (start, end, is the appeal) for each part, so the article's text is kept."""
    from index.sentences import glued_joins

    parts: list[tuple[int, int, bool]] = []
    cut = start
    for join in [*glued_joins(text, start, end), end]:
        s, e = cut, join
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            parts.append((s, e, bool(_APPEAL.search(normalize(text[s:e])))))
        cut = join
    return parts


def clean(article: Article) -> Cleaned:
    """Split an article into quotable blocks (one per line), dropping furniture and repeated paragraphs."""
    text = article.text
    author = _label(article.source.author) if article.source.author else None
    blocks: list[Block] = []
    dropped: list[Dropped] = []
    seen: set[str] = set()
    in_links = False  # after a "Read also" label, until a line of news
    in_comments = False  # after the heading of the readers' comments that close a page
    in_references = False  # after the heading of the works cited that close a page
    outlet = _label(article.source.outlet) if article.source.outlet else ""
    for m in re.finditer(r"[^\r\n]+", text):
        raw = m.group()
        start = m.start() + (len(raw) - len(raw.lstrip()))
        end = m.end() - (len(raw) - len(raw.rstrip()))
        if start >= end:
            continue
        line = text[start:end]
        label = _label(line)
        byline = read_byline(line) if author else None
        if author and (
            label in (author, f"by {author}")
            or (byline is not None and author in {_label(a) for a in (byline.author, *authors_of(byline))})
            or author in {_label(a) for a in credited_reporters(line)}
        ):
            # the author's line: "By Sofie Berg, Radio Syd", or a wire's "(Reporting by Mette Krogh; Editing by ...)"
            blocks.append(Block(start, end, "byline"))
            continue
        reason = furniture_reason(line, article.source.title)
        if in_comments:
            reason = "reader comment"
        elif in_references:
            reason = "work cited"
        elif _REFERENCES_HEADING.fullmatch(label) and start > len(text) * COMMENTS_AFTER:
            in_references = True  # everything after it cites papers and books
            reason = "heading of works cited"
        elif _COMMENTS_HEADING.fullmatch(label) and start > len(text) * COMMENTS_AFTER:
            in_comments = True  # everything after it is readers' words, not the article's
            reason = "heading of reader comments"
        if reason is None and author and label.startswith(author + " is "):
            reason = "author bio"
        if _LINK_LIST.fullmatch(label):
            in_links = True
            reason = reason or "label of a list of links"
        elif reason is None and in_links and not _SENTENCE_END.search(line):
            reason = "link to another story"
        elif reason is None:
            in_links = False
        if reason is None and outlet and outlet in label and dropped and dropped[-1].reason.startswith("reader appeal"):
            # the outlet speaking of itself inside its appeal ("The Gazette is trusted by readers ...")
            reason = "reader appeal: the outlet on itself"
        if reason is None and normalize(line) in seen:
            reason = "repeated paragraph"
        if reason == "reader appeal":
            for s, e, appeal in _appeal_parts(text, start, end):
                if appeal:
                    dropped.append(Dropped(s, e, reason))
                else:
                    seen.add(normalize(text[s:e]))
                    blocks.append(Block(s, e))
            continue
        if reason is not None:
            if _CREDIT_ONLY.fullmatch(line.strip()) and blocks and _is_caption(text, blocks[-1], start):
                caption = blocks.pop()  # the line this credit closes was a photo's caption
                dropped.append(Dropped(caption.start, caption.end, "caption (its credit follows it)"))
            dropped.append(Dropped(start, end, reason))
            continue
        seen.add(normalize(line))
        blocks.append(Block(start, end))
    return _without_teasers(text, _signed(text, blocks, dropped), dropped)


# A signer's name: a title maybe, then two to four capitalised words ("Professor Rana Aziz", "Declan Moyles").
_SIGNER = re.compile(
    r"(?:(?:Professor|Prof\.?|Dr\.?|Cllr\.?|Councillor|Sir|Dame|Mr\.?|Mrs\.?|Ms\.?)\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
)
# A post as a signature gives it: capitalised words and the small words between ("Regional Organiser", "Chair,
# Oldcastle Residents' Trust", "Editor-in-Chief").
_POST = re.compile(r"[A-Z][\w'’-]*(?:,?\s+(?:(?:of|the|and|for|&)\s+)*[A-Z][\w'’-]*){0,7}")
_POST_WORDS = frozenset(w.lower() for w in ROLE_NOUNS | OFFICER_ROLES)
# What may follow a statement's signature: its end mark, or the notes and contacts for the press.
_AFTER_SIGNATURE = re.compile(
    r"\W*(?:ENDS?\b|-\s*30\s*-|#{3}|Notes?\s+(?:to|for)\s+editors|Media\s+(?:enquiries|contacts?)|"
    r"(?:For\s+)?(?:more|further)\s+information|Enquiries\b|Contact\b)",
    re.IGNORECASE,
)


def _is_post(line: str) -> bool:
    return bool(_POST.fullmatch(line)) and any(
        part.lower().strip("'’,") in _POST_WORDS for part in re.split(r"[\s-]+", line)
    )


def _signed(text: str, blocks: list[Block], dropped: list[Dropped]) -> list[Block]:
    """The blocks with a statement's signature made its author's line (it was left out as a heading): the signer's
    name and post at the end of its text, on one line ("Professor Rana Aziz, Editor-in-Chief") or two ("Declan
    Moyles" / "Regional Organiser"), after a paragraph that ends a sentence and before nothing but the end, "ENDS"
    or the notes for the press. "Who is the editor-in-chief?" and "who wrote the statement?" are answered by it.
    `dropped` loses the lines taken."""
    headings = [d for d in dropped if d.reason == "heading or caption"]
    for n, d in enumerate(headings):
        line = text[d.start : d.end]
        before = [b for b in blocks if b.end <= d.start]
        if not before or before[-1].kind != "text":
            continue
        if not _SENTENCE_END.search(text[before[-1].start : before[-1].end].rstrip()):
            continue
        name, _, post = line.partition(", ")
        nxt = headings[n + 1] if n + 1 < len(headings) else None
        if post and _SIGNER.fullmatch(name) and _is_post(post):
            taken = [d]
        elif (
            _SIGNER.fullmatch(line)
            and nxt is not None
            and not text[d.end : nxt.start].strip()
            and _is_post(text[nxt.start : nxt.end])
        ):
            taken = [d, nxt]
        else:
            continue
        rest = text[taken[-1].end :].strip()
        if rest and not _AFTER_SIGNATURE.match(rest):
            continue
        for t in taken:
            dropped.remove(t)
        signature = Block(d.start, taken[-1].end, "byline")
        return sorted([*blocks, signature], key=lambda b: b.start)
    return blocks


def _without_teasers(text: str, blocks: list[Block], dropped: list[Dropped]) -> Cleaned:
    """Leave out a line with no sentence ending that another kept line begins with: a summary the page cut short
    ("The ferry chartered by the board carried 300 passengers and forty cars" above the paragraph that goes on)."""
    full = [normalize(text[b.start : b.end]) for b in blocks]
    kept: list[Block] = []
    for i, b in enumerate(blocks):
        line = full[i]
        cut_short = b.kind == "text" and not _SENTENCE_END.search(text[b.start : b.end])
        if cut_short and any(j != i and len(f) > len(line) and f.startswith(line) for j, f in enumerate(full)):
            dropped.append(Dropped(b.start, b.end, "summary cut short of a later paragraph"))
            continue
        kept.append(b)
    return Cleaned(tuple(kept), tuple(sorted(dropped, key=lambda d: d.start)))


def _is_caption(text: str, block: Block, credit_start: int) -> bool:
    """Whether a kept line, followed by a credit line, reads as the caption of a photo: the line just before
    the credit, short, and reporting nobody's words."""
    from index.lexicon import REPORTING_VERBS

    if block.kind != "text" or text[block.end : credit_start].count("\n") > 1:
        return False
    words = re.findall(r"[a-z]+", text[block.start : block.end].lower())
    if len(words) > CAPTION_WORDS or "according" in words or '"' in text[block.start : block.end]:
        return False
    stems = {w[:-1] if w.endswith("s") else w for w in words}
    said = {"said", "says", "told", "tells", "added", "stated", "announced", "reported", "claimed", "denied"}
    return not (said & set(words) or REPORTING_VERBS & stems)
