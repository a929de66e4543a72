import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 24, file c2: a model card page on the Hugging Face Hub (the Hub header with its search and "Log In" /
 * "Sign Up", the repo header with owner / name, the copy button, the like count and follow button, the tag pills, the "Model
 * card" / "Files and versions" / "Community" tabs with "Train", "Deploy" and "Use this model", the rendered card with its
 * headings, lists and code blocks, the side panel with downloads, model size, the Inference Providers box, the model tree and
 * the datasets and Spaces lists, and the Hub footer).
 */
const hfTitle = 'Tidepool Sentiment';
const hfIntro = [
  'Tidepool Sentiment is a DistilBERT model fine-tuned to classify short customer reviews of marine and outdoor equipment as ' +
    'positive, neutral or negative. It was trained for a small chain of chandleries that wanted to sort thousands of product ' +
    'reviews by tone before reading them.',
  'The model was trained and evaluated in October 2025. It is released under the Apache 2.0 license together with the ' +
    'evaluation script, but not with the training data, which belongs to the retailer.',
];
const hfH = ['Model description', 'Intended uses & limitations', 'How to use', 'Training data', 'Evaluation', 'Limitations and bias'] as const;
const hfDesc = [
  'The model starts from distilbert-base-uncased and adds a three-way classification head. It reads up to 256 tokens, which ' +
    'covers about 98 percent of the reviews in the training set.',
] as const;
const hfUses = [
  'Use it to triage English-language reviews of boats, kayaks, clothing and camping gear. It is not suited to long-form text, ' +
    'to other languages, or to deciding anything about an individual customer.',
] as const;
const hfUse = ['With the Transformers pipeline:'] as const;
const hfCode =
  'from transformers import pipeline\n\nclassifier = pipeline("text-classification", model="fernhill/tidepool-sentiment")\n' +
  "classifier(\"The dry bag leaked on the first trip.\")\n# [{'label': 'negative', 'score': 0.97}]";
