/**
 * Plain-English phrasings of the field's terms (see field-terms.ts), one term per line:
 * `term: phrasing | phrasing`; `#` starts a comment. Each term is one the bundled corpus uses at least
 * twice; a phrasing is what someone who avoids the term says instead, and almost always means it in
 * this field. Words are matched as search tokenizes them (lower case, stemmed, stopwords left out).
 */
export const FIELD_TERMS_LEXICON = `
# models and architectures
large language model: chatbot | ai chatbot | ai assistant | text generator | chat assistant | ai text generator | generative ai | gpt-style model | big text ai | talking ai
large language models: chatbots | ai chatbots | ai assistants | text generators | chat assistants | ai text generators | generative ai | gpt-style models | big text ais
llms: chatbots | ai chatbots | ai assistants | text generators | chat assistants | ai text generators | gpt-style models
llm: chatbot | ai chatbot | ai assistant | text generator | chat assistant | ai text generator | gpt-style model
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
tokenization: splitting text into pieces | word splitting | chopping text up | breaking text into word pieces | text splitting
token: word piece | word fragment | piece of a word | chunk of a word
vocabulary: word list | known words | set of word pieces | dictionary | lexicon
context length: how much it can read | input length limit | memory span | input size limit | window size
long context: long documents | lengthy inputs | entire books | very long text | long inputs | huge documents | book-length input
long-context: long documents | lengthy inputs | entire books | very long text | long inputs | book-length
sparse attention: reading only some parts | skipping most of the text | selective reading | skimming
attention heads: focus units | where-to-look units | looking units | internal readers
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
image: picture | photo | photograph | pic | snapshot | still image | illustration
images: pictures | photos | photographs | pics | snapshots | still images | illustrations
video: clip | footage | recording | movie | film | moving images | youtube video | camera recording
videos: clips | footage | recordings | movies | films | moving images | youtube videos
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
documents: files | pages | articles | write-ups | reports
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
object detection: finding objects | spotting things in pictures | locating objects | boxes around objects | object spotting
captioning: describing pictures | writing captions | photo descriptions | alt text | picture descriptions | subtitling
image captioning: describing pictures | writing captions for photos | photo descriptions | alt text generation | picture descriptions
visual grounding: pointing to objects | locating what is described | finding the described object | linking words to regions | pointing at things
grounding: connecting to reality | anchoring | tying to evidence | linking to the real world | based on evidence | connecting words to things
remote sensing: satellite images | satellite photos | aerial photos | earth observation | satellite imagery | overhead imagery | aerial imagery
visual illusions: optical illusions | eye tricks | visual tricks | trick images | illusion pictures
facial: face | faces | face images | face photos | facial expressions | selfies
diffusion: denoising | noise removal | gradual denoising | noise-to-image | stable diffusion-style | ai art generator
diffusion models: image generators from noise | denoising generators | ai art generators | stable diffusion-style models | noise-to-image models
denoising: removing noise | noise removal | cleaning signals | de-noising
text-to-image: picture from a description | ai art | drawing from prompts | turning words into pictures | text prompt to picture | dall-e style | midjourney style | images from text
image generation: making pictures | creating images | ai art | picture creation | drawing pictures | generating photos
image editing: photo editing | retouching | photoshopping | editing pictures | changing photos | touching up photos
graphic design: layout design | poster design | flyers | visual design | page layout | ad design | banner design
novel view synthesis: new camera angles | unseen viewpoints | rendering new viewpoints | seeing from a new angle | new perspectives of a scene
neural radiance fields: 3d scenes from photos | photo-to-3d | reconstructing 3d scenes | learned 3d scenes | 3d from pictures
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
retriever: search component | document finder | search module | lookup tool | finder
retrievers: search components | document finders | search modules | lookup tools | finders
retrieval-augmented generation: look things up before answering | search then answer | searching first | open book answering | answering from documents | search-assisted chatbot | chatbot with search | grounded in documents
retrieval augmented generation: look things up before answering | search then answer | searching first | open book answering | answering from documents | search-assisted chatbot | chatbot with search
retrieval-augmented: search-assisted | look-up assisted | with search | open book | backed by search
rag: look things up before answering | search then answer | search-assisted chatbot | chatbot with search | open book answering | answering from documents
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
environments: virtual worlds | simulated worlds | sandboxes | game worlds | playgrounds | surroundings
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
biology: life sciences | living things | genetics | biological science | biosciences
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
astronomy: space science | stars and galaxies | astrophysics | telescopes | cosmos | stargazing
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
post-training: after-training | finishing training | polishing | later training | refinement after pretraining
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
instruction-following: following directions | obeying instructions | doing what is asked | following commands | following orders | sticking to requests
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
catastrophic forgetting: forgetting old skills | losing old knowledge | memory loss | overwriting old knowledge | forgets what it knew | amnesia | sudden forgetting
forgetting: memory loss | losing knowledge | amnesia | losing old skills | overwriting | erasure
unlearning: making it forget | erasing knowledge | deleting what it learned | removing data from a model | right to be forgotten | forgetting on purpose | scrubbing memories
meta-learning: learning to learn | learning how to learn | quick adaptation | fast learning skill | learning-to-learn
federated learning: training on phones | training without sharing data | on-device learning | privacy-preserving training | decentralized training | collaborative training across devices
active learning: asking for labels | smart labeling | choosing what to label | label-efficient learning | asking the right questions
adaptation: adjusting | customizing | tailoring | customising
customization: tailoring | adapting | personalizing | custom setup | adjusting to needs | customisation
model merging: combining models | blending models | mixing models | averaging models | fusing models | stitching models together
merging: combining | blending | mixing | averaging | fusing | stitching together
task arithmetic: adding and subtracting skills | skill arithmetic | combining skills by math | skill math | plus and minus skills
task vectors: skill vectors | skill directions | skill deltas | weight differences for skills | skill updates
lora: lightweight add-on | small add-on | cheap fine-tuning | plug-in adapter | small patch | slim update | tiny add-on weights
low-rank adaptation: lightweight add-on | small add-on | cheap fine-tuning | plug-in adapter | small patch | slim update | tiny add-on weights
adapters: plug-ins | add-on modules | bolt-on modules | attachments | small add-ons | plug-in modules
parameter-efficient fine-tuning: cheap fine-tuning | lightweight tuning | tuning only a few weights | low-cost customization | budget fine-tuning | efficient customization | small updates
parameter-efficient: cheap to tune | lightweight | few trainable weights | low-cost | budget-friendly | economical
peft: cheap fine-tuning | lightweight tuning | tuning only a few weights | low-cost customization | budget fine-tuning | efficient customization
frozen: unchanged | kept fixed | locked | not updated | untouched | left as is | fixed in place
prompt tuning: learned prompts | trainable prompts | automatic prompt | tuning the instructions | optimizing the wording | prompt training
prompt learning: learned prompts | trainable prompts | automatic prompt | tuning the instructions | optimizing the wording
# efficiency and scaling
quantization: squeezing weights into fewer bits | fewer bits | lower precision | rounding the weights | 4-bit | 8-bit | int8 | bit reduction | compressing the numbers | quantisation
quantized: squeezed into fewer bits | lower precision | rounded weights | 4-bit | 8-bit | int8 | low-bit | quantised
pruning: trimming | cutting weights | removing parts | chopping | slimming | cutting connections | trimming the network | removing unneeded parts
compression: shrinking | compressing | squeezing | making smaller | slimming down | downsizing | size reduction | compacting
compress: shrink | squeeze | make smaller | slim down | downsize | compact
sparsity: mostly zeros | few active parts | thinness | emptiness | sparseness
sparse: mostly zeros | few active | thinned | skipping parts | scattered
low-rank: compressed matrix | few directions | cheap approximation | slim factorization | thin matrices | simplified matrix
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
scaling: growing | making bigger | increasing size | enlarging | upsizing | expanding | bigger models
scaling laws: bigger is better | growth curves | size versus performance | how performance grows with size | predictable improvement | power laws | rules of growth
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
in-context examples: examples in the prompt | sample questions and answers | worked examples | shown examples | prompt examples
demonstrations: worked examples | examples in the prompt | sample answers | example question-answer pairs | shown examples | sample solutions
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
temperature: randomness | creativity setting | randomness setting | randomness dial | creativity dial
constrained decoding: forced words | must-include words | required terms | generation with constraints | forced vocabulary
probability: chance | likelihood | odds | how likely
perplexity: surprise | how surprised | predictability | confusion score | puzzlement
self-critique: self-review | self-checking | critiquing its own answers | criticizing its own work | self-correction | double-checking | self-criticism
self-evaluation: grading itself | self-assessment | checking its own work | self-grading | self-review
rationales: explanations | justifications | reasons | why behind the answer | reasoning steps
explanations: reasons | justifications | rationales | whys | accounts
verification: checking | double-checking | fact-checking | confirming | validating | making sure
mistakes: errors | blunders | slip-ups | wrong answers | goofs | failures
irrelevant context: distracting details | off-topic information | red herrings | noise in the prompt | unrelated details | distractions
irrelevant information: distracting details | off-topic information | red herrings | unrelated details | distractions | noise in the prompt
needle-in-a-haystack: needle in a haystack | one detail in long text | hidden fact search | buried detail | tiny detail in huge documents
constrained language planning: planning with restrictions | step-by-step plans with conditions | plans under constraints | restricted how-to plans
knowledge-intensive: fact-heavy | requiring lots of facts | knowledge-heavy | trivia-heavy | encyclopedic
factual knowledge: facts | general knowledge | trivia | what it knows | encyclopedic knowledge | common facts | real-world facts
world knowledge: general knowledge | everyday facts | common knowledge | facts about the world | real-world facts
parametric knowledge: knowledge stored inside | what the model memorized | built-in knowledge | internal knowledge | baked-in knowledge
memorization: remembering | memorising | rote learning | recalling training data | parroting | copying from training data | memorizing by heart
recall: remembering | retrieving from memory | recollection | remembering facts | calling to mind
factual recall: remembering facts | recalling facts | fact retrieval from memory | remembering trivia | fact recollection
# evaluation
benchmark: test | test set | exam | standard test | yardstick | scorecard | evaluation suite | test suite | challenge set
benchmarks: tests | test sets | exams | standard tests | yardsticks | scorecards | evaluation suites | test suites
benchmarking: testing | comparing scores | head-to-head comparison | measuring against others | scoring | putting to the test
evaluation: testing | assessment | measuring | grading | judging | scoring | rating | appraisal
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
outperforms: beats | does better than | surpasses | wins against | tops | outdoes | bests
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
hallucination: making things up | made-up facts | fabrication | confabulation | false claims | inventing facts | bluffing | making stuff up | fake information | lying
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
low-resource languages: rare languages | minority languages | small languages | under-resourced languages | lesser-known languages | endangered languages | languages with little data | indigenous languages
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
language families: related languages | language groups | groups of related languages | linguistic families
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
learning rate: step size | how fast it learns | learning speed | training speed | step length
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
`;
