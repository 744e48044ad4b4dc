/**
 * Fields a question asks its paper to work in (medicine, surgery, mental health and medical scans, animals and veterinary care, law,
 * finance, chemistry, biology, e-commerce, patents, agriculture, astronomy, education, autonomous
 * driving, cybersecurity, phones and other small devices, physics, many languages, climate) that the paper does not mention in
 * any of their words: "pulling medical concepts out of veterinary clinical records", answered from a
 * paper on clinical notes of people, is the task, not the task for animals; "graph networks for
 * molecular property prediction", answered from a paper on image classifiers, is the method, not the
 * method in chemistry. Words of a field used for something else ("scaling laws") ask for no field, nor
 * does a field the question sets aside. Pure.
 */
import type { Paper } from '../../corpus/paper.js';
import { type Kind, unwrittenKinds } from './modalities.js';
import { LANGUAGES } from './places.js';
import { askingSentences } from '../text.js';

const FIELDS: readonly Kind[] = [
  {
    asked:
      /\b(?:medical|medicine|clinical|clinicians?|healthcare|health\s+care|hospitals?|patients?|biomedical|radiology|diseases?|doctors?|physicians?|ehrs?|surg(?:ery|eries|ical|eons?)|operating\s+rooms?|nurses?|nursing|mental\s+health|psychiatr\w*|depression|anxiety|dental|dentists?|x-?rays?|mri|ct\s+(?:scans?|volumes?|images?)|tomograph\w*|ultrasound|triage)\b/giu,
    // Triage of software ("bug triage", "issue triage") is not of patients.
    notAsked: /\b(?:bugs?|issues?|tickets?|incidents?|alerts?|vulnerabilit(?:y|ies)|crash(?:es)?)\s+triage\b/giu,
    written:
      /\b(?:medic\w*|clinic\w*|health\w*|hospitals?|patients?|biomedic\w*|radiolog\w*|diseases?|doctors?|physicians?|nurs\w*|ehrs?|drugs?|diagnos\w*|therap\w*|cancer|covid\w*|surg\w*|mimic|usmle|medqa|pubmed|icd|symptoms?|als|amyotrophic|mental|psychiatr\w*|depress\w*|anxiety|dental|x-?rays?|cxr|mri|ct|tomograph\w*|radiograph\w*|ultrasound|triage)\b/iu,
  },
  {
    asked: /\b(?:veterinar\w*|livestock|animals?|pets|wildlife|primates|horses)\b/giu,
    written: /\b(?:veterinar\w*|animals?|pets?|livestock|dogs?|cats?|cattle|wildlife|primates?|horses?|birds?|species|mammals?)\b/iu,
  },
  {
    asked: /\b(?:legal|law|laws|lawyers?|courts?|judicial|statutes?|litigation|juris\w*)\b/giu,
    notAsked: /\b(?:scaling|power|zipf['’]?s?|neural\s+scaling)[\s-]+laws?\b|\blaws?\s+of\b/giu,
    written: /\b(?:legal|law|laws|lawyers?|courts?|judicial|judges?|statut\w*|contracts?|litigation|juris\w*|regulat\w*|bar\s+exams?)\b/iu,
    notWritten: /\b(?:scaling|power|zipf['’]?s?)[\s-]+laws?\b|\blaws?\s+of\b/giu,
  },
  {
    asked: /\b(?:financ\w*|stock\s+(?:markets?|prices?|returns?|trading)|banking|fintech)\b/giu,
    // Money as what something costs ("financially out of reach", "the financial cost of training") asks for no field.
    notAsked: /\bfinancially\b|\bfinancial\s+(?:costs?|budgets?|resources|constraints?|burdens?|means|support|expenses?)\b/giu,
    written: /\b(?:financ\w*|stocks?|banking|banks?|fintech|accounting|markets?|econom\w*|investors?|investments?|earnings|trading)\b/iu,
  },
  {
    asked: /\b(?:chemi\w*|molecul\w*|drug\s+discovery|retrosynthesis|materials\s+science)\b/giu,
    written: /\b(?:chemi\w*|molecul\w*|drugs?|compounds?|reactions?|smiles|atoms?|atomic|materials?|proteins?|retrosynthesis)\b/iu,
  },
  {
    asked: /\b(?:proteins?|genes?|genom\w*|dna|rna|single-cell|biolog\w*)\b/giu,
    // "biologically inspired", "biologically plausible": of how the brain works, not of biology as a field.
    notAsked: /\bbiologically\b|\bbiological\s+(?:plausib\w*|neurons?|brains?|learning|intelligence)\b/giu,
    written: /\b(?:proteins?|genes?|genom\w*|dna|rna|biolog\w*|cells?|molecul\w*|amino|enzymes?|bio\w*)\b/iu,
  },
  {
    asked: /\b(?:e-?commerce|online\s+(?:shopping|stores?|retail)|product\s+(?:search|listings?|descriptions?|reviews?|recommendations?|catalogs?)|shopping)\b/giu,
    written: /\b(?:e-?commerce|products?|shopping|retail\w*|customers?|amazon|purchases?|sellers?|buyers?|stores?)\b/iu,
  },
  { asked: /\bpatents?\b/giu, written: /\bpatent\w*\b/iu },
  {
    asked: /\b(?:agricultur\w*|farmers?|farmland)\b/giu,
    written: /\b(?:agricultur\w*|crops?|farm\w*|plants?|soil|harvest\w*)\b/iu,
  },
  {
    asked: /\b(?:astronom\w*|galax(?:y|ies)|telescopes?|astrophysic\w*)\b/giu,
    written: /\b(?:astronom\w*|galax(?:y|ies)|telescopes?|astrophysic\w*|stars?|cosmolog\w*|sky)\b/iu,
  },
  {
    asked: /\b(?:education(?:al)?|classrooms?|tutor(?:s|ing)?|pedagog\w*|homework|pupils|schoolchildren)\b/giu,
    written: /\b(?:educat\w*|students?|teach\w*|learners?|classrooms?|tutor\w*|pedagog\w*|schools?|exams?|courses?|homework|pupils)\b/iu,
  },
  {
    asked: /\b(?:autonomous\s+(?:driving|vehicles?|cars?)|self[\s-]?driving|driverless)\b/giu,
    written: /\b(?:driv(?:ing|ers?)|vehicles?|cars?|traffic|autonomous|roads?|nuscenes|kitti|carla|waymo)\b/iu,
  },
  {
    asked: /\b(?:cyber\w*|malware|intrusion\s+detection|network\s+security|penetration\s+testing|phishing)\b/giu,
    written: /\b(?:cyber\w*|secur\w*|malware|intrusions?|attacks?|phishing|vulnerab\w*|exploits?)\b/iu,
  },
  {
    asked: /\b(?:smartphones?|mobile\s+(?:phones?|devices?|hardware)|on-device|edge\s+devices?)\b/giu,
    written: /\b(?:mobile|phones?|smartphones?|on-device|edge|devices?|embedded|consumer\s+hardware)\b/iu,
  },
  {
    asked: /\b(?:physics|physicists?)\b/giu,
    written: /\b(?:physic\w*|mechanics|quantum|particles?)\b/iu,
  },
  {
    asked: /\b(?:multi-?lingual(?:ity)?|cross-?lingual(?:ly)?|language-specific|non-english)\b/giu,
    written: new RegExp(String.raw`\b(?:multi-?lingual\w*|cross-?lingual\w*|bilingual|languages|language-specific|non-english|translat\w*|low-resource|${[...LANGUAGES].filter((l) => /^[a-z]+$/.test(l)).join('|')})\b`, 'iu'),
  },
  {
    asked: /\b(?:climate|weather)\b/giu,
    written: /\b(?:climate|weather|meteorolog\w*|atmospher\w*|forecast\w*)\b/iu,
  },
];

/**
 * The words the question types for each field it asks its paper to work in that the paper does not
 * mention, first typed first (of fields listed, any one; see {@link unwrittenKinds}). A field is asked
 * in a sentence that asks (one ending in a question mark, or the last): the others say where the asker
 * comes from ("Radiology reports are long. Which methods summarize long documents?").
 */
export function unmentionedFields(question: string, paper: Pick<Paper, 'title' | 'abstract'>): string[] {
  return unwrittenKinds(askingSentences(question), `${paper.title}\n${paper.abstract}`, FIELDS);
}
