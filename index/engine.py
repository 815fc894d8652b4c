"""The question-answering engine: corpus, model and index loaded once, then `ask` for each question (its words
read as the articles spell their names, then analysed, retrieved, scored and packed into quotes)."""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from index.answer import Answer
from index.article_store import ArticleSource, FolderStore
from index.attribution import (
    STATEMENT_MARK,
    interviewer_asks,
    own_name,
    personal_piece,
    same_voice,
    speaks_of_itself,
)
from index.builder import BuilderFailed, ProcessBuilder
from index.chunking import Sentence, explained_by
from index.config import AnswerSettings, IndexSettings
from index.corpus import Article, CorpusProblem, Source
from index.counting import SameThing, tells_of_harm
from index.disputes import Led, defended, led_by, opposed, opposites, point_terms
from index.embedder import CHECK_TEXTS, Embedder, SentenceTransformerEmbedder
from index.errors import CorpusError, EmptyQuestion, IndexNotBuilt, QuestionTooLong
from index.keyword import token_tuple
from index.lexicon import BODY_WORDS, KIND_OF_ORGANISATION, OFFICE_NOUNS, PEOPLE_NOUNS, ROLE_NOUNS, STOPWORDS, TITLES
from index.loaded import Index
from index.manifest import read_manifest
from index.nlp import TAGS_ONLY, irregular_forms, parse
from index.passages import same_passage
from index.question import (
    AGENT,
    PERSON,
    SAYING_TERMS,
    Analysis,
    Vocabulary,
    accused,
    analyse,
    argument_marks,
    asked_instance,
    asks_article_author,
    asks_best,
    asks_country,
    asks_name,
    asks_only_words,
    asks_reaction,
    asks_who_said,
    asks_writer,
    clean_question,
    is_yes_no,
    may_speak_as,
    mend_question_word,
    names_holder,
    role_forms,
    role_qualifiers,
    speaks_as,
    tells_best,
    without_excluded,
)
from index.quotes import quotes_of, select, to_quotes
from index.scoring import Scored, opens_with, relevances, voiced
from index.search import Candidate, gather
from index.store import open_index
from index.timeline import Event, article_events, order

log = logging.getLogger(__name__)

# Sentences holding a word looked at to tell whether the articles give anyone's words naming it: enough to find one
# in any real corpus, few enough to stay cheap for a word every sentence holds.
ATTRIBUTED_LOOK = 2000
# A question's word no article has is looked for in other words in this many of its closest passages: each of their
# words not seen before is embedded, on the path of questions about to be refused (about 15 ms for one sentence's
# 20 words, 40 ms for three's, measured here; the words are remembered).
OTHERWISE_LOOK = 1
# How a name is written is read from the first few sentences holding it.
NAME_LOOK = 5
# Words of questions whose written form (Engine.cased) is kept, per index version, before the store starts again.
NAMED_WORDS_KEPT = 50_000
# A question of whether something is so that holds a word no article has ("has anyone been arrested?", "were the
# pilots tested for alcohol?") asks of that thing: the articles answer it only when a passage is this close to it
# in meaning (cosine), more than the minimum relevance asks of others. On the written sets such questions left
# unanswered stood at 0.36-0.52, and those the articles answer at 0.55 and more (30).
YES_NO_STRANGE_FLOOR = 0.53
# Any other question holding a word no article has, and naming nothing (a name it shares with the articles brings
# it near their passages: "where was Dorrian born?"), is answered only when a passage is this close to it in
# meaning (cosine). On the written sets the questions with such a word that the articles answer stood at 0.42 and
# more ("what number should witnesses call?", of "Anyone who saw ... is asked to call us on 02800"), those left
# unanswered at 0.37 and less (17 + 5 questions).
STRANGE_FLOOR = 0.40
# A voice named by what it is ("the towing company") is a speaker this close in meaning to it ("The tug operator,
# Halvik Towage" stood at 0.59 and 0.54 of "the towing firm", the next voice at 0.42 and 0.17), and closer by this
# margin than any other voice (a voice none speaks for stands about as near several: "the fisherman" at 0.41 of
# three).
VOICE_LIKENESS = 0.5
VOICE_MARGIN = 0.1
_WORD = re.compile(r"[A-Za-z][\w'’.-]*[A-Za-z]|[A-Za-z]")
# Words for a kind of body, post or people, however the articles write them: never a name by themselves.
_KIND_WORDS = BODY_WORDS | TITLES | ROLE_NOUNS | OFFICE_NOUNS | KIND_OF_ORGANISATION | PEOPLE_NOUNS | STOPWORDS
_LOWER = re.compile(r"(?<![\w'’.-])[a-z][a-z'’-]{2,}(?![\w'’.-])")


