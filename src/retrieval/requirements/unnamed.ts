/**
 * The names a question asks for ("which base model was Babel-83B grown from", "which nine languages
 * does SambaLingo adapt Llama 2 to?", "what are the six domains in taskmaster-1") that a paper gives
 * none of: its abstract names no model it builds on, no language, or counts the domains without
 * listing them; asked of a paper the question names, where its code is, its license or where its
 * authors work ("is there a github repo for ...", "what license is ... under"). As with a quantity it gives no number for (see unstated.ts), the paper is about what
 * was asked but does not hold the fact, and search is less sure (see engine.ts). Pure, and without
 * dependencies but the table of languages and the words of the first person: the answer's notes read
 * which asked-for things are names.
 */
import { FIRST_PERSON } from '../query/first-person.js';
import { LANGUAGES } from './places.js';

/** Families of models a paper may say it builds on ("Llama 2", "Mistral 7B", "BERT"). */
const MODEL_FAMILIES = new Set(
  `llama llama2 llama3 codellama tinyllama alpaca vicuna mistral mixtral gpt gpt2 gpt3 gpt4 chatgpt gpt-j gpt-neo gpt-neox bert roberta
  deberta electra xlnet albert distilbert t5 mt5 flan-t5 byt5 bart mbart qwen qwen2 gemma falcon bloom bloomz opt pythia mpt phi
  palm palm2 chatglm glm baichuan internlm claude gemini deepseek yi olmo starcoder codegen santacoder whisper wav2vec hubert clip
  vit llava blip blip2 solar stablelm xglm xlm ernie chinchilla gopher galactica orca zephyr aya mamba t0 mt0 flan nemotron granite
  jamba dbrx minicpm internvl cogvlm idefics pali paligemma flamingo kosmos tulu wizardlm openchat davinci`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * What "which ..." asks the name of rather than a number: the model a paper builds on ("which base
 * model was Babel-83B grown from", "which llm is nv-embed built on top of", "which llm do they use",
 * "NV-Embed base LLM"), the languages it covers ("which nine languages does SambaLingo adapt Llama 2
 * to", "INJONGO list of languages"). Each with how a paper names one.
 */
// "mistral-7b", "llama2", "xlm-r", "gpt-j", "text-davinci-002" are of their families.
export const isModelFamily = (w: string) =>
  MODEL_FAMILIES.has(w) ||
  MODEL_FAMILIES.has(w.replace(/[-.]?\d.*$/, '')) ||
  MODEL_FAMILIES.has(w.replace(/-[a-z]{1,2}$/, '')) ||
  MODEL_FAMILIES.has(w.replace(/[-.]?\d.*$/, '').split('-').at(-1)!);

/** A pattern that matches where any of the patterns does. */
function anyOf(...patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => p.source).join('|'));
}

/**
 * A sentence that says where the code or data is ("The source code is available at
 * https://github.com/.../KaSA.", "The codes, models, audio ... can be accessed at aka.ms/wavllm.",
 * "Codes and models will be released later."); an extractive answer quotes it only when asked.
 */
export const WHERE_THE_CODE_IS =
  /https?:\/\/|\bgithub\.com\b|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|io|ai|ms|net|dev)\/\S|\b(?:codes?|implementations?)\b[^.]{0,40}\b(?:(?:is|are|will\s+be|can\s+be)\s+(?:publicly\s+|freely\s+|now\s+|made\s+)?)?(?:available|released|accessed)\b/iu;

/**
 * A paper's text that says its code, models or data are out or where: where the code is, "we
 * open-source our models", "the dataset will be publicly released"; not "the principles underlying
 * open-source software development".
 */
const CODE_GIVEN = new RegExp(
  String.raw`${WHERE_THE_CODE_IS.source}|\b(?:code|codes|implementation|models?|weights|checkpoints?|data|datasets?|benchmarks?|resources|toolkit|library)\b[^.]{0,80}?\b(?:available|released|accessible|open-?sourced)\b|\b(?:release|releases|releasing|open-?source|open-?sources|open-?sourcing|make|makes|making|publish|publishes|share|shares)\s+(?:\S+\s+){0,3}?(?:code|codes|implementation|models?|weights|checkpoints?|data|datasets?)\b`,
  'iu',
);

/**
 * An abstract's words for its terms of use: "made available under a permissive license", "the Apache 2.0
 * license", "free for commercial use"; not "commercial models" or "medical licensing exams".
 */
const LICENSE_GIVEN = /\blicen[cs](?:e|es|ed)\b|\bapache\b|\bcc[- ]by\b|\bcommercial(?:ly)?\s+(?:use|usage|purposes)\b|\bused\s+commercially\b/i;
/** Programming languages a paper on code names ("C++, C#, JavaScript, Java, or PHP-to-Python"), but those that are English words too. */
const PROGRAMMING_LANGUAGES = new Set(
  'python java javascript typescript php kotlin scala haskell perl fortran cobol matlab sql verilog vhdl solidity cuda ocaml erlang elixir'.split(' '),
);
/** Words of an abstract that say where its authors work: "by and for Erasmus University Rotterdam". */
const AFFILIATION_GIVEN = /^(?:universit|institut|laborator|lab$|labs$|google|deepmind|meta$|facebook|microsoft|openai|nvidia|apple|amazon|alibaba|tencent|baidu|ibm|anthropic|huawei|salesforce|stanford|berkeley|tsinghua)/;

/** Words of an abstract that say who won: "the winning team", "ranked first", "the top-ranked system". */
const WINNER_GIVEN = /^(?:won|winning|winners?|first-place|top-ranked|top-performing|best-performing|first-ranked)$/;

/** Words of an abstract that name the hardware it ran on: "8 A100 GPUs", "TPUv4 pods", "a single RTX 3090", "Ascend NPUs". */
const HARDWARE_GIVEN = /^(?:[ahvptl]\d{2,3}s?|a\d{4}s?|rtx|gtx|titan|geforce|quadro|tesla|tpus?|tpu-?v\d+|nvidia|npus?|ascend|mi\d{3}x?|gaudi\d?|fpgas?|cpus?)$/;
/** How an abstract names the robot it ran on: "a Franka Emika Panda arm", "a UR5", "Boston Dynamics Spot". */
const ROBOT_GIVEN = /^(?:franka|panda|ur\d{1,2}e?|kuka|iiwa|spot|stretch|xarm\d?|fetch|pr2|baxter|sawyer|jaco|kinova|aloha|widowx|locobot|unitree|go[12]|anymal|cassie|digit|tiago|turtlebot|jackal|husky|nao|pepper|allegro)$/;

