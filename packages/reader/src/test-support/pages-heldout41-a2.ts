import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 41, file a2: a Politico news article (OneTrust and chartbeat scripts, the global header with nav and
 * "Log In", the section kicker, the headline set as an h2 as the site does, the dek, "By" line with two authors, the
 * timestamp and "Updated:" line, share tools with "Link Copied", the lead photo with caption and credit, an "Inside
 * Congress" newsletter enhancement inside the story text with its form and legal text, two h3 subheads, the italic
 * contributor line, "Filed under" tags, a "Most Read" list and the long footer).
 */
const poTitle = 'Spending deal quietly trims money for next-generation weather satellites';
const poDek = 'Lawmakers in both parties say they were caught off guard by the $240 million cut, which NOAA warns could delay the first launch by a year.';
const poBody1 = [
  'A bipartisan spending agreement released late Tuesday cuts $240 million from the program building the next generation of U.S. ' +
    'weather satellites, a reduction that was not in either chamber’s earlier bills and that several lawmakers said they learned ' +
    'about only after the text was posted.',
  'The cut, tucked into a 19-page explanatory statement accompanying the Commerce-Justice-Science section of the package, would ' +
    'trim funding for the Geostationary Extended Observations program, known as GeoXO, to roughly $560 million for the current ' +
    'fiscal year.',
  'Officials at the National Oceanic and Atmospheric Administration have warned congressional staff that a reduction of that size ' +
    'could push the first launch from 2032 into 2033, according to two people familiar with the briefings who were granted ' +
    'anonymity to describe private conversations.',
];
const poH1 = '‘If there’s a reason, say it’';
const poBody2 = [
  '“Nobody on this committee asked for this cut, as far as I can tell,” said Rep. Lorna Haskett (D-Colo.), whose district ' +
    'includes a cluster of federal weather research labs. “If there’s a reason, I’d like someone to say it out loud.”',
  'An aide to the Republican majority on the House Appropriations Committee said the reduction reflected “slower than expected ' +
    'spending” on the program in the past year rather than any change in support, and noted that unspent money from earlier ' +
    'years would remain available.',
  'Rep. Walt Brennerman (R-Okla.), who sits on the subcommittee that writes the bill, said he would look into the change. ' +
    '“I’m a big believer in knowing when the tornado is coming,” he said. “If this slows that down, we’ll fix it.”',
];
const poH2 = 'What comes next';
const poBody3 = [
  'The package must pass both chambers before the current stopgap expires on Dec. 19. Leaders in both parties have said they do ' +
    'not intend to reopen the text, which means any fix would probably have to wait for a supplemental bill early next year.',
  'Industry groups that build satellite components are already lobbying for that. The Space and Weather Industry Council sent a ' +
    'letter to appropriators on Wednesday warning that a one-year delay would raise the program’s total cost by at least ' +
    '$300 million.',
];
const poContrib = 'Jordan Pike contributed to this report.';
const poNav = ['Congress', 'White House', 'Elections', 'Politics', 'Magazine', 'Newsletters', 'Podcasts', 'Video'];
const poMost = [
  'Senate GOP eyes January vote on health care tax credits',
  'The governors quietly building 2028 operations',
  'Inside the scramble to fill the Fed’s vacant seat',
];
// biome-ignore format: the footer links are packed several to a line to keep the file short
const poFoot = [
  'About Us', 'Advertising', 'Breaking News Alerts', 'Careers', 'Credit Card Payments', 'Digital Edition', 'FAQ', 'Feedback', 'Headlines',
  'Photos', 'Press', 'Print Subscriptions', 'Request A Correction', 'Write For Us', 'RSS', 'Site Map', 'Terms of Service', 'Privacy Policy',
  'Do not sell or share my personal information',
];
const poLegal =
  'By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. You may unsubscribe at any time by ' +
  'following the directions at the bottom of the email or by contacting us here. This site is protected by reCAPTCHA and ' +
  'the Google Privacy Policy and Terms of Service apply.';
