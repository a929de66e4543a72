import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 144, file d2: a Laravel documentation page (the site header with its menus and "Get Started", the docs
 * sidebar with the version select, "Search Docs" and the collapsible sections, the partner card, the in-content table of
 * contents list right under the h1, the empty named-anchor paragraphs before each heading, headings that are links,
 * callout blockquotes with icon images, code blocks, and the large footer with the product, package and resource lists).
 */
const lvTitle = 'Rate Limiting';
const lvH1 = 'Introduction';
const lvP1 = [
  `Laravel includes a simple rate limiting abstraction that, together with your application's cache, lets you limit any action
to a number of attempts in a window of time. You might use it to limit how often a user can request a password reset email,
or how many exports a team can start in an hour.`,
];
const lvNote1 = `If you want to limit incoming HTTP requests, the rate limiting middleware is usually a better fit. It is built on
the same rate limiter and is described in the routing documentation.`;
const lvH2 = 'Cache Configuration';
const lvP2 = [
  `By default, the rate limiter uses the cache store named in the <code>default</code> key of your application's
<code>cache</code> configuration file. You can tell the rate limiter to use a different store by setting the
<code>limiter</code> key in the same file:`,
  `A store that all of your servers share, such as Redis or the database, is required when your application runs on more than
one server. With the file or array store each server would count attempts separately.`,
];
const lvH3 = 'Basic Usage';
const lvP3 = [
  `The <code>Illuminate\\Support\\Facades\\RateLimiter</code> facade is the usual way to work with the rate limiter. The
simplest method is <code>attempt</code>, which runs a closure only if the given key has attempts left:`,
  `The first argument is the key. It can be any string that identifies the action you are limiting, so it often combines the
name of the action with the ID of the user. The second argument is the number of attempts allowed, and the optional fourth
argument is the number of seconds until the attempts are reset, which defaults to sixty.`,
  'If the key has no attempts left, <code>attempt</code> returns <code>false</code> and the closure is not run.',
];
const lvH4 = 'Manually Incrementing Attempts';
const lvP4 = [
  `If you need more control, use the <code>tooManyAttempts</code>, <code>remaining</code> and <code>increment</code> methods
yourself. This is useful when the attempt should only count under certain conditions, for example only when a login fails:`,
  'When the limit has been reached, the <code>availableIn</code> method returns the number of seconds until more attempts are available.',
];
const lvNote2 = `The <code>increment</code> method accepts an amount as its second argument, so a single action can use more than one
attempt. An export of a large report might count as five attempts while a small one counts as one.`;
const lvH5 = 'Clearing Attempts';
const lvP5 = [
  `You can reset the attempts for a key with the <code>clear</code> method. For example, you might clear the failed login
attempts for a user once they sign in successfully, so that earlier mistakes do not count against them later in the day.`,
];
const lvCode1 = `'limiter' => 'redis',`;
const lvCode2 = `use Illuminate\\Support\\Facades\\RateLimiter;

$executed = RateLimiter::attempt(
    'send-report:'.$user->id,
    $perMinute = 5,
    function () {
        // Send the report...
    }
);`;
const lvCode3 = `if (RateLimiter::tooManyAttempts('login:'.$user->id, $perMinute = 5)) {
    return 'Too many attempts!';
}

RateLimiter::increment('login:'.$user->id);`;
const lvTop = ['Framework', 'Products', 'Resources', 'Docs'];
const lvSections = ['Prologue', 'Getting Started', 'Architecture Concepts', 'The Basics', 'Digging Deeper', 'Security', 'Database', 'Eloquent ORM'];
const lvSections2 = ['Testing', 'Packages', 'API Documentation'];
const lvDeeper = ['Artisan Console', 'Broadcasting', 'Cache', 'Collections', 'Concurrency', 'Context', 'Contracts', 'Events', 'File Storage', 'Helpers'];
const lvDeeper2 = ['Strings', 'Task Scheduling'];
const lvPartner = ['Laravel Partner', 'Thornbury Digital', 'A small team of Laravel specialists who build, rescue and maintain business applications.'];
const lvFoot: [string, string[]][] = [
  ['Products', ['Cloud', 'Forge', 'Nightwatch', 'Vapor', 'Nova']],
  ['Packages', ['Cashier', 'Dusk', 'Horizon', 'Octane', 'Scout', 'Pennant', 'Pint', 'Sail', 'Sanctum', 'Socialite', 'Telescope', 'Pulse', 'Reverb', 'Echo']],
  ['Resources', ['Documentation', 'Starter Kits', 'Release Notes', 'Blog', 'News', 'Community', 'Learn', 'Careers', 'Trust']],
];
const lvTagline = 'Laravel is a web application framework with expressive, elegant syntax, built for developers who value their time.';
const lvAnchor = (id: string): string => `<p><a name="${id}"></a></p>`;
const lvH = (id: string, t: string, lvl = 2): string => `<h${lvl}><a href="#${id}">${t}</a></h${lvl}>`;
const lvCallout = (icon: string, text: string): string => `<blockquote><div class="callout"><div class="icon ${icon}"><img src="/img/callouts/${icon}.min.svg"
alt="" class="opacity-75"></div><p class="content">${text}</p></div></blockquote>`;
const lvPre = (code: string): string =>
  `<pre><code data-theme="olaolu-palenight" data-lang="php" class="phiki language-php">${code.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code></pre>`;
const lvHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rate Limiting | Laravel 12.x - The clean stack for Artisans and agents</title>
<meta name="description" content="Laravel is a PHP web application framework with expressive, elegant syntax.">
<meta property="og:type" content="website"><meta property="og:url" content="https://laravel.com/docs/12.x/rate-limiting">
<meta property="og:title" content="Rate Limiting | Laravel 12.x"><meta property="og:image" content="https://laravel.com/img/og-image.jpg">
<meta name="twitter:card" content="summary_large_image"><meta name="docsearch:version" content="12.x">
<link rel="canonical" href="https://laravel.com/docs/12.x/rate-limiting"><link rel="stylesheet" href="/build/assets/app-5c1f9e2b.css">
<script type="module" src="/build/assets/app-8a0d3e47.js"></script><script src="https://cdn.usefathom.com/script.js" data-site="MNQWTKXG" defer></script></head>
<body class="docs language-php" x-data="{ navIsOpen: false, searchIsOpen: false }">
<header class="relative z-30 border-b border-gray-200 bg-white"><div class="mx-auto flex h-16 max-w-screen-2xl items-center justify-between px-6">
<a href="https://laravel.com"><img class="h-8" src="/img/logomark.min.svg" alt="Laravel"></a><nav class="hidden lg:flex lg:items-center lg:gap-8">
${lvTop.map((t) => `<a class="text-sm font-medium text-gray-700" href="/${t.toLowerCase()}">${t}</a>`).join('\n')}</nav>
<a class="rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white" href="/docs/12.x/installation">Get Started</a>
<button class="lg:hidden" x-on:click="navIsOpen = !navIsOpen" aria-label="Toggle navigation"><svg></svg></button></div></header>
<div class="relative overflow-auto" id="docsScreen"><div class="relative lg:flex lg:items-start">
<aside class="hidden fixed top-0 bottom-0 left-0 z-20 h-full w-16
bg-gradient-to-b from-gray-100 to-white lg:block lg:relative lg:w-72 lg:flex-shrink-0"><div class="relative h-full overflow-y-auto px-6 pt-6 pb-16">
<div class="docs_sidebar"><div class="mb-6"><label class="sr-only" for="version-switcher">Laravel version</label><select id="version-switcher" class="text-sm">
<option value="master">Master</option><option value="12.x" selected>12.x</option><option value="11.x">11.x</option><option value="10.x">10.x</option></select>
</div>
<button type="button" class="flex w-full items-center text-sm text-gray-600" x-on:click="searchIsOpen = true"><svg></svg><span class="ml-3">Search Docs</span>
<kbd class="ml-auto text-xs">⌘K</kbd></button><ul class="mt-6">${lvSections
  .map((s) =>
    s === 'Digging Deeper'
      ? `<li class="sub--on"><h2>${s}</h2><ul>${links(lvDeeper)}
<li class="active"><a href="/docs/12.x/rate-limiting">${lvTitle}</a></li>${links(lvDeeper2)}</ul></li>`
      : `<li><h2>${s}</h2><ul></ul></li>`,
  )
  .join('\n')}${lvSections2.map((s) => `<li><h2>${s}</h2><ul></ul></li>`).join('\n')}</ul></div>
