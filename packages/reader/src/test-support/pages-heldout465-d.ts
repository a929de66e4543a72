import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, h, j, lis } from './pages-heldout465-kit.js';

/**
 * Held-out batch 465, file d: a long workplace blog post on Ghost (Casper theme) with a callout card, an image caption, a
 * members' sign-up box and Ghost's comments app, and a short workplace post on a HubSpot CMS blog with tags, a CTA and
 * related posts.
 */
const gTitle = 'The quiet floor: what we learned from banning calls for a month';
const gDek = 'We turned one floor of our coworking space into a phone-free zone for four weeks. Members loved it, mostly.';
const gSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'Every coworking operator hears the same complaint sooner or later: someone two desks away is on a video call, and they',
        'have been for an hour. At Larchmont Yard we had heard it often enough that in February we tried something blunt. For one',
        'month, the second floor would be silent. No calls, no video meetings, no conversations longer than a whisper.',
      ),
      j(
        'We told members two weeks ahead, moved the phone booths’ booking limit from 30 minutes to an hour, and put a small sign',
        'on each desk. Then we watched what happened, counted what we could, and asked everyone what they thought.',
      ),
    ],
  ],
  [
    'Who used the quiet floor',
    [
      j(
        'We expected writers and developers, and we got them. What surprised us was how many people from sales and account',
        'teams came up for an hour or two in the morning to clear their email before starting calls downstairs. By the second',
        'week, the floor was full by 9.30am on every weekday, up from about two-thirds before the trial.',
      ),
      j(
        'Some members never came up at all. A few told us they felt the floor was “too serious”, and one, a designer who works',
        'with music on, said the silence made her nervous. That is a fair point, and one we come back to below.',
      ),
    ],
  ],
  [
    'What changed downstairs',
    [
      j(
        'The ground floor got louder. With the quiet crowd upstairs, the people who stayed below felt freer to take calls at',
        'their desks, and complaints about noise on the ground floor rose from two in January to nine in February.',
      ),
      j(
        'Phone booth bookings went up by 40 per cent, and the booths were full for most of the afternoon. We have since added',
        'two more, and we would not run the trial again without them.',
      ),
    ],
  ],
  [
    'The rules that worked',
    [
      'We wrote the rules down on one card and kept them short. The three that held up best were:',
      'Calls and video meetings happen in booths or on the ground floor, never at a desk upstairs.',
      'Short questions are fine at a whisper; anything longer moves to the kitchen.',
      'Headphones are welcome, but nothing should be audible from the next desk.',
      j('What did not work was a rule against typing on loud mechanical keyboards. Nobody enforced it, and we dropped it after', 'the first week.'),
    ],
  ],
  [
    'What we are keeping',
    [
      j(
        'The second floor is now silent for good, from opening until 1pm. In the afternoon, quiet conversation is allowed. That',
        'split came from members themselves: most said they wanted silence for focused work in the morning and the chance to talk',
        'over ideas after lunch.',
      ),
      j(
        'We are also trying a “quiet hour” on the ground floor every day from 10 to 11am, for the people who like the bustle',
        'but need a break from it. It is early days, but nobody has complained yet.',
      ),
      j(
        'If you run a shared space and are thinking of trying something similar, our advice is to start with more booths than',
        'you think you need, to let members write the rules with you, and to expect the noise to move rather than vanish.',
      ),
    ],
  ],
];
const gCallout = 'Members on any plan can use the quiet floor. Day pass holders can book a quiet desk at reception.';
const gNav = ['Home', 'Spaces', 'Membership', 'Journal', 'About'];
const gRead = ['Why our kitchen has no clock', 'Five things we got wrong in our first year', 'Hot desks, cold coffee: a members’ survey'];
const gList = gSecs[3]?.[1] ?? [];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4a3e1c9b2d">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://journal.larchmontyard.com/the-quiet-floor/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-04-09T08:30:00.000Z">
<meta property="article:tag" content="Workplace"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Larchmont Yard Journal"},
"author":{"@type":"Person","name":"Tamsin Oakhurst"},"headline":"${gTitle}","datePublished":"2024-04-09T08:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://journal.larchmontyard.com/"
data-key="3b7c1e2f9a0d" data-api="https://journal.larchmontyard.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:40px 4vw}</style></head>
<body class="post-template tag-workplace tag-community tag-coworking is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://journal.larchmontyard.com">Larchmont Yard Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg viewBox="0 0 24 24"></svg></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-workplace tag-community tag-coworking">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/workplace/">Workplace</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tamsin/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2023/05/tamsin.jpg"
alt="Tamsin Oakhurst"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tamsin/">Tamsin Oakhurst</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2024-04-09">Apr 9, 2024</time><span class="byline-reading-time"><span class="bull">•</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2024/04/quiet-floor.jpg 300w" src="/content/images/size/w2000/2024/04/quiet-floor.jpg"
alt="The second floor at Larchmont Yard"><figcaption>The second floor on the last day of the trial. <span style="white-space: pre-wrap;">Photo by Ruairi
Delacourt</span>
</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gSecs[0]?.[1] ?? [])}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🤫</div><div class="kg-callout-text">${gCallout}</div></div>
${gSecs
  .slice(1)
  .map(([head, paras]) =>
    head === 'The rules that worked'
      ? `${h(head, 'h2', ` id="the-rules-that-worked"`)}${ps([paras[0] ?? ''])}<ol>${lis(gList.slice(1, 4))}</ol>${ps([paras[4] ?? ''])}`
      : `${h(head)}\n${ps(paras)}`,
  )
  .join('\n')}
