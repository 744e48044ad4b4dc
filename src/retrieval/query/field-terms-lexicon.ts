/**
 * Acronyms typed alone for what the papers mostly spell out ("vlm" for vision-language models): each
 * line a term the bundled corpus uses in at least two papers, and the acronyms the field writes for it.
 */
export const ACRONYMS = `# acronyms typed alone, for what the papers mostly spell out
vision-language models: vlm | vlms | lvlm | lvlms
multimodal large language models: mllm | mllms
multi-task learning: mtl
in-context learning: icl
pre-trained language models: plm | plms
supervised fine-tuning: sft
parameter-efficient fine-tuning: peft
machine translation: mt | nmt
natural language understanding: nlu
information retrieval: ir
out-of-distribution: ood
question answering: qa
visual question answering: vqa
chain-of-thought: cot
reinforcement learning: rl
speech recognition: asr
named entity recognition: ner
retrieval-augmented generation: rag
natural language inference: nli
knowledge distillation: kd
text-to-image: t2i
reinforcement learning from human feedback: rlhf
direct preference optimization: dpo
mixture of experts: moe
task-oriented dialogue: tod
singular value decomposition: svd
reward model: rm
knowledge graph: kg
knowledge base: kb
learning to rank: ltr
masked language model: mlm
stable diffusion: sd
diffusion models: dm
computer vision: cv
semantic textual similarity: sts
question generation: qg
information extraction: ie
self-supervised learning: ssl
domain adaptation: da
zero-shot learning: zsl
few-shot learning: fsl
end-to-end: e2e
state-of-the-art: sota
machine learning: ml
deep learning: dl
neural network: nn | nns
convolutional: cnn | cnns | convnet | convnets
`;

/**
 * Everyday phrasings of the words the papers use (see field-terms.ts), one word or term per line:
 * `term: phrasing | phrasing`; `#` starts a comment. The first part holds the field's terms ("video:
 * clip | footage"), the second the ordinary words the abstracts use ("teacher: instructor | tutor").
 * Each term is one the bundled corpus uses (the field's terms in at least two papers, the ordinary
 * words in at least three); a phrasing is what someone who avoids the term says instead, and almost
 * always means it in this field. Words are matched as search tokenizes them (lower case, stemmed,
 * stopwords left out).
 */
