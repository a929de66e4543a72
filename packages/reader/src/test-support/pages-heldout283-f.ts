import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout283-kit.js';
import { gist } from './pages-heldout283-f2.js';

/**
 * Held-out batch 283, file f: a Hugging Face model card (the hub header, the repository header with the like and follow
 * counts, the tag chips, the Model card / Files and versions / Community tabs with Train / Deploy / Use this model, the
 * rendered card with its own h1, the right column with downloads, model size, inference providers, the model tree and
 * the Spaces using it, and the footer) and, from file f2, a GitHub Gist with a Markdown file and comments.
 */
const hTitle = 'Kelpie NER (base)';
const hH = ['Model description', 'Intended uses', 'How to use', 'Training data', 'Evaluation', 'Limitations'];
const hDesc = [
  j(
    'Kelpie NER is a named-entity tagger for shipping notices: it finds vessel names, ports, berths and cargo types in the',
    'short, abbreviated English of harbour bulletins. It is a fine-tuned version of a small English encoder, with a',
    'token-classification head for nine labels.',
  ),
];
const hUses = [
  'Pulling structured records out of daily port bulletins and pilotage notices.',
  'Pre-labelling text for people who annotate maritime documents, who then correct the output.',
  j(
    'The model is not meant for general news or for languages other than English. It has never seen a bulletin written in',
    'full sentences and does noticeably worse on them.',
  ),
];
const hHow = [
  'The model works with the token-classification pipeline; aggregate sub-word pieces so that each vessel name comes back whole:',
  'tagger = pipeline("token-classification", model="tidemark/kelpie-ner-base", aggregation_strategy="simple")',
];
const hData = [
  j(
    'About 14,000 bulletins from four fictional ports, published between 2019 and 2025, annotated by two people each. Where',
    'they disagreed, a harbour master’s clerk decided. Vessel names were checked against the ports’ own registers.',
  ),
];
const hEval = ['Scores on a held-out set of 1,200 bulletins from a fifth port that the model never saw in training:'];
const hRows = [
  ['VESSEL', '0.94', '0.92'],
  ['PORT', '0.91', '0.93'],
  ['CARGO', '0.83', '0.78'],
];
const hLim = [
  j(
    'Cargo types are the weakest label, because bulletins abbreviate them in many different ways. Vessel names that are',
    'also common words, such as a tug called Patience, are sometimes missed when they appear at the start of a line.',
  ),
  j(
    'The training ports all use the same date and berth conventions, so a port that numbers its berths with letters, or',
    'writes dates with the month first, will see more errors on those fields. Check a sample of the output by hand before',
    'you trust the model with a new port, and keep a person in the loop for anything that decides where a ship is sent.',
  ),
];
const hBody = texts([...hDesc, ...hUses, ...hHow, ...hData, ...hEval, ...hRows.flat(), ...hLim]);
const hNav = ['Models', 'Datasets', 'Spaces', 'Community', 'Docs', 'Enterprise', 'Pricing', 'Log In', 'Sign Up'];
const hTags = ['Token Classification', 'Transformers', 'Safetensors', 'English', 'Inference Endpoints', 'License: apache-2.0'];
const hFoot = ['TOS', 'Privacy', 'About', 'Jobs', 'Website'];
const hh = (lvl: number, t: string): string => {
  const id = t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `<h${lvl} class="relative group flex items-center"><a rel="nofollow" href="#${id}" class="block pr-1.5 text-lg md:absolute md:p-1.5 md:opacity-0
md:group-hover:opacity-100 md:right-full" id="${id}"><span class="header-link"><svg class="text-gray-500 hover:text-black" width="1em"></svg></span></a>
<span>${t}</span></h${lvl}>`;
};
const hHtml = `<!doctype html><html class=""><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="We’re on a journey to advance and democratize artificial intelligence through open source and open science.">
<meta property="fb:app_id" content="1321688464574422"><meta name="twitter:card" content="summary_large_image">
<meta property="og:title" content="tidemark/kelpie-ner-base · Hugging Face"><meta property="og:type" content="website">
<link rel="stylesheet" href="/front/build/kube-3e2f/style.css"><title>tidemark/kelpie-ner-base · Hugging Face</title>
<script type="text/javascript" src="/front/build/kube-3e2f/index.js" defer></script></head>
<body class="flex flex-col min-h-dvh bg-white dark:bg-gray-950 text-black ModelPage"><div class="flex min-h-dvh flex-col">
<div class="SVELTE_HYDRATER contents" data-target="MainHeader"><header class="border-b border-gray-100"><div class="w-full px-4 container flex h-16
items-center">
<a class="mr-5 flex flex-none items-center lg:mr-6" href="/"><img alt="Hugging Face's logo" class="w-7 md:mr-2"
src="/front/assets/huggingface_logo-noborder.svg">
<span class="hidden whitespace-nowrap text-lg font-bold md:block">Hugging Face</span></a>
<div class="relative flex-1 lg:max-w-sm mr-2"><input autocomplete="off" class="w-full dark:bg-gray-950 pl-8 form-input-alt h-9 pr-3"
name="" placeholder="Search models, datasets, users..." spellcheck="false" type="text" value=""></div>
<nav aria-label="Main" class="ml-auto hidden lg:block"><ul class="flex items-center space-x-1.5">${links(hNav, 'hover:text-indigo-700')}</ul></nav>
</div></header></div>
<main class="flex flex-1 flex-col"><div class="SVELTE_HYDRATER contents" data-target="ModelHeader"><header class="bg-linear-to-t border-b border-gray-100 pt-6
sm:pt-9"><div class="container relative"><h1 class="flex flex-wrap items-center max-md:leading-tight mb-3 text-lg max-sm:gap-y-1.5 md:text-xl">
<div class="group flex flex-none items-center"><a href="/tidemark" class="text-gray-400 hover:text-blue-600">tidemark</a>
<div class="mx-0.5 text-gray-300">/</div></div><div class="max-w-full"><a class="break-words font-mono font-semibold hover:text-blue-600"
href="/tidemark/kelpie-ner-base">kelpie-ner-base</a></div>
<div class="inline-flex items-center overflow-hidden whitespace-nowrap rounded-md border bg-white text-sm leading-none text-gray-500 mr-2">
<button class="relative flex items-center overflow-hidden from-red-50 to-transparent dark:from-red-900 px-1.5 py-1">like</button>
<button class="flex items-center border-l px-1.5 py-1 text-gray-400 hover:bg-gray-50">214</button></div>
<div class="relative flex items-center gap-1.5"><button class="btn">Follow</button><span>Tidemark Maritime</span><span>38</span></div></h1>
<div class="mb-3 flex flex-wrap md:mb-4">${hTags
  .map(
    (t) => `<a class="mb-1 mr-1 md:mb-1.5 md:mr-1.5 rounded-lg" href="#"><div class="tag tag-white">
