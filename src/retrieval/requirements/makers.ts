/**
 * The makers of models and the names of their models: a question may say "an OpenAI chat model" of a
 * paper on GPT-3.5, "Meta's model" of one on Llama 2, "NVIDIA's training library" of one on
 * Megatron-LM. A paper mentions a maker when it mentions any of its models (see unmentioned.ts).
 * Pure, without dependencies.
 */

/** Each line a maker and the families of its models, as papers write them. */
const MAKER_LINES = `
openai: gpt chatgpt instructgpt codex davinci dall-e dalle whisper clip sora
google: gemini gemma palm palm2 bard lamda t5 mt5 flan flan-t5 bert vit imagen gecko
deepmind: gemini chinchilla gopher flamingo alphafold alphacode sparrow
meta: llama llama2 llama3 codellama opt galactica nllb sonar seamless
facebook: llama opt nllb roberta bart xlm-r
anthropic: claude
microsoft: phi orca kosmos deberta wizardlm
nvidia: megatron megatron-lm nemotron
alibaba: qwen qwen2 qwen2.5
baidu: ernie
zhipu: chatglm glm
huawei: pangu
allenai: olmo tulu
`;

let makers: Map<string, string[]> | undefined;

/** The model families of a maker (lower case; none for a word that names no maker). */
export function makerModels(word: string): string[] {
  makers ??= new Map(
    MAKER_LINES.trim()
      .split('\n')
      .map((line) => {
        const [maker, models] = line.split(':');
        return [maker!.trim(), models!.trim().split(/\s+/)] as const;
      }),
  );
  return makers.get(word.toLowerCase()) ?? [];
}