/** Words for software a paper runs: "docking software", "nerf library", "household simulator". */
const SOFTWARE = String.raw`(?:software|toolkits?|librar(?:y|ies)|packages?|simulators?|solvers?)`;
/** A name with a capital beside a word for software: "the popular Nerfstudio library", "a simulator (VirtualHome)". */
const SOFTWARE_NAMED = new RegExp(String.raw`\b\p{Lu}[\p{L}\p{N}.-]*\s+${SOFTWARE}\b|\b${SOFTWARE}\s+(?:called\s+|named\s+|\()?\p{Lu}`, 'u');

/** How a question asks which of several did best: "which model came out on top", "which metric did best". */
const DID_BEST = String.raw`(?:(?:achieved|produced|gave|got|had|reached)\s+the\s+(?:best|highest|top)|came\s+out\s+as\s+(?:the\s+)?(?:least|most|best|top)|did\s+(?:the\s+)?best|does\s+(?:the\s+)?best|performed\s+(?:the\s+)?best|performs\s+(?:the\s+)?best|came\s+out\s+on\s+top|comes\s+out\s+on\s+top|scored\s+(?:the\s+)?(?:highest|best)|scores\s+(?:the\s+)?(?:highest|best)|ranked\s+first|won|wins|topped|tops|was\s+(?:the\s+)?best|is\s+(?:the\s+)?best|(?:ended\s+up|turned\s+out)\s+(?:being\s+|to\s+be\s+)?(?:the\s+)?best)`;

/**
 * What asks which of the things `noun` names did best, after `lead` ("of the " for those compared); not
 * how one decides which comes out on top.
 */
function didBest(noun: string, lead = ''): string {
  return String.raw`(?<!\bto\s+(?:decide|determine|choose|pick|find|tell|judge|identify|know|see)\s+)\b(?:which|what)\s+${lead}(?!(?:kinds?|types?|sorts?)\s+of\b)(?:[^\s,;]+\s+){0,3}?${noun}\s+(?:[^\s,;]+\s+){0,8}?${DID_BEST}\b`;
}

/**
 * What a question may ask the name of. `ofPaper`: asked only of a paper the question names ("is
 * there a github repo for the X paper"): of a topic ("papers with code on rag") it is a wish, not a
 * fact asked for.
 */
