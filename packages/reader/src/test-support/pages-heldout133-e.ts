import { links, type TestPage, texts } from './page-kit.js';
import { clevelandArticle } from './pages-heldout133-e2.js';

/**
 * Held-out batch 133, file e: a Healthline nutrition article (the header nav with "Subscribe", the category link above the
 * title, the "Medically reviewed by / Written by / Updated on" line, the affiliate disclosure at the top of the text, the
 * hero image with "Share on Pinterest" and its credit, "ADVERTISEMENT" labels between sections, "The bottom line", the
 * "How we reviewed this article" block with its History and Sources tabs, the share and "Was this article helpful?" bar,
 * "Read this next" cards, the newsletter, the footer with "Our brands" and the OneTrust banner) and, from file e2, a
 * Cleveland Clinic health library article.
 */
const title = 'Does Sparkling Water Hydrate You as Well as Still Water?';
const nav = ['Health Conditions', 'Health Products', 'Discover', 'Tools', 'Connect'];
const reviewer = 'Dana Whitcombe, MS, RDN, LD';
const bylines = [`Medically reviewed by ${reviewer}, Nutrition`, 'Written by Tomas Ferreira', 'Updated on February 3, 2025'];
const disclosure =
  'We include products we think are useful for our readers. If you buy through links on this page, we may earn a small commission. Here\u2019s our process.';
