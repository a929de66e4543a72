import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowText, tr } from './pages-heldout440-kit.js';
import { rpPage } from './pages-heldout440-a2.js';

/**
 * Held-out batch 440, file a: a Hugging Face model page with its model card (repo header with tags and likes, tabs, the
 * card's own h1 and sections, an evaluation table, the right sidebar with downloads, inference widget and model tree) and a
 * Replicate model page on its API tab (owner / name h1, run count, tabs, install steps with code blocks, README below).
 */
const hfTitle = 'Fjord-7B-Instruct';
const hfIntro = [
  j(
    'Fjord-7B-Instruct is an instruction-tuned language model from the Nordlys AI lab, built on the Fjord-7B base model and',
    'tuned for short technical answers in English and Norwegian. It is meant for assistants that run on a single workstation GPU.',
  ),
  j(
    'This release replaces the 0.9 preview from January. The chat template is unchanged, but the model now refuses far fewer',
    'harmless requests and keeps to the requested answer length. Quantized GGUF and AWQ builds are published as separate repositories.',
  ),
];
const hfDetails = [
  '<strong>Developed by:</strong> Nordlys AI, Tromsø research group',
  '<strong>Model type:</strong> decoder-only transformer, 7.2 billion parameters, 32 layers',
  '<strong>Context length:</strong> 16,384 tokens with rotary position embeddings',
  '<strong>Languages:</strong> English and Norwegian (Bokmål), with limited Nynorsk',
  '<strong>License:</strong> Apache 2.0',
];
const hfUses = [
  j(
    'The model was tuned to answer questions about code, configuration files and command-line tools in two or three paragraphs.',
    'It follows a system prompt well and will say when a question falls outside what it knows.',
  ),
  j(
    'It is not intended for medical, legal or financial advice, and it should not be used to make decisions about people.',
    'We have not tested it as an agent that calls tools without a human checking each step.',
  ),
];
const hfTraining = [
  j(
    'Supervised tuning used 410,000 instruction and answer pairs: 60 percent written by contractors in Tromsø and Bergen, the rest',
    'filtered from permissively licensed forum archives. A further 38,000 preference pairs were used for direct preference optimisation.',
  ),
  j(
    'Training ran for three epochs on 64 accelerators over eleven days. We removed every example that repeated text from the',
    'evaluation sets listed below, using 13-gram overlap as the test.',
  ),
];
const hfEvalRows: string[][] = [
  ['CodeQA-Nord', '61.8', '54.2'],
  ['ShellBench', '47.3', '39.9'],
  ['NorQuAD-lite', '72.5', '58.1'],
];
const hfLimits = [
  'Answers in Nynorsk often drift into Bokmål after the first paragraph.',
  'The model invents command-line flags for rare tools about one time in twelve in our own checks.',
  'It has no knowledge of events after its data cut-off in August 2025.',
];
const hfNav = ['Models', 'Datasets', 'Spaces', 'Community', 'Docs', 'Enterprise', 'Pricing'];
const hfTags = ['Text Generation', 'Transformers', 'Safetensors', 'conversational', 'Eval Results', 'license:apache-2.0'];
const hfTabs = ['Model card', 'Files and versions', 'xet', 'Community'];
const hfTree = ['Base model', 'nordlys-ai/Fjord-7B', 'Quantizations', '6 models'];
const hfSpaces = ['fjordhelp/shell-buddy', 'tromso-nlp/norsk-chat-demo'];
const hfFoot = ['System theme', 'Company', 'TOS', 'Privacy', 'About', 'Careers', 'Website', 'Changelog'];
const hfHtml = `<!doctype html>
<html class=""><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no" />
<meta name="description" content="We’re on a journey to advance and democratize artificial intelligence through open source and open science." />
<meta property="og:title" content="nordlys-ai/Fjord-7B-Instruct · Hugging Face" /><meta property="og:type" content="website" />
<meta property="og:url" content="https://huggingface.co/nordlys-ai/Fjord-7B-Instruct" /><meta name="twitter:card" content="summary_large_image" />
<link rel="stylesheet" href="/front/build/kube-f1e2d3c/style.css" />
<title>nordlys-ai/Fjord-7B-Instruct · Hugging Face</title>
<script type="application/ld+json">{"@context":{"@language":"en","@vocab":"https:\\/\\/schema.org\\/"},"@type":"SoftwareSourceCode",
"name":"Fjord-7B-Instruct","license":"apache-2.0","author":{"@type":"Organization","name":"Nordlys AI"}}</script>
<script>window.hubConfig = {"features":{"signupDisabled":false},"sshGitUrl":"git@hf.co","moonHttpUrl":"https:\\/\\/huggingface.co"};</script>
</head>
<body class="flex flex-col min-h-dvh bg-white dark:bg-gray-950 text-black ModelPage">
<div class="flex min-h-dvh flex-col"><div class="SVELTE_HYDRATER contents" data-target="SystemThemeMonitor" data-props="{&quot;isLoggedIn&quot;:false}"></div>
<div class="SVELTE_HYDRATER contents" data-target="MainHeader" data-props="{&quot;classNames&quot;:&quot;&quot;}">
<header class="border-b border-gray-100"><div class="w-full px-4 container flex h-16 items-center">
<div class="flex flex-1 items-center"><a class="mr-5 flex flex-none items-center lg:mr-6" href="/"><img alt="Hugging Face's logo" class="w-7 md:mr-2"
src="/front/assets/huggingface_logo-noborder.svg"><span class="hidden whitespace-nowrap text-lg font-bold md:block">Hugging Face</span></a>
<div class="relative flex-1 lg:max-w-sm mr-2 sm:mr-4 md:mr-3 xl:mr-6"><input autocomplete="off" class="w-full dark:bg-gray-950 pl-8 form-input-alt h-9 pr-3"
name="" placeholder="Search models, datasets, users..." spellcheck="false" type="text" value=""></div></div>
<nav aria-label="Main" class="ml-auto hidden lg:block"><ul class="flex items-center gap-x-2 2xl:gap-x-3">${links(hfNav, 'nav-item')}
<li><a class="block cursor-pointer whitespace-nowrap px-2 py-0.5 hover:text-gray-500" href="/login">Log In</a></li>
<li><a class="whitespace-nowrap rounded-full border border-transparent bg-gray-900 px-3 py-1 leading-none text-white" href="/join">Sign Up</a></li></ul></nav>
</div></header></div>
<main class="flex flex-1 flex-col"><div class="relative group/repo-header">
<section class="pt-6 border-gray-100 md:pt-8 bg-linear-to-t from-purple-500/8 dark:from-purple-500/20 to-white to-70%">
<div class="container relative"><h1 class="flex flex-wrap items-center max-md:leading-tight mb-3 text-lg md:text-xl">
<a href="/nordlys-ai" class="text-gray-400 hover:text-blue-600">nordlys-ai</a><div class="text-gray-300 mx-0.5">/</div>
<div class="max-w-full"><a class="break-words font-mono font-semibold hover:text-blue-600" href="/nordlys-ai/Fjord-7B-Instruct">Fjord-7B-Instruct</a></div>
<div class="SVELTE_HYDRATER contents" data-target="LikeButton"><div class="inline-flex items-center overflow-hidden whitespace-nowrap rounded-md border">
<button class="relative flex items-center overflow-hidden from-red-50 to-transparent py-1 pl-2" title="Like"><span>like</span></button>
<button class="flex items-center border-l px-1.5 py-1 text-gray-400 hover:bg-gray-50">418</button></div></div>
<div class="SVELTE_HYDRATER contents" data-target="FollowButton"><button class="btn-follow">Follow</button>
<span class="text-gray-400">Nordlys AI 212</span></div></h1>
<div class="mb-3 flex flex-wrap md:mb-4">${hfTags
  .map(
    (t) => `<a class="mb-1 mr-1 md:mb-1.5 md:mr-1.5 rounded-lg tag" href="/models?other=${t}">