const ENTITIES: readonly {
  kind: string;
  asks: RegExp;
  named: (word: string) => boolean;
  /** Whether a paper's text (title and abstract, as written) names one, where its words lower-cased cannot tell. */
  namedInText?: (text: string, question: string) => boolean;
  loose?: true;
  ofPaper?: true;
}[] = [
  {
    kind: 'base model',
    asks: anyOf(
      // "which base model", "what is the base model of llava-o1", "whats the exact base model"; not "what their base models achieve", "the base
      // model size" or "capped by what the base model can do".
      /\b(?:which|what)(?:'s|’s|s)?\s+(?:(?:is|was|are|were)\s+(?:the\s+|their\s+|its\s+)?|(?!(?:their|its|our|his|her)\s)(?!the\s+(?:\S+\s+){1,3}?(?:can|could|already|knows?|learned|learns|would|will|might|may|achieves?|gets|got|sees|saw|outputs|produces|predicts)\b)(?:the\s+)?)(?:\S+\s+)?(?:base|foundation|backbone|underlying|parent|pretrained|pre-trained|starting|initial)\s+(?:language\s+)?(?:model|[a-z]{0,3}lm|checkpoint|network)s?\b(?![-\s]+(?:sizes?|param\w*|scales?)\b)/,
      // "which model was it fine-tuned from", "... expanded from", "... built upon"
      /\b(?:which|what)\s+(?:\S+\s+){0,2}?(?:model|llm|lm|lmm|mllm|vlm|lvlm|checkpoint)s?\b(?:\s+\S+){0,6}?\s+(?:(?:fine-?tuned?|initiali[sz]ed|start|started|grown|derived|distill|distilled|adapted|continued|expanded|extended|upscaled|scaled\s+up)\s+from|(?:start|started)\s+(?:with|w\/)|built\s+upon|on\s+top\s+of)(?!\w)/,
      // "which llm is it built on", "which model was infmllm based on", "which lmm is ladeco built on"; not "which models are based on transformers"
      /\b(?:which|what)\s+(?:\S+\s+){0,2}?(?:model|llm|lm|lmm|mllm|vlm|lvlm|checkpoint)s?\s+(?:is|was)\s+(?:\S+\s+){1,4}?(?:built|based)\s+(?:up)?on\b/,
      // "which llm do they plug the encoders into"
      /\b(?:which|what)\s+(?:\S+\s+)?(?:[a-z]{0,3}lm|backbone)s?\s+(?:do|does|did)\s+(?:\S+\s+){1,3}?(?:use|plug|attach|connect|build\s+on|rely\s+on|sit\s+on|run\s+on|start\s+from)\b/,
      // "which chat model did they continue pretraining": the model continued is the one built on.
      /\b(?:which|what)\s+(?:(?!(?:size|sized|scale|big|large)\s)\S+\s+){0,2}?(?:model|llm|lm|checkpoint)s?\s+(?:do|does|did)\s+(?:they|it|the\s+authors)\s+(?:continue|continually)\s+(?:to\s+)?(?:pre-?)?train/,
      // keywords: "NV-Embed base LLM"
      /^\s*(?:\S+\s+){1,3}(?:base|backbone)(?:\s+(?:model|llm|lm|backbone)s?){1,2}\s*\??\s*$/,
      // "what backbone is it built on", "which vision encoder backbone does it use"
      /\b(?:which|what)\s+(?:\S+\s+){0,2}?(?:backbone|base\s+model|base\s+llm)s?\s+(?:is|are|was|were|do|does|did)\s+(?:\S+\s+){0,3}?(?:built|based|use|uses|used|rely|relies|run|start|started)\b/,
      // "which decoder-only LLM is used as the backbone of NV-Embed"
      /\b(?:which|what)\s+(?:\S+\s+){0,2}?(?:model|llm|lm|network)s?\s+(?:is|are|was|were|serves|served)\s+(?:used\s+)?as\s+(?:the\s+|its\s+|their\s+)?(?:\S+\s+)?(?:backbone|base|foundation)\b/,
      // "llamalens is it llama 3.1 8b or 70b based?": a family or a size asked (not "is it transformer based?").
      new RegExp(String.raw`\b(?:is|was)\s+(?:it|this|that)\s+(?:\S+\s+){0,4}?(?:${[...MODEL_FAMILIES].join('|')}|\d+(?:\.\d+)?b)\b(?:\s+\S+){0,4}?\s+based\s*\??\s*$`),
      // "speechverse uses which speech encoder": the model it builds on.
      /\b(?:uses?|used|using)\s+which\s+(?:\S+\s+){0,2}?(?:encoder|decoder|backbone|llm|lm|base\s+model)s?\b/,
      // "3d-llm uses blip-2 or flamingo as the 2d vlm backbone?": which of the two it builds on.
      /\b(?:use|uses|used|using)\s+\S+\s+or\s+\S+\s+as\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:\S+\s+){0,3}?(?:backbone|base(?:\s+model)?|foundation(?:\s+model)?|base\s+llm)\b/,
      // "built on which sequence-to-sequence backbone"
      /\b(?:built|based|trained|initiali[sz]ed|fine-?tuned|started)\s+(?:on|upon|from|with)\s+which\s+(?:\S+\s+){0,3}?(?:model|backbone|llm|lm|checkpoint|encoder|decoder)s?\b/,
      // "the names of the backbones"
      /\bnames?\s+of\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:backbone|base\s+model|base\s+llm)s?\b/,
      // "which model family were the 7b and 13b models": the family its models are of (not "which model family is best").
      /\b(?:which|what)\s+(?:model|llm|lm)\s+famil(?:y|ies)\s+(?:is|are|was|were|do|does|did)\b(?!\s+(?:the\s+)?(?:best|better|worse|worst|most|least|good|fastest|strongest)\b)/,
      // "which pretrained speech encoder and which text model does it keep frozen": the models it builds on, unchanged.
      /\b(?:which|what)\s+(?:\S+\s+){0,3}?(?:model|llm|lm|encoder|decoder|backbone)s?\b(?:\s+\S+){0,12}?\s+(?:(?:keep|keeps|kept|leave|leaves|left)\s+frozen|(?:is|are|was|were|stay|stays|stayed|remain|remains|remained)\s+frozen|(?:freeze|freezes|froze))\b/,
    ),
    named: isModelFamily,
    namedInText: namesBackbone,
  },
  // "which model does it use" may ask for an architecture ("a conditional VAE") no family names.
  // "which model did they use as the baseline" asks what it is compared with.
  { kind: 'base model', asks: /\b(?:which|what)\s+(?:\S+\s+){0,2}?(?:models?|plms?|llms?)\s+(?:do|does|did)\s+(?:they|it|the\s+authors|the\s+(?:\S+\s+){1,8}?)\s*(?:\S+\s+)?(?:use|deploy|deployed|adopt|pick|choose)\b(?!\s+(?:as|for)\s+(?:the\s+|a\s+|their\s+)?baselines?\b)/, named: isModelFamily, loose: true },
  // The model a paper uses in a role: "which specific language models served as the in-context learners", "which llm provided the feedback";
  // not what a model does ("personalizing what an LLM generates").
  {
    kind: 'language model',
    asks: /\b(?:which|what)\s+(?!(?:an?|the|its|their|this|that|these|those|my|our|your)\s)(?:specific\s+|particular\s+|exact\s+)?(?:\S+\s+){0,2}?(?:model|[a-z]{0,3}lm)s?\s+(?:served|serves|serve|acted|acts|act|(?:is|are|was|were)\s+(?:used|analy[sz]ed|studied|examined|investigated|probed|interpreted|dissected)|provided|provides|provide|gave|gives|produced|produces|generated|generates)\b/,
    named: isModelFamily,
  },
  // The models in a role a question names: "which models were the teacher and students".
  {
    kind: 'language model',
    // keywords too: "Promptagator query generator LLM".
    asks: /\b(?:which|what)\s+(?:\S+\s+)?(?:models?|llms?)\s+(?:(?:were|was|are|is|served\s+as|acted\s+as)|(?:did|do|does)\s+(?:they|it|the\s+authors)\s+use\s+as)\s+(?:the\s+|a\s+|their\s+)?(?:\S+\s+)?(?:teachers?|students?|judges?|critics?|annotators?|workers?|evaluators?|generators?)\b|^\s*(?!(?:best|good|top|better|strong|strongest|open|small|cheap)\b)(?:\S+\s+){1,3}(?:teacher|student|judge|critic|annotator|labeler|evaluator|generator)\s+(?:llm|model|lm)s?\s*\??\s*$/,
    named: isModelFamily,
  },
  // The models a paper tried: "which specific text generators did they test it with", "which gemma models did they run it on"
  // (a family the question names is one the paper may name as what it tried).
  {
    kind: 'language model',
    asks: anyOf(
      /\b(?:which|what)\s+(?:specific\s+|particular\s+|exact\s+)?(?:\S+\s+)?(?:models?|llms?|lms?|generators?|chatbots?)\s+(?:did|do|does)\s+(?:they|the\s+authors|it)\s+(?:actually\s+|really\s+)?(?:test|evaluate|try|run|benchmark|experiment|apply|fine-?tune)\b/,
      // "which specific models were combined"
      /\b(?:which|what)\s+(?:specific\s+|particular\s+|exact\s+)?(?:\S+\s+){0,3}?(?:models|llms)\s+(?:were|are)\s+(?:combined|merged|tested|evaluated|compared|tried|fine-?tuned|used|studied|analy[sz]ed|probed|distilled)\b/,
      // keywords: "TP-Eval which MLLMs evaluated"
      /\b(?:which|what)\s+(?:\S+\s+)?(?:[a-z]{0,3}lms|models)\s+(?:evaluated|tested|used|compared)\s*\??\s*$/,
    ),
    named: isModelFamily,
  },
  // The model that did best in a paper's comparison: "which model did best on the kalamang benchmark", "which model came out on top overall",
  // "TaskBench best performing LLM"; not how one decides which model comes out on top, nor which model another clause asks ("which
  // models were the experiments run on, which approach did best"). A paper names it as what beats the others (see namesWinner).
  {
    kind: 'best model',
    asks: new RegExp(String.raw`^\s*(?:\S+\s+){1,3}(?:best|top)(?:[- ]performing|[- ]scoring)?\s+(?:\S+\s+)?(?:model|llm|lm|system)s?(?:\s+names?)?\s*\??\s*$|${didBest(String.raw`(?:model|llm|lm|system|chatbot)s?`)}`),
    named: () => false,
    namedInText: namesWinner,
  },
  // The metric that did best in a paper's comparison of metrics: "which single learned metric came out on top across all the error categories".
  { kind: 'best metric', asks: new RegExp(didBest('metrics?')), named: () => false, namedInText: namesWinner },
  // The method that did best among those a paper compares: "which of the three preference algorithms came out on top"
  // (of the ones compared; not "which approach is best for ...", advice on a topic).
  {
    kind: 'best method',
    asks: new RegExp(didBest('(?:methods|approaches|algorithms|techniques|strategies|variants)', String.raw`of\s+(?:the|their|its|these|those|all)\s+`)),
    named: () => false,
    namedInText: namesWinner,
  },
  // "which backbone achieved the best overall results" (not "which backbone is best for detection", a wish).
  { kind: 'best model', asks: /\b(?:which|what)\s+(?:\S+\s+){0,2}?(?:backbone|encoder|retriever)s?\s+(?:\S+\s+){0,8}?(?:achieved|produced|gave|got|had|reached)\s+the\s+(?:best|highest|top)\b/, named: isModelFamily },
  // The model that got a score a question gives: "which llm got the 44.7 chrF score", "which model reached 90% on gsm8k" (not "7b params").
  {
    kind: 'scoring model',
    asks: /\b(?:which|what)\s+(?:\S+\s+){0,3}?(?:model|llm|lm|system|chatbot)s?\s+(?:\S+\s+){0,8}?(?:got|gets|achieved|achieves|scored|scores|reached|reaches|obtained|obtains)\s+(?:a\s+|an\s+|the\s+)?(?:score\s+of\s+)?~?\d[\d.,]*%?(?!\S*\s*(?:b|m|billion|million)?\s*param)/,
    named: isModelFamily,
  },
  // The team that did best in a shared task: "which participating team submitted the best-scoring run",
  // "which team won subtask a". An abstract that names the winners says so ("the winning team", "ranked first").
  // Asked of a shared task whether the question names it or describes it: there is one winner to name.
  {
    kind: 'best team',
    asks: /\bwho\s+(?:won|topped|(?:came|ranked|placed|finished)\s+first|(?:got|had|achieved)\s+the\s+(?:best|highest|top))\b|\b(?:winning|first-place|top-ranked|top-scoring)\s+(?:teams?|submissions?|entries|entry|entrants?|participants?)\b|\b(?:which|what)\s+(?:\S+\s+){0,2}?(?:teams?|participants?|groups?|submissions?|entries|entry|entrants?)\s+(?:\S+\s+){0,8}?(?:won|wins|(?:achieved|produced|got|had|reached|obtained)\s+the\s+(?:best|highest|top)|did\s+(?:the\s+)?best|does\s+(?:the\s+)?best|performed\s+(?:the\s+)?best|came\s+(?:out\s+on\s+top|first)|ranked\s+first|scored\s+(?:the\s+)?highest|(?:the\s+)?(?:best|top|highest|winning)(?:-scoring|-ranked|-performing)?\s+(?:score|scores|result|results|run|runs|system|submission|entry|place|rank))\b/,
    named: (w) => WINNER_GIVEN.test(w),
  },
  // Not which languages one needs ("which languages do u need in the tuning data", "which languages to include"): advice on a topic;
  // nor how it goes in others ("but what about other languages"), nor what is asked of them ("at which depth the languages diverge"),
  // nor what a "which" asks of across them ("which heads are specific to one language and which are shared across languages"),
  // nor which languages a study varies ("varying how many and which languages are included").
  // English, which a paper names as what it starts from or compares with, does not name the languages asked for.
  {
    kind: 'languages',
    asks: /(?<!\b(?:vary|varies|varied|varying|choosing|picking|selecting)\s+(?:how\s+many\s+(?:and|or)\s+)?)\b(?:which|what)(?!\s+about\b)\s+(?:(?:are|were|of)\s+the\s+)?(?:(?!(?:the|these|those|its|their|our)\s)\S+\s+){0,3}?(?<!\b(?:across|in|between|among|amongst|over|for|to|from|into|with|within|per)\s)(?:languages|language\s+pairs|(?:translation|language)\s+directions)\b(?!\s+(?:do|does)\s+(?:you|u|we|i|one)\s+(?:\S+\s+)?need\b|\s+should\b|\s+to\s+(?:include|use|pick|choose|select|add|cover|train|tune|target)\b)|\blist\s+of\s+(?:\S+\s+)?languages\b|\blanguages\b(?=[^.?!]{0,40}\b(?:which\s+ones|what\s+are\s+they|which\s+are\s+they|what\s+they\s+are|name\s+them|list\s+them)\b)/,
    // A pair written with a hyphen ("English-German") names its languages.
    named: (w) => w.split('-').some((part) => (LANGUAGES.has(part) && part !== 'english') || PROGRAMMING_LANGUAGES.has(part)),
  },
  {
    kind: 'code link',
    // Whether or where the code is ("is there a github repo for the X paper?", "did they release the
    // code?", keywords: "PerSEval code repository"); "github repo for X" asks for X's paper, a kind of reading.
    asks: /\b(?:is|are)\s+there\s+(?:a|an|any)\s+(?:official\s+)?(?:github|gitlab|code|repo|repository|implementation)\b|\b(?:is|are)\s+there\s+(?:official\s+|public\s+|open[- ]source\s+)?(?:code|github|repos|implementations?)(?=\s+(?:for|of|available|released|online|anywhere|somewhere)\b|\s*[?!.]|\s*$)|\bis\s+(?:the\s+|their\s+|its\s+)?code\s+(?:out|up|available|public|released|open)\b|\b(?:did|do|does|have|has)\s+(?:they|the\s+authors|it)\s+(?:release|released|share|shared|publish|published|open[- ]?source[sd]?)\s+(?:the\s+|their\s+|its\s+|any\s+)?(?:source\s+)?code\b|\bwhere(?:'s|’s|s|\s+is|\s+can\s+i\s+find)\s+(?:the\s+|their\s+)?(?:code|github|repo|implementation)\b|\b(?:code|github|repo|repository)\s+(?:link|url)\b|\bon\s+(?:github|gitlab)\b(?=\s*\?)|^\s*(?:\S+\s+){1,4}(?:(?:official\s+)?(?:source\s+)?(?:code|github|gitlab)\s+(?:repo|repos|repository)|github|gitlab|repo|repository)\s*\??\s*$/,
    named: () => false,
    // "Full code available at: tbd." gives no code.
    namedInText: (text) => CODE_GIVEN.test(text.replace(/[^.]*\b(?:tbd|tba|to\s+be\s+(?:announced|determined))\b[^.]*/gi, ' ')),
    ofPaper: true,
  },
  {
    kind: 'license',
    // Not a licensing exam ("medical licensing-exam benchmarks", "which licensing and specialization exams").
    asks: /\blicen[cs](?:e|es|ed|ing)\b(?![-\s]+(?:[\w-]+\s+){0,3}?(?:exam|examination|test)s?\b)|\bcommercial(?:ly)?\s+use\b|\buse\s+(?:it|them|this|these)\s+commercially\b/,
    named: () => false,
    namedInText: (text) => LICENSE_GIVEN.test(text),
    ofPaper: true,
  },
  // The hardware a paper ran on: "what kind of GPUs, and how many", "what gpus did yulan use"; not
  // "what GPU memory" or "what GPU hours", which are amounts.
  {
    kind: 'hardware',
    asks: /\b(?:which|what)\s+(?:kind\s+of\s+|kinds\s+of\s+|type\s+of\s+|types\s+of\s+|sort\s+of\s+)?(?:gpus?|tpus?|npus?|hardware|accelerators?|graphics\s+cards?|chips?)\b(?![-\w])(?!\s+(?:memory|ram|vram|hours?|days?|budget|utili[sz]ation|time|costs?|usage|efficiency)\b)/,
    // "A100-GPU-hours" names the A100.
    named: (w) => w.split('-').some((part) => HARDWARE_GIVEN.test(part)),
    ofPaper: true,
  },
  // The robot a paper ran on: "what robot platform was used in the real-world experiments", "which robot arm"; not "which robot tasks"
  // or "which robot pick-and-place method", which ask for a paper.
  {
    kind: 'robot',
    asks: /\b(?:which|what)\s+(?:kind\s+of\s+|type\s+of\s+|specific\s+|physical\s+|real\s+)?(?:robots?|robot(?:ic)?\s+(?:platforms?|arms?|hardware|hands?)|manipulators?|quadrupeds?|humanoids?)\b(?![-\w])(?!\s+(?:(?!(?:is|are|was|were|did|does|do|has|have|had)\s)\S+\s+){0,3}?(?:tasks?|learning|skills?|data|datasets?|polic(?:y|ies)|benchmarks?|simulat\w*|papers?|works?|methods?|approach(?:es)?|frameworks?|systems?|models?|algorithms?|techniques?|pipelines?|architectures?)\b)/,
    named: (w) => ROBOT_GIVEN.test(w),
    ofPaper: true,
  },
  // The datasets a paper used: "which captioning dataset did they evaluate on", "on which tasks or datasets was it evaluated";
  // not "which safety test set was built around Kazakhstan", which asks for the paper that made it.
  // An abstract names one as a name is written ("HotpotQA", "MS-COCO", "WMT14"); words for a kind of data ("image
  // classification benchmarks") may answer too, so search is only one level less sure.
  {
    kind: 'datasets',
    asks: /\b(?:which|what|whose)\s+(?:(?!(?:are|is|were|was|of|in)\s)\S+\s+){0,3}?(?:datasets?|benchmarks?|test\s+(?:sets?|collections?)|corpora|data\s*sets?)\b(?!\s+(?:sizes?|counts?|exist|are\s+there|or\s+(?:papers|works|studies|position\s+papers)|(?:evaluate|test|measure|cover|assess|address|probe|target|check|capture|focus|study|examine)s?|(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\S+\s+)?(?:built|created|introduced|proposed|designed|made|collected|released|developed|constructed|compiled|curated))\b)|\bon\s+which\s+(?:\S+\s+){0,3}?(?:datasets?|benchmarks?)\b|\b(?:datasets?|benchmarks?)\s+used\s*\??\s*$/,
    named: () => false,
    namedInText: namesDataset,
    loose: true,
    ofPaper: true,
  },
  // The software a paper ran: "which docking software scored the compounds", "which nerf library does it bridge to"; an
  // abstract names one as a name is written ("PyTorch", see namesDataset), or with a capital beside the word for it
  // ("the popular Nerfstudio library", "a simulator (VirtualHome)").
  {
    kind: 'software',
    asks: new RegExp(String.raw`\b(?:which|what)\s+(?!(?:papers?|works?|studies|methods?|approaches)\b)(?:\S+\s+){0,2}?${SOFTWARE}\b(?![-\w])`),
    named: () => false,
    namedInText: (text, question) => SOFTWARE_NAMED.test(text) || namesDataset(text, question),
    loose: true,
  },
  {
    kind: 'affiliation',
    asks: /\b(?:which|what)\s+(?:university|universities|uni|lab|labs|institution|institutions|institute|company|companies|organi[sz]ations?|org|team|group)(?:\/\S+)?\s+(?:is|are|was|were|did|does|do|made|built|released|developed|wrote|published|behind)\b|\bwhere\s+(?:is|are|was|were|do|does)\s+(?:the\s+)?(?:authors?|team)\s+(?:from|work|based)\b|\bfrom\s+(?:which|what)\s+(?:university|universities|uni|lab|labs|institution|institutions|institute|company|companies|organi[sz]ations?)\b/,
    named: (w) => AFFILIATION_GIVEN.test(w),
    ofPaper: true,
  },
];

