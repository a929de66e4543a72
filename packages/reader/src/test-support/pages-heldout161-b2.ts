import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 161, file b2: a Lifehacker how-to article on the Ziff Davis template (header nav with "Sign up" for the
 * newsletter, category eyebrow, h1 and dek, author with title, published date, share buttons, the lead image with its
 * "Credit:" line, the parent-company AI lawsuit disclosure inside the article body, h2 sections, numbered steps, an in-body
 * newsletter signup, the author bio card, "The Latest" rail, a hidden mobile menu repeating the nav, and the footer with the
 * trademark line and "Cookie Settings").
 */
const lhTitle = 'Put Your Smart Home Gadgets on a Guest Network (and Why You Should)';
const lhDek = 'It takes ten minutes and keeps your cheapest devices away from your laptop and phone.';
const lhP1 = [
  `Smart plugs, cameras and light bulbs are some of the least carefully made things most of us let onto our home networks. A plug that
  cost twelve dollars is not going to get security updates for years, and plenty of them stop getting updates at all once a new model
  comes out. If one of them is ever compromised, it sits on the same network as your laptop, your phone and the shared drive with your
  tax returns on it.`,
  `There is a simple way to limit the damage: put those gadgets on your router's guest network instead. Almost every router sold in the
  last decade has one, and most people never turn it on.`,
];
const lhH1 = 'What a guest network actually does';
const lhP2 = [
  `A guest network is a second Wi-Fi network broadcast by the same router, with its own name and password. Devices on it can reach the
  internet, but by default they cannot see or talk to devices on your main network. That is exactly what you want for a smart plug,
  which needs to reach its maker's servers and nothing else.`,
  `It also means that if you ever need to change the password on your main network, you do not have to reconnect two dozen bulbs one
  at a time, which is reason enough on its own.`,
];
const lhH2 = 'How to set it up';
const lhP3 = ['The exact menus differ between routers, but the steps are nearly always the same:'];
const lhSteps = [
  'Log in to your router’s admin page or app. The address is usually printed on a sticker on the router itself.',
  'Find the guest network settings, usually under Wireless or Wi-Fi.',
  'Turn the guest network on, give it a name you will recognize, and set a strong password.',
  'Make sure any option called “allow guests to access local network” or similar is switched off.',
  'Reconnect each smart device to the new network using its own app.',
];
const lhH3 = 'When it will not work';
const lhP4 = [
  `Some devices need to be on the same network as your phone to be set up or controlled locally. Casting to a smart TV is the usual
  example, and some hubs behave the same way. If a gadget stops working once it moves, try it on the main network again; you may have to
  accept the trade-off for that one device.`,
  `If your router supports it, a separate network for smart devices with its own rules, sometimes called an IoT network, is even better.
  But for most homes the guest network is the quickest win available, and it costs nothing.`,
];
const lhNav = ['Tech', 'Money', 'Health', 'Entertainment', 'Life', 'Food', 'Deals'];
const lhShare = ['Copy Link', 'Facebook', 'X', 'Flipboard', 'Email'];
const lhDisc = `Disclosure: Ziff Davis, Lifehacker’s parent company, in April filed a lawsuit against OpenAI, alleging it infringed Ziff
Davis copyrights in training and operating its AI systems.`;
const lhNews = [
  'Get the Lifehacker Newsletter',
  'Sign up for our weekly newsletter, The Download, for tech tips you will actually use.',
  'Email',
  'Sign Me Up',
  'By signing up you agree to our Terms of Use and Privacy Policy.',
];
const lhBio = `Jonah Ferreira is Lifehacker’s senior technology editor. He has written about home networking, privacy and phones for
more than ten years.`;
const lhLatest = [
  'The Best Way to Clean Your Laptop Keyboard Without Breaking It',
  'You Can Finally Schedule Messages in This Popular Email App',
  'Ten Hidden Settings Worth Changing on Your New TV',
  'How to Tell If Your Password Was Exposed in a Data Breach',
];
const lhLatestTimes = ['2 hours ago', '3 hours ago', '5 hours ago', 'Yesterday'];
const lhFoot = ['About Lifehacker', 'Contact Us', 'Advertise', 'Accessibility Statement', 'Privacy Policy', 'Terms of Use', 'Cookie Settings'];
const lhTm = 'Lifehacker is a registered trademark of Ziff Davis and may not be used by third parties without express written permission.';
const lhPs = (a: readonly string[]): string => a.map((p) => `<p class="mb-6 text-lg">${p}</p>`).join('\n');
const lhHtml = `<!DOCTYPE html>
<html lang="en" class="scroll-smooth"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Put Your Smart Home Gadgets on a Guest Network (and Why You Should) | Lifehacker</title>
<meta name="description" content="${lhDek}"><meta property="og:title" content="${lhTitle}"><meta property="og:site_name" content="Lifehacker">
<meta name="parsely-type" content="post"><meta name="parsely-section" content="Tech"><meta name="parsely-author" content="Jonah Ferreira">
<link rel="canonical" href="https://lifehacker.com/tech/put-smart-home-gadgets-on-guest-network">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${lhTitle}","description":"${lhDek}",
"datePublished":"2026-03-03T14:00:00.000Z","author":[{"@type":"Person","name":"Jonah Ferreira"}],
"publisher":{"@type":"Organization","name":"Lifehacker"}}</script>
<script>window.zdconsent = window.zdconsent || {run: [], cmd: []};</script>
<script async src="https://lifehacker.com/static/js/app.8c1f2a.js"></script></head>
<body class="font-sans text-black antialiased">
<header class="sticky top-0 z-50 bg-white" id="header"><div class="mx-auto flex max-w-7xl items-center justify-between px-4">
<a href="/" class="flex items-center" aria-label="Lifehacker home"><svg class="h-8 w-32" role="img"><title>Lifehacker</title></svg></a>
<nav class="hidden lg:flex" aria-label="Main"><ul class="flex gap-6 font-bold uppercase">${links(lhNav, 'nav-link')}</ul></nav>
<div class="flex gap-2"><a href="/newsletters" class="rounded bg-yellow-300 px-3 py-1 font-bold">Sign up</a>
<button class="lg:hidden" x-on:click="open = true" aria-label="Open menu">Menu</button></div></div></header>
<div class="fixed inset-0 hidden bg-white" x-show="open" style="display: none;"><ul class="flex flex-col">${links(lhNav, 'mobile-link')}</ul></div>
<main id="main" class="mx-auto max-w-7xl px-4"><article class="mt-8 grid grid-cols-12 gap-8">
<div class="col-span-12 lg:col-span-8"><header class="mb-6"><a href="/tech" class="text-sm font-bold uppercase text-primary-400">Tech</a>
<h1 class="mt-2 font-serif text-4xl font-bold leading-tight">${lhTitle}</h1>
<p class="mt-3 text-xl text-gray-700">${lhDek}</p>
<div class="mt-4 flex items-center gap-3 text-sm"><img class="h-10 w-10 rounded-full" src="https://lifehacker.com/imagery/authors/jferreira.jpg" alt="">
<div><a href="/author/jonah-ferreira" class="font-bold">Jonah Ferreira</a><span class="block text-gray-600">Senior Technology Editor</span></div>
<time datetime="2026-03-03T14:00:00.000Z" class="ml-auto text-gray-600">March 3, 2026</time></div>
<div class="mt-4 flex gap-2" aria-label="Share this article">${lhShare
  .map((t) => `<button class="share-button rounded-full border px-3" data-ga-label="${t}"><span class="sr-only">${t}</span></button>`)
  .join('')}</div></header>
<figure class="mb-6"><img src="https://lifehacker.com/imagery/articles/01JN8/hero-image.fill.size_1248x702.jpg" alt="A Wi-Fi router on a shelf"
width="1248" height="702" fetchpriority="high"><figcaption class="mt-1 text-xs text-gray-600">Credit: Jonah Ferreira</figcaption></figure>
<div id="article-body" class="article-body font-serif">
<p class="mb-6 text-base italic text-gray-700"><a href="https://lifehacker.com/tech/ziff-davis-openai-lawsuit">${lhDisc}</a></p>
${lhPs(lhP1)}
<h2 class="mb-4 text-2xl font-bold">${lhH1}</h2>
${lhPs(lhP2)}
<section class="my-8 rounded bg-yellow-50 p-6" data-module="newsletter-inline"><h3 class="text-xl font-bold">${lhNews[0]}</h3><p>${lhNews[1]}</p>
<form><label for="nl" class="sr-only">${lhNews[2]}</label><input id="nl" type="email" placeholder="Email"><button type="submit">${lhNews[3]}</button>
</form><p class="text-xs">${lhNews[4]}</p></section>
<h2 class="mb-4 text-2xl font-bold">${lhH2}</h2>
${lhPs(lhP3)}
<ol class="mb-6 list-decimal pl-6">${lhSteps.map((s) => `<li class="mb-2">${s}</li>`).join('\n')}</ol>
<div class="ad-slot my-8 text-center"><span class="text-xs uppercase text-gray-500">Advertisement</span><div id="zdads-inline-1"></div></div>
<h2 class="mb-4 text-2xl font-bold">${lhH3}</h2>
${lhPs(lhP4)}
</div>
<section class="mt-10 border-t pt-6" aria-label="About the author"><div class="flex gap-4"><img class="h-16 w-16 rounded-full" alt=""
src="https://lifehacker.com/imagery/authors/jferreira.jpg"><div><a href="/author/jonah-ferreira" class="text-lg font-bold">Jonah Ferreira</a>
<p class="text-sm">${lhBio}</p><a href="/author/jonah-ferreira" class="text-sm underline">Read Jonah's full bio</a></div></div></section></div>
<aside class="col-span-12 lg:col-span-4"><div class="sticky top-20"><h2 class="mb-4 text-lg font-bold uppercase">The Latest</h2><ul>
${lhLatest
  .map(
    (t, i) => `<li class="mb-4 border-b pb-4"><a href="/tech/latest-${i}" class="font-bold">${t}</a>
