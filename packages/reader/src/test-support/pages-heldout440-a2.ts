import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout440-kit.js';

/** Held-out batch 440, file a2: the Replicate model page on its API tab. */
const rpTitle = 'lumen-labs / kestrel-upscale';
const rpSteps = [
  'Install Replicate’s Node.js client library:',
  'Set the <code>REPLICATE_API_TOKEN</code> environment variable:',
  'Import and set up the client:',
  'Run lumen-labs/kestrel-upscale using Replicate’s API. Check out the model’s schema for an overview of inputs and outputs.',
  j(
    'To learn more, take a look at the guide on getting started with Node.js. The prediction will wait for up to sixty seconds',
    'by default; pass <code>wait: false</code> to get a prediction object back at once and poll it yourself.',
  ),
];
const rpReadme = [
  j(
    'Kestrel is a 4x image upscaler trained to keep fine text, line art and fabric texture sharp without the waxy skin that many',
    'upscalers produce. It takes a photo or an illustration up to 1,024 pixels on the long side and returns a PNG four times larger.',
  ),
  j(
    'Under the hood it is a small diffusion model that works on 128-pixel tiles with overlapping borders, followed by a colour',
    'correction pass that matches the output histogram to the input. Most images finish in six to nine seconds on an L40S.',
  ),
  j(
    'Version 1.3 added the face pass and halved the cold-start time. If you need 8x, run the model twice at scale 2 and 4;',
    'results are better than a single large jump, because each pass has real detail to work from.',
  ),
];
const rpInputs = [
  '<code>image</code>: the picture to upscale (JPEG, PNG or WebP)',
  '<code>scale</code>: 2 or 4; the default is 4',
  '<code>creativity</code>: from 0 to 1, how much new detail the model may invent; keep it under 0.3 for documents',
  '<code>face_fix</code>: a second pass on detected faces, off by default',
];
const rpLimits = [
  j(
    'Kestrel does not read text, so blurred letters can come back as confident but wrong shapes at high creativity values. For',
    'scanned contracts and receipts, set creativity to 0 and check the output against the source.',
  ),
  'The model was trained on photographs and illustrations licensed from the Halden Archive and on images the lab shot itself.',
];
const rpNav = ['Explore', 'Pricing', 'Enterprise', 'Docs', 'Blog', 'Changelog'];
const rpTabs = ['Playground', 'API', 'Examples', 'README', 'Versions'];
const rpLangs = ['JavaScript', 'Python', 'HTTP', 'Cog', 'Docker'];
const rpFoot = ['About', 'Status', 'Terms', 'Privacy', 'GitHub', 'Discord', 'Twitter'];
const code = (s: string): string => `<div class="relative group">
<pre class="text-sm overflow-auto bg-r8-gray-2 p-4"><code class="language-javascript">${s}</code></pre>
<button class="absolute top-2 right-2 text-r8-sm" data-copy>Copy</button></div>`;
const rpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>lumen-labs/kestrel-upscale | Run with an API on Replicate</title>
<meta name="description" content="Sharp 4x upscaling that keeps text and texture">
<meta property="og:title" content="lumen-labs/kestrel-upscale | Replicate"><meta property="og:image" content="https://replicate.delivery/pbxt/cover.webp">
<meta name="twitter:card" content="summary_large_image"><link rel="stylesheet" href="/static/CACHE/css/output.4f2a1c.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"kestrel-upscale",
"applicationCategory":"Image upscaling","author":{"@type":"Organization","name":"lumen-labs"}}</script>
<script defer data-domain="replicate.com" src="/js/script.js"></script></head>
<body class="bg-r8-gray-1 text-r8-gray-12 font-sans antialiased">
<div id="cookie-notice" class="fixed bottom-4 left-4 z-50 max-w-sm border bg-white p-4">
<p>We use cookies to improve Replicate. <a href="/privacy">Learn more</a></p>
<button class="r8-btn">Accept</button><button class="r8-btn r8-btn--secondary">Reject</button></div>
<header class="border-b border-r8-gray-6"><nav class="flex items-center justify-between h-12 px-4" aria-label="Global">
<a href="/" class="flex items-center"><svg class="h-6" aria-label="Replicate logo"></svg></a><ul class="flex gap-6 text-r8-sm">${links(rpNav)}</ul>
<a href="/signin?next=/lumen-labs/kestrel-upscale/api" class="r8-btn">Sign in</a></nav></header>
<main id="main" class="max-w-[1400px] mx-auto px-4 lg:px-6">
<div class="py-6 border-b"><h1 class="text-r8-3xl font-semibold"><a href="/lumen-labs" class="text-r8-gray-11">lumen-labs</a>
/ <a href="/lumen-labs/kestrel-upscale">kestrel-upscale</a></h1>
<p class="text-r8-gray-11 mt-1">Sharp 4x upscaling that keeps text and texture</p>
<div class="flex gap-4 mt-3 text-r8-sm text-r8-gray-10"><span>Public</span><span>1.2M runs</span><a href="https://github.com/lumen-labs/kestrel">GitHub</a>
<a href="https://arxiv.org/abs/2601.01234">Paper</a><a href="/lumen-labs/kestrel-upscale/license">License</a></div></div>
<nav class="flex gap-6 border-b text-r8-base" aria-label="Model tabs">${rpTabs
  .map(
    (t) => `<a href="/lumen-labs/kestrel-upscale/${t.toLowerCase()}"
class="py-3${t === 'API' ? ' border-b-2 border-r8-gray-12' : ''}">${t}</a>`,
  )
  .join('\n')}</nav>
