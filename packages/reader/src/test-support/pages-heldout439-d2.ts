import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout439-kit.js';

/**
 * Held-out batch 439, file d2: a construction-software company's blog post rendered by Next.js (Procore-style: hashed CSS-module
 * class names, the `__next` root, a mega-menu header with "Request a Demo", the hero with category eyebrow, author card and
 * reading time, a sticky table of contents, Contentful rich-text body with a quote and a stat callout, an inline demo CTA,
 * the author bio, "Related articles" cards, the footer and the OneTrust banner, then the `__NEXT_DATA__` script).
 */
const nTitle = 'Why RFIs Stall on Site, and How Field Teams Are Closing Them Faster';
const nIntro = [
  j(
    'Requests for information are supposed to be the quick way to clear up a question on a drawing. In practice, the average RFI on a',
    'mid-size commercial job now stays open for nine to eleven days, and on a tight programme that can be the difference between a crew',
    'working and a crew waiting.',
  ),
  'We looked at how a handful of general contractors have brought their RFI turnaround down, and what they changed first.',
];
const nS1 = [
  j(
    'Most slow RFIs are not slow because the designer is busy. They are slow because the question is unclear. An RFI that says “please',
    'confirm detail at gridline C” with no photo, no markup and no proposed answer will almost always come back with a question of its own.',
  ),
  j(
    'Teams that attach a marked-up sheet and a photo from the field, and suggest a solution the designer can simply accept, see far fewer',
    'rounds of back-and-forth.',
  ),
];
const nQuote = '“We started writing every RFI as if the architect had never seen the site. Our average response time halved in a quarter.”';
const nQuoteBy = '— Project engineer, regional healthcare contractor';
const nS2 = [
  j(
    'The second common delay is routing. When RFIs travel by email, they sit in a project manager’s inbox until someone has time to',
    'forward them, and nobody can see who is holding the ball. Putting RFIs in a shared log with a named ball-in-court and a due date',
    'makes the hold-ups visible to the whole team.',
  ),
];
const nSteps = [
  'Set a default response time in the contract, usually five working days, and show it on every RFI.',
  'Review open RFIs in the weekly coordination meeting, oldest first.',
  'Link each RFI to the drawing it affects, so the answer reaches the people building from that sheet.',
  'Close the loop: once answered, issue a revised sheet or a sketch rather than leaving the answer in the log alone.',
];
const nS3 = [
  j(
    'None of these changes needs new software, but a connected platform makes them much easier to keep up. When the field team can raise',
    'an RFI from a tablet while standing at the problem, the photo and location are captured at the source, and the designer sees',
    'exactly what the foreman sees.',
  ),
  j(
    'The payoff goes beyond speed. A clean RFI log is one of the best records a contractor has if a delay claim is ever disputed, because',
    'it shows when each question was asked and how long it took to get an answer.',
  ),
];
const nToc = ['Unclear questions get unclear answers', 'Make the ball-in-court visible', 'What good looks like', 'Beyond turnaround time'];
const nNav = ['Products', 'Solutions', 'Resources', 'Customers', 'Pricing'];
const nRelated = ['Submittal logs that actually get used', 'Daily reports: what superintendents wish owners knew', 'Closing out punch lists in half the time'];
const nFoot = ['Company', 'Careers', 'Newsroom', 'Support', 'Trust Center', 'Privacy Notice', 'Terms of Service', 'Cookie Preferences'];
const P = (t: string): string => `<p class="RichText_paragraph__q3LmX">${t}</p>`;
const H = (i: number): string => `<h2 id="${nToc[i]?.toLowerCase().replace(/[^a-z]+/g, '-')}" class="RichText_heading2__V1Ab7">${nToc[i] ?? ''}</h2>`;
const nHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Girder Blog</title>
<meta name="description" content="What general contractors changed first to bring RFI turnaround down."/><meta property="og:title" content="${nTitle}"/>
<meta property="og:type" content="article"/><meta name="next-head-count" content="14"/><link rel="preload" href="/_next/static/css/8c1d2e.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/8c1d2e.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
"headline":"${nTitle}","author":{"@type":"Person","name":"Keisha Ondrak"},"datePublished":"2026-01-29"}</script>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-4f1b2a.js" defer=""></script><script src="/_next/static/chunks/pages/blog/%5Bslug%5D-9e0c1f.js" defer=""></script>
</head>
<body><div id="__next"><a class="SkipLink_skip__dA1k2" href="#main">Skip to content</a><header class="Header_header__Yz7pQ"><div class="Header_inner__3kD9s">
<a class="Header_logo__Hc1Vb" href="/" aria-label="Girder home"><svg viewBox="0 0 120 24"></svg></a><nav class="MegaNav_nav__8sJwL" aria-label="Main">
<ul class="MegaNav_list__0qPzt">${nNav
  .map(
    (n) => `<li class="MegaNav_item__LmR2c"><button class="MegaNav_trigger__x9QeW" aria-expanded="false">${n}</button>
</li>`,
  )
  .join('')}</ul>