class Engine:
    """Answers questions from the articles. Construction is cheap; `load()` reads the model and the index.
    The articles come from an ArticleSource (a folder given as a path is read as one)."""

    def __init__(
        self,
        articles: ArticleSource | Path,
        index_settings: IndexSettings,
        answer_settings: AnswerSettings,
        embedder: Embedder | None = None,
    ) -> None:
        self.store: ArticleSource = FolderStore(Path(articles)) if isinstance(articles, Path | str) else articles
        self.index_settings = index_settings
        self.settings = answer_settings
        self.embedder: Embedder = embedder or SentenceTransformerEmbedder(
            index_settings.model,
            index_settings.batch_size,
            index_settings.question_threads,
            index_settings.batch_workers,
        )
        self._index: Index | None = None
        self.problems: list[CorpusProblem] = []
        # Answers to recent questions (the same index answers the same question the same way).
        self._cache: OrderedDict[str, Answer] = OrderedDict()
        self.cache_size = 2048
        self._timeline: tuple[str, list[Event]] | None = None
        # per index version: what the articles mention, and the nouns they tie to a country (index.disputes.led_by)
        self._words: tuple[str, Vocabulary, Led] | None = None
        self._named_words: tuple[str, dict[str, str | None]] = ("", {})  # index version, word -> its name
        # per index version, read when a question first asks for one: the articles that are personal pieces
        self._personal: tuple[str, frozenset[str]] = ("", frozenset())
        self._same_thing = SameThing(self.embed)  # counted words compared by meaning (index.counting)
        self._changing = threading.Lock()  # one load or add at a time: each starts from the last one's index
        self.builder: ProcessBuilder | None = None  # builds in a process of its own (build_apart), else here
        self._questions_prepared = False

    def load(self, rebuild: bool = True, progress: bool = False) -> Engine:
        """Read the corpus and open (or build) its index. Called again after a corpus change, it swaps the new
        index in whole: questions answered meanwhile use the old one."""
        with self._changing:
            articles, problems = self.store.read_all()
            if self.builder is not None and self._index is not None and rebuild:
                index = self._built_apart(articles)
            else:
                index = open_index(
                    articles,
                    self.embedder,
                    self.index_settings,
                    rebuild=rebuild,
                    progress=progress,
                    current=self._index,
                )
            self.problems = problems
            if index is self._index:
                return self  # nothing changed: the answers cached stay good
            self._swap(index)
            self._prepare_questions(index)
            log.info(
                "index %s ready: %d articles, %d chunks, %d sentences",
                index.manifest.version,
                len(articles),
                index.manifest.n_chunks,
                index.manifest.n_sentences,
            )
            return self

    def add(self, article_ids: list[str]) -> Engine:
        """Index articles just put in the store, reading only them: with a loaded index, the cost is in
        proportion to the new articles, not to the corpus. CorpusError if one is unusable."""
        if self._index is None:
            return self.load()
        with self._changing:
            fresh, articles = self.store.read_added(article_ids)
            if self.builder is not None:
                index = self._built_apart(articles)
            else:
                index = open_index(articles, self.embedder, self.index_settings, current=self._index)
            self._swap(index)
        log.info("index %s ready: added %s", index.manifest.version, ", ".join(a.id for a in fresh))
        return self

    def build_apart(self, builder: ProcessBuilder | None) -> None:
        """From now on, bring a loaded index up to date in `builder`'s process (index.builder), not in this one
        (None: in this one again)."""
        self.builder = builder

    def _built_apart(self, articles: list[Article]) -> Index:
        """The index of `articles`: read back if it is up to date already (another process built it), else built
        by the builder's process and read back here. If that process died, built here instead: the articles are
        added either way."""
        assert self.builder is not None
        settings = self.index_settings
        try:
            return open_index(articles, self.embedder, settings, rebuild=False, current=self._index)
        except IndexNotBuilt:
            pass
        try:
            self.builder.build(articles, settings)
            return open_index(articles, self.embedder, settings, rebuild=False, current=self._index)
        except BuilderFailed as exc:
            log.warning("%s; building in this process instead", exc)
        except IndexNotBuilt as exc:  # changed again meanwhile (another process): brought up to date here
            log.info("%s; building in this process", exc)
        return open_index(articles, self.embedder, settings, current=self._index)

    def _swap(self, index: Index) -> None:
        self._index = index
        self._cache.clear()  # after the swap: no answer of the old index is served from now on

    def refresh(self) -> bool:
        """Load the index again if another process changed it (an article added through another shard's
        /addsource); True if this engine now answers from the newer one. Never rebuilds: a corpus changed
        by hand waits for `python -m bot index` or a restart."""
        if self._index is None:
            return False
        try:
            if read_manifest(self.index_settings.dir) == self._index.manifest:
                return False
            self.load(rebuild=False)
        except (IndexNotBuilt, CorpusError) as exc:
            log.warning("the index changed on disk but cannot be loaded as it is: %s", exc)
            return False
        return True

    @property
    def loaded(self) -> bool:
        return self._index is not None

    @property
    def index(self) -> Index:
        if self._index is None:
            raise IndexNotBuilt("the engine is not loaded yet")
        return self._index

    @property
    def version(self) -> str:
        return self.index.manifest.version

    @property
    def sources(self) -> list[Source]:
        return sorted((a.source for a in self.index.articles.values()), key=lambda s: (s.published or "", s.id))

    def timeline(self) -> list[Event]:
        """The dated events of all articles, in order; a passage reprinted by several outlets appears once."""
        index = self.index
        cached = self._timeline
        if cached is not None and cached[0] == index.manifest.version:
            return cached[1]
        by_article: dict[str, list[Sentence]] = {}
        for s in index.sentences:
            by_article.setdefault(s.article_id, []).append(s)
        events: list[Event] = []
        for article_id, sentences in by_article.items():
            events.extend(article_events(sentences, index.articles[article_id].source))
        out: list[Event] = []
        for e in order(events):
            if any(o.date == e.date and same_passage(o.sentence.text, e.sentence.text) for o in out):
                continue
            out.append(e)
        self._timeline = (index.manifest.version, out)
        return out

    def speaker_of(self, sentence: Sentence) -> str:
        return self.index.speakers[sentence.id]

    def embed(self, questions: list[str]) -> np.ndarray:
        """Vectors of questions (and other short texts met while answering): the embedder's question path."""
        encode = getattr(self.embedder, "encode_questions", None) or self.embedder.encode
        return encode(questions)

    def _prepare_questions(self, index: Index) -> None:
        """Once a process: let the embedder take its fast question path if a check beside the index allows it
        (index.embedder); the check is made, and kept, when the index is first opened after a build."""
        prepare = getattr(self.embedder, "prepare_questions", None)
        if prepare is None or self._questions_prepared:
            return
        directory = Path(self.index_settings.dir)
        sample = [index.sentences[i].text for i in range(min(CHECK_TEXTS, len(index.sentences)))]
        if sample:
            prepare(directory.with_name(directory.name + ".encoder.json"), sample)
            self._questions_prepared = True

    def warm_up_questions(self) -> None:
        """Load the tagger a question with a word no article has needs (index.nlp), and the table of irregular word
        forms such a word is looked up in, so that the first such question of a long-running process does not wait
        for them (about two seconds here, 0.2-0.5 s of it the table)."""
        list(parse(["Warm up the tagger."], disable=TAGS_ONLY))
        irregular_forms("warm")

    def ask(self, question: str) -> Answer:
        result = self.ask_many([question])[0]
        if isinstance(result, Exception):
            raise result
        return result

    def ask_many(self, questions: list[str]) -> list[Answer | Exception]:
        """Answers in order, the embeddings computed in one batch; a bad question yields its error."""
        cleaned: list[str | Exception] = []
        for q in questions:
            try:
                cleaned.append(clean_question(q, self.settings.max_question_chars))
            except (EmptyQuestion, QuestionTooLong) as exc:
                cleaned.append(exc)
        # This batch's answers are held here, not read back from the cache: a full cache may push out an entry of
        # this very batch while the batch's later answers are stored.
        answers: dict[str, Answer] = {}
        for c in cleaned:
            if isinstance(c, str) and c not in answers:
                hit = self._cache.get(c)
                if hit is not None:
                    self._cache.move_to_end(c)  # a question asked again stays in the cache longest
                    answers[c] = hit
        todo = list(dict.fromkeys(c for c in cleaned if isinstance(c, str) and c not in answers))
        if todo:
            read = [self.read_as(t) for t in todo]  # a name typed with a slip, as the articles spell it
            # and a name typed in lower case, as the articles write it (the model's vectors are uncased: one batch)
            cased = [self.cased(r) for r in read]
            analyses = self._analyse(cased)
            for text, as_read, as_cased, vector, analysis in zip(
                todo, read, cased, self.embed(read), analyses, strict=True
            ):
                answer = dataclasses.replace(self.answer(as_cased, vector, analysis), question=as_read)
                if as_read != text:
                    answer = dataclasses.replace(answer, question=text, read_as=as_read)
                answers[text] = self._remember(text, answer)
        return [c if isinstance(c, Exception) else answers[c] for c in cleaned]

    def read_as(self, question: str) -> str:
        """The question with each word that no article has but that is one typing slip away from a name the
        articles use ("pentagn", "lavrof", "dorian") written as the articles write that name (only names: a common
        word one slip from another, "married" and "carried", is left as typed, and short words too:
        index.question.MIN_TYPO, and a word the tagger reads as a verb: "to blame" is not a slip for "Blake"), and
        its opening word as the question word it was typed for ("waht time ...": index.question.mend_question_word)."""
        vocabulary = self.vocabulary()
        question = out = mend_question_word(question, vocabulary.knows)
        verbs: set[int] | None = None  # where the words the tagger reads as verbs start, tagged only when needed
        for m in reversed(list(_WORD.finditer(question))):
            terms = token_tuple(m.group())  # a hyphenated name gives itself, then its parts
            if (
                not terms
                or (len(terms) > 1 and "-" not in terms[0])
                or vocabulary.knows(terms[0])
                or terms[0] in SAYING_TERMS  # "write" is a word of saying, not a slip for "White"
            ):
                continue
            near = vocabulary.near(terms[0])
            name = self._name_written(near) if near else vocabulary.spelled_out(m.group())
            if name and near:
                if verbs is None:
                    verbs = _verb_starts(question)
                if m.start() in verbs:
                    continue  # "was the branch to blame?": a verb is a word, never a slip for a name ("Blake")
            if name:
                out = out[: m.start()] + name + out[m.end() :]
        return out

    def cased(self, question: str) -> str:
        """The question with each word typed in lower case that the articles write only as a name, capitalised in
        every sentence holding it (as far as NAME_LOOK sentences show), written so ("who is the pentagon spokesman
        ...?": "Pentagon"): what a question names by a capital ("the Pentagon spokesman", not any spokesman) is
        read so however it was typed. A word the articles also write in lower case is left as typed."""
        out = question
        for m in reversed(list(_LOWER.finditer(question))):
            name = self._always_named(m.group())
            if name:
                out = out[: m.start()] + name + out[m.end() :]
        return out

    def _always_named(self, word: str) -> str | None:
        """How the articles write a word when they write it only capitalised, past a sentence's first word."""
        version = self.index.manifest.version
        if self._named_words[0] != version:
            self._named_words = (version, {})
        known = self._named_words[1]
        if word not in known:
            if len(known) >= NAMED_WORDS_KEPT:
                known.clear()  # a bot asked for months meets many words: the cache stays bounded
            known[word] = self._written_as_name(word)
        return known[word]

    def _written_as_name(self, word: str) -> str | None:
        index = self.index
        terms = token_tuple(word)
        if len(terms) != 1 or word in _KIND_WORDS:
            return None  # ("army" of "Free Syrian Army" is the word for any army)
        written = None
        for sid in index.keyword.sentences_with(terms[0])[:NAME_LOOK]:
            text = index.sentences[int(sid)].text
            for m in _WORD.finditer(text):
                if m.group().lower() != word:
                    continue
                if not m.group()[:1].isupper():
                    return None  # written in lower case too: a common word
                if m.start() > 0:
                    written = m.group()
        return written

    def _name_written(self, term: str) -> str | None:
        """How the articles write a keyword term when it is a name: capitalised inside a sentence."""
        index = self.index
        for sid in index.keyword.sentences_with(term)[:NAME_LOOK]:
            text = index.sentences[int(sid)].text
            for m in _WORD.finditer(text):
                word = m.group()
                if m.start() > 0 and word[:1].isupper() and token_tuple(word)[:1] == (term,):
                    return word
        return None

    def _remember(self, text: str, answer: Answer) -> Answer:
        """Keep an answer, pushing out the least recently asked question when the cache is full."""
        self._cache[text] = answer
        self._cache.move_to_end(text)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        return answer

    def _analyse(self, questions: list[str]) -> list[Analysis]:
        """Each question's analysis. Only a question with a word no article has is tagged (in one batch): when the
        articles hold every word of a question, no thing it names can be unmentioned."""
        vocabulary = self.vocabulary()
        strange = [q for q in questions if vocabulary.has_strange_words(q)]
        docs = dict(zip(strange, parse(strange, disable=TAGS_ONLY), strict=True)) if strange else {}
        return [analyse(q, docs.get(q)) for q in questions]

    def _attributed(self, term: str, words: frozenset[str]) -> bool:
        """Whether a sentence holding this keyword term (a country's), and all of `words` in it or its speaker's
        name, is the words of someone who may speak for that country, not its outlet's narration nor anyone
        else's ("officials said Turkey ...", not an analyst's "Turkey is flying there", nor the Russian ministry's
        words naming Turkish jets). The first ATTRIBUTED_LOOK sentences holding the term are looked at."""
        index = self.index
        for sid in index.keyword.sentences_with(term)[:ATTRIBUTED_LOOK]:
            s = index.sentences[int(sid)]
            speaker = index.speakers[int(sid)]
            if speaker == index.articles[s.article_id].source.outlet or not may_speak_as(term, speaker):
                continue
            if words <= set(token_tuple(s.text)) | set(token_tuple(speaker)):
                return True
        return False

    def _acts(self, voice: str) -> bool:
        """Whether a sentence opens with the voice, telling what it did ("Insurers raised their premiums ..."): how
        it reacted may then be told without its words. Only sentences holding the voice's rarest word are read."""
        index = self.index
        terms = token_tuple(voice)
        if not terms:
            return False
        rarest = min(terms, key=lambda t: index.keyword.df(t) or len(index.sentences))
        return any(
            opens_with(voice, index.sentences[int(sid)].text)
            for sid in index.keyword.sentences_with(rarest)[:ATTRIBUTED_LOOK]
        )

    def _said_otherwise(self, words: Sequence[str], found: Sequence[Candidate]) -> bool:
        """Whether the passages closest to the question (OTHERWISE_LOOK) hold, for each word of it no article has, a
        word alike in meaning (counting.SameThing: "pictures" and "images"): the question asks of what they tell in
        other words. Only a few are read, since each of their words not seen before is embedded."""
        if not words:
            return False
        harm = {w for w in words if tells_of_harm(w)}
        if harm and any(tells_of_harm(c.sentence.text) for c in found):
            # the ways of dying and of being hurt are many ("died" / "drowned", "hurt" / "injuries"): one told
            # of in a passage found is what a word of harm the articles lack asks of
            words = [w for w in words if w not in harm]
            if not words:
                return True
        closest = sorted(found, key=lambda c: -c.dense)[:OTHERWISE_LOOK]
        texts = [c.sentence.text for c in closest]
        return all(self._same_thing.names_kind(w, texts) for w in words)

    def _speaker_like(self, voice: str, speakers: Sequence[str]) -> str | None:
        """The speaker a voice the question names by what it is ("the towing company") stands for: the one of
        `speakers` nearest it in meaning (VOICE_LIKENESS), by VOICE_MARGIN more than any other voice; None when a
        speaker shares a word with it (speaks_as: the voice is known by its name) or none is that near."""
        names = list(dict.fromkeys(own_name(s) for s in speakers if s))
        if not names or any(speaks_as(voice, n) for n in names):
            return None
        vectors = self.embed([voice, *names])
        likeness = vectors[1:] @ vectors[0]
        nearest = np.argsort(-likeness)
        best = int(nearest[0])
        if likeness[best] < VOICE_LIKENESS:
            return None
        rival = next((int(i) for i in nearest[1:] if not same_voice(names[int(i)], names[best])), None)
        if rival is not None and likeness[best] - likeness[rival] < VOICE_MARGIN:
            return None
        return names[best]

    def _speaker_holds(self, sentence: Sentence) -> int:
        """The entity types a sentence's speaker adds to what it holds: someone, who answers "who ..."; a person
        only when its name is a role's holder named ("Nordbane spokesman Per Viken"), or a person is named in the
        sentence or in the one before ("..., he said" after "Colonel Ana Silva said ..."), for a ministry speaking
        is no answer to "which pilot ..."."""
        index = self.index
        holds = AGENT & ~PERSON
        if names_holder(index.speakers[sentence.id]):
            return holds | PERSON  # "Nordbane spokesman Per Viken", whatever the tagger made of "Per Viken"
        before = sentence.id - 1
        if before >= 0 and index.sentences[before].article_id == sentence.article_id:
            holds |= index.entities[before] & PERSON
        return holds

    def vocabulary(self) -> Vocabulary:
        """The words the current index's articles mention, built once per index version."""
        return self._per_version()[1]

    def led(self) -> Led:
        """The nouns the current index's articles tie to one country ("coalition" of "the U.S.-led coalition",
        index.disputes.led_by), read once per index version with its vocabulary."""
        return self._per_version()[2]

    def personal_pieces(self) -> frozenset[str]:
        """The ids of the current index's articles that are personal pieces (a blog, a column: its writer's own
        voice; index.attribution.personal_piece), read once per index version, when a question first asks."""
        index = self.index
        if self._personal[0] != index.manifest.version:
            narration: dict[str, list[str]] = {}
            speakers = index.speakers.take(list(range(len(index.sentences))))
            for sentence, who in zip(index.sentences, speakers, strict=True):
                source = index.articles[sentence.article_id].source
                if sentence.kind == "text" and who in (source.outlet, f"{source.author}{STATEMENT_MARK}"):
                    narration.setdefault(sentence.article_id, []).append(sentence.text)
            pieces = frozenset(
                aid for aid, a in index.articles.items() if personal_piece(a.source, narration.get(aid, []))
            )
            self._personal = (index.manifest.version, pieces)
        return self._personal[1]

    def _per_version(self) -> tuple[str, Vocabulary, Led]:
        index = self.index
        cached = self._words
        if cached is None or cached[0] != index.manifest.version:
            speakers = {name for seg in index.segments for name in seg.speaker_names}
            texts = [a.text for a in index.articles.values()]
            cached = self._words = (
                index.manifest.version,
                Vocabulary(index.keyword, index.articles.values(), speakers),
                led_by(texts),
            )
        return cached

    def answer(self, question: str, qvec: np.ndarray, analysis: Analysis | None = None) -> Answer:
        """The answer to an already cleaned question whose embedding is `qvec`."""
        index = self.index
        if analysis is None:
            analysis = self._analyse([question])[0]
        vocabulary = self.vocabulary()
        missing = vocabulary.unmentioned(analysis.named)
        if analysis.thing in missing and len(missing) > 1:
            # "What is the price of Bitcoin?": the name no article has says it; the kind asked of it adds nothing
            missing = tuple(m for m in missing if m != analysis.thing)
        terms = index.keyword.query_terms(without_excluded(question))
        found: list[Candidate] | None = None
        if missing == (analysis.thing,) and analysis.thing:
            # "Which other warship ...?" where the articles write "frigate": a kind of thing they name otherwise
            found = gather(index, qvec, terms, self.settings.candidate_chunks, both_sides=is_yes_no(question))
            if self._same_thing.names_kind(analysis.thing, [c.sentence.text for c in found]):
                missing = ()
        if missing:
            return Answer(question, (), True, index_version=index.manifest.version, missing=missing)
        if analysis.role and not any(vocabulary.mentions(w) for w in role_forms(analysis.role)):
            # "What was the name of the pilot ...?" when no article has "pilot": none names one
            return Answer(question, (), True, index_version=index.manifest.version, lacks=_lacked(question, analysis))
        # "according to the alliance", which the articles name "the Baltic Maritime Group, a ... naval alliance"
        alias = (vocabulary.named_as(analysis.voice) or "") if analysis.voice else ""
        if (
            analysis.voice
            and not (asks_reaction(question) and self._acts(analysis.voice))
            and not vocabulary.quotes(analysis.voice, self._attributed)
            and not (alias and vocabulary.quotes(alias, self._attributed))
        ):
            # "what do the hackers say ...?" where the articles quote "A criminal hacking group": a voice named by
            # what it is (its head a word for people or a body), no word of it in any speaker's name, is the speaker
            # nearest it in meaning, if one is; a name ("what did Erdogan say?") is none
            head = analysis.voice.lower().split()[-1]
            if head in _KIND_WORDS and head not in STOPWORDS:
                if found is None:
                    found = gather(index, qvec, terms, self.settings.candidate_chunks, both_sides=is_yes_no(question))
                alias = self._speaker_like(analysis.voice, index.speakers.take([c.sentence.id for c in found])) or ""
            if not alias:
                return Answer(question, (), True, index_version=index.manifest.version, unquoted=analysis.voice)
        articles = index.articles
        if found is None:
            found = gather(index, qvec, terms, self.settings.candidate_chunks, both_sides=is_yes_no(question))
        if asks_best(question) and not any(tells_best(c.sentence.text) and c.dense >= STRANGE_FLOOR for c in found):
            # "what's the best tent for camping in strong wind?" where a tent blew over: no passage near it in
            # meaning (by meaning alone, as for a word no article has: STRANGE_FLOOR) judges what is best, so none
            # answers, however near its words
            return Answer(question, (), True, index_version=index.manifest.version)
        strange = vocabulary.strange_words(question) if analysis.strange else ()
        if (
            strange
            and (
                max((c.dense for c in found), default=0.0)
                < _strange_floor(question, analysis, self.settings.min_relevance)
                or vocabulary.mostly_strange(question, strange, analysis.verbs)
            )
            and not self._said_otherwise(strange, found)
        ):
            # A word no article has, and no passage close in meaning: what matched is only the names it shares
            # with the articles ("how old is Sean Spicer?", "what's the weather like in Aleppo?"), or the one
            # word of a question the articles otherwise never speak of ("best drone for a beginner?").
            return Answer(question, (), True, index_version=index.manifest.version)
        # The candidates' columns read at once, and their relevance computed as arrays (index.scoring).
        ids = [c.sentence.id for c in found]
        contexts = [index.previous_text(c.sentence) for c in found]
        speakers = index.speakers.take(ids)
        sources = [articles[c.sentence.article_id].source for c in found]
        metas = [" ".join(x for x in (s.outlet, s.author, who) if x) for s, who in zip(sources, speakers, strict=True)]
        rels = relevances(
            found, contexts, metas, terms, index.keyword, argument_marks(question, analysis.expects)
        ).tolist()
        columns = zip(
            index.sides.take(ids),
            index.entities.take(ids),
            index.passages.take(ids),
            index.answers.take(ids),
            strict=True,
        )
        scored = []
        asked = frozenset(token_tuple(question))
        # "who was playing on the main stage?" asks who did something: a speaker answers it only telling of their
        # own deeds ("'We closed the gates at four,' the director said"), not reporting another's ("Paramedics
        # treated 14 people, he said"); "who said ...?" is answered by whoever says it, and "who is the museum's
        # director?" by whoever speaks as one
        deed = (
            analysis.kind in ("agent", "person", "organisation") and not analysis.role and not asks_who_said(question)
        )
        only_asked: dict[str, bool] = {}  # each speaker's name: only words of the question?
        # the place or body a titled holder's post is of may stand in the article's outlet or title ("said Mayor Ann
        # Lee" in the Town of Port Larkin's statement): read only for a role asked of one (index.question.holds_role)
        titled = bool(analysis.role and role_qualifiers(question))
        for c, context, speaker, source, rel, (side, holds, passage, answers) in zip(
            found, contexts, speakers, sources, rels, columns, strict=True
        ):
            if speaker != source.outlet:
                if speaker not in only_asked:
                    only_asked[speaker] = _names_only_question_words(speaker, asked)
                if not only_asked[speaker] and (not deed or speaks_of_itself(c.sentence.text)):
                    holds |= self._speaker_holds(c.sentence)
            answered_by = index.speakers[answers] if answers >= 0 else ""
            scored.append(
                Scored(
                    c,
                    rel,
                    side,
                    context,
                    passage,
                    holds,
                    answers,
                    speaker if speaker != source.outlet else "",
                    answered_by if answered_by != source.outlet else "",
                    f"{source.outlet}\n{source.title or ''}" if titled else "",
                )
            )
        if asks_article_author(question):
            # "who wrote the Vestfold TV piece?": a byline of that outlet's article, none of another's
            named_outlets = set(token_tuple(question)) & vocabulary.outlet_words
            if named_outlets:
                scored = [
                    s
                    for s, source in zip(scored, sources, strict=True)
                    if s.sentence.kind != "byline" or named_outlets & set(token_tuple(source.outlet))
                ]
        voice = analysis.voice if analysis.voice and not vocabulary.is_outlet(analysis.voice) else ""
        if voice and not alias:
            # "has the towing company said anything?": a voice named by what it is, not by its name, is the
            # speaker among the candidates nearest it in meaning ("The tug operator, Halvik Towage")
            alias = self._speaker_like(voice, [s.speaker for s in scored]) or ""
        if voice:
            # (an outlet's own narration is its words: "..., according to Sputnik?" keeps Sputnik's reporting)
            scored = voiced(
                voice,
                scored,
                self.settings.min_relevance,
                alias,
                asks_only_words(question, voice),
                deeds=asks_reaction(question),
            )
        vectors = index.sentence_vectors

        def similarity(a: Sentence, b: Sentence) -> float:
            return float(np.dot(vectors[a.id], vectors[b.id]))

        alike = self._same_thing.for_question(question, [c.sentence.text for c in found])
        # (only a question of whether something is so is answered as a dispute)
        point = (
            point_terms((t for t in terms if t not in SAYING_TERMS), index.keyword.df)
            if is_yes_no(question)
            else frozenset()
        )
        blamed = accused(question)
        if blamed:
            # the accused's own account of what happened is its defence: "was the delivery driver to blame?"
            scored = defended(scored, blamed)
        against = opposites(point)
        if against:
            # a claim telling the opposite of the point ("it was an error" of "was it deliberate?") denies it
            scored = opposed(scored, point, against)
            point = point | against
        pieces = self.personal_pieces() if not voice and asks_writer(question) else frozenset()

        def voiced_by(s: Scored) -> bool:
            return may_speak_as(voice, s.speaker) or bool(alias and may_speak_as(alias, s.speaker))

        def by_writer(s: Scored) -> bool:
            # "..., according to the blogger?": the narration of a personal piece, its writer's own words (an
            # outlet's narration has no speaker; a post in its writer's voice is their statement)
            return s.sentence.article_id in pieces and (not s.speaker or s.speaker.endswith(STATEMENT_MARK))

        own: Callable[[Scored], bool] | None = voiced_by if voice else by_writer if pieces else None
        selection = select(
            scored,
            self.settings,
            question,
            similarity,
            analysis.expects,
            alike,
            lambda aid: articles[aid].source.checkable,
            own,
            self.led(),
            vocabulary.outlet_words,
            point,
            _interviewers_questions(index.sentences, [c.sentence for c in found]),
            {c.sentence.id: e for c in found if (e := explained_by(index.sentences, c.sentence.id))},
        )
        return Answer(
            question=question,
            quotes=to_quotes(selection, articles, index.speakers),
            more=quotes_of(selection.more, articles, index.speakers),
            abstained=selection.abstained,
            disputed=selection.disputed,
            index_version=index.manifest.version,
            lacks=_lacked(question, analysis) if selection.abstained and selection.lacks else "",
        )


