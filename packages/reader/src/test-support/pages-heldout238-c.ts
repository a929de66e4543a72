import { links, ps, type TestPage, texts } from './page-kit.js';
import { listicle } from './pages-heldout238-c2.js';

/**
 * Held-out batch 238, file c: a skincare brand's ingredient glossary on Next.js (a listing page: an A-Z jump bar, one
 * entry per ingredient with its name as heading, a "What it does" label, a definition, a "Found in" product line and a
 * "Good for" tag list), with the site header, breadcrumbs, a quiz promo, the footer and the __NEXT_DATA__ script; and,
 * from file c2, a Refinery29-style shoppable listicle.
 */
const gTitle = 'Ingredient Glossary';
const gIntro = [
  `Every ingredient we use, in plain language. We list what each one does, how much of it we use and which of our formulas you will find it in,
so you never have to guess what you are putting on your skin.`,
];
const gEntries: [string, string, string, string[]][] = [
  [
    'Azelaic acid',
    `A dicarboxylic acid that gently exfoliates, calms visible redness and fades marks left behind by breakouts. We use it at 10%, which is
strong enough to work and mild enough for most skin to tolerate every day.`,
    'Even Keel Serum',
    ['Redness', 'Breakouts'],
  ],
  [
    'Bakuchiol',
    `A plant-derived compound from the seeds of the babchi plant. It supports smoother-looking skin in a similar way to retinol but without the
dryness, so it is a good choice during pregnancy or for sensitive skin.`,
    'Slow Night Oil',
    ['Fine lines', 'Sensitive skin'],
  ],
  [
    'Ceramide NP',
    `One of the lipids that naturally holds skin cells together. Adding it back helps repair a weakened barrier, so skin loses less water and feels
less tight after cleansing.`,
    'Barrier Balm, Milk Cleanser',
    ['Dryness', 'Barrier repair'],
  ],
  [
    'Niacinamide',
    `A form of vitamin B3 that helps even out tone, refines the look of pores and strengthens the barrier. We keep it at 4%, because higher levels
can cause flushing in some people without adding much benefit.`,
    'Even Keel Serum, Daily Veil SPF 40',
    ['Pores', 'Uneven tone'],
  ],
  [
    'Panthenol',
    `Pro-vitamin B5. A humectant that draws water into the skin and soothes irritation, which is why we add it to almost everything that contains
an active ingredient.`,
    'Barrier Balm, Slow Night Oil',
    ['Irritation', 'Dryness'],
  ],
  [
    'Squalane',
    `A lightweight, stable oil that mimics the skin's own sebum. It softens without feeling greasy and does not clog pores. Ours is made from
sugarcane rather than shark liver or olives.`,
    'Slow Night Oil, Milk Cleanser',
    ['Dryness', 'All skin types'],
  ],
];
const gLetters = ['A', 'B', 'C', 'N', 'P', 'S'];
const gNav = ['Shop All', 'Serums', 'Moisturisers', 'Cleansers', 'Sets', 'Ingredients', 'Journal'];
const gCrumbs = ['Home', 'Learn'];
const gFoot = ['FAQ', 'Shipping & Returns', 'Our Standards', 'Press', 'Wholesale', 'Privacy', 'Terms'];
const entry = (e: [string, string, string, string[]]): string => `<section id="${e[0].toLowerCase().replace(/\W+/g, '-')}" class="GlossaryEntry_entry__k3Fq2">
<h3 class="GlossaryEntry_name__Xb7pL">${e[0]}</h3><span class="GlossaryEntry_label__2cWmR">What it does</span>
<p class="GlossaryEntry_definition__QeT4d">${e[1]}</p>
<p class="GlossaryEntry_foundIn__m0Zs1"><span class="GlossaryEntry_label__2cWmR">Found in:</span> <a href="/products">${e[2]}</a></p>
<ul class="GlossaryEntry_tags__Hv8aE"><li class="GlossaryEntry_tagsLabel__p1">Good
for</li>${e[3].map((t) => `<li class="Tag_tag__9gVvE">${t}</li>`).join('')}</ul></section>`;
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Ingredient Glossary | Fenwick &amp; Moss Skincare</title><meta name="description"
content="Every ingredient in Fenwick &amp; Moss skincare, in plain language."/>
<meta property="og:title" content="Ingredient Glossary"/><link rel="canonical" href="https://fenwickmoss.example/learn/ingredients"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DefinedTermSet","name":"Ingredient
Glossary","hasDefinedTerm":[{"@type":"DefinedTerm",
"name":"Azelaic acid"},{"@type":"DefinedTerm","name":"Bakuchiol"}]}</script>
<link rel="preload" href="/_next/static/css/8c1f0a6d5e2b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8c1f0a6d5e2b.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/pages/learn/ingredients-3f9d1c2ab7.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_root__wQ1pD"><div class="PromoBar_bar__3Yt1h"><p>Free samples with every order over $40</p></div>
<header class="Header_header__h2ZcX"><a class="Header_logo__P8x1n" href="/">Fenwick &amp; Moss</a><nav class="Header_nav__Tn4cE" aria-label="Main">
<ul>${links(gNav, 'Header_item__Fs0sv')}</ul></nav><button class="Header_cart__uB3kD" aria-label="Open cart">Bag (0)</button></header>
<main class="Glossary_main__8sKqv"><nav aria-label="Breadcrumb" class="Breadcrumbs_crumbs__kX2dn"><ol>${links(gCrumbs, 'Breadcrumbs_crumb__Bz1wA')}
<li class="Breadcrumbs_crumb__Bz1wA" aria-current="page">Ingredient Glossary</li></ol></nav>
<header class="Glossary_header__bG8rM"><h1 class="Glossary_title__Wt4fA">${gTitle}</h1>
${ps(gIntro, ' class="Glossary_intro__Lm2nR"')}
<p class="Glossary_updated__uS0pq">Last reviewed by our formulation team: January 2026</p></header>
<nav class="AlphaBar_bar__Pw9cF" aria-label="Jump to letter"><ul>${gLetters.map((l) => `<li><a href="#letter-${l}">${l}</a></li>`).join('')}</ul></nav>
<div class="Glossary_list__cV3kQ">
${gEntries.map(entry).join('\n')}
</div>
<aside class="QuizPromo_promo__f0Zc9"><h2 class="QuizPromo_title__sS7ao">Not sure where to start?</h2><p>Take our two-minute skin quiz and get a routine
built around the ingredients your skin actually needs.</p><a class="Button_primary__kL3Tn" href="/quiz">Take the quiz</a></aside></main>
<footer class="Footer_footer__qW8rT"><div class="Footer_signup__T1mZx"><h2>Join the Fenwick &amp; Moss list</h2><form><input type="email"
placeholder="Email address"/>
<button type="submit">Sign up</button></form></div><ul class="Footer_links__Pq2nY">${links(gFoot, 'Footer_link__D9sxB')}</ul>
<p class="Footer_legal__Ue4Hw">© 2026 Fenwick &amp; Moss Skincare Co. These statements have not been evaluated by the Food and Drug Administration.</p></footer>
<div class="CookieBanner_banner__kE8wz" role="dialog"><p>We use cookies to remember your bag and to understand how our site is used.</p>
<button class="CookieBanner_accept__Zr5yB">Got it</button><a href="/privacy">Learn more</a></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"ingredients","entries":6,"updated":"2026-01"}},"page":"/learn/[slug]",
"query":{"slug":"ingredients"},"buildId":"kT7x2pQ9aZ","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const glossary: TestPage = {
  name: 'heldout238-nextjs-skincare-ingredient-glossary',
  kind: 'wiki',
  html: gHtml,
  title: gTitle,
  headings: gEntries.map((e) => e[0]),
  body: texts([...gIntro, ...gEntries.map((e) => e[1])]),
  bylines: ['Last reviewed by our formulation team: January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free samples with every order over $40', 'Fenwick & Moss', ...gNav, 'Bag (0)', ...gCrumbs, 'What it does', 'Found in:', 'Good for',
    ...gEntries.map((e) => e[2]), ...new Set(gEntries.flatMap((e) => e[3])), 'Not sure where to start?',
    'Take our two-minute skin quiz and get a routine built around the ingredients your skin actually needs.', 'Take the quiz',
    'Join the Fenwick & Moss list', 'Sign up', ...gFoot, '© 2026 Fenwick & Moss Skincare Co.',
    'These statements have not been evaluated by the Food and Drug Administration.',
    'We use cookies to remember your bag and to understand how our site is used.', 'Got it', 'Learn more',
  ],
};

export const HELDOUT238_C: readonly TestPage[] = [glossary, listicle];
