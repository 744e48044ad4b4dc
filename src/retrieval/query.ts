/** What a typed query's words say: question and chat words are left out of the lexical query (typos are fixed before, see spelling.ts). Pure. */
import { countTerms } from './lexical.js';
import { CHAT_WORDS as QUESTION_WORDS } from './chat-words.js';
import { isEnglishWord } from './english.js';
import { foldedWords, tokenizeWords } from './text.js';


/** The weighted BM25 query for a query text: its terms without question words (all of them if that leaves none). */
export function lexicalQuery(query: string): Map<string, number> {
  const kept = topicTerms(query);
  return countTerms(kept.length > 0 ? kept : tokenizeWords(foldedWords(query)));
}

/** Chat that asks for papers or says who asks: "is anybody working on ... these days", "trying to find". */
const ASKING = [
  String.raw`trying to (?:find|track down|remember|locate)`,
  String.raw`i['’]?d love`,
  String.raw`i would love`,
  String.raw`quick q(?:uestion)?`,
  String.raw`(?:been )?reading up on`,
  String.raw`been reading about`,
  String.raw`any recommendations`,
  String.raw`(?:anyone|anybody|someone|somebody|people|folks|who|is anyone|still) working on`,
  String.raw`these days`,
  String.raw`new here`,
  String.raw`summari[sz]e the (?:research|work|literature|papers)`,
  String.raw`(?:is there |any |some |the )?literature (?:on|about|regarding)`,
  String.raw`(?:what )?does the literature say(?: about| on)?`,
  String.raw`(?:a )?link to`,
  String.raw`(?:paper|pdf|arxiv|github|code) links?`,
];

/** What is asked for about a topic rather than the topic: its code, the most cited papers, a kind of reading. */
const READING = [
  String.raw`(?:github|gitlab|official|code|source code) (?:repo|repos|repository|repositories)`,
  String.raw`repo (?:link|for)`,
  String.raw`(?:most|highly|widely|well|heavily)[ -]cited`,
  String.raw`most influential`,
  String.raw`citation counts?`,
  String.raw`(?:top|best|give me|list|show me)?\s*\d{1,2} (?:good |great |key |important )?(?:papers?|works?|articles?|refs?|references?|reads?)`,
  String.raw`(?:pytorch|tensorflow|jax|keras) (?:implementations?|code)`,
  String.raw`definition of`,
];

/** Politeness: "please and thank you", "I was wondering if you could possibly help me find ...". */
const POLITENESS = [
  String.raw`thank(?:s| you)(?: so much| very much| a lot)?(?: in advance)?`,
  String.raw`please and thank you`,
  String.raw`asking for a friend`,
  String.raw`(?:i was |i am |i'm |im )?wondering if (?:you|anyone|someone|somebody) (?:could|can|might|would)(?: possibly| maybe)? help me (?:find|with)`,
  String.raw`help me find`,
  String.raw`(?:any )?thoughts(?=\s*\?)`,
  String.raw`^\s*ok(?:ay)? so`,
  String.raw`good (?:morning|afternoon|evening|day)`,
  String.raw`(?:i )?hope (?:you(?:['’]re| are)?|everyone(?:['’]s| is)?|all|this|it)\b[^.!?]*?(?:well|good|great|fine|right (?:channel|place|server))(?: for this)?`,
  String.raw`(?:sorry|apologies) (?:to bother(?: you)?|if this (?:has been|was|is) asked(?: before| already)?)`,
  String.raw`if it['’]?s not too much trouble`,
  String.raw`(?:would|could) you be so kind as to`,
  String.raw`(?:much|really|greatly) appreciated`,
  String.raw`many thanks`,
  String.raw`(?:for|in advance for) your time`,
  String.raw`(?:long[- ]time|first[- ]time) (?:lurker|poster|posting|listener)`,
  String.raw`(?:would be |i['’]?d be |i am |im |i['’]m )?grateful for`,
  String.raw`(?:hello|hi|hey|morning) (?:friends|all|everyone|everybody|folks|guys|there|y['’]?all|team)`,
  String.raw`if (?:any ?one|some ?one|any ?body|you) ha(?:s|ve) a (?:moment|minute|sec(?:ond)?)`,
  String.raw`what would you say (?:are|is)`,
  String.raw`(?:would|do) you happen to know(?: of)?`,
  String.raw`(?:could|can|would) (?:you|anyone|someone|somebody) (?:please |kindly )?(?:share|list|give|send|show|suggest|recommend|point)(?: me)?`,
  String.raw`(?<=\b(?:tysm|ty|thx|tia|cheers|thanks|thank you)\W*)in advance`,
  String.raw`a bit`,
];