<span>${t}</span></div></a>`,
  )
  .join('\n')}</div>
<div class="flex flex-col-reverse lg:flex-row lg:items-center lg:justify-between"><div class="-mb-px flex h-12 items-center overflow-x-auto overflow-y-hidden">
<a class="tab-alternate active" href="/tidemark/kelpie-ner-base">Model card</a><a class="tab-alternate" href="/tree/main">Files and versions</a>
<a class="tab-alternate" href="/discussions">Community <div class="ml-1.5 rounded-full bg-gray-100 px-1.5 text-xs text-gray-500">4</div></a></div>
<div class="mb-2 flex items-center lg:mb-0"><button class="btn">Train</button><button class="btn">Deploy</button><button class="btn">Use this model</button>
</div></div></div></header></div>
<div class="container relative flex flex-col md:grid md:space-y-0 w-full md:grid-cols-12 md:flex-1 md:grid-rows-full space-y-4 md:gap-6">
<section class="pt-8 border-gray-100 md:col-span-7 pb-24 relative break-words copiable-code-container"><div class="model-card-content prose hf-sanitized">
<!-- HTML_TAG_START -->${hh(1, hTitle)}
${hh(2, hH[0] ?? '')}${ps(hDesc)}
${hh(2, hH[1] ?? '')}<ul>${lis(hUses.slice(0, 2))}</ul><p>${hUses[2]}</p>
${hh(2, hH[2] ?? '')}<p>${hHow[0]}</p><pre><code class="language-python">${hHow[1]}</code></pre>
${hh(2, hH[3] ?? '')}${ps(hData)}
${hh(2, hH[4] ?? '')}<p>${hEval[0]}</p><table><thead><tr><th>Entity</th><th>Precision</th><th>Recall</th></tr></thead>
<tbody>${hRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${hh(2, hH[5] ?? '')}${ps(hLim)}<!-- HTML_TAG_END --></div></section>
<section class="pt-6 border-gray-100 md:pb-24 md:pl-6 md:w-64 lg:w-80 xl:w-96 flex-none order-first md:order-none md:border-l pt-3! md:pt-6!">
<dl class="flex items-baseline justify-between"><dt class="text-sm text-gray-500">Downloads last month</dt><dd class="font-semibold">18,402</dd></dl>
<div class="flex flex-wrap gap-2"><div class="text-sm"><span>Safetensors</span><span>Model size</span><span class="font-semibold">108M params</span>
<span>Tensor type</span><span class="font-semibold">F32</span></div></div>
<div class="mb-2 text-sm"><h2 class="font-semibold">Inference Providers</h2><span class="rounded-sm bg-green-100 px-1 text-xs">NEW</span>
<p class="text-gray-500">This model isn't deployed by any Inference Provider.</p><a href="#">Ask for provider support</a></div>
<div class="model-tree"><h2 class="font-semibold">Model tree for tidemark/kelpie-ner-base</h2><dl><dt>Base model</dt><dd><a
href="#">harbourlm/encoder-small</a></dd>
<dt>Finetuned</dt><dd>(this model)</dd></dl></div>
<div class="spaces"><h2
class="font-semibold">Spaces using tidemark/kelpie-ner-base 2</h2><ul>${links(['tidemark/bulletin-parser', 'rosslyn/port-notices-demo'])}</ul>
</div></section></div></main>
<footer class="b-12 mb-2 flex border-t border-gray-100 md:h-14"><nav class="container relative flex flex-col justify-between space-y-2 py-6 text-gray-500">
<div class="SVELTE_HYDRATER contents" data-target="ThemeSwitcher"><button>System theme</button></div>
<div class="flex items-center space-x-2">${hFoot.map((f) => `<a class="hover:underline" href="#">${f}</a>`).join('\n')}</div></nav></footer></div>
<script>window.__hf_deferred = {};</script></body></html>`;
const hf: TestPage = {
  name: 'heldout283-hugging-face-model-card-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: hBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hugging Face', ...hNav, 'like', '214', 'Follow', 'Tidemark Maritime', ...hTags.filter((t) => t !== 'English'), 'Model card', 'Files and versions',
    'Train', 'Deploy', 'Use this model', 'Downloads last month', '18,402', 'Model size', '108M params', 'Tensor type', 'F32', 'Inference Providers',
    "This model isn't deployed by any Inference Provider.", 'Ask for provider support', 'Model tree for tidemark/kelpie-ner-base', 'Base model',
    'harbourlm/encoder-small', 'Finetuned', '(this model)', 'Spaces using tidemark/kelpie-ner-base 2', 'tidemark/bulletin-parser',
    'rosslyn/port-notices-demo', 'System theme', 'TOS', 'Privacy', 'Jobs', 'Website',
  ],
};

export const HELDOUT283_F: readonly TestPage[] = [hf, gist];
