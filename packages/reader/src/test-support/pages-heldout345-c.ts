import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout345-kit.js';

/**
 * Held-out batch 345, file c: a Kaggle-style dataset page rendered by a React app with styled-components class names
 * (left navigation drawer, owner line, tab bar, usability and update-frequency side panel, tags, file explorer stub,
 * "Download" and "New Notebook" buttons, cookie bar) and a Hugging Face-style model card (Svelte-hydrated header with the
 * repository h1, like and follow counters, tag chips, tab bar, the card's own h1 and sections, the downloads and
 * inference side panel, model tree, Spaces using the model, footer).
 */
const kTitle = 'Regional Bakery Sales and Weather, 2021-2025';
const kHeadings = ['Context', 'Content', 'Acknowledgements', 'Inspiration'];
const kContext = [
  j(
    'Small bakeries plan their morning bake the evening before, and most of what is left at closing time is thrown away or',
    'sold at a loss. I put this dataset together while helping a family bakery chain in the Vellan valley decide how much',
    'bread to bake, and it turned out that the weather explained more of the day-to-day swings than the day of the week.',
  ),
];
const kContent = [
  j('The data covers four shops from January 2021 to December 2025. Each row is one product sold in one shop on one day. There', 'are three files:'),
];
const kFiles = [
  '<code>sales.csv</code>: date, shop, product, units baked, units sold and units left at closing.',
  '<code>weather.csv</code>: daily maximum temperature, rainfall, sunshine hours and wind speed from the nearest station.',
  '<code>calendar.csv</code>: public holidays, school holidays and local market days for each shop.',
];
const kContent2 = [
  j(
    'Prices have been removed at the owners\u2019 request, and product names were grouped into 18 categories such as "rye loaf"',
    'and "sweet pastry". Days when a shop was closed are not in the file at all, rather than being stored as zero sales.',
  ),
  j(
    'Shop 3 moved to a new address in August 2023, and its sales jump at that point. I have kept the same shop code because the',
    'staff and the product range did not change.',
  ),
];
const kAck = [
  j(
    'Thanks to the bakery owners for letting me publish their numbers, and to the valley\u2019s volunteer weather network for the',
    'station data, which is shared under an open licence.',
  ),
];
const kInsp = ['Some questions I have not answered yet:'];
const kQs = [
  'How much waste could be avoided if the bake were planned from the weather forecast?',
  'Do rainy days move sales from bread to pastries, or just reduce them?',
  'Is the effect of market days the same in all four shops?',
];
const kNav = ['Create', 'Home', 'Competitions', 'Datasets', 'Models', 'Benchmarks', 'Code', 'Discussions', 'Learn', 'More'];
const kTags = ['Food', 'Weather and Climate', 'Retail and Shopping', 'Time Series Analysis', 'Tabular'];
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${kTitle} | Kaggle</title>
<meta name="description" content="Daily sales of four bakeries with local weather and calendar data.">
<meta property="og:title" content="${kTitle}"><meta name="twitter:site" content="@kaggle">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Dataset","name":"${kTitle}","isAccessibleForFree":true,
"creator":{"@type":"Person","name":"Ines Halloran"},"dateModified":"2026-01-07"}</script>
<script nonce="r4nd0m">window["pageRequestStartTime"]=1772551200000;window.kaggleStackdriverConfig={"key":"x","projectId":"kaggle"};</script>
<link rel="stylesheet" href="/static/assets/app.css"></head>
<body data-turbolinks="false"><main><div id="site-container"><div class="sc-bXCLTC hFkaPo"><div class="sc-dhKdcB dHRFSj" role="navigation">
<a href="/" aria-label="Kaggle"><div class="sc-jXbUNg hZtmsS"></div></a>
<ul class="km-list km-list--avatar-list">${links(kNav, 'sc-kpDqfm MuiListItem-root')}</ul></div>
<div id="site-content" class="sc-fqkvVR kKaHvt"><div class="sc-iGgWBj fbQxoN"><div class="sc-dcJsrY cSmuvX">
<div class="sc-eDPEul kYFmHi"><a href="/ineshalloran" class="sc-eqUAAy"><img src="https://storage.example/avatars/ih.jpg" alt="Ines Halloran"
width="24"></a><span class="sc-jlZhew eRuWGh"><a href="/ineshalloran">Ines Halloran</a> · Updated 2 months ago</span></div>
<h1 class="sc-dAbbOL sc-fsYfdN kqhAOJ">${kTitle}</h1>
<span class="sc-kAyceB sc-hYmls dUOOum">Daily bakery sales joined with station weather and local calendars</span>
<div class="sc-imWYAI bGvlqO"><button class="sc-jEACwC sc-iHmpnF" aria-label="Upvote">56</button>
<button class="sc-gFqAkR">New Notebook</button><button class="sc-gFqAkR dqwZpI">Download (48 MB)</button></div>
<div class="sc-jsJBEP" role="tablist"><button role="tab" aria-selected="true">Data Card</button><button role="tab">Code (14)</button>
<button role="tab">Discussion (3)</button><button role="tab">Suggestions (0)</button></div></div>
<div class="sc-hmdomO sc-bBkKde"><div class="sc-jxOSlx"><h2 class="sc-bypJrT sc-eyvILC">About Dataset</h2>
<div class="sc-fPXMVe sc-kUdmhA sc-fHnaVX markdown-converter__text--rendered">
<h2>${kHeadings[0]}</h2>
${ps(kContext)}
<h2>${kHeadings[1]}</h2>
${ps(kContent)}
<ul>${lis(kFiles)}</ul>
${ps(kContent2)}
<h2>${kHeadings[2]}</h2>
${ps(kAck)}
<h2>${kHeadings[3]}</h2>
${ps(kInsp)}
<ul>${lis(kQs)}</ul>
</div></div>
<div class="sc-cWSHoV sc-gsFSXq" role="complementary"><div class="sc-dLMFU"><h3 class="sc-kOPcWz">Usability</h3><span class="sc-cPiKLX">9.41</span>
<button class="sc-eBMEME">info</button></div><div class="sc-dLMFU"><h3 class="sc-kOPcWz">License</h3><a href="/licenses/cc-by-4.0">CC BY 4.0</a></div>
<div class="sc-dLMFU"><h3 class="sc-kOPcWz">Expected update frequency</h3><span>Annually</span></div>
<div class="sc-dLMFU"><h3 class="sc-kOPcWz">Tags</h3><ul class="sc-hknOHE">${links(kTags, 'sc-uVWWZ')}</ul></div></div></div>
<div class="sc-eZkCL"><h2 class="sc-bypJrT">sales.csv <span>(41.2 MB)</span></h2><div class="sc-fUnMCh">Detail Compact Column</div>
<p class="sc-ffZAUu">10 of 10 columns</p><p class="sc-kbousE">Data Explorer</p><p class="sc-gBEd">Version 5 (48.1 MB)</p></div>
<div class="sc-jnOGJG"><h2 class="sc-bypJrT">Similar Datasets</h2><ul>${links(
  ['Corner Shop Grocery Sales 2019-2024', 'Coffee House Footfall and Rain'],
  'sc-gjLLEI',
)}</ul></div></div></div></div></main>
<div class="sc-hIUJlX" role="alertdialog" aria-label="Cookie consent"><p>Kaggle uses cookies from Google to deliver and enhance the quality of its
services and to analyze traffic.</p><a href="/cookies">Learn more</a><button>OK, Got it.</button></div>
<script src="/static/assets/vendor.js"></script><script src="/static/assets/app.js"></script></body></html>`;
const kaggle: TestPage = {
  name: 'heldout345-kaggle-dataset',
  kind: 'wiki',
  html: kHtml,
  title: kTitle,
  headings: kHeadings,
  body: texts([...kContext, ...kContent, ...kFiles, ...kContent2, ...kAck, ...kInsp, ...kQs]),
  bylines: ['Ines Halloran', 'Updated 2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kNav, 'Daily bakery sales joined with station weather and local calendars', 'New Notebook', 'Download (48 MB)', 'Data Card', 'Code (14)',
    'Discussion (3)', 'Suggestions (0)', 'About Dataset', 'Usability', '9.41', 'info', 'License', 'CC BY 4.0', 'Expected update frequency', 'Annually',
    'Tags', ...kTags, '(41.2 MB)', 'Detail Compact Column', '10 of 10 columns', 'Data Explorer', 'Version 5 (48.1 MB)', 'Similar Datasets',
    'Corner Shop Grocery Sales 2019-2024', 'Coffee House Footfall and Rain',
    'Kaggle uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.', 'Learn more', 'OK, Got it.',
  ],
};

const hTitle = 'Tern Small OCR';
const hHeadings = ['Model description', 'Intended uses and limitations', 'How to use', 'Training data', 'Evaluation', 'Citation'];
const hDesc = [
  j(
    'Tern Small OCR is a 240-million-parameter vision-encoder, text-decoder model that reads printed and typewritten text from',
    'scanned pages of old ledgers, shipping manifests and parish registers. It was fine-tuned from a general document model on',
    'pages from archives in coastal towns, where ink fading and foxed paper make standard OCR engines drop whole lines.',
  ),
];
const hUses = ['The model works best on single-column pages scanned at 300 dpi or more. It is meant for:'];
const hUseList = [
  'Producing a first transcription that archivists then correct by hand.',
  'Making scanned registers searchable by name and date.',
  'Measuring how much of a collection can be read automatically before a transcription project is planned.',
];
const hLimits = [
  j(
    'It does not read handwriting reliably: on cursive entries the character error rate rises above 20 percent. It was trained',
    'only on Latin-script pages from three North Sea archive languages, and it tends to modernise old spellings, which archivists may',
    'not want. Tables are read row by row without their column structure.',
  ),
];
const hHow = ['Load the processor and the model with the transformers library and pass one page image at a time:'];
const hCode =
  '<pre><code class="language-python">from transformers import AutoProcessor, VisionEncoderDecoderModel\nfrom PIL import Image\n\n' +
  'processor = AutoProcessor.from_pretrained("quillmark/tern-small-ocr")\nmodel = VisionEncoderDecoderModel.from_pretrained("quillmark/tern-small-ocr")\n' +
  'pixels = processor(Image.open("page.png"), return_tensors="pt").pixel_values\n' +
  'print(processor.batch_decode(model.generate(pixels, max_new_tokens=512))[0])\n</code></pre>';
const hTrain = [
  j(
    'The model was fine-tuned on 41,000 page images from nine municipal archives, each paired with a transcription made by',
    'volunteers and checked by a second reader. Pages with more than a third of handwritten text were removed. Ten percent of',
    'the pages from each archive were held back for evaluation.',
  ),
];
const hEval = ['Character error rate (CER) on the held-back pages, lower is better:'];
const hTable: [string, string, string][] = [
  ['Printed ledgers', '2.1%', '6.8%'],
  ['Typewritten manifests', '3.4%', '9.5%'],
  ['Printed registers, faded', '5.9%', '17.2%'],
];
const hCite = ['If you use the model, please cite the model card until the accompanying paper is out.'];
const hTags = ['Image-Text-to-Text', 'Transformers', 'Safetensors', 'English', 'Norwegian', 'Dutch', 'vision-encoder-decoder', 'ocr', 'License: apache-2.0'];
const hHtml = `<!DOCTYPE html>
<html class=""><head><meta charset="utf-8"><title>quillmark/tern-small-ocr · Hugging Face</title>
<meta name="description" content="We're on a journey to advance and democratize artificial intelligence through open source and open science.">
<meta property="og:title" content="quillmark/tern-small-ocr · Hugging Face"><meta property="og:type" content="website">
<link rel="stylesheet" href="/front/build/kube-2f1a/style.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareSourceCode","name":"tern-small-ocr","license":"apache-2.0"}</script>
<script>window.hubConfig={"features":{"signupDisabled":false},"sshGitUrl":"git@hf.example","moonHttpUrl":"https:\\/\\/hf.example"};</script></head>
<body class="flex flex-col min-h-dvh bg-white dark:bg-gray-950 text-black ModelPage"><div class="flex min-h-dvh flex-col">
<div class="SVELTE_HYDRATER contents" data-target="SystemThemeMonitor" data-props="{}"></div>
<div class="SVELTE_HYDRATER contents" data-target="MainHeader" data-props="{}"><header class="border-b border-gray-100"><div
class="w-full px-4 container flex h-16 items-center"><a class="mr-5 flex flex-none items-center lg:mr-6" href="/"><span
class="hidden whitespace-nowrap text-lg font-bold md:block">Hugging Face</span></a>
<div class="relative flex-1 lg:max-w-sm mr-2"><input autocomplete="off" class="w-full dark:bg-gray-950 pl-8 form-input-alt h-9"
name="" placeholder="Search models, datasets, users..." spellcheck="false" type="text"></div>
<nav aria-label="Main" class="ml-auto hidden lg:block"><ul class="flex items-center space-x-1.5 2xl:space-x-2">${links(
  ['Models', 'Datasets', 'Spaces', 'Docs', 'Pricing', 'Log In', 'Sign Up'],
  'hover:text-indigo-700',
)}</ul></nav></div></header></div>
<main class="flex flex-1 flex-col"><div class="SVELTE_HYDRATER contents" data-target="ModelHeader" data-props="{&quot;likes&quot;:38}"><header
class="bg-linear-to-t border-b border-gray-100 pt-6 sm:pt-9 from-purple-500/8"><div class="container relative"><h1 class="flex flex-wrap items-center
max-md:leading-tight mb-3 text-lg max-sm:gap-y-1.5 md:text-xl"><a href="/quillmark" class="text-gray-400 hover:text-blue-600">quillmark</a><div
class="mx-0.5 text-gray-300">/</div><span class="max-w-full break-words font-mono font-semibold">tern-small-ocr</span>
<button class="text-sm mr-4 ml-2 copy" title="Copy model name to clipboard">copy</button></h1>
<div class="inline-flex items-center overflow-hidden whitespace-nowrap rounded-md border bg-white text-sm leading-none text-gray-500">
<button class="relative flex items-center overflow-hidden from-red-50 to-transparent py-1 pl-2">like</button><button class="flex items-center
border-l px-1.5 py-1 text-gray-400">38</button></div><button class="btn ml-2">Follow</button><span class="ml-1">quillmark 112</span>
<div class="mb-3 flex flex-wrap md:mb-4">${hTags
  .map((t) => `<a class="mb-1 mr-1 md:mb-1.5 md:mr-1.5 tag tag-white" href="/models?other=${t}"><span>${t}</span></a>`)
  .join('')}</div>