/**
 * What a question asks the name of (see {@link ENTITIES}), by kind: "base model", "language model"
 * (one used in a role), "best model" and "best method" (of a comparison), "scoring model" (that got a score the question
 * gives), "best team" (of a shared task), "languages", "code link", "license", "hardware", "robot", "datasets",
 * "software", "affiliation"; `definite`: only what it cannot be asking otherwise ("which base
 * model", not "which model does it use").
 */
export function askedEntities(question: string, { definite = false } = {}): string[] {
  // What a question says in brackets of what it asks of is no part of the asking: "which llm
  // backbone does honeybee (the locality enhanced projector mllm) sit on"; nor is what the asker says
  // of themselves ("I'm building Arabic NLP tools and deciding which pretrained model to start from.").
  // Chat's "wat" and "wut" are "what". Nor is what a method does without: "... instead of guessing which pretrained checkpoint to start from".
  const text = aboutTheAsker(question)
    .toLowerCase()
    .replace(/\([^()]*\)/g, ' ')
    .replace(DONE_WITHOUT, ' ')
    .replace(/\bw[au]t\b/g, 'what')
    .replace(/\s+/g, ' ');
  const kinds = new Set(ENTITIES.filter((e) => !(definite && e.loose) && e.asks.test(text)).map((e) => e.kind));
  // "which two base language models were used": the models it builds on, which a paper names as it names any it uses.
  if (kinds.has('base model')) kinds.delete('language model');
  return [...kinds];
}

