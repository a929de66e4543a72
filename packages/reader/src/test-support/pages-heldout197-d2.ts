import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 197, file d2: a Framer site's CMS blog post (the hydration root, the nav component server-rendered once per
 * breakpoint as ssr-variant copies, so its links appear twice, the "Back to blog" link, the category pill, date and
 * author row, the rich-text container with framer-text elements, an image with caption, a CTA banner component, the "More
 * posts" collection list, the footer with a newsletter input and the "Made in Framer" badge).
 */
const fTitle = 'How we cut onboarding from nine steps to three';
const fP1 = [
  'Six months ago, a new Tessel workspace took nine screens to set up. You named your team, picked a plan, invited people, ' +
    'connected a calendar, chose a time zone, set working hours, added a first project, picked a template and finally saw the ' +
    'product. Forty-one per cent of people who started never reached the end.',
  'Today it takes three screens, and seventy-eight per cent finish. This is how we got there, and what we had to give up.',
];
const fH1 = 'We asked what each step was for';
const fP2 = [
  'Every step had an owner and a reason. Time zone came from support, who were tired of tickets about meetings in the wrong ' +
    'hour. Working hours came from the scheduling team. The template picker came from marketing, who had spent a quarter ' +
    'building templates and wanted people to see them.',
  'None of these reasons were wrong. But none of them needed to happen before someone saw the product. We sorted the steps ' +
    'into three groups: things we could not work without, things we could guess, and things that could wait.',
];
const fH2 = 'Guess first, ask later';
const fP3 = [
  'Time zone and working hours turned out to be easy to guess from the browser and the calendar. We now fill them in quietly ' +
    'and show a small banner the first time a guess matters, such as when someone books a meeting outside the hours we assumed.',
  'Templates moved inside the product, on the empty state of the first project. More people use them now than when they were ' +
    'a required step, which surprised the marketing team as much as it surprised us.',
];
const fList = ['Screen one: your name and your team’s name.', 'Screen two: connect a calendar, or skip.', 'Screen three: invite people, or skip.'];
const fH3 = 'What we gave up';
const fP4 = [
  'Plan selection is gone from onboarding entirely. Everyone starts on a fourteen-day trial of the Team plan, and we ask about ' +
    'billing later. That cost us some early conversions in the first month, and it took two more to make them back.',
  'We also lost a clean funnel report. With steps that can be skipped or filled in later, the old chart no longer makes sense, ' +
    'and we are still arguing about what should replace it.',
];
const fCaption = 'The new three-step flow, as it looks on a laptop.';
const fNav = ['Product', 'Pricing', 'Customers', 'Blog', 'Log in'];
const fMore = ['Why we write our changelog by hand', 'Calendars are harder than they look', 'Notes from our first offsite'];
const fMoreDates = ['Apr 28, 2025', 'Apr 9, 2025', 'Mar 20, 2025'];
const fCta = ['Plan your team’s week in minutes', 'Try Tessel free for 14 days. No card needed.', 'Start free trial'];
const fFoot = ['Product', 'Pricing', 'Changelog', 'Careers', 'Privacy', 'Terms'];
const fNews = ['Get product updates once a month.', 'Subscribe'];
const fT = (tag: string, t: string, preset = 'framer-styles-preset-1wicq5s', id = 'tc8ux1'): string =>
  `<${tag} class="framer-text ${preset}" data-styles-preset="${id}">${t}</${tag}>`;
const fNavHtml = (variant: string, hidden: string): string => `<div class="ssr-variant ${hidden}"><nav class="framer-Xk2Jd framer-v-${variant}"
data-framer-name="${variant === '1b2c3d' ? 'Desktop' : 'Phone'}" style="width:100%"><a class="framer-1q8zmlm framer-1n3x0wk" data-framer-name="Logo"
href="./"><div class="framer-1l2k3j4" data-framer-component-type="RichTextContainer"><p class="framer-text">Tessel</p></div></a>
<div class="framer-17rhb0" data-framer-name="Links">${fNav
  .map(
    (t) => `<a class="framer-text framer-styles-preset-nav" data-framer-page-link-current="${t === 'Blog'}"
