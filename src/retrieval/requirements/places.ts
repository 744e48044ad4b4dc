/**
 * Languages and the places and peoples that name them: a question may say "the main language of
 * Romania and Moldova" of a paper on Romanian, "a Dutch university" of one at Erasmus University
 * Rotterdam, "African languages" of one on Swahili, "Turkic" of one on Kazakh. A paper mentions a
 * language, a country or a people when it mentions any word of the same line; it mentions a region
 * or a family of languages when it mentions any of its languages or their places. Directions of
 * translation written in language codes ("en->ro", "WMT14 en-de") are read in the languages' names.
 * Pure, without dependencies.
 */

/** Each line a language and the words that name it: its countries, peoples and largest cities. */
const LANGUAGE_LINES = `
english: england britain british uk london american america usa
chinese: china mandarin cantonese beijing shanghai taiwan taiwanese hong-kong sinitic
japanese: japan tokyo osaka
korean: korea seoul hangul
vietnamese: vietnam viet hanoi saigon
thai: thailand bangkok
indonesian: indonesia jakarta bahasa
malay: malaysia malaysian kuala
filipino: philippines tagalog manila
hindi: india indian delhi mumbai
bengali: bangla bangladesh bangladeshi dhaka kolkata
urdu: pakistan pakistani karachi lahore
punjabi: punjab
marathi: maharashtra
gujarati: gujarat
tamil: tamilnadu chennai
telugu: andhra telangana hyderabad
kannada: karnataka bangalore bengaluru
malayalam: kerala
nepali: nepal kathmandu
sinhala: sinhalese sri-lanka colombo
arabic: arab arabs egypt egyptian saudi emirates uae cairo riyadh dubai morocco moroccan algeria tunisia jordan iraq syria lebanon
persian: farsi iran iranian tehran dari
hebrew: israel israeli jerusalem
turkish: turkey türkiye istanbul ankara
kazakh: kazakhstan kazakhs almaty astana
uzbek: uzbekistan tashkent
kyrgyz: kyrgyzstan
azerbaijani: azerbaijan azeri baku
uyghur: xinjiang
tatar: tatarstan
russian: russia moscow
ukrainian: ukraine kyiv kiev
polish: poland warsaw
czech: czechia prague
slovak: slovakia
slovenian: slovenia slovene
croatian: croatia zagreb
serbian: serbia belgrade
bulgarian: bulgaria sofia
romanian: romania moldova moldovan bucharest
hungarian: hungary budapest magyar
greek: greece athens
german: germany deutsch austria austrian berlin munich vienna
dutch: netherlands holland amsterdam rotterdam flemish flanders
french: france paris quebec
spanish: spain madrid mexico mexican argentina colombia chile peru castilian hispanic
portuguese: portugal brazil brazilian lisbon
italian: italy rome milan
catalan: catalonia barcelona
basque: euskara
danish: denmark copenhagen
swedish: sweden stockholm
norwegian: norway oslo
finnish: finland helsinki
estonian: estonia
latvian: latvia
lithuanian: lithuania
icelandic: iceland
irish: ireland gaelic dublin
welsh: wales
swahili: kiswahili kenya kenyan tanzania tanzanian nairobi
amharic: ethiopia ethiopian addis
yoruba: nigeria nigerian lagos
igbo: nigeria nigerian
hausa: nigeria nigerian niger
zulu: south-africa johannesburg
xhosa: south-africa
afrikaans: south-africa
somali: somalia
kinyarwanda: rwanda rwandan kigali
wolof: senegal senegalese dakar
twi: ghana ghanaian akan accra
luganda: uganda ugandan kampala
tigrinya: eritrea eritrean
mongolian: mongolia ulaanbaatar
burmese: myanmar
khmer: cambodia cambodian
lao: laos
tibetan: tibet
võro: estonia
voro: estonia
livonian: latvia
komi: russia
udmurt: russia
sami: norway sweden finland lapland
`;

/** Each language of {@link LANGUAGE_LINES} with the words that name it: its countries, peoples and largest cities. */
export function languagePlaces(): ReadonlyMap<string, readonly string[]> {
  return readLines(LANGUAGE_LINES);
}

