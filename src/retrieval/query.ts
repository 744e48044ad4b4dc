/** What a typed query's words say: question and chat words are left out of the lexical query (typos are fixed before, see spelling.ts). Pure. */
import { countTerms } from './lexical.js';
import { foldedWords, tokenizeWords } from './text.js';

/**
 * Words that say a query is a question, a request for papers or chat, not what it is about: left out
 * of the lexical query. They are matched as typed, not by stem: "recommend" is a request, while
 * "recommender" and "recommendation" (the same stem) are a topic.
 */
const QUESTION_WORDS = new Set(
  (
    'which what method methods approach approaches technique techniques work works research researchers study studies studied ' +
    'way ways exist exists existing is there are there any anyone someone know knows recommend recommends need needs want wants ' +
    'look looks looking looked tried stumbled published vs summary summarize summarise tldr gist eli5 ' +
    'dont doesnt isnt arent cant wont whats theres im ive youre ppl smth sth lol pls plz thx thanks ok okay hey hi btw idk tbh imo stuff thing things like really actually kinda sorta gonna wanna got seen saw everyone everybody folks guys hello ' +
    'tons ton bunch lots loads plenty heaps basically literally pretty neat awesome curious wondering wonder heard maybe perhaps probably somehow whatever please yeah hmm um uh oh wow ' +
    'sure somewhere forgot hoping tho interested preprint preprints arxiv openreview anybody somebody cheers appreciate appreciated yall ur cool nice ' +
    'yo gimme refs thesis advisor mentioned vaguely love bot lately interesting quick reads overview ' +
    'lmk any1 recs sup tia imho afaik iirc fwiw ofc rn ngl haha omg ya yep nope dunno lemme gotta cuz digging solid ' +
    'incl esp etc wrt abt subtopic subtopics subfield subfields ' +
    'pdf pdfs slides seminal explained dummies nutshell tldr tl dr eli5 define pytorch tensorflow keras jax sos xd urgent urgently ' +
    'phd undergrad postdoc startup monday tuesday wednesday thursday friday saturday sunday weekend week weeks stuck soon deadline boss colleague colleagues coworker coworkers homework hobby hobbyist beginner newbie noob honestly sorry dumb stupid silly ' +
    // What is left of a contraction split at its apostrophe ("I've", "we're", "don't").
    've re ll don isn wasn didn doesn aren couldn wouldn shouldn hasn haven hadn weren'
  ).split(' '),
);

/** The weighted BM25 query for a query text: its terms without question words (all of them if that leaves none). */
export function lexicalQuery(query: string): Map<string, number> {
  const kept = topicTerms(query);
  return countTerms(kept.length > 0 ? kept : tokenizeWords(foldedWords(query)));
}

/**
 * Chat made of words that alone may be a topic ("reading" comprehension, "working" memory, "new"
 * tasks): left out as a whole phrase.
 */