<span>${t}</span></a>`,
  )
  .join('\n')}</div>
<div class="flex flex-col-reverse lg:flex-row lg:items-center lg:justify-between"><div class="-mb-px flex h-12 items-center overflow-x-auto overflow-y-hidden">
${hfTabs.map((t, i) => `<a class="tab-alternate${i === 0 ? ' active' : ''}" href="/nordlys-ai/Fjord-7B-Instruct/${i}">${t}</a>`).join('\n')}</div>
<div class="relative mb-1.5 flex flex-wrap gap-1.5"><button class="btn">Deploy</button>
<button class="btn">Use this model</button></div></div></div></section></div>
<div class="container relative flex flex-col md:grid md:space-y-0 w-full md:grid-cols-12 md:flex-1 md:grid-rows-full space-y-4 md:gap-6">
<section class="pt-8 border-gray-100 md:col-span-7 pb-24 relative break-words copiable-code-container">
<div class="SVELTE_HYDRATER contents" data-target="UnsafeBanner"></div>
<div class="relative overflow-auto"><div class="model-card-content prose hf-sanitized hf-sanitized-ab12">
<!-- HTML_TAG_START --><h1 class="relative group flex items-center"><a rel="nofollow" href="#fjord-7b-instruct"
class="block pr-1.5 text-lg md:absolute md:p-1.5 md:opacity-0 md:group-hover:opacity-100 md:right-full" id="fjord-7b-instruct">
<span class="header-link"><svg viewBox="0 0 256 256" class="text-gray-500"></svg></span></a><span>${hfTitle}</span></h1>
<p><a rel="nofollow" href="https://huggingface.co/nordlys-ai/Fjord-7B-Instruct/blob/main/banner.png"><img alt="Fjord banner"
src="https://huggingface.co/nordlys-ai/Fjord-7B-Instruct/resolve/main/banner.png"></a></p>
${ps(hfIntro)}
<h2 class="relative group flex items-center"><a rel="nofollow" href="#model-details" class="block pr-1.5" id="model-details"></a><span>Model Details</span></h2>
<ul>${hfDetails.map((d) => `<li>${d}</li>`).join('\n')}</ul>
<h2 class="relative group flex items-center"><a rel="nofollow" href="#intended-uses" id="intended-uses"></a><span>Intended Uses</span></h2>
${ps(hfUses)}
<h2 class="relative group flex items-center"><a rel="nofollow" href="#training-data" id="training-data"></a><span>Training Data</span></h2>
${ps(hfTraining)}
<h2 class="relative group flex items-center"><a rel="nofollow" href="#evaluation" id="evaluation"></a><span>Evaluation</span></h2>
<p>Scores are exact-match accuracy, zero-shot, against the untuned Fjord-7B.</p>
<table><thead><tr><th>Benchmark</th><th>Fjord-7B-Instruct</th><th>Fjord-7B (base)</th></tr></thead>
<tbody>${hfEvalRows.map((r) => tr(r)).join('\n')}</tbody></table>
<h2 class="relative group flex items-center"><a rel="nofollow" href="#limitations" id="limitations"></a><span>Limitations</span></h2>
<ul>${hfLimits.map((d) => `<li>${d}</li>`).join('\n')}</ul>
<h2 class="relative group flex items-center"><a rel="nofollow" href="#citation" id="citation"></a><span>Citation</span></h2>
<pre><code class="language-bibtex">@misc{nordlys2026fjord,
  title={Fjord: small bilingual models for technical help},
  author={Nordlys AI}, year={2026}
}</code></pre><!-- HTML_TAG_END --></div></div></section>
<section class="pt-6 border-gray-100 md:pb-24 md:col-span-5 md:pt-6 md:border-l md:pl-6">
<dl class="flex items-baseline justify-between"><dt class="text-sm text-gray-500">Downloads last month</dt><dd class="font-semibold">12,480</dd></dl>
<div class="divider-column-vertical"></div><div class="flex items-center justify-between"><span class="text-sm">Safetensors</span>
<span class="text-sm text-gray-500">Model size 7.24B params · Tensor type BF16</span></div>
<div class="SVELTE_HYDRATER contents" data-target="InferenceWidget"><div class="flex flex-col"><h2 class="text-sm font-semibold">Inference Providers</h2>
<p class="text-sm text-gray-500">This model isn't deployed by any Inference Provider.</p><button class="btn">Ask for provider support</button></div></div>
<div class="SVELTE_HYDRATER contents" data-target="ModelTree"><h2 class="text-sm font-semibold">Model tree for nordlys-ai/Fjord-7B-Instruct</h2>
<ul class="text-sm">${hfTree.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<h2 class="text-sm font-semibold">Spaces using nordlys-ai/Fjord-7B-Instruct 2</h2><ul>${links(hfSpaces)}</ul></section></div></main>
<footer class="b-12 mb-2 flex border-t border-gray-100 md:h-14"><nav class="container relative flex flex-col justify-between space-y-2 py-6">
<ul class="flex flex-wrap gap-x-3 text-gray-500">${links(hfFoot)}</ul></nav></footer></div>
<script>import("/front/build/kube-f1e2d3c/index.js"); window.moonSha = "kube-f1e2d3c/";</script></body></html>`;

