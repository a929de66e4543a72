import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 156, file e2: a Redis documentation page (redis.io/docs, the Hugo site) as saved (the site header with
 * "Try Redis", "Book a meeting" and "Login", the docs sidebar with its product picker, breadcrumbs, the lead paragraph, the
 * product badges under the title, client code tabs with "Copy" and a hidden panel, the "Rate this page" stars, "Back to top",
 * the "On this page" rail with "Edit this page" and "Create an issue", the OneTrust banner and the footer).
 */
const rdTitle = 'Rate limiting';
const rdLead = ['Use counters with expiry to limit how often a client can call your API.'];
const rdIntro = [
  'A rate limiter protects a service from being overwhelmed by a single client. Redis is a common home for rate limiters ' +
    'because every instance of your application can share the same counters, and because incrementing a counter and setting ' +
    'its expiry are fast, atomic operations.',
  'This page describes two approaches: a fixed window, which is simple and cheap, and a sliding log, which is more precise ' + 'but uses more memory.',
];
const rdH1 = 'Fixed window';
const rdP1 = [
  'A fixed window counts requests in blocks of time, such as each minute. The key includes the client ID and the number of ' +
    'the current window, so a new key is used when the window changes. Each request increments the key with <code>INCR</code>, ' +
    'and the first request in a window sets an expiry so the key removes itself once the window has passed.',
];
const rdCode = `import redis, time
r = redis.Redis(decode_responses=True)

def allow(client_id, limit=100, window=60):
    key = f"rl:{client_id}:{int(time.time() // window)}"
    count = r.incr(key)
    if count == 1:
        r.expire(key, window)
    return count &lt;= limit`;
const rdP1b = [
  'The drawback is that a client can make up to twice the limit in a short burst that straddles two windows: the full limit ' +
    'at the end of one minute and again at the start of the next.',
];
const rdH2 = 'Sliding log';
const rdP2 = [
  'A sliding log stores a timestamp for every request in a sorted set, with the timestamp as the score. For each new ' +
    'request, remove entries older than the window with <code>ZREMRANGEBYSCORE</code>, count the rest with <code>ZCARD</code>, ' +
    'and add the new entry only if the count is under the limit.',
  'Run these commands in a <code>MULTI</code> transaction or a Lua script so that two requests arriving at the same moment ' +
    'cannot both see room for one more request. Set an expiry on the key equal to the window so that idle clients do not keep ' +
    'memory allocated.',
];
const rdH3 = 'Choosing an approach';
const rdList = [
  'Use a fixed window when an occasional burst is acceptable and you have a very large number of clients.',
  'Use a sliding log when the limit must hold over any period of the chosen length, for example for paid API tiers.',
  'For very high limits, consider a sliding window counter, which keeps two fixed-window counters and weights them by time.',
];
const rdHiddenCode = `const key = \`rl:\${clientId}:\${Math.floor(Date.now() / 60000)}\`;`;
const rdNav = ['Products', 'Resources', 'Docs', 'Pricing'];
const rdSide = ['Develop with Redis', 'Get started', 'Data types', 'Clients', 'Use cases', 'Interact with data', 'Redis for AI'];
const rdProducts = ['Redis Open Source', 'Redis Software', 'Redis Cloud'];
const rdCrumbs = ['Docs', 'Develop with Redis', 'Use cases'];
const rdLangs = ['Python', 'Node.js', 'Java-Sync', 'Go', 'C#'];
const rdFoot = ['Trust', 'Terms of use', 'Privacy policy', 'GitHub', 'LinkedIn', 'YouTube'];
const rdCookie =
  'We use cookies and similar technologies to give you a better experience, understand how our site is used, and show you ' +
  'relevant marketing. See our cookie policy for more information.';