</section></article>
<div class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content"><h2>Get the Journal by email</h2>
<p>New posts from the Yard, about once a month. No spam.</p><a class="gh-btn" data-portal="signup" href="#/portal/signup">Subscribe now</a></div></div>
<section class="article-comments gh-canvas"><div class="comments-count">3 comments</div>
<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js" data-ghost-comments="https://journal.larchmontyard.com/"
data-api="https://journal.larchmontyard.com/ghost/api/content/" data-key="3b7c1e2f9a0d" data-title="" data-count="true" data-post-id="66152a0c9e1f"
crossorigin="anonymous"></script></section></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-heading">Read more</h3><div class="read-more-feed">
${gRead
  .map(
    (r) => `<article class="post-card post"><a class="post-card-content-link" href="/"><header class="post-card-header"><h2
class="post-card-title">${r}</h2></header></a></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://journal.larchmontyard.com">Larchmont Yard Journal</a> ©
2024</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'House rules', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=4a3e1c9b2d"></script></body></html>`;
const ghost: TestPage = gold({
  name: 'heldout465-ghost-quiet-floor',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.slice(1).map(([head]) => head),
  body: [gDek, ...(gSecs[0]?.[1] ?? []), gCallout, ...gSecs.slice(1).flatMap(([, p]) => p)],
  bylines: ['Tamsin Oakhurst', 'Apr 9, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Larchmont Yard Journal', ...gNav, 'Sign in', 'Subscribe', 'Workplace', '• 5 min read',
    'The second floor on the last day of the trial. Photo by Ruairi Delacourt',
    'Get the Journal by email', 'New posts from the Yard, about once a month. No spam.', 'Subscribe now', '3 comments', 'Read more', ...gRead,
    'Larchmont Yard Journal © 2024', 'Sign up', 'House rules', 'Contact', 'Powered by Ghost',
  ],
});

const hTitle = 'Hybrid work policy template: 5 questions to answer first';
const hBody = [
  j(
    'Most hybrid policies fail because they try to settle everything at once. Before you draft a single clause, get your',
    'leadership team to agree answers to five questions. The rest of the policy follows from them.',
  ),
  'Is office time set by team or by person? Team days make collaboration easier; personal choice makes hiring easier.',
  'How many days, and which days? A fixed “anchor day” fills the office; a minimum number of days fills the diary.',
  'Who pays for the home set-up? Decide on an allowance before people start sending receipts.',
  'What happens to desks? If fewer than 60 per cent of staff are in on a peak day, desk booking will save you space.',
  'How will you review it? Pick a date six months out and the numbers you will look at.',
  j('Once you have those answers, our free template walks you through the remaining sections: eligibility, equipment,', 'security and expenses.'),
];
const hTags = ['Hybrid work', 'HR and policy'];
const hRel = ['How to run a desk-booking pilot', 'Office utilisation: the three numbers that matter'];
const hHtml = `<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Five questions your leadership team should settle before drafting a hybrid work policy.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.1/jquery/jquery-1.7.1.js"></script>
<link rel="stylesheet" href="/hs/hsstatic/AsyncSupport/static-1.501/sass/rss_post_listing.css"><link rel="stylesheet"
href="https://www.plinthworkplace.com/hubfs/hub_generated/template_assets/1/112/1714/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Priya Castellane"}}</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.plinthworkplace.com/blog/hybrid-work-policy-template">
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en-gb';</script></head>
<body><div class="body-wrapper hs-content-id-168221390021 hs-blog-post hs-blog-id-95300211"><div
data-global-resource-path="plinth/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="//www.plinthworkplace.com" id="hs-link-site_logo"><img src="https://www.plinthworkplace.com/hubfs/plinth-logo.svg" alt="Plinth"></a></span></div>
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">${links(
  ['Product', 'Pricing', 'Customers', 'Resources', 'Blog'],
  'hs-menu-item hs-menu-depth-1',
)}
</ul></nav><a class="button" href="/demo">Get a demo</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/priya-castellane">Priya Castellane</a><time datetime="2024-05-21 09:00:00" class="blog-post__timestamp">May
21, 2024</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text">
${ps([hBody[0] ?? ''])}<!--more--><ol>${hBody
  .slice(1, 6)
  .map((q) => `<li><strong>${q.split('? ')[0]}?</strong> ${q.split('? ')[1]}</li>`)
  .join('\n')}</ol>${ps([hBody[6] ?? ''])}
<span class="hs-cta-wrapper" id="hs-cta-wrapper-4c1e9a"><span class="hs-cta-node hs-cta-4c1e9a" id="hs-cta-4c1e9a">
<a href="https://cta-redirect.hubspot.com/cta/redirect/95300211/4c1e9a"><img class="hs-cta-img"
src="https://no-cache.hubspot.com/cta/default/95300211/4c1e9a.png"
alt="Download the hybrid policy template"></a></span><script>hbspt.cta.load(95300211, '4c1e9a', {"useNewLoader":"true"});</script></span></span></div>
<div class="blog-post__tags"><span>Topics:</span>${hTags
  .map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`)
  .join('')}</div>
