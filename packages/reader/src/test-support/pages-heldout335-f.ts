import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout335-kit.js';

/**
 * Held-out batch 335, file f: a parenting-after-separation guide from a family charity, saved from a Next.js site
 * (CSS-module class names, skip link, header nav with "Get help now", breadcrumbs, "On this page" list, a helpline
 * callout, a downloadable-plan card, "Was this helpful?", related guides, donate banner, footer, __NEXT_DATA__) and an
 * expert-answers-one-reader Q&A page on a Ghost site with the Casper theme (the reader's question and the expert's
 * answer are the body).
 */
const kTitle = 'Co-parenting after separation: making arrangements that work for your children';
const kIntro = [
  j(
    'When parents separate, children usually cope best when they can keep a warm relationship with both of you and when the',
    'adults around them are not in open conflict. This guide covers the practical side of sharing care, from first conversations',
    'to writing a parenting plan.',
  ),
];
const kH = ['Telling the children', 'Agreeing a parenting plan', 'Handovers', 'When you cannot agree'];
const k1 = [
  j(
    'If you can, tell the children together, and keep it short and honest. Reassure them that the separation is not their fault',
    'and that both parents will keep loving them. Younger children need to know what will happen next, such as where they will sleep.',
  ),
  j(
    'Older children may have strong views and may want to be asked what they think. Listen, but make clear that the adults will',
    'make the final decisions, so they do not feel responsible for choosing between you.',
  ),
];
const k2 = ['A written plan can prevent many arguments. Most plans cover:'];
const k2L = [
  'where the children will live during the week and at weekends',
  'how school holidays and birthdays will be shared',
  'how you will talk to each other about school, health and money',
  'what happens if one of you wants to move further away',
];
const k3 = [
  j(
    'Handovers are often the hardest moment. Keep them brief and predictable, and avoid discussing adult issues in front of the',
    'children. Some families use a neutral place such as school, so the children are collected by one parent and dropped by the other.',
  ),
  j(
    'A shared calendar or a simple notebook that travels with the children can carry the practical messages, such as a missed',
    'dose of medicine or a change to football training, so that you do not have to talk at the door.',
  ),
];
const k4 = [
  j(
    'Family mediation can help you reach an agreement without going to court. In most cases you will be asked to attend a',
    'mediation information meeting before you can apply for a court order about the children.',
  ),
];
const kNav = ['Separation', 'Money', 'Children', 'Mediation', 'Our services'];
const kFoot = ['About Hearthside', 'Volunteer', 'Media centre', 'Privacy notice', 'Cookie settings', 'Accessibility'];
const kHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${kTitle} | Hearthside Families</title><meta name="description" content="Practical help with sharing care after a separation."/>
<meta property="og:title" content="${kTitle}"/><link rel="preload" href="/_next/static/css/8b1e4c2d0a.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/8b1e4c2d0a.css" data-n-g=""/><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-4a2f1b.js" defer=""></script><script src="/_next/static/chunks/pages/guides/%5Bslug%5D-9e3c.js" defer=""></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${kTitle}","dateModified":"2026-02-02",
"publisher":{"@type":"Organization","name":"Hearthside Families"}}</script></head>
<body><div id="__next"><a href="#main" class="SkipLink_skip__Xq1aP">Skip to content</a>
<header class="Header_header__k3Jd8"><div class="Header_inner__2LmQw"><a class="Header_logo__f9Tq1" href="/">Hearthside Families</a>
<nav class="Header_nav__Hs7pL" aria-label="Main"><ul class="Header_list__6zVbN">${links(kNav, 'Header_item__pW1xR')}</ul></nav>
<a class="Button_button__yT8Ce Button_primary__3nR0u" href="/help">Get help now</a><button class="Header_exit__q0ZrM"
type="button">Leave this site quickly</button></div></header>
<main id="main" class="Guide_main__b2Kx0"><nav aria-label="Breadcrumb" class="Breadcrumbs_breadcrumbs__mA0tF"><ol>
<li><a href="/">Home</a></li><li><a href="/children">Children</a></li><li aria-current="page">Co-parenting after separation</li></ol></nav>
<div class="Guide_layout__4VdTm"><article class="Guide_article__Lz9wE"><h1 class="Guide_title__9FzQ2">${kTitle}</h1>
<p class="Guide_updated__Yq7sH">Updated 2 February 2026</p>
<div class="Guide_body__x7Fq2">${ps(kIntro)}
<aside class="OnThisPage_box__R2mQp"><h2 class="OnThisPage_heading__8hTnV">On this page</h2><ul>${kH
  .map(
    (h) => `<li><a
href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`,
  )
  .join('')}</ul></aside>
