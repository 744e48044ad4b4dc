/**
 * The words of chat, left out of what a query is about (see query.ts): question words and everyday
 * chat, matched as typed in lower case, not by stem. Data only.
 */

/**
 * Words that say a query is a question, a request for papers or chat, not what it is about: left out
 * of the lexical query. They are matched as typed, not by stem: "recommend" is a request, while
 * "recommender" and "recommendation" (the same stem) are a topic.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  (
    'which what method methods approach approaches technique techniques work works research researchers study studies studied ' +
    'way ways exist exists existing is there are there any anyone someone know knows recommend recommends need needs want wants ' +
    'look looks looking looked tried stumbled published vs summary summarize summarise tldr gist eli5 ' +
    'dont doesnt isnt arent cant wont whats wheres hows whos whys thats heres theres im ive youre ppl smth sth lol pls plz thx thanks ok okay hey hi btw idk tbh imo stuff thing things like really actually kinda sorta gonna wanna got seen saw everyone everybody folks guys hello ' +
    'tons ton bunch lots loads plenty heaps basically literally pretty neat awesome curious wondering wonder heard maybe perhaps probably somehow whatever please yeah hmm um uh oh wow ' +
    'sure somewhere forgot hoping tho interested preprint preprints arxiv openreview anybody somebody cheers appreciate appreciated yall ur cool nice ' +
    'yo gimme ref refs ever thesis advisor mentioned vaguely love bot lately interesting quick reads overview ' +
    'lmk any1 recs sup tia imho afaik iirc fwiw ofc rn ngl haha omg ya yep nope dunno lemme gotta cuz bc coz bcuz digging solid ' +
    'incl esp etc wrt abt subtopic subtopics subfield subfields ' +
    'pdf pdfs slides seminal explained dummies nutshell tldr tl dr eli5 define pytorch tensorflow keras jax sos xd urgent urgently ' +
    'bruh fam tryna wat tysm ty tyvm bestie lurker greetings dear kindly apologies apologise apologize grateful rundown informations hype legit overhyped tell alright aight suggest influential sobre acerca ueber ' +
    'lowkey highkey gentle gently fun sus overrated underrated goated tonight skim skimmed lmao sir prepping ' +
    'fav fave favourite favorite nah worthy lurking bro af intros gm gn teh speedrun jk gg brb afk ' +
    'obsessed frustrated pumped ugh burnt midnight retired handouts clearest shortest meh ' +
    'skeptical amazing hiya howdy heyyy salutations oi pager panicking nicely vibe vibes mate danke merci gracias arigato sry oops forgive pardon ' +
    'bussin slay periodt pinging dm mods smh deserves walkthrough sophomore buzzword embarrass embarrassing doable inspo quals ' +
    'brave begging wassup heya ayo buddy lifeline lifesaver thrilled nerd fascinating ' +
    'hardcore ttyl bless clutch poggers grinding cracked fr hyped nervous seriously consultant ' +
    'comfortable boring crisp complain forever overwhelmed apparently diving starter hardest transitioning newcomer roadmap stressed decent ' +
    'googling og lil ' +
    'phd undergrad postdoc startup monday tuesday wednesday thursday friday saturday sunday weekend week weeks stuck soon deadline boss colleague colleagues coworker coworkers homework hobby hobbyist beginner newbie noob honestly sorry dumb stupid silly ' +
    // What is left of a contraction split at its apostrophe ("I've", "we're", "don't").
    've re ll don isn wasn didn doesn aren couldn wouldn shouldn hasn haven hadn weren'
  ).split(' '),
);

/**
 * Everyday chat around a question: greetings and sign-offs (in several languages), thanks, slang and
 * texting shortcuts, interjections, feelings, the people and the days of the asker's life, how they
 * want to read. No paper of the bundled corpus uses one of them (in its title, abstract or
 * description, as typed or as the stem of another word: "intern" of "internal"), and words that may name a topic of the field are not among them: emotions
 * classifiers tell apart ("happy", "sad", "angry"), exams models sit ("exam", "finals"), meetings
 * summarised; nor are everyday nouns an off-topic question may be about ("wedding", "podcast", "night",
 * "summer", "sister"), whose papers the corpus lacks. "FYI" and "ASAP" are left to query.ts, which reads them as chat in lower case only.
 */