/** Words that say what a method does without: "instead of guessing which checkpoint to start from", "rather than a grid search". */
export const DONE_WITHOUT_WORDS = String.raw`(?:instead\s+of|rather\s+than)`;
/** What a method does without, up to the next mark. */
const DONE_WITHOUT = new RegExp(String.raw`\b${DONE_WITHOUT_WORDS}\s[^.,;:!?()]*`, 'gu');

/**
 * The question without what the asker says of themselves before asking: a statement in the first person
 * that asks for nothing ("I'm building Arabic NLP tools and deciding which pretrained model to start
 * from."); not the last sentence, a question, or one that says what the asker needs ("I need the names of
 * the backbones.").
 */
function aboutTheAsker(question: string): string {
  const sentences = question.split(/(?<=[.!?])\s+/);
  const context = (sentence: string, i: number) =>
    i < sentences.length - 1 && !sentence.trim().endsWith('?') && FIRST_PERSON.test(sentence) && !/\b(?:need|want|looking|tell|know|find|curious|wonder)/i.test(sentence);
  return sentences.filter((sentence, i) => !context(sentence, i)).join(' ');
}

/** True for a kind asked only of a paper the question names (see {@link ENTITIES}). */
export function isAskedOfPaper(kind: string): boolean {
  return ENTITIES.some((e) => e.kind === kind && e.ofPaper);
}