const credit = 'Westend61/Getty Images';
const intro = [
  `Sparkling water is simply water that contains dissolved carbon dioxide gas, either from a natural spring or added under pressure. Its
popularity has grown quickly as people look for alternatives to sugary soft drinks.`,
  'But some people wonder whether the bubbles make it less hydrating than plain water, or whether it harms your teeth or bones. This article looks at the' +
    ' evidence.',
];
const sections: readonly (readonly [string, readonly string[], (readonly string[])?])[] = [
  [
    'Sparkling water hydrates as well as still water',
    [
      `Your body absorbs the water in sparkling water just as it does plain water. In a small 2021 study of 24 adults, researchers compared how much
of several drinks was still in the body two hours after drinking them. Carbonated water and still water performed almost exactly the same.`,
      `Some people find that the bubbles make them feel full sooner, so they may drink a little less at one time. If that helps you cut back on
soda, it may be a useful trade-off. If it means you drink less overall, still water may be the easier choice during exercise or hot weather.`,
    ],
  ],
  [
    'Does it affect your teeth?',
    [
      `Carbonation makes water slightly acidic, because carbon dioxide forms carbonic acid when it dissolves. Acid can wear away tooth enamel over
time, so it\u2019s reasonable to ask whether sparkling water does the same.`,
      `Plain sparkling water appears to be far less harmful than soft drinks or fruit juice. In laboratory tests, its effect on enamel was only
slightly greater than that of still water. Flavored varieties that contain citric acid are more acidic and may be harder on teeth.`,
      'To limit any risk, you can:',
      'drink it with meals rather than sipping it all day',
      'rinse your mouth with plain water afterward',
      'choose unflavored varieties most of the time',
    ],
    ['list', '3'],
  ],
  [
    'Effects on digestion',
    [
      `For some people, sparkling water may ease indigestion and constipation. One small trial in older adults found that those who drank carbonated
water for two weeks reported fewer digestive symptoms than those who drank tap water.`,
      'On the other hand, the gas can cause bloating or burping. If you have irritable bowel syndrome or acid reflux, you may feel better sticking to still' +
        ' water.',
    ],
  ],
  [
    'What about bone health?',
    [
      `A common belief is that carbonated drinks weaken bones. Research suggests the link is with cola drinks specifically, probably because of
their phosphoric acid and caffeine, not the carbonation itself. Studies have not found that plain sparkling water lowers bone density.`,
    ],
  ],
  [
    'Flavored and sweetened varieties',
    [
      `Many sparkling waters on supermarket shelves contain added sugar, sweeteners, or acids. Check the label: some popular brands, such as
Brookfizz Citrus, contain as much sugar as a can of soda. Unsweetened, naturally flavored options are a better everyday choice.`,
    ],
  ],
  [
    'The bottom line',
    [
      `Sparkling water is just as hydrating as still water. Plain varieties are unlikely to harm your teeth or bones, though they may cause bloating
in some people. If the bubbles help you drink more water and fewer sugary drinks, sparkling water can be a healthy part of your day.`,
    ],
  ],
];
const review = [
  'How we reviewed this article:',
  'History',
  'Sources',
  'Our experts continually monitor the health and wellness space, and we update our articles when new information becomes available.',
  'Current Version',
  'Written By',
  'Edited By',
  'Medically Reviewed By',
  'Copy Edited By',
];
const reviewNames = ['Feb 3, 2025', 'Tomas Ferreira', 'Marisa Quint', reviewer, 'Leah Brandt'];
const feedback = ['Share this article', 'Was this article helpful?', 'Yes', 'No'];
const readNext: readonly (readonly [string, string])[] = [
  ['Is Carbonated Water Bad for You?', 'Medically reviewed by Kelsey Arn, RD'],
  ['How Much Water Should You Drink Per Day?', 'Written by Joe Hanlon'],
  ['9 Simple Ways to Drink More Water', 'Medically reviewed by Amara Bello, MS, RD'],
];
const newsletter = [
  'Get our wellness newsletter',
  'Filter out the noise and nurture your inbox with health and wellness advice that\u2019s inclusive and rooted in medical expertise.',
  'SIGN UP',
  'Your privacy is important to us',
];
const foot = [
  'About Us',
  'Contact Us',
  'Privacy Policy',
  'Privacy Settings',
  'Advertising Policy',
  'Health Topics',
  'Medical Affairs',
  'Content Integrity',
  'Newsletters',
];
const brands = ['Our brands', 'Healthline', 'Medical News Today', 'Greatist', 'Psych Central', 'Bezzy'];
const footLegal = [
  '© 2025 Healthline Media LLC. All rights reserved. Healthline Media is an RVO Health Company.',
  'Our website services, content, and products are for informational purposes only. Healthline Media does not provide medical advice, diagnosis, or treatment.',
];
const cookie = 'We use cookies and similar technologies to personalize content and ads and to analyze our traffic. Manage your choices in Privacy Settings.';
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const section = ([h, paras, kind]: (typeof sections)[number]): string => {
  const split = kind ? Number(kind[1]) : paras.length;
  const list = paras.slice(split);
  return `<a class="css-anchor" name="${slug(h)}"></a><h2>${h}</h2>
${paras
  .slice(0, split)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}${list.length ? `\n<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ''}`;
};
const ad = `<div class="css-ad"><span class="css-ad-label">ADVERTISEMENT</span><div data-ad="true" class="ad-slot"></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description"
content="Sparkling water is as hydrating as still water. Here\u2019s what the research says about its effects on your teeth, digestion, and bones.">
<link rel="canonical" href="https://www.healthline.com/nutrition/sparkling-water-hydration"><meta property="og:type" content="article">
<meta property="og:site_name" content="Healthline"><meta property="og:title" content="${title}"><meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${title}","datePublished":"2022-07-18T00:00:00.000Z",
"dateModified":"2025-02-03T00:00:00.000Z","author":[{"@type":"Person","name":"Tomas Ferreira"}],"reviewedBy":[{"@type":"Person","name":"${reviewer}"}],
"publisher":{"@type":"Organization","name":"Healthline Media","logo":{"@type":"ImageObject","url":"https://www.healthline.com/logo.png"}}}</script>
<link rel="preload" href="https://www.healthline.com/hlcmsresource/fonts/Roboto.woff2" as="font" crossorigin>
<script>window.__NEXT_DATA__={"props":{"pageProps":{"pageType":"article","category":"nutrition","template":"article"}},"page":"/[...slug]",
"buildId":"hl-2025.02.1"};</script>
<script src="https://www.healthline.com/_next/static/chunks/main-3c0f1e9a.js" defer></script></head>
<body><div id="__next"><div class="css-1d3w5wq"><header class="css-1o9xp5z" role="banner"><a class="css-logo" href="https://www.healthline.com/"
title="Healthline home">
<svg width="120" height="24"><title>healthline</title><use xlink:href="#hl-logo"></use></svg></a><nav class="css-nav"
aria-label="Main"><ul>${links(nav, 'css-nav-item')}</ul></nav>
<a class="css-subscribe" href="https://www.healthline.com/newsletter-signup">Subscribe</a><button class="css-search"
aria-label="Search"><svg></svg></button></header>
<main class="css-main"><article class="article-body css-d2znx6"><div class="css-category"><a href="https://www.healthline.com/nutrition">Nutrition</a></div>
<h1 class="css-6jxmuv">${title}</h1><div class="css-byline"><span>Medically reviewed by <a
href="https://www.healthline.com/reviewers/dana-whitcombe">${reviewer}</a>,
<a href="https://www.healthline.com/nutrition">Nutrition</a></span> — <span>Written by <a href="https://www.healthline.com/authors/tomas-ferreira">Tomas
Ferreira</a></span>
 — <span>Updated on February 3, 2025</span></div>