<span class="block text-xs text-gray-500">${lhLatestTimes[i]}</span></li>`,
  )
  .join('\n')}</ul>
<div class="ad-slot mt-8"><span class="text-xs uppercase text-gray-500">Advertisement</span><div id="zdads-rail-1"></div></div></div></aside>
</article></main>
<footer class="mt-16 bg-black py-10 text-white"><div class="mx-auto max-w-7xl px-4"><ul class="flex flex-wrap gap-4">${links(lhFoot, 'foot-link')}</ul>
<p class="mt-6 text-xs">${lhTm}</p><p class="text-xs">© 2001-2026 Ziff Davis, LLC. All Rights Reserved.</p></div></footer>
<script>window.zdconsent.run.push(function(){ window.dataLayer = window.dataLayer || []; });</script></body></html>`;
export const lifehackerNews: TestPage = {
  html: lhHtml,
  name: 'heldout161-lifehacker-news',
  kind: 'news',
  // the dek is body; the AI-lawsuit disclosure at the top of the article body is a site notice (furniture)
  title: lhTitle,
  headings: [lhH1, lhH2, lhH3],
  body: texts([lhDek, ...lhP1, ...lhP2, ...lhP3, ...lhSteps, ...lhP4]),
  bylines: ['Jonah Ferreira', 'March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lhNav, 'Sign up', 'Menu', 'Senior Technology Editor', ...lhShare, 'Credit: Jonah Ferreira', lhDisc, ...lhNews, 'Advertisement', lhBio,
    "Read Jonah's full bio", 'The Latest', ...lhLatest, ...lhLatestTimes, ...lhFoot, lhTm, '© 2001-2026 Ziff Davis, LLC. All Rights Reserved.',
  ],
};