/** Regions and families of languages, each with its languages. */
const REGION_LINES = `
african: swahili amharic yoruba igbo hausa zulu xhosa afrikaans somali kinyarwanda wolof twi luganda tigrinya
asian: chinese japanese korean vietnamese thai indonesian malay filipino hindi bengali urdu punjabi marathi gujarati tamil telugu kannada malayalam nepali sinhala kazakh uzbek kyrgyz mongolian burmese khmer lao tibetan
european: english german dutch french spanish portuguese italian catalan basque danish swedish norwegian finnish estonian latvian lithuanian icelandic irish welsh polish czech slovak slovenian croatian serbian bulgarian romanian hungarian greek ukrainian russian
turkic: turkish kazakh uzbek kyrgyz azerbaijani uyghur tatar
slavic: russian ukrainian polish czech slovak slovenian croatian serbian bulgarian
nordic: danish swedish norwegian finnish icelandic
scandinavian: danish swedish norwegian icelandic
indic: hindi bengali urdu punjabi marathi gujarati nepali sinhala
dravidian: tamil telugu kannada malayalam
semitic: arabic hebrew amharic tigrinya
romance: french spanish portuguese italian catalan romanian
germanic: english german dutch danish swedish norwegian icelandic afrikaans
baltic: latvian lithuanian estonian livonian voro võro
uralic: finnish estonian hungarian sami voro võro livonian komi udmurt erzya moksha karelian veps finno-ugric
finno-ugric: finnish estonian hungarian sami voro võro livonian komi udmurt erzya moksha karelian veps uralic
bantu: swahili zulu xhosa kinyarwanda luganda
`;

function readLines(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [head, rest] = line.split(': ');
    if (!head || !rest) continue;
    out.set(head, rest.split(' '));
  }
  return out;
}

let related: Map<string, Set<string>> | undefined;

/** For each word of the tables, the words that mention it. */
function relatedWords(): Map<string, Set<string>> {
  if (related) return related;
  const map = new Map<string, Set<string>>();
  const add = (word: string, others: readonly string[]) => {
    const set = map.get(word) ?? new Set<string>();
    for (const o of others) if (o !== word) set.add(o.replace(/-/g, ' '));
    map.set(word.replace(/-/g, ' '), set);
  };
  const languages = readLines(LANGUAGE_LINES);
  // A language, a country or a people: any word of its line.
  for (const [language, places] of languages) for (const word of [language, ...places]) add(word, [language, ...places]);
  // A region: any of its languages, or their places.
  for (const [region, members] of readLines(REGION_LINES)) {
    const words = members.flatMap((m) => [m, ...(languages.get(m) ?? [])]);
    add(region, words);
    // "Central Europe" as "European".
    const place = CONTINENTS.get(region);
    if (place) add(place, words);
  }
  return (related = map);
}

/** The continents of the regions named after them. */
const CONTINENTS = new Map([
  ['african', 'africa'],
  ['asian', 'asia'],
  ['european', 'europe'],
]);

/** Languages that share a line with another or have none: "mandarin" (Chinese), "latin". */
const OTHER_LANGUAGES = `mandarin cantonese bangla farsi tagalog kiswahili latin esperanto erzya moksha
  karelian veps kalamang quechua guarani aymara nahuatl maori hawaiian samoan tongan fijian cherokee navajo inuktitut greenlandic
  faroese luxembourgish frisian breton cornish gaelic manx occitan sardinian corsican yiddish romani maltese albanian macedonian
  bosnian belarusian georgian armenian kurdish pashto dari tajik turkmen bashkir chuvash yakut buryat oromo shona sesotho setswana
  tsonga venda ndebele lingala kikuyu luo fula bambara akan malagasy cebuano ilocano hmong javanese sundanese balinese minangkabau
  acehnese tetum dzongkha sanskrit pali assamese odia oriya sindhi konkani maithili bhojpuri santali dogri manipuri kashmiri`;

/** The languages a paper may name ("adapted to Japanese, Thai and Hungarian"). */
export const LANGUAGES: ReadonlySet<string> = new Set([...readLines(LANGUAGE_LINES).keys(), ...OTHER_LANGUAGES.split(/\s+/).filter(Boolean)]);

/**
 * The words that mention a language, a place, a people or a region (lower case): "moldova" is
 * mentioned by "romanian", "african" by "swahili"; empty for any other word.
 */
export function placeWords(word: string): string[] {
  return [...(relatedWords().get(word.toLowerCase()) ?? [])];
}