/** What a question asks of a paper it names or a topic: "in one sentence", "main contribution of", "... for dummies". */
const ASKED_OF = [
  String.raw`in (?:one|a|1|a single) sentence`,
  String.raw`(?:explained|described|put|said) simply`,
  String.raw`in simple terms`,
  String.raw`in plain (?:english|words)`,
  String.raw`(?:the )?(?:main|key) contributions? of`,
  String.raw`what problem does`,
  String.raw`(?:the )?(?:key|main) (?:results|findings|takeaways) (?:of|from|on)`,
  String.raw`matter(?=\s*\?*\s*$)(?<=\bwhy does\b.*)`,
  String.raw`any good(?=\s*\?*\s*$)`,
  String.raw`give me the`,
  String.raw`crash course`,
  String.raw`primer`,
  String.raw`rabbit ?hole`,
  String.raw`key ideas(?: behind| of| in)?`,
  String.raw`(?:what['’]?s|whats|what is) hot in`,
  String.raw`and (?:its|their) friends`,
  String.raw`-ish`,
  String.raw`(?:background|further) reading(?: on| for| about)?`,
  String.raw`(?:related|prior) work (?:on|for|about|in)`,
  String.raw`prior art`,
  String.raw`like (?:i['’]?m|i am|im) (?:5|five|a (?:kid|child|beginner))`,
  String.raw`(?:paper|reading) recommendations`,
  String.raw`dead(?=\s*[?!.]*\s*$)(?<=^\s*is\b.*)`,
  String.raw`for (?:dummies|beginners?|a beginner|newcomers?|novices?)(?:[- ]friendly)?`,
  String.raw`(?:beginner|newbie|noob)[- ]friendly`,
  String.raw`in a nutshell`,
  String.raw`cheat ?sheets?`,
  String.raw`deep ?dives?`,
  String.raw`hot takes?`,
  String.raw`(?:what['’]?s|whats|what is) the deal with`,
  String.raw`pros and cons`,
  String.raw`(?:lit|literature) reviews?`,
  String.raw`reading lists?`,
  String.raw`(?:any )?tips (?:on|for|about)`,
  String.raw`(?:common )?pitfalls (?:of|in|with)`,
  String.raw`common mistakes`,
  String.raw`use cases`,
  String.raw`worth it`,
  String.raw`(?:the )?consensus (?:on|about)`,
  String.raw`everything (?:about|on)`,
  String.raw`out there`,
  String.raw`(?:the )?(?:history|timeline) of`,
  String.raw`trends in`,
  String.raw`101`,
  String.raw`(?:the )?(?:math(?:s|ematics)?|ideas?|intuition|magic|motivation) behind`,
  String.raw`(?:^\s*|\b(?:the|any) )theory behind`,
  String.raw`(?<=\b(?:papers?|anything|something|stuff|works?|refs?|resources?|recs?)\s+)4(?=\s+[a-z])(?!\s+(?:bits?|x|gb|k|layers?|heads?|gpus?|tokens?|shots?|experts?|languages?)\b)`,
  String.raw`intuition (?:for|behind|of)`,
  String.raw`walks? (?:me )?through`,
  String.raw`(?:a |any |good |beginner )?tutorials? (?:on|for|about|that|covering|walking)`,
  String.raw`tutorials?(?=\s*[?!.]*\s*$)`,
  String.raw`from scratch(?<=\b(?:tutorials?|walks? (?:me )?through|walk-?through|implement(?:ing|ed)?|cod(?:e|ing)|build(?:ing)?|learn(?:ing)?|explain(?:ed)?)(?:\s+[^\s.?!]+){0,4}\s+from scratch)`,
  String.raw`must[- ]reads?`,
  String.raw`reading (?:materials?|suggestions|order)`,
  String.raw`(?:a )?(?:quick )?run ?down (?:of|on)`,
  String.raw`(?:talking|talks|talk) about`,
  String.raw`(?:papers?|anything|stuff|something|work) related (?:to|with)`,
  String.raw`related with`,
  String.raw`(?:key|main|important|essential|core|foundational|classic|landmark|must[- ]read) (?:papers?|works?|reads?|references?)`,
  String.raw`resources? (?:on|for|about|to learn)`,
  String.raw`(?:what['’]?s|whats) good for`,
  String.raw`(?:the )?best (?:papers?|ones?|reads?|works?)(?: to read)?`,
  String.raw`(?:which|what) (?:paper|one)s? (?:is|are) (?:good|best|the best)(?: ones?)?(?: to read)?`,
  String.raw`(?:(?:i am|im|i['’]m) search(?:ing)?|searching)(?: for)? (?:papers?|works?|articles?)`,
  String.raw`papers? with code`,
  String.raw`open[- ]source (?:implementations?|code|repos?)(?: of| for)?`,
  String.raw`(?:good )?starting (?:papers?|points?)`,
  String.raw`(?:the )?(?:latest|newest|most recent)`,
  String.raw`how many (?:papers|works|articles|studies)`,
  String.raw`(?:do )?you know (?:of|about)`,
  String.raw`(?:beginner[- ]friendly |gentle |good |quick )?(?:intro|introduction)s? (?:to|on|for)`,
  String.raw`good (?:stuff|things|resources|material)`,
  String.raw`(?:learn more|(?:i|to) learn) about`,
];

