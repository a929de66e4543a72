import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout325-kit.js';

/**
 * Held-out batch 325, file c2: a personality-test result page rendered by Nuxt (data-v attributes, window.__NUXT__ state),
 * with the site header, the result hero with the type code, trait percentage bars, a "Save your results" email prompt,
 * the result text in sections with strength and weakness lists, a premium-profile upsell, share buttons, "Other types"
 * links and the footer.
 */
const rTitle = 'You Are a Lantern Keeper (LK-Q)';
const rH = ['Who you are', 'Your strengths', 'Your blind spots', 'In friendships and love', 'At work'];
const rWho = [
  j(
    'Lantern Keepers are the people others drift toward when the room gets loud. You are observant, patient and quietly',
    'funny, and you tend to notice the small signals everyone else misses: the friend who went quiet halfway through',
    'dinner, the coworker who keeps rewriting the same email.',
  ),
  j(
    'You prefer depth to breadth. A single long conversation can leave you more energized than an evening of small talk,',
    'and you would rather master one hobby than sample ten. About 9 percent of people who take our test share your type.',
  ),
];
const rStr = [
  'Steady under pressure, especially when others are panicking.',
  'A careful listener who remembers details months later.',
  'Dry, well-timed humor that defuses tense moments.',
  'Loyal to people and projects long after the novelty fades.',
];
const rWeak = [
  'You may keep your own needs hidden until they boil over.',
  'Change that arrives without warning can throw you off for days.',
  'You sometimes mistake being useful for being valued.',
];
const rLove = [
  j(
    'In close relationships you show care through action rather than declarations: the spare umbrella in your bag, the',
    'playlist made for a long drive. Partners who need frequent verbal reassurance may misread your calm as distance, so',
    'saying the obvious out loud now and then goes a long way.',
  ),
  j('Friendships with you tend to be few and long-lasting. You are the person people call at 2 a.m., and you rarely mind.'),
];
const rWork = [
  j(
    'Lantern Keepers thrive in roles that reward reliability and attention to detail: editing, nursing, archiving, quality',
    'assurance, or any job where the quiet fix matters more than the loud pitch. You do your best work with clear goals and',
    'room to set your own pace.',
  ),
  j(
    'Watch out for workplaces that confuse visibility with value. Make a habit of writing down what you finished each week;',
    'it will help you ask for the recognition you have already earned.',
  ),
];
const rTraits: [string, string][] = [
  ['Introverted', '64%'],
  ['Observant', '71%'],
  ['Feeling', '58%'],
  ['Grounded', '66%'],
];
const rNav = ['Take the Test', 'Personality Types', 'Articles', 'Premium Profiles', 'For Teams'];
const rOther = ['The Cartographer (CT-A)', 'The Firestarter (FS-E)', 'The Gardener (GD-Q)', 'The Signal Boost (SB-E)'];
const rFoot = ['Contact', 'Privacy Policy', 'Terms & Conditions', 'Scientific Basis', 'Help Center'];
const sec = (h: string, inner: string): string =>
  `<section data-v-4c1a7e2b="" class="result-section"><h2 data-v-4c1a7e2b="" class="result-section__title">${h}</h2>${inner}</section>`;
const rHtml = `<!DOCTYPE html>
<html lang="en" data-n-head="%7B%22lang%22:%7B%221%22:%22en%22%7D%7D"><head><meta data-n-head="ssr" charset="utf-8">
<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><title>Lantern Keeper (LK-Q) Personality | Tempera Types</title>
<meta data-n-head="ssr" data-hid="description" name="description" content="Your Tempera Types result: the Lantern Keeper.">
<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="website"><link rel="preload" href="/_nuxt/app.3f9c1d.js" as="script">
<link rel="stylesheet" href="/_nuxt/css/app.8a2e4f.css"></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-1a2b3c4d="" class="app">
<header data-v-1a2b3c4d="" class="site-header"><a data-v-1a2b3c4d="" href="/" class="site-header__logo nuxt-link-active">Tempera Types</a>
<nav data-v-1a2b3c4d="" class="site-header__nav"><ul data-v-1a2b3c4d="">${links(rNav, 'nav-item')}</ul></nav>
<a data-v-1a2b3c4d="" href="/login" class="button button--ghost">Log In</a></header>
<main data-v-4c1a7e2b="" class="result-page"><div data-v-4c1a7e2b="" class="result-hero"><p data-v-4c1a7e2b="" class="result-hero__kicker">Your
personality type is:</p>
<h1 data-v-4c1a7e2b="" class="result-hero__title">${rTitle}</h1><img data-v-4c1a7e2b="" src="/static/types/lantern-keeper.svg" alt=""
class="result-hero__art"><p data-v-4c1a7e2b="" class="result-hero__date">Test taken March 4, 2026</p></div>
<div data-v-7e88a1f0="" class="traits"><h3 data-v-7e88a1f0="" class="traits__title">Your Traits</h3>${rTraits
  .map(
    ([t, v]) => `<div data-v-7e88a1f0="" class="trait-bar"><span data-v-7e88a1f0="" class="trait-bar__label">${t}</span><div data-v-7e88a1f0=""