const CHAT_PHRASES =
  /\b(?:trying to (?:find|track down|remember|locate)|i['’]?d love|i would love|quick q(?:uestion)?|(?:been )?reading up on|been reading about|any recommendations|(?:anyone|anybody|someone|somebody|people|folks|who|is anyone|still) working on|these days|new here|summari[sz]e the (?:research|work|literature|papers)|(?:is there |any |some |the )?literature (?:on|about|regarding)|(?:what )?does the literature say(?: about| on)?|(?:a )?link to|(?:paper|pdf|arxiv|github|code) links?|(?:github|gitlab|official|code|source code) (?:repo|repos|repository|repositories)|repo (?:link|for)|(?:most|highly|widely|well|heavily)[ -]cited|most influential|citation counts?|(?:top|best|give me|list|show me)?\s*\d{1,2} (?:good |great |key |important )?(?:papers?|works?|articles?|refs?|references?|reads?)|(?:pytorch|tensorflow|jax|keras) (?:implementations?|code)|definition of|thank(?:s| you)(?: so much| very much| a lot)?(?: in advance)?|please and thank you|asking for a friend|(?:i was |i am |i'm |im )?wondering if (?:you|anyone|someone|somebody) (?:could|can|might|would)(?: possibly| maybe)? help me (?:find|with)|help me find|(?:any )?thoughts\s*\?|^\s*ok(?:ay)? so\b|in (?:one|a|1|a single) sentence|(?:explained|described|put|said) simply|in simple terms|in plain (?:english|words)|(?:the )?(?:main|key) contributions? of|what problem does|(?:the )?(?:key|main) (?:results|findings|takeaways) (?:of|from)|\bmatter\s*\?*\s*$(?<=\bwhy does\b.*)|\bany good\s*\?*\s*$|give me the|crash course|primer|rabbit ?hole|key ideas(?: behind| of| in)?|(?:what['’]?s|whats|what is) hot in|and (?:its|their) friends|-ish\b|(?:background|further) reading(?: on| for| about)?|(?:related|prior) work (?:on|for|about|in)|prior art|like (?:i['’]?m|i am|im) (?:5|five|a (?:kid|child|beginner))|(?:paper|reading) recommendations|\bdead(?=\s*[?!.]*\s*$)(?<=^\s*is\b.*)|for (?:dummies|beginners?|a beginner|newcomers?|novices?)|in a nutshell|cheat ?sheets?|deep ?dives?|hot takes?|(?:what['’]?s|whats|what is) the deal with|pros and cons|(?:lit|literature) reviews?|reading lists?|(?:any )?tips (?:on|for|about)|(?:common )?pitfalls (?:of|in|with)|common mistakes|use cases|worth it|(?:the )?consensus (?:on|about)|everything (?:about|on)|out there|(?:the )?(?:history|timeline) of|trends in|101|links? (?:anyone|pls|please|plz)|class project|for (?:work|school|a class)|where to start|right now|point(?:ing)? me (?:to|at|towards)|good (?:papers?|reads?|work|refs?|sources?)|(?:dumb|stupid|silly|basic|newbie|noob) question|first time (?:posting|poster|here|asking)|side project|keep asking|(?:i|vaguely) recall|recall (?:a|reading|seeing)|reading group|new to (?:this|the) (?:area|field|topic)|(?:mostly|usually) do|appreciate (?:any )?help|asked me to|look into this|my (?:advisor|supervisor|boss|manager|team|professor|prof|lab|group|company)|c[ao]me across|(?:write|wrote|written) (?:about|on)|who (?:wrote|authored|made|created|published|did))\b/gi;

/** Chat in lower case that written in capitals is a name: "asap", but the "ASAP" essay dataset. */
const LOWER_CASE_CHAT = /\b(?:asap|tbd|fyi)\b/g;

/** Whether a (lower-case) word is a question or chat word ("which", "hey", "lol"). */
export function isChatWord(word: string): boolean {
  return QUESTION_WORDS.has(word);
}

/** A link ("https://github.com/...", "arxiv.org"): where something is, not what it is about (a paper's identifier in one is read before, see identifiers.ts). */
const LINK = /(?:\bhttps?:\/\/|\bwww\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|co|edu|dev|app)\b(?:\/\S*)?/gi;

/** The terms of a text that say what it is about: its tokens without question and chat words, and without links. */
export function topicTerms(text: string): string[] {
  return tokenizeWords(
    foldedWords(text.replace(LINK, ' ').replace(CHAT_PHRASES, ' ').replace(LOWER_CASE_CHAT, ' ')).filter((w) => !QUESTION_WORDS.has(w)),
  );
}

/** Discord's markup for a user, role or channel mentioned, and for a server's own emoji ("<@1234>", "<:pepe:5678>"). */
const DISCORD_MARKUP = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>/g;

/** A question without Discord's mentions and custom emoji: who or what a message points at, not what it asks about. */
export function withoutMentions(text: string): string {
  const out = text.replace(DISCORD_MARKUP, ' ');
  return out === text ? text : out.replace(/[ \t]{2,}/g, ' ').trim();
}