const rdHtml = `<!DOCTYPE html>
<html lang="en" class="scroll-smooth"><head><meta charset="utf-8"><title>${rdTitle} | Docs</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${rdLead[0]}">
<meta property="og:title" content="${rdTitle}"><meta property="og:url" content="https://redis.io/docs/latest/develop/use-cases/rate-limiting/">
<meta name="generator" content="Hugo 0.141.0"><link rel="stylesheet" href="/docs/latest/css/index.min.8b4e.css">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="redis-docs"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${rdTitle}","description":"${rdLead[0]}"}</script>
</head><body class="antialiased bg-white"><header class="sticky top-0 z-40 bg-white border-b border-redis-pen-300"><nav class="flex items-center gap-6 px-5">
<a href="/" class="shrink-0"><span class="sr-only">Redis</span></a><ul class="hidden md:flex gap-6">${links(rdNav, 'text-sm')}</ul>
<a class="ml-auto rounded-md border px-3 py-2" href="https://redis.io/try-free/">Try Redis</a>
<a class="rounded-md px-3 py-2" href="https://redis.io/meeting/">Book a meeting</a><a class="px-3 py-2" href="https://cloud.redis.io/">Login</a>
</nav></header>
<div class="flex flex-1 w-full px-6"><div class="hidden md:block w-60 shrink-0"><nav class="sticky top-24 text-sm" aria-label="Docs">
<button class="w-full text-left" aria-haspopup="listbox">Redis Open Source</button><ul>${links(rdSide, 'py-1')}</ul></nav></div>
<main class="docs w-full max-w-prose"><nav class="breadcrumbs text-sm text-redis-pen-600" aria-label="Breadcrumb">
${rdCrumbs.map((t, i) => `<a href="/docs/latest/${i}">${t}</a>`).join(' &gt; ')}</nav>
<section class="prose w-full py-12"><h1>${rdTitle}</h1><p class="text-lg -mt-5 mb-10">${rdLead[0]}</p>
<div class="flex gap-2 mb-6">${rdProducts.map((t) => `<span class="rounded-md bg-redis-pen-200 px-2 text-xs">${t}</span>`).join(' ')}</div>
${rdIntro.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="fixed-window">${rdH1}</h2>
<p>${rdP1[0]}</p>
<div class="codetabs" id="rate-limit-fixed">
<div role="tablist">${rdLangs.map((l, i) => `<button role="tab" aria-selected="${i === 0}">${l}</button>`).join('')}</div>
<div class="panel" role="tabpanel"><pre><code class="language-python">${rdCode}</code></pre><button class="clipboard-button">Copy</button></div>
<div class="panel hidden" role="tabpanel" hidden><pre><code class="language-js">${rdHiddenCode}</code></pre></div></div>
<p>${rdP1b[0]}</p>
<h2 id="sliding-log">${rdH2}</h2>
${rdP2.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="choosing-an-approach">${rdH3}</h2>
<ul>${rdList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<form id="page-feedback" class="mt-12"><p class="font-medium">RATE THIS PAGE</p><div class="stars">
${[1, 2, 3, 4, 5].map((n) => `<input type="radio" name="rating" id="star-${n}" value="${n}"><label for="star-${n}">★</label>`).join('')}</div></form>
<a href="#" class="back-to-top text-sm">Back to top ↑</a></section></main>
<div class="hidden xl:block w-60 shrink-0"><div class="sticky top-24 text-sm"><p class="font-medium">On this page</p><ul>
<li><a href="#fixed-window">${rdH1}</a></li><li><a href="#sliding-log">${rdH2}</a></li><li><a href="#choosing-an-approach">${rdH3}</a></li></ul>
<a href="https://github.com/redis/docs/edit/main/content/develop/use-cases/rate-limiting.md">Edit this page</a>
<a href="https://github.com/redis/docs/issues/new">Create an issue</a></div></div></div>
<footer class="border-t px-5 py-8 text-sm"><p>© 2025 Redis</p><ul class="flex gap-4">${links(rdFoot)}</ul></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>${rdCookie}</p><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
<script src="/docs/latest/js/codetabs.min.js" defer></script></body></html>`;
export const redisPage: TestPage = {
  html: rdHtml,
  name: 'heldout156-redis-docs',
  kind: 'docs',
  // the lead (description) paragraph is body; the product badges, code tab labels, "Copy", the rating form, "Back to top"
  // and the edit links are furniture; code (visible and hidden panels) is in neither list; "Redis Open Source" is both a
  // badge and the sidebar picker
  title: rdTitle,
  headings: [rdH1, rdH2, rdH3],
  body: texts([...rdLead, ...rdIntro, ...rdP1, ...rdP1b, ...rdP2, ...rdList]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rdNav, 'Try Redis', 'Book a meeting', 'Login', ...rdSide, ...rdProducts, ...rdLangs, 'Copy', 'RATE THIS PAGE', 'Back to top ↑',
    'On this page', 'Edit this page', 'Create an issue', '© 2025 Redis', ...rdFoot, rdCookie, 'Cookie Settings', 'Reject All', 'Accept All Cookies',
  ],
};
