import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout246-kit.js';

/**
 * Held-out batch 246, file e2: a personal-finance creator's post on Ghost with the Casper theme (site header with navigation and
 * portal sign-in / subscribe buttons, primary tag, custom excerpt, author byline with date and reading time, feature image
 * caption, callout and signup cards, members-only upgrade CTA under the free part, "Read more" post cards, footer).
 */
const gTitle = 'The 50/30/20 rule is a starting point, not a budget';
const gExcerpt = 'Why I stopped forcing my spending into three boxes, and what I track instead.';
const gA = [
  j(
    'Every few weeks someone emails me a spreadsheet with three columns: needs, wants and savings. They have followed the 50/30/20',
    'rule to the letter, and they are still anxious about money. I know the feeling, because I was that person for about three years.',
  ),
  j(
    'The rule is a fine first sketch. It tells you that half of your take-home pay going on essentials is reasonable, and that saving',
    'a fifth is a healthy target. What it does not do is tell you whether your own numbers work for your own life.',
  ),
];
const gH1 = 'Where the rule breaks';
const gB = [
  j(
    'The biggest problem is rent. In most of the cities my readers live in, housing alone takes 35 to 45% of take-home pay for someone',
    'on a median salary. Add food, transport and energy and the needs column passes 60% before you have bought a single coffee.',
  ),
  j(
    'The second problem is that the categories blur. Is a gym membership a need or a want? A phone contract? Childcare that lets you',
    'work? Arguing with yourself over labels is not budgeting.',
  ),
];
const gCallout = 'If the rule makes you feel like you are failing, the rule is the thing that needs adjusting, not you.';
const gH2 = 'What I track instead';
const gC = ['These days I watch three numbers each month, and only three:'];
const gList = [
  'Fixed costs as a share of take-home pay, aiming to bring it down slowly rather than hit a target.',
  'The amount that leaves my account automatically on payday, for savings and investments.',
  'Whatever is left, which I can spend without guilt and without categorising.',
];
const gD = [
  j(
    'That last point is the one readers push back on. But once the saving has happened on payday, the rest really is yours. Tracking',
    'every coffee only made me feel bad about money I had already decided I could spend.',
  ),
];
const gH3 = 'A one-evening exercise';
const gE = [
  j(
    'Take last month\u2019s bank statement and mark every payment that would happen again next month whether you wanted it or not.',
    'Add them up and divide by your take-home pay. That single figure tells you more than any rule of thumb.',
  ),
];
const gNav = ['Home', 'Start here', 'Budgeting', 'Investing', 'Newsletter', 'About'];
const gMore = ['Emergency funds: how much is enough for you?', 'I automated my finances in 2024. Here is what broke', 'A plain guide to index funds'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=2b1f0c4e8d"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://plainmoney.example/the-50-30-20-rule/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Plain Money"><meta property="og:type" content="article"><meta property="article:tag" content="Budgeting">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Plain Money"},
"author":{"@type":"Person","name":"Tomasz Everly"},"headline":"${gTitle}","datePublished":"2026-02-22T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://plainmoney.example/" data-key="a3f9c1" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-budgeting is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://plainmoney.example">Plain Money</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button></div><nav class="gh-head-menu"><ul class="nav">
${links(gNav)}</ul></nav><div class="gh-head-actions">
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-budgeting">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/budgeting/">Budgeting</a>
</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/tomasz/"
class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/tomasz.jpg" alt="Tomasz Everly"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tomasz/">Tomasz Everly</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-22">Feb 22, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 6 min read</span>
</div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w300/jars.jpg 300w" src="/content/images/size/w2000/jars.jpg"
alt=""><figcaption><span style="white-space: pre-wrap;">Three boxes are tidy. Real spending is not. Photo by Alma Reyne</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gA)}
<h2 id="where-the-rule-breaks">${gH1}</h2>
${ps(gB)}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form><div class="kg-signup-card-content"><div class="kg-signup-card-text">
<h2 class="kg-signup-card-heading">Get one plain money email a week</h2><p class="kg-signup-card-subheading">No hype, no stock tips. Join 24,000 readers.</p>
<form class="kg-signup-card-form" data-members-form="signup"><input class="kg-signup-card-input" type="email" placeholder="Your email"><button
class="kg-signup-card-button" type="submit"><span class="kg-signup-card-button-default">Subscribe</span></button><div class="kg-signup-card-success">Email sent!
Check your inbox to complete your signup.</div></form><p class="kg-signup-card-disclaimer">No spam. Unsubscribe anytime.</p></div></div></div>
<h2 id="what-i-track-instead">${gH2}</h2>
${ps(gC)}
<ol>${lis(gList)}</ol>
${ps(gD)}
<h2 id="a-one-evening-exercise">${gH3}</h2>
${ps(gE)}
<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #2f6b4f"><h2>The worksheet is for paid members
</h2><p>Upgrade to download the monthly tracking sheet and join the members' Q&amp;A.</p>
<a class="gh-btn" data-portal="signup" href="#/portal/signup">Become a member
</a><p><small>Already have an account? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></aside></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">Read more</h2>${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="#"><img class="post-card-image" src="/content/images/c.jpg" alt=""></a>
<div class="post-card-content"><a class="post-card-content-link" href="#"><header class="post-card-header"><h3 class="post-card-title">${t}</h3></header></a>
</div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://plainmoney.example">Plain Money</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy', 'Disclaimer'])}</ul></nav><div class="gh-powered-by"><a
href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=2b1f0c4e8d"></script></body></html>`;
export const ghost: TestPage = {
  name: 'heldout246-ghost-casper-personal-finance-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts([gExcerpt, ...gA, ...gB, gCallout, ...gC, ...gList, ...gD, ...gE]),
  bylines: ['Tomasz Everly', 'Feb 22, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Plain Money', ...gNav, 'Sign in', 'Subscribe', 'Three boxes are tidy. Real spending is not. Photo by Alma Reyne', 'Get one plain money email a week',
    'No hype, no stock tips. Join 24,000 readers.', 'Email sent! Check your inbox to complete your signup.', 'No spam. Unsubscribe anytime.',
    'The worksheet is for paid members', "Upgrade to download the monthly tracking sheet and join the members' Q&A.", 'Become a member',
    'Already have an account?', 'Read more', ...gMore, 'Plain Money © 2026', 'Sign up', 'Privacy', 'Disclaimer', 'Powered by Ghost',
  ],
};
