import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout254-kit.js';

/**
 * Held-out batch 254, file d2: a Chronicle of Philanthropy-style news article (site header with section menu and
 * subscribe button, the section label, headline, dek, byline and date, share tools, a lead image with caption and credit,
 * two "Read more" inline promos, a pull quote, an inline newsletter sign-up, a metered-paywall notice, tags, the "Most Read"
 * rail, an ad slot and the footer).
 */
const lTitle = 'Mid-Size Foundations Quietly Lead the Shift to Multiyear Grants';
const lP1 = [
  j(
    'Foundations with assets between $50 million and $500 million are moving faster than the largest grant makers to give',
    'multiyear, unrestricted support, according to a survey of 640 funders released on Tuesday by the Aldergrove Center for',
    'Effective Giving.',
  ),
  j(
    'Forty-one percent of the mid-size foundations surveyed said that at least half of their grant dollars in 2025 went out as',
    'general operating support lasting two years or more. Among foundations with more than $1 billion in assets, the figure',
    'was 23 percent.',
  ),
];
const lH1 = 'Smaller staffs, fewer layers';
const lP2 = [
  j(
    'Researchers say the gap comes down to structure. Mid-size foundations often have a handful of staff and a board that meets',
    'quarterly, which makes it easier to change policy in one step. Larger institutions tend to organize grants by program area,',
    'each with its own strategy and reporting rules.',
  ),
  j(
    '“When you have three program officers, you can decide on a Friday that you are going to trust your grantees more, and',
    'on Monday you do it,” said Ottilie Brandvold, president of the Fernhill Fund in Duluth, which converted all of its grants',
    'to unrestricted support in 2023.',
  ),
];
const lQuote = 'The paperwork we stopped asking for was paperwork nobody was reading.';
const lH2 = 'Grantees notice the difference';
const lP3 = [
  j(
    'The survey also asked 1,100 nonprofit leaders about their funders. Those whose largest grant was multiyear and unrestricted',
    'were twice as likely to report having three months of cash reserves, and far less likely to have frozen hiring.',
  ),
  j(
    'Not everyone is convinced the trend will last. Several large foundations told researchers that they were waiting for',
    'evidence on outcomes before committing, and a few mid-size funders said they had reintroduced restrictions after',
    'a grantee ran into financial trouble.',
  ),
  j(
    'The Aldergrove Center plans to repeat the survey every two years. Its director, Ramón Ekwueme, said the next round would',
    'track whether the foundations that made the switch stick with it when markets fall.',
  ),
];
const lMenu = ['News', 'Fundraising', 'Foundation Giving', 'Leadership', 'Opinion', 'Webinars', 'Jobs'];
const lShare = ['Share on Facebook', 'Share on LinkedIn', 'Share on X', 'Email this article', 'Print'];
const lTags = ['Foundation Giving', 'Trust-Based Philanthropy', 'Grant Making'];
const lMost = [
  'Donor-Advised Fund Payouts Hit Record as Assets Climb',
  'What Nonprofit Boards Get Wrong About Reserves',
  'The Quiet Exodus of Development Directors',
];
const lFoot = ['About Us', 'Advertise', 'Subscribe', 'Contact Us', 'Privacy Policy', 'Terms of Use'];
const lHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${lTitle}</title><meta name="description" content="A new survey finds mid-size foundations are moving
fastest on multiyear, unrestricted support."><meta property="og:type" content="article"><meta name="article:section" content="Foundation Giving">
<meta name="parsely-metadata" content='{"premium":true}'><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"${lTitle}","author":[{"@type":"Person","name":"Beatrix Olumide"}],"datePublished":"2026-03-10T14:30:00Z","isAccessibleForFree":false}</script>
<script>window.piano={aid:"Qm3x7Ld1",contentSection:"foundation-giving"};</script></head>
<body class="Page Page--article"><a class="SkipLink" href="#main">Skip to content</a><header class="Page-header"><div class="Page-header-bar">
<a class="Page-header-logo" href="/"><img src="/img/ledger-logo.svg" alt="The Philanthropy Ledger"></a><div class="Page-header-actions">
<a class="Button Button--subscribe" href="/subscribe">Subscribe</a><a class="Page-header-login" href="/login">Log In</a></div></div>
<nav class="Page-header-navigation" aria-label="Sections"><ul class="Navigation-items">${links(lMenu, 'Navigation-items-item')}</ul></nav></header>
<main id="main" class="Page-main"><article class="Article ContentItem"><header class="Article-header">
<div class="Article-sectionLabel"><a href="/section/foundation-giving">Foundation Giving</a></div><h1 class="Article-headline">${lTitle}</h1>
<p class="Article-dek">A new survey finds the biggest change is happening outside the largest institutions.</p>
<div class="ArticleBylines"><span class="Article-byline">By <a href="/author/beatrix-olumide" rel="author">Beatrix Olumide</a></span>
<time class="Article-date" datetime="2026-03-10T14:30:00Z">March 10, 2026</time></div>
<div class="ShareTools"><ul>${lShare.map((s) => `<li><button class="ShareTools-button" aria-label="${s}">${s}</button></li>`).join('')}</ul></div></header>
<figure class="Article-leadImage"><img src="/img/2026/03/grant-meeting.jpg" alt=""><figcaption class="Figure-caption">Board members of a small family
foundation review applications.<span class="Figure-credit">Imogen Tal for The Philanthropy Ledger</span></figcaption></figure>
<div class="Article-content contentBody" data-paywall="metered">
${ps(lP1)}
<aside class="InlinePromo"><p><strong>Read more:</strong> <a href="/news/unrestricted-grants-2024">Why Unrestricted Grants Stalled After the
Pandemic</a></p></aside>
<h2>${lH1}</h2>
${ps(lP2)}
<blockquote class="PullQuote"><p>${lQuote}</p></blockquote>
<div class="NewsletterSignup NewsletterSignup--inline"><h3 class="NewsletterSignup-title">Philanthropy Today</h3><p>The day’s top nonprofit news,
every weekday morning.</p><form><input type="email" placeholder="Your email address"><button type="submit">Sign Up</button></form></div>
<h2>${lH2}</h2>
${ps(lP3)}
<aside class="InlinePromo"><p><strong>Read more:</strong> <a href="/news/reserves-study">How Much Cash Should a Nonprofit Keep?</a></p></aside>
</div>
<div class="Paywall-notice" role="note"><p>You have read 2 of 3 free articles this month.</p><a href="/subscribe">Subscribe for unlimited access</a></div>
<footer class="Article-footer"><div class="Article-tags"><span class="Article-tags-label">Tags:</span> <ul>${links(lTags, 'Article-tags-item')}</ul></div>
</footer></article>
<aside class="Page-aside"><div class="MostRead"><h2 class="MostRead-title">Most Read</h2><ol>${links(lMost, 'MostRead-item')}</ol></div>
<div class="AdSlot" data-slot="rail-1"><span class="AdSlot-label">Advertisement</span></div></aside></main>
<footer class="Page-footer"><ul class="Page-footer-links">${links(lFoot)}</ul><p class="Page-footer-copyright">Copyright © 2026 The Philanthropy Ledger.
All rights reserved.</p></footer>
<div id="cookieConsent" class="CookieConsent"><p>We use cookies to improve your experience. See our Privacy Policy.</p><button>I Agree</button></div>
<script src="/js/main.9a4e.js" defer></script></body></html>`;
export const ledger: TestPage = {
  name: 'heldout254-philanthropy-ledger-news',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: [lH1, lH2],
  body: texts([...lP1, ...lP2, lQuote, ...lP3]),
  bylines: ['By Beatrix Olumide', 'March 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Log In', ...lMenu, ...lShare,
    'Board members of a small family foundation review applications.', 'Imogen Tal for The Philanthropy Ledger',
    'Read more: Why Unrestricted Grants Stalled After the Pandemic', 'Philanthropy Today', 'The day’s top nonprofit news, every weekday morning.',
    'Sign Up', 'Read more: How Much Cash Should a Nonprofit Keep?', 'You have read 2 of 3 free articles this month.', 'Subscribe for unlimited access',
    'Tags:', ...lTags.slice(1), ...lMost, 'Most Read', 'Advertisement', ...lFoot, 'Copyright © 2026 The Philanthropy Ledger. All rights reserved.',
    'We use cookies to improve your experience. See our Privacy Policy.', 'I Agree',
  ],
};