class="trait-bar__track"><div data-v-7e88a1f0="" class="trait-bar__fill" style="width:${v}"></div></div><span data-v-7e88a1f0=""
class="trait-bar__value">${v}</span></div>`,
  )
  .join('\n')}</div>
<div data-v-2d5f9c11="" class="save-prompt"><p data-v-2d5f9c11="">Save your results so you can come back to them later.</p><form data-v-2d5f9c11=""><input
data-v-2d5f9c11="" type="email" placeholder="Your email"><button data-v-2d5f9c11="" type="submit">Save Results</button></form></div>
<article data-v-4c1a7e2b="" class="result-body">
${sec(rH[0] ?? '', ps(rWho, ' data-v-4c1a7e2b=""'))}
${sec(rH[1] ?? '', `<ul data-v-4c1a7e2b="" class="result-list">${lis(rStr)}</ul>`)}
${sec(rH[2] ?? '', `<ul data-v-4c1a7e2b="" class="result-list">${lis(rWeak)}</ul>`)}
<aside data-v-9b3e0d27="" class="premium-upsell"><h4 data-v-9b3e0d27="">Unlock your full Lantern Keeper profile</h4><p data-v-9b3e0d27="">Get 40 more
pages on relationships, career paths and growth, plus a printable report.</p><a data-v-9b3e0d27="" href="/premium" class="button">See Premium
Profile</a></aside>
${sec(rH[3] ?? '', ps(rLove, ' data-v-4c1a7e2b=""'))}
${sec(rH[4] ?? '', ps(rWork, ' data-v-4c1a7e2b=""'))}
</article>
<div data-v-6a0c2e55="" class="share-result"><p data-v-6a0c2e55="" class="share-result__label">Share your type</p><ul data-v-6a0c2e55="">${links([
  'Facebook',
  'X (Twitter)',
  'Copy result link',
])}</ul></div>
<section data-v-5f1d3b88="" class="other-types"><h3 data-v-5f1d3b88="">Explore other types</h3><ul data-v-5f1d3b88="">${links(rOther)}</ul></section>
</main>
<footer data-v-1a2b3c4d="" class="site-footer"><ul data-v-1a2b3c4d="">${links(rFoot)}</ul><p data-v-1a2b3c4d="">© 2026 Tempera Types Ltd. This test is
for fun and self-reflection; it is not a clinical assessment.</p></footer>
<div data-v-3e7b1c90="" class="cookie-notice"><p data-v-3e7b1c90="">We use essential cookies to keep your results, and optional ones for analytics.</p>
<button data-v-3e7b1c90="">Accept all</button><button data-v-3e7b1c90="">Only essential</button></div>
</div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{result:{code:"LK-Q",name:"Lantern Keeper",traits:[64,71,58,66]}}],
state:{user:null,locale:"en"},serverRendered:true,routePath:"/result/lk-q"}}(null,false));</script>
<script src="/_nuxt/app.3f9c1d.js" defer></script></body></html>`;
export const personality: TestPage = {
  name: 'heldout325-nuxt-personality-result-blog',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: rH,
  body: texts([...rWho, ...rStr, ...rWeak, ...rLove, ...rWork]),
  bylines: ['Test taken March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tempera Types', ...rNav, 'Log In', 'Your personality type is:', 'Your Traits', ...rTraits.flat(), 'Save your results so you can come back to them later.',
    'Save Results', 'Unlock your full Lantern Keeper profile', 'Get 40 more pages on relationships, career paths and growth, plus a printable report.',
    'See Premium Profile', 'Share your type', 'Facebook', 'X (Twitter)', 'Copy result link', 'Explore other types', ...rOther, ...rFoot,
    '© 2026 Tempera Types Ltd. This test is for fun and self-reflection; it is not a clinical assessment.',
    'We use essential cookies to keep your results, and optional ones for analytics.', 'Accept all', 'Only essential',
  ],
};