<div class="css-disclosure"><p>We include products we think are useful for our readers. If you buy through links on this page, we may earn a small commission.
<a href="https://www.healthline.com/editorial-policies#affiliate">Here\u2019s our process.</a></p></div>
<figure class="css-hero"><div class="css-pin"><a href="https://www.pinterest.com/pin/create/button/" class="css-pin-link">Share on Pinterest</a></div>
<img src="https://i0.wp.com/post.healthline.com/wp-content/uploads/2022/07/sparkling-water-glass-732x549.jpg" alt="Glass of sparkling water with lemon"
width="732" height="549"><figcaption class="css-credit">${credit}</figcaption></figure>
${intro.map((p) => `<p>${p}</p>`).join('\n')}
${sections.map((s, i) => `${section(s)}${i === 1 || i === 3 ? `\n${ad}` : ''}`).join('\n')}
<div class="css-review"><h3>${review[0]}</h3><div role="tablist"><button role="tab" aria-selected="true">${review[1]}</button><button
role="tab">${review[2]}</button></div>
<div role="tabpanel"><p>${review[3]}</p><ul><li><span>${review[4]}</span><span>${reviewNames[0]}</span></li><li><span>${review[5]}</span>
<span>${reviewNames[1]}</span></li><li><span>${review[6]}</span><span>${reviewNames[2]}</span></li><li><span>${review[7]}</span><span>${reviewNames[3]}</span>
</li>
<li><span>${review[8]}</span><span>${reviewNames[4]}</span></li></ul></div></div>
<div class="css-share"><span>${feedback[0]}</span><a href="#" aria-label="Facebook"></a><a href="#" aria-label="Pinterest"></a><a href="#"
aria-label="Email"></a></div>
<div class="css-feedback"><p>${feedback[1]}</p><button>${feedback[2]}</button><button>${feedback[3]}</button></div></article>
<section class="css-read-next"><h2>Read this next</h2><ul>${readNext
  .map(
    ([t, by]) => `<li class="css-card"><a href="https://www.healthline.com/nutrition/${slug(t)}"><h3 class="css-card-title">${t}</h3></a>
<p class="css-card-byline">${by}</p><a class="css-card-more" href="https://www.healthline.com/nutrition/${slug(t)}">READ MORE</a></li>`,
  )
  .join('\n')}</ul></section></main>
<aside class="css-newsletter"><h2>${newsletter[0]}</h2><p>${newsletter[1]}</p><form><input type="email" placeholder="Enter your email" aria-label="Email">
<button type="submit">${newsletter[2]}</button></form><p class="css-privacy">${newsletter[3]}</p></aside>
<footer class="css-footer" role="contentinfo"><ul class="css-footer-links">${links(foot)}<li><a href="#" class="css-ccpa">Your Privacy Choices</a></li></ul>
<div class="css-brands"><p>${brands[0]}</p><ul>${links(brands.slice(1))}</ul></div>${footLegal
  .map(
    (t) => `<p
class="css-legal">${t}</p>`,
  )
  .join('')}</footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div
id="onetrust-policy-text">${cookie}</div>
<div id="onetrust-button-group"><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept
All</button></div></div></div>
</body></html>`;
const healthline: TestPage = {
  name: 'heldout133-healthline-article',
  kind: 'wiki',
  html,
  // the affiliate disclosure at the top of the text, the Pinterest button and photo credit, ad labels, the review block (its
  // labels furniture, its names and date bylines), share and feedback bars, cards, newsletter, footer and banner are furniture
  title,
  headings: sections.map(([h]) => h),
  body: texts([...intro, ...sections.flatMap(([, p]) => p)]),
  bylines: [...bylines, ...reviewNames.filter((t) => t !== reviewer && t !== 'Tomas Ferreira')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...nav, 'Subscribe', 'Nutrition', disclosure, 'Share on Pinterest', credit, 'ADVERTISEMENT', ...review, ...feedback, 'Read this next',
    ...readNext.flat(), 'READ MORE', ...newsletter, ...foot, 'Your Privacy Choices', ...brands, ...footLegal, cookie, 'Reject All', 'Accept All',
  ])],
};

export const HELDOUT133_E: readonly TestPage[] = [healthline, clevelandArticle];