<div class="flex flex-col-reverse lg:flex-row lg:items-center lg:justify-between"><div class="-mb-px flex h-12 items-center overflow-x-auto">
<a class="tab-alternate active" href="/quillmark/tern-small-ocr">Model card</a><a class="tab-alternate" href="/quillmark/tern-small-ocr/tree/main">Files
and versions</a><a class="tab-alternate" href="/quillmark/tern-small-ocr/discussions">Community 4</a></div>
<div class="relative mb-1.5 flex flex-wrap gap-1.5"><button class="btn">Use this model</button><button class="btn">Deploy</button></div></div></div>
</header></div>
<div class="container relative flex flex-col md:grid md:space-y-0 w-full md:grid-cols-12 md:flex-1"><section class="pt-8 border-gray-100 md:col-span-7
pb-24 relative break-words copiable-code-container"><div class="model-card-content prose hf-sanitized max-w-none">
<h1 class="relative group flex items-center"><a rel="nofollow" href="#tern-small-ocr" class="block pr-1.5 text-lg header-link"></a><span>${hTitle}</span></h1>
${hHeadings
  .map((h, i) => {
    const inner = [
      ps(hDesc),
      `${ps(hUses)}\n<ul>${lis(hUseList)}</ul>\n${ps(hLimits)}`,
      `${ps(hHow)}\n${hCode}`,
      ps(hTrain),
      `${ps(hEval)}\n<table><thead><tr><th>Page type</th><th>Tern Small OCR</th><th>Baseline engine</th></tr></thead><tbody>${hTable
        .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
        .join('\n')}</tbody></table>`,
      `${ps(hCite)}\n<pre><code>@misc{tern_small_ocr_2026, title={Tern Small OCR}, author={Quillmark}, year={2026}}</code></pre>`,
    ][i];
    return `<h2 class="relative group flex items-center"><span>${h}</span></h2>\n${inner ?? ''}`;
  })
  .join('\n')}
