import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout450-kit.js';

/**
 * Held-out batch 450, file c: a fact-checker's "we got it wrong" post on a Ghost (Casper) site with a portal sign-up box and a
 * read-more feed, and a broadcaster's editorial complaints unit finding on a BBC-style orbit template with a sticky complaint
 * summary box.
 */
const hTitle = 'We got it wrong: our check on the Tarrow bus subsidy claim';
const hHeadings = ['What we published', 'What was wrong', 'How it happened', 'What we have changed'];
const hBody = [
  j(
    'On 24 February we published a fact check rating as “Misleading” a claim by the Tarrow county transport chief, Alun Baptiste,',
    'that the county “spends more per bus passenger than any other county in the region”. That rating was wrong, and we have',
    'changed it to “Accurate”. This post explains what happened.',
  ),
  j(
    'Our original check compared the county’s bus subsidy in 2024-25 with the number of passenger journeys reported by operators.',
    'We concluded that two neighbouring counties spent more per journey, and that Mr Baptiste had overstated Tarrow’s position.',
  ),
  j(
    'We used the passenger figure for all journeys on routes that run through Tarrow, including the parts of cross-border routes',
    'that lie in other counties. The subsidy figure, however, covered only the routes the county itself pays for. Dividing one by',
    'the other made Tarrow’s spending per passenger look lower than it is.',
  ),
  'When we use passenger numbers for the subsidised routes only, the figures look like this:',
  'Tarrow: £3.12 per passenger journey',
  'Hembury: £2.64 per passenger journey',
  'Walcot Vale: £2.41 per passenger journey',
  j(
    'On that basis Mr Baptiste’s claim is correct. A reader who works as a transport planner spotted the mismatch and wrote to us',
    'two days after publication. We are grateful to them, and we apologise to Mr Baptiste and to our readers.',
  ),
  j(
    'The passenger data comes from a regional dataset with two tabs that are easy to confuse. Our researcher took the total from',
    'the first tab, and the editor who reviewed the piece checked the arithmetic but not which tab the number came from.',
  ),
  '“Checking that the sum is right is not the same as checking that you are dividing like by like,” said our editor, Rhiannon Vey.',
  j(
    'We have corrected the original article, added a note at the top explaining the change, and updated the rating in our claims',
    'database, which is used by several partner newsrooms. Those partners have been told.',
  ),
  j(
    'From this month, every check that divides one official figure by another will carry a short note in our working file saying',
    'where each number comes from and what it covers, and the reviewing editor will sign off on that note as well as the result.',
  ),
];
const hNav = ['Home', 'Fact checks', 'Corrections', 'Methods', 'About', 'Donate'];
const hMore = [
  'Does the new ring road really cut journey times by a third?',
  'How many GP surgeries have closed in the county since 2020?',
  'Our corrections policy, explained',
];
const hFoot = ['Corrections policy', 'Funding', 'Contact', 'Privacy'];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="We rated a claim about bus subsidies as misleading. It was accurate. Here is what went wrong.">
<link rel="canonical" href="https://checkpoint-tarrow.example/we-got-it-wrong-bus-subsidy/"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Checkpoint Tarrow"},
"author":{"@type":"Person","name":"Nell Ambrose"},"headline":"${hTitle}","datePublished":"2026-03-04T10:00:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://checkpoint-tarrow.example/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-corrections tag-hash-wide is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://checkpoint-tarrow.example">Checkpoint Tarrow</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(hNav, 'nav-item')}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin"
data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-corrections">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/corrections/">Corrections</a></span></div>
<h1 class="article-title">${hTitle}</h1><div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/nell/" class="author-avatar"><img class="author-profile-image" src="/content/images/nell.jpg"
alt="Nell Ambrose"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/nell/">Nell Ambrose</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-04">Mar 4, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/03/bus-depot.jpg" alt="Buses parked at a depot"><figcaption><span
style="white-space: pre-wrap;">Tarrow’s subsidised routes carry about a fifth of the county’s bus passengers. Photo: Checkpoint Tarrow</span>
</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(hBody.slice(0, 1))}
<h2 id="what-we-published">${hHeadings[0]}</h2>
${ps(hBody.slice(1, 2))}
<h2 id="what-was-wrong">${hHeadings[1]}</h2>
${ps(hBody.slice(2, 4))}
<ul>${hBody
  .slice(4, 7)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
${ps(hBody.slice(7, 8))}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📬</div><div class="kg-callout-text">Spotted a mistake? Email
corrections@checkpoint-tarrow.example and we will reply within two working days.</div></div>
<h2 id="how-it-happened">${hHeadings[2]}</h2>
${ps(hBody.slice(8, 9))}
<blockquote>${hBody[9]}</blockquote>
<h2 id="what-we-have-changed">${hHeadings[3]}</h2>
${ps(hBody.slice(10))}
</section></article></main>
<div class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></div>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed">${hMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="#"><img class="post-card-image" src="/content/images/c.jpg" alt=""></a>
<div class="post-card-content"><a class="post-card-content-link" href="#"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header>
</a></div></article>`,
  )
  .join('\n')}</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://checkpoint-tarrow.example">Checkpoint Tarrow</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(hFoot, 'nav-item')}</ul></nav><div class="gh-powered-by"><a href="https://ghost.example/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"></div>
<script src="https://checkpoint-tarrow.example/assets/built/casper.js?v=9a1c7f"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout450-ghost-casper-factcheck-we-got-it-wrong-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: hHeadings,
  body: texts(hBody),
  bylines: ['Nell Ambrose', 'Mar 4, 2026', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Checkpoint Tarrow', ...hNav, 'Sign in', 'Subscribe',
    'Tarrow’s subsidised routes carry about a fifth of the county’s bus passengers. Photo: Checkpoint Tarrow',
    'Spotted a mistake? Email corrections@checkpoint-tarrow.example and we will reply within two working days.', 'Sign up for more like this.',
    'Enter your email', ...hMore, 'Checkpoint Tarrow © 2026', ...hFoot, 'Powered by Ghost',
  ],
};

const bTitle = 'Ashby Tonight, Radio Ashby, 14 January 2026';
const bHeadings = ['Complaint', 'Outcome', 'Further action'];
const bBody = [
  j(
    'A listener complained that an interview with a local landlord about a proposed licensing scheme for rented homes was one-sided,',
    'because the presenter did not challenge claims that the scheme would force “thousands” of landlords to sell up, and no one',
    'was heard putting the case for the scheme. The ECU considered the complaint in the light of the NBS’s editorial standards',
    'on impartiality and accuracy.',
  ),
  j(
    'The item lasted just under seven minutes and was introduced as a discussion of “the council’s plans and what they mean for',
    'renters and landlords”. The only guest was Gareth Minshull, chair of a regional landlords’ association. He said that the',
    'licence fee of £640 for five years would be “the final straw” for small landlords and that thousands would leave the market.',
  ),
  j(
    'The ECU noted that the council had published an estimate of around 9,800 privately rented homes in the area covered by the',
    'scheme, held by roughly 3,100 landlords, so the claim that “thousands” would sell was a significant one that listeners had',
    'no means of judging. The presenter did not put that context to Mr Minshull, nor did she mention that the council had said',
    'the fee could be paid in instalments.',
  ),
  j(
    'The programme told the ECU that the council had been invited to take part but had declined, and that its position had been',
    'covered in a news bulletin earlier in the evening. The ECU accepted that a programme cannot compel an organisation to take',
    'part, but found that when one side declines, the programme still has a responsibility to reflect its arguments fairly. A',
    'bulletin an hour earlier could not be assumed to have been heard by the same listeners.',
  ),
  j(
    'The ECU concluded that the item did not give due weight to the arguments for the scheme, and that the unchallenged claim',
    'about landlords leaving the market risked misleading listeners on a matter of local controversy.',
  ),
  'Upheld',
  j(
    'The finding has been discussed with the programme team and the station’s editor. The programme has been reminded that,',
    'where a key party declines to take part, presenters should summarise its position and test contested figures with the',
    'guest. A summary of this finding was broadcast on Ashby Tonight on 3 March 2026.',
  ),
];
const bOrbit = ['Home', 'News', 'Sport', 'Weather', 'iPlayer', 'Sounds', 'Bitesize'];
const bSide = ['Recent ECU findings', 'Make a complaint', 'Complaints framework', 'Editorial guidelines', 'Corrections and clarifications'];
const bCrumbs = ['Contact the NBS', 'Complaints', 'Recent ECU rulings'];
const bFoot = ['Terms of Use', 'About the NBS', 'Privacy Policy', 'Cookies', 'Accessibility Help', 'Parental Guidance', 'Contact the NBS'];
const bHtml = `<!DOCTYPE html><html lang="en-GB" class="b-header--black--white b-footer--black--white"><head><meta charset="utf-8">
<title>NBS - Complaints - ${bTitle}</title><meta name="description" content="Finding by the Executive Complaints Unit">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="https://static.nbsi.example/frameworks/nbs-orbit.css">
<script>window.orb = window.orb || {}; orb.fig = {"geo":"gb","uk":true}; window.nbsdotcom = {"pageType":"complaint-finding","section":"contact"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebPage","name":"${bTitle}","datePublished":"2026-02-19"}</script></head>
<body><div id="nbscom-cookie-banner" class="nbscom-cookie-banner" role="dialog"><div class="nbscom-cookie-banner__text"><h2>Let us know you agree to
cookies</h2>
<p>We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p></div>
<button class="nbscom-cookie-banner__button--accept">Yes, I agree</button><a href="/usingthenbs/cookies/" class="nbscom-cookie-banner__button--settings">No,
take me to settings</a></div>
<header id="orb-banner" role="banner" class="orbit-header-container"><div class="orbit-header"><a href="#main-content" id="skip-to-content-link"
class="orbit-skip-link">Skip to content</a>
<div class="orbit-header-blocks"><a href="https://www.nbs.example/" class="orbit-blocks-logo" title="NBS Homepage">NBS</a></div>
<a href="https://account.nbs.example/signin" class="orbit-header-signin">Sign in</a><nav class="orbit-header-links international"
role="navigation"><ul>${links(bOrbit, 'orb-nav-home')}</ul></nav>
<div class="orbit-search-container"><form id="searchform" class="orbit-search__form" action="https://search.nbs.example/search"><input type="text"
id="orb-search-q" placeholder="Search NBS" aria-label="Search NBS"></form></div></div></header>
<div id="nbs-content" class="nbs-contact"><div class="gel-wrap">
<nav class="nbs-breadcrumb" aria-label="Breadcrumb"><ol>${links(bCrumbs, 'nbs-breadcrumb__item')}</ol></nav>
<div class="gel-layout"><main id="main-content" class="gel-layout__item gel-2/3@l" role="main"><div class="nbs-page-heading"><p
class="nbs-page-heading__kicker">Executive Complaints Unit finding</p>
<h1 class="nbs-page-heading__title gel-double-pica-bold">${bTitle}</h1><p class="nbs-page-heading__date">Published: 19 February 2026</p></div>
<div class="nbs-finding__summary gel-box" role="note"><dl class="nbs-finding__facts">
<dt>Programme</dt><dd>Ashby Tonight</dd><dt>Service</dt><dd>Radio Ashby</dd>
<dt>Transmission</dt><dd>14 January 2026, 18:00</dd><dt>Status</dt><dd class="nbs-finding__status nbs-finding__status--upheld">Resolved</dd></dl></div>
<div class="nbs-finding rich-text">
<h2 class="gel-great-primer-bold">${bHeadings[0]}</h2>
${ps(bBody.slice(0, 1))}
<h2 class="gel-great-primer-bold">Finding</h2>
${ps(bBody.slice(1, 5))}
<h2 class="gel-great-primer-bold">${bHeadings[1]}</h2>
<p><strong>${bBody[5]}</strong></p>
<h2 class="gel-great-primer-bold">${bHeadings[2]}</h2>
${ps(bBody.slice(6))}
</div><div class="nbs-share-tools" data-component="share"><h3 class="nbs-share-tools__title">Share this page</h3><ul class="nbs-share-tools__list">
<li><a href="#" class="nbs-share-tools__link">Email</a></li><li><a href="#" class="nbs-share-tools__link">Facebook</a></li>
<li><a href="#" class="nbs-share-tools__link">X</a></li></ul></div></main>
<aside class="gel-layout__item gel-1/3@l nbs-contact__sidebar" role="complementary"><h2 class="nbs-contact__sidebar-title">Complaints</h2>
<ul class="nbs-contact__sidebar-links">${links(bSide)}</ul><div class="nbs-contact__promo"><h3>Not happy with our reply?</h3>
<p>If you have complained to us and are not satisfied, you can ask the ECU to look at your complaint.</p></div></aside></div></div></div>
<footer id="orb-footer" class="orbit-footer" role="contentinfo"><div class="orb-footer-inner"><ul class="orb-footer-links">${links(bFoot)}</ul>
<p class="orb-footer-copyright"><small>Copyright © 2026 NBS. The NBS is not responsible for the content of external sites.
<a href="/editorialguidelines/external-linking">Read about our approach to external linking.</a></small></p></div></footer>
<script src="https://static.nbsi.example/frameworks/requirejs/orbit-scripts.js" defer></script></body></html>`;
const nbs: TestPage = {
  name: 'heldout450-nbs-orbit-ecu-finding-news',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: [bHeadings[0] ?? '', 'Finding', bHeadings[1] ?? '', bHeadings[2] ?? ''],
  body: texts(bBody),
  bylines: ['Published: 19 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Let us know you agree to cookies', 'We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.',
    'Yes, I agree', 'No, take me to settings', 'Skip to content', 'Sign in', ...bOrbit, ...bCrumbs, 'Executive Complaints Unit finding',
    'Programme', 'Service', 'Transmission', '14 January 2026, 18:00', 'Status', 'Resolved', 'Share this page', 'Email', 'Facebook',
    'Complaints', ...bSide, 'Not happy with our reply?', 'If you have complained to us and are not satisfied, you can ask the ECU to look at your complaint.',
    ...bFoot, 'Copyright © 2026 NBS. The NBS is not responsible for the content of external sites.', 'Read about our approach to external linking.',
  ],
};

export const HELDOUT450_C: readonly TestPage[] = [ghost, nbs];