def _names_only_question_words(speaker: str, asked: frozenset[str]) -> bool:
    """Whether a speaker's name is only words of the question ("The trust" of "which agencies is the trust working
    with?"): what the question is about answers no "who" or "which" of it, whatever it says."""
    words = [w for w in token_tuple(own_name(speaker)) if w not in STOPWORDS]
    return bool(words) and all(w in asked for w in words)


def _strange_floor(question: str, analysis: Analysis, min_relevance: float) -> float:
    """How close in meaning a passage must be to a question holding a word no article has: a question of whether
    something is so asks of that thing (YES_NO_STRANGE_FLOOR); one naming something the articles name is brought
    near their passages by the name it shares ("where was Dorrian born?"), so the minimum relevance; one naming
    nothing is near a passage by what it asks alone (STRANGE_FLOOR)."""
    if is_yes_no(question):
        return YES_NO_STRANGE_FLOOR
    return min_relevance if analysis.named else STRANGE_FLOOR


def _lacked(question: str, analysis: Analysis) -> str:
    """The kind of answer no article gives, as Answer.lacks says it: "name of the pilot" when a role's holder is
    asked for by name, else the kind asked for ("date", "place", "person", ...)."""
    if analysis.role and asks_name(question):
        return f"name of the {analysis.role.lower()}"
    if asks_country(question):
        return "country"  # "which country": no place of any kind, a country
    if asked_instance(question):
        return f"name of the {asked_instance(question)}"  # "which hotel": none named, however many mentioned
    return analysis.kind