/** Whether a topic holds up, asked as an opinion: "is ... hype or legit", "worth learning", "still relevant". */
const OPINION = [
  String.raw`(?:the )?real deal`,
  String.raw`worth (?:it|learning|reading(?: about)?|checking out|the hype|using|trying|the grind|my time|watching)`,
  String.raw`still relevant`,
  String.raw`(?:the field|everyone|people) (?:has |have )?mov(?:ed|ing) on`,
  String.raw`hold(?:s|ing)? up(?=\s*(?:[?!.,]|according|$))`,
  String.raw`stack(?:s|ing)? up(?=\s*(?:[?!.,]|$))`,
  String.raw`deliver(?:s)? (?:what (?:it|they) promises?|on (?:its|their|the) promises?)`,
  String.raw`actually works?(?=\s*[?!.]*\s*$)`,
];

/** The bot and its papers addressed: "in your db", "on this server", "what does the corpus say about". */
const COLLECTION = [
  String.raw`(?:(?:in|on|from|of) )?(?:your|ur|the bot['’]?s) (?:corpus|collection|database|db|library|index|papers|list)`,
  String.raw`(?:(?:in|on|from) )?this (?:server|library|collection|database|corpus|channel)`,
  String.raw`(?:stored|covered|indexed) (?:in|on)(?= (?:your|ur|this|the bot))`,
  String.raw`in here`,
  String.raw`search the (?:database|db|corpus|collection) for`,
  String.raw`(?:what )?does the (?:corpus|collection|database|library) (?:say|have)(?: about| on)?`,
  String.raw`(?:do|does) (?:you|this (?:bot|server|library)) have`,
  String.raw`pull up`,
  String.raw`dear bot`,
];

/** A follow-up turning to a new topic: "switching gears, ...", "same but for ...", "one more: ...". */
const TURNING = [
  String.raw`switching gears`,
  String.raw`(?:another|one more)(?: one)?(?=\s*:)`,
  String.raw`same (?:thing |question )?(?:but )?for`,
  String.raw`now do`,
  String.raw`^\s*follow[- ]up\b`,
  String.raw`^\s*(?:ok(?:ay)?,? |and |cool,? )?(?:what|how) about`,
];