/** True for a kind {@link askedEntities} reads (a name is asked for, not a number). */
export function isEntityKind(asked: string): boolean {
  return ENTITIES.some((e) => e.kind === asked);
}

/** Counts a question may give of what it asks the names of: "which nine languages", "which 16 african languages". */
const COUNTS = new Map(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i) => [w, i + 2]),
);

/** The count a question gives of the names it asks for ("which nine languages": 9), or 1. */
function askedCount(question: string): number {
  const m = /\b(?:which|what)\s+(?:(?:are|were)\s+)?(?:the\s+)?(\d+|[a-z]+)\s+(?:\S+\s+)?(?:languages|(?:base\s+)?(?:language\s+)?(?:models|llms))\b/i.exec(question);
  return Math.max(1, m ? countValue(m[1]!) : 1);
}

/**
 * The kinds asked for (see {@link askedEntities}) that the papers name none of, or fewer than the
 * question counts ("which 16 african languages" of a paper that names English only): a model family
 * or a language the question does not name itself ("Babel" of "Babel-9B" is the paper's own model).
 */
export function unnamedEntities(kinds: readonly string[], papers: readonly { title: string; abstract: string }[], question: string, ownTitle = ''): string[] {
  if (kinds.length === 0) return [];
  // `ownTitle`: the title of the paper whose sentences `papers` are (see answerer.ts), whose names are its own too.
  const asker = ownTitle ? `${question}\n${ownTitle}` : question;
  const family = (w: string) => w.replace(/[-.]?\d.*$/, '');
  const typed = entityWords(question);
  // A name the question types is the paper's own when its title has it ("Babel" of "Babel-9B") or its
  // abstract introduces it ("We introduce NV-Embed"); others the asker offers as guesses ("which llms did the
  // study use? flan-t5 and llama right") the paper may confirm.
  const ownOf = (paper: { title: string; abstract: string }) => {
    const titled = new Set([...entityWords(`${paper.title}\n${ownTitle}`), ...introducedNames(paper.abstract)].flatMap((w) => [w, family(w)]));
    return new Set([...entityWords(ownTitle), ...typed.filter((w) => titled.has(w) || titled.has(family(w)))]);
  };
  const all = papers.map((p) => entityWords(`${p.title}. ${p.abstract}`));
  const notOwnWords = (ws: string[], own: Set<string>) => ws.filter((w) => !own.has(w) && !own.has(family(w)));
  const notOwn = all.map((ws, i) => notOwnWords(ws, ownOf(papers[i]!)));
  // A model a paper outperforms is what it is compared with, not what it builds on.
  const notCompared = papers.map((p) => notOwnWords(entityWords(`${p.title}. ${p.abstract.replace(COMPARED, ' ')}`), ownOf(p)));
  const count = askedCount(question);
  return kinds.filter((kind) => {
    const entity = ENTITIES.find((e) => e.kind === kind);
    if (entity === undefined) return false;
    // A paper that counts its languages ("16 African languages") names that many, or none of them are asked about.
    const counted = (i: number) => (kind === 'languages' ? Math.max(0, ...countsOf(papers[i]!.abstract, 'languages?\\b').filter((c) => !c.listed).map((c) => c.value)) : 0);
    // A name only its written form tells (a dataset's "MS-COCO", a backbone's "BEiT-3") is read in the paper's text as written.
    if (entity.namedInText && papers.some((p) => entity.namedInText!(`${p.title}. ${p.abstract}`, asker))) return false;
    // What a paper is asked of ("which university is it from?") it gives in the question's words.
    const words = entity.ofPaper || kind === 'language model' ? all : kind === 'base model' ? notCompared : notOwn;
    return !words.some((ws, i) => new Set(ws.filter(entity.named)).size >= Math.max(count, counted(i)));
  });
}

/**
 * A name written as what beats the others: "we find that X-VLM (Zeng et al., 2022) consistently
 * outperforms other baselines", "GPT-4 performs best", "Claude 2 performs best".
 */
const WINNER = /(?<![\p{L}\p{N}-])(\p{L}[\p{L}\p{N}.-]*[\p{L}\p{N}](?:\s+\d[\d.]*)?)\s+(?:\([^)]{1,40}\)\s+)?(?:(?:consistently|significantly|clearly|substantially|still)\s+)?(?:outperforms\s+(?:all\s+)?(?:the\s+)?other|performs\s+(?:the\s+)?best|achieves\s+the\s+(?:best|highest)|ranks\s+first|comes\s+out\s+on\s+top)\b/gu;

/** A name written as what did best: "the best-performing publicly available model is multilingual-e5-large-instruct". */
const BEST_IS = /\b(?:best|top|strongest)(?:[- ](?:performing|scoring|ranked))?\s+(?:[\p{L}-]+\s+){0,3}?(?:models?|llms?|systems?)\s+(?:is|was|are|were)\s+(\p{L}[\p{L}\p{N}.-]*[\p{L}\p{N}])/gu;

/** Whether a word is written as a name is (a capital after its first letter, or a digit), not as an acronym of the field ("LLMs"). */
const writtenAsName = (w: string) => (/^.+\p{Lu}/u.test(w) || /\d/.test(w)) && !FIELD_ACRONYMS.has(w.toLowerCase().replace(/s$/, ''));

/** Whether a paper's text names the model that did best (see {@link WINNER}, {@link BEST_IS}) as a name is written. */
function namesWinner(text: string): boolean {
  return [...text.matchAll(WINNER), ...text.matchAll(BEST_IS)].some(([, w]) => writtenAsName(w!));
}

/** Words before a name that introduce it: "we propose X", "a model called X". */
export const INTRODUCING = String.raw`(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?|release[sd]?|call(?:s|ed)?|name[sd]?|dub(?:s|bed)?|term(?:s|ed)?|coin(?:s|ed)?)\s+(?:(?:a|an|the|our|this|novel|new|simple|general|unified|first)\s+)*`;

/** A name an abstract introduces: "We introduce NV-Embed", "we present SOLAR 10.7B", "a new MLLM named Cube-LLM". */
const INTRODUCED = new RegExp(String.raw`\b${INTRODUCING}(\p{L}[\p{L}\p{N}.-]*[\p{L}\p{N}])`, 'giu');