const hfData = [
  'About 41,000 reviews written between 2016 and 2024, collected from the chain’s own web shop with the customers’ consent. ' +
    'Star ratings were mapped to labels: one and two stars negative, three neutral, four and five positive.',
] as const;
const hfEval = ['Accuracy: 0.912', 'Macro F1: 0.874', 'Neutral-class F1: 0.741'];
const hfEvalP = ['Scores are on a held-out set of 4,100 reviews from 2024. The neutral class remains the hardest, as it is for most review models.'] as const;
const hfBias = [
  'Reviews that mention price are more often labelled negative even when the customer is satisfied, and sarcasm is often ' +
    'misread. Check a sample of the model’s labels before relying on them.',
] as const;
const hfNav = ['Models', 'Datasets', 'Spaces', 'Community', 'Docs', 'Enterprise', 'Pricing'];
const hfTags = ['Text Classification', 'Transformers', 'PyTorch', 'Safetensors', 'English', 'distilbert', 'sentiment', 'License: apache-2.0'];
const hfSide = [
  'Downloads last month',
  '2,318',
  'Model size',
  '67M params',
  'Tensor type',
  'F32',
  'Inference Providers',
  'NEW',
  'This model isn’t deployed by any Inference Provider.',
  'Ask for provider support',
  'Model tree for fernhill/tidepool-sentiment',
  'Base model',
  'distilbert/distilbert-base-uncased',
  'Finetuned',
  '(this model)',
  'Dataset used to train fernhill/tidepool-sentiment',
  'fernhill/chandlery-reviews',
  'Space using fernhill/tidepool-sentiment 1',
  'fernhill/review-triage-demo',
] as const;
const hfFoot = ['System theme', 'TOS', 'Privacy', 'About', 'Careers', 'Website', 'Learn', 'Forum', 'Status'] as const;
const hfHtml = `<!doctype html>
<html class=""><head><meta charset="utf-8"><title>fernhill/tidepool-sentiment · Hugging Face</title>
<meta property="og:title" content="fernhill/tidepool-sentiment · Hugging Face"><link rel="stylesheet" href="/front/build/kube-3e1f2a9/style.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareSourceCode","name":"tidepool-sentiment","license":"apache-2.0"}</script>
</head><body class="flex flex-col min-h-dvh bg-white dark:bg-gray-950 text-black ModelPage">
<div class="flex min-h-dvh flex-col"><div class="SVELTE_HYDRATER contents" data-target="MainHeader" data-props="{&quot;authLight&quot;:null}">
<header class="border-b border-gray-100"><div class="w-full px-4 container flex h-16 items-center"><a class="mr-5 flex" href="/">
<img alt="Hugging Face's logo" class="w-7" src="/front/assets/huggingface_logo-noborder.svg"><span class="hidden text-lg font-bold">Hugging Face</span></a>
<div class="relative flex-1"><input autocomplete="off" class="w-full dark:bg-gray-950" name="" placeholder="Search models, datasets, users..."
spellcheck="false" type="text"></div><nav aria-label="Main"><ul class="flex items-center space-x-1.5">${links(hfNav, 'hidden lg:block')}</ul>
<a class="whitespace-nowrap" href="/login">Log In</a><a class="btn ml-2" href="/join">Sign Up</a></nav></div></header></div>
<main class="flex flex-1 flex-col"><div class="SVELTE_HYDRATER contents" data-target="ModelHeader"><header class="bg-linear-to-t border-b">
<div class="container relative"><h1 class="flex flex-wrap items-center max-md:leading-tight"><div class="group flex flex-none items-center">
<a href="/fernhill" class="text-gray-400 hover:text-blue-600">fernhill</a><div class="mx-0.5 text-gray-300">/</div></div>
<div class="max-w-full"><a class="break-words font-mono font-semibold hover:text-blue-600" href="/fernhill/tidepool-sentiment">tidepool-sentiment</a>
<button class="text-sm mr-4 focus:outline-hidden" title="Copy model name to clipboard" type="button"></button></div>
<div class="inline-flex items-center overflow-hidden whitespace-nowrap rounded-md border text-sm"><button class="btn"
 title="See users who liked this repository">
<span>like</span></button><button class="px-1.5">12</button></div>
<div class="relative flex items-center"><button class="btn">Follow</button><span class="ml-1">Fernhill Marine Labs</span><span class="ml-1">9</span></div></h1>
<div class="mb-3 flex flex-wrap md:mb-4">${hfTags
  .map(
    (t) => `<a class="mb-1 mr-1 md:mb-1.5 md:mr-1.5 rounded-lg"
 href="/models?other=${encodeURIComponent(t)}"><div class="tag tag-white"><span>${t}</span></div></a>`,
  )
  .join('\n')}</div>
<div class="flex flex-col-reverse lg:flex-row lg:items-center lg:justify-between"><div class="-mb-px flex h-12 items-center overflow-x-auto">
<a class="tab-alternate active" href="/fernhill/tidepool-sentiment">Model card</a><a class="tab-alternate"
 href="/fernhill/tidepool-sentiment/tree/main">Files and versions</a>
<span class="ml-1 text-xs">xet</span><a class="tab-alternate" href="/fernhill/tidepool-sentiment/discussions">Community <div
 class="ml-1.5 rounded-lg">3</div></a></div>
<div class="mt-1.5 mb-1.5 flex items-center"><button class="btn">Train</button><button class="btn">Deploy</button><button
 class="btn">Use this model</button></div>
</div></div></header></div>
<div class="container relative flex flex-col md:grid md:space-y-0 w-full md:grid-cols-12 md:flex-1 md:grid-rows-full space-y-4 md:gap-6">
<section class="pt-8 border-gray-100 md:col-span-7 pb-24 relative break-words copiable-code-container">
<div class="model-card-content prose hf-sanitized max-w-full! prose-hf dark:prose-invert"><!-- HTML_TAG_START -->
<h1 class="relative group flex items-center"><a rel="nofollow" href="#tidepool-sentiment" class="block pr-1.5 text-lg absolute -translate-x-full"
id="tidepool-sentiment"><span class="header-link"><svg class="" width="1em" height="1em" viewBox="0 0 256 256"><path
 d="M167.594 88.393"></path></svg></span></a>
<span>${hfTitle}</span></h1>
${hfIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="relative group flex items-center"><span>${hfH[0].replace(/&/g, '&amp;')}</span></h2><p>${hfDesc[0]}</p>
<h2 class="relative group flex items-center"><span>${hfH[1].replace(/&/g, '&amp;')}</span></h2><p>${hfUses[0]}</p>
<h3 class="relative group flex items-center"><span>${hfH[2]}</span></h3><p>${hfUse[0]}</p>
<div class="relative group/code"><pre><code class="language-python">${hfCode.replace(/"/g, '&quot;')}</code></pre>
<div class="absolute top-2.5 right-4"><button class="btn copy-button" title="Copy code"><span>Copy</span></button></div></div>
<h2 class="relative group flex items-center"><span>${hfH[3]}</span></h2><p>${hfData[0]}</p>
<h2 class="relative group flex items-center"><span>${hfH[4]}</span></h2><ul>${hfEval.map((t) => `<li>${t}</li>`).join('\n')}</ul><p>${hfEvalP[0]}</p>
<h2 class="relative group flex items-center"><span>${hfH[5]}</span></h2><p>${hfBias[0]}</p>
<!-- HTML_TAG_END --></div></section>
<section class="pt-6 border-gray-100 md:pb-24 md:pl-6 md:w-64 lg:w-80 xl:w-96 flex-none order-first md:order-none md:border-l pt-3! md:pt-6!">
<dl class="flex items-baseline justify-between"><dt class="text-sm text-gray-500">${hfSide[0]}</dt><dd class="font-semibold">${hfSide[1]}</dd></dl>
<div class="divider-column-vertical"></div><div class="mb-2 flex items-center text-sm"><span>Safetensors</span></div>
<dl class="text-sm"><dt>${hfSide[2]}</dt><dd>${hfSide[3]}</dd><dt>${hfSide[4]}</dt><dd>${hfSide[5]}</dd></dl>
<div class="mb-4"><h2 class="flex items-center text-lg"><span>${hfSide[6]}</span><span class="badge">${hfSide[7]}</span></h2>
<a href="/tasks/text-classification">Text Classification</a><p class="text-sm text-gray-500">${hfSide[8]}</p>
<a class="btn text-xs" href="/spaces/huggingface/InferenceSupport/discussions/new">${hfSide[9]}</a></div>
<div class="mb-4"><h2 class="text-lg">${hfSide[10]}</h2><dl><dt>${hfSide[11]}</dt><dd><a href="/${hfSide[12]}">${hfSide[12]}</a></dd>
<dt>${hfSide[13]}</dt><dd><span>${hfSide[14]}</span></dd></dl></div>
<div class="mb-4"><h2 class="text-lg">${hfSide[15]}</h2><a href="/datasets/${hfSide[16]}">${hfSide[16]}</a></div>
<div class="mb-4"><h2 class="text-lg">${hfSide[17]}</h2><a href="/spaces/${hfSide[18]}">${hfSide[18]}</a></div></section></div></main>
<footer class="b-12 mb-2 flex border-t border-gray-100 md:h-14"><nav class="container relative flex flex-col justify-between space-y-2 py-6 text-gray-500">
<div class="flex"><button class="flex items-center">${hfFoot[0]}</button></div>
<div class="flex space-x-5">${hfFoot
  .slice(1)
  .map((t) => `<a class="hover:underline" href="/${t.toLowerCase()}">${t}</a>`)
  .join('')}</div></nav></footer>
</div><script>window.__hf_deferred={};</script></body></html>`;
export const modelCard: TestPage = {
  html: hfHtml,
  name: 'heldout24-huggingface-model-card',
  kind: 'docs',
  // the article is the rendered card: its h1 is the title, its h2/h3s the headings, its paragraphs, metric list items and the
  // Python block the body; the repo header (owner, repo name, like, follow, tags, tabs, buttons), the code block's "Copy"
  // button, the side panel (downloads, size, providers, model tree, dataset, Space), the Hub header and footer are furniture; the
  // card has no author line, so no bylines ("Fernhill Marine Labs" on the follow button is the org: furniture); "Hugging
  // Face" stands twice (listed once); tags and side texts that are words of the body ("Text Classification", the pipeline's
  // task, "sentiment", "distilbert", "Transformers", "English", "fernhill", "tidepool-sentiment") are left out
  // the pipeline snippet is code: in neither list (a gold change of session 15, after measuring, to batch 21's convention)
  title: hfTitle,
  headings: [...hfH],
  body: [...texts(hfIntro), hfDesc[0], hfUses[0], hfUse[0], hfData[0], ...hfEval, hfEvalP[0], hfBias[0]],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hugging Face', ...hfNav, 'Log In', 'Sign Up', 'like', '12', 'Follow', 'Fernhill Marine Labs',
    ...hfTags.filter((t) => !['Text Classification', 'Transformers', 'English', 'distilbert', 'sentiment'].includes(t)), 'Model card',
    'Files and versions', 'xet',
    'Train', 'Deploy', 'Use this model', 'Copy', ...hfSide,
    ...hfFoot,
  ],
};