href="./${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`,
  )
  .join('')}<a class="framer-9wm4ve framer-ab3d1" data-framer-name="Button" href="./signup">
<div class="framer-1d2e3f" data-framer-component-type="RichTextContainer"><p class="framer-text">Get started</p></div></a></div></nav></div>`;
const fHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="generator" content="Framer 7f2a1c9">
<title>${fTitle} — Tessel</title><meta name="description" content="Six months ago, a new Tessel workspace took nine screens to set up.">
<meta name="framer-search-index" content="https://framerusercontent.example/sites/4kQxY/searchIndex-Ab12.json">
<link href="https://framerusercontent.example/images/favicon.png" rel="icon" media="(prefers-color-scheme: light)">
<meta property="og:type" content="website"><meta property="og:title" content="${fTitle} — Tessel">
<meta property="og:image" content="https://framerusercontent.example/images/onboarding-cover.png"><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://tessel.example/blog/onboarding-nine-to-three">
<style data-framer-breakpoint-css>@media (min-width: 1200px) { .hidden-1b2c3d { display: none !important; } }
@media (max-width: 809px) { .hidden-9z8y7x { display: none !important; } }</style>
<style data-framer-css-ssr-minified data-framer-components="framer-lib-cursors-host framer-Xk2Jd">
html,body,#main{margin:0;padding:0;box-sizing:border-box}</style>
<meta name="framer-html-plugin" content="disable"></head>
<body><script async src="https://events.framer.example/script?v=2" data-fid="4f1a8c2e" data-no-nt></script>
<div id="main" data-framer-hydrate-v2='{"routeId":"Vk9sZ2Jx","localeId":"default","pathVariables":{"Lb7Ys1pQf":"onboarding-nine-to-three"},
"breakpoints":[{"hash":"1b2c3d","mediaQuery":"(min-width: 1200px)"},{"hash":"9z8y7x","mediaQuery":"(max-width: 809px)"}]}'
data-framer-ssr-released-at="2025-05-07T12:01:22.104Z" data-framer-page-optimized-at="2025-05-12T08:44:10.512Z"><!--$-->
<div class="framer-Xf4aR framer-1b2c3d" style="min-height:100vh;width:auto"><div class="framer-1k3h8rn" data-framer-name="Nav Container">
${fNavHtml('1b2c3d', 'hidden-9z8y7x')}${fNavHtml('9z8y7x', 'hidden-1b2c3d')}</div>
<main class="framer-ltwi1b" data-framer-name="Main"><div class="framer-1q4ru3d" data-framer-name="Header">
<a class="framer-text framer-styles-preset-link" href="./blog">← Back to blog</a><div class="framer-1o0y7xz" data-framer-name="Meta">
<div class="framer-pill" data-framer-name="Category" data-framer-component-type="RichTextContainer"><p class="framer-text">Product</p></div>
<div class="framer-zl0q2p" data-framer-component-type="RichTextContainer"><p class="framer-text">May 12, 2025</p></div></div>
<div class="framer-1nxy4o" data-framer-name="Title"
data-framer-component-type="RichTextContainer">${fT('h1', fTitle, 'framer-styles-preset-1x2y3z', 'd0a3f1')}</div>
<div class="framer-11v5ygx" data-framer-name="Author"><div class="framer-avatar" data-framer-background-image-wrapper="true"><img decoding="async"
src="https://framerusercontent.example/images/mira.jpg" alt="" style="display:block;width:100%;height:100%;object-fit:cover"></div>
<div data-framer-component-type="RichTextContainer"><p class="framer-text">Mira Lindqvist</p></div>
<div data-framer-component-type="RichTextContainer"><p class="framer-text framer-styles-preset-caption">Head of Product</p></div></div></div>
<div class="framer-1s9pabc" data-framer-name="Cover" data-framer-background-image-wrapper="true"><img decoding="async"
src="https://framerusercontent.example/images/onboarding-cover.png" alt="Three onboarding screens side by side"></div>
<div class="framer-1k4l2vo" data-framer-name="Content" data-framer-component-type="RichTextContainer" style="--framer-paragraph-spacing:24px">
${fP1.map((t) => fT('p', t)).join('')}${fT('h2', fH1, 'framer-styles-preset-h2', 'aa19c2')}${fP2.map((t) => fT('p', t)).join('')}
${fT('h2', fH2, 'framer-styles-preset-h2', 'aa19c2')}${fP3.map((t) => fT('p', t)).join('')}
<ol class="framer-text">${fList.map((t) => `<li data-preset-tag="p" class="framer-text">${fT('p', t)}</li>`).join('')}</ol>
<figure class="framer-image framer-text"><img alt="" src="https://framerusercontent.example/images/three-step.png" class="framer-text"
width="1600" height="1000"><figcaption class="framer-text">${fCaption}</figcaption></figure>
${fT('h2', fH3, 'framer-styles-preset-h2', 'aa19c2')}${fP4.map((t) => fT('p', t)).join('')}</div>
<div class="framer-cta" data-framer-name="CTA Banner"><div data-framer-component-type="RichTextContainer"><h3 class="framer-text">${fCta[0]}</h3></div>
<div data-framer-component-type="RichTextContainer"><p class="framer-text">${fCta[1]}</p></div><a class="framer-9wm4ve" data-framer-name="Button"
href="./signup"><div data-framer-component-type="RichTextContainer"><p class="framer-text">${fCta[2]}</p></div></a></div>
<section class="framer-1n7x2kq" data-framer-name="More Posts"><div data-framer-component-type="RichTextContainer"><h2 class="framer-text">More posts</h2>
</div><div class="framer-1vy7d2c" data-framer-name="Collection List">${fMore
  .map(
    (t, i) => `<a class="framer-1tj2r5a" href="./blog/post-${i}"