const hfPage: TestPage = {
  name: 'heldout440-huggingface-model-card-docs',
  kind: 'docs',
  html: hfHtml,
  title: hfTitle,
  headings: ['Model Details', 'Intended Uses', 'Training Data', 'Evaluation', 'Limitations', 'Citation'],
  body: [
    ...texts(hfIntro),
    ...texts(hfDetails),
    ...texts(hfUses),
    ...texts(hfTraining),
    'Scores are exact-match accuracy, zero-shot, against the untuned Fjord-7B.',
    ...hfEvalRows.map(rowText),
    ...hfLimits,
  ],
  bylines: [],
  furniture: [
    ...hfNav,
    'Log In',
    'Sign Up',
    'nordlys-ai',
    'Nordlys AI 212',
    ...hfTags,
    ...hfTabs.filter((t) => t.length > 2),
    'Follow',
    'like',
    '418',
    'Deploy',
    'Use this model',
    'Downloads last month',
    '12,480',
    'Model size 7.24B params · Tensor type BF16',
    'Inference Providers',
    "This model isn't deployed by any Inference Provider.",
    'Ask for provider support',
    'Model tree for nordlys-ai/Fjord-7B-Instruct',
    ...hfTree,
    'Spaces using nordlys-ai/Fjord-7B-Instruct 2',
    ...hfSpaces,
    ...hfFoot,
  ],
};

export const HELDOUT440_A: readonly TestPage[] = [hfPage, rpPage];