const EVERYDAY_CHAT: readonly string[] = (
  'hii hiii helo heyy yoo ahoy hallo gday mornin goodnight wb bye byee goodbye cya ' +
  'seeya ttys gtg bbl peace adios farewell xoxo sayonara thankyou thanku thnx thanx tnx thankful kudos ily ' +
  'ilysm luv yw nw nbd soz whoops yikes excuse lmfao rofl lul kek kekw omfg wtf wth tbf idc idgaf ikr ' +
  'ofcourse jfc frfr ong istg idts nocap deadass bruhh broo bruv brah sis dude dudes homie homies bff vibing ' +
  'slaps sheesh cringe cringey rizz rizzler salty yeet oof welp bleh blah ughh hmmm huh ah ahh ahhh ohh ooh ' +
  'woww whoa woah yay yasss yesss yess yup yea yeh yah okie kay mhm uhh umm erm naw nooo pleasee srsly rly def ' +
  'defo prolly thru coz wut hmu ggwp wp glhf ez nub rekt gigachad pog pogchamp tryhard sweaty ragequit ' +
  'tilted buffed sadge skibidi gyat mewing delulu purr shook boujee glowup iykyk ' +
  'bffr situationship ick sksksk banger goofy crashout brainrot yap yapping lfg letsgo tonite tmrw tmr ' +
  'yesterday yday outta lotta coulda shoulda woulda ' +
  '' +
  '' +
  '' +
  'peeps ' +
  'procrastinating prep legendary ' +
  'iconic lame terrible awful horrible cute wholesome janky scuffed sketchy annoying frustrating insane ' +
  'crazy brilliant genius sweet noice nicee gud cursed blessed unhinged damn dang freaking heck crap ' +
  'shit fuck fucking totes obviously anyways hella sooo tired sleepy exhausted ' +
  'burntout stoked swamped bored glad relieved hungover unmotivated demotivated annoyed irritated clueless ' +
  'desperate comfy cozy chill chillin grumpy cranky wbu hbu wyd wya hru wdym wym bout somethin nothin nada jus ' +
  'kno yr finna shoulda coulda woulda gotcha whatcha aint yknow cmon hola bonjour salut bonsoir ciao buongiorno ' +
  'moin gruezi tschuss namaste konnichiwa ohayo oyasumi annyeong nihao privet zdravstvuyte merhaba selam salam ' +
  'shalom marhaba hej hei tere terve ahoj czesc szia aloha jambo xinchao kamusta tchau saludos grazie obrigado ' +
  'obrigada valeu arigatou gomawo kamsahamnida xiexie spasibo shukran shukriya dhanyavad tesekkurler dziekuje ' +
  'dank tack takk kiitos efharisto salamat terimakasih asante hvala koszonom multumesc gomen gomenasai sumimasen ' +
  'mianhae entschuldigung scusa hbd congrats congratulations goodluck luck hahaha hehe heh jaja mdr wkwk ' +
  'asdfghjkl ew eww yuck ouch uhoh phew whew shh tsk woohoo yippee hooray whyy helpp waitt whaat skimming ' +
  'skimmable binge binging bingeing bookmark bookmarked cheatsheet lowdown recap refresher crashcourse deepdive ' +
  'spoonfeed spoonfed handholding tldw bitesized layman respectfully sincerely tfw mfw tmi omw otw ' +
  'homesick nerfed cooked ' +
  'totally definitely definately absolutely hopeful regards ' +
  'intro intros ' +
  'sum1 havent didnt wouldnt couldnt shouldnt wasnt werent hasnt hadnt nowhere ' +
  'lf fad fuss criticize criticise '
).trim().split(/\s+/);

/** Question words and everyday chat together. */
export const CHAT_WORDS: ReadonlySet<string> = new Set([...QUESTION_WORDS, ...EVERYDAY_CHAT]);
