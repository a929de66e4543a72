import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, type Sec, secHeads, secParas, secs } from './pages-heldout469-kit.js';

/**
 * Held-out batch 469, file e: a "Yes on Measure" campaign's explainer on Webflow (w- classes, a dropdown nav, an FAQ and
 * a CTA strip), and a candidate's campaign newsletter post on Ghost (Casper) with a subscribe box and related posts.
 */
const fTitle = 'What Measure K does';
const fDek = 'Measure K renews the Fennick Unified bus and crossing guard fund for eight years, with no increase in the current rate.';
const fSecs: Sec[] = [
  {
    h: 'The short version',
    p: [
      j(
        'Since 2018, a $4 monthly fee on utility bills has paid for school buses and crossing guards in Fennick. That fee ends in',
        'June 2027. A yes vote on Measure K keeps it at $4 through 2035. A no vote lets it lapse.',
      ),
    ],
  },
  {
    h: 'What the money pays for',
    p: [
      j(
        'The fund raises about $2.1 million a year. It pays for 14 bus routes, 38 crossing guards at 22 intersections, and the',
        'late bus that lets students stay for tutoring, sports and band.',
      ),
    ],
  },
  { h: 'Frequently asked questions', p: [] },
];
const fFaq: { q: string; a: string }[] = [
  { q: 'Does Measure K raise my bill?', a: 'No. The fee stays at $4 a month, the same as today.' },
  {
    q: 'Who checks how the money is spent?',
    a: 'A citizens committee reviews every expense and publishes a report each fall. The fund cannot be used for salaries of district administrators.',
  },
  { q: 'When is the election?', a: 'Tuesday, March 9. Ballots are mailed to every registered voter in Fennick by February 8.' },
];
const fNav = ['The Measure', 'Endorsements', 'Get Involved', 'En español'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Jan 12 2027 18:04:55 GMT+0000 -->
<html data-wf-domain="www.yesonk.org" data-wf-page="65b2c0a1e4" data-wf-site="65b2c0a1e3" lang="en"><head><meta charset="utf-8">
<title>What Measure K does | Yes on K for Fennick Kids</title><meta content="${fDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65b2c0a1e3/css/yes-on-k.webflow.a1b2.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div
class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand w--current"><img src="https://assets-global.website-files.com/65b2c0a1e3/logo-yes-k.svg"
loading="lazy" alt="Yes on K"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/donate" class="button nav-button w-button">Donate</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero"><div class="container w-container"><h1 class="heading-hero">${fTitle}</h1><p class="paragraph-large">${fDek}</p></div></section>
<section class="section"><div class="container-narrow w-container"><div class="rich-text-block w-richtext">
${secs(fSecs.slice(0, 2))}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/65b2c0a1e3/bus.jpg"
loading="lazy" alt=""></div>
<figcaption>A Fennick Unified bus on the Route 7 morning run.</figcaption></figure></div>
<h2 class="heading-faq">${fSecs[2]?.h}</h2><div class="faq-wrapper">${fFaq
  .map(
    (x) => `<div data-hover="false" data-delay="0" class="faq-item w-dropdown"><div class="faq-question w-dropdown-toggle"><div class="faq-q-text">${x.q}</div>
<div class="faq-icon w-icon-dropdown-toggle"></div></div><nav class="faq-answer w-dropdown-list"><p class="faq-a-text">${x.a}</p></nav></div>`,
  )
  .join('\n')}</div></div></section>
<section class="section cta"><div class="container w-container"><h2 class="heading-cta">Ready to help?</h2>
<p class="cta-text">Pledge your yes vote and we will remind you when ballots arrive.</p>
<div class="w-form"><form id="email-form" name="email-form" method="get"><input class="text-field w-input" maxlength="256" name="email"
placeholder="Your email" type="email">
<input type="submit" value="Pledge to vote yes" class="button w-button"></form><div class="w-form-done" tabindex="-1"
role="region"><div>Thank you! You're on the list.</div></div>
<div class="w-form-fail" tabindex="-1" role="region"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="container w-container"><p
class="footer-text">Yes on K for Fennick Kids, Committee ID #1461007. Paid for by Yes on K for Fennick Kids.</p>
<a href="https://www.instagram.com/yesonk" class="footer-link">Instagram</a></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65b2c0a1e3/js/webflow.a1b2.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout469-webflow-measure-k',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [...secHeads(fSecs), ...fFaq.map((x) => x.q)],
  body: [fDek, ...secParas(fSecs), ...fFaq.map((x) => x.a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Donate', 'A Fennick Unified bus on the Route 7 morning run.', 'Ready to help?',
    'Pledge your yes vote and we will remind you when ballots arrive.',
    'Yes on K for Fennick Kids, Committee ID #1461007. Paid for by Yes on K for Fennick Kids.', 'Instagram',
  ],
};

const gTitle = 'Why I voted no on the landfill contract';
const gDek = 'A note from the campaign trail, and from the council chamber, about a 30-year deal that was written in a hurry.';
const gParas = [
  j(
    'Friends, last Tuesday the Ostby City Council voted 5–2 to sign a 30-year contract with Brightline Waste for the North Ridge',
    'landfill. I was one of the two no votes, and since I am asking you to send me back to the council in November, you deserve',
    'to know why.',
  ),
  j(
    'The contract was posted on a Friday night, 212 pages long, and voted on the next Tuesday. It fixes our tipping fee for three',
    'decades but lets the company add a "regulatory surcharge" whenever state rules change. Nobody on the dais could tell me how',
    'large that surcharge could get.',
  ),
  j(
    'I am not against a long contract. I am against signing one we have not read. I asked for a two-week delay and an independent',
    'review by the city attorney. That motion failed.',
  ),
  'What happens next',
  j(
    'The contract takes effect on January 1. I will ask the finance committee to publish every surcharge the company claims, the',
    'month it claims it. If you want to follow along, the committee meets on the first Monday of the month at 5:30 p.m.',
  ),
  'Thank you for reading, and for the notes so many of you sent this week. See you at the doors.',
  '— Joanna',
];
const gRel = ['Door-knocking in the Ninth Street neighborhood', 'My first year on council, in numbers', 'Why we need a second fire station'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5e1a9c3f2b">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://news.joannafornes.com/why-i-voted-no-landfill/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-08-20T14:10:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Joanna Fornes for Council"},
"author":{"@type":"Person","name":"Joanna Fornes"},"headline":"${gTitle}","datePublished":"2026-08-20T14:10:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js"
data-ghost="https://news.joannafornes.com/"
data-key="8f2c1d" data-api="https://news.joannafornes.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px}</style></head>
<body class="post-template is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://news.joannafornes.com">Joanna Fornes for Council</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(['Home', 'About Joanna', 'Volunteer'], 'nav-item')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-council featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/council/">Council</a></span>
<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/joanna/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/01/joanna.jpg"
alt="Joanna Fornes"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/joanna/">Joanna Fornes</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-08-20">Aug 20, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span></div></div></section></div></header>
<section class="gh-content gh-canvas">
${ps(gParas.slice(0, 3))}
<h2 id="what-happens-next">${gParas[3]}</h2>
${ps(gParas.slice(4))}
</section>
<section class="article-comments gh-canvas"><div class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div
class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></div></section></article></main>
<section class="outer read-more-wrap"><div class="inner"><div class="read-more">${gRel
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/"></a><div class="post-card-content"><a class="post-card-content-link"
href="/">
<header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></div></section></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://news.joannafornes.com">Joanna Fornes for Council</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Paid for by Fornes for Ostby'], 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=5e1a9c3f2b"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout469-ghost-newsletter',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gParas[3] ?? ''],
  body: texts([gDek, ...gParas.filter((_, i) => i !== 3 && i !== 6)]),
  bylines: ['Joanna Fornes', 'Aug 20, 2026', '— Joanna'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Joanna Fornes for Council', 'Home', 'About Joanna', 'Volunteer', 'Sign in', 'Subscribe', 'Council', 'Featured', '2 min read',
    'Sign up for more like this.', 'Enter your email', ...gRel,
    'Joanna Fornes for Council © 2026', 'Sign up', 'Paid for by Fornes for Ostby', 'Powered by Ghost',
  ],
};

export const HELDOUT469_E: readonly TestPage[] = [webflow, ghost];