def _interviewers_questions(sentences: Sequence[Sentence], candidates: Sequence[Sentence]) -> dict[int, int]:
    """Each candidate in a paragraph of more than one sentence that opens an interviewer's question ("Q: The
    airline says the runway was icy. The airport says it was not. Who is right?"), with the first sentence of the
    paragraph after it, which answers it (-1 at its article's end): the interviewer's words are no answer."""
    out = {}
    for sentence in candidates:
        first = last = sentence.id
        while first > 0 and _same_paragraph(sentences[first - 1], sentence):
            first -= 1
        while last + 1 < len(sentences) and _same_paragraph(sentences[last + 1], sentence):
            last += 1
        if first == last or not interviewer_asks(sentences[first].text):
            continue  # a question of one sentence is the outlet's own question (index.quotes)
        after = last + 1
        ends = after == len(sentences) or sentences[after].article_id != sentence.article_id
        out[sentence.id] = -1 if ends else after
    return out


def _same_paragraph(a: Sentence, b: Sentence) -> bool:
    return a.article_id == b.article_id and a.block == b.block


def _verb_starts(text: str) -> set[int]:
    """Where each word of the text the tagger reads as a verb starts (one tagging of a short text)."""
    return {t.idx for doc in parse([text], disable=TAGS_ONLY) for t in doc if t.tag_.startswith("VB")}
