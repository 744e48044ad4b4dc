/**
 * Subfields of machine learning with a name of their own (neural architecture search,
 * super-resolution, federated learning, conformal prediction ...) that a question asks its paper to be
 * about and the paper never writes: "differentiable neural architecture search", answered from a survey
 * of neural ranking models, shares the words "neural" and "search", not the subfield; "a benchmark for
 * singing voice synthesis", answered from one for text-to-speech, is the neighbour, not the thing
 * asked. A paper of the subfield writes its name, or one of its short forms ("NAS", "federated",
 * "DP-SGD"). Broad tasks that papers describe in many ways (question answering, summarization,
 * pruning) are not subfields here. Asked, like a field, in the sentence that asks. Pure.
 */
import type { Paper } from '../../corpus/paper.js';
import { type Kind, unwrittenKinds } from './modalities.js';
import { askingSentences } from '../text.js';
import { escapeRegExp } from '../../util/regexp.js';

/**
 * Each line: the subfield's name, then the other forms a question or a paper may write it in; after a
 * slash, forms only a paper writes it in ("anomalies": a question typing it alone asks for no subfield).
 */
const SUBFIELDS_TEXT = `
neural architecture search | architecture search | nas
super-resolution
optical flow
depth estimation
speaker verification
speaker diarization | diarization
voice conversion
singing voice | singing
music generation
coreference resolution | coreference
entity linking
click-through rate | click-through | ctr
anomaly detection / anomalies | anomalous
fraud detection | fraud
federated learning | federated
differential privacy | differentially private | dp-sgd
membership inference
data poisoning | poisoning | poisoned
model stealing | model extraction
bayesian optimization
hyperparameter optimization | hyperparameter tuning | hyperparameter search
gaussian process
variational inference
normalizing flow
energy-based model | energy-based
gaussian splatting | gaussian splats | splatting | splats
protein structure prediction | protein structure | protein folding
retrosynthesis
causal discovery
shapley value | shapley
data attribution | influence function
conformal prediction | conformal
domain generalization
test-time adaptation
inverse reinforcement learning
offline reinforcement learning | offline rl
model-based reinforcement learning | model-based rl
handwriting recognition | handwriting | handwritten
optical character recognition | ocr
emotion recognition
stance detection
topic modeling | topic model
keyphrase extraction | keyphrase
image inpainting | inpainting / inpaint
style transfer / styliz
deblurring | deblur
colorization | colorisation
frame interpolation
person re-identification | re-identification
crowd counting
face recognition / face verification | face identification
facial expression recognition | expression recognition
gait recognition | gait
action recognition / activity recognition | action classification
trajectory prediction | trajectory forecasting / motion forecasting
motion planning
visual odometry | odometry
scene graph
lip reading | lipreading / visual speech recognition
sound event detection | sound event / audio event | acoustic event
audio captioning
source separation / separat | demix
speech enhancement / denois | noise suppression | noise reduction
keyword spotting / spoken word | spoken term | wake word | hotword
grammatical error correction
text simplification / simplif
word sense disambiguation | word sense
semantic role labeling | semantic role
discourse parsing
constituency parsing / constituency
transliteration
authorship attribution / authorship
sarcasm detection | sarcasm
knowledge tracing
symbolic regression
neural ode | neural ordinary differential equation
spiking neural network | spiking
capsule network / capsule
combinatorial optimization
learning to branch | branch-and-bound | branch and bound
speech synthesis | speech synthesizer | text-to-speech | tts
homomorphic encryption | homomorphic
model inversion
deepfake detection | deepfake
certified robustness | randomized smoothing / certified | certifiably
noisy labels | label noise / noisy label
multi-armed bandit | bandit
genetic algorithm | evolutionary algorithm / evolutionary | evolution
quantum machine learning | quantum
neuromorphic
survival analysis
temporal point process | point process
query rewriting | query reformulation / rewrit | reformulat
conversational search
dialogue state tracking | dialog state tracking
text-to-sql | nl2sql / sql
table question answering / table
video captioning
open-vocabulary
text-to-video / video generation
text-to-3d / 3d generation
video prediction
red teaming | red-teaming
watermarking | watermark
state space model | ssm
sliding window attention / sliding window
formula retrieval | math retrieval / formula | mathematical
panoptic segmentation | panoptic
hand pose | hand keypoint | hand-object | hand analysis | hand segmentation | hand tracking | gesture recognition / hands | gesture
synthetic aperture radar / radar | sar
temporal graph | dynamic graph
image dehazing | dehazing / dehaz
low-light enhancement | low-light
image deraining | deraining / derain
visual place recognition | place recognition
feature matching | image matching
stereo matching / stereo
3d object detection
human mesh recovery | mesh recovery
image forgery detection | forgery / forged | forging
video object segmentation
video summarization
temporal action localization | action localization
change detection
pedestrian detection | pedestrian
histopathology / patholog
open information extraction
event extraction
aspect-based sentiment / aspect
poetry generation | poetry | poem
lyrics generation | lyrics
headline generation | headline
dialogue summarization | meeting summarization / summar
fake news detection | fake news / misinformation | disinformation
rumor detection | rumour detection / rumo
propaganda detection | propaganda
clickbait
cyberbullying
readability assessment | readability
automated essay scoring | essay scoring
plagiarism detection | plagiarism
lemmatization
spelling correction | spell checking / spell
voice cloning
accent conversion | accented speech / accent
stuttering
music transcription
sim-to-real | sim2real
reward shaping
intrinsic motivation | curiosity-driven
hierarchical reinforcement learning
legged locomotion | quadruped / locomotion
pac-bayes | pac-bayesian
generalization bound / bound
neural tangent kernel | ntk
grokking
double descent
lottery ticket
loss landscape
optimal transport | wasserstein
kernel method / kernel
matrix completion
compressed sensing
dictionary learning | sparse coding / sparse autoencoder | sae
manifold learning
metric learning
learning to hash | hashing
knowledge graph embedding
molecular dynamics
neural operator | fourier neural operator
physics-informed neural network | physics-informed | pinn
uplift modeling | uplift
dataset distillation | dataset condensation
label smoothing
mixup
batch normalization | batchnorm
zeroth-order optimization | zeroth-order
evolution strategies
automl
split learning
causal inference / causal
`;