</div></section>
<section class="pt-6 border-gray-100 md:pb-24 md:pl-6 md:w-64 lg:w-80 xl:w-96 flex-none order-first md:order-none md:border-l pt-3! md:pt-6!">
<dl class="flex items-baseline justify-between"><dt class="text-sm text-gray-500">Downloads last month</dt><dd class="font-semibold">1,204</dd></dl>
<div class="divider-column-vertical"></div><div class="flex flex-wrap gap-x-1.5 gap-y-1 text-sm"><span class="truncate">Safetensors</span>
<span>Model size</span><span>240M params</span><span>Tensor type</span><span>F32</span></div>
<div class="mt-4"><h2 class="text-sm font-semibold">Inference Providers</h2><p class="text-sm text-gray-500">This model isn't deployed by any
Inference Provider.</p><a class="text-sm" href="#">Ask for provider support</a></div>
<div class="mt-4"><h2 class="text-sm font-semibold">Model tree for quillmark/tern-small-ocr</h2><dl><dt>Base model</dt><dd><a
href="/docpress/base-doc-encoder">docpress/base-doc-encoder</a></dd><dt>Finetuned</dt><dd>(this model)</dd></dl></div>
<div class="mt-4"><h2 class="text-sm font-semibold">Spaces using quillmark/tern-small-ocr 2</h2><ul>${links([
  'harbourarchive/ledger-reader',
  'quillmark/ocr-compare',
])}</ul></div></section></div></main>
<footer class="b-12 mb-2 flex border-t border-gray-100 md:h-14"><nav class="container relative flex flex-col justify-between space-y-2 py-6
text-gray-500"><div class="flex gap-4">${['TOS', 'Privacy', 'About', 'Jobs', 'Models', 'Datasets', 'Spaces', 'Pricing', 'Docs']
  .map((t) => `<a class="hover:underline" href="/${t.toLowerCase()}">${t}</a>`)
  .join('\n')}</div></nav></footer></div>