/** The names an abstract introduces (see {@link INTRODUCED}), as {@link entityWords} reads them. */
function introducedNames(abstract: string): string[] {
  return [...abstract.matchAll(INTRODUCED)].flatMap((m) => entityWords(m[1]!));
}

/** Acronyms and names of the field a name of a dataset is not: "LLMs", "NLP", "QA", "NeRF", "3D". */
const FIELD_ACRONYMS = new Set(
  'llm llms lm lms plm plms nlp nlu nlg ai ml dl qa vqa rl rlhf cv vlm vlms lvlm lvlms mllm mllms gpu gpus tpu tpus sota api apis ner asr tts mt nmt ir cnn cnns rnn rnns gan gans lstm moe peft lora sft dpo icl cot rag kd ood ssl e2e pos kv id url nerf 1d 2d 3d 4d'.split(' '),
);
/**
 * Whether a paper's text names a dataset: a word written as a name is ("HotpotQA", "GLUE", "MS-COCO",
 * "CIFAR-10", "Kinetics700-QA": a capital after its first letter, or letters and digits), other than a
 * model family, an acronym of the field, or the paper's own names: one the question or the title uses,
 * an acronym of words they use ("CPSBS" of "conditional Poisson stochastic beam search"), or the starts
 * of their words run together ("FourTran" of "Fourier Transporter").
 */
function namesDataset(text: string, question: string): boolean {
  const title = titleOf(text);
  const own = new Set([...entityWords(question), ...entityWords(title)]);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const spelledOut = (acronym: string) =>
    words.some((_, i) => i + acronym.length <= words.length && words.slice(i, i + acronym.length).every((w, k) => w[0] === acronym[k] && own.has(w)));
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}-]*[\p{L}\p{N}]/gu) ?? []).some((w) => {
    const lower = w.toLowerCase();
    const nameLike = /^.+\p{Lu}/u.test(w) || (/\p{L}/u.test(w) && /\d/.test(w));
    const acronym = /^\p{Lu}{2,}s?$/u.test(w) ? lower.replace(/s$/, '') : '';
    // "LLM-based", "API-calling", "RAG-specific": an acronym of the field and a word of English.
    const ofField = /^(\p{Lu}{2,})s?-\p{Ll}[\p{Ll}-]*$/u.exec(w);
    if (ofField && FIELD_ACRONYMS.has(ofField[1]!.toLowerCase())) return false;
    return nameLike && !own.has(lower) && !isModelFamily(lower) && !FIELD_ACRONYMS.has(acronym || lower) && !(acronym && spelledOut(acronym)) && !startsOfWords(lower, [...entityWords(question), ...entityWords(title)]);
  });
}

/** Letters each word gives at least to a name run together from the starts of words. */
const START_LETTERS = 2;

/**
 * Whether a name runs together the starts of two or more words that follow one another ("FourTran"
 * of "Fourier Transporter"): the paper's name for what those words name.
 */
function startsOfWords(name: string, words: readonly string[]): boolean {
  const from = (rest: string, at: number, used: number): boolean => {
    if (rest === '') return used >= 2;
    const word = words[at];
    if (word === undefined) return false;
    for (let n = Math.min(word.length, rest.length); n >= START_LETTERS; n--) if (word.startsWith(rest.slice(0, n)) && from(rest.slice(n), at + 1, used + 1)) return true;
    return false;
  };
  return words.some((_, i) => from(name, i, 0));
}

/** The title of a paper's text written as its title, then its abstract (`${title}. ${abstract}`). */
const titleOf = (text: string) => text.slice(0, text.indexOf('. ') + 1);

/** A name written right before what it serves as: "equipped with a BEiT-3 backbone", "a ViT-L encoder". */
const BEFORE_ROLE = /(?<![\p{L}\p{N}-])(\p{L}[\p{L}\p{N}.-]*[\p{L}\p{N}])\s+(?:backbone|encoder|base\s+model)s?\b/gu;
/**
 * A name with a number written right before "model", its size or kind between: "we specialized the
 * Sabiá-2 Small model" (not "Vision-Language Models").
 */
const BEFORE_MODEL = /(?<![\p{L}\p{N}-])(\p{L}[\p{L}.-]*\d[\p{L}\p{N}.-]*)\s+(?:(?:small|base|large|medium|mini|tiny|xl|instruct|chat)\s+)?models?\b/giu;

/** A name written after what a paper builds on it by: "Based on ChatGLM3-32B, we conduct ...", "built upon LLaMA-2", "initialized from Mistral-7B". */
const AFTER_BASIS = /\b(?:based|built)\s+(?:up)?on\s+(?:the\s+|a\s+)?(\p{L}[\p{L}\p{N}.-]*[\p{L}\p{N}])|\b(?:initiali[sz]ed|fine-?tuned|continued)\s+from\s+(?:the\s+|a\s+)?(\p{L}[\p{L}\p{N}.-]*[\p{L}\p{N}])/giu;

/**
 * Whether a paper's text (its title, then its abstract) names the model it builds on as a name is
 * written (see {@link BEFORE_ROLE}, {@link BEFORE_MODEL}, {@link AFTER_BASIS}): not an acronym of the
 * field ("an LLM backbone"), nor a name of its title, the paper's own model.
 */
function namesBackbone(text: string): boolean {
  const title = new Set(entityWords(titleOf(text)));
  const basis = [...text.matchAll(AFTER_BASIS)].map((m) => ['', m[1] ?? m[2]] as const);
  // A model it outperforms ("better than GPT-3.5 models") is what it is compared with.
  return [...text.matchAll(BEFORE_ROLE), ...text.replace(COMPARED, ' ').matchAll(BEFORE_MODEL), ...basis].some(
    ([, w]) => writtenAsName(w!) && !title.has(w!.toLowerCase()),
  );
}

/**
 * What a paper says it is compared with: "(begin to) outperform BERT or T5-based embedding models",
 * "better than Llama 2", "surpasses the performance of larger and even closed-source models, such as
 * Gemini-1.5-pro, GPT-4o-mini, and Llama-3.2-90B-Vision-Instruct".
 */
const COMPARED =
  /\b(?:than|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|versus|vs\.?|compared\s+(?:to|with))((?:\s+[^\s.,;:]+){1,4})(?:(?:\s+[^\s.,;:]+){0,6},?\s+(?:such\s+as|including|e\.g\.)(?:[^.;]|\.(?=\d))*)?/gi;

/**
 * What follows a count that lists what it counts: a colon, a bracket, a dash ("three test-time scaling
 * methods-Outcome Reward Modeling (ORM), ...", "two techniques -- task-aware specialization and ..."),
 * "including", "such as", "namely".
 */