/** A form as a pattern: its words apart by spaces or hyphens, the last one ending as `ending` allows. */
function pattern(form: string, ending: string): string {
  const words = form.split(/[\s-]+/).map(escapeRegExp);
  return words.join('[\\s-]+') + ending;
}

interface Subfield extends Kind {
  /** The first words of the forms it is typed in. */
  firstWords: string[];
}

const SUBFIELDS: readonly Subfield[] = SUBFIELDS_TEXT.trim()
  .split('\n')
  .map((line) => {
    const [typed, writtenOnly = ''] = line.split('/');
    const forms = typed!.split('|').map((f) => f.trim());
    const written = [...forms, ...writtenOnly.split('|').map((f) => f.trim()).filter(Boolean)];
    return {
      // Typed as any of its forms, plural too ("gaussian processes", "normalizing flows") ...
      asked: new RegExp(`\\b(?:${forms.map((f) => pattern(f, '(?:s|es)?')).join('|')})\\b`, 'giu'),
      // ... and written in any of them, or of the paper's own, with any ending ("federated", "anomalies", "super-resolved").
      written: new RegExp(`\\b(?:${written.map((f) => pattern(f, '\\w*')).join('|')})`, 'iu'),
      firstWords: forms.map((f) => f.split(/[\s-]+/)[0]!.toLowerCase()),
    };
  });

/** The subfields by the first words of their forms: a question is read only for those whose first word it types. */
const BY_FIRST_WORD = new Map<string, Subfield[]>();
for (const subfield of SUBFIELDS) for (const word of new Set(subfield.firstWords)) BY_FIRST_WORD.set(word, [...(BY_FIRST_WORD.get(word) ?? []), subfield]);

/**
 * The words the question types for each subfield it asks its paper to be about that the paper writes
 * in none of its forms (of subfields listed, any one; see {@link unwrittenKinds}).
 */
export function unmentionedSubfields(question: string, paper: Pick<Paper, 'title' | 'abstract'>): string[] {
  const asking = askingSentences(question);
  // A word typed in the plural ("pedestrians", "deepfakes") is a form's word too.
  const words = asking.toLowerCase().split(/[^\p{L}\p{N}]+/u).flatMap((word) => [word, word.replace(/e?s$/u, ''), word.replace(/s$/u, '')]);
  const typed = new Set(words.flatMap((word) => BY_FIRST_WORD.get(word) ?? []));
  return typed.size > 0 ? unwrittenKinds(asking, `${paper.title}\n${paper.abstract}`, [...typed]) : [];
}