<div class="lg:grid lg:grid-cols-12 gap-8 py-8"><aside class="lg:col-span-3 text-r8-sm"><ul class="space-y-2">${links(rpLangs)}</ul>
<div class="mt-6 text-r8-gray-10"><p>This model costs approximately $0.0041 to run on Replicate, or 243 runs per $1.</p>
<p>This model runs on Nvidia L40S GPU hardware.</p></div></aside>
<article class="lg:col-span-9 prose max-w-none"><h2 id="run">Run lumen-labs/kestrel-upscale with an API</h2>
<p>${rpSteps[0] ?? ''}</p>${code('npm install replicate')}
<p>${rpSteps[1] ?? ''}</p>${code('export REPLICATE_API_TOKEN=r8_Kq4**********************************')}
<p>${rpSteps[2] ?? ''}</p>${code('import Replicate from "replicate";\nconst replicate = new Replicate({ auth: process.env.REPLICATE_API_TOKEN });')}
<p>${rpSteps[3] ?? ''}</p>${code(`const output = await replicate.run("lumen-labs/kestrel-upscale:9b1f0c2e", {
  input: { image: "https://replicate.delivery/pbxt/harbour.jpg", scale: 4, creativity: 0.2 }
});
console.log(output);`)}
<p>${rpSteps[4] ?? ''}</p>
<h2 id="readme">Model readme</h2>${ps(rpReadme)}
<h3 id="inputs">Inputs</h3><ul>${rpInputs.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3 id="limitations">Limitations and training data</h3>${ps(rpLimits)}</article></div></main>
<footer class="border-t mt-16 py-8 text-r8-sm text-r8-gray-10"><ul class="flex gap-6 px-4">${links(rpFoot)}</ul></footer>
<script>window.__R8_MODEL__ = {"owner":"lumen-labs","name":"kestrel-upscale","run_count":1204417};</script></body></html>`;

export const rpPage: TestPage = {
  name: 'heldout440-replicate-model-api-docs',
  kind: 'docs',
  html: rpHtml,
  title: rpTitle,
  headings: ['Run lumen-labs/kestrel-upscale with an API', 'Model readme', 'Inputs', 'Limitations and training data'],
  body: [...texts(rpSteps), ...texts(rpReadme), ...texts(rpInputs), ...texts(rpLimits)],
  bylines: [],
  furniture: [
    'We use cookies to improve Replicate.',
    'Learn more',
    'Accept',
    'Reject',
    ...rpNav,
    'Sign in',
    'Sharp 4x upscaling that keeps text and texture',
    'Public',
    '1.2M runs',
    'Paper',
    'License',
    ...rpTabs.filter((t) => t !== 'API'),
    ...rpLangs,
    'Copy',
    'This model costs approximately $0.0041 to run on Replicate, or 243 runs per $1.',
    'This model runs on Nvidia L40S GPU hardware.',
    ...rpFoot,
  ],
};