/** The people of an asker's work and life, as "my ..." names them. */
const PEOPLE = String.raw`boss|manager|advisor|adviser|supervisor|professor|prof|teacher|friend|colleague|coworker|co-worker|team ?lead|lead|cto|ceo|pm|mentor|tutor|roommate|partner|dad|mom|mum|wife|husband|brother|sister|classmate|teammate|client|students?|team|lab|group|company|interviewer|reviewers?`;
/** ... of whom some are people whoever's they are ("manager asked me to ..."). */
const PERSONS = String.raw`boss|manager|advisor|adviser|supervisor|professor|prof|teacher|cto|ceo|pm|mentor|tutor|interviewer`;

/** Chat about the asker and the asking: "my advisor", "class project", "i vaguely recall". */
const ABOUT_ASKING = [
  // Who asks, by the shape of the words whatever the role: "as a teacher, ...", "my manager asked me to ..." (and "intern here, ...", see ASKER_HERE).
  String.raw`^\s*as an? (?:[\w'’-]+\s+){0,2}[\w'’-]+(?=\s*,)`,
  String.raw`(?:my (?:${PEOPLE})|(?:${PERSONS})) (?:keeps? (?:saying|asking about|talking about|mentioning)|asked|wants|told|said|says|mentioned|suggested|recommended)(?: (?:me|us))?(?: to)?`,
  String.raw`links? (?:anyone|pls|please|plz)`,
  String.raw`class project`,
  String.raw`for (?:work|school|a class)`,
  String.raw`where to start`,
  String.raw`right now`,
  String.raw`point(?:ing)? me (?:to|at|towards)`,
  String.raw`good (?:papers?|reads?|work|refs?|sources?)`,
  String.raw`(?:dumb|stupid|silly|basic|newbie|noob) question`,
  String.raw`first time (?:posting|poster|here|asking)`,
  String.raw`side project`,
  String.raw`keep asking`,
  String.raw`(?:i|vaguely) recall`,
  String.raw`recall (?:a|reading|seeing)`,
  String.raw`reading group`,
  String.raw`new to (?:this|the) (?:area|field|topic)`,
  String.raw`(?:mostly|usually) do`,
  String.raw`appreciate (?:any )?help`,
  String.raw`asked me to`,
  String.raw`look into this`,
  String.raw`my (?:advisor|supervisor|boss|manager|team|professor|prof|lab|group|company)`,
  String.raw`c[ao]me across`,
  String.raw`(?:write|wrote|written) (?:about|on)`,
  String.raw`who (?:wrote|authored|made|created|published|did)`,
  String.raw`where (?:do|should|can|would) (?:i|we|one) (?:even )?(?:start|begin)`,
  String.raw`where to (?:begin|even start)`,
  String.raw`how (?:do|can|should|would) (?:i|we|one) (?:even )?(?:get started|start|begin|learn|get into)(?: (?:about|on|with))?`,
  String.raw`get(?:ting)? (?:started|into)(?: (?:with|on))?`,
  String.raw`(?:what |wat |which )?(?:should|do|must) (?:i|we) (?:read|cite|know|look at|start with)`,
  String.raw`(?:i['’]?ve been |i['’]?m |im |i am |been )?trying to`,
  String.raw`due (?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|soon|next week|this week)`,
  String.raw`(?<=[,.!:]\s*)(?:pls |please )?help(?: pls| please)?(?=\s*[!?.]*\s*$)`,
  String.raw`(?:i['’]?m |im |i am )(?:a |an )?(?:phd |masters? |grad(?:uate)? |undergrad(?:uate)? |high school |college |first[- ]year )?student`,
  String.raw`(?:i['’]?m |im |i am )(?:a |an )?(?:software |ml |data |backend |frontend |research |junior |senior )?(?:engineer|developer|dev|scientist|researcher|analyst)`,
  String.raw`(?:our|my) team`,
  String.raw`(?:is |are |am )?considering`,
  String.raw`for a project`,
  String.raw`what does the research say(?: about| on)?`,
  String.raw`(?:they|he|she|someone|interviewers?) (?:might|may|will|could) ask(?: me)? about`,
  String.raw`writing (?:my|a) (?:thesis|dissertation|paper|report|essay|blog(?: post)?)(?: on| about)?`,
  String.raw`(?:i )?know nothing about`,
  String.raw`(?:i['’]?m |im |i am )?new to (?:ml|ai|machine learning|deep learning|nlp|research|this)`,
  String.raw`(?:with )?no (?:ml|ai|cs|math|research) background`,
  String.raw`mov(?:ing|e) into`,
  String.raw`get(?:ting)? a handle on`,
  String.raw`(?:point|pointing) (?:me )?in the right direction`,
  String.raw`pointers (?:to|on|for|about)`,
  String.raw`(?:i )?(?:feel|am|i['’]m|im) (?:a bit |kinda |totally |completely )?lost`,
  String.raw`reading around`,
  String.raw`(?:a |an |my |job )?interview`,
  String.raw`prepping for`,
  String.raw`help me (?:understand|learn|out)`,
  String.raw`drop (?:some |a few )?links`,
  String.raw`keep hearing about`,
  String.raw`(?:some |any |your )recommendations (?:on|for|about)`,
  String.raw`sounds? (?:kinda |really |so |pretty )?(?:sus|cool|interesting|hard|complicated|smart|fake|legit|scary)`,
  String.raw`am i (?:missing something|wrong|crazy|the only one)`,
  String.raw`(?:seems?|feels?) (?:kinda |so |pretty |really )?(?:mid|overrated|underrated|sus|hard|confusing|weird|scary)`,
  String.raw`(?:in|for|at) (?:my|our) (?:class|course|seminar|workshop|meetup|team|company|club|newsletter|podcast|blog|reading group)`,
  String.raw`(?:this|next|last) (?:week|weekend|semester|month)`,
  String.raw`(?:the )?core ideas? (?:of|behind)`,
  String.raw`(?:a |the )?(?:standard|canonical|classic|go-to) references? (?:for|on)`,
  String.raw`(?:is there )?anything (?:good )?(?:on|about)`,
  String.raw`(?:what['’]?s|whats|what is) (?:a )?(?:good|solid) (?:first )?(?:paper|read|overview|intro)(?: on| about| for)?`,
  String.raw`(?:get|getting|got) up to speed(?: on| with)?`,
  String.raw`(?:catch[- ]up|brush up|read up|dig into|dive into|diving into)(?: on)?`,
  String.raw`(?:know|knew) nothing`,
  String.raw`nothing too (?:heavy|technical|mathy|long)`,
  String.raw`(?:zero|no|little) background`,
  String.raw`send help`,
  String.raw`(?:i['’]?m |im )cooked`,
  String.raw`skill issue`,
  String.raw`it['’]?s giving`,
  String.raw`main character energy`,
  String.raw`no cap`,
  String.raw`hits different`,
  String.raw`change my mind`,
  String.raw`prove me wrong`,
  String.raw`tier list`,
  String.raw`out of (?:ten|10)`,
  String.raw`(?:the )?go-to`,
  String.raw`in (?:like )?(?:one|two|three|a few|\d) (?:sentences|words|lines|paragraphs)`,
  String.raw`(?:in )?(?:simple|human|plain|normal|layman['’]?s?) (?:words?|terms|english|language)`,
  String.raw`non-?technical`,
  String.raw`for (?:normal|regular|non-?technical|ordinary) (?:people|folks|humans)`,
  String.raw`(?:by|before|within) (?:the )?(?:end of (?:the )?(?:day|week|month)|tomorrow|tonight|the hour)`,
  String.raw`running out of time`,
  String.raw`last[- ]minute`,
  String.raw`all day`,
  String.raw`(?:do )?the needful`,
  String.raw`new (?:in|to) (?:this|the) field`,
  String.raw`is it possible (?:for you )?to`,
  String.raw`(?:find|get|search) for me`,
  String.raw`(?:what is|what['’]?s|whats) the meaning of`,
  String.raw`what does (?:it|this|that) (?:even )?mean`,
  String.raw`(?:it['’]?s |its )?not clicking`,
  String.raw`makes? (?:zero|no|little) sense to me`,
  String.raw`i (?:really )?(?:do ?n['’]?t|do not) (?:really )?(?:get|understand)`,
  String.raw`(?:i['’]?m |im |i am )(?:still |so )?confused about`,
  String.raw`(?:read|learn) more(?= about| on|\s*[?!.]*\s*$)`,
  String.raw`feed me`,
  String.raw`^\s*query\s*:`,
  String.raw`when should(?:n['’]?t)? (?:i|we) use`,
  String.raw`who (?:started|invented|came up with)`,
];