data-framer-name="Card"><div data-framer-component-type="RichTextContainer"><h3 class="framer-text">${t}</h3></div>
<div data-framer-component-type="RichTextContainer"><p class="framer-text">${fMoreDates[i]}</p></div></a>`,
  )
  .join('\n')}</div></section></main>
<footer class="framer-8xq1c" data-framer-name="Footer"><div data-framer-component-type="RichTextContainer"><p class="framer-text">${fNews[0]}</p></div>
<form class="framer-form" data-framer-name="Newsletter"><input type="email" name="email" placeholder="you@company.com" class="framer-form-input">
<button type="submit" class="framer-form-button"><p class="framer-text">${fNews[1]}</p></button></form>
<div class="framer-links">${fFoot.map((t) => `<a class="framer-text" href="./${t.toLowerCase()}">${t}</a>`).join('')}</div>
<div data-framer-component-type="RichTextContainer"><p class="framer-text">© 2025 Tessel Labs AB</p></div></footer></div>
<div id="template-overlay"></div><!--/$--></div>
<div id="__framer-badge-container"><div class="__framer-badge" data-framer-appear-id="badge"><a href="https://www.framer.example/" target="_blank"
rel="noopener" class="framer-badge-link"><div class="framer-text">Made in Framer</div></a></div></div>
<script>(()=>{function u(){function n(t,e,i){let r=document.createElement("a");r.href=t,r.target=i,r.rel=e,document.body.appendChild(r)}}})()</script>
<script type="module" async data-framer-bundle="main" fetchpriority="low" src="https://framerusercontent.example/sites/4kQxY/script_main.Bq1.mjs"></script>
</body></html>`;
export const framerPost: TestPage = {
  html: fHtml,
  name: 'heldout197-framer-blog',
  kind: 'blog',
  // the nav is rendered twice (one ssr-variant per breakpoint); the category pill, caption, CTA banner, "More posts" list,
  // footer and the "Made in Framer" badge are furniture; the date, author name and role are bylines
  title: fTitle,
  headings: [fH1, fH2, fH3],
  body: texts([...fP1, ...fP2, ...fP3, ...fList, ...fP4]),
  bylines: ['May 12, 2025', 'Mira Lindqvist', 'Head of Product'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tessel', ...fNav, 'Get started', '← Back to blog', fCaption, ...fCta, 'More posts', ...fMore, ...fMoreDates, ...fNews, 'Changelog',
    'Careers', 'Privacy', 'Terms', '© 2025 Tessel Labs AB', 'Made in Framer',
  ],
};