</nav><div class="Header_actions__tD0sG"><a class="Button_link__zP3e1" href="/login">Log In</a>
<a class="Button_button__Kd2f7 Button_primary__qX81b" href="/demo">Request a Demo</a></div></div></header>
<main id="main" class="BlogPost_main__k2bWq"><div class="BlogHero_hero__Jw0rA"><div class="BlogHero_eyebrow__m3Hc8">
<a href="/blog/category/field-productivity">Field
Productivity</a></div><h1 class="BlogHero_title__9sLzD">${nTitle}</h1><div class="AuthorCard_card__Ux6tN"><img alt="" class="AuthorCard_avatar__1yR0t"
src="/_next/image?url=%2Fauthors%2Fkondrak.jpg&amp;w=96&amp;q=75"/><div class="AuthorCard_meta__2mF4P"><span class="AuthorCard_name__fG8kS">Keisha Ondrak</span>
<span class="AuthorCard_role__vN5aQ">Senior Content Manager</span><span class="AuthorCard_date__4pRy7"><time dateTime="2026-01-29">January 29, 2026</time>
</span>
<span class="AuthorCard_read__0cWs2">6 min read</span></div></div></div>
<div class="BlogPost_layout__R3vNe"><aside class="TableOfContents_toc__a7LpD" aria-label="Table of contents">
<p class="TableOfContents_label__Wb3nE">In this article</p>
<ol>${links(nToc, 'TableOfContents_item__Tp6bx')}</ol><div class="ShareBar_share__Qe4Zv"><span>Share</span>
<a href="#" aria-label="Share on LinkedIn">LinkedIn</a>
<a href="#" aria-label="Share on Facebook">Facebook</a><button aria-label="Copy link">Copy link</button></div></aside>
<article class="BlogPost_article__8LwYc"><div class="RichText_richText__nJ2vD">
${nIntro.map(P).join('\n')}
${H(0)}
${nS1.map(P).join('\n')}
<blockquote class="RichText_quote__Zk4mF"><p>${nQuote}</p><footer>${nQuoteBy}</footer></blockquote>
${H(1)}
${nS2.map(P).join('\n')}
<div class="StatCallout_callout__u2Hs9"><span class="StatCallout_stat__YfA1c">9–11 days</span>
<span class="StatCallout_text__Gb0Pw">Typical time an RFI stays open
on a mid-size commercial project</span></div>
${H(2)}
<ol class="RichText_ol__c5Vd0">${nSteps.map((s) => `<li><p class="RichText_paragraph__q3LmX">${s}</p></li>`).join('\n')}</ol>
<div class="InlineCta_cta__K1fPw"><p class="InlineCta_title__Rr8aT">See how field teams manage RFIs in Girder</p>
<a class="Button_button__Kd2f7" href="/demo">Get a
demo</a></div>
${H(3)}
${nS3.map(P).join('\n')}
</div><div class="AuthorBio_bio__Hn2eL"><p class="AuthorBio_heading__P4cXs">About the author</p><p class="AuthorBio_text__w0Mza">Keisha Ondrak writes about
field operations and project controls. Before joining Girder she spent eight years as a site engineer on hospital and campus projects.</p></div></article></div>
<section class="RelatedPosts_related__Tm9jB"><h2 class="RelatedPosts_heading__oE1qS">Related articles</h2><div class="RelatedPosts_grid__Xc3vK">
${nRelated
  .map(
    (r) => `<a class="PostCard_card__hB7nR" href="/blog/x"><span class="PostCard_category__Ue9sA">Project Management</span>
<h3 class="PostCard_title__Lk2yP">${r}</h3></a>`,
  )
  .join('\n')}</div></section></main>
<footer class="Footer_footer__Wq5nC"><ul class="Footer_links__Gs8mD">${links(nFoot, 'Footer_link__u7VbN')}</ul>
<p class="Footer_legal__z1KcF">© 2026 Girder Technologies, Inc. All rights reserved.</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies to personalise content, provide social media features and analyse our traffic.</p></div>
<div id="onetrust-button-group">
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"slug":"why-rfis-stall","title":"${nTitle}","readTime":6}}},
"page":"/blog/[slug]",
"query":{"slug":"why-rfis-stall"},"buildId":"hX2r9kQm","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
export const nextBlog: TestPage = {
  name: 'heldout439-nextjs-blog',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nToc,
  body: texts([...nIntro, ...nS1, nQuote, nQuoteBy, ...nS2, ...nSteps, ...nS3]),
  bylines: ['Keisha Ondrak', 'Senior Content Manager', 'January 29, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nNav, 'Log In', 'Request a Demo', 'Field Productivity', 'In this article', 'Share', 'LinkedIn', 'Facebook', 'Copy link', '9–11 days',
    'Typical time an RFI stays open on a mid-size commercial project', 'See how field teams manage RFIs in Girder', 'Get a demo', 'About the author',
    j('Keisha Ondrak writes about field operations and project controls. Before joining Girder',
      'she spent eight years as a site engineer on hospital and campus projects.'),
    'Related articles', 'Project Management', ...nRelated, ...nFoot, '© 2026 Girder Technologies, Inc. All rights reserved.',
    'We use cookies to personalise content, provide social media features and analyse our traffic.', 'Accept All Cookies', 'Cookies Settings',
  ],
};