const poP = (ps: readonly string[]): string => ps.map((p) => `<p class="story-text__paragraph">${p}</p>`).join('\n');
const poHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><link rel="canonical"
href="https://www.politico.com/news/2025/12/03/weather-satellites-spending-00712345">
<meta name="brightspot.contentId" content="00000193-8f2a-d4c1-a9ff-bfbbe4a10000">
<style type="text/css" id="chartbeat-flicker-control-style">body { visibility: hidden !important; }</style>
<script type="text/javascript">(function(){var _sf_async_config=window._sf_async_config=(window._sf_async_config||{});_sf_async_config.uid=33430;
_sf_async_config.sections='Congress';_sf_async_config.authors='Caroline Mercer,Devin Ashby';})();</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="c3eecc09-e5d5-4a23-9b7c-e441668791b9"></script>
<title>Spending deal quietly trims money for weather satellites - POLITICO</title>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${poTitle}",
"author":[{"@type":"Person","name":"Caroline Mercer"},{"@type":"Person","name":"Devin Ashby"}],"datePublished":"2025-12-03T10:00:00Z"}</script></head>
<body class="layout-story section-congress"><a class="skip-link" href="#main">Skip to Main Content</a>
<header class="global-header" data-module="global-header"><div class="global-header__logo"><a href="/"><span class="sr-only">POLITICO</span>
<svg aria-hidden="true"></svg></a></div><nav class="global-nav" aria-label="Main navigation"><ul class="global-nav__list">${links(poNav, 'global-nav__item')}
</ul></nav><div class="global-header__utility"><a class="login" href="/login">Log In</a></div></header>
<main id="main" class="container container--story"><div class="container__row"><div class="container__column container__column--story center-horizontally">
<section class="media-item media-item--story"><div class="summary"><header class="summary-header">
<p class="story-meta__kicker"><a href="/news/congress">Congress</a></p>
<h2 class="headline">${poTitle}</h2><p class="dek">${poDek}</p></header>
<div class="story-meta"><p class="story-meta__authors"><span class="vcard">By <a href="/staff/caroline-mercer">Caroline Mercer</a></span> and
<span class="vcard"><a href="/staff/devin-ashby">Devin Ashby</a></span></p>
<p class="story-meta__timestamp"><time datetime="2025-12-03T10:00:00Z">12/03/2025 05:00 AM EST</time></p>
<p class="story-meta__updated"><time datetime="2025-12-03T16:42:00Z">Updated: 12/03/2025 11:42 AM EST</time></p></div>
<div class="share-tools" data-module="share-tools"><button class="share-tools__toggle">Share</button><ul class="share-tools__list">
<li><a aria-label="Share on Facebook" href="https://www.facebook.com/sharer.php"><svg></svg></a></li>
<li><a aria-label="Share on X" href="https://x.com/intent/post"><svg></svg></a></li><li><button class="share-tools__copy" aria-label="Copy link">
<svg></svg></button><span class="share-tools__copied" aria-live="polite">Link Copied</span></li></ul></div></div>
<figure class="story-photo"><div class="story-photo__image"><img src="https://static.politico.com/7a/2c/haskett-capitol.jpg" alt=""></div>
<figcaption class="story-photo__caption"><p class="media-item__summary">Rep. Lorna Haskett said she learned of the cut only after the text of the
spending package was posted.</p><p class="media-item__credit">Morgan Teale/POLITICO</p></figcaption></figure>
<div class="story-text">
${poP(poBody1)}
<aside class="story-enhancement story-enhancement--newsletter" data-newsletter="inside-congress"><div class="newsletter-signup">
<p class="newsletter-signup__name">Inside Congress</p><p class="newsletter-signup__tagline">The must-read newsletter on Capitol Hill, from the reporters
who cover it.</p><form class="newsletter-signup__form"><label>Your Email<input type="email" name="email"></label><label>Employer<input name="employer"></label>
<label>Job Title<input name="job_title"></label><button type="submit" class="button">Sign Up</button></form>
<p class="newsletter-signup__legal">${poLegal}</p></div></aside>
<h3 class="story-text__heading-medium">${poH1}</h3>
${poP(poBody2)}
<div class="ad ad--inline" data-ad-slot="story-2"><p class="ad__label">Advertisement</p></div>
<h3 class="story-text__heading-medium">${poH2}</h3>
${poP(poBody3)}
<p class="story-text__paragraph"><em>${poContrib}</em></p></div>
<div class="story-tags"><p class="story-tags__label">Filed under:</p>
<ul>${links(['Appropriations', 'Federal Budget', 'Space Policy'], 'story-tags__item')}</ul></div>
</section></div><aside class="container__column container__column--rail"><section class="most-read"><h2 class="most-read__title">Most Read</h2>
<ol>${links(poMost, 'most-read__item')}</ol></section></aside></div></main>
<footer class="global-footer"><div class="global-footer__logo"><span class="sr-only">POLITICO</span></div><ul class="global-footer__links">
${links(poFoot)}</ul><p class="global-footer__copyright">© 2025 POLITICO LLC</p></footer>
<script src="https://static.politico.com/resource/battletoads/js/shared--base.min.js" defer></script></body></html>`;
export const politico: TestPage = {
  html: poHtml,
  name: 'heldout41-politico',
  kind: 'news',
  // the headline is an h2 on the site (it is still the title); the dek is body, the two h3 subheads the headings. The two
  // author names, the timestamp and the "Updated:" line are bylines ("By" and "and" in neither), and so is the italic closing
  // "Jordan Pike contributed to this report." (an author credit, not article text). The kicker (same word as the nav's
  // "Congress"), share tools, caption and credit, the "Inside Congress" newsletter box inside the story text with its form
  // labels and legal text, the ad label, "Filed under" tags, "Most Read", header, nav and footer are furniture; the tag
  // "Appropriations" is a body word ("House Appropriations Committee"): left out
  title: poTitle,
  headings: [poH1, poH2],
  body: [poDek, ...texts(poBody1), ...texts(poBody2), ...texts(poBody3)],
  bylines: ['Caroline Mercer', 'Devin Ashby', '12/03/2025 05:00 AM EST', 'Updated: 12/03/2025 11:42 AM EST', poContrib],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'POLITICO', ...poNav, 'Log In', 'Share', 'Link Copied',
    'Rep. Lorna Haskett said she learned of the cut only after the text of the spending package was posted.', 'Morgan Teale/POLITICO',
    'Inside Congress', 'The must-read newsletter on Capitol Hill, from the reporters who cover it.', 'Your Email', 'Employer', 'Job Title', 'Sign Up',
    poLegal, 'Advertisement', 'Filed under:', 'Federal Budget', 'Space Policy', 'Most Read', ...poMost, ...poFoot, '© 2025 POLITICO LLC',
  ],
};