/**
 * Chat made of words that alone may be a topic ("reading" comprehension, "working" memory, "new"
 * tasks, "history" of a dialogue): left out as a whole phrase.
 */
const CHAT_PHRASES = new RegExp(String.raw`\b(?:${[...ASKING, ...READING, ...POLITENESS, ...ASKED_OF, ...OPINION, ...COLLECTION, ...TURNING, ...ABOUT_ASKING].join('|')})\b`, 'gi');

/**
 * A survey asked for ("a good survey on ...", "... survey?"): a kind of paper. The lexical query leaves
 * it out, so that a topic no survey covers is still found; the embedding keeps it, so that surveys
 * come first where there are some.
 */
const SURVEY_ASKED = new RegExp(
  String.raw`\b(?:(?:a |any |good |recent |comprehensive )*surveys?(?: papers?)? (?:on|of|about|for|covering)|surveys?(?=\s*[?!.]*\s*$))`,
  'gi',
);

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
  return tokenizeWords(foldedWords(withoutChatPhrases(text).replace(SURVEY_ASKED, ' ')).filter((w) => !QUESTION_WORDS.has(w)));
}

/**
 * The text without its links and chat phrases ("hope this is the right channel", "in your db"), its
 * words otherwise as typed: what the query's embedding is made of. Question words ("which methods",
 * "approaches") stay in it, which place a paraphrase among the papers.
 */