<div class="social-sharing"><a href="https://www.linkedin.com/shareArticle?mini=true">Share on LinkedIn</a><a href="https://twitter.com/intent/tweet">Share on
X</a></div>
</article><section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${hRel
  .map((r) => `<div class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="/blog/">${r}</a></h3></div>`)
  .join('')}</div></section>
<div class="blog-subscribe"><h3>Subscribe to the Plinth blog</h3><div class="hs_cos_wrapper_type_form"><form class="hs-form"><label>Email<span
class="hs-form-required">*</span></label>
<input type="email" name="email"><input type="submit" value="Subscribe" class="hs-button primary large"></form></div></div></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Plinth Workplace Software Ltd, 3 Cordwainer Row, Leeds LS1 4HZ</p>
<ul class="footer__links">${links(['Privacy policy', 'Security', 'Status', 'Careers'])}</ul><p>© 2024 Plinth. All rights reserved.</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"><div
id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button">Accept</a><a id="hs-eu-decline-button"
role="button">Decline</a></div></div></div>
<script src="https://js.hs-scripts.com/95300211.js" id="hs-script-loader" async defer></script></body></html>`;
const hubspot: TestPage = gold({
  name: 'heldout465-hubspot-hybrid-policy',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: texts(hBody),
  bylines: ['Priya Castellane', 'May 21, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Product', 'Pricing', 'Customers', 'Resources', 'Blog', 'Get a demo', 'Topics:', ...hTags, 'Share on LinkedIn', 'Share on X',
    'Related posts', ...hRel, 'Subscribe to the Plinth blog', 'Email', 'Plinth Workplace Software Ltd, 3 Cordwainer Row, Leeds LS1 4HZ', 'Privacy policy',
    'Security', 'Status', 'Careers', '© 2024 Plinth. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
});

export const HELDOUT465_D: readonly TestPage[] = [ghost, hubspot];
