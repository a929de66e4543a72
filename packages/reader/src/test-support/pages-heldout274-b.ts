import { links, type TestPage, texts } from './page-kit.js';
import { reutersLive } from './pages-heldout274-b2.js';
import { paras } from './pages-heldout274-kit.js';

/**
 * Held-out batch 274, file b: a CNN-style live updates page (the Stellar template's live story:
 * "What we're covering" bullets, posts with headline, "From ..." byline and time stamp, "Link
 * Copied!" share buttons, an inline "Related article" card, "Ad Feedback" labels, the header
 * menu, the "Paid Partner Content" rail, the OneTrust banner and the footer) and, from file b2,
 * a Reuters-style live page.
 */
const cTitle = 'March 9, 2026 – Coastal leaders agree shipping corridor at Verrano summit';
const cCovering = paras(`
Leaders of six coastal states agreed on Monday to open a protected shipping corridor through the Tessaly Strait, ending a
three-month blockade that had stranded more than 400 cargo ships.

The deal still needs to be ratified by the parliaments of at least four of the six states before the corridor can open.

Shipping insurers said premiums for the route would stay high until the first convoys had passed safely.
`);
interface CPost {
  id: string;
  h: string;
  by: string;
  t: string;
  p: string[];
}
const cPosts: CPost[] = [
  {
    id: 'cmb81',
    h: 'What happens next with the corridor deal',
    by: "From CWN's Nadia Ferrante",
    t: '6:05 p.m. ET, March 9, 2026',
    p: paras(`
The agreement signed in Verrano is only a framework. Officials from the six states will now have two weeks to draw up the
exact route of the corridor and decide which navies will escort the first convoys.

Diplomats told CWN that the hardest question, who pays for the escorts, had been left out of the final text so that the
leaders could sign something before the summit ended.
`),
  },
  {
    id: 'cmb77',
    h: 'Shipping stocks jump on news of the agreement',
    by: "From CWN's Peter Oyelaran",
    t: '4:32 p.m. ET, March 9, 2026',
    p: paras(`
Shares in the largest container lines rose sharply in late trading after the first reports of a deal reached the markets.
Halvorsen Maritime closed up 11%, its best day in more than two years.

Analysts cautioned that the rally could fade quickly. "Investors are pricing in a reopening next month, and that may be too
optimistic," said one freight analyst at a Verrano bank.
`),
  },
  {
    id: 'cmb70',
    h: 'Leaders sign the framework after overnight talks',
    by: "From CWN's Nadia Ferrante and Luis Carbajal",
    t: '1:14 p.m. ET, March 9, 2026',
    p: paras(`
The six leaders signed the framework agreement at a short ceremony in the old customs house, after talks that ran until just
before dawn.

In a joint statement, they said the corridor would be "open to the ships of all nations, without discrimination," and that a
joint monitoring centre would be set up in Verrano to track traffic through the strait.

The host, President Aurelio Basta, called the agreement "a first step, not a last word," and thanked the delegations for
staying at the table through the night.

Outside the customs house, a small crowd of dock workers cheered as the leaders' cars left. Many of them had been without regular
work since the blockade began in December.
`),
  },
];
const cBody = [...texts(cCovering), ...cPosts.flatMap((p) => texts(p.p))];
const cNav = ['US', 'World', 'Politics', 'Business', 'Health', 'Entertainment', 'Style', 'Travel', 'Sports', 'Science', 'Climate'];
const cPaid = ['Retirees are moving to this quiet coastal town', 'The travel card frequent flyers swear by', 'Why this mattress sells out every spring'];
const cFoot = ['Terms of Use', 'Privacy Policy', 'Ad Choices', 'Accessibility & CC', 'About', 'Newsletters', 'Transcripts'];
const cPost = (p: CPost): string => `<article class="live-story-post" data-component-name="live-story-post" data-post-id="${p.id}"
id="${p.id}"><header class="live-story-post__header"><h2 class="live-story-post__headline inline-placeholder">${p.h}</h2>
<div class="live-story-post__byline byline"><span class="byline__names">${p.by}</span></div>
<div class="live-story-post__timestamp timestamp" data-first-publish="2026-03-09">${p.t}</div></header>
<div class="live-story-post__content">${p.p.map((x) => `<p class="paragraph inline-placeholder vossi-paragraph">${x}</p>`).join('\n')}</div>
<div class="live-story-post__share"><button class="social-share__copy" data-url="#${p.id}">Copy link</button>
<span class="social-share__copied" aria-live="polite">Link Copied!</span></div></article>`;
const cHtml = `<!DOCTYPE html><html lang="en" data-uri="cms.cwn.example/_pages/live-story@published" data-layout-uri="live-story"><head>
<meta charset="utf-8"><title>${cTitle} | CWN</title><meta name="description" content="The latest on the Verrano coastal summit.">
<meta property="og:type" content="article"><meta name="author" content="Nadia Ferrante, Peter Oyelaran, Luis Carbajal">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${cTitle}",
"liveBlogUpdate":[{"@type":"BlogPosting","headline":"${cPosts[0]?.h}"}]}</script>
<script>window.CWN = window.CWN || {}; CWN.contentModel = {"pageType":"live-story","section":"world","edition":"domestic"};</script>
</head><body class="layout-live-story"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="dialog">
<p id="onetrust-policy-text">We and our partners use cookies to personalise content and ads and to analyse our traffic.</p>
<button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<header class="header" data-editable="header"><div class="header__container"><a class="brand-logo" href="/">CWN</a>
<nav class="header__nav"><ul class="header__nav-items">${links(cNav, 'header__nav-item')}</ul></nav>
<a class="header__watch" href="/live-tv">Watch</a><a class="header__listen" href="/audio">Listen</a>
<a class="header__live-tv" href="/live-tv">Live TV</a><button class="header__subscribe">Subscribe</button>
<a class="header__sign-in" href="/account/log-in">Sign in</a></div></header>
<section class="layout__wrapper layout-live-story__wrapper"><div class="ad-slot-header"><div class="ad-feedback-link">Ad Feedback</div></div>
<div class="headline headline--has-lowertext"><div class="headline__sub-container"><span class="headline__live-label">Live Updates</span>
<h1 class="headline__text inline-placeholder" id="maincontent">${cTitle}</h1></div></div>
<div class="live-story__by-line"><div class="byline__names">By <a href="/profiles/nadia-ferrante">Nadia Ferrante</a>,
<a href="/profiles/peter-oyelaran">Peter Oyelaran</a> and <a href="/profiles/luis-carbajal">Luis Carbajal</a>, CWN</div>
<div class="timestamp">Updated 6:05 PM EDT, Mon March 9, 2026</div></div>
<div class="live-story__image image"><img src="https://media.cwn.example/verrano-summit.jpg" alt="Leaders at the summit">
<div class="image__caption attribution"><span class="inline-placeholder">Leaders pose for a photo at the Verrano summit on Monday.</span></div>
<div class="image__credit">Marco Salis/Newsline</div></div>
<div class="live-story__summary" data-editable="covering"><h2 class="live-story__summary-title">What we're covering</h2>
<ul>${cCovering.map((x) => `<li class="live-story__summary-item">${x}</li>`).join('')}</ul></div>
<div class="related-content related-content--article"><span class="related-content__label">Related article</span>
<a href="/2026/03/08/world/tessaly-blockade-explainer">
<span class="related-content__headline">What is the Tessaly blockade and why does it matter?</span></a></div>
<div class="live-story__posts" data-editable="posts">${cPosts.map(cPost).join('\n')}</div>
<div class="live-story__coverage-ended"><p>Our live coverage has ended. You can read more about the summit in the posts above.</p></div>
<aside class="zone__items layout--wide-left-balanced-2"><h2 class="container__title">Paid Partner Content</h2>
<ul>${links(cPaid, 'container__item')}</ul><div class="ad-feedback-link">Ad Feedback</div></aside></section>
<footer class="footer"><ul class="footer__links">${links(cFoot, 'footer__link')}</ul>
<p class="footer__copyright-text">© 2026 Cable World News. A Halden Media Group Company. All Rights Reserved.</p></footer>
<script src="/js/live-story.bundle.js" defer></script></body></html>`;
const cnn: TestPage = {
  name: 'heldout274-cnn-live-updates-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: ["What we're covering", ...cPosts.map((p) => p.h)],
  body: cBody,
  bylines: [
    ...cPosts.map((p) => p.by),
    ...cPosts.map((p) => p.t),
    'By Nadia Ferrante, Peter Oyelaran and Luis Carbajal, CWN',
    'Updated 6:05 PM EDT, Mon March 9, 2026',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We and our partners use cookies to personalise content and ads and to analyse our traffic.', 'I Accept', 'Cookie Settings',
    ...cNav.filter((s) => s.length > 2),
    'Watch', 'Listen', 'Live TV', 'Subscribe', 'Sign in', 'Ad Feedback', 'Live Updates', 'Leaders pose for a photo at the Verrano summit on Monday.',
    'Marco Salis/Newsline', 'Related article', 'What is the Tessaly blockade and why does it matter?', 'Copy link', 'Link Copied!',
    'Our live coverage has ended. You can read more about the summit in the posts above.', 'Paid Partner Content', ...cPaid, ...cFoot,
    '© 2026 Cable World News. A Halden Media Group Company. All Rights Reserved.',
  ],
};

export const HELDOUT274_B: readonly TestPage[] = [cnn, reutersLive];