export function withoutChatPhrases(text: string): string {
  const known = readWithoutChat.get(text);
  if (known !== undefined) return known;
  const out = text.replace(ASKER_HERE, introduction).replace(LINK, ' ').replace(CHAT_PHRASES, ' ').replace(LOWER_CASE_CHAT, ' ');
  const read = out === text ? text : out.replace(/\s{2,}/g, ' ').trim();
  if (readWithoutChat.size >= READ_KEPT) readWithoutChat.delete(readWithoutChat.keys().next().value!);
  readWithoutChat.set(text, read);
  return read;
}

/** A message opening with who asks: "intern here, ...", "policy person here: ...". */
const ASKER_HERE = /^\s*((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s+here\s*[,:;!-]/u;

/** Words for who someone is that no suffix gives away. */
const ROLES = new Set('intern student grad undergrad postdoc phd dev pm ta vc person guy girl newbie noob beginner lurker nerd hobbyist fan'.split(' '));

/**
 * Who the asker is, left out when it names a person ("bootcamp grad here,", "policy person here:",
 * "retired engineer here,"), not a topic ("lora here, ...").
 */
function introduction(opening: string, who: string): string {
  const head = who.split(/\s+/).at(-1)!.toLowerCase();
  const person = ROLES.has(head.replace(/s$/, '')) || (/(?:er|or|ist|ian|ant|ent|ee)s?$/.test(head) && isEnglishWord(head));
  return person ? ' ' : opening;
}

/**
 * The texts last read without their chat: one search reads the query and its parts a dozen times
 * over, and the chat expression, with its hundreds of phrases, costs tens of microseconds a read.
 */
const readWithoutChat = new Map<string, string>();
const READ_KEPT = 512;

/** Discord's markup for a user, role or channel mentioned, and for a server's own emoji ("<@1234>", "<:pepe:5678>"). */
const DISCORD_MARKUP = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|(?<![\w:]):[a-z0-9_+-]+:(?![\w:])/g;

/** A question without Discord's mentions and custom emoji: who or what a message points at, not what it asks about. */
export function withoutMentions(text: string): string {
  const out = text.replace(DISCORD_MARKUP, ' ');
  return out === text ? text : out.replace(/[ \t]{2,}/g, ' ').trim();
}