<h2 id="telling-the-children">${kH[0]}</h2>${ps(k1)}<h2
id="agreeing-a-parenting-plan">${kH[1]}</h2>${ps(k2)}<ul>${k2L.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="DownloadCard_card__L1pXz"><p class="DownloadCard_title__5wqN4">Parenting plan template</p><p class="DownloadCard_meta__Gm2sA">PDF, 240 KB, 6
pages</p>
<a class="Button_button__yT8Ce" href="/files/parenting-plan.pdf">Download</a></div>
<h2 id="handovers">${kH[2]}</h2>${ps(k3)}
<div class="Callout_callout__7cWnB" role="note"><p class="Callout_title__0pLm2">Need to talk it through?</p>
<p class="Callout_text__Ur3Fs">Call our parents’ helpline on 0800 555 0192, Monday to Friday, 9am to 8pm.</p></div>
<h2 id="when-you-cannot-agree">${kH[3]}</h2>${ps(k4)}</div>
<div class="Feedback_feedback__d4Nq1"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div></article>
<aside class="Guide_aside__P0bZs"><h2 class="Related_heading__K8rT4">Related
guides</h2><ul>${links(
  ['Child maintenance basics', 'Talking to teenagers about separation', 'Grandparents and contact'],
  'Related_item__2xHbm',
)}</ul></aside></div>
<section class="DonateBanner_banner__T5pWn"><p>Every year we help 40,000 families through separation. Could you help us reach one more?</p>
<a class="Button_button__yT8Ce" href="/donate">Donate</a></section></main>
<footer class="Footer_footer__1wQe9"><ul>${links(kFoot, 'Footer_item__z0Qm4')}</ul>
<p class="Footer_legal__Vn6cE">Hearthside Families is a registered charity in England and Wales (1123456).</p></footer>
<div class="CookieBanner_banner__9fLq2" role="dialog"><p>We use essential cookies to make this site work, and optional cookies to improve it.</p>
<button>Accept optional cookies</button><button>Reject optional cookies</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"guide":{"slug":"co-parenting-after-separation","title":"${kTitle}",
"updated":"2026-02-02"}},"__N_SSG":true},
"page":"/guides/[slug]","query":{"slug":"co-parenting-after-separation"},"buildId":"hX2kq9Lm","isFallback":false,"gsp":true}</script>
</body></html>`;
const nextjs: TestPage = {
  name: 'heldout335-nextjs-charity-guide-docs',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([...kIntro, ...k1, ...k2, ...k2L, ...k3, ...k4]),
  bylines: ['Updated 2 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Hearthside Families', ...kNav, 'Get help now', 'Leave this site quickly', 'Home', 'Co-parenting after separation',
    'On this page', 'Parenting plan template', 'PDF, 240 KB, 6 pages', 'Download', 'Need to talk it through?',
    'Call our parents’ helpline on 0800 555 0192, Monday to Friday, 9am to 8pm.', 'Was this page helpful?', 'Related guides', 'Child maintenance basics',
    'Talking to teenagers about separation', 'Grandparents and contact',
    'Every year we help 40,000 families through separation. Could you help us reach one more?',
    'Donate', ...kFoot, 'Hearthside Families is a registered charity in England and Wales (1123456).',
    'We use essential cookies to make this site work, and optional cookies to improve it.', 'Accept optional cookies', 'Reject optional cookies',
  ],
};

const qTitle = 'Ask the Expert: Should we tell our kids we are going to couples therapy?';
const qQ = [
  j(
    'My husband and I have been in couples therapy for about two months. Things are going better than I expected. Our children are',
    '9 and 13, and the older one has noticed that we go out together every Wednesday evening and come back quiet. She asked me last',
    'week whether we are getting divorced.',
  ),
  'I did not know what to say, so I said we were going to a class. Should we be honest with them, and how much should we share? — Rhiannon, Cardiff Bay',
];
const qA = [
  j(
    'Thank you for this question, Rhiannon. Your daughter is doing exactly what thirteen-year-olds do: noticing a change, worrying',
    'about the worst outcome and checking it out with you. That she asked at all is a good sign about your relationship with her.',
  ),
  j(
    'I would tell both children, in language that suits each age. Children tend to fill silence with their own fears, and the',
    'story they invent is usually more frightening than the truth. Something simple works: "Dad and I are seeing someone who helps',
    'couples talk and get along better. We are doing it because we care about our family."',
  ),
  'A few things to keep in mind:',
];
const qL = [
  'Share the purpose, not the content. They do not need to know what you discuss in sessions.',
  'Answer the real question. If your daughter is afraid of divorce, say clearly what you can honestly say.',
  'Tell them together, so neither parent is seen as the one who needs fixing.',
  'Correct the "class" story gently; it is fine to say you were not sure how to explain it at first.',
];
const qA2 = [
  j(
    'Many parents worry that mentioning therapy will alarm their children. In my experience it does the opposite. It shows them',
    'that adults can work on problems rather than hide them, which is a lesson worth far more than any Wednesday evening cover story.',
  ),
];
const qHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${qTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8d2e1a"><link rel="canonical"
href="https://thekindroom.example/ask-the-expert-couples-therapy/">
<meta property="og:site_name" content="The Kind Room"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-03-04T07:30:00.000Z">
<meta property="article:tag" content="Ask the Expert"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Kind Room"},
"author":{"@type":"Person","name":"Dr. Anwen Sterling"},"headline":"${qTitle}","datePublished":"2026-03-04T07:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://thekindroom.example/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:0}</style></head>
<body class="post-template tag-ask-the-expert tag-parenting is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://thekindroom.example">The Kind Room</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(['Home', 'Ask the Expert', 'Parenting', 'Couples', 'About'])}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-ask-the-expert tag-parenting">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/ask-the-expert/">Ask the
Expert</a></span></div>
<h1 class="article-title">${qTitle}</h1><p class="article-excerpt">A reader’s daughter has noticed the Wednesday evenings. Our family therapist answers.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/anwen/"
class="author-avatar">
<img class="author-profile-image" src="/content/images/anwen.jpg" alt="Dr. Anwen Sterling"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/anwen/">Dr. Anwen Sterling</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-04">Mar 4, 2026</time><span class="byline-reading-time"><span class="bull">•</span>
3 min read</span></div></div></section></div>
</header><figure class="article-image"><img src="/content/images/2026/03/kitchen-table.jpg"
alt=""><figcaption><span style="white-space: pre-wrap;">Photo by Kofi Lund</span></figcaption>
</figure><section class="gh-content gh-canvas"><h2 id="the-question">The question</h2><blockquote>${ps(qQ)}</blockquote>
<h2 id="the-answer">The answer</h2>${ps(qA)}<ul>${qL.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(qA2)}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">✉️</div><div class="kg-callout-text">Have a question for Dr.
Sterling? Reply to any
newsletter or write to ask@thekindroom.example. Questions are edited for length and privacy.</div></div></section>
<section class="article-comments gh-canvas"><div class="gh-comments-count">2 comments</div><div class="gh-comment"><span class="gh-comment-name">Bethan
L.</span>
<p>We did this with our two and it really helped. They still ask "how was therapy?" every week.</p></div></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><h2 class="post-card-title">Ask the Expert: My teenager will
not
speak to his stepdad</h2></article><article class="post-card post"><h2 class="post-card-title">How to argue in front of children (and when not
to)</h2></article></div></aside>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://thekindroom.example">The Kind Room</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Privacy', 'Contact', 'Advertise'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></div>
<script src="/assets/built/casper.js?v=8d2e1a"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout335-ghost-casper-expert-qa-forum',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: ['The question', 'The answer'],
  body: texts(['A reader’s daughter has noticed the Wednesday evenings. Our family therapist answers.', ...qQ, ...qA, ...qL, ...qA2]),
  bylines: ['Dr. Anwen Sterling', 'Mar 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Kind Room', 'Home', 'Ask the Expert', 'Parenting', 'Couples', 'About', 'Sign in', 'Subscribe', '3 min read', 'Photo by Kofi Lund',
    'Have a question for Dr. Sterling? Reply to any newsletter or write to ask@thekindroom.example. Questions are edited for length and privacy.',
    '2 comments', 'Bethan L.', 'We did this with our two and it really helped. They still ask "how was therapy?" every week.',
    'Sign up for more like this.', 'Enter your email', 'Ask the Expert: My teenager will not speak to his stepdad',
    'How to argue in front of children (and when not to)', 'Privacy', 'Contact', 'Advertise', 'Powered by Ghost',
  ],
};

export const HELDOUT335_F: readonly TestPage[] = [nextjs, ghost];