<script defer src="/front/build/kube-2f1a/index.js"></script></body></html>`;
const hf: TestPage = {
  name: 'heldout345-huggingface-model-card',
  kind: 'wiki',
  html: hHtml,
  title: hTitle,
  headings: hHeadings,
  body: texts([...hDesc, ...hUses, ...hUseList, ...hLimits, ...hHow, ...hTrain, ...hEval, ...hTable.flat(), ...hCite]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hugging Face', 'Models', 'Datasets', 'Spaces', 'Docs', 'Pricing', 'Log In', 'Sign Up', 'quillmark', 'tern-small-ocr', 'copy', 'like', 'Follow',
    'quillmark 112', ...hTags, 'Model card', 'Files and versions', 'Community 4', 'Use this model', 'Deploy', 'Downloads last month', '1,204',
    'Model size', '240M params', 'Tensor type', 'Inference Providers', "This model isn't deployed by any Inference Provider.", 'Ask for provider support',
    'Model tree for quillmark/tern-small-ocr', 'Base model', 'docpress/base-doc-encoder', 'Finetuned', '(this model)',
    'Spaces using quillmark/tern-small-ocr 2', 'harbourarchive/ledger-reader', 'quillmark/ocr-compare', 'TOS', 'Privacy', 'About', 'Jobs',
  ],
};

export const HELDOUT345_C: readonly TestPage[] = [kaggle, hf];