export const FIELD_TERMS_LEXICON = `
# models and architectures
large language model: chatbot | ai chatbot | ai assistant | text generator | chat assistant | chat model | ai text generator | generative ai | gpt-style model | big text ai | talking ai
large language models: chatbots | ai chatbots | ai assistants | text generators | chat assistants | chat models | ai text generators | generative ai | gpt-style models | big text ais
llms: chatbots | ai chatbots | ai assistants | text generators | chat assistants | chat models | ai text generators | gpt-style models
llm: chatbot | ai chatbot | ai assistant | text generator | chat assistant | chat model | ai text generator | gpt-style model
language model: text predictor | word predictor | autocomplete model | next-word predictor | text ai | chatbot
language models: text predictors | word predictors | autocomplete models | next-word predictors | text ais | chatbots
small language models: tiny chatbots | compact text models | mini language ais | pocket-sized models | lightweight chatbots | little text models
smaller models: tiny models | compact models | mini models | little models | pocket-sized models | downsized models
foundation models: all-purpose models | general-purpose ai | base ais | one model for everything | multipurpose ai
pre-trained: already trained | ready-made | off-the-shelf | trained in advance | trained beforehand
pretrained: already trained | ready-made | off-the-shelf | trained in advance | trained beforehand
pre-trained models: ready-made models | off-the-shelf models | already-trained models | existing trained models
base model: raw model | untuned model | original model | starting model | unmodified model
transformer: architecture behind chatgpt | gpt-like architecture | gpt-style network | chatgpt architecture
transformer-based: gpt-like | chatgpt-like architecture | built on gpt-style networks
neural networks: nets | neural nets | artificial brains | brain-inspired networks | deep nets | artificial neural nets
neural network: neural net | artificial brain | brain-inspired network | deep net
deep learning: deep nets | layered neural nets | modern ai | deep neural nets | neural net training
neurons: network units | artificial brain cells | hidden units | artificial neurones
layers: network levels | stacked stages | levels of the network | tiers
encoder: input reader | reading network | input compressor | understanding half
decoder: output writer | writing network | output generator | generating half
decoder-only: gpt-style | chatgpt-style architecture | left-to-right generator | writer-only
autoregressive: word by word | one word at a time | left to right | next-word prediction | predicting the next word
non-autoregressive: all words at once | parallel generation | whole sentence at once
mixture of experts: team of specialists | panel of experts | specialist subnetworks | routed specialists | many small experts | committee of specialists
mixture-of-experts: team of specialists | panel of experts | specialist subnetworks | routed specialists | many small experts | committee of specialists
moe: team of specialists | panel of experts | specialist subnetworks | routed specialists
experts: specialists | specialist subnetworks | specialist modules | expert modules
routing: sending to specialists | dispatching inputs | directing requests | choosing which specialist | request routing
sparsely activated: only parts switched on | partly active | selective activation | conditional computation | uses only some parts
embedding: vector representation | numeric fingerprint | meaning vector | list of numbers | numerical summary
embeddings: vector representations | numeric fingerprints | meaning vectors | lists of numbers | numerical summaries
embedding models: text-to-vector models | meaning vector makers | fingerprint models | vectorizers
text embedding: text fingerprint | meaning vector for text | text vectors | numeric text representation
vectors: lists of numbers | arrays of numbers | numeric arrays | rows of numbers
representation learning: learning features | feature learning | learning useful features | learning internal descriptions
parameters: weights | knobs | dials | learned numbers | internal numbers | adjustable numbers | settings inside the model
weights: knobs | dials | learned numbers | internal numbers | connection strengths | adjustable numbers
model size: how big the model | number of weights | parameter count | size of the network | model bigness
billions of parameters: billions of weights | billions of knobs | gigantic models | huge networks
tokenizer: text splitter | word splitter | word chopper | text chopper | word-piece splitter
tokenization: splitting text into pieces | word splitting | chopping text up | breaking text into word pieces | text splitting | sub-word pieces | subword pieces | split into sub-word pieces
token: word piece | word fragment | piece of a word | chunk of a word
vocabulary: word list | known words | set of word pieces | dictionary | lexicon | piece inventory | inventory of pieces | subword inventory
context length: how much it can read | input length limit | memory span | input size limit | window size
long context: long documents | lengthy inputs | entire books | very long text | long inputs | huge documents | book-length input
long-context: long documents | lengthy inputs | entire books | very long text | long inputs | book-length
sparse attention: reading only some parts | skipping most of the text | selective reading | skimming
attention heads: focus units | where-to-look units | looking units | internal readers | attention units | parallel attention units | attention sub-units
hypernetwork: network that outputs weights | weight-generating network | network that produces weights | weight generator network
circuits: internal pathways | pathways inside the network | internal wiring
majority voting: most common answer | most frequent answer | majority vote | voting among answers
parameter generation: generating weights | making weights | weight synthesis | creating model settings | weight generation
autoencoder: compress-and-rebuild network | squeeze-and-reconstruct network | self-reconstructing network | compressor-decompressor
gan: fake-image generator | two competing networks | generator versus critic | forger and detector | adversarial generator
generative models: content generators | generative ai | ai that creates | creative ai | generators
generative: creative | content-producing | that creates | producing new content
multimodal: images and text | multiple input types | mixed media | text plus images | several senses | different kinds of input | multi-sensory
multi-modal: images and text | multiple input types | mixed media | text plus images | several senses | different kinds of input
vision-language models: image-text ai | chatbots that see | picture-understanding ai | visual chatbots | models that see and read | ai that sees
vision-language: image and text | picture and words | seeing and reading | images with text | visual and verbal
vlms: image-text ais | chatbots that see | picture-understanding ais | visual chatbots
mllms: image-understanding chatbots | chatbots that see | picture-reading ais | visual chatbots | chatbots with eyes
multimodal large language models: image-understanding chatbots | chatbots that see | picture-reading ais | visual chatbots | chatbots with eyes | gpt-4 vision
large vision-language models: image-understanding chatbots | chatbots that see | picture-reading ais | visual chatbots | gpt-4 vision
speech large language model: voice chatbot | talking chatbot | spoken assistant | voice assistant | siri-like ai | alexa-like ai
specialized models: specialist models | niche models | dedicated models | single-purpose models | tailored models
generalist: all-rounder | jack of all trades | versatile | all-purpose | do-everything
general-purpose: all-purpose | versatile | one-size-fits-all | multipurpose | do-everything | general use
modular: plug-and-play | lego-like | building blocks | swappable parts | mix and match | separable pieces
open-source: free to use | publicly released | downloadable | freely available | community-built | open weights | open-weight
proprietary: commercial | paid | closed | secret | corporate | locked-down
black-box: opaque | closed | hidden internals | cannot see inside | api-only | sealed
# data types and modalities
image: picture | photo | photograph | pic | snapshot | still image | illustration | img
images: pictures | photos | photographs | pics | snapshots | still images | illustrations | imgs
video: clip | footage | recording | movie | film | moving images | youtube video | camera recording | vid
videos: clips | footage | recordings | movies | films | moving images | youtube videos | vids
long videos: hour-long videos | full movies | long recordings | lengthy clips | entire films | long footage
instructional videos: how-to videos | tutorial videos | cooking videos | diy videos | youtube tutorials | how-to clips
speech: voice | spoken audio | talking | spoken words | speaking | spoken language | voice recordings
spoken: oral | said aloud | voiced | verbal | talked
audio: sound | sounds | sound clips | recordings | listening | acoustics | soundtrack
music: songs | tunes | melodies | musical pieces | compositions
text: writing | written words | written content | prose | words on a page
table: spreadsheet | data grid | excel sheet | rows and columns | grid of data
tables: spreadsheets | data grids | excel sheets | rows and columns | grids of data
graph: network of nodes | web of connections | nodes and links | relationship network | node-link diagram
knowledge graph: fact network | web of facts | facts database | map of facts | linked facts | entity relationship map
code: programs | software | source | scripts | programming | computer programs | coding
source code: program text | software source | scripts | codebase | program files
programming languages: coding languages | computer languages | python and java | programming tongues
programming: coding | software writing | writing programs | developing software
documents: files | pages | articles | write-ups | reports | docs
passages: paragraphs | excerpts | snippets | chunks of text | text snippets
web: internet | online | websites | world wide web | web pages
wikipedia: online encyclopedia | wiki articles | encyclopedia | wiki pages
social media: twitter | tweets | facebook posts | online posts | reddit | instagram | social networks
molecular: chemical | compound-level | molecule | chemical structure
protein: amino acid chain | enzyme | biomolecule | amino acid sequence
corpus: text collection | body of text | collection of writing | library of texts | text archive
dataset: data collection | collection of examples | set of examples | data set | database of examples
datasets: data collections | collections of examples | sets of examples | data sets | databases of examples
modalities: types of data | kinds of input | input types | media types | senses | formats of input
captions: subtitles | descriptions | alt text | picture descriptions | labels under pictures
3d: three-dimensional | three dimensional | 3-d | three dimensions | depth and shape | solid shapes
synthetic data: fake data | made-up data | artificial data | generated examples | computer-made data | ai-generated data | simulated data | machine-made examples
training data: examples it learned from | learning material | training examples | what it was trained on | study material | practice data
labeled data: tagged examples | hand-labeled data | examples with answers | marked-up data | annotated examples
labels: tags | categories | classes assigned | markings
unlabeled data: raw data | untagged data | data without answers | unmarked examples
# language tasks
natural language processing: language technology | computational linguistics | text analysis | language ai | text processing | computers understanding language
nlp: language technology | computational linguistics | text analysis | language ai | text processing | computers understanding language
natural language: plain english | everyday language | human language | ordinary language | plain language
natural language understanding: understanding text | making sense of language | language comprehension | grasping meaning | text comprehension
nlu: understanding text | making sense of language | language comprehension | grasping meaning | text comprehension
language understanding: understanding text | making sense of language | comprehension | grasping meaning
text generation: writing text | producing text | ai writing | automated writing | generating prose | composing text
long-form generation: long answers | essays | lengthy responses | long writing | multi-paragraph answers
language modeling: predicting text | next-word prediction | language modelling | text prediction | word prediction
language modelling: predicting text | next-word prediction | language modeling | text prediction | word prediction
infilling: filling the gaps | filling blanks | completing the middle | fill in the blank | missing words
machine translation: translating | automatic translation | google translate | translation software | converting between languages | computer translation
translation: translating | converting languages | rendering into another language | language conversion | interpreting between languages
neural machine translation: ai translation | google translate | automatic translation | computer translation | deep translation
speech translation: translating spoken language | live interpretation | translating speech | interpreting talks | dubbing
speech-to-text: transcription | dictation | transcribing | voice to text | speech transcription
summarization: summarizing | summarising | condensing | boiling down | tl;dr | short version | recap | gist | meeting minutes | condensing a meeting into minutes
summarisation: summarizing | summarising | condensing | boiling down | tl;dr | short version | recap | gist | meeting minutes
text summarization: condensing text | summarizing articles | shortening documents | boiling down text | tl;dr
summary: recap | gist | synopsis | digest | overview | tl;dr
summarize: condense | boil down | recap | sum up | shorten | give the gist
question answering: answering questions | q&a | answer questions | responding to questions | quiz answering | trivia answering | ask and answer
qa: answering questions | q&a | responding to questions | quiz answering | trivia answering
question-answering: answering questions | q&a | responding to questions | quiz answering | trivia answering
visual question answering: answering questions about pictures | questions about images | picture questions | photo q&a | asking about a photo
vqa: answering questions about pictures | questions about images | picture questions | photo q&a
reading comprehension: understanding a passage | reading test | reading and answering | passage questions
multiple-choice: pick the right option | choose from options | quiz format | abcd | select the answer | tick the box
open-ended: free-form | free response | essay-style | no fixed answer | open answer
dialogue: conversation | chat | chatting | back-and-forth | conversations
dialog: conversation | chat | chatting | back-and-forth | conversations
conversational: chat-based | chatty | back-and-forth | conversation-style
multi-turn: back-and-forth | several exchanges | follow-up questions | ongoing conversation | multiple rounds | long chats
task-oriented dialogue: booking assistant | customer service bot | goal-driven chat | helpdesk chatbot | virtual assistant | siri-style assistant
intent detection: what the user wants | understanding user goals | recognizing requests | what the user means | purpose detection
slot filling: extracting details from requests | filling in form fields | booking details | picking out key details
information extraction: pulling out information | pulling out facts | extracting details | mining text | scraping facts | harvesting facts
keyword extraction: finding keywords | key terms | picking main words | topic tags | pulling out keywords
named entity recognition: finding names | spotting people and places | name tagging | picking out names | finding proper nouns
text classification: sorting text | labeling text | tagging documents | categorizing text | spam filtering | topic labeling
classification: sorting into categories | categorizing | labeling | putting into groups | tagging | pigeonholing | categorization
classifier: sorter | labeler | categorizer | detector
sentiment analysis: opinion mining | mood detection | positive or negative | review analysis | feelings in text | tone detection
natural language inference: does it follow | whether one sentence implies another | logical implication | contradiction detection | entailment
paraphrasing: rewording | rephrasing | saying it differently | restating | rewriting in other words
style transfer: changing style | restyling | rewriting in another style | in the style of | changing the tone
abbreviation expansion: expanding abbreviations | spelling out shorthand | acronym expansion | expanding short forms
text entry: typing | keyboard input | predictive typing | typing aid | autocorrect | on-screen keyboard
language identification: detecting the language | which language | guessing the language | language detection | telling languages apart
offensive language: insults | rude language | swearing | abusive language | hate speech | profanity | slurs
machine-generated text: ai-written text | chatbot text | computer-written text | ai writing | bot-written text
text detection: spotting ai writing | ai text detector | catching chatbot text | was it written by ai
semantic similarity: similar meaning | closeness of meaning | same meaning | how alike in meaning | meaning match
semantic search: meaning-based search | search by meaning | concept search | smart search | intelligent search
semantic: meaning | meaning-based | what words mean | conceptual
lexical: word-level | vocabulary | word meanings | dictionary-level
grammar: language rules | sentence rules | grammar rules | sentence structure | proper usage
parsing: breaking down sentences | analyzing sentence structure | sentence diagramming | grammatical analysis | analysing sentences
linguistic: language-related | grammar-related | about language | language structure
commonsense reasoning: everyday common sense | common-sense thinking | everyday logic | obvious knowledge | street smarts
terminology: jargon | technical terms | specialized vocabulary | industry terms | glossary | specialist words
fluency: natural-sounding | smoothness | reads well | natural flow | well-written
# vision, audio and generation
vision: sight | seeing | eyesight | image understanding | visual perception | looking at pictures
visual: seeing | sight | image-based | picture-based | eyesight
computer vision: image understanding | machine vision | photo analysis | making computers see | image recognition | seeing machines
visual perception: seeing | eyesight | understanding images | sight | visual awareness
image classification: labeling pictures | sorting photos | recognizing pictures | photo tagging | picture categorization
segmentation: cutting out objects | outlining objects | pixel labeling | separating regions | masking out parts | splitting into regions
image segmentation: outlining objects in pictures | cutting out objects | pixel-level labeling | separating regions of a photo | photo cutouts
landmark: keypoint | key point | facial keypoint
landmarks: keypoints | key points | facial keypoints
object detection: finding objects | spotting things in pictures | locating objects | boxes around objects | object spotting
object tracking: following objects across frames | following things through a video | keeping track of objects in video
captioning: describing pictures | writing captions | photo descriptions | alt text | picture descriptions | subtitling
image captioning: describing pictures | writing captions for photos | photo descriptions | alt text generation | picture descriptions
visual grounding: pointing to objects | locating what is described | finding the described object | linking words to regions | pointing at things
grounding: connecting to reality | anchoring | tying to evidence | linking to the real world | based on evidence | connecting words to things
remote sensing: satellite images | satellite photos | aerial photos | earth observation | satellite imagery | overhead imagery | aerial imagery
visual illusions: optical illusions | eye tricks | visual tricks | trick images | illusion pictures
facial: face | faces | face images | face photos | facial expressions | selfies | headshot | headshots | portrait photos
diffusion: denoising | noise removal | gradual denoising | noise-to-image | stable diffusion-style | ai art generator
diffusion models: image generators from noise | denoising generators | ai art generators | stable diffusion-style models | noise-to-image models
denoising: removing noise | noise removal | cleaning signals | de-noising
text-to-image: picture from a description | ai art | drawing from prompts | turning words into pictures | text prompt to picture | dall-e style | midjourney style | images from text
image generation: making pictures | creating images | ai art | picture creation | drawing pictures | generating photos | picture generator | image generator
image editing: photo editing | retouching | photoshopping | editing pictures | changing photos | touching up photos
graphic design: layout design | poster design | flyers | visual design | page layout | ad design | banner design
novel view synthesis: new camera angles | unseen viewpoints | rendering new viewpoints | seeing from a new angle | new perspectives of a scene
neural radiance fields: 3d scenes from photos | photo-to-3d | reconstructing 3d scenes | learned 3d scenes | 3d from pictures | neural scene representation | neural scene representations
nerf: 3d scene from photos | photo-to-3d | reconstructing a 3d scene | learned 3d scene | 3d from pictures
gaussian splatting: 3d blobs | splat-based 3d | point-blob rendering | blob-based 3d scenes | fuzzy blobs in 3d
multi-view: several angles | multiple viewpoints | many camera angles | different angles | from all sides
human motion: body movement | how people move | human movement | body poses | motion capture
speech recognition: transcription | speech to text | dictation | voice typing | transcribing audio | voice recognition | converting speech to text
asr: transcription | speech to text | dictation | voice typing | transcribing audio | voice recognition
text-to-speech: speech synthesis | voice generation | read aloud | reading text aloud | synthetic voice | computer voice | talking computer
speakers: voices | talkers | people speaking | native speakers | speaking people
paralinguistic: tone of voice | emotion in voice | how something is said | intonation | voice cues | vocal cues
# retrieval and recommendation
information retrieval: search | searching | search engine | finding documents | looking things up | document search | lookup
ir: search | searching | search engine | finding documents | looking things up | document search
retrieval: search | searching | looking up | fetching | finding relevant documents | lookup | finding information
retrieve: look up | fetch | search for | pull up | dig up
retriever: search component | document finder | search module | lookup tool | finder | picker | example picker | example-picker
retrievers: search components | document finders | search modules | lookup tools | finders
retrieval-augmented generation: look things up before answering | search then answer | searching first | open book answering | answering from documents | answering from docs | search-assisted chatbot | chatbot with search | grounded in documents
retrieval augmented generation: look things up before answering | search then answer | searching first | open book answering | answering from documents | answering from docs | search-assisted chatbot | chatbot with search
retrieval-augmented: search-assisted | look-up assisted | with search | open book | backed by search
rag: look things up before answering | search then answer | search-assisted chatbot | chatbot with search | open book answering | answering from documents | answering from docs
retrieval augmentation: adding search | looking things up | search support | fetching sources | search boost
web search: googling | internet search | searching online | looking it up online | search engine queries | google search
search: looking up | hunting for | searching | lookup
query: search terms | search request | what was searched | keywords typed | search phrase
queries: search terms | search requests | what was searched | keywords typed | search phrases
ranking: ordering results | sorting by relevance | putting best first | best-first ordering | rank order | sorting results
re-ranking: reordering results | second-pass sorting | reshuffling search results | re-sorting
reranking: reordering results | second-pass sorting | reshuffling search results | re-sorting
passage ranking: ordering paragraphs | ranking snippets | sorting passages | best paragraph first
neural ranking models: ai search ranking | smart ranking | learned ranking | neural search | ai result sorting
dense retrieval: meaning-based search | vector search | semantic lookup | embedding search | fingerprint search
similarity search: finding similar items | lookalike search | nearest matches | finding near matches | look-alike search
similarity: likeness | closeness | resemblance | how alike | sameness | similarness
relevance: usefulness to the question | pertinence | how related | on-topic | relatedness | applicability
knowledge base: facts database | fact store | encyclopedia | reference database | information store | knowledge store
external knowledge: outside information | outside sources | reference material | looked-up facts | external facts
recommendation: suggestions | recommending | what to watch next | product suggestions | personalized suggestions | you may also like
recommender systems: suggestion engines | recommendation engines | netflix-style suggestions | product recommenders | suggestion systems
sequential recommendation: next purchase prediction | what to watch next | next item suggestion | browsing history suggestions
personalization: tailoring to each user | customizing for individuals | personal touch | individualized | user-specific tailoring | made for you | personalisation
personalized: customized | tailored | made for you | custom | personalised | customised
preferences: likes | tastes | preferred choices | likes and dislikes | favorites | favourites
skills: abilities | know-how | competencies | talents | expertise | capabilities
# agents, tools and robotics
agent: autonomous assistant | ai helper | bot | digital worker | autonomous ai | software robot | ai that acts
agents: autonomous assistants | ai helpers | bots | digital workers | autonomous ais | software robots | ais that act
llm agents: chatbot agents | autonomous chatbots | ai helpers | chatbots that act | auto-gpt style bots
multi-agent: team of ais | several bots | ai teamwork | many agents working together | group of assistants | multiple bots collaborating
autonomous: self-directed | self-running | on its own | hands-off | self-driving
tool learning: learning to use tools | using software tools | calculator use | using plugins | using external apps | learning to use apps
tool usage: using tools | calling apps | calculator use | using software | using plugins | function calls | using external apps
tool use: using tools | calling apps | calculator use | using software | using plugins | function calls | using external apps
tools: apps | plugins | utilities | calculators | software tools
external tools: outside apps | plugins | calculators and search | add-on tools | third-party tools | web services
api: web service | online service | software interface | plugin | app interface | service endpoint
apis: web services | online services | software interfaces | plugins | app interfaces | service endpoints
api calls: calling services | requests to apps | using plugins | triggering functions | service requests
tool documentation: manuals | help pages | how-to guides | api docs | user manual | tool manuals
planning: making plans | figuring out steps | step-by-step plans | scheduling actions | deciding what to do next | plotting a course
task planning: breaking down goals | planning steps | to-do lists | task breakdown | planning the steps | plan of action
planner: planning module | plan maker | scheduler | organizer | strategist
long-horizon: long tasks | many steps ahead | lengthy tasks | long-term goals | multi-stage tasks
workflows: sequences of steps | procedures | process flows | standard procedures | routines
task automation: automating work | doing chores automatically | hands-free | autopilot | automatic handling | automated errands
automl: automatic machine learning | auto machine learning | building models automatically | no-code ml | automated model building
debugging: fixing bugs | finding errors in code | troubleshooting code | bug fixing | bug hunting
software development: writing software | programming | coding | building apps | app development | software engineering
software: programs | apps | code | computer programs
code generation: writing code | writing programs | programming assistant | automatic programming | coding assistant | ai coding | auto-coding | generating programs | code writing
code translation: converting code | porting programs | translating between programming languages | rewriting code in another language | code conversion
code comprehension: understanding code | reading programs | explaining code | making sense of code
coding: programming | writing code | software writing | writing programs | developing software
robot: robotic arm | mechanical arm | android | automaton | mechanical helper
robots: robotic arms | mechanical arms | androids | automatons | mechanical helpers
robotics: robots | machines that move | robotic arms | mechanical helpers | automation hardware | robot engineering
robotic: robot | mechanical | automated machine | robot-based | machine-driven
robotic manipulation: grasping objects | picking things up | robot arms | handling objects | pick and place | moving objects with a robot
manipulation: grasping | handling objects | picking up things | moving objects | pick and place
embodied: in the physical world | having a body | robot bodies | physically situated | in a body
embodied agents: robots | physical agents | agents with bodies | household robots | virtual robots | bodied ais
affordances: what objects are for | how things can be used | possible actions with objects | usable parts | handles and buttons
household: home | domestic | chores | kitchen | around the house | housework
environments: virtual worlds | simulated worlds | sandboxes | game worlds | playgrounds | surroundings | envs | sims
simulation: virtual world | simulated environment | sandbox | digital twin | virtual testbed | mock-up
world models: simulators of the world | internal simulator | mental model of the world | imagination model | world simulators
imitation learning: learning by copying | learning from demonstrations | copying experts | mimicking humans | learning by watching | monkey see monkey do | copycat learning
reinforcement learning: trial and error | learning from rewards | trial and error with rewards | reward-based learning | learning by doing | carrots and sticks | rewards and punishments | practice with rewards
rl: trial and error | learning from rewards | trial and error with rewards | reward-based learning | learning by doing | carrots and sticks
reward: feedback signal | payoff | incentive | prize
reward models: scoring models | judge models | graders | automated judges | answer scorers
self-play: playing against itself | practice games | self-competition | playing itself | solo practice
beamforming: antenna steering | signal steering | directing radio signals | radio beam steering | aiming antennas
telecommunications: telecom | phone networks | mobile networks | cellular networks | 5g | wireless networks
# application domains
medical: healthcare | doctors | clinics | patients | hospital | health-related | medicine | diagnoses
clinical: hospital | patient care | doctors' notes | health records | bedside | patient records | medical practice
biomedical: medicine and biology | life sciences | health research | medical research | pubmed | biology and medicine
biomedicine: medicine | medical science | life sciences | health research | medical research
healthcare: hospitals | patients | health care | doctors and nurses | health services | medicine
mental health: depression | anxiety | psychological wellbeing | emotional wellbeing | therapy | psychological well-being | stress
cxr: chest x-ray | x-ray images | chest scans | radiographs | lung x-rays
drug: medicine | medication | pharmaceutical | pill | treatment
molecular design: designing molecules | new compounds | drug candidates | chemical design | making new chemicals
chemistry: chemicals | compounds | lab chemistry | reactions | chemical science
biology: life sciences | living things | genetics | biological science | biosciences | bio
legal: law | laws | lawyers | court | courts | statutes | contracts | judges | attorneys
law: legal | lawyers | court | statutes | attorneys | legislation | legal system
legal text: law documents | court rulings | statutes | contracts | case law | legislation | legal documents
finance: banking | money | stock market | investing | economy | accounting | financial services
financial: banking | money | monetary | stock market | economic | fiscal | investment
business: companies | enterprise | commercial | industry | corporate | firms | commerce
education: teaching | tutoring | classrooms | schools | schooling | learning aids | homework help
pedagogical: teaching | teaching methods | tutoring | educational | classroom | instructional
teaching: instructing | tutoring | educating | coaching | lessons | schooling
students: pupils | schoolchildren | learners in class | school kids | trainees | classmates
teachers: instructors | tutors | educators | professors | trainers | mentors
exams: tests | quizzes | school exams | standardized tests | finals | entrance exams
textbooks: schoolbooks | course books | educational books | study books | teaching materials
gaokao: chinese college entrance exam | chinese national exam | university entrance exam
scientific literature: research papers | academic papers | scholarly articles | journal articles | publications | science papers
scientific: science-related | academic | scholarly | of science
scientific discovery: research breakthroughs | new science | accelerating science | making discoveries | finding new science
peer review: reviewing papers | referees | paper reviewing | reviewer feedback | manuscript review | refereeing
astronomy: space science | stars and galaxies | astrophysics | telescopes | cosmos | stargazing | astro
psychology: mind science | mental processes | human behaviour | human behavior | behavioral science | study of the mind
cognitive abilities: mental abilities | thinking skills | brainpower | intellect | intelligence | smarts
neuroscience: brain science | brain research | how the brain works | study of the brain
personality: character | temperament | personality type | big five | disposition | traits
personality traits: character traits | temperament | personality types | big five | dispositions
persona: character | role | personality | profile | alter ego | identity
cultural: culture | cultural background | traditions | local customs | regional culture | heritage
underrepresented: marginalized | overlooked | minority | neglected | left behind | under-served
face security: face spoofing | deepfake detection | fake face detection | face forgery | anti-spoofing
# training and adaptation
pretraining: initial training | training from scratch | reading the internet | upfront training | general training | base training | pre-training
pre-training: initial training | training from scratch | reading the internet | upfront training | general training | base training | pretraining
continual pre-training: continued training | extra training | further pretraining | training some more | top-up training
post-training: after-training | finishing training | later training | refinement after pretraining
from scratch: from zero | from the ground up | from nothing | starting fresh | from square one
fine-tuning: further training | retraining | tweaking | customizing | specializing | adapting | additional training | extra training | tailoring the model | customising
finetuning: further training | retraining | tweaking | customizing | specializing | adapting | additional training | extra training | tailoring the model
fine-tune: retrain | tweak | customize | customise | specialize | adapt | tailor | train further
fine-tuned: retrained | customized | customised | tweaked | adapted | specialized | tailored | further trained
full fine-tuning: retraining everything | updating all weights | training the whole model | complete retraining | full retraining
supervised fine-tuning: training on examples | training with labeled examples | teaching with correct answers | example-based training | training on model answers
sft: training on examples | training with labeled examples | teaching with correct answers | example-based training
instruction tuning: teaching to follow instructions | training on instructions | training to obey commands | training on requests and answers | training with task examples | instruction training
instruction-tuning: teaching to follow instructions | training on instructions | training to obey commands | training on requests and answers
instruction-tuned: chat-ready | assistant-style | taught to follow directions | obedient | trained to follow instructions
instruction-following: following directions | obeying instructions | doing what is asked | following commands | following orders | sticking to requests | command-following | obeying commands | obey commands
instructions: directions | commands | orders | requests | guidelines | how-to steps
visual instruction tuning: teaching image chatbots | training image assistants | picture-based instruction training
rlhf: human feedback training | thumbs up thumbs down | learning from human ratings | human ratings | training on human votes | reinforcement from human feedback
human feedback: people's ratings | thumbs up | user ratings | human ratings | human judgments | people's opinions | human votes
ai feedback: machine feedback | chatbot judges | model-generated ratings | ai ratings | automated feedback | ai critics
feedback: comments | critique | ratings | reactions | responses from users | input from others | thumbs up or down
preference: likes | taste | preferred answers | which answer people like | choice between answers | favorite | favourite
preference optimization: learning from choices | learning which answers people prefer | training on preferred answers | pairwise choices | picking the better answer
direct preference optimization: learning from choices | learning which answers people prefer | training on preferred answers | pairwise choices | dpo
preference learning: learning what people like | learning tastes | learning likes and dislikes | learning from comparisons | taste learning
human preferences: what people like | people's tastes | user likes | likes and dislikes | human tastes
alignment: making ai behave | following human values | matching human values | behaving as intended | keeping ai in line | safe behavior | taming the model | value matching
knowledge distillation: teacher-student training | learning from a bigger model | copying a big model | shrinking a model | big model teaches small model | model compression by imitation
distillation: teacher-student training | learning from a bigger model | copying a big model | shrinking a model | big model teaches small model | distilling
distill: teach a smaller model | copy into a smaller model | compress into a student | pass down knowledge | boil down a model
teacher model: bigger model | mentor model | instructor model | big model
student model: smaller model | apprentice model | learner model | trainee model | small model
curriculum learning: easy to hard | easy-to-hard training | starting simple | gradually harder | lesson plan | ordering by difficulty | from easy to difficult | syllabus
curriculum: easy to hard | lesson plan | syllabus | ordering by difficulty | gradually harder | study plan
self-training: learning from its own guesses | self-labeling | pseudo-labeling | bootstrapping | teaching itself | learning from own predictions
self-improvement: getting better on its own | learning from its own outputs | self-teaching | improving itself | bootstrapping itself
self-supervised: learning without labels | learning from raw data | label-free learning | no human labels | teaching itself from raw data
unsupervised: without labels | no answers given | label-free | untagged | self-organizing | unlabelled
supervised: with labels | with answers | labeled examples | with correct answers | labelled examples
data augmentation: making more examples | expanding the data | creating extra examples | variations of examples | padding the dataset | generating variants
data generation: making data | creating examples | producing training examples | generating examples | data creation
data selection: picking training data | choosing examples | filtering data | cherry-picking data | curating data | deciding what to train on
data quality: clean data | good data | data cleanliness | quality of examples
data collection: gathering data | collecting examples | building a dataset | data gathering | compiling data
annotation: labeling | labelling | tagging | marking up | hand-labeling | manual labels
annotators: labelers | labellers | taggers | markers | human labelers | crowd workers
crowdsourcing: crowd workers | mechanical turk | paid workers | gig workers | human labelers | crowd work
data efficiency: doing more with less data | learning from little data | data thrift | frugal learning
limited data: little data | small datasets | few examples | data shortage | scarce data | not much data
large-scale: huge | massive | enormous | at scale | giant
contrastive learning: learning by comparison | telling similar from different | comparing pairs | matching pairs | spot the difference | learning by contrast
multi-task learning: learning several jobs at once | doing many jobs | juggling tasks | many tasks at once | several tasks together | one model many jobs | multitasking
multi-task: many jobs | several jobs at once | juggling tasks | many tasks at once | multitasking | multi-purpose | several tasks together
multitask: many jobs | several jobs at once | juggling tasks | many tasks at once | multitasking | several tasks together
mtl: learning several jobs at once | juggling tasks | many tasks at once | one model many jobs | multitasking
task: job | chore | assignment | exercise
tasks: jobs | chores | assignments | exercises
subtasks: smaller steps | pieces of a job | parts of a task | sub-problems | mini tasks
sub-tasks: smaller steps | pieces of a job | parts of a task | sub-problems | mini tasks
auxiliary tasks: helper tasks | side tasks | extra practice tasks | side exercises | secondary goals | warm-up tasks
unseen tasks: new jobs | never-seen problems | brand-new tasks | untrained tasks | novel problems | unfamiliar tasks
downstream tasks: real-world uses | practical applications | end uses | target applications | follow-on jobs
cross-task generalization: doing new kinds of jobs | transfer to new tasks | skills carrying over | handling new kinds of problems
task interference: tasks clashing | conflicting goals | skills fighting | crosstalk | one task hurting another | tug of war between tasks
transfer learning: reusing knowledge | applying what was learned elsewhere | carrying over skills | knowledge reuse | head start from another task | borrowing knowledge
knowledge transfer: passing knowledge | sharing knowledge | handing over skills | carrying over knowledge | passing on know-how
cross-lingual transfer: carrying skills across languages | from english to other languages | reuse across languages | knowledge across languages
domain adaptation: adjusting to a new field | moving to a new area | adapting to a new subject | specializing to a field | fitting new settings | domain adjustment
domain-specific: field-specific | specialized | industry-specific | niche | subject-specific | specialist | area-specific | vertical
domain: field | subject area | industry | sector | specialty | topic area
domains: fields | subject areas | industries | sectors | specialties | topic areas
specialization: focusing on one area | becoming an expert | niche expertise | narrow focus | honing | specialisation
specialized: specialist | niche | focused | dedicated | expert | specialised | tailored
knowledge injection: teaching new facts | adding knowledge | feeding facts | inserting facts | updating knowledge | knowledge infusion
continual learning: learning continuously | ongoing learning | learning over time | never-ending learning | keep learning | always learning | learning without forgetting
lifelong learning: learning continuously | ongoing learning | learning over time | never-ending learning | keep learning | always learning | lifetime learning
incremental learning: learning bit by bit | step-by-step learning | adding new classes over time | gradual learning | piecemeal learning
class-incremental learning: adding new categories over time | learning new classes later | growing the label set | new classes step by step
catastrophic forgetting: forgetting old skills | losing old knowledge | memory loss | overwriting old knowledge | forgets what it knew | amnesia | sudden forgetting | losing abilities | losing skills | losing previous abilities
forgetting: memory loss | losing knowledge | amnesia | losing old skills | overwriting | erasure
unlearning: making it forget | erasing knowledge | deleting what it learned | removing data from a model | right to be forgotten | forgetting on purpose | scrubbing memories
meta-learning: learning to learn | learning how to learn | quick adaptation | fast learning skill | learning-to-learn
federated learning: training on phones | training without sharing data | on-device learning | privacy-preserving training | decentralized training | collaborative training across devices
active learning: asking for labels | smart labeling | choosing what to label | label-efficient learning | asking the right questions
adaptation: adjusting | customizing | tailoring | customising
customization: tailoring | adapting | personalizing | custom setup | adjusting to needs | customisation
model merging: combining models | blending models | mixing models | averaging models | fusing models | stitching models together
merging: combining | blending | mixing | averaging | fusing | stitching together | squashing together | squashing into one
task arithmetic: adding and subtracting skills | skill arithmetic | combining skills by math | skill math | plus and minus skills
task vectors: skill vectors | skill directions | skill deltas | weight differences for skills | skill updates
lora: lightweight add-on | small add-on | cheap fine-tuning | plug-in adapter | small patch | slim update | tiny add-on weights
low-rank adaptation: lightweight add-on | small add-on | cheap fine-tuning | plug-in adapter | small patch | slim update | tiny add-on weights
adapters: plug-ins | add-on modules | bolt-on modules | attachments | small add-ons | plug-in modules | bottleneck modules | bottleneck layers
parameter-efficient fine-tuning: cheap fine-tuning | lightweight tuning | tuning only a few weights | low-cost customization | budget fine-tuning | efficient customization | small updates
parameter-efficient: cheap to tune | lightweight | few trainable weights | low-cost | budget-friendly | economical
peft: cheap fine-tuning | lightweight tuning | tuning only a few weights | low-cost customization | budget fine-tuning | efficient customization
frozen: unchanged | kept fixed | locked | not updated | untouched | left as is | fixed in place
prompt tuning: learned prompts | trainable prompts | automatic prompt | tuning the instructions | optimizing the wording | prompt training | learned soft inputs | soft inputs | learned continuous prompts
prompt learning: learned prompts | trainable prompts | automatic prompt | tuning the instructions | optimizing the wording
# efficiency and scaling
quantization: squeezing weights into fewer bits | fewer bits | lower precision | rounding the weights | 4-bit | 8-bit | int8 | bit reduction | compressing the numbers | quantisation
quantized: squeezed into fewer bits | lower precision | rounded weights | 4-bit | 8-bit | int8 | low-bit | quantised
pruning: trimming | cutting weights | removing parts | chopping | slimming | cutting connections | trimming the network | removing unneeded parts
compression: shrinking | compressing | squeezing | squashing | making smaller | slimming down | downsizing | size reduction | compacting
compress: shrink | squeeze | squash | make smaller | slim down | downsize | compact
sparsity: mostly zeros | few active parts | thinness | emptiness | sparseness
sparse: mostly zeros | few active | thinned | skipping parts | scattered
low-rank: compressed matrix | few directions | cheap approximation | slim factorization | thin matrices | simplified matrix | rank-restricted | rank-limited
efficiency: speed | cheapness | less compute | saving resources | thrift | cost-effectiveness
efficient: faster | cheaper | less compute | resource-saving | lightweight | low cost | thrifty | economical
computational cost: compute bill | expense | running costs | processing cost | gpu hours | price of running | compute expense
compute: processing power | computing power | gpu time | horsepower | number crunching | computer resources
compute budget: processing budget | gpu budget | computing budget | limited hardware | compute allowance
resource-constrained: limited hardware | low budget | small computers | cheap hardware | weak devices | low-power devices
memory footprint: ram usage | memory use | how much memory | vram | storage requirement | memory needed
memory usage: ram usage | memory use | how much memory | vram | memory needed | memory consumption
gpu: graphics card | nvidia chip | video card | accelerator card | graphics processor
inference: running the model | using the model | prediction time | serving | generating answers | answer time | at runtime
efficient inference: fast responses | quick answers | speeding up generation | faster running | lower latency | quick serving
latency: delay | lag | response time | waiting time | wait | slowness
throughput: speed | requests per second | volume processed | output rate | processing rate
real-time: live | instant | on the fly | immediately | as it happens | instantaneous
prefilling: processing the prompt | reading the input first | prompt processing | digesting the input | input processing
cache: stored results | saved computations | reuse of earlier results | memory store | stash
parallelism: splitting across gpus | spreading work over machines | many gpus at once | dividing the work | running in parallel | parallel processing
deployment: putting into production | shipping | rolling out | going live | real use | launching | serving users
scaling: growing | making bigger | increasing size | enlarging | upsizing | expanding | bigger models | getting bigger | as they get bigger | size trends
scaling laws: bigger is better | growth curves | size versus performance | how performance grows with size | predictable improvement | power laws | rules of growth | size trends
scaling law: bigger is better | growth curve | size versus performance | how performance grows with size | predictable improvement | power law
inverse scaling: bigger is worse | larger models do worse | getting worse with size | size backfires | reverse scaling
emergent abilities: sudden abilities | skills that appear with size | unexpected skills | surprise abilities | abilities that pop up | sudden jumps
test-time scaling: thinking longer | more compute at answer time | spending more time thinking | trying many answers | best of many | more effort when answering
variable-sized models: models of many sizes | resizable models | size options | different sizes | stretchable models
# prompting and reasoning
prompt: question to the chatbot | instruction to the ai | request to the ai | what you type | wording of the request | query to the ai
prompts: questions to the chatbot | instructions to the ai | requests to the ai | what you type | wording of the requests | inputs typed
prompting: asking the chatbot | giving instructions | writing requests | phrasing questions | instructing the ai | asking the ai | talking to the chatbot
prompt engineering: crafting prompts | writing better questions | prompt crafting | wording requests carefully | prompt design | phrasing instructions | prompt writing
prompt optimization: improving prompts | finding the best wording | rewriting instructions automatically | best prompt search | prompt polishing | prompt optimisation
system prompt: hidden instructions | background instructions | standing instructions | setup message | pre-prompt | custom instructions | persona instructions
prompt sensitivity: wording sensitivity | phrasing changes the answer | fragile to wording | brittle to rephrasing | small wording changes | sensitivity to phrasing
in-context learning: learning from prompt examples | examples in the prompt | learning on the fly | show and tell | learning from the question | prompt examples
icl: learning from prompt examples | examples in the prompt | learning on the fly | show and tell | prompt examples
in-context: in the prompt | on the fly | within the question | from the prompt | shown in the request
in-context examples: examples in the prompt | sample questions and answers | worked examples | shown examples | prompt examples | solved examples
demonstrations: worked examples | examples in the prompt | sample answers | example question-answer pairs | shown examples | sample solutions | solved examples
few-shot: a handful of examples | few examples | several examples | little data | only a few samples | a couple of examples | tiny number of examples
few-shot learning: learning from a few examples | learning from a handful | quick study | learning from little data | learning from several examples
few-shot prompting: giving a few examples | examples in the question | showing a couple of examples | prompt with examples
zero-shot: without examples | no examples | out of the box | without training on it | no prior examples | straight away | without any examples | untrained
zero-shot generalization: working out of the box | handling new tasks without examples | solving unseen tasks | no-example generalization
chain-of-thought: step by step | step-by-step thinking | show your work | thinking out loud | think step by step | working it out | explaining the steps | scratchpad | thought process
cot: step by step | step-by-step thinking | show your work | thinking out loud | think step by step | scratchpad | thought process
reasoning: thinking | logical thinking | figuring things out | working things out | problem solving | logic | deduction | thinking through
complex reasoning: hard thinking | deep thinking | tricky logic | difficult problems | multi-step thinking | tough puzzles
multi-step reasoning: thinking in several steps | step after step | several steps of logic | multi-stage thinking | chained logic | multi-hop thinking
multi-hop: several hops | connecting several facts | chained lookups | multi-step | combining facts
problem-solving: solving problems | figuring things out | working things out | puzzle solving | troubleshooting
mathematical reasoning: solving math | math word problems | doing math | math problems | solving equations | math homework | maths | number problems | mathematical thinking
math reasoning: solving math | math word problems | doing math | math problems | solving equations | math homework | maths
math: maths | mathematics | arithmetic | algebra | sums | calculations | number problems | math homework
mathematical: maths | math | numeric | numerical | calculation | arithmetic
arithmetic: sums | adding numbers | multiplication | basic math | calculations | number crunching | simple maths | times tables
gsm8k: grade-school math | school math problems | math word problems | elementary math | primary school maths
theorem proving: proving theorems | mathematical proofs | proof writing | formal proofs | proof assistant | checking proofs
decomposition: breaking down | splitting up | divide and conquer | breaking into parts | step-by-step breakdown | dissection
decoding: generating output | producing text | word choice | picking the next word | output generation | text production | choosing words
beam search: keeping several candidates | exploring several options | keeping the best few guesses | candidate search | multiple guesses at once | top-k search
sampling: picking randomly | drawing samples | random picks | generating several answers | rolling the dice | random selection
sample multiple: repeated sampling | sampling repeatedly | sampling many times
temperature: randomness | creativity setting | randomness setting | randomness dial | creativity dial
constrained decoding: forced words | must-include words | required terms | generation with constraints | forced vocabulary
probability: chance | likelihood | odds | how likely
perplexity: surprise | how surprised | predictability | confusion score | puzzlement
self-critique: self-review | self-checking | critiquing its own answers | criticizing its own work | self-correction | double-checking | self-criticism
self-evaluation: grading itself | self-assessment | checking its own work | self-grading | self-review
rationales: explanations | justifications | reasons | why behind the answer | reasoning steps
explanations: reasons | justifications | rationales | whys | accounts
verification: checking | double-checking | fact-checking | confirming | validating | making sure | vetting
mistakes: errors | blunders | slip-ups | wrong answers | goofs | failures
irrelevant context: distracting details | off-topic information | red herrings | noise in the prompt | unrelated details | distractions | unhelpful passages | unhelpful context | unrelated passages
irrelevant information: distracting details | off-topic information | red herrings | unrelated details | distractions | noise in the prompt
needle-in-a-haystack: needle in a haystack | one detail in long text | hidden fact search | buried detail | tiny detail in huge documents | hiding a single fact | fact hidden in filler text | mountain of filler text
constrained language planning: planning with restrictions | step-by-step plans with conditions | plans under constraints | restricted how-to plans
knowledge-intensive: fact-heavy | requiring lots of facts | knowledge-heavy | trivia-heavy | encyclopedic
factual knowledge: facts | general knowledge | trivia | what it knows | encyclopedic knowledge | common facts | real-world facts
world knowledge: general knowledge | everyday facts | common knowledge | facts about the world | real-world facts
parametric knowledge: knowledge stored inside | what the model memorized | built-in knowledge | internal knowledge | baked-in knowledge | what they already know | what it already knows | what the model already knows
memorization: remembering | memorising | rote learning | recalling training data | parroting | copying from training data | memorizing by heart
recall: remembering | retrieving from memory | recollection | remembering facts | calling to mind
factual recall: remembering facts | recalling facts | fact retrieval from memory | remembering trivia | fact recollection
# evaluation
benchmark: test | test set | exam | standard test | yardstick | scorecard | evaluation suite | test suite | challenge set
benchmarks: tests | test sets | exams | standard tests | yardsticks | scorecards | evaluation suites | test suites
benchmarking: testing | comparing scores | head-to-head comparison | measuring against others | scoring | putting to the test
evaluation: testing | assessment | measuring | grading | judging | scoring | rating | appraisal | eval
evaluate: test | assess | measure | grade | judge | score | rate
human evaluation: people rating | human judges | human ratings | human raters | people judging | manual grading | human graders | real people judging
metrics: scores | measures | yardsticks | scoring rules | gauges | kpis
accuracy: correctness | how often right | percent correct | hit rate | getting it right
bleu: translation score | word overlap score | translation accuracy score
rouge: summary score | overlap score | summary quality score | word overlap
leaderboard: ranking table | scoreboard | league table | rankings | top scores | standings
win-rates: head-to-head wins | how often preferred | wins versus losses | percentages of wins | victory rates
evaluators: judges | graders | referees | scorers | assessors | examiners
human performance: how people do | human level | people's scores | human scores | human baseline
imitation game: turing test | pretending to be human | passing as human | human or machine | fooling people
user study: testing with people | trial with users | user testing | people trying it out | usability test | survey of users
participants: volunteers | test subjects | people in the study | respondents
state-of-the-art: best so far | best available | cutting-edge | top-performing | record-setting | best-in-class | world-leading
sota: best so far | best available | cutting-edge | top-performing | record-setting | best-in-class
outperforms: beats | does better than | surpasses | wins against | tops | outdoes | bests | crushes | smokes
baselines: reference points | starting points | comparison points | simple comparisons | points of comparison
ablation: removing parts to test | leaving pieces out | component removal tests | knockout experiments | what-if removal | take-away tests
survey: overview | review article | roundup | state of the field | tour of the literature | field guide
systematic review: literature roundup | evidence review | exhaustive review | comprehensive review | research roundup
technical report: tech report | white paper | model card | write-up | release notes
shared task: contest | competition | community challenge | bake-off | evaluation campaign | leaderboard contest
difficulty: hardness | how hard | toughness | challenge level | difficulty level
challenge sets: tricky test sets | hard examples | stress tests | tough test cases | tricky examples
consistency: steadiness | same answer every time | agreement | reliability | stability | uniformity
robustness: sturdiness | resilience | holding up | staying reliable | not easily fooled | stability under changes | toughness | resistance to noise
robust: sturdy | resilient | tough | reliable | not easily fooled | stable | hard-wearing
calibration: confidence accuracy | knowing what it knows | confidence matching accuracy | trustworthy confidence | well-judged confidence | calibrating | calibrated confidence
uncertainty: doubt | unsureness | not knowing | how sure | certainty level | unsure | lack of confidence
out-of-distribution: unfamiliar data | unusual inputs | new situations | outside the training data | unexpected inputs | strange inputs | never seen before
ood: unfamiliar data | unusual inputs | new situations | outside the training data | unexpected inputs | strange inputs
out-of-domain: unfamiliar field | outside the area | different field | new territory | foreign topic
domain shift: change of field | data drift | different setting | new environment | field change
subpopulation shift: change in groups | shifting demographics | group mix change | subgroup changes
subpopulation: subgroup | sub-group | slice of data | demographic group | segment | cohort
slice discovery: finding problem subgroups | finding weak spots | error hotspots | finding failure groups
generalization: applying to new cases | working on new cases | handling unseen situations | transfer to new problems | broad applicability | generalisation | generalising
generalize: apply to new cases | work on new cases | handle unseen situations | carry over | generalise
generalisation: applying to new cases | working on new cases | handling unseen situations | transfer to new problems | generalization
length generalization: handling longer inputs | working on longer sequences | scaling to longer problems | longer than trained | length extrapolation
overfitting: memorizing training data | too tailored | learning the noise | fitting too closely | overtraining | overfit
spurious: misleading | coincidental | fake patterns | accidental | shortcut
noisy: messy | dirty | unreliable | error-filled | corrupted | garbled
data imbalance: uneven data | lopsided data | skewed data | unequal amounts | some classes rare
performance disparities: unequal results | gaps between groups | uneven performance | performance gaps | unfairness across groups
diversity: variety | variation | mix | assortment
# safety, trust and interpretability
hallucination: making things up | made-up facts | fabrication | confabulation | false claims | inventing facts | bluffing | making stuff up | fake information | lying | false facts | false statements | unsupported content | invented details | falsehoods | untruths | untrue statements
hallucinations: made-up facts | fabrications | confabulations | false claims | invented facts | bluffs | fake information | lies | made-up answers
hallucinate: make things up | invent facts | fabricate | confabulate | bluff | make stuff up | lie
factuality: truthfulness | accuracy of facts | getting facts right | correct facts | true statements | fact accuracy | factual accuracy | honesty about facts
factual: truthful | fact-based | accurate
trustworthiness: reliability | honesty | dependability | credibility | believability | trust
helpfulness: usefulness | being useful | assistance quality | useful answers | helping well
safety: harmlessness | avoiding harm | safe behaviour | safe behavior | preventing dangerous output | guardrails | protection from harm
harmful: dangerous | unsafe | hurtful | damaging | nasty | toxic
guardrails: safety filters | safety rules | content filters | safety nets | protective rules | safety barriers
toxicity: rude language | nasty content | hateful content | insults | harmful language | abusive output | offensive output | toxic talk
toxic: rude | nasty | hateful | insulting | abusive | offensive | poisonous
misuse: abuse | bad actors | malicious use | weaponization | misapplication
attacks: hacks | exploits | assaults | break-ins | tricks | attempts to fool
adversarial: attacks | trick inputs | fooling models | malicious | deceptive inputs | hostile
privacy: data protection | confidentiality | personal data | keeping secrets | private information | data leaks | sensitive information
bias: prejudice | unfairness | stereotypes | discrimination | skew | favoritism | slant | one-sidedness | favouritism
biases: prejudices | unfairness | stereotypes | discrimination | skews | slants | favoritism
social bias: stereotypes | prejudice | discrimination | unfair treatment | racism | sexism | ageism
ethical: moral | principled | right and wrong | responsible | fair | ethics
responsible ai: ethical ai | safe ai | trustworthy ai | ai ethics | fair ai
interpretability: explaining decisions | understanding how the model works | looking inside | opening the black box | transparency | explainability | what is going on inside | peeking inside
mechanistic interpretability: reverse engineering the network | looking inside the network | inner workings | opening the black box | circuit analysis
transparency: openness | clarity | showing how it works | explainability | visibility | seeing inside
probing: peeking inside | testing internal knowledge | inspecting hidden layers | looking inside representations | poking at the internals | diagnostic tests
circuit: internal wiring | inner wiring | pathway inside | internal mechanism | wiring diagram | sub-network
steering: nudging behaviour | nudging behavior | guiding outputs | controlling behavior | directing outputs | nudging the model
sparse autoencoders: feature dictionaries | concept dictionaries | interpretable features | concept finders
causal: cause-and-effect | cause and effect | root cause
attribution: citing sources | crediting sources | tracing back | citations | credit assignment | source tracing
# multilinguality and languages
multilingual: many languages | several languages | multiple languages | different languages | polyglot | world languages | non-english languages | global languages
multilinguality: many languages | language diversity | speaking many languages | polyglot ability | handling multiple languages
multilingual models: polyglot models | many-language models | models for many languages | language-diverse models
multilingual llms: polyglot chatbots | chatbots in many languages | many-language chatbots | multilingual chatbots
cross-lingual: across languages | between languages | from one language to another | language to language | crosslingual | across different languages
multiple languages: many languages | several languages | different languages | various languages | lots of languages
low-resource languages: rare languages | minority languages | small languages | under-resourced languages | lesser-known languages | endangered languages | languages with little data | indigenous languages | minority tongues | small tongues
low-resource language: rare language | minority language | small language | under-resourced language | lesser-known language | endangered language | language with little data
low-resource: scarce data | little data | under-resourced | data-poor | few resources | small data
high-resource languages: major languages | widely spoken languages | big languages | well-resourced languages | english french spanish
underrepresented languages: rare languages | minority languages | neglected languages | overlooked languages | small languages
monolingual: one language | single language | english only | one-language | single-language
bilingual: two languages | two-language | dual-language | speaks two languages | in two languages
english-centric: english-focused | english only | anglo-centric | english-first | english-dominated
non-english: foreign languages | other languages | languages besides english | not english | non-english-speaking
dialect: regional speech | local variety | accent | regional language | vernacular
dialects: regional speech | local varieties | accents | regional languages | vernaculars
language variation: regional differences | dialects | accents | ways of speaking | varieties of a language
code switching: mixing languages | switching languages mid-sentence | language mixing | spanglish | hinglish | switching between languages
language pairs: pairs of languages | translation directions | from one language to another | language combinations
language families: related languages | language groups | groups of related languages | linguistic families | sister languages | closely related languages
language-specific: for one language | single-language | per-language | language-dedicated | tailored to a language
parallel data: translated pairs | side-by-side translations | bilingual text | sentence pairs in two languages | aligned translations
chinese: mandarin | simplified chinese | traditional chinese | chinese-language | putonghua
cantonese: hong kong chinese | yue | cantonese chinese
indian languages: hindi | tamil | bengali | indic languages | south asian languages | telugu
african languages: swahili | yoruba | hausa | zulu | amharic | igbo
slavic languages: polish | russian | czech | ukrainian | slavonic languages
finno-ugric: finnish | estonian | hungarian | uralic | sami
linguistic similarity: how alike languages are | closeness of languages | language relatedness | language resemblance
# theory and optimisation
optimization: optimisation | optimising | optimizing | finding the best settings | minimizing error
optimisation: optimization | optimizing | optimising | finding the best settings | minimizing error
optimize: optimise | tune | fine-adjust | get the best | maximize
optimizer: training algorithm | update rule | weight updater | optimiser | adam
gradient descent: downhill steps | step-by-step improvement | going downhill | error minimization | rolling downhill
gradient: slope | direction of improvement | steepness | error slope | incline
gradient-free: without gradients | trial and error tuning | black-box tuning | tuning without backprop | derivative-free
backpropagation: error feedback | backprop | passing errors backwards | learning by error correction | back propagation
learning rate: step size | how fast it learns | learning speed | training speed | step length | how fast the weights change | how fast weights change | update size
batch size: examples per step | samples per step | examples per batch | examples at once | mini-batch size
hyperparameter: setting | knob | configuration | training setting | dial | tuning knob
hyperparameter tuning: tweaking settings | trying configurations | setting the knobs | configuration search | parameter sweep | tuning knobs
loss: error | penalty | mistake score | how wrong | error measure
loss function: error measure | penalty function | cost function | mistake score | scoring of errors
regularization: penalizing complexity | keeping it simple | preventing overfitting | restraint | regularisation | penalties
convergence: settling down | reaching a stable point | stabilising | stabilizing | leveling off
theory: math proofs | formal analysis | mathematical analysis | on paper | proofs | theorems | theoretical analysis
theoretical: mathematical | on paper | formal | proof-based | analytical
inductive bias: built-in assumptions | prior assumptions | baked-in preferences | default tendencies | design assumptions | innate tendencies
bayesian: probabilistic | belief updating | probability-based | prior beliefs | based on probabilities
stochastic: random | randomized | chance-based | randomised | noisy | probabilistic
divergence: difference between distributions | mismatch | distance | drift
kullback-leibler divergence: kl divergence | distribution difference | difference between probabilities | relative entropy
linear combinations: weighted sums | weighted mixtures | blends | mixing with weights | weighted averages
interpolation: blending | in-between | averaging | mixing | morphing
linear mode connectivity: smooth path between models | connecting solutions | straight-line path between models | blendable models
subspace: smaller space | lower-dimensional space | slice of space | set of directions | reduced space
trade-offs: balances | compromises | give and take | tensions between | balancing acts
regression: predicting numbers | numeric prediction | fitting a curve | line fitting | trend fitting | estimating values
clustering: grouping | grouping similar items | bucketing | finding groups | sorting into clusters | segmenting
ensemble: combination of models | committee of models | voting models | wisdom of crowds | averaging predictions | group of models
sorting: putting in order | ordering | arranging | alphabetizing | ranking items
machine learning: computer learning | data-driven ai | learning from data | statistical learning
artificial intelligence: ai | smart machines | thinking machines | computer intelligence | machine intelligence
${ACRONYMS}
# shortenings typed in chat
context: ctx
language model: lm
language models: lms
parameters: params | param
fine-tuning: ft
university: uni
multiple-choice: mcq | mcqs | mcqa
points: pts
recommendation: rec | recs
sequential recommendation: seq rec | seqrec
accuracy: acc
average: avg
fraction: frac
hours: hrs | hr
standard: std
length: len
calibration: calib
key-value: kv
attention: attn
embedding: emb
embeddings: embs | embeds
sequence: seq
sequences: seqs
representation: repr
representations: reprs
implementation: impl
architecture: arch
probability: prob
probabilities: probs
database: db
databases: dbs
segmentation: seg
dependency: dep
part-of-speech: pos
semantic role labeling: srl
convolutional: conv
demonstrations: demos
# ---- ordinary words of the abstracts ----
# learning, teaching and training
training: teaching the model | learning phase | model fitting | schooling the model | coaching
learning: acquiring skills | picking up | studying | mastering | absorbing
trained: taught | schooled | coached | fitted | learned from
train: teach | coach | educate | instruct | school
learn: acquire | pick up | master | absorb | figure out | get the hang of
learns: acquires | picks up | masters | absorbs
learned: acquired | picked up | mastered | absorbed | taught
learners: pupils | trainees | apprentices | novices | learning agents | students in training
learner: pupil | trainee | apprentice | novice | learning agent
student: pupil | trainee | apprentice | mentee | schoolchild | disciple | learner model
teacher: instructor | tutor | educator | mentor | coach | trainer | professor | schoolteacher
teach: train | instruct | educate | coach | tutor | school
trains: teaches | coaches | educates | instructs
tuning: adjusting | tweaking | calibrating | customising | customizing | dialing in
tuned: adjusted | tweaked | calibrated | customised | customized
tune: adjust | tweak | calibrate | dial in | customise | customize
finetuned: further trained | specialized | specialised | customized | customised | tweaked | adapted
retraining: training again | retrain from scratch | re-learning | training over | relearning
continual: ongoing | never-ending | incremental | lifelong | nonstop
continued: ongoing | extended | sustained | prolonged
continually: constantly | repeatedly | steadily | over time | on an ongoing basis
lifelong: continual | never-ending | lifetime | throughout life | ongoing
imitation: copying | mimicking | mimicry | emulation | behaviour cloning | behavior cloning
curricula: syllabi | syllabuses | lesson plans | study plans | courses | training schedules
instructional: educational | teaching | tutorial | pedagogic | how-to
educational: teaching | schooling | academic | instructional | learning-related | classroom
tutorial: guide | walkthrough | how-to | primer | lesson | crash course
exam: test | examination | quiz | assessment | school test
lessons: takeaways | learnings | insights | teachings | morals
supervision: labels | oversight | guidance | teaching signal | labelled examples | labeled examples
unlabeled: unannotated | raw | untagged | without labels
labeled: annotated | tagged | marked up | with labels
annotated: labelled | labeled | tagged | marked up | hand-labeled
annotations: labels | tags | notes | markings | annotation marks
annotate: label | tag | mark up | mark | hand-label
labeling: tagging | annotating | marking up | hand-labeling
label: tag | annotation | category | mark | class name
tagging: labelling | labeling | marking | annotating | tag assignment
trainable: learnable | tunable | adjustable | updatable | optimisable | optimizable
learnable: trainable | tunable | adjustable | updatable
initialization: initialisation | starting point | initial weights | starting values | warm start | init
initialize: initialise | set up | seed | start from
checkpoints: saved models | snapshots | saved weights | model snapshots | save points
checkpoint: saved model | snapshot | saved weights | model snapshot | save point
self-distillation: self-teaching | learning from itself | self-compression | teaching itself
distilling: compressing | condensing | transferring knowledge | boiling down
distilled: compressed | condensed | slimmed-down | miniaturized | boiled down
distills: compresses | condenses | boils down | transfers knowledge
expert: specialist | professional | authority | master | guru | pro
specialists: experts | professionals | specialised models | specialized models | authorities
expertise: know-how | specialist knowledge | mastery | proficiency | competence | skill
proficiency: skill | competence | mastery | expertise | fluency | adeptness
skill: ability | talent | competence | know-how | expertise | aptitude
competencies: skills | abilities | capabilities | proficiencies
guidance: direction | advice | steering | coaching | help | instructions
guided: directed | steered | led | coached | assisted
guide: steer | direct | lead | coach | navigate | handbook
guiding: steering | directing | leading | coaching
demonstration: example | demo | showcase | illustration | worked example
demo: demonstration | showcase | preview | live example | walkthrough
instruct: tell | direct | command | order | ask
instructing: telling | directing | commanding | ordering
instruction: command | directive | request | order | direction | prompt
instruction-based: command-based | instruction-driven | prompt-driven | request-based
pre-finetuning: intermediate training | warm-up training | preliminary tuning | pre-tuning
meta-training: learning to learn | training across tasks | episodic training
scratch: from nothing | ground up | blank slate | from the beginning | from zero
# abilities, knowledge and understanding
capabilities: abilities | skills | what it can do | competence | capacities | powers
capability: ability | skill | competence | capacity | power | aptitude
abilities: skills | capabilities | talents | competencies | capacities | aptitudes
ability: skill | capability | competence | capacity | aptitude | talent
capacity: ability | capability | room | headroom | size | volume
capacities: abilities | capabilities | skills | potentials
capable: able | competent | skilled | proficient | adept | qualified
able: capable | competent | skilled
knowledge: facts | know-how | information | expertise | understanding | what it knows
understanding: comprehension | grasp | making sense | interpretation | insight | awareness
understand: comprehend | grasp | make sense of | interpret | figure out | get it
understood: grasped | comprehended | known | well-known | clear
comprehension: understanding | grasp | reading skill | reading understanding | making sense
comprehend: understand | grasp | make sense of | take in
intelligence: smarts | cleverness | intellect | brainpower | wit | ai
intelligent: smart | clever | brainy | bright | sharp | ai-powered
artificial: synthetic | man-made | machine | fake | simulated | manufactured
cognitive: mental | thinking | intellectual | brain | mind | psychological
mental: cognitive | psychological | mind | brain | thinking
brain: mind | grey matter | gray matter | neural | cerebral
thinking: reasoning | thought | reflection | contemplation | deliberation | pondering
thought: reasoning | thinking | reflection | consideration | idea
reason: think | deduce | infer | work out | cause | rationale
commonsense: common sense | everyday knowledge | practical knowledge | world knowledge | street smarts | everyday reasoning
insight: understanding | lesson | takeaway | realization | realisation | revelation
insights: lessons | understanding | takeaways | observations | learnings | revelations
perception: sensing | seeing | awareness | observation | noticing
perceptual: sensory | perception-based | seeing-related | sense-based
know: understand | be aware | recognize | recognise
memory: ram | storage | retention | remembering | working memory | memorised | memorisation
retain: keep | preserve | hold on to | remember | maintain
retaining: keeping | preserving | holding on to | remembering | maintaining
unlearn: forget | erase | remove knowledge | delete knowledge | wipe | make forget
facts: information | truths | details | knowledge | true statements
fact: truth | reality | piece of information | true statement | actuality
truth: fact | reality | correctness | veracity
priors: prior knowledge | assumptions | preconceptions | prior beliefs | background assumptions
background: context | backdrop | prior knowledge | setting | history
interpretable: explainable | understandable | transparent | readable | intelligible
interpretation: explanation | reading | understanding | construal | meaning
interpreting: explaining | understanding | decoding | reading | making sense of
explain: clarify | describe | elucidate | account for | interpret | justify
explaining: clarifying | describing | elucidating | justifying | accounting for
explanation: reason | justification | rationale | account | clarification | reasoning
explains: clarifies | accounts for | describes | justifies
human-like: humanlike | lifelike | like a person | human-level | person-like
emergent: spontaneous | arising | unexpected | unplanned | appearing at scale
emergence: appearance | rise | advent | arrival | onset | coming about
emerge: appear | arise | surface | come up | show up
emerges: appears | arises | surfaces | comes up | shows up
emerged: appeared | arisen | surfaced | come up | risen
emerging: rising | up-and-coming | developing | budding | nascent | growing
reasoning-intensive: reasoning-heavy | thinking-heavy | logic-heavy | hard reasoning | brain-teaser
logical: reasoned | rational | sensible | coherent | logic-based
symbolic: rule-based | logic-based | symbol-based | formal logic | symbol manipulation
infer: deduce | conclude | work out | derive | figure out | guess
mathematics: maths | math | arithmetic | calculations | numeracy | sums
algebra: equations | symbolic math | solving for x | polynomials
physics: physical science | mechanics | laws of nature
generalizes: transfers | extends | carries over | applies broadly | generalises
generalizing: transferring | extending | carrying over | generalising | applying broadly
generalizable: transferable | broadly applicable | generalisable | portable | widely applicable
generalizability: generalisability | transferability | broad applicability | portability | how well it generalizes
generalized: generalised | broad | extended | widened
transferability: portability | generalizability | reusability | transferable skills | carry-over
transfer: carry over | move | transport | carryover | apply elsewhere | hand over
transferring: moving | carrying over | passing on | handing over | porting
transferred: moved | carried over | passed on | ported | handed over
transfers: carries over | moves | passes on | ports
# tasks, problems and solutions
problem: issue | difficulty | challenge | puzzle | trouble | question
problems: issues | difficulties | challenges | troubles | puzzles | questions
challenge: difficulty | obstacle | hurdle | problem | competition | contest
challenges: difficulties | obstacles | hurdles | problems | open problems | headaches
challenging: difficult | hard | tough | demanding | tricky | testing | toughest | hardest
difficult: hard | tough | challenging | tricky | demanding | arduous
difficulties: problems | challenges | troubles | hurdles | struggles | obstacles
hard: difficult | tough | challenging | tricky | demanding
harder: more difficult | tougher | trickier | more challenging
issue: problem | concern | difficulty | flaw | snag | trouble
issues: problems | troubles | concerns | difficulties | flaws | snags
solve: fix | resolve | crack | work out | figure out | sort out
solving: fixing | cracking | working out | figuring out | resolving | sorting out
solution: answer | fix | remedy | resolution | way out | workaround
solutions: answers | fixes | remedies | resolutions | workarounds
solvers: problem solvers | solution finders | answer engines | puzzle solvers
resolve: solve | settle | fix | sort out | clear up
address: tackle | deal with | handle | solve | resolve | cope with
addresses: tackles | handles | deals with | resolves | solves
addressing: tackling | dealing with | handling | solving | resolving
tackle: address | handle | deal with | take on | solve | confront
tackling: addressing | handling | dealing with | solving | taking on
handle: deal with | cope with | manage | process | tackle | take care of
handles: deals with | copes with | manages | processes | tackles
handling: dealing with | managing | processing | coping with | tackling
deal: handle | cope | manage | tackle
dealing: handling | coping | managing | tackling
overcome: beat | conquer | surmount | get past | defeat | get around
circumvent: bypass | get around | sidestep | avoid | work around
struggle: have trouble | find hard | falter | have difficulty | flounder | battle
struggles: has trouble | finds hard | falters | difficulties | battles
complex: complicated | intricate | sophisticated | multi-part | elaborate | involved
complexity: complication | intricacy | difficulty | sophistication | complicatedness
complexities: intricacies | difficulties | complications | subtleties
complicated: complex | intricate | convoluted | involved | elaborate
intricate: complex | complicated | elaborate | detailed | convoluted
sophisticated: advanced | complex | refined | elaborate | state of the art
simple: easy | basic | straightforward | plain | uncomplicated | minimal
simpler: easier | more basic | less complex | plainer | more straightforward
simplicity: ease | plainness | straightforwardness | minimalism | ease of use
straightforward: simple | easy | uncomplicated | direct | no-frills
easy: simple | effortless | straightforward | painless | trivial
easier: simpler | less difficult | more straightforward | less effort
easily: readily | effortlessly | simply | without difficulty | with ease
non-trivial: hard | difficult | tricky | challenging | not obvious
naive: simple | simplistic | basic | unsophisticated | obvious
subtask: step | sub-problem | component task | part of a task | smaller task
decompose: break down | split | divide | break into parts | split up | factor
decomposes: breaks down | splits | divides | splits up
decomposed: broken down | split | divided | split up | separated
decomposing: breaking down | splitting | dividing | splitting up
task-oriented: goal-directed | goal-oriented | task-focused | purpose-driven | practical
goal-oriented: goal-directed | purposeful | task-oriented | purpose-driven
completion: finishing | filling in | accomplishment | continuation
completing: finishing | accomplishing | wrapping up | filling in
accomplish: achieve | complete | carry out | fulfil | fulfill | pull off
achieve: reach | attain | accomplish | hit | realise | realize
achieves: reaches | attains | accomplishes | hits | scores
achieved: reached | attained | accomplished | hit | scored | realised
achieving: reaching | attaining | accomplishing | hitting | realising
attains: achieves | reaches | scores | hits
reach: attain | achieve | hit | get to | arrive at
reaching: attaining | achieving | hitting | getting to
execute: run | carry out | perform | implement | do it
execution: running | carrying out | implementation | performing | operation
executing: running | carrying out | performing | implementing
executable: runnable | working | can be run | runs
perform: carry out | execute | accomplish | operate | function | complete
performing: carrying out | executing | accomplishing
performed: carried out | executed | accomplished | conducted | done
conduct: carry out | run | perform | undertake
conducted: carried out | performed | run | undertaken | done
conducting: carrying out | running | performing | undertaking
conducts: carries out | performs | runs | undertakes
task-agnostic: task-independent | general | any task | universal | all-purpose
task-relevant: pertinent | task-related | on-topic | useful for the task | relevant
task-aware: task-conscious | task-sensitive | task-informed | knows the task | task-conditioned
cross-task: across tasks | between tasks | inter-task | task-to-task
single-task: one-task | single-purpose | specialist | narrow | one-job
multi-tasking: multitasking | juggling tasks | several tasks at once | doing many jobs
task-level: per-task | task-wise | at the task level | task granularity
game: contest | play | gameplay | video game
# language, text and conversation
languages: tongues | dialects | idioms | natural languages | langs
textual: text-based | written | word-based | in text | verbal
text-based: written | textual | word-based | in writing
texts: documents | writings | passages | pieces of writing | prose
document: text | file | record | write-up | paper
word: term | vocabulary item | expression | lexeme
words: terms | vocabulary | expressions | lexemes
term: word | expression | phrase | technical term
phrases: expressions | wordings | word groups | idioms
sentence: phrase | statement | line | utterance | clause
sentences: phrases | statements | lines | utterances | clauses
passage: excerpt | paragraph | section | extract | snippet | chunk of text
semantics: meaning | sense | significance | interpretation
semantically: meaningfully | in meaning | meaning-wise | by meaning
syntactic: grammatical | syntax | sentence-structure | structural | grammar-based
grammatical: syntactic | grammar-related | grammar | correct grammar | well-formed
linguistics: language science | study of language | grammar studies | philology
linguistically: language-wise | in terms of language | grammatically
typologically: structurally | linguistically | by language type | grammatically
discourse: discussion | conversation | text structure | debate | connected speech
utterances: spoken sentences | statements | sayings | remarks | turns
utterance: spoken sentence | statement | remark | saying | turn
conversation: chat | dialogue | talk | exchange | discussion | back-and-forth | convo
conversations: chats | dialogues | talks | exchanges | discussions | convos
chat: conversation | talk | dialogue | messaging
discussion: debate | conversation | talk | deliberation | dialogue
discussions: debates | conversations | talks | deliberations
communication: talking | messaging | exchange | correspondence | conversation | dialogue
interaction: exchange | engagement | dialogue | communication | interplay
interactions: exchanges | dealings | conversations | interplay | engagements
interactive: hands-on | two-way | responsive | engaging | back-and-forth
interact: engage | communicate | talk | converse | deal with
interacting: engaging | communicating | talking | conversing | dealing
interacts: engages | communicates | talks | converses
ask: query | inquire | question | request | pose
asks: queries | inquires | questions | requests | poses
asked: queried | inquired | questioned | requested | posed
question: query | inquiry | ask | prompt | poser
questions: queries | inquiries | prompts | asks | posers
answer: reply | response | solution | result
answers: replies | responses | solutions | results
answering: responding | replying | answer giving | reply
respond: answer | reply | react | get back
response: answer | reply | output | reaction
responses: answers | replies | outputs | reactions
requests: queries | asks | demands | prompts | petitions
translate: convert | render | interpret | put into another language
translated: converted | rendered | interpreted | machine-translated
translates: converts | renders | interprets
translations: translated texts | renderings | versions in other languages | interpretations
writing: composing | authoring | text creation | penning | drafting
write: compose | author | draft | pen | produce text
written: authored | composed | penned | typed | drafted
rewriting: rephrasing | reformulating | redrafting | rewording | paraphrasing
editing: revising | modifying | changing | rewriting | amending
reading: perusing | studying | comprehension | looking through
read: peruse | scan | go through | look through
summaries: recaps | synopses | digests | overviews | abstracts | gists
summarized: summarised | condensed | recapped | boiled down | abridged
summarizes: sums up | recaps | condenses | summarises | boils down
concise: brief | short | succinct | terse | compact | to the point
lengthy: long | extended | drawn-out | verbose | long-winded
long-form: lengthy | extended | long | essay-length | detailed | long-winded
style: manner | fashion | tone | voice | register
styles: manners | fashions | tones | voices | registers
sentiment: feeling | opinion | mood | attitude | emotion | tone
emotional: affective | feeling | sentimental | mood-related
coherent: consistent | logical | well-organized | sensible | cohesive
coherence: consistency | logical flow | cohesion | sense | readability
ambiguity: vagueness | uncertainty | unclear meaning | double meaning | equivocation
ambiguous: unclear | vague | equivocal | uncertain | open to interpretation
nuance: subtlety | shade | fine distinction | nicety
nuances: subtleties | shades | fine distinctions | niceties
nuanced: subtle | fine-grained | detailed | delicate | refined
keyword: key term | search term | tag | keyphrase | search word
article: paper | piece | write-up | publication | story
articles: papers | pieces | publications | stories | write-ups
news: current events | headlines | press | journalism | reporting | news stories
book: tome | publication
books: tomes | publications | literature
native: mother-tongue | indigenous | first-language | built-in | inherent
german: deutsch | german-language
french: francais | french-language
english-only: only english | english alone | monolingual english | english-language only
cross-language: crosslingual | between languages | across languages | interlingual
language-agnostic: language-independent | any language | works in any language | language-neutral
language-independent: language-agnostic | any language | language-neutral | universal
script: program | code | writing system | alphabet
scripts: programs | code | writing systems | alphabets
character: letter | symbol | glyph | persona
part-of-speech: word class | grammatical category | noun or verb | pos tags
entity: named item | proper noun | object | item
ner: named entity recognition | name detection | entity spotting | finding names | name tagging
nli: natural language inference | textual entailment | entailment | premise and hypothesis
# quality, accuracy and errors
performance: how well it works | effectiveness | results | scores | accuracy | output quality | perf
performances: results | scores | showings | outcomes
quality: standard | calibre | caliber | goodness | excellence | grade
high-quality: good-quality | excellent | top-notch | premium | clean | well-curated
effective: successful | useful | potent | efficacious | works well | productive
effectiveness: efficacy | success | usefulness | how well it works | potency
efficacy: effectiveness | success | potency | usefulness | power
effectively: successfully | efficiently | productively | to good effect
ineffective: useless | unsuccessful | futile | fruitless | not working
successful: effective | fruitful | triumphant | winning | productive
successfully: effectively | fruitfully | with success | triumphantly
success: achievement | triumph | accomplishment | good results | win
successes: wins | achievements | triumphs | accomplishments
accurate: correct | precise | exact | right | reliable | error-free
accurately: correctly | precisely | exactly | faithfully | without error
correct: right | accurate | true | valid | error-free | fix
correctly: accurately | properly | right | without mistakes
correctness: accuracy | validity | exactness | rightness | being right
precise: exact | accurate | detailed | specific | pinpoint
precisely: exactly | accurately | specifically | to the letter
precision: exactness | accuracy | correctness
exact: precise | accurate | strict | identical | spot-on
incorrect: wrong | erroneous | false | mistaken | inaccurate | faulty | untrue
wrong: incorrect | mistaken | erroneous | false | inaccurate | faulty
false: wrong | incorrect | untrue | fake | erroneous | bogus
true: correct | real | accurate | factual | genuine
error: mistake | fault | inaccuracy | slip | bug | flaw | blunder
errors: mistakes | faults | inaccuracies | bugs | slips | flaws | blunders
inaccuracies: errors | mistakes | faults | imprecisions | slip-ups
failure: breakdown | flop | mistake | malfunction | miss | fiasco
failures: breakdowns | flops | mistakes | malfunctions | misses
fail: break down | flop | falter | go wrong | fall short | not work
fails: breaks down | flops | falters | goes wrong | falls short
correction: fix | repair | amendment | rectification
misleading: deceptive | false | confusing | deceiving | spurious
plausible: believable | credible | reasonable | convincing | likely | realistic-sounding
reasonable: sensible | fair | plausible | acceptable | rational
reliable: dependable | trustworthy | consistent | solid | reliable-quality
reliably: dependably | consistently | steadily | trustworthily
reliability: dependability | trustworthiness | consistency | robustness
stable: steady | consistent | reliable | unchanging | solid
stability: steadiness | consistency | reliability | robustness | solidity
unstable: volatile | erratic | shaky | fragile | wobbly
robustly: reliably | sturdily | steadily | consistently | resiliently
consistent: steady | stable | uniform | reliable | coherent | dependable
consistently: reliably | steadily | uniformly | repeatedly | invariably | every time
inconsistent: contradictory | unreliable | erratic | varying | patchy
inconsistency: contradiction | incoherence | discrepancy | mismatch | contradictoriness
sensitivity: responsiveness | susceptibility | fragility | delicacy | brittleness
sensitive: susceptible | responsive | delicate | fragile | private | confidential
weak: feeble | poor | faint | low-quality | underpowered | lacking
weaker: less capable | less powerful | smaller | inferior | poorer
weaknesses: flaws | shortcomings | weak points | limitations | failings | weak spots
poor: weak | low | subpar | inadequate | lousy | mediocre
poorly: badly | weakly | inadequately | unsatisfactorily
worse: poorer | inferior | weaker | lower | less good
inferior: worse | lesser | weaker | poorer | second-rate
suboptimal: less than ideal | subpar | mediocre | not the best | imperfect | non-optimal
sub-optimal: suboptimal | less than ideal | subpar | mediocre | imperfect
inadequate: insufficient | poor | lacking | deficient | not good enough
insufficient: inadequate | not enough | lacking | deficient | too little
superior: better | stronger | higher | finer | outstanding | preferable
superiority: advantage | supremacy | edge | dominance | lead
excellent: outstanding | superb | superior | first-rate | top-notch
exceptional: outstanding | superb | remarkable | excellent | extraordinary
outstanding: excellent | exceptional | remarkable | superb | stellar
impressive: remarkable | striking | outstanding | stunning | spectacular
remarkable: impressive | striking | outstanding | notable | extraordinary | amazing
remarkably: strikingly | notably | surprisingly | impressively | extraordinarily
incredible: amazing | astonishing | extraordinary | unbelievable | stunning
tremendous: enormous | huge | immense | massive | vast
strong: powerful | robust | solid | capable | competent | high-performing
stronger: more powerful | tougher | more capable | more robust
strongest: best | most powerful | top | most capable
strength: power | might | advantage | forte | asset
strengths: advantages | strong points | merits | assets | fortes
powerful: strong | capable | mighty | potent | formidable | high-performing
power: strength | capability | might | potency | force
best: top | leading | finest | optimal | highest-scoring | strongest
best-performing: top | strongest | leading | highest-scoring | winning
high-performing: top | strong | best | high-scoring | leading
high-performance: fast | powerful | top-performing | high-speed
top: best | leading | highest | foremost | upper | premier
leading: top | foremost | best | premier | front-running | dominant
optimal: best | ideal | optimum | perfect | most effective
ideal: perfect | optimal | best | flawless
perfect: flawless | ideal | faultless | impeccable | complete
competitive: comparable | on par | close | rival | strong | neck and neck
degradation: decline | deterioration | drop | worsening | decay
deteriorate: worsen | degrade | decline | get worse | decay
drop: decline | decrease | fall | dip | reduction
drops: decreases | declines | falls | dips | losses
valid: legitimate | correct | sound | acceptable | well-formed
verifiable: checkable | provable | testable | confirmable | can be verified
verify: check | confirm | validate | prove | double-check | fact-check
validate: verify | confirm | check | prove | corroborate | test
validating: verifying | checking | confirming | testing
validation: verification | checking | confirmation | dev set | held-out check
confirm: verify | validate | corroborate | back up | check
noise: corruption | interference | junk | clutter | static | random errors
undesirable: unwanted | harmful | unwelcome | objectionable
detrimental: harmful | damaging | adverse | injurious | counterproductive
negatively: adversely | badly | harmfully | unfavourably | unfavorably
risk: danger | hazard | threat | peril | jeopardy
risks: dangers | hazards | threats | perils | downsides
responsible: accountable | ethical | conscientious | trustworthy | safe
conflict: clash | disagreement | contradiction | tension | interference
interference: conflict | clash | disruption | crosstalk | negative transfer | cross-talk
biased: prejudiced | skewed | slanted | one-sided | partial | unfair
skewed: biased | lopsided | imbalanced | slanted | distorted
imbalance: skew | disparity | unevenness | lopsidedness | inequality
disparity: gap | inequality | imbalance | difference | unevenness
disparities: gaps | inequalities | imbalances | differences
inclusive: accessible | welcoming | equitable | diverse | fair to all
# speed, cost, size and scale
large: huge | giant | massive | sizeable | sizable | enormous | vast
larger: bigger | scaled-up | heavier | greater | more massive
big: large | huge | massive | giant | enormous
bigger: larger | scaled-up | greater | heavier | more massive
huge: enormous | massive | vast | giant | gigantic | colossal
massive: huge | enormous | giant | gigantic | vast | colossal
vast: huge | enormous | immense | massive | sweeping
small: tiny | little | compact | miniature | mini | pocket-sized | modest
smaller: tinier | more compact | downsized | reduced-size | miniature | littler
tiny: minuscule | very small | miniature | wee | mini | minute
little: small | tiny | scant | minimal | slight
compact: small | condensed | lightweight | slim | space-saving | miniature
lightweight: light | compact | slim | low-footprint | lean | small
small-scale: small | modest | limited | mini | toy
size: scale | magnitude | dimensions | extent | bigness
sizes: scales | magnitudes | dimensions | extents
scale: size | magnitude | scope | extent | bigness
scales: sizes | magnitudes | grows | expands
scaled: enlarged | grown | expanded | sized | scaled-up
scalable: expandable | extensible | growable | scales well | can grow
scalability: ability to scale | scaling up | growth capacity | expandability | growability
magnitude: size | scale | extent | amount | order of magnitude
internet-scale: web-scale | massive | huge | gigantic
footprint: size | resource use | memory use | impact | demands
heavy: weighty | burdensome | large | intense | resource-hungry
overhead: extra cost | added cost | burden | cost | extra work
cost: price | expense | spending | outlay | overhead | bill
costs: expenses | prices | spending | overheads | bills | outlays
costly: expensive | pricey | dear | resource-hungry | high-cost
expensive: costly | pricey | dear | resource-hungry | high-cost | steep
expense: cost | price | spending | outlay
cost-effective: cheap | economical | inexpensive | affordable | budget-friendly | value for money
low-cost: cheap | inexpensive | affordable | budget | economical
budget: allowance | allotment | funds | resources | cap | limit
resource-intensive: expensive | costly | compute-heavy | demanding | resource-hungry
resources: assets | supplies | means | funding | budget | compute and data
resource: asset | supply | means | source
efficiently: quickly | cheaply | economically | with less compute | frugally | sparingly
inefficient: wasteful | slow | costly | uneconomical | resource-hungry
inefficiency: waste | wastefulness | slowness | overhead | inefficient use
compute-efficient: cheap | resource-light | economical | compute-saving | frugal
data-efficient: sample-efficient | frugal | needing little data | data-light | few examples
sample-efficient: data-efficient | needing few examples | frugal | learning quickly | data-light
fast: quick | rapid | speedy | swift | snappy | high-speed
faster: quicker | speedier | swifter | more rapid | sped up | accelerated | accelerating
quick: fast | rapid | speedy | swift | brisk
quickly: fast | rapidly | swiftly | speedily | in no time
rapid: quick | fast | swift | speedy | brisk | meteoric
rapidly: quickly | fast | swiftly | speedily | at pace
speed: pace | rate | velocity | quickness | swiftness | how fast
accelerate: speed up | quicken | hasten | expedite | boost speed | make faster
acceleration: speedup | speed-up | quickening | speeding up | boost
time-consuming: slow | lengthy | laborious | tedious | takes ages | drawn-out
labor-intensive: laborious | time-consuming | painstaking | tedious | manual | labour-intensive
runtime: execution time | running time | wall-clock time | run time | speed
storage: disk space | memory | saving | space | storage space
hardware: chips | machines | devices | computers | processors
devices: gadgets | phones | hardware | machines | edge devices | handsets
computer: machine | pc | computing device | laptop
cloud: remote servers | online servers | data center | data centre | hosted
infrastructure: hardware | backbone | servers | facilities | underlying systems
energy: power | electricity | energy use | power consumption
sustainable: green | eco-friendly | environmentally friendly | long-lasting | low-carbon
computation: calculation | processing | number crunching
computations: calculations | operations | number crunching
computational: processing | calculation
computationally: computing-wise | in compute terms | in processing terms
computing: calculation | processing | number crunching
computed: calculated | worked out | estimated | derived
reduce: lower | cut | decrease | shrink | lessen | diminish | trim
reduces: lowers | cuts | decreases | shrinks | lessens | trims
reducing: lowering | cutting | decreasing | shrinking | trimming | lessening
reduced: lowered | cut | decreased | shrunk | trimmed | smaller
reduction: decrease | cut | drop | lowering | shrinkage | decline
minimize: reduce | lower | cut | decrease | minimise | keep down
minimizing: reducing | lowering | minimising | cutting
minimizes: reduces | lowers | cuts | minimises
maximize: increase | boost | maximise | get the most | optimise
maximizing: maximising | increasing | boosting | getting the most
maximum: max | highest | greatest | peak | upper limit | ceiling
minimal: minimum | smallest | tiny | negligible | least | bare
negligible: tiny | trivial | minimal | insignificant | next to nothing
marginal: slight | minor | small | negligible | modest
modest: small | moderate | slight | limited | humble
pruned: trimmed | cut down | slimmed | thinned | compressed
storing: saving | keeping | holding | caching
stored: saved | kept | held | cached | recorded
store: save | keep | hold | retain | record | cache
save: store | keep | conserve | cut | spare
# data, collection and annotation
collection: set | compilation | gathering | group | bundle | anthology
collections: sets | compilations | groups | bundles | anthologies
collect: gather | assemble | accumulate | compile | harvest | amass
collected: gathered | compiled | assembled | harvested | amassed
collecting: gathering | compiling | harvesting | amassing | assembling
gather: collect | assemble | compile | amass | round up
curated: selected | handpicked | hand-picked | cleaned | filtered | hand-selected
curate: select | assemble | handpick | compile | clean up
curation: selection | cleaning | filtering | assembling | cleanup | data cleaning
corpora: text collections | text datasets | bodies of text | document collections | text archives
samples: examples | instances | specimens | data points | draws | cases
sample: example | instance | specimen | data point | draw | case
examples: instances | samples | cases | illustrations | demos | specimens
example: instance | sample | case | illustration | specimen
instances: examples | cases | samples | occurrences
instance: example | case | occurrence | sample
points: scores | marks | percentage points | data points
pairs: couples | duos | matched sets | twosomes
pair: couple | duo | twosome | match
paired: matched | coupled | twinned | linked
synthetic: artificial | generated | fake | machine-made | simulated | man-made
synthesized: generated | created | artificial | produced | fabricated
synthesize: generate | create | produce | combine | fabricate
synthesis: creation | generation | production | combination | construction
machine-generated: ai-generated | computer-generated | synthetic | bot-written | ai-written | auto-generated
human-written: human-authored | written by people | human-made | human-generated | authored by humans | hand-written
scarce: rare | limited | sparse | in short supply | hard to find | thin on the ground
scarcity: shortage | lack | dearth | paucity | scarceness | shortfall
abundant: plentiful | ample | plenty | copious | rich
ample: plenty | abundant | enough | plentiful | sufficient
lack: absence | shortage | scarcity | deficiency | dearth | want
lacks: misses | is missing | is short of | is without
lacking: missing | absent | deficient | short of | without
missing: absent | lacking | left out | gone | omitted
absence: lack | nonexistence | want | missing
unavailable: inaccessible | missing | absent | not available | off-limits
available: accessible | obtainable | on hand | offered | open | at hand
availability: accessibility | supply | presence | access
accessible: available | reachable | usable | approachable | open
accessibility: availability | ease of access | approachability | inclusiveness | usability
access: entry | availability | reach | admission
publicly: openly | freely | in public | for everyone
public: open | shared | freely available | communal | open-access
freely: openly | without charge | without restriction | for free | at no cost
free: gratis | no-cost | unrestricted | open | complimentary
open: public | freely available | accessible | unrestricted | open-access
closed: proprietary | closed-source | private | locked | restricted
closed-source: proprietary | private | commercial | closed | non-public
open-weight: freely downloadable | public weights | downloadable | open weights | open model
open-sourced: open-released | published openly | freely released | made public | released publicly
release: publish | make available | launch | put out | share | ship
released: published | launched | made available | put out | shared | shipped
published: released | issued | put out | made public | printed
license: licence | permission | terms of use | usage rights
repository: repo | code base | archive | store | codebase
repositories: repos | archives | code bases | stores | codebases
database: data store | repository | record store | data bank
databases: data stores | repositories | record stores | data banks
library: toolkit | package | software library | codebase | module
libraries: packages | toolkits | software libraries | modules
toolkit: library | toolbox | tool set | package | software kit
suite: set | collection | battery | package | bundle
records: entries | logs | data entries | files
entry: record | item | submission | listing
items: products | elements | entries | objects
item: element | entry | object | product
list: roster | catalogue | catalog | inventory | register
index: catalog | catalogue | lookup table | directory | register
website: site | web page | homepage | webpage | web site
page: webpage | site | web page | homepage
url: link | web address | address | website link
internet: web | online | net | world wide web
online: on the fly | live | internet-based | streaming | web-based
offline: disconnected | pre-collected | batch | static | logged | not live
preprocessing: data cleaning | preparation | cleanup | pre-processing | data prep
filtering: screening | sifting | weeding out | cleaning
filter: screen | sift | weed out | clean | remove | vet
filters: screens | sieves | sifts | weeds out
removal: deletion | elimination | erasure | taking out | throwing away
removing: deleting | eliminating | dropping | stripping out | taking out | throwing away | throwing out
removed: deleted | eliminated | dropped | stripped out | taken out
removes: deletes | eliminates | drops | strips out
redundancy: repetition | duplication | overlap | superfluity | duplicates
overlap: intersection | shared part | common ground | duplication
held-out: unseen | withheld | reserved | excluded | left-out | kept aside
unseen: never seen | unfamiliar | held-out | brand-new | fresh | not seen before
unfamiliar: unknown | strange | foreign | unseen | alien
unknown: unfamiliar | unseen | mysterious | unidentified | uncharted
long-tail: rare | niche | uncommon | infrequent | obscure | tail
distribution: spread | breakdown | pattern | makeup | mix
distributions: spreads | patterns | breakdowns | mixes
volume: amount | quantity | size | bulk | mass
amount: quantity | volume | sum | extent | measure
amounts: quantities | volumes | sums | masses
quantities: amounts | volumes | numbers | sums
number: count | amount | quantity | how many | total
numbers: figures | digits | values | quantities | counts
count: number | tally | total | sum
numerical: quantitative | mathematical | number-based
percentage: proportion | share | rate | percent | fraction
fraction: portion | share | part | small part | proportion
portion: part | share | fraction | segment | piece
subset: portion | part | sample | fraction | slice | selection
subsets: portions | parts | slices | samples | selections
batch: group | bunch | set | chunk | lot
split: divide | partition | break | separate | portion
splits: divides | partitions | breaks up | separates | portions
pool: collection | reservoir | set | bank | stock
mixture: mix | blend | combination | composite | cocktail
mixtures: mixes | blends | combinations | composites
mix: blend | mixture | combination | medley | assortment
mixed: combined | blended | assorted | mingled | heterogeneous
mixing: blending | combining | merging | mingling
# research activity and findings
research: study | investigation | inquiry | scholarship | science | academic work
researchers: scientists | scholars | academics | investigators | boffins
study: research | investigation | analysis | experiment | inquiry | examination
studies: research | investigations | papers | experiments | analyses
studied: examined | investigated | researched | analysed | analyzed
studying: examining | investigating | researching | analysing | analyzing
paper: article | publication | study | write-up | manuscript | report
papers: articles | publications | studies | manuscripts | write-ups
report: account | write-up | document | paper | summary
reported: stated | documented | recorded | announced | described
thesis: dissertation | claim | argument | doctoral thesis
literature: prior work | research papers | published research | scholarship | body of research | publications | evidence base
review: survey | overview | literature review | critique | assessment | appraisal | evidence synthesis
reviews: surveys | critiques | appraisals | overviews | assessments
overview: summary | outline | survey | rundown | bird's-eye view | synopsis
systematic: methodical | structured | organized | orderly | thorough | organised
systematically: methodically | thoroughly | in a structured manner | carefully | step by step
experiments: tests | trials | empirical tests | runs | test runs | expts
experiment: test | trial | study | run | test run | expt
experimental: empirical | trial | test | exploratory | test-based
empirical: experimental | practical | observed | data-driven | evidence-based | observational
empirically: experimentally | in practice | by experiment | through testing | observationally
investigate: examine | explore | study | look into | probe | research
investigates: examines | explores | studies | looks into | probes
investigating: examining | exploring | studying | looking into | probing
investigation: study | inquiry | examination | exploration | probe
investigations: studies | inquiries | probes | examinations
investigated: examined | explored | studied | looked into | probed
explore: investigate | examine | look into | study | probe | delve into
explores: investigates | examines | looks into | studies | probes
exploring: investigating | examining | studying | probing | looking into
explored: investigated | examined | studied | looked into | probed
exploration: investigation | probing | examination
explorations: investigations | studies | probes | examinations
examine: inspect | study | investigate | scrutinize | scrutinise | look at
examines: inspects | studies | investigates | scrutinizes | looks at
examining: inspecting | studying | investigating | scrutinizing | looking at
examined: inspected | studied | investigated | scrutinized | looked at
examination: inspection | study | analysis | exam | test | scrutiny
analysis: examination | study | breakdown | scrutiny | assessment | investigation
analyses: studies | examinations | assessments | breakdowns
analyze: analyse | examine | study | inspect | scrutinize | dissect
analyzing: analysing | examining | studying | inspecting | dissecting
analyse: analyze | examine | study | inspect | dissect
analyzes: analyses | examines | studies | inspects | dissects
delve: dig | explore | probe | look deeply | dig into
delves: digs | explores | probes | digs into
delving: digging | exploring | probing | digging into
in-depth: thorough | detailed | deep-dive | comprehensive | close
thorough: comprehensive | exhaustive | detailed | careful | rigorous
thoroughly: carefully | completely | comprehensively | fully | rigorously | exhaustively
comprehensive: thorough | complete | exhaustive | all-round | wide-ranging
comprehensively: thoroughly | exhaustively | fully | completely | in depth
extensive: thorough | broad | wide-ranging | large-scale | exhaustive | sweeping
extensively: widely | broadly | thoroughly | heavily | at length
rigorously: strictly | thoroughly | carefully | meticulously
findings: results | discoveries | conclusions | observations | lessons | takeaways
finding: result | discovery | observation | conclusion | takeaway
results: findings | outcomes | numbers | scores | conclusions
result: outcome | finding | consequence | output | upshot
outcomes: results | consequences | effects | end results | upshots
observations: findings | remarks | notes | insights | sightings
observation: finding | remark | note | insight | sighting
observe: see | notice | witness | note | detect | spot
observed: seen | noticed | noted | witnessed | measured | spotted
discover: find | uncover | detect | identify | stumble upon
discovery: finding | breakthrough | uncovering | detection | revelation
conclusions: findings | takeaways | results | verdicts | inferences
conclude: infer | deduce | determine | decide | judge
hypothesis: theory | conjecture | assumption | guess | premise | supposition
hypotheses: theories | conjectures | assumptions | guesses | premises
hypothesize: suppose | guess | speculate | theorize | theorise | posit
conjecture: hypothesis | guess | speculation | supposition | hunch
assumption: premise | presumption | supposition | hypothesis | given
assumptions: premises | presumptions | suppositions | givens
assume: suppose | presume | take for granted | posit | presuppose
posit: propose | assume | claim | put forward | suggest
evidence: proof | support | confirmation | indication | backing
proof: demonstration | evidence | confirmation | validation
prove: demonstrate | show | establish | confirm | verify
proves: shows | demonstrates | establishes | confirms
proven: demonstrated | shown | established | confirmed | tested
proving: demonstrating | establishing | confirming | showing
demonstrate: show | prove | illustrate | reveal | exhibit | display
demonstrates: shows | proves | illustrates | reveals | exhibits
demonstrated: shown | proven | displayed | exhibited | illustrated
demonstrating: showing | proving | illustrating | displaying | exhibiting
show: demonstrate | reveal | prove | illustrate | display
shows: demonstrates | reveals | proves | illustrates | displays
shown: demonstrated | proven | displayed | revealed | illustrated
showing: demonstrating | displaying | revealing | illustrating
showed: demonstrated | revealed | proved | displayed
showcase: display | exhibit | demonstrate | present | show off
showcases: demonstrates | displays | exhibits | shows off
showcasing: displaying | demonstrating | exhibiting | showing off
reveal: show | uncover | expose | disclose | unveil | bring to light
reveals: shows | uncovers | exposes | discloses | unveils
revealed: shown | uncovered | exposed | disclosed | unveiled
revealing: showing | uncovering | exposing | disclosing | enlightening
uncovering: discovering | revealing | unearthing | exposing | finding
illustrate: show | demonstrate | depict | exemplify | clarify
indicate: suggest | show | signal | point to | imply
indicates: shows | suggests | signals | points to | implies
indicating: showing | signaling | signalling | suggesting | pointing to
suggest: indicate | imply | point to | propose | hint
suggests: indicates | implies | points to | hints
suggesting: indicating | implying | hinting | pointing to
implies: suggests | means | indicates | entails
implying: suggesting | indicating | meaning | entailing
implications: consequences | ramifications | significance | upshot | repercussions
highlight: emphasize | emphasise | stress | underline | spotlight | point out
highlights: emphasizes | stresses | underlines | spotlights | points out
highlighting: emphasizing | stressing | underlining | spotlighting | pointing out
highlighted: emphasized | stressed | underlined | pointed out | spotlighted
underscore: emphasize | stress | highlight | underline
emphasizes: stresses | highlights | underlines | emphasises
emphasis: stress | focus | importance | accent
argue: contend | claim | maintain | reason | assert | posit
claim: assert | argue | contend | maintain | state | allege
believe: think | suppose | hold | reckon | consider
hope: expect | wish | aspire | trust
propose: suggest | put forward | present | introduce | offer | put forth
proposes: suggests | puts forward | presents | introduces | offers
proposed: suggested | put forward | presented | introduced | offered
proposing: suggesting | putting forward | presenting | introducing
introduce: present | unveil | put forward | bring in | debut | propose
introduces: presents | unveils | brings in | proposes | debuts
introduced: presented | brought in | unveiled | proposed | debuted
introducing: presenting | unveiling | bringing in | proposing
present: introduce | describe | report | unveil | offer
presents: introduces | offers | describes | unveils | reports
presented: introduced | shown | described | unveiled | offered
describe: explain | outline | depict | portray | detail
described: explained | outlined | characterized | depicted | detailed
describing: explaining | depicting | outlining | detailing
description: explanation | account | summary | outline | portrayal
descriptions: explanations | accounts | summaries | write-ups | outlines
discuss: talk about | examine | debate | consider | go over
discussed: talked about | examined | debated | considered
outline: summarize | describe | sketch | overview | lay out
characterize: describe | define | portray | profile | characterise
quantify: measure | gauge | count | put a number on
quantifying: measuring | gauging | counting | putting numbers on
quantitative: numerical | measurable | numeric | statistical | by the numbers
quantitatively: numerically | statistically | measurably | by the numbers
qualitative: descriptive | non-numerical | anecdotal | observational
qualitatively: descriptively | by inspection | by eye | anecdotally
statistical: numerical | probabilistic | quantitative | stats-based | stats
case: instance | example | situation | scenario
cases: instances | examples | situations | scenarios
preliminary: initial | early | exploratory | pilot | first | tentative
pioneering: groundbreaking | innovative | trailblazing | first-ever
breakthrough: milestone | advance | leap | discovery | game-changer
# measuring, evaluating and comparing
evaluating: assessing | testing | measuring | judging | benchmarking | rating
evaluated: assessed | tested | measured | judged | benchmarked | rated
evaluates: assesses | tests | measures | judges | rates
evaluations: assessments | tests | measurements | appraisals | ratings | evals
assess: evaluate | judge | measure | gauge | appraise | rate
assessing: evaluating | judging | measuring | gauging | appraising | rating
assessment: evaluation | appraisal | judgement | judgment | rating | test
assessments: evaluations | appraisals | judgements | ratings | tests
measure: gauge | quantify | assess | metric | evaluate
measures: metrics | gauges | indicators | yardsticks | steps
measuring: gauging | quantifying | assessing | evaluating
measured: gauged | quantified | assessed | evaluated
metric: measure | yardstick | gauge | indicator | score | criterion
score: mark | grade | rating | result | points
scores: marks | grades | ratings | results | points
scoring: rating | grading | marking | evaluating | judging
judge: evaluator | assessor | referee | grader | rater | arbiter
judgment: judgement | assessment | verdict | evaluation | opinion
test: exam | trial | check | evaluation | quiz | assessment
tests: exams | trials | checks | quizzes | assessments
testing: trying out | checking | evaluating | probing | trialling
tested: evaluated | tried | examined | checked | trialled
criteria: standards | requirements | measures | yardsticks | benchmarks
indicators: signals | signs | measures | gauges | markers
rankings: orderings | leaderboards | standings | ratings | league tables | ordered lists
ranked: ordered | sorted | rated | placed | positioned | listed in order
rank: order | position | place | standing | rating | ordering
ordering: sequence | arrangement | sorting | ranking | sorted order
order: sequence | arrangement | ranking | rank
prioritize: rank first | put first | focus on | emphasize | prioritise
top-k: best k | top few | highest-scoring few | best candidates | top results
competition: contest | challenge | tournament | rivalry | shared task
win: victory | beat | triumph | come first
arena: battleground | competition | contest | head-to-head
compare: contrast | weigh | match up | juxtapose | set against
compared: contrasted | versus | weighed | set against | relative to
comparing: contrasting | weighing | matching up | juxtaposing
compares: contrasts | weighs | matches up | juxtaposes
comparison: contrast | head-to-head | versus | juxtaposition | side-by-side
comparisons: contrasts | head-to-heads | juxtapositions | side-by-sides
comparative: relative | comparison-based | side-by-side | contrastive
comparable: similar | on par | equivalent | matching | competitive | close
similar: alike | comparable | akin | resembling | close | analogous
similarly: likewise | in the same manner | equally | correspondingly
similarities: likenesses | resemblances | commonalities | parallels
akin: similar | like | comparable | analogous | related
equivalent: equal | comparable | matching | identical
identical: equal | indistinguishable | exact copy | duplicate
difference: gap | disparity | distinction | discrepancy | contrast
differences: distinctions | discrepancies | gaps | contrasts | disparities
discrepancy: mismatch | difference | inconsistency | gap | disagreement
distinguish: tell apart | differentiate | discriminate | separate
distinguishing: telling apart | differentiating | discriminating | separating
contrast: difference | distinction | opposite | comparison
unlike: in contrast to | different from | as opposed to | dissimilar
outperform: beat | surpass | exceed | outdo | top | do better than | crush
outperforming: beating | surpassing | exceeding | outdoing | topping
surpass: beat | exceed | outdo | top | outstrip | outshine
surpasses: beats | exceeds | outdoes | tops | outstrips
surpassing: beating | exceeding | outdoing | topping | outstripping
surpassed: beaten | exceeded | outdone | topped | outstripped
exceed: surpass | beat | outstrip | top | go beyond
excel: shine | stand out | do well at | outshine | thrive
excels: shines | stands out | outshines | thrives
underperform: lag | trail | fall short | do worse | fall behind
par: equal | level | same level
margin: gap | difference | distance | lead
gap: difference | shortfall | disparity | divide | distance | deficit
gaps: differences | shortfalls | disparities | holes | deficits
better: superior | improved | stronger | higher-quality | preferable
improve: boost | enhance | upgrade | raise | increase | strengthen | make better
improves: boosts | enhances | upgrades | raises | increases | strengthens
improved: enhanced | upgraded | boosted | stronger | refined
improving: boosting | enhancing | raising | strengthening | upgrading
improvement: gain | boost | progress | advance | enhancement | upgrade
improvements: gains | boosts | advances | upgrades | enhancements
enhance: improve | boost | strengthen | upgrade | augment | amplify
enhances: improves | boosts | strengthens | upgrades | augments
enhancing: improving | boosting | strengthening | augmenting | upgrading
enhanced: improved | boosted | upgraded | strengthened | augmented
enhancement: improvement | upgrade | boost | augmentation | refinement
enhancements: improvements | upgrades | boosts | refinements
boost: increase | raise | improve | lift | bump up | uplift
boosts: increases | raises | improves | lifts | bumps up
boosting: increasing | improving | raising | lifting
gains: improvements | boosts | increases | benefits | upticks
gain: improvement | boost | increase | benefit | uptick | profit
refine: improve | hone | tweak | fine-tune | sharpen
refines: improves | hones | tweaks | sharpens
refinement: improvement | honing | touch-up | tweaking
increase: rise | growth | boost | raise | grow | jump
increases: rises | grows | boosts | raises | jumps
increased: raised | higher | greater | boosted | grown
increasing: growing | rising | mounting | expanding | climbing
increasingly: more and more | progressively | ever more | growingly
growth: increase | expansion | rise | growing | surge
grow: increase | expand | rise | swell | scale up
growing: increasing | rising | expanding | mounting | swelling
higher: greater | larger | raised | increased | elevated
highest: top | maximum | best | peak | greatest
lower: reduced | smaller | decreased | cut | less
average: mean | typical | midpoint | norm | overall
relative: comparative | proportional | compared | in proportion
absolute: total | complete | outright | raw | net
total: overall | combined | aggregate | sum | whole
overall: total | on the whole | aggregate | in aggregate | all in all
ratio: proportion | fraction | rate | percentage | share
rate: ratio | frequency | speed | pace | proportion
rates: ratios | frequencies | speeds | proportions
probabilities: chances | likelihoods | odds | probability scores
likelihood: probability | chance | odds | plausibility
estimate: approximate | gauge | guess | calculate | assess | ballpark
estimation: approximation | guess | assessment | ballpark
approximately: roughly | around | nearly | more or less | approx
approximate: estimate | rough | ballpark | inexact
variance: variability | spread | fluctuation | dispersion | scatter
deviation: departure | divergence | difference | drift
threshold: cutoff | limit | cut-off | bar | boundary
# change, adaptation and control
adapt: adjust | modify | tailor | customise | customize
adapted: adjusted | modified | tailored | customised | customized
adapting: adjusting | tailoring | customising | customizing | modifying
adapts: adjusts | tailors | customises | customizes | modifies
adaptive: adjustable | flexible | dynamic | self-adjusting | responsive
adaptively: dynamically | flexibly | on the fly | responsively
adaptable: flexible | adjustable | versatile | malleable | customisable
adaptability: flexibility | adjustability | versatility | agility | malleability
adaptations: adjustments | modifications | versions | tweaks
adjust: tweak | modify | tune | change | calibrate | fine-tune
adjustment: tweak | change | modification | correction | calibration
modified: altered | changed | adjusted | edited | tweaked
modifies: changes | alters | adjusts | edits | tweaks
modification: change | alteration | edit | tweak | adjustment
modifications: changes | alterations | edits | tweaks | adjustments
change: alteration | modification | shift | update | tweak
changes: modifications | alterations | shifts | updates | tweaks
changing: varying | shifting | evolving | altering | fluctuating
update: change | revise | modify | refresh | adjust
updates: changes | revisions | modifications | adjustments | tweaks | refreshes
updated: revised | refreshed | changed | modified | up to date
updating: refreshing | revising | changing | modifying | patching
shift: change | move | drift | swing | transition
shifts: changes | moves | drifts | swings | transitions
shifted: moved | changed | drifted | swung
transform: convert | change | turn into | reshape | transmute
transforms: converts | changes | turns into | reshapes
transformed: converted | changed | altered | turned into | reshaped
transforming: converting | changing | reshaping | turning into
transformative: game-changing | revolutionary | disruptive
revolutionized: transformed | overhauled | reshaped | upended | revolutionised
converting: transforming | changing | translating | turning into
evolution: development | progression | change over time | growth | history
evolving: changing | developing | shifting | growing | maturing
dynamic: changing | adaptive | flexible | on-the-fly | varying | fluid
dynamically: adaptively | on the fly | flexibly | at runtime | in real time
dynamics: behavior | behaviour | interplay | evolution over time | mechanics
static: fixed | unchanging | constant | stationary | frozen
fixed: static | constant | frozen | set | unchanging | predetermined
constant: fixed | unchanging | steady | stable | invariant
flexible: adaptable | versatile | adjustable | pliable | nimble | elastic
flexibility: adaptability | versatility | agility | elasticity | adjustability
versatile: flexible | adaptable | multi-purpose | all-round | jack of all trades
versatility: flexibility | adaptability | range | all-roundness
elastic: flexible | stretchable | adaptable | resizable
customized: customised | tailored | bespoke | personalized | made-to-order | personalised
customizing: customising | personalizing | tailoring | adapting | personalising
custom: bespoke | tailored | personalized | made-to-order
tailored: customized | customised | bespoke | adapted | made-to-measure | specialized
user-defined: custom | user-specified | user-chosen | set by the user
control: steer | regulate | govern | manage | command | direct
controlled: regulated | managed | steered | supervised | governed
controlling: steering | regulating | managing | governing | directing
controllable: steerable | adjustable | tunable | manageable | customisable
manipulate: handle | alter | control | change | tamper with
trigger: cause | set off | activate | spark
activate: trigger | switch on | turn on | enable | fire
activates: triggers | switches on | turns on | enables | fires
activated: triggered | switched on | turned on | fired | enabled
activation: firing | triggering | switching on | turning on
switches: toggles | changes | flips | swaps
replace: substitute | swap | supersede | stand in for
replacing: substituting | swapping | switching | superseding
vary: differ | change | fluctuate | range | diverge
varies: differs | changes | fluctuates | ranges
varying: differing | changing | different | fluctuating | variable
variation: change | difference | variant | fluctuation | deviation
variations: variants | versions | differences | changes | fluctuations
variable: changeable | varying | factor | inconsistent
extend: expand | broaden | lengthen | stretch | widen | enlarge
extending: expanding | broadening | lengthening | stretching | widening
extended: expanded | lengthened | broadened | enlarged | stretched
extends: expands | broadens | lengthens | stretches | widens
extension: expansion | add-on | enlargement | follow-up | extending
expand: extend | enlarge | broaden | grow | widen | scale up
expanded: enlarged | extended | broadened | grown | widened
expanding: growing | broadening | enlarging | extending | widening
expansion: growth | enlargement | extension | increase | widening
extensible: expandable | extendable | scalable | pluggable | add-on friendly
augment: supplement | enhance | boost | extend | enrich | add to
augmented: enhanced | supplemented | boosted | enriched | extended
augmenting: enhancing | supplementing | boosting | enriching
augmentation: enlargement | expansion | boosting | enrichment | supplementing
enriching: enhancing | augmenting | supplementing | adding to
add: append | insert | include | attach | put in
adding: appending | inserting | including | attaching | putting in
added: extra | additional | appended | inserted | attached
injecting: inserting | adding | infusing | feeding in | putting in
incorporate: include | integrate | add | absorb | fold in
incorporates: includes | integrates | adds | absorbs | folds in
incorporating: including | integrating | adding | absorbing | folding in
incorporated: included | integrated | added | absorbed | folded in
integrate: combine | merge | incorporate | unify | fold in
integrates: combines | merges | incorporates | unifies
integrating: combining | merging | incorporating | uniting | unifying
integrated: combined | built-in | merged | unified | incorporated
integration: combining | merging | incorporation | fusion | unification
combine: merge | mix | blend | join | unite | pool
combines: merges | mixes | blends | joins | unites
combined: merged | joint | mixed | blended | together | pooled
combining: merging | mixing | blending | joining | uniting | pooling
combination: mix | blend | union | pairing | merger | mixture
combinations: mixes | blends | pairings | mixtures
merged: combined | joined | fused | blended | unified
fusion: merging | combining | blending | integration | union
aggregation: combining | pooling | merging | summing | gathering
unify: combine | merge | unite | consolidate | integrate | bring together
unifies: combines | merges | unites | consolidates | brings together
unified: single | combined | integrated | merged | all-in-one | joint
# design, structure and components
architecture: design | structure | layout | blueprint | build | makeup
architectures: designs | structures | layouts | blueprints | builds | archs
architectural: structural | design | design-level | layout
design: architecture | layout | blueprint | plan | construction | build
designs: architectures | blueprints | layouts | plans | builds
designed: built | created | engineered | crafted | devised
designing: creating | building | devising | crafting | engineering
framework: architecture | setup | scaffold | toolkit | structure | platform
frameworks: toolkits | architectures | platforms | structures | scaffolds
structure: organization | organisation | arrangement | layout | form | makeup
structures: frameworks | arrangements | layouts | forms | organizations
structured: organized | organised | formatted | ordered | tabular | well-organized
structural: architectural | organisational | organizational | built-in | structure-related
hierarchical: layered | tiered | nested | tree-structured | multi-level | ranked
nested: hierarchical | layered | embedded | inside one another
tree: hierarchy | branching structure | tree structure | dendrogram
component: part | element | module | piece | building block | ingredient
components: parts | pieces | elements | modules | building blocks | ingredients
module: component | unit | block | plug-in | part | add-on
modules: components | parts | units | blocks | plug-ins | add-ons
modularity: composability | plug-and-play | modular design | building-block design
block: unit | module | component | building block
blocks: units | modules | components | building blocks | pieces
elements: parts | components | pieces | items | ingredients
parts: pieces | components | portions | sections | segments
part: portion | piece | section | component | segment
layer: level | tier | stage | stratum
level: degree | grade | tier | extent
levels: degrees | tiers | grades | extents
backbone: base network | core network | main network | foundation | trunk
backbones: base networks | core networks | main networks | foundations
adapter: add-on | plug-in module | small add-on network | attachment | plugin
router: dispatcher | switch | traffic director | gate | selector
route: path | direct | send | dispatch | channel
gating: switching | gatekeeping | on-off control | valves | selection
projector: mapping layer | connector | adapter module | bridge | translator
pipeline: workflow | process | chain | sequence of steps | assembly line
pipelines: workflows | processes | chains | assembly lines
workflow: process | pipeline | procedure | sequence of steps | routine
stage: phase | step | period | round | level
stages: phases | steps | periods | rounds
phase: stage | step | period | round
phases: stages | steps | periods | rounds
step: stage | phase | move | stride
steps: stages | phases | moves | strides
two-stage: two-step | two-phase | two-part | twofold
two-step: two-stage | two-phase | two-part
three-stage: three-step | three-phase | three-part
multi-stage: multistage | several stages | multi-step | staged | multiphase
multistage: multi-stage | multi-step | several stages | staged
multi-step: several steps | multistep | step-by-step | multistage | many steps
step-by-step: stepwise | gradual | incremental | in stages
end-to-end: all-in-one | whole pipeline | start to finish | single-step | one-piece
mechanism: process | machinery | workings | inner workings
mechanisms: processes | workings | machinery
mechanistic: mechanism-level | inner-workings | circuit-level | under the hood
interface: front end | user interface | gateway | front-end
interfaces: front ends | user interfaces | gateways | front-ends
platform: service | environment | tool | hub | portal
platforms: services | environments | tools | hubs | portals
tool: utility | instrument | device | program | plugin | gadget
program: software | code | script | application | app
programs: software | code | scripts | applications | apps
implementation: code | realization | execution | build | realisation
implementations: versions | codebases | realisations | realizations | builds
implement: carry out | code up | build | realize | put into practice | realise
implemented: built | coded | realized | put into practice | realised
implementing: coding up | building | realizing | realising | putting into practice
format: layout | structure | template | form | style
formats: layouts | structures | templates | forms
template: pattern | format | skeleton | form | boilerplate
templates: patterns | formats | skeletons | forms | boilerplates
schema: structure | format | layout | blueprint | outline
configuration: setup | settings | arrangement | config
configurations: setups | settings | arrangements | configs
setup: configuration | arrangement | settings | environment | config
setups: configurations | arrangements | settings | configs
default: standard | usual | out-of-the-box | preset
predefined: preset | fixed | predetermined | set in advance | prescribed
hand-crafted: handmade | hand-made | manually designed | handcrafted | by hand
manual: by hand | human-made | hand-made | handmade | hands-on
manually: by hand | hand-made | with human effort | hands-on
automatic: automated | self-acting | hands-free | machine-based | mechanical | self-running
automatically: without human help | on its own | by itself | hands-free | without manual effort
automated: automatic | machine-driven | self-running | hands-free | computerized | computerised
automation: mechanization | hands-free operation | mechanisation | auto-pilot
automating: mechanizing | mechanising | streamlining
heuristics: rules of thumb | shortcuts | hand-made rules | tricks | simple rules
heuristic: rule of thumb | shortcut | hand-made rule | trick | simple rule
recipe: formula | method | procedure | blueprint | playbook | instructions
procedure: process | routine | method | protocol | steps | recipe
procedures: processes | routines | methods | protocols | recipes
protocol: procedure | process | method | setup | standard practice
algorithm: procedure | method | recipe | routine | formula | algo
algorithms: procedures | methods | routines | recipes | formulas | algos
algorithmic: computational | procedural | step-by-step | rule-based
method: technique | approach | procedure | recipe | means
methods: techniques | approaches | procedures | recipes | means
methodology: method | approach | procedure | framework | methodological approach
methodologies: methods | approaches | procedures | frameworks
technique: method | approach | trick | procedure | tactic
techniques: methods | approaches | tricks | tactics | procedures
approach: technique | strategy | tactic | methodology | method
approaches: techniques | strategies | methods | tactics
strategy: plan | approach | tactic | scheme | game plan
strategies: plans | tactics | approaches | schemes | game plans
strategic: tactical | deliberate | planned | calculated
scheme: plan | method | arrangement | approach | setup
plan: strategy | scheme | blueprint | programme | roadmap
plans: strategies | schemes | roadmaps | blueprints | programmes
roadmap: plan | blueprint | path forward | agenda | timeline
paradigm: framework | approach | pattern | template | way of thinking | recipe
paradigms: frameworks | approaches | patterns | schools of thought
policy: strategy | decision rule | behaviour rule | plan | guideline
policies: strategies | rules | guidelines | decision rules
rules: regulations | guidelines | laws | principles | conventions
principles: rules | guidelines | tenets | foundations | precepts
principle: rule | tenet | law | idea | precept
principled: theory-grounded | well-founded | rigorous | systematic | sound
guidelines: rules | instructions | recommendations | principles | standards
norms: standards | conventions | rules | customs
formal: rigorous | mathematical | precise | official
formally: officially | rigorously | mathematically | precisely
formalize: formalise | define formally | codify | specify | express mathematically
formulate: phrase | frame | express | cast | define
formulation: framing | expression | definition | wording | phrasing
framing: phrasing | formulation | wording | presentation | casting
# describing methods and properties
novel: original | fresh | innovative | never-before-seen | first-of-its-kind | unprecedented
innovative: original | inventive | creative | groundbreaking | pioneering | novel
innovatively: creatively | inventively | originally | ingeniously
innovations: inventions | novelties | breakthroughs | advances | new ideas
unique: distinctive | one-of-a-kind | special | singular | unparalleled | unrivalled
unprecedented: never-before-seen | record | unheard-of | first-ever | unparalleled
recent: latest | newest | modern | current | up-to-date
recently: lately | newly | of late | in recent times | just now
latest: newest | most recent | up-to-date | current | cutting-edge
newer: more recent | later | modern | updated
modern: contemporary | current | recent | up-to-date | latest | present-day
contemporary: modern | current | present-day | recent
current: existing | present | today's | up-to-date | contemporary
currently: presently | at present | today | at the moment
up-to-date: current | latest | fresh | recent | timely
cutting-edge: state of the art | latest | leading-edge | bleeding-edge | advanced | frontier
advanced: sophisticated | cutting-edge | state of the art | high-end | modern | leading
frontier: cutting-edge | leading | top-tier | bleeding edge | most advanced
traditional: conventional | classic | classical | old-school | standard | established
traditionally: conventionally | historically | classically | typically
conventional: traditional | standard | usual | orthodox | customary | classic
classical: traditional | conventional | old-school | standard
classic: traditional | standard | conventional | timeless | well-known
standard: conventional | typical | common | default | usual | normal
standardized: standardised | uniform | common | consistent | normalised
typical: usual | normal | standard | common | ordinary | average
typically: usually | generally | normally | commonly | ordinarily
usually: typically | normally | generally | commonly | ordinarily
common: frequent | usual | typical | widespread | shared | ordinary
commonly: often | frequently | usually | typically | widely
widely: broadly | extensively | generally | commonly | universally
widespread: common | pervasive | prevalent | broad | far-reaching
widely-used: popular | common | mainstream | standard | go-to
popular: common | widespread | well-known | widely used | mainstream | trendy
popularity: prevalence | fame | widespread use | uptake | appeal
prevalent: common | widespread | pervasive | prevailing | dominant
prevailing: dominant | prevalent | predominant | widespread | mainstream
pervasive: widespread | ubiquitous | common | omnipresent
ubiquitous: everywhere | omnipresent | pervasive | universal
established: existing | standard | accepted | proven | settled
well-established: proven | standard | long-standing | accepted | time-tested
existing: current | present-day | established | prior | available already
vanilla: plain | basic | standard | unmodified | default | off-the-shelf
basic: simple | fundamental | elementary | rudimentary | core
fundamental: basic | core | essential | foundational | elementary
fundamentally: basically | essentially | at heart | at root
foundational: fundamental | basic | core | underlying | groundwork
primitive: basic | elementary | building block | simple
general: broad | overall | all-purpose | universal
generic: all-purpose | non-specific | one-size-fits-all | general-purpose
generality: breadth | universality | general applicability | broadness
generally: usually | typically | in general | broadly | as a rule
universal: general | all-purpose | global | across the board | one-size-fits-all
global: worldwide | overall | international | universal
broad: wide | extensive | wide-ranging | sweeping | general
broader: wider | more general | larger | more extensive
specific: particular | specialized | certain | targeted | dedicated
specifically: in particular | particularly | namely | precisely | expressly
specificity: precision | particularity | specialisation | specialization | narrowness
specialised: specialized | dedicated | expert | niche | targeted
specializing: focusing | tailoring | narrowing | concentrating | specialising
specialize: focus | concentrate | narrow down | specialise | hone in
dedicated: specialized | specialised | exclusive | purpose-built | devoted
narrow: limited | restricted | specialized | specialised | tight
particular: specific | certain | individual | distinct | given
particularly: especially | notably | in particular | specifically
especially: particularly | notably | in particular | specifically | above all
notably: especially | particularly | remarkably | markedly
notable: remarkable | significant | noteworthy | striking | marked
noticeable: visible | marked | appreciable | perceptible | clear
pronounced: marked | noticeable | striking | strong | distinct
significant: substantial | notable | considerable | sizeable | meaningful | marked
significantly: markedly | substantially | considerably | greatly | noticeably
significance: importance | meaning | relevance | import
substantial: considerable | significant | large | sizeable | hefty
substantially: considerably | significantly | greatly | markedly
considerable: substantial | significant | sizable | large | appreciable
considerably: substantially | significantly | greatly | markedly
dramatically: drastically | hugely | greatly | sharply | massively
drastically: dramatically | radically | sharply | hugely
greatly: hugely | considerably | vastly | enormously
extremely: highly | exceedingly | incredibly | hugely
highly: extremely | greatly | strongly
heavily: strongly | greatly | a lot | intensely
strongly: heavily | highly | greatly | powerfully
slightly: a bit | marginally | somewhat | a little
relatively: comparatively | fairly | somewhat | reasonably
important: crucial | key | vital | essential | significant | major
importance: significance | value | relevance | consequence
importantly: crucially | significantly | notably | above all
crucial: critical | vital | essential | key | pivotal | decisive
crucially: critically | vitally | essentially | importantly
critical: crucial | vital | essential | key | important | pivotal
essential: crucial | vital | necessary | key | fundamental | indispensable
vital: crucial | essential | critical | key | indispensable
pivotal: crucial | key | critical | central | decisive
key: main | central | crucial | essential | core | vital
main: primary | chief | central | principal | key | major
major: key | principal | significant | chief | primary
primary: main | chief | principal | key | first
primarily: mainly | mostly | chiefly | largely | predominantly
mainly: mostly | largely | primarily | chiefly | predominantly
mostly: mainly | largely | primarily | chiefly
largely: mostly | mainly | primarily | chiefly | to a great extent
predominantly: mainly | mostly | largely | chiefly
core: central | key | main | essential | heart | kernel
central: core | main | key | pivotal | focal
necessary: required | needed | essential | vital | mandatory
necessity: need | requirement | essential | must
imperative: essential | crucial | necessary | vital | urgent
required: needed | necessary | essential | mandatory | requisite
needed: required | necessary | essential | wanted
requirement: need | prerequisite | demand | condition | must-have
requirements: needs | demands | prerequisites | specifications | must-haves
prerequisite: requirement | precondition | must-have | condition
valuable: useful | precious | worthwhile | beneficial | helpful
useful: helpful | handy | valuable | practical | beneficial
helpful: useful | beneficial | handy | valuable | supportive
beneficial: helpful | useful | advantageous | favourable | favorable
utility: usefulness | value | helpfulness | benefit | usability
practical: real-world | useful | applied | hands-on | pragmatic | usable
practicality: usefulness | feasibility | usability | workability
feasibility: practicality | viability | possibility | workability
viable: feasible | workable | practical | doable | realistic
impractical: unworkable | unrealistic | infeasible | not practical
possible: feasible | achievable | doable | viable | attainable
possibility: chance | potential | option | likelihood
actionable: practical | usable | concrete | useful | applicable
applicable: relevant | usable | suitable | appropriate | valid
applicability: relevance | usability | usefulness | scope | suitability
suitable: appropriate | apt | suited | right
appropriate: suitable | proper | right | apt
appropriately: suitably | properly | correctly | fittingly
proper: appropriate | correct | suitable | right
relevant: pertinent | related | applicable | on-topic
irrelevant: unrelated | off-topic | extraneous | beside the point | immaterial | unhelpful | junk
unrelated: irrelevant | disconnected | independent | off-topic
realistic: lifelike | true-to-life | authentic | plausible | practical
real: actual | genuine | authentic | true
actual: real | true | genuine | concrete
real-world: practical | everyday | real-life | actual | in the wild | applied
real-life: real-world | practical | everyday | actual | in the wild
concrete: specific | tangible | definite | practical | actual
detailed: thorough | fine-grained | elaborate | granular
fine-grained: detailed | granular | fine | precise | high-resolution
granularity: level of detail | resolution | fineness | detail level | grain
high-level: abstract | overall | big-picture | general | coarse
holistic: comprehensive | all-round | whole-picture | overall | big-picture
abstract: summary | conceptual | theoretical | high-level
explicit: clear | direct | stated | spelled out | overt
explicitly: clearly | openly | directly | expressly | plainly
implicit: implied | unstated | tacit | hidden | indirect
implicitly: indirectly | tacitly | without saying | by implication
hidden: latent | concealed | internal | invisible | buried
latent: hidden | concealed | underlying | internal | dormant
internal: inner | inside | hidden | intrinsic | under the hood
intrinsic: inherent | built-in | innate | internal | natural
inherent: intrinsic | built-in | innate | inborn | natural
inherently: intrinsically | by nature | innately | naturally
underlying: basic | fundamental | hidden | root | base
external: outside | outer | third-party | foreign | off-board
# people, roles and organisations
human: person | human being | humankind | mankind | individual
humans: human beings | persons | mankind | individuals | humankind
individuals: persons | humans | individual people | human beings
individual: single | separate | personal | distinct | particular | person
people: humans | individuals | persons | folks | the public
users: customers | clients | consumers | end-users | operators | members of the public
user: customer | client | consumer | end-user | operator
user's: customer's | client's | consumer's | end-user's
developers: programmers | engineers | coders | builders | makers | software engineers
practitioners: professionals | engineers | developers | industry users | people in the field
professionals: experts | practitioners | specialists | pros | career workers
workers: labourers | laborers | crowdworkers | employees | staff | contractors
community: research field | scientific community | researchers | practitioners | field
communities: groups | populations | circles | fields
teams: groups | squads | crews | units
institutions: organizations | organisations | bodies | establishments | universities
organizations: companies | organisations | institutions | firms | businesses
organization: structure | arrangement | company | organisation | firm
industry: business | commerce | companies | sector | trade | private sector
industrial: commercial | manufacturing | business | enterprise
commercial: for-profit | paid | business | proprietary | industry | enterprise
products: goods | offerings | items | commercial products
services: offerings | providers | products | online services
academic: scholarly | scientific | university | research | scholastic
assistants: helpers | aides | chatbots | ai helpers | copilots | digital assistants
assistance: help | support | aid | a hand
social: societal | community | interpersonal | public
gender: sex | male or female | man or woman
health: medical | wellness | wellbeing | well-being | medicine
medicine: healthcare | medical science | health care | drugs | medical practice
life: existence | living | real life
daily: everyday | day-to-day | routine | per day
world: globe | planet | earth | reality
world's: global | planet's | earth's | worldwide
physical: real-world | bodily | material | tangible | physical world
motion: movement | moving | action | gesture
camera: photo device | webcam
scene: setting | view | picture | landscape | environment
geometry: shape | structure | 3d shape | spatial layout
spatial: space-related | geometric | positional | locational | where things are
temporal: time-related | time-based | chronological | time | timing
virtual: simulated | digital | online | computer-generated
simulated: virtual | artificial | mock | synthetic | emulated
simulate: imitate | mimic | emulate | replicate
simulator: emulator | sandbox | virtual environment | simulated world | sim
environment: surroundings | setting | world | sandbox | simulator | env
chemical: chemistry-related | molecular | compound | chemistry
sciences: disciplines | fields of science | scientific fields | research fields
science: research | scholarship | scientific knowledge | scientific research
disciplines: fields | subjects | areas | specialties | branches of study
field: area | domain | discipline | subject | sector
fields: areas | domains | disciplines | subjects | sectors
area: field | domain | region | sector | subject
areas: fields | domains | regions | sectors | subjects
realm: area | domain | field | sphere | territory
topic: subject | theme | issue | matter
topics: subjects | themes | issues | areas
subject: topic | theme | area | matter
subjects: topics | disciplines | participants | themes
media: press | content | outlets | social media
astronomical: astronomy | space-related | celestial | huge | star-related
# time, sequence and frequency
time: duration | period | moment | how long
times: occasions | instances | fold | multiples
years: decades | annual periods
era: age | period | epoch | time | generation
history: past | record | background | track record
early: initial | first | preliminary | beginning | early-stage
earlier: previous | prior | past | former | preceding
previous: prior | earlier | past | preceding | former
previously: earlier | formerly | in the past | beforehand
prior: previous | earlier | past | preceding | existing
past: previous | earlier | prior | former | bygone
former: previous | earlier | the first | one-time
later: afterwards | subsequent | following | future | down the line
subsequent: later | following | next | succeeding | ensuing
subsequently: afterwards | later | next | thereafter
following: next | subsequent | ensuing
next: following | upcoming | subsequent | coming
future: upcoming | coming | next | later | forthcoming | down the road
initial: first | starting | early | opening | preliminary
initially: at first | originally | in the beginning | to begin with
starting: beginning | initial | opening | kick-off
start: begin | commence | kick off | launch | outset
begin: start | commence | kick off | set out
begins: starts | commences | kicks off | sets out
beginning: start | outset | onset | opening
final: last | closing | ultimate | end
finally: lastly | in the end | ultimately | at last
lastly: finally | in the end | last of all
ultimately: eventually | finally | in the end
end: finish | conclusion | close
last: final | latest | previous | closing
ongoing: continuing | current | in progress | under way
continuous: ongoing | constant | unbroken | non-stop | uninterrupted
continuously: constantly | nonstop | without break | around the clock
continue: keep going | carry on | proceed | persist
gradually: slowly | step by step | progressively | little by little
progressively: gradually | step by step | increasingly | bit by bit
progressive: gradual | stepwise | incremental | step-by-step
incremental: gradual | step-by-step | progressive | piecemeal | bit by bit
iterative: repeated | step-by-step | cyclical | incremental | recursive
iteratively: repeatedly | step by step | over and over | in rounds | again and again
iteration: round | cycle | pass | repetition | loop
iterations: rounds | cycles | repetitions | passes | loops
cycle: loop | round | iteration | circuit
sequential: step-by-step | successive | in order | serial | ordered | one after another
sequence: series | string | chain | succession | order
sequences: series | strings | chains | successions
series: sequence | succession | string | family | range
simultaneously: at once | at the same time | concurrently | in parallel | together
parallel: simultaneous | concurrent | side by side | at the same time
jointly: together | simultaneously | collectively | in tandem
separately: individually | independently | apart | one by one
independently: separately | individually | on their own | autonomously
often: frequently | commonly | usually | regularly | typically
frequently: often | regularly | commonly | repeatedly
sometimes: occasionally | at times | now and then | from time to time
rarely: seldom | infrequently | hardly ever | once in a while
never: not ever | at no time | under no circumstances
always: every time | constantly | invariably | without exception
soon: shortly | quickly | before long | in the near future
recent years: lately | last few years | past years | in recent times
trends: patterns | tendencies | movements | directions
trend: pattern | tendency | movement | direction | drift
advent: arrival | emergence | rise | dawn | coming
rise: increase | growth | emergence | surge | ascent
proliferation: spread | explosion | surge | boom | growth
development: building | creation | progress | growth | evolution
developments: advances | progress | changes | breakthroughs
progress: advances | headway | improvement | development | strides
advances: progress | developments | breakthroughs | improvements | strides
advancements: progress | developments | breakthroughs | improvements
advancement: progress | improvement | development | breakthrough | step forward
advance: progress | improve | push forward | move forward
advancing: progressing | furthering | moving forward | pushing forward
# goals, needs and effects
goal: aim | objective | target | purpose | intent | end goal
goals: aims | objectives | targets | purposes | intentions
aim: goal | purpose | objective | intention | target
aims: goals | objectives | purposes | targets | intentions
aimed: intended | designed | targeted | geared
aiming: intending | seeking | trying | striving
objective: goal | aim | target | purpose | loss function
objectives: goals | aims | targets | purposes | loss functions
purpose: aim | goal | intent | function | reason
purposes: aims | goals | intentions | functions
target: goal | aim | objective | destination | intended
targeted: focused | aimed | specific | directed | pointed
targeting: aiming at | focusing on | going after | directed at
intent: purpose | goal | aim | meaning
intents: purposes | goals | aims
intended: planned | meant | designed | desired | deliberate
intend: plan | aim | mean | set out
intentionally: deliberately | on purpose | purposely | knowingly
desired: wanted | intended | target | preferred | sought-after
desirable: preferable | wanted | worthwhile | attractive | welcome
preferred: favoured | favored | chosen | liked | wanted
prefer: favour | favor | like better | choose | lean towards
need: requirement | necessity | demand | want
needs: requirements | demands | necessities | wants
require: need | demand | call for | depend on | necessitate
requires: needs | demands | calls for | necessitates
requiring: needing | demanding | calling for | necessitating
necessitate: require | demand | need | call for
necessitates: requires | demands | needs | calls for
demand: need | requirement | call | pressure
demands: requirements | needs | pressures | calls
impact: effect | influence | consequence | implication | outcome
impacts: effects | influences | consequences | outcomes
impacted: affected | influenced | hit | shaped
effect: impact | influence | consequence | outcome | result
effects: impacts | consequences | influences | outcomes
affect: influence | impact | shape | alter | sway
affects: influences | impacts | shapes | alters | sways
influence: effect | impact | sway | bearing | pull
influences: affects | shapes | impacts | sways
influenced: affected | shaped | swayed | impacted
cause: reason | source | origin | root
causes: reasons | sources | origins | roots | leads to
caused: led to | triggered | brought about | produced
lead: result in | cause | bring about | give rise to
leads: results in | causes | brings about | gives rise to
led: resulted | caused | brought about | driven
resulting: ensuing | consequent | arising
resulted: led | caused | ended up | brought about
induce: cause | trigger | bring about | elicit | provoke
induced: caused | triggered | brought about | provoked
elicit: draw out | evoke | bring out | coax | provoke
eliciting: drawing out | evoking | bringing out | coaxing
benefit: advantage | gain | perk | plus | upside | help
benefits: advantages | upsides | gains | pluses | perks
benefiting: profiting | gaining | helped by
advantage: benefit | edge | upside | plus | strength
advantages: benefits | upsides | strengths | pluses | perks
limitations: drawbacks | shortcomings | weaknesses | downsides | constraints | caveats
limitation: drawback | weakness | shortcoming | constraint | downside | caveat
shortcomings: flaws | drawbacks | weaknesses | limitations | failings
limit: cap | ceiling | bound | restrict | restriction
limits: boundaries | caps | ceilings | constraints | restrictions
limiting: restricting | constraining | capping | holding back
limited: restricted | scarce | constrained | finite | narrow | small
constraints: limits | restrictions | limitations | requirements | conditions
constraint: limit | restriction | requirement | condition
constrained: limited | restricted | bounded | capped
restrict: limit | constrain | confine | cap
bound: limit | cap | ceiling | bound on
bounds: limits | ceilings | caps | ranges
boundaries: limits | borders | edges | frontiers
burden: load | strain | cost | overhead
hinder: hamper | impede | obstruct | hold back | get in the way
hinders: hampers | obstructs | impedes | holds back
hindering: hampering | obstructing | impeding | holding back
prevent: stop | avoid | block | hinder | ward off
avoid: prevent | sidestep | dodge | steer clear of | escape
avoids: prevents | sidesteps | dodges | steers clear of
avoiding: preventing | sidestepping | dodging | steering clear of
mitigate: reduce | lessen | alleviate | ease | curb | counter
mitigates: reduces | lessens | alleviates | eases | curbs
mitigating: reducing | easing | alleviating | lessening | curbing
mitigated: reduced | eased | alleviated | lessened
mitigation: reduction | alleviation | easing | damage control
alleviate: ease | reduce | relieve | lessen | soothe
alleviates: eases | reduces | relieves | lessens
alleviating: easing | reducing | relieving | lessening
eliminating: removing | getting rid of | dropping | cutting out | doing away with
eliminates: removes | gets rid of | does away with | cuts out
sacrificing: giving up | losing | trading off | compromising | at the cost of
compromise: tradeoff | sacrifice | concession | middle ground
trade-off: compromise | balance | tradeoff | give-and-take | tension
balance: equilibrium | balancing act | middle ground | compromise | harmony
balancing: trading off | weighing | equalizing | harmonizing | juggling
balances: trades off | weighs | juggles | evens out
enable: allow | let | permit | empower | make possible
enables: allows | lets | permits | makes possible | empowers
enabling: allowing | permitting | empowering | letting | making possible
allow: let | enable | permit | make possible
allows: lets | enables | permits | makes possible
allowing: letting | enabling | permitting | making possible
empower: enable | equip | strengthen | give power
empowering: enabling | equipping | strengthening
facilitate: enable | help | ease | assist | support | make easier
facilitates: enables | eases | helps | assists | supports
facilitating: enabling | easing | helping | assisting
support: help | assist | back | aid | enable
supports: helps | enables | backs | assists
supporting: helping | backing | enabling | assisting
help: assist | aid | support | lend a hand
helps: assists | aids | supports
aid: help | assist | support | assistance
unlock: enable | open up | release | unleash
foster: encourage | promote | nurture | cultivate
encourage: promote | foster | stimulate | urge | nudge
encouraging: promising | hopeful | heartening | positive
promote: encourage | foster | boost | advance
promotes: encourages | fosters | boosts | advances
motivate: inspire | drive | encourage | spur
motivated: inspired | driven | prompted | encouraged
inspire: motivate | encourage | spark | stimulate
inspired: motivated | influenced | prompted | modelled on | modeled on
inspiration: idea | stimulus | motivation | influence | muse
spur: encourage | motivate | stimulate
drive: push | motivate | power | propel
driven: powered | motivated | led | fuelled | fueled
# common verbs
provide: offer | give | supply | deliver | furnish
provides: offers | gives | supplies | delivers | furnishes
providing: offering | giving | supplying | delivering
provided: given | supplied | offered | delivered
offer: provide | give | supply | present | furnish
offers: provides | gives | supplies | presents
offering: providing | giving | supplying | presenting
give: provide | offer | supply | hand over
gives: provides | offers | supplies | hands over
giving: providing | offering | supplying
delivers: provides | gives | yields | supplies
yield: produce | give | result in | deliver | bring
yields: produces | gives | results in | delivers | brings
yielding: producing | giving | resulting in | delivering
produce: generate | create | output | yield | churn out
produces: generates | creates | yields | outputs | churns out
produced: generated | created | output | yielded
producing: generating | creating | outputting | yielding
generate: produce | create | write | output | compose | churn out
generates: produces | creates | writes | outputs | composes
generated: produced | created | written | synthesized | made up | output
generating: producing | creating | writing | synthesizing | outputting
generation: producing | creating | writing | output production | synthesis | gen
generations: outputs | samples | iterations | versions
generator: producer | creator | maker | writer
generators: producers | creators | makers | writers
create: build | produce | generate | construct | design
created: built | produced | constructed | designed
creating: building | producing | generating | constructing
creation: making | building | production | generation
build: construct | create | develop | assemble | put together
building: constructing | creating | developing | assembling | putting together
builds: constructs | creates | develops | assembles
built: constructed | created | assembled | developed
construct: build | create | assemble | put together
constructed: built | assembled | created | put together
constructing: building | assembling | creating | putting together
construction: building | creation | assembly | making
develop: build | create | design | construct | devise
developed: built | created | designed | constructed | devised
developing: building | creating | constructing | devising
devise: design | invent | come up with | create | craft
establish: set up | found | create | determine
establishing: setting up | founding | creating | determining
select: choose | pick | opt for | handpick | decide on
selects: chooses | picks | opts for | handpicks
selected: chosen | picked | handpicked | shortlisted
selecting: choosing | picking | handpicking | opting for
selection: choosing | picking | choice | filtering | curation
selective: choosy | picky | targeted | discriminating
selectively: choosily | in a targeted manner | pickily
choose: pick | select | opt for | decide on
chooses: picks | selects | opts for
choosing: picking | selecting | opting for
chosen: selected | picked | handpicked
choice: selection | option | pick | decision | alternative
choices: options | selections | decisions | alternatives
candidates: options | contenders | choices | alternatives | nominees
candidate: option | contender | choice | nominee
alternative: option | substitute | replacement | other choice | another option
identify: find | spot | recognize | pinpoint | detect | determine
identifies: finds | spots | recognizes | pinpoints | detects
identified: found | spotted | recognized | pinpointed | detected
identifying: finding | spotting | recognizing | pinpointing | detecting
identification: recognition | detection | identifying | spotting
pinpoint: identify | locate | isolate | spot | single out
detection: spotting | identification | finding | recognition | catching
recognition: identification | detection | spotting | recognising
determine: decide | establish | figure out | identify | work out
determining: deciding | establishing | figuring out | working out
predict: forecast | guess | estimate | anticipate | foresee
predicts: forecasts | estimates | guesses | anticipates
predicted: forecast | estimated | expected | anticipated
predicting: forecasting | guessing | estimating | anticipating
prediction: forecast | guess | estimate | projection | prognosis
predictions: forecasts | guesses | estimates | projections
predictive: forecasting | prognostic | anticipatory
predictable: foreseeable | expected | unsurprising
anticipate: expect | foresee | predict | look ahead
expect: anticipate | predict | foresee | count on
expected: anticipated | predicted | foreseen | hoped-for
apply: employ | put to use | implement | adopt | bring to bear | slap on | bolt on | tack on
applied: employed | put to use | adopted | implemented | slapped | slapped on | bolted on | tacked on
applying: employing | implementing | putting to use | bringing to bear | slapping | bolting on | tacking on
employ: apply | utilize | adopt | harness | utilise
employs: applies | utilizes | adopts | harnesses
employing: applying | utilizing | adopting | harnessing
utilize: employ | harness | exploit | make use of | apply | utilise
utilizes: employs | harnesses | exploits | makes use of
utilizing: utilising | employing | harnessing | exploiting
utilized: utilised | employed | harnessed | exploited
utilization: utilisation | usage | exploitation | employment | consumption
usage: utilization | consumption | application | employment | utilisation
leverage: exploit | harness | make use of | capitalize on | draw on
leverages: exploits | harnesses | makes use of | draws on
leveraging: exploiting | harnessing | making use of | drawing on | utilizing
leveraged: exploited | harnessed | drawn on | capitalized on
exploit: take advantage of | leverage | harness | capitalize on | make use of
exploiting: leveraging | harnessing | taking advantage of | capitalizing on
harness: exploit | utilize | tap | make use of | leverage
harnessing: exploiting | utilizing | tapping | making use of
adopt: take up | embrace | employ | follow | go with
adopted: taken up | embraced | employed | followed
adoption: uptake | acceptance | take-up | spread
rely: depend | count on | lean on | hinge on | rest on
relies: depends | counts on | leans on | hinges on
relying: depending | counting on | leaning on | resting on
depend: rely | hinge | rest | count on
depends: relies | hinges | rests | counts on
depending: relying | contingent | based | hinging
dependent: reliant | contingent | conditional | hinging
contingent: dependent | conditional | reliant
include: contain | comprise | cover | incorporate | encompass
includes: contains | covers | comprises | encompasses
including: covering | comprising | encompassing | such as
included: contained | comprised | covered | encompassed
involve: include | entail | require | contain
involves: includes | entails | requires | comprises
involving: including | entailing | requiring
contain: include | hold | comprise | encompass
contains: includes | holds | comprises | encompasses
containing: including | comprising | holding | encompassing
consists: comprises | contains | is made of | includes
consisting: comprising | made up of | composed of | containing
comprising: consisting of | including | made up of | containing
composed: made up | consisting | comprised | built
encompass: include | cover | span | take in
encompasses: includes | covers | spans | takes in
encompassing: including | covering | spanning | taking in
cover: span | include | encompass | address
covers: spans | includes | encompasses | addresses
covering: spanning | encompassing | including | addressing
coverage: range | scope | breadth | reach | extent
spanning: covering | across | ranging over | encompassing
spans: covers | ranges | extends over | stretches
range: variety | spectrum | span | breadth | assortment
ranging: varying | spanning | extending | stretching
variety: range | assortment | diversity | mix | array
various: assorted | varied | a range of | all sorts of | diverse
diverse: varied | assorted | wide-ranging | heterogeneous | mixed | eclectic
diversified: varied | diverse | mixed | broadened
varied: diverse | assorted | mixed | wide-ranging
heterogeneous: diverse | varied | mixed | assorted | disparate
heterogeneity: diversity | variety | mix | variation
different: distinct | various | varied | dissimilar
distinct: separate | different | discrete | individual | clear
numerous: lots of | countless | plenty of | a great many | loads of
multiple: several | numerous | various | a number of
array: range | set | collection | series | assortment
spectrum: range | continuum | gamut | span
addition: extra | supplement | add-on | adding
additional: extra | supplementary | added
extra: additional | added | surplus | spare
# other content words
reusing: recycling | repurposing | using again | reapplying | borrowing | recycled
re-use: reuse | recycle | repurpose | use again | recycling | recycled
information: info | details | facts | knowledge | content | particulars
potential: promise | possibility | prospects | capacity | latent ability
potentially: possibly | perhaps | maybe | conceivably
process: procedure | pipeline | operation | workflow | series of steps
processes: procedures | operations | workflows | pipelines
processing: handling | analysing | analyzing | treatment | crunching
input: prompt | query | what goes in | given text | source
inputs: prompts | queries | what goes in | given texts | sources
output: result | response | answer | product | generation
outputs: results | responses | answers | generations | products
context: surrounding text | background | setting | circumstances | situation
contexts: settings | situations | circumstances | backgrounds | surroundings
contextual: context-aware | situational | context-dependent | surrounding | in context
scenarios: situations | cases | settings | use cases | circumstances
scenario: situation | case | setting | use case | circumstance
settings: scenarios | conditions | configurations | situations | environments
setting: scenario | situation | condition | configuration | environment
focus: concentrate | emphasis | centre | center | priority
focused: concentrated | targeted | centred | centered | specialized
focuses: concentrates | centres | centers | zeroes in
focusing: concentrating | zeroing in | centring | centering | homing in
representations: encodings | features | internal codes | learned features | internal descriptions
representation: encoding | depiction | feature vector | internal description | internal code
represent: depict | encode | stand for | express | portray
represented: depicted | encoded | expressed | portrayed
representing: encoding | depicting | expressing | standing for
represents: depicts | encodes | stands for | expresses
representational: representation-level | encoding | feature-level
features: attributes | characteristics | properties | traits | signals | feats
feature: attribute | characteristic | property | trait | signal | feat
characteristics: traits | features | properties | attributes | qualities
properties: traits | attributes | characteristics | qualities | features
property: attribute | trait | characteristic | feature | quality
attributes: properties | features | traits | characteristics
attribute: property | trait | feature | characteristic
traits: characteristics | features | qualities | attributes
behavior: behaviour | conduct | actions | tendencies | how it acts
behaviour: behavior | conduct | actions | tendencies | how it acts
behaviors: behaviours | actions | conduct | tendencies | habits
behave: act | respond | function | operate | conduct itself
shared: common | joint | mutual | communal | pooled
sharing: exchanging | pooling | distributing | passing around
share: split | pool | have in common | distribute
shares: has in common | splits | pools
random: arbitrary | chance | haphazard | unpredictable | randomised
randomly: arbitrarily | at random | by chance | haphazardly
patterns: regularities | trends | structures | motifs | templates
pattern: regularity | trend | motif | template | structure
concept: idea | notion | abstraction | thought
concepts: ideas | notions | abstractions | thoughts
idea: concept | notion | thought | intuition | insight
ideas: concepts | notions | thoughts | insights
notion: idea | concept | thought | understanding
perspective: viewpoint | angle | outlook | lens | standpoint
perspectives: viewpoints | angles | outlooks | standpoints
view: perspective | viewpoint | angle | opinion | outlook
lens: perspective | viewpoint | angle | framework
correlation: relationship | association | link | connection | co-variation
correlations: relationships | associations | links | connections
correlated: linked | related | associated | connected
correlates: relates | is associated with | tracks | goes with
relationship: connection | link | relation | association | tie
relationships: connections | links | relations | associations | ties
relations: relationships | links | connections | associations
related: connected | linked | associated | relevant | akin
relate: connect | link | associate | tie
connection: link | tie | relationship | bond
connections: links | ties | relationships | bonds
link: connection | tie | relationship | bond
linked: connected | tied | associated | related
connects: links | joins | ties | bridges
catastrophic: disastrous | devastating | severe | drastic | dramatic
engineering: building | construction | design | development | craft
object: item | entity | physical object
objects: items | entities | physical objects
auxiliary: extra | supplementary | helper | secondary | supporting | side
extraction: pulling out | mining | harvesting | isolating
extract: pull out | mine | harvest | isolate | take out
extracts: pulls out | mines | harvests | isolates
extracted: pulled out | mined | harvested | isolated
extracting: pulling out | mining | harvesting | isolating
extractive: extraction-based | copy-based | excerpt-based | pulled from the text
counterparts: equivalents | peers | analogues | rivals | opposite numbers
local: on-device | nearby | regional | in-house | localised
locally: on-device | nearby | on your own machine | in-house
representative: typical | illustrative | characteristic | exemplary
serving: deploying | hosting | running in production
deploy: roll out | put into production | launch | ship | release
deployed: rolled out | launched | put into production | shipped | in production
deploying: rolling out | launching | shipping | putting into production
signals: cues | indicators | hints | clues
signal: cue | indicator | hint | clue
practices: habits | methods | procedures | customs | routines
practice: practise | real use | application | habit | custom
positive: favourable | favorable | beneficial | upbeat | helpful
negative: adverse | harmful | detrimental | unfavourable | unfavorable | downside
encoder-decoder: sequence-to-sequence | seq2seq | reader-writer | input-output network
sequence-to-sequence: seq2seq | encoder-decoder | text-to-text | input-to-output
text-to-text: text in text out | seq2seq | sequence-to-sequence | text conversion
data-to-text: table-to-text | structured-data description | report generation | data description
in-domain: same-domain | familiar | matching-domain | in-distribution | on-topic
cross-domain: across domains | multi-field | inter-domain | out-of-field | across fields
multi-domain: multi-field | several domains | many fields | cross-domain
general-domain: generic | broad-domain | everyday | general-purpose
open-domain: general knowledge | any topic | unrestricted domain | open-ended
effort: labor | labour | exertion | endeavour
efforts: attempts | endeavours | endeavors | initiatives | labours
attempt: try | effort | endeavour | bid | go
attempts: tries | efforts | endeavours | bids
attempted: tried | essayed | had a go
endeavor: effort | endeavour | undertaking | attempt | venture
entire: whole | complete | full | total
entirely: completely | totally | wholly | fully
full: complete | entire | whole | total
fully: completely | entirely | totally | wholly
complete: full | entire | whole | total | finish
completely: entirely | totally | fully | wholly
meaningful: significant | substantive | sensible | valuable | worthwhile
preserving: keeping | maintaining | retaining | protecting
preserve: keep | maintain | retain | protect | conserve
preserves: keeps | maintains | retains | protects
maintain: keep | preserve | retain | sustain | uphold
maintaining: keeping | preserving | retaining | sustaining | upholding
maintains: keeps | preserves | retains | sustains
minor: small | slight | trivial | little | insignificant
intermediate: middle | in-between | halfway | interim | midway
grounded: based | anchored | rooted | tied to reality | connected to sources
informative: instructive | revealing | enlightening | useful | educational
phenomenon: effect | occurrence | event | happening
phenomena: effects | occurrences | events | happenings
unexplored: uncharted | unstudied | untouched | new ground | understudied
underexplored: understudied | under-researched | little studied | neglected | overlooked
overlooked: ignored | neglected | missed | disregarded | forgotten
overlook: ignore | miss | neglect | disregard | pass over
overlooking: ignoring | missing | neglecting | disregarding
neglecting: ignoring | overlooking | disregarding | leaving out
ignore: overlook | disregard | neglect | skip | pay no attention
retrieved: fetched | looked up | pulled | found | obtained
retrieving: fetching | looking up | pulling | finding
retrieves: fetches | looks up | pulls | finds
action: act | move | step | deed
actions: acts | moves | steps | deeds
encode: represent | store | embed | convert | capture
encoded: stored | represented | embedded | captured | converted
encoding: representation | conversion | embedding | coding
value: worth | usefulness | merit | benefit
values: numbers | figures | quantities | principles | ethics
operations: actions | processes | steps | computations
operate: run | function | work as
operates: runs | functions | works as
operating: running | functioning | working
mask: hide | cover | blank out | conceal | blank
masked: hidden | blanked out | covered | concealed
masking: hiding | blanking out | covering up | concealing
masks: hides | covers | blanks out | conceals
matching: pairing | aligning | equating | corresponding
match: equal | correspond | pair | align
acquisition: gathering | collection | obtaining | learning | procurement
acquire: obtain | gain | pick up | learn | get hold of
acquired: learned | gained | obtained | picked up
experience: practice | exposure | familiarity | know-how
experiences: encounters | episodes | events | exposures
decision: choice | judgement | ruling | determination | verdict
decisions: choices | judgements | judgments | verdicts | rulings
recommendations: suggestions | advice | tips | pointers | guidance
recommend: suggest | advise | propose | advocate
suggestions: recommendations | tips | advice | proposals | pointers
proposals: suggestions | candidates | ideas | proposed options
dimensions: aspects | axes | facets | sizes
dimension: size | aspect | axis | facet
dimensionality: number of dimensions | size | dimension count | vector size
mapping: correspondence | translation | link
mappings: correspondences | translations | links
mapped: projected | translated | converted | linked
composition: makeup | mixture | combination | constitution | structure
composing: combining | writing | assembling | putting together
opportunities: possibilities | openings | chances | prospects
opportunity: chance | opening | possibility | prospect
functionality: capability | features | abilities
functionalities: capabilities | features | abilities
function: role | purpose | job | operation | routine
functions: roles | routines | operations | jobs
functional: working | practical | operational | usable
collaboration: cooperation | teamwork | partnership | working together
collaborative: cooperative | joint | team-based | shared | working together
complementary: supplementary | mutually reinforcing | matching | reciprocal
intervention: interference | action | tweak | modification | treatment
allocation: assignment | distribution | apportionment | allotment | budgeting
data-driven: evidence-based | empirical | data-informed | learned from data
uniform: consistent | equal | homogeneous
uniformly: evenly | equally | consistently | homogeneously
equipped: outfitted | provided with | armed | fitted
equip: provide | outfit | arm | give
position: location | place | spot | rank
positional: position-based | location | order-aware | where in the sequence
compatible: consistent | interoperable | compliant | works with
groups: clusters | sets | teams | categories
organize: arrange | sort | structure | order | organise
conditions: circumstances | settings | situations | terms
condition: state | requirement | circumstance | situation
conditional: dependent | contingent | if-then
conditioned: dependent | contingent | based on | steered by
distributed: spread out | decentralized | multi-machine | shared | decentralised
cluster: group | bunch | clump | grouping
witnessed: seen | observed | experienced
soft: gentle | smooth | approximate | lenient
suffer: experience | undergo | be hurt by | struggle with
hyperparameters: settings | knobs | configuration | tuning settings | training settings | hparams | hyperparams
hyper-parameters: settings | knobs | configuration | tuning settings | hyperparameters
hyper-parameter: setting | knob | configuration value | hyperparameter
reconstruction: rebuilding | recovery | restoration | reassembly
resolution: detail | clarity | sharpness | resolve | fix
track: follow | monitor | trace | record
tracking: monitoring | following | tracing | keeping tabs
monitoring: watching | tracking | supervision | surveillance | oversight
searching: looking | hunting | seeking | browsing
looking: searching | seeking | hunting
discriminative: classification-based | classifying | distinguishing
parametric: parameter-based | in the weights | learned | weight-based
surprising: unexpected | astonishing | striking | startling
surprisingly: unexpectedly | astonishingly | remarkably | interestingly
interestingly: curiously | intriguingly | surprisingly | notably
intriguingly: interestingly | curiously | fascinatingly
interesting: intriguing | fascinating | curious | notable
spread: distribution | dispersion | diffusion | dissemination
vector: array | list of numbers | embedding | numeric array
vector-based: embedding-based | numeric | dense-vector
feed-forward: feedforward | fully connected | mlp | dense layer | ffn | ffns
test-time: inference-time | at deployment | while answering | on the fly | at run time
inference-time: test-time | at run time | at prediction time | deployment time
prone: liable | susceptible | vulnerable | inclined
considerations: factors | concerns | issues | aspects
inform: guide | tell | shape | notify
binary: two-way | yes or no | two-class | either-or
recover: restore | regain | retrieve | get back
independent: separate | standalone | autonomous | self-contained
standalone: independent | self-contained | separate | on its own
basis: foundation | ground | base | grounds
foundation: basis | base | groundwork | bedrock | cornerstone
foundations: bases | groundwork | underpinnings | bedrock
prominent: notable | leading | important | well-known | high-profile
dual: two | twin | double | two-fold
derive: obtain | extract | deduce | infer
derived: obtained | extracted | drawn | deduced | originated
definition: meaning | explanation | specification | description
definitions: meanings | explanations | specifications | descriptions
define: specify | describe | set out | establish | spell out
defined: specified | described | set | determined
specify: state | define | indicate | set | spell out
specified: stated | defined | given | set
specification: spec | requirement | description | definition
specifications: specs | requirements | details | descriptions
reflect: mirror | capture | reveal | echo
reflects: mirrors | captures | reveals | echoes
reflecting: mirroring | capturing | showing | echoing
rethinking: reconsidering | revisiting | re-evaluating | re-examining
revisiting: re-examining | reconsidering | rethinking | returning to
coupled: paired | combined | linked | joined
interleaved: interwoven | alternating | mixed | intermixed
fill: complete | fill in | populate | plug
filling: completing | populating | plugging
surrounding: nearby | neighbouring | neighboring | adjacent
classifiers: categorizers | sorters | labelers | classification models
classify: categorize | sort | label | group | categorise
categorization: classification | sorting | grouping | categorisation
categories: classes | groups | types | kinds | buckets
class: category | type | group | kind
classes: categories | types | groups | kinds
types: kinds | sorts | categories | classes | varieties
kinds: types | sorts | categories | varieties
interplay: interaction | relationship | dynamic | give-and-take
tool-use: tool calling | calling apis | function calling | using tools | tool usage
logits: raw scores | unnormalized scores | pre-softmax scores | output scores
seamless: smooth | frictionless | effortless | uninterrupted
seamlessly: smoothly | effortlessly | without friction | without a hitch
trajectories: paths | routes | tracks | traces | rollouts
trajectory: path | course | track | route
multifaceted: many-sided | complex | varied | multidimensional
medium: moderate | mid-sized | middle | intermediate
calibrated: adjusted | tuned | well-calibrated | honest confidence
rewards: incentives | payoffs | points | reinforcement signals
documentation: docs | manual | guides | reference | user guide
matrix: table | grid | array | table of numbers
matrices: tables of numbers | grids | arrays | tables
competing: rival | contending | conflicting | opposing
de-facto: standard | default | go-to | customary
strict: rigid | stringent | tight | harsh
laws: rules | principles | regulations | patterns
proxy: stand-in | surrogate | substitute | approximation
localized: localised | pinpointed | confined
localization: localisation | pinpointing | locating | finding position
stream: flow | sequence | feed | stream of data
management: handling | administration | organization | control
depth: deepness | profundity | detail
variant: version | variation | flavour | form
variants: versions | variations | flavors | flavours | editions
version: edition | variant | release | flavour | build
versions: editions | variants | releases | flavours | builds
aforementioned: previously mentioned | above-mentioned | said | earlier mentioned
landscape: field | scene | overview | terrain | state of play
simplified: streamlined | reduced | simpler | pared down
next-token: next-word | word-by-word | autocomplete | predicting the next word
synergy: cooperation | teamwork | mutual benefit | complementarity | combined effect
tendency: inclination | propensity | trend | habit
tend: incline | lean | be apt | be prone
tends: inclines | leans | is apt | is prone
discrete: separate | distinct | countable | categorical
collective: group | joint | shared | communal
per-token: token-level | word-by-word | per word | per piece
training-free: no training | without training | zero training | plug-and-play | no fine-tuning
orthogonal: independent | unrelated | perpendicular | complementary
dependencies: relationships | links | reliances
dependency: reliance | relationship | link
full-parameter: full | all-weights | whole-model | every weight
streamline: simplify | speed up | smooth | optimize
pathways: paths | routes | channels | avenues
losses: errors | penalties | costs
citation: reference | source | footnote | cite
optimizations: improvements | tweaks | tunings | optimisations
weighting: importance assignment | emphasis | weighing
statement: claim | assertion | sentence | declaration
blank: empty | gap | missing | unfilled
profile: description | overview | persona | characteristics
two-fold: twofold | double | dual | two-part
expressive: rich | articulate | powerful | expressive power
unanswered: open | unresolved | unsettled | open question
normalization: normalisation | standardization | scaling | standardisation
model-agnostic: works with any model | architecture-independent | model-independent
proximity: closeness | nearness | distance
subjective: personal | opinion-based | biased | a matter of taste
unnecessary: needless | superfluous | redundant | not needed | pointless
bidirectional: two-way | both directions | forward and backward
ad-hoc: improvised | makeshift | one-off | impromptu
invocation: call | calling | invoking | triggering
exponential: rapid | explosive | skyrocketing
neuron: unit | node | cell | artificial neuron
# common phrases
extensive experiments: thorough tests | many experiments | comprehensive testing | lots of experiments
language processing: text processing | handling language | text analysis | language handling
wide range: broad variety | many kinds | all sorts | wide variety | broad spectrum
various tasks: many tasks | assorted tasks | different jobs | all kinds of tasks
experimental results: test results | empirical findings | experiment outcomes | measured results
publicly available: freely available | open to all | free to download | openly released | public
different tasks: varied tasks | various jobs | distinct tasks | assorted tasks
nlp tasks: language tasks | text tasks | language problems | text problems
results demonstrate: findings show | results show | tests show | experiments show
model performance: model accuracy | model quality | model scores
task performance: task accuracy | task scores | task results
future research: further study | next steps | future work | open questions | further research
generation tasks: writing tasks | text production tasks | creative tasks | producing text
instruction following: obeying instructions | following commands | doing what is asked | complying with prompts
diverse tasks: varied tasks | assorted tasks | mixed tasks | wide range of tasks
state-of-the-art performance: best results | top scores | record performance | best-in-class results | leading results
multiple tasks: several tasks | many tasks | many jobs | numerous tasks
specific tasks: particular tasks | dedicated tasks | targeted tasks | individual tasks
superior performance: better results | higher scores | stronger results | outperformance
recent work: latest research | recent studies | recent papers | new research
experiments demonstrate: tests show | trials show | experiments show | testing shows
pretrained models: ready-made models | off-the-shelf models | already-trained models | existing trained models
single model: one model | one network | unified model | all-in-one model
existing methods: current methods | prior methods | previous approaches | established techniques
pre-trained model: ready-made model | off-the-shelf model | already-trained model | existing trained model
model parameters: model weights | network weights | learned numbers | internal numbers
significantly outperforms: clearly beats | far surpasses | easily beats
language tasks: text tasks | linguistic tasks | language problems
prior work: earlier research | previous studies | past work | related work | earlier work
downstream task: end task | target application | real task | later task
model architecture: network design | model design | network structure | model structure
strong performance: good results | high scores | solid results
real-world scenarios: practical situations | real-life cases | everyday use | real-life situations
language instructions: written instructions | verbal commands | text commands | plain-language instructions
competitive performance: comparable results | on-par performance | close to the best | strong results
task-specific models: specialized models | single-purpose models | dedicated models | specialist models
recent studies: latest research | recent papers | new studies | recent research
benchmark datasets: test sets | standard datasets | evaluation sets | standard test sets
better performance: better results | higher accuracy | higher scores | improved results
target task: goal task | task of interest | intended task | end task
complex tasks: hard tasks | complicated tasks | difficult problems | multi-part tasks
fine-tuned models: adapted models | specialized models | customized models | further-trained models
classification tasks: categorization tasks | sorting tasks | labeling tasks | labelling tasks
training process: learning process | training run | training phase | fitting process
previous work: earlier research | prior studies | past work | earlier work
remarkable capabilities: impressive abilities | striking skills | amazing abilities
recent advances: latest progress | recent breakthroughs | new developments | recent progress
reasoning tasks: logic problems | thinking tasks | problem-solving tasks | reasoning problems
improve performance: boost accuracy | get better results | raise scores | improve results
design choices: design decisions | engineering decisions | architectural choices | implementation choices
base models: raw models | untuned models | starting models | original models
single task: one task | one job | a lone task
valuable insights: useful lessons | key takeaways | helpful findings | useful insights
open-source models: open models | freely available models | public models | downloadable models
comprehensive evaluation: thorough evaluation | full assessment | extensive testing | complete evaluation
promising results: encouraging results | positive results | good early results | hopeful results
existing approaches: current approaches | prior methods | previous techniques | established approaches
task types: kinds of tasks | task categories | sorts of tasks | task kinds
retrieval tasks: search tasks | lookup tasks | finding documents | information lookup
broad range: wide variety | many kinds | broad spectrum | all sorts
model training: training the model | teaching the model | fitting the model | model learning
model weights: network weights | learned parameters | saved weights | model parameters
recent advancements: latest progress | recent breakthroughs | new developments | recent progress
language generation: text generation | writing text | producing text | text production
understanding tasks: comprehension tasks | reading tasks | understanding problems
empirical results: experimental results | test results | measured results | empirical findings
trainable parameters: learnable weights | tunable weights | adjustable parameters | trainable weights
learning framework: training setup | learning setup | training recipe | learning approach
comparable performance: similar results | on-par results | equal performance | matching performance
proprietary models: closed models | commercial models | paid models | closed-source models
zero-shot performance: out-of-the-box performance | performance without examples | no-example accuracy
training set: training data | training examples | learning examples | training split
generalization capabilities: ability to generalize | transfer ability | adaptability | generalisation ability
small models: tiny models | compact models | mini models | little models
foundation model: base model | general-purpose model | all-purpose model | pretrained backbone
training strategy: training recipe | training plan | learning schedule | training approach
large models: big models | huge models | giant models | massive models
generalization ability: ability to generalize | transfer ability | generalisation ability | adaptability
ai systems: ai tools | artificial intelligence | ai applications | ai programs
existing datasets: available datasets | current datasets | public datasets | prior datasets
evaluation framework: testing framework | evaluation setup | assessment suite | test harness
larger models: bigger models | huge models | scaled-up models | giant models
reasoning capabilities: reasoning skills | thinking ability | logic skills | reasoning ability
different languages: various languages | many languages | foreign languages | other languages
computational resources: compute | computing power | hardware | processing power | gpus
real-world applications: practical uses | real-life applications | everyday applications | practical applications
performance gap: difference in performance | shortfall | accuracy gap | gap in results
additional training: extra training | further training | more training | continued training
large amounts: lots | huge quantities | masses | vast amounts
pretraining data: training corpus | pretraining corpus | initial training data | pre-training text
computational costs: computing expense | processing costs | compute bill
task-specific data: specialized data | in-domain data | task data | domain data
embedding model: text-to-vector model | vectorizer | encoder model | embedder
multi-task training: training on many tasks | joint training | multitask learning | training on several tasks
small number: handful | limited number | a couple
evaluation benchmarks: test suites | benchmark tests | evaluation sets | test batteries
specific domains: particular fields | specialized areas | niche domains | particular areas
case study: example study | worked example | in-depth example | detailed example
real world: real life | everyday life | practice | outside the lab
decoding strategies: generation strategies | sampling methods | output selection methods | text generation settings
non-english languages: foreign languages | other languages | languages besides english | non-english tongues
large margin: big margin | wide margin | by far | substantially
effective method: successful approach | working technique | effective technique
average performance: mean performance | typical results | average score | mean accuracy
domain-specific tasks: specialized tasks | field-specific tasks | niche tasks | expert tasks
performance improvements: gains | better results | accuracy boosts | improved results
better generalization: transfers better | more general | generalises better | better transfer
diverse domains: various fields | many areas | varied domains | different fields
efficient training: cheap training | fast training | low-cost training | economical training
fall short: underperform | lag behind | come up short | disappoint | fall behind
research community: researchers | scientific community | academic community | research field
reasoning ability: reasoning skill | thinking ability | logic skills | reasoning skills
model sizes: model scales | sizes of models | parameter counts | network sizes
generalist models: all-rounder models | general-purpose models | jack-of-all-trades models | generalists
specialized tasks: niche tasks | expert tasks | domain tasks | specialist tasks
overall performance: total performance | general results | overall score | overall accuracy
domain-specific data: specialized data | field data | in-domain data | niche data
evaluation metrics: scoring measures | yardsticks | measures of quality | scoring metrics
prior knowledge: background knowledge | existing knowledge | what is already known | prior information
vision tasks: image tasks | visual tasks | computer vision problems | picture tasks
joint training: training together | co-training | combined training | simultaneous training
instruction datasets: instruction data | command datasets | prompt-response datasets | instruction collections
practical applications: real-world uses | practical uses | real-life applications | everyday applications
existing benchmarks: current benchmarks | standard tests | available benchmarks | prior benchmarks
pre-training data: pretraining corpus | initial training data | pre-training text | training corpus
high quality: top quality | excellent quality | top-notch | premium quality
strong baselines: tough competitors | solid baselines | competitive baselines | strong comparison points
large number: lots | plenty | a great many
target language: destination language | output language | language of interest | goal language
ablation studies: component tests | removal experiments | knockout experiments | what-if experiments
training examples: training samples | teaching examples | learning examples | training instances
expert models: specialist models | specialized models | expert networks | specialists
critical role: key role | vital role | crucial part | central role
reasoning abilities: reasoning skills | thinking skills | logic skills | reasoning capabilities
future work: next steps | further research | later work | future research
common practice: standard practice | usual approach | convention | norm
training time: training duration | time to train | training hours | how long training takes
low-resource settings: data-poor situations | scarce-data settings | little data | low-data settings
model selection: choosing a model | picking a model | model choice | selecting models
model capacity: model size | representational power | network capacity
highly specialized: very specialized | niche | narrowly focused | highly specialised
learning strategy: training strategy | study strategy | learning approach
less data: fewer examples | smaller datasets | little data | less training data
rapid development: fast progress | quick growth | rapid progress | fast development
vision-language model: image-text model | picture-and-text ai | multimodal model | image and text model
model capabilities: model skills | model abilities | what models can do | model competence
previous studies: earlier studies | prior research | past research | earlier research
fine-tuning data: tuning data | adaptation data | specialization data | finetuning data
task instructions: task directions | task prompts | task descriptions | task commands
generative tasks: creation tasks | writing tasks | generation jobs | creative tasks
test data: test set | evaluation data | held-out data | test examples
performance degradation: drop in accuracy | worse results | performance drop | decline in quality
task-specific knowledge: specialist knowledge | domain expertise | task expertise | task knowledge
input-output pairs: example pairs | question-answer pairs | input-output examples | example input and output
few-shot performance: accuracy with few examples | few-example results | few-shot accuracy
transformer architecture: gpt-style architecture | transformer design | transformer network
performance gains: improvements | boosts | better results | accuracy gains
best practices: recommended practices | guidelines | tips | rules of thumb | good practice
nlp benchmarks: language benchmarks | text benchmarks | language tests
few-shot settings: few-example settings | little data settings | handful of examples
significant progress: major advances | big strides | substantial progress | great progress
small amount: little | tiny amount | handful | small quantity
text data: written data | textual data | documents | text corpora
model scale: model size | network size | parameter count | scale of the model
training objective: loss function | learning goal | training goal | training target
human preference: human judgement | what people prefer | human ratings | user preference
random selection: random sampling | picking at random | random choice | chosen at random
continued pretraining: further pretraining | extra pretraining | continued training | domain-adaptive pretraining
training pipeline: training workflow | training process | training setup
visual features: image features | visual cues | picture features | visual signals
ai models: ai systems | artificial intelligence models | ai programs
zero-shot setting: no-example setting | out-of-the-box setting | without examples
user queries: user questions | search queries | user requests | what users ask
task generalization: generalizing to new tasks | task transfer | handling new tasks | cross-task transfer
diverse languages: many languages | varied languages | different languages | various languages
monolingual models: single-language models | one-language models | monolingual networks
task descriptions: task explanations | task definitions | task prompts | task instructions
unified model: single model | all-in-one model | combined model | one model
language inference: textual entailment | entailment | nli | natural language inference
key idea: main idea | core idea | central insight | key insight
general capabilities: general skills | all-round abilities | broad abilities | general abilities
specialized domains: niche fields | expert areas | specialist fields | specialised domains
model deployment: putting models into production | serving models | rollout | deploying models
efficient fine-tuning: cheap fine-tuning | lightweight tuning | parameter-efficient tuning | low-cost fine-tuning
in-depth analysis: deep dive | thorough analysis | detailed study | close analysis
knowledge-intensive tasks: fact-heavy tasks | knowledge-heavy tasks | lookup-heavy tasks
task completion: finishing tasks | getting tasks done | task success | completing tasks
unified framework: single framework | one framework | all-in-one framework | common framework
comprehensive survey: literature review | review of the field | thorough survey | field overview
comprehensive overview: thorough overview | full review | broad survey | complete overview
remarkable success: great success | huge success | impressive success
inference time: test time | run time | prediction time | response time | serving time
test time: inference time | deployment time | prediction time | run time
model outputs: model answers | model responses | generated text | model predictions
data points: examples | samples | observations | records
training costs: training expense | cost of training | compute bill | training expenses
task diversity: task variety | variety of tasks | mix of tasks | range of tasks
natural instructions: plain-language instructions | everyday instructions | human-written instructions
reward functions: reward signals | scoring functions | incentives | reward rules
student models: learner models | trainee models | distilled models | small students
teacher models: mentor models | instructor models | tutor models | guide models
translation quality: translation accuracy | quality of translations | translation fidelity
physical world: real world | physical environment | real life
sample efficiency: data efficiency | learning from few examples | example efficiency
vision encoder: image encoder | visual encoder | image reader | picture encoder
domain knowledge: expertise | subject knowledge | field knowledge | specialist knowledge
general knowledge: world knowledge | common knowledge | general facts | everyday knowledge
answer questions: respond to questions | reply to queries | answer queries | respond to queries
shed light: illuminate | clarify | explain | reveal | shine a light
llm alignment: aligning chatbots | making ai safe | value alignment | chatbot alignment
general purpose: all-purpose | multipurpose | versatile | jack of all trades
annotated data: labeled data | tagged data | labelled data | hand-labeled data
data annotation: data labeling | labelling data | tagging data | data labelling
ground truth: correct answer | reference answer | gold labels | true labels | gold standard
human effort: manual work | manual labor | human labor | manual labour
promising direction: promising avenue | encouraging direction | fruitful direction
common knowledge: general knowledge | widely known facts | everyday knowledge | common facts
named entity: proper noun | name | entity name | proper name
entity recognition: name detection | finding names | tagging names | entity spotting
distribution shifts: data drift | changing data | domain shift | dataset shift
image-text pairs: captioned images | image-caption pairs | picture-caption pairs | photos with captions
dialog systems: chatbots | conversational agents | dialogue systems | chat assistants
knowledge sharing: sharing knowledge | knowledge transfer | pooled learning | sharing what is learned
search engines: web search | search tools | search sites
human annotation: manual labeling | human labeling | hand labeling | manual labelling
zero-shot learning: learning without examples | out-of-the-box learning | no-example learning
zero-shot prompting: prompting without examples | plain prompting | bare prompting
weight matrices: weight tables | parameter matrices | weight grids
singular value decomposition: svd | matrix factorization | matrix decomposition | matrix factorisation
memory costs: memory usage | ram usage | memory footprint | memory requirements
text embeddings: text vectors | sentence vectors | meaning vectors | text fingerprints
neural ranking: neural re-ranking | learned ranking | ai ranking | neural ordering | learned ordering
correct answer: right answer | true answer | gold answer | accurate answer
search space: space of options | possibilities | candidate pool | option space
human values: ethics | morals | moral values | human ethics | moral principles
supervised learning: learning from labels | labeled training | learning with labels | learning from examples
attention mechanism: attention | focusing mechanism | attention layer | token-mixing layer | token mixing
cognitive science: psychology of thinking | study of the mind | mind science | cognitive psychology
news articles: news stories | newspaper articles | news reports | press articles
win rate: success rate | victory rate | how often it wins | winning percentage
project page: website | homepage | project website | project site
reward model: scoring model | preference model | judge model | reward scorer
harmful content: toxic content | dangerous content | offensive material | unsafe content
data scarcity: lack of data | data shortage | little data | scarce data
vocabulary size: number of tokens | vocab size | dictionary size | number of word pieces
chain-of-thought reasoning: step-by-step reasoning | thinking aloud | showing work | reasoning step by step
common sense: everyday knowledge | practical knowledge | world knowledge | street smarts | commonsense
follow instructions: obey instructions | do as told | comply with commands | follow directions
freely available: free | open | publicly released | free to use
web data: internet data | online text | scraped data | web crawl | internet text
human alignment: aligning with people | value alignment | human values | matching human preferences
multilingual data: multi-language data | data in many languages | multilingual text
fewer parameters: smaller | fewer weights | slimmer | smaller networks
retrieval models: search models | retrievers | search engines | lookup models
sentence embedding: sentence vector | sentence fingerprint | sentence encoding | sentence representation
diverse collection: varied set | wide assortment | mixed collection
user requests: user queries | requests from users | user commands | what users ask for
comparative analysis: comparison | side-by-side comparison | head-to-head | comparative study
code available: code released | source code online | open code | code on github | code published
computational overhead: extra compute | compute burden | processing overhead | added cost
computational efficiency: processing efficiency | speed and cost | resource efficiency
high cost: expensive | costly | high price | steep cost
human users: people using it | real users | end users | human participants
text prompts: written prompts | typed prompts | text instructions | text queries
user needs: user requirements | what users want | customer needs | user demands
training loss: training error | learning error | loss during training | training objective value
model checkpoints: saved models | model snapshots | saved weights | model save points
evaluation code: testing code | evaluation scripts | benchmark code | scoring code
make predictions: predict | forecast | guess | produce predictions
key components: main parts | core parts | essential pieces | building blocks
domain-specific knowledge: specialist knowledge | field knowledge | expert knowledge | niche knowledge
full potential: maximum capability | best possible performance | full capability | utmost
growing body: increasing amount | expanding literature | mounting evidence | growing literature
systematic survey: systematic review | structured literature review | methodical review | organized review | evidence synthesis
existing literature: prior work | published research | previous studies | earlier papers
model pruning: trimming models | cutting weights | slimming networks | removing weights
significant challenge: major difficulty | big hurdle | serious obstacle | major problem
open challenges: unsolved problems | open problems | remaining challenges | open questions
computational demands: compute requirements | processing needs | hardware demands | resource needs
complex instructions: complicated instructions | multi-part instructions | detailed commands | intricate directions
relatively small: fairly small | modest-sized | smallish | compact
popular paradigm: common approach | mainstream approach | widely used framework | popular approach
wide array: wide range | broad variety | large assortment | wide variety
completion tasks: fill-in tasks | completion problems | continuation tasks | finishing tasks
selection strategy: choice strategy | picking strategy | selection method | sampling strategy
semantic content: meaning | content meaning | underlying meaning | what the text means
absolute improvement: raw gain | absolute gain | percentage-point gain | net improvement
relative improvement: percentage gain | proportional gain | relative gain
ranking models: rankers | ordering models | re-rankers | sorting models
preference alignment: aligning to preferences | preference tuning | matching human preferences
textual similarity: text similarity | sentence similarity | how similar texts are | semantic similarity
systematic experiments: controlled experiments | methodical tests | structured experiments | careful testing
strong generalization: transfers well | generalizes well | robust transfer | broad generalization
human annotations: human labels | manual labels | hand labels | human tags
textual instructions: written instructions | text commands | text directions | typed instructions
positive impact: beneficial effect | good effect | helpful effect | benefit
nlp community: language research community | nlp researchers | computational linguistics community
multimodal tasks: image and text tasks | mixed-media tasks | multi-sensory tasks
two-stage training: two-step training | two-phase training | staged training
available datasets: existing datasets | public datasets | open datasets | accessible datasets
case studies: worked examples | example studies | in-depth examples | detailed examples
decoding method: generation method | sampling method | output selection method | decoding strategy
research directions: research avenues | future avenues | open directions | lines of research
human language: natural language | everyday language | plain language | spoken language
main findings: key results | main results | key takeaways | headline findings
substantial improvements: large gains | big improvements | major gains | considerable improvements
mixed results: inconsistent results | patchy results | varied outcomes | uneven results
related tasks: similar tasks | connected tasks | neighbouring tasks | associated tasks
few-shot examples: handful of examples | sample demonstrations | worked examples | a few examples
single gpu: one gpu | one graphics card | consumer hardware | single graphics card
growing interest: increasing attention | rising interest | growing attention | surge of interest
final model: end model | resulting model | finished model | released model
evaluation datasets: test sets | benchmark datasets | evaluation sets | test datasets
instruction data: instruction datasets | command data | prompt-response data | instruction examples
high-quality datasets: clean datasets | curated datasets | well-curated data | quality datasets
retrieval systems: search systems | search engines | lookup tools | document finders
complex problems: hard problems | difficult problems | complicated problems | tough problems
in-domain data: same-domain data | domain data | matching data | field-specific data
evaluation metric: scoring measure | yardstick | quality measure | score
largely unexplored: little studied | understudied | mostly uncharted | barely explored
application domains: areas of use | application areas | fields of use | use cases
medical domain: healthcare | medicine | clinical field | health sector
english data: english text | english-language data | english corpora
multilingual settings: many-language settings | multiple languages | cross-language settings
language adaptation: adapting to a language | language transfer | new-language adaptation
multilingual capabilities: multilingual skills | many-language abilities | ability in many languages
deeper understanding: better understanding | fuller picture | deeper insight | greater understanding
parameter size: model size | parameter count | number of weights | network size
translation tasks: translation jobs | translation problems
data size: dataset size | amount of data | data volume | how much data
data sources: sources of data | data origins | where data comes from | data providers
training datasets: training sets | training corpora | training collections
model families: model series | model lineups | model lines | model groups
large amount: lots | huge quantity | vast amount | a great deal
tasks requiring: tasks needing | tasks that need | jobs requiring
learning methods: training methods | learning techniques | learning approaches
fine-tuning methods: tuning techniques | adaptation methods | fine-tuning techniques | specialization methods
model fine-tuning: tuning the model | adapting the model | customizing the model | model tuning
generative model: generator | content generator | creation model | generative network
generation process: writing process | output process | production process | decoding process
`;