/** The two-letter codes of languages (ISO 639-1) that machine translation writes its directions with: "en-de", "en->ro". */
const LANGUAGE_CODES = new Map(
  Object.entries({
    en: 'english', de: 'german', fr: 'french', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch', ro: 'romanian', ru: 'russian',
    uk: 'ukrainian', pl: 'polish', cs: 'czech', sk: 'slovak', sl: 'slovenian', hr: 'croatian', sr: 'serbian', bg: 'bulgarian', hu: 'hungarian',
    el: 'greek', fi: 'finnish', et: 'estonian', lv: 'latvian', lt: 'lithuanian', da: 'danish', sv: 'swedish', no: 'norwegian', nb: 'norwegian',
    is: 'icelandic', ga: 'irish', cy: 'welsh', ca: 'catalan', eu: 'basque', tr: 'turkish', kk: 'kazakh', uz: 'uzbek', ky: 'kyrgyz',
    az: 'azerbaijani', ar: 'arabic', fa: 'persian', he: 'hebrew', iw: 'hebrew', zh: 'chinese', ja: 'japanese', ko: 'korean', vi: 'vietnamese',
    th: 'thai', id: 'indonesian', ms: 'malay', tl: 'filipino', hi: 'hindi', bn: 'bengali', ur: 'urdu', pa: 'punjabi', mr: 'marathi',
    gu: 'gujarati', ta: 'tamil', te: 'telugu', kn: 'kannada', ml: 'malayalam', ne: 'nepali', si: 'sinhala', ps: 'pashto', sw: 'swahili',
    am: 'amharic', yo: 'yoruba', ig: 'igbo', ha: 'hausa', zu: 'zulu', xh: 'xhosa', af: 'afrikaans', so: 'somali', rw: 'kinyarwanda',
    mn: 'mongolian', my: 'burmese', km: 'khmer', lo: 'lao',
  }),
);

/** Two languages, in codes or names, as a direction of translation: "en-de", "EN→RO", "de2en", "en/fr", "German→Czech". */
const CODE_PAIR = /(?<![\p{L}\p{N}])(\p{L}+)\s*(<->|->|→|=>|⇒|↔|-|–|\/|2)\s*(\p{L}+)(?![\p{L}\p{N}])/giu;
/** An arrow between two languages is a direction whatever the text around it says (not ">", which compares). */
const ARROW = /^(?:<->|->|→|=>|⇒|↔)$/u;
/** What else says a text is about translation, so that "en-de" is a direction, not two words that happen to be codes. */
const TRANSLATION = /\b(?:translat\w*|mt|nmt|bleu|comet\w*|chrf\S*|wmt\d*|iwslt\d*|flores\S*|language\s+pairs?|directions?)\b/iu;

/**
 * The text with the directions of translation it writes in language codes or with arrows spelled out
 * as papers write them: "how does it do on en->ro translation" reads "how does it do on
 * english-to-romanian translation", "German→Czech" reads "german-to-czech".
 */
export function spelledLanguagePairs(text: string): string {
  const translation = TRANSLATION.test(text);
  return text.replace(CODE_PAIR, (whole, from: string, sep: string, to: string) => {
    const arrow = ARROW.test(sep);
    const coded = from.length === 2 && to.length === 2;
    const language = (w: string) => (coded ? LANGUAGE_CODES.get(w.toLowerCase()) : arrow && LANGUAGES.has(w.toLowerCase()) ? w.toLowerCase() : undefined);
    const [a, b] = [language(from), language(to)];
    return a && b && a !== b && (arrow || translation) ? `${a}-to-${b}` : whole;
  });
}

/** Two languages joined by hyphens: "english-to-french", "German-English". */
const LANGUAGE_PAIR = /(?<![\p{L}\p{N}-])(\p{L}+)-(to-|into-)?(\p{L}+)(?![\p{L}\p{N}-])/gu;

/**
 * The directions of translation a text asks about, each as its two languages (lower case): two
 * languages joined by "to" ("English-to-French", "en->fr"), or by a hyphen where the text is about
 * translation ("BLEU on WMT English-German"); not a bilingual model's ("a Chinese-English encoder-decoder").
 */
export function translationDirections(text: string): [string, string][] {
  const spelled = spelledLanguagePairs(text).toLowerCase();
  const translation = TRANSLATION.test(text);
  return [...spelled.matchAll(LANGUAGE_PAIR)]
    .filter((m) => LANGUAGES.has(m[1]!) && LANGUAGES.has(m[3]!) && (m[2] !== undefined || translation))
    .map((m) => [m[1]!, m[3]!]);
}