const LISTS = /^\s*(?:[:(—–]|-{2,3}|-\s*(?=[A-Z])|,?\s*(?:[Ii]ncluding|[Ss]uch as|[Nn]amely|i\.e\.|e\.g\.|like|spanning|covering)\b)/;

/** The words of a text, lower case, with hyphens and digits written on ("mistral-7b", "llama2"). */
function entityWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}][\p{L}\p{N}.-]*[\p{L}\p{N}]|[\p{L}]/gu) ?? [];
}

/** A count (two or more) as a question or an abstract writes it. */
const COUNT = String.raw`(?<![\w-])(\d+|${[...COUNTS.keys()].join('|')})`;
/** What a count counts that the question asks the names of: a plural noun, not what names take no part in ("papers", "times"). */
const NOT_MEMBERS = new Set(['papers', 'works', 'times', 'years', 'days', 'hours', 'weeks', 'months', 'ways', 'steps', 'languages']);
/** Words that may stand between a count and what it counts ("four unlearning methods", "three answer ranking datasets"), at most. */
const MODIFIERS = 4;
/** A count and what it counts, with the words between: "six domains", "two teacher models". */
const COUNTED = String.raw`${COUNT}\s+((?:[a-z][a-z-]+\s+){0,${MODIFIERS}}?[a-z]{2,}s)\b`;
/**
 * "what are the six domains", "which six domains", "taskmaster-1 has six domains, what are they?",
 * "six domains list", "the names of the 18 llms".
 */
const MEMBERS_ASKED = [
  new RegExp(String.raw`\b(?:what|which)\s+(?:are|were)?\s*(?:the\s+)?${COUNTED}`, 'gi'),
  new RegExp(String.raw`\bnames?\s+of\s+(?:the\s+)?${COUNTED}`, 'gi'),
  new RegExp(String.raw`${COUNTED}(?=.*\b(?:what\s+are\s+they|which\s+are\s+they|what\s+they\s+are|name\s+them|list\s+them|which\s+ones)\b)`, 'gi'),
  new RegExp(String.raw`${COUNTED}\s+(?:list|names)\b`, 'gi'),
];

/**
 * The members of a counted set a question asks the names of ("what are the six domains in
 * taskmaster-1", "which 4 unlearning methods did PISTOL benchmark"), as typed: "six domains", "4
 * unlearning methods". Languages are read as names (see {@link askedEntities}).
 */
export function askedMembers(question: string): string[] {
  const out: string[] = [];
  const text = question.toLowerCase();
  const add = (m: RegExpMatchArray) => {
    const noun = m[2]!.split(/\s+/).pop()!;
    if (!NOT_MEMBERS.has(noun)) out.push(`${m[1]} ${m[2]!.replace(/\s+/g, ' ')}`);
  };
  for (const re of MEMBERS_ASKED) {
    for (const m of text.matchAll(re)) {
      add(m);
      // "the names of the six models and three datasets": each counted set of the list.
      for (let at = m.index! + m[0].length, next; (next = AND_COUNTED.exec(text.slice(at))); at += next[0].length) add(next);
    }
  }
  return [...new Set(out)];
}

/** A counted set after another, in a list: "... and three datasets". */
const AND_COUNTED = new RegExp(String.raw`^\s*(?:,|and|&|,\s*and)\s+(?:the\s+)?${COUNTED}`, 'i');

/** Whether an asked-for thing is the members of a counted set (see {@link askedMembers}). */
export function isMembersKind(asked: string): boolean {
  return new RegExp(String.raw`^${COUNTED}$`).test(asked);
}

/**
 * A list after a few words more of what is counted, in the same sentence: "two core ideas to
 * automatically expand a base set of pre-training tasks: instruction relabeling ... and ...".
 */
const LISTED_AFTER = /^(?:\s+[\p{L}-]+){1,10}\s*:|^(?:\s+[\p{L}-]+){1,4},?\s+(?:namely|including|such as)\b/u;

/** Words for the same thing counted: "two model sizes" are "2 parameter scales", "two dimensions" "two axes", "six language models" "six LLMs". */
const SAME_THINGS = [['size', 'scale'], ['dimension', 'axe', 'axis'], ['method', 'approach', 'technique'], ['benchmark', 'dataset'], ['model', 'llm', 'plm', 'vlm', 'mllm', 'lm']];
function sameThing(noun: string): string[] {
  return SAME_THINGS.find((same) => same.includes(noun)) ?? [noun];
}

/** Words between a count and what it counts in an abstract ("16 African languages"), at most. */
const BETWEEN = 2;

/**
 * The counted sets asked for (see {@link askedMembers}) that a paper counts but does not list: it
 * writes "six domains" (or "two teachers" for "two teacher models": what is counted may be named by
 * any of its words), and neither a colon, a bracket nor "including", "such as", "namely" follows
 * ("comprising six domains." lists none of them). A paper that does not count them says nothing
 * either way.
 */
export function unlistedMembers(asked: readonly string[], papers: readonly { abstract: string }[]): string[] {
  return asked.filter((members) => {
    const [count, ...words] = members.split(' ') as [string, ...string[]];
    const nouns = words.flatMap((w) => sameThing(w.replace(/s$/, ''))).filter((w) => w.length >= 2);
    const same = papers.flatMap((p) => countsOf(p.abstract, String.raw`(?:${nouns.join('|')})\w*`)).filter((c) => c.value === countValue(count));
    return same.length > 0 && !same.some((c) => c.listed);
  });
}

/**
 * The counts a text gives of what `noun` (a pattern) names, a few words between ("four distinct
 * unlearning methods"), each with whether a list of them follows, there or a few words on ("two
 * orthogonal axes of difficulty: (I) Diffusion ...").
 */
function countsOf(text: string, noun: string): { value: number; listed: boolean }[] {
  const counted = new RegExp(String.raw`${COUNT}\s+(?:[\p{L}-]+\s+){0,${BETWEEN}}${noun}(?:\s+${noun})*`, 'giu');
  return [...text.matchAll(counted)].map((m) => {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    const value = countValue(m[1]!);
    return { value, listed: LISTS.test(after) || LISTED_AFTER.test(after) || namesAfterComma(after, value) };
  });
}

/** Whether a count is followed by as many names set off by a comma: "in two domains, biomedicine and food". */
function namesAfterComma(after: string, value: number): boolean {
  const m = /^,\s*((?:[\p{L}\d-]+,\s*)*[\p{L}\d-]+,?\s+(?:and|or)\s+[\p{L}\d-]+)(?=[\s,.;:)]|$)/u.exec(after);
  return m !== null && m[1]!.split(/,\s*|\s+(?:and|or)\s+/).filter(Boolean).length === value;
}

/** A count's value, written in digits or in words. */
const countValue = (count: string) => (/^\d+$/.test(count) ? Number(count) : (COUNTS.get(count.toLowerCase()) ?? 0));