<div class="mt-10 rounded-lg border border-gray-200 bg-white p-4 partner-card"><p class="text-xs uppercase tracking-wide text-gray-500">${lvPartner[0]}</p>
<a href="/partners/thornbury-digital" class="mt-2 block"><p class="font-semibold">${lvPartner[1]}</p><p class="mt-1 text-sm text-gray-600">${lvPartner[2]}</p>
</a>
</div></div></aside>
<section class="flex-1 pt-10 max-w-screen-lg lg:pl-16"><div class="docs_main max-w-prose"><div id="main-content">
<h1>${lvTitle}</h1>
<ul>
<li><a href="#introduction">${lvH1}</a><ul><li><a href="#cache-configuration">${lvH2}</a></li></ul></li>
<li><a href="#basic-usage">${lvH3}</a><ul><li><a href="#manually-incrementing-attempts">${lvH4}</a></li><li><a href="#clearing-attempts">${lvH5}</a></li></ul>
</li>
</ul>
${lvAnchor('introduction')}
${lvH('introduction', lvH1)}
${ps(lvP1)}
${lvCallout('lightbulb', lvNote1)}
${lvAnchor('cache-configuration')}
${lvH('cache-configuration', lvH2, 3)}
${ps(lvP2.slice(0, 1))}
${lvPre(lvCode1)}
${ps(lvP2.slice(1))}
${lvAnchor('basic-usage')}
${lvH('basic-usage', lvH3)}
${ps(lvP3.slice(0, 1))}
${lvPre(lvCode2)}
${ps(lvP3.slice(1))}
${lvAnchor('manually-incrementing-attempts')}
${lvH('manually-incrementing-attempts', lvH4, 3)}
${ps(lvP4.slice(0, 1))}
${lvPre(lvCode3)}
${ps(lvP4.slice(1))}
${lvCallout('exclamation', lvNote2)}
${lvAnchor('clearing-attempts')}
${lvH('clearing-attempts', lvH5, 3)}
${ps(lvP5)}
</div></div></section></div></div>
<footer class="relative bg-gray-900 pt-20 pb-10 text-gray-400"><div class="mx-auto max-w-screen-xl px-8"><div class="lg:flex lg:justify-between">
<div class="max-w-sm"><img class="h-10" src="/img/logotype-white.min.svg" alt="Laravel"><p class="mt-6 text-sm">${lvTagline}</p></div>
<div class="grid grid-cols-3 gap-8">${lvFoot
  .map(
    ([h, items]) =>
      `<div><p class="text-sm font-medium uppercase tracking-wider text-white">${h}</p><ul class="mt-4 space-y-2 text-sm">${links(items)}</ul></div>`,
  )
  .join('\n')}</div></div><div class="mt-16 flex justify-between border-t border-gray-700 pt-8 text-xs"><p>© 2025 Laravel</p><div class="flex gap-6">
<a href="/legal">Legal</a><a href="https://status.laravel.com">Status</a></div></div></div></footer>
<div x-show="searchIsOpen" style="display: none" class="fixed inset-0 z-50" role="dialog" aria-modal="true"><div class="docsearch-modal">
<input type="search" placeholder="Search docs" aria-label="Search docs"><p class="text-sm text-gray-500">No recent searches</p></div></div>
</body></html>`;
export const laravelDocs: TestPage = {
  html: lvHtml,
  name: 'heldout144-laravel-docs',
  kind: 'docs',
  // the callout blockquotes are body; the table of contents list under the h1 repeats the headings and is left out, and so
  // is the sidebar entry repeating the title, and the sidebar entry "Cache" (a word of a heading); the page shows no date
  // or author
  title: lvTitle,
  headings: [lvH1, lvH2, lvH3, lvH4, lvH5],
  body: texts([...lvP1, lvNote1, ...lvP2, ...lvP3, ...lvP4, lvNote2, ...lvP5]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lvTop, 'Get Started', 'Laravel version', 'Master', '12.x', '11.x', '10.x', 'Search Docs', '⌘K',
    ...lvSections, ...lvSections2, ...lvDeeper.filter((t) => t !== 'Cache'),
    ...lvDeeper2,
    ...lvPartner, lvTagline, ...lvFoot.flatMap(([h, items]) => [h, ...items]).filter((t) => !['Products', 'Resources', 'Packages'].includes(t)),
    '© 2025 Laravel',
    'Legal', 'Status', 'No recent searches',
  ],
};
